"""The trained metric-field models (pipeline/models/ofsted/metrics/fields_model, from
`make model`): spaCy loads them, they reproduce the prediction recorded when they were
trained, their meta.json holds rules vs model vs shipped per field, and the pipeline's
metrics component applies them. Training itself runs in `make model`."""

from __future__ import annotations

import sys

import pytest
import spacy
from conftest import ROOT

from pipeline.nlp.components.fields_model import (
    FIELDS_MODEL_DIR,
    FieldsModel,
    Statement,
    context_bounds,
    statement,
)
from pipeline.nlp.learn.data import dev_reports
from pipeline.nlp.learn.evaluate import FIELDS, SYSTEMS
from pipeline.nlp.learn.run import PROBE, probe_fields

needs_model = pytest.mark.skipif(not (FIELDS_MODEL_DIR / "config.cfg").is_file(),
                                 reason="no trained model: run `make model`")


@pytest.fixture(scope="module")
def model() -> FieldsModel:
    return FieldsModel.load(FIELDS_MODEL_DIR)


@needs_model
def test_spacy_loads_the_saved_models() -> None:
    nlp = spacy.load(FIELDS_MODEL_DIR)
    assert nlp.pipe_names == ["spans", "category", "role"]
    assert set(nlp.get_pipe("spans").labels) == {"MEASURE", "POPULATION", "PERIOD"}
    assert "re_referrals" in nlp.get_pipe("category").labels
    assert "national_average" in nlp.get_pipe("role").labels


@needs_model
def test_the_saved_models_reproduce_their_recorded_prediction(model: FieldsModel) -> None:
    recorded = model.nlp.meta["ofsted"]["probe"]
    assert recorded["text"] == PROBE
    assert probe_fields(model) == recorded["fields"]
    # Each number of the probe has its own period ("from 24% in 2014-15 to 19% by ...").
    periods = [f["period"] for f in recorded["fields"]]
    assert "2014-15" in periods[0] and "March 2016" in periods[1], periods


@needs_model
def test_meta_records_rules_model_and_shipped_per_field(model: FieldsModel) -> None:
    meta = model.nlp.meta["ofsted"]
    assert set(meta["shipped"]) == set(FIELDS)
    for way in meta["shipped"].values():
        assert way in {"rules", "model", "rules_then_model", "model_then_rules"} or (
            way.startswith("mix:") and 0 < float(way[4:]) < 1), way
    for split in ("dev", "test"):
        table = meta["scores"][split]
        assert table["numbers_labelled"] > 0 and 0 < table["recall"] <= 1
        for field in FIELDS:
            scores = table["fields"][field]
            assert set(scores) == set(SYSTEMS)
            if meta["shipped"][field] in SYSTEMS:  # shipped: the way chosen on dev
                assert scores["shipped"] == scores[meta["shipped"][field]]
    dev = meta["scores"]["dev"]["fields"]
    for field in FIELDS:  # the choice made on dev is at least as good there as either
        assert dev[field]["shipped"] >= max(dev[field]["rules"], dev[field]["model"]), field
    assert meta["statements"]["test"] > 0 and meta["statements"]["dev"] > 0


def test_run_time_statement_is_the_labellers_context_rule() -> None:
    """The context a model sees at run time is the one the labels were written with
    (data/metric_labels/tools/prefill.py)."""
    sys.path.insert(0, str(ROOT / "data" / "metric_labels" / "tools"))
    import prefill

    text = ("Of children looked after: 40 live far away. This is 19% of all.\n"
            "- The proportion of children entitled to free school meals:\n"
            "- in primary schools is 9%\n- in secondary schools is 12%\n"
            "- Approximately 15% of children live in poverty.\n")
    lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"][:-1]
    starts = sorted([*lines, text.index("This")])
    for lo in starts:
        assert context_bounds(text, starts, lo) == prefill.context_bounds(text, starts, lo)
    assert context_bounds(text, starts, text.index("This")) == (0, text.index(" This"))
    lo = text.index("- in secondary")
    st = statement(text, starts, lo, text.index("\n", lo))
    assert st == Statement("- The proportion of children entitled to free school meals:\n"
                           "- in secondary schools is 12%", 60, lo)
    assert st.sentence == "- in secondary schools is 12%"


def test_dev_is_carved_from_train_reports_by_whole_report() -> None:
    train = [f"{k:02d}.pdf" for k in range(20)]
    dev = dev_reports(train)
    assert len(dev) == 5 and dev <= set(train)
    assert dev_reports(list(reversed(train))) == dev  # the order given does not matter
    assert dev_reports(train + ["99.pdf"]) - {"99.pdf"} <= dev | set(train)


