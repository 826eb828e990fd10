"""The labelled statements (data/metric_labels) as training instances, the dev split, and the
rules' output on the same reports aligned to the labels.

One instance per labelled number: the statement's text, the number's offsets in it, the
other numbers of the statement, and its gold fields (measure / population / period as
offsets in the text or None, category, role). The dev split is carved from the TRAIN
reports by whole report with a fixed salt; the test split (split.csv) is only scored.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[3]
LABELS_DIR = CHECKOUT / "data" / "metric_labels"
RUN_DIR = CHECKOUT / "build" / "learn" / "run"
RULES_MODEL_DIR = CHECKOUT / "build" / "learn" / "rules-model"
DEV_SALT = "ofsted-learn-dev-v1:"
DEV_SHARE = 0.25  # of the train reports, by a hash of their name
LINKS = ("measure", "population", "period")


def labelset():
    """data/metric_labels/tools/labelset.py (a tool of the data folder, not a package)."""
    name = "ofsted_labelset"
    if name in sys.modules:
        return sys.modules[name]
    path = LABELS_DIR / "tools" / "labelset.py"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: not found (training runs from a checkout)")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Gold:
    """One labelled number: offsets in its statement's text, and its fields."""

    start: int
    end: int
    value: float
    unit: str
    role: str
    category: str
    links: dict[str, tuple[int, int] | None]


@dataclass
class Record:
    """One labelled statement (a corrected label line)."""

    source_path: str
    split: str  # train, dev or test
    text: str
    offset: int  # where the sentence starts in text
    char_start: int  # ... and in the report's normalised text
    char_end: int
    golds: list[Gold] = field(default_factory=list)

    def link_text(self, g: Gold, key: str) -> str:
        span = g.links[key]
        return self.text[span[0]:span[1]] if span else ""


def dev_reports(train_reports: list[str], share: float = DEV_SHARE) -> set[str]:
    """The train reports held out as dev: the first `share` of them (at least one) in the
    order of sha256(salt + name), so adding reports moves few others."""
    order = sorted(train_reports,
                   key=lambda p: hashlib.sha256((DEV_SALT + p).encode()).hexdigest())
    n = max(1, round(len(order) * share)) if order else 0
    return set(order[:n])


def load_records(reports_dir: Path | None = None) -> list[Record]:
    """Every corrected label line, with its split (train reports in dev get "dev")."""
    ls = labelset()
    reports_dir = reports_dir or ls.REPORTS_DIR
    recs = list(ls.iter_records(reports_dir))
    train = sorted({r["meta"]["source_path"] for r in recs if r["meta"]["split"] == "train"})
    dev = dev_reports(train)
    out = []
    for r in recs:
        m = r["meta"]
        split = "dev" if m["source_path"] in dev else m["split"]
        by_id = {s["id"]: s for s in r["spans"]}
        golds = []
        for s in ls.metrics_of(r):
            links = {}
            for k in LINKS:
                ref = by_id.get(s[k]) if s[k] else None
                links[k] = (ref["start"], ref["end"]) if ref else None
            golds.append(Gold(s["start"], s["end"], float(s["value"]), s["unit"], s["role"],
                              s["category"], links))
        out.append(Record(m["source_path"], split, r["text"], m["sentence_offset"],
                          m["char_start"], m["char_end"], golds))
    return out


# --- the rules' output on the labelled reports ----------------------------------------------

def corpus_pdf_dir() -> Path:
    return Path(os.environ.get("OFSTED_CORPUS", CHECKOUT.parent / "shared" / "corpus")) / "pdf"


def rules_model(path: Path = RULES_MODEL_DIR) -> Path:
    """Today's pipeline without the metric-field models (the rules, with the category
    classifier as `ofsted train` chose), saved for the runs that score the rules: the
    fields those models would replace are what they are compared with."""
    from ..build import build_nlp, save_whole

    return save_whole(build_nlp(use_fields_model=False), path)


def run_rules(source_paths: list[str], run_dir: Path = RUN_DIR) -> None:
    """Run today's rules on the reports (the run reuses what it has cached in run_dir)."""
    pdfs = [corpus_pdf_dir() / p for p in source_paths]
    missing = [str(p) for p in pdfs if not p.exists()]
    if missing:
        raise FileNotFoundError(f"not found: {', '.join(missing[:3])}... (set OFSTED_CORPUS "
                                f"to the folder holding pdf/)")
    run_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pipeline", "run", *map(str, pdfs), "--out", str(run_dir),
           "--workers", "2"]
    env = dict(os.environ, OFSTED_MODEL=str(rules_model()))
    done = subprocess.run(cmd, cwd=CHECKOUT, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"the pipeline failed:\n{done.stderr[-2000:]}")


@dataclass
class RulesReport:
    text: str
    metrics: list[dict]  # rows of the metrics table, char_start/char_end in text


def load_rules(source_paths: list[str], run_dir: Path = RUN_DIR) -> dict[str, RulesReport]:
    """The pipeline's normalised text and metric rows of each report (run when absent)."""
    split = labelset().read_split()

    def rid(src: str) -> str:
        return split[src]["report_sha256"][:16]

    # Always run: the pipeline redoes only what changed since (its cache is keyed by the
    # file's hash and a fingerprint of the code, rules and model).
    run_rules(source_paths, run_dir)
    out = {}
    for src in source_paths:
        text = (run_dir / "text" / f"{rid(src)}.txt").read_text(encoding="utf-8")
        rec = json.loads((run_dir / "records" / f"{rid(src)}.json").read_text(encoding="utf-8"))
        out[src] = RulesReport(text, rec["tables"]["metrics"])
    return out


@dataclass
class Aligned:
    """A labelled statement with the rules' numbers inside its sentence."""

    record: Record
    rules: list[dict]  # rows, with "start"/"end" added: offsets in record.text
    pairs: list[tuple[int, int]]  # (gold index, rules index) matched by overlapping spans


def align(records: list[Record], rules: dict[str, RulesReport]) -> tuple[list[Aligned], dict]:
    """Pair gold and rules numbers by overlapping character spans in the normalised text,
    one to one, in text order. Also counts the rules' numbers in sentences no label line
    holds (in a report labelled whole these are numbers a labeller did not take) and the
    label lines whose sentence is not where the labels say (a changed text)."""
    by_src: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_src[r.source_path].append(r)
    out: list[Aligned] = []
    extra: dict[str, int] = defaultdict(int)
    stale = 0
    for src, recs in sorted(by_src.items()):
        rep = rules[src]
        used: set[int] = set()
        for r in recs:
            if rep.text[r.char_start:r.char_end] != r.text[r.offset:]:
                stale += 1
                continue
            rows = []
            for i, row in enumerate(rep.metrics):
                s, e = int(row["char_start"]), int(row["char_end"])
                if r.char_start <= s and e <= r.char_end:
                    rows.append(dict(row, start=s - r.char_start + r.offset,
                                     end=e - r.char_start + r.offset))
                    used.add(i)
            pairs = []
            taken: set[int] = set()
            for gi, g in enumerate(r.golds):
                for ri, row in enumerate(rows):
                    if ri not in taken and row["start"] < g.end and g.start < row["end"]:
                        pairs.append((gi, ri))
                        taken.add(ri)
                        break
            out.append(Aligned(r, rows, pairs))
        split = recs[0].split
        extra[split] += sum(1 for i in range(len(rep.metrics)) if i not in used)
    return out, {"rules_numbers_outside_labelled_sentences": dict(extra),
                 "label_lines_not_in_text": stale}
