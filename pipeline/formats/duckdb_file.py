"""One DuckDB database with every table (typed as in the contract, grades as an ordered
ENUM) and a few views analysts ask for.

DuckDB writes a few header bytes differently on every run, so this file is not
byte-reproducible; that is why `make run` does not write it into the committed extracted/.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from ..contract import GRADE_ORDER, JUDGED_TYPES, TABLES, column_type
from .frames import is_grade
from .parquet import arrow_table

SQL_TYPES = {"integer": "BIGINT", "number": "DOUBLE", "date": "DATE", "string": "VARCHAR"}


def _quote_list(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


JUDGED = _quote_list(JUDGED_TYPES)
# The authority's line across recodings, or its name where it has no code.
WHO = "coalesce(current_la_code, local_authority)"

VIEWS = {
    # One row per document (identical files under two names share a report_id).
    "report_documents": """
        SELECT * FROM reports
        QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY source_path) = 1""",
    # Each authority's latest judged inspection (ILACS, SIF and the frameworks before).
    "latest_inspection": f"""
        SELECT * FROM inspections
        WHERE document_type IN ({JUDGED}) AND inspection_end IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY {WHO}
                                   ORDER BY inspection_end DESC, report_id DESC) = 1""",
    # Every grade of every authority and area over time, with the grade before it.
    "grade_history": """
        WITH one AS (
            SELECT * FROM judgements
            QUALIFY row_number() OVER (
                PARTITION BY report_id, area
                ORDER BY CASE source WHEN 'table' THEN 0 WHEN 'heading' THEN 1 ELSE 2 END,
                         char_start) = 1)
        SELECT i.current_la_code, i.la_name, i.local_authority, i.new_la_code,
               i.region_name, j.area, i.document_type, i.inspection_start,
               i.inspection_end, j.grade, j.grade_code,
               lag(j.grade) OVER w AS previous_grade,
               lag(i.inspection_end) OVER w AS previous_inspection_end,
               i.report_id
        FROM inspections i JOIN one j USING (report_id)
        WINDOW w AS (PARTITION BY coalesce(i.current_la_code, i.local_authority), j.area
                     ORDER BY i.inspection_end, i.report_id)
        ORDER BY coalesce(i.la_name, i.local_authority), j.area, i.inspection_end""",
}


def _ddl(table: str) -> str:
    cols = []
    for col in TABLES[table]:
        kind = "grade" if is_grade(table, col) else SQL_TYPES[column_type(table, col)]
        cols.append(f'"{col}" {kind}')
    return f'CREATE TABLE "{table}" ({", ".join(cols)})'


def duckdb_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="ofsted-duckdb-") as tmp:
        path = Path(tmp) / "tables.duckdb"
        con = duckdb.connect(str(path))
        try:
            con.execute(f"CREATE TYPE grade AS ENUM ({_quote_list(GRADE_ORDER)})")
            for table, df in frames.items():
                con.execute(_ddl(table))
                con.register("incoming", arrow_table(table, df))
                con.execute(f'INSERT INTO "{table}" SELECT * FROM incoming')
                con.unregister("incoming")
            for name, sql in VIEWS.items():
                con.execute(f'CREATE VIEW "{name}" AS {sql}')
            con.execute("CHECKPOINT")
        finally:
            con.close()
        return path.read_bytes()