@needs_model
def test_apply_replaces_only_the_fields_shipped_from_the_model(model: FieldsModel) -> None:
    from pipeline.nlp.components.fields_model import apply_fields_model

    first = "Contacts are screened quickly."
    text = f"{first} {PROBE}\n"
    starts = [0, len(first) + 1]
    rows = []
    for n in ("24%", "19%", "22%"):
        s = text.index(n)
        rows.append((s, s + len(n), {"measure": "RULES", "population": "RULES",
                                     "period": "RULES", "role": "RULES", "category": "other"}))
    ruled = [dict(f) for _s, _e, f in rows]
    apply_fields_model(model, text, starts, rows)
    # The probe's context is the sentence before it, so its spans may differ from the
    # probe alone; what must hold is which fields changed, and that a mixed field took the
    # model's answer exactly where the model was sure enough.
    st = statement(text, starts, starts[1], len(text))
    shift = st.offset - st.char_start
    preds = model.predict(st, [(s + shift, e + shift) for s, e, _f in rows], rules=ruled)
    for (_s, _e, fields), pred in zip(rows, preds, strict=True):
        for field, way in model.shipped.items():
            if way == "rules":
                assert fields[field] == ("other" if field == "category" else "RULES"), field
            elif way.startswith("mix:"):
                sure = pred[field + "_score"] >= float(way[4:])
                assert fields[field] == (pred[field + "_best"] if sure else
                                         ("other" if field == "category" else "RULES")), field
            else:
                assert fields[field] != "RULES", field


def test_decide_takes_the_rules_or_the_model_as_the_way_says() -> None:
    from pipeline.nlp.components.fields_model import decide

    pred = {"role": "previous", "role_best": "previous", "role_score": 0.55}
    assert decide("rules", "role", "observed", pred) == "observed"
    assert decide("model", "role", "observed", pred) == "previous"
    assert decide("mix:0.5", "role", "observed", pred) == "previous"
    assert decide("mix:0.6", "role", "observed", pred) == "observed"
    assert decide("rules_then_model", "role", "", pred) == "previous"
    assert decide("rules_then_model", "role", "observed", pred) == "observed"


def test_model_then_rules_takes_the_rules_span_only_where_the_model_has_none() -> None:
    """The rules' span stands in for the model's "no span" only when the statement the
    model reads writes it (not one the rules built or took from further away)."""
    from pipeline.nlp.components.fields_model import decide

    way = "model_then_rules"
    assert decide(way, "period", "in 2014-15", {"period": "", "period_ruled_here": True}) \
        == "in 2014-15"
    assert decide(way, "period", "in 2014-15", {"period": "", "period_ruled_here": False}) == ""
    assert decide(way, "period", "in 2014-15", {"period": "now", "period_ruled_here": True}) \
        == "now"


@needs_model
def test_the_rules_span_is_marked_as_written_in_the_statement_or_not(
        model: FieldsModel) -> None:
    text = "In 2014-15 the re-referral rate was 24%.\nIt is now known to be 19%."
    st = Statement(text, text.index("It is"), 0)
    target = (text.index("19%"), text.index("19%") + 3)
    cands = [{k: ("", 0.0) for k in ("measure", "population", "period")}] * 3
    ruled = [{"period": "In 2014-15", "measure": "re-referral rate", "role": "", "category": ""},
             {"period": "at 31 March 2015", "measure": "rate was", "role": "", "category": ""},
             {"period": "no", "measure": "", "role": "", "category": ""}]
    rows = model.fields_of([(st, target, [target])] * 3, cands, ruled)
    # the context's period and measure are written there; a period from further away is
    # not, nor a stretch found only inside a word ("no" in "now", "known")
    assert [r["period_ruled_here"] for r in rows] == [True, False, False]
    assert [r["measure_ruled_here"] for r in rows] == [True, True, False]


@needs_model
def test_the_pipeline_applies_the_shipped_fields(nlp) -> None:
    """The metrics component of the shipped pipeline holds the field models and its rows
    carry the model's fields where training chose the model, the rules' elsewhere."""
    from pipeline.nlp.build import build_nlp

    metrics = nlp.get_pipe("metrics")
    assert metrics.fields is not None
    shipped = metrics.fields.shipped
    assert any(way != "rules" for way in shipped.values())
    text = f"Re-referrals\n\n{PROBE}\n"
    doc = nlp(text)
    with_model = [dict(s._.fields) for s in doc.spans["metrics"]]
    rules_only = build_nlp(use_fields_model=False)
    assert rules_only.get_pipe("metrics").fields is None
    ruled_doc = rules_only(text)
    by_rules = [dict(s._.fields) for s in ruled_doc.spans["metrics"]]
    assert len(by_rules) == 3
    assert [r["value"] for r in with_model] == [r["value"] for r in by_rules]
    starts = [0, text.index(PROBE)]
    rows = [(s.start_char, s.end_char, dict(f))
            for s, f in zip(ruled_doc.spans["metrics"], by_rules, strict=True)]
    from pipeline.nlp.components.fields_model import apply_fields_model

    apply_fields_model(metrics.fields, text, starts, rows)
    for got, (_s, _e, expected) in zip(with_model, rows, strict=True):
        for field, way in shipped.items():
            assert got[field] == expected[field], field
            if way == "rules":
                assert got[field] == next(r for r in by_rules
                                          if r["metric_id"] == got["metric_id"])[field]


