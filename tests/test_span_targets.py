"""The span model's training targets (pipeline/nlp/learn/train.py): with
Settings.trim_targets a labelled span is trained on the stretch the suggester can propose
(`suggestable`), so that the candidate closest to it is not trained as a negative, and "not"
may start a span; with trim_targets off (the default, README: not shipped) the model trains
and suggests as before."""

from __future__ import annotations

import numpy
import pytest

import pipeline.nlp  # noqa: F401  (registers the tokenizer and the suggester)
from pipeline.nlp.learn.data import Gold, Record
from pipeline.nlp.learn.train import (
    NOT_FIRST,
    NOT_LAST,
    Instance,
    Settings,
    blank,
    build,
    not_first,
    span_example,
    suggestable,
)

TRIM = Settings(trim_targets=True)


def test_make_model_trains_as_the_shipped_weights_were() -> None:
    assert Settings().trim_targets is False

SENTENCE = "At 31 March 2016, 12 children were being looked after by the council."


def _candidates(doc, settings: Settings = TRIM) -> set[tuple[int, int]]:
    sug = build(settings, ["other"], ["observed"]).get_pipe("spans").suggester
    return {(int(a), int(b)) for a, b in numpy.asarray(sug([doc]).dataXd)}


def _instance(text: str, measure: str) -> Instance:
    s = text.index("12")
    a = text.index(measure)
    gold = Gold(s, s + 2, 12.0, "count", "observed", "children_looked_after",
                {"measure": (a, a + len(measure)), "population": None, "period": None})
    record = Record("invented.pdf", "train", text, 0, 0, len(text), [gold])
    return Instance(record, 0, (s, s + 2), [(s, s + 2)], {})


@pytest.mark.parametrize(("labelled", "trained"), [
    ("being looked after by the council", "looked after by the council"),
    ("with a disability", "disability"),
    ("had a return home interview", "return home interview"),
    ("the adoptions.", "the adoptions"),  # "the" may start a span (a period's)
    ("not in education, employment or training", "not in education, employment or training"),
    ("re-referral rate", "re-referral rate"),
    ("at 31 March", "at 31 March"),  # a period keeps its preposition
])
def test_a_target_loses_only_the_words_no_candidate_starts_or_ends_with(
        labelled: str, trained: str) -> None:
    text = f"Of these, 12 children {labelled} and more"
    doc = blank().make_doc(text)
    a = text.index(labelled)
    span = doc.char_span(a, a + len(labelled), label="MEASURE")
    got = suggestable(span, not_first(TRIM))
    assert got.text == trained
    assert got.label_ == "MEASURE"
    assert (got.start, got.end) in _candidates(doc)


def test_a_span_of_frame_words_only_is_kept_as_labelled() -> None:
    doc = blank().make_doc("It was a case of 12")
    span = doc[1:5]  # "was a case of": "case" is left
    assert suggestable(span).text == "case"
    only = doc[1:3]  # "was a": nothing would be left
    assert suggestable(only) is only


def test_trimmed_targets_are_candidates_and_untrimmed_ones_are_not() -> None:
    nlp = build(TRIM, ["other"], ["observed"])
    inst = _instance(SENTENCE, "being looked after by the council")
    trimmed_ex = span_example(nlp, inst, trim=True, first=not_first(TRIM))
    plain_ex = span_example(nlp, inst, trim=False)
    trimmed = list(trimmed_ex.reference.spans["sc"])
    plain = list(plain_ex.reference.spans["sc"])
    assert [s.text for s in trimmed] == ["looked after by the council"]
    assert [s.text for s in plain] == ["being looked after by the council"]
    cands = _candidates(nlp.make_doc(SENTENCE))
    assert (trimmed[0].start, trimmed[0].end) in cands
    assert (plain[0].start, plain[0].end) not in cands


def test_not_may_start_a_span_but_not_end_one_with_trimmed_targets() -> None:
    assert "not" not in not_first(TRIM)
    assert "not" in NOT_LAST
    text = "Of these, 12 care leavers are not in education, employment or training"
    doc = blank().make_doc(text)
    a = text.index("not in")
    span = doc.char_span(a, len(text))
    assert (span.start, span.end) in _candidates(doc, TRIM)
    assert suggestable(span, not_first(TRIM)) == span
    ends_with_not = doc.char_span(text.index("care"), text.index(" in education"))
    assert (ends_with_not.start, ends_with_not.end) not in _candidates(doc, TRIM)


def test_without_trimmed_targets_the_model_suggests_and_trains_as_before() -> None:
    shipped = Settings(trim_targets=False)
    assert not_first(shipped) == set(NOT_FIRST)
    assert "not" in NOT_FIRST
    text = "Of these, 12 care leavers are not in education, employment or training"
    doc = blank().make_doc(text)
    span = doc.char_span(text.index("not in"), len(text))
    assert (span.start, span.end) not in _candidates(doc, shipped)
    nlp = build(shipped, ["other"], ["observed"])
    example = span_example(nlp, _instance(SENTENCE, "being looked after by the council"))
    assert [s.text for s in example.reference.spans["sc"]] == [
        "being looked after by the council"]
