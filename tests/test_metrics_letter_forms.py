"""Forms of the letters' language (focused visits, JTAIs, area SEND and monitoring letters;
data/metric_labels/letters) that the metric rules took for metrics or missed, each on an
invented sentence: the statute, dates, team and contact details of a visit, how a partnership
is set up, rotas and rough numbers, cases inspectors saw, ages and thresholds; and the waits,
fractions, counts in millions and rates the rules missed."""

from __future__ import annotations

from conftest import metric_values as found

# --- not metrics --------------------------------------------------------------------------------


def test_a_subsection_of_a_statute_is_not_a_count() -> None:
    assert found("The visit was made under section 11(2)(b) of the Children Act 1989, and "
                 "43 children were subject to a plan.") == [("43", "43", "count")]


def test_the_days_team_and_contact_details_of_a_visit_are_not_metrics() -> None:
    assert found("Inspectors visited the service on 3, 4 and 9 May 2024.") == []
    assert found("Three inspectors met leaders while two other Children's Services Inspectors "
                 "read case files.") == []
    assert found("Around 1,500 parents and carers took time to share their views with "
                 "inspectors.") == []
    assert found("Textphone 0300 123 enquiries about the service") == []
    assert found("Children's Services, PO Box 12, Town Hall, Market Street") == []
    assert found("Out of hours, social workers call 101 to reach the police.") == []


def test_how_a_partnership_is_set_up_is_not_a_metric() -> None:
    assert found("The merger of five clinical commissioning groups into two CCGs was "
                 "agreed.") == []
    assert found("Staff in all four NHS trusts use the same risk tool.") == []
    assert found("The rise in youth violence in two communities led to a joint plan.") == []


def test_a_rota_a_rough_few_and_a_meeting_s_routine_are_not_metrics() -> None:
    assert found("Health visitors sit in the team for one week in every four, and 12% of "
                 "contacts come from health.") == [("12%", "12", "percent")]
    assert found("Planning relies on one or two key professionals.") == []
    assert found("The panel audits eight cases at each meeting.") == []


def test_cases_inspectors_saw_and_one_as_a_determiner_are_not_metrics() -> None:
    # "currently" gives each sentence a period, with which a lone "one" would be kept.
    assert found("Delays are currently rare but, in one case, a strategy meeting was "
                 "late.") == []
    assert found("Planning is currently very well used in one case seen, but not in "
                 "others.") == []
    assert found("Inspectors saw one child’s case where the risk is currently not "
                 "reviewed.") == []
    assert found("Managers currently supervise staff across more than one team.") == []
    assert found("Risks are currently considered when there is more than one child in the "
                 "family.") == []
    assert found("Links are currently made between one local school and a GP practice.") == []
    assert found("Information is currently not shared when a child is moving from one school "
                 "to another.") == []
    assert found("For example, one child who was assaulted is currently waiting for a "
                 "therapeutic service.") == []
    assert found("Direct work informs plans, for example one young person currently has "
                 "contact with her father.") == []


def test_ages_thresholds_and_bands_are_not_metrics() -> None:
    assert found("Support for children who are 16 or 17 and homeless has improved.") == []
    assert found("The scheme identifies children if attendance drops below 85%.") == []
    assert found("About 40% of its areas are among the most deprived 10% in England.") == [
        ("40%", "40", "percent")]
    assert found("Services reach the 12 largest towns in the county.") == []
    assert found("Some children wait for over two years for therapy.") == []
    assert found("Many young people are waiting more than 18 months for an assessment.") == []


# --- metrics --------------------------------------------------------------------------------------


def test_the_longest_wait_is_a_duration() -> None:
    assert found("Families can wait for up to 14 weeks for a family support worker.") == [
        ("14", "14", "weeks")]
    assert found("Not all strategy discussions are timely, with some taking up to three days "
                 "to convene.") == [("three", "3", "days")]
    assert found("Small numbers of children remain unallocated in the duty team for up to "
                 "three weeks.") == [("three", "3", "weeks")]


def test_a_range_of_fractions_has_both_ends() -> None:
    assert found("Audits showed that between a fifth and a quarter of plans were poor.") == [
        ("a fifth", "20", "percent"), ("a quarter", "25", "percent")]


def test_a_count_in_millions_is_one_number() -> None:
    assert found("The population of the county is about 1.4 million.") == [
        ("1.4 million", "1400000", "count")]


def test_a_rate_per_10000_goes_on_to_the_figure_it_rose_to() -> None:
    assert found("The number of exclusions per 10,000 children in the county rose to 25 in "
                 "2022.") == [("25", "25", "rate_per_10000")]


# --- what those rules must not take (a second reading's counter-examples) ------------------------


def test_an_average_wait_bounded_below_is_measured() -> None:
    assert found("Children wait for more than 200 days on average between entering care and "
                 "being placed for adoption.") == [("200", "200", "days")]
    assert found("Children waited more than 18 months on average to be adopted.") == [
        ("18", "18", "months")]


def test_a_count_that_moves_to_another_place_is_a_count() -> None:
    assert found("Six children moved to another local authority during the year.") == [
        ("Six", "6", "count")]
    assert found("Children move from one placement to another too often.") == []


