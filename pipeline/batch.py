"""Batch work: find files, hash them, run each document in a worker with a time limit,
reuse earlier results, and account for every file found.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

from pebble import ProcessPool
from tqdm import tqdm

from .store import Store, read_json, write_json

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MB = 200.0


class UsageError(Exception):
    """The run itself cannot run (missing input, unwritable output)."""


@dataclass(frozen=True)
class InputFile:
    path: str
    source_path: str


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def discover(inputs: Iterable[str]) -> list[InputFile]:
    """Every file under the inputs (hidden ones aside), with its contract source_path."""
    found: dict[tuple[str, str], InputFile] = {}
    for raw in inputs:
        root = Path(raw)
        if root.is_file():
            f = InputFile(str(root.resolve()), root.name)
            found[(f.source_path, f.path)] = f
        elif root.is_dir():
            for p in root.rglob("*"):
                rel = p.relative_to(root)
                if p.is_file() and not _hidden(rel):
                    f = InputFile(str(p.resolve()), rel.as_posix())
                    found[(f.source_path, f.path)] = f
        else:
            raise UsageError(f"input not found: {raw}")
    return [found[k] for k in sorted(found)]


def _hash_tree(paths: Iterable[Path], root: Path) -> str:
    """A digest of files' contents and their paths relative to `root`.

    Relative, so the same code gives the same fingerprint in any checkout.
    """
    h = hashlib.sha256()
    for p in sorted(paths):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def ingest_fingerprint() -> str:
    """Changes whenever the ingest code does: cached texts are then redone."""
    return _hash_tree((PACKAGE_DIR / "ingest").rglob("*"), PACKAGE_DIR)


def pipeline_fingerprint() -> str:
    """Changes whenever any code, rule file or the saved model does."""
    from .nlp.build import model_dir

    code = _hash_tree(
        [p for p in PACKAGE_DIR.rglob("*") if p.suffix in (".py", ".json", ".jsonl", ".csv")],
        PACKAGE_DIR)
    mdir = model_dir()
    model = _hash_tree(list(mdir.rglob("*")), mdir) if mdir.exists() else ""
    return hashlib.sha256(f"{code}:{model}".encode()).hexdigest()[:16]


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass(frozen=True)
class Settings:
    out: str
    engine: str = "pypdfium2"
    max_mb: float = DEFAULT_MAX_MB
    force: bool = False
    ingest_fp: str = ""
    pipeline_fp: str = ""


def ingest_task(f: InputFile, s: Settings) -> dict:
    """One file -> text store entry; never raises for bad input."""
    from .ingest import IngestError, ingest_bytes

    store = Store(Path(s.out))
    row = {"source_path": f.source_path, "report_id": "", "sha256": "", "status": "failed",
           "error": "", "pages": "", "source_format": "", "text_engine": "", "encoding": "",
           "n_chars": ""}
    try:
        size = os.path.getsize(f.path)
        if size > s.max_mb * 1e6:
            sha = file_sha256(f.path)  # streamed: the file is not read into memory
            row.update(sha256=sha, report_id=sha[:16])
            row["error"] = f"file too large ({size / 1e6:.0f} MB; the limit is {s.max_mb:g} MB)"
            return row
        data = Path(f.path).read_bytes()  # read once, for the hash and the text
        sha = hashlib.sha256(data).hexdigest()
        row.update(sha256=sha, report_id=sha[:16])
        meta_path = store.text_meta(row["report_id"])
        if not s.force and meta_path.exists() and store.text(row["report_id"]).exists():
            meta = read_json(meta_path)
            if meta.get("ingest_fp") == s.ingest_fp and meta.get("requested_engine") == s.engine:
                row.update({k: meta[k] for k in
                            ("pages", "source_format", "text_engine", "encoding", "n_chars")})
                row["status"] = "ok"
                return row
        got = ingest_bytes(Path(f.path), data, s.engine)
    except IngestError as exc:
        row["error"] = str(exc)
        return row
    except MemoryError:
        row["error"] = "file too large to read into memory"
        return row
    except Exception as exc:  # an unforeseen failure of one file must not stop the batch
        row["error"] = f"internal error while reading: {type(exc).__name__}: {exc}"
        return row
    rid = row["report_id"]
    meta = {
        "report_id": rid,
        "sha256": row["sha256"],
        "pages": got.n_pages if got.n_pages is not None else "",
        "source_format": got.source_format,
        "text_engine": got.engine,
        "requested_engine": s.engine,
        "encoding": got.encoding,
        "n_chars": len(got.norm.text),
        "page_runs": got.norm.page_runs,
        "footnotes": got.norm.footnotes,
        "removed_running_lines": got.norm.removed_lines,
        "ingest_fp": s.ingest_fp,
    }
    from .store import atomic_write

    atomic_write(store.text(rid), got.norm.text)
    write_json(store.text_meta(rid), meta)
    row.update({k: meta[k] for k in ("pages", "source_format", "text_engine", "encoding",
                                      "n_chars")})
    row["status"] = "ok"
    return row


def analyse_task(report_id: str, s: Settings, sections_only: bool = False) -> dict:
    """Normalised text -> segments (and records unless sections_only)."""
    from .nlp.analyse import make_doc, records_from_doc, span_record
    from .nlp.build import PIPE_NAMES

    store = Store(Path(s.out))
    target = store.segments(report_id) if sections_only else store.records(report_id)
    if not s.force and target.exists():
        cached = read_json(target)
        if cached.get("pipeline_fp") == s.pipeline_fp:
            return {"report_id": report_id, "status": "ok", "error": ""}
    try:
        text = store.text(report_id).read_text(encoding="utf-8")
        meta = read_json(store.text_meta(report_id))
        disable: tuple[str, ...] = ()
        if sections_only:
            keep = ("ofsted_sentences", "ofsted_sections")
            disable = tuple(n.removeprefix("ofsted_") for n in PIPE_NAMES if n not in keep)
        doc = make_doc(text, meta["page_runs"], meta["footnotes"], disable=disable)
        if sections_only:
            sections = [span_record("sections", sp) for sp in doc.spans.get("sections", [])]
        else:  # the records hold the sections too: made once, written twice
            rec = records_from_doc(doc)
            rec["pipeline_fp"] = s.pipeline_fp
            sections = rec["tables"]["sections"]
            write_json(store.records(report_id), rec)
        write_json(store.segments(report_id),
                   {"pipeline_fp": s.pipeline_fp, "sections": sections})
    except Exception as exc:  # report the document, keep the batch going
        return {"report_id": report_id, "status": "failed",
                "error": f"internal error while extracting: {type(exc).__name__}: {exc}"}
    return {"report_id": report_id, "status": "ok", "error": ""}


def run_task(f: InputFile, s: Settings) -> dict:
    row = ingest_task(f, s)
    if row["status"] == "ok":
        res = analyse_task(row["report_id"], s)
        if res["status"] != "ok":
            row.update(status=res["status"], error=res["error"])
    return row


def _on_tty() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def run_pool(fn: Callable, items: list, s: Settings, workers: int, timeout: float,
             desc: str, on_fail: Callable[[object, str], dict]) -> list[dict]:
    """Run fn(item, s) in worker processes, one result per item, whatever happens."""
    results: list[dict] = []
    if not items:
        return results
    workers = max(1, min(workers, len(items)))
    with ProcessPool(max_workers=workers) as pool, \
            tqdm(total=len(items), desc=desc, unit="file", disable=not _on_tty()) as bar:
        futures = [(item, pool.schedule(fn, args=(item, s), timeout=timeout)) for item in items]
        for item, fut in futures:
            try:
                results.append(fut.result())
            except FutureTimeout:
                results.append(on_fail(item, f"timed out after {timeout:g} s and was stopped"))
            except Exception as exc:  # the worker died (out of memory, crash in a library)
                results.append(on_fail(item, f"worker failed: {type(exc).__name__}: {exc}"))
            bar.update(1)
    return results


def failed_file_row(f: InputFile, error: str) -> dict:
    try:
        sha = file_sha256(f.path)
    except OSError:
        sha = ""
    return {"source_path": f.source_path, "report_id": sha[:16], "sha256": sha,
            "status": "failed", "error": error}


def summary(rows: list[dict], seconds: float) -> str:
    counts = {k: sum(1 for r in rows if r.get("status") == k) for k in ("ok", "partial", "failed")}
    return (f"{len(rows)} files: {counts['ok']} ok, {counts['partial']} partial, "
            f"{counts['failed']} failed in {seconds:.1f} s")


class Clock:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def seconds(self) -> float:
        return time.perf_counter() - self.start
