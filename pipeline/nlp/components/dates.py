"""Dates: inspection start and end, publication, previous inspections, data-as-at dates.

Rules live in resources/dates_rules.json as regex templates; this module fills in the
date grammar ({DAY}, {MONTH}, ...), runs each rule once over the whole text and turns
matches into rows of doc.spans["dates"].

Why one inspection date pair per report: components/report.py takes the first
date of each kind (a visit's days, or its month where no day is written; a publication's
day), so we emit exactly one inspection_start, one
inspection_end and at most one publication, chosen by rule priority (a labelled
"Inspection dates:" line beats a letter's "a visit ... on 21 and 22 July 2021").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ...reference.authorities import NameForms
from .. import deadline, structure
from ..extensions import add_span, text_of
from ..resources import fill
from ..textscan import finditer_in, stretches
from .base import RuleComponent

RULES_FILE = "dates_rules.json"


# The rules' own patterns are in dates_rules.json; the patterns left here are mechanics:
# a year's figures (the grammar's {YEAR}) and where a sentence ends (SENTENCE_END below).
YEAR_RE = re.compile(r"(?:1[89]\d\d|20\d\d)(?!\d)")
# How far apart a secondary source's copied 'Inspection dates:' and 'Report published:'
# lines may be.
LABELS_APART = 200
# How far into a text its own date (a dateline, a post's or a meeting's date) may be.
TEXT_DATE_WINDOW = 600
# How far into a text a social post's time stamp (its own date, under the post) may be.
TEXT_STAMP_WINDOW = 2000
# How far from a text's end a cutting's foot line (own_date_cutting_foot) may start: it
# is the last line, and its paper's name (at most 80 characters), day and page fit.
FOOT_WINDOW = 200
# How far after a date written without a year 'last year' may say which year it is.
YEAR_WORDS_AFTER = 20
# 'last year' says the year of a date written without one only beside it: within this many
# characters before its first date ('were with us last year from 26th November'), not
# anywhere in a long sentence ('whose report last year was critical, were back ... from').
YEAR_WORDS_BEFORE = 30
DATELINE_CHARS = 120  # a dateline or a label line, not a paragraph


# prose_window: how far into a letter its visit dates may be written in prose;
# letter_window: how far into a letter its "Dear ..." line (and the date above it) may
# be; emit_mentions: also keep every other date written in the text.
@Language.factory("ofsted_dates", assigns=["doc.spans", "span._.fields"],
                  default_config={"prose_window": 8000, "letter_window": 4000,
                                  "emit_mentions": False})
def make_dates(nlp: Language, name: str, prose_window: int, letter_window: int,
               emit_mentions: bool) -> DatesComponent:
    return DatesComponent(nlp, name, prose_window, letter_window, emit_mentions)


# Where a sentence ends: its stop, a closing quote after it, and the space after them.
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
# What parts the sentence around an earlier inspection from the one before it: a stop and
# a space, or a line end (narrower than SENTENCE_END: a closing quote is not needed).
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# a forum post's stamp as DMY_HYPHEN finds it ('19-Nov-23'), read by parse_single; a
# two-figure year is this century's (the stamps are of posts about today's inspections)
DMY_HYPHEN_PARTS = re.compile(r"([0-3]?\d)-([A-Za-z]+)-(\d{2}|\d{4})")

# The longest span of days an inspection's visit may have (ten weeks).
MAX_VISIT_DAYS = 70
# How long after its visit a report told by a day without its year may come out (Ofsted
# publishes within weeks; four months leaves room for a letter's or a late report).
PUBLISHED_WITHIN_DAYS = 120


def _span_days(rng: tuple[str, str]) -> int:
    """Days from the first ISO date of a range to the last (0 where either is not a day)."""
    try:
        return (date.fromisoformat(rng[1][:10]) - date.fromisoformat(rng[0][:10])).days
    except ValueError:
        return 0


class DateGrammar:
    """The date grammar built from the month list; parses an expression into dates."""

    def __init__(self, months: dict[str, int], connectors: list[str],
                 day_words: dict[str, int] | None = None,
                 day_words_after: list[str] | None = None) -> None:
        self.months = {k.lower(): v for k, v in months.items()}
        self.day_words = {k.lower(): v for k, v in (day_words or {}).items()}
        month_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
        conn_alt = "|".join(sorted((re.escape(c) for c in connectors), key=len, reverse=True))
        day = r"(?<![\d£.,])(?:[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
        if self.day_words:
            # A day spoken as an ordinal ('between the sixth and the seventeenth of
            # March'): only after 'the' (or a range's connector, 'the fourth and fifth of
            # February'), so 'the first inspection' stays no date unless a month follows as
            # the patterns require.
            words = "|".join(sorted((re.escape(w) for w in self.day_words), key=len,
                                    reverse=True))
            after = "|".join(rf"(?<=\b{re.escape(w)} )"
                             for w in day_words_after or ["the", "The"])
            day = rf"(?:{day}|(?:{after})(?i:{words})\b)"
        # A point after a month is its own only where the name is cut short ('Sept.
        # 2021', 'Feb.'): after a full name ('in March.') it is the sentence's stop, no
        # part of the date or of its row's text.
        full_names = {v: max((k for k, n in self.months.items() if n == v), key=len)
                      for v in set(self.months.values())}
        short_alt = "|".join(sorted((re.escape(m) for m in months
                                     if m.lower() != full_names[months[m]]), key=len,
                                    reverse=True))
        month = (rf"(?:(?:{short_alt})\b\.?|(?:{month_alt})\b)" if short_alt
                 else rf"(?:{month_alt})\b")
        year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
        # A year may follow a month's name after a comma ('in May, 2021'): the comma only
        # straight after the name's last letter, so a day's figure and a year stay apart.
        my_sep = r"(?:(?<=[A-Za-z]),[ \t]*|\s*)"
        # "the 4th to the 15th of March": a day may take "the" before it and "of" after it
        of = r"(?:\s+of)?"
        the = r"(?:the\s+)?"
        full = rf"{day}{of}\s+{month}\s*{year}"
        part = rf"{the}{day}(?:{of}\s+{month}(?:\s*{year})?)?"
        # a day's name, or its short form before the day's number ('Mon 1 Feb', 'Thurs.
        # 25 Feb')
        weekday = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                   r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?(?=,?\s+\d)),?\s+")
        # a range's later date may carry its day's name ("Monday 4 March until Friday
        # 15 March")
        conn = rf"\s*(?:{conn_alt})\s*(?:{weekday})?"
        no_year = rf"{the}{day}(?:{of}\s+{month})?{conn}"
        self.parts = {
            "DAY": day,
            "MONTH": month,
            "YEAR": year,
            "FULL": full,
            # a single full date, a range or several periods, ending in a full date
            "EXPR": rf"(?:{part}{conn})*{the}{full}",
            # the same with at least two dates ("4-15 June 2018"), which needs no
            # preposition before it to be read as a span of days
            "RANGE": rf"(?:{part}{conn})+{the}{full}",
            # the same without the year ("Between 20 and 24 June"): the letter's own
            # date supplies it
            "EXPR_NO_YEAR": rf"(?:{no_year})*{the}{day}{of}\s+{month}(?!\s*{year})",
            "RANGE_NO_YEAR": rf"(?:{no_year})+{the}{day}{of}\s+{month}(?!\s*{year})",
            "DATE": rf"(?:(?:{day}\s+)?{month}{my_sep}{year}|{year})",
            "MY": rf"(?:{day}\s+)?{month}{my_sep}{year}",
            "WEEKDAY": weekday,
            # a day written in figures, British order ('10/02/20', '21/02/2020')
            "NUMERIC": r"(?<![\d/])[0-3]?\d/[01]?\d/(?:20)?\d\d(?![\d/])",
            # a letter's date in figures, British order, parted by points or slashes
            # ('16.02.2026', '16/02/2026'); a full stop may close the sentence after it.
            # A council page may write it year first, as ISO 8601 does ('2023-10-02'):
            # four figures first, so it cannot be read as a day in either order.
            "NUMERIC_DATE": r"(?:(?<![\d/.])[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d(?![\d/]|\.\d)"
                            r"|(?<![\d/.-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d/-]|\.\d))",
            # a day, its month's name and a year parted by hyphens, as a forum's post
            # stamp writes them ('Sun 19-Nov-23 21:14'; the year in two figures or four)
            "DMY_HYPHEN": rf"(?<![\w-])[0-3]?\d-(?:{month_alt})-(?:20)?\d\d(?![\w-])",
            # a month or two with no day ("in February", "late February into March
            # 2023"): a visit dated only to the month
            "MONTH_SPAN": rf"(?:(?:early|mid|late)-?\s*)?{month}(?:{my_sep}{year})?(?:\s+"
                          rf"(?:into|to|and|until|through)\s+(?:(?:early|mid|late)-?\s*)?"
                          rf"{month}(?:{my_sep}{year})?)?",
        }
        self.token_re = re.compile(
            rf"(?:(?P<day>{day}){of})?(?:\s*(?P<month>{month}))?(?:{my_sep}(?P<year>{year}))?"
        )

    def compile(self, template: str) -> re.Pattern:
        return re.compile(fill(template, self.parts), re.MULTILINE)

    def tokens(self, text: str) -> list[tuple[int | None, int | None, int | None]]:
        """(day, month, year) triples in reading order, each part None when not written."""
        return [t for t, _ in self.located_tokens(text)]

    def located_tokens(self, text: str) -> list[tuple[tuple, tuple[int, int]]]:
        """Date tokens with their (start, end) offsets in `text`."""
        out = []
        for m in self.token_re.finditer(text):
            if not m.group(0).strip():
                continue
            d = self._day(m.group("day")) if m.group("day") else None
            mo = self.months[m.group("month").rstrip(".").lower()] if m.group("month") else None
            y = int(m.group("year")) if m.group("year") else None
            if d is None and mo is None and y is None:
                continue
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            out.append(((d, mo, y), (start, m.end())))
        return out

    def _day(self, written: str) -> int:
        digits = re.sub(r"\D", "", written)
        return int(digits) if digits else self.day_words[written.lower()]

    @staticmethod
    def numeric(text: str) -> tuple[int, int, int] | None:
        """A day in figures, British order: '10/02/20', '16.02.2026'; or year first, as
        ISO 8601 writes it: '2023-10-02'."""
        iso = re.fullmatch(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)", text.strip())
        if iso:
            y, mo, d = (int(g) for g in iso.groups())
            return d, mo, y
        num = re.fullmatch(r"([0-3]?\d)[/.]([01]?\d)[/.](\d{2}|\d{4})", text.strip())
        if not num:
            return None
        d, mo, y = (int(g) for g in num.groups())
        return d, mo, y + 2000 if y < 100 else y

    def point(self, text: str) -> tuple[int | None, int | None, int | None] | None:
        """The one day a text names, its month and year None where not written: '14th',
        '10 June', '21 June 2024', '10/02/20', '16.02.2026', 'January 20' (month first,
        'February 1, 2018' with its year)."""
        num = self.numeric(text)
        if num:
            return num
        toks = self.tokens(text)
        # month first, its year after a comma ('February 1, 2018'): the year is the day's
        if len(toks) == 3 and toks[2][:2] == (None, None) and toks[1][2] is None:
            toks = [toks[0], (toks[1][0], toks[1][1], toks[2][2])]
        if len(toks) == 2 and toks[0][0] is None and toks[0][2] is None and toks[1][1] is None \
                and toks[0][1] is not None and toks[1][0] is not None:
            return toks[1][0], toks[0][1], toks[1][2]  # month first: 'January 20'
        if len(toks) == 2 and toks[0][0] is not None and toks[0][1:] == (None, None) \
                and toks[1][:2] == (None, None):
            return toks[0][0], None, toks[1][2]  # a month-first range's last day: '29, 2016'
        return toks[0] if len(toks) == 1 and toks[0][0] is not None else None

    def parse_single(self, text: str) -> tuple[str, str] | None:
        """One date as (iso, precision): '13 May 2015', 'January 2018', '2012', a day in
        figures, British order ('13/03/2020', '16.02.2026'), month first ('April 16, 2015')."""
        num = self.numeric(text)
        if num:
            return _iso(num[2], num[1], num[0])
        hyphened = DMY_HYPHEN_PARTS.fullmatch(text.strip())
        if hyphened and hyphened.group(2).lower() in self.months:
            year = int(hyphened.group(3))
            return _iso(year + 2000 if year < 100 else year,
                        self.months[hyphened.group(2).lower()], int(hyphened.group(1)))
        toks = self.tokens(text)
        if not toks:
            return None
        d, mo, y = toks[0]
        # month first, as in American usage: 'April 16, 2015', 'April 14 2015'
        if d is None and y is None and mo is not None and len(toks) >= 2 \
                and toks[1][0] is not None and toks[1][1] is None:
            year = toks[1][2] if toks[1][2] is not None else (
                toks[2][2] if len(toks) == 3 and toks[2][:2] == (None, None) else None)
            if year is not None:
                return _iso(year, mo, toks[1][0])
        if y is None:
            return None
        if mo is None:
            return f"{y:04d}", "year"
        if d is None:
            return f"{y:04d}-{mo:02d}", "month"
        return _iso(y, mo, d)

    def with_year(self, text: str, ref: str) -> tuple[str, str] | None:
        """A day and month with no year ('13 August') dated by the text's own date `ref`
        (any precision): the last such day that is not after it."""
        ref_end = _period_end(ref)
        for year in (int(ref[:4]), int(ref[:4]) - 1):
            parsed = self.parse_single(f"{text} {year}")
            if parsed and parsed[1] == "day" and parsed[0] <= ref_end:
                return parsed
        return None

    def with_year_after(self, text: str, ref: str) -> tuple[str, str] | None:
        """A day and month with no year dated as the first such day not before `ref`
        (an ISO day): a report published after the visit that ended on `ref`."""
        for year in (int(ref[:4]), int(ref[:4]) + 1):
            parsed = self.parse_single(f"{text} {year}")
            if parsed and parsed[1] == "day" and parsed[0] >= ref:
                return parsed
        return None

    def parse_months(self, text: str, ref: str | None) -> tuple[str, str] | None:
        """First and last month of 'February', 'late February into March 2023': a month
        without a year takes the next one written, else the last one not after `ref`."""
        toks = [(mo, y) for d, mo, y in self.tokens(text) if mo is not None]
        if not toks or len(toks) > 2:
            return None
        nxt = toks[-1][1]
        if nxt is None:
            if not ref:
                return None
            ref_y, ref_m = int(ref[:4]), int(ref[5:7]) if len(ref) >= 7 else 12
            nxt = ref_y if toks[-1][0] <= ref_m else ref_y - 1
        filled = []
        for mo, y in reversed(toks):
            if y is None:
                y = nxt - 1 if filled and mo > filled[-1][0] else nxt
            filled.append((mo, y))
            nxt = y
        (m1, y1), (m2, y2) = filled[-1], filled[0]
        if (y1, m1) > (y2, m2):
            return None
        return f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}"

    def parse_range(self, text: str) -> tuple[str, str] | None:
        """First and last day of a range expression ('24 – 28 June 2013', two periods...).

        Missing months and years are taken from the next date that states them, so
        '22 April to 3 May 2024' starts in 2024; a start month after the end month
        belongs to the year before ('29 December to 9 January 2015').
        """
        # two days in figures ('27/01/2020 - 07/02/2020', '13.03.2024 - 14.03.2024',
        # 'between 12/01/2015 and 04/02/2015', '08.02.2022 and 09.02.2022')
        # A table cell may list the two days one after the other, each with its day's
        # name ('Tuesday 14/11/2023 Wednesday 15/11/2023').
        weekday = self.parts["WEEKDAY"]
        pair = re.fullmatch(rf"\s*(\S+)\s*(?:(?:-|–|—|to|until|and)\s*|\s(?:{weekday})?)"
                            r"(\S+)\s*", text)
        if pair and all(self.numeric(d) for d in pair.groups()):
            first, last = self.parse_single(pair.group(1)), self.parse_single(pair.group(2))
            return (first[0], last[0]) if first and last and first[0] <= last[0] else None
        toks = self.tokens(text)
        if not toks or toks[-1][2] is None or toks[-1][1] is None or toks[-1][0] is None:
            return None
        filled: list[tuple[int, int, int]] = []
        nxt_mo, nxt_y = toks[-1][1], toks[-1][2]
        for d, mo, y in reversed(toks):
            if d is None:
                return None
            if y is None:
                y = nxt_y
                if mo is not None and mo > nxt_mo:
                    y -= 1
            mo = mo or nxt_mo
            filled.append((d, mo, y))
            nxt_mo, nxt_y = mo, y
        filled.reverse()
        start, end = _iso(*filled[0][::-1]), _iso(*filled[-1][::-1])
        if start is None or end is None or start[0] > end[0]:
            return None
        return start[0], end[0]


def _iso(y: int, mo: int, d: int) -> tuple[str, str] | None:
    try:
        return date(y, mo, d).isoformat(), "day"
    except ValueError:
        return None


def _period_end(iso: str) -> str:
    """Last day of the period an ISO date of any precision stands for."""
    parts = iso.split("-")
    if len(parts) == 1:
        return f"{iso}-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{iso}-{calendar.monthrange(y, m)[1]:02d}"
    return iso


def _on_a_line_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands on a short line that is no sentence (a dateline, a
    label's line), not in a paragraph."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first:last if last >= 0 else len(text)].strip()
    return len(line) <= DATELINE_CHARS and not line.endswith(".")


def _sentence_up_to(text: str, start: int, end: int) -> str:
    """The sentence a match from `start` to `end` closes, as far back as 200 characters
    before `start`."""
    return SENTENCE_BREAK.split(text[max(0, start - 200):end])[-1]


def _sentence_at(text: str, start: int, end: int) -> str:
    """The whole sentence holding text[start:end] (up to 200 characters either side); a
    match ending with the sentence's stop ('in February.', a month read with an
    abbreviation's point) ends it there, not in the next sentence."""
    before = SENTENCE_BREAK.split(text[max(0, start - 200):start])[-1]
    if end > start and SENTENCE_BREAK.match(text, end - 1):
        return before + text[start:end]
    after = SENTENCE_BREAK.split(text[end:end + 200])[0]
    return before + text[start:end] + after


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts: after the last sentence end
    before it (the whole text searched back, as a long sentence may run on), or 0."""
    return max((b.end() for b in SENTENCE_END.finditer(text, 0, at)), default=0)


def _sentence_before(text: str, start: int) -> str:
    """The last whole sentence before the one `start` stands in (looking back 400
    characters), or ""."""
    parts = [p for p in SENTENCE_BREAK.split(text[max(0, start - 400):start])[:-1]
             if p.strip()]
    return parts[-1] if parts else ""


def _clause_before(breaks: re.Pattern, head: str, m: re.Match, *groups: str) -> str:
    """What the sentence says before a match's date expression (or the first of its
    `groups`' dates), up to 60 characters back: the cue of "since the last inspection on
    ..." may precede the keyword. A clause of its own whose subject is the inspectors
    starts afresh ('Councils that were good last time get a shorter visit, and
    inspectors were here from Monday 7 October'; `breaks`: clause_break_before)."""
    at = min(m.start(g) for g in groups or ("expr",))
    return breaks.split(head[max(0, m.start() - 60): at])[-1]


def _under_another_title(text: str, at: int, own_title: re.Pattern,
                         item_label: re.Pattern | None = None) -> bool:
    """Whether the line before a labelled line at `at` (blank lines skipped) is a title of
    its own that names no inspection: 'Report published: 21 July 2020' under 'Independent
    reviewing officer annual report 2019 to 2020' dates that document, not Ofsted's report.
    A sentence (the visit's days told in prose), a heading naming the inspection or
    Ofsted (`own_title`), or a line naming the item's own kind ('Larchester City Council
    press release': `item_label`) is no other document's title, nor is a table's row
    ('|---|---|' over '| Report published | 2024-10-25 |')."""
    before = text[:at].rstrip()
    line = before[before.rfind("\n") + 1:].strip()
    return bool(line) and not line.endswith((".", ":", "!", "?", "|")) and not own_title.search(
        line) and not (item_label and item_label.fullmatch(line))


def _year_before(month: str, ref: str | None) -> bool:
    """Whether a month ('2019-06') ends more than a year before a news text's own date: a
    news item's visit told by its length in a month ('When Ofsted inspected the council
    over two weeks in June 2019, ...' in a text of April 2024) is an earlier one, not the
    visit it reports. (A visit told by its month alone, 'Inspectors visited in May 2015,
    when inspectors found ...', is read as before.)"""
    if not ref or len(ref) < 7:
        return False
    return int(month[:4]) * 12 + int(month[5:7]) < int(ref[:4]) * 12 + int(ref[5:7]) - 12


def _weekday_back(own: date, weekday: str, last: bool) -> date | None:
    """The day a weekday told relative to the item's own day names, where it cannot be read
    two ways (tests/fixtures/secondary/README.md): 'on Tuesday' is the nearest Tuesday on
    or before it (the day itself in an item dated Tuesday); 'last Tuesday' the one before
    it where Tuesday falls later in the week than the item's day or is its own (a week
    before); on a Friday 'last Tuesday' may be three days or ten before: None."""
    named = list(calendar.day_name).index(weekday.capitalize())
    back = (own.weekday() - named) % 7
    if last:
        if back == 0:
            back = 7
        elif named < own.weekday():
            return None
    return own - timedelta(days=back)


def _told_day(m: re.Match, own: date) -> tuple[int, int, str] | None:
    """The day a match's 'yesterday' or weekday ('on Friday', 'last Thursday') names,
    counted back from the item's own day as _weekday_back does, with the words' span."""
    if "yesterday" in m.re.groupindex and m.group("yesterday"):
        return m.start("yesterday"), m.end("yesterday"), (own - timedelta(days=1)).isoformat()
    day = _weekday_back(own, m.group("weekday"), bool(m.group("last")))
    # 'published on Friday 22nd': the day of the month written must be the weekday's
    if day and "mday" in m.re.groupindex and m.group("mday"):
        if day.day != int(m.group("mday")):
            return None
        return m.start("weekday"), m.end("mday_end"), day.isoformat()
    return (m.start("weekday"), m.end("weekday"), day.isoformat()) if day else None


def _written_span(m: re.Match, group: str) -> tuple[int, int]:
    """A group's date without a month's abbreviation point ('Friday 23 May.')."""
    return m.start(group), m.start(group) + len(m.group(group).rstrip("."))


def _clean(text: str) -> str:
    return " ".join(text.split())


class DatesComponent(RuleComponent):
    rule_files = (RULES_FILE,)
    span_groups = ("dates",)

    def __init__(self, nlp: Language, name: str, prose_window: int = 8000,
                 letter_window: int = 4000, emit_mentions: bool = False) -> None:
        super().__init__(nlp, name)
        self.prose_window = prose_window
        self.letter_window = letter_window
        self.emit_mentions = emit_mentions

    def compile(self, rules: dict[str, Any]) -> None:
        r = rules[RULES_FILE]
        g = self.grammar = DateGrammar(r["months"], r["range_connectors"], r["day_words"],
                                            r["day_words_after"])
        self.begin_end = [g.compile(p) for p in r["inspection_begin_end"]]
        # The first day's name before a visit's span, which the span's patterns read
        # outside it ('on Tuesday 12 July and Wednesday 13 July 2022'): the row's text
        # keeps it, as the later day's name is kept.
        self.weekday_before = re.compile(rf"(?:{g.parts['WEEKDAY']})(?=\d)")
        self.inspection_news = [g.compile(p) for p in r["inspection_prose_news"]]
        self.brackets_news = [g.compile(p) for p in r["inspection_brackets_news"]]
        self.year_before = re.compile(r["year_before_words"])
        self.inspection_labels = [g.compile(p) for p in r["inspection_labels"]]
        self.inspection_prose = [g.compile(p) for p in r["inspection_prose"]]
        self.inspection_no_year = [g.compile(p) for p in r["inspection_prose_no_year"]]
        self.inspection_months = [g.compile(p) for p in r["inspection_prose_months"]]
        self.inspection_months_news = [g.compile(p) for p in r["inspection_months_news"]]
        self.start_only_before = g.compile(r["inspection_start_only_before"])
        self.week_before = g.compile(r["inspection_week_before"])
        self.weeks_of_before = g.compile(r["inspection_weeks_of_before"])
        self.week_days = g.compile(r["inspection_week_days"])
        self.text_date = g.compile(r["text_date"])
        self.text_date_stamp = g.compile(r["text_date_stamp"])
        self.item_label = re.compile(r["own_date_item_label"])
        # the item's own date line (_datelined_day)
        self.time_stamp = re.compile(r["own_date_time_stamp"])
        self.time_before = re.compile(r["own_date_time_before"])
        self.updated = re.compile(r["own_date_updated"])
        self.byline = re.compile(r["own_date_byline"])
        self.masthead = re.compile(r["own_date_masthead"])
        self.masthead_label = re.compile(r["own_date_masthead_label"])
        self.posted = re.compile(r["own_date_posted"])
        self.posted_by = re.compile(r["own_date_posted_by"])
        self.cutting_foot = g.compile(r["own_date_cutting_foot"])
        self.update_after = re.compile(r["own_date_update_after"])
        self.prose_exclude = g.compile(r["inspection_prose_exclude_before"])
        self.clause_break = re.compile(r["clause_break_before"])
        self.began_before = g.compile(r["inspection_began_before"])
        self.began_no_year = g.compile(r["inspection_began_no_year"])
        self.ended = [g.compile(p) for p in r["inspection_ended"]]
        self.ended_subject = re.compile(r["inspection_ended_subject"])
        self.ended_weekday_news = [re.compile(p) for p in r["inspection_ended_weekday_news"]]
        self.end_only_before = g.compile(r["inspection_end_only_before"])
        self.months_news_other = [re.compile(p) for p in r["inspection_months_news_other"]]
        self.last_before_month = re.compile(r["inspection_months_news_last_before"])
        self.weeks = re.compile(r["inspection_months_news_weeks"])
        self.follows = re.compile(r["inspection_months_news_follows"])
        self.publication_labels = [g.compile(p) for p in r["publication_labels"]]
        self.publication_prose = [g.compile(p) for p in r["publication_prose"]]
        self.publication_today = re.compile(r["publication_today"])
        self.publication_today_word = re.compile(r["publication_today_word"])
        self.message_sent = g.compile(r["message_sent"])
        self.publication_month = [g.compile(p) for p in r["publication_month"]]
        self.publication_month_other = re.compile(r["publication_month_other"])
        self.letter_date = g.compile(r["letter_date_line"])
        self.letter_date_beside = g.compile(r["letter_date_beside"])
        self.letter_date_numeric = g.compile(r["letter_date_numeric"])
        self.letter_date_labelled = g.compile(r["letter_date_labelled"])
        self.letter_date_between = g.compile(r["letter_date_between_addressees"])
        self.letter_date_above = g.compile(r["letter_date_above_salutation"])
        self.letter_date_after = g.compile(r["letter_date_after_signoff"])
        self.letter_date_sentence = g.compile(r["letter_date_sentence"])
        self.salutation = re.compile(r["letter_salutation"], re.MULTILINE)
        self.opening = re.compile(r["letter_opening"], re.MULTILINE)
        self.letterhead = re.compile(r["letterhead"])
        self.previous = [g.compile(p) for p in r["previous_inspection"]]
        self.previous_news = [g.compile(p) for p in r["previous_inspection_news"]]
        self.previous_partners = [g.compile(p) for p in r["previous_inspection_partners"]]
        self.other_event_news = re.compile(r["inspection_gap_other_event_news"])
        self.gap_days_news = g.compile(r["inspection_gap_days_news"])
        self.other_clause_news = re.compile(r["inspection_gap_other_clause_news"])
        self.other_inspectorate_news = re.compile(r["inspection_other_inspectorate_news"])
        self.last_month_news = [g.compile(p) for p in r["inspection_last_month_news"]]
        self.weekday_pub_news = [g.compile(p) for p in r["publication_weekday_news"]]
        self.label_bullet_news = re.compile(r["label_bullet_news"], re.M)
        self.report_label_news = g.compile(r["publication_report_label_news"])
        self.own_title = re.compile(r["publication_own_title"])
        self.previous_labels = [g.compile(p) for p in r["previous_inspection_labels"]]
        self.previous_labels_more = g.compile(r["previous_inspection_labels_more"])
        self.previous_exclude = re.compile(r["previous_exclude_before"])
        self.looked_at = re.compile(r["previous_looked_at"])
        self.looked_at_by = re.compile(r["previous_looked_at_by"])
        self.years_ago_news = re.compile(r["previous_years_ago_news"], re.MULTILINE)
        self.years_after_grade_news = re.compile(r["previous_years_after_grade_news"])
        self.years_after_grade_other = re.compile(r["previous_years_after_grade_other"])
        self.pronoun_setting = re.compile(r["previous_pronoun_setting"])
        self.pronoun_opening = re.compile(r["previous_pronoun_opening"])
        self.they_antecedent = re.compile(r["previous_they_antecedent"])
        self.years_before_visit = re.compile(r["previous_years_before_visit_news"])
        self.years_ago_numbers = {k.lower(): v for k, v in r["years_ago_numbers"].items()}
        self.previous_other = re.compile(r["previous_other_authority"])
        self.previous_other_subject = re.compile(r["previous_other_subject"])
        self.previous_other_subject_news = re.compile(r["previous_other_subject_news"])
        self.previous_other_services_news = [re.compile(p)
                                             for p in r["previous_other_services_news"]]
        self.data_as_at = [g.compile(p) for p in r["data_as_at"]]
        self.mention = g.compile(r["mention"])

    # -- inspection dates ------------------------------------------------------------
    def _inspection(self, text: str, ref: str | None = None, news: bool = False,
                    own: str | None = None, la: str = "", on_dateline: bool = False,
                    own_at: re.Match | None = None) -> tuple | None:
        """(start, end) of the dates' expression, the first and last day (the last None
        where only the first is written: 'from Monday 8 November', 'the week of 9 October
        2023'), where the last day is written when another sentence gives it (else None),
        and the precision. `ref` (the report's or the text's own date) dates an
        expression written without a year."""
        found = self._inspection_days(text, ref, news, la)
        head = text[: self.prose_window]
        if found:
            s, e, first, last, ended_at = found
            # 'in the weeks of 16 and 23 October 2023': two weeks' first days, the last
            # day of the visit not written
            if first != last and not ended_at and self.weeks_of_before.search(
                    text[max(0, s - 40):s]):
                last = None
            if first == last and not ended_at:
                if self.start_only_before.search(text[max(0, s - 40):s]):
                    last = None
                    # a yearless first day and the inspectors' leaving in another clause
                    # ('came in on 4 February ..., and by the time they left on 15
                    # February'): the last day
                    end = self._ended(head, first) if news and self.began_before.search(
                        text[max(0, s - 40):s]) else None
                    # only the visit's or its inspectors' end ('they left on'), not 'The
                    # old duty system closed on 20 February 2026'
                    if end and not self.ended_subject.search(
                            head[_sentence_start(head, end[0]):end[0]]):
                        end = None
                    if end:
                        last, ended_at = end[2], end[:2]
                elif self.end_only_before.search(text[max(0, s - 40):s]):
                    first = None  # 'the inspection, which ended on 14 March'
            if news and first and (last is None or last == first) and not ended_at:
                end = self._ended_weekday(head, s, e, la,
                                          self._datelined_day(text, own, own_at))
                if end and 0 < _span_days((first, end[2])) <= MAX_VISIT_DAYS:
                    last, ended_at = end[2], end[:2]
            return s, e, first, last, ended_at, "day"
        months = self._inspection_months(head, ref, news, la)
        if months or not news or not own or len(own) < 7 or not on_dateline:
            return months
        found = self._last_month(head, own, la)
        if found:
            return found
        # 'Ofsted inspectors left Quarrington on Friday': the last day alone
        end = self._ended_weekday(head, -1, -1, la, self._datelined_day(text, own, own_at))
        return (end[0], end[1], None, end[2], None, "day") if end else None

    def _ended_weekday(self, head: str, s: int, e: int, la: str, day0: date | None
                       ) -> tuple[int, int, str] | None:
        """Where and when the visit ended, told by a weekday relative to the item's own
        date ('The inspection concluded on Friday'; inspection_ended_weekday_news): the
        visit or its inspectors the verb's subject, or the verb going on ('and finished
        their visit last Thursday') from the first day's expression at `s`..`e` (-1: none
        written); `day0`: the item's own day on its dateline (_datelined_day)."""
        if not day0:
            return None
        for pat in self.ended_weekday_news:
            for m in pat.finditer(head, max(e, 0)):
                cut = _sentence_start(head, m.start())
                told = "weekday" if m.group("weekday") else "yesterday"
                subject = self.ended_subject.search(head, cut, m.start(told))
                between = head[e:m.start()] if s >= 0 and cut <= s else None
                if not (subject or between is not None and (
                        re.fullmatch(r"[^.\n]{0,80}?(?:,|\band)\s+", between)
                        or (not between.strip() and re.match(r",|and\b", m.group(0))))):
                    continue
                # not a neighbour's or another place's ('Neighbouring Ryton's inspection
                # ended on Friday')
                if self.previous_other.search(head, cut, m.end()) or (
                        subject and self._others_report(head, subject.start(), la)):
                    continue
                if "place" in pat.groupindex and m.group("place") and not _same_place(
                        m.group("place"), la):
                    continue
                if told_day := _told_day(m, day0):
                    return told_day
        return None

    def _last_month(self, head: str, own: str, la: str = "") -> tuple | None:
        """'Ofsted inspectors spent three weeks in Orrington last month' in a text dated
        22 July 2022: the visit's month is the one before the text's own (month
        precision; 'earlier this month': the text's own), never an earlier inspection's,
        nor another place's, a setting's or another service's visit (as the month forms:
        'inspectors visited the town's hospital earlier this month')."""
        for pat in self.last_month_news:
            for m in pat.finditer(head):
                if self.prose_exclude.search(self._clause_before(head, m)):
                    continue
                if self._months_others(_sentence_at(head, m.start(), m.end()), la):
                    continue
                y, mo = int(own[:4]), int(own[5:7])
                if not ("this" in pat.groupindex and m.group("this")):  # 'earlier this month'
                    y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
                month = f"{y:04d}-{mo:02d}"
                return m.start("expr"), m.end("expr"), month, month, None, "month"
        return None

    def _inspection_months(self, head: str, ref: str | None, news: bool = False,
                           la: str = "") -> tuple | None:
        """'The re-inspection, which took place in February': month precision, tried
        only when no day is written; in news also 'Inspectors spent three weeks in the
        county in January'."""
        for pat in self.inspection_months + (self.inspection_months_news if news else []):
            in_news = pat in self.inspection_months_news
            for m in pat.finditer(head):
                # 'last October' names the month, not an earlier inspection
                before = self._clause_before(head, m)
                if in_news:
                    before = self.last_before_month.sub("", before)
                if self.prose_exclude.search(before):
                    continue
                # a news month form's sentence telling of a neighbour's, another place's or
                # a setting's visit ('In February, inspectors spent two weeks in
                # neighbouring Ryton', 'Ofsted's inspection in February found Ryton's
                # services inadequate'): no visit of the text's
                if in_news and self._months_others(_sentence_at(head, m.start(), m.end()),
                                                   la):
                    continue
                # a place named as visited ('Inspectors visited Hollinsfield in February'):
                # only the text's own authority
                if "place" in pat.groupindex and m.group("place") and not _same_place(
                        m.group("place"), la):
                    continue
                # 'in November and December last year': the year before the text's own
                last = "last_year" in pat.groupindex and m.group("last_year")
                rng = self.grammar.parse_months(
                    m.group("expr"), f"{int(ref[:4]) - 1:04d}-12" if last and ref else ref)
                # weeks, the item following the inspection ('follows an inspection in
                # March 2019' in an item of 2024 tells an earlier one), or a sentence
                # opening with the month ('In February 2019, inspectors ...')
                if rng and not (news and (self.weeks.search(m.group(0))
                                          or self.follows.match(m.group(0))
                                          or "opening" in pat.groupindex
                                          or "named" in pat.groupindex)
                                and _year_before(rng[1], ref)):
                    return m.start("expr"), m.end("expr"), *rng, None, "month"
        return None

    def _own_date(self, text: str) -> re.Match | None:
        """Where the text's own date is written: near its top, or, with none there, a
        social post's time stamp under the post ('12:41 PM · 30 Apr 2024') or a cutting's
        foot citing its paper, day and page ('Potteries Evening Echo, Thursday 25 May 2017,
        page 9'). A date near the top in a sentence of the post ('Inspectors were with us
        from 12 to 23 February 2024 and ...') gives way to either: it is the visit's, not
        the post's."""
        top = next((m for m in self.text_date.finditer(text, 0, TEXT_DATE_WINDOW)
                    if not self._after_another_label(text, m)), None)
        if self._on_dateline(text, top):
            return top
        # a cutting's foot citing its paper, day and page, where no line near the top
        # dates the item (own_date_cutting_foot)
        return (self.text_date_stamp.search(text, 0, TEXT_STAMP_WINDOW)
                or self.cutting_foot.search(text, max(0, len(text) - FOOT_WINDOW)) or top)

    def _after_another_label(self, text: str, m: re.Match) -> bool:
        """Whether a day in figures closing a line after a bar ('By Sam Lee | 2024-07-26')
        follows a label of another date instead ('Cabinet | 24.07.2025', a meeting's)."""
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return before.rstrip().endswith("|") and bool(
            self.grammar.numeric(m.group("date"))) and bool(self.masthead_label.search(before))

    def _text_date(self, m: re.Match | None) -> str | None:
        """The text's own date (a dateline, a post's or a meeting's date) near its top
        (`m`, from _own_date), as an ISO date of its precision."""
        parsed = self.grammar.parse_single(m.group("date")) if m else None
        return parsed[0] if parsed else None

    @staticmethod
    def _on_dateline(text: str, m: re.Match | None) -> bool:
        """Whether the text's own date (`m`, from _own_date) stands on a line of its own
        kind (a dateline, a 'Broadcast:' or 'Posted' line), not in a sentence: a text with
        no date of its own has its first prose date found instead ('Inspectors visited from
        8 to 19 November 2021 and ...'), which cannot say what 'published today' means."""
        return bool(m) and _on_a_line_of_its_own(text, m.start(), m.end())

    def _inspection_days(self, text: str, ref: str | None, news: bool = False, la: str = ""
                         ) -> tuple[int, int, str, str, tuple[int, int] | None] | None:
        for pat in self.inspection_labels:
            for m in pat.finditer(text):
                rng = self.grammar.parse_range(m.group("expr"))
                # a week's first day alone ('Inspection period: w/c 14/10/2024 (2 weeks)'):
                # a one-day span here, the start alone after _inspection reads its 'w/c'
                one = None if rng else self.grammar.parse_single(m.group("expr"))
                if one and one[1] == "day":
                    rng = (one[0], one[0])
                if rng:
                    return m.start("expr"), m.end("expr"), *rng, None
        head = text[: self.prose_window]
        paired = self._paired_days(head, ref)
        prose = self._prose_days(head, ref, news, la)
        # The first and the last day each in words of their own ('ended on 25 October
        # 2019, having begun on the 14th', 'from 10 June, wrapping up on 21 June 2024')
        # complete the visit the prose forms read by one of its days (they would read the
        # last day alone as a one-day visit), or stand alone where those find none; a pair
        # sharing no day with the visit found is another inspection's or authority's.
        if paired and (prose is None or prose[2] in paired[2:4] or prose[3] in paired[2:4]):
            return paired
        return prose

    def _paired_days(self, head: str, ref: str | None
                     ) -> tuple[int, int, str, str, tuple[int, int] | None] | None:
        for pat in self.begin_end:
            for m in pat.finditer(head):
                if self.prose_exclude.search(self._clause_before(head, m, "begin", "end")):
                    continue
                rng = self._begin_end(m, ref)
                if rng:
                    b, e = _written_span(m, "begin"), _written_span(m, "end")
                    return b[0], b[1], *rng, e
        return None

    def _prose_days(self, head: str, ref: str | None, news: bool, la: str = ""
                    ) -> tuple[int, int, str, str, tuple[int, int] | None] | None:
        # 'The inspection began on 9 February, ...' and 'Inspectors left on 20 February
        # 2026' later: the forms below would read the last day alone as a one-day visit.
        # A visit they find outside that span ('The inspection took place from 9 to 20
        # February 2026', then someone's 'started on 5 January') is the visit.
        split = self._began_then_ended(head, ref if news else None)
        found = self._prose_days_written(head, ref, news, la)
        if split and (found is None or split[2] <= found[2] <= found[3] <= split[3]):
            return split
        return found

    def _prose_days_written(self, head: str, ref: str | None, news: bool, la: str = ""
                            ) -> tuple[int, int, str, str, tuple[int, int] | None] | None:
        # Letters: "a focused visit to X on 21 and 22 July 2021", "conducted on 15 and
        # 16 February 2011". Only near the top, and never a previous or next visit.
        # A secondary source's sentence telling of another place's visit ('Neighbouring
        # Eastmere was inspected from 1 to 12 October 2018') dates none of this one's.
        for pat in self.inspection_prose:
            for m in pat.finditer(head):
                before = self._clause_before(head, m)
                if self.prose_exclude.search(before):
                    continue
                gap = head[m.start():m.start("expr")]
                if news and (self._anothers(_sentence_at(head, m.start(), m.end()), la, True)
                             or self.other_inspectorate_news.search(
                                 _sentence_at(head, m.start(), m.end()))
                             or self.other_clause_news.search(gap)
                             or self.gap_days_news.search(gap)):
                    continue
                rng = self.grammar.parse_range(m.group("expr"))
                # 'inspectors sampled cases referred between 01/04/2024 and
                # 30/06/2024': a span longer than any visit is some other period.
                if rng and _span_days(rng) > MAX_VISIT_DAYS:
                    continue
                if rng:
                    if rng[0] == rng[1] and self.began_before.search(before):
                        last = self._ended(head, rng[0])
                        if last:
                            return m.start("expr"), m.end("expr"), rng[0], last[2], last[:2]
                    if rng[0] == rng[1] and self._week_form(head, m):
                        days = self._days_in_week(head, rng[0], m.end("expr"))
                        if days:
                            return days
                    return m.start("expr"), m.end("expr"), *rng, None
        if ref:
            found = self._inspection_no_year(head, ref, news, la)
            if found:
                return found
        # A secondary source's 'The most recent monitoring visit took place ... on 5, 6
        # and 7 December 2023' tells of the visit it reports; a report's or letter's
        # 'most recent' visit is an earlier one. Tried last.
        if news:
            for pat in self.inspection_news:
                for m in pat.finditer(head):
                    # 'took place in March 2025 (fieldwork 3–14 March)': the days take
                    # the month's year; a neighbour's sentence dates none of this visit
                    if self._anothers(_sentence_at(head, m.start(), m.end()), la, True) or (
                            m.groupdict().get("place")
                            and not _same_place(m.group("place"), la)):
                        continue
                    year = m.groupdict().get("year")
                    rng = self.grammar.parse_range(
                        f"{m.group('expr')} {year}" if year else m.group("expr"))
                    if rng:
                        return m.start("expr"), m.end("expr"), *rng, None
            # 'Ofsted's inspection of our services for children (27.11.2023 – 08.12.2023)'
            # in a report to council; never a last or next one, nor a span no visit has.
            for pat in self.brackets_news:
                for m in pat.finditer(head):
                    if self.prose_exclude.search(self._clause_before(head, m)):
                        continue
                    # 'The inspection (12.03.2019 - 13.03.2019)' naming no services, in or
                    # after a sentence on a setting ('Oakfield House, the council's
                    # children's home, ...'): the setting's (previous_pronoun_setting)
                    if "services" not in m.group(0).lower() and self._setting_near(
                            head, m.start(), m.end()):
                        continue
                    rng = self.grammar.parse_range(m.group("expr"))
                    if rng and _span_days(rng) <= MAX_VISIT_DAYS:
                        return m.start("expr"), m.end("expr"), *rng, None
        return None

    def _began_then_ended(self, head: str, ref: str | None = None
                          ) -> tuple[int, int, str, str, tuple[int, int]] | None:
        """'The inspection began on 9 February, ...' and, in a later sentence,
        'Inspectors left on 20 February 2026': the first day takes the last day's year
        (the year before for a December start and a January end). In a news item whose
        own date is `ref`, a last day written without its year too ('Inspectors arrived on
        1 December for a two-week inspection, which concluded on 12 December' in an item
        of 9 February 2026) is the latest such day not after that date."""
        for m in self.began_no_year.finditer(head):
            if self.prose_exclude.search(self._clause_before(head, m, "date")):
                continue
            point = self.grammar.point(m.group("date"))
            if not point or point[1] is None:
                continue
            # the last day told after the first, or before it in the past perfect
            # ('Inspectors left us on 12 February. The two-week inspection had begun on
            # 1 February'): the span's order decides
            for pat in self.ended:
                for e in [*pat.finditer(head, m.end()), *pat.finditer(head, 0, m.start())]:
                    if not self._visit_ended(head, m, e):
                        continue
                    written = e.group("date").rstrip(".")
                    last = self.grammar.parse_single(written) or (
                        self.grammar.with_year(written, ref) if ref else None)
                    if not last or last[1] != "day":
                        continue
                    y = int(last[0][:4]) - (point[1] > int(last[0][5:7]))
                    first = _iso(y, point[1], point[0])
                    if first and 0 < _span_days((first[0], last[0])) <= MAX_VISIT_DAYS:
                        return m.start("date"), m.end("date"), first[0], last[0], (
                            e.start("date"), e.start("date") + len(e.group("date").rstrip(".")))
        return None

    def _visit_ended(self, head: str, began: re.Match, e: re.Match) -> bool:
        """Whether an 'ended on' the visit's first day pairs with is the visit's: its own
        clause's subject the visit or its inspectors ('Inspectors left on', 'a four-week
        inspection that ended on'), or a participle going on from the first day's sentence
        ('began on 9 February, finishing on ...'); not anything else's ('the interim
        arrangements ended on 1 March 2024')."""
        cut = _sentence_start(head, e.start())
        lead = head[cut:e.start("date")]
        if self.other_clause_news.search(lead):  # 'Inspectors left as the consultation
            return False                         # closed on 14 March 2025'
        if self.ended_subject.search(lead):
            return True
        return cut <= began.start() and bool(re.match(r"(?:,|\band)\s", e.group(0)))

    def _week_form(self, head: str, m: re.Match) -> bool:
        return bool(self.week_before.search(head[max(0, m.start("expr") - 40):m.start("expr")]))

    def _days_in_week(self, head: str, monday: str, after: int
                      ) -> tuple[int, int, str, str, None] | None:
        """The on-site days another sentence gives within a visit's named week ('in the
        week beginning 7 November 2022 ... on site on Tuesday 8 and Wednesday 9 November
        2022'), or the week's own sentence after its date (`after`): the week's first day
        is not itself a visit day."""
        last_day = (date.fromisoformat(monday) + timedelta(days=6)).isoformat()
        # The rest of the week's sentence first: its lines may be broken anywhere, where
        # the prose patterns read one line. A semicolon closes it ('...; the visit itself
        # took place on 16 and 17 January 2024' is another sentence's form).
        stop = re.search(r"[.!?;](?:\s|$)", head[after:])
        hi = after + stop.start() if stop else min(len(head), after + 300)
        for m in self.week_days.finditer(head, after, hi):
            rng = self.grammar.parse_range(m.group("expr"))
            if rng and monday <= rng[0] <= rng[1] <= last_day:
                return m.start("expr"), m.end("expr"), *rng, None
        # Another sentence's days; in the week's own sentence only the days on site count
        # ('..., when inspectors also met the lead member on Thursday 14 March 2024').
        for pat in self.inspection_prose:
            for m in pat.finditer(head):
                if after <= m.start("expr") < hi or self._week_form(head, m) or \
                        self.prose_exclude.search(self._clause_before(head, m)):
                    continue
                rng = self.grammar.parse_range(m.group("expr"))
                if rng and monday <= rng[0] <= rng[1] <= last_day:
                    return m.start("expr"), m.end("expr"), *rng, None
        return None

    def _years(self, head: str, m: re.Match, ref: str) -> tuple[int, ...]:
        """The years a date written without one may fall in: the text's own date's or
        the one before; only the one before where the sentence says 'last year' beside
        it ('were with us last year from 26th November to 7th December')."""
        y = int(ref[:4])
        first = min(m.start(g) for g in ("begin", "end", "expr") if g in m.re.groupindex)
        lo = max(m.start(), first - YEAR_WORDS_BEFORE)
        if self.year_before.search(head[lo: m.end() + YEAR_WORDS_AFTER]):
            return (y - 1,)
        return y, y - 1

    def _begin_end(self, m: re.Match, ref: str | None) -> tuple[str, str] | None:
        """First and last day of a visit written as two dates in words of their own: a
        part not written is the other date's (the month and year of '2 December until
        the 6th', the year of '10 June, wrapping up on 21 June 2024'), else the text's
        own date's year (or the one before; only the one before after 'last year'). The
        last day falls within ten weeks of the first."""
        begin, end = self.grammar.point(m.group("begin")), self.grammar.point(m.group("end"))
        if not begin or not end:
            return None
        (d1, m1, y1), (d2, m2, y2) = begin, end
        m2 = m2 or m1
        m1 = m1 or m2
        if m1 is None:
            return None
        if y2 is None and y1 is not None:
            y2 = y1 + (m1 > m2)  # '30 December 2019, finishing on 10 January'
        if y2 is None:
            y2 = y1
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if m1 > m2 else y2
        if y1 is None:
            if not ref:
                return None
            for y in self._years(m.string, m, ref):
                first = _iso(y, m1, d1)
                last = _iso(y + (m1 > m2), m2, d2)
                if first and last and last[0] <= _period_end(ref):
                    break
            else:
                return None
        else:
            first, last = _iso(y1, m1, d1), _iso(y2, m2, d2)
        if not first or not last:
            return None
        return (first[0], last[0]) if 0 <= _span_days((first[0], last[0])) <= MAX_VISIT_DAYS \
            else None

    def _ended(self, head: str, first: str) -> tuple[int, int, str] | None:
        """Where and when a visit that began on `first` ended ('ended on 29 September'):
        the first such date after it and within ten weeks, in its year where none is
        written."""
        start = date.fromisoformat(first)  # the year of a date written without one
        for pat in self.ended:
            for m in pat.finditer(head):
                # another event's close ('Inspectors left as the consultation closed on
                # 21 March 2025'; inspection_gap_other_clause_news)
                cut = _sentence_start(head, m.start())
                if self.other_clause_news.search(head[cut:m.start("date")]):
                    continue
                written = m.group("date").rstrip(".")  # a month's abbreviation point
                parsed = (self.grammar.parse_single(written)
                          or self.grammar.parse_single(f"{written} {start.year}"))
                if not parsed or parsed[1] != "day":
                    continue
                if 0 < _span_days((first, parsed[0])) <= MAX_VISIT_DAYS:
                    return m.start("date"), m.start("date") + len(written), parsed[0]
        return None

    def _inspection_no_year(self, head: str, pub_iso: str, news: bool = False, la: str = ""
                            ) -> tuple[int, int, str, str, None] | None:
        """'Between 20 and 24 June' in a letter dated 2 August 2016: the visit took place
        in the year before the letter's date (the year of the letter, or the one before
        for a December visit in a January letter)."""
        ref_end = _period_end(pub_iso)
        for pat in self.inspection_no_year:
            for m in pat.finditer(head):
                if self.prose_exclude.search(self._clause_before(head, m)):
                    continue
                # 'I visited the new youth hub, which opened on 1 July': the date is
                # another event's, told in a clause of its own.
                gap = head[m.start():m.start("expr")]
                # 'Inspectors were in neighbouring Ryton from 3 March': another place's
                # visit, refused as the dated forms refuse it (_prose_days_written).
                if news and (self.other_event_news.search(gap)
                             or self.other_clause_news.search(gap)
                             or self._anothers(_sentence_at(head, m.start(), m.end()), la,
                                               True)):
                    continue
                for year in self._years(head, m, pub_iso):
                    rng = self.grammar.parse_range(f"{m.group('expr')} {year}")
                    if rng and rng[1] <= ref_end:
                        return m.start("expr"), m.end("expr"), *rng, None
        return None

    def _start_end_offsets(self, text: str, s: int, e: int) -> tuple[tuple, tuple]:
        """Offsets of the first and the last date of a range expression.

        spaCy keys span extension values by character offsets, so the start and end
        rows must sit on different spans: the first date ('21') and the last
        ('22 July 2021'); for a single day, its day number and the whole date.
        """
        toks = self.grammar.located_tokens(text[s:e])
        if not toks:  # words, not a date ('last month'): the whole, and its last word
            last = re.search(r"\S+\s*$", text[s:e])
            return (s, e), (s + (last.start() if last else 0), e)
        (a0, a1), (b0, b1) = toks[0][1], toks[-1][1]
        if (a0, a1) == (b0, b1):
            day = re.match(r"\d+", text[s + a0: s + a1])
            a1 = a0 + (day.end() if day else a1 - a0)
        return (s + a0, s + a1), (s + b0, s + b1)

    def _day_date(self, m: re.Match | None) -> tuple[int, int, str] | None:
        """Where a match's 'date' group is and the day it names (None unless a whole day)."""
        parsed = self.grammar.parse_single(m.group("date")) if m else None
        return (m.start("date"), m.end("date"), parsed[0]) if parsed and parsed[1] == "day" \
            else None

    def _publication(self, text: str, news: bool = False, ref: str | None = None,
                     la: str = "", own_at: re.Match | None = None, on_dateline: bool = False
                     ) -> tuple[int, int, str] | None:
        """The report's publication day; `own_at` and `on_dateline`: the text's own date
        (_own_date) and whether it stands on a dateline (_on_dateline), found once by the
        caller."""
        today = None
        if news:
            # A secondary source dates the report in a sentence ('published on 6 April':
            # the year is the text's own); its own "Published" line is the report's date
            # only when it says the report came out that day.
            # The item's own date on its dateline is no day a sentence's publishing names:
            # a headline ending 'our letter is published' runs on to it ('22 April 2024'),
            # as ingestion leaves no blank line between them.
            dateline = own_at.start("date") if own_at and on_dateline else -1
            for pat in self.publication_prose:
                for m in pat.finditer(text):
                    # another place's report ('Neighbouring Hollin Council's report,
                    # published on 3 May') dates none of this one's
                    if self._others_report(text, m.start(), la) or m.start("date") == dateline:
                        continue
                    written = m.group("date")
                    parsed = self.grammar.parse_single(written) or (
                        self.grammar.with_year(written, ref) if ref else None)
                    if parsed and parsed[1] == "day":
                        return m.start("date"), m.end("date"), parsed[0]
            # A 'Report published:' line beside the report's 'Inspection dates:' line
            # (minutes, a council page copying the report's head) dates the report.
            # A council page's key facts in a bulleted list: the bullet is no part of
            # the label ('• Report published: 3 November 2023'); offsets are kept.
            labels = self._unbulleted(text)
            near = [m.start() for pat in self.inspection_labels for m in pat.finditer(labels)]
            for pat in self.publication_labels:
                for m in pat.finditer(labels):
                    found = self._day_date(m)
                    if found and any(abs(m.start() - n) <= LABELS_APART for n in near):
                        return found
            # 'published today' told of another place's report ('neighbouring Hollin
            # Council's report was published today') is not this one's.
            today = next((t for t in self.publication_today.finditer(text)
                          if not self._others_report(text, t.start(), la)), None)
            if not today:
                return self._weekday_publication(text, ref, own_at)
        for pat in self.publication_labels:
            found = self._day_date(pat.search(text))
            if found:
                return found
        # A letter's date: a line holding only a date, above the "Dear ..." line (or,
        # with none, above the letter's opening sentence).
        sal = (self.salutation.search(text, 0, self.letter_window)
               or self.opening.search(text, 0, self.letter_window))
        if sal:
            above = [m for pat in (self.letter_date, self.letter_date_beside,
                                   self.letter_date_numeric, self.letter_date_between)
                     for m in pat.finditer(text, 0, sal.start())]
            for m in sorted(above, key=lambda m: m.start()):
                found = self._day_date(m)
                if found:
                    return found
            # A row naming the letter dates it wherever it stands: a summary box may sit
            # under the subject line, after the salutation.
            found = self._day_date(self.letter_date_labelled.search(text, 0, self.letter_window))
            if found:
                return found
            # The date at the right margin of the line right above it, however long.
            hi = text.rfind("\n", 0, sal.start())
            if hi > 0:
                found = self._day_date(
                    self.letter_date_above.search(text, text.rfind("\n", 0, hi) + 1, hi))
                if found:
                    return found
            # The letterhead, and the date printed beside it, given after the opening.
            for head in self.letterhead.finditer(text, 0, self.letter_window):
                lo = text.find("\n", head.end()) + 1
                hi = text.find("\n", lo) if lo else -1
                found = self._day_date(
                    self.letter_date.search(text, lo, len(text) if hi < 0 else hi) if lo else None)
                if found:
                    return found
            # Dated under the signature, with none above: a date line after the closing.
            for m in self.letter_date_after.finditer(text, sal.end()):
                found = self._day_date(m)
                if found:
                    return found
            # Dated in a sentence of its own ('This letter is dated 2 May 2025.').
            found = self._day_date(self.letter_date_sentence.search(text, sal.end()))
            if found:
                return found
        else:
            # With neither a salutation nor an opening (a joint letter listing its
            # addressees under its title), a row naming the letter still dates it.
            found = self._day_date(self.letter_date_labelled.search(text, 0, self.letter_window))
            if found:
                return found
            # or its date run on between its addressees ('..., Greyford Council 19 July
            # 2024 Ms Cara Dunn, Chief Executive, ...')
            found = self._day_date(self.letter_date_between.search(text, 0, self.letter_window))
            if found:
                return found
        # "in a report published today", with no other date: the text's own, its
        # evidence the word 'today' ('this morning', as a broadcast says it).
        if today and ref and len(ref) == 10 and on_dateline:
            word = self.publication_today_word.search(today.group(0))
            # an email's: the day its message was sent (a forward's own is not it)
            sent = [m for m in self.message_sent.finditer(text, 0, today.start())]
            parsed = self.grammar.parse_single(sent[-1].group("date")) if sent else None
            if parsed and parsed[1] == "day":
                ref = parsed[0]
            return today.start() + word.start(), today.start() + word.end(), ref
        return None

    def _weekday_publication(self, text: str, ref: str | None, own_at: re.Match | None
                             ) -> tuple[int, int, str] | None:
        """'Their report was released on Tuesday' in a newsletter dated Friday 22 July
        2022: the Tuesday of the text's week before its date (19 July); 'published last
        Friday' in a post dated Monday 28 April 2025: the Friday of the week before (25
        April); 'Yesterday' is the day before the date. Read from the item's own day on
        its dateline (_datelined_day; `own_at`: the text's own date, from _own_date), as
        _weekday_back counts back."""
        own = self._datelined_day(text, ref, own_at)
        if not own:
            return None
        for pat in self.weekday_pub_news:
            for m in pat.finditer(text):
                if told_day := _told_day(m, own):
                    return told_day
        return None

    def _datelined_day(self, text: str, ref: str | None, m: re.Match | None
                       ) -> date | None:
        """The item's own day where a weekday told relative to it can be read from it: a
        day (`ref`, the text's own date, written at `m`: _own_date) standing on a dateline,
        alone on its line ('28 April 2016'), after its own weekday ('Friday 22 July 2022',
        short: 'First published Tue 4 Jun 2024'), stamped with the time of day ('23 January
        2018, 06:12 GMT': the moment it was posted, unless the line is labelled an update), after a
        byline's separator ('By A Reporter | 14 March 2017') or before one ('27 March 2026 |
        By A Reporter') or an outlet's masthead's ('Care
        Practice Today | 19 June 2015'; not a label naming another date, 'Date of meeting |'),
        after a label naming the kind of item ('Council director's blog, 22 November 2018',
        'News | 27 June 2025': own_date_item_label) or labelled as the day the item was
        published or posted ('Published: 06.06.2024', 'Posted on 18th July 2024 by A Writer'),
        its time perhaps first and its update after it ('Published 12:05 BST, 14 June 2023 |
        Updated 16:40 BST, 16 June 2023'). A date under another label
        ('Last updated:', 'Date:', 'In the news on') or naming a weekday it does not fall
        on is not read so (tests/fixtures/secondary/README.md)."""
        if not ref or len(ref) != 10 or not m or not self._on_dateline(text, m):
            return None
        own = date.fromisoformat(ref)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = text[line_start:m.start()]
        after = text[m.end():line_end if line_end >= 0 else len(text)]
        name = calendar.day_name[own.weekday()]
        short = "|".join(dict.fromkeys((name, name[:5], name[:4], name[:3])))
        posted = self.posted.fullmatch(text, line_start, m.start())
        if (re.search(rf"\b(?:{short})\.?,?\s*$", text[max(0, m.start() - 12):m.start()])
                or (self.time_stamp.fullmatch(after) and not self.updated.search(before))
                or (self.time_before.fullmatch(before) and not after.strip())
                or ((not before.strip() or self.byline.match(text, line_start, m.start())
                     or posted or (self.masthead.match(text, line_start, m.start())
                                   and not self.masthead_label.search(before)))
                    and not after.strip())
                or (posted and self.update_after.fullmatch(after))
                or ((posted or not before.strip()) and self.posted_by.fullmatch(after))
                or (self.item_label.fullmatch(text, line_start, m.start())
                    and (not after.strip() or self.time_stamp.fullmatch(after)))):
            return own
        return None

    def _month_after(self, text: str, pub: tuple[int, int, str], visit_start: str
                     ) -> tuple[int, int, str]:
        """A report cannot come out before its visit began: a month written without a
        year that the text's own date puts before the visit ('The report came out in
        January' in a magazine's 'Winter 2025/26' issue, after a visit in November 2025)
        is the next such month after it. A month written with its year stays."""
        s, e, iso = pub
        if iso >= visit_start[:7] or YEAR_RE.search(text[s:e]):
            return pub
        later = f"{int(iso[:4]) + 1:04d}{iso[4:]}"
        return (s, e, later) if later >= visit_start[:7] else pub

    def _published_after(self, text: str, pub: tuple[int, int, str], visit_end: str,
                         own: str | None) -> tuple[int, int, str] | None:
        """A report cannot come out before its visit ended: a publication day written
        without a year ('The report, published on 23 March, follows an inspection ...
        from 11 January to 4 February 2016') dated by the text's first date (which may
        be the visit's own) before the visit takes the year that puts it after the
        visit's end instead. A day written with its year stays as written. Nor can a
        text tell of a report published after its own date (`own`, on a dateline): a
        day that no year puts between the visit and the text ('Posted: 3 March 2024'
        ... 'published on 12 January' after a visit on 16-17 January 2024) dates no
        report."""
        s, e, _ = pub
        if self.grammar.parse_single(text[s:e]):
            return pub
        after = self.grammar.with_year_after(text[s:e], visit_end)
        if not after:
            return pub
        if own and after[0][:len(own)] > own:
            return None
        return s, e, after[0]

    def _unbulleted(self, text: str) -> str:
        """The text with a key-facts list's bullets blanked ('• Report published: 3 November
        2023' reads as its label); offsets are kept."""
        return self.label_bullet_news.sub(lambda b: " " * len(b.group(0)), text)

    def _report_label_near(self, text: str, at: int, visit_end: str
                           ) -> tuple[int, int, str] | None:
        """A secondary source's line labelled as the report's publication ('Report
        published: 7 May 2020') beside the visit's days written in a sentence (at `at`),
        as beside a copied 'Inspection dates:' line: the report's date, where it is not
        before the visit ended."""
        labels = self._unbulleted(text)
        for m in self.report_label_news.finditer(labels):
            found = self._day_date(m) or self._day_after(m, visit_end)
            if found and abs(m.start() - at) <= LABELS_APART and found[2] >= visit_end \
                    and not _under_another_title(text, m.start(), self.own_title, self.item_label):
                return found
        return None

    def _report_label_before(self, text: str, visit_end: str, own: str
                             ) -> tuple[int, int, str] | None:
        """A line labelled as the report's publication with no year, anywhere in an item
        whose own date stands on a dateline or a cutting's foot ('KEY FACTS' / 'Report
        published: Tuesday 23 May' ... 'Potteries Evening Echo, Thursday 25 May 2017, page
        9'), far from the visit's days: read as beside them (_day_after), where that day is
        not after the item's own."""
        labels = self._unbulleted(text)
        for m in self.report_label_news.finditer(labels):
            found = self._day_after(m, visit_end)
            if found and found[2] <= _period_end(own) and not _under_another_title(
                    text, m.start(), self.own_title, self.item_label):
                return found
        return None

    def _day_after(self, m: re.Match, visit_end: str) -> tuple[int, int, str] | None:
        """A label's day written with no year ('Tuesday 25 September'): in the first year
        from the visit's last day's that puts it not before that day and on its weekday
        where one is written (publication_report_label_news)."""
        point = self.grammar.point(m.group("date"))
        if not point or point[2] is not None or point[1] is None or len(visit_end) < 4:
            return None
        day, month, _ = point
        for year in (int(visit_end[:4]), int(visit_end[:4]) + 1):
            found = _iso(year, month, day)
            if not found or found[0] < visit_end:
                continue
            told = m.group("weekday")
            if told and calendar.day_name[date.fromisoformat(found[0]).weekday()] != told:
                continue
            return m.start("date"), m.end("date"), found[0]
        return None

    def _publication_no_year(self, text: str, visit_end: str, la: str = ""
                             ) -> tuple[int, int, str] | None:
        """A report's day told without its year in an item with no date of its own ('a
        report published on March 22' after 'on February 5-16, 2024'): the first such day
        not before the visit's last day, as a report follows its visit, and within
        PUBLISHED_WITHIN_DAYS of it (a day a year on is some other report's)."""
        for pat in self.publication_prose:
            for m in pat.finditer(text):
                if self._others_report(text, m.start(), la):
                    continue
                parsed = self.grammar.with_year_after(m.group("date"), visit_end[:10])
                if parsed and parsed[1] == "day" and _span_days(
                        (visit_end[:10], parsed[0])) <= PUBLISHED_WITHIN_DAYS:
                    return m.start("date"), m.end("date"), parsed[0]
        return None

    def _publication_month(self, text: str, own: str, la: str = ""
                           ) -> tuple[int, int, str] | None:
        """'the report, which was published in August': the month, in the year of the
        text's own date (or the one before), where no day dates the report and the
        report is not another place's (`la`: the text's authority, where known)."""
        for pat in self.publication_month:
            for m in pat.finditer(text[: self.prose_window]):
                if self._others_report(text, m.start(), la):
                    continue
                rng = self.grammar.parse_months(m.group("date"), own)
                if rng:
                    return m.start("date"), m.end("date"), rng[0]
        return None

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        taken: set[tuple[int, int]] = set()
        # the text's own date, found once: every reading below that counts from it asks
        # where it stands
        own_at = self._own_date(text)
        on_dateline = self._on_dateline(text, own_at)
        own = self._text_date(own_at)
        news = doc._.document_type == "news_article"
        la = (doc._.report or {}).get("local_authority") or ""
        pub = self._publication(text, news, own, la, own_at, on_dateline)
        insp = self._inspection(text, pub[2] if pub else own, news, own, la, on_dateline,
                                own_at)
        start_iso, end_iso, start_at = None, None, -1
        if insp:
            s, e, start_iso, end_iso, ended_at, precision = insp
            named = [m.start() for m in self.weekday_before.finditer(text, max(0, s - 16), s + 1)
                     if m.end() == s]
            expr = _clean(text[named[0] if named else s:e])
            (s1, e1), (s2, e2) = self._start_end_offsets(text, s, e)
            start_at = s1
            end_expr = expr
            if ended_at:  # the last day written in a sentence of its own
                (s2, e2), end_expr = ended_at, _clean(text[ended_at[0]:ended_at[1]])
            if start_iso:  # else only the last day is written ('which ended on 14 March')
                add_span(doc, "dates", s1, e1, {"kind": "inspection_start",
                                                "date": start_iso, "precision": precision,
                                                "text": expr})
            if end_iso:
                add_span(doc, "dates", s2, e2, {"kind": "inspection_end", "date": end_iso,
                                                "precision": precision, "text": end_expr})
            taken.add((s, e))
            if news and pub and pub[2] < (end_iso or start_iso):
                pub = self._published_after(text, pub, end_iso or start_iso,
                                            own if on_dateline else None)
        if news and not pub and insp:
            pub = self._report_label_near(text, insp[0], insp[3] or insp[2])
        if news and not pub and insp and own and on_dateline:
            pub = self._report_label_before(text, insp[3] or insp[2], own)
        if news and not pub and insp and not own:
            pub = self._publication_no_year(text, insp[3] or insp[2], la)
        pub_precision = "day"
        if not pub and news and own:
            pub, pub_precision = self._publication_month(
                text, own, (doc._.report or {}).get("local_authority") or ""), "month"
            if pub and start_iso:
                pub = self._month_after(text, pub, start_iso)
        if pub:
            s, e, iso = pub
            add_span(doc, "dates", s, e, {"kind": "publication", "date": iso,
                                          "precision": pub_precision,
                                          "text": _clean(text[s:e])})
            taken.add((s, e))
        # These forms all end in a year: only lines that hold one are searched.
        where = stretches(text, YEAR_RE, starts=structure.line_starts(doc))
        if len(where) > deadline.EVERY_LINES:
            deadline.check(doc, self.name)
        # years counted back from the item's own date, where a dateline gives it
        datelined = bool(news and own and on_dateline)
        self._add_distinct(doc, "previous_inspection",
                           self._previous(text, start_iso or end_iso, where, la, news)
                           + (self._years_ago(text, own, start_iso, la) if datelined else [])
                           + (self._years_before_visit(text, start_iso, start_at, la)
                              if news and start_iso else []), taken,
                           looser=True,
                           loosest=news,
                           counted=(self._years_ago(text, own, start_iso, la, after_grade=True)
                                    if datelined else []))
        self._add_distinct(doc, "data_as_at", self._matches(text, self.data_as_at, where), taken)
        if self.emit_mentions:
            self._add_distinct(doc, "mention", self._matches(text, [self.mention], where), taken)
        return doc

    def _matches(self, text: str, patterns: list[re.Pattern],
                 where: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        for pat in patterns:
            for m in finditer_in(pat, text, where):
                for grp in ("date", "date2"):
                    if grp in pat.groupindex and m.group(grp):
                        out.append((m.start(grp), m.end(grp)))
        return out

    def _previous(self, text: str, start_iso: str | None,
                  where: list[tuple[int, int]], la: str = "", news: bool = False
                  ) -> list[tuple]:
        out: list[tuple] = []
        # "Dates of previous inspection: 27 to 31 March 2017": the first day, the range
        # as its text.
        for pat in self.previous_labels:
            for m in finditer_in(pat, text, where):
                # A row listing several ('12 and 13 April 2023; 18 and 19 July 2023'):
                # each after the first from where the one before it ends.
                while m:
                    rng = self.grammar.parse_range(m.group("expr"))
                    if rng and (not start_iso or rng[1] < start_iso):
                        out.append((m.start("expr"), m.end("expr"), rng[0], "day"))
                    m = self.previous_labels_more.match(text, m.end("expr"))
        # a partner inspectorate's inspection is an earlier one in a letter, not in news
        for pat in self.previous + (self.previous_news if news else self.previous_partners):
            for m in finditer_in(pat, text, where):
                before = text[max(0, m.start() - 40): m.start()]
                if self.previous_exclude.search(before):
                    continue
                # 'Councillors last looked at the budget in January 2019': a look is an
                # inspection's only where the sentence names the inspectorate, its
                # inspectors or an inspection up to the date (previous_looked_at_by)
                if self.looked_at.search(m.group(0)) and not self.looked_at_by.search(
                        self.looked_at.sub(" ", _sentence_up_to(text, m.start(), m.end()))):
                    continue
                # "Neighbouring Tilsey, inspected in 2021, ...": another authority's
                # inspection is not this one's previous.
                if self._anothers(_sentence_up_to(text, m.start(), m.end()), la, news):
                    continue
                # 'Rated inadequate in 2019, neighbouring Ryton was judged good': an opening
                # participle's grade is the subject's after it, which may be another place
                if m.group(0)[:1].isupper() and not _sentence_up_to(
                        text, m.start(), m.start()).strip() and self._anothers(
                        SENTENCE_BREAK.split(text[m.end():m.end() + 200])[0], la, news):
                    continue
                # 'Its 2021 inspection' after a sentence naming a neighbour, or telling of a
                # school: the pronoun's place, not the text's
                if news and self.pronoun_opening.match(m.group(0)) and self._pronoun_others(
                        text, m.start(), m.end(), la):
                    continue
                # 'They had judged the services inadequate in January 2015': the inspectors
                # of the sentence before (previous_they_antecedent), not a neighbour's,
                # a setting's or anyone else's
                if "they" in pat.groupindex and m.group("they") and (
                        not self.they_antecedent.search(_sentence_before(text, m.start()))
                        or self._pronoun_others(text, m.start(), m.end(), la)):
                    continue
                # 'from Kirkton where back in 2019 the council was rated ...': that place's
                if "place" in pat.groupindex and m.group("place") and \
                        not _same_place(m.group("place"), la):
                    continue
                if "expr" in pat.groupindex:  # a range: its first day, if it is over
                    # ('expr2': a second visit in the same words, 'took place on 7 and 8
                    # March 2017 and on 20 June 2017'; 'expr3' a third between them)
                    for grp in ("expr", "expr3", "expr2"):
                        if grp not in pat.groupindex or not m.group(grp):
                            continue
                        rng = self.grammar.parse_range(m.group(grp))
                        # a period longer than any inspection ('the year before the most
                        # recent inspection, 1 April 2022 to 31 March 2023') is a data
                        # period
                        if rng and _span_days(rng) > MAX_VISIT_DAYS:
                            break
                        if rng and (not start_iso or rng[1] < start_iso):
                            out.append((m.start(grp), m.end(grp), rng[0], "day"))
                    # ('date2': a later visit by its month alone, '... on 10 and 11
                    # December 2024 and in April 2025', read below)
                for grp in ("date", "date2"):
                    if grp not in pat.groupindex or not m.group(grp):
                        continue
                    parsed = self.grammar.parse_single(m.group(grp))
                    # A previous inspection ended before this one began.
                    if parsed and start_iso and _period_end(parsed[0]) >= start_iso:
                        continue
                    out.append((m.start(grp), m.end(grp)))
        return out

    def _years_ago(self, text: str, own: str, start_iso: str | None, la: str,
                   after_grade: bool = False) -> list[tuple[int, int, str, str]]:
        """'When X was last inspected, five years ago, ...' in a text dated 14 November
        2019: 2014, counted back from the text's own date (year precision); with
        `after_grade`, 'rated requires improvement, three years after being rated
        inadequate' (previous_years_after_grade_news), where the sentence writes no year."""
        out = []
        pat = self.years_after_grade_news if after_grade else self.years_ago_news
        for m in pat.finditer(text, 0, self.prose_window):
            # 'Three years ago, Ofsted rated ...' (group 'ago2'): the count its span, the
            # verdict after it (group 'rest') read for another place's name; 'X was rated
            # good four years ago' (group 'ago3'): the count to the sentence's 'ago'
            ago = next((g for g in ("ago2", "ago3") if g in pat.groupindex and m.group(g)),
                       "ago")
            n = self._years_counted(m.group(ago))
            if not n or self._anothers(_sentence_up_to(text, m.start(), m.end()), la, True):
                continue
            if after_grade and YEAR_RE.search(_sentence_at(text, m.start(), m.end())):
                continue
            # the grade's subject named ('eight years after Ryton was rated inadequate'):
            # only the text's own authority
            if "place" in pat.groupindex and m.group("place") and not _same_place(
                    m.group("place"), la):
                continue
            # another place named before it ('came from Dunstowe, where she led services to
            # good, two years after being rated inadequate'): that place's grade
            if after_grade and any(
                    not _same_place(o.group("name"), la) for o in
                    self.years_after_grade_other.finditer(
                        _sentence_up_to(text, m.start(), m.start()))):
                continue
            year = f"{int(own[:4]) - n:04d}"
            if start_iso and year >= start_iso[:4]:
                continue
            s = m.start(ago)
            out.append((s, m.start("rest") if ago == "ago2" else m.end(), year, "year"))
        return out

    def _years_before_visit(self, text: str, start_iso: str, start_at: int, la: str
                            ) -> list[tuple[int, int, str, str]]:
        """'Inspectors returned to X on Monday 12 February 2018, a year to the week after
        the inspection that had found its services inadequate': February 2017, counted
        back from the visit's first day, in the sentence that gives it (month precision
        only for an exact count, 'to the week'; else the year)."""
        out = []
        for m in self.years_before_visit.finditer(text, start_at + 1):
            if SENTENCE_BREAK.search(text, start_at, m.start()):
                break
            n = self._years_counted(m.group("ago"))
            if not n or self._anothers(_sentence_up_to(text, m.start(), m.end()), la, True):
                continue
            year = f"{int(start_iso[:4]) - n:04d}"
            if m.group("exact") and len(start_iso) >= 7:
                out.append((m.start("ago"), m.end(), f"{year}{start_iso[4:7]}", "month"))
            else:
                out.append((m.start("ago"), m.end(), year, "year"))
        return out

    def _years_counted(self, written: str) -> int | None:
        """A whole number of years as written ('five', '5', 'a'), or None."""
        written = written.lower()
        return int(written) if written.isdigit() else self.years_ago_numbers.get(written)

    def _months_others(self, sentence: str, la: str) -> bool:
        """Whether a news month form's sentence tells of another place's, a setting's or
        another service's visit (inspection_months_news_other)."""
        if self._anothers(sentence, la, True):
            return True
        for pat in self.months_news_other:
            for m in pat.finditer(sentence):
                if "name" not in pat.groupindex or not _same_place(m.group("name"), la):
                    return True
        return False

    def _clause_before(self, head: str, m: re.Match, *groups: str) -> str:
        """_clause_before with this component's clause breaks (clause_break_before)."""
        return _clause_before(self.clause_break, head, m, *groups)

    def _setting_near(self, text: str, start: int, end: int, prev: str | None = None
                      ) -> bool:
        """Whether the sentence holding text[start:end], or the one before it (`prev`, if
        the caller has it: _sentence_before), names a setting (a school, an academy, a
        children's home: previous_pronoun_setting)."""
        prev = _sentence_before(text, start) if prev is None else prev
        return bool(self.pronoun_setting.search(_sentence_at(text, start, end))
                    or (prev and self.pronoun_setting.search(prev)))

    def _pronoun_others(self, text: str, start: int, end: int, la: str) -> bool:
        """Whether 'Its'/'Their' opening an earlier inspection's words points at another
        place: the sentence before names a neighbour, another place's grade or a
        setting, or its own sentence or the one before names a setting (a school, an
        academy: previous_pronoun_setting)."""
        prev = _sentence_before(text, start)
        if prev and self._months_others(prev, la):
            return True
        return self._setting_near(text, start, end, prev)

    def _anothers(self, sentence: str, la: str, news: bool) -> bool:
        """Whether the sentence tells of another authority's or setting's inspection
        (previous_other_authority, or another place as its subject)."""
        return bool(self.previous_other.search(sentence)
                    or self._other_subject(sentence, la, news))

    def _others_report(self, text: str, at: int, la: str) -> bool:
        """Whether the report word at `at` is another place's ('Ashcombe's own
        inspection'); an unknown authority leaves it the text's."""
        m = self.publication_month_other.search(_sentence_up_to(text, at, at))
        return bool(m) and not _same_place(m.group("name"), la)

    def _other_subject(self, sentence: str, la: str, news: bool = False) -> bool:
        """Whether the sentence's earlier grade is told of a place that is not the text's
        authority ('Hallam Forest had been judged ... in 2015' in minutes about South
        Wealdmoor). An unknown authority leaves the date as this one's."""
        pats = [self.previous_other_subject] + (
            [self.previous_other_subject_news, *self.previous_other_services_news]
            if news else [])
        return any(not _same_place(m.group("name"), la)
                   for pat in pats for m in pat.finditer(sentence))

    def _add_distinct(self, doc: Doc, kind: str, spans: list[tuple],
                      taken: set[tuple[int, int]], looser: bool = False,
                      loosest: bool = False, counted: list[tuple] = ()) -> None:
        """One row per distinct date of a kind (the first place it is written).

        A span is (start, end), parsed here, or (start, end, iso, precision). With
        `looser`, a month or year that holds a day already found is the same event
        written more loosely ("in January 2022" after "24 to 28 January 2022"): no row.
        With `loosest` too (a news text, which tells of one earlier inspection where a
        report or letter may list several in a year), a year that holds a month found is
        also the same ("since the 2015 inspection" after "rated inadequate in September
        2015"). `counted` spans (a year counted back, not written) give a row only where no
        written one gives that date or a finer one within it: the written date stands.
        """
        found: list[tuple[int, int, str, str]] = []
        for span in sorted(set(spans)):
            s, e = span[0], span[1]
            if any(s < te and ts < e for ts, te in taken):
                continue
            parsed = span[2:] if len(span) == 4 else self.grammar.parse_single(
                text_of(doc)[s:e])
            if not parsed or any(parsed[0] == f[2] for f in found):
                continue
            taken.add((s, e))
            found.append((s, e, parsed[0], parsed[1]))
        for s, e, iso, precision in sorted(set(counted)):
            if any(s < te and ts < e for ts, te in taken) or any(
                    f[2] == iso or f[2].startswith(iso + "-") for f in found):
                continue
            taken.add((s, e))
            found.append((s, e, iso, precision))
        found.sort()
        if looser:
            finer = [f[2] for f in found if f[3] == "day" or (loosest and f[3] == "month")]
            found = [f for f in found if not any(d.startswith(f[2] + "-") for d in finer)]
        for s, e, iso, precision in found:
            add_span(doc, "dates", s, e, {"kind": kind, "date": iso, "precision": precision,
                                          "text": _clean(text_of(doc)[s:e])})


@lru_cache(maxsize=1)
def _name_forms() -> NameForms:
    return NameForms.load()


def _same_place(name: str, la: str) -> bool:
    """Whether a place a sentence names ('Ryton's', 'Hollin Council', 'Kelby') may be the
    text's own authority `la`: its name's core words all the authority's ('Cumbria
    Council' is Cumbria County Council, 'Wealdmoor' South Wealdmoor; 'Solihull' is not
    Hull, nor 'East Wealdmoor' Wealdmoor). The one rule for an unknown authority, or a
    name of affixes only ('the County Council'): nothing shows the place to be another,
    so it may be the text's own: a visit to it dates the visit ('Inspectors visited
    Hollinsfield in February'), its report and its earlier grade are the text's."""
    words, own = _place_words(name), _place_words(la) if la else frozenset()
    return not (words and own) or words <= own


def _place_words(name: str) -> frozenset[str]:
    """The words of a place's name without a possessive or the affixes authorities are
    written with ('Cumbria's', 'Cumbria County Council' -> {'cumbria'}), as the lookup of
    official names takes them off (pipeline/reference/name_forms.json)."""
    return frozenset(_name_forms().core(re.sub(r"['’]s\b", "", name)).split())