# Invented statements: a context line, a sentence with three numbers, one long sentence.
SCORED = [
    Statement("Re-referrals are monitored closely.\nThe re-referral rate fell from 24% in "
              "2014-15 to 19% by March 2016, against 22% in England.", 36, 0),
    Statement("Of the 312 children looked after, 52% had an initial health assessment within "
              "28 days, and the rate for care leavers aged 19 to 21 in education, employment "
              "or training was 61% in the year to March 2024, compared with 55% for similar "
              "authorities and 54% nationally; 17 children were placed more than 20 miles "
              "from home at the time of the inspection.", 0, 0),
]


def _numbers(text: str) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.finditer(r"\d+%?", text)]


@needs_model
def test_fast_span_scores_equal_the_spancats_own(model: FieldsModel) -> None:
    from pipeline.nlp.components.span_scores import _layers, span_scores

    spancat = model.nlp.get_pipe("spans")
    assert _layers(spancat) is not None  # the shipped architecture is the one reproduced
    docs = [model.span_doc(st, t, _numbers(st.text)) for st in SCORED
            for t in _numbers(st.text)]
    want_idx, want = spancat.predict(docs)
    got_idx, got = span_scores(spancat, docs)
    assert (got_idx.dataXd == want_idx.dataXd).all()
    assert (got_idx.lengths == want_idx.lengths).all()
    assert got.shape == want.shape and abs(got - want).max() < 1e-5


@needs_model
def test_layer_norm_equals_thincs_bit_for_bit(model: FieldsModel) -> None:
    """span_scores.layer_norm, used on the spans' hidden rows, gives the very floats of
    the model's own LayerNorm, on rows of every scale."""
    import numpy

    from pipeline.nlp.components.span_scores import _layers, layer_norm

    norm = _layers(model.nlp.get_pipe("spans"))[2]
    rng = numpy.random.default_rng(7)
    for scale in (1e-4, 1.0, 3.0, 1e3):
        X = (rng.standard_normal((513, norm.get_dim("nI"))) * scale + scale / 3).astype(
            numpy.float32)
        X[5] = 0.0  # a row of zeros: its variance is the 1e-08 alone
        want = norm.predict(X)
        got = layer_norm(norm, X)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert (got.view(numpy.uint32) == want.view(numpy.uint32)).all(), scale


@needs_model
def test_encoder_walked_by_hand_equals_its_predict_bit_for_bit(model: FieldsModel) -> None:
    """span_scores.predict walks the tok2vec (chains, with_array, residuals) with its own
    LayerNorm: the very floats of the layers' own predict."""
    import numpy
    from thinc.types import Ragged

    from pipeline.nlp.components.span_scores import encoder_steps, predict

    steps = encoder_steps(model.nlp.get_pipe("spans"))
    assert steps is not None
    columns, layers = steps
    docs = [model.span_doc(st, t, _numbers(st.text)) for st in SCORED
            for t in _numbers(st.text)]
    features = [d.to_array(columns).reshape(len(d), len(columns)).astype(numpy.uint64)
                for d in docs]
    want = got = features
    for layer in layers:
        want, got = layer.predict(want), predict(layer, got)
    assert len(want) == len(got) == len(docs)
    for w, g in zip(want, got, strict=True):
        w, g = (w.dataXd, g.dataXd) if isinstance(w, Ragged) else (w, g)
        assert g.dtype == w.dtype and g.shape == w.shape
        assert (numpy.asarray(g).view(numpy.uint32) == numpy.asarray(w).view(numpy.uint32)).all()


@needs_model
def test_span_fields_from_shared_features_equal_those_from_a_doc_per_number(
        model: FieldsModel, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run time feeds the span model one feature table per statement with the position
    column filled in per number; a Doc per number (position_tags) must give the same."""
    from pipeline.nlp.components import fields_model

    jobs = [(st, t, _numbers(st.text)) for st in SCORED for t in _numbers(st.text)]
    fast = model.span_texts(jobs, batch=4)
    monkeypatch.setattr(fields_model, "encoder_steps", lambda spancat: None)
    assert model.span_texts(jobs, batch=4) == fast


def test_position_tags_say_where_each_token_stands() -> None:
    from pipeline.nlp.components.fields_model import position_tags

    nlp = spacy.blank("en")
    text = "Rates fell.\nIt fell from 24% in 2014-15 to 19% by March"
    doc = nlp(text)
    s = text.index("19%")
    position_tags(doc, text.index("It"), (s, s + 3), [(text.index("24"), text.index("24") + 3),
                                                       (s, s + 3)])
    assert [t.tag_ for t in doc] == [
        "CB13-20", "CB13-20", "CB9-12", "CB9-12",  # the context line
        "B9-12", "B9-12", "B6-8", "O", "O", "B4-5", "B4-5", "B3", "B2", "B1",  # ... 24% ...
        "M", "M", "A1", "A2"]  # 19% by March


def test_a_span_needs_a_word_of_its_kind() -> None:
    """A measure or a population names something, a period says when (fields_words.json)."""
    import numpy

    from pipeline.nlp.components.fields_model import _KINDS, _span_kinds

    doc = spacy.blank("en")("At 31 March, 52.8% of looked after children were within reach "
                            "in Year 11 in 2013-14 this year, an increase in Oldham")
    spans = numpy.array([[0, 2],    # "At 31": a stop word and a figure
                         [4, 6],    # "52.8 %"
                         [7, 10],   # "looked after children"
                         [11, 12],  # "within"
                         [0, 3],    # "At 31 March"
                         [14, 16],  # "Year 11"
                         [16, 20],  # "in 2013 - 14"
                         [20, 22],  # "this year"
                         [23, 25],  # "an increase"
                         [25, 27]])  # "in Oldham"
    got = _span_kinds(doc, spans)
    measure, population, period = (got[:, _KINDS[k]].tolist()
                                    for k in ("MEASURE", "POPULATION", "PERIOD"))
    assert measure == [False, False, True, False, False, False, False, False, False, True]
    assert population == [False, False, True, False, True, True, False, True, False, True]
    assert period == [False, False, False, False, True, True, True, True, False, False]


def test_the_category_input_holds_the_context_when_the_model_was_trained_on_it() -> None:
    from pipeline.nlp.components.fields_model import INPUTS_KEY, category_input

    text = "Repeat child protection plans rose.\nThis is 21% now."
    offset = text.index("This")
    target = (text.index("21%"), text.index("21%") + 3)
    with_context = category_input(text, offset, target, "", "child_protection")
    without = category_input(text, offset, target, "", "child_protection", context=False)
    assert "Repeat" in with_context and "Repeat" not in without
    assert with_context.startswith(without)  # the context comes last
    nlp = spacy.blank("en")
    assert not FieldsModel(nlp, {}).category_context  # a model from before: as trained
    nlp.meta[INPUTS_KEY] = {"category_context": True}
    assert FieldsModel(nlp, {}).category_context


def test_the_category_input_holds_the_keywords_when_the_model_was_trained_on_them() -> None:
    from pipeline.nlp.components.fields_model import (
        INPUTS_KEY,
        category_input,
        category_keywords,
    )

    text = "Adoption is timely.\nThe re-referral rate was 22% for children in need."
    offset = text.index("The")
    target = (text.index("22%"), text.index("22%") + 3)
    found = category_keywords(text, offset, target, "re-referral rate").split()
    # by where the keyword is: in the measure, near the number, its sentence, the context
    assert {"km_re_referrals", "k1_children_in_need", "ks_re_referrals",
            "kc_adoption"} <= set(found)
    assert "km_adoption" not in found and "kc_re_referrals" not in found
    with_kw = category_input(text, offset, target, "re-referral rate", "", False, True)
    without = category_input(text, offset, target, "re-referral rate", "", False)
    assert "km_re_referrals" in with_kw and "km_" not in without
    nlp = spacy.blank("en")
    assert not FieldsModel(nlp, {}).category_keywords  # a model from before: as trained
    nlp.meta[INPUTS_KEY] = {"category_context": False, "category_keywords": True}
    assert FieldsModel(nlp, {}).category_keywords


def test_written_in_says_what_the_word_bounded_regex_says() -> None:
    """written_in finds a span on word boundaries with str.find (no pattern compiled per
    span): the same answer as the regex (?<!\\w)SPAN(?!\\w), Unicode word characters and
    the underscore included, a later occurrence found when an earlier one is inside a word."""
    import random
    import re

    from pipeline.nlp.components.fields_model import written_in

    def by_regex(span: str, text: str) -> bool:
        return bool(span) and re.search(r"(?<!\w)" + re.escape(span) + r"(?!\w)",
                                        text) is not None

    cases = [("no", "now known"), ("no", "now no"), ("rate", "rate_x"), ("rate", "(rate)"),
             ("a.b", "xa.b a.b"), ("aa", "aaa aa"), ("été", "l'été²"), ("2", "2²"),
             ("", "text"), ("x", ""), ("ab", "ab"), ("ab", "cab ab_")]
    for span, text in cases:
        assert written_in(span, text) == by_regex(span, text), (span, text)
    rng = random.Random(7)
    alphabet = "ab_ 1.-é²\n(+"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        span = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        assert written_in(span, text) == by_regex(span, text), (span, text)



def test_a_measure_holds_no_other_number_of_the_statement() -> None:
    """fields_words.json "measure" not_across_numbers: a measure holding another number of
    the statement runs into that number's clause ("attend 84 different schools" for the 90%
    of "the vast majority of which (90%) are good or better"); a population or a period may
    still hold one, and a measure may hold its own number's words."""
    import numpy

    from pipeline.nlp.components.fields_model import (
        _NOT_ACROSS_NUMBERS,
        FieldsModel,
        _across_numbers,
        _other_number_tokens,
        _span_kinds,
    )

    assert _NOT_ACROSS_NUMBERS
    text = "Children attend 84 different schools and 90% are good or better"
    nlp = spacy.blank("en")
    model = FieldsModel(nlp, {})
    s = text.index("90%")
    o = text.index("84")
    doc = model.span_doc(Statement(text, 0, 0), (s, s + 3), [(o, o + 2), (s, s + 3)])
    other = _other_number_tokens(doc)
    assert [t.text for t, o in zip(doc, other, strict=True) if o] == ["84"]
    idx = numpy.array([[1, 5],    # "attend 84 different schools": holds the other number
                       [1, 2],    # "attend"
                       [4, 5],    # "schools"
                       [9, 12],   # "good or better"
                       [6, 9]])   # "90 % are": its own number
    across = _across_numbers(other, idx)
    assert across.tolist() == [True, False, False, False, False]
    kinds = _span_kinds(doc, idx)
    labels = ("MEASURE", "POPULATION", "PERIOD")
    sc = numpy.array([[0.9, 0.2, 0.3, 0.6, 0.1],    # measure
                      [0.9, 0.0, 0.1, 0.0, 0.0],    # population: may hold it
                      [0.0] * 5], dtype="f").T
    found = model._best(labels, doc, idx, sc, kinds, across)
    assert text[slice(*found["MEASURE"][0])] == "good or better"
    assert text[slice(*found["POPULATION"][0])] == "attend 84 different schools"
    # not known which tokens are other numbers: the best of its kind, as before
    found = model._best(labels, doc, idx, sc, kinds)
    assert text[slice(*found["MEASURE"][0])] == "attend 84 different schools"


