"""Sentence boundaries: every line is a paragraph, so a newline always ends a sentence.

Within a line, a full stop, question or exclamation mark ends a sentence when the next
token opens one (a capital, a quote, a bracket, a bullet), unless it closes a known
abbreviation or a list number ("1. Children who need help").
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of

ABBREVIATIONS = {"e.g", "i.e", "etc", "no", "para", "paras", "ms", "mr", "mrs", "dr", "st",
                 "approx", "vs", "cf", "fig", "e.g.", "i.e."}
END_RE = re.compile(r"^[.!?]+[\u2019\u201d'\")\]]*$")
OPENERS = "\u2018\u201c'\"(-"


@Language.component("ofsted_sentences", assigns=["token.is_sent_start"])
def ofsted_sentences(doc: Doc) -> Doc:
    # Read from arrays and the text, not Token objects: making a Python object per
    # token costs more than the rest of this component on a long report. Only tokens
    # after a newline or after end punctuation can start a sentence, so the loops
    # below visit those few, not every token.
    n = len(doc)
    if not n:
        return doc
    text = text_of(doc)
    idx, lens = (a.tolist() for a in doc.to_array([IDX, LENGTH]).T)
    first = [text[i] for i in idx]

    def word(k: int) -> str:
        return text[idx[k]:idx[k] + lens[k]]

    starts = numpy.full(n, -1, dtype="int32")
    starts[0] = 1
    breaks = [k for k, c in enumerate(first) if c.isspace() and "\n" in word(k)]
    for b in breaks:
        if b + 1 < n:
            starts[b + 1] = 1
    line_starts = [0] + [b + 1 for b in breaks]
    newline = set(breaks)
    for p, c in enumerate(first):
        if c not in ".!?" or not END_RE.match(word(p)):
            continue
        i = p + 1
        while i < n and first[i].isspace() and i not in newline:
            i += 1
        if i >= n or i in newline:
            continue
        if not (first[i].isupper() or first[i] in OPENERS):
            continue
        if p >= 1 and word(p - 1).lower() in ABBREVIATIONS:
            continue
        line_start = line_starts[bisect_right(line_starts, p) - 1]
        if p == line_start + 1 and word(line_start).isdigit():
            continue  # "1. Children who need help": a list number, not a sentence
        starts[i] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc
