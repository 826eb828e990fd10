"""textscan.stretches against its definition, written out line by line."""

from __future__ import annotations

import re

from pipeline.nlp.metrics.numbers import DIGIT_RE, PARA_NUMBER_RE
from pipeline.nlp.structure import find_line_starts
from pipeline.nlp.textscan import finditer_in, literal_words, required_words, stretches

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
    # escaped words joined by "|" are found by str.find (literal_words): the same lines,
    # also for a word inside another ("inspector" in "lead inspector") and in the last line
    words = ["lead inspector", "inspector", "no figure", "8", "team: a", "l"]
    for k in range(1, len(words) + 1):
        needed = re.compile("|".join(re.escape(w) for w in words[:k]))
        assert literal_words(needed) == tuple(words[:k])
        for text in (TEXT, TEXT.replace("İ", "I"), "", "5", "\n\n3\n", "8\n8\n8"):
            for lower in (False, True):
                got = stretches(text, needed, lower=lower)
                assert got == by_definition(text, needed, None, lower), (text, needed.pattern)
    # a paragraph number alone does not make its line one with a figure
    assert stretches("a\n7. \nb\nc\nd\ne", DIGIT_RE, PARA_NUMBER_RE) == []


def test_finditer_in_finds_what_each_stretch_search_finds():
    """finditer_in skips a stretch only when it lacks a word every match holds: the
    same matches as pattern.finditer over each stretch, whatever the case of the text,
    with the non-ASCII letters a case-insensitive ASCII letter matches ('ſ', 'ı', 'İ',
    'K'), and for patterns whose words sit in branches, repeats, lookarounds and
    optional parts."""
    patterns = [
        r"(?=[lLpP])\b(?i:last|previous)\s+(?i:inspection|visit)\s+in\s+(?P<y>(?:19|20)\d\d)",
        r"(?i:inspected)(?:\s+again)?\s+(?:in|during)\s+\d{4}",
        r"(?<=previous )inspection",  # a word only in a lookbehind promises nothing
        r"(?:the\s+)?(?:CQC|Ofsted)\s+(?:had\s+)?inspected\b[^.\n]{0,40}?(?:19|20)\d\d",
        r"(?:ab)+c|since\s+\d{4}",
        r"(?i:most recent)\s+(?:full\s+)?(?i:inspection)(?=\s+in)",
        r"x?",
    ]
    text = ("Contents 3\nThe last inspection in 2019 was good.\nno year here\n"
            "The CQC inspected the service in 2021.\n\nIt was inspected again in 2018 and "
            "since 2015 the most recent full inspection in March.\n\nLAST VISIT IN 2017\n"
            "previous inspection 2016\n")
    variants = [text, text.upper(), text.replace("s", "\u017f"), text.replace("i", "\u0131"),
                text.replace("I", "\u0130"), text.replace("k", "\u212a"), ""]
    for pattern in map(re.compile, patterns):
        for variant in variants:
            for where in (stretches(variant, re.compile(r"(?:19|20)\d\d")),
                          [(0, len(variant))], [(5, 40), (41, 90)]):
                want = [(m.span(), m.groups()) for lo, hi in where
                        for m in pattern.finditer(variant, lo, hi)]
                got = [(m.span(), m.groups()) for m in finditer_in(pattern, variant, where)]
                assert got == want, (pattern.pattern, variant[:30], where)


def test_required_words():
    assert required_words(re.compile(r"(?i:last|previous)\s+inspection")) == (
        frozenset({"inspection"}), frozenset({"last", "previous"}))
    # none from optional parts, lookarounds, short words or an alternative without any
    assert required_words(re.compile(r"(?:full\s+)?(?<=the )at\s+(?=visit)")) == ()
    assert required_words(re.compile(r"visit|\d+")) == ()
    assert required_words(re.compile(r"(?:ofsted){2,}")) == (frozenset({"ofsted"}),)
    # a set of many words (every month's name) is not looked for
    months = "|".join(["January", "February", "March", "April", "May", "June", "July",
                       "August", "September", "October", "November", "December"])
    assert required_words(re.compile(rf"(?:{months}) \d{{4}} inspection")) == (
        frozenset({" inspection"}),)


def test_literal_words_only_of_escaped_words():
    assert literal_words(re.compile(r"led\ by|headed\ by|team:")) == ("led by", "headed by",
                                                                       "team:")
    for pattern in (r"a.b", r"led by|", r"\d", r"(?i)ab", r"a|b\n", r"(?:ab)"):
        assert literal_words(re.compile(pattern)) is None, pattern
    assert literal_words(re.compile("ab", re.I)) is None

