"""What a run leaves in OUT: one consistent set of tables, results redone when their
inputs change, spreadsheet-safe cells, and documents cut short by the time limit."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import RAW, run_cli
from conftest import read_rows as rows
from pdfgen import make_pdf

TABLES = ("reports.csv", "judgements.csv", "inspectors.csv", "dates.csv", "metrics.csv",
          "sections.csv", "improvements.csv", "schema.json")


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


def two_inputs(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "one.txt").write_text("Only 52% of children had a health assessment.\n")
    (b / "two.txt").write_text("In 2023, 41 children were adopted. Of them, 12% waited.\n")
    return a, b


# A run killed at a given step of publishing: the process ends there, cleaning nothing.
KILL_AT = """
import os, sys
import pipeline.store as store
step = sys.argv[1]
if step == "writing":
    real_write = store.Path.write_bytes
    def write_bytes(self, data):
        if self.name == "metrics.csv":
            os._exit(9)
        return real_write(self, data)
    store.Path.write_bytes = write_bytes
else:
    real_rename = store.os.rename
    def rename(src, dst):
        os._exit(9)
    store.os.rename = rename
from pipeline.cli import main
main(["run", sys.argv[2], "--out", sys.argv[3], "--workers", "1"])
"""


@pytest.mark.parametrize("step", ["writing", "switching"])
def test_a_kill_during_export_leaves_the_previous_set_whole(tmp_path: Path, step: str) -> None:
    a, b = two_inputs(tmp_path)
    out = tmp_path / "out"
    assert run_cli("run", str(a), "--out", str(out), "--workers", "1") == 0
    before = snapshot(out)
    done = subprocess.run([sys.executable, "-c", KILL_AT, step, str(b), str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    assert snapshot(out) == before  # not one new table beside old ones
    assert run_cli("run", str(b), "--out", str(out), "--workers", "1") == 0
    after = snapshot(out)
    assert after["reports.csv"] != before["reports.csv"]
    ids = {r["report_id"] for r in rows(out / "reports.csv")}
    assert {r["report_id"] for r in rows(out / "metrics.csv")} <= ids
    # the killed run's half-written set is cleared away by the next one
    assert sorted(p.name for p in (out / ".tables").iterdir()) == sorted(
        ["current", (out / ".tables" / "current").resolve().name])


def test_tables_are_links_into_one_published_set(tmp_path: Path) -> None:
    a, b = two_inputs(tmp_path)
    out = tmp_path / "out"
    assert run_cli("run", str(a), "--out", str(out), "--workers", "1") == 0
    first = (out / ".tables" / "current").resolve()
    assert run_cli("run", str(b), "--out", str(out), "--workers", "1") == 0
    second = (out / ".tables" / "current").resolve()
    assert first != second and not first.exists()
    for name in TABLES:
        assert (out / name).is_symlink()
        assert (out / name).resolve() == second / name


def test_a_plain_folder_of_tables_from_before_is_taken_over(tmp_path: Path) -> None:
    a, _ = two_inputs(tmp_path)
    out = tmp_path / "out"
    assert run_cli("run", str(a), "--out", str(out), "--workers", "1") == 0
    for name in TABLES:  # as an older version left them: plain files
        data = (out / name).read_bytes()
        (out / name).unlink()
        (out / name).write_bytes(b"old " + data)
    assert run_cli("export", "--out", str(out)) == 0
    assert all((out / name).is_symlink() for name in TABLES)
    assert not (out / "reports.csv").read_bytes().startswith(b"old ")


def test_records_are_redone_when_the_engine_changes_the_text(tmp_path: Path) -> None:
    """The two engines read this page in a different order: every offset moves."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "r.pdf").write_bytes(make_pdf([[
        "Inspection of Testshire local authority children's services", "",
        "Inspection dates: 22 April to 3 May 2024", "",
        "Only 52% of newly looked after children have a health assessment.", "",
        "In 2023, 41 children were adopted."]], drawn_bottom_up=True))
    out = tmp_path / "out"
    texts = []
    for engine in ("pypdfium2", "pdfplumber"):
        assert run_cli("run", str(d), "--out", str(out), "--workers", "1",
                       "--pdf-engine", engine) == 0
        (rid,) = {r["report_id"] for r in rows(out / "reports.csv")}
        text = (out / "text" / f"{rid}.txt").read_text(encoding="utf-8")
        texts.append(text)
        metrics = rows(out / "metrics.csv")
        assert {m["value_text"] for m in metrics} == {"52%", "41"}
        for m in metrics:
            assert text[int(m["char_start"]):int(m["char_end"])] == m["value_text"], engine
        for row in rows(out / "dates.csv"):
            assert text[int(row["char_start"]):int(row["char_end"])] in row["text"]
    assert texts[0] != texts[1]


