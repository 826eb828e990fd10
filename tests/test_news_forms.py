"""Secondary sources (newsletters, blogs, forum posts) as short invented texts: dates
with the year from the text's own date, sentence-initial spans, year-only earlier
inspections, and the forms that must not be read as this authority's inspection."""

from __future__ import annotations

import pytest
from conftest import records_of as run


def dates_of(rec: dict, kind: str) -> list[tuple[str, str]]:
    return [(r["date"], r["precision"]) for r in rec["tables"]["dates"] if r["kind"] == kind]


def test_a_seasons_issue_dates_a_span_without_a_year(nlp):
    text = ("Hollingford news: our autumn 2019 edition\n\n"
            "Ofsted inspectors visited Hollingford's children's services from 9 to 20 "
            "September.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2019-09-09", "day")]
    assert dates_of(rec, "inspection_end") == [("2019-09-20", "day")]


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
