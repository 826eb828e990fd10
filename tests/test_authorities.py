"""Authority codes from the name a report writes and the inspection date."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import CORPUS, LETTERS, needs_corpus, needs_letters, read_rows

from pipeline.enrich import enrich
from pipeline.reference.authorities import (
    LOOKUP_CSV,
    NameForms,
    default_lookup,
    report_day,
    with_authority_codes,
)

LOOKUP = default_lookup()


def code(name: str, day: str) -> str:
    found = LOOKUP.resolve(name, day)
    return found.authority.new_la_code if found.authority else ""


@pytest.mark.parametrize("name, day, expected", [
    ("Doncaster", "2025-01-20", "E08000017"),
    ("Doncaster Metropolitan Borough Council", "2015-09-14", "E08000017"),
    ("Portsmouth City", "2026-07-06", "E06000044"),
    ("Portsmouth City Council", "2023-05-15", "E06000044"),
    ("London Borough of Ealing", "2016-06-13", "E09000009"),
    ("Ealing Council", "2016-06-13", "E09000009"),
    ("Royal Borough of Kingston upon Thames Council", "2015-05-22", "E09000021"),
    ("City of Wolverhampton", "2022-03-28", "E08000031"),
    ("City of York Council", "2023-08-01", "E06000014"),
    ("York City Council", "2023-08-01", "E06000014"),
    ("Leicestershire County Council", "2024-04-22", "E10000018"),
    ("Kingston-upon-Hull", "2025-07-15", "E06000010"),
    ("Kingston upon Hull City", "2021-03-03", "E06000010"),
    ("Bristol, City of", "2014-09-30", "E06000023"),
    ("Telford and Wrekin Council", "2016-06-13", "E06000020"),
    ("Telford & Wrekin", "2016-06-13", "E06000020"),
    ("London Borough of Hammersmith & Fulham", "2019-01-01", "E09000013"),
    ("St. Helens", "2018-07-11", "E08000013"),
    ("Sandwell Children\u2019s Trust", "2024-10-30", "E08000028"),
    ("Sandwell Children's Trust", "2024-10-30", "E08000028"),
    ("Borough of Redcar and Cleveland", "2017-01-16", "E06000003"),
    ("Wakefield District Metropolitan Council", "2018-06-04", "E08000036"),
    ("Cheshire East Unitary Authority", "2015-07-06", "E06000049"),
    ("County Durham", "2016-01-01", "E06000047"),
    ("DONCASTER", "2025-01-20", "E08000017"),
])
def test_name_variants(name: str, day: str, expected: str) -> None:
    assert code(name, day) == expected


# --- reorganisations -----------------------------------------------------------------

@pytest.mark.parametrize("name, day, expected", [
    # Cumbria -> Cumberland + Westmorland and Furness, 1 April 2023
    ("Cumbria", "2021-07-21", "E10000006"),
    ("Cumbria County Council", "2023-03-31", "E10000006"),
    ("Cumberland", "2024-10-07", "E06000063"),
    ("Westmorland and Furness", "2024-04-22", "E06000064"),
    # Northamptonshire -> North and West Northamptonshire, 1 April 2021
    ("Northamptonshire County Council", "2019-05-01", "E10000021"),
    ("North Northamptonshire", "2023-10-18", "E06000061"),
    ("West Northamptonshire", "2023-10-18", "E06000062"),
    # Bournemouth + Poole -> Bournemouth, Christchurch and Poole, 1 April 2019
    ("Bournemouth", "2017-06-01", "E06000028"),
    ("Borough of Poole", "2018-06-01", "E06000029"),
    ("Bournemouth, Christchurch and Poole", "2021-12-06", "E06000058"),
    ("BCP Council", "2021-12-06", "E06000058"),
    # recoded in place: the line's code of the day, whichever of its names is written
    ("North Yorkshire County Council", "2018-07-02", "E10000023"),
    ("North Yorkshire", "2024-01-01", "E06000065"),
    ("North Yorkshire County Council", "2024-01-01", "E06000065"),
    ("Somerset County Council", "2019-01-29", "E10000027"),
    ("Somerset Council", "2024-01-01", "E06000066"),
    ("Somerset", "2024-01-01", "E06000066"),
    ("Buckinghamshire County Council", "2017-11-06", "E10000002"),
    ("Buckinghamshire Council", "2021-12-06", "E06000060"),
    ("Buckinghamshire County Council", "2021-12-06", "E06000060"),
    ("Dorset", "2018-01-01", "E10000009"),
    ("Dorset", "2021-09-27", "E06000059"),
    ("Gateshead", "2012-01-01", "E08000020"),
    ("Gateshead", "2024-12-02", "E08000037"),
    ("Northumberland", "2012-01-01", "E06000048"),
    ("Northumberland", "2022-07-26", "E06000057"),
    # a visit a news article dates only by its month: the code of that month
    ("Cumberland", "2023-04", "E06000063"),
    ("Cumbria", "2023-03", "E10000006"),
    ("Barnsley", "2025-05", "E08000038"),
    ("Barnsley", "2025-04", "E08000016"),
    ("North Yorkshire", "2023-04", "E06000065"),
    ("Northumberland", "2013-04", "E06000057"),
    ("Northumberland", "2013-03", "E06000048"),
])
def test_reorganisations_by_date(name: str, day: str, expected: str) -> None:
    assert code(name, day) == expected


def test_dorset_changed_its_dfe_number_too() -> None:
    assert LOOKUP.resolve("Dorset", "2018-01-01").authority.old_la_code == "835"
    assert LOOKUP.resolve("Dorset", "2021-09-27").authority.old_la_code == "838"


@pytest.mark.parametrize("name, day, successors", [
    ("Cumbria", "2024-05-01", ["Cumberland", "Westmorland and Furness"]),
    ("Northamptonshire", "2022-01-10", ["North Northamptonshire", "West Northamptonshire"]),
    ("Northamptonshire Children's Trust", "2022-01-10", ["North Northamptonshire"]),
    ("Bournemouth", "2020-01-01", ["Bournemouth, Christchurch & Poole"]),
    ("Poole", "2020-01-01", ["Bournemouth, Christchurch & Poole"]),
])
def test_an_authority_that_had_ended_has_no_code_and_names_its_successors(
        name: str, day: str, successors: list[str]) -> None:
    found = LOOKUP.resolve(name, day)
    assert found.authority is None
    assert "had ended" in found.problem
    for s in successors:
        assert s in found.problem


def test_an_authority_before_it_began_has_no_code() -> None:
    found = LOOKUP.resolve("Cumberland", "2022-01-01")
    assert found.authority is None and "began on 2023-04-01" in found.problem
    # Bedford became a unitary authority on 1 April 2009
    assert "began on 2009-04-01" in LOOKUP.resolve("Bedford Borough Council",
                                                   "2008-06-01").problem


def test_an_authority_in_force_when_the_lookup_begins_is_found_before_it() -> None:
    assert LOOKUP.coverage_start == "2009-01-01"
    assert code("Leeds City Council", "2008-06-01") == "E08000035"


def test_the_line_of_a_recoded_authority_ends_in_its_code_of_today() -> None:
    assert LOOKUP.current_code("E10000023") == "E06000065"  # North Yorkshire
    assert LOOKUP.current_code("E06000065") == "E06000065"
    assert LOOKUP.current_code("E10000009") == "E06000059"  # Dorset
    assert LOOKUP.current_code("E10000006") == "E10000006"  # Cumbria: split, keeps its own
    assert LOOKUP.current_code("E06000028") == "E06000028"  # Bournemouth: merged
    assert LOOKUP.current_code("E06000058") == "E06000058"  # BCP


def test_a_name_that_matches_nothing() -> None:
    found = LOOKUP.resolve("Atlantis Borough Council", "2020-01-01")
    assert found.authority is None
    assert "not in the authority lookup" in found.problem


def test_a_report_whose_authority_matches_nothing_is_partial_with_the_reason() -> None:
    row = {"report_id": "r1", "status": "ok", "error": "", "local_authority": "Atlantis",
           "inspection_start": "2020-01-01"}
    out = with_authority_codes(row, LOOKUP)
    assert out["status"] == "partial"
    assert "'Atlantis' is not in the authority lookup" in out["error"]
    assert all(out[c] == "" for c in ("new_la_code", "old_la_code", "region_code",
                                      "region_name", "ofsted_urn", "la_name"))
    # an earlier problem is kept
    out = with_authority_codes(dict(row, status="partial", error="no lead inspector found"))
    assert out["error"].startswith("no lead inspector found; ")


def test_reports_without_an_authority_or_failed_keep_their_status() -> None:
    for row in ({"status": "ok", "error": "", "local_authority": ""},
                {"status": "failed", "error": "not a PDF", "local_authority": ""}):
        out = with_authority_codes(row, LOOKUP)
        assert out["status"] == row["status"] and out["error"] == row["error"]
        assert out["new_la_code"] == ""


def test_a_resolved_report_gets_every_code() -> None:
    out = with_authority_codes({"status": "ok", "error": "", "local_authority":
                                "Westmorland and Furness", "inspection_start": "2024-04-22"})
    assert out["status"] == "ok"
    assert (out["la_name"], out["new_la_code"], out["old_la_code"], out["region_code"],
            out["region_name"], out["ofsted_urn"]) == (
        "Westmorland and Furness", "E06000064", "943", "E12000002", "North West", "2733698")


def test_enrich_gives_codes_metric_ids_and_grade_codes() -> None:
    tables = {
        "reports": [{"report_id": "aa", "status": "ok", "error": "", "local_authority": "Leeds",
                     "inspection_start": "2015-01-20", "overall_effectiveness": "inadequate"}],
        "metrics": [{"report_id": "aa", "metric_id": "m0001"},
                    {"report_id": "bb", "metric_id": "m0001"}],
        "judgements": [{"report_id": "aa", "grade": g} for g in
                       ("outstanding", "good", "requires_improvement", "adequate", "inadequate")],
        "sections": [{"report_id": "aa", "grade": ""}],
    }
    out = enrich(tables, LOOKUP)
    assert out["reports"][0]["new_la_code"] == "E08000035"
    assert out["reports"][0]["overall_effectiveness_code"] == 4
    assert [m["metric_id"] for m in out["metrics"]] == ["aa-m0001", "bb-m0001"]
    assert [j["grade_code"] for j in out["judgements"]] == [1, 2, 3, 3, 4]
    assert out["sections"][0]["grade_code"] is None
    assert enrich(out, LOOKUP)["metrics"][0]["metric_id"] == "aa-m0001"  # idempotent


def test_the_shipped_lookup_is_the_shared_one_and_its_lines_do_not_overlap() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "reference" / "la_lookup.csv"
    if shared.exists():
        assert LOOKUP_CSV.read_bytes() == shared.read_bytes()
    for a in LOOKUP.authorities:
        line = LOOKUP.line(a.new_la_code)
        for older, newer in zip(line, line[1:], strict=False):
            assert older.date_of_termination and older.date_of_termination < newer.date_of_operation
    # no two lines share a core name (a core would otherwise be ambiguous)
    forms = NameForms.load()
    heads: dict[str, set[str]] = {}
    for a in LOOKUP.authorities:
        for n in a.names:
            heads.setdefault(forms.core(n), set()).add(LOOKUP.line(a.new_la_code)[0].new_la_code)
    assert {k: v for k, v in heads.items() if len(v) > 1} == {}


# --- the development corpus and letters ----------------------------------------------

def _named_in(row_names: tuple[str, ...], written: str) -> bool:
    """Does the name as written contain one of the lookup row's names? (An independent,
    plainer test than the resolver's affix rules.)"""
    text = NameForms.normalise(written)
    return any(NameForms.normalise(n) in text for n in row_names)


