"""Gold vs output: precision, recall and F1 per field and table, and every miss.

Gold is read in the contract's own column layout, keyed by `source_path` (a gold
file name matches an output row whose source_path ends with it), so the corpus
gold (gold_reports.csv, gold_judgements.csv) and the seed gold in tests/ both work.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPORT_FIELDS = ("document_type", "local_authority", "la_name", "inspection_start",
                 "inspection_end", "publication_date", "lead_inspector", "overall_effectiveness")


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)
    # The misses as data, for the review site: each a dict with `report_id`, `mark`
    # (`missed`, `extra`, `differs`) and the gold values and/or the output row concerned.
    marks: list[dict] = field(default_factory=list)
    # An attribute of matched items (role, category, ...): only its accuracy means anything.
    attribute: bool = False

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def line(self) -> str:
        if self.attribute:
            return (f"{self.name:<34} {'':38}acc {self.accuracy:6.1%} "
                    f"({self.correct}/{self.total} matched)")
        return (f"{self.name:<34} P {self.precision:6.1%}  R {self.recall:6.1%}  "
                f"F1 {self.f1:6.1%}  acc {self.accuracy:6.1%} ({self.correct}/{self.total})")


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:  # with or without a BOM
        return list(csv.DictReader(fh))


def _first(gold_dir: Path, *names: str) -> Path:
    for n in names:
        if (gold_dir / n).exists():
            return gold_dir / n
    return gold_dir / names[0]


def _norm(text: str) -> str:
    return " ".join((text or "").replace("\u2019", "'").replace("\u2018", "'").split()).lower()


class Pred:
    """The output tables, indexed by the gold's source_path."""

    def __init__(self, out: Path, gold_sources: list[str]) -> None:
        self.out = out
        self.reports = {}
        rows = read_csv(out / "reports.csv")
        for src in gold_sources:
            match = [r for r in rows if r["source_path"] == src
                     or r["source_path"].endswith("/" + src)]
            if match:
                self.reports[src] = match[0]
        self.rid = {src: r["report_id"] for src, r in self.reports.items()}
        self.tables: dict[str, dict[str, list[dict]]] = {}
        for name in ("judgements", "inspectors", "dates", "improvements", "metrics"):
            by_rid = defaultdict(list)
            for r in read_csv(out / f"{name}.csv"):
                by_rid[r["report_id"]].append(r)
            self.tables[name] = {src: by_rid.get(rid, []) for src, rid in self.rid.items()}

    def text(self, src: str) -> str:
        path = self.out / "text" / f"{self.rid.get(src, '')}.txt"
        return path.read_text(encoding="utf-8") if path.exists() else ""


def score_reports(gold: list[dict], pred: Pred) -> list[Score]:
    scores = []
    for f in REPORT_FIELDS:
        s = Score(f"reports.{f}")
        for g in gold:
            if f not in g:
                continue
            src = g["source_path"]
            want = (g.get(f) or "").strip()
            got = (pred.reports.get(src, {}).get(f) or "").strip()
            s.total += 1
            if _norm(want) == _norm(got):
                s.correct += 1
                if want:
                    s.tp += 1
                continue
            if got:
                s.fp += 1
            if want:
                s.fn += 1
            s.misses.append(f"{src}: {f} gold={want!r} got={got!r}")
            s.marks.append({"report_id": pred.rid.get(src, ""), "mark": "differs",
                            "table": "reports", "field": f, "gold": want, "got": got})
        scores.append(s)
    return scores


