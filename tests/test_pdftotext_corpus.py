"""The corpus reports as another converter writes them: poppler's `pdftotext`, with and
without `-layout`, scored against the same gold as the PDFs (skipped without ../shared
or without pdftotext, which is Debian's poppler-utils).

To keep the suite fast, a fixed sample of reports is rendered: the first by a hash of
the file name, chosen without looking at any result.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus, run_cli

from pipeline.evaluate import evaluate, read_csv

SAMPLE = 24
MODES = {"layout": ["-layout"], "raw": []}
# The fields the issue gates on, and how far the text may fall behind the PDF.
GATED = ("reports.document_type", "reports.lead_inspector", "reports.inspection_start",
         "reports.inspection_end", "judgements.cells")
TOLERANCE = 0.01

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext is absent (apt-get install poppler-utils)")


def sample() -> list[Path]:
    pdfs = [p for p in (CORPUS / "pdf").glob("*.pdf") if p.read_bytes()[:5] == b"%PDF-"]
    return sorted(pdfs, key=lambda p: hashlib.sha256(p.name.encode()).hexdigest())[:SAMPLE]


def write_gold(folder: Path, names: dict[str, str]) -> Path:
    """The corpus gold for the sample, each source_path renamed as `names` says."""
    folder.mkdir(parents=True)
    for table in ("gold_reports.csv", "gold_judgements.csv"):
        rows = [dict(r, source_path=names[r["source_path"]])
                for r in read_csv(CORPUS / table) if r["source_path"] in names]
        with open(folder / table, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return folder


@pytest.fixture(scope="module")
def pdftotext_run(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("pdftotext")
    (base / "text").mkdir()
    jobs = [["pdftotext", *flags, str(pdf), str(base / "text" / f"{pdf.stem}.{mode}.txt")]
            for pdf in sample() for mode, flags in MODES.items()]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for done in pool.map(lambda cmd: subprocess.run(cmd, capture_output=True, timeout=120),
                             jobs):
            assert done.returncode == 0, done.stderr
    assert run_cli("run", str(base / "text"), "--out", str(base / "out")) == 0
    return base


@needs_corpus()
@needs_pdftotext
def test_pdftotext_renderings_score_within_a_point_of_the_pdfs(
        corpus_run: Path, pdftotext_run: Path) -> None:
    names = [p.name for p in sample()]
    assert len(names) == SAMPLE
    pdf_scores = evaluate(write_gold(pdftotext_run / "gold_pdf", {n: n for n in names}),
                          corpus_run)
    failures = []
    for mode in MODES:
        renamed = {n: f"{Path(n).stem}.{mode}.txt" for n in names}
        scores = evaluate(write_gold(pdftotext_run / f"gold_{mode}", renamed),
                          pdftotext_run / "out")
        assert scores["reports.rows"].accuracy == 1.0, scores["reports.rows"].misses
        for name in GATED:
            pdf, text = pdf_scores[name], scores[name]
            print(f"{mode:6} {name:28} pdf {pdf.accuracy:.2%} text {text.accuracy:.2%}")
            if text.accuracy < pdf.accuracy - TOLERANCE:
                failures.append((mode, name, f"{text.accuracy:.4f} < {pdf.accuracy:.4f} - "
                                 f"{TOLERANCE}", text.misses[:5]))
    assert not failures, failures
