"""Score the rules, the trained models and the shipped per-field choice against the labels.

    python -m pipeline.nlp.learn.evaluate             # the table recorded in meta.json
    python -m pipeline.nlp.learn.evaluate --rescore   # re-run the rules and the saved
                                                      # model on the labels (needs the corpus)
    python -m pipeline.nlp.learn.evaluate --rules-only --split train
                                     # the rules alone on the train reports, with every missed
                                     # and extra number (rules_only.py; for tuning the rules)
    python -m pipeline.nlp.learn.evaluate --letters   # the shipped pipeline on the letters'
                                                      # labels (heldout.py; never trained on)
    python -m pipeline.nlp.learn.evaluate --news      # the same on the invented news texts

Fields, as issue 7 scores them: numbers found (recall and precision of the rules' numbers
against the labelled ones, by overlapping character spans in the normalised text; a rules
number in a sentence no label line holds counts against precision: the reports are labelled
whole), then on the matched numbers role and category (exact), measure, population and
period (content-word F1 >= 0.5 with the gold span's text, both empty agreeing).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..components.fields_model import (
    FALLBACK,
    FIELDS_MODEL_DIR,
    MIX,
    MODEL,
    MODEL_THEN_RULES,
    RULES,
    FieldsModel,
    Statement,
    decide,
)
from .data import LINKS, Aligned

FIELDS = ("role", "category", *LINKS)
SYSTEMS = ("rules", "model", "shipped")
AGREE = 0.5  # content-word F1 at which a free-text field agrees with the gold


def agree(field: str, pred: str, gold: str) -> bool:
    from .data import labelset

    if field in LINKS:
        return labelset().words_f1(pred, gold) >= AGREE
    return (pred or "") == (gold or "")


def gold_fields(a: Aligned, gi: int) -> dict[str, str]:
    g = a.record.golds[gi]
    return {"role": g.role, "category": g.category,
            **{k: a.record.link_text(g, k) for k in LINKS}}


def rules_fields(a: Aligned, ri: int) -> dict[str, str]:
    row = a.rules[ri]
    return {k: row.get(k) or "" for k in FIELDS}


def _jobs(aligned: list[Aligned]) -> list[tuple[Statement, tuple[int, int],
                                                 list[tuple[int, int]]]]:
    """Per matched pair (in aligned order): its statement, the rules' number, and the
    statement's numbers, as the model is shown them."""
    jobs = []
    for a in aligned:
        st = Statement(a.record.text, a.record.offset, a.record.char_start)
        others = [(r["start"], r["end"]) for r in a.rules]
        for _gi, ri in a.pairs:
            jobs.append((st, (a.rules[ri]["start"], a.rules[ri]["end"]), others))
    return jobs


def span_candidates(model: FieldsModel, aligned: list[Aligned], batch: int = 64) -> list[dict]:
    """Per matched pair (in aligned order), per link field: the best span's text and score
    (FieldsModel.span_texts, the run time's choice)."""
    return model.span_texts(_jobs(aligned), batch)


def tune_thresholds(aligned: list[Aligned], cands: list[dict]) -> dict[str, float]:
    """Per link field, the score threshold under which the model says "no span" that agrees
    most often with the labels of these statements (the dev split). Ties: the lower."""
    golds = [gold_fields(a, gi) for a in aligned for gi, _ri in a.pairs]
    out = {}
    for k in LINKS:
        best = None
        for t in (0.0, 0.01, 0.02, *(step / 20 for step in range(1, 20))):
            n = sum(agree(k, c[k][0] if c[k][1] >= t else "", g[k])
                    for c, g in zip(cands, golds, strict=True))
            if best is None or n > best[0]:
                best = (n, t)
        out[k] = best[1] if best else 0.5
    return out


def model_fields(model: FieldsModel, aligned: list[Aligned],
                 cands: list[dict] | None = None) -> list[dict[str, str]]:
    """The model's fields of each matched pair (in aligned order), as the run time makes
    them (FieldsModel.fields_of, with the model's thresholds)."""
    cands = cands if cands is not None else span_candidates(model, aligned)
    ruled = [a.rules[ri] for a in aligned for _gi, ri in a.pairs]
    return model.fields_of(_jobs(aligned), cands, ruled)


def score(aligned: list[Aligned], outside: int, systems: dict[str, list[dict]]) -> dict:
    """Numbers found, and per field and system the share of matched numbers that agree."""
    n_gold = sum(len(a.record.golds) for a in aligned)
    n_rules = sum(len(a.rules) for a in aligned) + outside
    n_match = sum(len(a.pairs) for a in aligned)
    golds = [gold_fields(a, gi) for a in aligned for gi, _ri in a.pairs]
    table = {"statements": sum(1 for a in aligned if a.record.golds),
             "label_lines": len(aligned), "numbers_labelled": n_gold,
             "numbers_rules": n_rules, "numbers_matched": n_match,
             "recall": round(n_match / n_gold, 4) if n_gold else None,
             "precision": round(n_match / n_rules, 4) if n_rules else None,
             "fields": {}}
    for f in FIELDS:
        table["fields"][f] = {
            name: round(sum(agree(f, p[f], g[f]) for p, g in zip(rows, golds, strict=True))
                        / len(golds), 4) if golds else None
            for name, rows in systems.items()}
    return table


# Scores at which a mixed way ("mix:T", components/fields_model.decide) may switch from
# the rules to the model; tried on dev, with the rules alone, the model alone and (for the
# category) the rules with the model where they have none.
MIX_GRID = (0.01, 0.02, *(round(k / 20, 2) for k in range(1, 20)))


def _value(systems: dict[str, list[dict]], choice: str, i: int, f: str) -> str:
    return decide(choice, f, systems["rules"][i][f], systems["model"][i])


def shipped_rows(systems: dict[str, list[dict]], choice: dict[str, str]) -> list[dict]:
    return [{f: _value(systems, choice[f], i, f) for f in FIELDS}
            for i in range(len(systems["rules"]))]


def choose(aligned: list[Aligned], systems: dict[str, list[dict]]) -> dict[str, str]:
    """Per field, the way that agrees with the dev labels most often; ties go to the rules,
    then to the way listed first (the simpler)."""
    golds = [gold_fields(a, gi) for a in aligned for gi, _ri in a.pairs]
    out = {}
    for f in FIELDS:
        ways = [RULES, *([FALLBACK] if f == "category" else []), MODEL,
                *([MODEL_THEN_RULES] if f in LINKS else []),
                *(f"{MIX}{t}" for t in MIX_GRID)]
        hits = {w: sum(agree(f, _value(systems, w, i, f), g[f]) for i, g in enumerate(golds))
                for w in ways}
        out[f] = max(ways, key=lambda w: (hits[w], -ways.index(w)))
    return out


def format_table(results: dict, out: Callable[[str], None] = print) -> None:
    for split in ("dev", "test"):
        t = results.get(split)
        if not t:
            continue
        out(f"\n{split}: {t['statements']} statements ({t['label_lines']} label lines), "
            f"{t['numbers_labelled']} labelled numbers, {t['numbers_matched']} matched")
        out(f"{'field':<22}{'rules':>9}{'model':>9}{'shipped':>9}  shipped is")
        out(f"{'numbers found: recall':<22}{t['recall']:>9.1%}{t['recall']:>9.1%}"
            f"{t['recall']:>9.1%}  rules (no model)")
        out(f"{'numbers: precision':<22}{t['precision']:>9.1%}{t['precision']:>9.1%}"
            f"{t['precision']:>9.1%}  rules (no model)")
        for f, s in t["fields"].items():
            out(f"{f:<22}" + "".join(f"{s[k]:>9.1%}" for k in SYSTEMS)
                + f"  {results['shipped'][f].replace('_', ' ')}")


def rescore(path: Path = FIELDS_MODEL_DIR) -> dict:
    """Run today's rules and the saved model on the dev and test labels."""
    from .data import align, load_records, load_rules

    model = FieldsModel.load(path)
    shipped = model.shipped
    records = [r for r in load_records() if r.split in ("dev", "test")]
    rules = load_rules(sorted({r.source_path for r in records}))
    aligned, extra = align(records, rules)
    outside = extra["rules_numbers_outside_labelled_sentences"]
    results: dict = {"shipped": shipped}
    for split in ("dev", "test"):
        part = [a for a in aligned if a.record.split == split]
        systems = {"rules": [rules_fields(a, ri) for a in part for _gi, ri in a.pairs],
                   "model": model_fields(model, part)}
        systems["shipped"] = shipped_rows(systems, shipped)
        results[split] = score(part, outside.get(split, 0), systems)
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.nlp.learn.evaluate",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--model", type=Path, default=FIELDS_MODEL_DIR)
    p.add_argument("--rescore", action="store_true",
                   help="re-run the rules and the model on the labels instead of printing "
                        "the scores recorded in the model's meta.json")
    p.add_argument("--rules-only", action="store_true",
                   help="score the rules alone on --split and list the missed and extra "
                        "numbers with their sentences (needs the corpus)")
    p.add_argument("--split", choices=("train", "dev"), default="train",
                   help="with --rules-only: split.csv's train reports (train + dev), or dev "
                        "alone; never test")
    p.add_argument("--letters", action="store_true",
                   help="score the shipped pipeline (with --rules-only: the rules alone) on "
                        "the letters' labels (data/metric_labels/letters; needs the corpus)")
    p.add_argument("--news", action="store_true",
                   help="score the shipped pipeline (with --rules-only: the rules alone) on "
                        "the news texts' labels (data/metric_labels/news)")
    p.add_argument("--no-lists", action="store_true",
                   help="with --rules-only: the scores without the lists")
    args = p.parse_args(argv)
    import pipeline.nlp  # noqa: F401  (registers the tokenizer and the suggester)

    if args.letters or args.news:
        from . import heldout, rules_only

        try:
            result = heldout.score("letters" if args.letters else "news",
                                   rules_only=args.rules_only)
        except FileNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        rules_only.report(result, lists=not args.no_lists)
        return 0

    if args.rules_only:
        from . import rules_only

        rules_only.report(rules_only.run(args.split), lists=not args.no_lists)
        return 0

    if args.rescore:
        results = rescore(args.model)
    else:
        meta = args.model / "meta.json"
        if not meta.is_file():
            print(f"error: {meta} not found: run `make model`", file=sys.stderr)
            return 2
        results = json.loads(meta.read_text(encoding="utf-8"))["ofsted"]["scores"]
    format_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
