"""Sentence boundaries: every line is a paragraph, so a newline always ends a sentence."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# An abbreviation before a full stop does not end a sentence.
ABBREVIATIONS = {"e.g", "i.e", "etc", "no", "para", "paras", "ms", "mr", "mrs", "dr", "st",
                 "approx", "vs", "cf", "fig", "e.g.", "i.e."}
END_RE = re.compile(r"^[.!?]+[\u2019\u201d'\")\]]*$")
OPENERS = "\u2018\u201c'\"(-"


@Language.component("ofsted_sentences")
def ofsted_sentences(doc: Doc) -> Doc:
    # Written as one array: setting is_sent_start token by token re-checks the
    # whole doc each time, which is quadratic on a long report.
    starts = numpy.full(len(doc), -1, dtype="int32")
    prev = None
    line_start = 0
    for i, tok in enumerate(doc):
        if prev is None:
            starts[i] = 1
        elif "\n" in prev.whitespace_ or "\n" in prev.text:
            starts[i] = 1
            line_start = i
        elif i - 2 == line_start and doc[line_start].like_num:
            pass  # "1. Children who need help": a list number, not a sentence
        elif (
            END_RE.match(prev.text)
            and (tok.text[:1].isupper() or tok.text[:1] in OPENERS)
            and (i < 2 or doc[i - 2].lower_ not in ABBREVIATIONS)
        ):
            starts[i] = 1
        prev = tok
    if len(doc):
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc
