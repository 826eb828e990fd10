"""Records -> CSV tables and schema: deterministic, spreadsheet-safe, published as one set."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .contract import KEY_SETS, RECORD_TABLES, TABLES, schema
from .datapackage import datapackage_json
from .enrich import enrich
from .formats import DEFAULT_FORMATS, FORMATS, files_of, format_files
from .store import Store, publish, read_json
from .timeline import EES_COLUMNS, EES_META_COLUMNS, EES_NAME, ees_meta, ees_rows, inspection_rows


class NothingToExport(Exception):
    """OUT holds no ingested files to make tables from."""


# A spreadsheet runs a cell starting with these as a formula...
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# ...unless it reads the cell as a number: "-5", "+3.5", "-12.5%", "-1,234".
PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
# Ids and closed key sets are written as they are, so tables join and filter exactly;
# none of them can start like a formula except a file name, which must still match.
VERBATIM_COLUMNS = frozenset({"report_id", "source_path", "sha256", "metric_id",
                              "statement_id", "section_id"}
                             | {col for _, col in KEY_SETS})


def cell(value, column: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = f"{value:.10g}"
    else:
        text = str(value)
    if (column not in VERBATIM_COLUMNS and text.startswith(FORMULA_PREFIXES)
            and not PLAIN_NUMBER_RE.fullmatch(text)):
        text = "'" + text
    return text


def to_csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c), c) for c in columns])
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
    if not store.manifest.exists():
        raise NothingToExport(f"nothing to export in {store.out}: no manifest.json "
                              f"(run `ofsted ingest` and `ofsted extract`, or `ofsted run`)")
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


def export(store: Store, formats: Iterable[str] = DEFAULT_FORMATS) -> dict[str, list[dict]]:
    """Write every table, schema.json and the other files of the set, then publish them
    together (store.publish)."""
    formats = tuple(formats)
    tables = enrich(build_tables(store))
    tables["inspections"] = inspection_rows(tables)
    files = {f"{name}.csv": (BOM + to_csv(TABLES[name], rows)).encode("utf-8")
             for name, rows in tables.items()}
    files["schema.json"] = (json.dumps(schema(), indent=1) + "\n").encode("utf-8")
    for fname, data in table_set_files(tables, formats).items():
        files[fname] = data.encode("utf-8") if isinstance(data, str) else data
    publish(store.out, files)
    remove_unasked_formats(store.out, formats)
    return tables


# --- the files of the table set beyond the contract's CSVs ---

# Excel reads a CSV file as the machine's code page unless it starts with a byte-order
# mark; with it, ’ and – show as written. Python reads it with encoding="utf-8-sig".
BOM = "\ufeff"


def table_set_files(tables: dict[str, list[dict]], formats: Iterable[str]) -> dict:
    """File name -> content: the data package, the official-statistics pair and the
    formats asked for (written with, and published as one set with, the CSVs)."""
    ees = ees_rows(tables["inspections"])
    files: dict[str, str | bytes] = {
        "datapackage.json": datapackage_json(),
        # plain UTF-8, as DfE's screener and EES take it (the pair is ASCII anyway)
        f"{EES_NAME}.csv": to_csv(EES_COLUMNS, ees),
        f"{EES_NAME}.meta.csv": to_csv(EES_META_COLUMNS, ees_meta(ees)),
    }
    files.update(format_files(tables, formats))
    return files


def remove_unasked_formats(out: Path, formats: Iterable[str]) -> None:
    """A format not asked for this time is removed, so no file is older than the CSVs."""
    for fmt in set(FORMATS) - set(formats):
        for fname in files_of(fmt):
            (out / fname).unlink(missing_ok=True)
