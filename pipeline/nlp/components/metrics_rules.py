"""Metric extraction on plain text: find the numbers that measure something and describe them.

Kept free of spaCy so the rules can be tested on small sentences; the spaCy component in
metrics.py turns the results into spans. Every rule comes from resources/metrics_rules.json
and resources/categories.json. The work is a handful of compiled regexes over the whole text
plus small regexes over short windows around each number, so it stays linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..resources import load_json
from ..textscan import stretches

RULES_FILE = "metrics_rules.json"
CATEGORIES_FILE = "categories.json"

# Units whose numbers are metrics whatever surrounds them (the contract: every percentage).
ALWAYS_UNITS = ("percent", "rate_per_10000", "gbp")
ROLE_ORDER = ("range_bound", "national_average", "comparator", "target", "previous")
CURRENT_MARK = 9999  # period year of "currently", "to date", "at the time of the inspection"
CATEGORY_DECAY = 25.0  # characters of distance that cost one point of priority
WINDOW = 90  # characters looked at either side of a number for cues


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


def _c(pattern: str, months: str, flags: int = re.I, tail: bool = False) -> re.Pattern:
    """Compile a rule; `tail` rules look at the text before a number, so their '$' becomes
    '\\Z' (a '$' would also match before a final newline and let a rule see across lines)."""
    pattern = pattern.replace("{months}", months)
    if tail:
        pattern = pattern.replace("$", r"\Z")
    return re.compile(pattern, flags)


def plain_decimal(text: str) -> str:
    """'94,000' -> '94000', '52.50' -> '52.5', '7.0' -> '7'."""
    s = text.replace(",", "").strip()
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


class MetricRules:
    """The compiled rules of metrics_rules.json and categories.json."""

    def __init__(self, base: Path | None = None) -> None:
        r = load_json(RULES_FILE, base)
        cats = load_json(CATEGORIES_FILE, base)
        months = r["month_names"]
        self.words: dict[str, int] = r["number_words"]
        self.scales: dict[str, int] = r["scale_words"]
        units = "|".join(sorted(self.words, key=len, reverse=True))
        tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        ones = "one|two|three|four|five|six|seven|eight|nine"
        word = rf"(?:(?:{tens})[-\s](?:{ones})|{units})"
        scale = "|".join(sorted(self.scales, key=len, reverse=True))
        # One scan finds every candidate; the groups say which kind it is.
        # Figures in digits (and money) are found by one scan; the lookaheads on the
        # first character change no match but let the engine pass most positions fast.
        self.number_re = re.compile(
            rf"(?=£)(?P<money>£\s?(?P<mnum>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>{scale})\b)?)"
            r"|(?=\d)(?<![\d.,£/])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"(?!\d|,\d{3})",
            re.I,
        )
        # Number words are looked for only where one of them is written (str.find is far
        # quicker than trying a long alternation at every character of a report).
        self.word_re = re.compile(rf"\b(?P<word>{word})\b", re.I)
        self.word_keys = sorted(self.words)
        self.percent_after = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.I)
        self.percent_range_after = re.compile(
            r"\s*(?:-|\u2013|to|and)\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)", re.I)
        self.rate_after = re.compile(r"\s?per\s?10,?000\b", re.I)
        self.mask_res = [_c(p, months, 0) for p in r["mask"]]
        self.mask_anchors: list[tuple[str, ...]] = [
            tuple(a) for a in r.get("mask_anchors", [[]] * len(self.mask_res))]
        # Only "does any rule exclude it?" is asked of these, so each list is one
        # alternation: a single search instead of one per rule, the same answer.
        self.exclude_before = _c("|".join(f"(?:{p})" for p in r["exclude_before"]), months,
                                 tail=True)
        self.exclude_after = _c("|".join(f"(?:{p})" for p in r["exclude_after"]), months)
        self.duration_after = _c(r["duration_after"], months)
        self.duration_measured_before = _c(r["duration_measured_before"], months, tail=True)
        self.duration_measured_after = _c(r["duration_measured_after"], months)
        self.duration_defining_before = _c(r["duration_defining_before"], months, tail=True)
        self.word_after_reject = _c(r["word_after_reject"], months)
        self.one_before_reject = _c(r["one_before_reject"], months, tail=True)
        self.one_count_nouns = _c(r["one_count_nouns"], months)
        self.role_before = [(role, _c(p, months, tail=True)) for role, p in r["role_before"]]
        self.role_after = [(role, _c(p, months)) for role, p in r["role_after"]]
        self.compared_previous = _c(r["compared_previous"], months, tail=True)
        self.date_after = _c(r["date_after"], months)
        self.range_before = _c(r["range_regex"], months, tail=True)
        self.range_plain_before = _c(r["range_plain_before"], months, tail=True)
        self.qualifiers = [(q, _c(p, months, tail=True)) for q, p in r["qualifiers"]]
        self.one_after_pair = _c(r["one_after_pair"], months, tail=True)
        self.reference_after = _c(r["reference_after"], months)
        self.one_statistic_before = _c(r["one_statistic_before"], months, tail=True)
        self.one_statistic_after = _c(r["one_statistic_after"], months)
        self.one_anecdote_after = _c(r["one_anecdote_after"], months)
        self.age_range = _c(r["age_range"], months)
        self.age_range_before = _c(r["age_range_before"], months, tail=True)
        self.age_range_guard = _c(r["age_range_guard"], months, tail=True)
        self.period_re = re.compile("|".join(f"(?:{p})" for p in r["period"]).replace(
            "{months}", months), re.I)
        pops = sorted(r["population"], key=len, reverse=True)
        self.population_re = re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in pops) + r")\b", re.I)
        # Categories: one alternation per category, matched on word boundaries.
        self.categories: list[tuple[str, int, re.Pattern]] = []
        # Lower-case literal pieces, one of which any match of the category contains:
        # a cheap `in` test tells which of the patterns are worth running on a sentence.
        self.category_anchors: dict[str, tuple[str, ...]] = {}
        for c in cats["categories"]:
            kws = sorted((k.replace("'", "['\u2019]") if "'" in k else re.escape(k)
                          for k in c["keywords"]), key=len, reverse=True)
            if kws:
                pat = re.compile(r"\b(?:" + "|".join(kws) + r")\b", re.I)
                self.categories.append((c["key"], int(c.get("priority", 1)), pat))
                self.category_anchors[c["key"]] = tuple(
                    k.lower().split("'")[0] for k in c["keywords"])
        self.category_keys = [c["key"] for c in cats["categories"]]


# --- text structure ---------------------------------------------------------------------------

SENT_END_RE = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+(?=[A-Z\u201c\u2018\"(£\d])|\n")
# What may stand before a capitalised word number that opens a sentence or list item.
SENT_OPEN_RE = re.compile(r"(?:[.!?:;\n\u2022\u2013-]|^)\s*[\u201c\u2018\"'(]?\s*\Z")
LINE_RE = re.compile(r"^.*$", re.M)
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
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)(?:\s*[-\u2013/]\s*((?:19|20)?\d\d))?\b")
CURRENT_RE = re.compile(
    r"\b(?:current(?:ly)?|to\s+date|this\s+year|at\s+the\s+time|present|last\s+(?:six|\d+|twelve)"
    r"|now)\b", re.I)


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of sentences: a newline or a full stop before a capital ends one."""
    starts = [0]
    for m in SENT_END_RE.finditer(text):
        starts.append(m.end())
    return starts


