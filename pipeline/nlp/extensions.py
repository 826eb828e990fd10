"""The Doc and Span attributes our components talk through (set once per process)."""

from __future__ import annotations

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


def in_footnote(doc: Doc, char: int) -> bool:
    return any(s <= char < e for s, e in doc._.footnotes or [])


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
    for cut in cuts:
        best = None
        for s, e, level, k in bounds:  # the first of the deepest, as before
            if s <= cut < e and (best is None or best[0] < level):
                best = (level, k)
        innermost.append(best[1] if best else -1)
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


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start, computed once per doc.

    Span.sent asks the whole doc whether sentences are set on every call, which is
    quadratic over a long report; one array read and a bisect per lookup is not.
    """
    starts = doc.user_data.get("ofsted_sent_starts")
    if starts is None:
        from spacy.attrs import SENT_START

        flags = doc.to_array([SENT_START]) if len(doc) else []
        starts = [doc[i].idx for i, f in enumerate(flags) if int(f) == 1 or i == 0]
        doc.user_data["ofsted_sent_starts"] = starts
    return starts


def sentence_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Start and end offsets of the sentence(s) covering [start_char, end_char)."""
    starts = sentence_starts(doc)
    text = text_of(doc)
    i = max(bisect_right(starts, start_char) - 1, 0)
    j = bisect_right(starts, max(end_char - 1, start_char))
    lo = starts[i] if starts else 0
    hi = starts[j] if j < len(starts) else len(text)
    return lo, hi
