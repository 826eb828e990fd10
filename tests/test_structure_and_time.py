"""The shared structure layer, the framework, the soft deadline, and time linear in the text."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from conftest import RAW
from pdfgen import make_pdf

from pipeline.ingest import ingest_bytes
from pipeline.nlp.analyse import make_doc, records_from_doc
from pipeline.nlp.build import load_nlp
from pipeline.nlp.components.framework import framework_of
from pipeline.nlp.metrics import MetricExtractor, MetricRules
from pipeline.nlp.structure import TextIndex, sentence_starts, text_sentence_starts

# "Finishes in seconds, not minutes": generous, since the machine may be shared.
SECONDS = 20.0


def _run(name: str, data: bytes, deadline_in: float | None = None) -> tuple[dict, float]:
    t0 = time.monotonic()
    ing = ingest_bytes(Path(name), data)
    deadline = time.monotonic() + deadline_in if deadline_in is not None else None
    doc = make_doc(ing.norm.text, ing.norm.page_runs, ing.norm.footnotes, deadline=deadline)
    rec = records_from_doc(doc)
    return rec, time.monotonic() - t0


def table_pdf(rows: int) -> bytes:
    """An annex of `rows` data rows, 50 a page, under a title: no row ends in a stop."""
    rnd = random.Random(rows)
    lines = ["Annex A: data for the year", "",
             "Children looked after, rate per 10,000 and share placed out of area", ""]
    for i in range(rows):
        lines.append(f"Area {i} {rnd.randint(10, 9999):,} {rnd.randint(1, 99)}.{rnd.randint(0, 9)}%"
                     f" {rnd.randint(1, 500)} {rnd.randint(1, 99)}% {rnd.randint(1, 200)}")
    return make_pdf([lines[i:i + 50] for i in range(0, len(lines), 50)])


def figures_and_signs(size: int, seed: int = 0, newlines: float = 0.1) -> str:
    """Text of nothing but figures in the forms reports write them, and signs; a line
    ends after a figure with probability `newlines`."""
    rnd = random.Random(seed)
    forms = ["{}%", "£{:,}", "{}.5", "-{}", "({})", "{}", "{},000", "{} %", "{}-{}"]
    out: list[str] = []
    n = 0
    while n < size:
        form = rnd.choice(forms)
        tok = form.format(*(rnd.randint(0, 999) for _ in range(form.count("{"))))
        tok += "\n" if rnd.random() < newlines else " "
        out.append(tok)
        n += len(tok)
    return "".join(out)[:size]


# --- one structure layer --------------------------------------------------------------------


def test_plain_text_and_doc_share_one_sentence_definition() -> None:
    text = ("Only 52.5% of 2,000 children\u2019s plans.The next (CAMHS) e.g. this one.\n"
            "1. Item one is here. 14% were placed out of the area. \u00a3200 was paid.\n"
            "- a bullet: No. 5 stays. Dr. Smith said so")
    doc = load_nlp()(text)
    starts = sentence_starts(doc)
    assert starts == text_sentence_starts(text)
    sents = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]
    assert "14% were placed out of the area." in sents  # a figure opens a sentence
    assert "\u00a3200 was paid." in sents
    assert "1. Item one is here." in sents  # a list number does not end one
    assert "- a bullet: No. 5 stays." in sents  # nor does an abbreviation


def test_metrics_read_the_docs_sentences() -> None:
    """A full stop glued to the next sentence ends it for metrics too: the target's
    sentence does not run on into the next one's figures."""
    text = ("At the end of quarter three, this was 80% against a target of 85%.The figures "
            "show reduced attendance by children from 58% to 46%.\n")
    found = MetricExtractor(MetricRules()).extract(text, TextIndex(text))
    by_value = {m.value: m for m in found}
    assert by_value["85"].sent != by_value["58"].sent
    assert by_value["58"].measure == "reduced attendance by children"


def test_framework_is_decided_once_for_every_kind() -> None:
    nlp = load_nlp()
    got = {}
    for path in sorted(RAW.glob("*.txt")):
        ing = ingest_bytes(path, path.read_bytes())
        doc = nlp(ing.norm.text)
        got[doc._.document_type] = doc._.framework
    assert got == {"focused_visit": "focused_visit", "news_article": "news_sif",
                   "unannounced_inspection": "unannounced_2009", "sif_inspection": "sif",
                   "ilacs_inspection": "ilacs_2023"}
    body = "Overall effectiveness Good\n"
    assert framework_of(body, "ilacs_inspection", "2019-05-01") == "ilacs_2018"
    assert framework_of(body, "ilacs_inspection", "2023-01-23") == "ilacs_2023"
    assert framework_of("Judgement Grade\n", "ilacs_inspection", "2026-05-11") == "ilacs_2026"
    assert framework_of(body, "lac_inspection") == "safeguarding_lac_2009"
    assert framework_of(body, "other") == "unknown"


# --- tables stay rows -----------------------------------------------------------------------


def test_table_rows_are_not_joined_into_one_paragraph() -> None:
    ing = ingest_bytes(Path("t.pdf"), table_pdf(40))
    lines = ing.norm.text.splitlines()
    assert sum(1 for ln in lines if ln.startswith("Area ")) == 40
    # Prose wrapped over lines without a gap still joins.
    prose = make_pdf([["The local authority has improved the timeliness of its",
                       "assessments since the last inspection, and 85% are now on time."]])
    text = ingest_bytes(Path("p.pdf"), prose).norm.text
    assert text.count("\n") == 1


