"""The timeline: one row per authority per inspection or visit (inspections.csv), and the
same rows in the layout of DfE's open data standards for official statistics
(inspections_ees.csv with its inspections_ees.meta.csv).

Made from the report and judgement rows export already has, so it says nothing the other
tables do not; it only lays them out the way the Data to Insight tools, the ADCS outcomes
summary and the official statistics do.
"""

from __future__ import annotations

from datetime import date

from .contract import (
    AREA_LABELS,
    CURRENT_AREAS,
    GRADE_CODES,
    INSPECTION_TYPES,
    JUDGED_TYPES,
    TABLES,
)
from .reference.authorities import Lookup, NameForms, default_lookup

# A report gives one grade per area; where its sources disagree (and the report is
# `partial` for it) the judgement table wins, then a heading, then prose.
SOURCE_ORDER = {"table": 0, "heading": 1, "prose": 2}
STATUS_ORDER = {"ok": 0, "partial": 1}

EES_NAME = "inspections_ees"
# Code 3 is also the pre-2013 `adequate` (OUTPUT_CONTRACT.md says so).
GRADE_GROUP = "Grades (1 outstanding, 2 good, 3 requires improvement, 4 inadequate)"
# GSS symbols: z not applicable (no grade given), x not available (not in these tables).
NOT_APPLICABLE, NOT_AVAILABLE = "z", "x"


def _grades_by_report(judgements: list[dict]) -> dict[str, dict[str, str]]:
    ranked = sorted(judgements, key=lambda j: (
        j["report_id"], j.get("area", ""), SOURCE_ORDER.get(j.get("source", ""), 9),
        _int(j.get("char_start"))))
    out: dict[str, dict[str, str]] = {}
    for j in ranked:
        if j.get("area") and j.get("grade"):
            out.setdefault(j["report_id"], {}).setdefault(j["area"], j["grade"])
    return out


def _int(v) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return -1


def _authority_key(row: dict, forms: NameForms) -> str:
    if row.get("current_la_code"):
        return row["current_la_code"]
    if row.get("local_authority"):
        return "name:" + forms.core(row["local_authority"])
    return ""


def inspection_rows(tables: dict[str, list[dict]], lookup: Lookup | None = None) -> list[dict]:
    lookup = lookup or default_lookup()
    grades = _grades_by_report(tables.get("judgements", []))
    first_file: dict[str, dict] = {}
    for r in sorted(tables["reports"], key=lambda r: (r.get("source_path", ""), r["report_id"])):
        if r.get("status") in STATUS_ORDER and r.get("document_type") in INSPECTION_TYPES:
            first_file.setdefault(r["report_id"], r)
    rows = []
    for rid, r in first_file.items():
        row = {c: r.get(c, "") for c in TABLES["inspections"] if c in r}
        code = r.get("new_la_code", "")
        row["current_la_code"] = lookup.current_code(code) if code in lookup.by_code else ""
        row["event"] = INSPECTION_TYPES[r["document_type"]][0]
        given = grades.get(rid, {})
        for area in CURRENT_AREAS:
            row[area] = given.get(area, "")
            if area == "overall_effectiveness" and not row[area]:
                row[area] = r.get("overall_effectiveness", "")
            row[f"{area}_code"] = GRADE_CODES.get(row[area])
        row["other_grades"] = "; ".join(f"{a}={g}" for a, g in sorted(given.items())
                                        if a not in CURRENT_AREAS)
        rows.append(row)
    rows = _one_row_per_inspection(rows, lookup.forms)
    _link_previous(rows, lookup.forms)
    rows.sort(key=lambda r: ((r.get("la_name") or r.get("local_authority") or "").casefold(),
                             r.get("inspection_start") or "", r.get("inspection_end") or "",
                             r["report_id"]))
    return rows


