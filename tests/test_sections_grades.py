"""Sections, document type and grades: small texts written for the rules, then the seeds."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.ingest import ingest_bytes
from pipeline.nlp import analyse
from pipeline.nlp.analyse import make_doc, records_from_doc
from pipeline.nlp.build import build_nlp
from pipeline.nlp.extensions import area_at

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold"
# Components other teams own are left out of the unit tests on made-up texts.
OTHERS = ("dates", "inspectors", "improvements", "metrics")


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def run(nlp, text: str):
    doc = make_doc(text, nlp=nlp, disable=OTHERS)
    return doc, records_from_doc(doc)


def grades_of(rec: dict) -> dict[str, tuple[str, str]]:
    return {j["area"]: (j["grade"], j["source"]) for j in rec["tables"]["judgements"]}


ILACS = """Inspection of Northshire County Council local authority children's services
Inspection dates: 2 to 13 March 2020
Lead inspector: Ann Example, Her Majesty's Inspector
Judgement Grade
The impact of leaders on social work practice with children and families Requires
improvement to be good
The experiences and progress of children who need help and
protection Good1
The experiences and progress of children in care and care leavers
Requires improvement2
Overall effectiveness Requires improvement to be good
Since the last inspection in January 2017, when the local authority was judged inadequate, \
services have improved.
What needs to improve?
- The quality of plans.
The experiences and progress of children who need help and protection: good
1. Children get help quickly. Children's services were judged inadequate in 2012.
The experiences and progress of children in care and care leavers: requires improvement to be good
2. Children in care live in stable homes.
The impact of leaders on social work practice with children and families: requires improvement \
to be good
3. Leaders know their services.
"""


def test_ilacs_table_wrapped_labels_and_glued_footnotes(nlp):
    doc, rec = run(nlp, ILACS)
    got = grades_of(rec)
    assert got == {
        "impact_of_leaders": ("requires_improvement", "table"),
        "help_and_protection": ("good", "table"),
        "children_in_care_and_care_leavers": ("requires_improvement", "table"),
        "overall_effectiveness": ("requires_improvement", "table"),
    }
    labels = {j["area"]: j["area_label"] for j in rec["tables"]["judgements"]}
    assert labels["help_and_protection"] == (
        "The experiences and progress of children who need help and protection")
    assert rec["report"]["document_type"] == "ilacs_inspection"
    assert rec["report"]["local_authority"] == "Northshire County Council"
    # Headings agree with the table: no problem raised.
    assert not [p for p in rec["problems"] if "says" in p]


def test_previous_inspection_mentions_are_not_grades(nlp):
    _doc, rec = run(nlp, ILACS)
    grades = [j["grade"] for j in rec["tables"]["judgements"]]
    assert "inadequate" not in grades


def test_sections_carry_areas_for_body_text(nlp):
    doc, rec = run(nlp, ILACS)
    heads = {s["heading"]: s for s in rec["tables"]["sections"]}
    hp = heads["The experiences and progress of children who need help and protection: good"]
    assert (hp["area"], hp["grade"], hp["level"]) == ("help_and_protection", "good", 2)
    assert "What needs to improve?" in heads
    # No section for the page-1 table rows.
    assert all(not s["heading"].endswith("Good1") for s in rec["tables"]["sections"])
    body = ILACS.index("Children in care live in stable homes")
    assert area_at(doc, body) == "children_in_care_and_care_leavers"
    assert area_at(doc, ILACS.index("Children get help quickly")) == "help_and_protection"
    assert area_at(doc, ILACS.index("The quality of plans")) == ""


def test_heading_disagreeing_with_table_is_kept_and_flagged(nlp):
    text = ILACS.replace(
        "children in care and care leavers: requires improvement to be good",
        "children in care and care leavers: good")
    _doc, rec = run(nlp, text)
    rows = [(j["area"], j["grade"], j["source"]) for j in rec["tables"]["judgements"]
            if j["area"] == "children_in_care_and_care_leavers"]
    assert sorted(rows) == [("children_in_care_and_care_leavers", "good", "heading"),
                            ("children_in_care_and_care_leavers", "requires_improvement", "table")]
    assert any("children_in_care_and_care_leavers" in p for p in rec["problems"])


def test_heading_alone_gives_a_heading_row(nlp):
    text = ("Inspection of Eastshire local authority children's services\n"
            "Some summary text.\n"
            "The experiences and progress of children in care: outstanding\n"
            "1. Children thrive.\n")
    _doc, rec = run(nlp, text)
    assert grades_of(rec) == {"children_in_care": ("outstanding", "heading")}
    assert rec["report"]["local_authority"] == "Eastshire"


SIF = """Westshire Borough Council
Inspection of services for children in need of help and protection, children looked after and \
care leavers and
Review of the effectiveness of the Local Safeguarding Children Board1
Inspection date: 3 March – 25 March 2015
The overall judgement is that children's services require improvement to be good
1. Children who need help and protection Requires improvement
2. Children looked after and achieving permanence
Good
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Not judged
3. Leadership, management and governance Requires improvement
Executive summary
The local authority was judged inadequate in 2012.
Key judgement Judgement grade
Leadership, management and governance
Requires improvement
Summary
Leaders are building capacity.
The Local Safeguarding Children Board (LSCB)
The Local Safeguarding Children Board is good
The board is well chaired.
"""


def test_sif_page_one_list_overall_and_lscb(nlp):
    doc, rec = run(nlp, SIF)
    assert grades_of(rec) == {
        "overall_effectiveness": ("requires_improvement", "table"),
        "help_and_protection": ("requires_improvement", "table"),
        "looked_after_and_permanence": ("good", "table"),
        "adoption_performance": ("good", "table"),
        "leadership_management_governance": ("requires_improvement", "table"),
        "lscb": ("good", "heading"),
    }  # "Not judged" care leavers: no row
    assert rec["report"]["document_type"] == "sif_inspection"
    assert rec["report"]["local_authority"] == "Westshire Borough Council"
    assert area_at(doc, SIF.index("Leaders are building")) == "leadership_management_governance"
    assert area_at(doc, SIF.index("The board is well chaired")) == "lscb"


def test_a_table_read_column_by_column_pairs_labels_and_grades_in_order(nlp):
    """A converter that reads a two-column table one column at a time (pdftotext without
    -layout) gives the labels, then their grades: the n-th grade is the n-th label's."""
    text = SIF.replace(
        "1. Children who need help and protection Requires improvement\n"
        "2. Children looked after and achieving permanence\nGood\n",
        "1. Children who need help and protection\n"
        "2. Children looked after and achieving permanence\nRequires improvement\nGood\n")
    assert "protection\n2. Children" in text
    grades = grades_of(run(nlp, text)[1])
    assert grades["help_and_protection"] == ("requires_improvement", "table")
    assert grades["looked_after_and_permanence"] == ("good", "table")
    # Unequal columns cannot be paired safely: no grade rather than a wrong one.
    three = text.replace("Requires improvement\nGood\n", "Good\n")
    grades = grades_of(run(nlp, three)[1])
    assert "help_and_protection" not in grades


