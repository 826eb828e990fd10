"""Number forms and exclusions: which figures in a text are metrics, with value and unit.

One scan finds every figure in digits, money and number words; the rules of
metrics_rules.json then drop what is not a measurement (years, paragraph and page
numbers, references, age bands, durations that only define something). Every test
looks at a bounded window around the number (`window` characters, a setting, or the start and
end of its line up to `LINE_CONTEXT`), so the work is linear in the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from ..structure import TextIndex
from ..textscan import stretches
from .rules import MetricRules

# How much of a number's line its layout tests read on each side: enough to tell an
# empty or short line (a list number, a contents entry) from a long one.
LINE_CONTEXT = 200
# Stands for the rest of a line cut off at LINE_CONTEXT: no rule matches it.
CUT = "\x00"

NOT_NEWLINE_RE = re.compile(r"[^\n]")
PARA_NUMBER_RE = re.compile(r"\d{1,3}\.\s")  # matched at a line's start
DIGIT_RE = re.compile(r"\d")


@dataclass
class Metric:
    start: int
    end: int
    value: str
    unit: str
    value_text: str
    sent: tuple[int, int] = (0, 0)
    role: str = "observed"
    qualifier: str = ""
    measure: str = ""
    category: str = "other"
    population: str = ""
    period: str = ""
    paragraph: str = ""
    statement: int = 0
    extra: dict = field(default_factory=dict)

    def fields(self) -> dict:
        return {
            "value": self.value,
            "unit": self.unit,
            "value_text": self.value_text,
            "role": self.role,
            "measure": self.measure,
            "category": self.category,
            "population": self.population,
            "period": self.period,
            "qualifier": self.qualifier,
            "paragraph": self.paragraph,
        }


def plain_decimal(text: str) -> str:
    """'94,000' -> '94000', '52.50' -> '52.5', '7.0' -> '7'."""
    s = text.replace(",", "").strip()
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def per_10000(value: str, base: str) -> str:
    """A rate per `base` (1,000, 10,000 or 100,000) as a rate per 10,000, exactly:
    ('0.69', '1,000') -> '6.9'."""
    scaled = Decimal(value) * Decimal(10000) / Decimal(base.replace(",", ""))
    return plain_decimal(format(scaled, "f"))


class NumberFinder:
    """The candidates of one text: figures that pass the exclusions, with their units."""

    def __init__(self, rules: MetricRules) -> None:
        self.r = rules

    def masked(self, text: str, index: TextIndex) -> str:
        """Blank out contact details, references, dates in d/m/y form and year ranges.

        Offsets are kept: each masked character becomes "#" (newlines stay newlines).
        """
        spans = []
        # Every mask that can hide a number holds a digit of its own.
        for ls, le in stretches(text, DIGIT_RE, PARA_NUMBER_RE, starts=index.line_starts):
            seg = text[ls:le].lower()
            # masks share anchors ("19", "0", "am"): each is looked for once a stretch
            present: dict[str, bool] = {}
            for rx, anchors in zip(self.r.mask_res, self.r.mask_anchors, strict=True):
                if anchors and not any(present[a] if a in present
                                       else present.setdefault(a, a in seg)
                                       for a in anchors):
                    continue  # no match of this mask can be here
                spans.extend(m.span() for m in rx.finditer(text, ls, le))
        spans.sort()
        if not spans:
            return text
        parts: list[str] = []
        pos = 0
        for s, e in spans:
            s = max(s, pos)
            if e <= s:
                continue
            parts.append(text[pos:s])
            parts.append(NOT_NEWLINE_RE.sub("#", text[s:e]))
            pos = e
        parts.append(text[pos:])
        return "".join(parts)

    @staticmethod
    def _in_reference_run(text: str, start: int, n: int) -> bool:
        """Is "(n)" one of a run of numbered references, "(n-1)" or "(n+1)" nearby?"""
        window = text[max(0, start - 2000):start + 2000]
        return any(f"({k})" in window for k in (n - 1, n + 1) if k >= 1)

    @staticmethod
    def _after_comma_line(text: str, index: TextIndex, start: int) -> bool:
        """Does the line before the one holding `start` stop at a comma?"""
        no = index.line_no(start)
        if no == 0:
            return False
        ls, le = index.line_span(no - 1)
        return text[ls:le].rstrip().endswith(",")

    def _in_contents(self, text: str, index: TextIndex, start: int) -> bool:
        """Does the line holding a line-final number sit among lines ending in numbers
        (a table of contents), with the line before or after ending in one too?"""
        no = index.line_no(start)
        near = []
        for k in (no - 1, no + 1):
            if 0 <= k < len(index.line_starts):
                ls, le = index.line_span(k)
                if le - ls <= self.r.contents_max:
                    near.append(text[ls:le])
        return any(self.r.contents_line.match(x) for x in near)

    def _contents_run(self, line_before: str, line_after: str) -> bool:
        """Is a number inside its line a page number of contents entries that the layout
        ran into one line: titles on both sides (capitalised, the next one starting right
        after the number), the line ending in a page number too, no sentence punctuation,
        no word before it that a figure would complete ("of", "to", "is", ...)?"""
        r = self.r
        line = line_before + line_after
        return bool(line_before[:1].isupper() and CUT not in line
                    and r.contents_run_after.match(line_after)
                    and r.contents_run_end.search(line_after)
                    and not r.contents_run_punctuation.search(line)
                    and not r.contents_run_reject_before.search(line_before))

    @staticmethod
    def _line_context(text: str, index: TextIndex, start: int, end: int) -> tuple[str, str]:
        """The number's line before and after it, each cut at LINE_CONTEXT characters
        (a cut side ends in CUT, which no layout test accepts)."""
        ls = index.line_start(start)
        le = index.line_end(end)
        before = text[ls:start] if start - ls <= LINE_CONTEXT else \
            CUT + text[start - LINE_CONTEXT:start]
        after = text[end:le] if le - end <= LINE_CONTEXT else text[end:end + LINE_CONTEXT] + CUT
        return before, after

    def count_ok(self, text: str, index: TextIndex, start: int, end: int, is_word: bool) -> bool:
        """Is a bare number (digits or words) a count that measures something?"""
        r = self.r
        before = text[max(0, start - r.window):start]
        after = text[end:end + r.window]
        token = text[start:end]
        if not is_word:
            # Years, and numbers glued to letters (footnote markers, s47, 5At).
            if r.year.fullmatch(token):
                return False
            line_before, line_after = self._line_context(text, index, start, end)
            if line_before.strip() in ("", "(", "["):
                # Paragraph and list numbers, section numbers, footnote texts, lone numbers.
                if r.line_number_after.match(line_after):
                    return False
                if len(token) == 1 and r.footnote_after.match(line_after) \
                        and self._after_comma_line(text, index, start) \
                        and re.search(rf"\n{token}\s+[A-Z]", text[end:]):
                    return False  # "...schools,\n3 all of whom ...": a footnote mark
            elif not line_after.strip() \
                    and not r.contents_entry_punctuation.search(line_before) \
                    and line_before[:1].isupper() and len(line_before) < r.contents_entry_max \
                    and not r.contents_entry_reject_before.search(line_before):
                return False  # a table of contents entry's page number
            elif not line_after.strip() and self._in_contents(text, index, start):
                return False  # "Leadership, management and governance 27" in a contents list
            elif self._contents_run(line_before, line_after) \
                    and self._in_contents(text, index, start):
                return False  # "Recommendations 8 Summary for children 9 The ...": one line
            if len(token) == 1 and before.endswith("(") and r.reference_after.match(after) \
                    and self._in_reference_run(text, start, int(token)):
                return False  # "(2)." a source reference, one of a numbered run
            # "16 to 18 cohort", "aged 19 to 21": age bands, unless "from 16 to 18 cases".
            if len(token) <= 5 and 10 <= int(float(token.replace(",", ""))) <= 25:
                if r.age_range.match(after) and not r.age_range_count_before.search(before):
                    return False
                if r.age_range_before.search(before) and not r.age_range_guard.search(before):
                    return False
        if (r.exclude_before.search(before) and not r.stage_count_after.match(after)) \
                or r.exclude_after.match(after):
            return False  # but "stage one and 11 at stage two" counts adopters
        if r.case_example_before.search(text, max(0, start - r.case_example_window), start):
            return False  # "In one case seen, a referral waited nine days": the case's details
        value = self._value_of(token)
        if r.age_limit_before.search(before) and value <= r.age_limit_max:
            return False  # "care leavers over 21", "children under five"
        if r.caseload_threshold_before.search(before):
            return False  # "social workers with caseloads above 25": who is counted
        if r.approval_before.search(before) and value <= r.approval_max:
            return False  # "carers approved to care for up to three children": the approval
        if r.age_again_before.search(before) and value <= r.age_limit_max:
            return False  # "26% were under the age of 10 and 32% were over 16"
        if self._is_age(before, after, value, is_word):
            return False
        if value <= r.structure_max and (r.structure_after.match(after) or (
                r.structure_definite_before.search(before)
                and r.structure_units_after.match(after))):
            return False  # "two lay members", "the three boroughs", "these two groups"
        if r.authority_count_after.match(after) or (
                value >= 2 and r.area_compound_after.match(after)):
            return False  # "Of the 152 local authorities", "the three borough chief executives"
        if value <= r.structure_max and r.setup_units_after.match(after) \
                and not r.setup_whole_before.search(before):
            return False  # "three locality teams", "five children's centres": set-up
        if r.setup_change_before.search(before):
            return False  # "the number of shared services ... from 34 to just four": set-up
        if value <= r.structure_max and r.setup_prep_before.search(before) \
                and r.setup_prep_after.match(after):
            return False  # "by the three locality referral and assessment teams": set-up
        if value <= r.structure_max and (r.frequency_after.match(after) or (
                r.frequency_before.search(before) and r.frequency_per_after.match(after)
                and not r.frequency_volume_before.search(before))):
            return False  # "two performance meetings each month": how often, not what
        if r.setup_bracket_before.search(before) and r.sample_bracket_after.match(after):
            return False  # "early help clusters (25) and children's centres (56)": set-up
        if r.inspection_sample_before.search(before) \
                and not r.inspection_sample_part_after.match(after):
            return False  # "Inspectors tracked 30 children's cases and sampled a further 89"
        if r.inspection_passive_after.match(after):
            return False  # "In total, 145 case files were considered by inspectors."
        if r.inspection_occasion_after.match(after) and r.inspection_occasion_before.search(
                text, max(0, start - r.case_example_window), start):
            return False  # "Inspectors raised ... on two separate occasions": the inspection
        if value <= r.structure_max and (
                (r.procedure_before.search(before) and r.procedure_after.match(after))
                or (r.assessed_by_before.search(before) and r.assessed_by_after.match(after))
                or r.panel_size_before.search(before)):
            return False  # "requires them to provide two cycles of ...": how it is done
        if value <= r.structure_max and (r.excluding_before.search(before)
                                         or r.pilot_before.search(before)):
            return False  # "excluding two complex cases", "piloted on five cases": a definition
        if r.condition_before.search(before):
            return False  # "Families who fail to attend two appointments are referred"
        if r.existence_before.search(before) and r.duration_after.match(after):
            return False  # "the project had been operational for just eight weeks"
        if r.scale_before.search(before) or (r.rating_out_of_before.search(before)
                                             and r.rating_out_of_after.match(after)):
            return False  # "on a scale of 1 to 10", "rated 4 out of 5": a rating scale's ends
        if r.personal_had_before.search(before) and r.personal_had_after.match(after):
            return False  # "We've had four social workers for our lad": a person's own story
        if r.sample_size_before.search(before) or r.name_quote_before.search(before) \
                or self._is_rank_band(before, after) or (
                    r.sample_bracket_before.search(before) and r.sample_bracket_after.match(after)):
            return False  # "a sample of 15 plans", "the ‘123 Programme’", "the 10 most"
        if not is_word and r.name_before.search(before) and r.name_after.match(after):
            return False  # "Adoption 22, a consortium", "PEP 1, completed by school"
        if r.last_before.search(before):
            return False  # "the last two SCRs", "over the last four terms"
        one_of = r.one_of_before.search(before)
        if (one_of and not r.one_statistic_before.search(before, 0, one_of.start())) or (
                token.lower() == "one" and r.one_of_after.match(after)
                and not r.one_statistic_before.search(before)):
            return False  # "one of two front doors", not "Only one of six children"
        if r.duration_band_after.match(after) and r.duration_band_before.search(before):
            return False  # "arrangements over six months' duration"
        if r.schedule_after.match(after) and r.schedule_before.search(before):
            return False  # "reviewed at 6 weeks and 3 months after placement": when it is done
        if r.schedule_at_before.search(before) and r.schedule_at_after.match(after):
            return False  # "progress checkpoints at three and six months": when it is done
        if r.wait_over_before.search(before) and r.schedule_at_after.match(after) and \
                not r.duration_measured_after.match(after):
            return False  # "some wait for over two years": the threshold of the waits counted
        if r.duration_after.match(after):
            measured = r.duration_measured_before.search(before) or \
                r.duration_measured_after.match(after) or (
                    r.duration_at_before.search(before) and r.duration_at_after.match(after))
            if not measured or r.duration_limit_before.search(before):
                return False
        if is_word:
            low = token.lower()
            if value <= r.structure_max and r.example_count_before.search(before):
                return False  # "for example in the cases of two pregnant teenagers"
            if value <= r.structure_max and r.works_after.match(after):
                return False  # "four key innovative projects", "two DVDs": how it works
            # "One Adoption South Yorkshire": a capitalised word number inside a sentence is a name.
            if token[:1].isupper() and before.strip() \
                    and not r.sentence_open_before.search(before):
                return False
            if r.word_after_reject.match(after) and not (
                    r.times_after.match(after) and self._times_count(text, start)):
                return False
            if r.anecdote_people_after.match(after) and r.one_anecdote_after.match(after):
                return False  # "two care leavers said that ..."
            if low == "one" and r.sample_before.search(before) and r.sample_after.match(after):
                return False  # "In one case, ..."
            if low == "one":
                if r.one_after_reject.match(after):
                    return False  # "from one school to another"
                paired = r.one_after_pair.search(before) or r.one_figure_before.search(
                    before) or r.one_figure_after.match(after)  # "from eight ... to one"
                if not paired and (r.one_before_reject.search(before)
                                   or not r.one_count_nouns.match(after)):
                    return False
        return True

    def _number_matches(self, scan: str) -> list[re.Match]:
        """Every figure in digits and every number word, in text order."""
        r = self.r
        matches = list(r.number_re.finditer(scan))
        lower = scan.lower()
        starts: set[int] = set()
        for w in r.word_keys:
            i = lower.find(w)
            while i >= 0:
                starts.add(i)
                i = lower.find(w, i + 1)
        end = -1
        for i in sorted(starts):
            if i < end:
                continue  # the "five" of "twenty-five"
            m = r.word_re.match(scan, i)
            if m:
                matches.append(m)
                end = m.end()
        # Fractions and multiples, looked for only where their word is written; a fraction
        # may start up to a numerator before it ("three quarters").
        seen: set[int] = set()
        for keys, rx, reach in ((r.fraction_words, r.fraction_re, 8),
                                (r.multiple_words, r.multiple_re, 0)):
            for w in keys:
                i = lower.find(w)
                while i >= 0:
                    m = rx.search(scan, max(0, i - reach), i + len(w) + 12)
                    if m and m.start() not in seen:
                        seen.add(m.start())
                        matches.append(m)
                    i = lower.find(w, i + 1)
        # At one start the longest first: "one third" before "one".
        matches.sort(key=lambda m: (m.start(), -m.end()))
        return matches

    def candidates(self, text: str, index: TextIndex,
                   tick: Callable[[], None] | None = None) -> list[Metric]:
        r = self.r
        if tick is not None:
            tick()
        scan = self.masked(text, index)
        found: list[Metric] = []
        skip_to = -1  # the end of a form restating another figure, taken by neither
        for n, m in enumerate(self._number_matches(scan)):
            if tick is not None and n % 256 == 0:
                tick()
            if (found and m.start() < found[-1].end) or m.start() < skip_to:
                continue  # the "10,000" of "70.6 per 10,000"; the "five" of "one in five"
            # The window crosses line ends: a PDF may set a figure on a line of its own
            # ("good at" / "94.4%.").
            if not r.word_near.search(text, max(0, m.start() - r.window), m.end() + r.window):
                continue  # no word says what it measures: figures, not a statement
            if m.re is r.fraction_re:
                skip_to = self._keep(found, self._fraction(scan, text, m), skip_to)
                continue
            if m.re is r.multiple_re:
                x = self._multiple(scan, text, m)
                if x:
                    found.append(x)
                continue
            if m.re is r.word_re:
                s, e = m.span("word")
                value = self._word_value(m.group("word"))
                x = self._special_form(scan, text, s, e, value)
                if x is not None:
                    skip_to = self._keep(found, x, skip_to)
                    continue
                half = r.duration_half_after.match(scan[e:e + 20])
                if half and r.duration_after.match(scan[e + half.end():e + half.end() + 40]):
                    # "three and a half years": one number, 3.5.
                    if self.count_ok(scan, index, s, e + half.end(), True):
                        found.append(self._with_unit(scan, text, s, e + half.end(),
                                                     plain_decimal(f"{value + 0.5}")))
                    continue
                if self.count_ok(scan, index, s, e, True):
                    found.append(self._with_unit(scan, text, s, e, str(value)))
                continue
            if m.group("money"):
                if r.money_exclude_before.search(scan, max(0, m.start() - r.window), m.start()):
                    continue  # "Salary: £48,200 - £52,900": the terms of a post
                found.append(Metric(m.start(), m.end(), self._money_value(m), "gbp",
                                    text[m.start():m.end()]))
                continue
            if m.group("num"):
                s, e = m.span("num")
                value = plain_decimal(m.group("num"))
                sign = self._sign(scan, index, s)
                pm = r.percent_after.match(scan, e)
                if pm:
                    if self._is_rank_band(scan[max(0, s - r.window):s],
                                          scan[e:e + r.window], percent=True):
                        continue  # "the 20% most deprived wards"
                    if r.percent_threshold_before.search(scan, max(0, s - r.window), s):
                        continue  # "children who have attendance below 90%"
                    found.append(Metric(s - sign, pm.end(), "-" * sign + value, "percent",
                                        text[s - sign:pm.end()]))
                    continue
                rm = r.rate_after.match(scan, e)
                if rm:
                    found.append(Metric(s - sign, rm.end(),
                                        "-" * sign + per_10000(value, rm.group("base")),
                                        "rate_per_10000", text[s - sign:rm.end()]))
                    continue
                sm = r.count_scale_after.match(scan, e)
                if sm and not sign and self.count_ok(scan, index, s, e, False):
                    # "a population of 1.236 million": one count, scaled.
                    scaled = Decimal(value) * r.scales[sm.group("scale").lower()]
                    found.append(Metric(s, sm.end(), plain_decimal(format(scaled, "f")),
                                        "count", text[s:sm.end()]))
                    continue
                if not sign and self._is_rank(scan, s, e):
                    found.append(Metric(s, e + 2, value, "count", text[s:e + 2]))
                    continue
                x = self._special_form(scan, text, s, e, float(value))
                if x is not None:
                    if x:
                        found.append(x)
                    continue
                if r.percent_range_after.match(scan, e):
                    # "20 and 30%": a percentage, unless it is a year or an age
                    # ("from 45% in 2016 to 89%", "under the age of 10 and 32% were").
                    if not self._excluded(scan, s, e) and not self._is_rank_band(
                            scan[max(0, s - r.window):s], scan[e:e + r.window]):
                        found.append(Metric(s, e, value, "percent", text[s:e]))
                    continue
                if self.count_ok(scan, index, s, e, False):
                    unit = self._inherited_duration(scan, index, s)
                    if self._inherits_rate(scan, index, s):
                        found.append(Metric(s, e, value, "rate_per_10000", text[s:e]))
                    elif unit:
                        found.append(Metric(s, e, value, unit, text[s:e]))
                    else:
                        found.append(self._with_unit(scan, text, s, e, value))
        return found

    def _is_age(self, before: str, after: str, value: float, is_word: bool) -> bool:
        """An age, not a count: "the leaving care service at 16 or 17", "an 18 plus
        service", "young people of 19 or under", "school age (5-16)", "0–5 entering care"."""
        r = self.r
        if value > r.age_limit_max:
            return False
        if value >= r.age_open_min and r.age_open_after.match(after):
            return True
        if is_word:
            return False
        at = r.age_point_before.search(before) if value >= 16 else None
        if at and r.age_point_after.match(after) \
                and not r.age_point_guard_before.search(before, 0, at.start()):
            return True  # not "remains at 18."
        if value >= 16 and r.age_pair_before.search(before):
            return True  # the 17 of "at 16 or 17"
        return bool((value <= 5 and r.age_range_young_after.match(after))
                    or r.age_range_young_before.search(before))

    def _is_rank_band(self, before: str, after: str, percent: bool = False) -> bool:
        """"the 20% most deprived wards", "in the top 10% in the country": a band of a
        ranking, not a metric (a rank itself is one)."""
        r = self.r
        return bool(r.rank_band_before.search(before) and r.rank_band_after.match(after)
                    or percent and r.rank_band_percent_before.search(before))

    def _is_rank(self, scan: str, s: int, e: int) -> bool:
        """"ranked 45th", "the 6th most deprived", "16th in the country": a place in a
        ranking, which the guidelines count as a metric (an ordinal is otherwise a date or
        a list's place)."""
        r = self.r
        after = scan[e:e + r.window]
        if after[:2].lower() not in r.ordinal_suffixes or after[2:3].isalnum():
            return False
        return bool(r.rank_after.match(after)
                    or r.rank_before.search(scan, max(0, s - r.window), s))

    def _excluded(self, scan: str, s: int, e: int) -> bool:
        r = self.r
        if r.year.fullmatch(scan, s, e):
            return True
        before = scan[max(0, s - r.window):s]
        return bool(r.exclude_before.search(before) or r.exclude_after.match(scan[e:e + r.window]))

    def _sign(self, scan: str, index: TextIndex, s: int) -> int:
        """1 when a minus sign is written before the figure ("changed by -5%"), else 0.
        Not a dash between two figures ("5 - 10%") nor a list bullet."""
        if s < 1 or scan[s - 1] not in "-\u2212" or s - 1 == index.line_start(s):
            return 0
        if s >= 2 and scan[s - 2] not in " (\t[":
            return 0
        prev = scan[max(0, s - 12):s - 1].rstrip()
        return 0 if prev and (prev[-1].isdigit() or prev[-1] in "%-\u2013") else 1

    def _times_count(self, scan: str, s: int) -> bool:
        """Is "N times" at s a count of episodes ("missing a total of 128 times")?"""
        return self.r.times_count_before.search(scan, max(0, s - self.r.window), s) is not None

    def _special_form(self, scan: str, text: str, s: int, e: int,
                      value: float) -> Metric | None | bool:
        """A number word or figure in a form of its own: "Sixty per cent", "one in four",
        "three times the national rate", "the 26-week target". None when it is in none of
        these forms; False when it is in one that is not a metric ("three times a week")."""
        r = self.r
        is_word = not scan[s].isdigit()
        if is_word:
            pm = r.percent_after.match(scan, e)
            if pm:
                return Metric(s, pm.end(), plain_decimal(str(value)), "percent",
                              text[s:pm.end()])
        if value == 1:
            om = r.one_in_after.match(scan[e:e + 40])
            if om:
                den = om.group("den")
                n = int(den) if den.isdigit() else self._word_value(den)
                if n >= 2:
                    one_in = Metric(s, e + om.end(), plain_decimal(f"{100 / n:.1f}"),
                                    "percent", text[s:e + om.end()])
                    if self._restated(scan, s, e + om.end()):
                        # "22%, which equates to more than one in five children": the 22%
                        one_in.extra["restated"] = True
                    return one_in
        tm = r.times_after.match(scan, e)
        if tm and self._times_count(scan, s):
            return None  # "missing a total of 128 times": a count of episodes
        if tm:
            after = scan[tm.end():tm.end() + r.window]
            if value > 1 and r.multiple_accept_after.match(after):
                return Metric(s, tm.end(), plain_decimal(str(value)), "ratio", text[s:tm.end()])
            return False
        hm = r.duration_hyphen_after.match(scan[e:e + 60])
        if (hm or r.threshold_after.match(scan[e:e + 60])) \
                and r.threshold_before.search(scan, max(0, s - r.window), s):
            return False  # "within the expected 26-week timescale": defines the measure
        if hm:
            return Metric(s, e, plain_decimal(str(value)), hm.group(1).lower() + "s", text[s:e])
        return None

    def _fraction(self, scan: str, text: str, m: re.Match) -> Metric | None:
        """"a quarter of conferences", "two thirds", "half of all pupils": a percentage."""
        r = self.r
        s, e = m.span()
        num, den = m.group("fnum"), m.group("fden").lower()
        if not num and den != "half":
            return None  # "the third time", "quarters"
        before = scan[max(0, s - r.window):s]
        after = scan[e:e + r.window]
        if r.fraction_reject_before.search(before) or r.fraction_reject_after.match(after):
            return None
        if not (r.fraction_accept_before.search(before) or r.fraction_accept_after.match(after)):
            return None
        n = r.fraction_numerators[num.lower()] if num else 1
        d = r.fraction_words[den]
        if n >= d:
            return None
        fraction = Metric(s, e, plain_decimal(f"{100 * n / d:.1f}"), "percent", text[s:e])
        if self._restated(scan, s, e):
            # "almost half of all pupils were BME (49%)": the 49% is the figure
            fraction.extra["restated"] = True
        return fraction

    @staticmethod
    def _keep(found: list[Metric], x: Metric | bool | None, skip_to: int) -> int:
        """Append a fraction or word form's figure to `found`; one that restates a figure
        beside it is taken by neither: the end to skip to (else `skip_to` as it was)."""
        if x and x.extra.get("restated"):
            return x.end
        if x:
            found.append(x)
        return skip_to

    def _restated(self, scan: str, s: int, e: int) -> bool:
        """Does a fraction or "one in N" at s..e restate a percentage given beside it?"""
        r = self.r
        return bool(r.restated_after.match(scan[e:e + r.window])
                    or r.restated_before.search(scan, max(0, s - r.window), s))

    def _multiple(self, scan: str, text: str, m: re.Match) -> Metric | None:
        """"has doubled", "halved", "twice the national rate": a ratio, the factor."""
        r = self.r
        s, e = m.span()
        word = m.group("mult").lower()
        after = scan[e:e + r.window]
        if r.multiple_reject_after.match(after) or \
                r.multiple_reject_before.search(scan, max(0, s - r.window), s):
            return None
        if word not in r.multiple_verbs and not r.multiple_accept_after.match(after):
            return None  # "twice a year", "double counting"
        return Metric(s, e, plain_decimal(str(r.multiple_words[word])), "ratio", text[s:e])

    def _inherits_rate(self, scan: str, index: TextIndex, s: int) -> bool:
        """A bare figure that goes on from a rate per 10,000 of its sentence ("from 402 per
        10,000 to 411", "the rate of similar authorities at 558")."""
        r = self.r
        if not r.rate_inherit_before.search(scan, max(0, s - r.window), s):
            return False
        s0 = index.sentence(s)[0]
        return r.rate_given.search(scan, s0, s) is not None

    def _inherited_duration(self, scan: str, index: TextIndex, s: int) -> str:
        """The unit of a bare figure that names a reference for a duration its sentence has
        given ("593 days for England, 492 for statistical neighbours", "the national
        threshold of 487", "the average number of days ... is 559"); "" for none."""
        r = self.r
        if not r.duration_inherit_before.search(scan, max(0, s - r.window), s):
            return ""
        s0 = index.sentence(s)[0]
        units = [g.group("unit") for g in r.duration_given.finditer(scan, s0, s)]
        if not units:
            return ""
        unit = units[-1].lower()  # the nearest before it
        return unit if unit.endswith("s") else unit + "s"

    def _money_value(self, m: re.Match) -> str:
        digits = m.group("mnum").replace(",", "")
        scale = self.r.scales.get((m.group("scale") or "").lower(), 1)
        value = float(digits) * scale
        if not math.isfinite(value):  # more digits than a float holds: exact arithmetic
            exact = Decimal(digits) * scale
            return str(int(exact)) if exact == exact.to_integral_value() else \
                plain_decimal(f"{exact:.2f}")
        return plain_decimal(f"{value:.2f}") if value != int(value) else str(int(value))

    def _word_value(self, w: str) -> int:
        """"Two hundred and sixty" -> 260, "three thousand four hundred" -> 3400."""
        total = current = 0
        for p in re.split(r"[-\s]+", w.lower()):
            if p == "hundred":
                current = max(current, 1) * 100
            elif p == "thousand":
                total += max(current, 1) * 1000
                current = 0
            else:
                current += self.r.words.get(p, 0)
        return total + current

    def _value_of(self, token: str) -> float:
        t = token.replace(",", "")
        try:
            return float(t)
        except ValueError:
            return self._word_value(t)

    def _with_unit(self, scan: str, text: str, s: int, e: int, value: str) -> Metric:
        # "30 weeks", and the first end of a range: "between four and eight months".
        dm = self.r.duration_after.match(scan[e:e + 40]) or \
            self.r.duration_range_unit_after.match(scan[e:e + 60])
        if dm:
            unit = dm.group(1).lower()
            unit = unit if unit.endswith("s") else unit + "s"
            return Metric(s, e, value, unit, text[s:e])
        return Metric(s, e, value, "count", text[s:e])