def _one_row_per_inspection(rows: list[dict], forms: NameForms) -> list[dict]:
    """Different files of one inspection (a PDF and its HTML page) make one row: the
    first `ok` one by report_id, with the others in `duplicate_report_ids`."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        who = _authority_key(r, forms)
        dated = r.get("inspection_start") or r.get("inspection_end")
        key = ((who, r["document_type"], r.get("inspection_start"), r.get("inspection_end"))
               if who and dated else ("", r["report_id"]))
        groups.setdefault(key, []).append(r)
    kept = []
    for group in groups.values():
        group.sort(key=lambda r: (STATUS_ORDER.get(r.get("status", ""), 9), r["report_id"]))
        best = group[0]
        best["duplicate_report_ids"] = "; ".join(r["report_id"] for r in group[1:])
        kept.append(best)
    return kept


def _link_previous(rows: list[dict], forms: NameForms) -> None:
    """Each row's previous judged inspection of the same authority in these tables."""
    judged: dict[str, list[dict]] = {}
    for r in rows:
        if r["document_type"] in JUDGED_TYPES and r.get("inspection_end"):
            judged.setdefault(_authority_key(r, forms), []).append(r)
    for r in rows:
        r.update(previous_report_id="", previous_inspection_end="",
                 previous_overall_effectiveness="", previous_overall_effectiveness_code=None)
        who, start = _authority_key(r, forms), r.get("inspection_start") or r.get("inspection_end")
        if not who or not start:
            continue
        before = [p for p in judged.get(who, []) if p["inspection_end"] < start]
        if before:
            p = max(before, key=lambda p: (p["inspection_end"], p["report_id"]))
            r.update(previous_report_id=p["report_id"],
                     previous_inspection_end=p["inspection_end"],
                     previous_overall_effectiveness=p.get("overall_effectiveness", ""),
                     previous_overall_effectiveness_code=p.get("overall_effectiveness_code"))


# --- the official-statistics layout ---------------------------------------------------

EES_GEOGRAPHY = ["time_period", "time_identifier", "geographic_level", "country_code",
                 "country_name", "region_code", "region_name", "new_la_code", "old_la_code",
                 "la_name"]
EES_FILTERS = {
    "inspection_type": ("Type of inspection or visit",
                        "Filter by the type of inspection or visit"),
    "inspection_end_date": ("Last day of the inspection or visit",
                            "Filter by the day the inspection or visit ended"),
}
EES_INDICATORS = {
    **{f"{area}_grade": (AREA_LABELS[area], GRADE_GROUP) for area in CURRENT_AREAS},
    "previous_overall_effectiveness_grade": ("Overall effectiveness at the previous inspection",
                                             "Previous inspection"),
}
EES_COLUMNS = [*EES_GEOGRAPHY, *EES_FILTERS, *EES_INDICATORS]
EES_META_COLUMNS = ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit",
                    "indicator_dp", "filter_hint", "filter_grouping_column"]


def financial_year(day: str) -> str:
    """`2023-05-19` -> `202324` (1 April to 31 March), as the standards write a year."""
    d = date.fromisoformat(day[:10])
    start = d.year if d.month >= 4 else d.year - 1
    return f"{start}{(start + 1) % 100:02d}"


def _code_or_symbol(code) -> str:
    return str(code) if code not in (None, "") else NOT_APPLICABLE


def ees_rows(inspections: list[dict]) -> list[dict]:
    """The rows of inspections.csv whose authority and last day are known (the standards'
    date filter is a day: a visit known only by its month has none)."""
    out = []
    for r in inspections:
        if not (r.get("new_la_code") and len(r.get("inspection_end") or "") == 10):
            continue
        row = {
            "time_period": financial_year(r["inspection_end"]),
            "time_identifier": "Financial year",
            "geographic_level": "Local authority",
            "country_code": "E92000001",
            "country_name": "England",
            **{c: r.get(c, "") for c in ("region_code", "region_name", "new_la_code",
                                         "old_la_code", "la_name")},
            "inspection_type": INSPECTION_TYPES[r["document_type"]][1],
            "inspection_end_date": r["inspection_end"],
        }
        for area in CURRENT_AREAS:
            row[f"{area}_grade"] = _code_or_symbol(r.get(f"{area}_code"))
        row["previous_overall_effectiveness_grade"] = (
            _code_or_symbol(r.get("previous_overall_effectiveness_code"))
            if r.get("previous_report_id") else NOT_AVAILABLE)
        out.append(row)
    out.sort(key=lambda r: (r["time_period"], r["old_la_code"], r["inspection_end_date"],
                            r["inspection_type"]))
    return out


def ees_meta(rows: list[dict]) -> list[dict]:
    """The metadata file: a filter with one level in the data is left out, as the
    standards ask."""
    meta = []
    for col, (label, hint) in EES_FILTERS.items():
        if len({r[col] for r in rows}) >= 2:
            meta.append({"col_name": col, "col_type": "Filter", "label": label,
                         "filter_hint": hint})
    for col, (label, group) in EES_INDICATORS.items():
        meta.append({"col_name": col, "col_type": "Indicator", "label": label,
                     "indicator_grouping": group, "indicator_dp": 0})
    return meta
