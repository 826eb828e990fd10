"""Prefill: the current pipeline's metrics of a report, as label lines with status prefilled.

The pipeline runs through its command line (`python -m pipeline run`) into a cache folder
(data/metric_labels/.cache, not committed); this module reads the normalised text, the page
map and the metric records it wrote, and cuts the text into the pipeline's own sentences.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from labelset import LABELS_DIR, LINKS, METRIC, REPO, RULES_LABELLER, assign_ids, read_split

from pipeline.nlp.components.fields_model import context_bounds, trim
from pipeline.nlp.structure import bounds_in

CACHE = LABELS_DIR / ".cache"
RUN_DIR = CACHE / "run"


def corpus_pdf_dir() -> Path:
    return Path(os.environ.get("OFSTED_CORPUS", REPO.parent / "shared" / "corpus")) / "pdf"


def run_pipeline(source_paths: list[str], run_dir: Path = RUN_DIR) -> None:
    """Ingest and analyse the reports (the pipeline reuses what it has cached)."""
    pdfs = [str(corpus_pdf_dir() / p) for p in source_paths]
    missing = [p for p in pdfs if not Path(p).exists()]
    if missing:
        raise SystemExit(f"error: not found: {', '.join(missing)} (set OFSTED_CORPUS)")
    run_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pipeline", "run", *pdfs, "--out", str(run_dir)]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: the pipeline failed:\n{done.stderr[-2000:]}")


@lru_cache(maxsize=1)
def _sentence_nlp():
    from pipeline.nlp.build import load_nlp

    return load_nlp()


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the pipeline's sentences (its tokenizer and sentence component)."""
    nlp = _sentence_nlp()
    doc = nlp.get_pipe("sentences")(nlp.make_doc(text))
    return [s.start_char for s in doc.sents]


@dataclass
class Report:
    source_path: str
    sha256: str
    split: str
    text: str
    page_runs: list
    ingest_fp: str
    pipeline_fp: str
    metrics: list[dict]
    starts: list[int]

    def page(self, char: int) -> int | None:
        for start, end, page in self.page_runs:
            if start <= char < end:
                return page
        return None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence(s) covering [start, end), white space trimmed."""
        return trim(self.text, *bounds_in(self.starts, len(self.text), start, end))

    def sentences(self) -> list[tuple[int, int]]:
        bounds = [*self.starts, len(self.text)]
        out = []
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            lo, hi = trim(self.text, lo, hi)
            if hi > lo:
                out.append((lo, hi))
        return out

    def context(self, lo: int) -> tuple[int, int] | None:
        return context_bounds(self.text, self.starts, lo)


def load_report(source_path: str, run_dir: Path = RUN_DIR) -> Report:
    row = read_split()[source_path]
    rid = row["report_sha256"][:16]
    text_path = run_dir / "text" / f"{rid}.txt"
    if not text_path.exists():
        run_pipeline([source_path], run_dir)
    text = text_path.read_text(encoding="utf-8")
    tmeta = json.loads((run_dir / "text" / f"{rid}.json").read_text(encoding="utf-8"))
    records = json.loads((run_dir / "records" / f"{rid}.json").read_text(encoding="utf-8"))
    return Report(source_path, row["report_sha256"], row["split"], text,
                  tmeta.get("page_runs") or [], tmeta.get("ingest_fp", ""),
                  records.get("pipeline_fp", ""), records["tables"]["metrics"],
                  sentence_starts(text))


def find_in(hay: str, needle: str, last: bool = False) -> int | None:
    """Offset of needle's first (or last) occurrence in hay, or None."""
    needle = needle.strip()
    if not needle:
        return None
    i = hay.rfind(needle) if last else hay.find(needle)
    return i if i >= 0 else None


def base_record(rep: Report, lo: int, hi: int, status: str, labeller: str) -> dict:
    ctx = rep.context(lo)
    sentence = rep.text[lo:hi]
    if ctx:
        text = rep.text[ctx[0]:ctx[1]] + "\n" + sentence
        off = ctx[1] - ctx[0] + 1
    else:
        text, off = sentence, 0
    return {"text": text, "meta": {
        "source_path": rep.source_path, "report_sha256": rep.sha256, "split": rep.split,
        "page": rep.page(lo), "char_start": lo, "char_end": hi,
        "context_start": ctx[0] if ctx else None, "context_end": ctx[1] if ctx else None,
        "sentence_offset": off, "labeller": labeller, "status": status,
        "ingest_fp": rep.ingest_fp}, "spans": []}


