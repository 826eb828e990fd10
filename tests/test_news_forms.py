"""Secondary sources (newsletters, blogs, forum posts) as short invented texts: dates
with the year from the text's own date, sentence-initial spans, year-only earlier
inspections, and the forms that must not be read as this authority's inspection."""

from __future__ import annotations

import pytest
from conftest import dates_of
from conftest import records_of as run


def test_a_seasons_issue_dates_a_span_without_a_year(nlp):
    text = ("Hollingford news: our autumn 2019 edition\n\n"
            "Ofsted inspectors visited Hollingford's children's services from 9 to 20 "
            "September.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2019-09-09", "day")]
    assert dates_of(rec, "inspection_end") == [("2019-09-20", "day")]


def test_a_visit_known_only_by_its_months_is_dated_by_them(nlp):
    text = ("Hollingford news, May 2025\n\n"
            "Hollingford's children's services were judged good overall after a visit "
            "spanning late January into February 2025.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2025-01", "month")]
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) == (
        "2025-01", "2025-02")


def test_a_year_alone_does_not_date_the_visit_in_reports(nlp):
    text = ("Hollingford news, May 2025\n\n"
            "Ofsted inspected Hollingford's children's services in 2025 and judged them "
            "good.\n")
    rec = run(nlp, text)
    assert not rec["report"].get("inspection_start")
    assert not rec["report"].get("inspection_end")


def test_no_year_anywhere_is_no_date(nlp):
    # a season with no year beside it dates nothing: the year cannot be guessed
    text = ("Hollingford news: our autumn edition\n\n"
            "Ofsted inspectors visited Hollingford's children's services from 9 to 20 "
            "September.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == []


def test_a_sentence_opening_with_the_span_and_the_inspectors_as_its_subject(nlp):
    text = ("Staff news, March 2023\n\n"
            "From 6th to 10th March, the family hubs will close for training.\n\n"
            "From 16th to 27th January, seven inspectors joined our teams on their visits "
            "to families.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2023-01-16", "day")]
    assert dates_of(rec, "inspection_end") == [("2023-01-27", "day")]


def test_a_sentence_opening_with_a_span_of_something_else(nlp):
    text = ("Staff news, March 2023\n\n"
            "From 6th to 10th March, the family hubs will close for training, and "
            "managers will cover the duty rota.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == []


def test_year_only_earlier_inspections_in_news(nlp):
    text = ("Hollingford's children's services are good\n\n"
            "That is real progress: in 2015 Ofsted rated Hollingford's children's services "
            "inadequate. Back in 2011 the old-style safeguarding inspection called us "
            "adequate. Last time (2018) they got requires improvement overall.\n")
    prev = dates_of(run(nlp, text), "previous_inspection")
    assert sorted(prev) == [("2011", "year"), ("2015", "year"), ("2018", "year")]


def test_years_that_are_not_an_earlier_inspection_of_this_authority(nlp):
    text = ("Hollingford's children's services are good\n\n"
            "Back in 2014 the council opened a new family centre. We are the first council "
            "in the county to be judged good since Ashcombe in 2016, and others have asked "
            "to visit.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == []


BLOG = ("Cllr Sam Lee's blog - 2 December 2019\n\n"
        "Ofsted has judged Hollingford's children's services good.\n\n"
        "{sentence}\n")


def test_a_last_inspection_that_explains_this_times_dates_them_not(nlp):
    rec = run(nlp, BLOG.format(sentence=(
        "Because we were judged good at our last inspection, in 2015, Ofsted carried out a "
        "short inspection this time: three inspectors spent one week with us, on 11 to 15 "
        "November, reading case files.")))
    assert dates_of(rec, "inspection_start") == [("2019-11-11", "day")]
    assert dates_of(rec, "inspection_end") == [("2019-11-15", "day")]
    assert dates_of(rec, "previous_inspection") == [("2015", "year")]


@pytest.mark.parametrize("sentence", [
    "At our last inspection, on 11 to 15 November 2015, inspectors read case files. This "
    "time they talked to children.",
    "Unlike this time, at our last inspection, on 11 to 15 November 2015, inspectors only "
    "read case files."])
def test_the_last_inspections_own_dates_are_not_this_visits(nlp, sentence):
    rec = run(nlp, BLOG.format(sentence=sentence))
    assert dates_of(rec, "inspection_start") == []


RELEASE = ("Hollingford children's services no longer inadequate\n\n"
           "Hollingford Borough Council news release, 22 March 2018\n\n"
           "Hollingford Borough Council's children's services have been judged to require "
           "improvement to be good, following an Ofsted re-inspection whose report is "
           "published today.\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "It is the first full inspection since May 2015, when Ofsted judged the council's "
    "services inadequate.",
    "It is the first full inspection since May 2015, when inspectors rated the council's "
    "services inadequate."])
def test_an_earlier_inspection_dated_before_when_the_inspectorate_judged(nlp, sentence):
    rec = run(nlp, RELEASE.format(sentence=sentence))
    assert dates_of(rec, "previous_inspection") == [("2015-05", "month")]


@pytest.mark.parametrize("sentence", [
    "It is the first full inspection since May 2015, when Ofsted launched a new framework.",
    "We have come a long way since May 2015, when Ofsted judged neighbouring Tilsey's "
    "services inadequate.",
    "We have shared staff since May 2015, when Ofsted rated neighbouring Tilsey inadequate.",
    "The director has led the service since May 2015, when Ofsted found the town's schools "
    "were improving.",
    "Inspectors visited in May 2015, when inspectors found strong leadership."])
def test_a_month_before_when_that_is_no_earlier_inspection_of_this_authority(nlp,
                                                                            sentence):
    rec = run(nlp, RELEASE.format(sentence=sentence))
    assert dates_of(rec, "previous_inspection") == []


BULLETIN = ("Ofsted rates Hollingford children's services good\n\n"
            "Hollingford Family Link - {season} 2020\n\n"
            "{sentence}\n\n"
            "The inspection, a visit spanning late January into February 2020, found that "
            "Hollingford's children's services are good overall.\n")
VERDICT = ("We were pleased to read the inspectors' latest verdict on Hollingford, "
           "published on 27 March.")


@pytest.mark.parametrize("season", ["Spring bulletin", "spring newsletter", "Spring"])
def test_the_inspectors_verdict_published_in_a_seasons_bulletin(nlp, season):
    rec = run(nlp, BULLETIN.format(season=season, sentence=VERDICT))
    assert dates_of(rec, "publication") == [("2020-03-27", "day")]
    assert rec["report"]["publication_date"] == "2020-03-27"


def test_a_verdict_of_our_own_is_no_publication(nlp):
    rec = run(nlp, BULLETIN.format(season="Spring bulletin", sentence=(
        "Our verdict on the new family hub, published on 27 March, was glowing.")))
    assert dates_of(rec, "publication") == []


# -- document type -----------------------------------------------------------------------
NEWSLETTER = ("Hollingford's children's services judged good\n\n"
              "Oak Lane Primary School – Head's newsletter, Friday 6 June 2025\n\n"
              "{greeting},\n\n"
              "Ofsted has published its inspection of Hollingford Council's children's "
              "services, and the council's services were judged good in every area.\n\n"
              "Mrs A. Reed, Headteacher\n")


@pytest.mark.parametrize("greeting", ["Dear families", "Dear parents and carers",
                                      "Dear pupils", "Dear governors"])
def test_a_newsletter_to_families_reporting_an_outcome_is_news(nlp, greeting):
    rec = run(nlp, NEWSLETTER.format(greeting=greeting))
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == "Hollingford"


def test_a_letter_to_a_person_is_not_a_newsletter(nlp):
    rec = run(nlp, NEWSLETTER.format(greeting="Dear Mrs Reed"))
    assert rec["report"]["document_type"] != "news_article"


STAFF_BULLETIN = ("Good news for Hollingford\n\n"
                  "{masthead}\n\n"
                  "In brief\n"
                  "Inspection dates: 8 to 19 May 2023\n"
                  "Report published: 16 June 2023\n\n"
                  "Dear colleagues,\n\n"
                  "I am delighted that Hollingford's children's services have been judged "
                  "good by Ofsted.\n\n"
                  "Thanks, Sam Lee, Director of Children's Services\n")


@pytest.mark.parametrize("masthead", [
    "Family Services Team Bulletin - Hollingford Borough Council - Issue 12, June 2023",
    "Foster carers' newsletter | Summer 2023",
    "Hollingford Life magazine: issue no. 7",
    "Hollingford Carers Trust | Members' Bulletin, Issue 42 | June 2023"])
def test_a_bulletins_masthead_above_a_copied_dates_line_is_news(nlp, masthead):
    rec = run(nlp, STAFF_BULLETIN.format(masthead=masthead))
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == "Hollingford"
    assert dates_of(rec, "inspection_start") == [("2023-05-08", "day")]
    assert dates_of(rec, "publication") == [("2023-06-16", "day")]


@pytest.mark.parametrize("line", [
    "Leaders use a weekly staff bulletin - read by most staff - to share learning.",
    "Staff bulletin - what the inspectors asked us",
    "Inspectors read the staff bulletin, issue 12, and the minutes of meetings.",
    "Head's newsletter, Friday 9 June 2023"])
def test_a_line_naming_a_bulletin_is_no_masthead(nlp, line):
    rec = run(nlp, STAFF_BULLETIN.format(masthead=line))
    assert rec["report"]["document_type"] != "news_article"


MAGAZINE = ("{headline}\n\n"
            "The Hollingford Herald - community news - Spring 2025\n\n"
            "Ofsted's inspectors gave the London Borough of Hollingford's children's services "
            "a clean bill of health: every area was judged good.\n\n"
            "Across the river, neighbouring Ashcombe Vale's children's services were rated "
            "outstanding last year.\n")


@pytest.mark.parametrize("headline", ["Hollingford children's services judged good",
                                      "Hollingford's children's services: good in every area"])
def test_the_headlines_childrens_services_before_a_neighbours(nlp, headline):
    rec = run(nlp, MAGAZINE.format(headline=headline))
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == "Hollingford"


def test_a_headline_opening_with_a_question_word_names_no_authority(nlp):
    text = ("Why children's services matter to all of us\n\n"
            "Hollingford's children's services were judged good by Ofsted in May.\n")
    assert run(nlp, text)["report"]["local_authority"] == "Hollingford"


# -- prose grades ------------------------------------------------------------------------
def grades_of(rec: dict) -> dict[str, str]:
    return {r["area"]: r["grade"] for r in rec["tables"]["judgements"]}


def test_an_overall_grade_only_in_a_threads_title(nlp):
    text = ("Thread: Hollingford Ofsted result - GOOD!\n\n"
            "Carers' forum, 28 July 2022\n\n"
            "The inspection took place in June. Here's the bit that matters for us:\n"
            "- impact of leaders – good\n"
            "- help and protection – requires improvement\n\n"
            "Last time (2018) they were rated requires improvement, so this is a big step "
            "up.\n")
    grades = grades_of(run(nlp, text))
    assert grades == {"overall_effectiveness": "good", "impact_of_leaders": "good",
                      "help_and_protection": "requires_improvement"}


def test_a_hoped_for_result_is_no_grade(nlp):
    text = ("Thread: Hollingford inspection\n\n"
            "Carers' forum, 28 July 2022\n\n"
            "Last time (2018) they were rated requires improvement. We are still waiting "
            "for the Ofsted result, and I hope it will be good.\n")
    assert grades_of(run(nlp, text)) == {}


def test_grades_read_out_area_by_area(nlp):
    text = ("Marlow Vale children's services rated good\n\n"
            "Transcript: Vale Radio, Breakfast News, 6 April 2023\n\n"
            "REPORTER: Ofsted's scores for Marlow Vale Council are: overall, good. The impact "
            "of leaders, good. Help and protection for children at risk, good. Children "
            "in care – again, good. And care leavers: outstanding.\n")
    assert grades_of(run(nlp, text)) == {
        "overall_effectiveness": "good", "impact_of_leaders": "good",
        "help_and_protection": "good", "children_in_care": "good",
        "care_leavers": "outstanding"}


def test_a_grade_word_in_praise_after_an_area_is_no_grade(nlp):
    text = ("Marlow Vale children's services\n\n"
            "Transcript: Vale Radio, Breakfast News, 6 April 2023\n\n"
            "REPORTER: Ofsted says that in help and protection for children at risk, "
            "good practice was seen at the front door.\n")
    assert "help_and_protection" not in grades_of(run(nlp, text))


def test_a_visits_news_gives_no_standing_grade(nlp):
    text = ("Ofsted focused visit to Hollingford children's services\n\n"
            "By A Reporter, Hollingford Herald\nSaturday 20 July 2019\n\n"
            "Inspectors carried out a focused visit to Hollingford Council's children's "
            "services on 12 and 13 June 2019. Focused visits do not result in a grade. The "
            "council's rating remains requires improvement to be good, the judgement it "
            "received at its full inspection in 2017.\n")
    assert "overall_effectiveness" not in grades_of(run(nlp, text))


def test_the_grade_this_inspection_gave_is_kept(nlp):
    text = ("Hollingford children's services rated good\n\n"
            "By A Reporter, Hollingford Herald\nSaturday 20 July 2019\n\n"
            "Ofsted inspectors visited Hollingford Council's children's services from 13 "
            "to 24 May 2019. The council's rating is now good, the judgement it received "
            "at its inspection in May 2019.\n")
    assert grades_of(run(nlp, text)).get("overall_effectiveness") == "good"


# -- the authority -------------------------------------------------------------------------
def test_an_authority_named_by_its_acronym_is_the_name_spelled_out(nlp):
    text = ("Ofsted verdict on Hollingford's children's services\n\n"
            "Young Carers Trust – members' bulletin, December 2024\n\n"
            "Hollingford County Council (HCC) has received the report of its Ofsted "
            "inspection. Overall, HCC's children's services were judged to require "
            "improvement to be good.\n")
    assert run(nlp, text)["report"]["local_authority"] == "Hollingford"


# -- the document type ---------------------------------------------------------------------
def test_a_forum_posts_list_of_grades_line_by_line_is_news(nlp):
    text = ("Our Ofsted result!\n\n"
            "Hollingford Carers' Forum > General chat\n"
            "Posted by a carer, 3 May 2023\n\n"
            "The Ofsted report on Hollingford children's services is out:\n\n"
            "Overall - good\n"
            "Help and protection - good\n"
            "Care leavers - OUTSTANDING\n")
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == "Hollingford"
    assert grades_of(rec) == {"overall_effectiveness": "good", "help_and_protection": "good",
                              "care_leavers": "outstanding"}


def test_one_line_ending_in_a_grade_word_is_not_an_outcome(nlp):
    text = ("Office news\n\n"
            "Posted by a manager, 3 May 2023\n\n"
            "Ofsted inspectors are due next year, so please keep case notes up to date.\n\n"
            "Mood in the office - good!\n")
    assert run(nlp, text)["report"]["document_type"] == "other"


# -- the visit's days told by the inspectors' coming and going -------------------------------
def test_arriving_and_leaving_days_are_the_first_and_last(nlp):
    text = ("Hollingford children's services rated good\n\n"
            "Posted by a councillor\n12 December 2019\n\n"
            "Ofsted inspectors spent two weeks with Hollingford's children's services, "
            "arriving on Monday 4 November and leaving on Friday 15 November 2019. Their "
            "report rates our services good overall.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2019-11-04", "day")]
    assert dates_of(rec, "inspection_end") == [("2019-11-15", "day")]


def test_arriving_at_a_meeting_is_not_the_visit(nlp):
    text = ("Hollingford children's services rated good\n\n"
            "Posted by a councillor\n12 December 2019\n\n"
            "The inspection report rates our services good overall. The new director, "
            "arriving on Monday 4 November and leaving on Friday 15 November 2019 for "
            "induction visits, met the panel.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") != [("2019-11-04", "day")]


# -- the report's publication day ----------------------------------------------------------
def test_published_yesterday_with_its_day_and_no_year(nlp):
    text = ("Hollingford children's services 'require improvement', Ofsted finds\n\n"
            "Transcript: Hollingford Sound breakfast news, Thursday 13 January 2022\n\n"
            "PRESENTER: Ofsted's latest report, published yesterday, Wednesday 12 January, "
            "rates the council requires improvement to be good overall.\n")
    assert dates_of(run(nlp, text), "publication") == [("2022-01-12", "day")]


def test_a_letter_that_went_up_on_the_website(nlp):
    text = ("Hollingford monitoring visit\n\n"
            "Branch members' update, April 2023\n\n"
            "Ofsted carried out a monitoring visit to Hollingford City Council on 14 and 15 "
            "March 2023. The letter from the inspectors, which went up on the Ofsted website "
            "on 12 April, says leaders have made some progress. The council's services remain "
            "rated inadequate.\n")
    assert dates_of(run(nlp, text), "publication") == [("2023-04-12", "day")]


def test_what_went_up_in_a_report_is_no_publication(nlp):
    text = ("Hollingford monitoring visit\n\n"
            "Branch members' update, April 2023\n\n"
            "Ofsted carried out a monitoring visit to Hollingford City Council on 14 and 15 "
            "March 2023. The letter says caseloads went up on 1 April. The council's services "
            "remain rated inadequate.\n")
    assert ("2023-04-01", "day") not in dates_of(run(nlp, text), "publication")


def test_a_council_page_copying_the_reports_date_published_line(nlp):
    text = ("Ofsted inspection of Hollingford children's services\n\n"
            "Hollingford Council > Children and families > Inspections and reports\n\n"
            "Ofsted carried out a full inspection of children's services in Hollingford.\n\n"
            "Inspection dates: 19 January to 30 January 2026\n"
            "Date report published: 6 March 2026\n\n"
            "Overall effectiveness: Good\n\n"
            "Page last updated: 9 March 2026\n")
    assert dates_of(run(nlp, text), "publication") == [("2026-03-06", "day")]


# -- earlier inspections -------------------------------------------------------------------
def test_a_council_pages_list_of_previous_inspections(nlp):
    text = ("Ofsted inspection of Hollingford children's services\n\n"
            "Hollingford Council > Children and families > Inspections and reports\n\n"
            "Inspection dates: 19 January to 30 January 2026\n\n"
            "Overall effectiveness: Good\n\n"
            "Previous inspections\n\n"
            "- ILACS standard inspection, February 2022: requires improvement to be good\n"
            "- Single inspection framework, 2017: good\n"
            "- Family hubs opened, 2019: see our news page\n\n"
            "Page last updated: 9 March 2026\n")
    prev = dates_of(run(nlp, text), "previous_inspection")
    assert sorted(prev) == [("2017", "year"), ("2022-02", "month")]


def test_an_earlier_inspection_set_off_by_dashes_and_the_next_by_its_year(nlp):
    text = ("Hollingford children's services rated good\n\n"
            "Posted by a carer, 3 May 2023\n\n"
            "Ofsted inspected Hollingford's children's services from 6 to 17 March 2023 and "
            "rated them good overall. When I started, Hollingford had just been inspected - "
            "in November 2014 - and found adequate. It was inspected again in 2016 and came "
            "out requires improvement, and the 2019 one said the same.\n")
    prev = dates_of(run(nlp, text), "previous_inspection")
    assert sorted(prev) == [("2014-11", "month"), ("2016", "year"), ("2019", "year")]


def test_the_2019_one_that_is_not_an_inspection(nlp):
    text = ("Hollingford children's services rated good\n\n"
            "Posted by a carer, 3 May 2023\n\n"
            "Ofsted inspected Hollingford's children's services from 6 to 17 March 2023 and "
            "rated them good overall. Our old minibus broke down again, and the 2019 one "
            "is still in the garage.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == []


def test_the_year_of_an_earlier_inspection_already_dated_is_no_second_row(nlp):
    text = ("Hollingford children's services require improvement\n\n"
            "By A Reporter\n20 March 2018\n\n"
            "Ofsted re-inspected Hollingford Council's children's services from 8 January "
            "to 1 February 2018, after it was rated inadequate in September 2015. The "
            "council has spent an extra £6m since the 2015 inspection. Services are now "
            "rated requires improvement overall.\n")
    prev = dates_of(run(nlp, text), "previous_inspection")
    assert prev == [("2015-09", "month")]


def test_another_places_earlier_grade_by_its_name(nlp):
    text = ("South Hollingford County Council - Scrutiny Committee\n\n"
            "Minutes of the meeting held on 14 April 2016\n\n"
            "Ofsted inspection of children's services in South Hollingford: the inspection "
            "took place from 11 January to 4 February 2016. Overall effectiveness was judged "
            "good. South Hollingford was last inspected in July 2012. The Director said that "
            "Ashcombe had been judged requires improvement in 2015 and that East Hollingford "
            "was still awaiting inspection.\n")
    prev = dates_of(run(nlp, text), "previous_inspection")
    assert prev == [("2012-07", "month")]


@pytest.mark.parametrize("subject, kept", [
    # the authority with its affixes or a possessive is still the authority
    ("Hollingford Council was", True), ("Hollingford County Council was", True),
    ("Hollingford’s children’s services were", True),
    # a name whose words are not the authority's, even holding it as letters, is another's
    ("Sollingford was", False), ("East Hollingford was", False)])
def test_an_earlier_grade_told_of_the_authority_by_another_form_of_its_name(nlp, subject,
                                                                           kept):
    text = ("Hollingford County Council - Scrutiny Committee\n\n"
            "Minutes of the meeting held on 14 April 2016\n\n"
            "Ofsted inspection of children's services in Hollingford: the inspection took "
            "place from 11 January to 4 February 2016. Overall effectiveness was judged good. "
            f"The Director said that {subject} judged requires improvement in 2012.\n")
    prev = dates_of(run(nlp, text), "previous_inspection")
    assert prev == ([("2012", "year")] if kept else [])


def test_the_authoritys_acronym_as_subject_is_its_own_earlier_grade(nlp):
    text = ("Hollingford children's services inadequate\n\n"
            "By A Reporter\n17 April 2025\n\n"
            "Ofsted inspected Hollingford County Council (HCC) from 24 February to 7 March "
            "2025 and rated its children's services inadequate overall. HCC was judged "
            "requires improvement in its previous inspection in 2021.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == [("2021", "year")]


# -- a grade given only in the headline ----------------------------------------------------
def test_a_headlines_service_name_then_its_grade_is_the_overall_grade(nlp):
    text = ("Hollingford children's services inadequate\n\n"
            "From the desk of your MP - constituency newsletter, September 2022\n\n"
            "Inspectors found that the experiences and progress of children who need help "
            "and protection were inadequate. When the county was last inspected, in 2018, it "
            "was judged good overall.\n")
    grades = grades_of(run(nlp, text))
    assert grades.get("overall_effectiveness") == "inadequate"
    assert grades.get("help_and_protection") == "inadequate"


def test_a_headline_about_services_good_enough_is_no_grade(nlp):
    text = ("Are Hollingford's services good enough for our children?\n\n"
            "From the desk of your MP - constituency newsletter, September 2022\n\n"
            "Ofsted inspectors will visit the county's children's services next year. I "
            "hope they will find them good.\n")
    assert "overall_effectiveness" not in grades_of(run(nlp, text))


# -- an area picked out by its grade in a relative clause ----------------------------------
RADIO = ("Hollingford children's services rated good\n\n"
         "Transcript: Hollingford FM drivetime, Thursday 14 November 2024\n\n"
         "DIRECTOR: Ofsted judged Hollingford County Council's children's services good "
         "overall after an inspection from 30 September to 11 October 2024. Help and "
         "protection for children was judged good and the impact of leaders is good. {}\n")


def test_the_one_area_that_requires_improvement_is_named_after_it(nlp):
    text = RADIO.format("The one area that requires improvement is our care leavers "
                        "service, and, honestly, we knew that.")
    assert grades_of(run(nlp, text)).get("care_leavers") == "requires_improvement"


def test_every_area_that_requires_improvement_grades_no_area(nlp):
    text = RADIO.format("Every area that requires improvement gets a plan with a named "
                        "lead, and all the areas that were judged inadequate last time "
                        "have improved.")
    grades = grades_of(run(nlp, text))
    assert "care_leavers" not in grades and "children_in_care" not in grades
    assert grades.get("help_and_protection") == "good"


def test_the_inspectors_last_coming_dates_the_earlier_inspection(nlp):
    text = RADIO.format("When inspectors last came, in 2019, Hollingford was told its "
                        "services required improvement.")
    assert dates_of(run(nlp, text), "previous_inspection") == [("2019", "year")]


def test_someone_elses_last_coming_is_no_earlier_inspection(nlp):
    text = RADIO.format("When the children's minister last came, in 2021, she opened the "
                        "family centre on Mill Lane.")
    assert dates_of(run(nlp, text), "previous_inspection") == []


# -- visit dates in the forms of session 10's round -----------------------------------------
def test_a_quoted_sentence_opening_with_a_dated_span_and_the_inspectors(nlp):
    text = ("Staff news, November 2024\n\n"
            "The director writes:\n\n"
            "\"From 23 September to 4 October 2024, inspectors shadowed our social "
            "workers and read case records.\"\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2024-09-23", "day")]
    assert dates_of(rec, "inspection_end") == [("2024-10-04", "day")]


def test_a_quoted_dated_span_of_something_else(nlp):
    text = ("Staff news, November 2024\n\n"
            "\"From 23 September to 4 October 2024, the family hubs closed for "
            "training.\"\n")
    assert dates_of(run(nlp, text), "inspection_start") == []


def test_they_were_in_from_a_span_without_a_year(nlp):
    text = ("Posted by carer_k, 2 May 2024\n\n"
            "Has anyone read the Ofsted report on Hollingford's children's services? "
            "They were in from 4th to 15th March, so our social worker was busy.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2024-03-04", "day")]
    assert dates_of(rec, "inspection_end") == [("2024-03-15", "day")]


@pytest.mark.parametrize("sentence", [
    "They were in hospital from 4th to 15th March, so our social worker was busy.",
    "They were in from 4th to 15th March, then went back to their mum's.",
])
def test_they_were_in_somewhere_else_or_someone_else(nlp, sentence):
    text = ("Posted by carer_k, 2 May 2024\n\n"
            "Our two foster children had a hard spring. " + sentence + "\n")
    assert dates_of(run(nlp, text), "inspection_start") == []


def test_a_visit_from_its_first_day_finishing_on_its_last(nlp):
    text = ("Cabinet report, 10 July 2025\n\n"
            "Ofsted inspected the council's children's services over two weeks from "
            "Monday 12 May 2025, finishing on Friday 23 May.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2025-05-12", "day")]
    assert dates_of(rec, "inspection_end") == [("2025-05-23", "day")]


def test_a_visit_from_its_first_day_with_no_last_day_stays_open(nlp):
    text = ("Cabinet report, 10 July 2025\n\n"
            "Ofsted inspected the council's children's services from Monday 12 May 2025. "
            "The consultation finishing on 30 September is separate.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2025-05-12", "day")]
    assert dates_of(rec, "inspection_end") == []


def test_a_visit_that_began_in_one_month_and_ended_in_the_next(nlp):
    text = ("BBC News, 14 March 2016\n\n"
            "Inspectors spent four weeks with the county's social workers, in a visit "
            "that began in January and ended in February.\n")
    rec = run(nlp, text)
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) == (
        "2016-01", "2016-02")


def test_a_campaign_that_began_in_one_month_is_no_visit(nlp):
    text = ("BBC News, 14 March 2016\n\n"
            "Inspectors praised the fostering campaign, which began in January and ended "
            "in February.\n")
    rec = run(nlp, text)
    assert not rec["report"].get("inspection_start")


CHARITY_BULLETIN = ("Ofsted finds Hollingford's children in care are thriving\n\n"
                    "{masthead}\n\n"
                    "Our partner authority has had its Ofsted inspection.\n\n"
                    "Inspection of Hollingford Borough Council's children's services\n"
                    "Inspection dates: 4 to 15 March 2024\n"
                    "Report published: 26 April 2024\n\n"
                    "Overall effectiveness was judged good.\n")


def test_a_masthead_above_a_copied_report_title_is_news(nlp):
    rec = run(nlp, CHARITY_BULLETIN.format(
        masthead="Hollingford Carers Trust | Members' Bulletin, Issue 42 | May 2024"))
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == "Hollingford"
    assert grades_of(rec).get("overall_effectiveness") == "good"
    assert dates_of(rec, "inspection_start") == [("2024-03-04", "day")]


def test_a_report_title_with_no_masthead_above_it_is_the_report(nlp):
    text = CHARITY_BULLETIN.format(masthead="Leaders read the staff bulletin, issue 12.")
    text = text[text.index("Inspection of"):]
    assert run(nlp, text)["report"]["document_type"] == "ilacs_inspection"


def test_the_authority_next_door_judged_in_a_year_is_no_earlier_inspection(nlp):
    text = RADIO.format("Some residents compare us with Ashcombe, next door, which was "
                        "judged outstanding in 2019.")
    assert dates_of(run(nlp, text), "previous_inspection") == []


def test_our_own_earlier_grade_in_a_year_beside_a_door_is_kept(nlp):
    text = RADIO.format("When inspectors last came, in 2019, they knocked on the door of "
                        "every team.")
    assert dates_of(run(nlp, text), "previous_inspection") == [("2019", "year")]


MAGAZINE_2024 = ("Hollingford children's services outstanding\n\n"
                 "Hollingford Life, community news, June 2024\n\n"
                 "Ofsted inspected Hollingford's children's services from 4 to 15 March 2024 "
                 "and judged them outstanding overall. {}\n")


def test_a_list_whose_last_area_is_the_support_given_to_it(nlp):
    grades = grades_of(run(nlp, MAGAZINE_2024.format(
        "Inspectors rated the impact of leaders, help and protection and the support "
        "given to children in care outstanding.")))
    assert grades.get("impact_of_leaders") == "outstanding"
    assert grades.get("help_and_protection") == "outstanding"
    assert grades.get("children_in_care") == "outstanding"