def score_sets(name: str, gold: list[dict], pred: Pred, table: str,
               key: tuple[str, ...], evidence: str = "evidence") -> Score:
    s = Score(name)
    srcs = sorted({g["source_path"] for g in gold})
    for src in srcs:
        want = {tuple(_norm(g.get(k, "")) for k in key) for g in gold if g["source_path"] == src}
        rows = pred.tables[table].get(src, [])
        got_rows = {tuple(_norm(r.get(k, "")) for k in key): r for r in rows}
        got = set(got_rows)
        s.tp += len(want & got)
        s.fp += len(got - want)
        s.fn += len(want - got)
        s.total += len(want)
        s.correct += len(want & got)
        for k in sorted(want - got):
            s.misses.append(f"{src}: missed {dict(zip(key, k, strict=True))}")
            s.marks.append({"report_id": pred.rid.get(src, ""), "mark": "missed",
                            "table": table, "gold": dict(zip(key, k, strict=True))})
        for k in sorted(got - want):
            s.misses.append(f"{src}: extra {dict(zip(key, k, strict=True))} <- "
                            f"{got_rows[k].get(evidence, '')[:120]!r}")
            s.marks.append({"report_id": pred.rid.get(src, ""), "mark": "extra",
                            "table": table, "row": got_rows[k]})
    return s


def score_cells(gold: list[dict], pred: Pred) -> Score:
    """Grade cells: (report, area) -> grade, the figure the targets are set on."""
    s = Score("judgements.cells")
    srcs = {g["source_path"] for g in gold} | {g for g in pred.rid}
    gold_cells = {(g["source_path"], g["area"]): g["grade"] for g in gold}
    pred_cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    for src in srcs:
        for r in pred.tables["judgements"].get(src, []):
            pred_cells[(src, r["area"])].add(r["grade"])
    for cell in sorted(set(gold_cells) | set(pred_cells)):
        if cell[0] not in {g["source_path"] for g in gold}:
            continue
        want, got = gold_cells.get(cell), pred_cells.get(cell, set())
        s.total += 1
        if want and got == {want}:
            s.correct += 1
            s.tp += 1
        else:
            if got:
                s.fp += 1
            if want:
                s.fn += 1
            s.misses.append(f"{cell[0]}: {cell[1]} gold={want} got={sorted(got)}")
            s.marks.append({"report_id": pred.rid.get(cell[0], ""), "mark": "differs",
                            "table": "judgements", "field": cell[1], "gold": want or "",
                            "got": ", ".join(sorted(got))})
    return s


_WS = re.compile(r"\s+")


