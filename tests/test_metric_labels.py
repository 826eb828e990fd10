"""The metric label set (data/metric_labels): every file validates, the split does not leak,
the editing form goes back to the same offsets, and the loader gives spaCy Docs."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest
import spacy

TOOLS = Path(__file__).resolve().parents[1] / "data" / "metric_labels" / "tools"
sys.path.insert(0, str(TOOLS))

import editfmt  # noqa: E402
import heldout as heldout_cli  # noqa: E402
import labels as labels_cli  # noqa: E402
import labelset  # noqa: E402
from prefill import context_bounds  # noqa: E402

LABEL_FILES = sorted(labelset.REPORTS_DIR.glob("*.jsonl"))


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [r for p in LABEL_FILES for r in labelset.read_lines(p)]


def test_every_label_file_validates():
    assert LABEL_FILES, "no label files"
    problems = labelset.validate_all(tokenizer=labelset.blank_tokenizer())
    assert not problems, "\n".join(map(str, problems[:30]))


@pytest.mark.parametrize("name,least", [(labelset.LETTERS_SPLIT, 50), (labelset.NEWS_SPLIT, 50)])
def test_heldout_labels_validate_and_stay_out_of_training(name: str, least: int):
    """A held-out set's labels (split = the set's name: the letters, the invented news texts)
    validate, none of them is in split.csv, and the loader training reads (reports/) does
    not see them."""
    files = sorted(heldout_cli.Set(name).labels_dir.glob("*.jsonl"))
    assert len(files) >= least
    problems = heldout_cli.validate(labelset.blank_tokenizer(), name)
    assert not problems, "\n".join(map(str, problems[:30]))
    lines = [r for p in files for r in labelset.read_lines(p)]
    assert {r["meta"]["split"] for r in lines} == {name}
    assert all(r["meta"]["status"] == "corrected" for r in lines)
    split = labelset.read_split()
    assert not {r["meta"]["source_path"] for r in lines} & set(split)
    assert name not in {r["meta"]["split"] for r in labelset.iter_records(status=None)}
    # A held-out line is refused where the splits of split.csv are expected.
    assert labelset.validate_record(lines[0], labelset.key_sets(), "x")
    assert not labelset.validate_record(lines[0], labelset.key_sets(), "x", splits=(name,))
    for rec in lines:  # the editing form reads back to the same offsets
        _, blocks = editfmt.parse(editfmt.render_block(rec))
        assert editfmt.block_spans(blocks[0], rec) == rec["spans"], rec["meta"]


def test_split_is_whole_reports_and_large_enough():
    with open(labelset.SPLIT_FILE, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len({r["source_path"] for r in rows}) == len(rows)
    test = [r for r in rows if r["split"] == "test"]
    assert len(test) >= 20
    assert sum(int(r["prefill_statements"]) for r in test) >= 400
    assert {r["split"] for r in rows} == {"train", "test"}
    assert len({r["document_type"] for r in test}) >= 3


def test_no_leakage_of_test_reports_into_lines(records):
    split = labelset.read_split()
    for rec in records:
        m = rec["meta"]
        assert m["split"] == split[m["source_path"]]["split"], m["source_path"]


def test_validation_catches_broken_lines(records):
    rec = next(r for r in records if labelset.metrics_of(r))
    keys = labelset.key_sets()
    assert not labelset.validate_record(rec, keys, "x")
    bad = [
        {**rec, "spans": [dict(s, start=s["start"] + 1) for s in rec["spans"]]},
        {**rec, "spans": [dict(s, unit="percentage") if s["label"] == "METRIC" else s
                          for s in rec["spans"]]},
        {**rec, "spans": [dict(s, measure="M99") if s["label"] == "METRIC" else s
                          for s in rec["spans"]]},
        {**rec, "meta": dict(rec["meta"], status="corrected", labeller="rules")},
        {**rec, "meta": dict(rec["meta"], split="validation")},
    ]
    for b in bad:
        assert labelset.validate_record(b, keys, "x"), b


def test_editing_form_round_trips_every_line(records):
    """Rendering a line and reading it back gives the same spans, for every line."""
    for rec in records:
        _, blocks = editfmt.parse(editfmt.render_block(rec))
        assert len(blocks) == 1
        assert editfmt.block_spans(blocks[0], rec) == rec["spans"], rec["meta"]


def _record(text: str, context: str | None = None) -> dict:
    full = f"{context}\n{text}" if context else text
    off = len(context) + 1 if context else 0
    return {"text": full, "meta": {"sentence_offset": off}, "spans": []}


def test_quoted_stretches_fail_loudly_and_disambiguate():
    rec = _record("In 2015, 20% of children and 20% of young people had a plan.",
                  context="The number of children in care rose.")
    block = editfmt.parse('=== 0-1 p1 corrected\n* "20%" 20 percent observed other\n')[1][0]
    with pytest.raises(editfmt.EditError, match="occurs 2 times.*#1 to #2"):
        editfmt.block_spans(block, rec)
    block = editfmt.parse('=== 0-1 p1 corrected\n* "20%"#2 20 percent observed other\n'
                          '  measure: "had a plan"\n  population: "young people"\n'
                          '  period: "In 2015"\n')[1][0]
    spans = editfmt.block_spans(block, rec)
    metric = next(s for s in spans if s["label"] == "METRIC")
    assert rec["text"][metric["start"]:metric["end"]] == "20%"
    assert metric["start"] == rec["text"].rindex("20%")
    by_id = {s["id"]: s["text"] for s in spans}
    assert by_id[metric["population"]] == "young people"
    for wrong, message in [('measure: "children in care"', "in the context"),
                           ('measure: "adults"', "not in the sentence"),
                           ('measure: "children"#3', "#3"),
                           ('measure: children', "quoted")]:
        text = f'=== 0-1 p1 corrected\n{wrong}\n* "20%"#1 20 percent observed other\n'
        with pytest.raises(editfmt.EditError, match=message):
            editfmt.block_spans(editfmt.parse(text)[1][0], rec)
    ok = '=== 0-1 p1 corrected\nmeasure: ^"children in care"\n* "20%"#1 20 percent observed other\n'
    spans = editfmt.block_spans(editfmt.parse(ok)[1][0], rec)
    assert any(s["label"] == "MEASURE" and s["start"] < len("The number") + 20 for s in spans)


def test_editing_form_rejects_bad_lines():
    for text, message in [("=== 1-2 p1 done\n", "status"),
                          ('=== 1-2 p1 corrected\n* "5" 5 percent\n', "VALUE UNIT ROLE"),
                          ('=== 1-2 p1 corrected\n* "5" five count observed other\n', "number"),
                          ('=== new prefilled\n', "new block"),
                          ('=== 1-2 p1 corrected\n* "5" 5 count observed other\n'
                           'measure: -\n', "before the first number")]:
        with pytest.raises(editfmt.EditError, match=message):
            editfmt.parse(text)


def test_guideline_examples_are_valid_editing_blocks():
    """Every worked example in GUIDELINES.md reads back with the contract's keys."""
    text = (labelset.LABELS_DIR / "GUIDELINES.md").read_text(encoding="utf-8")
    examples = re.findall(r"```text\n(.*?)```", text, re.S)
    keys = labelset.key_sets()
    n = 0
    for ex in examples:
        lines = ex.splitlines()
        if not lines[0].startswith("==="):
            lines.insert(0, "=== 0-1 p1 corrected")
        _, blocks = editfmt.parse("\n".join(lines))
        b = blocks[0]
        rec = _record(b.text, b.context)
        spans = editfmt.block_spans(b, rec)
        for s in spans:
            if s["label"] == "METRIC":
                n += 1
                assert all(s[k] in keys[k] for k in ("unit", "role", "category")), s
    assert n >= 15


def test_context_is_the_previous_sentence_or_the_lead_in():
    text = ("Children in care\n"
            "- At 1 May 2016, 300 children were looked after. Of this number:\n"
            "- 96 live outside the area\n"
            "- seven live in residential homes\n"
            "- The proportion of pupils:\n"
            "- Children from minority ethnic groups account for 7%. This is 2% more.\n")
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)][:-1]
    starts += [text.index("Of this"), text.index("This is")]
    starts.sort()

    def ctx(s: str):
        bounds = context_bounds(text, starts, text.index(s))
        return text[bounds[0]:bounds[1]] if bounds else None

    lead = "- At 1 May 2016, 300 children were looked after. Of this number:"
    assert ctx("- 96 live") == lead
    assert ctx("- seven live") == lead
    assert ctx("Of this number") == "- At 1 May 2016, 300 children were looked after."
    assert ctx("- Children from") is None  # a top-level bullet: no lead-in
    assert ctx("This is 2%") == "- Children from minority ethnic groups account for 7%."


def test_loader_gives_docs_with_metric_and_link_spans(records):
    nlp = spacy.blank("en")
    docs = list(labelset.load_docs(nlp, status=None))
    assert len(docs) == len(records)
    for doc, rec in zip(docs, records, strict=True):
        metrics = labelset.metrics_of(rec)
        assert [s.text for s in doc.spans["metrics"]] == [s["text"] for s in metrics]
        assert len(doc.spans["sc"]) == len(rec["spans"]) - len(metrics)
        assert {s.label_ for s in doc.spans["sc"]} <= {"MEASURE", "POPULATION", "PERIOD"}
        for span, fields in zip(doc.spans["metrics"], doc.user_data["metrics"], strict=True):
            assert fields["unit"] in labelset.key_sets()["unit"]
            if fields["measure"]:
                a, b = fields["measure"]
                assert doc.text[a:b] and span.doc is doc


