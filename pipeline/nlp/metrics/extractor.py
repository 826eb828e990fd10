"""Metric extraction on plain text: find the numbers that measure something and describe them.

Kept free of spaCy so the rules can be tested on small sentences; the spaCy component
(components/metrics.py) passes the doc's lines and sentences (structure.py) and turns
the results into spans. A plain text gets the same sentences from the same rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from ..structure import TextIndex
from .category import GROUP_PRIORITY, CategoryFinder
from .description import (
    BULLET_LEAD_RE,
    Describer,
    paragraph_index,
    share_measures,
)
from .numbers import Metric, NumberFinder
from .periods import PeriodNormaliser
from .roles import assign_roles, generic_one, previous_by_period, qualifier
from .rules import MetricRules

PARA_NUMBER_RE = re.compile(r"\d{1,3}\.\s+")
SUB_ITEM_RE = re.compile(r"-\s+[a-z]")  # a bullet going on from the line above
# How often the long loops call their `tick` (the component's deadline check).
TICK_EVERY = 256
# The roles whose figure is set against the observed one (share_categories).
SHARED_CATEGORY_ROLES = ("national_average", "comparator")


class MetricExtractor:
    def __init__(self, rules: MetricRules) -> None:
        self.r = rules
        self.numbers = NumberFinder(rules)
        self.periods = PeriodNormaliser(rules.month_names, rules.period_bounds)

    def extract(self, text: str, index: TextIndex | None = None,
                tick: Callable[[], None] | None = None,
                section_of: Callable[[int], tuple[str, str]] | None = None) -> list[Metric]:
        """The metrics of `text`, in order. `index` gives its lines and sentences (made
        from the text when not given); `tick` is called now and then on long texts;
        `section_of` gives the judgement area and the heading of the innermost section an
        offset lies in (none when not given: a plain text has no sections)."""
        index = index if index is not None else TextIndex(text)
        metrics = self.numbers.candidates(text, index, tick)
        metrics.sort(key=lambda m: m.start)
        self.describe(text, metrics, index, tick, section_of)
        figures = {m.sent for m in metrics if m.value_text.lower() != "one"}
        periods: dict[tuple[int, int], bool] = {}

        def has_period(sent: tuple[int, int]) -> bool:
            if sent not in periods:
                periods[sent] = self.r.period_re.search(text, *sent) is not None
            return periods[sent]

        metrics = [m for m in metrics if not (
            m.value == "1" and m.value_text.lower() == "one"
            and generic_one(self.r, text, m, index.line_start(m.start), has_period(m.sent),
                            m.sent in figures))]
        self.statements(metrics, text)
        return metrics

    def describe(self, text: str, metrics: list[Metric], index: TextIndex,
                 tick: Callable[[], None] | None = None,
                 section_of: Callable[[int], tuple[str, str]] | None = None) -> None:
        para_pos, para_num = paragraph_index(text, index)
        for m in metrics:
            m.sent = index.sentence(m.start)
            j = bisect_right(para_pos, m.start) - 1
            m.paragraph = para_num[j] if j >= 0 else ""
        by_sent: dict[tuple[int, int], list[Metric]] = {}
        for m in metrics:
            by_sent.setdefault(m.sent, []).append(m)
        d = Describer(self.r, text, index)
        cats = CategoryFinder(self.r, text)
        prev_period = ""
        prev_population = ""
        prev_category = ""
        prev_line = -1
        done = 0
        for (s0, s1), group in by_sent.items():
            if tick is not None and done // TICK_EVERY != (done + len(group)) // TICK_EVERY:
                tick()
            done += len(group)
            line = index.line_start(s0) - 1  # the newline before the sentence's line
            # A numbered paragraph's number ("46. Senior managers ...") is not part of
            # what its first sentence says.
            para = PARA_NUMBER_RE.match(text, s0, s1)
            body = para.end() if para else s0
            assign_roles(self.r, text, s0, s1, group)
            sent_periods = d.sentence_periods(s0, s1)
            p_starts = [p.start for p in sent_periods]
            p_ends = [p.end for p in sent_periods]
            dated = [p for p in sent_periods if not p.loose]
            lead = d.lead_in_period(s0) if not dated else ""
            lead_topic: str | None = None  # the list's lead-in's topic, read when needed
            # What the section says of its numbers' topic ("The graded judgement for
            # adoption performance"): the topic of a sentence that names none, and the
            # categories it overrules ("128 enquiries" there are from would-be adopters).
            section_topic, overrules, not_with = self.r.section_topic(
                *(section_of(s0) if section_of is not None else ("", "")))
            # The sentence before this one in its paragraph or list item (empty at a line's
            # start): what a sentence naming only a generic act or a campaign goes on from.
            before = max(index.sentence(s0 - 1)[0], line + 1) if s0 > line + 1 else s0
            for k, m in enumerate(group):
                m.qualifier = qualifier(self.r, text, s0, m)
                m.period = d.period(group, k, sent_periods, p_starts, p_ends) or lead or (
                    prev_period if d.continues(s0) else "")
                m.measure = BULLET_LEAD_RE.sub("", d.measure(body, s1, m))
                if self.r.weak_measure.match(m.measure) or len(m.measure.split()) < 2:
                    m.measure = d.lead_in_measure(s0) or m.measure
                # Who, when the sentence does not say: the list's lead-in, or the sentence
                # this one goes on from ("This is a reduction from 595 ...").
                m.population = (d.population(s0, s1, m)
                                or d.lead_in_population(s0)
                                or (prev_population if d.continues(s0) else ""))
                # A count before the noun it counts ("two play therapists") takes the
                # noun's category, whatever the section says.
                counted = cats.count_frame(s0, s1, m) or cats.counted(s1, m)
                # The subject of a campaign or training whose reach the sentence counts.
                reach = cats.reach_topic(s0, s1, before, m)
                if counted:
                    m.category = reach or counted
                    continue
                # The whole a sentence takes its parts of is named by its own words ("Of
                # 480 young people in care, 287 are placed ...": looked after).
                # A sentence without a topic word ("This is a reduction from 595") goes on
                # with the topic of the sentence before it in the same paragraph or list.
                whole = cats.whole_end(s0, s1, m)
                own = (whole and cats.category(s0, whole, m)) or cats.category(s0, s1, m)
                # The sentence before is read from where this one starts: its topic words
                # are as far from a number deep in a long sentence as from its first word.
                m.category = own or section_topic or cats.category(
                    max(line + 1, s0 - 300), s0, replace(m, start=s0, end=s0))
                # A generic act in a sentence going on from one that named whom such acts
                # are for ("... the role of the LADO. This has had a positive impact and
                # referrals have increased to 103") is theirs (categories.json `acts_for`).
                if own and m.category == own and d.continues(s0):
                    m.category = cats.acts_for_before(max(line + 1, s0 - 300), s0, own)
                # A generic act named bare ("The number of assessments completed within the
                # required timescale is 88%") is the kind the sentence before names.
                if own and m.category == own:
                    m.category = cats.generic_kind(s0, s1, before, own)
                # One that goes on from it ("This is above the national average of 15% for
                # looked after children") and names only a group (looked after, the
                # population) measures what the sentence before measured.
                if (own and prev_category and line - prev_line < 400 and d.continues(s0)
                        and self.r.category_priority[own] <= GROUP_PRIORITY
                        < self.r.category_priority.get(prev_category, 0)):
                    m.category = prev_category
                if not m.category:
                    # A list item without a topic word ("- in primary schools is 33%")
                    # takes its lead-in's ("... with English as an additional language:"),
                    # not the topic of whatever figure came before it.
                    if lead_topic is None:
                        bounds = d.lead_in_bounds(s0) if d.is_list_item(s0) else None
                        lead_topic = cats.topic(*bounds) if bounds else ""
                        if (not lead_topic and line > 0 and SUB_ITEM_RE.match(text, s0)
                                and not text[:line].rstrip().endswith(".")):
                            # A sub-item under a lead-in without its colon ("The
                            # proportion of children entitled to free school meals
                            # (January 2013 School Census)"): the topic nearest above it
                            # on that line (a line ending a sentence is no lead-in).
                            lead_topic = cats.category(index.line_start(line - 1), line, m)
                    m.category = lead_topic or (
                        prev_category if line - prev_line < 400 else "")
                if not_with is None or not not_with.search(text, s0, s1):
                    m.category = overrules.get(m.category, m.category)
                m.category = reach or m.category
                # "" means no topic word at all: the component may ask its classifier.
            share_measures(self.r, text, group)
            self.share_categories(cats, s0, s1, group)
            prev_category, prev_line = group[-1].category, line
            previous_by_period(group, self.periods, self.r, text)
            # A loose period ("now") goes no further than its own number.
            loose = {p.text for p in sent_periods if p.loose}
            firsts = [m.period for m in group if m.period and m.period not in loose]
            prev_period = firsts[0] if firsts else prev_period
            pops = [m.population for m in group if m.population]
            prev_population = pops[0] if pops else ""

    def share_categories(self, cats: CategoryFinder, s0: int, s1: int,
                         group: list[Metric]) -> None:
        """A national average or comparator measures what the figure it is set against
        measures: where its own nearest topic word only names a group the sentence has
        already named ('The proportion of children in care gaining five GCSEs ... was 15%,
        above the national average for children in care of 12%': the group twice), it takes
        the category of the nearest observed figure of its unit with a topic of its own. A
        group named once is the comparator's own measure ('350 per 10,000 children in need,
        and the national average for children in care is 60 per 10,000')."""
        prio = self.r.category_priority
        for m in group:
            if m.role not in SHARED_CATEGORY_ROLES or prio.get(m.category, 0) > GROUP_PRIORITY:
                continue
            same = [o for o in group if o.role == "observed" and o.unit == m.unit
                    and prio.get(o.category, 0) > GROUP_PRIORITY]
            if same and cats.hits_of(s0, s1, m.category) >= 2:
                m.category = min(same, key=lambda o: abs(o.start - m.start)).category

    def period_fields(self, period: str) -> dict[str, str]:
        """The normalised bounds of a period as written (periods.py), for a metric's row."""
        start, end = self.periods.bounds(period)
        return {"period_start": start, "period_end": end}

    @staticmethod
    def statements(metrics: list[Metric], text: str) -> None:
        """Numbers of one sentence form one statement; a semicolon starts a new one."""
        n = 0
        prev: Metric | None = None
        for m in metrics:
            if prev is None or m.sent != prev.sent or ";" in text[prev.end:m.start]:
                n += 1
            m.statement = n
            prev = m