def heading_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= 12 and not re.search(r"[.:;,]$", s) and \
        not re.match(r"^(?:\d|[a-z\u2022\u25cf\u25aa\-\u2013*])", s)


def paragraph_index(text: str) -> tuple[list[int], list[str]]:
    """Positions where a numbered paragraph or a heading starts, and its number ('' = heading)."""
    marks: list[tuple[int, str]] = []
    for m in LINE_RE.finditer(text):
        line = m.group(0)
        pm = NUMBERED_PARA_RE.match(line)
        if pm:
            marks.append((m.start(), pm.group(1)))
        elif heading_like(line):
            marks.append((m.start(), ""))
    return [p for p, _ in marks], [n for _, n in marks]


# --- the extractor ----------------------------------------------------------------------------


NOT_NEWLINE_RE = re.compile(r"[^\n]")
# A contents entry: a short title without a full stop, ending in a page number.
CONTENTS_LINE_RE = re.compile(r"^[A-Z][^.!?\n]{2,100}?\s\d{1,3}$")
# "in 2012-13", "for 2014-15 to date", "the 2015-16": a year range is the period itself;
# other leads are kept as written ("at 31 January 2015", "during 2013-14").
PERIOD_LEAD_RE = re.compile(r"^(?:in|for|since|from|the)\s+(?=(?:19|20)\d\d\s*[\u2013/-]\s*\d)",
                            re.I)


