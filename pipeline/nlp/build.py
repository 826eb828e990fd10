"""Assemble the Language from our registered components and save it as package data."""

from __future__ import annotations

import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

# Importing these registers the factories, the tokenizer and the Doc extensions with
# spaCy, so a plain checkout works without the package's entry points.
from . import (
    components,  # noqa: F401
    extensions,  # noqa: F401
    tokenizer,  # noqa: F401
)
from .paths import MODEL_NAME, PACKAGE_MODEL_DIR, model_dir

__all__ = ["DEFAULT_MODEL_DIR", "MAX_LENGTH", "PIPE_NAMES", "build_nlp", "load_nlp",
           "model_dir", "save", "save_whole"]

DEFAULT_MODEL_DIR = PACKAGE_MODEL_DIR

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


def build_nlp(use_classifier: bool = True, use_fields_model: bool = True) -> Language:
    """The pipeline from the package's rule files (and its trained models: the category
    classifier and the metric-field models, which `use_*` may leave out)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "ofsted_tokenizer.v1"}}})
    nlp.max_length = MAX_LENGTH
    for name in PIPE_NAMES:
        config = ({"use_classifier": use_classifier, "use_fields_model": use_fields_model}
                  if name == "ofsted_metrics" else {})
        nlp.add_pipe(name, name=name.removeprefix("ofsted_"), config=config)
    # No examples: the rule components read their rule files here (spaCy's default
    # would add three dummy words to the vocabulary that the saved model would keep).
    nlp.initialize(lambda: [])
    nlp.meta["name"] = MODEL_NAME
    nlp.meta["description"] = (
        "Rule-based spaCy pipeline for Ofsted inspection reports on local authority "
        "children's services: sections, document type, grades, dates, inspectors, "
        "improvement points and metrics. Needs the ofsted-pipeline package installed, "
        "or `import pipeline.nlp` first in a checkout (it registers the factories)."
    )
    from .. import __version__

    nlp.meta["version"] = __version__
    clf = nlp.get_pipe("metrics").classifier
    if clf is not None:
        # The comparison that chose how categories are decided travels with the model.
        nlp.meta["metric_category"] = clf.meta.get("ofsted", {})
    return nlp


def save(path: Path = DEFAULT_MODEL_DIR) -> Path:
    """Build from the sources and save to `path`, replacing what was there whole (the
    classifier the build read from the old folder is saved before that folder goes)."""
    return save_whole(build_nlp(), path)


def save_whole(nlp: Language, path: Path) -> Path:
    """Save `nlp` to `path`: written beside it, then swapped in, so no file of an older
    save (a renamed rule file) stays behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        nlp.to_disk(tmp / "model")
        if path.exists():
            shutil.rmtree(path)
        (tmp / "model").rename(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return path


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The saved pipeline ($OFSTED_MODEL or the package's; built from the sources when
    it is absent)."""
    path = model_dir()
    if (path / "config.cfg").exists():
        nlp = spacy.load(path)
    elif path != PACKAGE_MODEL_DIR:
        raise FileNotFoundError(f"OFSTED_MODEL={path}: no saved pipeline there (config.cfg)")
    else:
        nlp = build_nlp()
    nlp.max_length = MAX_LENGTH
    return nlp