def test_sif_reinspection_doctype(nlp):
    text = SIF.replace("Inspection of services for children",
                       "Re-inspection of services for children")
    _doc, rec = run(nlp, text)
    assert rec["report"]["document_type"] == "sif_reinspection"


def test_sif_reinspection_known_by_what_the_text_says(nlp):
    """A title without "re-inspection": the text says what the inspection before was."""
    assert run(nlp, SIF)[1]["report"]["document_type"] == "sif_inspection"
    says = {
        "own word": "This re-inspection found that services have improved.",
        "previous SIF": "The last inspection report for the local authority's children's "
                        "services was published in June 2015.",
        "inadequate then": "Services have improved since the last inspection in 2015, when "
                           "children's services in Westshire were found to be inadequate "
                           "overall.",
    }
    for what, sentence in says.items():
        text = SIF.replace("The local authority was judged inadequate in 2012.", sentence)
        assert run(nlp, text)[1]["report"]["document_type"] == "sif_reinspection", what
    # The inspections before the single framework judged parts of the service apart: a
    # first SIF inspection after an inadequate one of those is no re-inspection.
    first = SIF.replace(
        "The local authority was judged inadequate in 2012.",
        "The previous inspection of the local authority's safeguarding arrangements was in "
        "May 2012. Services have improved since the last inspection in 2012, when they were "
        "judged inadequate.")
    assert run(nlp, first)[1]["report"]["document_type"] == "sif_inspection"


# An ILACS report's front page below its title: dates, lead inspector, judgement table.
ILACS_FRONT = ("Inspection dates: 2 March 2020 to 6 March 2020\n"
               "Lead inspector: Ann Example Her Majesty's Inspector\n"
               "Judgement Grade\n"
               "The impact of leaders on social work practice with children and families Good\n"
               "The experiences and progress of children who need help and protection Good\n"
               "The experiences and progress of children in care and care leavers Good\n"
               "Overall effectiveness Good\n")


def test_reports_without_a_title_known_by_their_first_pages(nlp):
    """Short and standard ILACS reports, and SIF reports, with the title line removed."""
    ilacs = "Eastshire County Council\n" + ILACS_FRONT + "Leaders know their services well.\n"
    rec = run(nlp, ilacs)[1]
    assert rec["report"]["document_type"] == "ilacs_inspection"
    assert rec["report"]["local_authority"] == "Eastshire County Council"
    assert grades_of(rec)["overall_effectiveness"] == ("good", "table")
    # The headline names the authority when no line above the dates does.
    headline = ilacs.replace("Eastshire County Council\n", "").replace(
        "Leaders know", "Children's services in Eastshire are good. Leaders know")
    rec = run(nlp, headline)[1]
    assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
        "ilacs_inspection", "Eastshire")
    # Else the first place the opening sentences say children live in; never a place
    # named after the line above the dates, which comes first.
    opening = ilacs.replace("Eastshire County Council\n", "").replace(
        "Leaders know", "Children in Eastshire benefit from good help. Leaders know")
    assert run(nlp, opening)[1]["report"]["local_authority"] == "Eastshire"
    assert run(nlp, "Westshire Council\n" + opening)[1]["report"]["local_authority"] == (
        "Westshire Council")
    sif = SIF.replace("Inspection of services for children in need of help and protection, "
                      "children looked after and care leavers and\n", "")
    assert "Inspection of" not in sif
    rec = run(nlp, sif)[1]
    assert rec["report"]["document_type"] == "sif_inspection"
    # The name above a subtitle (the LSCB review) and the dates.
    sif = sif.replace("Children Board1\n", "Children Board\n")
    assert run(nlp, sif)[1]["report"]["local_authority"] == "Westshire Borough Council"
    # A text that only talks about a judgement table is not a report.
    talk = ("Inspection dates: 2 March 2020\nWe read about the impact of leaders on social "
            "work practice with children and families.\n")
    assert run(nlp, talk)[1]["report"]["document_type"] != "ilacs_inspection"


def test_overall_statement_with_footnote_marker_after_its_stop(nlp):
    text = SIF.replace("services require improvement to be good\n",
                       "services require improvement to be good.2\n")
    assert "good.2\n" in text
    assert grades_of(run(nlp, text)[1])["overall_effectiveness"] == (
        "requires_improvement", "table")


def test_short_ilacs_title_with_the_authority_on_the_line_above(nlp):
    text = ("Eastshire County Council\nInspection of local authority children's services\n"
            + ILACS_FRONT)
    rec = run(nlp, text)[1]
    assert rec["report"]["document_type"] == "ilacs_inspection"
    assert rec["report"]["local_authority"] == "Eastshire County Council"


def test_an_earlier_inspections_judgements_are_not_this_reports(nlp):
    text = SIF + (
        "Previous Ofsted inspections\n"
        "- The last inspection report for the local authority's children's services was "
        "published in June 2015. The judgements for the local authority were:\n"
        "Overall effectiveness: Inadequate.\n"
        "Children who need help and protection: Inadequate.\n"
        "Children looked after and achieving permanence: Inadequate.\n"
        "Leadership, management and governance: Inadequate.\n")
    _doc, rec = run(nlp, text)
    assert grades_of(rec)["looked_after_and_permanence"] == ("good", "table")
    assert grades_of(rec)["help_and_protection"] == ("requires_improvement", "table")
    assert not [p for p in rec["problems"] if "says" in p]  # no conflicting grades


# A SIF re-inspection's local-area facts list the inadequate inspection's judgements as
# 'Area: Grade' lines, the sub-areas dashed under their area.
EARLIER_LIST = ("Overall effectiveness: Inadequate\n"
                "Children who need help and protection: Inadequate\n"
                "Children looked after and achieving permanence: Inadequate\n"
                "- adoption performance: Inadequate\n"
                "- experiences and progress of care leavers: Requires improvement\n"
                "Leadership, management and governance: Inadequate.\n"
                "Local leadership\n"
                "- The director of children's services took up post in 2016.\n")


