"""The table set in Parquet, Excel and DuckDB, each loaded by its own tool, with the rows
of the CSV files; the data package validated by Frictionless; CSV with a byte-order mark."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from conftest import RAW, needs_corpus, needs_letters, read_rows, run_cli

from pipeline.contract import GRADE_ORDER, TABLES, column_type
from pipeline.formats import DUCKDB_FILE, XLSX_FILE, parse_formats
from pipeline.formats.frames import frame, is_grade
from pipeline.formats.xlsx import xlsx_bytes

ALL = "csv,parquet,xlsx,duckdb"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "2", "--format", ALL) == 0
    return out


def export_all(run: Path, tmp: Path) -> Path:
    """Export a finished run again, with every format, into a copy (the run is shared)."""
    out = tmp / "formats"
    out.mkdir()
    shutil.copy(run / "manifest.json", out / "manifest.json")
    shutil.copytree(run / "records", out / "records")
    assert run_cli("export", "--out", str(out), "--format", ALL) == 0
    return out


def csv_counts(out: Path) -> dict[str, int]:
    return {t: len(read_rows(out / f"{t}.csv")) for t in TABLES}


def check_parquet(out: Path) -> None:
    import pandas as pd
    import pyarrow.parquet as pq

    counts = csv_counts(out)
    for table, cols in TABLES.items():
        df = pd.read_parquet(out / f"{table}.parquet")
        assert list(df.columns) == cols
        assert len(df) == counts[table], table
        arrow = pq.read_schema(out / f"{table}.parquet")
        for col in cols:
            kind = column_type(table, col)
            if is_grade(table, col):
                assert isinstance(df[col].dtype, pd.CategoricalDtype) and df[col].cat.ordered
                # Parquet keeps the categories in the data pages; a table with no rows has
                # none (its column is still an ordered categorical)
                if len(df):
                    assert list(df[col].cat.categories) == list(GRADE_ORDER), (table, col)
            elif kind == "integer":
                assert str(df[col].dtype) == "Int64", (table, col)
            elif kind == "number":
                assert str(df[col].dtype) == "Float64", (table, col)
            elif kind == "date":
                assert str(arrow.field(col).type) == "date32[day]"
                assert all(isinstance(v, dt.date) for v in df[col].dropna())
            else:
                assert pd.api.types.is_string_dtype(df[col]), (table, col)


def check_duckdb(out: Path) -> None:
    import duckdb

    counts = csv_counts(out)
    con = duckdb.connect(str(out / DUCKDB_FILE), read_only=True)
    try:
        for table in TABLES:
            assert con.sql(f'SELECT count(*) FROM "{table}"').fetchone()[0] == counts[table]
        types = dict(con.sql("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'reports'").fetchall())
        assert types["publication_date"] == "DATE" and types["pages"] == "BIGINT"
        # a visit known only by its month ('2026-03') keeps the text's precision
        assert types["inspection_start"] == "VARCHAR"
        assert types["overall_effectiveness"].startswith("ENUM")
        # the ENUM is ordered best to worst, so "requires improvement or worse" is a comparison
        worse = con.sql("SELECT count(*) FROM judgements "
                        "WHERE grade >= 'requires_improvement'::grade").fetchone()[0]
        assert worse == sum(1 for j in read_rows(out / "judgements.csv")
                            if j["grade"] in ("requires_improvement", "adequate", "inadequate"))
        latest = con.sql("SELECT current_la_code, local_authority, inspection_end "
                         "FROM latest_inspection").fetchall()
        who = [(c or la) for c, la, _ in latest]
        assert len(who) == len(set(who))
        history = con.sql("SELECT count(*) FROM grade_history").fetchone()[0]
        insp = {r["report_id"] for r in read_rows(out / "inspections.csv")}
        assert history == len({(j["report_id"], j["area"])
                               for j in read_rows(out / "judgements.csv")
                               if j["report_id"] in insp})
        assert con.sql("SELECT count(*) FROM report_documents").fetchone()[0] == len(
            {r["report_id"] for r in read_rows(out / "reports.csv")})
    finally:
        con.close()


def check_xlsx(out: Path) -> None:
    from openpyxl import load_workbook

    counts = csv_counts(out)
    wb = load_workbook(out / XLSX_FILE, read_only=True)
    assert wb.sheetnames == ["columns", *TABLES]
    described = {(r[0], r[1]) for r in wb["columns"].iter_rows(values_only=True) if len(r) > 1}
    assert {(t, c) for t, cols in TABLES.items() for c in cols} <= described
    for table, cols in TABLES.items():
        rows = list(wb[table].iter_rows(values_only=True))
        assert list(rows[0]) == cols
        assert len(rows) - 1 == counts[table], table
    wb.close()


def check_frictionless(out: Path) -> None:
    from frictionless import validate

    report = validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_every_format_loads_in_its_own_tool_with_the_csv_rows(seed_run: Path) -> None:
    check_parquet(seed_run)
    check_duckdb(seed_run)
    check_xlsx(seed_run)


def test_frictionless_validates_the_data_package(seed_run: Path) -> None:
    check_frictionless(seed_run)


def test_frictionless_catches_a_broken_table(seed_run: Path, tmp_path: Path) -> None:
    for f in seed_run.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    shutil.copy(seed_run / "datapackage.json", tmp_path / "datapackage.json")
    path = tmp_path / "judgements.csv"
    text = path.read_text(encoding="utf-8-sig")
    path.write_text("\ufeff" + text.replace(",inadequate,", ",dreadful,", 1), encoding="utf-8")
    from frictionless import validate

    assert not validate(tmp_path / "datapackage.json").valid


def test_csv_starts_with_a_byte_order_mark(seed_run: Path) -> None:
    for table in TABLES:
        data = (seed_run / f"{table}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf" + TABLES[table][0].encode())


def test_parquet_and_xlsx_are_byte_identical_across_exports(seed_run: Path) -> None:
    before = {f: (seed_run / f).read_bytes() for f in (XLSX_FILE, "metrics.parquet")}
    assert run_cli("export", "--out", str(seed_run), "--format", ALL) == 0
    for f, data in before.items():
        assert (seed_run / f).read_bytes() == data, f


def test_a_format_not_asked_for_is_removed(seed_run: Path, tmp_path: Path) -> None:
    out = export_all(seed_run, tmp_path)
    assert (out / XLSX_FILE).exists()
    assert run_cli("export", "--out", str(out)) == 0
    assert not (out / XLSX_FILE).exists() and not (out / DUCKDB_FILE).exists()
    assert not list(out.glob("*.parquet"))
    assert (out / "reports.csv").exists() and (out / "datapackage.json").exists()


def test_format_option() -> None:
    assert parse_formats("parquet") == ("csv", "parquet")
    assert parse_formats("duckdb, XLSX,csv") == ("csv", "xlsx", "duckdb")
    with pytest.raises(ValueError, match="unknown format feather"):
        parse_formats("csv,feather")
    with pytest.raises(SystemExit):
        run_cli("export", "--out", "x", "--format", "feather")


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text() -> None:
    from openpyxl import load_workbook

    rows = [{"report_id": "r", "name": "=HYPERLINK(\"x\")", "role": "inspector",
             "char_start": 3}]
    data = xlsx_bytes({"inspectors": frame("inspectors", rows)})
    ws = load_workbook(io.BytesIO(data))["inspectors"]
    assert ws["B2"].value == "=HYPERLINK(\"x\")" and ws["B2"].data_type == "s"
    assert ws["F2"].value == 3


@needs_corpus()
def test_corpus_in_every_format(corpus_run: Path, tmp_path: Path) -> None:
    out = export_all(corpus_run, tmp_path)
    assert csv_counts(out) == csv_counts(corpus_run)
    check_frictionless(out)
    check_parquet(out)
    check_duckdb(out)
    check_xlsx(out)


@needs_letters()
def test_letters_in_every_format(letters_run: Path, tmp_path: Path) -> None:
    out = export_all(letters_run, tmp_path)
    check_frictionless(out)
    check_parquet(out)
    check_duckdb(out)
    check_xlsx(out)
