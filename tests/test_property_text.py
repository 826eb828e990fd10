"""Random and adversarial text thrown at every extractor: no exception, no failed extractor.

Hypothesis builds texts from the pieces reports are made of (figures, signs, bullets,
list numbers, headings, labels) and from arbitrary unicode, with long lines and blank
ones; every component must take them without failing.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import IngestError, ingest_bytes
from pipeline.nlp.analyse import make_doc, records_from_doc
from pipeline.nlp.build import load_nlp
from pipeline.nlp.metrics import MetricExtractor, MetricRules
from pipeline.nlp.structure import TextIndex

PIECES = [
    "12%", "52.5 per cent", "70.6 per 10,000", "£2,000", "£1.2 million", "1,234", "-5%",
    "one", "Sixty", "twenty-five", "2013-14", "2013\u201314", "31 March 2015", "(2).", "1. ",
    "2.1 ", "- ", "\u2022 ", "\u25aa", "Overall effectiveness", "Inadequate", "Good",
    "Requires improvement to be good", "Judgement Grade", "What needs to improve?",
    "Lead inspector: Jane Smith HMI", "Dear Mr Jones", "Yours sincerely", "Inspection dates:",
    "compared with", "from", "to", "against a target of", "children looked after",
    "care leavers", ":", ".", ";", ",", "(", ")", " ", " ", " ", "\n", "\n\n", "\t",
    "\u00a0", "\u00ad", "\ufffe", "\u2019s", "\u201c", "e.g.", "No.", "Record of main findings",
    "Grade 3 (Adequate)", "Ofsted", "www.gov.uk", "0300 123 1231", "page 3 of 12",
]

texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12),
              st.integers(0, 100_000).map(str),
              st.sampled_from(["9", "%", "\n", "- "]).map(lambda s: s * 300)),
    max_size=120,
).map("".join)

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(texts)
def test_metric_rules_take_any_text(text: str) -> None:
    found = MetricExtractor(MetricRules()).extract(text, TextIndex(text))
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.value_text


@FAST
@given(texts)
def test_every_component_takes_any_text(text: str) -> None:
    try:
        ing = ingest_bytes(Path("random.txt"), text.encode("utf-8"))
    except IngestError:
        return  # an empty or binary-looking file: a clear one-line error, by design
    doc = make_doc(ing.norm.text, ing.norm.page_runs, ing.norm.footnotes, nlp=load_nlp())
    rec = records_from_doc(doc)
    failed = [p for p in rec["problems"] if "failed" in p]
    assert not failed, failed
    n = len(ing.norm.text)
    for table, rows in rec["tables"].items():
        for r in rows:
            assert 0 <= r["char_start"] <= r["char_end"] <= n, (table, r)
