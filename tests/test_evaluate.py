"""The evaluation itself: scores that can be trusted, thresholds that fail the run."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import run_cli

from pipeline.evaluate import Score, check, token_f1


def write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_scores_and_thresholds() -> None:
    s = Score("x", tp=8, fp=2, fn=0, correct=8, total=10)
    assert (s.precision, s.recall, s.accuracy) == (0.8, 1.0, 0.8)
    assert check({"x": s}, ["x=0.8"]) == []
    assert check({"x": s}, ["x.precision=0.9"]) == ["x precision 0.8000 < 0.9000"]
    assert check({"x": s}, ["y=1"]) == ["y=1: no such score"]


def test_token_f1() -> None:
    assert token_f1("health assessment within 28 days", "health assessments within 28 days") > 0.5
    assert token_f1("", "") == 1.0
    assert token_f1("placements", "adoptions") == 0.0


def test_evaluate_command_fails_below_threshold(tmp_path: Path, capsys) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "Inspection of Testshire local authority children's services\n"
        "Inspection dates: 22 April to 3 May 2024\n"
        "Lead inspector: Kathryn Smith, His Majesty's Inspector\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("run", str(inputs), "--out", str(out), "--workers", "1") == 0
    gold = tmp_path / "gold"
    gold.mkdir()
    write(gold / "reports.csv", [{"source_path": "a.txt", "document_type": "ilacs_inspection",
                                  "inspection_start": "2024-04-22",
                                  "inspection_end": "2024-05-03",
                                  "lead_inspector": "Kathryn Smith"}])
    assert run_cli("evaluate", "--gold", str(gold), "--pred", str(out),
                   "--min", "reports.inspection_start=1", "--min", "reports.lead_inspector=1") == 0
    write(gold / "reports.csv", [{"source_path": "a.txt", "lead_inspector": "Someone Else"}])
    assert run_cli("evaluate", "--gold", str(gold), "--pred", str(out),
                   "--min", "reports.lead_inspector=1") == 1
    assert "gold='Someone Else' got='Kathryn Smith'" in capsys.readouterr().out
