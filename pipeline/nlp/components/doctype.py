"""Placeholder for the doctype component (see the issue that builds it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import RuleComponent


@Language.factory("ofsted_doctype")
def make_doctype(nlp: Language, name: str) -> "DoctypeComponent":
    return DoctypeComponent(nlp, name)


class DoctypeComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc
