"""Number forms and exclusions of the metric rules (issue 7, item 3), each on an invented
sentence: figures in words of any size, fractions, "one in N", multiples, rates with their
noun, signs, durations and ranges; and what is not a metric (the inspection team, a threshold
of a measure, part of a period, an age limit, the end of an index scale)."""

from __future__ import annotations

from conftest import metric_values as found
from conftest import metrics_in as extract

# --- number forms -------------------------------------------------------------------------------


def test_word_numbers_of_any_size_are_one_number() -> None:
    assert found("Two hundred and sixty headteachers attended the training days.") == [
        ("Two hundred and sixty", "260", "count")]
    assert found("Last year, four hundred and twelve children were looked after.") == [
        ("four hundred and twelve", "412", "count")]
    assert found("Seventy-two per cent of plans were reviewed on time.") == [
        ("Seventy-two per cent", "72", "percent")]


def test_fractions_are_percentages() -> None:
    assert found("Less than a quarter of conferences were quorate.") == [
        ("a quarter", "25", "percent")]
    assert found("Nearly two thirds of care leavers are in education.") == [
        ("two thirds", "66.7", "percent")]
    assert found("Half of all pupils attended, and one in four children had a plan.") == [
        ("Half", "50", "percent"), ("one in four", "25", "percent")]
    assert found("Around 1 in 3 referrals lead to an assessment.") == [
        ("1 in 3", "33.3", "percent")]


def test_fractions_that_are_periods_or_names_are_not_metrics() -> None:
    assert found("In the second half of the year, a third sector provider joined the "
                 "panel during half-term.") == []


def test_multiples_are_ratios() -> None:
    assert found("The number of personal advisers has tripled and caseloads have halved.") == [
        ("tripled", "3", "ratio"), ("halved", "0.5", "ratio")]
    assert found("The rate is twice the national rate and three times as high as in "
                 "similar areas.") == [("twice", "2", "ratio"), ("three times", "3", "ratio")]


def test_frequencies_are_not_multiples() -> None:
    assert found("Managers meet twice a year and visit three times a week.") == []


def test_a_rate_per_10000_with_its_noun_is_one_metric() -> None:
    ms = extract("This is a rate of 62 children per 10,000, up from 58 per 10,000 to 60 "
                 "last year.")
    assert [(m.value_text, m.unit) for m in ms] == [
        ("62 children per 10,000", "rate_per_10000"), ("58 per 10,000", "rate_per_10000"),
        ("60", "rate_per_10000")]


def test_a_written_sign_is_kept() -> None:
    assert found("The rate of re-referrals changed by -5% over the year.") == [
        ("-5%", "-5", "percent")]
    # A dash between two figures is a range, not a sign.
    assert [v for _t, v, _u in found("Between 5 - 10% of plans were late.")] == ["5", "10"]


def test_durations_in_days_and_weeks() -> None:
    assert found("It is currently 672 days, above the national threshold of 608 days.") == [
        ("672", "672", "days"), ("608", "608", "days")]
    assert found("Proceedings fell from 30 weeks to 28 weeks, meeting the 26-week target.") == [
        ("30", "30", "weeks"), ("28", "28", "weeks"), ("26", "26", "weeks")]
    assert found("At 34 weeks, proceedings are in line with the England average (40 days).") \
        == [("34", "34", "weeks"), ("40", "40", "days")]
    assert found("On average it took three and a half years to find a family.") == [
        ("three and a half", "3.5", "years")]


def test_a_range_of_durations_has_the_unit_at_both_ends() -> None:
    assert found("Families wait between four and eight months for a home.") == [
        ("four", "4", "months"), ("eight", "8", "months")]


def test_counts_of_x_of_y_in_words() -> None:
    assert found("Only two of the ten children\u2019s centres are rated good.") == [
        ("two", "2", "count"), ("ten", "10", "count")]


# --- exclusions ---------------------------------------------------------------------------------


def test_the_inspection_team_is_not_a_metric() -> None:
    assert found("The inspection team consisted of nine of Her Majesty\u2019s Inspectors "
                 "(HMI) and two Ofsted inspectors.") == []


def test_thresholds_of_a_measure_are_not_metrics() -> None:
    assert found("Only 12% of pupils achieved five GCSEs at grades A* to C.") == [
        ("12%", "12", "percent")]
    assert found("Some 7% had more than three moves, and workers with 25 or more cases "
                 "were supported.") == [("7%", "7", "percent")]


def test_parts_of_a_period_are_not_metrics() -> None:
    assert found("In the first three quarters of 2015\u201316, 45 children were adopted.") == [
        ("45", "45", "count")]
    assert found("In the year 2014\u201315, 15 children were adopted, and in 2013\u20134 "
                 "attendance was 89%.") == [("15", "15", "count"), ("89%", "89", "percent")]
    assert found("In 2017\u221218 the board spent 40% of its budget on training.") == [
        ("40%", "40", "percent")]


def test_age_limits_are_not_metrics() -> None:
    assert found("Care leavers over 21 receive support, and children under five are seen "
                 "by the team.") == []
    assert found("The 0\u201325s disability service and the 0 to 25 service work well.") == []
    assert found("Of the children, 26% were under the age of 10 and 32% were older.") == [
        ("26%", "26", "percent"), ("32%", "32", "percent")]


def test_a_year_before_a_percentage_is_not_a_percentage() -> None:
    assert found("Visits rose from 45% in 2016 to 89% at the time of the inspection.") == [
        ("45%", "45", "percent"), ("89%", "89", "percent")]


def test_the_end_of_an_index_scale_is_not_a_metric() -> None:
    assert found("The deprivation rank for the area is 26 (152 being the least deprived).") \
        == [("26", "26", "count")]


def test_small_counts_of_an_organisation_s_parts_are_not_metrics() -> None:
    assert found("The board has two lay members and works across the three boroughs.") == []
    assert found("It is one of 10 local authorities in the pilot.") == []
    # ... while counts of what the service does are.
    assert found("The service has recruited 14 foster carers this year.") == [
        ("14", "14", "count")]


def test_adoption_timescales_reported_as_days_are_metrics() -> None:
    # The adoption scorecard's language: a figure of days after a change, a comparison, a
    # report, or a benchmark "of"; still not a threshold that defines a measure.
    assert found("A further fall to 412 days shows the trend is one of improvement.") == [
        ("412", "412", "days")]
    assert found("This compares to 583 days for England, and the scorecard reports "
                 "698 days for the area.") == [("583", "583", "days"), ("698", "698", "days")]
    assert found("It is in line with the figure achieved nationally of 618 days, and is "
                 "77 days away from the threshold.") == [("618", "618", "days"),
                                                         ("77", "77", "days")]
    assert found("Children in care for a period of 12 months had an assessment within "
                 "28 days.") == []


def test_a_place_in_a_ranking_is_a_metric() -> None:
    assert found("In 2019 the borough ranked as the 7th most deprived of 151 authorities.") == [
        ("7th", "7", "count")]
    assert found("The council is placed equal 14th of all authorities for adoptions.") == [
        ("14th", "14", "count")]
    assert found("The 3rd review was held on the 16th of May 2015.") == []


def test_denominators_footnote_marks_and_group_sizes_are_not_metrics() -> None:
    assert found("The service has 12 workers per 1,000 hours of care.") == [
        ("12", "12", "count")]
    assert found("Eleven children live in residential special schools[2] out of the area.") \
        == [("Eleven", "11", "count")]
    # the size of a group is not a metric; the number of groups is
    assert found("Nine children were placed, including a sibling group of three and two "
                 "brother and sister groups of two.") == [("Nine", "9", "count"),
                                                          ("two", "2", "count")]


def test_rates_per_1000_and_100000_are_given_per_10000() -> None:
    assert found("Custody rates fell from 1.42 per 1,000 to 0.61 per 1,000, and the rate "
                 "of 402 per 100,000 young people is lower.") == [
        ("1.42 per 1,000", "14.2", "rate_per_10000"), ("0.61 per 1,000", "6.1", "rate_per_10000"),
        ("402 per 100,000", "40.2", "rate_per_10000")]


def test_ages_of_transition_and_compound_stages_are_not_metrics() -> None:
    assert found("Care leavers may stay with their carers after they are 18, and young "
                 "adults at risk of exploitation at 18 are supported.") == []
    assert found("The two stage approval process is well established, and 14 adopters "
                 "were approved.") == [("14", "14", "count")]


def test_fractions_after_a_conjunction_or_before_their_verb() -> None:
    # "that" joins the clause; it does not point at a half or a third of something.
    assert found("It means that two-thirds of care leavers live out of the area.") == [
        ("two-thirds", "66.7", "percent")]
    assert found("Of the assessments started, two thirds take longer than 45 days.") == [
        ("two thirds", "66.7", "percent")]
    # a year naming a group ("the 2016 cohort") is not part of a period
    assert found("Nearly half of the 2016 cohort achieved a good pass.") == [
        ("half", "50", "percent")]
    # ... while part of a year still is
    assert found("During the first half of 2016 the panel met monthly.") == []


def test_fold_multiples_are_ratios() -> None:
    assert found("There has been a four-fold increase in the number of audits.") == [
        ("four-fold", "4", "ratio")]
    assert found("Referrals show a threefold rise since the hub opened.") == [
        ("threefold", "3", "ratio")]


def test_percentage_points_are_percentages() -> None:
    assert found("Attendance improved by 6 percentage points, to 94%.") == [
        ("6 percentage points", "6", "percent"), ("94%", "94", "percent")]
    assert found("It is two percentage points above the regional average.") == [
        ("two percentage points", "2", "percent")]


def test_a_bare_figure_goes_on_from_a_rate_over_a_date() -> None:
    assert found("Contacts rose from 402 per 10,000 in March 2016 to 447 in March 2017.") == [
        ("402 per 10,000", "402", "rate_per_10000"), ("447", "447", "rate_per_10000")]


def test_a_bare_reference_figure_takes_the_duration_of_its_sentence() -> None:
    assert found("Children waited 512 days on average, above the national threshold of "
                 "426.") == [("512", "512", "days"), ("426", "426", "days")]
    assert found("The average number of days between entering care and moving in with "
                 "a family is 471.") == [("471", "471", "days")]
    assert found("The England average is 520 days and similar areas stand at 498.") == [
        ("520", "520", "days"), ("498", "498", "days")]
    # no duration given in the sentence: a count stays a count
    assert found("The service set a target of 40 and recruited 35 carers.") == [
        ("40", "40", "count"), ("35", "35", "count")]


def test_names_board_seats_survey_replies_and_audit_samples_are_not_metrics() -> None:
    assert found("Young people use the 24 Project and the 111 telephone number.") == []
    assert found("Three young people sit on the corporate parenting panel.") == []
    assert found("Although 45 replies were received, they have not been analysed.") == []
    assert found("A recent audit of nine strategy discussions found them thorough.") == []
    assert found("The board agreed four new safeguarding partnership priorities.") == []
    # ... while what the service does or finds still counts
    assert found("The audit found that 9 of 20 plans were out of date.") == [
        ("9", "9", "count"), ("20", "20", "count")]


def test_school_years_listed_with_an_ampersand_are_not_counts() -> None:
    assert found("A summer school helps pupils in years 5 & 6 to move on.") == []


def test_a_list_of_levels_in_words_is_not_counts() -> None:
    assert found("Courses are run at levels three, seven and eight.") == []


def test_a_time_before_now_and_how_often_a_practice_is_done_are_not_metrics() -> None:
    assert found("Families are better supported than they were four years ago.") == []
    assert found("Twelve case file audits should be completed each month.") == []
    assert found("Two such reviews are carried out every year.") == []
    assert found("The data was inaccurate in two key areas.") == []


def test_a_lone_one_with_a_described_count_noun() -> None:
    # a lone "one" counts with a cue of a statistic and a counted noun, adjectives between
    assert found("Only one adoptive family withdrew during 2015.") == [("one", "1", "count")]
    assert found("There has been one decision to change a plan this year.") == [
        ("one", "1", "count")]
    # ... not as a pronoun or a place in a sequence
    assert found("Children moved from one placement to another too often.") == []


def test_a_single_lay_member_is_the_board_s_make_up() -> None:
    assert found("The board has only one lay member and is recruiting.") == []


def test_how_a_service_is_organised_is_not_a_metric() -> None:
    # the units a service is organised into or delivered from are its set-up (GUIDELINES 10)
    assert found("Early help is delivered from four neighbourhood hubs and three area teams.") == []
    assert found("Seven children's centres and two family centres serve the northern towns.") == []
    assert found("The county runs two multi-agency safeguarding hubs.") == []
    assert found("There are three panels, each chaired by a senior manager.") == []
    assert found("Since then, two new specialist teams have been created.") == []
    # ... while its staff, what the units do and a result about them are metrics
    assert found("A new team of four practitioners works with adolescents.") == [
        ("four", "4", "count")]
    assert found("The service has created six team manager posts this year.") == [
        ("six", "6", "count")]
    assert found("Eight forum meetings were held last year.") == [("Eight", "8", "count")]
    assert found("Only three of the nine family centres visited were judged good.") == [
        ("three", "3", "count"), ("nine", "9", "count")]
    # the units as the subject of what they do or how they are judged (second reading)
    assert found("Eighteen children's centres are judged good or outstanding.") == [
        ("Eighteen", "18", "count")]
    assert found("Eight forums were held for care leavers during the year.") == [
        ("Eight", "8", "count")]
    assert found("Three teams are fully staffed; 4 teams rely on agency workers.") == [
        ("Three", "3", "count"), ("4", "4", "count")]
    assert found("Twenty-two social work teams now have a permanent manager.") == [
        ("Twenty-two", "22", "count")]
    assert [f[0] for f in found("Five teams have average caseloads above 25 children.")][:1] == [
        "Five"]
    # ... but where they are placed or how they came to be is still set-up
    assert found("Three locality teams are based in the north of the county.") == []
    assert found("Two hubs have been set up since the last inspection.") == []


