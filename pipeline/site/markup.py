"""A text with highlighted spans as HTML: overlapping spans nest, crossing spans continue.

Every span gives exactly one element that carries its attributes. Where two spans cross
(one starts inside the other and ends after it), the inner one is closed at the outer one's
end and goes on in a continuation element that has its own, key-free attributes, so a row
is never counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    rank: int  # of two spans over the same text, the lower rank holds the other
    attrs: str  # attributes of the element, already escaped
    cont_attrs: str  # attributes of a continuation piece


def attrs(**values: str | None) -> str:
    """HTML attributes from keywords (`data_table` -> `data-table`), empty ones left out."""
    return " ".join(f'{k.rstrip("_").replace("_", "-")}="{escape(v)}"'
                    for k, v in values.items() if v)


def page_marks(page_runs: list[tuple[int, int, int | None]]) -> list[tuple[int, str]]:
    """Zero-width marks where the page changes; the style sheet puts them in the margin."""
    marks, last = [], None
    for start, _end, page in page_runs:
        if page is not None and page != last:
            marks.append((start, f'<span class="pg" data-page="{int(page)}"></span>'))
        last = page
    return marks


def fits(span: Span, length: int) -> bool:
    return 0 <= span.start <= span.end <= length


def render(text: str, spans: list[Span], points: list[tuple[int, str]] = ()) -> str:
    spans = sorted((s for s in spans if fits(s, len(text))),
                   key=lambda s: (s.start, -s.end, s.rank))
    points = sorted(points, key=lambda p: p[0])
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans),
                     *(p for p, _ in points if 0 <= p <= len(text))})
    out: list[str] = []
    stack: list[Span] = []
    si = pi = prev = 0
    for b in bounds:
        out.append(escape(text[prev:b], quote=False))
        prev = b
        closing = next((i for i, s in enumerate(stack) if s.end <= b), None)
        if closing is not None:
            going_on = [s for s in stack[closing:] if s.end > b]
            out.append("</span>" * (len(stack) - closing))
            del stack[closing:]
            for s in going_on:
                out.append(f"<span {s.cont_attrs}>")
                stack.append(s)
        while pi < len(points) and points[pi][0] <= b:
            out.append(points[pi][1])
            pi += 1
        while si < len(spans) and spans[si].start == b:
            s = spans[si]
            si += 1
            out.append(f"<span {s.attrs}>")
            if s.end <= b:
                out.append("</span>")
            else:
                stack.append(s)
    out.append("</span>" * len(stack))
    return "".join(out)