def _collapse(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and, per character, its offset in the original."""
    out, pos = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            pos.append(i)
            prev_space = True
        else:
            out.append(ch)
            pos.append(i)
            prev_space = False
    return "".join(out), pos


def _same_value(a: str, b: str) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-9
    except ValueError:
        return a.strip() == b.strip()


def score_metrics(gold: list[dict], pred: Pred) -> list[Score]:
    """Numbers matched by value, unit and a span overlapping the gold context."""
    found = Score("metrics.numbers")
    role = Score("metrics.role", attribute=True)
    category = Score("metrics.category", attribute=True)
    # Free-text fields are paraphrased in the gold ("2013-14" / "in 2013–14"): they agree
    # when their content words overlap with an F1 of at least one half (issue 7).
    measure = Score("metrics.measure", attribute=True)
    population = Score("metrics.population", attribute=True)
    period = Score("metrics.period", attribute=True)
    by_src = defaultdict(list)
    for g in gold:
        by_src[g["source_path"]].append(g)
    for src, rows in sorted(by_src.items()):
        text = pred.text(src)
        flat, pos = _collapse(text)
        preds = pred.tables["metrics"].get(src, [])
        used: set[int] = set()
        search_from: dict[str, int] = {}
        for g in rows:
            ctx = _WS.sub(" ", g["context"].strip())
            at = flat.find(ctx, search_from.get(ctx, 0))
            if at < 0:
                at = flat.find(ctx)
            if at < 0:
                found.fn += 1
                found.total += 1
                found.misses.append(f"{src}: context not in text: {ctx!r}")
                found.marks.append({"report_id": pred.rid.get(src, ""), "mark": "missed",
                                    "table": "metrics", "gold": g})
                continue
            search_from[ctx] = at + 1
            lo, hi = pos[at], pos[min(at + len(ctx), len(pos)) - 1] + 1
            match = None
            for i, p in enumerate(preds):
                if i in used or p.get("unit") != g["unit"]:
                    continue
                if not _same_value(p["value"], g["value"]):
                    continue
                if int(p["char_start"]) < hi and int(p["char_end"]) > lo:
                    match = i
                    break
            found.total += 1
            if match is None:
                found.fn += 1
                found.misses.append(f"{src}: missed {g['value']} {g['unit']} in {ctx!r}")
                found.marks.append({"report_id": pred.rid.get(src, ""), "mark": "missed",
                                    "table": "metrics", "gold": g, "span": (lo, hi)})
                continue
            used.add(match)
            found.tp += 1
            found.correct += 1
            p = preds[match]
            for sc, col, same in ((role, "role", _exact), (category, "category", _exact),
                                  (measure, "measure", _overlap),
                                  (population, "population", _overlap),
                                  (period, "period", _overlap)):
                sc.total += 1
                if same(p.get(col, ""), g.get(col, "")):
                    sc.correct += 1
                    sc.tp += 1
                else:
                    sc.fn += 1
                    sc.misses.append(f"{src}: {col} of {g['value']} in {ctx!r}: "
                                     f"gold={g.get(col)!r} got={p.get(col)!r}")
                    sc.marks.append({"report_id": pred.rid.get(src, ""), "mark": "differs",
                                     "table": "metrics", "row": p, "field": col,
                                     "gold": g.get(col) or "", "got": p.get(col) or ""})
        for i, p in enumerate(preds):
            if i not in used:
                found.fp += 1
                found.misses.append(f"{src}: extra {p['value']} {p['unit']} <- "
                                    f"{p.get('evidence', '')[:100]!r}")
                found.marks.append({"report_id": pred.rid.get(src, ""), "mark": "extra",
                                    "table": "metrics", "row": p})
    return [found, role, category, measure, population, period]


def _exact(pred: str, gold: str) -> bool:
    return _norm(pred) == _norm(gold)


def _overlap(pred: str, gold: str) -> bool:
    return token_f1(pred, gold) >= AGREE_F1


# The same content words as data/metric_labels/tools/labelset.py (words_f1), so that
# `ofsted evaluate` and the label tools agree on what a match is.
STOPWORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from",
    "as", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those",
    "who", "whom", "which", "their", "its", "it"})
WORD_RE = re.compile(r"[\w’'-]+")
AGREE_F1 = 0.5  # content-word F1 at which a free-text field agrees with the gold


def token_f1(pred: str, gold: str) -> float:
    """Overlap of content words (counted with repeats); 1.0 when both are empty."""
    def words(text: str) -> Counter:
        return Counter(w for w in WORD_RE.findall((text or "").lower()) if w not in STOPWORDS)

    p, g = words(pred), words(gold)
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def evaluate(gold_dir: Path, out: Path) -> dict[str, Score]:
    gold_reports = read_csv(_first(gold_dir, "reports.csv", "gold_reports.csv"))
    gold_judgements = read_csv(_first(gold_dir, "judgements.csv", "gold_judgements.csv"))
    sources = sorted({g["source_path"] for g in gold_reports + gold_judgements})
    metric_gold: list[dict] = []
    for p in sorted(gold_dir.glob("metrics/*.csv")):
        metric_gold += read_csv(p)
    sources = sorted(set(sources) | {g["source_path"] for g in metric_gold})
    pred = Pred(out, sources)
    scores: list[Score] = []
    missing = Score("reports.rows")
    for src in sources:
        missing.total += 1
        if src in pred.reports:
            missing.correct += 1
            missing.tp += 1
        else:
            missing.fn += 1
            missing.misses.append(f"{src}: no row in reports.csv")
    scores.append(missing)
    scores += score_reports(gold_reports, pred)
    if gold_judgements:
        scores.append(score_cells(gold_judgements, pred))
        keys = ("area", "grade", "source") if "source" in gold_judgements[0] else ("area", "grade")
        scores.append(score_sets("judgements", gold_judgements, pred, "judgements", keys))
    for name, key in (("inspectors", ("name", "role", "designation")),
                      ("dates", ("kind", "date", "precision")),
                      ("improvements", ("kind", "ordinal", "text", "area"))):
        gold = read_csv(_first(gold_dir, f"{name}.csv", f"gold_{name}.csv"))
        if gold:
            if name == "dates":  # `mention` dates are not required by the gold
                pred_rows = pred.tables[name]
                pred.tables[name] = {k: [r for r in v if r["kind"] != "mention"]
                                     for k, v in pred_rows.items()}
            scores.append(score_sets(name, gold, pred, name, key))
    if metric_gold:
        scores += score_metrics(metric_gold, pred)
    return {s.name: s for s in scores}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", type=Path, required=True,
                   help="folder with gold CSVs in the contract's layout (reports.csv or "
                        "gold_reports.csv, judgements.csv or gold_judgements.csv, optional "
                        "inspectors.csv, dates.csv, improvements.csv (each also with a "
                        "gold_ prefix), metrics/*.csv)")
    p.add_argument("--pred", type=Path, required=True, help="an OUT_DIR of `ofsted run`")
    p.add_argument("--min", action="append", default=[], metavar="NAME=VALUE",
                   help="fail (exit 1) when a score is below VALUE; NAME is a score name "
                        "as printed, with an optional suffix .f1 .precision .recall "
                        "(default: accuracy), e.g. --min judgements.cells=0.995 "
                        "--min metrics.numbers.recall=0.97 --min metrics.measure=0.85 "
                        "(measure, population and period agree with the gold when their "
                        "content words overlap with F1 >= 0.5). A missing or empty gold "
                        "folder is an error (exit 2)")
    p.add_argument("--misses", type=int, default=50, metavar="N",
                   help="how many misses to print per score (default 50)")


def check(scores: dict[str, Score], mins: list[str]) -> list[str]:
    failures = []
    for spec in mins:
        name, _, value = spec.partition("=")
        name = name.replace("~", "")  # the free-text fields' names before issue 7
        measure = "accuracy"
        for suffix in ("f1", "precision", "recall", "accuracy"):
            if name.endswith("." + suffix) and name.rsplit(".", 1)[0] in scores:
                name, measure = name.rsplit(".", 1)[0], suffix
        if name not in scores:
            failures.append(f"{spec}: no such score")
            continue
        got = getattr(scores[name], measure)
        if got < float(value):
            failures.append(f"{name} {measure} {got:.4f} < {float(value):.4f}")
    return failures


GOLD_FILES = ("reports.csv", "gold_reports.csv", "judgements.csv", "gold_judgements.csv",
              *(f"{p}{n}.csv" for n in ("inspectors", "dates", "improvements")
                for p in ("", "gold_")))


def gold_problem(gold_dir: Path) -> str:
    """Why `gold_dir` cannot be evaluated against ("" when it can): missing, or no gold rows."""
    if not gold_dir.is_dir():
        return f"gold folder {gold_dir} not found"
    files = [gold_dir / n for n in GOLD_FILES] + sorted(gold_dir.glob("metrics/*.csv"))
    if not any(read_csv(p) for p in files if p.is_file()):
        return (f"gold folder {gold_dir} is empty: no rows in reports.csv, judgements.csv, "
                f"inspectors.csv, dates.csv, improvements.csv (each also gold_*.csv) or "
                f"metrics/*.csv")
    return ""


def main(args: argparse.Namespace) -> int:
    """0: every --min met; 1: a score below its --min; 2: nothing to evaluate."""
    problem = gold_problem(args.gold)
    if not problem and not (args.pred / "reports.csv").is_file():
        problem = f"{args.pred / 'reports.csv'} not found: give the OUT_DIR of `ofsted run`"
    if problem:
        print(f"ofsted evaluate: error: {problem}", file=sys.stderr)
        return 2
    scores = evaluate(args.gold, args.pred)
    for s in scores.values():
        print(s.line())
    for s in scores.values():
        if s.misses:
            print(f"\n{s.name}: {len(s.misses)} misses")
            for m in s.misses[: args.misses]:
                print(f"  {m}")
    failures = check(scores, args.min)
    for f in failures:
        print(f"BELOW THRESHOLD: {f}")
    return 1 if failures else 0
