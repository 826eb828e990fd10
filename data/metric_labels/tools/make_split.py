"""Choose the test split of whole reports, from file names and document types only.

Run once; the result is data/metric_labels/split.csv (see the README beside it). The
choice never looks at labels or at what the rules find: statement counts from a pipeline
run are only checked afterwards against the minimum (>= 400), and the script fails
rather than change its choice when they fall short.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

SALT = "ofsted-metric-labels-split-v1"
N_TEST = 20
MIN_TEST_STATEMENTS = 400
REPO = Path(__file__).resolve().parents[3]
LABELS_DIR = Path(__file__).resolve().parents[1]
# Reports whose sentences already trained the category classifier (and, through the
# seeds, tuned the rules) cannot be test reports.
USED_LABELS = REPO / "tests" / "fixtures" / "labels" / "metric_categories.jsonl"
# Kinds with a single report (or that are not reports) stay in train.
TEST_KINDS = ("ilacs_inspection", "sif_inspection", "sif_reinspection")


def era(document_type: str, inspection_start: str) -> str:
    """Strata inside a kind: the ILACS frameworks before/after 2023, SIF before/after 2016."""
    year = int(inspection_start[:4]) if inspection_start[:4].isdigit() else 0
    if document_type == "ilacs_inspection":
        return "2018-2022" if year < 2023 else "2023-2026"
    if document_type == "sif_inspection":
        return "2013-2015" if year < 2016 else "2016-2018"
    return "all"


def order_key(source_path: str) -> str:
    return hashlib.sha256(f"{SALT}:{source_path}".encode()).hexdigest()


def allocate(sizes: dict[str, int], total: int) -> dict[str, int]:
    """Proportional allocation by largest remainder (ties by stratum name)."""
    n = sum(sizes.values())
    quotas = {s: total * k / n for s, k in sizes.items()}
    alloc = {s: int(q) for s, q in quotas.items()}
    rest = total - sum(alloc.values())
    for s in sorted(quotas, key=lambda s: (-(quotas[s] - alloc[s]), s))[:rest]:
        alloc[s] += 1
    return alloc


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def statement_counts(run_dir: Path) -> Counter:
    """Distinct (report, statement_id) per source_path in a pipeline run's metrics.csv."""
    with open(run_dir / "reports.csv", encoding="utf-8") as f:
        path_of = {r["report_id"]: r["source_path"] for r in csv.DictReader(f)}
    with open(run_dir / "metrics.csv", encoding="utf-8") as f:
        pairs = {(r["report_id"], r["statement_id"]) for r in csv.DictReader(f)}
    return Counter(Path(path_of[rid]).name for rid, _ in pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--run", type=Path, required=True,
                    help="output folder of `python -m pipeline run CORPUS/pdf --out RUN`")
    ap.add_argument("--out", type=Path, default=LABELS_DIR / "split.csv")
    args = ap.parse_args(argv)

    with open(args.corpus / "gold_reports.csv", encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    used = {json.loads(line)["doc"] for line in USED_LABELS.read_text().splitlines() if line}
    strata: dict[str, list[str]] = {}
    for row in gold:
        kind = row["document_type"]
        if kind in TEST_KINDS and row["source_path"][:12] not in used:
            strata.setdefault(f"{kind} {era(kind, row['inspection_start'])}", []).append(
                row["source_path"])
    alloc = allocate({s: len(v) for s, v in strata.items()}, N_TEST)
    test = set()
    for s, paths in sorted(strata.items()):
        test.update(sorted(paths, key=order_key)[: alloc[s]])
        print(f"{s}: {alloc[s]} of {len(paths)} eligible")

    counts = statement_counts(args.run)
    rows = []
    for row in sorted(gold, key=lambda r: r["source_path"]):
        if row["document_type"] == "other":
            continue  # the HTML "report not found" page saved as .pdf
        path = row["source_path"]
        rows.append({"source_path": path,
                     "report_sha256": file_sha256(args.corpus / "pdf" / path),
                     "split": "test" if path in test else "train",
                     "document_type": row["document_type"],
                     "stratum": era(row["document_type"], row["inspection_start"]),
                     "prefill_statements": counts.get(path, 0)})
    n_test = sum(r["prefill_statements"] for r in rows if r["split"] == "test")
    n_all = sum(r["prefill_statements"] for r in rows)
    print(f"test: {len(test)} reports, {n_test} statements as the rules find them "
          f"(of {len(rows)} reports, {n_all} statements)")
    if len(test) < 20 or n_test < MIN_TEST_STATEMENTS:
        print("error: the test split is below its minimum (20 reports, 400 statements)",
              file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