def test_areas_for_development_are_counted() -> None:
    # a count of what an inspection asked to improve is a finding, not the service's make-up
    assert found("The three areas for development identified at the previous inspection "
                 "have been addressed.") == [("three", "3", "count")]


def test_people_spoken_to_attendance_bands_and_duration_bands_are_not_metrics() -> None:
    assert found("Four foster carers spoken to were positive about the training.") == []
    assert found("Staff support pupils who have attendance below 85% and reward those "
                 "where attendance is above 97%.") == []
    assert found("Most arrangements are over three months\u2019 duration and a further 12 "
                 "are recorded.") == [("12", "12", "count")]
    # ... while a measured attendance or length still is one
    assert found("Attendance is 94% and proceedings took an average of 30 weeks.") == [
        ("94%", "94", "percent"), ("30", "30", "weeks")]


def test_members_of_staff_elected_members_and_occasions_are_counted() -> None:
    # people counted by what they did, not the seats of a board
    assert found("Twenty-two elected members have completed the training.") == [
        ("Twenty-two", "22", "count")]
    assert found("The service lost only four members of staff last year.") == [
        ("four", "4", "count")]
    assert found("Children went missing on nine occasions during the summer.") == [
        ("nine", "9", "count")]
    # ... while the make-up of a board still is not a metric
    assert found("The panel has six members and an independent chair.") == []


def test_people_spoken_to_by_inspectors_after_a_longer_phrase() -> None:
    assert found("Three carers in the new scheme, spoken to by inspectors, were positive.") == []
    assert found("Members of two youth forums met by inspectors spoke warmly of staff.") == []
    # ... while a result about what inspectors looked at still counts
    assert found("Five out of the 12 plans tracked by inspectors were out of date.") == [
        ("Five", "5", "count"), ("12", "12", "count")]


def test_a_duration_set_as_a_requirement_is_measured() -> None:
    assert found("Proceedings take longer than the statutory requirement of 26 weeks.") == [
        ("26", "26", "weeks")]


def test_a_lone_one_as_the_size_of_a_change_or_the_rest_of_a_whole() -> None:
    assert found("Nine carers were approved, a reduction of one since last April.") == [
        ("Nine", "9", "count"), ("one", "1", "count")]
    assert found("In 2016, eleven children were adopted, one more than in 2015.") == [
        ("eleven", "11", "count"), ("one", "1", "count")]
    assert found("All 30 schools were asked and all but one replied.") == [
        ("30", "30", "count"), ("one", "1", "count")]
    # ... while "one" as a pronoun still is not a figure
    assert found("The plan was more than one might expect.") == []


def test_times_as_a_count_of_missing_episodes() -> None:
    assert found("Nine children went missing a total of 41 times in the summer.") == [
        ("Nine", "9", "count"), ("41", "41", "count")]
    assert found("This year, two children have been missing from care five times.") == [
        ("two", "2", "count"), ("five", "5", "count")]
    # ... while a frequency still is not a count
    assert found("Carers are visited three times a year by their supervising worker.") == []


def test_a_footnote_mark_on_a_line_of_its_own_is_not_a_count() -> None:
    text = ("- eight live in residential special schools,\n"
            "3 all of whom live out of the authority area\n"
            "- 128 live with foster families\n"
            "3 These are residential special schools that look after children.")
    assert [f[0] for f in found(text)] == ["eight", "128"]
    # ... while a count that opens a line is still one: no comma before, or no footnote text
    assert [f[0] for f in found("At 31 March, 40 children were placed.\n"
                                "3 of them live out of the area.\n"
                                "3 These are homes.")] == ["40", "3"]
    assert [f[0] for f in found("- eight live in residential special schools,\n"
                                "3 of whom live out of the authority area")] == ["eight", "3"]


def test_people_who_told_inspectors_or_answered_their_survey_are_not_counted() -> None:
    assert found("Only one of the six carers who met with inspectors said that they had an "
                 "agreement.") == []
    assert found("Of the thirteen young people who responded to the inspection survey, most "
                 "were positive.") == []
    assert found("Out of 12 young people responding to the inspection survey question, most "
                 "agreed.") == []
    # ... while a finding about them is still one (X of Y, both)
    assert found("Seven of the eight young people who met with inspectors are not in "
                 "education, employment or training.") == [
        ("Seven", "7", "count"), ("eight", "8", "count")]


def test_units_after_of_the_without_a_part_are_set_up() -> None:
    assert found("It is too soon to judge the impact of the three new exploitation teams.") == []
    assert found("The review led to the creation of two sub teams.") == []
    # ... while the whole of an X of Y is still counted
    assert found("Only two of the nine family centres visited were judged good.") == [
        ("two", "2", "count"), ("nine", "9", "count")]
    assert found("In 2016, 40% of the 12 children\u2019s centres in the county were good.") == [
        ("40%", "40", "percent"), ("12", "12", "count")]


def test_a_fraction_restating_a_percentage_beside_it_is_not_a_second_figure() -> None:
    assert found("In 2012, almost half of all pupils in primary schools were BME (49%).") == [
        ("49%", "49", "percent")]
    assert found("Just over a quarter of children, 26.1%, were re-referred.") == [
        ("26.1%", "26.1", "percent")]
    assert [f[0] for f in found("Of 20 children adopted, over four fifths (84%) were placed "
                                "quickly.")] == ["20", "84%"]
    assert found("The rate was 22%, which equates to more than one in five children.") == [
        ("22%", "22", "percent")]
    # ... while a fraction with a percentage of another measure is still one
    assert [f[0] for f in found("About a third of referrals, 20% of assessments and one in "
                                "four plans were late.")] == ["a third", "20%", "one in four"]
    assert [f[0] for f in found("Half of the children are in care and a small number (20%) "
                                "live at home.")] == ["Half", "20%"]


def test_the_inspections_own_judgements_are_not_counted() -> None:
    assert found("Practice has improved following two inadequate inspection judgements.") == []
    # ... while judgements of cases in an audit are still a finding
    assert found("Audits found 12 cases judged inadequate this year.") == [("12", "12", "count")]


def test_units_with_four_describing_words_are_set_up() -> None:
    assert found("The board has led improvements to three multi-agency child sexual "
                 "exploitation panels.") == []
    # ... while the people counted are still a metric
    assert found("Three multi-agency child sexual exploitation workers were appointed.") == [
        ("Three", "3", "count")]


def test_a_pair_of_gcse_thresholds_is_a_definition() -> None:
    # Both ends of a GCSE threshold, and the word misspelt, are the measure's definition ...
    assert found("Thirteen young people achieved between six and 15 GCSE grades A*-C.") == [
        ("Thirteen", "13", "count")]
    assert found("Only 16% achieved five good GSCEs including English.") == [
        ("16%", "16", "percent")]
    # ... while the pupils counted before them stay.
    assert found("In 2015, 35 pupils and 40 students achieved five GCSEs.") == [
        ("35", "35", "count"), ("40", "40", "count")]


def test_units_after_a_preposition_are_set_up() -> None:
    # A count of units after a preposition is where a service is delivered from, whatever
    # verb follows and with any describing words ...
    assert found("Most referrals are dealt with by the three locality referral and "
                 "assessment teams.") == []
    assert found("Support provided in four early help locality teams is mostly school "
                 "based.") == []
    assert found("The council is complemented by four geographically based young "
                 "people\u2019s forums.") == []
    # ... while an X of Y, the units' staff and people counted before them stay.
    assert found("Caseloads were high in two of the six teams.") == [("two", "2", "count")]
    assert found("Help is given by 12 social workers in the teams.") == [
        ("12", "12", "count")]
    assert found("Support is given by the four team managers.") == [("four", "4", "count")]
    # The organisations, providers and documents a service works through or with, too ...
    assert found("Health services for care leavers are provided by three principal "
                 "organisations.") == []
    assert found("The council entered a strategic partnership with two private providers.") == []
    assert found("The assessment focuses on needs within three \u2018locality profile\u2019 "
                 "documents.") == []
    assert found("Children receive a response from the three integrated Children\u2019s Health "
                 "and Disability (CHAD) specialist teams.") == []
    # ... not the children a provider serves.
    assert found("The council works with 40 children placed by private providers.") == [
        ("40", "40", "count")]


def test_an_age_band_after_a_group_and_the_ages_a_group_spans_are_not_counts() -> None:
    # Both ends of an age band after a group, and of the ages a group spans, are ages ...
    assert found("Services for young people between 16 and 18 years need to improve.") == []
    assert found("The age of children placed for adoption ranged from eight months to seven "
                 "years.") == []
    # ... while a count of the group and a spread of a measured wait stay.
    assert found("There were 190 care leavers aged between 18 and 25 years.") == [
        ("190", "190", "count")]
    assert found("Waits for assessment ranged from eight to 12 weeks.") == [
        ("eight", "8", "weeks"), ("12", "12", "weeks")]


def test_a_list_of_rank_bands_is_read_whole() -> None:
    # Every band of a list of bands is no metric ...
    assert found("The area has more wards in the lowest 3, 10 and 20% most deprived areas.") == []
    assert found("It is among the top 5 or 10 per cent most improved councils.") == []
    # ... while figures listed without a band stay.
    assert found("Rates were 5%, 10% and 20% in the three years.") == [
        ("5%", "5", "percent"), ("10%", "10", "percent"), ("20%", "20", "percent")]


def test_one_to_one_support_is_no_count() -> None:
    # "one to one" names a kind of support ...
    assert found("Additional support, including one to one support, is provided to help "
                 "pupils catch up.") == []
    # ... while "one" at the end of a change stays a count.
    assert found("Caseloads fell from eight to one in 2015.") == [("one", "1", "count")]


def test_a_count_of_units_in_brackets_is_set_up() -> None:
    # A count in brackets after the units a service is organised into is set-up ...
    assert found("Services are aligned with early help \u2018clusters\u2019 (25) and "
                 "children\u2019s centres (56).") == []
    # ... while the children or cases counted in brackets stay.
    assert found("Children on plans (56) were seen by the teams.") == [("56", "56", "count")]


def test_groups_and_models_a_service_works_through_are_set_up() -> None:
    # Groups and models a service is organised into say how it is set up (GUIDELINES 10) ...
    assert found("There are three adoption support groups to support adopters.") == []
    assert found("Two strategic groups, sub-groups of the board, oversee the work.") == []
    assert found("The council\u2019s three hub-based models of support are a strength.") == []
    # ... while groups of children, and what groups do, stay metrics.
    assert found("Matches included three sibling groups, made up of eight children.") == [
        ("three", "3", "count"), ("eight", "8", "count")]
    assert found("Twenty children were adopted, including three groups of brothers and "
                 "sisters.") == [("Twenty", "20", "count"), ("three", "3", "count")]
    assert found("Three parenting groups were held last term, attended by 40 parents.") == [
        ("Three", "3", "count"), ("40", "40", "count")]


def test_one_unit_a_service_works_through_is_set_up() -> None:
    # The singular unit counts one of them: set-up, as the plural (GUIDELINES 10) ...
    assert found("Children went missing less often in one locality.") == []
    assert found("Services include three fostering teams and one adoption team.") == []
    assert found("A delay in one team and vacancies in another raised caseloads.") == []
    # ... while its staff and what it does stay.
    assert found("Agency staff fell to one team manager and seven social workers.") == [
        ("one", "1", "count"), ("seven", "7", "count")]
    assert found("Only one team has caseloads above 25.") == [
        ("one", "1", "count"), ("25", "25", "count")]


def test_the_size_of_a_sibling_group_defines_the_groups() -> None:
    # The size of a group of brothers and sisters defines it (GUIDELINES 3) ...
    assert found("Sisters and brothers (groups of between two and four children) were placed "
                 "together.") == []
    assert found("Seven children are placed, including a sibling group of three children and "
                 "two sibling groups of two children.") == [
        ("Seven", "7", "count"), ("two", "2", "count")]
    # ... while a group of children counted stays a count.
    assert found("For this group of 48 children, the plan closed too soon.") == [
        ("48", "48", "count")]


def test_a_part_of_a_whole_of_two_or_more_digits_is_a_count() -> None:
    # "two of the 14 children": the part counts, whatever the whole's digits ...
    assert found("Only two of the 14 children placed at distance were visited.") == [
        ("two", "2", "count"), ("14", "14", "count")]
    assert found("Three of the 140 children were adopted.") == [
        ("Three", "3", "count"), ("140", "140", "count")]
    # ... while a word number of a group with no figure stays out.
    assert found("Most of the children were adopted, and two of the boys.") == []


