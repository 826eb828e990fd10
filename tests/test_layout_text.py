"""Plain text laid out in spaces (as `pdftotext -layout` writes it), on invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import records_of

from pipeline.ingest import ingest_bytes
from pipeline.ingest.layout_text import indents, merge_table_rows


def lines_of(text: str) -> list[str]:
    return ingest_bytes(Path("a.txt"), text.encode()).norm.text.splitlines()


CELL = " " * 60


def test_a_grade_beside_the_middle_of_a_wrapped_label_follows_the_whole_label() -> None:
    page = ("    1. Children who need help and protection" + " " * 20 + "Good\n\n"
            "    2. Children looked after and achieving\n"
            + CELL + "Requires improvement\n"
            "       permanence\n\n"
            "           2.1 Adoption performance" + " " * 28 + "Outstanding\n")
    assert lines_of(page) == [
        "1. Children who need help and protection Good",
        "2. Children looked after and achieving permanence Requires improvement",
        "2.1 Adoption performance Outstanding"]


def test_a_cell_wrapped_around_its_label_is_that_labels_not_the_line_above() -> None:
    page = ("    Children's services in Northshire require improvement to\n"
            "    be good\n"
            + CELL + "Requires improvement to\n"
            "    1. Children who need help and protection\n"
            + CELL + "be good\n")
    assert lines_of(page) == [
        "Children's services in Northshire require improvement to be good",
        "1. Children who need help and protection Requires improvement to be good"]


def test_a_label_going_on_in_lower_case_under_its_cell_joins_it() -> None:
    page = (" Judgement" + " " * 50 + "Grade\n\n"
            " The experiences and progress of children who need     Inadequate\n"
            " help and protection\n\n"
            " The experiences and progress of children in care and care    Requires improvement\n"
            " leavers" + " " * 55 + "to be good\n\n"
            " Overall effectiveness" + " " * 40 + "Inadequate\n")
    assert lines_of(page) == [
        "Judgement Grade",
        "The experiences and progress of children who need help and protection Inadequate",
        "The experiences and progress of children in care and care leavers Requires "
        "improvement to be good",
        "Overall effectiveness Inadequate"]


def test_rows_on_consecutive_lines_stay_rows() -> None:
    page = ["    2.1 Adoption performance" + " " * 30 + "Good",
            "    2.2 Experiences and progress of care leavers" + " " * 10 + "Good",
            "    3. Leadership, management and governance" + " " * 14 + "Good"]
    assert merge_table_rows(page) == page


def test_text_set_far_right_and_long_cells_are_left_alone() -> None:
    address = [" " * 50 + "Ofsted", " " * 50 + "Piccadilly Gate", " " * 50 + "Manchester",
               "", "Dear Ms Example"]
    assert merge_table_rows(address) == address
    # A definitions table has sentences in its right column: not cells.
    definitions = ["    Adequate (Grade 3)" + " " * 30 + "A service that only meets minimum",
                   "                                                      requirements"]
    assert merge_table_rows(definitions) == definitions


def test_a_page_set_in_from_the_left_and_hanging_paragraphs_read_as_paragraphs() -> None:
    page = (" The local authority has made progress from a low base in improving the\n"
            " quality of services to children and families since the last inspection.\n\n"
            "30.   Legal permanence for children is secured in good time. Care proceedings\n"
            "      are timely, and social workers' statements are of good quality for the\n"
            "      court.\n\n"
            "   an item whose bullet was lost\n")
    assert lines_of(page) == [
        "The local authority has made progress from a low base in improving the quality of "
        "services to children and families since the last inspection.",
        "30. Legal permanence for children is secured in good time. Care proceedings are "
        "timely, and social workers' statements are of good quality for the court.",
        "an item whose bullet was lost"]
    assert indents(["text at the margin", "  two lost bullets", "  one after the other"]) == [
        False, True, True]


def test_a_heading_wrapped_after_upon_goes_on() -> None:
    text = ("Royal Borough of Kingston upon\nThames Council\n\n"
            "Children's services in the Royal Borough are good. Leaders know their services\n"
            "well and have acted on the recommendations of the last inspection.\n")
    assert lines_of(text)[0] == "Royal Borough of Kingston upon Thames Council"


def test_grades_of_a_layout_rendered_ilacs_page(nlp) -> None:
    page = ("Inspection of Northshire County Council children's services\n\n"
            "Inspection dates: 2 to 13 March 2020\n\n"
            "Lead inspector: Ann Example, Her Majesty's Inspector\n\n\n"
            " Judgement" + " " * 50 + "Grade\n\n"
            " The impact of leaders on social work practice with children     Good\n"
            " and families\n\n"
            " The experiences and progress of children who need help and\n"
            + CELL + "Requires improvement\n"
            " protection" + " " * 50 + "to be good\n\n"
            " The experiences and progress of children in care and care       Good\n"
            " leavers\n\n"
            " Overall effectiveness" + " " * 40 + "Good\n\n"
            "Leaders have improved services since the last inspection.\n")
    text = ingest_bytes(Path("a.txt"), page.encode()).norm.text
    grades = {j["area"]: j["grade"] for j in records_of(nlp, text)["tables"]["judgements"]}
    assert grades == {"impact_of_leaders": "good", "help_and_protection": "requires_improvement",
                      "children_in_care_and_care_leavers": "good",
                      "overall_effectiveness": "good"}


# -- a joint letter's signatures set side by side, as `pdftotext -layout` writes them ---------

SIGNED = ("Next steps\n\nThe partnership should send its statement of action by 1 May 2020.\n\n"
          "Yours sincerely\n\n"
          " Ofsted" + " " * 40 + "Care Quality Commission\n\n\n\n"
          " Ann Bell" + " " * 38 + "Cy Dunn\n\n"
          " National Director, Social Care" + " " * 16 + "Deputy Chief Inspector\n\n"
          " HMI Constabulary and Fire & Rescue HMI Probation\n"
          " Services\n\n\n\n"
          " Di Eve" + " " * 40 + "Flo Gray\n"
          " HMI Constabulary and Fire & Rescue" + " " * 12 + "Assistant Chief Inspector\n"
          " Services\n\n\n"
          "2   The Children Act 2004 (Joint Area Reviews) Regulations 2015 allow this.\n")


def test_side_by_side_signatures_are_read_column_by_column() -> None:
    lines = lines_of(SIGNED)
    at = lines.index("Yours sincerely")
    # A name and its title stay together, one signer after the other, even where the
    # converter left a blank line between the names' row and the titles' row; a heading
    # too wide for its column ("... Rescue HMI Probation") stays one line.
    assert lines[at + 1:at + 14] == [
        "Ofsted", "Care Quality Commission",
        "Ann Bell", "National Director, Social Care", "HMI Constabulary and Fire & Rescue "
        "HMI Probation", "Services", "Cy Dunn", "Deputy Chief Inspector",
        "Di Eve", "HMI Constabulary and Fire & Rescue", "Services",
        "Flo Gray", "Assistant Chief Inspector"]
    # The footnote under the signatures is left as it was.
    assert lines[at + 14].startswith("2 The Children Act 2004")


def test_side_by_side_signatures_give_each_signer_their_inspectorate(nlp) -> None:
    letter = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\n"
              "Between 3 and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation "
              "undertook a joint inspection.\n\n" + SIGNED)
    text = ingest_bytes(Path("a.txt"), letter.encode()).norm.text
    people = [(r["name"], r["role"], r["designation"])
              for r in records_of(nlp, text)["tables"]["inspectors"]]
    assert people == [("Ann Bell", "signatory", "National Director, Social Care"),
                      ("Cy Dunn", "signatory", "CQC inspector"),
                      ("Di Eve", "signatory", "HMICFRS inspector"),
                      ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_columns_elsewhere_are_not_read_as_signatures() -> None:
    # Without a closing above them, side-by-side pieces are a table's, left to the rows.
    page = [" Overall effectiveness" + " " * 30 + "Good",
            " The impact of leaders" + " " * 30 + "Good"]
    from pipeline.ingest.layout_text import read_signature_columns

    assert read_signature_columns(page) == page


# Two columns of signatures whose left heading fills its column: the converter leaves only
# two spaces before the right column's heading, and wraps the rest of the left one.
SIGNED_NARROW = ("Next steps\n\nThe partnership should send its statement of action by 1 May "
                 "2020.\n\nYours sincerely\n\n"
                 "Ofsted                              Care Quality Commission\n"
                 "Ann Bell                            Cy Dunn\n"
                 "National Director, Social Care      Deputy Chief Inspector\n\n"
                 "HMI Constabulary and Fire & Rescue  HMI Probation\n"
                 "Services\n"
                 "Di Eve                              Flo Gray\n"
                 "HMI Constabulary and Fire &         Assistant Chief Inspector\n"
                 "Rescue Services\n")

# The same signatures in a table drawn with rules and walls, honours beside the names.
SIGNED_DRAWN = ("Next steps\n\nThe partnership should send its statement of action by 1 May "
                "2020.\n\nYours sincerely\n\n"
                " -----------------------------------------------------------------------\n"
                "| Ofsted                              | Care Quality Commission         |\n"
                "|                                     |                                 |\n"
                "| Ann Bell                            | Dr Cy Dunn MBBS                 |\n"
                "| National Director, Social Care      | Chief Inspector of Primary      |\n"
                "|                                     | Medical Services                |\n"
                "|-------------------------------------|---------------------------------|\n"
                "| HMICFRS                             | HMI Probation                   |\n"
                "|                                     |                                 |\n"
                "| Di Eve QPM                          | Flo Gray                        |\n"
                "| HMI Constabulary and Fire & Rescue  | Assistant Chief Inspector       |\n"
                "| Services                            |                                 |\n"
                " -----------------------------------------------------------------------\n")


def test_a_two_space_gap_where_a_column_starts_parts_the_columns() -> None:
    lines = lines_of(SIGNED_NARROW)
    at = lines.index("Yours sincerely")
    assert lines[at + 1:at + 13] == [
        "Ofsted", "Ann Bell", "National Director, Social Care",
        "HMI Constabulary and Fire & Rescue", "Services", "Di Eve",
        "HMI Constabulary and Fire &", "Rescue Services",
        "Care Quality Commission", "Cy Dunn", "Deputy Chief Inspector", "HMI Probation"]


def test_a_two_space_gap_elsewhere_in_a_signature_is_no_column() -> None:
    # A title with two spaces in it, where no column starts on any other line, is whole.
    signed = ("Yours sincerely\n\n"
              " Ann Bell" + " " * 38 + "Cy Dunn\n"
              " Regional  Director" + " " * 28 + "Deputy Chief Inspector\n")
    lines = lines_of(signed)
    assert "Regional Director" in lines and "Cy Dunn" in lines


def test_a_drawn_signature_table_is_read_column_by_column() -> None:
    lines = lines_of(SIGNED_DRAWN)
    at = lines.index("Yours sincerely")
    got = [ln for ln in lines[at + 1:] if ln]
    assert got == [
        "Ofsted", "Ann Bell", "National Director, Social Care", "HMICFRS", "Di Eve QPM",
        "HMI Constabulary and Fire & Rescue", "Services",
        "Care Quality Commission", "Dr Cy Dunn MBBS", "Chief Inspector of Primary",
        "Medical Services", "HMI Probation", "Flo Gray", "Assistant Chief Inspector"]


@pytest.mark.parametrize("signed", [SIGNED_NARROW, SIGNED_DRAWN])
def test_columns_of_signatures_give_each_signer_their_inspectorate(nlp, signed) -> None:
    letter = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\n"
              "Between 3 and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation "
              "undertook a joint inspection.\n\n" + signed)
    text = ingest_bytes(Path("a.txt"), letter.encode()).norm.text
    people = [(r["name"], r["role"], r["designation"])
              for r in records_of(nlp, text)["tables"]["inspectors"]]
    assert people == [("Ann Bell", "signatory", "National Director, Social Care"),
                      ("Di Eve", "signatory", "HMICFRS inspector"),
                      ("Cy Dunn", "signatory", "CQC inspector"),
                      ("Flo Gray", "signatory", "HMI Probation inspector")]


# -- lines a converter sets without a paragraph gap ------------------------------------------

def test_a_closing_and_the_title_under_a_salutation_stand_on_their_own_lines() -> None:
    text = ("Dear Northshire Local Safeguarding Children Partnership and its many partners\n"
            "Joint targeted area inspection of Northshire\n"
            "This letter summarises the findings of the joint inspection, which took place in\n"
            "the spring, and sets out what the partnership should do about them in the months\n"
            "after this letter, as the inspectorates will look at it again in the future ones.\n"
            "Yours sincerely\n"
            "Ann Bell\n")
    lines = lines_of(text)
    assert lines[:2] == ["Dear Northshire Local Safeguarding Children Partnership and its many "
                         "partners", "Joint targeted area inspection of Northshire"]
    assert lines[-2:] == ["Yours sincerely", "Ann Bell"]


def test_a_wrapped_paragraph_goes_on_at_a_capitalised_word() -> None:
    # Other paragraphs of the same text come whole on one line, as some converters give
    # them: the width of the wrapped lines still tells that this one was wrapped.
    text = ("This letter summarises the findings of a focused visit on 23 and 24 February 2021 "
            "to\nthe children's services of the council, which has delegated them to Northshire "
            "Children's\n"
            "Services Trust (the trust). Her Majesty's Inspectors were Ann Bell, Bob\n"
            "Cole and Cy Dunn.\n\n" + ("A paragraph given whole on one line. " * 12 + "\n\n") * 3)
    assert lines_of(text)[0].endswith("Her Majesty's Inspectors were Ann Bell, Bob Cole and "
                                      "Cy Dunn.")


def test_a_wrapped_paragraph_ends_at_a_closed_sentence_or_before_a_paragraph_number() -> None:
    wrapped = ("Children wait too long for help from the mental health services, and carers say\n"
               "so too. Leaders have not yet made sure that the new service meets the need.\n")
    text = ("Leaders know their services well and have made sure that children are seen, and\n"
            "they review the quality of plans at every panel. The plan is not yet in place.11\n"
            + wrapped + "Leaders know their services well and have made sure that children "
            "are seen, and\nthey review the quality of plans at every panel. The plan is not "
            "in place. (Recommendation)\n" + wrapped + "Leaders know their services well and "
            "have made sure that children are seen, and\nthey review the quality of plans at "
            "every panel, which are chaired by the senior managers\n47.\n" + wrapped
            + ("A paragraph given whole on one line. " * 12 + "\n\n") * 3)
    lines = lines_of(text)
    assert lines[0].endswith("The plan is not yet in place.11")
    assert lines[2].endswith("in place. (Recommendation)")
    assert lines[4].endswith("chaired by the senior managers")
    assert lines[5] == "47."


# r01dev -- a full report's front-page judgement table as text converters lay it out ---------
# (reports_unseen01: rows at the margin ran into one paragraph and the table was not read)

FRONT = ("Inspection of Northshire County Council local authority children's services\n"
         "Inspection dates: 2 to 13 March 2020\n"
         "Lead inspector: Ann Example, His Majesty's Inspector\n\n")
AFTER = "\nChildren in Northshire receive a service that is improving. Leaders know it.\n"
GAP = " " * 40
ILACS4 = ("impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers",
          "overall_effectiveness")
ILACS5 = ("impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers",
          "overall_effectiveness")
SIF5 = ("overall_effectiveness", "help_and_protection", "looked_after_and_permanence",
        "adoption_performance", "care_leavers", "leadership_management_governance")
GOOD, RI, OUT, INAD = "good", "requires_improvement", "outstanding", "inadequate"

TABLE_PAGES = {
    "rows at the margin, grade on the same line": (
        FRONT + "Judgement" + GAP + "Grade\n"
        "The impact of leaders on social work practice with children and families   Good\n"
        "The experiences and progress of children who need help and protection     "
        "Requires improvement to be good\n"
        "The experiences and progress of children in care and care leavers         Good\n"
        "Overall effectiveness" + GAP + "Requires improvement to be good\n" + AFTER,
        dict(zip(ILACS4, (GOOD, RI, GOOD, RI), strict=True))),
    "rows indented, grade on the same line": (
        FRONT + " Judgement" + GAP + "Grade\n"
        " The impact of leaders on social work practice with children and families   Good\n"
        " The experiences and progress of children who need help and protection     Inadequate\n"
        " The experiences and progress of children in care and care leavers         Good\n"
        " Overall effectiveness" + GAP + "Inadequate\n" + AFTER,
        dict(zip(ILACS4, (GOOD, INAD, GOOD, INAD), strict=True))),
    "labels wrapped, grade on the line after the label (2023 on)": (
        FRONT + "Judgement" + GAP + "Grade\n"
        "The impact of leaders on social work practice\nwith children and families\n"
        + GAP + "Good\n"
        "The experiences and progress of children who\nneed help and protection\n"
        + GAP + "Outstanding\n"
        "The experiences and progress of children in care\n" + GAP + "Good\n"
        "The experiences and progress of care leavers\n" + GAP + "Requires improvement to be good\n"
        "Overall effectiveness\n" + GAP + "Good\n" + AFTER,
        dict(zip(ILACS5, (GOOD, OUT, GOOD, RI, GOOD), strict=True))),
    "labels over three lines, 'Requires improvement to be good' wrapped": (
        FRONT + "Judgement" + GAP + "Grade\n"
        "The impact of leaders on social          Requires improvement\n"
        "work practice with children and          to be good\n"
        "families\n"
        "The experiences and progress of          Good\n"
        "children who need help and\n"
        "protection\n"
        "The experiences and progress of          Good\n"
        "children in care and care leavers\n"
        "Overall effectiveness                    Requires improvement\n"
        "                                         to be good\n" + AFTER,
        dict(zip(ILACS4, (RI, GOOD, GOOD, RI), strict=True))),
    "tabs between the label and the grade": (
        FRONT + "Judgement\tGrade\n"
        "The impact of leaders on social work practice with children and families\tGood\n"
        "The experiences and progress of children who need help and protection\tGood\n"
        "The experiences and progress of children in care and care leavers\tOutstanding\n"
        "Overall effectiveness\tGood\n" + AFTER,
        dict(zip(ILACS4, (GOOD, GOOD, OUT, GOOD), strict=True))),
    "the grades in a column block after all the labels": (
        FRONT + "Judgement\n"
        "The impact of leaders on social work practice with children and families\n"
        "The experiences and progress of children who need help and protection\n"
        "The experiences and progress of children in care and care leavers\n"
        "Overall effectiveness\n"
        "Grade\nGood\nRequires improvement to be good\nGood\nGood\n" + AFTER,
        dict(zip(ILACS4, (GOOD, RI, GOOD, GOOD), strict=True))),
    "the last row's grade below a blank line": (
        FRONT + "Judgement" + GAP + "Grade\n"
        "The impact of leaders on social work practice with children and families   Good\n"
        "The experiences and progress of children who need help and protection     Good\n"
        "The experiences and progress of children in care and care leavers         Good\n"
        "Overall effectiveness\n\n" + GAP + "Good\n" + AFTER,
        dict(zip(ILACS4, (GOOD, GOOD, GOOD, GOOD), strict=True))),
    "SIF with the LSCB review, a page number under the last row": (
        "Northshire County Council\n"
        "Inspection of services for children in need of help and protection,\n"
        "children looked after and care leavers\nand\n"
        "Review of the effectiveness of the Local Safeguarding Children Board\n"
        "Inspection date: 3 March 2015 to 25 March 2015\nReport published: 1 May 2015\n"
        "Children's services in Northshire require improvement to be good\n"
        "1. Children who need help and protection                 Requires improvement\n"
        "2. Children looked after and achieving permanence        Good\n"
        "   2.1 Adoption performance                              Good\n"
        "   2.2 Experiences and progress of care leavers          Requires improvement\n"
        "3. Leadership, management and governance                 Requires improvement\n"
        + " " * 80 + "1\n"
        "The Local Safeguarding Children Board is good\n" + AFTER,
        {**dict(zip(SIF5, (RI, RI, GOOD, GOOD, RI, RI), strict=True)), "lscb": GOOD}),
    "SIF re-inspection, grades under their labels": (
        "Northshire County Council\n"
        "Re-inspection of services for children in need of help and protection,\n"
        "children looked after and care leavers\n"
        "Inspection date: 3 March 2017 to 25 March 2017\nReport published: 1 May 2017\n"
        "Children's services in Northshire are good\n"
        "1. Children who need help and protection\n" + GAP + "Good\n"
        "2. Children looked after and achieving\n" + GAP + "Outstanding\n   permanence\n"
        "   2.1 Adoption performance                              Good\n"
        "   2.2 Experiences and progress of care leavers          Good\n"
        "3. Leadership, management and governance\n" + GAP + "Good\n" + AFTER,
        dict(zip(SIF5, (GOOD, GOOD, OUT, GOOD, GOOD, GOOD), strict=True))),
    "SIF cells wrapped around their labels, capitalised": (
        "Northshire County Council\n"
        "Inspection of services for children in need of help and protection,\n"
        "children looked after and care leavers\n"
        "Inspection date: 3 March 2014 to 25 March 2014\n\n"
        "The overall judgement is that children's services require\nimprovement\n\n"
        + GAP + "Requires\n1. Children who need help and protection\n" + GAP + "Improvement\n\n"
        "2. Children looked after and achieving" + " " * 10 + "Good\n   permanence\n\n"
        "   2.1 Adoption performance" + " " * 30 + "Good\n\n"
        "   2.2 Experiences and progress of care leavers" + " " * 10 + "Inadequate\n\n"
        + GAP + "Requires\n3. Leadership, management and governance\n" + GAP + "Improvement\n"
        + AFTER,
        dict(zip(SIF5, (RI, RI, GOOD, GOOD, INAD, RI), strict=True))),
}


def _grades(nlp, page: str) -> dict[str, tuple[str, str]]:
    text = ingest_bytes(Path("a.txt"), page.encode()).norm.text
    return {j["area"]: (j["grade"], j["source"])
            for j in records_of(nlp, text)["tables"]["judgements"]}


@pytest.mark.parametrize("name", list(TABLE_PAGES))
def test_a_front_page_judgement_table_as_text_is_read_as_a_table(nlp, name) -> None:
    page, want = TABLE_PAGES[name]
    got = _grades(nlp, page)
    assert {area: grade for area, (grade, _source) in got.items()} == want
    assert {source for _grade, source in got.values()} == {"table"}


NO_TABLE_PAGES = {
    "a contents line with dots": "Contents\nOverall effectiveness ..... 3\n"
    "The experiences and progress of children in care ..... 7\n",
    "contents lines with page numbers far right": (
        "Contents\nOverall effectiveness" + " " * 30 + "3\n"
        "The experiences and progress of children in care" + " " * 5 + "7\n"
        "Leadership, management and governance" + " " * 15 + "9\n"),
    "a sentence about the previous inspection": (
        "Overall effectiveness was judged good at the last inspection\n"
        "in 2018, and services have since declined.\n"),
    "another inspection's table under 'Previous inspection'": (
        "Previous inspection\nJudgement" + GAP + "Grade\n"
        "The impact of leaders on social work practice with children and families   Good\n"
        "The experiences and progress of children who need help and protection     Good\n"
        "The experiences and progress of children in care and care leavers         Good\n"
        "Overall effectiveness" + GAP + "Good\n"),
    "another inspection's table under 'Judgements at the last inspection (2018)'": (
        "Judgements at the last inspection (2018)\n\n"
        " The impact of leaders on social work practice with children and families   Good\n"
        " The experiences and progress of children who need help and protection     Good\n"
        " The experiences and progress of children in care and care leavers         Good\n"
        " Overall effectiveness" + GAP + "Good\n"),
}


@pytest.mark.parametrize("name", list(NO_TABLE_PAGES))
def test_lines_about_other_inspections_or_pages_give_no_grade(nlp, name) -> None:
    assert _grades(nlp, FRONT + NO_TABLE_PAGES[name] + AFTER) == {}


# A label that fills its column to two spaces short of the grade column: pdftotext leaves
# only two spaces before the cell, which the other rows' cells and the header's 'Grade'
# start in. Each row a block of its own (blank lines between rows).
NARROW_TABLE = (
    " Judgement                                                   Grade\n\n"
    " The impact of leaders on social work practice with          Good\n"
    " children and families\n\n"
    " The experiences and progress of children who need help and  Good\n"
    " protection\n\n"
    " The experiences and progress of children in care and care   Requires improvement\n"
    " leavers\n\n"
    " Overall effectiveness                                       Good\n")


def test_a_cell_two_spaces_after_a_label_that_fills_its_column_is_the_rows_cell() -> None:
    assert lines_of(NARROW_TABLE) == [
        "Judgement Grade",
        "The impact of leaders on social work practice with children and families Good",
        "The experiences and progress of children who need help and protection Good",
        "The experiences and progress of children in care and care leavers "
        "Requires improvement",
        "Overall effectiveness Good"]


def test_a_table_whose_labels_fill_their_column_is_read_as_a_table(nlp) -> None:
    got = _grades(nlp, FRONT + NARROW_TABLE + AFTER)
    assert got == {
        "impact_of_leaders": ("good", "table"), "help_and_protection": ("good", "table"),
        "children_in_care_and_care_leavers": ("requires_improvement", "table"),
        "overall_effectiveness": ("good", "table")}


# Two spaces that happen to end at the table's cell column are no cell's gap when what
# follows is no cell: a sentence's end before the gap, a sentence going on in small
# letters (as short as a cell), or a column no other line starts a cell in.
NOT_A_NARROW_CELL = {
    "prose after a sentence's end": (
        NARROW_TABLE + "\n This page sets out the grades given at this inspection so.  Good\n"
        " practice was seen in most teams.\n",
        "This page sets out the grades given at this inspection so. Good practice was seen "
        "in most teams."),
    "a sentence going on in small letters after the gap": (
        NARROW_TABLE + "\n Leaders have worked with partners to agree thresholds with  the"
        " local authority has\n since improved its front door.\n",
        "Leaders have worked with partners to agree thresholds with the local authority "
        "has since improved its front door."),
    "a gap at no cell column": (
        " Judgement                                                   Grade\n\n"
        " Overall effectiveness                                       Good\n\n"
        " Leaders know their services well and plan for the  New Year\n"
        " in good time.\n",
        "Leaders know their services well and plan for the New Year in good time."),
}


@pytest.mark.parametrize("name", list(NOT_A_NARROW_CELL))
def test_two_spaces_at_the_cell_column_before_no_cell_part_nothing(name) -> None:
    page, line = NOT_A_NARROW_CELL[name]
    assert line in lines_of(page)


def test_a_row_two_spaces_from_its_cell_among_rows_with_no_gaps_is_a_row_of_its_own() -> None:
    page = (" Judgement                                         Grade\n"
            " Overall effectiveness                             Good\n"
            " The experiences and progress of children in care  Good\n"
            " The experiences and progress of care leavers      Good\n")
    assert lines_of(page) == [
        "Judgement Grade", "Overall effectiveness Good",
        "The experiences and progress of children in care Good",
        "The experiences and progress of care leavers Good"]
