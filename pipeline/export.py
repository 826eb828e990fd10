"""Records -> CSV tables and schema: deterministic, spreadsheet-safe, written atomically."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .contract import RECORD_TABLES, TABLES, schema
from .store import Store, atomic_write, read_json

# A spreadsheet runs a cell starting with these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = f"{value:.10g}"
    else:
        text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        text = "'" + text
    return text


def to_csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return buf.getvalue()


def _sort_key(row: dict) -> tuple:
    def num(v) -> float:
        try:
            return float(v)
        except (TypeError, ValueError):
            return -1.0

    return (row.get("report_id", ""), num(row.get("char_start")), num(row.get("char_end")),
            json.dumps(row, sort_keys=True, default=str))


def report_row(entry: dict, rec: dict | None) -> dict:
    row = dict(entry)
    if entry.get("status") != "ok":
        row.setdefault("document_type", "other")
        return row
    if rec is None:
        row.update(status="failed",
                   error="no extraction results for this file (run the extract stage)")
        return row
    report = rec.get("report", {})
    for col in TABLES["reports"]:
        if col in report and col not in ("report_id", "source_path", "sha256", "status"):
            row[col] = report[col]
    tables = rec.get("tables", {})
    row["n_judgements"] = len(tables.get("judgements", []))
    row["n_metrics"] = len(tables.get("metrics", []))
    row["n_inspectors"] = len(tables.get("inspectors", []))
    problems = rec.get("problems") or []
    if problems:
        row["status"] = "partial"
        row["error"] = "; ".join(problems)
    return row


def build_tables(store: Store) -> dict[str, list[dict]]:
    manifest = read_json(store.manifest)
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    seen: set[str] = set()
    for entry in manifest["files"]:
        rid = entry.get("report_id", "")
        rec = None
        if entry.get("status") == "ok" and store.records(rid).exists():
            rec = read_json(store.records(rid))
        tables["reports"].append(report_row(entry, rec))
        if rec is None or rid in seen:  # identical files share their rows
            continue
        seen.add(rid)
        for name in RECORD_TABLES:
            for r in rec.get("tables", {}).get(name, []):
                tables[name].append(dict(r, report_id=rid))
    tables["reports"].sort(key=lambda r: (r.get("source_path", ""), r.get("report_id", "")))
    for name in RECORD_TABLES:
        tables[name].sort(key=_sort_key)
    return tables


def export(store: Store) -> dict[str, list[dict]]:
    tables = build_tables(store)
    for name, rows in tables.items():
        atomic_write(store.out / f"{name}.csv", to_csv(TABLES[name], rows))
    atomic_write(store.out / "schema.json", json.dumps(schema(), indent=1) + "\n")
    return tables


def read_table(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