def test_people_involved_in_or_represented_on_a_board_are_its_make_up() -> None:
    # People involved in or represented on a board and its groups: its make-up ...
    assert found("Awareness is improving, with 12 elected members involved in the board.") == []
    assert found("There is commitment, with over 90 partners represented across the "
                 "sub-groups.") == []
    # ... not children involved in a piece of work.
    assert found("In 2015, 40 children were involved in the review of the service.") == [
        ("40", "40", "count")]


def test_people_seen_by_inspectors_are_how_the_evidence_was_gathered() -> None:
    # The people inspectors saw, as those they spoke to ...
    assert found("Two children placed out of area were seen by inspectors and both spoke "
                 "positively about their homes.") == []
    # ... not the cases seen with a finding, nor children seen by their workers in time.
    assert found("Of the 12 cases seen by inspectors, five were inadequate.") == [
        ("12", "12", "count"), ("five", "5", "count")]
    assert found("Only 20 children were seen within the timescale.") == [("20", "20", "count")]


def test_rf19_people_involved_in_what_a_board_runs_are_counted() -> None:
    # rf19: people involved in the board's or partnership's work (a possessive, or the
    # board's programme or consultation) are counted; the board's make-up stays out.
    assert found("Forty children were involved in the board's consultation on its "
                 "priorities.") == [("Forty", "40", "count")]
    assert found("Last year, 40 families were involved in the Family Partnership "
                 "programme.") == [("40", "40", "count")]
    assert found("Awareness is improving, with 12 elected members involved in the board.") == []
    assert found("There is commitment, with over 90 partners represented across the "
                 "sub-groups.") == []


def test_metrics20_how_often_meetings_are_held_is_a_frequency() -> None:
    # metrics20: the meetings, panels or sessions held each week, month or year say how
    # often a practice is held (GUIDELINES 3: frequencies), not what it does ...
    assert found("Senior managers attend two performance meetings each month.") == []
    assert found("Adopters are well informed through information sessions, which have "
                 "been increased to two per month.") == []
    # ... not a volume of work each month, nor sessions a service runs for families.
    assert found("The MASH receives around 1,200 contacts each month.") == [
        ("1,200", "1200", "count")]
    assert found("The service ran 14 parenting sessions a week for 120 parents.") == [
        ("14", "14", "count"), ("120", "120", "count")]
    assert found("Eight forums were held in the year.") == [("Eight", "8", "count")]


def test_metrics20_a_bound_after_an_age_already_given_is_an_age() -> None:
    # metrics20: a bound after an age the sentence has given is an age too (GUIDELINES 3),
    # after a verb, "in some cases" or "instead of" ...
    assert found("Of the 167 children looked after, 26% were under the age of 10 and 32% "
                 "were over 16.") == [("167", "167", "count"), ("26%", "26", "percent"),
                                      ("32%", "32", "percent")]
    assert found("This includes those care leavers who are over 21 and, in some cases, "
                 "over 25.") == []
    assert found("A more focused service needs to be offered from age 16, instead of "
                 "18.") == []
    assert found("Many children entered care at a young age (68% were under three "
                 "months).") == [("68%", "68", "percent")]
    # ... not a count after a group named by its ages, nor a bound with no age before it.
    assert found("Of the young people aged 16 and 17, over 20 are in custody.") == [
        ("20", "20", "count")]
    assert found("Caseloads are over 20 in the assessment teams.") == [("20", "20", "count")]


def test_metrics20_cases_the_inspection_tracked_or_sampled_are_the_inspection() -> None:
    # metrics20: cases the inspectors or the inspection team tracked or sampled say how
    # the evidence was gathered (GUIDELINES 3: the inspection itself) ...
    assert found("Inspectors tracked 30 children's cases and sampled a further 89.") == []
    assert found("The inspection team looked at 105 case files and spoke to 22 young "
                 "people.") == []
    # ... not when a part of them follows, nor files reviewed, nor a whole with its finding.
    assert found("Inspectors sampled 20 cases, and in 12 of them plans had drifted.") == [
        ("20", "20", "count"), ("12", "12", "count")]
    assert found("Inspectors reviewed 30 personal supervision files for social "
                 "workers.") == [("30", "30", "count")]
    assert found("Of the 30 cases tracked by inspectors, 12 were inadequate.") == [
        ("30", "30", "count"), ("12", "12", "count")]


def test_metrics20_money_ends_at_its_last_digit() -> None:
    # metrics20: a comma after a sum closes the clause; it is no part of the figure.
    assert extract("The authority pays a setting-up home allowance of £2,000, in line with "
                   "national guidance.")[0].value_text == "£2,000"
    assert found("The budget is £1,234,567.89, with £1.2 million for fostering.") == [
        ("£1,234,567.89", "1234567.89", "gbp"), ("£1.2 million", "1200000", "gbp")]


def test_metrics20_the_children_a_carer_is_approved_for_are_the_approval() -> None:
    # metrics20: how many children a carer is approved for is the terms of the approval ...
    assert found("There are 48 foster carers who are approved to care for up to three "
                 "children.") == [("48", "48", "count")]
    assert found("A high proportion of carers are now approved for three placements.") == []
    # ... the carers' total approvals stay counts.
    assert found("There are currently 160 foster carers approved for 258 children and young "
                 "people.") == [("160", "160", "count"), ("258", "258", "count")]


def test_metrics20_a_caseload_bound_picking_out_the_workers_counted_defines_them() -> None:
    # metrics20: the caseload bound of the workers counted defines them (GUIDELINES 3) ...
    assert found("Over the last 18 months, the number of social workers with caseloads above "
                 "25 has fallen from 31 to 9.") == [("31", "31", "count"), ("9", "9", "count")]
    assert found("Workers whose caseloads are over 30 are supported by managers.") == []
    # ... caseloads told as the figure stay.
    assert found("Caseloads are over 20 in the assessment teams.") == [("20", "20", "count")]


def test_metrics20_sites_and_bases_a_service_works_from_are_set_up() -> None:
    # metrics20: the sites, bases and offices a service is delivered from are set-up ...
    assert found("The early help offer is provided through six family hubs and 12 outreach "
                 "sites.") == []
    assert found("The service operates from three bases across the county.") == []
    # ... not what they do or how they are judged, nor the people served there.
    assert found("Twelve sites were inspected and judged good.") == [("Twelve", "12", "count")]
    assert found("The service supported 40 families at its two sites.") == [
        ("40", "40", "count")]