def test_a_period_of_words_of_the_present_alone_needs_a_floor_score() -> None:
    """fields_words.json "period" present_words / present_floor: 'recently', 'currently',
    'the current' alone often date the verb, not the figure ('caseloads have reduced recently
    and are at an average of 18'), and are a period only with a score of at least the floor;
    a span with another word ('reduced recently', 'the current year') is not held to it,
    nor is 'now'; above the floor 'currently' stays a period."""
    import numpy

    from pipeline.nlp.components.fields_model import (
        _PRESENT_FLOOR,
        FieldsModel,
        _present_only,
        _span_kinds,
    )

    assert 0 < _PRESENT_FLOOR < 1
    text = "Caseloads have reduced recently and are currently 18 in the current year"
    nlp = spacy.blank("en")
    model = FieldsModel(nlp, {})
    s = text.index("18")
    doc = model.span_doc(Statement(text, 0, 0), (s, s + 2), [(s, s + 2)])
    idx = numpy.array([[3, 4],     # "recently"
                       [2, 4],     # "reduced recently": another word
                       [6, 7],     # "currently"
                       [5, 7],     # "are currently": a stop word with it
                       [9, 12],    # "the current year": 'year' is no word of the present
                       [10, 11]])  # "current"
    present = _present_only(doc, idx)
    assert present.tolist() == [True, False, True, True, False, True]
    kinds = _span_kinds(doc, idx)
    labels = ("MEASURE", "POPULATION", "PERIOD")
    low = _PRESENT_FLOOR / 2
    period = numpy.array([low, low / 2, low / 3, 0.0, low / 4, low], dtype="f")
    sc = numpy.stack([numpy.zeros(6, "f"), numpy.zeros(6, "f"), period], axis=1)
    found = model._best(labels, doc, idx, sc, kinds, None, present)
    assert text[slice(*found["PERIOD"][0])] == "reduced recently"
    # above the floor, a word of the present is a period as before
    sc[2, 2] = min(1.0, _PRESENT_FLOOR + 0.1)
    found = model._best(labels, doc, idx, sc, kinds, None, present)
    assert text[slice(*found["PERIOD"][0])] == "currently"
    # 'now' is no word held to the floor
    nowdoc = model.span_doc(Statement("They are now 18", 0, 0), (13, 15), [(13, 15)])
    assert _present_only(nowdoc, numpy.array([[2, 3]])).tolist() == [False]
    # not known (no floor): the best of its kind, as before
    sc[2, 2] = 0.0
    found = model._best(labels, doc, idx, sc, kinds)
    assert text[slice(*found["PERIOD"][0])] in ("recently", "current")


