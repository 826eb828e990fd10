"""inspections.csv (one row per authority per inspection or visit) and its layout for
official statistics."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import needs_corpus, needs_letters, read_rows

from pipeline.contract import CURRENT_AREAS, TABLES
from pipeline.enrich import enrich
from pipeline.timeline import (
    EES_COLUMNS,
    EES_META_COLUMNS,
    ees_meta,
    ees_rows,
    financial_year,
    inspection_rows,
)


def report(rid: str, la: str, kind: str, start: str, end: str, oe: str = "", **kw) -> dict:
    return {"report_id": rid, "source_path": f"{rid}.pdf", "status": "ok", "error": "",
            "document_type": kind, "local_authority": la, "inspection_start": start,
            "inspection_end": end, "publication_date": "", "overall_effectiveness": oe, **kw}


def timeline(reports: list[dict], judgements: list[dict] | None = None) -> list[dict]:
    tables = enrich({"reports": reports, "judgements": judgements or [], "metrics": [],
                     "sections": []})
    return inspection_rows(tables)


def test_one_row_per_inspection_or_visit_with_grades_and_the_previous_overall_grade() -> None:
    rows = timeline(
        [report("a1", "North Yorkshire County Council", "sif_inspection", "2014-04-30",
                "2014-05-21", "good"),
         report("a2", "North Yorkshire County Council", "ilacs_inspection", "2018-07-02",
                "2018-07-06", "outstanding"),
         report("a3", "North Yorkshire", "focused_visit", "2024-01-10", "2024-01-11"),
         report("n1", "North Yorkshire", "news_article", "", "", "outstanding"),
         dict(report("f1", "", "other", "", ""), status="failed")],
        [{"report_id": "a2", "area": "overall_effectiveness", "grade": "outstanding",
          "source": "table", "char_start": 5},
         {"report_id": "a2", "area": "help_and_protection", "grade": "good",
          "source": "heading", "char_start": 9},
         {"report_id": "a2", "area": "help_and_protection", "grade": "outstanding",
          "source": "table", "char_start": 3},
         {"report_id": "a1", "area": "capacity_to_improve", "grade": "good",
          "source": "table", "char_start": 1}])
    assert [r["report_id"] for r in rows] == ["a1", "a2", "a3"]
    a1, a2, a3 = rows
    assert {r["current_la_code"] for r in rows} == {"E06000065"}
    assert (a1["new_la_code"], a3["new_la_code"]) == ("E10000023", "E06000065")
    assert a2["help_and_protection"] == "outstanding"  # the judgement table wins
    assert a2["help_and_protection_code"] == 1
    assert a1["overall_effectiveness"] == "good"  # from the report row
    assert a1["other_grades"] == "capacity_to_improve=good"
    assert (a1["previous_report_id"], a2["previous_report_id"], a3["previous_report_id"]) == (
        "", "a1", "a2")
    assert a2["previous_overall_effectiveness"] == "good"
    assert a2["previous_overall_effectiveness_code"] == 2
    assert a3["previous_inspection_end"] == "2018-07-06"
    assert (a1["event"], a3["event"]) == ("inspection", "visit")
    assert set(a1) == set(TABLES["inspections"])


def test_two_files_of_one_inspection_make_one_row() -> None:
    rows = timeline([
        dict(report("b2", "Leeds", "ilacs_inspection", "2024-01-08", "2024-01-12"),
             status="partial"),
        report("b1", "Leeds City Council", "ilacs_inspection", "2024-01-08", "2024-01-12"),
        report("b3", "Leeds", "focused_visit", "2024-01-08", "2024-01-12"),
    ])
    assert [(r["report_id"], r["duplicate_report_ids"]) for r in rows] == [
        ("b1", "b2"), ("b3", "")]


def test_reorganised_authorities_keep_separate_histories() -> None:
    rows = timeline([
        report("c1", "Cumbria", "ilacs_inspection", "2022-01-10", "2022-01-14", "good"),
        report("c2", "Cumberland", "ilacs_inspection", "2024-10-07", "2024-10-18"),
        report("c3", "Westmorland and Furness", "ilacs_inspection", "2024-04-22", "2024-05-03"),
    ])
    assert all(r["previous_report_id"] == "" for r in rows)
    assert {r["current_la_code"] for r in rows} == {"E10000006", "E06000063", "E06000064"}


def test_financial_year() -> None:
    assert financial_year("2023-05-19") == "202324"
    assert financial_year("2024-03-31") == "202324"
    assert financial_year("2024-04-01") == "202425"
    assert financial_year("1999-12-31") == "199900"


def test_official_statistics_layout() -> None:
    insp = timeline([
        report("d1", "Leeds", "sif_inspection", "2015-01-20", "2015-02-11", "good"),
        report("d2", "Leeds", "ilacs_inspection", "2019-01-20", "2019-02-01", "outstanding"),
        report("d3", "Atlantis", "focused_visit", "2019-01-20", "2019-02-01"),
        report("d4", "Leeds", "focused_visit", "", ""),
        # known only by its month: the standards' date filter is a day
        report("d5", "Leeds", "ilacs_inspection", "2023-03", "2023-03", "good"),
    ])
    assert [r["previous_inspection_end"] for r in insp if r["report_id"] == "d5"] == [
        "2019-02-01"]
    rows = ees_rows(insp)
    assert [r["inspection_end_date"] for r in rows] == ["2015-02-11", "2019-02-01"]
    first, second = rows
    assert list(first) == EES_COLUMNS
    assert EES_COLUMNS[:10] == ["time_period", "time_identifier", "geographic_level",
                                "country_code", "country_name", "region_code", "region_name",
                                "new_la_code", "old_la_code", "la_name"]
    assert (first["time_period"], first["time_identifier"], first["geographic_level"],
            first["country_code"], first["country_name"]) == (
        "201415", "Financial year", "Local authority", "E92000001", "England")
    assert (first["new_la_code"], first["old_la_code"], first["la_name"], first["region_code"]) \
        == ("E08000035", "383", "Leeds", "E12000003")
    assert first["overall_effectiveness_grade"] == "2"
    assert first["impact_of_leaders_grade"] == "z"  # no grade given
    assert first["previous_overall_effectiveness_grade"] == "x"  # not in these tables
    assert second["previous_overall_effectiveness_grade"] == "2"
    meta = ees_meta(rows)
    assert [m["col_name"] for m in meta if m["col_type"] == "Filter"] == [
        "inspection_type", "inspection_end_date"]
    # a filter with one level is left out of the metadata, as the standards ask
    assert [m["col_type"] for m in ees_meta([first])] == ["Indicator"] * 11
    assert [m["col_name"] for m in meta if m["col_type"] == "Indicator"] == [
        f"{a}_grade" for a in CURRENT_AREAS] + ["previous_overall_effectiveness_grade"]


def check_ees_files(out: Path) -> int:
    """The rules of DfE's open data standards that a file can be checked against."""
    data = read_rows(out / "inspections_ees.csv")
    meta = read_rows(out / "inspections_ees.meta.csv")
    assert not (out / "inspections_ees.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(meta[0]) == EES_META_COLUMNS
    cols = list(data[0]) if data else EES_COLUMNS
    assert cols == EES_COLUMNS
    for c in cols:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", c) and len(c) <= 50
    described = {m["col_name"]: m for m in meta}
    for m in meta:
        assert m["col_type"] in ("Filter", "Indicator") and m["label"]
        assert len(m["label"]) <= 80
        if m["col_type"] == "Indicator":
            assert m["indicator_dp"] == "0" and m["filter_hint"] == ""
    for c in cols[10:]:
        if c not in described:  # only a filter with one level may be left out
            assert len({r[c] for r in data}) <= 1, c
    seen = set()
    for r in data:
        assert re.fullmatch(r"\d{6}", r["time_period"])
        start, end = int(r["time_period"][:4]), int(r["time_period"][4:])
        assert (start + 1) % 100 == end
        assert r["time_identifier"] == "Financial year"
        assert r["geographic_level"] == "Local authority"
        assert r["new_la_code"] and r["old_la_code"] and r["la_name"]
        for c in cols[12:]:
            assert r[c] in ("1", "2", "3", "4", "z", "x"), (c, r[c])
        key = tuple(r[c] for c in ("time_period", "new_la_code", "inspection_type",
                                   "inspection_end_date"))
        assert key not in seen, key
        seen.add(key)
    return len(data)


def test_committed_official_statistics_files_meet_the_standards() -> None:
    from conftest import ROOT

    assert check_ees_files(ROOT / "extracted") > 0


@needs_corpus()
def test_corpus_timeline(corpus_run: Path) -> None:
    reports = read_rows(corpus_run / "reports.csv")
    insp = read_rows(corpus_run / "inspections.csv")
    judged = {r["report_id"] for r in reports if r["status"] in ("ok", "partial")
              and r["document_type"] not in ("news_article", "other")}
    listed = {r["report_id"] for r in insp} | {
        d for r in insp for d in r["duplicate_report_ids"].split("; ") if d}
    assert listed == judged
    with_codes = [r for r in insp if r["new_la_code"] and r["inspection_end"]]
    assert check_ees_files(corpus_run) == len(with_codes)
    # the previous inspection is of the same authority and ended before this one began
    by_id = {r["report_id"]: r for r in insp}
    linked = 0
    for r in insp:
        if r["previous_report_id"]:
            p = by_id[r["previous_report_id"]]
            assert p["current_la_code"] == r["current_la_code"]
            assert p["inspection_end"] < r["inspection_start"]
            linked += 1
    assert linked > 0


@needs_letters()
def test_letters_timeline(letters_run: Path) -> None:
    insp = read_rows(letters_run / "inspections.csv")
    assert {r["event"] for r in insp} == {"inspection", "visit"}
    check_ees_files(letters_run)


def check_metric_ids(out: Path) -> int:
    rows = read_rows(out / "metrics.csv")
    ids = [r["metric_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(rf"{r['report_id']}-m\d{{4}}", r["metric_id"]) for r in rows)
    return len(ids)


def test_metric_ids_are_unique_across_reports() -> None:
    from conftest import ROOT

    assert check_metric_ids(ROOT / "extracted") > 0


@needs_corpus()
def test_corpus_metric_ids_are_unique(corpus_run: Path) -> None:
    assert check_metric_ids(corpus_run) > 1000
