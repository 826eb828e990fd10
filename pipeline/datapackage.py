"""datapackage.json: the table set as a Frictionless Tabular Data Package, one Table Schema
per CSV file (types, primary and foreign keys, the contract's key sets as enumerations),
so that `frictionless validate OUT/datapackage.json` checks every file against the
contract."""

from __future__ import annotations

import json

from .contract import (
    COLUMN_PATTERNS,
    CONTRACT_VERSION,
    FOREIGN_KEYS,
    GRADE_CODES,
    KEY_SETS,
    PRIMARY_KEYS,
    TABLES,
    column_type,
    describe,
)
from .timeline import (
    EES_COLUMNS,
    EES_FILTERS,
    EES_INDICATORS,
    EES_META_COLUMNS,
    EES_NAME,
    NOT_APPLICABLE,
    NOT_AVAILABLE,
)

# Every CSV but the official-statistics pair starts with a byte-order mark (README:
# "Encoding"); Python's utf-8-sig reads both kinds.
CSV_ENCODING = "utf-8-sig"
GRADE_CODE_VALUES = sorted(set(GRADE_CODES.values()))


def _field(table: str, col: str) -> dict:
    field: dict = {"name": col, "type": column_type(table, col)}
    text = describe(table, col)
    if text:
        field["description"] = text
    if (table, col) in KEY_SETS:
        field["constraints"] = {"enum": list(KEY_SETS[(table, col)])}
    elif (table, col) in COLUMN_PATTERNS:
        field["constraints"] = {"pattern": COLUMN_PATTERNS[(table, col)]}
    elif col.endswith("_code") and field["type"] == "integer":
        field["constraints"] = {"enum": GRADE_CODE_VALUES}
    return field


def _table_resource(table: str) -> dict:
    schema: dict = {
        "fields": [_field(table, c) for c in TABLES[table]],
        "primaryKey": PRIMARY_KEYS[table],
        "missingValues": [""],
    }
    fks = [{"fields": col, "reference": {"resource": "" if ref == table else ref,
                                         "fields": ref_col}}
           for col, ref, ref_col in FOREIGN_KEYS.get(table, [])]
    if fks:
        schema["foreignKeys"] = fks
    return {
        "name": table,
        "path": f"{table}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": CSV_ENCODING,
        "schema": schema,
    }


def _ees_resources() -> list[dict]:
    fields = []
    for col in EES_COLUMNS:
        field: dict = {"name": col, "type": "string"}
        if col == "time_period":
            field.update(type="integer", description="financial year, e.g. 202324")
        elif col == "inspection_end_date":
            field.update(type="date", description=EES_FILTERS[col][0])
        elif col in EES_INDICATORS:
            field.update(type="integer", description=EES_INDICATORS[col][0],
                         constraints={"enum": GRADE_CODE_VALUES})
        fields.append(field)
    data = {
        "name": EES_NAME,
        "path": f"{EES_NAME}.csv",
        "profile": "tabular-data-resource",
        "description": "inspections.csv in the layout of DfE's open data standards for "
                       "official statistics; z: no grade given, x: not in these tables",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, "missingValues": ["", NOT_APPLICABLE, NOT_AVAILABLE]},
    }
    meta = {
        "name": f"{EES_NAME}_meta",
        "path": f"{EES_NAME}.meta.csv",
        "profile": "tabular-data-resource",
        "description": f"the EES metadata file of {EES_NAME}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": [{"name": c, "type": "integer" if c == "indicator_dp"
                               else "string"} for c in EES_META_COLUMNS],
                   "primaryKey": ["col_name"]},
    }
    return [data, meta]


def datapackage() -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "ofsted-pipeline-tables",
        "title": "Tables read from Ofsted inspection reports on local authority "
                 "children's services",
        "description": "Written by ofsted-pipeline; columns and key sets as in "
                       f"OUTPUT_CONTRACT.md (contract version {CONTRACT_VERSION}).",
        "version": CONTRACT_VERSION,
        "resources": [*(_table_resource(t) for t in TABLES), *_ees_resources()],
    }


def datapackage_json() -> str:
    return json.dumps(datapackage(), indent=1, ensure_ascii=False) + "\n"
