"""Text renderings other than a converter's plain output, read as the printed page: a report
whose head runs onto one line (document-sharing sites, text copied from a viewer) is broken
where Ofsted's documents break it; a double-spaced text (a blank line after every printed
line) has its paragraphs only where two blank lines stand. The texts are invented, in the
layout of such renderings."""

from __future__ import annotations

from pathlib import Path

from conftest import read_rows, run_cli

from pipeline.ingest.run_on import split_run_on
from pipeline.ingest.text import double_spaced

ILACS_HEAD = (
    "Eastmoor Borough Council Inspection of children’s social care services Inspection dates: "
    "3 to 14 March 2025 Lead inspector: Jane Q Example, His Majesty’s Inspector Judgement "
    "Grade The impact of leaders on social work practice with children and families Good The "
    "experiences and progress of children who need help and protection Requires improvement "
    "to be good The experiences and progress of children in care Good The experiences and "
    "progress of care leavers Outstanding Overall effectiveness Good Children in Eastmoor "
    "benefit from a stable workforce and leaders who know their services well.")

SIF_HEAD = (
    "Westdale County Council Inspection of services for children in need of help and "
    "protection, children looked after and care leavers and Review of the effectiveness of "
    "the local safeguarding children board Inspection date: 2 June 2016 to 24 June 2016 "
    "Report published: 5 August 2016 Children’s services in Westdale require improvement to "
    "be good There are no widespread or serious failures that leave children at risk. 1. "
    "Children who need help and protection Requires improvement 2. Children looked after and "
    "achieving permanence Good 2.1 Adoption performance Good 2.2 Experiences and progress of "
    "care leavers Requires improvement 3. Leadership, management and governance Requires "
    "improvement 1 Executive summary Children’s services in Westdale require improvement to "
    "be good. Leaders know where practice is weakest.\n\n"
    "The Local Safeguarding Children Board (LSCB) The Local Safeguarding Children Board is "
    "good. The board holds partners to account for the help they give.\n")


def test_an_ilacs_head_on_one_line_is_broken_at_its_labels() -> None:
    assert split_run_on(ILACS_HEAD) == [
        "Eastmoor Borough Council",
        "Inspection of children’s social care services",
        "Inspection dates: 3 to 14 March 2025",
        "Lead inspector: Jane Q Example, His Majesty’s Inspector",
        "Judgement Grade",
        "The impact of leaders on social work practice with children and families Good",
        "The experiences and progress of children who need help and protection Requires "
        "improvement to be good",
        "The experiences and progress of children in care Good",
        "The experiences and progress of care leavers Outstanding",
        "Overall effectiveness Good",
        "Children in Eastmoor benefit from a stable workforce and leaders who know their "
        "services well.",
    ]


def test_prose_and_printed_lines_are_left_alone() -> None:
    news = ("Following an Inspection of Eastmoor local authority children's services in 2024, "
            "the council said the Overall effectiveness Good rating was deserved and that "
            "the lead inspector: Jane Example, had praised its Inspection dates: planning.")
    assert split_run_on(news) == [news]
    printed = "table: Judgement Grade Overall effectiveness Good"
    assert split_run_on(printed) == [printed]  # shorter than a run-on line


