"""Lines that run a report's head together, broken where Ofsted's documents break them.

A rendering that keeps paragraphs but not lines (a document-sharing site, text copied from a
viewer) gives "X Council Inspection of children's social care services Inspection dates: 2 to
6 December 2019 Lead inspector: ..." as one line; the readers of titles, dates and inspectors
look for these labels at a line's start. The labels are data: run_on_lines.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES = Path(__file__).with_name("run_on_lines.json")
WIDE_GAP = re.compile(r"\S {3,}\S")


@dataclass(frozen=True)
class _Break:
    at: re.Pattern[str]
    before: re.Pattern[str] | None
    then_break: bool


@cache
def _rules() -> tuple[int, tuple[_Break, ...]]:
    data = json.loads(RULES.read_text(encoding="utf-8"))
    breaks = tuple(_Break(re.compile(b["at"]),
                          re.compile(b["before"]) if b.get("before") else None,
                          bool(b.get("then_break")))
                   for b in data["breaks"])
    return int(data["min_chars"]), breaks


def split_run_on(line: str) -> list[str]:
    """The line as the lines it runs together (itself alone when it is short or holds no
    label after its start); pieces are stripped and never empty."""
    min_chars, breaks = _rules()
    # a wide gap is a column of a laid-out page (pdftotext -layout): a printed line
    if len(line) < min_chars or WIDE_GAP.search(line):
        return [line]
    found: list[tuple[int, int, _Break]] = []
    for rule in breaks:
        for m in rule.at.finditer(line):
            # a heading of its own may open the line: only the break after it is wanted
            if (m.start() > 0 and line[m.start() - 1] == " ") or (m.start() == 0
                                                                   and rule.then_break):
                found.append((m.start(), m.end(), rule))
    if not found:
        return [line]
    # Piece starts; `before` reads the piece ending where a label starts (at a cut already
    # made, the piece before that cut), so a table row can follow the row before it.
    starts = [0]
    for start, end, rule in sorted(found, key=lambda f: (f[0], -f[1], not f[2].then_break)):
        if start < starts[-1]:
            continue
        at_cut = not line[starts[-1]:start].strip()
        if at_cut and not rule.then_break:
            continue
        prev = starts[-2] if at_cut and len(starts) > 1 else starts[-1]
        if rule.before is not None and not rule.before.search(line[prev:start].strip()):
            continue
        if not at_cut:
            starts.append(start)
        if rule.then_break and end < len(line):
            starts.append(end)
    cuts = [c for c in starts if c > 0]
    pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [p for p in pieces if p]
