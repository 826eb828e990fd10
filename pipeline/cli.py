"""Command line: `ofsted run raw/ --out extracted/` and one command per stage."""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .batch import (
    DEFAULT_MAX_MB,
    DEFAULT_TIMEOUT,
    SOFT_LIMIT_SHARE,
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
    record_stop,
    run_pool,
    run_task,
    summary,
    unreadable_row,
)
from .formats import DEFAULT_FORMATS, parse_formats
from .store import OutputBusy, Store, locked, read_json, write_json

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


def _at_least(kind: type, minimum: float, exclusive: bool = False):
    """An argparse type: a finite number above `minimum`, else a one-line error."""
    what = "a whole number" if kind is int else "a finite number"
    bound = f"{what} {'greater than' if exclusive else 'at least'} {minimum:g}"

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number, not {text!r}") from None
        if not (value > minimum if exclusive else value >= minimum) or value == float("inf"):
            raise argparse.ArgumentTypeError(f"must be {bound}, not {text}")
        return value

    return parse


def _add_batch_options(p: argparse.ArgumentParser, inputs: bool) -> None:
    if inputs:
        p.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="files or directories (searched recursively); "
                            ".pdf, .txt, .html/.htm")
    p.add_argument("--out", required=True, type=Path, metavar="OUT_DIR",
                   help="output directory (created if missing)")
    p.add_argument("--workers", type=_at_least(int, 1), metavar="N",
                   default=os.cpu_count() or 1,
                   help="documents processed in parallel (default: all cores); "
                        "output is identical whatever N is")
    p.add_argument("--timeout", type=_at_least(float, 0, exclusive=True),
                   default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit per document (default {DEFAULT_TIMEOUT:g}): at "
                        f"{SOFT_LIMIT_SHARE * 100:.0f}%% of it the extractors stop and keep what "
                        f"they found (status partial); a document still running at the "
                        f"limit is stopped and reported as failed")
    p.add_argument("--force", action="store_true",
                   help="redo every document instead of reusing earlier results")
    if inputs:
        p.add_argument("--pdf-engine", choices=("pypdfium2", "pdfplumber"),
                       default="pypdfium2",
                       help="PDF text engine: pypdfium2 (fast, default) or pdfplumber "
                            "(slower, pdfminer's layout analysis)")
        p.add_argument("--max-size-mb", type=_at_least(float, 0, exclusive=True),
                       default=DEFAULT_MAX_MB, metavar="MB",
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
    analyses = args.command != "ingest"  # ingest alone needs no spaCy, nor its fingerprint
    return Settings(
        out=str(args.out.resolve()),
        engine=getattr(args, "pdf_engine", "pypdfium2"),
        max_mb=getattr(args, "max_size_mb", DEFAULT_MAX_MB),
        force=args.force,
        ingest_fp=ingest_fingerprint(),
        pipeline_fp=pipeline_fingerprint() if analyses else "",
        timeout=args.timeout,
        stage=args.command,
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
    found = discover(args.inputs)
    if found.hidden:
        shown = ", ".join(found.hidden[:10])
        more = f" and {len(found.hidden) - 10} more" if len(found.hidden) > 10 else ""
        print(f"ofsted: skipped {len(found.hidden)} hidden path(s) (names starting with "
              f"'.'): {shown}{more}", file=sys.stderr)
    readable = [f for f in found.files if not f.problem]

    def on_fail(f: InputFile, err: str, timed_out: bool) -> dict:
        row = failed_file_row(f, err)
        if timed_out:
            record_stop(s, row["report_id"])
        return row

    rows = run_pool(fn, readable, s, args.workers, args.timeout, args.command, on_fail)
    return rows + [unreadable_row(f) for f in found.files if f.problem]


def _analyse_all(store: Store, args: argparse.Namespace, s: Settings, sections_only: bool) -> list:
    if not store.manifest.exists():
        raise UsageError(f"{store.manifest} not found: run `ofsted ingest` first")
    manifest = read_json(store.manifest)
    ids = sorted({r["report_id"] for r in manifest["files"] if r["status"] == "ok"})
    fn = _segment_task if sections_only else analyse_task

    def on_fail(rid: str, err: str, timed_out: bool) -> dict:
        if timed_out:
            record_stop(s, rid)
        return {"report_id": rid, "status": "failed", "error": err}

    results = run_pool(fn, ids, s, args.workers, args.timeout, args.command, on_fail)
    failed = {r["report_id"]: r["error"] for r in results if r.get("status") == "failed"}
    if failed:
        for row in manifest["files"]:
            if row["report_id"] in failed:
                row.update(status="failed", error=failed[row["report_id"]])
        write_json(store.manifest, manifest)
    return manifest["files"]


def _segment_task(rid: str, s: Settings) -> dict:
    return analyse_task(rid, s, sections_only=True)


def _terminated(signum, frame) -> None:
    raise KeyboardInterrupt


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """`kill PID` stops a run the way Ctrl-C does: workers stopped, tables untouched."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals can only be handled in the main thread
        return
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def entry() -> None:
    """The console script and `python -m pipeline`: main(), then exit promptly."""
    code = main()
    # The process is about to end: spare it the garbage collector's last sweep over
    # every object spaCy and the rules made at import (about a second here), so that
    # Ctrl-C and the end of a run return at once.
    gc.freeze()
    sys.exit(code)


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
        if args.command == "export" and not (args.out / "manifest.json").is_file():
            raise UsageError(f"nothing to export in {args.out}: no manifest.json there "
                             f"(run `ofsted run INPUT... --out {args.out}` first)")
        store = _prepare(args.out)
        with locked(store.out), _sigterm_interrupts():
            return _batch(args, store, clock)
    except (UsageError, OutputBusy) as exc:
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


def _batch(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    from .export import export

    if args.command == "export":
        print(summary(export(store, args.format)["reports"], clock.seconds()))
        return 0
    s = _settings(args)
    if args.command in ("run", "ingest"):
        rows = _ingest_rows(args, s, run_task if args.command == "run" else ingest_task)
        _write_manifest(store, rows)
    else:
        rows = _analyse_all(store, args, s, sections_only=args.command == "segment")
    if args.command == "run":
        rows = export(store, args.format)["reports"]
    print(summary(rows, clock.seconds()))
    if args.command == "run" and args.site:
        return _site(args.out, None)
    return 0
