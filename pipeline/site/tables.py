"""The output of a run as the site reads it: tables by report, row keys, texts and page maps.

Columns are read by name, so columns added to the tables later show up without a change here.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent

# export.py writes a cell a spreadsheet would run as a formula with a leading "'".
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class TableKind:
    table: str
    kind: str
    label: str
    key: str | None
    prefix: str
    fields: tuple[str, ...]


@cache
def config() -> dict:
    return json.loads((HERE / "kinds.json").read_text(encoding="utf-8"))


def table_kinds() -> list[TableKind]:
    return [TableKind(t["table"], t["kind"], t["label"], t["key"], t["prefix"], tuple(t["fields"]))
            for t in config()["tables"]]


def shown(value: str | None) -> str:
    """A cell as it was before export made it spreadsheet-safe."""
    value = value or ""
    if value[:1] == "'" and value[1:2] and value[1] in _FORMULA_PREFIXES:
        return value[1:]
    return value


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    if not path.exists():
        return [], []
    # utf-8-sig: the same file whether or not export writes a byte-order mark for Excel.
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def row_identity(table: str, row: dict) -> tuple:
    """What a row is, whoever read it from the CSV (matches rows from the evaluation)."""
    return (table, *sorted((k.lstrip("\ufeff"), v) for k, v in row.items()))


@dataclass
class Row:
    table: str
    key: str
    data: dict  # the CSV row as read, cells untouched

    @property
    def start(self) -> int | None:
        return _int(self.data.get("char_start"))

    @property
    def end(self) -> int | None:
        return _int(self.data.get("char_end"))


@dataclass
class Output:
    out: Path
    columns: dict[str, list[str]] = field(default_factory=dict)
    reports: list[dict] = field(default_factory=list)
    # table -> report_id -> rows in CSV order, each with its key
    rows: dict[str, dict[str, list[Row]]] = field(default_factory=dict)

    def report_rows(self, table: str, report_id: str) -> list[Row]:
        return self.rows.get(table, {}).get(report_id, [])

    def text(self, report_id: str) -> str | None:
        path = self.out / "text" / f"{report_id}.txt"
        return path.read_text(encoding="utf-8") if path.exists() else None

    def page_runs(self, report_id: str) -> list[tuple[int, int, int | None]]:
        path = self.out / "text" / f"{report_id}.json"
        if not path.exists():
            return []
        meta = json.loads(path.read_text(encoding="utf-8"))
        return [(int(a), int(b), p) for a, b, p in meta.get("page_runs") or []]


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _keyed(kind: TableKind | None, table: str, rows: list[dict]) -> list[Row]:
    """Rows with a key unique in their report: the table's id column, else a number."""
    out, used = [], set()
    prefix = kind.prefix if kind else table[:1]
    for n, r in enumerate(rows, 1):
        key = (r.get(kind.key) or "") if kind and kind.key else ""
        key = key or f"{prefix}{n:04d}"
        while key in used:  # a repeated id still names one highlight each
            key += "+"
        used.add(key)
        out.append(Row(table, key, r))
    return out


def load(out: Path) -> Output:
    output = Output(Path(out))
    output.columns["reports"], output.reports = read_csv(output.out / "reports.csv")
    kinds = {k.table: k for k in table_kinds()}
    for table in [*kinds, *config()["plain_tables"]]:
        cols, rows = read_csv(output.out / f"{table}.csv")
        output.columns[table] = cols
        by_report: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            by_report[r.get("report_id", "")].append(r)
        output.rows[table] = {rid: _keyed(kinds.get(table), table, rs)
                              for rid, rs in by_report.items()}
    return output
