"""`make model`'s training of the metric-field models, from the labels to the saved pipeline.

1. Load the labels; carve dev from the train reports (whole reports, fixed salt).
2. Run today's pipeline (the rules) on the labelled reports; align its numbers to the labels.
3. Train on train; on dev, tune the span thresholds and choose, per field, rules or model.
4. Train again on train + dev with the same settings (the model shipped), then score rules,
   model and shipped on test (the only use of the test split) and on dev.
5. Save the pipeline with every score and choice in its meta.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language

from ...contract import METRIC_ROLES
from ..build import save_whole
from ..components.fields_model import FIELDS_MODEL_DIR, INPUTS_KEY, FieldsModel, Statement
from ..resources import load_json
from . import evaluate as ev
from .data import DEV_SALT, DEV_SHARE, align, load_records, load_rules
from .train import SEED, Settings, rules_rows, train

# A fixed statement whose predictions are recorded in meta.json, for the test that the saved
# models reproduce them (tests/test_fields_model.py).
PROBE = ("The re-referral rate fell from 24% in 2014-15 to 19% by March 2016, below the "
         "national average of 22%.")


def probe_fields(model: FieldsModel) -> list[dict[str, str]]:
    targets = [(PROBE.index(n), PROBE.index(n) + len(n)) for n in ("24%", "19%", "22%")]
    fields = model.predict(Statement(PROBE, 0, 0), targets,
                           rules=[{"role": "", "category": ""}] * len(targets))
    return [{k: row[k] for k in ev.FIELDS} for row in fields]


def _log(msg: str) -> None:
    print(msg, flush=True)


# The classifiers (category, role) and what is kept of them with keep_textcats: their
# components, what they were trained to read, the way shipped and their recorded scores.
TEXTCATS = ("category", "role")


def kept_textcats(path: Path) -> Language:
    """A saved fields model whose category and role classifiers are to be kept (read before
    training: `path` may be where the new model is saved)."""
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"{path}: no saved fields model (config.cfg) to keep the "
                                f"category and role classifiers of")
    return spacy.load(path)


def with_textcats(nlp: Language, kept: Language) -> None:
    """Replace nlp's category and role classifiers, in place, by those of `kept` (the same
    components, weights and inputs); the span model stays nlp's."""
    for name in TEXTCATS:
        nlp.remove_pipe(name)
    for name in TEXTCATS:
        nlp.add_pipe(name, source=kept)
    if INPUTS_KEY in kept.meta:
        nlp.meta[INPUTS_KEY] = dict(kept.meta[INPUTS_KEY])


def run(out: Path = FIELDS_MODEL_DIR, settings: Settings | None = None,
        retrain_on_dev: bool = True, log=_log, dev_only: bool = False,
        dump: Path | None = None, skip_test: bool = False,
        keep_textcats: Path | None = None) -> dict:
    """Train, choose on dev, retrain, score and save (the module's docstring). With
    `keep_textcats` (a saved fields model), only the span model is new: the category and
    role classifiers of that model are kept with the ways its meta.json shipped them; their
    dev rows are those it recorded (trained on train + dev, they cannot be scored on dev
    again), their test rows this pipeline's own (they read the new span model's measure)."""
    settings = settings or Settings()
    clock = time.monotonic()
    kept = kept_textcats(keep_textcats) if keep_textcats is not None else None
    kept_meta = kept.meta.get("ofsted", {}) if kept is not None else {}
    categories = sorted(c["key"] for c in load_json("categories.json")["categories"])
    roles = sorted(METRIC_ROLES)
    records = load_records()
    by_split = {s: [r for r in records if r.split == s] for s in ("train", "dev", "test")}
    log("labels: " + ", ".join(
        f"{s} {len({r.source_path for r in rs})} reports, "
        f"{sum(1 for r in rs if r.golds)} statements, {sum(len(r.golds) for r in rs)} numbers"
        for s, rs in by_split.items()))
    rules = load_rules(sorted({r.source_path for r in records}))
    aligned, extra = align(records, rules)
    outside = extra["rules_numbers_outside_labelled_sentences"]
    log(f"rules run and aligned ({time.monotonic() - clock:.0f} s): {extra}")

    def part(split: str):
        return [a for a in aligned if a.record.split == split]

    ruled = rules_rows(aligned)
    nlp, counts = train(by_split["train"], categories, roles, settings, log=log, rules=ruled,
                        textcats=kept is None)
    if kept is not None:  # the kept classifiers read dev (their rows replaced below)
        with_textcats(nlp, kept)
    model = FieldsModel(nlp, {})
    dev = part("dev")
    cands = ev.span_candidates(model, dev)
    model.thresholds = ev.tune_thresholds(dev, cands)
    dev_systems = {"rules": [ev.rules_fields(a, ri) for a in dev for _gi, ri in a.pairs],
                   "model": ev.model_fields(model, dev, cands)}
    shipped = ev.choose(dev, dev_systems)
    if kept is not None:
        shipped.update({f: kept_meta["shipped"][f] for f in TEXTCATS})
    dev_systems["shipped"] = ev.shipped_rows(dev_systems, shipped)
    dev_table = ev.score(dev, outside.get("dev", 0), dev_systems)
    if kept is not None:
        # the kept classifiers' own figures, recorded when they were chosen (trained on
        # train + dev, they cannot be scored on dev again)
        for f in TEXTCATS:
            dev_table["fields"][f] = dict(kept_meta["scores"]["dev"]["fields"][f])
    log(f"dev (model trained on train): thresholds {model.thresholds}, shipped {shipped}")
    log(f"trained and chosen ({time.monotonic() - clock:.0f} s)")
    if dump is not None:  # for reading the disagreements on dev
        golds = [ev.gold_fields(a, gi) for a in dev for gi, _ri in a.pairs]
        where = [{"text": a.record.text, "source_path": a.record.source_path,
                  "char_start": a.record.char_start,
                  "number": a.record.text[a.record.golds[gi].start:a.record.golds[gi].end]}
                 for a in dev for gi, _ri in a.pairs]
        with open(dump, "w", encoding="utf-8") as fh:
            for i, g in enumerate(golds):
                fh.write(json.dumps({**where[i], "gold": g,
                                     **{k: v[i] for k, v in dev_systems.items()}}) + "\n")
    if dev_only:  # trying settings: the test split is not looked at
        ev.format_table({"shipped": shipped, "dev": dev_table}, log)
        return {"shipped": shipped, "dev": dev_table}

    if retrain_on_dev:
        nlp, counts = train(by_split["train"] + by_split["dev"], categories, roles, settings,
                            log=log, rules=ruled, textcats=kept is None)
        model = FieldsModel(nlp, model.thresholds)
    if kept is not None:
        with_textcats(nlp, kept)
    scores = {"shipped": shipped, "dev": dev_table}
    if not skip_test:
        test = part("test")
        test_systems = {"rules": [ev.rules_fields(a, ri) for a in test for _gi, ri in a.pairs],
                        "model": ev.model_fields(model, test)}
        test_systems["shipped"] = ev.shipped_rows(test_systems, shipped)
        scores["test"] = ev.score(test, outside.get("test", 0), test_systems)
    ev.format_table(scores, log)

    nlp.meta.update(name="metric_fields", version="0.1.0", description=(
        "Metric fields learnt from data/metric_labels: MEASURE / POPULATION / PERIOD spans "
        "of one marked number (spancat), its category and its role (textcat, bag of words)"))
    nlp.meta["ofsted"] = {
        "labels": "data/metric_labels/reports",
        "split": {"test": "split.csv", "dev": f"train reports, first {DEV_SHARE:.0%} by "
                  f"sha256('{DEV_SALT}' + source_path)"},
        "reports": {s: len({r.source_path for r in rs}) for s, rs in by_split.items()},
        "statements": {s: sum(1 for r in rs if r.golds) for s, rs in by_split.items()},
        "numbers": {s: sum(len(r.golds) for r in rs) for s, rs in by_split.items()},
        "trained_on": "train + dev" if retrain_on_dev else "train",
        "training_examples": counts,
        "thresholds": model.thresholds, "shipped": shipped, "scores": scores,
        "dev_scores_from": "the model trained on train alone",
        "probe": {"text": PROBE, "fields": probe_fields(model)},
        "alignment": extra, "seed": SEED, "settings": {
            k: list(v) if isinstance(v, tuple) else v for k, v in vars(settings).items()},
        **({"textcats_kept": {
            "from": "the fields model saved before this training (its trained_on, seed and "
                    "settings below the span model's)",
            "trained_on": kept_meta.get("trained_on"), "seed": kept_meta.get("seed"),
            "settings": kept_meta.get("settings"),
            "scores": "category and role dev rows: the kept model's recorded ones"}}
           if kept is not None else {}),
        "agreement": "role, category: exact; measure, population, period: content-word F1 "
                     ">= 0.5 with the gold span (labelset.words_f1), both empty agree",
    }
    save_whole(nlp, out)
    log(f"saved {out} ({time.monotonic() - clock:.0f} s)")
    return nlp.meta["ofsted"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.nlp.learn",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--path", type=Path, default=FIELDS_MODEL_DIR, help="where to save it")
    p.add_argument("--settings", type=json.loads, default={},
                   help='hyper-parameters as JSON, e.g. \'{"span_epochs": 8}\' (for trying '
                        'them on dev; the shipped ones are the defaults)')
    p.add_argument("--no-retrain", action="store_true",
                   help="ship the model trained on train alone (faster)")
    p.add_argument("--dev-only", action="store_true",
                   help="train on train, score on dev and stop: for trying settings (the "
                        "test split is neither scored nor saved)")
    p.add_argument("--dump-dev", type=Path, metavar="FILE",
                   help="write the dev split's gold, rules and model fields (JSON lines)")
    p.add_argument("--skip-test", action="store_true",
                   help="save the model without scoring the test split (for trying a "
                        "setting end to end, e.g. on the seeds, with --path elsewhere)")
    p.add_argument("--keep-textcats", type=Path, metavar="MODEL",
                   help="train the span model only: keep the category and role classifiers "
                        "of this saved fields model (e.g. the shipped one), with the ways "
                        "and scores its meta.json recorded")
    args = p.parse_args(argv)
    import pipeline.nlp  # noqa: F401  (registers the tokenizer)

    run(args.path, Settings(**args.settings), retrain_on_dev=not args.no_retrain,
        dev_only=args.dev_only, dump=args.dump_dev, skip_test=args.skip_test,
        keep_textcats=args.keep_textcats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
