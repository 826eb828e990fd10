"""The review site: built for the seeds, checked as files and in a real headless Chromium."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from browser import Chromium, find_chromium
from bs4 import BeautifulSoup
from conftest import GOLD, RAW, run_cli

from pipeline.evaluate import evaluate
from pipeline.site.authorities import period_year, place_name
from pipeline.site.markup import Span, render

HIGHLIGHTED = ("judgements", "dates", "inspectors", "metrics", "improvements")


def _rows(out: Path, table: str) -> list[dict]:
    with open(out / f"{table}.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _per_report(out: Path, table: str) -> Counter:
    return Counter(r["report_id"] for r in _rows(out, table))


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory) -> Path:
    """raw/ -> tables -> site, through `ofsted run --site`."""
    out = tmp_path_factory.mktemp("seeds-site")
    assert run_cli("run", str(RAW), "--out", str(out), "--workers", "1", "--site") == 0
    return out


def _pages(out: Path) -> list[Path]:
    site = out / "site"
    return [site / "index.html", *sorted((site / "reports").glob("*.html")),
            *sorted((site / "authorities").glob("*.html"))]


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


# -- markup ---------------------------------------------------------------------------------

def _span(start: int, end: int, key: str, rank: int = 1) -> Span:
    return Span(start, end, rank, f'class="hl" data-row="{key}"',
                f'class="hl cont" data-of="{key}"')


def test_nested_spans_give_one_element_each_and_keep_the_text() -> None:
    text = "Improve: 79% of plans within 28 days, < national."
    html = render(text, [_span(0, len(text), "p1"), _span(9, 12, "m1"), _span(29, 36, "m2")])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text() == text
    keys = [e["data-row"] for e in soup.find_all(attrs={"data-row": True})]
    assert keys == ["p1", "m1", "m2"]
    assert soup.find(attrs={"data-row": "m1"}).find_parent(attrs={"data-row": "p1"})
    assert soup.find(attrs={"data-row": "m1"}).get_text() == "79%"


def test_crossing_spans_continue_without_a_second_keyed_element() -> None:
    text = "abcdefghij"
    html = render(text, [_span(0, 6, "a"), _span(4, 10, "b")], [(5, '<span class="pg"></span>')])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text() == text
    assert [e["data-row"] for e in soup.find_all(attrs={"data-row": True})] == ["a", "b"]
    assert soup.find(attrs={"data-row": "b"}).get_text() == "ef"
    assert soup.find(attrs={"data-of": "b"}).get_text() == "ghij"
    assert soup.find(class_="pg") is not None


def test_spans_outside_the_text_are_left_to_the_caller() -> None:
    html = render("abc", [_span(2, 9, "x"), _span(1, 1, "empty")])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(attrs={"data-row": "x"}) is None
    assert soup.find(attrs={"data-row": "empty"}) is not None
    assert soup.get_text() == "abc"


def test_authority_names_and_period_years() -> None:
    assert place_name("Cumbria County Council") == "Cumbria"
    assert place_name("London Borough of Hounslow") == "Hounslow"
    assert place_name("Sandwell Metropolitan Borough Council") == "Sandwell"
    assert place_name("Westmorland and Furness") == "Westmorland and Furness"
    assert period_year("2013\u201314") == 2014
    assert period_year("at 31 March 2015") == 2015
    assert period_year("in the last 12 months") is None


# -- the site as files ----------------------------------------------------------------------

def test_site_has_a_page_per_report_and_authority(seeds_site: Path) -> None:
    reports = _rows(seeds_site, "reports")
    readable = {r["report_id"] for r in reports if r["status"] != "failed"}
    pages = {p.stem for p in (seeds_site / "site" / "reports").glob("*.html")}
    assert pages == readable
    index = _soup(seeds_site / "site" / "index.html")
    assert len(index.select("#reports tbody tr")) == len(reports)
    failed = [r for r in reports if r["status"] != "ok"]
    assert failed, "the seeds include a file that cannot be read (raw/README.md)"
    listed = index.find(id="not-read").find_next("table").get_text()
    for r in failed:
        assert r["source_path"] in listed and r["error"] in listed
    authorities = list((seeds_site / "site" / "authorities").glob("*.html"))
    assert {p.stem for p in authorities} == {"cumbria", "westmorland-and-furness"}
    for p in authorities:
        for img in _soup(p).find_all("img"):
            assert (p.parent / img["src"]).resolve().is_file(), img["src"]


def test_every_extracted_row_has_exactly_one_highlight(seeds_site: Path) -> None:
    for table in HIGHLIGHTED:
        want = defaultdict(int, _per_report(seeds_site, table))
        for page in (seeds_site / "site" / "reports").glob("*.html"):
            soup = _soup(page)
            keys = [e["data-row"] for e in soup.find_all(attrs={"data-table": table})]
            assert len(keys) == len(set(keys)) == want[page.stem], (table, page.stem)
    metric_ids = defaultdict(set)
    for r in _rows(seeds_site, "metrics"):
        metric_ids[r["report_id"]].add(r["metric_id"])
    for rid, ids in metric_ids.items():
        soup = _soup(seeds_site / "site" / "reports" / f"{rid}.html")
        assert {e["data-row"] for e in soup.find_all(attrs={"data-table": "metrics"})} == ids


def test_a_highlight_covers_its_row_span_in_the_text(seeds_site: Path) -> None:
    for r in _rows(seeds_site, "metrics")[:60]:
        text = (seeds_site / "text" / f"{r['report_id']}.txt").read_text(encoding="utf-8")
        soup = _soup(seeds_site / "site" / "reports" / f"{r['report_id']}.html")
        el = soup.find(attrs={"data-table": "metrics", "data-row": r["metric_id"]})
        pieces = [el.get_text()] + [c.get_text() for c in soup.find_all(
            attrs={"data-part-of": f"metrics {r['metric_id']}"})]
        assert "".join(pieces) == text[int(r["char_start"]):int(r["char_end"])]


def test_site_works_offline(seeds_site: Path) -> None:
    for page in _pages(seeds_site):
        soup = _soup(page)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("a", "href")):
            for el in soup.find_all(tag):
                ref = el.get(attr) or ""
                assert "//" not in ref, f"{page.name}: {tag} {ref}"
                target = ref.split("#")[0]
                if target:
                    assert (page.parent / target).resolve().exists(), f"{page.name}: {ref}"


def test_site_is_deterministic(seeds_site: Path, tmp_path: Path) -> None:
    def digest(site: Path) -> dict[str, str]:
        return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(site.rglob("*")) if p.is_file()}

    first = digest(seeds_site / "site")
    assert run_cli("site", "--out", str(seeds_site)) == 0
    assert digest(seeds_site / "site") == first
    assert any(name.endswith(".svg") for name in first)


def test_site_command_reports_a_missing_run(tmp_path: Path, capsys) -> None:
    assert run_cli("site", "--out", str(tmp_path)) == 1
    assert "reports.csv not found" in capsys.readouterr().err


def test_gold_misses_and_extras_are_marked(seeds_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold-out"
    out.mkdir()
    for p in seeds_site.iterdir():  # a copy, so that the other tests keep their site
        if p.is_file():
            (out / p.name).write_bytes(p.read_bytes())
        elif p.name == "text":
            (out / "text").mkdir()
            for t in p.iterdir():
                (out / "text" / t.name).write_bytes(t.read_bytes())
    assert run_cli("site", "--out", str(out), "--gold", str(GOLD)) == 0
    marks = [m for s in evaluate(GOLD, out).values() for m in s.marks]
    extra = Counter(m["report_id"] for m in marks if m["mark"] == "extra")
    located = Counter(m["report_id"] for m in marks if m["mark"] == "missed" and m.get("span"))
    assert sum(extra.values()) + sum(located.values()) > 0, "the seeds have misses to show"
    for page in (out / "site" / "reports").glob("*.html"):
        soup = _soup(page)
        rid = page.stem
        assert len(soup.find_all(attrs={"data-table": True, "data-gold": "extra"})) == extra[rid]
        assert len(soup.find_all(attrs={"data-gold": "missed"})) == located[rid]
        if any(m["report_id"] == rid for m in marks):
            assert soup.find("section", class_="evaluation") is not None


# -- in a real browser ----------------------------------------------------------------------

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

COUNT_METRICS = "document.querySelectorAll('[data-table=\"metrics\"]').length"
IMAGES_LOADED = "Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"
TABLE_SORTS = ("(() => { const t = document.querySelector('table.sortable');"
               " if (!t) return true; t.tHead.rows[0].cells[0].click();"
               " return t.tHead.rows[0].cells[0].getAttribute('aria-sort') === 'ascending'; })()")


@needs_chromium
def test_pages_load_in_chromium_without_errors_and_count_metrics(seeds_site: Path) -> None:
    metrics = _per_report(seeds_site, "metrics")
    with Chromium(CHROMIUM) as browser:
        for page in _pages(seeds_site):
            loaded = browser.load(page.as_uri(), (COUNT_METRICS, IMAGES_LOADED, TABLE_SORTS))
            assert loaded.errors == [], f"{page.name}: {loaded.errors}"
            assert loaded.values[IMAGES_LOADED] is True, page.name
            assert loaded.values[TABLE_SORTS] is True, page.name
            if page.parent.name == "reports":
                assert loaded.values[COUNT_METRICS] == metrics[page.stem], page.name


@needs_chromium
def test_the_browser_check_sees_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><img src="missing.png"><script>undefinedThing();</script>',
                   encoding="utf-8")
    with Chromium(CHROMIUM) as browser:
        errors = browser.load(bad.as_uri()).errors
    assert any("undefinedThing" in e for e in errors)
    assert any("ERR_FILE_NOT_FOUND" in e for e in errors)
