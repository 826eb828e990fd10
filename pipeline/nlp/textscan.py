"""Where in a long text a family of patterns can match at all.

Rules that always hold some piece of text (a digit for masks, a year for dates, a
word such as "lead inspector") need only be run on the lines that hold it. Running
them on those stretches instead of the whole report spares most of the text a pass
per pattern; the results are the same, since a stretch takes in a line on each side
for a figure or phrase wrapped across a line end.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .structure import find_line_starts

# The last text lower-cased and its lower case: a component asks for the stretches of a
# dozen families of one report in turn, and lowering the whole report each time cost
# more than finding them.
_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    global _last_lowered
    if _last_lowered[0] is not text:
        _last_lowered = (text, text.lower())
    return _last_lowered[1]


def stretches(text: str, needed: re.Pattern, ignore_prefix: re.Pattern | None = None,
              lower: bool = False, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Merged (start, end) spans of the lines where `needed` is found, plus neighbours.

    `ignore_prefix` is a pattern at the start of a line whose hits do not count (a
    paragraph number that no pattern of the family could use on its own); with
    `lower`, `needed` is matched against the lower-cased text; `starts` are the text's
    line starts when the caller has them (structure.line_starts).
    """
    if starts is None:
        starts = find_line_starts(text)
    hay = _lowered(text) if lower else text
    hit_lines: list[int] = []
    # Once a line holds a hit, the scan goes on from the next line: a line's further
    # hits (every digit of a table row) would only be skipped one by one. No match of
    # `needed` holds a newline, so none found from there is one the whole scan
    # would not also find. (Should lower-casing change the text's length, its
    # offsets are not the lines' and every hit is looked at.)
    pos, end = 0, len(hay)
    aligned = len(hay) == len(text)
    while pos <= end:
        m = needed.search(hay, pos)
        if m is None:
            break
        k = bisect_right(starts, m.start()) - 1
        if hit_lines and hit_lines[-1] == k:  # (only when not aligned)
            pos = m.end() if m.end() > m.start() else m.end() + 1
            continue
        if ignore_prefix is not None:
            prefix = ignore_prefix.match(text, starts[k])
            if prefix and m.end() <= prefix.end():
                pos = m.end() if m.end() > m.start() else m.end() + 1
                continue
        hit_lines.append(k)
        if not aligned:
            pos = m.end() if m.end() > m.start() else m.end() + 1
        else:
            pos = max(m.end(), starts[k + 1]) if k + 1 < len(starts) else end + 1
    last = len(starts) - 1
    out: list[tuple[int, int]] = []
    for k in hit_lines:
        lo = starts[max(k - 1, 0)]
        hi = starts[k + 2] - 1 if k + 2 <= last else len(text)
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