def test_the_support_given_to_an_area_after_a_grade_is_no_list(nlp):
    grades = grades_of(run(nlp, MAGAZINE_2024.format(
        "Inspectors rated the impact of leaders good and praised the support given to "
        "children in care.")))
    assert grades.get("impact_of_leaders") == "good"
    assert "children_in_care" not in grades


PRESS_2017 = ("Hollingford children's services judged good\n\n"
              "Press release, 3 August 2017\n\n"
              "Ofsted re-inspected Hollingford's children's services in June 2017. {}\n")


def test_help_and_protection_for_children_opens_a_list_of_areas(nlp):
    grades = grades_of(run(nlp, PRESS_2017.format(
        "Inspectors judged the council's help and protection for children, its services "
        "for children looked after and achieving permanence, and its leadership, "
        "management and governance all to be good.")))
    assert grades.get("help_and_protection") == "good"
    assert grades.get("leadership_management_governance") == "good"


def test_the_same_list_described_with_no_grade_grades_none(nlp):
    grades = grades_of(run(nlp, PRESS_2017.format(
        "Inspectors described the council's help and protection for children, its "
        "services for children looked after and achieving permanence, and its leadership "
        "in detail.")))
    assert "help_and_protection" not in grades
    assert "leadership_management_governance" not in grades


def test_as_they_did_gives_the_grade_to_the_areas_after_it(nlp):
    grades = grades_of(run(nlp, MAGAZINE_2024.format(
        "Inspectors rated the experiences and progress of care leavers good, as they did "
        "help and protection and the impact of leaders.")))
    assert grades.get("care_leavers") == "good"
    assert grades.get("help_and_protection") == "good"
    assert grades.get("impact_of_leaders") == "good"


def test_as_they_said_gives_no_grade_to_the_area_after_it(nlp):
    grades = grades_of(run(nlp, MAGAZINE_2024.format(
        "Inspectors rated the experiences and progress of care leavers good, as they said "
        "help and protection needed more managers.")))
    assert grades.get("care_leavers") == "good"
    assert "help_and_protection" not in grades


@pytest.mark.parametrize("sentence, year", [
    ("In 2015 we were told we required improvement, so this is a step forward.", "2015"),
    ("Back in 2018 Hollingford was good overall, so it has gone backwards.", "2018"),
    ("Remember that in December 2016 Hollingford was judged inadequate.", "2016-12")])
def test_an_earlier_grade_opening_with_its_year(nlp, sentence, year):
    dated = dates_of(run(nlp, MAGAZINE_2024.format(sentence)), "previous_inspection")
    assert [d for d, _ in dated] == [year]


@pytest.mark.parametrize("sentence", [
    "Back in 2018 the weather was good for the summer fair.",
    "In 2015 the council said its phone lines needed work.",
    "Remember that in December 2016 the family centre opened."])
def test_a_year_opening_a_sentence_about_something_else(nlp, sentence):
    assert dates_of(run(nlp, MAGAZINE_2024.format(sentence)), "previous_inspection") == []


def test_an_earlier_year_then_the_inspectors_judging(nlp):
    text = MAGAZINE_2024.format("Four years ago, in 2020, they judged Hollingford inadequate.")
    assert dates_of(run(nlp, text), "previous_inspection") == [("2020", "year")]


@pytest.mark.parametrize("sentence", [
    "Four years ago, in 2020, they judged the baking contest at the summer fair.",
    "Four years ago, in 2020, they judged neighbouring Ashcombe inadequate."])
def test_an_earlier_year_then_judging_something_else(nlp, sentence):
    assert dates_of(run(nlp, MAGAZINE_2024.format(sentence)), "previous_inspection") == []


def test_an_earlier_year_then_what_inspectors_found_is_not_dated_so(nlp):
    # 'found that ...' tells findings, not a grade: a report's own history paragraph
    text = MAGAZINE_2024.format("In 2020, inspectors found that children did not get good "
                                "enough help.")
    assert dates_of(run(nlp, text), "previous_inspection") == []


# -- session 11 (grades19): forms of secondary_unseen18/19's misses, on invented texts ----

BLOG_2021 = ("What our Ofsted report says\n\n"
             "Councillor's blog, 3 February 2022\n\n"
             "Ofsted inspected Hollingford County Council's children's services between 29 "
             "November and 10 December 2021. {}\n")


def test_so_does_an_area_takes_the_grade_of_the_sentence_before(nlp):
    grades = grades_of(run(nlp, BLOG_2021.format(
        "The overall effectiveness of children's services in Hollingford requires "
        "improvement. So does the impact of leaders on social work practice.")))
    assert grades.get("overall_effectiveness") == "requires_improvement"
    assert grades.get("impact_of_leaders") == "requires_improvement"


@pytest.mark.parametrize("second", [
    "So does the director, who starts in March.",  # no area
    "So does the council's own review of its front door.",  # nor the service's grade
    "So, the impact of leaders needs more managers.",  # no verb sharing a grade
])
def test_so_does_without_an_area_of_this_inspection_grades_none(nlp, second):
    grades = grades_of(run(nlp, BLOG_2021.format(
        "The overall effectiveness of children's services in Hollingford requires "
        "improvement. " + second)))
    assert grades == {"overall_effectiveness": "requires_improvement"}


def test_so_does_after_an_earlier_grade_takes_none(nlp):
    # the sentence before tells an earlier inspection's grade: nothing to carry
    grades = grades_of(run(nlp, BLOG_2021.format(
        "At the last full inspection, in 2017, help and protection was inadequate. So was "
        "the impact of leaders.")))
    assert "impact_of_leaders" not in grades


FORUM_2025 = ("Re: Hollingford Ofsted\n\n"
              "Hollingford Foster Carers' Forum > General chat > posted 4 March 2025 by "
              "carer_jo\n\n"
              "The report on the inspection in January 2025 is out. {}\n")


@pytest.mark.parametrize("sentence", [
    "Hollingford children's services have only gone and got OUTSTANDING overall!",
    "Hollingford children's services got outstanding overall.",
])
def test_got_a_grade_overall_is_the_services_grade(nlp, sentence):
    assert grades_of(run(nlp, FORUM_2025.format(sentence))) == {
        "overall_effectiveness": "outstanding"}


@pytest.mark.parametrize("sentence", [
    "Hollingford children's services got outstanding overall feedback from the carers.",
    "Our fostering team got good marks from everyone at the awards.",
    "Hollingford children's services never got outstanding overall.",
])
def test_got_a_grade_word_that_is_no_grade(nlp, sentence):
    assert grades_of(run(nlp, FORUM_2025.format(sentence))) == {}


FORUM_2020 = ("Hollingford rated inadequate\n\n"
              "Posted on the Hollingford Foster Carers' Forum by carer_jo, 3 April 2020\n\n"
              "Ofsted were in from 10 to 21 February 2020. Overall effectiveness: inadequate. {}\n")


def test_got_a_grade_and_so_did_an_area(nlp):
    grades = grades_of(run(nlp, FORUM_2020.format(
        "Help and protection got inadequate and so did the impact of leaders.")))
    assert grades.get("help_and_protection") == "inadequate"
    assert grades.get("impact_of_leaders") == "inadequate"


@pytest.mark.parametrize("sentence", [
    # 'and so did' someone who is no area; 'got good at' is no grade
    "Help and protection got inadequate and so did the neighbours' in 2015.",
    "Our social workers got good at visits and so did the impact of leaders.",
])
def test_and_so_did_without_a_grade_to_share(nlp, sentence):
    grades = grades_of(run(nlp, FORUM_2020.format(sentence)))
    assert "impact_of_leaders" not in grades


PAPER_2015 = ("Hollingford children's services 'require improvement', says Ofsted\n\n"
              "By Ann Lee, Hollingford Gazette, 20 March 2015\n\n"
              "Ofsted inspected Hollingford Borough Council's children's services from 12 "
              "January to 5 February 2015. {}\n")


def test_its_work_takes_the_area_the_sentence_before_named(nlp):
    rec = run(nlp, PAPER_2015.format(
        "Hollingford Safeguarding Children Board, which brings together the council, police "
        "and health services, was reviewed at the same time. Its work was also judged to "
        "require improvement."))
    assert grades_of(rec).get("lscb") == "requires_improvement"
    row = next(r for r in rec["tables"]["judgements"] if r["area"] == "lscb")
    # the board named where the text names it, the evidence both sentences
    assert row["area_label"] == "Safeguarding Children Board"
    assert row["evidence"].startswith("Hollingford Safeguarding Children Board")
    assert row["evidence"].endswith("Its work was also judged to require improvement.")


@pytest.mark.parametrize("sentences", [
    # the sentence before names no area, or two, or a neighbour's
    "The council's new director started in May. Its work was also judged to require "
    "improvement.",
    "Adoption and the safeguarding board were both reviewed. Its work was judged good.",
    "Neighbouring Ashcombe's Safeguarding Children Board was reviewed last year. Its work "
    "was judged good.",
])
def test_its_work_without_one_area_before_it_grades_none(nlp, sentences):
    grades = grades_of(run(nlp, PAPER_2015.format(sentences)))
    assert "lscb" not in grades and "adoption_performance" not in grades


SCHOOL_NEWSLETTER_2024 = ("Headteacher's update: Hollingford children's services\n\n"
                          "St Anne's Primary School, Hollingford - Parents' Newsletter, Friday 26 "
                          "January 2024\n\n{}\n\n"
                          "The most recent monitoring visit took place on 5, 6 and 7 "
                          "December 2023. Monitoring visits do not give a new grade.\n")


@pytest.mark.parametrize("sentence", [
    "As you may remember, Hollingford Council's children's services were judged inadequate "
    "after a full Ofsted inspection in February 2023.",
    "As some of you will recall, Hollingford's children's services were rated inadequate.",
])
def test_a_grade_the_reader_is_reminded_of_is_an_earlier_one(nlp, sentence):
    assert grades_of(run(nlp, SCHOOL_NEWSLETTER_2024.format(sentence))) == {}


def test_a_grade_told_after_a_reminder_of_something_else_is_kept(nlp):
    text = ("Hollingford children's services rated good\n\n"
            "Hollingford Gazette, 3 May 2024\n\n"
            "As you may remember, inspectors visited in March. The report, published today, "
            "rates Hollingford's children's services good overall.\n")
    assert grades_of(run(nlp, text)) == {"overall_effectiveness": "good"}


def test_a_grade_after_a_full_inspection_before_this_visit_is_an_earlier_one(nlp):
    text = ("Hollingford update\n\nHollingford Gazette, 3 January 2024\n\n"
            "The monitoring visit took place from 5 to 7 December 2023. Hollingford "
            "Council's children's services were judged inadequate after a full Ofsted "
            "inspection in February 2023.\n")
    assert grades_of(run(nlp, text)) == {}


def test_a_grade_after_this_full_inspection_is_kept(nlp):
    text = ("Hollingford update\n\nHollingford Gazette, 3 May 2023\n\n"
            "Inspectors were on site from 6 to 17 February 2023. Hollingford Council's "
            "children's services were judged inadequate after a full Ofsted inspection in "
            "February 2023.\n")
    assert grades_of(run(nlp, text)) == {"overall_effectiveness": "inadequate"}


SCHOOL_2021 = ("{} Primary School - Parents' Newsletter, Summer Term, 16 July 2021\n\n"
               "A note from our safeguarding lead\n\n"
               "Ofsted carried out a focused visit to {} Borough Council's children's "
               "services on 7 and 8 July 2021. Inspectors said decisions are made promptly. "
               "The council was last judged good at its full inspection in 2018.\n")


def test_a_school_named_in_the_headline_is_not_the_authority(nlp):
    rec = run(nlp, SCHOOL_2021.format("Hollingford", "Hollingford"))
    assert rec["report"]["local_authority"] == "Hollingford Borough Council"


@pytest.mark.parametrize("headline", [
    "Hollingford children's services: focused visit, 16 July 2021",
    "Hollingford Council's front door visited by Ofsted",
])
def test_the_authority_named_in_the_headline_is_kept(nlp, headline):
    text = (f"{headline}\n\nA note from our safeguarding lead, 16 July 2021\n\n"
            "Ofsted carried out a focused visit to Hollingford Borough Council's children's "
            "services on 7 and 8 July 2021. Inspectors said decisions are made promptly. "
            "The council was last judged good at its full inspection in 2018.\n")
    assert run(nlp, text)["report"]["local_authority"] in ("Hollingford",
                                                           "Hollingford Council")


# -- visit dates in the forms of session 11's round -----------------------------------------
def _visit(rec: dict) -> tuple:
    return (dates_of(rec, "inspection_start"), dates_of(rec, "inspection_end"))


def test_a_visit_quoted_after_last_nights_meeting_is_this_one(nlp):
    # 'last night's meeting' is when it was said, not an earlier inspection
    text = ("Councillor's blog, 2 February 2022\n\n"
            "The director summed it up at last night's full council meeting: \"Inspectors "
            "carried out the inspection between 29 November and 10 December 2021, and "
            "their verdict is that we require improvement to be good.\"\n")
    rec = run(nlp, text)
    assert _visit(rec) == ([("2021-11-29", "day")], [("2021-12-10", "day")])
    assert dates_of(rec, "previous_inspection") == []


