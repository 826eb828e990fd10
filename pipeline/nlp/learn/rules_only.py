"""The rules alone against the labels of the TRAIN reports: what tuning the number rules reads.

    python -m pipeline.nlp.learn.evaluate --rules-only --split train   # or --split dev

Runs today's pipeline on the train reports of split.csv (OFSTED_CORPUS, default
../shared/corpus) and prints numbers found (recall, precision, as issue 7 counts them),
value and unit agreement and per-field agreement on the matched numbers, then every missed
number, every extra one and every matched number whose value or unit differs, each with its
sentence. The test split is refused: no rule may be tuned by looking at it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .data import Aligned, Record, RulesReport, align, load_records, load_rules
from .evaluate import FIELDS, rules_fields, score

SPLITS = {"train": ("train", "dev"), "dev": ("dev",)}  # split.csv's train = train + dev
MARK = ("[[", "]]")
VALUE_TOLERANCE = 0.051  # a fraction's percentage is labelled to one decimal (33.3)


def same_value(rule_value: str, gold_value: float) -> bool:
    try:
        v = float(rule_value)
    except ValueError:
        return False
    return abs(v - gold_value) <= max(VALUE_TOLERANCE, abs(gold_value) * 1e-4)


def marked(text: str, start: int, end: int) -> str:
    return f"{text[:start]}{MARK[0]}{text[start:end]}{MARK[1]}{text[end:]}"


@dataclass
class Finding:
    source_path: str
    kind: str  # missed, extra, value
    number: str  # the number as written
    note: str  # value and unit (gold and/or rules)
    sentence: str  # with the number marked

    def line(self) -> str:
        sentence = " ".join(self.sentence.split())
        return f"  {self.source_path} \"{self.number}\" {self.note} | {sentence}"


def unlabelled_rows(records: list[Record], rules: dict[str, RulesReport]) -> list[Finding]:
    """The rules' numbers in sentences no label line holds: extra, as the reports are
    labelled whole."""
    out = []
    by_src: dict[str, list[Record]] = {}
    for r in records:
        by_src.setdefault(r.source_path, []).append(r)
    for src, recs in sorted(by_src.items()):
        spans = [(r.char_start, r.char_end) for r in recs]
        text = rules[src].text
        for row in rules[src].metrics:
            s, e = int(row["char_start"]), int(row["char_end"])
            if any(a <= s and e <= b for a, b in spans):
                continue
            # The sentence the pipeline gave as evidence, found around the number.
            ev = row.get("evidence") or text[max(0, s - 150):e + 150]
            at = text.rfind(ev, 0, e) if ev in text else -1
            sentence = marked(ev, s - at, e - at) if 0 <= at <= s and e <= at + len(ev) \
                else ev
            out.append(Finding(src, "extra", text[s:e],
                               f"rules {row['value']} {row['unit']}", sentence))
    return out


def findings(aligned: list[Aligned]) -> list[Finding]:
    """Missed and extra numbers inside labelled sentences, and matched numbers whose value or
    unit differs from the label."""
    out = []
    for a in aligned:
        r = a.record
        sent = r.text[r.offset:]
        gmatched = {gi: ri for gi, ri in a.pairs}
        rmatched = set(gmatched.values())
        for gi, g in enumerate(r.golds):
            if gi not in gmatched:
                out.append(Finding(r.source_path, "missed", r.text[g.start:g.end],
                                   f"gold {g.value:g} {g.unit}",
                                   marked(sent, g.start - r.offset, g.end - r.offset)))
                continue
            row = a.rules[gmatched[gi]]
            if not same_value(row["value"], g.value) or row["unit"] != g.unit:
                out.append(Finding(r.source_path, "value", r.text[g.start:g.end],
                                   f"gold {g.value:g} {g.unit}, rules \"{row['value_text']}\" "
                                   f"{row['value']} {row['unit']}",
                                   marked(sent, g.start - r.offset, g.end - r.offset)))
        for ri, row in enumerate(a.rules):
            if ri not in rmatched:
                out.append(Finding(r.source_path, "extra", row["value_text"],
                                   f"rules {row['value']} {row['unit']}",
                                   marked(sent, row["start"] - r.offset,
                                          row["end"] - r.offset)))
    return out


def value_agreement(aligned: list[Aligned]) -> dict[str, float | None]:
    pairs = [(a.record.golds[gi], a.rules[ri]) for a in aligned for gi, ri in a.pairs]
    if not pairs:
        return {"value": None, "unit": None}
    return {"value": round(sum(same_value(r["value"], g.value) for g, r in pairs)
                           / len(pairs), 4),
            "unit": round(sum(r["unit"] == g.unit for g, r in pairs) / len(pairs), 4)}


def evaluate(records: list[Record], rules: dict[str, RulesReport]) -> dict:
    """The score table of the rules on these records, and what they missed and added."""
    aligned, extra = align(records, rules)
    outside = unlabelled_rows(records, rules)
    table = score(aligned, len(outside),
                  {"rules": [rules_fields(a, ri) for a in aligned for _gi, ri in a.pairs]})
    table.update(value_agreement(aligned))
    table["label_lines_not_in_text"] = extra["label_lines_not_in_text"]
    table["reports"] = len({r.source_path for r in records})
    return {"table": table, "findings": findings(aligned) + outside}


def run(split: str = "train") -> dict:
    if split not in SPLITS:
        raise ValueError(f"--split {split}: the rules are scored on {' or '.join(SPLITS)} "
                         f"only (the test split is never used for tuning)")
    records = [r for r in load_records() if r.split in SPLITS[split]]
    rules = load_rules(sorted({r.source_path for r in records}))
    return evaluate(records, rules)


def report(result: dict, out: Callable[[str], None] = print, lists: bool = True) -> None:
    t = result["table"]
    out(f"{t['reports']} reports, {t['statements']} statements ({t['label_lines']} label "
        f"lines), {t['numbers_labelled']} labelled numbers, {t['numbers_rules']} found by the "
        f"rules, {t['numbers_matched']} matched"
        + (f"; {t['label_lines_not_in_text']} label lines not in today's text"
           if t["label_lines_not_in_text"] else ""))
    out(f"{'numbers: recall':<22}{t['recall']:>8.1%}")
    out(f"{'numbers: precision':<22}{t['precision']:>8.1%}")
    out(f"{'value (matched)':<22}{t['value']:>8.1%}")
    out(f"{'unit (matched)':<22}{t['unit']:>8.1%}")
    for f in FIELDS:
        out(f"{f:<22}{t['fields'][f]['rules']:>8.1%}")
    if not lists:
        return
    for kind, title in (("missed", "missed (labelled, not found)"),
                        ("extra", "extra (found, not labelled)"),
                        ("value", "value or unit differs")):
        rows = [f for f in result["findings"] if f.kind == kind]
        out(f"\n{title}: {len(rows)}")
        for f in rows:
            out(f.line())

