from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
LETTERS = CORPUS / "letters"
GOLD = ROOT / "tests" / "fixtures" / "gold"
RAW = ROOT / "raw"

sys.path.insert(0, str(Path(__file__).parent))  # for pdfgen


def needs_corpus() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not (CORPUS / "pdf").is_dir(),
                              reason="../shared/corpus is absent (fresh clone)")


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    """One full run over the development corpus, shared by every test that needs it."""
    out = tmp_path_factory.mktemp("corpus")
    assert run_cli("run", str(CORPUS / "pdf"), "--out", str(out)) == 0
    return out


def needs_letters() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not (LETTERS / "pdf").is_dir(),
                              reason="../shared/corpus/letters is absent (fresh clone)")


@pytest.fixture(scope="session")
def letters_run(tmp_path_factory) -> Path:
    """One full run over the letters of the development corpus."""
    out = tmp_path_factory.mktemp("letters")
    assert run_cli("run", str(LETTERS / "pdf"), "--out", str(out)) == 0
    return out


def read_rows(path: Path) -> list[dict]:
    """A table as the pipeline writes it (UTF-8 with a byte-order mark)."""
    import csv

    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def run_cli(*args: str) -> int:
    from pipeline.cli import main

    return main(list(args))


@pytest.fixture(scope="module")
def nlp():
    """The pipeline built from the sources, for tests on small texts."""
    from pipeline.nlp.build import build_nlp

    return build_nlp()


def records_of(nlp, text: str) -> dict:
    """Table rows of a text, each component called directly so that an error in one
    surfaces in the test instead of becoming a `partial` problem."""
    from pipeline.nlp.analyse import records_from_doc

    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return records_from_doc(doc)


def dates_of(rec: dict, kind: str) -> list[tuple[str, str]]:
    """(date, precision) of each row of one kind in a text's dates table."""
    return [(r["date"], r["precision"]) for r in rec["tables"]["dates"] if r["kind"] == kind]


@lru_cache(maxsize=1)
def _metric_extractor():
    from pipeline.nlp.metrics import MetricExtractor, MetricRules

    return MetricExtractor(MetricRules())


def metrics_in(text: str) -> list:
    """The metric rules' numbers in a sentence (the rules alone, no trained fields)."""
    return _metric_extractor().extract(text)


def metric_values(text: str) -> list[tuple[str, str, str]]:
    """(value as written, value, unit) of each number the metric rules find in a sentence."""
    return [(m.value_text, m.value, m.unit) for m in metrics_in(text)]
