"""Metric roles: what part each number of a statement plays (issue 7), on invented sentences
written in the language of the reports (data/metric_labels/GUIDELINES.md, section 5)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.nlp.metrics import Metric, MetricExtractor, MetricRules


@lru_cache(maxsize=1)
def extractor() -> MetricExtractor:
    return MetricExtractor(MetricRules())


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.value_text, m.role) for m in extract(text)]


def extract(text: str) -> list[Metric]:
    return extractor().extract(text)


@pytest.mark.parametrize(("text", "expected"), [
    # Other areas like this one are a comparator, not the national average.
    ("Completion is 85%, compared with 90% in similar areas.",
     [("85%", "observed"), ("90%", "comparator")]),
    ("The figure is 35 weeks, quicker than the 41 week average for similar councils.",
     [("35", "observed"), ("41", "comparator")]),
    # England, the country as a whole and a national proportion are the national average.
    ("Of the children, 9% are from minority ethnic groups, compared with 21% in the country "
     "as a whole.", [("9%", "observed"), ("21%", "national_average")]),
    ("In 2014-15, 19% of children left care through an order, compared with 11% in England.",
     [("19%", "observed"), ("11%", "national_average")]),
    ("- in primary schools is 14% (the national proportion is 16%)",
     [("14%", "observed"), ("16%", "national_average")]),
    ("The rate is 30% against a 6% England average.",
     [("30%", "observed"), ("6%", "national_average")]),
    ("Higher education takes 30%, compared with the England and Wales figure of 25%.",
     [("30%", "observed"), ("25%", "comparator")]),
    ("Of the population, 8% are Jewish, compared with 0.5% of the population in England and "
     "Wales.", [("8%", "observed"), ("0.5%", "comparator")]),
    ("This compares with national averages of 18% and 15% respectively.",
     [("18%", "national_average"), ("15%", "national_average")]),
    # A comparison word before "with N" describes this authority's own figure.
    ("Timeliness is now better than similar local authorities, with 80% completed on time.",
     [("80%", "observed")]),
    ("Pupils eligible for free meals are above the national averages, with 24% in primary "
     "schools and 23% in secondary schools.", [("24%", "observed"), ("23%", "observed")]),
    # Another place's own average (a capitalised place before "average") is a comparator.
    ("It is 6.1%, above the England average (3.9%) and the Outer London average (5.2%).",
     [("6.1%", "observed"), ("3.9%", "national_average"), ("5.2%", "comparator")]),
    # "of all children nationally" is the national figure.
    ("Of children looked after, 58% reached the standard, compared with 71% of all pupils "
     "nationally.", [("58%", "observed"), ("71%", "national_average")]),
])
def test_reference_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An earlier year of a run of years is previous; each figure's own period decides.
    ("In 2012-13, 31 orders were made, and this has increased to 46 in 2013-14.",
     [("31", "previous"), ("46", "observed")]),
    ("In March 2015, 49 agency staff were employed, falling to 22 in September 2016.",
     [("49", "previous"), ("22", "observed")]),
    # The same figure in another unit, in brackets after its noun, shares its role.
    ("This is an increase from 182 children (60 per 10,000 children) at 31 March 2016.",
     [("182", "previous"), ("60 per 10,000", "previous")]),
    ("This is an improvement from an average of 70 days.", [("70", "previous")]),
    ("Currently 693 children are looked after, a reduction from a high point of 719 in "
     "March 2013.", [("693", "observed"), ("719", "previous")]),
    ("This is an improvement from 2014-15, when it was 11%.", [("11%", "previous")]),
    ("This is a decline from last year, when 35 children were adopted.",
     [("35", "previous")]),
    ("There have been fewer this year (12) than last year (23).",
     [("12", "observed"), ("23", "previous")]),
    ("It works with 555 children in need, much lower than the 1,413 reported as at 31 March "
     "2014.", [("555", "observed"), ("1,413", "previous")]),
    # "from" that says where from is not an earlier figure.
    ("Currently 51 children from 20 families are placed together.",
     [("51", "observed"), ("20", "observed")]),
    # Two figures listed with "and" are not a change from one to the other.
    ("Attendance is 30% in primary and 23% in secondary schools.",
     [("30%", "observed"), ("23%", "observed")]),
])
def test_earlier_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_change_to_now() -> None:
    got = dict(roles("The rate fell from 93% in 2014 to 90% now."))
    assert (got["93%"], got["90%"]) == ("previous", "observed")


@pytest.mark.parametrize(("text", "expected"), [
    ("The local authority needs to recruit 22 foster families a year.", [("22", "target")]),
    ("There is a need for a further 90 foster carers.", [("90", "target")]),
])
def test_targets(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Months of one year order a run; "last year" is before "this year".
    ("Stability was 67% as of March 2015, rising to 79% in March 2016 and to 86% in October "
     "2016.", [("67%", "previous"), ("79%", "previous"), ("86%", "observed")]),
    ("Agency staff went down from 63 in July 2017 to 39 in July 2018, to the current figure "
     "of 23.", [("63", "previous"), ("39", "previous"), ("23", "observed")]),
    ("Orders are decreasing: 23 children left care on an order last year, compared with 12 "
     "this year.", [("23", "previous"), ("12", "observed")]),
    # A period after "and" starts the next figure's clause.
    ("Stability in 2014-15 was 77% and for 2015-16 so far is at 79%.",
     [("77%", "previous"), ("79%", "observed")]),
    # "within the last year" runs up to now: not an earlier figure.
    ("Only five children have been adopted within the last year, but 17 children are now "
     "in new adoptive homes.", [("five", "observed"), ("17", "observed")]),
])
def test_runs_of_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A difference from a reference describes this authority, not the reference.
    ("This is 41 days quicker than the England average and 26 days quicker than similar "
     "areas.", [("41", "observed"), ("26", "observed")]),
    ("It is 120 days longer than the national target and 12% below the regional figure.",
     [("120", "observed"), ("12%", "observed")]),
    # ... while the reference's own figure keeps its role.
    ("Performance is 430 days, better than the England average of 480 days.",
     [("430", "observed"), ("480", "national_average")]),
])
def test_differences_from_a_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_similar_to_an_earlier_dated_figure_is_previous() -> None:
    assert roles("This is similar to the figure of 212 at 31 March 2016.") == [
        ("212", "previous")]


@pytest.mark.parametrize(("text", "expected"), [
    # A figure of the last inspection, or of the year before, is an earlier figure.
    ("At the time of the last inspection, there were two such placements.",
     [("two", "previous")]),
    ("Completion was 71.5% during the previous year.", [("71.5%", "previous")]),
    # ... "since the last inspection" runs up to now.
    ("Since the last inspection, seven serious incidents have been notified.",
     [("seven", "observed")]),
    # An improvement on, or a change since, a dated figure names the earlier figure.
    ("This is an improvement on the 28% of plans reviewed late in 2014-15.",
     [("28%", "previous")]),
    ("Use has grown since 30 June 2016, when 4% of plans were under this category.",
     [("4%", "previous")]),
])
def test_earlier_figures_named_by_their_time(text: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A duration after "up to" is the top of a spread over cases ...
    ("Some families wait up to nine weeks for a first appointment.", [("nine", "range_bound")]),
    ("Records showed delays of up to 14 days in sharing information.", [("14", "range_bound")]),
    # ... a count after it keeps its role.
    ("The new home provides up to five beds for young people.", [("five", "observed")]),
])
def test_up_to_a_duration_is_a_range_bound(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two durations joined by "to" with no "from" are a spread of waits ...
    ("Parents said they wait three to five weeks for a first session.",
     [("three", "range_bound"), ("five", "range_bound")]),
    # ... and so are two in different units after "varied from".
    ("Waits varied from ten days to two months.",
     [("ten", "range_bound"), ("two", "range_bound")]),
    # ... while "from" ... "to" over time is still a change.
    ("Proceedings fell from 40 weeks to 31 weeks this year.",
     [("40", "previous"), ("31", "observed")]),
])
def test_spreads_of_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An earlier figure named by its year or as the authority's own ...
    ("Care leavers in touch rose to 92% from the 2014-15 figure of 85%.",
     [("92%", "observed"), ("85%", "previous")]),
    ("This is a rise from the local authority\u2019s own figure of 40% for 2015.",
     [("40%", "previous")]),
    ("The rate is 14%. This compares with 19% in 2013 and a regional rate of 12%.",
     [("14%", "observed"), ("19%", "previous"), ("12%", "comparator")]),
    # ... but not where "from" says where the figures come from.
    ("Referrals from the police made up an average of 30% of all contacts.",
     [("30%", "observed")]),
])
def test_earlier_figures_by_year_or_comparison(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A part of a figure just given dates nothing: the whole stays observed ...
    ("Six reviews were commissioned during 2015-16, two of which are now complete.",
     [("Six", "observed"), ("two", "observed")]),
    # ... while a later figure of the same measure still makes the earlier one previous.
    ("In 2014-15, 12 children were adopted and nine have been adopted this year.",
     [("12", "previous"), ("nine", "observed")]),
    # A reference figure after its unit word: "82 days nationally".
    ("Assessments take 140 days, compared to 82 days nationally.",
     [("140", "observed"), ("82", "national_average")]),
])
def test_subsets_and_national_figures_with_units(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A duration written as the limit itself is a target ...
    ("Proceedings now take 24 weeks and consistently meet the 26-week target.",
     [("24", "observed"), ("26", "target")]),
    ("Matching takes 47 days, well inside the 121 day threshold.",
     [("47", "observed"), ("121", "target")]),
    ("Proceedings take an average of 35 weeks, longer than the 26 week timescale now required.",
     [("35", "observed"), ("26", "target")]),
    ("This does not meet the national requirement of 26 weeks.", [("26", "target")]),
    ("There is a maximum 18-week wait for a first appointment.", [("18", "target")]),
    ("Of 25 young people, 16 moved on within the planned timescale of 28 days.",
     [("25", "observed"), ("16", "observed"), ("28", "target")]),
    # ... while a measured duration before its limit stays observed.
    ("Care proceedings took 30 weeks on average last year.", [("30", "observed")]),
])
def test_a_duration_written_as_its_limit_is_a_target(text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Where this authority's own figure stands against a target: observed ...
    ("Timescales remain above national targets, at 85 days at the end of 2015-16.",
     [("85", "observed")]),
    ("The county is now exceeding the national target at 442 days.", [("442", "observed")]),
    ("The council met the target for phase one with 1,270 families.", [("1,270", "observed")]),
    ("At key stage 4, too few make the expected progress (59.2%).", [("59.2%", "observed")]),
    # ... while the target's own figure stays a target.
    ("Timeliness is 70%, against a target of 85%.", [("70%", "observed"), ("85%", "target")]),
    ("Progress is above the target of 80% set by the board.", [("80%", "target")]),
])
def test_a_figure_placed_against_a_target_is_observed(text: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Another group of this authority's own children, with its figure, is a comparator ...
    ("Of children in care, 9.5% were excluded, compared to 4.4% for all children in Midshire.",
     [("9.5%", "observed"), ("4.4%", "comparator")]),
    ("This is above the rate for all children in the borough (0.11%).",
     [("0.11%", "comparator")]),
    ("Of this group, 13% are at university compared to 8% of other care leavers.",
     [("13%", "observed"), ("8%", "comparator")]),
    ("Attendance is 91%, below that of their peers (95%).",
     [("91%", "observed"), ("95%", "comparator")]),
    # ... but not the authority's own children in care, nor a national figure for all children,
    ("Absence fell from 7.7% for all children in care in 2010 to 5.2% in 2013.",
     [("7.7%", "previous"), ("5.2%", "observed")]),
    ("Results fell to 8.8%, well below the national figure of 52.8% for all children.",
     [("8.8%", "observed"), ("52.8%", "national_average")]),
    # ... nor a figure of its own after a clause about all children.
    ("It mirrors the position for all children in the city, where 35% of schools are good.",
     [("35%", "observed")]),
])
def test_other_groups_of_the_authority_s_children_are_comparators(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two figures joined by a dash with no "from" are the ends of a spread ...
    ("Around half of all care leavers (40-50) use the group.",
     [("half", "observed"), ("40", "range_bound"), ("50", "range_bound")]),
    # ... and so are two after "range from", each with whom it is for,
    ("Caseloads range from 61 for a part-time worker to 99 for a full-time worker.",
     [("61", "range_bound"), ("99", "range_bound")]),
    # ... while "from" X "to" Y over time is still a change.
    ("Vacancies fell from 30% to 5% this year.", [("30%", "previous"), ("5%", "observed")]),
    ("Caseloads fell from 28 for each worker to 19 this year.",
     [("28", "previous"), ("19", "observed")]),
])
def test_spreads_written_with_a_dash_or_for_whom(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two groups before two figures: each figure takes its own group's role, in order ...
    ("Completion is 67%, lower than statistical neighbours and England at 87% and 85%, "
     "respectively.", [("67%", "observed"), ("87%", "comparator"), ("85%", "national_average")]),
    ("The wait is 564 days, below similar areas and England averages at 643 and 647 days.",
     [("564", "observed"), ("643", "comparator"), ("647", "national_average")]),
    # ... while one group's two figures stay that group's.
    ("This compares with national averages of 18% and 15% respectively.",
     [("18%", "national_average"), ("15%", "national_average")]),
])
def test_two_groups_before_two_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure dated in its clause, then ", rising to" the next one, is the earlier figure ...
    ("For example, 27% were late in June, rising to 42% in August.",
     [("27%", "previous"), ("42%", "observed")]),
    # ... while a rise across groups is not a change over time.
    ("This is 27% of 16 to 18-year-olds, rising to 51% for those aged 19 to 21.",
     [("27%", "observed"), ("51%", "observed")]),
])
def test_a_dated_figure_rising_to_the_next(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A change (a multiple, a difference in points) is never the earlier figure ...
    ("Care proceedings have more than halved in length over the last year.",
     [("halved", "observed")]),
    ("The number has more than doubled in the last year.", [("doubled", "observed")]),
    ("It decreased in 2014 by 8 percentage points and is currently 86%.",
     [("8 percentage points", "observed"), ("86%", "observed")]),
    # ... while a level dated before another still is.
    ("It was 94% in 2014 and is currently 86%.", [("94%", "previous"), ("86%", "observed")]),
    ("Timeliness is lower than the 80% in 2015.", [("80%", "previous")]),
])
def test_a_change_is_not_an_earlier_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A reference group that only places this authority's own figure leaves it observed ...
    ("Timeliness has been at or above national averages, at over 95%.", [("95%", "observed")]),
    ("Although better than the national average, around one-quarter of care leavers are "
     "not in education.", [("one-quarter", "observed")]),
    ("The area was above comparators and the England average by five percentage points.",
     [("five percentage points", "observed")]),
    # ... while the group's own figure after "at" or "of" stays the group's.
    ("It is 22%, lower than statistical neighbours at 25% and England at 23%.",
     [("22%", "observed"), ("25%", "comparator"), ("23%", "national_average")]),
    ("This is lower than the national average of 15%.", [("15%", "national_average")]),
])
def test_a_figure_placed_against_a_reference_group_is_observed(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure right before a comparison is a difference: observed, never the earlier one ...
    ("In 2013-14, seven children were adopted, eight fewer than in 2011-12.",
     [("seven", "observed"), ("eight", "observed")]),
    ("The wait is better than similar areas but is 17 days away from the national target.",
     [("17", "observed")]),
    # ... while a level before a later one still is the earlier figure.
    ("In 2011-12, 15 children were adopted and seven in 2013-14.",
     [("15", "previous"), ("seven", "observed")]),
])
def test_a_difference_before_a_comparison_is_observed(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Any figure after "up to" is the top of a spread when only some things reach it ...
    ("Some social workers are holding up to 30 cases.", [("30", "range_bound")]),
    ("Turnover was 30% in 2017 overall and up to 60% in some teams.",
     [("30%", "observed"), ("60%", "range_bound")]),
    # ... a count after it without "some" keeps its role.
    ("The new home provides up to five beds for young people.", [("five", "observed")]),
])
def test_up_to_a_figure_some_reach_is_a_range_bound(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A list of three figures after one cue: each has the cue's role ...
    ("This is an improvement on the 46%, 23% and 54% achieved in 2013-14.",
     [("46%", "previous"), ("23%", "previous"), ("54%", "previous")]),
    ("Rates are above the national averages of 12%, 15% and 19%.",
     [("12%", "national_average"), ("15%", "national_average"), ("19%", "national_average")]),
    # ... while a figure joined by "and" alone to one after a cue keeps its own.
    ("The national average is 15%, and 20% of children here have a plan.",
     [("15%", "national_average"), ("20%", "observed")]),
    ("It rose from 46% to 54%, 60% now.",
     [("46%", "previous"), ("54%", "observed"), ("60%", "observed")]),
])
def test_a_list_after_one_cue_shares_its_role(text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure after ", at" that another group's figure follows in the same form is the
    # first group's own (one of two listed) ...
    ("This was higher than statistical neighbours, at 41% and the national figure of 38%.",
     [("41%", "comparator"), ("38%", "national_average")]),
    ("This is lower than published data for statistical neighbours, at 9.7%, and the England "
     "average of 11%.", [("9.7%", "comparator"), ("11%", "national_average")]),
    # ... while a figure alone after ", at", or before a figure of this authority, is its own.
    ("Timeliness has been at or above national averages, at over 95%.", [("95%", "observed")]),
    ("It is similar to national rates, at 23%, and 40% of plans are reviewed.",
     [("23%", "observed"), ("40%", "observed")]),
])
def test_a_figure_after_comma_at_before_another_groups_figure(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "nationally, the average was" names the national figure ...
    ("Timeliness is 28 weeks; nationally, the average was 31 weeks.",
     [("28", "observed"), ("31", "national_average")]),
    # ... "left the country" is a place, not the country as a whole ...
    ("Of the children, 24 had left the country and six had moved away.",
     [("24", "observed"), ("six", "observed")]),
    ("In the country as a whole, 15% of children had a plan.", [("15%", "national_average")]),
    # ... "in the last year" runs up to now, unlike "last year" ...
    ("The number has more than doubled in the last year (153 at the time of the inspection).",
     [("doubled", "observed"), ("153", "observed")]),
    ("The rate was 20% last year and is 18% now.", [("20%", "previous"), ("18%", "observed")]),
    # ... and a comma closes a comparison with the previous year.
    ("While this is less than the previous year, at 18% it is still high.",
     [("18%", "observed")]),
    ("This compares with the previous year, when it was 22%.", [("22%", "previous")]),
])
def test_cues_read_within_their_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A multiple or a rank before a group compares this authority with it: observed ...
    ("The proportion adopted, at 15%, is more than double the national average of 7%.",
     [("15%", "observed"), ("double", "observed"), ("7%", "national_average")]),
    ("The area ranks 16th in the country for placement stability.", [("16th", "observed")]),
    # ... while a figure before the group is still the group's.
    ("This compares with 21% in the country as a whole.", [("21%", "national_average")]),
])
def test_a_multiple_or_rank_before_a_group_is_observed(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the past 12 months" runs up to now, as "the last 12 months": a dated year is before it ...
    ("In 2014-15, 15 children were adopted, and within the past 12 months, nine children "
     "were adopted.", [("15", "previous"), ("nine", "observed")]),
    # ... while two figures of the past 12 months are both current.
    ("Within the past 12 months, 15 children were adopted and nine were placed.",
     [("15", "observed"), ("nine", "observed")]),
])
def test_the_past_months_run_up_to_now(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A figure after "more than" that only some things exceed is the end of a spread ...
    ("Some workers had more than 40 cases.", [("40", "range_bound")]),
    ("Caseloads were over 30 in some teams.", [("30", "range_bound")]),
    # ... without "some" it keeps its role.
    ("Over 40 children were adopted this year.", [("40", "observed")]),
])
def test_more_than_a_figure_some_exceed_is_a_range_bound(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A second named place after a group's figure, with its own figure, is another group ...
    ("In 2014-15, 79% were held on time, similar to statistical neighbours (78%) and London "
     "(71%).", [("79%", "observed"), ("78%", "comparator"), ("71%", "comparator")]),
    ("The proportion is 63% compared to the national average of 71% and Leeds average of 65%.",
     [("63%", "observed"), ("71%", "national_average"), ("65%", "comparator")]),
    # ... while a named group after this authority's own figure is not.
    ("In 2015, 79% were held on time and Year 11 (71%) pupils did well.",
     [("79%", "observed"), ("71%", "observed")]),
])
def test_a_second_named_group_after_a_groups_figure(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a project is "aimed at" reaching is its target ...
    ("Workers joined projects aimed at providing 35 foster homes.",
     [("35", "target")]),
    # ... not what it has reached.
    ("The project, aimed at young carers, has supported 35 families.", [("35", "observed")]),
])
def test_aimed_at_is_a_target(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A standard, entitlement or requirement that only places this authority's own figure ...
    ("The authority provides above and beyond the minimum funding entitlement at \u00a33,000 "
     "annually.", [("\u00a33,000", "observed")]),
    ("Visits now exceed the statutory requirement, at 95% within six weeks.",
     [("95%", "observed")]),
    # ... while the standard's own figure stays a target.
    ("This is above the national standard of 26 weeks.", [("26", "target")]),
])
def test_a_standard_that_places_this_authoritys_figure(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X at university compared to Y" compares two groups: no change from X to Y ...
    ("Of this group, 13% are at university compared to 8% of other care leavers.",
     [("13%", "observed"), ("8%", "comparator")]),
    # ... while "X in 2014 to Y" still is one.
    ("Timeliness rose from 60% in 2014 to 75% in 2015.",
     [("60%", "previous"), ("75%", "observed")]),
])
def test_compared_to_joins_no_change(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_comma_before_when_keeps_the_previous_year() -> None:
    # "the previous full year, when 41 ..." is still the earlier figure.
    assert roles("It has approved 22 households so far in 2014-15, which is lower than the "
                 "previous full year, when 41 households were approved.") == [
        ("22", "observed"), ("41", "previous")]


@pytest.mark.parametrize(("text", "expected"), [
    # rf18: the previous year's figure set off by ', at' and closing its clause is that
    # year's ...
    ("Re-referrals fell to 18%, less than the previous year, at 22%.",
     [("18%", "observed"), ("22%", "previous")]),
    ("The rate is 31%, higher than the previous year, at 27%; it remains high.",
     [("31%", "observed"), ("27%", "previous")]),
    # ... while a clause going on after the figure keeps it this year's.
    ("While this is less than the previous year, at 18% it is still high.",
     [("18%", "observed")]),
])
def test_rf18_previous_year_set_off_by_at(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_level_a_plan_sets_is_a_target() -> None:
    # The figure a planned change ends at is its target (GUIDELINES 5, 10) ...
    assert roles("Plans are in place to improve support, by increasing the number of advocates "
                 "from six to 18.") == [("six", "previous"), ("18", "target")]
    assert roles("Priority is being given to further reducing caseloads to between 15 and "
                 "20.") == [("15", "target"), ("20", "target")]
    assert roles("The service aims to reduce caseloads to between 15 and 18 children.") == [
        ("15", "target"), ("18", "target")]
    # ... not a change that has happened, nor child protection plans.
    assert roles("Partners committed to reducing the number of plans, and this had gone down "
                 "from 236 in March 2012 to 213 in March 2013.") == [
        ("236", "previous"), ("213", "observed")]
    assert roles("The number of children on child protection plans reduced from 300 to 250 "
                 "this year.") == [("300", "previous"), ("250", "observed")]


def test_a_caseload_after_up_to_or_over_is_the_end_of_a_spread() -> None:
    # A caseload or a count each worker holds, after "up to" or "over", ends a spread ...
    assert roles("Personal advisers had caseloads of up to 40.") == [("40", "range_bound")]
    assert roles("Many said they had caseloads of over 30 children.") == [("30", "range_bound")]
    assert roles("Social workers were carrying up to 35 cases each.") == [("35", "range_bound")]
    # ... not a volume each month, a target, nor a count of children.
    assert roles("The MASH receives over 200 contacts each month.") == [("200", "observed")]
    assert roles("Most workers had caseloads in excess of the authority's target of 20 "
                 "cases.") == [("20", "target")]
    assert roles("Up to 12 children were placed with the service.") == [("12", "observed")]
    assert roles("Caseloads have fallen to no more than 17 children per social worker.") == [
        ("17", "observed")]
    # (the cap is range_each_cap_before in metrics_rules.json)
    assert roles("Social workers now hold not more than 20 cases each.") == [("20", "observed")]
    assert roles("Social workers now hold more than 20 cases each.") == [("20", "range_bound")]


def test_an_earlier_figure_keeps_its_cue_through_a_bound() -> None:
    # "from more than 30", "compared with slightly over 30%": still the earlier figure ...
    assert roles("Caseloads average 16 children, down from more than 30 at the time of the last "
                 "inspection.") == [("16", "observed"), ("30", "previous")]
    assert roles("Vacancies now stand at just below 5% compared with slightly over 30% at the "
                 "point of transfer.") == [("5%", "observed"), ("30%", "previous")]
    # ... while another group's bounded figure stays that group's.
    assert roles("Timeliness is 85%, compared with more than 90% in similar areas.") == [
        ("85%", "observed"), ("90%", "comparator")]


def test_a_figure_held_some_time_ago_is_an_earlier_figure() -> None:
    # "50% 18 months ago", "25 a year ago": the figure before now ...
    assert roles("Only 1% are now rejected, rather than 50% 18 months ago.") == [
        ("1%", "observed"), ("50%", "previous")]
    assert roles("Caseloads are 18, against 25 a year ago.") == [
        ("18", "observed"), ("25", "previous")]
    # ... not a count of what happened years ago.
    assert roles("Of these, 13 adopted their children more than three years ago.") == [
        ("13", "observed")]


def test_rf19_a_change_made_after_a_clause_naming_an_aim_is_no_target() -> None:
    # rf19: a change the authority has made, after a relative clause naming its aim, ends
    # at a figure reached, not a level planned ...
    assert roles("The service, which aims to help children to remain at home, has reduced the "
                 "number of children in care to 480 over the last year.") == [("480", "observed")]
    assert roles("The council, which intends to grow its own workforce, had increased the "
                 "number of permanent staff to 150 by March.") == [("150", "observed")]
    # ... while the level a plan sets stays its target.
    assert roles("Plans are in place to improve support, by increasing the number of advocates "
                 "from six to 18.") == [("six", "previous"), ("18", "target")]
    assert roles("Priority has been given to further reducing caseloads to between 15 and "
                 "20.") == [("15", "target"), ("20", "target")]


def test_metrics20_a_figure_added_to_one_just_given_dates_nothing() -> None:
    # metrics20: more of the same kind ("a further nine cases in process", "a further cohort
    # of seven due to start") is not the same measure at another time: neither figure is an
    # earlier value ...
    assert roles("During 2014-15, six special guardianship orders have been made with a "
                 "further nine cases in process at the time of the inspection.") == [
        ("six", "observed"), ("nine", "observed")]
    assert roles("At the time of the inspection, 17 newly qualified workers were employed, "
                 "with a further cohort of seven due to start in January 2016.") == [
        ("17", "observed"), ("seven", "observed")]
    # ... while a run of periods keeps its earlier year, with or without the noun.
    assert roles("There were 40 adopters approved in 2014-15 and a further 12 in "
                 "2015-16.") == [("40", "previous"), ("12", "observed")]
    assert roles("There were 40 adopters approved in 2014-15 and a further 12 adopters in "
                 "2015-16.") == [("40", "previous"), ("12", "observed")]


def test_metrics20_a_run_of_quarters_or_months_keeps_its_order() -> None:
    # metrics20: quarters or months of one year told in their order: each figure but the
    # last is an earlier one, the year left out taken from the figure before ...
    assert roles("Conferences held within 15 days are 57% in quarter 3 of 2014-15 and 61% "
                 "in quarter 4.") == [("57%", "previous"), ("61%", "observed")]
    assert roles("In quarter three of 2014-15 the average was 25 weeks while in quarter "
                 "four it increased slightly to 29 weeks.") == [
        ("25", "previous"), ("29", "observed")]
    assert roles("For example, 27% were out of timescale in June, rising to 42% in July and "
                 "41% in August.") == [("27%", "previous"), ("42%", "previous"),
                                        ("41%", "observed")]
    # ... not parts of different kinds, nor a month told after a later one.
    assert roles("The service received 120 referrals in June and 95 in the first "
                 "quarter.") == [("120", "observed"), ("95", "observed")]
    assert roles("Visits were 90% in May and 85% in March for children in care.") == [
        ("90%", "observed"), ("85%", "observed")]


def test_metrics20_by_the_time_of_the_inspection_is_now() -> None:
    # metrics20: "by the time of the inspection" dates a figure as now, as "at the time of
    # the inspection" does: a figure dated earlier in the sentence is the earlier one.
    assert roles("The service had 54 vacancies in April 2016; this had fallen to 31 by the "
                 "time of the inspection.") == [("54", "previous"), ("31", "observed")]
    assert extract("There were 31 vacancies by the time of the inspection.")[0].period == \
        "by the time of the inspection"


def test_a_bracketed_figure_compared_after_its_bracket_is_this_authority_s() -> None:
    # "X (24%) is higher than in similar areas (19%)": the 24% is the authority's own ...
    assert roles("The proportion of children subject to a second plan (24%) is higher than in "
                 "similar areas (19%) and England (21%).") == [
        ("24%", "observed"), ("19%", "comparator"), ("21%", "national_average")]
    assert roles("The rate (58 per 10,000) remains well below statistical neighbours "
                 "(66 per 10,000).") == [
        ("58 per 10,000", "observed"), ("66 per 10,000", "comparator")]
    # ... not a group's figure in brackets with no comparison after it.
    assert roles("The rate is lower than in similar areas (19%).") == [("19%", "comparator")]


def test_the_second_end_of_between_a_word_number_and_a_figure_is_a_range_bound() -> None:
    assert roles("Six children had been at home for between one and seven years.") == [
        ("Six", "observed"), ("seven", "range_bound")]
    assert roles("Between one and 14 children a month go missing.") == [("14", "range_bound")]
    # Two figures are a pair as before.
    assert roles("Caseloads are between 15 and 20.") == [
        ("15", "range_bound"), ("20", "range_bound")]


def test_a_sentence_opening_with_a_target_for_a_long_measure_gives_a_target() -> None:
    assert roles("The current target for the time between a referral to CAMHS and an "
                 "appointment is four weeks, a target that is consistently met.") == [
        ("four", "target")]
    # The authority's own figure for a measure named without a target stays observed.
    assert roles("The time between a referral to CAMHS and an appointment is four weeks.") == [
        ("four", "observed")]


def test_a_rank_after_a_reference_group_is_the_authority_s_own_place() -> None:
    assert roles("In England, the council ranks 98th for care leavers in education.") == [
        ("98th", "observed")]
    # A figure after the group is still the group's.
    assert roles("In England, the rate is 43.7 per 10,000.") == [
        ("43.7 per 10,000", "national_average")]
