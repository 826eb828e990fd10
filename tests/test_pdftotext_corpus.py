"""The corpus reports and letters as another converter writes them: poppler's `pdftotext`,
with and without `-layout`, with its paragraphs each run onto one line and double-spaced (as
document-sharing sites give a document), scored against the same gold as the PDFs (skipped
without ../shared or without pdftotext, which is Debian's poppler-utils).

To keep the suite fast, a fixed sample is rendered: the first reports, and the first
letters of the letters gold's development part, by a hash of the file name, chosen
without looking at any result. The held-out letters are never rendered here (they are
scored once, from the PDFs, by test_document_kinds).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import CORPUS, LETTERS, ROOT, needs_corpus, needs_letters, run_cli

from pipeline.evaluate import evaluate, read_csv

SAMPLE = 24
LETTER_SAMPLE = 24
MODES = {"layout": ["-layout"], "raw": []}
# Renderings made from pdftotext's default output, as document-sharing sites and text copied
# from a viewer give a document: "joined" keeps its paragraphs but not its lines; "spaced" puts
# a blank line after every line. Letters are not joined: one whose address block, salutation
# and subject run into one line is not read yet.
DERIVED = ("joined", "spaced")
LETTER_DERIVED = ("spaced",)
# The fields the issue gates on, and how far the text may fall behind the PDF.
GATED = ("reports.document_type", "reports.lead_inspector", "reports.inspection_start",
         "reports.inspection_end", "judgements.cells")
LETTER_GATED = ("reports.document_type", "reports.la_name", "reports.lead_inspector",
                "reports.inspection_start", "reports.inspection_end",
                "reports.publication_date", "inspectors.recall", "inspectors.precision",
                "dates.recall", "dates.precision")
TOLERANCE = 0.01
LETTERS_GOLD = ROOT / "tests" / "fixtures" / "letters_gold"
GOLD_TABLES = ("gold_reports.csv", "gold_judgements.csv", "gold_inspectors.csv",
               "gold_dates.csv")

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext is absent (apt-get install poppler-utils)")


def by_hash(pdfs: list[Path], n: int) -> list[Path]:
    return sorted(pdfs, key=lambda p: hashlib.sha256(p.name.encode()).hexdigest())[:n]


def sample() -> list[Path]:
    return by_hash([p for p in (CORPUS / "pdf").glob("*.pdf")
                    if p.read_bytes()[:5] == b"%PDF-"], SAMPLE)


def letter_sample() -> list[Path]:
    spec = importlib.util.spec_from_file_location("letters_split", LETTERS_GOLD / "split.py")
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    return by_hash([p for p in (LETTERS / "pdf").glob("*.pdf") if not split.held_out(p.name)],
                   LETTER_SAMPLE)


def write_gold(folder: Path, source: Path, names: dict[str, str],
               tables: tuple[str, ...] = GOLD_TABLES) -> Path:
    """The gold of `source` for the sample, each source_path renamed as `names` says."""
    folder.mkdir(parents=True)
    for table in tables:
        if not (source / table).exists():
            continue
        with open(source / table, encoding="utf-8", newline="") as fh:
            fields = next(csv.reader(fh))
        rows = [dict(r, source_path=names[r["source_path"]])
                for r in read_csv(source / table) if r["source_path"] in names]
        with open(folder / table, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
    return folder


def joined(text: str) -> str:
    """Each paragraph (lines between blank lines or page breaks) on one line."""
    blocks = re.split(r"\n\s*\n|\f", text)
    return "\n\n".join(" ".join(ln.strip() for ln in b.split("\n") if ln.strip())
                         for b in blocks)


def spaced(text: str) -> str:
    """A blank line after every line (page breaks become line ends)."""
    return "\n\n".join(text.replace("\f", "\n").split("\n"))


RENDER = {"joined": joined, "spaced": spaced}


def render_and_run(base: Path, pdfs: list[Path], derived: tuple[str, ...]) -> Path:
    (base / "text").mkdir()
    jobs = [["pdftotext", *flags, str(pdf), str(base / "text" / f"{pdf.stem}.{mode}.txt")]
            for pdf in pdfs for mode, flags in MODES.items()]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for done in pool.map(lambda cmd: subprocess.run(cmd, capture_output=True, timeout=120),
                             jobs):
            assert done.returncode == 0, done.stderr
    for pdf in pdfs:
        text = (base / "text" / f"{pdf.stem}.raw.txt").read_text(encoding="utf-8")
        for mode in derived:
            (base / "text" / f"{pdf.stem}.{mode}.txt").write_text(RENDER[mode](text),
                                                                  encoding="utf-8")
    assert run_cli("run", str(base / "text"), "--out", str(base / "out")) == 0
    return base


def compare(base: Path, gold: Path, pdf_run: Path, names: list[str],
            gated: tuple[str, ...], derived: tuple[str, ...]) -> list[tuple]:
    """Each mode's scores against the PDFs' on the gated fields: the shortfalls."""
    pdf_scores = evaluate(write_gold(base / "gold_pdf", gold, {n: n for n in names}), pdf_run)
    failures = []
    for mode in [*MODES, *derived]:
        renamed = {n: f"{Path(n).stem}.{mode}.txt" for n in names}
        scores = evaluate(write_gold(base / f"gold_{mode}", gold, renamed), base / "out")
        assert scores["reports.rows"].accuracy == 1.0, scores["reports.rows"].misses
        for spec in gated:
            # "inspectors.recall" is a measure of a score; "judgements.cells" a score.
            name, _, measure = spec.rpartition(".")
            if spec in scores:
                name, measure = spec, "accuracy"
            pdf = getattr(pdf_scores[name], measure)
            text = getattr(scores[name], measure)
            print(f"{mode:6} {spec:28} pdf {pdf:.2%} text {text:.2%}")
            if text < pdf - TOLERANCE:
                failures.append((mode, spec, f"{text:.4f} < {pdf:.4f} - {TOLERANCE}",
                                 scores[name].misses[:5]))
    return failures


@pytest.fixture(scope="module")
def pdftotext_run(tmp_path_factory) -> Path:
    return render_and_run(tmp_path_factory.mktemp("pdftotext"), sample(), DERIVED)


@pytest.fixture(scope="module")
def pdftotext_letters(tmp_path_factory) -> Path:
    return render_and_run(tmp_path_factory.mktemp("pdftotext_letters"), letter_sample(),
                          LETTER_DERIVED)


@needs_corpus()
@needs_pdftotext
def test_pdftotext_renderings_score_within_a_point_of_the_pdfs(
        corpus_run: Path, pdftotext_run: Path) -> None:
    names = [p.name for p in sample()]
    assert len(names) == SAMPLE
    failures = compare(pdftotext_run, CORPUS, corpus_run, names, GATED, DERIVED)
    assert not failures, failures


@needs_letters()
@needs_pdftotext
def test_pdftotext_letters_score_within_a_point_of_the_pdfs(
        letters_run: Path, pdftotext_letters: Path) -> None:
    """Letters set signatures side by side and wrap their titles: the text path reads
    them as the PDF path does."""
    names = [p.name for p in letter_sample()]
    assert len(names) == LETTER_SAMPLE
    failures = compare(pdftotext_letters, LETTERS_GOLD, letters_run, names, LETTER_GATED,
                       LETTER_DERIVED)
    assert not failures, failures
