"""Run the pipeline on one normalised text and turn its span groups into table rows."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..contract import TABLES
from .build import load_nlp
from .deadline import set_deadline
from .extensions import TABLE_GROUPS, page_of, problem, sentence_bounds, text_of

# The span groups each component fills: dropped whole if the component fails half-way.
GROUP_OF_PIPE = {"sections": ("sections",), "grades": ("judgements",), "dates": ("dates",),
                 "inspectors": ("inspectors",), "improvements": ("improvements",),
                 "metrics": ("metrics",)}


def make_doc(text: str, page_runs: list | None = None, footnotes: list | None = None,
             nlp: Language | None = None, disable: tuple[str, ...] = (),
             deadline: float | None = None) -> Doc:
    """Run the pipeline; `deadline` (time.monotonic()) is the soft limit components check."""
    nlp = nlp or load_nlp()
    doc = nlp.make_doc(text)
    set_deadline(doc, deadline)
    doc._.page_runs = page_runs or []
    doc._.footnotes = footnotes or []
    for name, proc in nlp.pipeline:
        if name in disable:
            continue
        try:
            doc = proc(doc)
        except Exception as exc:  # one failing extractor must not cost the others' rows
            if name in ("sentences", "report"):
                raise  # the rest depends on these
            for group in GROUP_OF_PIPE.get(name, ()):
                doc.spans[group] = []
            problem(doc, f"{name} extractor failed: {type(exc).__name__}: {exc}")
    return doc


# The "- " normalise puts before a list item: layout, not part of the sentence (and a
# cell starting with "-" is one a spreadsheet would try to run as a formula).
BULLET_MARK_RE = re.compile(r"^- +", re.M)


def evidence_of(span: Span, start: int, end: int) -> str:
    """The sentence (or, for a value across sentences, the sentences) it came from."""
    lo, hi = sentence_bounds(span.doc, start, end)
    return BULLET_MARK_RE.sub("", text_of(span.doc)[lo:hi].strip())


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
