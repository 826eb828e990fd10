"""Placeholder for the inspectors component (see the issue that builds it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RuleComponent


@Language.factory("ofsted_inspectors")
def make_inspectors(nlp: Language, name: str) -> "InspectorsComponent":
    return InspectorsComponent(nlp, name)


class InspectorsComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc
