"""Train the metric-field models: a span categorizer for MEASURE / POPULATION / PERIOD of one
marked number, and bag-of-words text classifiers for its category and role.

All three start from `spacy.blank("en")` with the project's tokenizer, on CPU, with fixed
seeds; they are saved as one spaCy pipeline (components `spans`, `category`, `role`),
called one by one at run time (components/fields_model.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Span
from spacy.training import Example
from spacy.training.initialize import init_tok2vec
from spacy.util import fix_random_seed

from ..components.fields_model import (
    FIELD_OF,
    INPUTS_KEY,
    SPAN_LABELS,
    SUGGESTER,
    category_input,
    position_tags,
    role_input,
)
from .data import CHECKOUT, LINKS, Aligned, Record

SEED = 0


@dataclass
class Settings:
    """Hyper-parameters (chosen on the dev split, never on test)."""

    width: int = 64
    depth: int = 4
    window: int = 1  # tokens either side each CNN layer reads
    embed_rows: tuple[int, ...] = (2000, 1000, 1000, 500, 64)
    max_span: int = 16
    hidden: int = 64
    span_epochs: int = 12
    # category and role: 12 epochs of unigrams beat 20 of bigrams on dev (81.3% vs 80.0%
    # and 94.8% vs 94.5%, classifiers alone, 2026-11-30)
    textcat_epochs: int = 12
    ngram: int = 1
    batch: int = 16
    dropout: float = 0.1
    bow_length: int = 1 << 14
    # The category classifier reading the statement's context as well as its sentence: on
    # dev 83.5% against 81.4% alone and on test 85.4% against 83.9%, but retrained twice
    # (2026-11-30) it took the seeds' category under their 90% gate (84.8%, 84.2%: "146
    # child protection plans and a further 340 child in need plans" all child protection,
    # "52% of looked after children have a health assessment" looked after), so off.
    category_context: bool = False
    # The taxonomy's keywords found in the measure, near the number, in its clause, its
    # sentence and its context, as words of their own (fields_model.category_keywords): on
    # dev (model trained on train) category model 81.3% -> 83.6%, shipped 84.1% -> 85.2%,
    # and with session 9's category rules 84.2% / 86.1%; but trained on train + dev
    # (2026-11-30) it took the seeds' category from 90.7% to 87.9%, under their 90% gate
    # (one seed: review participation and attendance as "other"), so off until that is
    # understood. Try it with '{"category_keywords": true}' and --skip-test.
    category_keywords: bool = False
    # Train each span on the stretch the suggester can propose: the labelled span without
    # the words at its ends that no candidate starts or ends with (not_first, NOT_LAST,
    # punctuation): "being looked after" -> "looked after", "with a disability" ->
    # "disability"; "not" may then start a span (NEGATIONS). Untrimmed, such a span is no
    # candidate, and the candidate closest to it is trained as a negative. On dev (model
    # trained on train, seeds 0 / 1 / 2, 2026-12-01) measure 76.1 / 75.9 / 76.5% -> 78.9 /
    # 80.2 / 80.0% (mean +3.5 points), population 84.3 / 84.1 / 80.8% -> 83.5 / 81.6 / 83.5%
    # (-0.2), period 88.5 / 89.3 / 89.6% -> 87.9 / 89.3 / 89.1% (-0.4), category and role
    # within 0.1. False trains as before. Off: `make model` with it on (2026-12-01) gave
    # test measure 80.7 -> 82.4% but took the shipped pipeline under the letters' and news
    # texts' field floors (tests/test_letters_metric_gate.py, test_news_metric_gate.py:
    # letters' category 61.4% < 63%; news category 76.6% < 81%, population 68.8% < 73%,
    # period 84.4% < 87%), so the weights were not shipped and the default trains as they were.
    # Session 19 (README, measure19): with session 11's category and role classifiers kept
    # (--keep-textcats) the trimmed span model alone still falls under letters' measure and
    # population and news' population and period floors; the news category fall was the
    # retrain choosing the category rules, not the span model.
    trim_targets: bool = False
    # The span model's tok2vec starts from weights pretrained on the train reports' own text
    # (`make pretrain`, pretrain.py: spaCy's "characters" objective, 66 reports, 594k words,
    # 5 epochs) instead of random ones: a path, relative to the checkout, to a file of tok2vec
    # weights; None starts at random. On dev (model trained on train, 2026-12-01) with
    # trim_targets, seeds 0 / 1 / 2: measure 78.9 / 80.2 / 80.0% -> 80.3 / 78.5 / 81.1%
    # (mean +0.3), population 83.5 / 81.6 / 83.5% -> 82.5 / 83.8 / 83.7% (+0.5), period
    # 87.9 / 89.3 / 89.1% -> 89.7 / 89.2 / 88.7% (+0.4), category and role within 0.1;
    # without trim_targets, seeds 0 / 1: measure 76.1 / 75.9% -> 77.9 / 75.4%, population
    # 84.3 / 84.1% -> 82.7 / 83.4%, period 88.5 / 89.3% -> 88.3 / 88.7%. Under the issue's
    # bar (+1 point of mean measure, nothing lost elsewhere), so None by default.
    init_tok2vec: str | None = None


# Words a labelled span does not start or end with (GUIDELINES.md section 7: no articles,
# auxiliaries or frame words at the ends; a period starts with its preposition). The labels
# do not always follow that: of the 4,866 measures of train and dev (2026-12-01), 618 are
# no candidate as labelled, mostly for a first "being", "with", "had", "have" or "not";
# trained on the stretch the suggester can propose (Settings.trim_targets, `suggestable`),
# 66 are none, all longer than 16 tokens (populations 31 -> 0, periods 30 -> 1).
NOT_LAST = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
            "from", "as", "is", "are", "was", "were", "be", "been", "being", "this", "that",
            "these", "those", "who", "whom", "which", "their", "its", "it", "has", "have", "had",
            "than", "but", "not", "compared"}
NOT_FIRST = NOT_LAST - {"at", "in", "on", "by", "for", "from", "as", "the", "since", "over",
                        "during", "between", "are", "were"}
# With trim_targets, "not" may start a span: a measure is often a negated condition ("not in
# education, employment or training", "not in touch with"; 37 of the train and dev measures),
# which trimmed would turn into its opposite ("in education, ...") and still agree by words.
NEGATIONS = frozenset({"not"})


def not_first(settings: Settings) -> set[str]:
    """The words no candidate span starts with, for these settings."""
    return NOT_FIRST - NEGATIONS if settings.trim_targets else set(NOT_FIRST)
EMBED_ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"]  # TAG: the position feature


def blank() -> Language:
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "ofsted_tokenizer.v1"}}})


def build(settings: Settings, categories: list[str], roles: list[str]) -> Language:
    nlp = blank()
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": settings.width,
                  "attrs": EMBED_ATTRS, "rows": list(settings.embed_rows),
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": settings.width,
                   "depth": settings.depth, "window_size": settings.window,
                   "maxout_pieces": 3},
    }
    spans = nlp.add_pipe("spancat", name="spans", config={
        "spans_key": "sc", "threshold": 0.5, "max_positive": None,
        "suggester": {"@misc": SUGGESTER, "max_size": settings.max_span,
                      "not_first": sorted(not_first(settings)),
                      "not_last": sorted(NOT_LAST)},
        "model": {"@architectures": "spacy.SpanCategorizer.v1",
                  "reducer": {"@layers": "spacy.mean_max_reducer.v1",
                              "hidden_size": settings.hidden},
                  "scorer": {"@layers": "spacy.LinearLogistic.v1"},
                  "tok2vec": tok2vec}})
    for label in SPAN_LABELS:
        spans.add_label(label)
    bow = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
           "ngram_size": settings.ngram, "no_output_layer": False, "length": settings.bow_length}
    for name, labels in (("category", categories), ("role", roles)):
        pipe = nlp.add_pipe("textcat", name=name, config={"model": bow})
        for label in labels:
            pipe.add_label(label)
    return nlp


def load_tok2vec(nlp: Language, path: Path) -> None:
    """The span model's tok2vec weights from a file of `make pretrain` (spaCy's
    init_tok2vec, as [initialize] init_tok2vec does); the file must fit its shapes."""
    init_tok2vec(nlp, {"component": "spans", "layer": "tok2vec"}, {"init_tok2vec": path})


@dataclass
class Instance:
    """One labelled number of one statement, as the models see it."""

    record: Record
    gold_index: int
    target: tuple[int, int]
    others: list[tuple[int, int]]
    rules: dict  # the rules' row of this number ({} where they missed it)

    @property
    def gold(self):
        return self.record.golds[self.gold_index]


def rules_rows(aligned: list[Aligned]) -> dict[tuple[str, int, int], dict]:
    """The rules' row of each labelled number they found, by (report, sentence start,
    index of the number in its label line)."""
    return {(a.record.source_path, a.record.char_start, gi): a.rules[ri]
            for a in aligned for gi, ri in a.pairs}


def instances(records: list[Record], rules: dict[tuple[str, int, int], dict] | None = None
              ) -> list[Instance]:
    rules = rules or {}
    out = []
    for r in records:
        spans = [(g.start, g.end) for g in r.golds]
        for i, g in enumerate(r.golds):
            out.append(Instance(r, i, (g.start, g.end), spans,
                                rules.get((r.source_path, r.char_start, i), {})))
    return out


def suggestable(span: Span, first: Collection[str] = NOT_FIRST) -> Span:
    """The span without the tokens at its ends that the suggester never starts or ends a
    candidate with (punctuation, white space, `first` first, NOT_LAST last); the span
    itself when nothing would be left."""
    doc, a, b = span.doc, span.start, span.end

    def edge(i: int) -> bool:
        return doc[i].is_punct or doc[i].is_space

    while a < b and (edge(a) or doc[a].lower_ in first):
        a += 1
    while b > a and (edge(b - 1) or doc[b - 1].lower_ in NOT_LAST):
        b -= 1
    return span if a == b else Span(doc, a, b, label=span.label_)


def span_example(nlp: Language, inst: Instance, trim: bool = False,
                 first: Collection[str] = NOT_FIRST) -> Example | None:
    """The span model's example of one number; with `trim`, each labelled span as the
    suggester (no candidate starting with a word of `first`) can propose it."""
    r = inst.record
    doc = position_tags(nlp.make_doc(r.text), r.offset, inst.target, inst.others)
    ref = doc.copy()
    spans = []
    for label in SPAN_LABELS:
        link = inst.gold.links[FIELD_OF[label]]
        if link:
            sp = ref.char_span(link[0], link[1], label=label, alignment_mode="expand")
            if sp is None:
                return None
            spans.append(suggestable(sp, first) if trim else sp)
    ref.spans["sc"] = spans
    return Example(doc, ref)


def textcat_example(nlp: Language, text: str, label: str, labels: list[str]) -> Example:
    doc = nlp.make_doc(text)
    return Example.from_dict(doc, {"cats": {k: float(k == label) for k in labels}})


def category_text(inst: Instance, measure: str | None = None, context: bool = True,
                  keywords: bool = False) -> str:
    """The category classifier's input; the gold measure when none is given (training)."""
    r = inst.record
    if measure is None:
        measure = r.link_text(inst.gold, "measure")
    return category_input(r.text, r.offset, inst.target, measure,
                          inst.rules.get("category") or "", context, keywords)


def role_text(inst: Instance) -> str:
    r = inst.record
    return role_input(r.text, r.offset, inst.target, inst.rules.get("role") or "")


def _epochs(pipe, examples: list[Example], epochs: int, settings: Settings, optimizer,
            rng: random.Random, log: Callable[[str], None], name: str) -> None:
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), settings.batch):
            pipe.update(examples[i:i + settings.batch], drop=settings.dropout, sgd=optimizer,
                        losses=losses)
        log(f"  {name} epoch {epoch + 1}/{epochs} loss {sum(losses.values()):.2f}")


def train(records: list[Record], categories: list[str], roles: list[str],
          settings: Settings, log: Callable[[str], None] = print,
          rules: dict[tuple[str, int, int], dict] | None = None,
          textcats: bool = True) -> tuple[Language, dict]:
    """The three models trained on `records` (`rules`: the rules' rows of their numbers,
    from `rules_rows`); also how many examples each saw. With `textcats` False only the
    span model is trained: the category and role classifiers are left as initialised, for
    the caller to replace (run.py, --keep-textcats). The span model is the same either
    way: it is initialised and trained first, and the classifiers' updates touch none of
    its weights."""
    fix_random_seed(SEED)
    nlp = build(settings, categories, roles)
    insts = instances(records, rules)
    first = not_first(settings)
    span_ex = [e for e in (span_example(nlp, i, settings.trim_targets, first) for i in insts)
               if e is not None]
    cat_ex = [textcat_example(nlp, category_text(i, context=settings.category_context,
                                                 keywords=settings.category_keywords),
                              i.gold.category, categories) for i in insts] if textcats else []
    role_ex = [textcat_example(nlp, role_text(i), i.gold.role, roles)
               for i in insts] if textcats else []
    optimizer = nlp.initialize(lambda: span_ex[:50])
    if settings.init_tok2vec:
        load_tok2vec(nlp, CHECKOUT / settings.init_tok2vec)
    rng = random.Random(SEED)
    _epochs(nlp.get_pipe("spans"), span_ex, settings.span_epochs, settings, optimizer, rng,
            log, "spans")
    for name, ex in (("category", cat_ex), ("role", role_ex)) if textcats else ():
        _epochs(nlp.get_pipe(name), ex, settings.textcat_epochs, settings, optimizer, rng,
                log, name)
    nlp.meta[INPUTS_KEY] = {"category_context": settings.category_context,  # what it read
                            "category_keywords": settings.category_keywords}
    counts = {"statements": len(records), "numbers": len(insts),
              "span_examples": len(span_ex), "span_examples_misaligned": len(insts) - len(span_ex)}
    return nlp, counts


__all__ = ["LINKS", "Settings", "build", "train", "instances"]
