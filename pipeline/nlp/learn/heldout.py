"""The pipeline's metrics against the labels of the held-out sets: texts never used to write
the metric rules nor to train a model, labelled by reading, scored only.

    python -m pipeline.nlp.learn.evaluate --letters             # the shipped pipeline
    python -m pipeline.nlp.learn.evaluate --news --rules-only   # the rules alone

- `letters` (data/metric_labels/letters): the focused-visit, JTAI, area SEND and monitoring
  letters in $OFSTED_CORPUS/letters/pdf;
- `news` (data/metric_labels/news): the invented news stories, press releases, council pages,
  minutes and newsletters of tests/fixtures/secondary_unseen18 ... 23 (texts/), copied into
  one folder with the fixture's name as a prefix (`secondary_unseen18__<file>`).

Each set's split is its name, kept apart from split.csv; training reads reports/ only.
Scored as issue 7 scores the reports (rules_only.evaluate): numbers found, value and unit,
then role, category and the link fields on the matched numbers.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .data import CHECKOUT, LABELS_DIR, Record, RulesReport, load_records, rules_model
from .rules_only import evaluate

FIXTURES = CHECKOUT / "tests" / "fixtures"
NEWS_FIXTURES = tuple(f"secondary_unseen{n}" for n in range(18, 24))
NEWS_PREFIX_SEP = "__"


def letters_pdf_dir() -> Path:
    return Path(os.environ.get("OFSTED_CORPUS", CHECKOUT.parent / "shared" / "corpus")) \
        / "letters" / "pdf"


def news_text_dir(out: Path | None = None) -> Path:
    """The news texts in one folder (rebuilt each time, so it holds exactly the fixtures')."""
    out = out or CHECKOUT / "build" / "learn" / "news-texts"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in NEWS_FIXTURES:
        folder = FIXTURES / name / "texts"
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: not found")
        for src in sorted(folder.iterdir()):
            shutil.copyfile(src, out / f"{name}{NEWS_PREFIX_SEP}{src.name}")
    return out


@dataclass(frozen=True)
class HeldoutSet:
    """A labelled set that is scored and never learnt from; its split is its name."""

    name: str
    sources: Callable[[], Path]  # the folder the pipeline runs on (made if need be)

    @property
    def labels_dir(self) -> Path:
        return LABELS_DIR / self.name

    def run_dir(self, rules_only: bool = False) -> Path:
        return CHECKOUT / "build" / "learn" / f"{self.name}-{'rules-' if rules_only else ''}run"


SETS = {s.name: s for s in (HeldoutSet("letters", letters_pdf_dir),
                            HeldoutSet("news", news_text_dir))}


def run_set(hs: HeldoutSet, run_dir: Path, rules_only: bool = False) -> None:
    """Run the pipeline (shipped, or the rules without the field models) on a set."""
    src = hs.sources()
    if not src.is_dir():
        raise FileNotFoundError(f"{src}: not found (set OFSTED_CORPUS to the folder "
                                f"holding letters/pdf)")
    run_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if rules_only:
        env["OFSTED_MODEL"] = str(rules_model())
    cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(run_dir),
           "--workers", "2"]
    done = subprocess.run(cmd, cwd=CHECKOUT, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"the pipeline failed:\n{done.stderr[-2000:]}")


def set_records(hs: HeldoutSet) -> tuple[list[Record], dict[str, str]]:
    """The corrected label lines of a set, and each source's sha256."""
    from .data import labelset

    if not hs.labels_dir.is_dir() or not any(hs.labels_dir.glob("*.jsonl")):
        raise FileNotFoundError(f"{hs.labels_dir}: no label files")
    shas = {r["meta"]["source_path"]: r["meta"]["report_sha256"]
            for r in labelset().iter_records(hs.labels_dir, status=None)}
    return load_records(hs.labels_dir), shas


def letter_records() -> tuple[list[Record], dict[str, str]]:
    return set_records(SETS["letters"])


def load_run(run_dir: Path, shas: dict[str, str]) -> dict[str, RulesReport]:
    """Each source's normalised text and metric rows, as a run wrote them."""
    out = {}
    for src, sha in sorted(shas.items()):
        rid = sha[:16]
        text = (run_dir / "text" / f"{rid}.txt").read_text(encoding="utf-8")
        rec = json.loads((run_dir / "records" / f"{rid}.json").read_text(encoding="utf-8"))
        out[src] = RulesReport(text, rec["tables"]["metrics"])
    return out


def score(set_name: str = "letters", rules_only: bool = False,
          run_dir: Path | None = None) -> dict:
    """Run the pipeline on a held-out set and score it on its labels (table and findings)."""
    hs = SETS[set_name]
    records, shas = set_records(hs)
    run_dir = run_dir or hs.run_dir(rules_only)
    run_set(hs, run_dir, rules_only)
    return evaluate(records, load_run(run_dir, shas))