def test_the_rules_period_written_beside_a_number_is_its_own() -> None:
    """fields_words.json "period" rules_beside: the rules' period written within that many
    characters of the number in its sentence, with no other number between, replaces the
    model's answer ('three of which are now completed', not the clause's 'during 2014-15');
    not one further away, across another number, in the context, inside a word, or of
    words of the present alone."""
    import re

    from pipeline.nlp.components.fields_model import _RULES_BESIDE, written_beside

    assert _RULES_BESIDE > 0

    def beside(text: str, number: str, period: str, ctx: str = "") -> bool:
        full = ctx + "\n" + text if ctx else text
        st = Statement(full, len(ctx) + 1 if ctx else 0, 0)
        nums = [(m.start(), m.end()) for m in re.finditer(r"\d+", full)]
        s = full.index(number, st.offset)
        return written_beside(period, st, (s, s + len(number)), nums, _RULES_BESIDE)

    assert beside("Five reviews were commissioned during 2014-15, 3 of which are now completed.",
                  "3", "now")
    assert beside("Of these, 3 reviews are complete at the time of the inspection.", "3",
                  "at the time of the inspection")
    assert beside("In quarter three it was 25 weeks, while in quarter four it increased slightly "
                  "to 29 weeks.", "29", "in quarter four")
    # another number between them
    assert not beside("In quarter four 12 cases took 29 weeks.", "29", "In quarter four")
    # too far
    assert not beside("In quarter four, after a long period of change in the service and "
                      "its staff, it took 29 weeks.", "29", "In quarter four")
    # right after another number: that number's ("from 380 at 31 March 2014 to 435")
    assert not beside("Numbers rose from 380 at 31 March 2014 to 435 now.", "435",
                      "at 31 March 2014")
    assert beside("Numbers rose from 380 at 31 March 2014 to 435 now.", "380",
                  "at 31 March 2014")
    # in the context only
    assert not beside("It took 29 weeks.", "29", "In quarter four",
                      ctx="In quarter four the service changed.")
    # inside a word
    assert not beside("The 29 weeks were nowhere near enough.", "29", "now")
    # words of the present alone are held to the span model's floor instead
    assert not beside("The current cohort of 29 children.", "29", "current")


def _statement_of(text: str, ctx: str = "") -> Statement:
    full = ctx + "\n" + text if ctx else text
    return Statement(full, len(ctx) + 1 if ctx else 0, 0)


def _number_in(st: Statement, number: str) -> tuple[int, int]:
    s = st.text.index(number, st.offset)
    return s, s + len(number)


def _numbers_of(st: Statement) -> list[tuple[int, int]]:
    import re

    return [(m.start(), m.end()) for m in re.finditer(r"\d[\d,.]*%?", st.text)]


def test_a_measure_that_only_repeats_the_population_gives_way_to_the_clause_before() -> None:
    """fields_words.json "measure" population_only: a measure naming nothing but the
    population written after the number ('care leavers' for the 97% of 'The local authority
    is in touch with 97% of care leavers') gives way to the clause before the number, the
    condition said of them ('in touch with'), without a word of time ('is currently
    supporting'), qualifiers ('all but') or leading stop words."""
    from pipeline.nlp.components.fields_model import (
        _POPULATION_ONLY,
        measure_of_population_only,
        repeats_population,
    )

    assert _POPULATION_ONLY is not None

    def instead(text: str, number: str, measure: str, population: str, ctx: str = "",
                unit: str = "count", role: str = "observed"):
        st = _statement_of(text, ctx)
        return measure_of_population_only(measure, population, st, _number_in(st, number),
                                          _numbers_of(st), {"unit": unit, "role": role})

    assert instead("The local authority is in touch with 97% of care leavers.", "97%",
                   "care leavers", "care leavers") == "local authority is in touch with"
    assert instead("98. Southend is currently supporting 92 care leavers.", "92",
                   "care leavers", "care leavers") == "supporting"
    assert instead("'- The local authority is not in touch with 25% of its care leavers.", "25%",
                   "care leavers", "care leavers") == "local authority is not in touch with"
    assert instead("The service is in contact with all but one care leaver, 14 in all.",
                   "14", "care leaver", "care leaver") is None  # the measure is before it
    assert instead("The service is in contact with all but 3 care leavers.", "3",
                   "care leavers", "care leavers") == "service is in contact with"
    assert instead("At the time of inspection, Bromley looked after 287 children and young "
                   "people.", "287", "children and young people",
                   "children and young people") == "Bromley looked after"
    # part of the population is no other measure either
    assert repeats_population("in secondary schools", "secondary schools")
    assert instead("The internal advocate worked with 14 looked after children.", "14",
                   "looked after", "looked after children") == "internal advocate worked with"

    # a year is a break as one word; "not" keeps its place; "all of the" qualifies
    assert instead("In 2013–14 the team worked with 40 care leavers.", "40", "care leavers",
                   "care leavers") == "team worked with"
    assert instead("The council is currently not in touch with 129 young people.", "129",
                   "young people", "young people") == "not in touch with"
    assert instead("The team keeps in contact with all of the 106 care leavers.", "106",
                   "care leavers", "care leavers") == "team keeps in contact with"

    # not changed: a measure of its own
    assert not repeats_population("in touch with", "care leavers")
    assert not repeats_population("", "care leavers")
    assert not repeats_population("care leavers", "")
    assert instead("The local authority is in touch with 97% of care leavers.", "97%",
                   "in touch with", "care leavers") is None
    # the population as the subject, nothing before the number: the model's stays
    assert instead("Fifteen per cent of current care leavers are not in education.",
                   "Fifteen per cent", "current care leavers", "current care leavers") is None
    # what a body has, or what there is, is what is counted
    assert instead("A junior branch of the council has 69 members.", "69", "members",
                   "members") is None
    assert instead("There are now 273 foster carers.", "273", "foster carers",
                   "foster carers") is None
    assert instead("The council needs 30 more foster families.", "30", "foster families",
                   "foster families") is None
    assert instead("These include five children looked after.", "five", "looked after",
                   "children looked after") is None
    assert instead("In 2013–14 this accounted for 45% of care leavers.", "45%",
                   "care leavers", "care leavers") is None
    # a duration's or a rank's noun is its unit; a reference figure's measure is another's
    assert instead("The assessments have taken an average of 401 days to complete.", "401",
                   "days to complete", "days to complete", unit="days") is None
    assert instead("The area is ranked as the 49th most deprived area.", "49th",
                   "most deprived area", "most deprived area") is None
    assert instead("It is below the national rate of 9.8% for looked after children.", "9.8%",
                   "looked after children", "looked after children", unit="percent",
                   role="national_average") is None
    assert instead("The team is in touch with 97% of care leavers.", "97%", "care leavers",
                   "care leavers", unit="percent", role="previous") == "team is in touch with"
    # a clause running back to a far subject
    assert instead("Work with many agencies in the region has led to the exceptionally high "
                   "shortfall of 405 adopters.", "405", "adopters", "adopters") is None

    # a change told of the figure: its measure is the people's condition, not the change
    assert instead("There has been a significant increase from 31% to 58% of carers.", "31%",
                   "carers", "carers", unit="percent") is None
    # a collective or a quantity of the people counted
    assert instead("You will lead a team of eight social workers.", "eight",
                   "social workers", "social workers") is None
    assert instead("Of the current cohort of 104 children, most attend good schools.", "104",
                   "children", "children") is None
    # the number as the subject of a reported or a subordinate clause
    assert instead("Local data reports 47% of care leavers are not in work.", "47%",
                   "care leavers", "care leavers") is None
    assert instead("Finding families is hard because 8 children are older.", "8",
                   "children", "children") is None
    # the clause never reaches back over another number or a clause break
    assert instead("In 2012 there were 93 foster carers and 25 connected people.", "25",
                   "connected people", "connected people") is None
    assert instead("The service dealt with 149 incidents involving 55 children in need.",
                   "55", "children in need", "children in need") == "incidents involving"
    # the measure written before the number too (a subject), or only in the context
    assert instead("Care leavers are well supported and 92 care leavers are in touch.", "92",
                   "care leavers", "care leavers") is None
    assert instead("The team supports 92 of them.", "92", "care leavers", "care leavers",
                   ctx="The team knows its care leavers well.") is None