@pytest.mark.parametrize("lead", [
    "Previous Ofsted inspections\n- Ofsted’s previous inspection of children’s services, in "
    "June 2016, made these judgements:\n",
    "The local authority\n- The last Ofsted inspection, in June 2016, made the following "
    "judgements:\n",
    # a lead-in that names no inspection, under a heading that does
    "Previous Ofsted inspections\n- In June 2016 Ofsted judged the services:\n",
])
def test_an_earlier_inspections_list_of_grades_is_not_this_reports(nlp, lead):
    own = grades_of(run(nlp, SIF)[1])
    _doc, rec = run(nlp, SIF + lead + EARLIER_LIST)
    assert grades_of(rec) == own
    assert not [p for p in rec["problems"] if "says" in p]


@pytest.mark.parametrize("lead", [
    "Summary of judgements\n- Ofsted made these judgements:\n",
    # a lead-in ending in a colon under a heading that names no earlier inspection
    "Judgements\n- In March 2015 Ofsted judged the services:\n",
    # an earlier inspection named in a sentence that is no lead-in of the list
    "Previous Ofsted inspections\n- The last inspection was in June 2012.\nJudgements\n",
])
def test_a_reports_own_list_of_grades_is_read(nlp, lead):
    """The same list with no earlier inspection's lead-in or heading over it: this report's."""
    own = ("Westshire Borough Council\nInspection of services for children in need of help "
           "and protection, children looked after and care leavers\nInspection date: 3 March – "
           "25 March 2015\n" + lead + EARLIER_LIST.replace("Inadequate", "Good"))
    grades = grades_of(run(nlp, own)[1])
    assert {a: g for a, (g, _s) in grades.items()} == {
        "overall_effectiveness": "good", "help_and_protection": "good",
        "looked_after_and_permanence": "good", "leadership_management_governance": "good"}


# A 2009-13 looked after children inspection's front page: title, the name under it.
LAC_FRONT = ("Inspection dates: 5 – 16 November 2012\n"
             "Report published: 21 December 2012\n"
             "Lead inspector: Ann Example HMI\n"
             "Age group: All\n"
             "Overall effectiveness of services for looked after children Good\n"
             "Record of main findings\n"
             "Overall effectiveness Good\n"
             "Capacity to improve Good\n"
             "Quality of provision Adequate\n")


def test_looked_after_children_titles_of_the_2009_13_framework(nlp):
    """The framework's titles, whole or wrapped over two lines, the name under them (or,
    in a rendering that sets it there, above them); never the wrapped title's last line
    or a label line ('Lead inspector: ...') as the name."""
    for title in ("Inspection of services for looked after children",
                  "Inspection of services for looked after\nchildren",
                  "Inspection of looked after children services",
                  "Inspection of looked after children\nservices"):
        rec = run(nlp, title + "\nWestshire County Council\n" + LAC_FRONT)[1]
        assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
            "lac_inspection", "Westshire County Council"), title
        rec = run(nlp, "Westshire County Council\n" + title + "\n" + LAC_FRONT)[1]
        assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
            "lac_inspection", "Westshire County Council"), title
    assert grades_of(rec)["quality_of_provision"] == ("adequate", "table")
    # A sentence that names the service is no title.
    rec = run(nlp, "Westshire County Council\nInspection of services for looked after "
                   "children takes place every three years.\n")[1]
    assert rec["report"]["document_type"] != "lac_inspection"


def test_one_key_for_capacity_to_improve_however_the_2009_13_table_words_it(nlp):
    """'Capacity for improvement' and 'Capacity to improve' name one judgement of the older
    frameworks: one key, so an authority's history joins across reports; the label stays as
    written. Another older label keeps its own snake_case key."""
    for label in ("Capacity to improve", "Capacity for improvement"):
        rec = run(nlp, "Inspection of services for looked after children\nWestshire County "
                       "Council\n" + LAC_FRONT.replace("Capacity to improve", label))[1]
        rows = {j["area"]: j for j in rec["tables"]["judgements"]}
        assert rows["capacity_to_improve"]["grade"] == "good", label
        assert rows["capacity_to_improve"]["area_label"] == label
        assert "capacity_for_improvement" not in rows
        assert rows["quality_of_provision"]["grade"] == "adequate"


