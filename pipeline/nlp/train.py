"""Train the metric-category classifier and compare it with the rules.

Labels are sentences from published reports with one number each and the category a
person gave it after reading (tests/fixtures/labels/metric_categories.jsonl). The
split is by report, so no report lends sentences to both sides. Three ways of choosing
a category are scored on the held-out part: the keyword rules alone, the spaCy textcat
alone, and the rules with the textcat as fallback where the rules find no topic word.
The best is recorded in the model's meta.json and used by the metrics component.

    ofsted train [--labels FILE] [--path DIR]

The classifier is saved inside the package's pipeline (pipeline/models/ofsted/metrics/
category_textcat, its scores in meta.json there); `ofsted build-model` keeps it there.
Training runs from a checkout: the labels are test fixtures, not package data. It uses
the run time's code (how a number is marked, the metrics rules); nothing at run time
imports this module.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed

from .components.category_model import marked, predict_textcat
from .paths import SHIPPED_CLASSIFIER_DIR
from .resources import load_json

CHECKOUT_ROOT = Path(__file__).resolve().parents[2]
LABELS_FILE = CHECKOUT_ROOT / "tests" / "fixtures" / "labels" / "metric_categories.jsonl"
TEXTCAT_DIR = SHIPPED_CLASSIFIER_DIR
SEED = 0
EPOCHS = 25


def load_labels(path: Path = LABELS_FILE) -> list[dict]:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: labels not found (training runs from a checkout; "
                                f"give --labels FILE)")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def split(rows: list[dict], test_share: int = 3) -> tuple[list[dict], list[dict]]:
    """Hold out about a third of the reports (by a hash of their id), all their rows."""

    def held_out(doc: str) -> bool:
        return int(hashlib.sha256(doc.encode()).hexdigest(), 16) % test_share == 0

    train = [r for r in rows if not held_out(r["doc"])]
    test = [r for r in rows if held_out(r["doc"])]
    return train, test


def category_keys() -> list[str]:
    cats = load_json("categories.json")
    items = cats["categories"] if isinstance(cats, dict) and "categories" in cats else cats
    if isinstance(items, dict):
        return sorted(items)
    return sorted(c["key"] for c in items)


def train_textcat(rows: list[dict], labels: list[str]) -> Language:
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
        "ngram_size": 2, "no_output_layer": False, "length": 65536}})
    for label in labels:
        textcat.add_label(label)
    examples = []
    for r in rows:
        doc = nlp.make_doc(marked(r["sentence"], r["value_text"]))
        cats = {label: float(label == r["category"]) for label in labels}
        examples.append(Example.from_dict(doc, {"cats": cats}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for i in range(0, len(examples), 16):
            nlp.update(examples[i:i + 16], sgd=optimizer, drop=0.1)
    return nlp


def rules_category(sentence: str, value_text: str, raw: bool = False) -> str:
    """What the metrics rules say for this number when they read the sentence alone.

    With raw=True, "" where the rules found no topic word (the fallback's cue).
    """
    from .metrics import MetricExtractor, MetricRules

    if not _RULES:
        _RULES.append(MetricExtractor(MetricRules()))
    found = _RULES[0].extract(sentence)
    cat = None
    for m in found:
        if sentence[m.start:m.end] == value_text:
            cat = m.category
            break
    if cat is None:
        for m in found:
            span = sentence[m.start:m.end]
            if value_text in span or span in value_text:
                cat = m.category
                break
    cat = cat or ""
    return cat if raw else (cat or "other")


_RULES: list = []


def accuracy(pred: list[str], gold: list[str]) -> float:
    return sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold) if gold else 0.0


def run(labels_path: Path = LABELS_FILE, out: Path = TEXTCAT_DIR) -> dict:
    rows = load_labels(labels_path)
    labels = category_keys()
    unknown = sorted({r["category"] for r in rows} - set(labels))
    if unknown:
        raise ValueError(f"labels outside the taxonomy: {unknown}")
    train, test = split(rows)
    nlp = train_textcat(train, labels)
    gold = [r["category"] for r in test]
    by_rules = [rules_category(r["sentence"], r["value_text"]) for r in test]
    by_textcat = [predict_textcat(nlp, r["sentence"], r["value_text"]) for r in test]
    by_rules_raw = [rules_category(r["sentence"], r["value_text"], raw=True) for r in test]
    fallback = [r or t for r, t in zip(by_rules_raw, by_textcat, strict=True)]
    scores = {"rules": accuracy(by_rules, gold), "textcat": accuracy(by_textcat, gold),
              "rules_with_textcat_fallback": accuracy(fallback, gold)}
    # Ties go to the simpler choice: rules, then the fallback, then the textcat alone.
    order = ["rules", "rules_with_textcat_fallback", "textcat"]
    shipped = max(order, key=lambda k: (round(scores[k], 6), -order.index(k)))
    nlp.meta["name"] = "metric_category"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "Metric category classifier (spaCy textcat, bag of words)"
    nlp.meta["ofsted"] = {
        "labels_file": str(labels_path.relative_to(CHECKOUT_ROOT)) if
        labels_path.is_relative_to(CHECKOUT_ROOT) else str(labels_path),
        "n_labels": len(rows), "n_train": len(train), "n_test": len(test),
        "split": "by report, sha256(doc) % 3 == 0 held out",
        "held_out_accuracy": {k: round(v, 4) for k, v in scores.items()},
        "shipped": shipped, "seed": SEED, "epochs": EPOCHS,
    }
    nlp.to_disk(out)
    return nlp.meta["ofsted"]
