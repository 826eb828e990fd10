"""What the metric gates on texts no model was trained on (the letters, the news texts) share:
score a run against the held-out labels, check the labels still anchor in the text, and check
each number and field score against its floor, listing every finding when one is low."""

from __future__ import annotations

from pathlib import Path

from pipeline.nlp.learn.heldout import load_run
from pipeline.nlp.learn.rules_only import evaluate

# How many numbers are found, and their value and unit: the same floors for every text kind.
NUMBER_FLOORS = {"recall": 0.98, "precision": 0.80, "value": 0.99, "unit": 0.99}


def assert_metric_floors(run: Path, records: list, shas: dict, numbers_labelled: int,
                         field_floors: dict[str, float], what: str) -> None:
    result = evaluate(records, load_run(run, shas))
    t = result["table"]
    assert t["label_lines_not_in_text"] == 0, f"the {what}' text moved: re-anchor the labels"
    assert t["numbers_labelled"] == numbers_labelled
    floors = NUMBER_FLOORS | field_floors
    got = {k: t[k] for k in NUMBER_FLOORS} | {k: t["fields"][k]["rules"] for k in field_floors}
    low = {k: v for k, v in got.items() if v < floors[k]}
    lines = [f.line() for f in result["findings"]]
    assert not low, f"below the floor: {low}\n" + "\n".join(lines)