def test_rf20_the_number_of_meetings_a_week_is_a_volume() -> None:
    # rf20: the number of meetings held a week is a volume of work, not a frequency ...
    assert found("The number of strategy meetings has risen to 25 a week.") == [
        ("25", "25", "count")]
    assert found("The volume of strategy meetings remains high, at 20 a week.") == [
        ("20", "20", "count")]
    # ... how often meetings are held stays out.
    assert found("Adopters are well informed through information sessions, which have "
                 "been increased to two per month.") == []


def test_age_again_instead_of_only_right_after_an_age() -> None:
    # 'instead of' / 'rather than' makes a bound an age only right after an age ...
    assert found("A more focused service needs to be offered from age 16, instead of 18.") == []
    # ... not where another figure stands between the age and it.
    assert ("22", "22", "count") in found(
        "Social workers for children aged under five now hold 16 cases each, rather than 22 "
        "last year.")


def test_an_inspection_number_is_a_reference() -> None:
    assert found("URN 80512 Inspection number 10023456") == []
    assert found("Inspection no. 10023456; 41 children were seen.") == [("41", "41", "count")]
    # "the inspection" with a count after it is no reference.
    assert found("At the inspection 212 children were looked after.") == [
        ("212", "212", "count")]


def test_the_people_inspectors_met_are_the_inspection_through_the_list() -> None:
    assert found("Inspectors met 23 young people, 14 foster carers and 8 adopters during the "
                 "inspection.") == []
    assert found("Leaders met 14 foster carers and recruited 8 adopters.") == [
        ("14", "14", "count"), ("8", "8", "count")]


def test_an_age_then_a_comma_ends_the_age() -> None:
    assert found("Personal advisers work with care leavers up to the age of 25, and 96 care "
                 "leavers aged 21 to 25 receive this support.") == [("96", "96", "count")]
    # An age joined to the next without a comma stays an age.
    assert found("Young people aged 16 and 17 are offered a personal adviser.") == []


def test_a_reference_group_naming_its_own_figure_is_no_name() -> None:
    assert found("The rate is 372 per 10,000 (statistical neighbours 341, England 337).") == [
        ("372 per 10,000", "372", "rate_per_10000"), ("341", "341", "count"),
        ("337", "337", "count")]
    # A name with a figure in it stays a name.
    assert found("Children are placed through Adoption 22, a consortium.") == []


def test_a_duration_after_which_a_practice_is_due_is_when_it_is_done() -> None:
    assert found("Workers are asked to complete an evaluation form between five and 30 days "
                 "after attending training.") == []
    assert found("The child's plan was reviewed at 6 weeks, 3 months and 6 months after "
                 "placement.") == []
    # A delay or a measured time after an event stays.
    assert found("In a few cases, records show delays of up to four weeks following "
                 "concerns.") == [("four", "4", "weeks")]
    assert found("Reviews were held on average 25 days after placement.") == [
        ("25", "25", "days")]


def test_the_threshold_the_children_counted_meet_defines_them() -> None:
    assert found("Children who meet the threshold of two missing episodes in a 90-day period "
                 "are referred.") == []
    # A target met or missed stays.
    assert found("This did not meet the national threshold of 547 days.") == [
        ("547", "547", "days")]


def test_a_sentence_opening_with_the_people_inspectors_met_is_their_sample() -> None:
    assert found("Inspectors met with 10 foster carers, who ranged in experience from six "
                 "months to 21 years.") == []
    assert found("Managers met 10 foster carers, and 21 carers were approved.") == [
        ("10", "10", "count"), ("21", "21", "count")]


def test_set_up_units_are_no_metric_also_when_their_number_changes() -> None:
    assert found("Leaders reduced the number of locality teams across the county from 12 to "
                 "just four in the last year.") == []
    assert found("Several family centres and three \u2018family centres plus\u2019 offer "
                 "programmes.") == []
    # Not the children counted, nor units picked out by what they hold.
    assert found("The number of children in care fell from 34 to 29.") == [
        ("34", "34", "count"), ("29", "29", "count")]
    assert found("The number of teams with vacancies fell from 12 to 4.") == [
        ("12", "12", "count"), ("4", "4", "count")]


def test_mprec22_a_count_of_local_authorities_is_the_reference_group() -> None:
    assert found("Of the 152 local authorities in England, Rivershire is ranked 45th for the "
                 "rate of adoptions.") == [("45th", "45", "count")]
    assert found("A memorandum of understanding for 31 London boroughs caps agency rates.") == []
    assert found("The council is one of 37 English local authorities in the pilot.") == []
    # The authority's own figures beside them stay, and so do authorities named by what
    # they do with its children, and percentages about other authorities.
    assert found("Of the 152 local authorities, 40 have a lower rate than the 62 per 10,000 "
                 "children here.") == [("40", "40", "count"),
                                       ("62 per 10,000", "62", "rate_per_10000")]
    assert found("The officer liaises with the 106 placing authorities.") == [
        ("106", "106", "count")]
    assert found("Re-referrals were 18%, compared with 11% in similar authorities.") == [
        ("18%", "18", "percent"), ("11%", "11", "percent")]


def test_mprec22_an_index_scale_end_told_with_a_comma_is_no_metric() -> None:
    assert found("The index ranges from 1, the most deprived, to 152, the least "
                 "deprived.") == []
    assert found("The authority ranks 26 (152 being the least deprived).") == [
        ("26", "26", "count")]


def test_mprec22_contents_entries_run_into_one_line_are_page_numbers() -> None:
    contents = ("Contents\nExecutive summary 1\nThe local authority 5\n"
                "Recommendations 8 Summary for children and young people 9 The experiences "
                "and progress of children who need help and protection 10\n"
                "Information about this inspection 28\n")
    assert found(contents) == []
    # A line of a sentence beside the contents keeps its figures.
    assert found("Information about this inspection 28\nOf 412 Children seen, 30 were "
                 "adopted.\n") == [("412", "412", "count"), ("30", "30", "count")]


def test_mprec22_a_ranking_scale_end_after_a_longer_name_or_a_plain_rank() -> None:
    assert found("Rivershire is the 12th most deprived local authority of 152 in "
                 "England.") == [("12th", "12", "count")]
    assert found("It ranks 45th nationally, of 152.") == [("45th", "45", "count")]
    assert found("The area ranks 26 out of 152 on the index.") == [("26", "26", "count")]
    # A part of a whole stays two figures where no ranking is told.
    assert found("Of the children seen, 16 out of 20 were placed locally.") == [
        ("16", "16", "count"), ("20", "20", "count")]


