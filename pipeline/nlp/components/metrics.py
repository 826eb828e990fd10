"""Metrics: one span per number that measures something, in doc.spans["metrics"].

The rules (number forms, exclusions, role and qualifier cues, periods, populations and the
category taxonomy) are data in resources/metrics_rules.json and resources/categories.json;
the pipeline.nlp.metrics package applies them to the text, with the doc's lines and
sentences. This component adds the spans with their rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import deadline
from ..extensions import add_span, area_at, section_of, text_of
from ..metrics import CATEGORIES_FILE, RULES_FILE, MetricExtractor, MetricRules
from ..metrics.rules import CATEGORY_DECAY, CATEGORY_WINDOW, WINDOW
from ..paths import CLASSIFIER_DIR, FIELDS_DIR, SHIPPED_CLASSIFIER_DIR, SHIPPED_FIELDS_DIR
from ..resources import RuleFileError
from ..structure import TextIndex, sentence_bounds
from .base import RuleComponent
from .category_model import RULES_ONLY, load_classifier, marked
from .fields_model import FieldsModel, apply_fields_model

# The classifier reads a number's sentence; of a longer "sentence" (a table read as
# one line) it reads this many characters on each side of the number.
CLASSIFY_CONTEXT = 500
WORD_RE = re.compile(r"[A-Za-z]{2}")


def area_and_heading(doc: Doc, char: int) -> tuple[str, str]:
    """The judgement area and the heading of the innermost section holding a character
    offset ("" outside any), the section looked up once for both."""
    sec = section_of(doc, char)
    fields = (sec._.fields or {}) if sec is not None else {}
    return fields.get("area") or "", fields.get("heading") or ""


# use_classifier: let the trained textcat pick categories as its training chose;
# use_fields_model: let the trained metric-field models replace the fields (measure,
# population, period, category, role) for which their training chose them;
# window: characters either side of a number read for its cues; category_window and
# category_decay: how far a category keyword may be, and how fast distance outweighs
# a category's priority.
@Language.factory("ofsted_metrics", assigns=["doc.spans", "span._.fields"],
                  requires=["doc.spans", "token.is_sent_start"],
                  default_config={"use_classifier": True, "use_fields_model": True,
                                  "window": WINDOW, "category_window": CATEGORY_WINDOW,
                                  "category_decay": CATEGORY_DECAY})
def make_metrics(nlp: Language, name: str, use_classifier: bool, use_fields_model: bool,
                 window: int, category_window: int, category_decay: float
                 ) -> MetricsComponent:
    return MetricsComponent(nlp, name, use_classifier, window, category_window, category_decay,
                            use_fields_model=use_fields_model)


class MetricsComponent(RuleComponent):
    """Rules find and describe the numbers; trained models may then decide some fields.

    `ofsted train` scores the rules, the category classifier and the rules with the
    classifier as fallback on held-out labels and records the winner in the classifier's
    meta (`mode`). `python -m pipeline.nlp.learn` does the same per field for the
    metric-field models (spans for measure, population and period; classifiers for
    category and role), choosing on its dev split; `fields.shipped` holds the choice.
    """

    rule_files = (RULES_FILE, CATEGORIES_FILE)
    span_groups = ("metrics",)

    def __init__(self, nlp: Language, name: str, use_classifier: bool = True,
                 window: int = WINDOW, category_window: int = CATEGORY_WINDOW,
                 category_decay: float = CATEGORY_DECAY, *,
                 use_fields_model: bool = True) -> None:
        super().__init__(nlp, name)
        self.use_classifier = use_classifier
        self.use_fields_model = use_fields_model
        self.fields: FieldsModel | None = None
        self.settings = {"window": window, "category_window": category_window,
                         "category_decay": category_decay}
        self.classifier: Language | None = None
        self.mode = RULES_ONLY

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *,
                   nlp: Language | None = None, rules: dict[str, Any] | None = None,
                   classifier: str | None = None, fields_model: str | None = None) -> None:
        """Rules as in RuleComponent; `classifier`: a saved textcat (default: the one
        shipped inside the package's pipeline, where `ofsted train` writes it);
        `fields_model`: the saved metric-field models (default: the shipped ones)."""
        super().initialize(get_examples, nlp=nlp, rules=rules)
        if self.use_classifier:
            self._load_classifier(Path(classifier) if classifier else SHIPPED_CLASSIFIER_DIR)
        if self.use_fields_model:
            self._load_fields(Path(fields_model) if fields_model else SHIPPED_FIELDS_DIR)

    def compile(self, rules: dict[str, Any]) -> None:
        self.extractor = MetricExtractor(
            MetricRules(rules[RULES_FILE], rules[CATEGORIES_FILE], **self.settings))

    def _load_classifier(self, path: Path) -> None:
        if not (path / "config.cfg").is_file():
            raise RuleFileError(
                f"{path}: no category classifier (config.cfg) for '{self.name}': run "
                f"`ofsted train`, or set use_classifier = false in the component's config")
        self.classifier, self.mode = load_classifier(path)

    def _load_fields(self, path: Path) -> None:
        if not (path / "config.cfg").is_file():
            raise RuleFileError(
                f"{path}: no metric-field models (config.cfg) for '{self.name}': run "
                f"`make model`, or set use_fields_model = false in the component's config")
        self.fields = FieldsModel.load(path)

    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude=exclude)
        if self.classifier is not None:
            self.classifier.to_disk(Path(path) / CLASSIFIER_DIR)
        if self.fields is not None:
            self.fields.nlp.to_disk(Path(path) / FIELDS_DIR)

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> MetricsComponent:
        super().from_disk(path, exclude=exclude)
        self.classifier, self.mode, self.fields = None, RULES_ONLY, None
        if self.use_classifier:
            self._load_classifier(Path(path) / CLASSIFIER_DIR)
        if self.use_fields_model:
            self._load_fields(Path(path) / FIELDS_DIR)
        return self

    def _classify_all(self, doc: Doc, found: list, rows: list[dict],
                      tick: Callable[[], None]) -> None:
        """Fill in the category of the rows whose rules found no topic word (or of every
        row, when the classifier alone decides), one classifier pass over them all.

        The classifier reads a number's sentence with the number marked; rows with the
        same input share one answer.
        """
        if self.classifier is None or self.mode == RULES_ONLY:
            for f in rows:
                f["category"] = f["category"] or "other"
            return
        text = text_of(doc)
        pending: dict[str, list[dict]] = {}
        for m, f in zip(found, rows, strict=True):
            if self.mode != "textcat" and f["category"]:
                continue
            lo, hi = sentence_bounds(doc, m.start, m.end)
            if hi - lo > 2 * CLASSIFY_CONTEXT:
                lo, hi = max(lo, m.start - CLASSIFY_CONTEXT), min(hi, m.end + CLASSIFY_CONTEXT)
            value_text = text[m.start:m.end]
            if not WORD_RE.search(text, lo, hi):
                f["category"] = "other"  # no word around the number says what it counts
                continue
            pending.setdefault(marked(text[lo:hi].strip(), value_text), []).append(f)
        inputs = list(pending)
        for n, out in enumerate(self.classifier.pipe(inputs, batch_size=256)):
            if n % 256 == 0:
                tick()
            cats = out.cats
            category = max(sorted(cats), key=lambda k: cats[k]) if cats else "other"
            for f in pending[inputs[n]]:
                f["category"] = category

    def __call__(self, doc: Doc) -> Doc:
        if "metrics" not in doc.spans:
            doc.spans["metrics"] = []

        def tick() -> None:
            deadline.check(doc, self.name)

        index = TextIndex.of_doc(doc)
        found = self.extractor.extract(text_of(doc), index, tick,
                                       lambda i: area_and_heading(doc, i))
        rows = []
        for i, m in enumerate(found, start=1):
            fields = {"metric_id": f"m{i:04d}", "statement_id": f"st{m.statement:03d}"}
            fields.update(m.fields())
            fields["area"] = area_at(doc, m.start)
            rows.append(fields)
        self._classify_all(doc, found, rows, tick)
        if self.fields is not None and found:
            apply_fields_model(self.fields, text_of(doc), index.sentence_starts,
                               [(m.start, m.end, f) for m, f in zip(found, rows, strict=True)],
                               tick=tick)
        for i, (m, fields) in enumerate(zip(found, rows, strict=True)):
            if i % 1024 == 0:
                tick()
            # the bounds of the period as finally written (the rules' or the model's)
            fields.update(self.extractor.period_fields(fields.get("period") or ""))
            add_span(doc, "metrics", m.start, m.end, fields)
        return doc
