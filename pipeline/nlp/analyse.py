"""Run the pipeline on one normalised text and turn its span groups into table rows."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..contract import TABLES
from .build import load_nlp
from .components.base import ComponentError
from .deadline import DeadlineExceeded, set_deadline
from .extensions import TABLE_GROUPS, page_of, problem, text_of
from .structure import sentence_bounds

# Components the rest depends on: their failure fails the document.
ESSENTIAL = ("sentences", "report")


def keep_going(name: str, proc, docs: list[Doc], exc: Exception) -> None:
    """spaCy's error handler: a failing extractor costs its own rows, not the others'.

    Its span groups are dropped whole (it may have failed half-way) and the document
    is flagged partial with the reason; the pipeline runs on.
    """
    if name in ESSENTIAL:
        raise exc
    cause = exc.__cause__ if isinstance(exc, ComponentError) and exc.__cause__ else exc
    for doc in docs:
        for group in getattr(proc, "span_groups", ()):
            doc.spans[group] = []
        if isinstance(exc, DeadlineExceeded):
            problem(doc, f"{name} stopped at the time limit")
        else:
            problem(doc, f"{name} extractor failed: {type(cause).__name__}: {cause}")


def make_doc(text: str, page_runs: list | None = None, footnotes: list | None = None,
             nlp: Language | None = None, disable: tuple[str, ...] = (),
             deadline: float | None = None) -> Doc:
    """Run the pipeline; `deadline` (time.monotonic()) is the soft limit components check."""
    nlp = nlp or load_nlp()
    if nlp.default_error_handler is not keep_going:
        nlp.set_error_handler(keep_going)
    doc = nlp.make_doc(text)
    set_deadline(doc, deadline)
    doc._.page_runs = page_runs or []
    doc._.footnotes = footnotes or []
    return nlp(doc, disable=disable)


# A "sentence" longer than this (a table or a dump of figures read as one line) is cut
# to EVIDENCE_CONTEXT characters either side of the value, at spaces: evidence stays
# readable, and the rows of such a line do not each carry all of it.
MAX_EVIDENCE = 1000
EVIDENCE_CONTEXT = 300


# The "- " normalise puts before a list item: layout, not part of the sentence (and a
# cell starting with "-" is one a spreadsheet would try to run as a formula).
BULLET_MARK_RE = re.compile(r"^- +", re.M)


def evidence_of(span: Span, start: int, end: int) -> str:
    """The sentence (or, for a value across sentences, the sentences) it came from."""
    lo, hi = sentence_bounds(span.doc, start, end)
    text = text_of(span.doc)
    if hi - lo > MAX_EVIDENCE:
        cut_lo = max(lo, start - EVIDENCE_CONTEXT)
        cut_hi = min(hi, end + EVIDENCE_CONTEXT)
        if cut_lo > lo:
            space = text.find(" ", cut_lo, start)
            cut_lo = space + 1 if space >= 0 else cut_lo
        if cut_hi < hi:
            space = text.rfind(" ", end, cut_hi)
            cut_hi = space if space >= 0 else cut_hi
        lo, hi = cut_lo, cut_hi
    return BULLET_MARK_RE.sub("", text[lo:hi].strip())


def span_record(table: str, span: Span) -> dict:
    fields = dict(span._.fields or {})
    start = fields.pop("_char_start", span.start_char)
    end = fields.pop("_char_end", span.end_char)
    row = dict(fields)
    row.setdefault("char_start", start)
    row.setdefault("char_end", end)
    cols = TABLES[table]
    if "page" in cols:
        row.setdefault("page", page_of(span.doc, start))
    if "evidence" in cols:
        row.setdefault("evidence", evidence_of(span, start, end))
    return row


def records_from_doc(doc: Doc) -> dict:
    tables: dict[str, list[dict]] = {}
    for group in TABLE_GROUPS:
        spans = doc.spans.get(group, [])
        tables[group] = [span_record(group, s) for s in spans]
    return {
        "report": dict(doc._.report or {}),
        "problems": list(doc._.problems or []),
        "tables": tables,
    }


def analyse(text: str, page_runs: list | None = None, footnotes: list | None = None) -> dict:
    return records_from_doc(make_doc(text, page_runs, footnotes))
