"""The batch as a user runs it: every file accounted for, bad input reported, never a crash."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from conftest import RAW, run_cli
from pdfgen import encrypt_pdf, make_image_only_pdf, make_pdf

GOOD_PDF = make_pdf([[
    "Inspection of Testshire local authority children's services",
    "",
    "Inspection dates: 22 April to 3 May 2024",
    "",
    "Children in Testshire receive help quickly. Only 52% of newly looked after children",
    "have a health assessment within 28 days.",
]])


def reports(out: Path) -> dict[str, dict]:
    with open(out / "reports.csv", encoding="utf-8-sig", newline="") as fh:
        return {r["source_path"]: r for r in csv.DictReader(fh)}


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("inputs")
    (d / "sub").mkdir()
    (d / "good.pdf").write_bytes(GOOD_PDF)
    (d / "sub" / "copy.pdf").write_bytes(GOOD_PDF)  # identical bytes, another path
    (d / "not_a_pdf.pdf").write_bytes(
        b"<!DOCTYPE html><html><head><title>Report not found</title></head>"
        b"<body><p>Sorry</p></body></html>")
    (d / "truncated.pdf").write_bytes(GOOD_PDF[: len(GOOD_PDF) // 3])
    (d / "encrypted.pdf").write_bytes(encrypt_pdf(GOOD_PDF))
    (d / "scanned.pdf").write_bytes(make_image_only_pdf())
    (d / "empty.txt").write_bytes(b"")
    (d / "random.txt").write_bytes(os.urandom(4096) + b"\x00")
    (d / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (d / "letter.txt").write_bytes("Dear Ms Smith\n\nThe visit found 41 adoptions in the "
                                   "council\u2019s area.\n"
                                   .encode("cp1252"))
    (d / "page.html").write_bytes(b"<html><body><p>Focused visit to X children\xe2\x80\x99s "
                                  b"services</p></body></html>")
    (d / ".hidden.txt").write_bytes(b"ignored")
    return d


@pytest.fixture(scope="module")
def bad_run(bad_inputs: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert run_cli("run", str(bad_inputs), "--out", str(out), "--workers", "2") == 0
    return out


def test_every_file_is_accounted_for(bad_inputs: Path, bad_run: Path) -> None:
    rows = reports(bad_run)
    found = {p.relative_to(bad_inputs).as_posix() for p in bad_inputs.rglob("*")
             if p.is_file() and not p.name.startswith(".")}
    assert set(rows) == found


@pytest.mark.parametrize("name, fragment", [
    ("not_a_pdf.pdf", "is an HTML page, not a PDF"),
    ("truncated.pdf", "damaged or truncated"),
    ("encrypted.pdf", "encrypted"),
    ("scanned.pdf", "no text layer"),
    ("empty.txt", "empty file"),
    ("random.txt", "binary data"),
    ("picture.png", "unsupported file type .png"),
])
def test_bad_input_fails_cleanly(bad_run: Path, name: str, fragment: str) -> None:
    row = reports(bad_run)[name]
    assert row["status"] == "failed"
    assert fragment in row["error"]
    assert "\n" not in row["error"]


def test_good_files_are_processed(bad_run: Path) -> None:
    rows = reports(bad_run)
    for name in ("good.pdf", "sub/copy.pdf", "letter.txt", "page.html"):
        assert rows[name]["status"] in ("ok", "partial"), rows[name]
    assert rows["good.pdf"]["report_id"] == rows["sub/copy.pdf"]["report_id"]
    assert rows["good.pdf"]["pages"] == "1"
    assert rows["letter.txt"]["encoding"] == "cp1252"
    rid = rows["good.pdf"]["report_id"]
    text = (bad_run / "text" / f"{rid}.txt").read_text(encoding="utf-8")
    assert "Only 52% of newly looked after children have a health assessment" in text


def test_timeout_is_reported(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Some text.\n" * 20000)
    out = tmp_path / "out"
    assert run_cli("run", str(d), "--out", str(out), "--workers", "1", "--timeout", "0.01") == 0
    row = reports(out)["a.txt"]
    assert row["status"] == "failed"
    assert "timed out" in row["error"]


def test_bad_arguments_exit_non_zero(tmp_path: Path) -> None:
    assert run_cli("run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")) == 1
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert run_cli("run", str(RAW), "--out", str(blocker / "sub")) == 1


def test_output_identical_whatever_the_workers(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_cli("run", str(RAW), "--out", str(a), "--workers", "1") == 0
    assert run_cli("run", str(RAW), "--out", str(b), "--workers", "3") == 0
    for name in ("reports", "judgements", "inspectors", "dates", "metrics", "sections",
                 "improvements"):
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name


def test_rerun_reuses_results_and_force_redoes(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "1") == 0
    records = sorted((out / "records").glob("*.json"))
    stamp = {p: p.stat().st_mtime_ns for p in records}
    first = (out / "reports.csv").read_bytes()
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "1") == 0
    assert {p: p.stat().st_mtime_ns for p in records} == stamp  # nothing redone
    assert (out / "reports.csv").read_bytes() == first
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "1", "--force") == 0
    assert any(p.stat().st_mtime_ns != stamp[p] for p in records)
    assert (out / "reports.csv").read_bytes() == first


def test_stages_run_alone(tmp_path: Path) -> None:
    out, ref = tmp_path / "staged", tmp_path / "ref"
    assert run_cli("ingest", str(RAW), "--out", str(out), "--workers", "1") == 0
    import json

    files = json.loads((out / "manifest.json").read_text())["files"]
    assert len(files) == len([p for p in RAW.iterdir() if p.is_file()])
    n_ok = len([f for f in files if f["status"] == "ok"])
    assert n_ok == 5  # the seeds; raw/README.md is reported as an unsupported type
    assert len(list((out / "text").glob("*.txt"))) == n_ok
    assert run_cli("segment", "--out", str(out), "--workers", "1") == 0
    assert len(list((out / "segments").glob("*.json"))) == n_ok
    assert run_cli("extract", "--out", str(out), "--workers", "1") == 0
    assert run_cli("export", "--out", str(out)) == 0
    assert run_cli("run", str(RAW), "--out", str(ref), "--workers", "1") == 0
    for name in ("reports", "judgements", "metrics", "sections"):
        assert (out / f"{name}.csv").read_bytes() == (ref / f"{name}.csv").read_bytes()


def test_interrupted_export_leaves_previous_tables(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "1") == 0
    before = (out / "reports.csv").read_bytes()
    import pipeline.export as export

    def boom(columns, rows):
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "to_csv", boom)
    assert run_cli("export", "--out", str(out)) == 130
    assert (out / "reports.csv").read_bytes() == before
    assert not list(out.glob(".*.tmp"))


def test_spreadsheet_formulas_are_neutralised() -> None:
    from pipeline.export import cell, to_csv

    assert cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert cell("+44 300") == "'+44 300"
    assert cell("- The quality of plans.") == "'- The quality of plans."
    assert cell("@SUM") == "'@SUM"
    assert cell("Good") == "Good"
    assert to_csv(["a"], [{"a": "=1+1"}]) == "a\n'=1+1\n"


def test_help_explains_itself(capsys) -> None:
    from pipeline.cli import build_parser

    for argv in (["--help"], ["run", "--help"], ["ingest", "--help"], ["segment", "--help"],
                 ["extract", "--help"], ["export", "--help"], ["evaluate", "--help"]):
        with pytest.raises(SystemExit) as exc:
            build_parser().parse_args(argv)
        assert exc.value.code == 0
    text = capsys.readouterr().out
    assert "--workers" in text and "--timeout" in text and "--pdf-engine" in text


def test_console_script_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = Path(sys.executable).parent / "ofsted"
    exe = str(script) if script.exists() else shutil.which("ofsted")
    assert exe, "the ofsted console script is not installed"
    done = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True)
    assert "ofsted run raw/ --out extracted/" in done.stdout


def test_fingerprints_do_not_depend_on_the_checkout_path(tmp_path: Path) -> None:
    """extracted/ must be byte-identical in any clone: no absolute path in what it hashes."""
    import subprocess
    import sys

    from pipeline.batch import ingest_fingerprint, pipeline_fingerprint

    root = Path(__file__).resolve().parents[1]
    copy = tmp_path / "elsewhere"
    shutil.copytree(root / "pipeline", copy / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    code = ("from pipeline.batch import ingest_fingerprint, pipeline_fingerprint;"
            "print(ingest_fingerprint(), pipeline_fingerprint())")
    out = subprocess.run([sys.executable, "-c", code], cwd=copy, capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(copy)}).stdout.split()
    assert out == [ingest_fingerprint(), pipeline_fingerprint()]


def test_a_failing_extractor_keeps_the_others(monkeypatch) -> None:
    """A bug in one component flags the report partial; the other tables still fill."""
    from pipeline.nlp.analyse import analyse
    from pipeline.nlp.build import load_nlp

    def boom(doc):
        raise RuntimeError("test failure")

    metrics = load_nlp().get_pipe("metrics")
    monkeypatch.setattr(type(metrics), "__call__", lambda self, doc: boom(doc))
    text = ("Inspection of Testshire local authority children's services\n"
            "Inspection dates: 22 April to 3 May 2024\n"
            "Lead inspector: Kathryn Smith, His Majesty's Inspector\n"
            "Only 52% of children had a health assessment.\n")
    rec = analyse(text)
    assert rec["tables"]["metrics"] == []
    assert rec["report"]["inspection_start"] == "2024-04-22"
    assert any("metrics extractor failed: RuntimeError" in p for p in rec["problems"])


def test_file_over_the_size_limit_is_reported(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "big.pdf").write_bytes(GOOD_PDF + b"%" * 2_000_000)
    out = tmp_path / "out"
    assert run_cli("run", str(d), "--out", str(out), "--workers", "1",
                   "--max-size-mb", "1") == 0
    row = reports(out)["big.pdf"]
    assert row["status"] == "failed" and "file too large" in row["error"]
    assert len(row["sha256"]) == 64
