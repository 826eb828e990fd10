"""The metric-category classifier at run time: how a number is shown to it, and its answer.

The classifier is a spaCy textcat trained by `ofsted train` (train.py) and saved inside
the pipeline, in the metrics component's folder. Training imports this module, never
the reverse, so the run time does not depend on the training code.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"  # brackets that never occur in reports
# How categories are decided when no classifier is used.
RULES_ONLY = "rules"


def marked(sentence: str, value_text: str) -> str:
    """The sentence with its number bracketed, so the classifier knows which one."""
    i = sentence.find(value_text)
    if i < 0:
        return sentence
    j = i + len(value_text)
    return f"{sentence[:i]}{MARK_OPEN} {value_text} {MARK_CLOSE}{sentence[j:]}"


def predict_textcat(nlp: Language, sentence: str, value_text: str) -> str:
    cats = nlp(marked(sentence, value_text)).cats
    return max(sorted(cats), key=lambda k: cats[k]) if cats else "other"


def load_classifier(path: Path) -> tuple[Language, str]:
    """The classifier saved at `path` and the way of deciding its training chose
    (`shipped` in its meta.json: rules, textcat, or rules with textcat fallback)."""
    clf = spacy.load(path)
    return clf, clf.meta.get("ofsted", {}).get("shipped", RULES_ONLY)
