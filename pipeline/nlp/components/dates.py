"""Placeholder for the dates component (see the issue that builds it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RuleComponent


@Language.factory("ofsted_dates")
def make_dates(nlp: Language, name: str) -> "DatesComponent":
    return DatesComponent(nlp, name)


class DatesComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc
