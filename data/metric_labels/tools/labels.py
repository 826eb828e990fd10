"""Metric labels: prefill, edit, apply, validate, stats, list (see ../GUIDELINES.md).

    .venv/bin/python data/metric_labels/tools/labels.py prefill 0197e059fe4a
    $EDITOR data/metric_labels/edit/0197e059fe4a.txt
    .venv/bin/python data/metric_labels/tools/labels.py apply 0197e059fe4a --labeller NAME
    .venv/bin/python data/metric_labels/tools/labels.py validate
    .venv/bin/python data/metric_labels/tools/labels.py stats
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import editfmt  # noqa: E402
import labelset  # noqa: E402

EDIT_DIR = labelset.LABELS_DIR / "edit"
HELP_LINES = """\
# Read data/metric_labels/GUIDELINES.md first. For each block: read the sentence (and the
# report around it when needed), fix the numbers and spans, then change the block's status
# to corrected. Apply: labels.py apply {stem} --labeller NAME (re-run it as often as you like).
#   * "QUOTED NUMBER"[#k] VALUE UNIT ROLE CATEGORY      one line per number
#   measure: / population: / period:  "quoted"[#k] | ^"quoted in the context"[#k] | -
#     before the first number: for every number; indented under a number: for that one
# To reject the rules' numbers: delete the * lines and mark the block corrected.
# Candidate blocks (at the end) are sentences with numbers the rules did not take: to add
# one, add its * lines and change candidate to corrected. === new corrected + text: ... adds
# a stretch of the report no block shows (the text must occur once in the report).
"""


def stem_of(arg: str) -> tuple[str, str]:
    """(source_path, stem) of a report given as a file name, a stem or an edit/label path."""
    stem = Path(arg).name.split(".")[0]
    split = labelset.read_split()
    for source_path in split:
        if Path(source_path).stem == stem:
            return source_path, stem
    raise SystemExit(f"error: {arg}: no such report in split.csv")


def _prefill_module():
    import prefill

    return prefill


def cmd_prefill(args) -> int:
    prefill = _prefill_module()
    targets = [stem_of(a) for a in args.reports]
    todo = []
    for source_path, stem in targets:
        path = labelset.label_path(source_path)
        if path.exists() and not args.force:
            recs = labelset.read_lines(path)
            if any(r["meta"]["status"] == "corrected" for r in recs):
                print(f"{stem}: has corrected lines, left alone (labels.py edit {stem} "
                      "writes its editing file)")
                continue
        todo.append((source_path, stem))
    fresh = [sp for sp, _ in todo
             if not (prefill.RUN_DIR / "records" /
                     f"{labelset.read_split()[sp]['report_sha256'][:16]}.json").exists()]
    if fresh:
        print(f"running the pipeline on {len(fresh)} report(s)...", flush=True)
        prefill.run_pipeline(fresh)
    for source_path, stem in todo:
        rep = prefill.load_report(source_path)
        recs = prefill.prefill_records(rep)
        labelset.write_lines(labelset.label_path(source_path), recs)
        out = write_edit_file(source_path, stem, recs, rep)
        print(f"{stem}: {len(recs)} statements prefilled -> {out}")
    return 0


def write_edit_file(source_path: str, stem: str, recs: list[dict], rep=None,
                    candidates: bool = True) -> Path:
    row = labelset.read_split()[source_path]
    parts = [f"# report: {source_path}\n# split: {row['split']}\n"
             f"# document_type: {row['document_type']}\n" + HELP_LINES.format(stem=stem)]
    parts += [editfmt.render_block(r) for r in recs]
    if candidates and rep is not None:
        prefill = _prefill_module()
        taken = {(r["meta"]["char_start"], r["meta"]["char_end"]) for r in recs}
        cands = prefill.candidate_sentences(rep, taken)
        parts.append(f"# ---- {len(cands)} candidate sentences: numbers the rules did not take")
        for lo, hi in cands:
            ctx = rep.context(lo)
            parts.append(editfmt.render_candidate(
                lo, hi, rep.page(lo), rep.text[lo:hi],
                rep.text[ctx[0]:ctx[1]] if ctx else None))
    EDIT_DIR.mkdir(parents=True, exist_ok=True)
    out = EDIT_DIR / f"{stem}.txt"
    out.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return out


def cmd_edit(args) -> int:
    source_path, stem = stem_of(args.report)
    path = labelset.label_path(source_path)
    if not path.exists():
        raise SystemExit(f"error: {path} does not exist: run labels.py prefill {stem}")
    out = EDIT_DIR / f"{stem}.txt"
    if out.exists() and not args.force:
        raise SystemExit(f"error: {out} exists (apply it first, or --force to overwrite it)")
    rep = None if args.no_candidates else _prefill_module().load_report(source_path)
    write_edit_file(source_path, stem, labelset.read_lines(path), rep, not args.no_candidates)
    print(out)
    return 0


def _same_labels(a: dict, b: dict) -> bool:
    strip = [{k: v for k, v in s.items() if k != "id"} for s in a["spans"]]
    other = [{k: v for k, v in s.items() if k != "id"} for s in b["spans"]]
    return strip == other


def apply_edit(edit_path: Path, labeller: str) -> tuple[list[dict], dict]:
    """The label lines an editing file describes, merged with the report's label file."""
    header, blocks = editfmt.parse(edit_path.read_text(encoding="utf-8"))
    if "report" not in header:
        raise editfmt.EditError("the file lacks its '# report: NAME.pdf' header line")
    source_path = header["report"]
    path = labelset.label_path(source_path)
    old = {(r["meta"]["char_start"], r["meta"]["char_end"]): r
           for r in (labelset.read_lines(path) if path.exists() else [])}
    rep = None
    seen, out = set(), []
    counts = {"corrected": 0, "changed": 0, "added": 0, "rejected": 0}
    for b in blocks:
        where = f"{edit_path.name} line {b.line}"
        if b.status == editfmt.CANDIDATE:
            if b.numbers:
                raise editfmt.EditError(f"{where}: numbers added to a candidate block: "
                                        "change its status to corrected")
            continue
        key = b.span
        if key is None or key not in old:
            if rep is None:
                rep = _prefill_module().load_report(source_path)
            if key is None:
                try:
                    key = _prefill_module().locate(rep, b.text)
                except ValueError as exc:
                    raise editfmt.EditError(f"{where}: {exc}") from exc
            elif b.text and rep.text[key[0]:key[1]] != b.text:
                raise editfmt.EditError(f"{where}: text differs from the report at {key}")
        if key in seen:
            raise editfmt.EditError(f"{where}: a second block for the sentence at {key}")
        seen.add(key)
        if key in old:
            base = json.loads(json.dumps(old[key]))
            if b.text and b.text != labelset.sentence_of(base):
                raise editfmt.EditError(
                    f"{where}: the text of a listed statement cannot change; to label another "
                    "stretch, add a '=== new corrected' block")
        else:
            base = _prefill_module().base_record(rep, key[0], key[1], b.status, labeller)
            counts["added"] += bool(b.numbers)
        try:
            base_spans = editfmt.block_spans(b, base)
        except editfmt.EditError as exc:
            raise editfmt.EditError(f"{edit_path.name}: {exc}") from exc
        new = dict(base, spans=base_spans)
        new["meta"] = dict(base["meta"], status=b.status)
        changed = key not in old or not _same_labels(new, old[key])
        if b.status == "prefilled" and changed:
            raise editfmt.EditError(f"{where}: changed but still marked prefilled: mark it "
                                    "corrected once you have read it all")
        if b.status == "corrected":
            if not base_spans and key not in old:
                continue  # a candidate or new stretch with no number: nothing to keep
            was_done = key in old and old[key]["meta"]["status"] == "corrected"
            if changed or not was_done:
                if not labeller:
                    raise editfmt.EditError("give --labeller NAME to mark statements corrected")
                new["meta"]["labeller"] = labeller
                counts["changed"] += changed
            counts["corrected"] += 1
            counts["rejected"] += not base_spans
        out.append(new)
    missing = sorted(set(old) - seen)
    if missing:
        raise editfmt.EditError(
            f"{len(missing)} statement(s) of {path.name} have no block (first at {missing[0]}): "
            "keep every block; to reject a statement delete its * lines and mark it corrected")
    return out, counts


def cmd_apply(args) -> int:
    edit_path = Path(args.edit)
    if not edit_path.exists():
        edit_path = EDIT_DIR / f"{stem_of(args.edit)[1]}.txt"
    try:
        recs, counts = apply_edit(edit_path, args.labeller or "")
    except editfmt.EditError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    source_path = recs[0]["meta"]["source_path"] if recs else None
    if source_path is None:
        print("error: the file describes no statement", file=sys.stderr)
        return 1
    keys = labelset.key_sets()
    tok = labelset.blank_tokenizer()
    probs = []
    for i, r in enumerate(recs):
        probs += labelset.validate_record(r, keys, f"block {i + 1} ({r['meta']['char_start']})",
                                          tok)
    if probs:
        print("\n".join(f"error: {p}" for p in probs), file=sys.stderr)
        return 1
    labelset.write_lines(labelset.label_path(source_path), recs)
    n_done = sum(r["meta"]["status"] == "corrected" for r in recs)
    print(f"{labelset.label_path(source_path)}: {len(recs)} lines, {n_done} corrected "
          f"({counts['changed']} changed from before, {counts['added']} added, "
          f"{counts['rejected']} rejected)")
    return 0


def cmd_validate(args) -> int:
    probs = labelset.validate_all(tokenizer=labelset.blank_tokenizer())
    for p in probs:
        print(p)
    n = len(list(labelset.REPORTS_DIR.glob("*.jsonl")))
    print(f"{n} label files, {len(probs)} problems", file=sys.stderr)
    return 1 if probs else 0


def cmd_stats(args) -> int:
    st = labelset.stats()
    if args.json:
        print(json.dumps(st, indent=1))
        return 0
    print(f"{'group':28} {'reports':>8} {'done':>6} {'lines':>7} {'statements':>11} "
          f"{'numbers':>8}")
    for g, c in st["groups"].items():
        print(f"{g:28} {c.get('reports', ''):>8} {c.get('reports corrected', ''):>6} "
              f"{c['lines']:>7} {c['statements']:>11} {c['numbers']:>8}")
    c = st["corrections"]
    if c:
        kept = c.get("numbers_kept", 0)
        print(f"\ncorrected lines against the rules' prefill: {c.get('rules_numbers', 0)} "
              f"numbers prefilled, {kept} kept, {c.get('numbers_removed', 0)} removed, "
              f"{c.get('numbers_added', 0)} added")
        for k in ("value", "unit", "role", "category", *labelset.LINKS):
            n = c.get(f"{k}_changed", 0)
            line = (f"  {k:11} changed on {n:5} of {kept} kept numbers "
                    f"({100 * n / kept if kept else 0:.1f}%)")
            if k in labelset.LINKS:
                d = c.get(f"{k}_disagree_f1", 0)
                line += (f"; content words F1 < 0.5 on {d} "
                         f"({100 * d / kept if kept else 0:.1f}%)")
            print(line)
    return 0


def cmd_list(args) -> int:
    split = labelset.read_split()
    for source_path, row in split.items():
        if args.split and row["split"] != args.split:
            continue
        path = labelset.label_path(source_path)
        recs = labelset.read_lines(path) if path.exists() else []
        done = sum(r["meta"]["status"] == "corrected" for r in recs)
        state = "unlabelled" if not path.exists() else \
            ("corrected" if done == len(recs) else f"{done}/{len(recs)} corrected")
        labellers = sorted({r["meta"]["labeller"] for r in recs} - {labelset.RULES_LABELLER})
        print(f"{Path(source_path).stem}  {row['split']:5}  {row['document_type']:17} "
              f"{row['prefill_statements']:>4}  {state}  {','.join(labellers)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):  # `labels.py list | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prefill", help="run the pipeline and write prefilled labels and the "
                       "editing file")
    p.add_argument("reports", nargs="+", help="report stems or file names (0197e059fe4a)")
    p.add_argument("--force", action="store_true",
                   help="overwrite a label file even if it has corrected lines")
    p.set_defaults(fn=cmd_prefill)
    p = sub.add_parser("edit", help="write the editing file of a report from its labels")
    p.add_argument("report")
    p.add_argument("--force", action="store_true", help="overwrite an existing editing file")
    p.add_argument("--no-candidates", action="store_true",
                   help="leave out sentences the rules took nothing from")
    p.set_defaults(fn=cmd_edit)
    p = sub.add_parser("apply", help="turn an editing file back into the report's labels")
    p.add_argument("edit", help="the editing file, or the report's stem")
    p.add_argument("--labeller", help="your name, recorded on the statements you correct")
    p.set_defaults(fn=cmd_apply)
    p = sub.add_parser("validate", help="check every label file (exit 1 on a problem)")
    p.set_defaults(fn=cmd_validate)
    p = sub.add_parser("stats", help="statements and numbers per split, status and labeller")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_stats)
    p = sub.add_parser("list", help="every report, its split and how far it is labelled")
    p.add_argument("--split", choices=labelset.SPLITS)
    p.set_defaults(fn=cmd_list)
    args = ap.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