def test_a_run_on_report_reads_as_its_printed_form(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ilacs.txt").write_text(ILACS_HEAD + "\n", encoding="utf-8")
    (tmp_path / "in" / "sif.txt").write_text(SIF_HEAD, encoding="utf-8")
    assert run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out")) == 0
    reports = {r["source_path"]: r for r in read_rows(tmp_path / "out" / "reports.csv")}
    ilacs, sif = reports["ilacs.txt"], reports["sif.txt"]
    assert (ilacs["document_type"], ilacs["inspection_start"], ilacs["inspection_end"],
            ilacs["lead_inspector"], ilacs["overall_effectiveness"]) == (
        "ilacs_inspection", "2025-03-03", "2025-03-14", "Jane Q Example", "good")
    assert (sif["document_type"], sif["inspection_start"], sif["inspection_end"],
            sif["publication_date"], sif["overall_effectiveness"]) == (
        "sif_inspection", "2016-06-02", "2016-06-24", "2016-08-05", "requires_improvement")
    grades: dict[str, dict[str, str]] = {}
    for row in read_rows(tmp_path / "out" / "judgements.csv"):
        grades.setdefault(row["report_id"], {})[row["area"]] = row["grade"]
    assert grades[ilacs["report_id"]] == {
        "impact_of_leaders": "good", "help_and_protection": "requires_improvement",
        "children_in_care": "good", "care_leavers": "outstanding",
        "overall_effectiveness": "good"}
    assert grades[sif["report_id"]] == {
        "overall_effectiveness": "requires_improvement",
        "help_and_protection": "requires_improvement", "looked_after_and_permanence": "good",
        "adoption_performance": "good", "care_leavers": "requires_improvement",
        "leadership_management_governance": "requires_improvement", "lscb": "good"}


LETTER_LINES = [
    "Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "",
    "12 March 2024", "", "Ann Example", "Director of Children’s Services",
    "Northby City Council", "", "Dear Ann", "",
    "Focused visit to Northby City Council children’s services", "",
    "This letter summarises the findings of the focused visit to Northby City",
    "Council children’s services on 6 and 7 February 2024. His Majesty’s Inspectors",
    "for this visit were Jo Sample and Sam Other.", "",
    "Inspectors looked at the local authority’s arrangements for children in need and",
    "children subject to a child protection plan. Most children are seen regularly",
    "by social workers who know them well, and plans are reviewed on time by",
    "managers who understand the risks to children.", "",
    "Ofsted will take the findings from this focused visit into account when planning",
    "your next inspection or visit.", "", "Yours sincerely", "", "Jo Sample",
    "His Majesty’s Inspector"]


def test_double_spacing_is_told_from_one_paragraph_per_line() -> None:
    spaced = "\n\n".join(LETTER_LINES).split("\n")
    assert double_spaced(spaced)
    assert not double_spaced(LETTER_LINES)
    paragraphs = ["A sentence that ends where its paragraph ends, as copied from a page."] * 30
    assert not double_spaced("\n\n".join(paragraphs).split("\n"))


def test_a_double_spaced_letter_reads_as_printed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_text("\n".join(LETTER_LINES) + "\n",
                                                  encoding="utf-8")
    (tmp_path / "in" / "spaced.txt").write_text("\n\n".join(LETTER_LINES) + "\n",
                                                  encoding="utf-8")
    assert run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out")) == 0
    reports = {r["source_path"]: r for r in read_rows(tmp_path / "out" / "reports.csv")}
    fields = ("document_type", "local_authority", "inspection_start", "inspection_end",
              "publication_date", "lead_inspector")
    expected = ("focused_visit", "Northby City Council", "2024-02-06", "2024-02-07",
                "2024-03-12", "Jo Sample")
    assert tuple(reports["letter.txt"][f] for f in fields) == expected
    assert tuple(reports["spaced.txt"][f] for f in fields) == expected
    names: dict[str, set[str]] = {}
    for row in read_rows(tmp_path / "out" / "inspectors.csv"):
        names.setdefault(row["report_id"], set()).add(row["name"])
    assert names[reports["spaced.txt"]["report_id"]] == {"Jo Sample", "Sam Other"}


def test_a_letter_whose_head_runs_onto_one_line(tmp_path: Path) -> None:
    head = ("Ofsted Piccadilly Gate Store Street Manchester M1 2WD 12 March 2024 Ann Example "
            "Director of Children’s Services Northby City Council Dear Ann Focused visit to "
            "Northby City Council children’s services This letter summarises the findings of "
            "the focused visit to Northby City Council children’s services on 6 and 7 "
            "February 2024. His Majesty’s Inspectors for this visit were Jo Sample and Sam "
            "Other.")
    assert split_run_on(head)[-3:] == [
        "Dear Ann", "Focused visit to Northby City Council children’s services",
        "This letter summarises the findings of the focused visit to Northby City Council "
        "children’s services on 6 and 7 February 2024. His Majesty’s Inspectors for this "
        "visit were Jo Sample and Sam Other."]
    # an assurance visit's head runs on the same way
    assurance = head.replace("Focused visit to", "Assurance visit to").replace(
        "the focused visit", "the assurance visit")
    assert split_run_on(assurance)[-2] == ("Assurance visit to Northby City Council children’s "
                                           "services")
    foot = ("Ofsted will take the findings from this focused visit into account when planning "
            "your next inspection or visit. Yours sincerely Jo Sample His Majesty’s Inspector")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "joined.txt").write_text(head + "\n\n" + foot + "\n", encoding="utf-8")
    assert run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out")) == 0
    row = read_rows(tmp_path / "out" / "reports.csv")[0]
    assert (row["document_type"], row["inspection_start"], row["inspection_end"],
            row["lead_inspector"]) == ("focused_visit", "2024-02-06", "2024-02-07",
                                       "Jo Sample")