def test_a_text_its_metadata_does_not_describe_is_read_again(tmp_path: Path) -> None:
    """A run killed between writing a text and its metadata leaves them out of step."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Only 52% of children had a health assessment.\n")
    out = tmp_path / "out"
    assert run_cli("ingest", str(d), "--out", str(out), "--workers", "1") == 0
    (text,) = (out / "text").glob("*.txt")
    good = text.read_bytes()
    text.write_bytes(b"Something else entirely.\n")
    assert run_cli("run", str(d), "--out", str(out), "--workers", "1") == 0
    assert text.read_bytes() == good
    assert rows(out / "metrics.csv")[0]["value_text"] == "52%"


def test_spreadsheet_safety_leaves_data_and_keys_alone(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "=HYPERLINK(1).txt").write_text(
        "What needs to improve\n\n"
        "- Only 52% of newly looked after children have a health assessment.\n"
        "- The quality of plans for 41 children.\n")
    out = tmp_path / "out"
    assert run_cli("run", str(d), "--out", str(out), "--workers", "1") == 0
    (report,) = rows(out / "reports.csv")
    assert report["source_path"] == "=HYPERLINK(1).txt"  # a key: never altered
    metrics = rows(out / "metrics.csv")
    assert metrics
    for m in metrics:
        assert m["evidence"].startswith("Only 52%") or m["evidence"].startswith("The quality")
        assert m["measure"] not in ("-", "'-")
    for name in TABLES[1:-1]:
        for r in rows(out / name):
            for col, value in r.items():
                assert not value.startswith("'- "), (name, col, value)


def test_cells_are_escaped_only_when_a_spreadsheet_would_run_them() -> None:
    from pipeline.export import cell

    for formula in ('=HYPERLINK("x")', "+44 300", "@SUM(A1)", "- a dash", "-", "\tx",
                    "-2+3", "=1"):
        assert cell(formula) == "'" + formula
    for plain in ("Good", "-5", "+3.5", "-12.5%", "-1,234", "52%", "2024-04-22", ""):
        assert cell(plain) == plain
    assert cell(-0.5) == "-0.5"
    for key in ("source_path", "report_id", "metric_id", "status"):
        assert cell("=x", key) == "=x"


def slow_metrics(monkeypatch, seconds: float) -> None:
    """The metrics component takes `seconds` and then checks the soft limit, as slow
    components do."""
    from pipeline.nlp.build import load_nlp
    from pipeline.nlp.deadline import check

    metrics = load_nlp().get_pipe("metrics")
    real = type(metrics).__call__

    def call(self, doc):
        time.sleep(seconds)
        check(doc, "metrics")
        return real(self, doc)

    monkeypatch.setattr(type(metrics), "__call__", call)


def test_a_document_past_the_soft_limit_keeps_what_finished(tmp_path: Path,
                                                            monkeypatch) -> None:
    from pipeline.batch import (
        Settings,
        analyse_task,
        discover,
        ingest_task,
        pipeline_fingerprint,
    )
    from pipeline.cli import _settings, build_parser
    from pipeline.export import export
    from pipeline.store import Store

    out = tmp_path / "out"
    args = build_parser().parse_args(["run", str(RAW), "--out", str(out), "--timeout", "1"])
    s = _settings(args)
    store = Store(out)
    store.prepare()
    (seed,) = [f for f in discover([str(RAW)]).files if f.source_path.startswith("004_")]
    row = ingest_task(seed, s)
    rid = row["report_id"]
    slow_metrics(monkeypatch, 1.0)  # past 80% of the 1 s limit
    assert analyse_task(rid, s)["status"] == "ok"
    rec = json.loads(store.records(rid).read_text())
    assert rec["time_limited"] == 1
    assert rec["tables"]["judgements"] and rec["report"]["inspection_start"]
    assert rec["tables"]["metrics"] == []
    store.manifest.write_text(json.dumps({"files": [row]}))
    (report,) = export(store)["reports"]
    assert report["status"] == "partial" and "time limit" in report["error"]
    stamp = store.records(rid).stat().st_mtime_ns
    assert analyse_task(rid, s)["status"] == "ok"  # the same limit: reused
    assert store.records(rid).stat().st_mtime_ns == stamp
    more = Settings(**{**s.__dict__, "timeout": 60.0})
    monkeypatch.undo()
    assert more.pipeline_fp == pipeline_fingerprint()
    assert analyse_task(rid, more)["status"] == "ok"  # a larger limit: done again, whole
    rec = json.loads(store.records(rid).read_text())
    assert rec["time_limited"] is None and rec["tables"]["metrics"]


def test_a_document_stopped_at_the_hard_limit_is_not_retried_silently(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Some text.\n" * 20000)
    out = tmp_path / "out"

    def error(*extra: str) -> str:
        assert run_cli("run", str(d), "--out", str(out), "--workers", "1", *extra) == 0
        (row,) = rows(out / "reports.csv")
        assert row["status"] == "failed"
        return row["error"]

    assert error("--timeout", "0.01").startswith("timed out after 0.01 s and was stopped")
    again = error("--timeout", "0.01")
    assert "stopped on an earlier run; not tried again" in again and "--force" in again
    assert error("--timeout", "0.01", "--force").startswith("timed out after 0.01 s and was")


def test_without_symbolic_links_the_tables_are_still_written_whole(tmp_path: Path, monkeypatch,
                                                                   capsys) -> None:
    import errno
    import os

    import pipeline.store as store

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(store.os, "symlink", no_links)
    a, _ = two_inputs(tmp_path)
    out = tmp_path / "out"
    assert run_cli("run", str(a), "--out", str(out), "--workers", "1") == 0
    assert "without symbolic links" in capsys.readouterr().err
    assert not any((out / name).is_symlink() for name in TABLES)
    assert rows(out / "metrics.csv")[0]["value_text"] == "52%"
    assert not (out / ".tables").exists() and os.path.isfile(out / "reports.csv")
