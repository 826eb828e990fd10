"""Metric periods (issue 7): each number its own period as written, and its normalised
bounds (`period_start`, `period_end`; pipeline/nlp/metrics/periods.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import records_of

from pipeline.contract import COLUMN_PATTERNS, TABLES
from pipeline.nlp.metrics import MetricExtractor, MetricRules
from pipeline.nlp.metrics.periods import PeriodNormaliser


@lru_cache(maxsize=1)
def extractor() -> MetricExtractor:
    return MetricExtractor(MetricRules())


def bounds(period: str) -> tuple[str, str]:
    return extractor().periods.bounds(period)


@pytest.mark.parametrize(("period", "expected"), [
    # One reporting year, in any spelling: its two years (financial or academic, unsaid).
    ("2013-14", ("2013", "2014")),
    ("2013\u201314", ("2013", "2014")),
    ("2013\u2013 14", ("2013", "2014")),
    ("during 2013/14", ("2013", "2014")),
    ("2013\u20132014", ("2013", "2014")),
    ("In 2015\u221216", ("2015", "2016")),
    ("1999-00", ("1999", "2000")),
    ("2011\u201314", ("2011", "2014")),
    ("in quarter two of 2014\u201315", ("2014", "2015")),
    # ... unless the text says which kind of year.
    ("the financial year 2013-14", ("2013-04-01", "2014-03-31")),
    ("the academic year 2013\u201314", ("2013-09-01", "2014-08-31")),
    # Dates, at the precision written.
    ("by January 2015", ("2015-01", "2015-01")),
    ("March 2016", ("2016-03", "2016-03")),
    ("in 2014", ("2014", "2014")),
    ("At 31 January 2015", ("2015-01-31", "2015-01-31")),
    ("In May2009", ("2009-05", "2009-05")),
    # Spans and lengths up to a date.
    ("between April and September 2015", ("2015-04", "2015-09")),
    ("Between April 2014 and March 2015", ("2014-04", "2015-03")),
    ("from 2010 until 2012", ("2010", "2012")),
    ("the year to 31 March 2015", ("2014-04-01", "2015-03-31")),
    ("In the 12 months to 31 January 2015", ("2014-02-01", "2015-01-31")),
    ("the six months to September 2015", ("2015-04", "2015-09")),
    ("12 months to 15 March 2015", ("2014-03-16", "2015-03-15")),
    # Open ends.
    ("Since January 2014", ("2014-01", "")),
    ("until January 2015", ("", "2015-01")),
    # Relative periods and impossible dates name no date.
    ("currently", ("", "")),
    ("now", ("", "")),
    ("at the time of the inspection", ("", "")),
    ("in the last 12 months", ("", "")),
    ("last year", ("", "")),
    ("at 31 February 2015", ("", "")),
    ("", ("", "")),
])
def test_period_bounds(period: str, expected: tuple[str, str]) -> None:
    assert bounds(period) == expected


def test_bounds_match_the_contract_pattern() -> None:
    import re

    pattern = re.compile(COLUMN_PATTERNS[("metrics", "period_start")])
    for text in ("the year to 31 March 2015", "by January 2015", "2013-14"):
        assert all(pattern.fullmatch(b) for b in bounds(text))
    assert {"period_start", "period_end"} <= set(TABLES["metrics"])


def test_month_names_come_from_the_rules() -> None:
    assert PeriodNormaliser("march|mar").bounds("at 31 Mar 2015") == ("2015-03-31",
                                                                       "2015-03-31")


def periods(text: str) -> list[tuple[str, str, str, str]]:
    x = extractor()
    return [(m.value_text, m.period, *x.periods.bounds(m.period)) for m in x.extract(text)]


def test_each_figure_its_own_period() -> None:
    assert periods("The rate rose from 52.8% in 2013-14 to 57.6% by January 2015.") == [
        ("52.8%", "2013-14", "2013", "2014"),
        ("57.6%", "by January 2015", "2015-01", "2015-01")]
    assert periods("Between April and December 2013, 45 children were adopted.") == [
        ("45", "Between April and December 2013", "2013-04", "2013-12")]
    assert periods("In the year until December 2013, 20% of plans were late.") == [
        ("20%", "In the year until December 2013", "2013-01", "2013-12")]
    assert periods("At the time of inspection, 40 children were looked after.") == [
        ("40", "At the time of inspection", "", "")]


def test_now_dates_a_figure_but_no_lone_one() -> None:
    got = {v: p for v, p, _s, _e in periods("The rate fell from 93% in 2014 to 90% now.")}
    assert (got["93%"], got["90%"]) == ("in 2014", "now")
    # "now" is too common to make a lone "one" a statistic.
    assert periods("Services moved from poor to one where all are now good.") == []


def test_rows_carry_the_bounds(nlp) -> None:
    from pipeline.nlp.build import build_nlp

    text = "At 31 March 2015, 664 children were looked after, up from 640 in 2013-14.\n"
    rows = records_of(build_nlp(use_fields_model=False), text)["tables"]["metrics"]
    assert [(r["value"], r["period"], r["period_start"], r["period_end"]) for r in rows] == [
        ("664", "At 31 March 2015", "2015-03-31", "2015-03-31"),
        ("640", "2013-14", "2013", "2014")]
    # With the shipped field models the period text may be theirs; the bounds are those
    # of the text the row holds.
    rows = records_of(nlp, text)["tables"]["metrics"]
    assert [(r["period_start"], r["period_end"]) for r in rows] == [
        bounds(r["period"]) for r in rows]
    assert [r["period_end"] for r in rows] == ["2015-03-31", "2014"]


def test_lead_in_period_stops_at_a_heading() -> None:
    text = ("The data:\n- In the last 12 months:\n- there have been 45 adoptions\n"
            "- 53 care leavers have ceased to be looked after and are now living alone\n"
            "Other Ofsted inspections\n- The local authority operates five children's homes.\n")
    assert [(v, p) for v, p, _s, _e in periods(text)] == [
        ("45", "In the last 12 months"), ("53", "In the last 12 months"), ("five", "")]


def test_up_to_date_is_no_period() -> None:
    # 'to date' dates a running total; inside 'up to date' it says records are current.
    assert periods("To date, 85 children have been adopted.") == [
        ("85", "To date", "", "")]
    assert periods("Plans were up to date for 85% of children.") == [("85%", "", "", "")]
    assert periods("Plans were kept up to date for 85% of children so far this year.") == [
        ("85%", "so far this year", "", "")]
