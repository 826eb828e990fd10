"""The committed extracted/ is what a fresh run on raw/ gives, byte for byte."""

from __future__ import annotations

from pathlib import Path

from conftest import RAW, ROOT, read_rows, run_cli

from pipeline.contract import TABLES

# What `make run` writes beside the tables: only text files, each byte-reproducible
# (Parquet, Excel and DuckDB files are written on request, and are not committed).
OTHER_FILES = ("schema.json", "datapackage.json", "inspections_ees.csv",
               "inspections_ees.meta.csv")


def test_committed_extracted_equals_a_fresh_run(tmp_path: Path) -> None:
    out = tmp_path / "fresh"
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "2") == 0
    committed = ROOT / "extracted"
    for name in TABLES:
        assert (committed / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes(), (
            f"extracted/{name}.csv is stale: run `make run` and commit it")
    for name in OTHER_FILES:
        assert (committed / name).read_bytes() == (out / name).read_bytes(), (
            f"extracted/{name} is stale: run `make run` and commit it")
    assert not list(committed.glob("*.parquet")) and not list(committed.glob("tables.*"))
    for txt in sorted((out / "text").glob("*.txt")):
        assert (committed / "text" / txt.name).read_bytes() == txt.read_bytes()


def test_every_raw_file_has_a_report_row() -> None:
    rows = read_rows(ROOT / "extracted" / "reports.csv")
    raw = sorted(p.name for p in RAW.iterdir() if p.is_file() and not p.name.startswith("."))
    assert sorted(r["source_path"] for r in rows) == raw