def test_mprec22_a_boards_make_up_is_no_metric_also_when_it_changes() -> None:
    assert found("The board has recently reduced its priorities from six to three.") == []
    assert found("The LSCB reduced the number of its sub-groups from nine to five.") == []
    assert found("The number of teams fell from six to three.") == []
    # What the board or the service does, and the children counted, stay.
    assert found("The board reduced its priorities from six to three, and 240 "
                 "professionals were trained.") == [("240", "240", "count")]
    assert found("The service has reduced the number of children on plans from 400 to "
                 "320.") == [("400", "400", "count"), ("320", "320", "count")]


def test_mprec22_the_second_age_a_young_person_reaches_is_an_age() -> None:
    assert found("Support continues until they are 21, or 25 if in education.") == []
    # A comma after 'who are 16' ends that age: the 17 young people are counted.
    assert found("This includes five young people who are 16, and 17 young people who "
                 "are 17 years old.") == [("five", "5", "count"), ("17", "17", "count")]


def test_mprec22_a_reference_number_told_in_a_sentence_is_a_reference() -> None:
    assert found("Its reference number is 080004, and 12 children were seen.") == [
        ("12", "12", "count")]


def test_mprec22_projects_and_products_a_service_runs_are_how_it_works() -> None:
    assert found("The trust attracted funding for four key innovative projects: Growing "
                 "Futures and Pause.") == []
    assert found("It has also produced two DVDs to help explain the challenges.") == []
    assert found("Partners continue to use two older referral forms.") == []
    # The people they reach stay, and so do audits, whose nouns go on past the unit.
    assert found("The service ran three parenting programmes, attended by 45 "
                 "parents.") == [("45", "45", "count")]
    assert found("The early help service has undertaken three common assessment framework "
                 "(CAF) quality audits.") == [("three", "3", "count")]
    assert found("Four children were on the project.") == [("Four", "4", "count")]


def test_mprec22_the_second_age_after_reaching_is_an_age() -> None:
    assert found("Care leavers are supported until reaching 21 or 25 if in education.") == []


def test_mprec22_checkpoints_at_a_duration_are_when_the_check_is_done() -> None:
    assert found("Support is good, with progress checkpoints at three and six months being "
                 "considered by a panel.") == []
    # A figure told beside a review stays, and so does a measured wait.
    assert found("At the review at six months, 85% of children had a plan.") == [
        ("85%", "85", "percent")]
    assert found("The average wait was 18 months, with reviews at 3 months.") == [
        ("18", "18", "months")]


def test_mprec22_a_range_of_hours_is_no_metric_at_either_end() -> None:
    assert found("Pupils are tutored for six to eight hours a week.") == []


def test_mprec22_a_count_before_a_singular_borough_names_a_joint_body() -> None:
    assert found("Senior leaders such as the three borough chief executives meet.") == []
    assert found("The 2014-15 four London borough peer review found strengths.") == []
    # One borough's team, and the children a partnership places, stay.
    assert found("One borough team has 12 social workers.") == [
        ("One", "1", "count"), ("12", "12", "count")]
    assert found("The agency covers three boroughs and 40 children were placed.") == [
        ("40", "40", "count")]


def test_mprec22_a_bound_below_on_the_time_some_take_names_them() -> None:
    assert found("There is a backlog of assessments, with some taking more than six or even "
                 "nine months to complete.") == []
    assert found("Some children wait for more than 12 or 18 months.") == []
    # A measured average and the figures beside such a bound stay.
    assert found("Care proceedings are taking more than 40 weeks on average.") == [
        ("40", "40", "weeks")]
    assert found("Some took more than 20 days, and 64% were completed within 45 days.") == [
        ("64%", "64", "percent")]


def test_mprec22_other_boards_a_chair_spans_are_make_up() -> None:
    assert found("The independent chair has been in post since 2014 and also chairs two "
                 "other LSCBs.") == []
    assert found("The LSCB delivered 84 training courses to 1,650 practitioners.") == [
        ("84", "84", "count"), ("1,650", "1650", "count")]


def test_mprec22_a_unit_after_a_second_number_is_that_numbers() -> None:
    # The set-up unit belongs to the number right before it, not to one further back.
    assert found("Of 15 pupils, 12 made two levels of progress.") == [
        ("15", "15", "count"), ("12", "12", "count"), ("two", "2", "count")]
    assert found("Last year, 12 attended two events and 14 joined three sub-groups.") == [
        ("12", "12", "count"), ("14", "14", "count")]
    assert found("The county has three locality teams and two lay members.") == []


def test_mprec22_meetings_and_responses_the_inspectors_held_or_received_are_the_inspection() \
        -> None:
    assert found("Inspectors also held 32 focus groups with staff and partners.") == []
    assert found("The inspection team looked at 80 children's records and observed 12 "
                 "meetings.") == []
    assert found("Inspectors received 61 responses to the online questionnaire.") == []
    assert found("In total, 145 case files were considered by inspectors.") == []
    # Results about the cases they saw, and files labelled as counts, stay.
    assert found("Seven out of the 14 cases tracked by inspectors were inadequate.") == [
        ("Seven", "7", "count"), ("14", "14", "count")]
    assert found("Twelve cases were audited by inspectors, and nine of them were good.") == [
        ("Twelve", "12", "count"), ("nine", "9", "count")]
    assert found("Inspectors reviewed 30 personal supervision files.") == [
        ("30", "30", "count")]


# --- round mprec24: forms of invented Ofsted-style text --------------------------------------


def test_mprec24_one_persons_story_is_no_count_of_the_service() -> None:
    # A sentence that opens with one person and what happened to them tells a case.
    assert found("A child had waited 18 months for a speech and language assessment.") == []
    assert found("A 15-year-old girl had been missing on four occasions before a return "
                 "interview.") == []
    assert found("A young person had been arrested twice and missing on six occasions "
                 "before the strategy meeting.") == []
    assert found("Joe, aged 14, had been excluded from school on three occasions in a "
                 "single term.") == []
    # Counts that open with 'A further', 'A total', 'One child' and a plan stay.
    assert found("A further 12 children were placed for adoption in the year.") == [
        ("12", "12", "count")]
    assert found("A total of 45 children were adopted in 2018-19.") == [("45", "45", "count")]
    assert found("A child protection plan was in place for 412 children at the end of "
                 "March.") == [("412", "412", "count")]
    assert found("One child had a parallel plan for reunification and two were placed with "
                 "family members.") == [("One", "1", "count"), ("two", "2", "count")]
    assert found("A young carers' project has supported 130 children this year.") == [
        ("130", "130", "count")]


