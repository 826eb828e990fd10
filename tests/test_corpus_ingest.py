"""Over the development corpus (skipped when ../shared is absent): every file gets a row."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import CORPUS, needs_corpus


@needs_corpus()
def test_every_corpus_file_ingests_or_fails_cleanly(corpus_run: Path) -> None:
    import json

    rows = json.loads((corpus_run / "manifest.json").read_text())["files"]
    assert sorted(r["source_path"] for r in rows) == sorted(
        p.name for p in (CORPUS / "pdf").iterdir())
    with open(CORPUS / "gold_reports.csv", encoding="utf-8", newline="") as fh:
        not_pdf = {g["source_path"] for g in csv.DictReader(fh) if "not a PDF" in g["notes"]}
    assert not_pdf
    for r in rows:
        if r["source_path"] in not_pdf:
            assert r["status"] == "failed" and "HTML page" in r["error"]
        else:
            assert r["status"] == "ok", r
            assert r["n_chars"] > 5000
            assert r["pages"] >= 1
