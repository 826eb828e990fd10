"""Normalised periods: the first and last day, month or year that a metric's period, as
written, names: `period_start` and `period_end`, ISO dates truncated to what the text says
(`2015-03-31`, `2015-03`, `2015`), as `date` is in dates.csv.

- A date is its own start and end: `at 31 March 2015` -> 2015-03-31 to 2015-03-31,
  `by January 2015` -> 2015-01 to 2015-01, `in 2014` -> 2014 to 2014.
- A year range (`2013-14`, `2013–14`, `2013– 14`, `2013/14`, `2013-2014`) runs from its
  first year to its last, at year precision: Ofsted writes it for financial years (April
  to March: the children's social care returns) and for academic years (September to
  August: education results) alike and seldom says which. Where it does (`the financial
  year 2013-14`, `the academic year 2013-14`) the days are given: 2013-04-01 to 2014-03-31,
  2013-09-01 to 2014-08-31. A quarter of a year range keeps the range (which quarters a
  report counts in is not written).
- Two dates make a span: `between April and September 2015` -> 2015-04 to 2015-09 (the
  first takes the year of the second), `from 2010 until 2012` -> 2010 to 2012.
- A length up to a date: `the year to 31 March 2015` -> 2014-04-01 to 2015-03-31, `the six
  months to September 2015` -> 2015-04 to 2015-09.
- `since` or `from` with one date opens a span the text does not close: start only.
  `until` or `up to` one date: end only.
- Relative periods (`currently`, `now`, `at the time of the inspection`, `to date`, `last
  year`, `in the last 12 months`, `since the last inspection`) are left empty: what they
  mean depends on when the report's data were drawn, which the text does not say (the
  inspection dates are in reports.csv for whoever wants to assume them).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..resources import fill, load_json
from .rules import RULES_FILE

# The forms of years, dashes, lengths and kinds of year, and the words opening or closing
# a span, are rules: metrics_rules.json (_period_bounds_comment), read by MetricRules and
# given here (the package's file when not).

Point = tuple[int, int | None, int | None]  # year, month, day (None: not written)


def iso(p: Point | None) -> str:
    if p is None:
        return ""
    y, m, d = p
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


class PeriodNormaliser:
    """Start and end of a period as written; month names from the rules (`month_names`),
    the rest of its words from the rules' period_* keys (`rules`: the metrics rules as read,
    the package's file when not given)."""

    def __init__(self, month_names: str, rules: Mapping[str, Any] | None = None) -> None:
        r = rules if rules is not None else load_json(RULES_FILE)
        self.months = {name: i for name in month_names.split("|")
                       for i, full in enumerate(calendar.month_name) if full
                       and full.lower().startswith(name[:3])}
        # Numbers of months written as words ("the six months to September 2015"), and the
        # month each named kind of year starts ("the financial year 2013-14": April).
        self.lengths: dict[str, int] = dict(r["period_length_words"])
        self.kind_starts: dict[str, int] = dict(r["period_year_kinds"])
        months = "|".join(sorted(self.months, key=len, reverse=True))
        year, sep, th = r["period_year"], r["period_year_dash"], "|".join(r["ordinal_suffixes"])
        # The grammar of a date, a year or a year range (the groups bounds() reads).
        self.token_re = re.compile(
            rf"(?P<a>{year}){sep}(?P<b>(?:19|20)?\d\d)(?!\d)"
            rf"|(?:(?P<day>\d{{1,2}})(?:{th})?\s+)?(?P<month>{months})(?![a-z])\.?"
            rf"(?:\s*(?P<year>{year})(?!\d))?"
            rf"|(?P<y>{year})(?!\d)", re.I)
        kinds = "|".join(self.kind_starts)
        self.length_re = re.compile(fill(r["period_length"], {
            "MONTHS": months, "LENGTHS": "|".join(self.lengths),
            "KINDS": "|".join(rf"{k}\s+" for k in self.kind_starts)}), re.I)
        self.kind_re = re.compile(rf"\b({kinds})\s+year\b", re.I)
        self.opens_re = re.compile(r["period_opens"], re.I)
        self.closes_re = re.compile(r["period_closes"], re.I)

    def bounds(self, period: str) -> tuple[str, str]:
        """(period_start, period_end) of a period as written; ("", "") when it names no
        date."""
        spans: list[tuple[Point, Point]] = []
        pending: list[tuple[int | None, int]] = []  # day, month waiting for a year
        for t in self.token_re.finditer(period):
            if t.group("a"):
                a, b = int(t.group("a")), t.group("b")
                end = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
                if end <= a:
                    end += 100  # "1999-00"
                if not 1 <= end - a <= 10:
                    return "", ""
                spans.append(((a, None, None), (end, None, None)))
            elif t.group("month"):
                m = self.months[t.group("month").lower().rstrip(".")]
                d = int(t.group("day")) if t.group("day") else None
                if not t.group("year"):
                    pending.append((d, m))
                    continue
                y = int(t.group("year"))
                for pd, pm in pending:  # "between April and December 2013"
                    spans.append(((y, pm, pd), (y, pm, pd)))
                pending = []
                spans.append(((y, m, d), (y, m, d)))
            else:
                y = int(t.group("y"))
                spans.append(((y, None, None), (y, None, None)))
        spans = [(valid(s), valid(e)) for s, e in spans]
        if not spans or any(p is None for s in spans for p in s):
            return "", ""
        start, end = spans[0][0], spans[-1][1]
        if len(spans) == 1:
            length = self.length_re.search(period)
            if length:
                start = self._length_start(length, end)
            kind = self.kind_re.search(period)
            if kind and start[0] + 1 == end[0] and start[1] is None and end[1] is None:
                first = self.kind_starts[kind.group(1).lower()]
                last_y, last_m = add_months(end[0], first, -1)
                start = (start[0], first, 1)
                end = (last_y, last_m, calendar.monthrange(last_y, last_m)[1])
            if self.opens_re.match(period):
                return iso(start), ""
            if self.closes_re.match(period):
                return "", iso(end)
        return iso(start), iso(end)

    def _length_start(self, length: re.Match, end: Point) -> Point:
        """The first day or month of `n` months (a year) ending at `end`."""
        n = length.group("n")
        months = 12 if n is None else int(n) if n.isdigit() else self.lengths[n.lower()]
        y, m, d = end
        if m is None or months < 1:
            return end
        sy, sm = add_months(y, m, 1 - months)
        if d is None:
            return sy, sm, None  # "to September 2015": whole months
        if d == calendar.monthrange(y, m)[1]:
            return sy, sm, 1  # "to 31 March 2015": from the 1st
        # "to 15 September 2015": from the day after, `months` months before.
        by, bm = add_months(y, m, -months)
        return (by, bm, d + 1) if d + 1 <= calendar.monthrange(by, bm)[1] else (sy, sm, 1)


def valid(p: Point) -> Point | None:
    y, m, d = p
    if d is not None:
        try:
            date(y, m, d)
        except ValueError:
            return None
    return p
