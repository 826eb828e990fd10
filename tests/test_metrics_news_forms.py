"""Forms of news-like writing (local papers, press releases, council pages and minutes,
newsletters, radio transcripts, forum posts, job adverts; data/metric_labels/news) that the
metric rules took for metrics, each on an invented sentence: dates and times in news words,
agenda items, the report's own recommendations and judgements, the people and files the
inspection saw, ages of people in a story, a newsletter's circulation, a job advert's terms.
Each test keeps a real metric beside the false one, or one beside it in another test."""

from __future__ import annotations

from conftest import metric_values as found
from conftest import metrics_in as extract


def test_a_day_after_its_weekday_is_a_date_part() -> None:
    assert found("The inspection ran from Monday 6 to Friday 17 October 2025, when 27% of "
                 "contacts led to a referral.") == [("27%", "27", "percent")]
    assert found("Inspectors arrived on Tuesday 4 March.") == []


def test_clock_times_are_not_metrics() -> None:
    assert found("Morning show, Friday 9 May 2025 (extract, 08.40)") == []
    assert found("It's twenty past seven, and 41 children are waiting for an assessment.") == \
        [("41", "41", "count")]
    # A decimal without a leading zero is still a figure.
    assert found("The rate of re-referrals is 8.40 per cent.") == [("8.40 per cent", "8.4",
                                                                    "percent")]


def test_an_agenda_item_is_not_a_metric() -> None:
    assert found("Agenda item 9: Ofsted inspection of children's services") == []
    assert found("Item 4: the annual report of the virtual school") == []


def test_the_report_s_own_parts_are_not_metrics() -> None:
    assert found("The report gives two further judgements, and 12 care leavers were in "
                 "unsuitable accommodation.") == [("12", "12", "count")]
    # The seeds' independent gold counts a report's recommendations: they stay.
    assert found("The report makes five recommendations.") == [("five", "5", "count")]
    assert found("The council accepted the two recommendations.") == []
    assert found("The four judgements in the report are listed below.") == []
    assert found("Inspectors gave two further judgements.") == []
    assert found("The council was graded good in three of the four areas they look at.") == []
    assert found("The letter runs to 11 pages.") == []
    assert found("Between the two inspections, staff turnover fell to 12%.") == \
        [("12%", "12", "percent")]


def test_the_people_and_files_the_inspection_saw_are_not_metrics() -> None:
    assert found("Inspectors spoke to more than a hundred young people.") == []
    assert found("We met three of them at the corporate parenting board.") == []
    assert found("They looked in detail at the records of more than 90 children.") == []
    assert found("Inspectors examined 120 case files and met staff.") == []


def test_the_age_of_a_person_in_a_story_is_not_a_count() -> None:
    assert found("Jordan, 18, who left care in the spring, praised his personal adviser.") == []
    assert found("Our Mia is 17 now and doing well at college.") == []
    assert found("We no longer place any care leaver under 21 in bed and breakfast.") == []
    assert found("Support is offered to every care leaver up to 25.") == []


def test_a_newsletter_s_circulation_is_not_a_metric() -> None:
    assert found("The Gazette is delivered free to 12,500 homes.") == []
    assert found("The council runs 12 children's homes.") == [("12", "12", "count")]


def test_a_job_advert_s_salary_and_leave_are_not_metrics() -> None:
    assert found("Salary: £41,000 - £45,500 plus a relocation package") == []
    assert found("- 27 days' annual leave rising to 32") == []
    assert found("The council spent £2.1m on agency staff.") == [("£2.1m", "2100000", "gbp")]


def test_a_rough_pair_a_phone_extension_and_a_few_wards_are_not_metrics() -> None:
    assert found("Some of us had our social worker change five or six times.") == []
    assert found("Call the duty desk on extension 5512.") == []
    assert found("The programme is delivered in four wards.") == []


def test_a_cap_or_a_plan_to_reduce_to_no_more_than_is_a_target() -> None:
    roles = [(m.value_text, m.role) for m in extract(
        "The branch asks for a cap of 20 cases for newly qualified social workers.")]
    assert roles == [("20", "target")]
    roles = [(m.value_text, m.role) for m in extract(
        "The plan aims at reducing caseloads to no more than 17 children per social worker.")]
    assert roles == [("17", "target")]
    roles = [(m.value_text, m.role) for m in extract(
        "Caseloads have fallen to no more than 17 children per social worker.")]
    assert roles == [("17", "observed")]
