"""Placeholder for the improvements component (see the issue that builds it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RuleComponent


@Language.factory("ofsted_improvements")
def make_improvements(nlp: Language, name: str) -> "ImprovementsComponent":
    return ImprovementsComponent(nlp, name)


class ImprovementsComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc
