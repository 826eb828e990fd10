"""The output contract as code: table columns and key sets.

One source for export, evaluation and the schema file (OUTPUT_CONTRACT.md beside this file
says the same in prose; keep the two in step).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

CONTRACT_VERSION = "1"

EVIDENCE = ["page", "char_start", "char_end", "evidence"]

TABLES: dict[str, list[str]] = {
    "reports": [
        "report_id",
        "source_path",
        "sha256",
        "status",
        "error",
        "document_type",
        "local_authority",
        "inspection_start",
        "inspection_end",
        "publication_date",
        "lead_inspector",
        "overall_effectiveness",
        "overall_effectiveness_code",
        "pages",
        "n_judgements",
        "n_metrics",
        "n_inspectors",
        # added columns (the contract allows additions)
        "source_format",
        "text_engine",
        "encoding",
        "n_chars",
        # the authority's codes (pipeline/reference/la_lookup.csv), as on the inspection date
        "la_name",
        "new_la_code",
        "old_la_code",
        "region_code",
        "region_name",
        "ofsted_urn",
    ],
    "judgements": [
        "report_id",
        "area",
        "area_label",
        "grade",
        "grade_code",
        "grade_label",
        "source",
        *EVIDENCE,
    ],
    "inspectors": ["report_id", "name", "role", "designation", *EVIDENCE],
    "dates": ["report_id", "kind", "date", "precision", "text", *EVIDENCE],
    "metrics": [
        "report_id",
        "metric_id",
        "statement_id",
        "value",
        "unit",
        "value_text",
        "role",
        "measure",
        "category",
        "population",
        "period",
        "period_start",
        "period_end",
        "qualifier",
        "area",
        "paragraph",
        *EVIDENCE,
    ],
    "sections": [
        "report_id",
        "section_id",
        "heading",
        "level",
        "area",
        "grade",
        "grade_code",
        "page_start",
        "page_end",
        "char_start",
        "char_end",
        "n_paragraphs",
    ],
    "improvements": [
        "report_id",
        "kind",
        "ordinal",
        "text",
        "area",
        "page",
        "char_start",
        "char_end",
        # added: the sentence the item was read from
        "evidence",
    ],
}


STATUSES = ("ok", "partial", "failed")

DOCUMENT_TYPES = (
    "ilacs_inspection",
    "sif_inspection",
    "sif_reinspection",
    "lac_inspection",
    "safeguarding_inspection",
    "unannounced_inspection",
    "focused_visit",
    "monitoring_visit",
    "jtai",
    "area_send_inspection",
    "news_article",
    "other",
)

# What each kind of document states, so that a report missing one is `partial` (with
# the reason), not `ok`. A JTAI letter is signed by the heads of the inspectorates and
# names no lead inspector; a news article need not date the inspection. A document of
# no known kind (`other`) is partial too: nothing was read from it as a report.
EXPECTED_FIELDS: dict[str, tuple[str, ...]] = {
    **{kind: ("local_authority", "inspection_start", "lead_inspector")
       for kind in DOCUMENT_TYPES if kind not in ("jtai", "news_article", "other")},
    "jtai": ("local_authority", "inspection_start"),
    "news_article": ("local_authority",),
    "other": (),
}

GRADES = ("outstanding", "good", "requires_improvement", "inadequate", "adequate")

CURRENT_AREAS = (
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "children_in_care_and_care_leavers",
    "care_leavers",
    "looked_after_and_permanence",
    "adoption_performance",
    "leadership_management_governance",
    "lscb",
)

# Plain-English names of the areas (workbook, data package and EES labels).
AREA_LABELS = {
    "overall_effectiveness": "Overall effectiveness",
    "impact_of_leaders": "Impact of leaders on social work practice",
    "help_and_protection": "Experiences and progress of children who need help and protection",
    "children_in_care": "Experiences and progress of children in care",
    "children_in_care_and_care_leavers": "Experiences and progress of children in care and "
                                         "care leavers",
    "care_leavers": "Experiences and progress of care leavers",
    "looked_after_and_permanence": "Children looked after and achieving permanence",
    "adoption_performance": "Adoption performance",
    "leadership_management_governance": "Leadership, management and governance",
    "lscb": "Local Safeguarding Children Board",
}
JUDGEMENT_SOURCES = ("table", "heading", "prose")

INSPECTOR_ROLES = (
    "lead_inspector",
    "deputy_lead_inspector",
    "team_inspector",
    "inspector",
    "quality_assurance_manager",
    "signatory",
)

DATE_KINDS = (
    "inspection_start",
    "inspection_end",
    "publication",
    "previous_inspection",
    "data_as_at",
    "mention",
)
DATE_PRECISIONS = ("day", "month", "year")

METRIC_UNITS = (
    "percent",
    "count",
    "rate_per_10000",
    "gbp",
    "days",
    "weeks",
    "months",
    "years",
    "ratio",
)
METRIC_ROLES = (
    "observed",
    "previous",
    "national_average",
    "comparator",
    "target",
    "range_bound",
)
QUALIFIERS = ("approximately", "only", "over", "under", "almost", "at least")

IMPROVEMENT_KINDS = (
    "needs_to_improve",
    "recommendation",
    "priority_action",
    "strength",
    "area_for_development",
)

# Grade keys as official tables code them (the pre-2013 `adequate` sat where
# `requires_improvement` sits now).
GRADE_CODES: dict[str, int] = {
    "outstanding": 1,
    "good": 2,
    "requires_improvement": 3,
    "adequate": 3,
    "inadequate": 4,
}
# Best to worst, for ordered categoricals (Parquet, DuckDB).
GRADE_ORDER = ("outstanding", "good", "requires_improvement", "adequate", "inadequate")

# Columns holding a grade key, and the column beside each that holds its code.
GRADE_COLUMNS: dict[tuple[str, str], str] = {
    ("reports", "overall_effectiveness"): "overall_effectiveness_code",
    ("judgements", "grade"): "grade_code",
    ("sections", "grade"): "grade_code",
}

# Documents of an inspection or visit of one authority: one row each in inspections.csv.
INSPECTION_TYPES = {
    "ilacs_inspection": ("inspection", "ILACS inspection"),
    "sif_inspection": ("inspection", "Single inspection framework inspection"),
    "sif_reinspection": ("inspection", "Single inspection framework re-inspection"),
    "lac_inspection": ("inspection", "Inspection of looked after children services"),
    "safeguarding_inspection": ("inspection", "Inspection of safeguarding and looked after "
                                              "children services"),
    "unannounced_inspection": ("inspection", "Unannounced inspection of contact, referral "
                                             "and assessment"),
    "jtai": ("inspection", "Joint targeted area inspection"),
    "focused_visit": ("visit", "ILACS focused visit"),
    "monitoring_visit": ("visit", "Monitoring visit"),
}
# Inspections that judge the authority's services (the "previous inspection" of a row).
JUDGED_TYPES = ("ilacs_inspection", "sif_inspection", "sif_reinspection", "lac_inspection",
                "safeguarding_inspection")
EVENTS = ("inspection", "visit")

TABLES["inspections"] = [
    "report_id",
    "source_path",
    "la_name",
    "local_authority",
    "new_la_code",
    "old_la_code",
    "region_code",
    "region_name",
    "ofsted_urn",
    "current_la_code",
    "document_type",
    "event",
    "inspection_start",
    "inspection_end",
    "publication_date",
    "status",
    *(c for area in CURRENT_AREAS for c in (area, f"{area}_code")),
    "other_grades",
    "previous_report_id",
    "previous_inspection_end",
    "previous_overall_effectiveness",
    "previous_overall_effectiveness_code",
    "duplicate_report_ids",
]

# Tables made from the others at export (not from one document's text).
DERIVED_TABLES = ("inspections",)
# Tables whose rows come from the text of one document.
RECORD_TABLES = [t for t in TABLES if t not in ("reports", *DERIVED_TABLES)]

# Frictionless Table Schema types of the columns that are not strings.
_EVIDENCE_TYPES = {"page": "integer", "char_start": "integer", "char_end": "integer"}
COLUMN_TYPES: dict[str, dict[str, str]] = {
    # inspection_start and inspection_end are strings: a day, or a month where the document
    # names only the month of the visit (COLUMN_PATTERNS).
    "reports": {
        "publication_date": "date",
        "overall_effectiveness_code": "integer", "pages": "integer",
        "n_judgements": "integer", "n_metrics": "integer", "n_inspectors": "integer",
        "n_chars": "integer",
    },
    "judgements": {"grade_code": "integer", **_EVIDENCE_TYPES},
    "inspectors": dict(_EVIDENCE_TYPES),
    # `date` stays a string: it is truncated to its precision (`2018-01`, `2022`).
    "dates": dict(_EVIDENCE_TYPES),
    "metrics": {"value": "number", "paragraph": "integer", **_EVIDENCE_TYPES},
    "sections": {"level": "integer", "grade_code": "integer", "page_start": "integer",
                 "page_end": "integer", "char_start": "integer", "char_end": "integer",
                 "n_paragraphs": "integer"},
    "improvements": {"ordinal": "integer", "page": "integer", "char_start": "integer",
                     "char_end": "integer"},
    "inspections": {
        "publication_date": "date", "previous_overall_effectiveness_code": "integer",
        **{f"{area}_code": "integer" for area in CURRENT_AREAS},
    },
}


# Columns holding an ISO date truncated to its precision (`2014-04-01`, `2014-04`, `2014`).
PARTIAL_DATE_PATTERN = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
# An inspection's days, or its month where a document gives no more (`2024-03`).
DAY_OR_MONTH_PATTERN = r"\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
COLUMN_PATTERNS: dict[tuple[str, str], str] = {
    ("metrics", "period_start"): PARTIAL_DATE_PATTERN,
    ("metrics", "period_end"): PARTIAL_DATE_PATTERN,
    **{(table, col): DAY_OR_MONTH_PATTERN
       for table in ("reports", "inspections")
       for col in ("inspection_start", "inspection_end")},
    ("inspections", "previous_inspection_end"): DAY_OR_MONTH_PATTERN,
}


def column_type(table: str, column: str) -> str:
    return COLUMN_TYPES.get(table, {}).get(column, "string")


# Each table's primary key, and the columns that refer to another table's.
PRIMARY_KEYS: dict[str, list[str]] = {
    "reports": ["report_id", "source_path"],
    "judgements": ["report_id", "area", "grade", "source"],
    "inspectors": ["report_id", "name", "role"],
    "dates": ["report_id", "kind", "char_start", "char_end"],
    "metrics": ["metric_id"],
    "sections": ["report_id", "section_id"],
    "improvements": ["report_id", "kind", "ordinal"],
    "inspections": ["report_id"],
}
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    **{t: [("report_id", "reports", "report_id")] for t in RECORD_TABLES},
    "inspections": [("report_id", "reports", "report_id"),
                    ("previous_report_id", "inspections", "report_id")],
}

# Columns whose values must come from a closed key set ("" always allowed).
KEY_SETS: dict[tuple[str, str], tuple[str, ...]] = {
    ("reports", "status"): STATUSES,
    ("reports", "document_type"): DOCUMENT_TYPES,
    ("reports", "overall_effectiveness"): GRADES,
    ("judgements", "grade"): GRADES,
    ("judgements", "source"): JUDGEMENT_SOURCES,
    ("inspectors", "role"): INSPECTOR_ROLES,
    ("dates", "kind"): DATE_KINDS,
    ("dates", "precision"): DATE_PRECISIONS,
    ("metrics", "unit"): METRIC_UNITS,
    ("metrics", "role"): METRIC_ROLES,
    ("metrics", "qualifier"): QUALIFIERS,
    ("improvements", "kind"): IMPROVEMENT_KINDS,
    ("sections", "grade"): GRADES,
    ("inspections", "status"): STATUSES,
    ("inspections", "document_type"): tuple(INSPECTION_TYPES),
    ("inspections", "event"): EVENTS,
    ("inspections", "previous_overall_effectiveness"): GRADES,
    **{("inspections", area): GRADES for area in CURRENT_AREAS},
}


def schema() -> dict:
    """The machine-readable schema written beside the tables."""
    return {
        "contract_version": CONTRACT_VERSION,
        "grade_codes": dict(GRADE_CODES),
        "tables": {
            name: {
                "file": f"{name}.csv",
                "columns": cols,
                "types": {col: column_type(name, col) for col in cols},
                "primary_key": PRIMARY_KEYS[name],
                "keys": {
                    col: list(KEY_SETS[(name, col)])
                    for col in cols
                    if (name, col) in KEY_SETS
                },
            }
            for name, cols in TABLES.items()
        },
    }


@lru_cache(maxsize=1)
def _descriptions() -> dict:
    return json.loads((Path(__file__).with_name("columns.json")).read_text(encoding="utf-8"))


GRADE_CODE_MEANING = "1 outstanding, 2 good, 3 requires improvement (or adequate), 4 inadequate"


def describe(table: str, column: str) -> str:
    """What a column holds, in a line (from columns.json)."""
    given = _descriptions().get(table, {}).get(column) or _descriptions()["evidence"].get(column)
    if given:
        return given
    for (t, col), code_col in GRADE_COLUMNS.items():
        if t == table and code_col == column:
            return f"code of {col}: {GRADE_CODE_MEANING}"
    if table == "inspections":
        area = column.removesuffix("_code")
        if area in AREA_LABELS:
            if column.endswith("_code"):
                return f"code of {area}: {GRADE_CODE_MEANING}"
            return f"grade: {AREA_LABELS[area]}"
    return ""