def tidy_period(text: str) -> str:
    return PERIOD_LEAD_RE.sub("", text.strip())
PARA_NUMBER_RE = re.compile(r"\d{1,3}\.\s")  # matched at a line's start
DIGIT_RE = re.compile(r"\d")


class MetricExtractor:
    def __init__(self, rules: MetricRules) -> None:
        self.r = rules
        self._hits_cache: dict = {}

    # candidates ------------------------------------------------------------------------------

    def masked(self, text: str) -> str:
        """Blank out contact details, references, dates in d/m/y form and year ranges.

        Offsets are kept: each masked character becomes "#" (newlines stay newlines).
        """
        spans = []
        # Every mask that can hide a number holds a digit of its own.
        for ls, le in stretches(text, DIGIT_RE, PARA_NUMBER_RE):
            seg = text[ls:le].lower()
            for rx, anchors in zip(self.r.mask_res, self.r.mask_anchors, strict=True):
                if anchors and not any(a in seg for a in anchors):
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
    def _in_contents(text: str, start: int) -> bool:
        """Does the line holding a line-final number sit among lines ending in numbers
        (a table of contents), with the line before or after ending in one too?"""
        ls = text.rfind("\n", 0, start) + 1
        prev_ls = text.rfind("\n", 0, max(ls - 1, 0)) + 1
        le = text.find("\n", start)
        nxt_le = text.find("\n", le + 1) if le >= 0 else -1
        prev = text[prev_ls:max(ls - 1, prev_ls)] if ls else ""
        nxt = text[le + 1:nxt_le if nxt_le >= 0 else len(text)] if le >= 0 else ""
        return any(CONTENTS_LINE_RE.match(x) for x in (prev, nxt))

    def _line_context(self, text: str, start: int, end: int) -> tuple[str, str]:
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        le = len(text) if le < 0 else le
        return text[ls:start], text[end:le]

    def count_ok(self, text: str, start: int, end: int, is_word: bool) -> bool:
        """Is a bare number (digits or words) a count that measures something?"""
        r = self.r
        before = text[max(0, start - WINDOW):start]
        after = text[end:end + WINDOW]
        token = text[start:end]
        if not is_word:
            # Years, and numbers glued to letters (footnote markers, s47, 5At).
            if re.fullmatch(r"(?:19|20)\d\d", token):
                return False
            line_before, line_after = self._line_context(text, start, end)
            if line_before.strip() in ("", "(", "["):
                # Paragraph and list numbers, section numbers, footnote texts, lone numbers.
                if re.match(r"^(?:\.\s|\.?\)|\.\d|\s+[A-Z\u2018\u201c]|\s*$|\.$)", line_after):
                    return False
            elif not line_after.strip() and not re.search(r"[.;,]\s", line_before) \
                    and line_before[:1].isupper() and len(line_before) < 100 \
                    and not re.search(r"\b(?:of|to|from|and|with|than|by|the|a|at|in|for|"
                                      r"is|was|were|are)\s*$", line_before):
                return False  # a table of contents entry's page number
            elif not line_after.strip() and self._in_contents(text, start):
                return False  # "Leadership, management and governance 27" in a contents list
            if len(token) == 1 and before.endswith("(") and r.reference_after.match(after) \
                    and self._in_reference_run(text, start, int(token)):
                return False  # "(2)." a source reference, one of a numbered run
            # "16 to 18 cohort", "aged 19 to 21": age bands, unless "from 16 to 18 cases".
            if 10 <= int(float(token.replace(",", ""))) <= 25:
                if r.age_range.match(after) and not re.search(
                        r"\b(?:from|between|of|by)\s*$", before):
                    return False
                if r.age_range_before.search(before) and not r.age_range_guard.search(before):
                    return False
        if r.exclude_before.search(before) or r.exclude_after.match(after):
            return False
        if r.duration_after.match(after):
            measured = r.duration_measured_before.search(before) or \
                r.duration_measured_after.match(after)
            if not measured:
                return False
        if is_word:
            low = token.lower()
            # "One Adoption South Yorkshire": a capitalised word number inside a sentence is a name.
            if token[:1].isupper() and before.strip() and not SENT_OPEN_RE.search(before):
                return False
            if r.word_after_reject.match(after):
                return False
            if low == "one":
                paired = r.one_after_pair.search(before)  # "from eight ... to one"
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
        matches.sort(key=lambda m: m.start())
        return matches

    def candidates(self, text: str) -> list[Metric]:
        r = self.r
        scan = self.masked(text)
        found: list[Metric] = []
        for m in self._number_matches(scan):
            if found and m.start() < found[-1].end:
                continue  # the "10,000" of "70.6 per 10,000"
            if m.re is r.word_re:
                s, e = m.span("word")
                if self.count_ok(scan, s, e, True):
                    found.append(self._with_unit(scan, text, s, e, str(self._word_value(
                        m.group("word")))))
                continue
            if m.group("money"):
                value = float(m.group("mnum").replace(",", ""))
                sc = (m.group("scale") or "").lower()
                if sc:
                    value *= r.scales.get(sc, 1)
                val = plain_decimal(f"{value:.2f}") if value != int(value) else str(int(value))
                found.append(Metric(m.start(), m.end(), val, "gbp", text[m.start():m.end()]))
                continue
            if m.group("num"):
                s, e = m.span("num")
                pm = r.percent_after.match(scan, e)
                if pm:
                    found.append(Metric(s, pm.end(), plain_decimal(m.group("num")), "percent",
                                        text[s:pm.end()]))
                    continue
                rm = r.rate_after.match(scan, e)
                if rm:
                    found.append(Metric(s, rm.end(), plain_decimal(m.group("num")),
                                        "rate_per_10000", text[s:rm.end()]))
                    continue
                if r.percent_range_after.match(scan, e):
                    found.append(Metric(s, e, plain_decimal(m.group("num")), "percent",
                                        text[s:e]))
                    continue
                if self.count_ok(scan, s, e, False):
                    found.append(self._with_unit(scan, text, s, e, plain_decimal(m.group("num"))))
        return found

    def _word_value(self, w: str) -> int:
        parts = re.split(r"[-\s]+", w.lower())
        return sum(self.r.words.get(p, 0) for p in parts)

    def _with_unit(self, scan: str, text: str, s: int, e: int, value: str) -> Metric:
        dm = self.r.duration_after.match(scan[e:e + 40])
        if dm:
            unit = dm.group(1).lower()
            unit = unit if unit.endswith("s") else unit + "s"
            return Metric(s, e, value, unit, text[s:e])
        return Metric(s, e, value, "count", text[s:e])

    # description -----------------------------------------------------------------------------

    def describe(self, text: str, metrics: list[Metric]) -> None:
        sents = sentence_bounds(text)
        para_pos, para_num = paragraph_index(text)
        for m in metrics:
            i = bisect_right(sents, m.start) - 1
            s0 = sents[i]
            s1 = sents[i + 1] if i + 1 < len(sents) else len(text)
            m.sent = (s0, s1)
            j = bisect_right(para_pos, m.start) - 1
            m.paragraph = para_num[j] if j >= 0 else ""
        by_sent: dict[tuple[int, int], list[Metric]] = {}
        for m in metrics:
            by_sent.setdefault(m.sent, []).append(m)
        prev_period = ""
        prev_population = ""
        prev_category = ""
        prev_line = -1
        for (s0, s1), group in by_sent.items():
            line = text.rfind("\n", 0, s0)
            self._roles(text, s0, s1, group)
            sent_periods = [(p.start(), p.end(), tidy_period(p.group(0))) for p in
                            self.r.period_re.finditer(text, s0, s1)]
            lead = self._lead_in_period(text, s0) if not sent_periods else ""
            for k, m in enumerate(group):
                m.qualifier = self._qualifier(text, s0, m)
                m.period = self._period(group, k, sent_periods) or lead or (
                    prev_period if self._continues(text, s0) else "")
                m.measure = BULLET_LEAD_RE.sub("", self._measure(text, s0, s1, m))
                if WEAK_MEASURE_RE.match(m.measure) or len(m.measure.split()) < 2:
                    m.measure = self._lead_in_measure(text, s0) or m.measure
                # Who, when the sentence does not say: the list's lead-in, or the sentence
                # this one goes on from ("This is a reduction from 595 ...").
                m.population = (self._population(text, s0, s1, m)
                                or self._lead_in_population(text, s0)
                                or (prev_population if self._continues(text, s0) else ""))
                # A sentence without a topic word ("This is a reduction from 595") goes on
                # with the topic of the sentence before it in the same paragraph or list.
                m.category = self._category(text, s0, s1, m) or self._category(
                    text, max(line + 1, s0 - 300), s0, m) or (
                    prev_category if line - prev_line < 400 else "")
                # "" means no topic word at all: the component may ask its classifier.
            self._share_measures(text, group)
            prev_category, prev_line = group[-1].category, line
            self._previous_by_period(group)
            firsts = [m.period for m in group if m.period]
            prev_period = firsts[0] if firsts else prev_period
            pops = [m.population for m in group if m.population]
            prev_population = pops[0] if pops else ""

    def _continues(self, text: str, s0: int) -> bool:
        """A sentence right after one with a period, in the same line, shares it ('This is')."""
        return s0 > 0 and text[s0 - 1] != "\n" and bool(
            re.match(r"(?:This|These|Of\s+th|Of\s+whom|Th(?:at|ose)\b)", text[s0:s0 + 12]))

    @staticmethod
    def _lead_in_line(text: str, s0: int) -> str:
        """The lead-in line above a list item (the nearest line ending ':'), or ""."""
        pos = s0
        for _ in range(12):
            ls = text.rfind("\n", 0, max(0, pos - 1)) + 1
            line = text[ls:max(ls, pos - 1)]
            if line.rstrip().endswith(":"):
                return line
            if ls == 0 or len(line) > 400:
                return ""
            pos = ls
        return ""

    def _lead_in_period(self, text: str, s0: int) -> str:
        """A bullet's period from the lead-in line above its list."""
        pm = self.r.period_re.search(self._lead_in_line(text, s0))
        return pm.group(0).strip() if pm else ""

    def _lead_in_population(self, text: str, s0: int) -> str:
        """Who a list's items count, as its lead-in line names them."""
        if not self._is_list_item(text, s0):
            return ""
        lead = self._lead_in_line(text, s0)
        best = max(self.r.population_re.finditer(lead), key=lambda p: len(p.group(0)),
                   default=None)
        return best.group(0) if best else ""

    @staticmethod
    def _is_list_item(text: str, s0: int) -> bool:
        """Every line between the number's line and the lead-in above is an item."""
        ls = text.rfind("\n", 0, s0) + 1
        prev_end = ls - 1
        while prev_end > 0:
            prev_ls = text.rfind("\n", 0, prev_end) + 1
            prev = text[prev_ls:prev_end]
            if prev.rstrip().endswith(":"):
                return True
            if not prev.startswith("- "):
                return False
            prev_end = prev_ls - 1
        return False

    def _lead_in_measure(self, text: str, s0: int) -> str:
        """What a list's lead-in names ("The proportion of children entitled to free
        school meals:") for items that only say where or when ("in primary schools is 12%").

        Only for list items: every line between the lead-in and the number is an item
        ("- ..."), or the number's line comes straight after the lead-in.
        """
        if not self._is_list_item(text, s0):
            return ""
        line = self._lead_in_line(text, s0)
        if not line:
            return ""
        line = self.r.period_re.sub("", line.rstrip().rstrip(":"))
        line = LEAD_IN_HEAD_RE.sub("", line.strip(" ,-")).strip(" ,")
        return " ".join(line.split()[:14]) if len(line.split()) >= 2 else ""

    def _roles(self, text: str, s0: int, s1: int, group: list[Metric]) -> None:
        r = self.r
        fixed: set[int] = set()
        for k, m in enumerate(group):
            lo = max(s0, group[k - 1].end if k else s0, m.start - WINDOW)
            before = text[lo:m.start]
            hi = min(s1, group[k + 1].start if k + 1 < len(group) else s1, m.end + WINDOW)
            after = text[m.end:hi]
            nxt = group[k + 1] if k + 1 < len(group) else None
            if k in fixed:
                continue
            # "ranging from 4% to 54%", "of 50 to 70": both ends are range bounds.
            pair = nxt is not None and re.fullmatch(
                r"\s*(?:in\s+[^.;\d]{0,25}|at\s+[^.;\d]{0,25})?\s*(?:to|and|-|\u2013)\s*"
                r"(?:a\s+high\s+of\s+|just\s+)?", after) is not None and nxt.unit == m.unit
            if pair and (r.range_before.search(before) or (
                    r.range_plain_before.search(before) and not re.search(r"\bfrom\s*$", before)
                    and re.fullmatch(r"\s*(?:to|and|-|\u2013)\s*", after))):
                m.role = nxt.role = "range_bound"
                fixed.add(k + 1)
                continue
            # "(70.5 per 10,000)" or "(or 24.1%)" right after a number shares its role.
            if k and re.fullmatch(r"\s*\((?:or\s+|a\s+rate\s+of\s+|which\s+is\s+)?",
                                  text[group[k - 1].end:m.start]):
                m.role = group[k - 1].role
                continue
            role = ""
            for name, rx in r.role_after:
                if rx.match(after):
                    role = name
                    break
            if not role:
                best = None
                for name, rx in r.role_before:
                    hit = rx.search(before)
                    if hit and (best is None or hit.start() > best[1]):
                        best = (name, hit.start())
                if best:
                    role = best[0]
            if not role and r.compared_previous.search(before) and r.date_after.match(after):
                role = "previous"
            if not role and pair and m.unit == nxt.unit and not re.match(r"\s*and\b", after):
                role = "previous"  # "from 52.8% to 57.6% and 61% to 69.3%"
            m.role = role or "observed"

    def _previous_by_period(self, group: list[Metric]) -> None:
        """An observed value whose own period is earlier than another's in the sentence."""
        def year(p: str) -> int:
            if not p:
                return -1
            if CURRENT_RE.search(p):
                return CURRENT_MARK
            ys = YEAR_RE.findall(p)
            return max(int(a) for a, _ in ys) if ys else -1
        own = [year(m.extra.get("own_period", "")) for m in group]
        for k, m in enumerate(group):
            if m.role != "observed" or own[k] < 0:
                continue
            if any(own[j] > own[k] and group[j].unit == m.unit for j in range(len(group))
                   if j != k):
                m.role = "previous"

    def _qualifier(self, text: str, s0: int, m: Metric) -> str:
        before = text[max(s0, m.start - 40):m.start]
        if m.unit == "gbp" and before.endswith("£"):
            before = before[:-1]
        for name, rx in self.r.qualifiers:
            if rx.search(before):
                return name
        return ""

    def _period(self, group: list[Metric], k: int, periods: list[tuple[int, int, str]]) -> str:
        m = group[k]
        lo = group[k - 1].end if k else -1
        hi = group[k + 1].start if k + 1 < len(group) else 1 << 30
        # Prefer a period right after the number ("from 15 in 2012-13"), then just before it.
        after = [p for p in periods if m.end <= p[0] < hi and p[0] - m.end < 60]
        before = [p for p in periods if lo <= p[1] <= m.start and m.start - p[1] < 120]
        if after:
            # Only a period written right after the number is its own ("15 in 2012-13").
            m.extra["own_period"] = after[0][2]
            return after[0][2]
        if before:
            return before[-1][2]
        first = group[0].start
        lead = [p for p in periods if p[1] <= first]
        return lead[0][2] if lead else ""

    @staticmethod
    def _share_measures(text: str, group: list[Metric]) -> None:
        """Numbers set against another in one statement measure the same thing.

        A national average, comparator or target takes the measure of the observed
        figure it is compared with; the "to" figure of "from X to Y" takes X's.
        """
        for k, m in enumerate(group):
            if m.role in ("national_average", "comparator", "target"):
                same = [o for o in group if o.role == "observed" and o.unit == m.unit]
                if same:
                    ref = min(same, key=lambda o: abs(o.start - m.start))
                    m.measure = ref.measure
                    m.population = m.population or ref.population
            elif k and group[k - 1].role == "previous" and TO_LINK_RE.fullmatch(
                    text[group[k - 1].end:m.start]):
                m.measure = group[k - 1].measure
                m.population = m.population or group[k - 1].population

    def _clause(self, text: str, s0: int, s1: int, m: Metric) -> tuple[str, str]:
        """The clause text before and after the number, cut at clause breaks."""
        before = text[max(s0, m.start - 160):m.start]
        cuts = list(CLAUSE_BREAK_RE.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        after = text[m.end:min(s1, m.end + 160)]
        cut = CLAUSE_BREAK_RE.search(after, 1)
        if cut:
            after = after[:cut.start()]
        return before.strip(), after.strip()

    def _measure(self, text: str, s0: int, s1: int, m: Metric) -> str:
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
        before, after = self._clause(text, s0, s1, m)
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

    def _population(self, text: str, s0: int, s1: int, m: Metric) -> str:
        best = None
        for p in self.r.population_re.finditer(text, s0, s1):
            d = p.start() - m.end if p.start() >= m.end else m.start - p.end()
            key = (d // 40, -len(p.group(0)))
            if best is None or key < best[0]:
                best = (key, p.group(0))
        return best[1] if best else ""

    def _category(self, text: str, s0: int, s1: int, m: Metric) -> str:
        """The category keyword nearest the number in its sentence, weighted by priority.

        Distance decays the score so that in "146 child protection plans and a further 340
        child in need plans" each number takes its own topic; priority lets specific topics
        (free school meals) beat generic ones (looked after) at similar distances.
        """
        best = None
        lo, hi = max(s0, m.start - 300), min(s1, max(m.end, s0) + 300)
        for key, prio, start, end in self._category_hits(text, s0, s1):
            if start < lo or end > hi:
                continue
            d = start - m.end if start >= m.end else m.start - end
            score = prio - max(d, 0) / CATEGORY_DECAY
            if best is None or score > best[0]:
                best = (score, key)
        return best[1] if best else ""

    def _category_hits(self, text: str, lo: int, hi: int) -> list[tuple[str, int, int, int]]:
        """Keyword hits of every category in text[lo:hi] (a sentence), remembered.

        The numbers of one sentence mostly share a range, and matching some thirty
        keyword patterns again for each of them was most of the metrics' time.
        """
        cache = self._hits_cache
        if cache.get("text") is not text:
            cache.clear()
            cache["text"] = text
        got = cache.get((lo, hi))
        if got is None:
            seg = text[lo:hi].lower()
            anchors = self.r.category_anchors
            got = [(key, prio, h.start(), h.end()) for key, prio, rx in self.r.categories
                   if any(a in seg for a in anchors[key]) for h in rx.finditer(text, lo, hi)]
            cache[(lo, hi)] = got
        return got

    def statements(self, metrics: list[Metric], text: str) -> None:
        """Numbers of one sentence form one statement; a semicolon starts a new one."""
        n = 0
        prev: Metric | None = None
        for m in metrics:
            if prev is None or m.sent != prev.sent or ";" in text[prev.end:m.start]:
                n += 1
            m.statement = n
            prev = m

    def extract(self, text: str) -> list[Metric]:
        metrics = self.candidates(text)
        metrics.sort(key=lambda m: m.start)
        self.describe(text, metrics)
        metrics = [m for m in metrics if not self._generic_one(text, m, metrics)]
        self.statements(metrics, text)
        return metrics

    def _generic_one(self, text: str, m: Metric, metrics: list[Metric]) -> bool:
        """Is this a lone 'one' outside any statistic ("In one case", "One adopter said")?"""
        if m.value != "1" or m.value_text.lower() != "one":
            return False
        r = self.r
        before = text[max(0, m.start - WINDOW):m.start]
        after = text[m.end:m.end + WINDOW]
        if r.one_anecdote_after.match(after):
            return True
        s0, s1 = m.sent
        line_start = text.rfind("\n", 0, m.start) + 1
        return not (
            r.one_statistic_before.search(before)
            or r.one_statistic_after.match(after)
            or r.period_re.search(text, s0, s1)  # a period of its own, not inherited
            or text.startswith("- ", line_start)
            or any(s0 <= o.start < s1 and o.value_text.lower() != "one" for o in metrics)
        )
