"""The rules-only scorer (pipeline/nlp/learn/rules_only.py) on an invented report: numbers
found, what it lists as missed, extra and differing, and its refusal of the test split."""

from __future__ import annotations

import pytest

from pipeline.nlp.learn.data import Gold, Record, RulesReport
from pipeline.nlp.learn.rules_only import evaluate, run, same_value

LINKS = {"measure": None, "population": None, "period": None}


def _row(text: str, number: str, value: str, unit: str, nth: int = 0) -> dict:
    s = -1
    for _ in range(nth + 1):
        s = text.index(number, s + 1)
    return {"char_start": s, "char_end": s + len(number), "value": value, "unit": unit,
            "value_text": number, "role": "observed", "category": "other", "measure": "",
            "population": "", "period": "", "evidence": ""}


def test_scores_and_lists_missed_extra_and_differing_numbers() -> None:
    first = "Half of the 40 plans were late, and 12% were never done."
    second = "The team met 3 times."
    text = f"Intro.\n{first}\n{second}\n"
    start = text.index(first)
    record = Record("r.pdf", "train", first, 0, start, start + len(first), [
        Gold(0, 4, 50.0, "percent", "observed", "other", LINKS),        # "Half": missed
        Gold(12, 14, 40.0, "count", "observed", "other", LINKS),        # "40": matched
        Gold(36, 39, 12.0, "percent", "observed", "other", LINKS),      # "12%": wrong unit
    ])
    rules = {"r.pdf": RulesReport(text, [
        _row(text, "40", "40", "count"), _row(text, "12", "12", "count"),
        _row(text, "3", "3", "count"),  # in a sentence no label line holds: extra
    ])}
    result = evaluate([record], rules)
    t = result["table"]
    assert (t["numbers_labelled"], t["numbers_rules"], t["numbers_matched"]) == (3, 3, 2)
    assert t["recall"] == round(2 / 3, 4) and t["precision"] == round(2 / 3, 4)
    assert t["value"] == 1.0 and t["unit"] == 0.5
    kinds = {(f.kind, f.number) for f in result["findings"]}
    assert kinds == {("missed", "Half"), ("value", "12%"), ("extra", "3")}
    missed = next(f for f in result["findings"] if f.kind == "missed")
    assert "[[Half]] of the 40 plans" in missed.line()


def test_fractions_agree_to_one_decimal() -> None:
    assert same_value("33.33", 33.3) and same_value("260", 260.0)
    assert not same_value("33.4", 33.3) and not same_value("n/a", 1.0)


def test_the_test_split_is_refused() -> None:
    with pytest.raises(ValueError, match="never used for tuning"):
        run("test")
