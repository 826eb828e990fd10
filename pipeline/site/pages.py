"""Write the review site: an index, one page per report and one per authority, in OUT/site/.

The site is static and self-contained (its script and style sheet are copied beside the
pages, charts are SVG files drawn now), so it opens from the file system with no server
and no network.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..contract import CURRENT_AREAS
from . import charts
from .authorities import Authority, group, period_year, report_date
from .gold import Evaluation, ReportMarks, evaluation
from .markup import Span, attrs, fits, page_marks, render
from .tables import Output, Row, TableKind, config, load, row_identity, shown, table_kinds

HERE = Path(__file__).parent
CHART_UNITS = ("percent", "rate_per_10000")  # values comparable across reports and years
INDEX_COLUMNS = ("local_authority", "document_type", "inspection_start", "inspection_end",
                 "publication_date", "overall_effectiveness", "n_judgements", "n_metrics",
                 "n_inspectors", "status", "source_path")


def label(key: str | None) -> str:
    """'help_and_protection' -> 'Help and protection', 'sif_inspection' -> 'SIF inspection'."""
    acronyms = set(config()["acronyms"])
    words = [w.upper() if w in acronyms else w for w in (key or "").split("_") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["label"] = label
    env.filters["shown"] = shown
    return env


@dataclass
class Highlighted:
    html: Markup
    unplaced: list[Markup]  # rows whose span is not in the text, as highlight elements
    counts: dict[str, int]  # kind -> rows


def _describe(kind: TableKind, row: Row) -> str:
    parts = [f"{f}: {shown(row.data[f])}" for f in kind.fields
             if f != "page" and row.data.get(f)]
    return f"{kind.label} {row.key}\n" + "\n".join(parts)


def _row_flags(table: str, row: Row, marks: ReportMarks | None) -> tuple[str, str]:
    """(css class, explanation) for an output row the evaluation flags."""
    if marks is None:
        return "", ""
    ident = row_identity(table, row.data)
    if ident in marks.extra:
        return "gold-extra", "not in the gold (extra)"
    if ident in marks.differs:
        return "gold-differs", "; ".join(f"{f}: gold {g!r}, got {o!r}"
                                         for f, g, o in marks.differs[ident])
    return "", ""


def highlight(output: Output, rid: str, text: str, marks: ReportMarks | None) -> Highlighted:
    spans: list[Span] = []
    unplaced: list[Markup] = []
    counts: dict[str, int] = {}
    for rank, kind in enumerate(table_kinds()):
        rows = output.report_rows(kind.table, rid)
        counts[kind.kind] = len(rows)
        for row in rows:
            flag, why = _row_flags(kind.table, row, marks)
            title = _describe(kind, row) + (f"\nevaluation: {why}" if why else "")
            cls = f"hl hl-{kind.kind} {flag}".strip()
            main = attrs(class_=cls, id=f"hl-{kind.table}-{row.key}", data_table=kind.table,
                         data_row=row.key, data_gold=flag.removeprefix("gold-"),
                         tabindex="0", title=title)
            cont = attrs(class_=cls + " hl-cont", data_part_of=f"{kind.table} {row.key}",
                         title=title)
            span = Span(row.start if row.start is not None else -1,
                        row.end if row.end is not None else -1, rank + 1, main, cont)
            if fits(span, len(text)):
                spans.append(span)
            else:
                unplaced.append(Markup(f"<span {main}>{row.key}</span>"))
    for m in (marks.missed if marks else []):
        if m["table"] == "metrics" and m.get("span"):
            lo, hi = m["span"]
            g = m["gold"]
            title = (f"missed (in the gold, not in the output): {g.get('value')} "
                     f"{g.get('unit')}, {g.get('role')}, {g.get('category')}")
            a = attrs(class_="gold-miss", data_gold="missed", title=title)
            spans.append(Span(lo, hi, 0, a, a))
    html = render(text, spans, page_marks(output.page_runs(rid)))
    return Highlighted(Markup(html), unplaced, counts)


def _panel_data(output: Output, rid: str, marks: ReportMarks | None) -> str:
    hidden = set(config()["hidden_columns"]) - {"evidence"}
    data = {}
    for kind in table_kinds():
        cols = output.columns.get(kind.table, [])
        order = [*[c for c in kind.fields if c in cols],
                 *[c for c in cols if c not in kind.fields and c not in hidden]]
        for row in output.report_rows(kind.table, rid):
            _, why = _row_flags(kind.table, row, marks)
            data[f"{kind.table}:{row.key}"] = {
                "kind": label(kind.kind), "key": row.key,
                "fields": [[c, shown(row.data.get(c, ""))] for c in order],
                "evaluation": why,
            }
    # A script element ends at "</": keep the JSON from ending it early.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def _report_tables(output: Output, rid: str, marks: ReportMarks | None) -> list[dict]:
    out = []
    kinds = {k.table: k for k in table_kinds()}
    for table in [*kinds, *config()["plain_tables"]]:
        cols = [c for c in output.columns.get(table, []) if c != "report_id"]
        rows = []
        for row in output.report_rows(table, rid):
            flag, why = _row_flags(table, row, marks)
            rows.append({"key": row.key, "flag": flag, "why": why,
                         "cells": [shown(row.data.get(c, "")) for c in cols]})
        out.append({"table": table, "label": kinds[table].label if table in kinds
                    else label(table), "highlighted": table in kinds,
                    "columns": cols, "rows": rows})
    return out


def _area_order(areas: set[str]) -> list[str]:
    known = [a for a in CURRENT_AREAS if a in areas]
    return known + sorted(areas - set(known))


def _grade_chart(output: Output, auth: Authority) -> charts.GradeChart | None:
    grades: dict[tuple[int, str], set[str]] = defaultdict(set)
    for i, r in enumerate(auth.reports):
        for row in output.report_rows("judgements", r["report_id"]):
            if row.data.get("area") and row.data.get("grade"):
                grades[(i, row.data["area"])].add(row.data["grade"])
    if not grades:
        return None
    areas = _area_order({a for _, a in grades})
    columns = tuple(f"{report_date(r)[:7] or 'undated'}\n{label(r.get('document_type', ''))}"
                    for r in auth.reports)
    cells = tuple((i, areas.index(a), next(iter(g)) if len(g) == 1 else "?")
                  for (i, a), g in sorted(grades.items()))
    return charts.GradeChart(columns, tuple(label(a) for a in areas), cells)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _authority_metrics(output: Output, auth: Authority) -> tuple[tuple, list[dict]]:
    """Chart panels (one per category, in its most used comparable unit) and table rows."""
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for r in auth.reports:
        year = int(report_date(r)[:4]) if report_date(r)[:4].isdigit() else None
        for row in output.report_rows("metrics", r["report_id"]):
            d = row.data
            by_cat[d.get("category") or "other"].append({
                "report": r, "key": row.key, "data": d,
                "year": period_year(d.get("period", "")) or year})
    panels, groups = [], []
    for cat in sorted(by_cat):
        items = by_cat[cat]
        units = Counter(i["data"].get("unit") for i in items
                        if i["data"].get("unit") in CHART_UNITS)
        if units:
            unit = max(CHART_UNITS, key=lambda u: units[u])
            pts = tuple(sorted((float(i["year"]), v, i["data"].get("role", ""))
                               for i in items if i["data"].get("unit") == unit
                               and i["year"] is not None
                               and (v := _number(i["data"].get("value"))) is not None))
            if len(pts) > 1:  # a single value is no trend: the table below has it
                panels.append(charts.Panel(f"{label(cat)} ({len(pts)})", unit, pts))
        groups.append({"category": cat, "items": items})
    return tuple(panels), groups


def _draw(jobs: list[tuple[str, object]], dest: Path, workers: int) -> None:
    if workers > 1 and len(jobs) > 4:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(charts.draw, jobs, chunksize=4))
    else:
        results = [charts.draw(j) for j in jobs]
    for name, svg in results:
        (dest / name).write_text(svg, encoding="utf-8")


def _write(path: Path, html: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def build(out: Path, gold: Path | None = None, workers: int | None = None) -> Path:
    """Write OUT/site/ from the tables in OUT; return the path of its index page."""
    out = Path(out)
    if not (out / "reports.csv").exists():
        raise FileNotFoundError(f"{out / 'reports.csv'} not found: run `ofsted run` first")
    output = load(out)
    ev: Evaluation | None = evaluation(Path(gold), out) if gold else None
    env = _env()
    site = out / "site"
    tmp = Path(tempfile.mkdtemp(dir=out, prefix=".site-"))
    os.chmod(tmp, 0o755)  # as any other folder the run writes, not mkdtemp's private mode
    try:
        shutil.copytree(HERE / "static", tmp / "static")
        (tmp / "charts").mkdir()
        authorities = group(output.reports)
        auth_of = {r["report_id"]: a for a in authorities for r in a.reports}
        pages: dict[str, dict] = {}
        for r in output.reports:
            rid = r.get("report_id", "")
            if rid in pages or r.get("status") == "failed":
                continue
            text = output.text(rid)
            if text is None:
                continue
            marks = ev.of(rid) if ev else None
            hl = highlight(output, rid, text, marks)
            pages[rid] = {"report": r, "marks": marks}
            _write(tmp / "reports" / f"{rid}.html", env.get_template("report.html").render(
                report=r, report_columns=output.columns["reports"],
                sources=[x["source_path"] for x in output.reports
                         if x.get("report_id") == rid],
                authority=auth_of.get(rid), text=hl.html, unplaced=hl.unplaced,
                kinds=[(k, hl.counts.get(k.kind, 0)) for k in table_kinds()],
                panel_data=Markup(_panel_data(output, rid, marks)),
                tables=_report_tables(output, rid, marks), marks=marks, root="../"))
        jobs: list[tuple[str, object]] = []
        for auth in authorities:
            grade_chart = _grade_chart(output, auth)
            panels, groups = _authority_metrics(output, auth)
            if grade_chart:
                jobs.append((f"{auth.slug}-grades.svg", grade_chart))
            if panels:
                jobs.append((f"{auth.slug}-metrics.svg", panels))
            _write(tmp / "authorities" / f"{auth.slug}.html",
                   env.get_template("authority.html").render(
                       authority=auth, grade_chart=bool(grade_chart), panels=panels,
                       groups=groups, chart_units=CHART_UNITS, pages=pages, root="../"))
        _draw(jobs, tmp / "charts", workers or os.cpu_count() or 1)
        _write(tmp / "index.html", env.get_template("index.html").render(
            reports=output.reports, columns=INDEX_COLUMNS, pages=pages,
            status_counts=sorted(Counter(r.get("status", "") for r in output.reports).items()),
            statuses=sorted({r.get("status", "") for r in output.reports}),
            types=sorted({r.get("document_type", "") for r in output.reports} - {""}),
            authorities=authorities, auth_of=auth_of, evaluation=ev, gold=gold, root=""))
        if site.exists():
            shutil.rmtree(site)
        os.replace(tmp, site)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return site / "index.html"