def test_one_case_out_of_a_sample_is_a_share() -> None:
    values = [v for _t, v, _u in found("Management oversight was evident in one case out of "
                                        "the 10 audited.")]
    assert values[:1] == ["1"] and "10" in values


def test_a_limit_set_by_guidance_is_no_wait() -> None:
    assert found("Statutory guidance allows assessments to take up to 45 working days.") == []
    assert found("The assessment timescale is up to 12 weeks.") == []
    assert found("Families can wait for up to 14 weeks for a family support worker.") == [
        ("14", "14", "weeks")]


def test_numbers_before_the_modal_may_are_no_days_of_a_month() -> None:
    values = [v for _t, v, _u in found("Individual caseloads of 28, 31 and 35 may be too high "
                                        "for newly qualified social workers.")]
    assert "28" in values and "35" in values


def test_a_person_or_family_told_as_an_example_gives_its_own_figures() -> None:
    # 'For example, one <person>' and 'In one family,' open one case: its figures are its own.
    assert found("Help is timely. For example, one young person had seven changes of social "
                 "worker in two years.") == []
    assert found("Caseloads are high. For example, one manager told inspectors that they were "
                 "responsible for nearly 1000 offenders.") == []
    assert found("Risks are missed. In one family, the police had been called to the home on "
                 "six occasions in the previous year.") == []
    # ... not a count of families, nor a family beside other figures.
    assert found("Adoption is improving. One family has been approved this year, and 12 "
                 "children were adopted.") == [("One", "1", "count"), ("12", "12", "count")]
    assert found("Risks are missed. In one family and 12 households, the police had been "
                 "called.") == [("one", "1", "count"), ("12", "12", "count")]


def test_the_age_of_a_health_check_is_no_count() -> None:
    # The age at which a child is checked or reviewed names the check ...
    assert found("The health visiting team conducts nine to 12 month and two and a half year "
                 "reviews to find any delay.") == []
    assert found("Only 62% of children received the 6-8 week check.") == [
        ("62%", "62", "percent")]
    # ... while the children checked and a wait stay.
    assert found("In all, 1,200 children had a 12 month review.") == [
        ("1,200", "1200", "count")]


def test_a_case_example_opening_the_text_is_read_as_one() -> None:
    # The text's own start opens a sentence as a full stop does.
    assert found("For example, one young person had seven changes of social worker in two "
                 "years.") == []


def test_a_case_opened_inside_the_sentence_gives_its_own_figures() -> None:
    # ", in one case" opens one case: the figures after it are its details ...
    assert found("The board consults the national panel well, in one case there was a delay "
                 "of three months in making a recommendation.") == []
    # ... not a proportion, nor the figures before it.
    assert found("Caseloads average 18, in one case in five above 25.") == [
        ("18", "18", "count"), ("25", "25", "count")]
    assert found("Of 40 cases, 12 were late and, in one case, a plan was missing.") == [
        ("40", "40", "count"), ("12", "12", "count")]


def test_one_thing_s_own_duration_an_example_and_an_observed_meeting_are_case_details() -> None:
    # A sentence opening with one thing and its own duration tells that case ...
    assert found("A poor assessment, which took seven months to complete, has not been "
                 "updated.") == []
    # ... as does one opening with an example, or with a meeting inspectors observed.
    assert found("A good example is that of five brothers and sisters, where it has taken "
                 "2,000 days to find a family.") == []
    assert found("During the panel observed by inspectors, 11 cases were discussed.") == []
    # Not a count of a year's cases, nor the cases inspectors saw, nor a measured time.
    assert found("During the year, 11 cases were discussed at panel.") == [
        ("11", "11", "count")]
    assert found("In the cases seen, five of six children had a plan.") == [
        ("five", "5", "count"), ("six", "6", "count")]
    assert found("Assessments took seven months on average.") == [("seven", "7", "months")]


def test_routes_into_a_service_and_the_settings_it_is_delivered_in_are_set_up() -> None:
    assert found("The local authority has two alternative provision (AP) settings which "
                 "provide education.") == []
    assert found("The front door has distilled upwards of 20 routes into children's social "
                 "care into a single process.") == []
    # Children placed in settings, and settings with a result, are counted.
    assert found("Of the children, 41 live in residential settings.") == [
        ("41", "41", "count")]
    assert found("There are 14 early years settings judged inadequate.") == [
        ("14", "14", "count")]


def test_a_small_word_count_given_for_example_is_the_example_s_detail() -> None:
    assert found("Where it has been used, for example in the cases of two pregnant teenagers, "
                 "it has had an impact.") == []
    assert found("For example, serious concerns for a group of eight children were linked "
                 "together.") == []
    assert found("This showed good communication, for example the matching of one child to "
                 "specific education provision.") == []
    # Not a part of a whole, a figure in digits, nor a change.
    assert found("For example, five of 12 assessments seen by inspectors do not consider "
                 "history.") == [("five", "5", "count"), ("12", "12", "count")]
    assert found("For example, seven out of ten young people achieved a grade.") == [
        ("seven", "7", "count"), ("ten", "10", "count")]
    assert found("For example, the number of adopters rose from four to nine.") == [
        ("four", "4", "count"), ("nine", "9", "count")]
