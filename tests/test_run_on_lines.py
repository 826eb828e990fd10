"""Reports whose head runs onto one line (document-sharing sites, text copied from a viewer):
broken where Ofsted's documents break them, so titles, dates, inspectors and grades are read
as from the printed page. The texts are invented, in the layout of such renderings."""

from __future__ import annotations

from pathlib import Path

from conftest import read_rows, run_cli

from pipeline.ingest.run_on import split_run_on

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
