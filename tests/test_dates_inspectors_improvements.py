"""Dates, inspectors and improvement points: small texts for each form, and the seeds."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import dates_of
from conftest import records_of as run

from pipeline.ingest import ingest_bytes
from pipeline.nlp import analyse
from pipeline.nlp.components.dates import DateGrammar

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold"
RAW = ROOT / "raw"


def inspectors_of(rec: dict) -> list[tuple[str, str, str]]:
    return [(r["name"], r["role"], r["designation"]) for r in rec["tables"]["inspectors"]]


def improvements_of(rec: dict) -> list[tuple[str, int, str]]:
    return [(r["kind"], r["ordinal"], r["text"]) for r in rec["tables"]["improvements"]]


# -- dates -------------------------------------------------------------------------------
@pytest.mark.parametrize("line,start,end", [
    ("Inspection dates: 22 April to 3 May 2024", "2024-04-22", "2024-05-03"),
    ("Inspection dates: 11 to 22 May 2026", "2026-05-11", "2026-05-22"),
    ("Inspection dates: 13 November 2017 to 24 November 2017", "2017-11-13", "2017-11-24"),
    ("Inspection date: 3 March – 25 March 2015", "2015-03-03", "2015-03-25"),
    ("Inspection dates: 24 – 28 June 2013", "2013-06-24", "2013-06-28"),
    ("Inspection dates: 29 December 2014 to 9 January 2015", "2014-12-29", "2015-01-09"),
    ("Inspection dates: 29 December to 9 January 2015", "2014-12-29", "2015-01-09"),
    # two periods: first day of the first, last day of the last, across a line break
    ("Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to\n8 August 2019",
     "2019-07-08", "2019-08-08"),
])
def test_inspection_date_labels(nlp, line, start, end):
    rec = run(nlp, f"Some Council\n{line}\nLead inspector: Ann Other, HMI\n")
    assert dates_of(rec, "inspection_start") == [(start, "day")]
    assert dates_of(rec, "inspection_end") == [(end, "day")]
    assert rec["report"]["inspection_start"] == start
    assert rec["report"]["inspection_end"] == end


def test_letter_visit_dates_and_letter_date(nlp):
    text = ("Ofsted\nPiccadilly Gate\n31 August 2021\nJane Smith\nDirector\nDear Jane\n"
            "Focused visit to Cumbria children's services\n"
            "This letter summarises the findings of a focused visit to Cumbria children's "
            "services on 21 and 22 July 2021.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2021-07-21", "day")]
    assert dates_of(rec, "inspection_end") == [("2021-07-22", "day")]
    assert dates_of(rec, "publication") == [("2021-08-31", "day")]
    texts = {r["text"] for r in rec["tables"]["dates"] if r["kind"].startswith("inspection")}
    assert texts == {"21 and 22 July 2021"}


def test_conducted_on_and_published_labels(nlp):
    rec = run(nlp, "Published: 2 August 2013\nThe inspection was conducted on 15 and 16 "
                   "February 2011.\n")
    assert dates_of(rec, "inspection_start") == [("2011-02-15", "day")]
    assert dates_of(rec, "inspection_end") == [("2011-02-16", "day")]
    assert dates_of(rec, "publication") == [("2013-08-02", "day")]
    rec = run(nlp, "Inspection dates: 1 to 5 May 2017\nReport published: 13 May 2015\n")
    assert dates_of(rec, "publication") == [("2015-05-13", "day")]


@pytest.mark.parametrize("head, expected", [
    # a cover page's labels given as a column with their values after them
    ("Inspection dates:\n\n24 – 28 June 2013\n\nAge group:\nPublished:\n\nAll\n"
     "2 August 2013\n", [("2013-08-02", "day")]),
    ("Published:\nReference no:\n\n2 August 2013\n", []),  # another label's value
    ("Published:\nInspection dates:\n24 – 28 June 2013\n", []),
    ("Published:\n\nAll\nNot yet\nAged 0 to 18\nUnder review\nLater text\n"
     "2 August 2013\n", []),  # too far below
])
def test_a_publication_label_in_a_column_of_labels(nlp, head, expected):
    rec = run(nlp, "Inspection of looked after children services\n" + head +
              "\nThe inspection found services to be adequate.\n")
    assert dates_of(rec, "publication") == expected


def test_visit_dates_told_by_its_inspectors(nlp):
    rec = run(nlp, "Ofsted's inspectors were with us for a fortnight, from 3 to 14 March 2025, "
                   "and met more than 60 social workers.\n")
    assert dates_of(rec, "inspection_start") == [("2025-03-03", "day")]
    assert dates_of(rec, "inspection_end") == [("2025-03-14", "day")]


def test_a_visit_that_began_on_one_day_and_ended_in_another_sentence(nlp):
    text = ("Westdale's children's services were judged good after a three-week inspection "
            "that ended on 26 June.\nThe inspection began on Monday 8 June 2015 and covered "
            "every team.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2015-06-08", "day")]
    assert dates_of(rec, "inspection_end") == [("2015-06-26", "day")]
    ends = {r["text"] for r in rec["tables"]["dates"] if r["kind"] == "inspection_end"}
    assert ends == {"26 June"}
    # a day long after the first is no end of this visit (the day it began is then its start
    # only, as 'from 8 June 2015' is: round sdates20)
    rec = run(nlp, "The inspection began on 8 June 2015. The council's plan ended on 30 "
                   "November.\n")
    assert dates_of(rec, "inspection_start") == [("2015-06-08", "day")]
    assert dates_of(rec, "inspection_end") == []


def test_no_publication_invented_for_a_report(nlp):
    rec = run(nlp, "Inspection dates: 15 to 19 May 2023\nLead inspector: A Person, HMI\n"
                   "Judgement Grade\n")
    assert dates_of(rec, "publication") == []
    assert "publication_date" not in rec["report"]


def test_previous_inspection_is_not_inspection_start(nlp):
    text = ("This letter summarises the findings of a monitoring visit to X on 5 and 6 March "
            "2019. Practice has improved since the last inspection in January 2018, when the "
            "local authority was judged inadequate. Services were judged inadequate in 2012.\n"
            "The previous inspection in 2016 found weaknesses.\n")
    rec = run(nlp, text)
    assert dates_of(rec, "inspection_start") == [("2019-03-05", "day")]
    assert dates_of(rec, "inspection_end") == [("2019-03-06", "day")]
    prev = dates_of(rec, "previous_inspection")
    assert ("2018-01", "month") in prev
    assert ("2012", "year") in prev
    assert ("2016", "year") in prev
    assert ("2019-03-05", "day") not in prev


def test_previous_inspection_alone_is_not_inspection_date(nlp):
    rec = run(nlp, "Since the last inspection on 12 March 2018, services have improved.\n")
    assert dates_of(rec, "inspection_start") == []
    assert dates_of(rec, "previous_inspection") == [("2018-03-12", "day")]


def test_data_as_at(nlp):
    rec = run(nlp, "Data as at 31 January 2015: 5,000 children live in the area.\n")
    assert dates_of(rec, "data_as_at") == [("2015-01-31", "day")]


def test_date_grammar():
    g = DateGrammar({"May": 5, "June": 6, "December": 12, "January": 1}, ["to", "–", "and"])
    assert g.parse_single("2012") == ("2012", "year")
    assert g.parse_single("May 2010") == ("2010-05", "month")
    assert g.parse_range("24 – 28 June 2013") == ("2013-06-24", "2013-06-28")
    assert g.parse_range("31 June 2013") is None  # no such day


# -- inspectors --------------------------------------------------------------------------
def test_ilacs_lead_inspector(nlp):
    rec = run(nlp, "Inspection dates: 22 April to 3 May 2024\n"
                   "Lead inspector: Kathryn Grindrod, His Majesty's Inspector\n")
    assert inspectors_of(rec) == [("Kathryn Grindrod", "lead_inspector", "HMI")]
    assert rec["report"]["lead_inspector"] == "Kathryn Grindrod"
    rec = run(nlp, "Lead inspector: Julie Knight Her Majesty’s Inspector\n")
    assert inspectors_of(rec) == [("Julie Knight", "lead_inspector", "HMI")]


@pytest.mark.parametrize("line, name", [
    ("Lead inspector: Jenny-ellen Example, His Majesty's Inspector", "Jenny-ellen Example"),
    ("Lead inspector: Anna-Marie Example, His Majesty's Inspector", "Anna-Marie Example"),
    ("Lead inspector: Fiona J Example, Her Majesty's Inspector", "Fiona J Example"),
    ("Lead inspector: Fiona J. Example HMI", "Fiona J. Example"),
])
def test_lead_inspector_name_forms(nlp, line, name):
    rec = run(nlp, line + "\n")
    assert rec["report"]["lead_inspector"] == name


def test_sif_team(nlp):
    text = ("The inspection team\nLead inspector: Pauline Turner, HMI\n"
            "Deputy lead inspector: Wendy Ghaffar\n"
            "Team inspectors: Jon Bowman HMI, Judith Nelson AI, Carolyn Spray (OI) and "
            "Rob Pyner\nShadow inspectors: Maria Anastasi\n"
            "Quality assurance manager: Christine Williams\n")
    assert inspectors_of(run(nlp, text)) == [
        ("Pauline Turner", "lead_inspector", "HMI"),
        ("Wendy Ghaffar", "deputy_lead_inspector", ""),
        ("Jon Bowman", "team_inspector", "HMI"),
        ("Judith Nelson", "team_inspector", "AI"),
        ("Carolyn Spray", "team_inspector", "OI"),
        ("Rob Pyner", "team_inspector", ""),
        ("Maria Anastasi", "inspector", ""),
        ("Christine Williams", "quality_assurance_manager", ""),
    ]


def test_inspector_forms_sharing_anchor_words_find_their_lines_once(nlp, monkeypatch):
    """The sentence forms' anchor words ("led by", "headed by" for several forms) are
    looked for once per set, and each form still finds its names."""
    from pipeline.nlp.components import inspectors

    calls = []
    real = inspectors.stretches

    def counted(text, needed, *args, **kwargs):
        calls.append(needed.pattern)
        return real(text, needed, *args, **kwargs)

    monkeypatch.setattr(inspectors, "stretches", counted)
    text = ("Dear John\nThis visit was led by Lisa Summers, His Majesty's Inspector.\n"
            "Yours sincerely\nLisa Summers\nHis Majesty's Inspector\n")
    rec = run(nlp, text)
    forms = nlp.get_pipe("inspectors").sentences
    anchored = [a.pattern for _p, _r, a, *_rest in forms if a is not None]
    assert len(set(anchored)) < len(anchored)  # forms do share anchor words
    assert sorted(calls) == sorted(set(anchored))
    assert ("Lisa Summers", "lead_inspector", "HMI") in inspectors_of(rec)


def test_reporting_inspector(nlp):
    rec = run(nlp, "Inspection dates: 24 – 28 June 2013\n"
                   "Reporting inspector Christopher Sands HMI\nAge group: All\n")
    assert inspectors_of(rec) == [("Christopher Sands", "lead_inspector", "HMI")]


def test_letter_inspectors_and_signatory(nlp):
    text = ("Dear John\nHer Majesty's Inspectors for this visit were Lisa Summers and "
            "Paula Thomson-Jones.\nThe lead inspector and the director agreed arrangements.\n"
            "Yours sincerely\nLisa Summers\nHer Majesty's Inspector\n")
    assert inspectors_of(run(nlp, text)) == [
        ("Lisa Summers", "lead_inspector", "HMI"),
        ("Paula Thomson-Jones", "inspector", "HMI"),
    ]
    rec = run(nlp, "Dear Ms Morrison\nThe inspection found strengths.\nYours sincerely\n"
                   "Nicholas McMullen Her Majesty's Inspector\nCopy: Jill Stannard, Chief "
                   "Executive\n")
    assert inspectors_of(rec) == [("Nicholas McMullen", "lead_inspector", "HMI")]


def test_news_article_officials_are_not_inspectors(nlp):
    text = ("Council services rated good\nInspectors highlighted strong leadership.\n"
            "John Macilwraith, Corporate Director for Children and Family Services, said: "
            "“This is a welcome report.”\nCouncillor Jane Brown said inspectors were right.\n"
            "Yours sincerely\nMary Jones\nChief Executive\n")
    rec = run(nlp, text)
    assert inspectors_of(rec) == []
    assert "lead_inspector" not in rec["report"]


# -- improvements ------------------------------------------------------------------------
def test_needs_to_improve_bullets(nlp):
    text = ("What needs to improve?1\n- The quality of plans.\n- The purposefulness of "
            "practice for children in need.\n(enabler 2, leaders drive practice)\n"
            "The experiences and progress of children who need help and protection: good\n"
            "1. Children receive help.\n")
    assert improvements_of(run(nlp, text)) == [
        ("needs_to_improve", 1, "The quality of plans."),
        ("needs_to_improve", 2, "The purposefulness of practice for children in need. "
                                "(enabler 2, leaders drive practice)"),
    ]


def test_sif_priority_and_recommendations_with_areas(nlp):
    text = ("What does the local authority need to improve?\nPriority and immediate action\n"
            "Leadership and management\n1. Develop a coherent strategy.\n"
            "Areas for improvement\nCare leavers\n2. Improve the quality of pathway plans\n"
            "so that actions are meaningful.\nAdoption\n3. Ensure adopters are approved "
            "quickly.\nThe local authority’s strengths\n4. Direct work is good.\n"
            "Progress since the last inspection\n5. The last inspection was in May 2013.\n"
            "What does the LSCB need to improve?\nAreas for improvement\n"
            "Scrutiny, awareness and challenge\n6.\n7. Monitor the effectiveness of partners.\n"
            "Inspection judgement about the LSCB\n8. The Chair is effective.\n")
    rows = [(r["kind"], r["ordinal"], r["text"], r["area"])
            for r in run(nlp, text)["tables"]["improvements"]]
    assert rows == [
        ("priority_action", 1, "Develop a coherent strategy.", "leadership_management_governance"),
        ("recommendation", 1, "Improve the quality of pathway plans so that actions are "
                              "meaningful.", "care_leavers"),
        ("recommendation", 2, "Ensure adopters are approved quickly.", "adoption_performance"),
        ("strength", 1, "Direct work is good.", ""),
        ("recommendation", 3, "Monitor the effectiveness of partners.", "lscb"),
    ]


def test_letter_strengths_and_areas_for_development(nlp):
    text = ("Strengths\nThe front line service has a strong track record. Staff are skilled.\n"
            "The service meets the requirements of statutory guidance in the following areas\n"
            "- Out-of-hours arrangements meet requirements.\nAreas for development\n"
            "- The quality of core assessments is variable.\n- There are delays in "
            "conferences.\nThe areas for development identified above will be considered in "
            "any future inspection.\n")
    assert improvements_of(run(nlp, text)) == [
        ("strength", 1, "The front line service has a strong track record. Staff are skilled."),
        ("area_for_development", 1, "The quality of core assessments is variable."),
        ("area_for_development", 2, "There are delays in conferences."),
    ]


def test_inline_recommendations_in_news(nlp):
    text = ("Ofsted makes 10 recommendations including that Cumbria should:\n"
            "1. Improve consistency in practice.\n2. Improve coordination.\n"
            "John Smith, Director, said: “This is a welcome report.”\n")
    assert improvements_of(run(nlp, text)) == [
        ("recommendation", 1, "Improve consistency in practice."),
        ("recommendation", 2, "Improve coordination."),
    ]


def test_contents_line_is_not_a_heading(nlp):
    assert improvements_of(run(nlp, "Recommendations 7\n1. Ensure this is not taken.\n")) == []


# -- seeds -------------------------------------------------------------------------------
def _gold(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _norm(text: str) -> str:
    # Whitespace as in the gold notes; the gold keeps a hyphenated line break as
    # "multi- agency" (line break -> space), ingestion joins it to "multi-agency".
    return re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(text.split()))


SEEDS = sorted(p.name for p in RAW.glob("*.txt"))


@pytest.fixture(scope="module")
def seed_records() -> dict[str, dict]:
    out = {}
    for name in SEEDS:
        path = RAW / name
        got = ingest_bytes(path, path.read_bytes())
        out[name] = analyse(got.norm.text, got.norm.page_runs, got.norm.footnotes)
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_dates(seed_records, seed):
    kinds = {"inspection_start", "inspection_end", "publication", "previous_inspection"}
    want = {(r["kind"], r["date"], r["precision"], r["text"])
            for r in _gold("dates.csv") if r["source_path"] == seed and r["kind"] in kinds}
    got = [(r["kind"], r["date"], r["precision"], r["text"])
           for r in seed_records[seed]["tables"]["dates"] if r["kind"] in kinds]
    assert sorted(got) == sorted(want)
    report = next(r for r in _gold("reports.csv") if r["source_path"] == seed)
    rep = seed_records[seed]["report"]
    for col in ("inspection_start", "inspection_end", "publication_date", "lead_inspector"):
        assert (rep.get(col) or "") == report[col], col


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_inspectors(seed_records, seed):
    want = [(r["name"], r["role"], r["designation"])
            for r in _gold("inspectors.csv") if r["source_path"] == seed]
    assert sorted(inspectors_of(seed_records[seed])) == sorted(want)


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_improvements(seed_records, seed):
    want = sorted((r["kind"], int(r["ordinal"]), _norm(r["text"]), r["area"])
                  for r in _gold("improvements.csv") if r["source_path"] == seed)
    got = sorted((r["kind"], int(r["ordinal"]), _norm(r["text"]), r["area"])
                 for r in seed_records[seed]["tables"]["improvements"])
    assert got == want
