"""The structure of a report's text, read once per document and shared by every component.

- Lines: the normaliser writes one paragraph, heading or list item a line, so a newline
  always ends a paragraph. `line_starts` is every line's start offset.
- Sentences: a newline always ends one; within a line a full stop, question or
  exclamation mark ends one when the next token opens a sentence (a capital, a figure,
  a pound sign, a quote, a bracket, a bullet), unless it closes a known abbreviation
  or a list number ("1. Children who need help"). `sentence_starts_in` is this one
  definition; the sentences component writes it onto the tokens, and the rules that
  read plain text use the same.

On a Doc, both are computed once and kept in doc.user_data as plain lists of offsets
(user_data stays serialisable); every lookup after that is a bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from .extensions import text_of

ABBREVIATIONS = {"e.g", "i.e", "etc", "no", "para", "paras", "ms", "mr", "mrs", "dr", "st",
                 "approx", "vs", "cf", "fig", "e.g.", "i.e."}
END_RE = re.compile(r"^[.!?]+[\u2019\u201d'\")\]]*$")
OPENERS = "\u2018\u201c'\"(-\u00a3"


@dataclass(frozen=True)
class Line:
    start: int  # char offset of the first non-space character
    end: int  # char offset after the last non-space character
    text: str  # the stripped line
    index: int  # line number (0-based, counting every line)


# --- lines ------------------------------------------------------------------------------------

def find_line_starts(text: str) -> list[int]:
    """Offsets where lines start: 0 and every offset after a newline."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def nonempty_lines(text: str, starts: list[int] | None = None, limit: int | None = None
                   ) -> list[Line]:
    """Non-empty lines, stripped, with their offsets; at most `limit` of them."""
    starts = starts if starts is not None else find_line_starts(text)
    lines: list[Line] = []
    n = len(text)
    for i, ls in enumerate(starts):
        le = starts[i + 1] - 1 if i + 1 < len(starts) else n
        raw = text[ls:le]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(ls + lead, ls + lead + len(stripped), stripped, i))
            if limit is not None and len(lines) >= limit:
                break
    return lines


def iter_lines(text: str) -> list[Line]:
    """Non-empty lines of a plain text (rules tested on small texts)."""
    return nonempty_lines(text)


# --- sentences --------------------------------------------------------------------------------

def sentence_starts_in(text: str, idx: list[int], lens: list[int]) -> list[int]:
    """Indexes of the tokens that start a sentence, given each token's offset and length.

    Reads the text, not Token objects (making a Python object per token costs more
    than the rest on a long report). Only tokens after a newline or after end
    punctuation can start a sentence, so the loops visit those few.
    """
    n = len(idx)
    if not n:
        return []
    first = [text[i] for i in idx]

    def word(k: int) -> str:
        return text[idx[k]:idx[k] + lens[k]]

    starts = {0}
    breaks = [k for k, c in enumerate(first) if c.isspace() and "\n" in word(k)]
    starts.update(b + 1 for b in breaks if b + 1 < n)
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
        if not (first[i].isupper() or first[i].isdigit() or first[i] in OPENERS):
            continue
        if p >= 1 and word(p - 1).lower() in ABBREVIATIONS:
            continue
        line_start = line_starts[bisect_right(line_starts, p) - 1]
        if p == line_start + 1 and word(line_start).isdigit():
            continue  # "1. Children who need help": a list number, not a sentence
        starts.add(i)
    return sorted(starts)


_TOKENIZER: list = []


def text_sentence_starts(text: str) -> list[int]:
    """Character offsets of sentence starts in a plain text, by the same rule as a Doc's."""
    if not _TOKENIZER:
        from spacy.vocab import Vocab

        from .tokenizer import ReportTokenizer

        _TOKENIZER.append(ReportTokenizer(Vocab()))
    doc = _TOKENIZER[0](text)
    return char_starts(doc, text)


def char_starts(doc: Doc, text: str) -> list[int]:
    from spacy.attrs import IDX, LENGTH

    if not len(doc):
        return [0]
    idx, lens = (a.tolist() for a in doc.to_array([IDX, LENGTH]).T)
    return [idx[k] for k in sentence_starts_in(text, idx, lens)]


# --- per doc ----------------------------------------------------------------------------------

def line_starts(doc: Doc) -> list[int]:
    """Every line's start offset in the doc's text, computed once per doc."""
    starts = doc.user_data.get("ofsted_line_starts")
    if starts is None:
        starts = find_line_starts(text_of(doc))
        doc.user_data["ofsted_line_starts"] = starts
    return starts


def lines(doc: Doc, limit: int | None = None) -> list[Line]:
    """The doc's non-empty lines (stripped), in order."""
    return nonempty_lines(text_of(doc), line_starts(doc), limit)


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start, from the tokens' sentence starts.

    Span.sent asks the whole doc whether sentences are set on every call, which is
    quadratic over a long report; one array read and a bisect per lookup is not.
    """
    starts = doc.user_data.get("ofsted_sent_starts")
    if starts is None:
        from spacy.attrs import SENT_START

        flags = doc.to_array([SENT_START]) if len(doc) else []
        starts = [doc[i].idx for i, f in enumerate(flags) if int(f) == 1 or i == 0] or [0]
        doc.user_data["ofsted_sent_starts"] = starts
    return starts


def bounds_in(starts: list[int], length: int, start_char: int, end_char: int
              ) -> tuple[int, int]:
    """Start and end offsets of the sentence(s) or line(s) covering [start_char, end_char)."""
    i = max(bisect_right(starts, start_char) - 1, 0)
    j = bisect_right(starts, max(end_char - 1, start_char))
    lo = starts[i] if starts else 0
    hi = starts[j] if j < len(starts) else length
    return lo, hi


def sentence_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Start and end offsets of the sentence(s) covering [start_char, end_char)."""
    return bounds_in(sentence_starts(doc), len(text_of(doc)), start_char, end_char)


class TextIndex:
    """A text with its line and sentence starts: the line or sentence around any offset
    by bisection, so rules that look at "this line" or "this sentence" for every number
    never scan back or forth through a long line."""

    def __init__(self, text: str, line_starts: list[int] | None = None,
                 sentence_starts: list[int] | None = None) -> None:
        self.text = text
        self.line_starts = line_starts if line_starts is not None else find_line_starts(text)
        self.sentence_starts = (sentence_starts if sentence_starts is not None
                                else text_sentence_starts(text))

    @classmethod
    def of_doc(cls, doc: Doc) -> TextIndex:
        return cls(text_of(doc), line_starts(doc), sentence_starts(doc))

    def line_no(self, pos: int) -> int:
        return max(bisect_right(self.line_starts, pos) - 1, 0)

    def line_span(self, no: int) -> tuple[int, int]:
        """Start and end (the newline's offset, or the text's end) of line `no`."""
        ls = self.line_starts[no]
        le = self.line_starts[no + 1] - 1 if no + 1 < len(self.line_starts) else len(self.text)
        return ls, le

    def line_start(self, pos: int) -> int:
        return self.line_starts[self.line_no(pos)]

    def line_end(self, pos: int) -> int:
        return self.line_span(self.line_no(pos))[1]

    def sentence(self, pos: int) -> tuple[int, int]:
        return bounds_in(self.sentence_starts, len(self.text), pos, pos + 1)
