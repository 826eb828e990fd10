"""The evaluation itself: scores that can be trusted, thresholds that fail the run."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import GOLD, run_cli

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


def test_free_text_fields_agree_as_labels_do() -> None:
    """`ofsted evaluate` and the label tools count content words the same way."""
    from pipeline.nlp.learn.data import labelset as load_labelset

    labelset = load_labelset()
    pairs = [("in 2013-14", "2013-14"), ("re-referral rate", "the re-referral rate"),
             ("children children", "children"), ("care leavers aged 19 to 21", "care leavers"),
             ("This is a reduction", "re-referral rate"), ("", ""), ("", "now"),
             ("children’s homes", "children's homes"), ("at 31 March 2015", "by March 2015")]
    for a, b in pairs:
        assert token_f1(a, b) == labelset.words_f1(a, b), (a, b)


def _metric_run(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "Inspection of Testshire local authority children's services\n"
        "Inspection dates: 22 April to 3 May 2024\n"
        "The re-referral rate fell from 24% in 2014-15 to 19% by March 2016.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("run", str(inputs), "--out", str(out), "--workers", "1") == 0
    return out


def test_evaluate_scores_measure_population_period_per_field(tmp_path: Path, capsys) -> None:
    out = _metric_run(tmp_path)
    gold = tmp_path / "gold"
    (gold / "metrics").mkdir(parents=True)
    row = {"source_path": "a.txt", "statement": "s1", "value": "19", "unit": "percent",
           "role": "observed", "category": "re_referrals", "measure": "re-referral rate",
           "population": "", "period": "March 2016", "qualifier": "",
           "context": "to 19% by March 2016"}
    write(gold / "metrics" / "a.csv", [row])
    gates = ["--min", "metrics.numbers.recall=1", "--min", "metrics.measure=1",
             "--min", "metrics.population=1", "--min", "metrics.period=1"]
    assert run_cli("evaluate", "--gold", str(gold), "--pred", str(out), *gates) == 0
    printed = capsys.readouterr().out
    for name in ("metrics.measure", "metrics.population", "metrics.period"):
        assert f"{name} " in printed
    # A period that shares no content word with the output fails its gate, and only it.
    write(gold / "metrics" / "a.csv", [dict(row, period="in 2012-13")])
    assert run_cli("evaluate", "--gold", str(gold), "--pred", str(out), *gates) == 1
    printed = capsys.readouterr().out
    assert "BELOW THRESHOLD: metrics.period accuracy 0.0000 < 1.0000" in printed
    assert "metrics.measure accuracy" not in printed.split("BELOW THRESHOLD", 1)[1]


def test_evaluate_without_gold_is_an_error(tmp_path: Path, capsys) -> None:
    out = _metric_run(tmp_path)
    missing = tmp_path / "no-such-gold"
    assert run_cli("evaluate", "--gold", str(missing), "--pred", str(out)) == 2
    assert f"gold folder {missing} not found" in capsys.readouterr().err
    empty = tmp_path / "empty"
    (empty / "metrics").mkdir(parents=True)
    (empty / "metrics" / "a.csv").write_text("source_path,value,unit,context\n",
                                             encoding="utf-8")
    assert run_cli("evaluate", "--gold", str(empty), "--pred", str(out),
                   "--min", "metrics.measure=0.85") == 2
    assert "is empty" in capsys.readouterr().err
    assert run_cli("evaluate", "--gold", str(GOLD), "--pred", str(tmp_path / "nothing")) == 2
