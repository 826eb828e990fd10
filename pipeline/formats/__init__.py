"""The table set in other formats, from the same rows as the CSV files.

`format_files` returns file name -> bytes, so export writes (and publishes) them with the
CSV files, the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..contract import TABLES

FORMATS = ("csv", "parquet", "xlsx", "duckdb")
DEFAULT_FORMATS = ("csv",)
XLSX_FILE = "tables.xlsx"
DUCKDB_FILE = "tables.duckdb"


def parse_formats(text: str) -> tuple[str, ...]:
    """`csv,parquet` -> ("csv", "parquet"); CSV is always written (it is the contract)."""
    asked = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in asked if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    return tuple(f for f in FORMATS if f in asked or f == "csv")


def files_of(fmt: str) -> list[str]:
    """The files a format writes into OUT_DIR."""
    if fmt == "parquet":
        return [f"{t}.parquet" for t in TABLES]
    return {"xlsx": [XLSX_FILE], "duckdb": [DUCKDB_FILE]}.get(fmt, [])


def format_files(tables: dict[str, list[dict]], formats: Iterable[str]) -> dict[str, bytes]:
    formats = set(formats)
    if not formats - {"csv"}:
        return {}
    from .frames import frame  # pandas and pyarrow only when a typed format is asked for

    frames = {t: frame(t, tables.get(t, [])) for t in TABLES}
    out: dict[str, bytes] = {}
    if "parquet" in formats:
        from .parquet import parquet_bytes

        out.update({f"{t}.parquet": parquet_bytes(t, df) for t, df in frames.items()})
    if "xlsx" in formats:
        from .xlsx import xlsx_bytes

        out[XLSX_FILE] = xlsx_bytes(frames)
    if "duckdb" in formats:
        from .duckdb_file import duckdb_bytes

        out[DUCKDB_FILE] = duckdb_bytes(frames)
    return out
