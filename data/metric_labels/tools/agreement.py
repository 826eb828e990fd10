"""Agreement between two labellers who read the same report independently.

    python data/metric_labels/tools/agreement.py A.jsonl B.jsonl

Numbers are matched by their place in the report (sentence offset + span); for matched
numbers it counts equal value, unit, role and category, and a measure, population and
period that agree (content-word F1 >= 0.5, both empty also agrees), as issue 7 scores
the pipeline. The result bounds what a model or rule can be expected to reach.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelset import read_lines, words_f1  # noqa: E402

FIELDS = ("value", "unit", "role", "category")
SPANS = ("measure", "population", "period")


def numbers(path: Path) -> dict[tuple[int, int], dict]:
    out = {}
    for rec in read_lines(path):
        base = rec["meta"]["char_start"] - rec["meta"].get("sentence_offset", 0)
        spans = {s["id"]: s for s in rec.get("spans", [])}
        for s in rec.get("spans", []):
            if s["label"] != "METRIC":
                continue
            row = {f: s.get(f) for f in FIELDS}
            for f in SPANS:
                link = spans.get(s.get(f) or "")
                row[f] = link["text"] if link else ""
            out[(base + s["start"], base + s["end"])] = row
    return out


def main(a: str, b: str) -> None:
    na, nb = numbers(Path(a)), numbers(Path(b))
    both = sorted(set(na) & set(nb))
    c: Counter = Counter()
    for k in both:
        for f in FIELDS:
            c[f] += str(na[k][f]) == str(nb[k][f])
        for f in SPANS:
            c[f] += words_f1(na[k][f], nb[k][f]) >= 0.5
    print(f"numbers: A {len(na)}, B {len(nb)}, both {len(both)} "
          f"(F1 {2 * len(both) / max(len(na) + len(nb), 1):.1%})")
    for f in FIELDS + SPANS:
        print(f"  {f:<11} agree on {c[f]} of {len(both)} ({c[f] / max(len(both), 1):.1%})")


if __name__ == "__main__":
    main(*sys.argv[1:3])
