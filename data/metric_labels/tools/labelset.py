"""The metric label files: their layout, validation, loading into spaCy Docs, statistics.

One JSONL file per report (reports/<stem>.jsonl), one line per statement, in spaCy's span
format (see ../README.md and ../GUIDELINES.md):

    {"text": "<context>\\n<sentence>" or "<sentence>",
     "meta": {"source_path", "report_sha256", "split", "page", "char_start", "char_end",
              "context_start", "context_end", "sentence_offset", "labeller", "status",
              "ingest_fp", "rules"},
     "spans": [{"id", "start", "end", "label", "text", ...}]}

METRIC spans add value, unit, role, category and the ids of their measure, population and
period spans (or null). This module needs only spaCy and the contract's key sets; it does
not run the pipeline.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LABELS_DIR = Path(__file__).resolve().parents[1]
REPO = LABELS_DIR.parents[1]
REPORTS_DIR = LABELS_DIR / "reports"
SPLIT_FILE = LABELS_DIR / "split.csv"
CATEGORIES_FILE = REPO / "pipeline" / "nlp" / "resources" / "categories.json"

METRIC = "METRIC"
LINKS = {"measure": "MEASURE", "population": "POPULATION", "period": "PERIOD"}
SPAN_LABELS = (METRIC, *LINKS.values())
ID_PREFIX = {"METRIC": "N", "MEASURE": "M", "POPULATION": "P", "PERIOD": "T"}
STATUSES = ("prefilled", "corrected")
SPLITS = ("train", "test")
LETTERS_SPLIT = "letters"  # letters/<stem>.jsonl: scored only, never trained on (heldout.py)
NEWS_SPLIT = "news"  # news/<stem>.jsonl: the invented news texts, scored only (heldout.py)
HELDOUT_SPLITS = (LETTERS_SPLIT, NEWS_SPLIT)
RULES_LABELLER = "rules"
META_KEYS = ("source_path", "report_sha256", "split", "page", "char_start", "char_end",
             "context_start", "context_end", "sentence_offset", "labeller", "status")
METRIC_FIELDS = ("value", "unit", "role", "category", *LINKS)


def key_sets() -> dict[str, tuple[str, ...]]:
    """unit, role and category keys, from the output contract and the taxonomy file."""
    from pipeline.contract import METRIC_ROLES, METRIC_UNITS

    cats = json.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))["categories"]
    return {"unit": tuple(METRIC_UNITS), "role": tuple(METRIC_ROLES),
            "category": tuple(c["key"] for c in cats)}


def read_split(path: Path = SPLIT_FILE) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {r["source_path"]: r for r in csv.DictReader(f)}


def label_path(source_path: str, reports_dir: Path = REPORTS_DIR) -> Path:
    return reports_dir / f"{Path(source_path).stem}.jsonl"


def read_lines(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}:{n}: not JSON: {exc}") from exc
    return out


def dump_line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=False)


def write_lines(path: Path, recs: Iterable[dict]) -> None:
    recs = sorted(recs, key=lambda r: (r["meta"]["char_start"], r["meta"]["char_end"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(dump_line(r) + "\n" for r in recs), encoding="utf-8")
    tmp.replace(path)


def sentence_of(rec: dict) -> str:
    return rec["text"][rec["meta"]["sentence_offset"]:]


def metrics_of(rec: dict) -> list[dict]:
    return [s for s in rec["spans"] if s["label"] == METRIC]


def assign_ids(spans: list[dict]) -> list[dict]:
    """Sort spans by position and number them per label (N1, M1, P1, T1...), keeping links."""
    spans = sorted(spans, key=lambda s: (s["start"], s["end"], SPAN_LABELS.index(s["label"])))
    count: Counter = Counter()
    new_id = {}
    for s in spans:
        count[s["label"]] += 1
        new_id[s["id"]] = f"{ID_PREFIX[s['label']]}{count[s['label']]}"
    out = []
    for s in spans:
        s = dict(s, id=new_id[s["id"]])
        if s["label"] == METRIC:
            for k in LINKS:
                s[k] = new_id.get(s[k]) if s.get(k) else None
        out.append(s)
    return out


# ---------------------------------------------------------------- validation

@dataclass
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def validate_record(rec: dict, keys: dict, where: str, tokenizer=None,
                    splits: tuple[str, ...] = SPLITS) -> list[Problem]:
    """Problems of one line: layout, offsets, span texts, key sets, links, token alignment."""
    errs: list[Problem] = []

    def err(what: str) -> None:
        errs.append(Problem(where, what))

    if set(rec) != {"text", "meta", "spans"}:
        return [Problem(where, f"keys must be text, meta, spans (got {sorted(rec)})")]
    text, meta, spans = rec["text"], rec["meta"], rec["spans"]
    missing = [k for k in META_KEYS if k not in meta]
    if missing:
        return [Problem(where, f"meta lacks {missing}")]
    off = meta["sentence_offset"]
    n_sent = meta["char_end"] - meta["char_start"]
    if not (isinstance(off, int) and 0 <= off < len(text)) or len(text) - off != n_sent:
        err(f"sentence_offset {off} and char_start..char_end {meta['char_start']}.."
            f"{meta['char_end']} do not fit a text of {len(text)} characters")
    if meta["context_start"] is None:
        if off != 0 or meta["context_end"] is not None:
            err("no context, so sentence_offset must be 0 and context_end null")
    else:
        n_ctx = meta["context_end"] - meta["context_start"]
        if off != n_ctx + 1 or text[n_ctx:off] != "\n":
            err("text must be the context, a newline, then the sentence")
        if meta["context_end"] > meta["char_start"]:
            err("the context must come before the sentence")
    if meta["status"] not in STATUSES:
        err(f"status {meta['status']!r} not in {STATUSES}")
    if meta["status"] == "corrected" and meta["labeller"] in ("", RULES_LABELLER, None):
        err("a corrected statement needs the labeller's name")
    if meta["split"] not in splits:
        err(f"split {meta['split']!r} not in {splits}")

    ids = [s.get("id") for s in spans]
    if len(set(ids)) != len(ids):
        err(f"span ids are not unique: {ids}")
    by_id = {s.get("id"): s for s in spans}
    linked = set()
    metric_ranges = []
    tokens = tokenizer(text) if tokenizer is not None else None
    for s in spans:
        sid = s.get("id")
        label, start, end = s.get("label"), s.get("start"), s.get("end")
        if label not in SPAN_LABELS:
            err(f"{sid}: label {label!r} not in {SPAN_LABELS}")
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(f"{sid}: offsets {start}..{end} out of range 0..{len(text)}")
            continue
        if text[start:end] != s.get("text"):
            err(f"{sid}: text {s.get('text')!r} but the offsets hold {text[start:end]!r}")
        if text[start:end] != text[start:end].strip():
            err(f"{sid}: span {text[start:end]!r} starts or ends with white space")
        if off and start <= off - 1 < end:
            err(f"{sid}: span crosses from the context into the sentence")
        if tokens is not None and tokens.char_span(start, end) is None:
            err(f"{sid}: {text[start:end]!r} does not align with token boundaries")
        if label != METRIC:
            continue
        if start < off:
            err(f"{sid}: a METRIC must be in the sentence, not the context")
        metric_ranges.append((start, end, sid))
        for k in METRIC_FIELDS:
            if k not in s:
                err(f"{sid}: METRIC lacks {k!r}")
        if not _is_number(s.get("value")):
            err(f"{sid}: value {s.get('value')!r} is not a number")
        for k in ("unit", "role", "category"):
            if s.get(k) not in keys[k]:
                err(f"{sid}: {k} {s.get(k)!r} is not a contract key")
        for k, want in LINKS.items():
            ref = s.get(k)
            if ref is None:
                continue
            if ref not in by_id or by_id[ref].get("label") != want:
                err(f"{sid}: {k} -> {ref!r} is not a {want} span of this line")
            linked.add(ref)
    for s in spans:
        if s.get("label") in LINKS.values() and s.get("id") not in linked:
            err(f"{s.get('id')}: {s.get('label')} span {s.get('text')!r} is linked by no METRIC")
    metric_ranges.sort()
    for (_a0, a1, ai), (b0, _b1, bi) in zip(metric_ranges, metric_ranges[1:], strict=False):
        if b0 < a1:
            err(f"METRIC spans {ai} and {bi} overlap")
    if not metric_ranges and meta["status"] != "corrected":
        err("a line without METRIC spans is only kept once corrected (the rules' false alarm)")
    return errs


def validate_file(path: Path, split: dict[str, dict], keys: dict,
                  tokenizer=None) -> list[Problem]:
    errs: list[Problem] = []
    try:
        recs = read_lines(path)
    except ValueError as exc:
        return [Problem(path.name, str(exc))]
    seen = set()
    last = (-1, -1)
    for n, rec in enumerate(recs, start=1):
        where = f"{path.name}:{n}"
        probs = validate_record(rec, keys, where, tokenizer)
        errs += probs
        if probs and any("meta lacks" in p.what or "keys must be" in p.what for p in probs):
            continue
        meta = rec["meta"]
        src = meta["source_path"]
        if Path(src).stem != path.stem:
            errs.append(Problem(where, f"source_path {src} does not belong in {path.name}"))
        row = split.get(src)
        if row is None:
            errs.append(Problem(where, f"{src} is not in split.csv"))
        else:
            if meta["split"] != row["split"]:
                errs.append(Problem(where, f"split {meta['split']} but split.csv says "
                                           f"{row['split']} (split leakage)"))
            if meta["report_sha256"] != row["report_sha256"]:
                errs.append(Problem(where, "report_sha256 differs from split.csv"))
        key = (meta["char_start"], meta["char_end"])
        if key in seen:
            errs.append(Problem(where, f"a second line for the sentence at {key}"))
        if key < last:
            errs.append(Problem(where, "lines are not in text order"))
        seen.add(key)
        last = max(last, key)
    return errs


def validate_all(reports_dir: Path = REPORTS_DIR, split_file: Path = SPLIT_FILE,
                 tokenizer=None) -> list[Problem]:
    split = read_split(split_file)
    keys = key_sets()
    errs = []
    for path in sorted(reports_dir.glob("*.jsonl")):
        errs += validate_file(path, split, keys, tokenizer)
    return errs


def blank_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


# ---------------------------------------------------------------- loading into spaCy

def to_doc(rec: dict, nlp) -> object:
    """A Doc of the line's text: doc.spans["metrics"] (METRIC, labelled by unit),
    doc.spans["sc"] (MEASURE / POPULATION / PERIOD, for a span categorizer), the line's
    meta in doc.user_data["meta"] and each metric's fields, its links as (start, end)
    character offsets, in doc.user_data["metrics"] (same order as doc.spans["metrics"])."""
    doc = nlp.make_doc(rec["text"])
    by_id = {s["id"]: s for s in rec["spans"]}

    def span(s: dict, label: str):
        sp = doc.char_span(s["start"], s["end"], label=label, alignment_mode="strict")
        if sp is None:
            raise ValueError(f"{rec['meta']['source_path']} at {rec['meta']['char_start']}: "
                             f"{s['text']!r} does not align with tokens")
        return sp

    metrics = [s for s in rec["spans"] if s["label"] == METRIC]
    doc.spans["metrics"] = [span(s, METRIC) for s in metrics]
    doc.spans["sc"] = [span(s, s["label"]) for s in rec["spans"] if s["label"] != METRIC]
    doc.user_data["meta"] = {k: v for k, v in rec["meta"].items() if k != "rules"}
    fields = []
    for s in metrics:
        f = {k: s[k] for k in ("value", "unit", "role", "category")}
        for k in LINKS:
            ref = by_id.get(s[k]) if s[k] else None
            f[k] = (ref["start"], ref["end"]) if ref else None
        fields.append(f)
    doc.user_data["metrics"] = fields
    return doc


def iter_records(reports_dir: Path = REPORTS_DIR, split: str | None = None,
                 status: str | None = "corrected") -> Iterator[dict]:
    """Label lines in file and text order, optionally of one split and status."""
    for path in sorted(reports_dir.glob("*.jsonl")):
        for rec in read_lines(path):
            if split and rec["meta"]["split"] != split:
                continue
            if status and rec["meta"]["status"] != status:
                continue
            yield rec


def load_docs(nlp=None, reports_dir: Path = REPORTS_DIR, split: str | None = None,
              status: str | None = "corrected") -> Iterator:
    """spaCy Docs of the labels (corrected lines by default), with `spacy.blank("en")`
    unless another Language (for example one with the project's tokenizer) is given."""
    if nlp is None:
        import spacy

        nlp = spacy.blank("en")
    for rec in iter_records(reports_dir, split, status):
        yield to_doc(rec, nlp)


# ---------------------------------------------------------------- statistics

def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).lower()


STOPWORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from",
    "as", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those",
    "who", "whom", "which", "their", "its", "it"})


def words_f1(a: str | None, b: str | None) -> float:
    """Overlap of content words, the way issue 7 scores a free-text field (both empty: 1)."""
    wa = [w for w in re.findall(r"[\w’'-]+", (a or "").lower()) if w not in STOPWORDS]
    wb = [w for w in re.findall(r"[\w’'-]+", (b or "").lower()) if w not in STOPWORDS]
    if not wa and not wb:
        return 1.0
    common = sum((Counter(wa) & Counter(wb)).values())
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def compare_with_rules(rec: dict) -> Counter:
    """How the labels of one corrected line differ from what the rules prefilled."""
    c: Counter = Counter()
    rules = rec["meta"].get("rules") or []
    off = rec["meta"]["sentence_offset"]
    by_id = {s["id"]: s for s in rec["spans"]}
    labelled = {(s["start"] - off, s["end"] - off): s for s in metrics_of(rec)}
    ruled = {(r["start"], r["end"]): r for r in rules}
    c["rules_numbers"] += len(ruled)
    c["label_numbers"] += len(labelled)
    matched = set()
    for key, r in ruled.items():
        s = labelled.get(key)
        if s is None:  # the same number with a wider or narrower span ("Sixty" / "Sixty per cent")
            s = next((v for k, v in labelled.items()
                      if k[0] < key[1] and key[0] < k[1] and k not in ruled), None)
        if s is not None:
            matched.add((s["start"] - off, s["end"] - off))
        if s is None:
            c["numbers_removed"] += 1
            continue
        c["numbers_kept"] += 1
        for k in ("unit", "role", "category"):
            c[f"{k}_changed"] += s[k] != r[k]
        c["value_changed"] += not math.isclose(float(s["value"]), float(r["value"]))
        for k in LINKS:
            ref = by_id.get(s[k]) if s[k] else None
            c[f"{k}_changed"] += _norm(ref["text"] if ref else "") != _norm(r.get(k))
            c[f"{k}_disagree_f1"] += words_f1(ref["text"] if ref else "", r.get(k)) < 0.5
            c[f"{k}_empty_in_rules"] += not _norm(r.get(k))
    c["numbers_added"] += sum(1 for k in labelled if k not in matched)
    return c


def stats(reports_dir: Path = REPORTS_DIR) -> dict:
    """Lines, statements (lines with a number) and numbers per split, status and labeller;
    reports whose every line is corrected; and, over corrected lines, how much the labels
    differ from what the rules prefilled."""
    groups: dict[str, Counter] = defaultdict(Counter)
    corrections: Counter = Counter()
    for path in sorted(reports_dir.glob("*.jsonl")):
        recs = read_lines(path)
        if not recs:
            continue
        split = recs[0]["meta"]["split"]
        groups[f"split={split}"]["reports"] += 1
        if all(r["meta"]["status"] == "corrected" for r in recs):
            groups[f"split={split}"]["reports corrected"] += 1
        for r in recs:
            m = r["meta"]
            n = len(metrics_of(r))
            for g in ("all", f"split={m['split']}", f"status={m['status']}",
                      f"labeller={m['labeller']}"):
                groups[g]["lines"] += 1
                groups[g]["statements"] += n > 0
                groups[g]["numbers"] += n
            if m["status"] == "corrected":
                corrections += compare_with_rules(r)
    return {"groups": {g: dict(c) for g, c in sorted(groups.items())},
            "corrections": dict(sorted(corrections.items()))}
