"""Metrics on plain text, at the seams of the work:

- rules.py        the rule data (metrics_rules.json, categories.json), compiled once
- numbers.py      number forms and exclusions: which figures are metrics, value and unit
- roles.py        cues and roles: observed, previous, national average, ...; qualifiers
- description.py  measure, population, period, paragraph
- category.py     the taxonomy's keywords nearest a number
- extractor.py    the order they run in, sentence by sentence

Sentences and lines come from structure.py, the one definition the whole pipeline uses.
"""

from .extractor import MetricExtractor
from .numbers import Metric, plain_decimal
from .rules import CATEGORIES_FILE, RULES_FILE, MetricRules

__all__ = ["CATEGORIES_FILE", "RULES_FILE", "Metric", "MetricExtractor", "MetricRules",
           "plain_decimal"]
