"""Metrics: one span per number that measures something, in doc.spans["metrics"].

The rules (number forms, exclusions, role and qualifier cues, periods, populations and the
category taxonomy) are data in resources/metrics_rules.json and resources/categories.json;
metrics_rules.py applies them to the text. This component adds the spans with their rows.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import add_span, area_at, sentence_bounds, text_of
from .base import RuleComponent
from .metrics_rules import CATEGORIES_FILE, RULES_FILE, MetricExtractor, MetricRules


@Language.factory("ofsted_metrics", default_config={"use_classifier": True})
def make_metrics(nlp: Language, name: str, use_classifier: bool) -> MetricsComponent:
    return MetricsComponent(nlp, name, use_classifier)


class MetricsComponent(RuleComponent):
    """Rules find and describe the numbers; a trained textcat may pick their category.

    `ofsted train` scores the rules, the classifier and the rules with the classifier
    as fallback on held-out labels and records the winner in the classifier's meta;
    this component follows that record (`shipped`).
    """

    resource_files = (RULES_FILE, CATEGORIES_FILE)
    classifier_dir = "category_textcat"

    def __init__(self, nlp: Language, name: str, use_classifier: bool = True) -> None:
        self.use_classifier = use_classifier
        self.classifier: Language | None = None
        self.mode = "rules"
        super().__init__(nlp, name)
        if use_classifier:
            from ..train import TEXTCAT_DIR

            self._load_classifier(TEXTCAT_DIR)

    def load_resources(self, base: Path) -> None:
        self.extractor = MetricExtractor(MetricRules(base))

    def _load_classifier(self, path: Path) -> None:
        if not (path / "config.cfg").exists():
            return
        clf = spacy.load(path)
        mode = clf.meta.get("ofsted", {}).get("shipped", "rules")
        if mode != "rules":
            self.classifier, self.mode = clf, mode

    def to_disk(self, path: Path, *, exclude=()) -> None:
        super().to_disk(path, exclude=exclude)
        if self.classifier is not None:
            self.classifier.to_disk(Path(path) / self.classifier_dir)

    def from_disk(self, path: Path, *, exclude=()):
        super().from_disk(path, exclude=exclude)
        self.classifier, self.mode = None, "rules"
        if self.use_classifier:
            self._load_classifier(Path(path) / self.classifier_dir)
        return self

    def _classify(self, doc: Doc, start: int, end: int, rule_category: str) -> str:
        """The rules' category; "" from the rules means they found no topic word."""
        if self.classifier is None or (self.mode != "textcat" and rule_category):
            return rule_category or "other"
        from ..train import predict_textcat

        lo, hi = sentence_bounds(doc, start, end)
        text = text_of(doc)
        return predict_textcat(self.classifier, text[lo:hi].strip(), text[start:end])

    def __call__(self, doc: Doc) -> Doc:
        if "metrics" not in doc.spans:
            doc.spans["metrics"] = []
        for i, m in enumerate(self.extractor.extract(text_of(doc)), start=1):
            fields = {"metric_id": f"m{i:04d}", "statement_id": f"st{m.statement:03d}"}
            fields.update(m.fields())
            fields["area"] = area_at(doc, m.start)
            fields["category"] = self._classify(doc, m.start, m.end, fields["category"])
            add_span(doc, "metrics", m.start, m.end, fields)
        return doc
