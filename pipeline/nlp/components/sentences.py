"""Sentence boundaries, by the one definition in structure.py (a newline always ends a
sentence; within a line, end punctuation before a token that opens one)."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..structure import sentence_starts_in


@Language.component("ofsted_sentences", assigns=["token.is_sent_start"])
def ofsted_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if not n:
        return doc
    text = text_of(doc)
    idx, lens = (a.tolist() for a in doc.to_array([IDX, LENGTH]).T)
    firsts = sentence_starts_in(text, idx, lens)
    starts = numpy.full(n, -1, dtype="int32")
    starts[firsts] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    # The same boundaries as character offsets, for the components that read the text.
    doc.user_data["ofsted_sent_starts"] = [idx[k] for k in firsts]
    return doc
