"""Assemble the Language from our registered components and save it under models/."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import (
    components,  # noqa: F401  (registers the factories)
    extensions,  # noqa: F401
)

MODEL_NAME = "ofsted"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / MODEL_NAME

# Order matters: the document type and the inspection dates decide the framework
# (once, in doc._.framework); the sectionizer then runs before the components that
# ask which section and judgement area a span sits in; `report` gathers the rest.
PIPE_NAMES = (
    "ofsted_sentences",
    "ofsted_doctype",
    "ofsted_dates",
    "ofsted_framework",
    "ofsted_sections",
    "ofsted_grades",
    "ofsted_inspectors",
    "ofsted_improvements",
    "ofsted_metrics",
    "ofsted_report",
)

# Long reports run to a few hundred thousand characters; no parser runs here, so
# spaCy's memory guard for long texts does not apply.
MAX_LENGTH = 5_000_000


def build_nlp(use_classifier: bool = True) -> Language:
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "ofsted_tokenizer.v1"}}})
    nlp.max_length = MAX_LENGTH
    for name in PIPE_NAMES:
        config = {"use_classifier": use_classifier} if name == "ofsted_metrics" else {}
        nlp.add_pipe(name, name=name.removeprefix("ofsted_"), config=config)
    nlp.meta["name"] = MODEL_NAME
    nlp.meta["description"] = (
        "Rule-based spaCy pipeline for Ofsted inspection reports on local authority "
        "children's services: sections, document type, grades, dates, inspectors, "
        "improvement points and metrics. Needs the ofsted-pipeline package installed "
        "(its factories are registered through spaCy entry points)."
    )
    from .. import __version__

    nlp.meta["version"] = __version__
    clf = nlp.get_pipe("metrics").classifier if use_classifier else None
    if clf is not None:
        # The comparison that chose how categories are decided travels with the model.
        nlp.meta["metric_category"] = clf.meta.get("ofsted", {})
    return nlp


def save(path: Path = DEFAULT_MODEL_DIR) -> Path:
    nlp = build_nlp()
    nlp.to_disk(path)
    return path


def model_dir() -> Path:
    return Path(os.environ.get("OFSTED_MODEL", DEFAULT_MODEL_DIR))


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The saved pipeline from models/ (built from the sources when it is absent)."""
    path = model_dir()
    if (path / "config.cfg").exists():
        nlp = spacy.load(path)
    else:
        nlp = build_nlp()
    nlp.max_length = MAX_LENGTH
    return nlp
