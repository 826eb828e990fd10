"""The committed extracted/ is what a fresh run on raw/ gives, byte for byte."""

from __future__ import annotations

from pathlib import Path

from conftest import RAW, ROOT, run_cli

TABLES = ("reports", "judgements", "inspectors", "dates", "metrics", "sections", "improvements")


def test_committed_extracted_equals_a_fresh_run(tmp_path: Path) -> None:
    out = tmp_path / "fresh"
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "2") == 0
    committed = ROOT / "extracted"
    for name in TABLES:
        assert (committed / f"{name}.csv").read_bytes() == (out / f"{name}.csv").read_bytes(), (
            f"extracted/{name}.csv is stale: run `make run` and commit it")
    assert (committed / "schema.json").read_bytes() == (out / "schema.json").read_bytes()
    for txt in sorted((out / "text").glob("*.txt")):
        assert (committed / "text" / txt.name).read_bytes() == txt.read_bytes()


def test_every_raw_file_has_a_report_row() -> None:
    import csv

    with open(ROOT / "extracted" / "reports.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    raw = sorted(p.name for p in RAW.iterdir() if p.is_file() and not p.name.startswith("."))
    assert sorted(r["source_path"] for r in rows) == raw
