"""The pipeline's metrics against the labels of the letters (data/metric_labels/letters).

    python -m pipeline.nlp.learn.evaluate --letters             # the shipped pipeline
    python -m pipeline.nlp.learn.evaluate --letters --rules-only  # the rules alone

The letters (focused visits, JTAIs, area SEND, monitoring visits in
$OFSTED_CORPUS/letters/pdf) were never used to write the metric rules nor to train a model;
their split is `letters`, kept apart from split.csv. Scored as issue 7 scores the reports
(rules_only.evaluate): numbers found, value and unit, then role, category and the link
fields on the matched numbers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .data import CHECKOUT, LABELS_DIR, Record, RulesReport, load_records, rules_model
from .rules_only import evaluate

LETTERS_LABELS = LABELS_DIR / "letters"
RUN_DIR = CHECKOUT / "build" / "learn" / "letters-run"
RULES_RUN_DIR = CHECKOUT / "build" / "learn" / "letters-rules-run"


def letters_pdf_dir() -> Path:
    return Path(os.environ.get("OFSTED_CORPUS", CHECKOUT.parent / "shared" / "corpus")) \
        / "letters" / "pdf"


def run_letters(run_dir: Path, rules_only: bool = False) -> None:
    """Run the pipeline (shipped, or the rules without the field models) on the letters."""
    pdfs = letters_pdf_dir()
    if not pdfs.is_dir():
        raise FileNotFoundError(f"{pdfs}: not found (set OFSTED_CORPUS to the folder "
                                f"holding letters/pdf)")
    run_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if rules_only:
        env["OFSTED_MODEL"] = str(rules_model())
    cmd = [sys.executable, "-m", "pipeline", "run", str(pdfs), "--out", str(run_dir),
           "--workers", "2"]
    done = subprocess.run(cmd, cwd=CHECKOUT, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"the pipeline failed:\n{done.stderr[-2000:]}")


def letter_records() -> tuple[list[Record], dict[str, str]]:
    """The corrected label lines of the letters (split `letters`), and each letter's sha256."""
    from .data import labelset

    if not LETTERS_LABELS.is_dir() or not any(LETTERS_LABELS.glob("*.jsonl")):
        raise FileNotFoundError(f"{LETTERS_LABELS}: no label files")
    shas = {r["meta"]["source_path"]: r["meta"]["report_sha256"]
            for r in labelset().iter_records(LETTERS_LABELS, status=None)}
    return load_records(LETTERS_LABELS), shas


def load_run(run_dir: Path, shas: dict[str, str]) -> dict[str, RulesReport]:
    """Each letter's normalised text and metric rows, as a run wrote them."""
    out = {}
    for src, sha in sorted(shas.items()):
        rid = sha[:16]
        text = (run_dir / "text" / f"{rid}.txt").read_text(encoding="utf-8")
        rec = json.loads((run_dir / "records" / f"{rid}.json").read_text(encoding="utf-8"))
        out[src] = RulesReport(text, rec["tables"]["metrics"])
    return out


def score(rules_only: bool = False, run_dir: Path | None = None) -> dict:
    """Run the pipeline on the letters and score it on their labels (table and findings)."""
    records, shas = letter_records()
    run_dir = run_dir or (RULES_RUN_DIR if rules_only else RUN_DIR)
    run_letters(run_dir, rules_only)
    return evaluate(records, load_run(run_dir, shas))
