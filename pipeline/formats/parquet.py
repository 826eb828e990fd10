"""One Parquet file per table: dates as dates, grades as ordered categoricals, counts as
nullable integers. pyarrow writes no timestamp, so the bytes depend only on the rows
(and on the pyarrow and pandas versions, which it records)."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..contract import TABLES, column_type
from .frames import is_grade

ARROW_TYPES = {"integer": pa.int64(), "number": pa.float64(), "date": pa.date32(),
               "string": pa.string()}


def arrow_schema(table: str) -> pa.Schema:
    """The contract's types, stated rather than inferred (an all-empty column keeps its
    type)."""
    fields = []
    for col in TABLES[table]:
        if is_grade(table, col):
            kind = pa.dictionary(pa.int8(), pa.string(), ordered=True)
        else:
            kind = ARROW_TYPES[column_type(table, col)]
        fields.append(pa.field(col, kind))
    return pa.schema(fields)


def arrow_table(table: str, df: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False)


def parquet_bytes(table: str, df: pd.DataFrame) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(arrow_table(table, df), sink, compression="zstd")
    return sink.getvalue().to_pybytes()
