"""Report-level fields for reports.csv, gathered from what the other components found."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...contract import EXPECTED_FIELDS
from ..extensions import problem


@Language.component("ofsted_report", assigns=["doc._.report", "doc._.problems"],
                    requires=["doc._.document_type", "doc.spans"])
def ofsted_report(doc: Doc) -> Doc:
    report = dict(doc._.report or {})
    report.setdefault("document_type", doc._.document_type or "other")
    spans = doc.spans
    # The visit's days; where the document names only its month ("inspected in March
    # 2026"), the month: an analyst's timeline can place it, an empty cell cannot. A
    # publication is a day or nothing: the contract types publication_date as a date, so a
    # report dated only by its month ("published in May") stays in dates.csv at month
    # precision.
    dated = {"inspection_start": ("day", "month"), "inspection_end": ("day", "month"),
             "publication": ("day",)}
    dates = {s._.fields["kind"]: s._.fields["date"] for s in spans.get("dates", [])
             if s._.fields.get("precision") in dated.get(s._.fields["kind"], ())}
    for kind, col in (("inspection_start", "inspection_start"),
                      ("inspection_end", "inspection_end"),
                      ("publication", "publication_date")):
        if kind in dates:
            report.setdefault(col, dates[kind])
    for s in spans.get("inspectors", []):
        if s._.fields.get("role") == "lead_inspector":
            report.setdefault("lead_inspector", s._.fields["name"])
            break
    for s in spans.get("judgements", []):
        if s._.fields.get("area") == "overall_effectiveness":
            report.setdefault("overall_effectiveness", s._.fields["grade"])
            break
    kind = report.get("document_type") or "other"
    if kind == "other":
        problem(doc, "document type not recognised")
    for col in EXPECTED_FIELDS.get(kind, ()):
        if not report.get(col):
            problem(doc, f"no {col.replace('_', ' ')} found")
    doc._.report = report
    return doc