def test_apply_refuses_a_missing_block(tmp_path):
    """Dropping a block from an editing file is an error, not a silent deletion."""
    path = LABEL_FILES[0]
    recs = labelset.read_lines(path)
    source = recs[0]["meta"]["source_path"]
    edit = tmp_path / f"{path.stem}.txt"
    body = [f"# report: {source}"] + [editfmt.render_block(r) for r in recs[1:]]
    edit.write_text("\n\n".join(body) + "\n", encoding="utf-8")
    with pytest.raises(editfmt.EditError, match="have no block"):
        labels_cli.apply_edit(edit, "tester")
    body = [f"# report: {source}"] + [editfmt.render_block(r) for r in recs]
    edit.write_text("\n\n".join(body) + "\n", encoding="utf-8")
    out, counts = labels_cli.apply_edit(edit, "tester")
    assert [r["spans"] for r in out] == [r["spans"] for r in recs]
    assert counts["changed"] == 0


CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


@pytest.mark.skipif(not CORPUS_PDF.exists(), reason="../shared/corpus is absent")
def test_prefill_writes_valid_lines_for_the_rules_numbers(tmp_path):
    import prefill

    source = "0197e059fe4a.pdf"
    prefill.run_pipeline([source], tmp_path)
    rep = prefill.load_report(source, tmp_path)
    recs = prefill.prefill_records(rep)
    keys = labelset.key_sets()
    tok = labelset.blank_tokenizer()
    assert sum(len(labelset.metrics_of(r)) for r in recs) == len(rep.metrics)
    for r in recs:
        assert not labelset.validate_record(r, keys, "prefill", tok)
        m = r["meta"]
        assert rep.text[m["char_start"]:m["char_end"]] == labelset.sentence_of(r)
        for s in labelset.metrics_of(r):
            assert s["text"] == next(x["text"] for x in m["rules"]
                                     if x["start"] == s["start"] - m["sentence_offset"])
