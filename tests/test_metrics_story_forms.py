"""Forms of a case told as a story (letters and reports alike) that the metric rules took for
metrics, each on an invented sentence: a sentence that goes on with a story's own time ('The
following month, ...', 'Two days later, ...') and one that opens at a single meeting ('At a
child in need meeting in May, ...') give that story's details, not measures of the service
(GUIDELINES 3). Each test keeps real metrics of the same words beside them: the forms must
not take a service's own counts, nor a year's or a month's figures."""

from __future__ import annotations

from conftest import metric_values as found

# --- a story's own time -------------------------------------------------------------------------


def test_a_sentence_going_on_with_the_story_s_time_tells_the_story() -> None:
    assert found("The following month, a strategy discussion noted that the police had been "
                 "called to the home on nine occasions over the previous three years.") == []
    assert found("The next day, two younger siblings were moved to a foster placement.") == []
    assert found("A week later, the mother was seen with three children at the address.") == []
    assert found("A few weeks later, the school made four further referrals.") == []


def test_a_period_s_figures_in_a_sentence_of_its_own_stay_metrics() -> None:
    # A month or year counted as the measure's period is no story's time.
    assert found("In the following month, 45 children were referred to the service.") == \
        [("45", "45", "count")]
    assert found("The following year, 62% of care leavers were in education, employment or "
                 "training.") == [("62%", "62", "percent")]
    assert found("Over the next month, 30 referrals were received.") == [("30", "30", "count")]
    # Months later are no day or week of a story: the children's figure stays.
    assert ("80%", "80", "percent") in found("Six months later, 80% of these children had a "
                                             "permanence plan.")


# --- a single meeting -------------------------------------------------------------------------


def test_a_sentence_opening_at_one_meeting_tells_that_meeting() -> None:
    assert found("At a child in need meeting in the spring of 2019, all professionals present "
                 "were asked to rate their concerns about two young children.") == []
    assert found("At one core group meeting, three professionals did not attend.") == []
    assert found("At a recent panel, five cases were presented late.") == []


def test_meetings_counted_or_the_meetings_of_a_service_stay_metrics() -> None:
    assert found("At all child protection conferences, 95% of children's views were "
                 "presented.") == [("95%", "95", "percent")]
    assert found("At the meetings held this year, 85% of families attended.") == \
        [("85%", "85", "percent")]
    assert found("In 12 child in need meetings, plans were updated.") == \
        [("12", "12", "count")]
    assert found("At each monthly meeting, 30 cases are discussed and 12 children were "
                 "referred.") != []


# --- a job's details --------------------------------------------------------------------------


def test_a_job_advert_s_post_is_not_the_service_s_staff() -> None:
    assert found("You will lead a team of eight social workers and two personal advisers, "
                 "supporting children in care aged 11 to 18.") == []
    assert found("You will be responsible for three family hubs.") == []


def test_a_team_s_size_told_of_the_service_stays_a_metric() -> None:
    assert found("The team of 12 practitioners supports 140 care leavers.") == \
        [("12", "12", "count"), ("140", "140", "count")]
    assert found("Managers told inspectors you will find 30 children waiting for an "
                 "assessment.") == [("30", "30", "count")]