def test_a_visit_told_after_the_last_inspection_is_still_excluded(nlp):
    text = ("Councillor's blog, 2 February 2022\n\n"
            "At the last inspection, between 6 and 17 March 2017, help and protection "
            "was found inadequate.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == []
    assert dates_of(rec, "previous_inspection") == [("2017-03-06", "day")]


def test_the_most_recent_visit_in_news_is_the_one_reported(nlp):
    text = ("Parents' newsletter, Friday 26 January 2024\n\n"
            "Thrapley Council's children's services were judged inadequate after a full "
            "Ofsted inspection in February 2023. Since then, Ofsted has been returning for "
            "monitoring visits.\n\n"
            "The most recent monitoring visit took place with inspectors on site on 5, 6 "
            "and 7 December 2023. This time they looked at children in care.\n")
    rec = run(nlp, text)
    assert _visit(rec) == ([("2023-12-05", "day")], [("2023-12-07", "day")])
    assert ("2023-12-05", "day") not in dates_of(rec, "previous_inspection")


def test_a_visit_since_the_most_recent_one_is_not_this_one(nlp):
    text = ("Parents' newsletter, Friday 26 January 2024\n\n"
            "A lot has changed since the most recent monitoring visit, which took place "
            "on 5, 6 and 7 December 2023.\n")
    assert dates_of(run(nlp, text), "inspection_start") == []


def test_a_span_with_no_year_the_inspectors_were_with_us_last_year(nlp):
    text = ("Radio Gorsefield breakfast news, Thursday 31 January 2019\n\n"
            "DIRECTOR: Ofsted were with us last year from 26th November to 7th December, "
            "a really intense fortnight, and to come out of it rated good is a credit to "
            "our staff.\n")
    assert _visit(run(nlp, text)) == ([("2018-11-26", "day")], [("2018-12-07", "day")])


def test_someone_else_with_us_from_a_span_is_no_visit(nlp):
    text = ("Radio Gorsefield breakfast news, Thursday 31 January 2019\n\n"
            "DIRECTOR: The students were with us last year from 26th November to 7th "
            "December, and they loved it.\n")
    assert dates_of(run(nlp, text), "inspection_start") == []


def test_spoken_ordinals_date_the_visit(nlp):
    text = ("Radio Ravelsby Breakfast, 20 April 2023\n\n"
            "REPORTER: So, Ofsted inspectors were in Ravelsby between the sixth and the "
            "seventeenth of March, and they've rated the council good overall.\n")
    assert _visit(run(nlp, text)) == ([("2023-03-06", "day")], [("2023-03-17", "day")])


@pytest.mark.parametrize("sentence", [
    "Ofsted inspectors were in Ravelsby for the first time in years, and the second "
    "visit is due.",
    "The first of the new family hubs opened, and inspectors praised it.",
])
def test_ordinal_words_that_are_not_days(nlp, sentence):
    text = "Radio Ravelsby Breakfast, 20 April 2023\n\nREPORTER: " + sentence + "\n"
    assert dates_of(run(nlp, text), "inspection_start") == []


def test_a_visit_that_ended_on_a_day_having_begun_on_another(nlp):
    text = ("Community Practice Today, 10 December 2019\n\n"
            "The two-week inspection ended on 25 October 2019, having begun on the 14th. "
            "Ofsted's report, published on 6 December, credits the council.\n")
    assert _visit(run(nlp, text)) == ([("2019-10-14", "day")], [("2019-10-25", "day")])


def test_a_visit_from_a_day_wrapping_up_on_another(nlp):
    text = ("Branch bulletin, August 2024\n\n"
            "Inspectors were on site from 10 June, wrapping up on 21 June 2024, and their "
            "report was published on 2 August.\n")
    assert _visit(run(nlp, text)) == ([("2024-06-10", "day")], [("2024-06-21", "day")])


def test_a_visit_from_a_day_until_the_nth_of_the_same_month(nlp):
    text = ("Posted by Cllr Maria Fenwick, 30 January 2020\n\n"
            "Because we were judged good at our last full inspection in 2016, this time we "
            "had a short inspection: they spent five days with our teams, from 2 December "
            "until the 6th.\n\nThe letter was published on 24 January.\n")
    assert _visit(run(nlp, text)) == ([("2019-12-02", "day")], [("2019-12-06", "day")])


def test_something_else_from_a_day_until_the_nth_is_no_visit(nlp):
    text = ("Posted by Cllr Maria Fenwick, 30 January 2020\n\n"
            "The library is closed for repairs from 2 December until the 6th.\n")
    assert dates_of(run(nlp, text), "inspection_start") == []


def test_a_visit_through_to_its_last_day_last_year(nlp):
    text = ("The Grisdale Dalesman - January 2026\n\n"
            "Ofsted's inspectors visited from 17 November through to 28 November last "
            "year, and the findings make uncomfortable reading.\n")
    assert _visit(run(nlp, text)) == ([("2025-11-17", "day")], [("2025-11-28", "day")])


def test_a_visit_in_numeric_dates(nlp):
    text = ("Posted on the Foster Carers' Forum, 3 April 2020\n\n"
            "Just read the Ofsted report on Sedgecombe Council. They were in from 10/02/20 "
            "to 21/02/20 (two weeks). Overall effectiveness: inadequate.\n")
    assert _visit(run(nlp, text)) == ([("2020-02-10", "day")], [("2020-02-21", "day")])


@pytest.mark.parametrize("sentence", [
    "The hubs were closed from 10/02/20 to 21/02/20 (two weeks).",
    "They were in from 10/02/20 to 31/02/20 (two weeks).",
])
def test_numeric_dates_of_something_else_or_no_day(nlp, sentence):
    text = ("Posted on the Foster Carers' Forum, 3 April 2020\n\n"
            "Just read the Ofsted report on Sedgecombe Council. " + sentence + "\n")
    assert dates_of(run(nlp, text), "inspection_start") == []


@pytest.mark.parametrize("sentence, year", [
    ("When they last came in 2015 we were rated good, so that's quite a fall.", "2015"),
    ("When they were last here, in 2019, it was requires improvement.", "2019"),
    ("Last time they came round, back in 2021, Sedgecote got good in everything.", "2021"),
])
def test_they_last_came_in_a_year_with_a_grade(nlp, sentence, year):
    text = RADIO.format(sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == [(year, "year")]


@pytest.mark.parametrize("sentence", [
    "When they last came in 2015 they brought the grandchildren.",
    "Last time they came round, back in 2021, we had a barbecue.",
])
def test_they_last_came_in_a_year_with_no_grade(nlp, sentence):
    text = RADIO.format(sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == []


MP_NEWSLETTER = ("Elsworthy children's services judged inadequate\n\n"
                 "From the desk of Caroline Faulks MP - constituency newsletter, September "
                 "2022\n\nInspectors judged help and protection inadequate.\n\n")


def test_a_report_published_in_a_month_dates_it_to_the_month(nlp):
    # dates.csv holds the month; reports.csv's publication_date stays a day or nothing
    text = (MP_NEWSLETTER + "I want to write to you about the Ofsted report on Elsworthy "
            "Council's services for children, which was published in August and which many "
            "of you have written to me about.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "publication") == [("2022-08", "month")]
    assert not rec["report"].get("publication_date")


@pytest.mark.parametrize("sentence", [
    "The council's improvement plan was published in August.",
    "The report is due to be published in October.",
    "The report was published on 12 August, a month after the visit.",
])
def test_a_month_that_does_not_date_the_report(nlp, sentence):
    text = MP_NEWSLETTER + sentence + "\n"
    assert ("2022-08", "month") not in dates_of(run(nlp, text), "publication")
    assert ("2022-10", "month") not in dates_of(run(nlp, text), "publication")


# -- session 11, second reading: a pair of days of another inspection or authority ------------

def test_a_neighbours_first_and_last_day_are_not_this_visits(nlp):
    text = ("Tilsford Gazette, 2 May 2024\n\n"
            "Ofsted inspected Tilsford's services for children from 4 to 15 March 2024 and "
            "rated them good overall. In neighbouring Tilsey, inspectors began on 5 February "
            "2024, finishing on 16 February 2024.\n")
    assert _visit(run(nlp, text)) == ([("2024-03-04", "day")], [("2024-03-15", "day")])


def test_a_pair_of_days_running_into_the_next_year(nlp):
    text = ("Tilsford Gazette, 20 February 2020\n\n"
            "The inspection began on 30 December 2019, finishing on 10 January, and the "
            "council was rated good.\n")
    assert _visit(run(nlp, text)) == ([("2019-12-30", "day")], [("2020-01-10", "day")])


def test_last_year_far_from_the_days_does_not_move_them(nlp):
    text = ("Posted on the Tilsford Foster Carers' Forum, 20 December 2024\n\n"
            "The Ofsted inspectors, whose report on our fostering service last year was "
            "critical, were back with us from 2 December until the 6th for the council's "
            "inspection.\n")
    assert _visit(run(nlp, text)) == ([("2024-12-02", "day")], [("2024-12-06", "day")])

# -- session 11 (grades20): forms of secondary_unseen20's misses, on invented texts ----


TRADE_2016 = ("Hollingford children's services: the report\n\n"
              "By A Reporter\n4 April 2016\n\n"
              "Ofsted inspected Hollingford Council's children's services from 11 January to 4 "
              "February 2016. The report found much has changed. {}\n")


def test_another_places_area_is_not_this_authoritys(nlp):
    grades = grades_of(run(nlp, TRADE_2016.format(
        "Hollingford was judged inadequate overall. Ashcombe's help and protection was also "
        "rated good.")))
    assert grades == {"overall_effectiveness": "inadequate"}


@pytest.mark.parametrize("sentence", [
    "Hollingford's help and protection was rated good.",  # the text's own authority
    "Its help and protection was rated good.",
])
def test_this_authoritys_area_by_its_possessive_is_taken(nlp, sentence):
    grades = grades_of(run(nlp, TRADE_2016.format(sentence)))
    assert grades.get("help_and_protection") == "good"


def test_rated_as_a_grade_then_the_areas(nlp):
    grades = grades_of(run(nlp, TRADE_2016.format(
        "Inspectors also rated as inadequate the help and protection given to children who "
        "need it, and the leadership, management and governance of the service.")))
    assert grades == {"help_and_protection": "inadequate",
                      "leadership_management_governance": "inadequate"}


def test_rated_as_a_grade_then_something_else(nlp):
    grades = grades_of(run(nlp, TRADE_2016.format(
        "Inspectors rated as inadequate the way complaints about help and protection were "
        "handled.")))
    assert "help_and_protection" not in grades


def test_the_same_grade_to_areas_named_with_whom_they_serve(nlp):
    grades = grades_of(run(nlp, TRADE_2016.format(
        "Their overall verdict is that children's services in Hollingford require "
        "improvement to be good. The same grade was given to the help and protection of "
        "children who need it, to the experiences of children looked after and achieving "
        "permanence, and to the leadership, management and governance of the service.")))
    assert grades == {k: "requires_improvement" for k in (
        "overall_effectiveness", "help_and_protection", "looked_after_and_permanence",
        "leadership_management_governance")}


def test_the_board_after_the_lscb_is_named(nlp):
    grades = grades_of(run(nlp, TRADE_2016.format(
        "Alongside the council, inspectors reviewed the Hollingford Safeguarding Children "
        "Board, which co-ordinates the work of partners. The board was judged to require "
        "improvement.")))
    assert grades == {"lscb": "requires_improvement"}


@pytest.mark.parametrize("sentences", [
    "The board was judged to require improvement.",  # no board named before
    "Inspectors met the Hollingford Safeguarding Children Board. The board was judged to "
    "require improvement last year.",  # a year before: another inspection's
])
def test_the_board_without_its_name_or_of_an_earlier_time(nlp, sentences):
    assert "lscb" not in grades_of(run(nlp, TRADE_2016.format(sentences)))


def test_so_was_an_area_after_an_overall_grade(nlp):
    grades = grades_of(run(nlp, BLOG_2021.format(
        "The overall effectiveness of children's services was judged inadequate. So was the "
        "impact of leaders on social work practice, and so were the experiences and progress "
        "of children who need help and protection.")))
    assert grades == {"overall_effectiveness": "inadequate", "impact_of_leaders": "inadequate",
                      "help_and_protection": "inadequate"}


def test_every_one_of_them_came_back_a_grade_then_the_list(nlp):
    grades = grades_of(run(nlp, BLOG_2021.format(
        "The report found much has changed. They looked at four things and every one of "
        "them came back outstanding: the overall "
        "effectiveness of the service, the impact of leaders on social work practice, the "
        "experiences and progress of children who need help and protection, and the "
        "experiences and progress of children in care and care leavers.")))
    assert grades == {k: "outstanding" for k in (
        "overall_effectiveness", "impact_of_leaders", "help_and_protection",
        "children_in_care_and_care_leavers")}


def test_every_one_of_them_came_back_with_something_else(nlp):
    grades = grades_of(run(nlp, BLOG_2021.format(
        "The report found much has changed. Inspectors read forty case files and every "
        "one of them came back with notes: help "
        "and protection, care leavers and the front door.")))
    assert grades == {}


NEWSLETTER_2024 = ("Our inspection: the results\n\n"
                   "Staff newsletter of Hollingford County Council, November 2024\n\n"
                   "The report of Ofsted's inspection of Hollingford County Council (HCC) "
                   "children's services was published last week. The inspection ran from "
                   "Monday 9 September 2024. The report found much has changed. {}\n")


def test_the_headline_is_that_the_authority_has_a_grade_and_that_grade_goes_on(nlp):
    grades = grades_of(run(nlp, NEWSLETTER_2024.format(
        "The headline is that HCC requires improvement to be good. Inspectors gave that grade "
        "for overall effectiveness, and they gave the same grade for the impact of leaders, "
        "for help and protection and for care leavers.")))
    assert grades == {k: "requires_improvement" for k in (
        "overall_effectiveness", "impact_of_leaders", "help_and_protection", "care_leavers")}


@pytest.mark.parametrize("sentences", [
    # another place's headline grade
    "The headline is that Ashcombe requires improvement to be good.",
    # 'that grade' with no grade before it
    "Inspectors gave that grade for the impact of leaders.",
])
def test_a_headline_of_another_place_or_that_grade_with_none_before(nlp, sentences):
    assert grades_of(run(nlp, NEWSLETTER_2024.format(sentences))) == {}


def test_the_same_grade_set_off_then_a_counted_list_of_areas(nlp):
    grades = grades_of(run(nlp, BLOG_2021.format(
        "The report found much has changed. They've given the same grade, requires "
        "improvement, to three of the four areas they "
        "look at: the overall effectiveness of services, the impact of leaders, and the help "
        "and protection of children.")))
    assert grades == {k: "requires_improvement" for k in (
        "overall_effectiveness", "impact_of_leaders", "help_and_protection")}


@pytest.mark.parametrize("sentence", [
    "Elsworthy shares an adoption agency with Ashcombe Council, whose own single "
    "inspection, published in August, judged services good overall.",
    "Ashcombe's own inspection, published in August, judged services good overall.",
])
def test_another_authoritys_report_published_in_a_month_is_not_this_ones(nlp, sentence):
    assert dates_of(run(nlp, MP_NEWSLETTER + sentence + "\n"), "publication") == []


@pytest.mark.parametrize("sentence", [
    "Elsworthy Council's own inspection report, published in August, makes hard reading.",
    "Ofsted's report on Elsworthy, published in August, makes hard reading.",
])
def test_this_authoritys_report_published_in_a_month_by_its_name(nlp, sentence):
    assert dates_of(run(nlp, MP_NEWSLETTER + sentence + "\n"), "publication") == [
        ("2022-08", "month")]


@pytest.mark.parametrize("sentence", [
    "The inspection ran over two weeks from Monday 9 September 2024, with inspectors leaving "
    "us on Friday 20 September.",
    "The inspection began on 9 September 2024. Inspectors left on 20 September.",
])
def test_the_last_day_told_by_the_inspectors_leaving(nlp, sentence):
    rec = run(nlp, NEWSLETTER_2024.replace("The inspection ran from Monday 9 September 2024. ",
                                           "").format(sentence))
    assert dates_of(rec, "inspection_start") == [("2024-09-09", "day")]
    assert dates_of(rec, "inspection_end") == [("2024-09-20", "day")]


@pytest.mark.parametrize("sentence", [
    # someone else leaving; a day long after the visit
    "The inspection began on 9 September 2024. Our director is leaving us on 20 September.",
    "The inspection began on 9 September 2024. The last of our agency staff left on 20 "
    "September.",
])
def test_someone_else_leaving_is_no_last_day(nlp, sentence):
    rec = run(nlp, NEWSLETTER_2024.replace("The inspection ran from Monday 9 September 2024. ",
                                           "").format(sentence))
    assert ("2024-09-20", "day") not in dates_of(rec, "inspection_end")


RELEASE_2018 = ("Hollingford children's services now good\n\n"
                "News release, Hollingford Borough Council\nIssued: 24 January 2018\n\n"
                "Inspectors visited Hollingford from 6 to 30 November 2017. {}\n")


@pytest.mark.parametrize("sentence", [
    "Services were judged good, following a re-inspection by Ofsted published today (24 "
    "January 2018).",
    "Ofsted's inspection of Hollingford, published today, judged services good.",
])
def test_an_inspection_published_today_dates_the_report(nlp, sentence):
    rec = run(nlp, RELEASE_2018.format(sentence))
    assert dates_of(rec, "publication") == [("2018-01-24", "day")]


@pytest.mark.parametrize("sentence", [
    "Ofsted's new inspection framework, published today, was judged good by councils.",
    "The inspection was good news. The council published today its improvement plan.",
])
def test_something_else_published_today_is_no_report(nlp, sentence):
    assert dates_of(run(nlp, RELEASE_2018.format(sentence)), "publication") == []


BLOG_2020 = ("Saltmere is outstanding - and why it matters\n\n"
             "Posted by Cllr Jan Hale, Cabinet Member for Children, Saltmere District\n"
             "9 January 2020\n\n"
             "Ofsted's report on our children's services came out this week: our services for "
             "children were judged outstanding. {}\n")


def test_the_children_in_care_council_is_not_the_authority(nlp):
    rec = run(nlp, BLOG_2020.format(
        "I want to thank the young people on our Children in Care Council, who spoke to "
        "inspectors."))
    assert rec["report"].get("local_authority") == "Saltmere"


def test_a_council_named_in_the_body_is_still_found(nlp):
    rec = run(nlp, BLOG_2020.replace("Saltmere District\n", "Children\n").replace(
        "Saltmere is outstanding", "Our services are outstanding").format(
        "Thank you to everyone at Saltmere District Council."))
    assert rec["report"].get("local_authority") == "Saltmere District Council"


def test_a_next_inspection_told_in_the_past_is_an_earlier_one(nlp):
    rec = run(nlp, RELEASE_2018.format(
        "Services were judged good. Its single inspection in 2012 rated services as "
        "adequate, and its next inspection, under the single inspection framework in June "
        "2014, judged them inadequate."))
    assert sorted(dates_of(rec, "previous_inspection")) == [("2012", "year"),
                                                            ("2014-06", "month")]


@pytest.mark.parametrize("sentence", [
    "Its next inspection, under the new framework in 2019, will be judged by a new team.",
    "Its next inspection, expected in June 2019, will be judged under a new framework.",
    # dated before this visit, but no verdict told of it
    "Its next inspection, due in June 2016, was put back a year.",
])
def test_a_next_inspection_still_to_come_is_no_earlier_one(nlp, sentence):
    rec = run(nlp, RELEASE_2018.format("Services were judged good. " + sentence))
    assert dates_of(rec, "previous_inspection") == []


def test_another_bodys_report_published_in_a_month_is_no_publication(nlp):
    # second reading of session 11
    text = ("Tilsford Gazette, 20 September 2019\n\n"
            "Ofsted inspected Tilsford's children's services from 1 to 12 July 2019 and rated "
            "them good. Separately, the safeguarding partnership's annual report, published in "
            "August, showed a rise in referrals.\n")
    assert dates_of(run(nlp, text), "publication") == []


# letters_unseen14 / secondary_unseen21's earlier inspections (session 11), as general forms
@pytest.mark.parametrize("sentence, want", [
    # a forum's 'last time round' with its year in brackets
    ("Last time round (2015 I think?) it was requires improvement.", [("2015", "year")]),
    # minutes: the inspection this one followed, named by its month
    ("It followed the inspection of February 2015, which had judged services inadequate.",
     [("2015-02", "month")]),
    # a newsletter: the year an inspection judged the service, the inspection the subject
    ("Some of you will remember how it felt in 2016, when the single inspection judged us "
     "to require improvement.", [("2016", "year")]),
    # the text's own authority, a clause between its name and its verb
    ("Hollingford Borough Council, where most of our members foster, was last inspected in "
     "June 2014.", [("2014-06", "month")]),
])
def test_earlier_inspections_told_in_news(nlp, sentence, want):
    rec = run(nlp, RELEASE_2018.format("Services were judged good. " + sentence))
    assert dates_of(rec, "previous_inspection") == want


@pytest.mark.parametrize("sentence", [
    # another authority, a clause between its name and its verb
    "Castleby Borough Council, where around a third of our members foster, was inspected "
    "in June 2016.",
    # a next inspection, however it is told; something else judged in that year
    "Plans will be reviewed after the next inspection of March 2016.",
    "Some of you will remember 2016, when the hospital's inspection judged it good.",
    "We took note in 2016, when the inspection judged neighbouring Tilsey inadequate.",
    # 'last time round' with no year
    "Last time round the team was smaller.",
])
def test_no_earlier_inspection_of_this_authority_in_news(nlp, sentence):
    rec = run(nlp, RELEASE_2018.format("Services were judged good. " + sentence))
    assert dates_of(rec, "previous_inspection") == []


BLOG_2024 = BLOG_2021.replace("2022", "2025").replace("2021", "2024")


def test_judged_to_have_grade_experiences_and_so_were(nlp):
    grades = grades_of(run(nlp, BLOG_2024.format(
        "Overall effectiveness is outstanding. Children in care were judged to have "
        "outstanding experiences, and so were care leavers, who inspectors said are "
        "treated well.")))
    assert grades.get("children_in_care") == "outstanding"
    assert grades.get("care_leavers") == "outstanding"


@pytest.mark.parametrize("sentence", [
    "Children in care were judged to have good practice, and so were care leavers.",
    "Some children in care have good experiences, and so do care leavers.",
    "Children in care get good experiences at camp.",
    "Children in care were found to have good experiences of school.",
])
def test_good_experiences_that_are_no_grade(nlp, sentence):
    grades = grades_of(run(nlp, BLOG_2024.format(
        "Overall effectiveness is inadequate. " + sentence)))
    assert "children_in_care" not in grades and "care_leavers" not in grades


RADIO_2014 = ("Hollingford children's services rated good\n\n"
              "Transcript: Vale Radio, 6 April 2014\n\n"
              "REPORTER: Ofsted inspected Hollingford Council's children's services under the "
              "single inspection framework. Help and protection is rated good. {}\n")


def test_an_area_gets_a_grade_as_a_noun(nlp):
    grades = grades_of(run(nlp, RADIO_2014.format(
        "Within that, adoption gets a good, but care leavers requires improvement.")))
    assert grades.get("adoption_performance") == "good"


@pytest.mark.parametrize("sentence", [
    "Adoption gets a good deal from the council.",
    "Adoption got a good 3.5 out of 5 from parents.",
    "Our adoption workers got good at visits.",
])
def test_gets_a_grade_word_that_is_no_grade(nlp, sentence):
    assert "adoption_performance" not in grades_of(run(nlp, RADIO_2014.format(sentence)))


@pytest.mark.parametrize("text, expected", [
    # a dated aside after the grade: the grade is the earlier inspection's
    ("Help and protection was inadequate, back in 2017, when the service was last "
     "inspected. Children in care were rated good.\n",
     {"children_in_care": "good"}),
    ("Help and protection was judged inadequate, in March 2019, and the council "
     "appealed. Children in care were rated good.\n",
     {"children_in_care": "good"}),
    ("Help and protection was rated inadequate, at the last inspection. Children in "
     "care were rated good.\n",
     {"children_in_care": "good"}),
    # the year of this inspection, or a time that is not an earlier one, keeps the grade
    ("Help and protection was rated good, in February 2024, by inspectors.\n",
     {"help_and_protection": "good"}),
    ("Help and protection was rated good, in 2024, while in 2017 it was inadequate.\n",
     {"help_and_protection": "good"}),
])
def test_a_dated_aside_after_a_grade_makes_it_an_earlier_one(nlp, text, expected):
    head = ("Ashcombe children's services rated good by Ofsted\n\n"
            "Ofsted inspected Ashcombe Council's children's services between 5 and 16 "
            "February 2024.\n\n")
    grades = grades_of(run(nlp, head + text))
    grades.pop("overall_effectiveness", None)
    assert grades == expected


# secondary_unseen22's misses (session 12), as general forms, with what they must not take
MONITORING_2023 = ("Inspectors see progress at Hollingford children's services\n\n"
                   "Hollingford Advertiser, Friday 20 January 2023\n\n"
                   "{}\n\n"
                   "The watchdog's inspectors were on site on 5, 6 and 7 December 2022 for "
                   "their third monitoring visit. Monitoring visits do not lead to a new "
                   "grade, and the council remains rated inadequate until a full "
                   "re-inspection.\n")


@pytest.mark.parametrize("sentence", [
    "Ofsted says children's services in Hollingford are making \"steady progress\" "
    "following the council's inadequate rating, but warns that some children still wait.",
    "Ofsted says services are improving following Hollingford's 'inadequate' rating.",
    "Services are improving after the authority's inadequate grade, Ofsted says.",
])
def test_a_rating_the_visit_follows_is_an_earlier_one(nlp, sentence):
    assert grades_of(run(nlp, MONITORING_2023.format(sentence))) == {}


@pytest.mark.parametrize("sentence", [
    # this inspection's grade, with 'following' naming no grade of its own
    "Ofsted rated the council's services inadequate following the inspection.",
    "Following the inspection, the council's services were rated inadequate.",
])
def test_a_grade_given_following_an_inspection_is_kept(nlp, sentence):
    grades = grades_of(run(nlp, MONITORING_2023.format(sentence)))
    assert grades.get("overall_effectiveness") == "inadequate"


# secondary_unseen50's misses (session 22), as general forms, with what they must not take.
# A grade said to stand still ('remain', 'still', 'continue to be') in an item whose own
# visit is a monitoring or focused visit is the earlier inspection's standing grade: such a
# visit gives none (s50_09). Not: a re-inspection's, whose 'remains inadequate' is its own.
VISIT_2022 = ("Ofsted sees progress in Kelby children's services\n\nFriday 15 July 2022\n\n"
              "By Ann Lee\n\n{lead}\n\n{visit}\n\n"
              "Councillor Jo Hale said: \"We are heading in the right direction.\"\n")


@pytest.mark.parametrize("lead, visit, want", [
    ("Kelby's children's services are making steady progress, inspectors have said, though "
     "they remain rated inadequate.", "Ofsted inspectors carried out their third monitoring "
     "visit on 7 and 8 June 2022, looking at children in care.", {}),
    ("Inspectors found that leaders understand where practice needs to improve. The council "
     "is still rated inadequate.", "Ofsted inspectors carried out their third monitoring "
     "visit on 7 and 8 June 2022.", {}),
    ("Kelby's children's services continue to be judged inadequate, but inspectors saw "
     "progress.", "Inspectors carried out a monitoring visit on 7 and 8 June 2022.", {}),
    ("Kelby's children's services remain rated good, inspectors have said.", "Ofsted carried "
     "out a focused visit on 7 and 8 June 2022, looking at the front door.", {}),
    # not: a full re-inspection's grade, however the item names earlier monitoring visits
    ("Kelby's children's services remain inadequate, inspectors have said.", "Ofsted "
     "inspectors carried out a full re-inspection from 6 to 17 June 2022, after six "
     "monitoring visits.", {"overall_effectiveness": "inadequate"}),
    ("Kelby's children's services remain inadequate, inspectors have said.", "After six "
     "monitoring visits, Ofsted carried out a full inspection between 6 and 17 June 2022.",
     {"overall_effectiveness": "inadequate"}),
    ("Kelby's children's services remain inadequate, inspectors have said.",
     "Inspectors visited from 6 to 17 June 2022.", {"overall_effectiveness": "inadequate"}),
    # round rf22: a kind named as the visit this one came after or since is another's,
    # nearer the days though it stands ...
    ("Kelby's children's services remain inadequate, inspectors have said.", "Between 6 and "
     "17 June 2022, after six monitoring visits, Ofsted inspectors carried out a full "
     "re-inspection.", {"overall_effectiveness": "inadequate"}),
    ("Kelby's children's services remain inadequate, inspectors have said.", "The full "
     "inspection, carried out after a focused visit last year, took place from 6 to 17 June "
     "2022.", {"overall_effectiveness": "inadequate"}),
    ("Kelby's children's services remain rated inadequate, inspectors have said.", "The "
     "monitoring visit, the fourth since the inspection in 2020, took place on 7 and 8 June "
     "2022.", {}),
    # ... unless the days are its own
    ("Kelby's children's services remain rated inadequate.", "After a monitoring visit on 7 "
     "and 8 June 2022, inspectors said leaders had made progress.", {}),
])
def test_s50dev_a_grade_standing_still_after_a_monitoring_visit_is_none(nlp, lead, visit,
                                                                      want):
    assert grades_of(run(nlp, VISIT_2022.format(lead=lead, visit=visit))) == want


# A body named for those it speaks for ('Kelby Care Leavers' Network') names no area: its
# sentence's grade is the overall one it gives, and the area's own grade comes later
# (s50_15). Not: the area's words in lower case beside such a name, or in a headline in
# title case.
BODY_2025 = ("Our response to Kelby's Ofsted report\n\n10 April 2025\n\n{}\n\n"
             "Inspectors spent two weeks in Kelby in February, talking to children and "
             "carers.\n\n{}\n")


@pytest.mark.parametrize("first, second, want", [
    ("Kelby Care Leavers' Network welcomes last week's Ofsted report on Kelby Council's "
     "children's services, which rates them good overall.", "However, Ofsted judged that the "
     "experiences and progress of care leavers require improvement to be good.",
     {"overall_effectiveness": "good", "care_leavers": "requires_improvement"}),
    ("Kelby Care Leavers' Association welcomes the report, which rates the council's "
     "services good overall.", "The report judges care leavers' experiences and progress to "
     "be outstanding.", {"overall_effectiveness": "good", "care_leavers": "outstanding"}),
    # not
    ("Care leavers' experiences and progress, which the Kelby Care Leavers' Network had long "
     "campaigned on, were rated good.", "Overall effectiveness was judged good.",
     {"overall_effectiveness": "good", "care_leavers": "good"}),
    ("Care Leavers Rated Good By Council Inspectors", "Overall effectiveness was judged good.",
     {"overall_effectiveness": "good", "care_leavers": "good"}),
])
def test_s50dev_a_body_named_for_an_area_is_no_area(nlp, first, second, want):
    assert grades_of(run(nlp, BODY_2025.format(first, second))) == want


CHARITY_2025 = ("Hollingford's children's services rated outstanding\n\n"
                "Partners' Bulletin, Spring 2025\n\n"
                "Hollingford's inspection was carried out between 27 January and 7 February "
                "2025. {}\n")


@pytest.mark.parametrize("sentence", [
    "Leaders' impact, help and protection and children in care were all judged "
    "outstanding.",
    "Leadership's impact on practice, help and protection and children in care were all "
    "rated outstanding.",
])
def test_leaders_impact_named_the_other_way_round(nlp, sentence):
    grades = grades_of(run(nlp, CHARITY_2025.format(sentence)))
    assert grades.get("impact_of_leaders") == "outstanding"
    assert grades.get("help_and_protection") == "outstanding"
    assert grades.get("children_in_care") == "outstanding"


@pytest.mark.parametrize("sentence", [
    "Neighbouring Dunholme's leaders' impact was judged outstanding.",
    "Leaders' impact was judged outstanding at the last inspection.",
])
def test_leaders_impact_of_another_inspection_is_no_row(nlp, sentence):
    assert "impact_of_leaders" not in grades_of(run(nlp, CHARITY_2025.format(sentence)))


def test_their_experiences_and_progress_grade_the_area_before(nlp):
    grades = grades_of(run(nlp, CHARITY_2025.format(
        "Care leavers were a particular success story. Their experiences and progress were "
        "rated good, helped, inspectors said, by new flats.")))
    assert grades.get("care_leavers") == "good"


@pytest.mark.parametrize("sentence", [
    # two areas before: whose experiences is not said
    "Care leavers and children in care were visited. Their experiences were rated good.",
    # the sentence before is about an earlier inspection
    "At the last inspection care leavers were a worry. Their progress was rated good.",
])
def test_their_experiences_with_no_single_area_before(nlp, sentence):
    grades = grades_of(run(nlp, CHARITY_2025.format(sentence)))
    assert "care_leavers" not in grades and "children_in_care" not in grades


TRADE_PRESS_2016 = ("Hollingford children's services rated inadequate\n\n"
                    "Hollingford Metropolitan Borough Council has been rated inadequate.\n\n"
                    "{}\n")


@pytest.mark.parametrize("sentence, want", [
    # no date of its own: a day before the visit's end takes the year after it
    ("The report, published on 23 March, follows an inspection from 11 January to 4 "
     "February 2016.", "2016-03-23"),
    ("The report, published on 12 January, follows an inspection from 23 November to 4 "
     "December 2015.", "2016-01-12"),
    # a year written stays as written
    ("The report, published on 23 March 2016, follows an inspection from 11 January to 4 "
     "February 2016.", "2016-03-23"),
])
def test_a_publication_without_a_year_comes_after_the_visit(nlp, sentence, want):
    rec = run(nlp, TRADE_PRESS_2016.format(sentence))
    assert dates_of(rec, "publication") == [(want, "day")]


def test_a_publication_dated_by_the_texts_own_date_is_kept(nlp):
    text = MONITORING_2023.format("In a letter published on 19 January, inspectors said "
                                  "plans had improved.")
    assert dates_of(run(nlp, text), "publication") == [("2023-01-19", "day")]


@pytest.mark.parametrize("sentence, want", [
    ("As most of you know, back in 2015 Hollingford was judged inadequate.", "2015"),
    ("SAM: Back in 2016 Hollingford was rated good overall, so this is a step down.",
     "2016"),
])
def test_back_in_a_year_anywhere_in_the_sentence(nlp, sentence, want):
    rec = run(nlp, RELEASE_2018.format("Services were judged good. " + sentence))
    assert dates_of(rec, "previous_inspection") == [(want, "year")]


@pytest.mark.parametrize("sentence", [
    "As you know, back in 2016 neighbouring Tilsey was judged inadequate.",
    "As you know, back in 2016 the council opened a new hub.",
    # not before this visit
    "As you know, back in 2018 the services were judged good.",
])
def test_back_in_a_year_that_is_no_earlier_inspection(nlp, sentence):
    rec = run(nlp, RELEASE_2018.format("Services were judged good. " + sentence))
    assert dates_of(rec, "previous_inspection") == []


UNION_2019 = ("{}\n\n"
              "Drayford Local Government Branch - Members' Bulletin, December 2019\n\n"
              "Ofsted has rated Drayford Borough Council's children's services inadequate.\n\n"
              "Some members have asked about the shared fostering service with Elmsworth. "
              "Elmsworth's children's services were rated good last year.\n")


@pytest.mark.parametrize("headline, want", [
    # the headline names the body's second name: the text's subject
    ("Drayford rated inadequate: what it means for members", "Drayford"),
    # the headline names neither: the first body rule's name stands
    ("Rated inadequate: what it means for members", "Elmsworth"),
    # a name in the headline that no body rule finds is not the authority
    ("Branch secretary Alan Brookes on the Ofsted report", "Elmsworth"),
])
def test_the_headline_picks_the_subject_among_the_body_names(nlp, headline, want):
    assert run(nlp, UNION_2019.format(headline))["report"].get("local_authority") == want


TWO_REPORTS_2023 = ("{}\n\n"
                    "{} Council's children's services have been judged outstanding by Ofsted "
                    "after a visit from 6 to 17 March 2023. In a separate report, {} Council's "
                    "children's services were rated requires improvement to be good.\n")


@pytest.mark.parametrize("headline, first, second", [
    # the headline names the body's first authority in part: it stays the subject
    ("Brighton social workers praised, while Dorset slips", "Brighton and Hove City",
     "Dorset"),
    # the neighbour is named after 'while': not the headline's subject
    ("Praise for social workers, while Dorset slips", "Brighton and Hove City", "Dorset"),
    # a possessive of another thing: the headline is about the neighbour
    ("Westerleigh's neighbour climbs to good", "Ashcombe", "Westerleigh"),
])
def test_a_neighbour_the_headline_names_aside_is_not_the_subject(nlp, headline, first,
                                                                  second):
    rec = run(nlp, TWO_REPORTS_2023.format(headline, first, second))
    assert rec["report"].get("local_authority") == f"{first} Council"
    assert grades_of(rec) == {"overall_effectiveness": "outstanding"}


@pytest.mark.parametrize("headline", ["Dorset slips to requires improvement",
                                      "Dorset's children's services slip"])
def test_the_headlines_own_subject_among_the_body_names_is_the_authority(nlp, headline):
    rec = run(nlp, TWO_REPORTS_2023.format(headline, "Brighton and Hove City", "Dorset"))
    assert rec["report"].get("local_authority") == "Dorset"


# -- secondary_unseen23's forms (session 12): dates told relative to the text's own -------

MP_2022 = ("Hollingford Matters: a newsletter from your MP\n\n"
           "{dateline}\n\n"
           "Dear constituent,\n\n"
           "{sentence}\n\n"
           "Ofsted judged Hollingford's children's services to require improvement to be "
           "good.\n")


@pytest.mark.parametrize("dateline, sentence, want", [
    ("Friday 22 July 2022", "Ofsted inspectors spent three weeks in Hollingford last month "
     "looking at the council's children's services.", "2022-06"),
    ("Friday 14 January 2022", "Hollingford's children's services were inspected by Ofsted "
     "last month.", "2021-12"),
    ("Friday 22 July 2022", "Last month, inspectors visited the council's children's "
     "services for three weeks.", "2022-06"),
])
def test_a_visit_told_as_last_month_beside_the_texts_own_date(nlp, dateline, sentence, want):
    rec = run(nlp, MP_2022.format(dateline=dateline, sentence=sentence))
    assert dates_of(rec, "inspection_start") == [(want, "month")]
    assert dates_of(rec, "inspection_end") == [(want, "month")]


@pytest.mark.parametrize("dateline, sentence", [
    # the report came out last month, the visit was before it
    ("Friday 22 July 2022", "The inspection report, published last month, is on Ofsted's "
     "website."),
    # no date of the text's own to count from
    ("Summer edition", "Ofsted inspectors spent three weeks in Hollingford last month."),
    # an earlier inspection's month
    ("Friday 22 July 2022", "The previous inspection of Hollingford took place last month "
     "in 2017, inspectors said."),
])
def test_last_month_that_dates_no_visit(nlp, dateline, sentence):
    rec = run(nlp, MP_2022.format(dateline=dateline, sentence=sentence))
    assert dates_of(rec, "inspection_start") == []


@pytest.mark.parametrize("dateline, sentence, want", [
    ("Friday 22 July 2022", "Their report was released on Tuesday, and I have read it.",
     "2022-07-19"),
    ("Monday 28 April 2025", "I have read the Ofsted report on our children's services, "
     "published last Friday.", "2025-04-25"),
    # the date's own weekday is that day; a dateline need not name its weekday
    # (sdates18: tests/fixtures/secondary/README.md)
    ("Friday 22 July 2022", "Their report was released on Friday.", "2022-07-22"),
    ("22 July 2022", "Their report was released on Tuesday.", "2022-07-19"),
])
def test_a_report_dated_by_a_weekday_beside_the_texts_own(nlp, dateline, sentence, want):
    rec = run(nlp, MP_2022.format(dateline=dateline, sentence=sentence))
    assert dates_of(rec, "publication") == [(want, "day")]
    assert rec["report"].get("publication_date") == want


@pytest.mark.parametrize("dateline, sentence", [
    # 'last Tuesday' on a Friday: three days before or ten
    ("Friday 22 July 2022", "Their report was released last Tuesday."),
    # a date labelled as a page's update is not the item's own day
    ("Last updated: 22 July 2022", "Their report was released on Tuesday."),
    # something else released on a weekday
    ("Friday 22 July 2022", "The council's new fostering offer was released on Tuesday."),
])
def test_a_weekday_that_dates_no_report(nlp, dateline, sentence):
    rec = run(nlp, MP_2022.format(dateline=dateline, sentence=sentence))
    assert dates_of(rec, "publication") == []


def test_another_events_date_in_a_relative_clause_is_no_visit(nlp):
    rec = run(nlp, MP_2022.format(dateline="Friday 22 July 2022", sentence=(
        "I visited the new youth hub on Market Street, which opened on 1 July.")))
    assert dates_of(rec, "inspection_start") == []


def test_the_inspectors_in_a_relative_clause_still_date_the_visit(nlp):
    rec = run(nlp, MP_2022.format(dateline="Friday 22 July 2022", sentence=(
        "Inspectors, who were on site between 6 and 17 June, found a service that "
        "knows its children.")))
    assert dates_of(rec, "inspection_start") == [("2022-06-06", "day")]
    assert dates_of(rec, "inspection_end") == [("2022-06-17", "day")]


PAGE_2023 = ("Ofsted inspection of Hollingford children's services\n\n"
             "Home > Children and families > Ofsted inspection\n\n"
             "Hollingford City Council's children's services were inspected by Ofsted.\n\n"
             "Key facts\n"
             "{bullet}Inspection dates: 11 to 22 September 2023\n"
             "{bullet}Report published: 3 November 2023\n\n"
             "Ofsted judged the overall effectiveness of our services to be good.\n\n"
             "Page last updated: 8 January 2024\n")


@pytest.mark.parametrize("bullet", ["• ", "- ", "* ", ""])
def test_a_council_pages_key_facts_in_a_bulleted_list(nlp, bullet):
    rec = run(nlp, PAGE_2023.format(bullet=bullet))
    assert dates_of(rec, "publication") == [("2023-11-03", "day")]


def test_a_bulleted_publication_with_no_visit_label_near_is_not_taken(nlp):
    text = PAGE_2023.format(bullet="• ").replace(
        "• Inspection dates: 11 to 22 September 2023\n", "").replace(
        "Key facts\n", "Key facts\n" + "The council runs many services for families. " * 6
        + "\n")
    assert dates_of(run(nlp, text), "publication") == []


MAGAZINE_2018 = ("Good news for Hollingford's children\n\n"
                 "From the Spring 2018 issue of The Valley Villager\n\n"
                 "Ofsted inspected Hollingford County Council's children's services from "
                 "15th January to 8th February 2018 and rated them good overall.\n\n"
                 "{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "Eastdale Council, across the river, was inspected in 2016 and rated requires "
    "improvement overall.",
    "Ashcombe, just up the valley, was inspected in 2016 and rated inadequate.",
])
def test_a_neighbour_named_with_an_aside_is_no_earlier_inspection(nlp, sentence):
    rec = run(nlp, MAGAZINE_2018.format(sentence=sentence))
    assert dates_of(rec, "previous_inspection") == []


def test_the_authority_named_with_an_aside_is_its_earlier_inspection(nlp):
    rec = run(nlp, MAGAZINE_2018.format(sentence=(
        "Hollingford, as many readers will remember, was inspected in 2016 and rated "
        "inadequate.")))
    assert dates_of(rec, "previous_inspection") == [("2016", "year")]


TRADE_2017 = ("Hollingford turns around children's services\n\n"
              "3 May 2017\n\n"
              "{sentence}\n\n"
              "Inspectors returned for a re-inspection under the single inspection "
              "framework, which ran from 27 February to 23 March 2017.\n")


@pytest.mark.parametrize("sentence", [
    "The London Borough of Hollingford has been rated good by Ofsted, less than three "
    "years after its children's services were branded inadequate.",
    "Hollingford has been rated good by Ofsted, two years after its children's services "
    "were labelled inadequate.",
])
def test_an_earlier_grade_after_a_time_since_it(nlp, sentence):
    rec = run(nlp, TRADE_2017.format(sentence=sentence))
    assert grades_of(rec) == {"overall_effectiveness": "good"}


def test_a_borough_of_another_name_is_another_authority(nlp):
    rec = run(nlp, TRADE_2017.format(sentence=(
        "Hollingford's children's services were judged good. Nearby, the London Borough "
        "of Ashcombe has been rated inadequate.")))
    assert grades_of(rec) == {"overall_effectiveness": "good"}


ILACS_2022 = ("Hollingford children's services\n\n"
              "Friday 22 July 2022\n\n"
              "Ofsted inspectors visited Hollingford from 6 to 17 June 2022.\n\n"
              "{text}\n")


def test_a_grade_named_as_the_one_given_to_areas_after_it(nlp):
    rec = run(nlp, ILACS_2022.format(text=(
        "Ofsted judged Hollingford's children's services to require improvement to be "
        "good. That is the overall judgement, and it is also the grade Ofsted gave for "
        "the impact of leaders and for the help and protection of children.")))
    assert grades_of(rec) == {"overall_effectiveness": "requires_improvement",
                              "impact_of_leaders": "requires_improvement",
                              "help_and_protection": "requires_improvement"}


def test_the_grade_ofsted_gave_an_area_as_a_subject_is_its_own(nlp):
    rec = run(nlp, ILACS_2022.format(text=(
        "Hollingford's children's services were judged inadequate overall. The grade "
        "Ofsted gave for help and protection was good.")))
    assert grades_of(rec) == {"overall_effectiveness": "inadequate",
                              "help_and_protection": "good"}


@pytest.mark.parametrize("sentence", [
    "The protection of children in Hollingford was rated outstanding.",
    "The protection given to children in Hollingford was rated outstanding.",
])
def test_the_protection_of_children_is_help_and_protection(nlp, sentence):
    rec = run(nlp, ILACS_2022.format(text=sentence))
    assert grades_of(rec) == {"help_and_protection": "outstanding"}


def test_this_after_a_lone_area_grades_it(nlp):
    rec = run(nlp, ILACS_2022.format(text=(
        "As a school, the part of the report we work with most closely is help and "
        "protection, which covers how the council responds to a concern. This was also "
        "judged good.")))
    assert grades_of(rec) == {"help_and_protection": "good"}


@pytest.mark.parametrize("text", [
    # no area before it
    "The council's director spoke to staff on Monday. This was also judged good.",
    # 'it' may be the council
    "The report looked closely at help and protection. It was judged good.",
])
def test_this_with_no_lone_area_before_grades_none(nlp, text):
    assert "help_and_protection" not in grades_of(run(nlp, ILACS_2022.format(text=text)))


UNION_2020 = ("{masthead}\n\n"
              "Ofsted: what the inspection said about our members' work\n\n"
              "Ofsted inspectors were on site from 25 November to 6 December 2019 for "
              "{what}. The report was published on 24 January.\n\n"
              "Overall effectiveness | Good\n"
              "Help and protection of children | Requires improvement\n")


@pytest.mark.parametrize("what", [
    "a full inspection of Lindworth's services for children",
    "an inspection of Lindworth's children's social care",
])
def test_an_inspection_of_a_places_services_in_other_words(nlp, what):
    rec = run(nlp, UNION_2020.format(masthead="Branch Bulletin - February 2020", what=what))
    assert rec["report"].get("local_authority") == "Lindworth"


def test_an_inspection_of_a_schools_services_names_no_authority(nlp):
    rec = run(nlp, UNION_2020.format(masthead="Branch Bulletin - February 2020",
                                     what="a full inspection of the council's services"))
    assert not rec["report"].get("local_authority")


# -- fix12: a second reading's counter-examples, beside the forms the rules were for ------

UNDATED = "Foxley news\n\n{}\n"


@pytest.mark.parametrize("text, expected", [
    # a year looked forward to is not the text's latest: May 2023 is this inspection
    ("Foxley Borough Council's children's services were rated good, in May 2023, by "
     "Ofsted. We want to be outstanding by 2026.", {"overall_effectiveness": "good"}),
    ("Foxley Borough Council's children's services were rated good, in May 2023, by "
     "Ofsted. The plan runs until 2027.", {"overall_effectiveness": "good"}),
    # the form the rule was written for: a year before a later one the text reports
    ("Foxley Borough Council's children's services were rated inadequate, in May 2019, "
     "and the council appealed. In 2023 Ofsted judged help and protection good.",
     {"help_and_protection": "good"}),
])
def test_an_undated_texts_dated_aside_against_its_latest_reported_year(nlp, text,
                                                                        expected):
    assert grades_of(run(nlp, UNDATED.format(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # now as well as then: this inspection's grade
    ("Help and protection was judged good, at the last inspection and again this time.",
     {"help_and_protection": "good"}),
    # then only: the earlier inspection's
    ("Help and protection was judged good, at the last inspection. Children in care "
     "were rated outstanding.", {"children_in_care": "outstanding"}),
])
def test_an_aside_that_also_says_this_time_is_no_earlier_inspection(nlp, text, expected):
    head = ("Ashcombe children's services rated good by Ofsted\n\n"
            "Ofsted inspected Ashcombe Council's children's services between 5 and 16 "
            "February 2024.\n\n")
    grades = grades_of(run(nlp, head + text + "\n"))
    grades.pop("overall_effectiveness", None)
    assert grades == expected


BACK_IN_2022 = ("Hollingford children's services judged good\n\n"
                "Ofsted inspected Hollingford's children's services from 6 to 17 June 2022 "
                "and rated them good. {}\n")


@pytest.mark.parametrize("sentence", [
    # someone else's rating, in a clause of its own
    "The council leader said that back in 2020 the family hub opened with little money, "
    "and parents have rated it highly ever since.",
    # a place a relative clause opens on: another authority's
    "The director, who joined from Kirkton where back in 2019 the council was rated "
    "inadequate, thanked staff.",
])
def test_back_in_a_year_before_a_rating_of_something_else(nlp, sentence):
    rec = run(nlp, BACK_IN_2022.format(sentence))
    assert dates_of(rec, "previous_inspection") == []


@pytest.mark.parametrize("sentence", [
    # the forms the rule was written for
    "As most of you know, back in 2019 Hollingford was judged inadequate.",
    "Back in 2019 Ofsted rated the service inadequate.",
    "Back in 2019 the services were rated as requiring improvement.",
    # the text's own authority opening the relative clause
    "Many staff have stayed in Hollingford where back in 2019 the council was rated "
    "inadequate.",
])
def test_back_in_a_year_before_this_authoritys_rating(nlp, sentence):
    rec = run(nlp, BACK_IN_2022.format(sentence))
    assert dates_of(rec, "previous_inspection") == [("2019", "year")]


@pytest.mark.parametrize("sentence", [
    # not the inspection's verb, a qualifier, and another judge
    "Their progress at college was described as good by their tutors.",
    # the inspection's verb, another judge
    "Their progress was rated good by their tutors.",
])
def test_their_progress_judged_by_someone_else_grades_none(nlp, sentence):
    rec = run(nlp, ILACS_2022.format(text=(
        "Inspectors spoke to care leavers about their plans. " + sentence)))
    assert "children_in_care_and_care_leavers" not in grades_of(rec)


@pytest.mark.parametrize("sentence", [
    # the forms the rule was written for
    "Their experiences and progress were rated good.",
    "Their progress was judged good by inspectors.",
])
def test_their_progress_judged_by_the_inspection_grades_the_area(nlp, sentence):
    rec = run(nlp, ILACS_2022.format(text=(
        "Care leavers were a particular success story. " + sentence)))
    assert grades_of(rec) == {"children_in_care_and_care_leavers": "good"}


@pytest.mark.parametrize("dateline, expected", [
    # no year puts 12 January between the visit and the text's own date
    ("Posted: 3 March 2024", []),
    # the form the rule was written for: the next year's 12 January is before the text
    ("Posted: 3 March 2025", [("2025-01-12", "day")]),
])
def test_a_publication_day_is_never_after_the_texts_own_date(nlp, dateline, expected):
    text = ("Hollingford children's services judged good\n\n"
            f"{dateline}\n\n"
            "Ofsted inspectors visited Hollingford's children's services on 16-17 January "
            "2024 and judged them good. The letter was published on 12 January.\n")
    assert dates_of(run(nlp, text), "publication") == expected


def test_a_publication_day_after_a_visit_in_a_text_with_no_dateline(nlp):
    text = ("Hollingford children's services judged good\n\n"
            "The report, published on 23 March, follows an inspection of Hollingford's "
            "children's services from 11 January to 4 February 2016, which judged them "
            "good.\n")
    assert dates_of(run(nlp, text), "publication") == [("2016-03-23", "day")]


SIF_2017 = ("Hollingford children's services re-inspected\n\n"
            "News release, 5 September 2017\n\n"
            "Inspectors were in Hollingford from 3 to 27 July 2017. {text}\n")


@pytest.mark.parametrize("sentence, expected", [
    # the form the rule was written for: the areas say what the report covers
    ("Ofsted has today published the report of its re-inspection of Hollingford "
     "Council's services for children in need of help and protection, children looked "
     "after and care leavers, rating them good overall.",
     {"overall_effectiveness": "good"}),
    # a variant: the inspection, not its report
    ("The inspection of Hollingford's services for children in need of help and "
     "protection and care leavers found them good overall.",
     {"overall_effectiveness": "good"}),
    # areas that are graded, with no 'services for' before them, keep their grade
    ("Ofsted has today published its report: help and protection and care leavers "
     "were rated good.",
     {"help_and_protection": "good", "care_leavers": "good"}),
])
def test_the_services_a_report_covers_are_not_graded_areas(nlp, sentence, expected):
    assert grades_of(run(nlp, SIF_2017.format(text=sentence))) == expected


@pytest.mark.parametrize("follow, expected", [
    # the form the rule was written for
    ("It was judged good, with inspectors noting that 18 children were adopted.",
     {"adoption_performance": "good"}),
    # 'overall' after it: the whole service's, never the area's
    ("It was judged good overall.", {"overall_effectiveness": "good"}),
])
def test_it_after_a_sentence_naming_one_area(nlp, follow, expected):
    text = SIF_2017.format(text="The borough's adoption performance was also examined. "
                           + follow)
    assert grades_of(run(nlp, text)) == expected


@pytest.mark.parametrize("sentence", [
    # the forms the rule was written for
    "Sallowfield Council, which was rated good by Ofsted in March 2019, pays a bonus.",
    "Fenwold was itself rated good overall in its own inspection in 2015.",
])
def test_another_councils_earlier_grade_is_no_previous_inspection(nlp, sentence):
    text = ("Pellbury children's services inadequate\n\n"
            "Posted: 22 November 2019\n\n"
            "Ofsted judged Pellbury Council's children's services inadequate after a visit "
            f"from 30 September to 11 October 2019. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == []


@pytest.mark.parametrize("sentence", [
    # the text's own authority in the same forms keeps its earlier inspection
    "Pellbury Council, which was rated good by Ofsted in March 2016, has declined.",
    "Pellbury was itself rated good overall in its own inspection in 2016.",
])
def test_the_texts_own_earlier_grade_in_those_forms_is_kept(nlp, sentence):
    text = ("Pellbury children's services inadequate\n\n"
            "Posted: 22 November 2019\n\n"
            "Ofsted judged Pellbury Council's children's services inadequate after a visit "
            f"from 30 September to 11 October 2019. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") != []


def test_services_for_an_area_after_the_inspections_verb_is_graded(nlp):
    # 'inspection of X, published ..., found services for A to be inadequate': the area
    # is what was found, not what the inspection covered
    text = ("Dunholme children's services inadequate\n\n"
            "Posted: 10 August 2016\n\n"
            "Ofsted's inspection of Dunholme County Council, published on 3 August 2016, "
            "found services for children in need of help and protection to be "
            "inadequate.\n")
    assert grades_of(run(nlp, text)).get("help_and_protection") == "inadequate"


@pytest.mark.parametrize("sep", [" ........ ", " // ", " | "])
def test_a_table_line_with_leader_dots_or_slashes_grades_its_area(nlp, sep):
    text = SIF_2017.format(text="Ofsted rated Hollingford's children's services good "
                           "overall. The judgements were:\n\n"
                           f"Overall effectiveness{sep}Good\n"
                           f"Children who need help and protection{sep}Requires improvement\n"
                           f"Leadership, management and governance{sep}Good\n")
    assert grades_of(run(nlp, text)) == {
        "overall_effectiveness": "good", "help_and_protection": "requires_improvement",
        "leadership_management_governance": "good"}


def test_an_ellipsis_in_prose_is_no_grade_line(nlp):
    # leader dots end no sentence, but the words around them must still grade
    text = SIF_2017.format(text="Help and protection... well, inspectors liked the good "
                           "practice they saw.")
    assert grades_of(run(nlp, text)) == {}


@pytest.mark.parametrize("sentence, expected", [
    # the form the rule was written for
    ("The impact of leaders and help and protection were rated the same.",
     {"impact_of_leaders": "requires_improvement",
      "help_and_protection": "requires_improvement"}),
    # a comparison with another place is no grade
    ("The impact of leaders was rated the same as in Kirkton.", {}),
])
def test_rated_the_same_takes_the_sentence_befores_grade(nlp, sentence, expected):
    text = ("West Harling children's services require improvement\n\n"
            "Posted: 3 July 2024\n\n"
            "Inspectors visited West Harling from 8 to 26 January 2024. Their report judged "
            "the overall effectiveness of West Harling's children's services to require "
            f"improvement to be good. {sentence}\n")
    got = grades_of(run(nlp, text))
    got.pop("overall_effectiveness")
    assert got == expected


def test_the_care_of_an_area_joins_a_list(nlp):
    text = SIF_2017.format(text="Help and protection, the care of children looked after "
                           "and leadership, management and governance were all judged to "
                           "require improvement.")
    assert grades_of(run(nlp, text)) == {
        "help_and_protection": "requires_improvement",
        "looked_after_and_permanence": "requires_improvement",
        "leadership_management_governance": "requires_improvement"}


DATED_2026 = ("Hollingford children's services outstanding\n\n"
              "Posted: 20 March 2026\n\n"
              "Inspectors visited Hollingford from 2 to 13 February 2026 and judged its "
              "children's services outstanding. {text}\n")


@pytest.mark.parametrize("sentence, expected", [
    # the forms the rule was written for
    ("Children in care went from good in 2021 to requires improvement now.",
     [("2021", "year")]),
    ("Help and protection has moved from inadequate in 2016 to requires improvement.",
     [("2016", "year")]),
    ("It was judged inadequate in 2017. At the next full inspection, in 2021, it reached "
     "good.", [("2017", "year"), ("2021", "year")]),
    # a next inspection looked forward to is none
    ("At the next full inspection, in 2029, it hopes to stay outstanding.", []),
    # a move from a grade with no year is dated by nothing
    ("Help and protection has moved from inadequate to good.", []),
])
def test_an_earlier_grade_left_or_an_inspection_after_it(nlp, sentence, expected):
    got = dates_of(run(nlp, DATED_2026.format(text=sentence)), "previous_inspection")
    assert sorted(got) == expected


@pytest.mark.parametrize("dateline, expected", [
    # the form the rule was written for: a dateline naming its weekday
    ("Transcript: breakfast news bulletin, Thursday 16 December 2021, 7am",
     [("2021-12-15", "day")]),
    # a bare date may be a page's last update: no day is counted from it
    ("Transcript: breakfast news bulletin, 16 December 2021", []),
])
def test_a_report_out_yesterday_on_a_dated_broadcast(nlp, dateline, expected):
    text = (f"{dateline}\n\n"
            "NEWSREADER: Elmsworth Council's children's services have kept their good "
            "rating from Ofsted. Inspectors carried out a short inspection in November "
            "2021, and their report came out yesterday.\n")
    assert dates_of(run(nlp, text), "publication") == expected


@pytest.mark.parametrize("sentence, expected", [
    # the form the rule was written for: the month takes the text's own year
    ("Inspectors spent three weeks in the county in January.", [("2024-01", "month")]),
    ("Inspectors spent two weeks with our teams during March.", [("2024-03", "month")]),
    # a year alone names no month
    ("Inspectors spent three weeks in the county in 2024.", []),
    # a stay that is not the inspectors'
    ("Our foster carers spent three weeks in the county in January.", []),
])
def test_a_visit_told_by_its_length_and_month(nlp, sentence, expected):
    text = ("Your MP's summer update\n\nFrom Caroline Fairbairn MP, July 2024\n\n"
            "Ofsted judged West Harling County Council's children's services to require "
            f"improvement to be good. {sentence}\n")
    assert dates_of(run(nlp, text), "inspection_start") == expected


def test_a_visit_told_by_its_length_and_two_months_is_dated(nlp):
    # two months after a stay are the visit's first and last month (month precision), as
    # tests/fixtures/secondary/README.md says since sdates17 (echo_2016's gold agrees)
    text = ("Your MP's summer update\n\nFrom Caroline Fairbairn MP, August 2016\n\n"
            "Ofsted judged Dunholme County Council's children's services inadequate. "
            "Inspectors spent four weeks with social workers in May and June.\n")
    assert dates_of(run(nlp, text), "inspection_start") == [("2016-05", "month")]


# --- Round s58dev (session 25): forms secondary_unseen58 missed, as invented texts ---

S58_VISIT = ("Kelby City Council's children's services downgraded by Ofsted\n\n"
             "Friday 8 March 2024\n\n")


# 'the same grade as the service overall': the overall grade the text gave before, given
# to the areas listed after the colon (not the sentence before's last grade); a
# comparison with another place or an earlier year gives none, nor does the form with no
# overall grade before it.
@pytest.mark.parametrize("lead, tail, want", [
    ("Ofsted judged Kelby City Council's services to require improvement to be good. "
     "Inspectors visited the city from 22 January to 2 February 2024.",
     "the same grade as the service overall", "requires_improvement"),
    ("Ofsted judged Kelby City Council's services to be good. Inspectors visited the city "
     "from 22 January to 2 February 2024.", "the same rating as overall effectiveness",
     "good"),
    ("Ofsted judged Kelby City Council's services to require improvement to be good. "
     "Inspectors visited the city from 22 January to 2 February 2024.",
     "the same grade as in 2019", None),
    ("Ofsted judged Kelby City Council's services to require improvement to be good. "
     "Inspectors visited the city from 22 January to 2 February 2024.",
     "the same grade as neighbouring Ryton's", None),
    ("Inspectors visited the city from 22 January to 2 February 2024.",
     "the same grade as the service overall", None),
])
def test_s58dev_same_grade_as_the_service_overall(nlp, lead, tail, want) -> None:
    text = (f"{S58_VISIT}{lead}\n\nThree of the four areas inspected were given {tail}: the "
            "impact of leaders on social work practice, the experiences and progress of "
            "children who need help and protection, and the experiences and progress of "
            "care leavers.\n")
    got = {j["area"]: j["grade"] for j in run(nlp, text)["tables"]["judgements"]}
    areas = ("impact_of_leaders", "help_and_protection", "care_leavers")
    assert {a: got.get(a) for a in areas} == {a: want for a in areas}


# A focused visit's findings 'published ... in a letter yesterday': the day before the
# item's own date; the council's own response or annual report is no such letter.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted carried out the visit on 15 and 16 March 2022 and published its findings in a "
     "letter yesterday.", "2022-04-21"),
    ("Ofsted carried out the visit on 15 and 16 March 2022. The council published its "
     "response in a letter yesterday.", None),
    ("Ofsted carried out the visit on 15 and 16 March 2022. The council published its "
     "annual report in a letter yesterday.", None),
])
def test_s58dev_findings_published_in_a_letter_yesterday(nlp, sentence, want) -> None:
    text = ("Kelby Council's support for children in care praised by Ofsted\n\n"
            "Friday 22 April 2022\n\nBy A Reporter\n\n"
            "Inspectors have praised the help Kelby Council gives to children in care, "
            f"following a focused visit to the council's children's services. {sentence} "
            "Focused visits do not result in a grade.\n")
    assert run(nlp, text)["report"].get("publication_date") == want


# 'the first inspection of the district (or city) since 2014, when the council was also
# rated ...': 2014 was an earlier inspection; not where 'when' tells of something else.
@pytest.mark.parametrize("sentence, want", [
    ("It is the first inspection of the district since 2014, when the council was also "
     "rated requires improvement under the previous framework.", [("2014", "year")]),
    ("It is the first inspection of the city since 2014, when the council was rated "
     "inadequate.", [("2014", "year")]),
    ("It is the first inspection of the district since 2014, when Ofsted launched a new "
     "framework.", []),
])
def test_s58dev_first_inspection_of_the_district_since(nlp, sentence, want) -> None:
    text = ("Kelby's children's services told they must improve\n\nThursday 25 October 2018\n\n"
            "By A Reporter\n\nKelby's services for children still require improvement, "
            "Ofsted has said. The watchdog's report, published on Wednesday, follows a "
            f"two-week inspection from 10 to 21 September 2018. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# A council's questions-and-answers page whose title is the only place it names its own
# council ('Kelby Council: Ofsted inspection of children's services - questions and
# answers'), its body naming a neighbour: the title's council, and the neighbour's year is
# no earlier inspection of it. A title naming no council leaves the body's name.
@pytest.mark.parametrize("title, want, earlier", [
    ("Kelby Council: Ofsted inspection of children's services - questions and answers",
     "Kelby Council", [("2022", "year")]),
    ("Ofsted inspection of children's services - questions and answers",
     "Ryton", [("2022", "year"), ("2023", "year")]),
])
def test_s58dev_a_qa_pages_title_names_its_council(nlp, title, want, earlier) -> None:
    text = (f"{title}\n\nPage last updated: 2 April 2025\n\n"
            "When did the inspection take place?\n\nFrom 3 to 14 February 2025.\n\n"
            "What grades did we get?\n\nOverall effectiveness was judged good.\n\n"
            "How does this compare with our last inspection?\n\nAt our previous inspection, "
            "in 2022, overall effectiveness was judged to require improvement.\n\n"
            "How do we compare with neighbouring councils?\n\nRyton's children's services "
            "were rated good in 2023. Every council is inspected separately.\n")
    rec = run(nlp, text)
    assert rec["report"].get("local_authority") == want
    assert dates_of(rec, "previous_inspection") == earlier


# scells25 (session 25): prose grades of secondary_dev7 and secondary_dev8's forms.
S25_HEAD = "Kelby news, 3 March 2024\n\n"
S25_ALL = {"overall_effectiveness", "impact_of_leaders", "help_and_protection",
           "children_in_care", "care_leavers"}


@pytest.mark.parametrize("body, want", [
    # one grade 'overall and in' a counted set of areas after a colon
    ("Ofsted's inspection of Kelby County Council's children's services, which concluded on "
     "26 January 2024, rated the services outstanding overall and in each of the four "
     "judgement areas: the impact of leaders, help and protection, children in care and care "
     "leavers.\n", dict.fromkeys(S25_ALL, "outstanding")),
    ("The inspection, conducted over three weeks ending 8 January 2024, rated Kelby County "
     "Council requires improvement overall and in three of the four areas: the impact of "
     "leaders, help and protection and children in care. Care leavers' services were judged "
     "good.\n", {**dict.fromkeys(S25_ALL, "requires_improvement"), "care_leavers": "good"}),
    # the visit's stay 'until' a day, the report 'out since' a day: this inspection's
    ("The inspectors, who were at the council for two weeks until 15 January, rated Kelby "
     "good for overall effectiveness and for the impact of leaders, help and protection, "
     "children in care and care leavers.\n", dict.fromkeys(S25_ALL, "good")),
    ("Ofsted inspectors visited the borough for three weeks in January, and the "
     "inspectorate's report, out since 28 February, rated Kelby good for overall "
     "effectiveness, the impact of leaders, help and protection, children in care and care "
     "leavers.\n", dict.fromkeys(S25_ALL, "good")),
    # an earlier adjunct dating the relative clause before it, not the grade
    ("Ofsted inspected Kelby's children's services between 8 and 19 January 2024. It judged "
     "services to require improvement to be good overall, which is the first time the "
     "borough has been rated above inadequate since the council's services were first "
     "inspected under the single inspection framework, in 2016.\n",
     {"overall_effectiveness": "requires_improvement"}),
    # a list of areas, then 'all' and the grade they share
    ("Ofsted inspected Kelby in January 2024. The report was published on Monday. It judged "
     "overall effectiveness, the impact of leaders, help and protection and the experiences "
     "and progress of children in care all outstanding. The experiences and progress of care "
     "leavers were judged good.\n",
     {**dict.fromkeys(S25_ALL, "outstanding"), "care_leavers": "good"}),
])
def test_prose_grade_lists_scells25(nlp, body, want):
    assert grades_of(run(nlp, S25_HEAD + body)) == want


@pytest.mark.parametrize("body", [
    # a neighbour's grades
    "Neighbouring Brindle County Council was rated outstanding overall and in each of the "
    "four judgement areas: the impact of leaders, help and protection, children in care and "
    "care leavers.\n",
    # an earlier inspection's
    "Ofsted inspected Kelby in January 2024. In 2016 Ofsted rated the council inadequate "
    "overall and in each of the four areas: the impact of leaders, help and protection, "
    "children in care and care leavers.\n",
    # a hope
    "Kelby's director said: \"We want to be rated good overall and in each of the four "
    "areas: the impact of leaders, help and protection, children in care and care leavers.\"\n",
    # 'until' a year is still ahead; 'since' a year before this inspection is earlier
    "Ofsted inspected Kelby in January 2024. The council will stay in intervention until "
    "2026 unless it is rated good overall.\n",
    "Ofsted inspected Kelby in January 2024. The council has been rated inadequate since "
    "2016.\n",
    # an earlier adjunct after the grade's own clause, with no relative clause between
    "Ofsted inspected Kelby in January 2024. It judged services inadequate overall, in "
    "2016.\n",
])
def test_prose_that_is_not_this_inspections_grade_scells25(nlp, body):
    assert grades_of(run(nlp, S25_HEAD + body)) == {}


# An item whose dates put the inspection under the 2018-2022 framework keeps that
# framework's one area for children in care and care leavers, however it words them or
# grades them apart (the framework in force decides the keys, as sgrades18's 2019 item;
# coordinator's reading of scells25, session 25: secondary_dev7's gold, which keys four
# areas 'as written' for 2022 items, disagrees and is left as written).
@pytest.mark.parametrize("text, want", [
    ("Kelby news, 8 October 2022\n\nOfsted's inspectors visited Kelby between 5th and 16th "
     "September. Inspectors judged the impact of leaders good, help and protection good, the "
     "experiences and progress of children in care good and, most importantly for us, the "
     "experiences and progress of care leavers good.\n",
     {"impact_of_leaders": "good", "help_and_protection": "good",
      "children_in_care_and_care_leavers": "good"}),
    ("Kelby news, 8 October 2020\n\nOfsted inspected Kelby in September 2020. Children in "
     "care and care leavers were judged good.\n",
     {"children_in_care_and_care_leavers": "good"}),
    ("Kelby news, 8 October 2020\n\nOfsted inspected Kelby in September 2020. Children in "
     "care were judged good. Care leavers were also judged good.\n",
     {"children_in_care_and_care_leavers": "good"}),
])
def test_areas_of_a_2018_22_item_keep_their_one_area_scells25(nlp, text, want):
    assert grades_of(run(nlp, text)) == want


# Round s59dev (issue 8): forms secondary_unseen59 missed, in invented words
S59_HEAD = "Kelby news, 3 March 2016\n\nOfsted inspected Kelby from 4 to 22 January 2016. "
S59_HEAD23 = "Kelby news, 3 August 2023\n\nOfsted inspected Kelby from 15 to 26 May 2023. "


@pytest.mark.parametrize("head, body, want", [
    # 'an identical conclusion on A, and on B': the sentence before's grade
    (S59_HEAD, "Help and protection was graded requires improvement. Inspectors reached an "
     "identical conclusion on adoption performance, and on leadership, management and "
     "governance.\n",
     dict.fromkeys(("help_and_protection", "adoption_performance",
                    "leadership_management_governance"), "requires_improvement")),
    # 'A, B and C all earned good ratings' (after a sentence of the inspectors' grading)
    (S59_HEAD, "Inspectors singled out leadership, management and governance, which they rated "
     "outstanding. Help and protection, adoption performance and the experiences and progress "
     "of care leavers all earned good ratings.\n",
     {"leadership_management_governance": "outstanding",
      **dict.fromkeys(("help_and_protection", "adoption_performance", "care_leavers"),
                      "good")}),
    # the board 'judged good in its own review': Ofsted's review of the board
    (S59_HEAD, "The Kelby Safeguarding Children Board was judged good in its own review.\n",
     {"lscb": "good"}),
    # 'two inadequate judgements: one on A, the other on B'
    (S59_HEAD23, "The overall inadequate rating reflects two inadequate judgements: one on the "
     "experiences and progress of children who need help and protection, the other on the "
     "impact of leaders on social work practice with children and families.\n",
     dict.fromkeys(("overall_effectiveness", "help_and_protection", "impact_of_leaders"),
                   "inadequate")),
    # 'of the four areas ..., three were graded good (A, B, and C)'
    (S59_HEAD23, "Of the four areas that inspectors judge, three were graded good (the "
     "experiences and progress of children who need help and protection, the experiences and "
     "progress of children in care, and the impact of leaders on social work practice with "
     "children and families).\n",
     dict.fromkeys(("help_and_protection", "children_in_care", "impact_of_leaders"), "good")),
    (S59_HEAD, "All three areas were judged outstanding (help and protection, adoption "
     "performance and the experiences and progress of care leavers).\n",
     dict.fromkeys(("help_and_protection", "adoption_performance", "care_leavers"),
                   "outstanding")),
])
def test_prose_grade_forms_s59dev(nlp, head, body, want):
    assert grades_of(run(nlp, head + body)) == want


@pytest.mark.parametrize("body", [
    # a verdict not reached
    "Campaigners did not reach an identical conclusion on adoption performance.\n",
    # the council's own review, as its subject or after 'by'
    "In its own review, the council rated help and protection good.\n",
    "Help and protection was rated good by the council in its own review.\n",
    # judgements counted that name no area, or not after 'one on'
    "It had two inadequate judgements: one on the council's budget, the other on its "
    "buildings.\n",
    # a bracket after a count that is no areas' and holds none
    "Of its six children's homes, three were rated good (the homes were new).\n",
])
def test_prose_near_forms_not_taken_s59dev(nlp, body):
    assert grades_of(run(nlp, S59_HEAD + body)) == {}


S59_VISIT = "Kelby news, 10 April 2017\n\nInspectors returned to the town from 30 January 2017 " \
    "to 22 February 2017. "


@pytest.mark.parametrize("body, want", [
    # 'They had judged ... in January 2015': the inspectors of the sentence before
    ("They had judged the services inadequate in January 2015, leading the government to "
     "appoint an adviser.\n", [("2015-01", "month")]),
    ("They had rated the services good in 2015.\n", [("2015", "year")]),
    # no 'had': the pronoun's grade dates nothing
    ("They judged the services inadequate in 2015.\n", []),
])
def test_they_had_judged_an_earlier_inspection_s59dev(nlp, body, want):
    assert dates_of(run(nlp, S59_VISIT + body), "previous_inspection") == want


@pytest.mark.parametrize("body", [
    # 'They' after a sentence naming no inspectors, or naming a neighbour
    "The scrutiny panel met in March. They had judged the services inadequate in 2015.\n",
    "Neighbouring Ryton was inspected by Ofsted in 2016. They had judged its services "
    "inadequate in 2015.\n",
])
def test_they_had_judged_not_this_authoritys_s59dev(nlp, body):
    text = "Kelby news, 10 April 2017\n\nKelby was inspected from 30 January 2017 to 22 " \
        "February 2017. " + body
    assert dates_of(run(nlp, text), "previous_inspection") == []
