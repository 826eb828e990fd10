"""Plain text laid out in spaces (as `pdftotext -layout` writes it), on invented pages."""

from __future__ import annotations

from pathlib import Path

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