def prefill_records(rep: Report) -> list[dict]:
    """One label line per sentence holding a metric the rules found."""
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for row in rep.metrics:
        key = rep.sentence(int(row["char_start"]), int(row["char_end"]))
        by_sentence.setdefault(key, []).append(row)
    out = []
    for (lo, hi), rows in sorted(by_sentence.items()):
        rec = base_record(rep, lo, hi, "prefilled", RULES_LABELLER)
        rec["meta"]["rules_fp"] = rep.pipeline_fp
        text, off = rec["text"], rec["meta"]["sentence_offset"]
        sentence, context = text[off:], text[:max(off - 1, 0)]
        spans: list[dict] = []
        link_ids: dict[tuple, str] = {}
        rules = []
        for k, row in enumerate(rows, start=1):
            start, end = int(row["char_start"]) - lo + off, int(row["char_end"]) - lo + off
            rules.append({"start": start - off, "end": end - off, "text": text[start:end],
                          "value": float(row["value"]), "unit": row["unit"],
                          "role": row["role"], "category": row["category"],
                          **{f: row.get(f, "") for f in LINKS}})
            metric = {"id": f"n{k}", "start": start, "end": end, "label": METRIC,
                      "text": text[start:end], "value": number(row["value"]),
                      "unit": row["unit"], "role": row["role"], "category": row["category"]}
            for field, label in LINKS.items():
                metric[field] = None
                phrase = row.get(field, "")
                i = find_in(sentence, phrase)
                if i is not None:
                    a = off + i
                elif context and (j := find_in(context, phrase, last=True)) is not None:
                    a = j
                else:
                    continue  # the rules' phrase is not a stretch of this text
                b = a + len(phrase.strip())
                key = (a, b, label)
                if key not in link_ids:
                    link_ids[key] = f"{label[0].lower()}{len(link_ids) + 1}"
                    spans.append({"id": link_ids[key], "start": a, "end": b, "label": label,
                                  "text": text[a:b]})
                metric[field] = link_ids[key]
            spans.append(metric)
        rec["spans"] = assign_ids(spans)
        rec["meta"]["rules"] = rules
        out.append(rec)
    return out


def number(v: str | float) -> int | float:
    f = float(v)
    return int(f) if f.is_integer() else f


# Sentences the rules took nothing from but that may hold a metric: a digit or a number
# word left once dates, years, paragraph numbers and footnote markers are taken out.
MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
          "November|December")
NOT_A_NUMBER = re.compile(
    r"^\d+(?:\.\d+)*\.?\s|\s\d{1,3}$|\bsection\s+\d+|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})(?:\s+\d{{4}})?"
    rf"|\b(?:{MONTHS})\s+\d{{4}}|\b(?:19|20)\d\d(?:\s*[–/-]\s*\d{{2,4}})?\b"
    r"|(?<=[a-z)])\d{1,2}\b"
    r"|\b0\d{3} ?\d{3} ?\d{4}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b|©.*")
NUMBER_HINT = re.compile(
    r"\d|(?:^|- )one\b|\bone (?:child|young|care|famil|person|pupil|adopt|foster|social)"
    r"|\b(?:one in|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|halved|quarter|third|thirds|"
    r"doubled|double|tripled|trebled|twice|fold|per cent|percent|dozen)\b", re.I)


def candidate_sentences(rep: Report, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for lo, hi in rep.sentences():
        if (lo, hi) in taken or any(a < hi and lo < b for a, b in taken):
            continue
        if NUMBER_HINT.search(NOT_A_NUMBER.sub(" ", rep.text[lo:hi])):
            out.append((lo, hi))
    return out


def locate(rep: Report, sentence: str) -> tuple[int, int]:
    """Offsets of a sentence typed or pasted by a labeller (must occur exactly once)."""
    sentence = sentence.strip()
    i = rep.text.find(sentence)
    if i < 0:
        raise ValueError(f"not found in the report's text: {sentence[:80]!r}")
    if rep.text.find(sentence, i + 1) >= 0:
        raise ValueError(f"occurs more than once in the report's text: {sentence[:80]!r}")
    return i, i + len(sentence)
