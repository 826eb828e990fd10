"""`make pretrain` (pipeline/nlp/learn/pretrain.py) and Settings.init_tok2vec: the span
model's tok2vec pretrained with spaCy's own machinery on the train reports' text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy
import pytest
from conftest import ROOT
from spacy.training.pretrain import pretrain as spacy_pretrain
from thinc.api import Config

import pipeline.nlp  # noqa: F401  (registers the tokenizer and the suggester)
from pipeline.nlp.learn import pretrain as pt
from pipeline.nlp.learn.data import load_records
from pipeline.nlp.learn.train import Settings, build, load_tok2vec


def _weights(nlp) -> dict[tuple[int, str], numpy.ndarray]:
    tok2vec = nlp.get_pipe("spans").model.get_ref("tok2vec")
    return {(i, name): numpy.array(node.get_param(name)).copy()
            for i, node in enumerate(tok2vec.walk()) for name in node.param_names
            if node.has_param(name)}


def _span_model() -> object:
    nlp = build(Settings(), ["a", "b"], ["c", "d"])
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def tiny_weights(tmp_path_factory) -> Path:
    """One epoch of spaCy's pretraining on a few invented lines."""
    tmp = tmp_path_factory.mktemp("pretrain")
    raw = tmp / "raw.jsonl"
    raw.write_text("".join(
        json.dumps({"text": f"The re-referral rate fell to {i}% in 2016, below the "
                            "national average of 22%."}) + "\n" for i in range(40)))
    spacy_pretrain(Config(pt.pretrain_config(Settings(), raw, 1)), tmp, silent=True)
    return tmp / "model-last.bin"


def test_pretrained_weights_load_into_the_span_models_tok2vec(tiny_weights: Path) -> None:
    nlp = _span_model()
    before = _weights(nlp)
    load_tok2vec(nlp, tiny_weights)
    after = _weights(nlp)
    assert before.keys() == after.keys()
    changed = [k for k in before if not numpy.array_equal(before[k], after[k])]
    assert changed, "loading the pretrained file left every tok2vec weight as it was"
    # only the encoder: the span scorer keeps its own weights
    assert nlp.get_pipe("spans").model.get_ref("tok2vec").to_bytes() == \
        tiny_weights.read_bytes()


def test_weights_of_another_shape_are_refused(tiny_weights: Path) -> None:
    nlp = build(Settings(width=32), ["a", "b"], ["c", "d"])
    nlp.initialize()
    with pytest.raises(ValueError):
        load_tok2vec(nlp, tiny_weights)


def test_pretraining_reads_no_dev_or_test_report() -> None:
    reports = set(pt.train_reports())
    split = {r.source_path: r.split for r in load_records()}
    assert reports
    assert not {src for src in reports if split.get(src) in ("dev", "test")}


def test_pretrain_config_pretrains_the_span_components_tok2vec(tmp_path: Path) -> None:
    config = pt.pretrain_config(Settings(), tmp_path / "raw.jsonl", 3)
    assert config["pretraining"]["component"] == "spans"
    assert config["pretraining"]["layer"] == "tok2vec"
    assert config["pretraining"]["max_epochs"] == 3
    assert config["pretraining"]["objective"]["@architectures"] == "spacy.PretrainCharacters.v1"


def test_make_pretrain_skips_without_the_corpus(tmp_path: Path) -> None:
    out = tmp_path / "tok2vec.bin"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.nlp.learn.pretrain", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True,
        env={"OFSTED_CORPUS": str(tmp_path / "no-corpus"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert "skipped" in done.stdout
    assert not out.exists()
