"""The evaluation's misses and extras, by report, for marking them on the report pages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..evaluate import evaluate
from .tables import row_identity


@dataclass
class ReportMarks:
    missed: list[dict] = field(default_factory=list)  # gold rows the output lacks
    extra: set[tuple] = field(default_factory=set)  # output rows the gold lacks (identities)
    # output rows whose fields differ from the gold: identity -> [(field, gold, got)]
    differs: dict[tuple, list[tuple[str, str, str]]] = field(default_factory=dict)
    fields: list[dict] = field(default_factory=list)  # report fields and grade cells that differ

    @property
    def count(self) -> int:
        return len(self.missed) + len(self.extra) + len(self.differs) + len(self.fields)


@dataclass
class Evaluation:
    marks: dict[str, ReportMarks]
    scores: list[str]  # the score lines `ofsted evaluate` prints

    def of(self, report_id: str) -> ReportMarks | None:
        return self.marks.get(report_id)


def evaluation(gold_dir: Path, out: Path) -> Evaluation:
    scores = evaluate(gold_dir, out)
    marks: dict[str, ReportMarks] = defaultdict(ReportMarks)
    for score in scores.values():
        for m in score.marks:
            rm = marks[m["report_id"]]
            row = m.get("row")
            if m["mark"] == "missed":
                rm.missed.append(m)
            elif m["mark"] == "extra":
                rm.extra.add(row_identity(m["table"], row))
            elif row is not None:
                rm.differs.setdefault(row_identity(m["table"], row), []).append(
                    (m["field"], m["gold"], m["got"]))
            else:
                rm.fields.append(m)
    return Evaluation(dict(marks), [s.line() for s in scores.values()])
