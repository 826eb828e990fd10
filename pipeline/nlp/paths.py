"""Where the shipped pipeline lives: package data, found alike in a checkout and in an
installed wheel. `OFSTED_MODEL` (an environment variable) points the run at another
saved pipeline instead."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

MODEL_NAME = "ofsted"
PACKAGE_MODEL_DIR = Path(str(files("pipeline"))) / "models" / MODEL_NAME
# The metric-category classifier: trained into the shipped pipeline by `ofsted train`,
# kept there by `ofsted build-model` (one copy).
CLASSIFIER_DIR = "category_textcat"
SHIPPED_CLASSIFIER_DIR = PACKAGE_MODEL_DIR / "metrics" / CLASSIFIER_DIR
# The metric-field models (measure, population, period, category, role): trained into the
# shipped pipeline by `python -m pipeline.nlp.learn`, kept there by `ofsted build-model`.
FIELDS_DIR = "fields_model"
SHIPPED_FIELDS_DIR = PACKAGE_MODEL_DIR / "metrics" / FIELDS_DIR


def model_dir() -> Path:
    """The saved pipeline a run uses: $OFSTED_MODEL, else the one in the package."""
    return Path(os.environ.get("OFSTED_MODEL") or PACKAGE_MODEL_DIR)
