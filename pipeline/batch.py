"""Batch work: find files, hash them, run each document in a worker with a time limit,
reuse earlier results, and account for every file found.
"""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pebble import ProcessPool
from tqdm import tqdm

from .store import Store, atomic_write, read_json, write_json

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MB = 200.0
# The soft limit a document's components check, as a share of --timeout: what
# finished before it is kept, with time left to write it before the hard limit.
SOFT_LIMIT_SHARE = 0.8


class UsageError(Exception):
    """The run itself cannot run (missing input, unwritable output)."""


@dataclass(frozen=True)
class InputFile:
    path: str
    source_path: str
    # Set when the path is not a readable regular file: reported as failed, never opened.
    problem: str = ""


@dataclass
class Discovered:
    files: list[InputFile] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # skipped by rule, listed to the user


def _unreadable(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link never reaches a file)"
    if exc.errno == errno.ENOENT:
        return "dangling symbolic link (it points to nothing)"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return f"cannot be read: {exc.strerror or exc}"


def _not_a_file(mode: int) -> str:
    what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
    return f"not a regular file ({what}); not read"


def discover(inputs: Iterable[str]) -> Discovered:
    """Every path under the inputs, each a file to read or a row saying why it is not.

    Hidden names (starting with ".") inside an input folder are skipped and listed;
    a hidden file given by name is read. Links to folders are followed once each.
    """
    found: dict[tuple[str, str], InputFile] = {}
    hidden: list[str] = []

    def add(f: InputFile) -> None:
        found[(f.source_path, f.path)] = f

    def walk(folder: str, rel: str, seen: set[tuple[int, int]]) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            add(InputFile(folder, f"{rel}/" if rel else "./",
                          f"folder {_unreadable(exc)}"))
            return
        for entry in entries:
            sub = f"{rel}/{entry.name}" if rel else entry.name
            if entry.name.startswith("."):
                hidden.append(sub)
                continue
            try:
                st = os.stat(entry.path)
            except OSError as exc:
                add(InputFile(entry.path, sub, _unreadable(exc)))
                continue
            if stat.S_ISDIR(st.st_mode):
                if (st.st_dev, st.st_ino) in seen:
                    add(InputFile(entry.path, sub, "link to a folder already searched "
                                                   "(a cycle); not followed"))
                else:
                    walk(entry.path, sub, seen | {(st.st_dev, st.st_ino)})
            elif stat.S_ISREG(st.st_mode):
                add(InputFile(os.path.realpath(entry.path), sub))
            else:
                add(InputFile(entry.path, sub, _not_a_file(st.st_mode)))

    for raw in inputs:
        if not os.path.lexists(raw):
            raise UsageError(f"input not found: {raw}")
        name = Path(raw).name or raw
        try:
            st = os.stat(raw)
        except OSError as exc:
            add(InputFile(os.path.abspath(raw), name, _unreadable(exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            walk(raw, "", {(st.st_dev, st.st_ino)})
        elif stat.S_ISREG(st.st_mode):
            add(InputFile(os.path.realpath(raw), name))
        else:
            add(InputFile(os.path.abspath(raw), name, _not_a_file(st.st_mode)))
    return Discovered([found[k] for k in sorted(found)], sorted(hidden))


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


def text_key(text: bytes, meta: dict) -> str:
    """What a document's records are computed from: its text and its page map.

    Part of the records' cache key, so that records are redone whenever ingest gives
    another text (another --pdf-engine, a changed normaliser), whatever the cause.
    """
    h = hashlib.sha256(text)
    h.update(repr((meta.get("page_runs"), meta.get("footnotes"))).encode())
    return h.hexdigest()


@dataclass(frozen=True)
class Settings:
    out: str
    engine: str = "pypdfium2"
    max_mb: float = DEFAULT_MAX_MB
    force: bool = False
    ingest_fp: str = ""
    pipeline_fp: str = ""
    timeout: float = DEFAULT_TIMEOUT
    stage: str = "run"  # the command: a document stopped in one is not retried in it


def stop_key(s: Settings) -> str:
    """Which work a hard-time-limit stop was for: the same command, code and engine."""
    return f"{s.stage}:{s.engine}:{s.ingest_fp}:{s.pipeline_fp}"


def record_stop(s: Settings, report_id: str) -> None:
    """Remember that a document was stopped at the hard limit (called in the main process)."""
    if not report_id:
        return
    path = Store(Path(s.out)).stopped(report_id)
    stops = read_json(path) if path.exists() else {}
    stops[stop_key(s)] = max(s.timeout, stops.get(stop_key(s), 0))
    write_json(path, stops)


def earlier_stop(s: Settings, report_id: str) -> str:
    """The error for a document the same work stopped before at the same or a larger limit.

    Without this, a document over the limit would cost the whole --timeout on every run
    and fail the same way each time; --force or a larger --timeout tries it again.
    """
    path = Store(Path(s.out)).stopped(report_id)
    if s.force or not path.exists():
        return ""
    limit = read_json(path).get(stop_key(s))
    if limit is None or s.timeout > limit:
        return ""
    return (f"timed out after {limit:g} s and was stopped on an earlier run; not tried "
            f"again (a larger --timeout or --force retries it)")


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
        meta = cached_text_meta(store, row["report_id"], s)
        if meta is not None:
            row.update({k: meta[k] for k in
                        ("pages", "source_format", "text_engine", "encoding", "n_chars")})
            row["status"] = "ok"
            return row
        stopped = earlier_stop(s, row["report_id"])
        if stopped:
            row["error"] = stopped
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
    text = got.norm.text.encode("utf-8")
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
    meta["text_key"] = text_key(text, meta)
    atomic_write(store.text(rid), text)
    write_json(store.text_meta(rid), meta)
    row.update({k: meta[k] for k in ("pages", "source_format", "text_engine", "encoding",
                                      "n_chars")})
    row["status"] = "ok"
    return row


def cached_text_meta(store: Store, rid: str, s: Settings) -> dict | None:
    """The text store's entry when it was made by this ingest code and engine, whole."""
    meta_path, text_path = store.text_meta(rid), store.text(rid)
    if s.force or not meta_path.exists() or not text_path.exists():
        return None
    meta = read_json(meta_path)
    if meta.get("ingest_fp") != s.ingest_fp or meta.get("requested_engine") != s.engine:
        return None
    # The text and its metadata are two files: a run killed between writing them
    # leaves a text that the metadata does not describe.
    if meta.get("text_key") != text_key(text_path.read_bytes(), meta):
        return None
    return meta


def analyse_task(report_id: str, s: Settings, sections_only: bool = False,
                 started: float | None = None) -> dict:
    """Normalised text -> segments (and records unless sections_only).

    Records are reused when made by the same code, rules and model from the same text
    and page map. Components stop at a soft limit (SOFT_LIMIT_SHARE of --timeout from
    `started`); what finished is kept and the report is partial with the reason.
    """
    from .nlp.analyse import make_doc, records_from_doc, span_record
    from .nlp.build import PIPE_NAMES

    started = time.monotonic() if started is None else started
    store = Store(Path(s.out))
    target = store.segments(report_id) if sections_only else store.records(report_id)
    try:
        text_bytes = store.text(report_id).read_bytes()
        meta = read_json(store.text_meta(report_id))
        key = f"{s.pipeline_fp}:{text_key(text_bytes, meta)}"
        if not s.force and target.exists() and _reusable(read_json(target), key, s):
            return {"report_id": report_id, "status": "ok", "error": ""}
        stopped = earlier_stop(s, report_id)
        if stopped:
            return {"report_id": report_id, "status": "failed", "error": stopped}
        disable: tuple[str, ...] = ()
        if sections_only:
            keep = ("ofsted_sentences", "ofsted_sections")
            disable = tuple(n.removeprefix("ofsted_") for n in PIPE_NAMES if n not in keep)
        deadline = started + SOFT_LIMIT_SHARE * s.timeout
        doc = make_doc(text_bytes.decode("utf-8"), meta["page_runs"], meta["footnotes"],
                       disable=disable, deadline=deadline)
        # Past the soft limit with a problem: some component was cut short. Such a result
        # is reused only while --timeout is no larger (a larger one may finish it).
        cut = time.monotonic() > deadline and bool(doc._.problems)
        stamp = {"cache_key": key, "time_limited": s.timeout if cut else None}
        if sections_only:
            sections = [span_record("sections", sp) for sp in doc.spans.get("sections", [])]
        else:  # the records hold the sections too: made once, written twice
            rec = records_from_doc(doc)
            rec.update(stamp)
            sections = rec["tables"]["sections"]
            write_json(store.records(report_id), rec)
        write_json(store.segments(report_id), {**stamp, "sections": sections})
    except Exception as exc:  # report the document, keep the batch going
        return {"report_id": report_id, "status": "failed",
                "error": f"internal error while extracting: {type(exc).__name__}: {exc}"}
    return {"report_id": report_id, "status": "ok", "error": ""}


def _reusable(cached: dict, key: str, s: Settings) -> bool:
    if cached.get("cache_key") != key:
        return False
    limited = cached.get("time_limited")
    return limited is None or s.timeout <= limited


def run_task(f: InputFile, s: Settings) -> dict:
    started = time.monotonic()
    row = ingest_task(f, s)
    if row["status"] == "ok":
        res = analyse_task(row["report_id"], s, started=started)
        if res["status"] != "ok":
            row.update(status=res["status"], error=res["error"])
    return row


def _on_tty() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _worker_start() -> None:
    # Ctrl-C reaches the whole process group: the workers leave it to the main process,
    # which stops them all at once, instead of each dying half-way through a write.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _stop_requests() -> Iterator[threading.Event]:
    """SIGINT and SIGTERM set an event instead of raising wherever the main thread is.

    An interrupt raised inside the pool's own locking could leave it unable to stop;
    polled, it stops the pool from a known place.
    """
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop  # signals reach only the main thread
        return
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_pool(fn: Callable, items: list, s: Settings, workers: int, timeout: float,
             desc: str, on_fail: Callable[[object, str, bool], dict]) -> list[dict]:
    """Run fn(item, s) in worker processes, one result per item, whatever happens.

    `on_fail(item, error, timed_out)` makes the result of an item whose worker was
    stopped or died. Ctrl-C (or SIGTERM) stops every worker at once and raises
    KeyboardInterrupt.
    """
    results: list[dict] = []
    if not items:
        return results
    workers = max(1, min(workers, len(items)))
    pool = ProcessPool(max_workers=workers, initializer=_worker_start)
    with _stop_requests() as stop:
        try:
            with tqdm(total=len(items), desc=desc, unit="file", disable=not _on_tty()) as bar:
                futures = [(item, pool.schedule(fn, args=(item, s), timeout=timeout))
                           for item in items]
                for item, fut in futures:
                    while not wait([fut], timeout=0.05).done:
                        if stop.is_set():
                            raise KeyboardInterrupt
                    results.append(_result(fut, item, timeout, on_fail))
                    bar.update(1)
                if stop.is_set():
                    raise KeyboardInterrupt
        except BaseException:
            pool.stop()  # kills running workers: nothing waits for a document to finish
            pool.join()
            raise
    pool.close()
    pool.join()
    return results


def _result(fut, item, timeout: float, on_fail: Callable[[object, str, bool], dict]) -> dict:
    try:
        return fut.result()
    except FutureTimeout:
        return on_fail(item, f"timed out after {timeout:g} s and was stopped", True)
    except Exception as exc:  # the worker died (out of memory, a library crash)
        return on_fail(item, f"worker failed: {type(exc).__name__}: {exc}", False)


def failed_file_row(f: InputFile, error: str) -> dict:
    try:
        sha = file_sha256(f.path)
    except OSError:
        sha = ""
    return {"source_path": f.source_path, "report_id": sha[:16], "sha256": sha,
            "status": "failed", "error": error}


def unreadable_row(f: InputFile) -> dict:
    return {"source_path": f.source_path, "report_id": "", "sha256": "", "status": "failed",
            "error": f.problem}


def summary(rows: list[dict], seconds: float) -> str:
    counts = {k: sum(1 for r in rows if r.get("status") == k) for k in ("ok", "partial", "failed")}
    return (f"{len(rows)} files: {counts['ok']} ok, {counts['partial']} partial, "
            f"{counts['failed']} failed in {seconds:.1f} s")


class Clock:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def seconds(self) -> float:
        return time.perf_counter() - self.start
