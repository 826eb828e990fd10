"""Command line: `ofsted run raw/ --out extracted/` and one command per stage."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .batch import (
    DEFAULT_MAX_MB,
    DEFAULT_TIMEOUT,
    Clock,
    InputFile,
    Settings,
    UsageError,
    analyse_task,
    discover,
    failed_file_row,
    ingest_fingerprint,
    ingest_task,
    pipeline_fingerprint,
    run_pool,
    run_task,
    summary,
)
from .formats import DEFAULT_FORMATS, parse_formats
from .store import Store, read_json, write_json

DESCRIPTION = """\
Read Ofsted inspection reports on local authority children's services (PDF, text,
HTML) into clean, traceable CSV tables: reports, judgements, inspectors, dates,
metrics, sections, improvements. Every value carries its page, character span and
the sentence it came from.

Stages (each runs alone, reading what the one before left in OUT_DIR):
  ingest   files -> normalised text + page map   (OUT_DIR/text/)
  segment  text -> sections                      (OUT_DIR/segments/)
  extract  text -> rows for every table           (OUT_DIR/records/)
  export   rows -> CSV tables + schema.json       (OUT_DIR/*.csv; --format adds
                                                  Parquet, Excel, DuckDB)
  run      all four

Example: ofsted run raw/ --out extracted/
"""


def _add_batch_options(p: argparse.ArgumentParser, inputs: bool) -> None:
    if inputs:
        p.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="files or directories (searched recursively); "
                            ".pdf, .txt, .html/.htm")
    p.add_argument("--out", required=True, type=Path, metavar="OUT_DIR",
                   help="output directory (created if missing)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="documents processed in parallel (default: all cores); "
                        "output is identical whatever N is")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per document; a document over it is stopped and "
                        f"reported as failed (default {DEFAULT_TIMEOUT:g})")
    p.add_argument("--force", action="store_true",
                   help="redo every document instead of reusing earlier results")
    if inputs:
        p.add_argument("--pdf-engine", choices=("pypdfium2", "pdfplumber"),
                       default="pypdfium2",
                       help="PDF text engine: pypdfium2 (fast, default) or pdfplumber "
                            "(slower, pdfminer's layout analysis)")
        p.add_argument("--max-size-mb", type=float, default=DEFAULT_MAX_MB, metavar="MB",
                       help=f"files larger than this are reported, not read "
                            f"(default {DEFAULT_MAX_MB:g})")


def _formats(text: str) -> tuple[str, ...]:
    try:
        return parse_formats(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _add_format_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", type=_formats, default=DEFAULT_FORMATS, metavar="FORMATS",
                   help="comma-separated, from csv, parquet, xlsx, duckdb (default csv): "
                        "the CSV tables are always written; parquet adds <table>.parquet, "
                        "xlsx tables.xlsx, duckdb tables.duckdb, all from the same rows")


# The commands that work document by document: (name, reads INPUTs, help, description).
BATCH_COMMANDS = (
    ("run", True, "all stages: inputs -> tables in OUT_DIR",
     "Run ingest, segment, extract and export on the inputs."),
    ("ingest", True, "files -> normalised text and page maps",
     "Read every input file into OUT_DIR/text/ and list every file found, with its "
     "status, in OUT_DIR/manifest.json."),
    ("segment", False, "text -> sections (after ingest)",
     "Find the sections of every ingested text (OUT_DIR/segments/)."),
    ("extract", False, "text -> table rows (after ingest)",
     "Run the whole NLP pipeline on every ingested text (OUT_DIR/records/, and segments)."),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ofsted", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for name, takes_inputs, short, long in BATCH_COMMANDS:
        p = sub.add_parser(name, help=short, description=long)
        _add_batch_options(p, inputs=takes_inputs)
        if name == "run":
            _add_format_option(p)
            _add_site_flag(p)
    p = sub.add_parser("export", help="table rows -> CSV tables (after extract)",
                       description="Write reports.csv and the other tables, with "
                                   "schema.json, into OUT_DIR.")
    p.add_argument("--out", required=True, type=Path, metavar="OUT_DIR")
    _add_format_option(p)

    p = sub.add_parser("evaluate", help="compare tables with gold labels",
                       description="Precision, recall and F1 per field and table, and "
                                   "every miss with its evidence.")
    from .evaluate import add_arguments

    add_arguments(p)

    _add_site_command(sub)

    p = sub.add_parser("build-model", help="assemble the spaCy pipeline and save it",
                       description="Build the spaCy pipeline from the components and "
                                   "rule files and save it (default pipeline/models/ofsted).")
    p.add_argument("--path", type=Path, default=None, help="where to save it")

    p = sub.add_parser("train", help="train the metric-category classifier",
                       description="Train the spaCy textcat for metric categories on the "
                                   "hand-labelled sentences, score it against the rules on "
                                   "held-out reports, and save it with the scores in its "
                                   "meta.json (default: inside pipeline/models/ofsted). Run "
                                   "`ofsted build-model` after it.")
    p.add_argument("--labels", type=Path, default=None,
                   help="labelled sentences "
                        "(default tests/fixtures/labels/metric_categories.jsonl)")
    p.add_argument("--path", type=Path, default=None, help="where to save the classifier")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(
        out=str(args.out.resolve()),
        engine=getattr(args, "pdf_engine", "pypdfium2"),
        max_mb=getattr(args, "max_size_mb", DEFAULT_MAX_MB),
        force=args.force,
        ingest_fp=ingest_fingerprint(),
        pipeline_fp=pipeline_fingerprint(),
    )


def _prepare(out: Path) -> Store:
    store = Store(out)
    try:
        store.prepare()
        probe = out / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write to output directory {out}: {exc.strerror or exc}") from exc
    return store


def _write_manifest(store: Store, rows: list[dict]) -> None:
    rows = sorted(rows, key=lambda r: (r["source_path"], r.get("report_id", "")))
    write_json(store.manifest, {"files": rows})


def _ingest_rows(args: argparse.Namespace, s: Settings, fn) -> list[dict]:
    files = discover(args.inputs)
    return run_pool(fn, files, s, args.workers, args.timeout, args.command,
                    lambda f, err: failed_file_row(f, err) if isinstance(f, InputFile) else {})


def _analyse_all(store: Store, args: argparse.Namespace, s: Settings, sections_only: bool) -> list:
    if not store.manifest.exists():
        raise UsageError(f"{store.manifest} not found: run `ofsted ingest` first")
    manifest = read_json(store.manifest)
    ids = sorted({r["report_id"] for r in manifest["files"] if r["status"] == "ok"})
    fn = _segment_task if sections_only else analyse_task
    results = run_pool(fn, ids, s, args.workers, args.timeout, args.command,
                       lambda rid, err: {"report_id": rid, "status": "failed", "error": err})
    failed = {r["report_id"]: r["error"] for r in results if r.get("status") == "failed"}
    if failed:
        for row in manifest["files"]:
            if row["report_id"] in failed:
                row.update(status="failed", error=failed[row["report_id"]])
        write_json(store.manifest, manifest)
    return manifest["files"]


def _segment_task(rid: str, s: Settings) -> dict:
    return analyse_task(rid, s, sections_only=True)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    clock = Clock()
    try:
        if args.command == "build-model":
            from .nlp.build import DEFAULT_MODEL_DIR, save

            print(f"saved {save(args.path or DEFAULT_MODEL_DIR)}")
            return 0
        if args.command == "train":
            from .nlp import train

            result = train.run(args.labels or train.LABELS_FILE, args.path or train.TEXTCAT_DIR)
            for k, v in result["held_out_accuracy"].items():
                print(f"{k:<30} held-out accuracy {v:.1%}")
            print(f"shipped: {result['shipped']} ({result['n_train']} train, "
                  f"{result['n_test']} held-out labels)")
            return 0
        if args.command == "site":
            return _site(args.out, args.gold)
        if args.command == "evaluate":
            from .evaluate import main as evaluate_main

            return evaluate_main(args)
        store = _prepare(args.out)
        if args.command == "export":
            from .export import export

            tables = export(store, args.format)
            print(summary(tables["reports"], clock.seconds()))
            return 0
        s = _settings(args)
        if args.command in ("run", "ingest"):
            rows = _ingest_rows(args, s, run_task if args.command == "run" else ingest_task)
            _write_manifest(store, rows)
        else:
            rows = _analyse_all(store, args, s, sections_only=args.command == "segment")
        if args.command == "run":
            from .export import export

            rows = export(store, args.format)["reports"]
        print(summary(rows, clock.seconds()))
        if args.command == "run" and args.site:
            return _site(args.out, None)
        return 0
    except UsageError as exc:
        print(f"ofsted: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ofsted: interrupted; tables from the previous run are left as they were",
              file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        sys.stderr.close()
        return 0


# --- the review site (pipeline/site): `ofsted site` and `ofsted run --site` -----------------

def _add_site_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", action="store_true",
                   help="also write the review site to OUT_DIR/site/ (see `ofsted site`)")


def _add_site_command(sub) -> None:
    p = sub.add_parser("site", help="tables -> a static review site in OUT_DIR/site/",
                       description="Write a static site to OUT_DIR/site/ that opens from the "
                                   "file system: an index of every report, one page per "
                                   "report with every extracted value highlighted in its "
                                   "text, and one page per authority with its grades and "
                                   "metrics over time. Run after `ofsted run`.")
    p.add_argument("--out", required=True, type=Path, metavar="OUT_DIR",
                   help="the output directory of `ofsted run`")
    p.add_argument("--gold", type=Path, default=None, metavar="DIR",
                   help="gold folder as `ofsted evaluate` reads it: mark the evaluation's "
                        "misses and extras on the report pages")


def _site(out: Path, gold: Path | None) -> int:
    from .site import build

    if not (out / "reports.csv").exists():
        raise UsageError(f"{out / 'reports.csv'} not found: run `ofsted run` first")
    if gold is not None and not gold.is_dir():
        raise UsageError(f"gold folder {gold} not found")
    index = build(out, gold)
    print(f"site: {index} (open it in a browser)")
    return 0
