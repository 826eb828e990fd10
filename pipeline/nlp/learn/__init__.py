"""Training of the metric-field models on data/metric_labels (`make model`): see run.py.

Nothing at run time imports this package; the run time half is components/fields_model.py.
"""
