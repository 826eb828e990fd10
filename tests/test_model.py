"""The saved pipeline under models/ is what the sources build, and spaCy loads it alone."""

from __future__ import annotations

import filecmp
from pathlib import Path

import spacy
from conftest import ROOT

MODEL = ROOT / "pipeline" / "models" / "ofsted"


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_rebuilding_from_sources_gives_the_committed_model(tmp_path: Path) -> None:
    from pipeline.nlp.build import save

    fresh = save(tmp_path / "ofsted")
    assert _files(fresh) == _files(MODEL)
    for rel in _files(fresh):
        assert filecmp.cmp(fresh / rel, MODEL / rel, shallow=False), (
            f"pipeline/models/ofsted/{rel} differs from a rebuild: run `make model` and commit it")


def test_spacy_load_works_on_the_model_folder() -> None:
    nlp = spacy.load(MODEL)
    assert "sections" in nlp.pipe_names and "metrics" in nlp.pipe_names
    doc = nlp("Inspection of Testshire local authority children's services\n")
    assert doc.has_annotation("SENT_START")


def test_tokenizer_keeps_numbers_and_splits_sentence_ends() -> None:
    nlp = spacy.load(MODEL)
    text = "Only 52.5% of 2,000 children\u2019s plans.The next (CAMHS) e.g. this\n1. Item"
    doc = nlp.make_doc(text)
    assert doc.text == text
    words = [t.text for t in doc]
    for kept in ("52.5", "%", "2,000", "children\u2019s", "plans", ".", "The", "CAMHS"):
        assert kept in words
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Only 52.5% of 2,000 children\u2019s plans.", "The next (CAMHS) e.g. this", "1. Item"]
