"""The Doc and Span attributes our components talk through (set once per process)."""

from __future__ import annotations

import heapq
from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..ingest.normalise import page_at

# Span groups, one per output table; each span carries its row in span._.fields.
TABLE_GROUPS = ("sections", "judgements", "inspectors", "dates", "metrics", "improvements")


def register() -> None:
    if not Doc.has_extension("page_runs"):
        Doc.set_extension("page_runs", default=None)  # [[start, end, page], ...]
        Doc.set_extension("footnotes", default=None)  # [[start, end], ...]
        Doc.set_extension("report", default=None)  # report-level fields (reports.csv)
        Doc.set_extension("problems", default=None)  # reasons for status=partial
        Doc.set_extension("document_type", default="other")
    if not Doc.has_extension("framework"):
        # components/framework.py: the inspection framework (ilacs_2023, sif, ...) and
        # the family of heading layouts (ilacs, sif, old, letter), decided once.
        Doc.set_extension("framework", default="unknown")
        Doc.set_extension("layout", default="")
    if not Span.has_extension("fields"):
        Span.set_extension("fields", getter=_get_fields, setter=_set_fields)


# spaCy keys plain span extension values by character offsets alone, so two rows on
# the same words (a range's start and end dates) would share one value. Rows are kept
# per span id instead; add_span gives every row its own id.
def _get_fields(span: Span) -> dict | None:
    return span.doc.user_data.get(("ofsted_fields", span.id))


def _set_fields(span: Span, value: dict | None) -> None:
    span.doc.user_data[("ofsted_fields", span.id)] = value


register()


def page_of(doc: Doc, char: int) -> int | None:
    """The page of a character offset, from the page map ingest wrote beside the text."""
    cached = doc.user_data.get("ofsted_page_map")
    if cached is None:  # plain lists, so user_data stays serialisable
        runs = sorted(doc._.page_runs or [])
        cached = (runs, [r[0] for r in runs])
        doc.user_data["ofsted_page_map"] = cached
    return page_at(cached[0], cached[1], char)


def add_span(doc: Doc, group: str, start_char: int, end_char: int, fields: dict) -> Span | None:
    """Add a row-carrying span to a table group; snaps to token bounds (expand)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    # spaCy keys span extension values by offsets, label and span id: a distinct id per
    # row keeps two rows on the same words (a range's start and end dates) apart.
    row_id = doc.user_data.get("_ofsted_rows", 0) + 1
    doc.user_data["_ofsted_rows"] = row_id
    span = Span(doc, span.start, span.end, label=group, span_id=row_id)
    span._.fields = dict(fields, _char_start=start_char, _char_end=end_char)
    if group not in doc.spans:
        doc.spans[group] = []
    doc.spans[group].append(span)
    return span


def problem(doc: Doc, reason: str) -> None:
    if doc._.problems is None:
        doc._.problems = []
    if reason not in doc._.problems:
        doc._.problems.append(reason)


def section_of(doc: Doc, char: int) -> Span | None:
    """The innermost section (from doc.spans["sections"]) containing a character offset.

    Section spans carry sections.csv's columns in span._.fields (heading, level,
    area, grade, ...), so `section_of(doc, i)._.fields["area"]` is the judgement
    area a value sits in.
    """
    cuts, innermost = _section_index(doc)
    i = bisect_right(cuts, char) - 1
    if i < 0 or innermost[i] < 0:
        return None
    return doc.spans["sections"][innermost[i]]


def _section_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Boundaries cutting the text into pieces, and each piece's innermost section.

    Built once per set of sections (the sectionizer runs before the components that
    ask), so a lookup is a bisection rather than a pass over every section. Kept as
    plain numbers so that doc.user_data stays serialisable.
    """
    group = doc.spans.get("sections", [])
    cached = doc.user_data.get("ofsted_section_index")
    if cached is not None and cached[0] == len(group):
        return cached[1], cached[2]
    bounds = []
    for k, sp in enumerate(group):
        f = sp._.fields or {}
        bounds.append((f.get("_char_start", sp.start_char), f.get("_char_end", sp.end_char),
                       f.get("level", 0), k))
    cuts = sorted({b for s, e, _, _ in bounds for b in (s, e)})
    innermost: list[int] = []
    # One sweep over the cuts: the sections open at a cut are on a heap, deepest first
    # and then first added; one that has ended is dropped when it comes to the top.
    by_start = sorted(bounds)
    open_: list[tuple[int, int, int]] = []
    i = 0
    for cut in cuts:
        while i < len(by_start) and by_start[i][0] <= cut:
            s, e, level, k = by_start[i]
            heapq.heappush(open_, (-level, k, e))
            i += 1
        while open_ and open_[0][2] <= cut:
            heapq.heappop(open_)
        innermost.append(open_[0][1] if open_ else -1)
    doc.user_data["ofsted_section_index"] = (len(group), cuts, innermost)
    return cuts, innermost


def area_at(doc: Doc, char: int) -> str:
    sec = section_of(doc, char)
    return ((sec._.fields or {}).get("area") or "") if sec is not None else ""


def text_of(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("ofsted_text")
    if text is None:
        text = doc.text
        doc.user_data["ofsted_text"] = text
    return text