# --- time -----------------------------------------------------------------------------------


def test_a_thousand_row_table_finishes_in_seconds() -> None:
    rec, seconds = _run("annex.pdf", table_pdf(1000))
    assert seconds < SECONDS, f"{seconds:.1f} s"
    # A bare table is no Ofsted document (flagged so); nothing stopped at the time limit.
    assert rec["problems"] == ["document type not recognised"]
    assert len(rec["tables"]["metrics"]) > 3000
    assert max(len(r["evidence"]) for r in rec["tables"]["metrics"]) < 200


def test_a_megabyte_of_figures_finishes_in_seconds_ok_or_partial() -> None:
    """With the soft time limit the batch gives a document, a megabyte of figures ends
    in seconds: what finished is kept and the rest is named in the problems."""
    data = figures_and_signs(1_000_000).encode()
    rec, seconds = _run("figures.txt", data, deadline_in=3.0)
    assert seconds < SECONDS, f"{seconds:.1f} s"
    timing = [p for p in rec["problems"] if p != "document type not recognised"]
    assert all(p.endswith("stopped at the time limit") for p in timing), rec["problems"]
    if timing:
        assert "metrics stopped at the time limit" in timing
    assert rec["report"]["document_type"] == "other"


def test_a_passed_deadline_drops_metrics_and_keeps_grades() -> None:
    path = next(RAW.glob("004_*.txt"))  # an ILACS report with grades and figures
    ing = ingest_bytes(path, path.read_bytes())
    doc = make_doc(ing.norm.text, ing.norm.page_runs, ing.norm.footnotes,
                   deadline=time.monotonic() - 1)
    rec = records_from_doc(doc)
    assert rec["tables"]["metrics"] == []
    assert len(rec["tables"]["judgements"]) >= 4
    assert rec["report"]["overall_effectiveness"]
    assert "metrics stopped at the time limit" in rec["problems"]
    full = records_from_doc(make_doc(ing.norm.text, ing.norm.page_runs, ing.norm.footnotes))
    assert full["tables"]["metrics"] and full["problems"] == []


def test_evidence_of_a_very_long_line_is_cut_around_the_value() -> None:
    text = " ".join(f"row {i} has {i % 90}% of the cases" for i in range(400)) + "\n"
    rec = records_from_doc(make_doc(text))
    rows = rec["tables"]["metrics"]
    assert len(rows) >= 300
    for r in rows:
        assert len(r["evidence"]) <= 700
        assert r["value_text"] in r["evidence"]


def one_line_of_figures(size: int, seed: int = 0) -> str:
    """Figures without a line break: a table or a dump read as one paragraph."""
    return figures_and_signs(size, seed, newlines=0.0)


def report_pieces(size: int, seed: int = 0) -> str:
    """Adversarial report-like text: the pieces of test_property_text in random order,
    long lines, lists under lead-ins, numbered paragraphs, headings."""
    from test_property_text import PIECES

    rnd = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        piece = rnd.choice(PIECES)
        piece += " " if rnd.random() < 0.7 else ""
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]


@pytest.mark.parametrize(("make", "size"), [(one_line_of_figures, 5_000),
                                            (report_pieces, 6_000)])
def test_time_grows_linearly_with_the_text(make, size: int) -> None:
    """Four times the text takes about four times as long, not sixteen. CPU time of
    this process, best of two, so that other work on the machine counts less."""
    nlp = load_nlp()

    def best(text: str) -> float:
        times = []
        for _ in range(2):
            t0 = time.process_time()
            make_doc(text, nlp=nlp)
            times.append(time.process_time() - t0)
        return min(times)

    small, large = make(size, seed=1), make(4 * size, seed=1)
    best(small)  # warm the tokenizer's cache and the classifier
    ratio = best(large) / best(small)
    assert ratio < 8.0, f"x4 text took x{ratio:.2f} time"


def test_a_megabyte_of_figures_through_the_cli_with_default_settings(tmp_path: Path) -> None:
    """Without any soft limit set by hand: figures with no word beside them state no
    metric, so the rules pass over them at the cost of one search a number."""
    import csv

    from conftest import run_cli

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "figures.txt").write_text(figures_and_signs(1_000_000))
    started = time.perf_counter()
    assert run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                   "--workers", "1") == 0
    seconds = time.perf_counter() - started
    assert seconds < SECONDS, f"{seconds:.1f} s"
    with open(tmp_path / "out" / "reports.csv", encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["status"], row["error"]) == ("partial", "document type not recognised")
    assert row["n_metrics"] == "0"


def test_a_figure_needs_a_word_beside_it() -> None:
    figures = "12% 45 £300 7.5 " * 40
    text = figures + "\nOnly 52% of plans were reviewed on time.\n"
    found = MetricExtractor(MetricRules()).extract(text)
    window = MetricRules().window
    # Figures further than the window from any word are passed over; 52% is kept.
    assert found and all(m.start >= len(figures) - window for m in found)
    assert "52" in [m.value for m in found]
