"""Description: what a number measures, of whom, and when (measure, population, period),
and the numbered paragraph it sits in.

Each number reads a bounded stretch of its sentence: the clause around it (at most
`CLAUSE` characters a side), populations within `POPULATION_WINDOW` characters, the
periods nearest it (found once per sentence, then looked up by bisection). A list
item reads its list's lead-in line, found through the line index; whether a line is
a list item is remembered per line, so a list of any length is read once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from ..structure import TextIndex
from .numbers import Metric
from .rules import MetricRules

CLAUSE = 160  # characters of a number's clause read on each side
POPULATION_WINDOW = 300  # a population named further from the number is not its own
POPULATION_MAX = 200  # longer than any population phrase of the rules
LEAD_IN_LINES = 12  # lines looked back for a list's lead-in
LEAD_IN_MAX = 400  # a longer line is a paragraph, not a list item or lead-in
NUMBERED_PARA_RE = re.compile(r"^(\d{1,3})\.\s+\S", re.M)
# The words that cut a clause, start a measure or say it is none, and those around a
# period, are rules: metrics_rules.json (_measure_words_comment, _period_words_comment).
BULLET_LEAD_RE = re.compile(r"^-(?:\s+|$)")  # a lone "-" is a bullet too, not a measure
LOOSE_NEAR = 15  # characters between a number and a loose period ("90% now") it takes


class Period(NamedTuple):
    """A period written in a sentence: offsets, its text, whether it opens a span of
    time ("since 2014", "from 2012-13": it dates a change, not one figure), and whether it
    is loose ("now": the rules' period_loose)."""

    start: int
    end: int
    text: str
    opens: bool
    loose: bool


def tidy_period(r: MetricRules, text: str) -> str:
    """A period as written, less the word before a year range ("in 2012-13": 2012-13)."""
    return r.period_lead.sub("", text.strip())


def heading_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= 12 and not re.search(r"[.:;,]$", s) and \
        not re.match(r"^(?:\d|[a-z\u2022\u25cf\u25aa\-\u2013*])", s)


def paragraph_index(text: str, index: TextIndex) -> tuple[list[int], list[str]]:
    """Positions where a numbered paragraph or a heading starts, and its number ('' = heading)."""
    pos: list[int] = []
    num: list[str] = []
    for no, ls in enumerate(index.line_starts):
        le = index.line_span(no)[1]
        pm = NUMBERED_PARA_RE.match(text, ls, le)
        if pm:
            pos.append(ls)
            num.append(pm.group(1))
        elif heading_like(text[ls:le]):
            pos.append(ls)
            num.append("")
    return pos, num


class Describer:
    """Measure, population, period and lead-ins of the numbers of one text."""

    def __init__(self, rules: MetricRules, text: str, index: TextIndex) -> None:
        self.r = rules
        self.text = text
        self.index = index
        self._list_item: dict[int, bool] = {}
        self._population_hits: dict[tuple[int, int], tuple[list[int], list[re.Match]]] = {}

    # -- lists and their lead-in lines ----------------------------------------------------

    def lead_in_line(self, s0: int, below_heading: bool = False) -> str:
        """The lead-in line above a list item (the nearest line ending ':'), or "".
        `below_heading`: none across a heading line ("Other Ofsted inspections")."""
        found = self.lead_in_bounds(s0, below_heading)
        return self.text[found[0]:found[1]] if found else ""

    def lead_in_bounds(self, s0: int, below_heading: bool = False) -> tuple[int, int] | None:
        """Where lead_in_line's line is in the text (start, end), or None."""
        text, index = self.text, self.index
        no = index.line_no(max(0, s0 - 1))
        pos = s0
        for _ in range(LEAD_IN_LINES):
            ls, le = index.line_span(no)
            end = max(ls, min(le, pos - 1))
            if end - ls > LEAD_IN_MAX:
                return None  # a paragraph, neither a lead-in nor a list item
            line = text[ls:end]
            if line.rstrip().endswith(":"):
                return ls, end
            if ls == 0 or (below_heading and heading_like(line)):
                return None
            pos = ls
            no -= 1
        return None

    def lead_in_period(self, s0: int) -> str:
        """A bullet's period from the lead-in line above its list (not across a heading)."""
        pm = self.r.period_re.search(self.lead_in_line(s0, below_heading=True))
        return pm.group(0).strip() if pm else ""

    def is_list_item(self, s0: int) -> bool:
        """Every line between the number's line and the lead-in above is an item."""
        return self._is_item_below(self.index.line_no(s0) - 1)

    def _is_item_below(self, no: int) -> bool:
        """Does line `no` end a lead-in (':'), or is it an item of a list under one?
        Remembered per line, so the lines of a long list are each read once."""
        seen: list[int] = []
        answer = False
        while no >= 0:
            if no in self._list_item:
                answer = self._list_item[no]
                break
            seen.append(no)
            ls, le = self.index.line_span(no)
            if self.text[ls:le].rstrip().endswith(":"):
                answer = True
                break
            if not self.text.startswith("- ", ls) or ls == 0:
                break
            no -= 1
        for k in seen:
            self._list_item[k] = answer
        return answer

    def lead_in_population(self, s0: int) -> str:
        """Who a list's items count, as its lead-in line names them."""
        if not self.is_list_item(s0):
            return ""
        lead = self.lead_in_line(s0)
        best = max(self.r.population_re.finditer(lead), key=lambda p: len(p.group(0)),
                   default=None)
        return best.group(0) if best else ""

    def lead_in_measure(self, s0: int) -> str:
        """What a list's lead-in names ("The proportion of children entitled to free
        school meals:") for items that only say where or when ("in primary schools is 12%").

        Only for list items: every line between the lead-in and the number is an item
        ("- ..."), or the number's line comes straight after the lead-in.
        """
        if not self.is_list_item(s0):
            return ""
        line = self.lead_in_line(s0)
        if not line:
            return ""
        line = self.r.period_re.sub("", line.rstrip().rstrip(":"))
        line = self.r.lead_in_head.sub("", line.strip(" ,-")).strip(" ,")
        return " ".join(line.split()[:14]) if len(line.split()) >= 2 else ""

    def continues(self, s0: int) -> bool:
        """A sentence right after one with a period, in the same line, shares it ('This is')."""
        text = self.text
        return s0 > 0 and text[s0 - 1] != "\n" and bool(
            self.r.continues_opening.match(text[s0:s0 + 12]))

    # -- period ---------------------------------------------------------------------------

    def sentence_periods(self, s0: int, s1: int) -> list[Period]:
        """The periods written in a sentence, in order."""
        out = []
        for p in self.r.number_period_re.finditer(self.text, s0, s1):
            out.append(Period(p.start(), p.end(), tidy_period(self.r, p.group(0)),
                              self.r.period_opens_span.match(p.group(0)) is not None,
                              self.r.period_re.fullmatch(p.group(0)) is None))
        return out

    def period(self, group: list[Metric], k: int, periods: list[Period],
               starts: list[int], ends: list[int]) -> str:
        """The period of group[k] among its sentence's periods (sorted, not overlapping;
        `starts` and `ends` are theirs). A period written next to the number, with no
        other number between, is its own (`extra["own_period"]`) unless it opens a span.
        A loose one ("now") is taken only right beside the number."""
        m = group[k]
        lo = group[k - 1].end if k else -1
        hi = group[k + 1].start if k + 1 < len(group) else 1 << 30
        # Prefer a period right after the number ("from 15 in 2012-13"), then just before it.
        i = bisect_left(starts, m.end)
        if i < len(periods) and periods[i].start < hi and \
                periods[i].start - m.end < (LOOSE_NEAR if periods[i].loose else 60) and not (
                    k + 1 < len(group)
                    and self.r.next_clause.search(self.text, m.end, periods[i].start)):
            if not periods[i].opens:
                m.extra["own_period"] = periods[i].text  # "15 in 2012-13"
            return periods[i].text
        j = bisect_right(ends, m.start) - 1
        if j >= 0 and periods[j].end >= lo and \
                m.start - periods[j].end < (LOOSE_NEAR if periods[j].loose else 120):
            # Written before it and after the number before: its own too ("In 2012-13,
            # 31 orders were made, and this has increased to 46 in 2013-14").
            if not periods[j].opens and m.start - periods[j].end < 60:
                m.extra["own_period"] = periods[j].text
            return periods[j].text
        first = next((p for p in periods if not p.loose), None)
        if first is not None and first.end <= group[0].start:
            return first.text
        return ""

    # -- measure ----------------------------------------------------------------------------

    def clause(self, s0: int, s1: int, m: Metric) -> tuple[str, str]:
        """The clause text before and after the number, cut at clause breaks."""
        text = self.text
        before = text[max(s0, m.start - CLAUSE):m.start]
        cuts = list(self.r.clause_break.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        after = text[m.end:min(s1, m.end + CLAUSE)]
        cut = self.r.clause_break.search(after, 1)
        if cut:
            after = after[:cut.start()]
        return before.strip(), after.strip()

    def measure(self, s0: int, s1: int, m: Metric) -> str:
        text, r = self.text, self.r
        # "reduced attendance by children from 58% to 46%": what changed is named
        # before "from", and both numbers measure it.
        # (Searched on a slice, so that the sentence's own start counts as a start.)
        # (from_tail, the cheap test, first)
        change = r.from_tail.search(text, max(s0, m.start - 40), m.start) and \
            r.from_to_subject.search(text[max(s0, m.start - 200):m.start])
        if change:
            subj = r.trailing_words.sub("", " " + change.group("subj")).strip(" ,.")
            subj = r.change_verbs_end.sub("", subj).strip(" ,.")
            # "... report shows that notifications have increased": the clause after
            # the reporting verb names the thing.
            subj = r.reporting_cut.split(subj)[-1].strip(" ,.")
            if len(subj.split()) >= 1:
                return " ".join(subj.split()[-12:])
        before, after = self.clause(s0, s1, m)
        after = r.measure_stop_lead.sub("", after.lstrip(" )],.;:")).strip(" .")
        # A period or date straight after the number says when, not what.
        after = r.period_re.sub("", after).strip(" ,.") if after else after
        words = after.split()
        if len(words) >= 2 and not r.weak_after.match(after):
            return " ".join(words[:12])
        subj = r.trailing_words.sub("", " " + before).strip(" ,.")
        subj = r.measure_article.sub("", subj)
        sw = subj.split()
        if len(sw) >= 2:
            return " ".join(sw[-12:])
        return " ".join(words[:12]) or " ".join(sw)

    # -- population ----------------------------------------------------------------------

    def population(self, s0: int, s1: int, m: Metric) -> str:
        """The population named nearest the number in its sentence (within
        POPULATION_WINDOW), the longer of two at about the same distance."""
        key = (s0, s1)
        got = self._population_hits.get(key)
        if got is None:
            hits = list(self.r.population_re.finditer(self.text, s0, s1))
            got = ([p.start() for p in hits], hits)
            self._population_hits = {key: got}  # sentences come in order: keep one
        starts, hits = got
        lo = bisect_left(starts, m.start - POPULATION_WINDOW - POPULATION_MAX)
        hi = bisect_right(starts, m.end + POPULATION_WINDOW)
        best = None
        for p in hits[lo:hi]:
            d = p.start() - m.end if p.start() >= m.end else m.start - p.end()
            if d > POPULATION_WINDOW:
                continue
            rank = (d // 40, -len(p.group(0)))
            if best is None or rank < best[0]:
                best = (rank, p.group(0))
        return best[1] if best else ""


def share_measures(r: MetricRules, text: str, group: list[Metric]) -> None:
    """Numbers set against another in one statement measure the same thing.

    A national average, comparator or target takes the measure of the observed
    figure it is compared with; the "to" figure of "from X to Y" takes X's.
    """
    observed: dict[str, list[Metric]] = {}
    for o in group:
        if o.role == "observed":
            observed.setdefault(o.unit, []).append(o)
    starts = {u: [o.start for o in os] for u, os in observed.items()}
    for k, m in enumerate(group):
        if m.role in ("national_average", "comparator", "target"):
            same = observed.get(m.unit)
            if same:
                i = bisect_left(starts[m.unit], m.start)
                near = same[max(i - 1, 0):i + 1]
                ref = min(near, key=lambda o: abs(o.start - m.start))
                m.measure = ref.measure
                m.population = m.population or ref.population
        elif k and group[k - 1].role == "previous" and r.to_link_between.fullmatch(
                text[group[k - 1].end:m.start]):
            m.measure = group[k - 1].measure
            m.population = m.population or group[k - 1].population
