"""Table rows -> pandas DataFrames with the contract's types, the one source of the
Parquet, Excel and DuckDB files (so each has the rows and values of the CSV)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from ..contract import GRADE_ORDER, GRADES, KEY_SETS, TABLES, column_type


class ColumnTypeError(ValueError):
    """A value that does not have its column's contract type."""


def _empty(v) -> bool:
    return v is None or v == ""


def _int(v) -> int | None:
    if _empty(v):
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return int(str(v))


def _float(v) -> float | None:
    return None if _empty(v) else float(v)


def _date(v) -> date | None:
    return None if _empty(v) else date.fromisoformat(str(v))


def _str(v) -> str | None:
    if _empty(v):
        return None
    if isinstance(v, float):
        return f"{v:.10g}"
    return str(v)


CONVERT = {"integer": _int, "number": _float, "date": _date, "string": _str}


def is_grade(table: str, column: str) -> bool:
    return KEY_SETS.get((table, column)) == GRADES


def column(table: str, name: str, values: list) -> pd.Series | pd.Categorical | list:
    kind = column_type(table, name)
    try:
        converted = [CONVERT[kind](v) for v in values]
    except (TypeError, ValueError) as exc:
        raise ColumnTypeError(f"{table}.{name}: a value is not of type {kind}: {exc}") from exc
    if is_grade(table, name):
        return pd.Categorical(converted, categories=list(GRADE_ORDER), ordered=True)
    if kind == "integer":
        return pd.array(converted, dtype="Int64")
    if kind == "number":
        return pd.array(converted, dtype="Float64")
    if kind == "date":
        return pd.Series(converted, dtype="object")
    return pd.array(converted, dtype="string")


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    cols = TABLES[table]
    return pd.DataFrame({c: column(table, c, [r.get(c) for r in rows]) for c in cols},
                        columns=cols)