CP_FRONT = ("Inspection dates: 4 February 2013 – 15 February 2013\n"
            "Report published: 22 March 2013\n"
            "Lead inspector: Ann Example HMI\n"
            "Judgement Grade\n"
            "Overall effectiveness Adequate\n"
            "The effectiveness of the help and protection provided to children, young "
            "people, families and carers Good\n"
            "The quality of practice Adequate\n"
            "Leadership and governance Good\n"
            "The overall effectiveness of the arrangements to protect children in "
            "Westshire is adequate.\n")


def test_protection_of_children_inspection_2012_13(nlp):
    """'Inspection of local authority arrangements for the protection of children' (the
    2012-13 child protection inspections): a safeguarding inspection (OUTPUT_CONTRACT.md),
    its front-page table read with its own labels, a leading 'The' dropped from the key."""
    for head in ("Westshire Borough Council\nInspection of local authority arrangements "
                 "for the protection of children\n",
                 "Inspection of local authority arrangements for the\nprotection of "
                 "children\nWestshire Borough Council\n"):
        rec = run(nlp, head + CP_FRONT)[1]
        assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
            "safeguarding_inspection", "Westshire Borough Council"), head
        assert grades_of(rec) == {
            "overall_effectiveness": ("adequate", "table"),
            "effectiveness_of_the_help_and_protection_provided_to_children_young_people_"
            "families_and_carers": ("good", "table"),
            "quality_of_practice": ("adequate", "table"),
            "leadership_and_governance": ("good", "table"),
        }, head
    # The same header over an ILACS table keeps its areas' keys: labels it does not
    # know are no rows there.
    ilacs = ("Eastshire County Council\nInspection of local authority children's services\n"
             + ILACS_FRONT.replace("Overall effectiveness Good\n",
                                   "Overall effectiveness Good\nThe quality of practice Good\n"))
    grades = grades_of(run(nlp, ilacs)[1])
    assert grades["impact_of_leaders"] == ("good", "table")
    assert "quality_of_practice" not in grades


CP_HEAD = ("Inspection of local authority arrangements for the protection of children\n"
           "Westshire Borough Council\n")


def test_protection_of_children_front_page_table_with_no_header_row(nlp):
    """The 2009-13 front-page table with no 'Judgement  Grade' row over it (and no Record
    of main findings to fall back on): three or more label + grade rows in a row under
    the front page's fields are the table, read with the framework's own labels."""
    text = CP_HEAD + CP_FRONT.replace("Judgement Grade\n", "")
    assert grades_of(run(nlp, text)[1]) == {
        "overall_effectiveness": ("adequate", "table"),
        "effectiveness_of_the_help_and_protection_provided_to_children_young_people_"
        "families_and_carers": ("good", "table"),
        "quality_of_practice": ("adequate", "table"),
        "leadership_and_governance": ("good", "table"),
    }
    # Two such rows are no table.
    two = CP_HEAD + CP_FRONT.replace("Judgement Grade\n", "").replace(
        "The effectiveness of the help and protection provided to children, young people, "
        "families and carers Good\n", "").replace("Leadership and governance Good\n", "")
    assert "quality_of_practice" not in grades_of(run(nlp, two)[1])
    # Nor are rows set far below the front page.
    prose = "".join(f"{n}. Leaders know their services well.\n" for n in range(1, 30))
    late = CP_HEAD + CP_FRONT.split("Judgement Grade\n")[0] + prose + CP_FRONT.split(
        "Judgement Grade\n")[1]
    assert "quality_of_practice" not in grades_of(run(nlp, late)[1])
    # A later framework's front page reads its own areas only.
    ilacs = ("Eastshire County Council\nInspection of local authority children's services\n"
             + ILACS_FRONT.replace("Judgement Grade\n", "").replace(
                 "Overall effectiveness Good\n",
                 "Overall effectiveness Good\nThe quality of practice Good\n"))
    grades = grades_of(run(nlp, ilacs)[1])
    assert grades["impact_of_leaders"][0] == "good"
    assert "quality_of_practice" not in grades


NEWS = """Big change at Southshire
Southshire children's services have been rated as 'good' by Ofsted.
Adoption and leadership were rated as 'outstanding' while children in need of protection \
and services for carers were rated as 'requiring improvement to be good' in the Ofsted inspection.
"The overall effectiveness is now good," said the report.
Services were rated as inadequate in 2014.
"""


