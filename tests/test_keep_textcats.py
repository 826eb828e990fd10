"""`python -m pipeline.nlp.learn --keep-textcats MODEL` (run.py): only the span model is
trained anew; the category and role classifiers, and what they were trained to read, are
those of the saved model."""

from __future__ import annotations

import pytest
from spacy.training import Example
from spacy.util import fix_random_seed

import pipeline.nlp  # noqa: F401  (registers the tokenizer and the suggester)
from pipeline.nlp.components.fields_model import INPUTS_KEY
from pipeline.nlp.learn.data import Gold, Record
from pipeline.nlp.learn.run import kept_textcats, with_textcats
from pipeline.nlp.learn.train import Settings, build, train

CATEGORIES = ["other", "re_referrals"]
ROLES = ["observed", "national_average"]


def _built(seed: int, label: str):
    fix_random_seed(seed)
    nlp = build(Settings(), CATEGORIES, ROLES)
    optimizer = nlp.initialize()
    for name, labels, text in (("category", CATEGORIES, "the re-referral rate was 19%"),
                               ("role", ROLES, "the national average of 22%")):
        doc = nlp.make_doc(text)
        cats = {k: float(k == (label if name == "category" else labels[-1])) for k in labels}
        nlp.get_pipe(name).update([Example.from_dict(doc, {"cats": cats})], sgd=optimizer)
    return nlp


def test_the_classifiers_are_the_kept_models_and_the_span_model_stays() -> None:
    new, kept = _built(0, "other"), _built(1, "re_referrals")
    kept.meta[INPUTS_KEY] = {"category_context": True, "category_keywords": False}
    spans = new.get_pipe("spans")
    spans_bytes = spans.to_bytes()
    assert new.get_pipe("category").to_bytes() != kept.get_pipe("category").to_bytes()
    with_textcats(new, kept)
    assert new.pipe_names == ["spans", "category", "role"]
    assert new.get_pipe("spans") is spans and spans.to_bytes() == spans_bytes
    for name in ("category", "role"):
        assert new.get_pipe(name).to_bytes() == kept.get_pipe(name).to_bytes()
    assert new.meta[INPUTS_KEY] == kept.meta[INPUTS_KEY]
    doc = new.get_pipe("category")(new.make_doc("the re-referral rate was 19%"))
    assert doc.cats == kept.get_pipe("category")(kept.make_doc(doc.text)).cats


def test_keeping_needs_a_saved_model(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="no saved fields model"):
        kept_textcats(tmp_path)


def _record() -> Record:
    text = "The re-referral rate fell to 19% in 2016, below the national average of 22%."
    links = {"measure": (4, 21), "population": None, "period": (35, 39)}
    golds = [Gold(text.index("19%"), text.index("19%") + 3, 19.0, "percent", "observed",
                  "re_referrals", links),
             Gold(text.index("22%"), text.index("22%") + 3, 22.0, "percent",
                  "national_average", "re_referrals", links)]
    return Record("a.pdf", "train", text, 0, 0, len(text), golds)


def test_keeping_trains_the_span_model_alone_and_the_same_one() -> None:
    """train(textcats=False), as --keep-textcats calls it: no classifier epoch is run, and
    the span model is the one a full training makes (trained first, weights of its own)."""
    settings = Settings(width=16, depth=1, embed_rows=(50, 50, 50, 50, 8), hidden=8,
                        span_epochs=1, textcat_epochs=1, batch=2)
    said: dict[bool, list[str]] = {True: [], False: []}
    models = {}
    for textcats in (True, False):
        models[textcats], counts = train([_record()], CATEGORIES, ROLES, settings,
                                         log=said[textcats].append, textcats=textcats)
    assert any(line.strip().startswith("category epoch") for line in said[True])
    assert [line.split()[0] for line in said[False]] == ["spans"]
    assert counts["span_examples"] == 2
    weights = {k: [[node.get_param(n).tobytes() for n in node.param_names if node.has_param(n)]
                   for node in m.get_pipe("spans").model.walk()] for k, m in models.items()}
    assert weights[False] == weights[True]
