"""Metric labels of the held-out sets (../letters/README.md, ../news/README.md): prefill,
edit, apply, validate.

    .venv/bin/python data/metric_labels/tools/heldout.py --set letters prefill  # every source
                        # with a metric row: letters/<stem>.jsonl + edit/letters/<stem>.txt
    $EDITOR data/metric_labels/edit/letters/0167d7c0c9c8.txt
    .venv/bin/python data/metric_labels/tools/heldout.py --set letters apply 0167d7c0c9c8 \
        --labeller NAME
    .venv/bin/python data/metric_labels/tools/heldout.py --set news validate

The sets (pipeline/nlp/learn/heldout.py says where each one's sources are: the letters in
`$OFSTED_CORPUS/letters/pdf`, the invented news texts in tests/fixtures) are not in
split.csv: a set's split is its name, its files live in `<name>/`, and training (which reads
`reports/`) never sees them. The editing format and its rules are those of ../GUIDELINES.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# This checkout's pipeline, not the one an editable install may point at.
sys.path.insert(1, str(Path(__file__).resolve().parents[3]))

import editfmt  # noqa: E402
import labelset  # noqa: E402


class Set:
    """Where one held-out set's labels, editing files and pipeline run live."""

    def __init__(self, name: str) -> None:
        if name not in labelset.HELDOUT_SPLITS:
            raise SystemExit(f"error: no held-out set {name!r} ({labelset.HELDOUT_SPLITS})")
        self.name = self.split = name
        self.labels_dir = labelset.LABELS_DIR / name
        self.edit_dir = labelset.LABELS_DIR / "edit" / name
        self.run_dir = labelset.LABELS_DIR / ".cache" / f"{name}-run"

    def sources(self) -> Path:
        from pipeline.nlp.learn import heldout as learn_heldout

        try:
            return learn_heldout.SETS[self.name].sources()
        except FileNotFoundError as exc:
            raise SystemExit(f"error: {exc}") from None


SET = Set(labelset.LETTERS_SPLIT)  # the set the commands work on (--set)


def use(name: str) -> Set:
    global SET
    SET = Set(name)
    return SET


def run_pipeline(run_dir: Path | None = None) -> None:
    src = SET.sources()
    if not src.is_dir():
        raise SystemExit(f"error: {src} not found (set OFSTED_CORPUS)")
    run_dir = run_dir or SET.run_dir
    run_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(run_dir)]
    done = subprocess.run(cmd, cwd=labelset.REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: the pipeline failed:\n{done.stderr[-2000:]}")


def run_reports(run_dir: Path | None = None) -> dict[str, dict]:
    """reports.csv of the run, by source file name."""
    with open((run_dir or SET.run_dir) / "reports.csv", encoding="utf-8-sig") as f:
        return {r["source_path"]: r for r in csv.DictReader(f)}


def load_source(source_path: str, run_dir: Path | None = None):
    import prefill

    run_dir = run_dir or SET.run_dir
    row = run_reports(run_dir)[source_path]
    rid = row["report_id"]
    text = (run_dir / "text" / f"{rid}.txt").read_text(encoding="utf-8")
    tmeta = json.loads((run_dir / "text" / f"{rid}.json").read_text(encoding="utf-8"))
    records = json.loads((run_dir / "records" / f"{rid}.json").read_text(encoding="utf-8"))
    return prefill.Report(source_path, row["sha256"], SET.split, text,
                          tmeta.get("page_runs") or [], tmeta.get("ingest_fp", ""),
                          records.get("pipeline_fp", ""), records["tables"]["metrics"],
                          prefill.sentence_starts(text))


def label_path(source_path: str) -> Path:
    return labelset.label_path(source_path, SET.labels_dir)


def stem_of(arg: str, run_dir: Path | None = None) -> str:
    stem = Path(arg).name.split(".")[0]
    for source_path in run_reports(run_dir):
        if Path(source_path).stem == stem:
            return source_path
    raise SystemExit(f"error: {arg}: no such source in the {SET.name} run's reports.csv")


def write_edit_file(rep, recs: list[dict]) -> Path:
    import prefill

    stem = Path(rep.source_path).stem
    parts = [f"# report: {rep.source_path}\n# split: {SET.split}\n"]
    parts += [editfmt.render_block(r) for r in recs]
    taken = {(r["meta"]["char_start"], r["meta"]["char_end"]) for r in recs}
    cands = prefill.candidate_sentences(rep, taken)
    parts.append(f"# ---- {len(cands)} candidate sentences: numbers the rules did not take")
    for lo, hi in cands:
        ctx = rep.context(lo)
        parts.append(editfmt.render_candidate(lo, hi, rep.page(lo), rep.text[lo:hi],
                                              rep.text[ctx[0]:ctx[1]] if ctx else None))
    SET.edit_dir.mkdir(parents=True, exist_ok=True)
    out = SET.edit_dir / f"{stem}.txt"
    out.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return out


def cmd_prefill(args) -> int:
    import prefill

    run_pipeline()
    wanted = {stem_of(a) for a in args.sources} if args.sources else None
    for source_path, row in sorted(run_reports().items()):
        if wanted is not None and source_path not in wanted:
            continue
        if not wanted and row["n_metrics"] in ("", "0"):
            continue
        path = label_path(source_path)
        if path.exists() and any(r["meta"]["status"] == "corrected"
                                 for r in labelset.read_lines(path)):
            print(f"{source_path}: has corrected lines, left alone")
            continue
        rep = load_source(source_path)
        recs = prefill.prefill_records(rep)
        labelset.write_lines(path, recs)
        print(f"{source_path}: {len(recs)} statements -> {write_edit_file(rep, recs)}")
    return 0


def apply_edit(edit_path: Path, labeller: str) -> list[dict]:
    """The label lines an editing file describes (labels.py's apply, for a held-out source)."""
    import prefill

    header, blocks = editfmt.parse(edit_path.read_text(encoding="utf-8"))
    source_path = header["report"]
    path = label_path(source_path)
    old = {(r["meta"]["char_start"], r["meta"]["char_end"]): r
           for r in (labelset.read_lines(path) if path.exists() else [])}
    rep = load_source(source_path)
    seen, out = set(), []
    for b in blocks:
        where = f"{edit_path.name} line {b.line}"
        if b.status == editfmt.CANDIDATE:
            if b.numbers:
                raise editfmt.EditError(f"{where}: numbers added to a candidate block")
            continue
        key = b.span if b.span is not None else prefill.locate(rep, b.text)
        if b.span is not None and b.text and rep.text[key[0]:key[1]] != b.text:
            raise editfmt.EditError(f"{where}: text differs from the source at {key}")
        if key in seen:
            raise editfmt.EditError(f"{where}: a second block for the sentence at {key}")
        seen.add(key)
        base = json.loads(json.dumps(old[key])) if key in old else \
            prefill.base_record(rep, key[0], key[1], b.status, labeller)
        spans = editfmt.block_spans(b, base)
        if b.status == "corrected" and not spans and key not in old:
            continue  # a candidate with no metric: nothing to keep
        new = dict(base, spans=spans)
        new["meta"] = dict(base["meta"], status=b.status)
        if b.status == "corrected":
            new["meta"]["labeller"] = labeller
        out.append(new)
    missing = sorted(set(old) - seen)
    if missing:
        raise editfmt.EditError(f"{len(missing)} statement(s) have no block (first at "
                                f"{missing[0]})")
    return out


def validate(tokenizer=None, name: str | None = None) -> list[labelset.Problem]:
    hs = Set(name) if name else SET
    keys = labelset.key_sets()
    errs = []
    for path in sorted(hs.labels_dir.glob("*.jsonl")):
        last = (-1, -1)
        for n, rec in enumerate(labelset.read_lines(path), start=1):
            where = f"{hs.name}/{path.name}:{n}"
            errs += labelset.validate_record(rec, keys, where, tokenizer, splits=(hs.split,))
            m = rec["meta"]
            if Path(m["source_path"]).stem != path.stem:
                errs.append(labelset.Problem(where, "source_path does not match the file"))
            key = (m["char_start"], m["char_end"])
            if key <= last:
                errs.append(labelset.Problem(where, "lines not in text order, or repeated"))
            last = key
    return errs


def cmd_apply(args) -> int:
    edit_path = Path(args.edit)
    if not edit_path.exists():
        edit_path = SET.edit_dir / f"{Path(args.edit).name.split('.')[0]}.txt"
    try:
        recs = apply_edit(edit_path, args.labeller)
    except (editfmt.EditError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    keys, tok = labelset.key_sets(), labelset.blank_tokenizer()
    probs = [p for i, r in enumerate(recs)
             for p in labelset.validate_record(r, keys, f"block {i + 1}", tok,
                                               splits=(SET.split,))]
    if probs:
        print("\n".join(f"error: {p}" for p in probs), file=sys.stderr)
        return 1
    if not recs:
        print(f"{edit_path.name}: no statement, nothing written")
        return 0
    labelset.write_lines(label_path(recs[0]["meta"]["source_path"]), recs)
    done = sum(r["meta"]["status"] == "corrected" for r in recs)
    print(f"{edit_path.stem}: {len(recs)} lines, {done} corrected, "
          f"{sum(len(labelset.metrics_of(r)) for r in recs)} numbers")
    return 0


def cmd_validate(args) -> int:
    probs = validate(labelset.blank_tokenizer())
    for p in probs:
        print(p)
    print(f"{len(list(SET.labels_dir.glob('*.jsonl')))} {SET.name} label files, "
          f"{len(probs)} problems", file=sys.stderr)
    return 1 if probs else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=labelset.LETTERS_SPLIT, choices=labelset.HELDOUT_SPLITS)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prefill", help="run the pipeline on the set and prefill")
    p.add_argument("sources", nargs="*", help="source stems (default: every source the "
                   "rules took a metric from)")
    p.set_defaults(fn=cmd_prefill)
    p = sub.add_parser("apply", help="an editing file back to the source's labels")
    p.add_argument("edit")
    p.add_argument("--labeller", required=True)
    p.set_defaults(fn=cmd_apply)
    p = sub.add_parser("validate", help="check every label file of the set")
    p.set_defaults(fn=cmd_validate)
    args = ap.parse_args(argv)
    use(args.set)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