def test_news_article_prose_grades(nlp):
    _doc, rec = run(nlp, NEWS)
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == "Southshire"
    got = grades_of(rec)
    assert got == {
        "adoption_performance": ("outstanding", "prose"),
        "leadership_management_governance": ("outstanding", "prose"),
        "help_and_protection": ("requires_improvement", "prose"),
        "overall_effectiveness": ("good", "prose"),
    }


def test_letters_and_other_documents(nlp):
    fv = ("Ofsted\nPiccadilly Gate\n31 August 2021\nDear Jo\n"
          "Focused visit to Northshire children's services\n"
          "This letter summarises the findings. Since the last inspection in January 2018, "
          "when the local authority was judged requires improvement to be good.\n"
          "Headline findings\nThings are better.\nYours sincerely\n")
    _doc, rec = run(nlp, fv)
    assert rec["report"]["document_type"] == "focused_visit"
    assert rec["report"]["local_authority"] == "Northshire"
    assert rec["tables"]["judgements"] == []
    mv = fv.replace("Focused visit to", "Monitoring visit to")
    assert run(nlp, mv)[1]["report"]["document_type"] == "monitoring_visit"
    # the COVID-era visits of autumn 2020 to spring 2021
    av = fv.replace("Focused visit to", "Assurance visit to")
    _doc, rec = run(nlp, av)
    assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
        "focused_visit", "Northshire")
    _doc, rec = run(nlp, fv.replace("Focused visit to Northshire children's services",
                                    "Assurance visit to Northshire"))
    assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
        "focused_visit", "Northshire")
    # an assurance visit named in a focused visit's letter does not make it one
    _doc, rec = run(nlp, fv.replace("This letter summarises", "Since the assurance visit to "
                                    "Northshire children's services in 2020, this letter sums"))
    assert rec["report"]["document_type"] == "focused_visit"
    _doc, rec = run(nlp, "Report not found\nThe page you asked for does not exist.\n")
    assert rec["report"]["document_type"] == "other"


# -- the seeds -----------------------------------------------------------------------------

def _gold(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


SEED_REPORTS = {r["source_path"]: r for r in _gold("reports.csv")}
SEED_JUDGEMENTS: dict[str, set] = defaultdict(set)
for _r in _gold("judgements.csv"):
    SEED_JUDGEMENTS[_r["source_path"]].add((_r["area"], _r["grade"], _r["source"]))


@pytest.fixture(scope="module")
def seed_records() -> dict[str, dict]:
    out = {}
    for name in SEED_REPORTS:
        path = ROOT / "raw" / name
        res = ingest_bytes(path, path.read_bytes())
        out[name] = analyse(res.norm.text, res.norm.page_runs, res.norm.footnotes)
    return out


@pytest.mark.parametrize("name", sorted(SEED_REPORTS))
def test_seed_document_type_and_authority(seed_records, name):
    rep = seed_records[name]["report"]
    assert rep["document_type"] == SEED_REPORTS[name]["document_type"]
    assert rep.get("local_authority", "") == SEED_REPORTS[name]["local_authority"]


@pytest.mark.parametrize("name", sorted(SEED_REPORTS))
def test_seed_judgements(seed_records, name):
    got = {(j["area"], j["grade"], j["source"])
           for j in seed_records[name]["tables"]["judgements"]}
    assert got == SEED_JUDGEMENTS.get(name, set())
    rows = seed_records[name]["tables"]["judgements"]
    assert len(rows) == len(got)  # one row per area


def test_seed_sif_sections(seed_records):
    secs = seed_records["003_ad06fc09f0706417.txt"]["tables"]["sections"]
    by_head = {s["heading"]: s for s in secs}
    lscb = by_head["The Local Safeguarding Children Board requires improvement"]
    assert (lscb["area"], lscb["grade"]) == ("lscb", "requires_improvement")
    graded = [s for s in secs if s["grade"]]
    assert {s["area"] for s in graded} >= {"help_and_protection", "looked_after_and_permanence",
                                          "adoption_performance", "care_leavers",
                                          "leadership_management_governance", "lscb"}
    for s in secs:
        assert s["char_start"] < s["char_end"]
        assert s["section_id"].startswith("s")
