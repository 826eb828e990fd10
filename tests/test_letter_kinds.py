"""Letter kinds missing from the corpus, on short letters written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest_bytes
from pipeline.nlp import analyse

SYNTH = Path(__file__).parent / "fixtures" / "synthetic"


def run(name: str) -> dict:
    path = SYNTH / name
    got = ingest_bytes(path, path.read_bytes())
    return analyse(got.norm.text, got.norm.page_runs, got.norm.footnotes)


@pytest.mark.parametrize("name, kind, la, start, end, published, lead", [
    ("monitoring_visit.txt", "monitoring_visit", "Sometown", "2022-03-22", "2022-03-23",
     "2022-04-12", "Alan Smith"),
    ("jtai.txt", "jtai", "Othertown", "2017-10-09", "2017-10-13", "2017-12-05", "Mary Brown"),
])
def test_letter_fields(name, kind, la, start, end, published, lead) -> None:
    rec = run(name)
    rep = rec["report"]
    assert (rep["document_type"], rep["local_authority"]) == (kind, la)
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == (start, end)
    assert rep.get("publication_date") == published
    assert rep.get("lead_inspector") == lead
    assert rec["problems"] == []
    assert rec["tables"]["judgements"] == []  # letters carry no grades


def test_monitoring_visit_details() -> None:
    rec = run("monitoring_visit.txt")
    people = {(r["name"], r["role"], r["designation"]) for r in rec["tables"]["inspectors"]}
    assert people == {("Alan Smith", "lead_inspector", "HMI"), ("Beth Jones", "inspector", "HMI")}
    prev = [(d["kind"], d["date"]) for d in rec["tables"]["dates"]
            if d["kind"] == "previous_inspection"]
    assert prev == [("previous_inspection", "2021-06")]
    assert [(m["value"], m["unit"], m["qualifier"]) for m in rec["tables"]["metrics"]] == [
        ("45", "percent", "only")]
