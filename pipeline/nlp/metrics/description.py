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
CLAUSE_BREAK_RE = re.compile(
    r"[;:()]|,\s|\s[\u2013\u2014-]\s|\s(?:compared|which|whereas|while|although|but|against|than"
    r"|and\s+the|from|to|with|including)\s", re.I)
STOP_LEAD_RE = re.compile(
    r"^(?:of\s+(?:the\s+|all\s+|these\s+|those\s+|whom\s+|which\s+)?|in\s+|at\s+|for\s+|by\s+)",
    re.I)
# The subject of a change written "X ... from <number>" (the clause before "from").
FROM_TO_SUBJECT_RE = re.compile(
    r"(?:^|[.;:(]\s|,\s|\n)(?P<subj>[^.;:()\n]{3,160}?)\s+from\s+(?:a\s+(?:rate|level|figure|"
    r"high|low|position)\s+of\s+)?(?:only\s+|just\s+|around\s+|about\s+)?\Z", re.I)
# How a list's lead-in opens before naming what its items measure.
LEAD_IN_HEAD_RE = re.compile(
    r"^(?:-\s*)?(?:the\s+)?(?:proportion|percentage|number|rate|share)\s+of\s+(?:the\s+)?"
    r"|^(?:-\s*)?of\s+(?:this|these|them|whom)\s+(?:number\s*)?", re.I)
BULLET_LEAD_RE = re.compile(r"^-(?:\s+|$)")  # a lone "-" is a bullet too, not a measure
# A measure that only says where or when: the list's lead-in says what.
WEAK_MEASURE_RE = re.compile(r"(?:in|at|for|of|to|by|on|during|since)\b|\d", re.I)
REPORTING_CUT_RE = re.compile(
    r"\b(?:that|which|where|shows?|showed|indicates?|indicated|reports?|reported)\s+", re.I)
# An after-clause that goes on to another figure or a comparison, not to what is measured.
WEAK_AFTER_RE = re.compile(
    r"(?:and|or|but|in|at|to|is|was|were|are|compared|against|than|which|with|from)\b", re.I)
# What may stand between the two numbers of "from X (in 2012-13) to Y".
TO_LINK_RE = re.compile(
    r"[^.;:]{0,40}?\bto\s+(?:an?\s+(?:average|rate|high|low|total)\s+of\s+|just\s+|only\s+)?",
    re.I)
FROM_TAIL_RE = re.compile(r"\bfrom\s+(?:a\s+\w+\s+of\s+)?(?:\w+\s+)?\Z", re.I)  # cheap test first
CHANGE_VERB_RE = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|been)?\s*(?:increased|decreased|reduced|declined|"
    r"declining|increasing|reducing|decreasing|improved|improving|risen|rising|fallen|falling|"
    r"dropped|dropping|rose|fell|grown|growing|widened|narrowed|changed|moved))+$", re.I)
TRAIL_FUNC_RE = re.compile(
    r"(?:\s+(?:is|was|were|are|has|have|had|been|be|at|of|to|from|by|stands|stood|now|just"
    r"|only|about|around|approximately|some|over|under|almost|nearly|than|with|rate|a|an|the"
    r"|risen|fallen|increased|reduced|improved|declined|dropped|rose|fell|least|more|less"
    r"|compared|averages?|average|this|that|which|it|there))+\s*$", re.I)
# "in 2012-13", "for 2014-15 to date", "the 2015-16": a year range is the period itself;
# other leads are kept as written ("at 31 January 2015", "during 2013-14").
PERIOD_LEAD_RE = re.compile(r"^(?:in|for|since|from|the)\s+(?=(?:19|20)\d\d\s*[\u2013/-]\s*\d)",
                            re.I)


OPENS_SPAN_RE = re.compile(r"\s*(?:since|from)\b", re.I)
# Between a number and a period after it: the period starts the next figure's clause
# ("77% and for 2015-16 so far is at 79%").
NEXT_CLAUSE_RE = re.compile(r"\b(?:and|but|while|whereas)\b|[;,]", re.I)
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


def tidy_period(text: str) -> str:
    return PERIOD_LEAD_RE.sub("", text.strip())


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
        line = LEAD_IN_HEAD_RE.sub("", line.strip(" ,-")).strip(" ,")
        return " ".join(line.split()[:14]) if len(line.split()) >= 2 else ""

    def continues(self, s0: int) -> bool:
        """A sentence right after one with a period, in the same line, shares it ('This is')."""
        text = self.text
        return s0 > 0 and text[s0 - 1] != "\n" and bool(
            re.match(r"(?:This|These|Of\s+th|Of\s+whom|Th(?:at|ose)\b)", text[s0:s0 + 12]))

    # -- period ---------------------------------------------------------------------------

    def sentence_periods(self, s0: int, s1: int) -> list[Period]:
        """The periods written in a sentence, in order."""
        out = []
        for p in self.r.number_period_re.finditer(self.text, s0, s1):
            out.append(Period(p.start(), p.end(), tidy_period(p.group(0)),
                              OPENS_SPAN_RE.match(p.group(0)) is not None,
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
                    and NEXT_CLAUSE_RE.search(self.text, m.end, periods[i].start)):
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
        cuts = list(CLAUSE_BREAK_RE.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        after = text[m.end:min(s1, m.end + CLAUSE)]
        cut = CLAUSE_BREAK_RE.search(after, 1)
        if cut:
            after = after[:cut.start()]
        return before.strip(), after.strip()

    def measure(self, s0: int, s1: int, m: Metric) -> str:
        text = self.text
        # "reduced attendance by children from 58% to 46%": what changed is named
        # before "from", and both numbers measure it.
        # (Searched on a slice, so that the sentence's own start counts as a start.)
        change = FROM_TAIL_RE.search(text, max(s0, m.start - 40), m.start) and \
            FROM_TO_SUBJECT_RE.search(text[max(s0, m.start - 200):m.start])
        if change:
            subj = TRAIL_FUNC_RE.sub("", " " + change.group("subj")).strip(" ,.")
            subj = CHANGE_VERB_RE.sub("", subj).strip(" ,.")
            # "... report shows that notifications have increased": the clause after
            # the reporting verb names the thing.
            subj = REPORTING_CUT_RE.split(subj)[-1].strip(" ,.")
            if len(subj.split()) >= 1:
                return " ".join(subj.split()[-12:])
        before, after = self.clause(s0, s1, m)
        after = STOP_LEAD_RE.sub("", after.lstrip(" )],.;:")).strip(" .")
        # A period or date straight after the number says when, not what.
        after = self.r.period_re.sub("", after).strip(" ,.") if after else after
        words = after.split()
        if len(words) >= 2 and not WEAK_AFTER_RE.match(after):
            return " ".join(words[:12])
        subj = TRAIL_FUNC_RE.sub("", " " + before).strip(" ,.")
        subj = re.sub(r"^(?:the|a|an|this|that|its|their)\s+", "", subj, flags=re.I)
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


def share_measures(text: str, group: list[Metric]) -> None:
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
        elif k and group[k - 1].role == "previous" and TO_LINK_RE.fullmatch(
                text[group[k - 1].end:m.start]):
            m.measure = group[k - 1].measure
            m.population = m.population or group[k - 1].population