def test_mprec24_a_procedure_is_no_metric() -> None:
    # What must be done before a step, who an assessment is done by, a panel's size.
    assert found("Schools are expected to complete two cycles of assess, plan, do, review "
                 "before requesting an assessment.") == []
    assert found("Some parents reported that the partnership requires them to provide two "
                 "cycles of ‘assess, plan, do, review’ before a request can be made.") == []
    assert found("Children and young people are assessed at home and in school by two "
                 "independent practitioners.") == []
    assert found("Children are seen by two practitioners at their initial assessment.") == []
    assert found("Each request is considered by a panel of three officers.") == []
    # Targets for the figure, staff supporting a post and what a panel does stay.
    assert found("The council is expected to recruit 30 new foster carers this year.") == [
        ("30", "30", "count")]
    assert found("The service is supported by four heads of service and 12 team "
                 "managers.") == [("four", "4", "count"), ("12", "12", "count")]
    assert found("A panel of independent members reviewed 60 cases last year.") == [
        ("60", "60", "count")]
    assert found("Care leavers had been seen by 14 different personal advisers in two "
                 "years.") == [("14", "14", "count")]


def test_mprec24_occasions_the_inspectors_raised_something_on_are_the_inspection() -> None:
    assert found("Inspectors raised the number of repeat referrals on two separate occasions "
                 "during monitoring visits with senior managers.") == []
    assert found("Inspectors raised the delay in repeat referrals with senior managers on two "
                 "separate occasions.") == []
    assert found("Inspectors had to escalate concerns on three occasions during the visit.") \
        == []
    # The occasions of the service's own work, and what inspectors found, stay.
    assert found("On four occasions in the last 12 months, training was cancelled at the "
                 "last minute.") == [("four", "4", "count")]
    assert found("Eight children went missing from care on a total of 23 occasions.") == [
        ("Eight", "8", "count"), ("23", "23", "count")]
    assert found("Inspectors found that on three occasions, strategy meetings had not been "
                 "held.") == [("three", "3", "count")]


def test_mprec24_what_defines_a_measure_or_a_services_age_is_no_metric() -> None:
    # Cases left out of an average, the misses that bring a step, a pilot's cases.
    assert found("The average duration of care proceedings, excluding two complex cases, "
                 "is 35 weeks.") == [("35", "35", "weeks")]
    assert found("Excluding three legacy cases, the average is 29 weeks.") == [
        ("29", "29", "weeks")]
    assert found("Families who fail to attend two appointments are referred to the health "
                 "visitor.") == []
    assert found("Children are referred to the panel if they miss three sessions in a "
                 "term.") == []
    assert [v for v, _, _ in found("Pupils who miss 10% or more of sessions are "
                                   "persistently absent; 14% of children in care were "
                                   "persistently absent.")] == ["14%"]
    assert found("The model has been piloted on five cases.") == []
    # How long a service or post has run.
    assert found("At the time of inspection, the project had been operational for just "
                 "eight weeks.") == []
    # A large count left out, a pilot's results and missed appointments counted stay.
    assert [v for v, _, _ in found("The number of children in care is 380, not including "
                                   "42 unaccompanied asylum-seeking children.")] == [
        "380", "42"]
    assert [v for v, _, _ in found("The model was piloted with 40 families and 31 reported "
                                   "improved relationships.")] == ["40", "31"]
    assert found("Twelve families missed two or more appointments.") == [
        ("Twelve", "12", "count")]
    # A target a practice is done within keeps its target role (the labels count it).
    assert [v for v, _, _ in found("Five of these moved within the local authority target "
                                   "of seven days.")] == ["Five", "seven"]


def test_mprec24_the_ends_of_a_rating_scale_are_no_metric() -> None:
    assert found("The service was rated 4 out of 5 by young people in a survey.") == [
        ("4", "4", "count")]
    assert [v for v, _, _ in found("Young people rated the service 8.5 on a scale of 1 to "
                                   "10.")] == ["8.5"]
    assert [v for v, _, _ in found("Children's wellbeing scores improved from 12 to 18 on a "
                                   "scale of 0 to 40.")] == ["12", "18"]
    assert [v for v, _, _ in found("Care leavers gave the service 9 out of 10 in the annual "
                                   "survey.")] == ["9"]
    # 'N out of M cases' keeps both numbers.
    assert [v for v, _, _ in found("In three out of five cases seen by inspectors, children "
                                   "returned home without a review.")] == ["three", "five"]
    assert [v for v, _, _ in found("Nine out of 10 sibling groups were placed "
                                   "together.")] == ["Nine", "10"]


def test_mprec24_a_persons_own_story_in_the_first_person_is_no_metric() -> None:
    assert found("Our last supervising social worker left in January and we've had three "
                 "since.") == []
    assert found("We've had four social workers for our lad in eighteen months so none of "
                 "this is a surprise.") == []
    assert found("I have had five different personal advisers since I turned 18.") == []
    # A council's or service's 'we' stays.
    assert found("We have had 12 new adopters approved this year, the council said.") == [
        ("12", "12", "count")]
    assert found("We have already recruited 18 additional social workers.") == [
        ("18", "18", "count")]


def test_mprec24_an_evaluation_or_follow_up_at_a_duration_is_when_it_is_done() -> None:
    assert found("Training is evaluated at three and six months after the course.") == []
    assert found("Families are followed up at 12 weeks to see whether the support has "
                 "worked.") == []
    assert [v for v, _, _ in found("Of the families followed up at 12 weeks, 78% had not "
                                   "been re-referred.")] == ["78%"]
    # A measured time after an event stays.
    assert found("Children were seen on average 14 days after the referral.") == [
        ("14", "14", "days")]


def test_mprec24_the_parts_of_a_strategy_and_a_joint_inspections_inspectorates() -> None:
    # The parts of a strategy, pledge or threshold document are how it is set out.
    assert found("There are 3 levels of need in the threshold document.") == []
    assert found("The service's vision has 5 principles.") == []
    assert found("The authority's strategy sets out seven commitments to children in "
                 "care.") == []
    # The inspectorates of a joint inspection, the cases they looked at, a single visit.
    assert found("The four inspectorates looked at 40 cases.") == []
    assert found("The local authority has received two monitoring visits and one focused "
                 "visit since the last inspection.") == []
    # What the service does and the results about the cases looked at stay.
    assert [v for v, _, _ in found("Of the 28 children's records inspectors looked at, 11 "
                                   "showed drift.")] == ["28", "11"]
    assert [v for v, _, _ in found("Thirty-four children were adopted, compared with 21 the "
                                   "year before.")] == ["Thirty-four", "21"]
    assert [v for v, _, _ in found("Members of the corporate parenting panel visited 6 homes "
                                   "in the year.")] == ["6"]
