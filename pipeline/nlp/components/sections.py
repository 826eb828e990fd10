"""Placeholder for the sections component (see the issue that builds it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RuleComponent


@Language.factory("ofsted_sections")
def make_sections(nlp: Language, name: str) -> "SectionsComponent":
    return SectionsComponent(nlp, name)


class SectionsComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc
