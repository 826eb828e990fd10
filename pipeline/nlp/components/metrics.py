"""Placeholder for the metrics component (see the issue that builds it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RuleComponent


@Language.factory("ofsted_metrics")
def make_metrics(nlp: Language, name: str) -> "MetricsComponent":
    return MetricsComponent(nlp, name)


class MetricsComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc
