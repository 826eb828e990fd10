"""One Excel workbook: a first sheet that explains every column, then a sheet per table.

openpyxl stamps the save time into docProps/core.xml and into every zip entry; both are
set to a fixed time afterwards so that the same rows give the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from ..contract import KEY_SETS, TABLES, column_type, describe

# Excel refuses longer cells.
MAX_CELL = 32767
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
FIXED_W3CDTF = "1980-01-01T00:00:00Z"


def _value(v):
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalars
        v = v.item()
    if isinstance(v, str):
        # Control characters are not allowed in the file format; the CSV keeps them.
        v = ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
        if len(v) > MAX_CELL:
            v = v[: MAX_CELL - 1] + "\u2026"
    return v


def _cells(ws, values: list, bold: bool = False) -> list:
    out = []
    for v in values:
        cell = WriteOnlyCell(ws, value=_value(v))
        if isinstance(cell.value, str):
            cell.data_type = "s"  # text, never a formula, whatever it starts with
        elif isinstance(cell.value, date):
            cell.number_format = "yyyy-mm-dd"
        if bold:
            cell.font = Font(bold=True)
        out.append(cell)
    return out


ABOUT = [
    "Tables read from Ofsted inspection reports on local authority children's services by "
    "ofsted-pipeline. Each sheet after this one is one table, with the rows of the CSV file "
    "of the same name.",
    "Every row read from a report carries its evidence: page, character span in the "
    "normalised text, and the sentence it came from.",
    "Join the tables on report_id; inspections has one row per authority per inspection "
    "or visit. Dates are dates; grade codes run 1 outstanding to 4 inadequate.",
    f"Text longer than Excel's cell limit ({MAX_CELL} characters) is cut and ends in "
    "\u2026; the CSV files keep it whole.",
]


def xlsx_bytes(frames: dict[str, pd.DataFrame]) -> bytes:
    wb = Workbook(write_only=True)
    about = wb.create_sheet("columns")
    for line in ABOUT:
        about.append(_cells(about, [line]))
    about.append([])
    about.append(_cells(about, ["table", "column", "type", "meaning", "values"], bold=True))
    for table, df in frames.items():
        for col in df.columns:
            values = ", ".join(KEY_SETS.get((table, col), ()))
            about.append(_cells(about, [table, col, column_type(table, col),
                                        describe(table, col), values]))
    for table, df in frames.items():
        ws = wb.create_sheet(table)
        ws.freeze_panes = "A2"
        ws.append(_cells(ws, list(TABLES[table]), bold=True))
        for row in df.itertuples(index=False, name=None):
            ws.append(_cells(ws, list(row)))
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_times(buf.getvalue())


def _fixed_times(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_W3CDTF.encode(), body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, body)
    return out.getvalue()