@needs_model
def test_a_previous_figure_takes_no_period_from_the_context(model: FieldsModel) -> None:
    """fields_words.json "period" previous_not_from_context: the context's period dates the
    figure a previous one is compared with ('At 31 May 2015, 906 children ... This is a
    reduction from 916 at'), so a previous figure's period is neither the model's nor the
    rules' from the context; its own in the sentence stays, as does a current figure's from
    the context."""
    from pipeline.nlp.components.fields_model import (
        _PREVIOUS_NOT_FROM_CONTEXT,
        MODEL_THEN_RULES,
        decide,
    )

    assert _PREVIOUS_NOT_FROM_CONTEXT
    ctx = "At 31 May 2015, 906 children had been identified as in need."

    def period(text: str, number: str, role: str, found: str, ruled: str) -> str:
        st = _statement_of(text, ctx)
        cands = [{"measure": ("in need", 0.9), "population": ("children", 0.9),
                  "period": (found, 0.9 if found else 0.0)}]
        rules = [{"role": role, "category": "", "period": ruled}]
        row = model.fields_of([(st, _number_in(st, number), _numbers_of(st))], cands,
                              rules)[0]
        return decide(MODEL_THEN_RULES, "period", ruled, row)

    text = "This is a reduction from 916 at the year before."
    assert period(text, "916", "previous", "At 31 May 2015", "At 31 May 2015") == ""
    assert period(text, "916", "previous", "", "At 31 May 2015") == ""
    # its own, in the sentence
    own = "This is a reduction from 916 in 2014."
    assert period(own, "916", "previous", "in 2014", "in 2014") == "in 2014"
    assert period(own, "916", "previous", "", "in 2014") == "in 2014"
    # a stretch of time in the context frames the change from the previous figure: it stays
    ctx2 = "In the same period, the gap widened from 38% to 42%."
    st2 = _statement_of("At Key Stage 4 it widened from 40% to 50%.", ctx2)
    row = model.fields_of([(st2, _number_in(st2, "40%"), _numbers_of(st2))],
                          [{"measure": ("gap", 0.9), "population": ("", 0.0),
                            "period": ("In the same period", 0.9)}],
                          [{"role": "previous", "category": "", "period": ""}])[0]
    assert decide(MODEL_THEN_RULES, "period", "", row) == "In the same period"
    # a current figure's period from the context stays
    now = "Of these, 300 are under five."
    assert period(now, "300", "observed", "At 31 May 2015", "") == "At 31 May 2015"
    assert period(now, "300", "observed", "", "At 31 May 2015") == "At 31 May 2015"


@needs_model
def test_no_period_of_the_present_for_a_reference_or_earlier_figure(model: FieldsModel) -> None:
    """fields_words.json "period" not_present: 'currently', 'now' say when the authority's
    own figure stands, not a target's, a reference group's or an earlier figure's ('currently
    only 32% ... against a target of 40%'): such a period is neither the model's nor the
    rules' for them; a dated period stays, and an observed figure keeps 'currently'."""
    from pipeline.nlp.components.fields_model import (
        _NOT_PRESENT_ROLES,
        MODEL_THEN_RULES,
        decide,
        present_only,
    )

    assert {"target", "national_average", "comparator", "previous"} <= _NOT_PRESENT_ROLES
    assert "observed" not in _NOT_PRESENT_ROLES
    assert present_only("currently") and present_only("now") and present_only("the current")
    assert not present_only("in 2014") and not present_only("at the time of the inspection")
    assert not present_only("")

    def period(text: str, number: str, role: str, found: str, ruled: str) -> str:
        st = _statement_of(text)
        cands = [{"measure": ("social workers", 0.9), "population": ("", 0.0),
                  "period": (found, 0.9 if found else 0.0)}]
        rules = [{"role": role, "category": "", "period": ruled}]
        row = model.fields_of([(st, _number_in(st, number), _numbers_of(st))], cands,
                              rules)[0]
        return decide(MODEL_THEN_RULES, "period", ruled, row)

    text = ("However, currently only 32% of social workers are qualified for two years "
            "against a target of 40%.")
    for role in ("target", "national_average", "comparator", "previous", "range_bound"):
        assert period(text, "40%", role, "currently", "currently") == "", role
        assert period(text, "40%", role, "", "currently") == "", role  # the rules' fallback
    now = "Care proceedings now take 30 weeks, against the national target of 26 weeks."
    assert period(now, "26", "target", "now", "") == ""
    # the authority's own figure keeps it
    assert period(text, "32%", "observed", "currently", "currently") == "currently"
    assert period(text, "32%", "observed", "", "currently") == "currently"
    # a dated period of a reference figure stays
    dated = "The national average in 2014-15 was 12%, against 15% here."
    assert period(dated, "12%", "national_average", "in 2014-15", "in 2014-15") == "in 2014-15"
