"""The last touches export gives the rows before writing them: each report's authority
codes, metric ids unique across reports, and a grade code beside each grade key."""

from __future__ import annotations

from .contract import GRADE_CODES, GRADE_COLUMNS
from .reference.authorities import Lookup, with_authority_codes


def metric_id(report_id: str, local_id: str) -> str:
    """`<report_id>-m0001`: the per-document id made unique across reports."""
    local_id = str(local_id or "")
    if local_id.startswith(f"{report_id}-"):
        return local_id
    return f"{report_id}-{local_id}"


def grade_code(grade) -> int | None:
    return GRADE_CODES.get(str(grade or ""))


def enrich(tables: dict[str, list[dict]], lookup: Lookup | None = None) -> dict[str, list[dict]]:
    out = dict(tables)
    out["reports"] = [with_authority_codes(r, lookup) for r in tables["reports"]]
    out["metrics"] = [dict(r, metric_id=metric_id(r["report_id"], r.get("metric_id")))
                      for r in tables.get("metrics", [])]
    for (table, col), code_col in GRADE_COLUMNS.items():
        out[table] = [dict(r, **{code_col: grade_code(r.get(col))}) for r in out.get(table, [])]
    return out
