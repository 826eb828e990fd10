"""textscan.stretches against its definition, written out line by line."""

from __future__ import annotations

import re

from pipeline.nlp.metrics.numbers import DIGIT_RE, PARA_NUMBER_RE
from pipeline.nlp.structure import find_line_starts
from pipeline.nlp.textscan import stretches

TEXT = ("Contents 3\n12. In 2015 the lead inspector visited 4 of 27 teams, 2,725 cases.\n"
        "no figure here\n7. \nnone\n\n1999 and 2020\nLead Inspector: A Name\nİstanbul 5\n"
        "last line 8")


def by_definition(text: str, needed: re.Pattern, ignore_prefix: re.Pattern | None = None,
                  lower: bool = False) -> list[tuple[int, int]]:
    """Each line with a hit not inside its ignored prefix, with a line either side, merged."""
    starts = find_line_starts(text)
    hay = text.lower() if lower else text
    lines = []
    for k in range(len(starts)):
        ends = [m.end() for m in needed.finditer(hay)
                if k == len([s for s in starts if s <= m.start()]) - 1]
        prefix = ignore_prefix.match(text, starts[k]) if ignore_prefix else None
        if any(not prefix or e > prefix.end() for e in ends):
            lines.append(k)
    out: list[tuple[int, int]] = []
    for k in lines:
        lo = starts[max(k - 1, 0)]
        hi = starts[k + 2] - 1 if k + 2 <= len(starts) - 1 else len(text)
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def test_stretches_are_the_lines_with_a_hit():
    cases = [(DIGIT_RE, None, False), (DIGIT_RE, PARA_NUMBER_RE, False),
             (re.compile(r"(?:19|20)\d\d"), None, False),
             (re.compile(r"lead inspector|inspector"), None, True)]
    for text in (TEXT, TEXT.replace("İ", "I"), "", "5", "\n\n3\n"):
        for needed, prefix, lower in cases:
            got = stretches(text, needed, prefix, lower=lower)
            assert got == by_definition(text, needed, prefix, lower), (text, needed.pattern)
    # a paragraph number alone does not make its line one with a figure
    assert stretches("a\n7. \nb\nc\nd\ne", DIGIT_RE, PARA_NUMBER_RE) == []
