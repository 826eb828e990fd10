"""The output contract as code: table columns and key sets.

One source for export, evaluation and the schema file (OUTPUT_CONTRACT.md beside this file
says the same in prose; keep the two in step).
"""

from __future__ import annotations

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
        "pages",
        "n_judgements",
        "n_metrics",
        "n_inspectors",
        # added columns (the contract allows additions)
        "source_format",
        "text_engine",
        "encoding",
        "n_chars",
    ],
    "judgements": [
        "report_id",
        "area",
        "area_label",
        "grade",
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

# Tables whose rows come from the text of one document (everything but reports).
RECORD_TABLES = [t for t in TABLES if t != "reports"]

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
    "news_article",
    "other",
)

GRADES = ("outstanding", "good", "requires_improvement", "inadequate", "adequate")

JUDGEMENT_SOURCES = ("table", "heading", "prose")

INSPECTOR_ROLES = (
    "lead_inspector",
    "deputy_lead_inspector",
    "team_inspector",
    "inspector",
    "quality_assurance_manager",
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
}


def schema() -> dict:
    """The machine-readable schema written beside the tables."""
    return {
        "contract_version": CONTRACT_VERSION,
        "tables": {
            name: {
                "file": f"{name}.csv",
                "columns": cols,
                "keys": {
                    col: list(KEY_SETS[(name, col)])
                    for col in cols
                    if (name, col) in KEY_SETS
                },
            }
            for name, cols in TABLES.items()
        },
    }
