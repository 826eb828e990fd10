"""Which reports belong to one authority, and when each report and value falls."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def _names() -> dict:
    return json.loads((HERE / "authority_names.json").read_text(encoding="utf-8"))


def place_name(name: str) -> str:
    """'London Borough of Hounslow' -> 'Hounslow', 'Cumbria County Council' -> 'Cumbria'."""
    text = " ".join(name.replace("&", "and").replace("St.", "St").split())
    low = text.lower()
    for p in _names()["prefixes"]:
        if low.startswith(p.lower() + " "):
            text = text[len(p) + 1:]
            break
    low = text.lower()
    for s in _names()["suffixes"]:
        if low.endswith(" " + s.lower()):
            text = text[: -len(s) - 1]
            break
    return text.strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def report_date(report: dict) -> str:
    """The date a report stands for on a timeline (ISO, possibly empty)."""
    return (report.get("inspection_start") or report.get("inspection_end")
            or report.get("publication_date") or "")


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[\u2013\u2014/-]\s*(\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def period_year(period: str) -> int | None:
    """The last year a period names: '2013\u201314' -> 2014, 'at 31 March 2015' -> 2015."""
    years = [int(y) for y in _YEAR.findall(period)]
    for first, last in _YEAR_RANGE.findall(period):
        years.append(int(first[:2] + last))
    return max(years) if years else None


@dataclass
class Authority:
    key: str
    name: str
    slug: str = ""
    reports: list[dict] = field(default_factory=list)  # by date


def group(reports: list[dict]) -> list[Authority]:
    """Reports with an authority, one group per authority code or else per place name."""
    codes = _names()["code_columns"]
    groups: dict[str, list[dict]] = defaultdict(list)
    seen: set[str] = set()
    for r in reports:
        name = (r.get("local_authority") or "").strip()
        if not name or r.get("report_id") in seen:  # identical files: one report
            continue
        seen.add(r.get("report_id", ""))
        code = next((r[c] for c in codes if r.get(c)), "")
        groups[code or place_name(name).lower()].append(r)
    out = []
    for key, rows in groups.items():
        # Undated reports (news articles) last: they have no place on a timeline.
        rows.sort(key=lambda r: (not report_date(r), report_date(r), r.get("source_path", "")))
        out.append(Authority(key, place_name(rows[-1]["local_authority"]), reports=rows))
    out.sort(key=lambda a: (a.name.lower(), a.key))
    used: set[str] = set()
    for a in out:
        a.slug = slug(a.name)
        while a.slug in used:
            a.slug += "-2"
        used.add(a.slug)
    return out
