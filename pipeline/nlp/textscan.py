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
from collections.abc import Iterator
from functools import lru_cache

from .structure import find_line_starts

try:  # the parser re compiles with (Python 3.11+; before that, sre_parse)
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

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
    words = literal_words(needed) if ignore_prefix is None else None
    if words is not None and len(hay) == len(text):
        return _merged(_lines_holding(hay, words, starts), starts, len(text))
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
    return _merged(hit_lines, starts, len(text))


def _merged(hit_lines: list[int], starts: list[int], size: int) -> list[tuple[int, int]]:
    """The hit lines (in order) with a line either side, as merged (start, end) spans."""
    last = len(starts) - 1
    out: list[tuple[int, int]] = []
    for k in hit_lines:
        lo = starts[max(k - 1, 0)]
        hi = starts[k + 2] - 1 if k + 2 <= last else size
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@lru_cache(maxsize=256)
def literal_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The words of a pattern that is nothing but escaped words joined by "|" (each
    re.escape'd, none empty or holding a line end, no flags that change matching), else
    None. The pattern is taken apart and put back together: only a pattern written
    exactly so is read as words."""
    if pattern.flags & ~re.UNICODE or not isinstance(pattern.pattern, str):
        return None
    words: list[str] = []
    word: list[str] = []
    chars = iter(pattern.pattern)
    for c in chars:
        if c == "\\":
            word.append(next(chars, ""))
        elif c == "|":
            words.append("".join(word))
            word = []
        else:
            word.append(c)
    words.append("".join(word))
    if any(not w or "\n" in w for w in words) or \
            "|".join(re.escape(w) for w in words) != pattern.pattern:
        return None
    return tuple(words)


def _lines_holding(hay: str, words: tuple[str, ...], starts: list[int]) -> list[int]:
    """The lines (in order) where some word starts: those where a search for the words'
    alternation finds a hit, since no word holds a line end. str.find runs far faster
    than the alternation tried at each position."""
    lines: set[int] = set()
    last = len(starts) - 1
    for w in words:
        i = hay.find(w)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            lines.add(k)
            i = hay.find(w, starts[k + 1]) if k < last else -1
    return sorted(lines)


# The only characters outside ASCII that a case-insensitive pattern's ASCII letter
# matches ('ı' and 'İ' for i, 'ſ' for s, the Kelvin sign for k): a text holding one is
# searched without the word test below.
ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
# Words shorter than this say too little to be worth looking for.
MIN_WORD = 3
MAX_WORDS = 8


def _required(items) -> list[frozenset[str]]:
    """Of a parsed pattern (a sequence of sre_parse items): sets of lower-cased ASCII
    words, every match holding one word of each set. Lookarounds, optional parts and
    anything else not certain to be in the match add none."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_WORD:
            out.append(frozenset(["".join(run).lower()]))
        run.clear()

    for op, av in items:
        if op is sre_parse.LITERAL and av < 128:
            run.append(chr(av))
            continue
        flush()
        if op is sre_parse.SUBPATTERN:
            out.extend(_required(av[-1]))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
            out.extend(_required(av[2]))
        elif op is sre_parse.BRANCH:
            # one word of some set of each alternative: their best sets' union
            chosen = []
            for alt in av[1]:
                sets = _required(alt)
                if not sets:
                    break
                chosen.append(max(sets, key=lambda ws: min(map(len, ws))))
            else:
                out.append(frozenset().union(*chosen))
    flush()
    return out


@lru_cache(maxsize=4096)
def required_words(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of lower-cased words such that every match of `pattern` holds a word of each:
    at most three, those of fewest words first, none of more than MAX_WORDS (a set of
    every month's name is in most lines with a year and costs a look for each); none
    when the pattern promises no word."""
    sets = [ws for ws in _required(sre_parse.parse(pattern.pattern, pattern.flags).data)
            if len(ws) <= MAX_WORDS]
    sets.sort(key=lambda ws: (len(ws), -min(map(len, ws))))
    return tuple(sets[:3])


def finditer_in(pattern: re.Pattern, text: str, where: list[tuple[int, int]]
                ) -> Iterator[re.Match]:
    """`pattern.finditer(text, lo, hi)` for each stretch (lo, hi) of `where` in turn,
    the same matches, but a stretch lacking a word that every match holds
    (required_words) is not searched: a word looked for with str.find costs far less
    than a pattern tried at each position."""
    words = required_words(pattern)
    hay = _lowered(text)
    if words and (len(hay) != len(text) or any(c in text for c in ASCII_FOLDS)):
        words = ()  # the lower-cased text's offsets are not the text's, or may not tell
    for lo, hi in where:
        if all(any(hay.find(w, lo, hi) >= 0 for w in ws) for ws in words):
            yield from pattern.finditer(text, lo, hi)