@needs_corpus()
def test_every_corpus_report_with_an_authority_has_its_codes(corpus_run: Path) -> None:
    """Every report whose authority was read has the codes of the authority the gold names,
    in force on the gold's first day. (A report whose authority was not read at all is an
    extraction miss, which test_evaluation scores.)"""
    gold = {g["source_path"]: g for g in read_rows(CORPUS / "gold_reports.csv")}
    checked = 0
    for r in read_rows(corpus_run / "reports.csv"):
        if not r["local_authority"]:
            continue
        g = gold[r["source_path"]]
        checked += 1
        assert r["new_la_code"], (r["source_path"], r["local_authority"], r["error"])
        a = LOOKUP.by_code[r["new_la_code"]]
        assert a.in_force(g["inspection_start"]), (r["source_path"], a)
        assert _named_in(a.names, g["local_authority"]), (g["local_authority"], a.la_name)
        assert (r["old_la_code"], r["region_code"], r["region_name"], r["ofsted_urn"],
                r["la_name"]) == (a.old_la_code, a.region_code, a.region_name, a.ofsted_urn,
                                  a.la_name)
    assert checked >= 100


@needs_letters()
def test_letters_get_the_authority_they_were_published_under(letters_run: Path) -> None:
    """sources.csv names the folder each letter was published under, `<urn>_<authority>`:
    every letter whose authority was resolved has that URN; every other letter that names
    an authority is partial and says why."""
    with open(LETTERS / "sources.csv", encoding="utf-8", newline="") as fh:
        folder = {s["file"]: s["source"].split("inspection_reports/")[1].split("/")[0]
                  for s in csv.DictReader(fh)}
    urns = {a.ofsted_urn for a in LOOKUP.authorities}
    resolved = 0
    for r in read_rows(letters_run / "reports.csv"):
        if not r["local_authority"]:
            assert r["new_la_code"] == ""
            continue
        if not r["new_la_code"]:
            assert r["status"] == "partial" and "authority lookup" in r["error"], r
            continue
        resolved += 1
        urn = folder[r["source_path"]].split("_")[0]
        if urn in urns:
            assert r["ofsted_urn"] == urn, (r["source_path"], r["local_authority"])
        assert LOOKUP.by_code[r["new_la_code"]].in_force(report_day(r))
    assert resolved > 0
