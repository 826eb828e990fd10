"""Where each stage keeps its work in OUT_DIR, and how it writes without half-files.

    OUT/manifest.json            every input file found by the last ingest, with status
    OUT/text/<report_id>.txt     normalised text (all offsets refer to it)
    OUT/text/<report_id>.json    page map, footnote spans, source format, engine
    OUT/segments/<report_id>.json  sections found by the sectionizer
    OUT/records/<report_id>.json   every extracted row, per table
    OUT/stopped/<report_id>.json   a document stopped at the hard time limit, and when
    OUT/*.csv, OUT/schema.json   the tables (export): links into the published set
    OUT/.tables/<digest>/        the published set of tables, written whole before it
    OUT/.tables/current          is switched to by replacing this one link
    OUT/.lock                    held by the run writing into OUT (its pid inside)
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TABLES_DIR = ".tables"
CURRENT = "current"


class OutputBusy(Exception):
    """Another run holds the output directory."""


class Store:
    def __init__(self, out: Path) -> None:
        self.out = Path(out)

    def prepare(self) -> None:
        for sub in ("text", "segments", "records"):
            (self.out / sub).mkdir(parents=True, exist_ok=True)

    @property
    def manifest(self) -> Path:
        return self.out / "manifest.json"

    def text(self, report_id: str) -> Path:
        return self.out / "text" / f"{report_id}.txt"

    def text_meta(self, report_id: str) -> Path:
        return self.out / "text" / f"{report_id}.json"

    def segments(self, report_id: str) -> Path:
        return self.out / "segments" / f"{report_id}.json"

    def records(self, report_id: str) -> Path:
        return self.out / "records" / f"{report_id}.json"

    def stopped(self, report_id: str) -> Path:
        return self.out / "stopped" / f"{report_id}.json"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Files and folders get the permissions any new file would (mkstemp's are private).
FILE_MODE = 0o666 & ~_umask()


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path` and rename it into place.

    A run killed half-way leaves the previous file whole, never a truncated one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, FILE_MODE)
        text_args = {} if mode == "wb" else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **text_args) as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, obj) -> None:
    atomic_write(path, json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold OUT/.lock for the whole run; a second run into OUT fails at once.

    A POSIX record lock (lockf) belongs to the process that took it: the kernel drops it
    when that process ends however it ends, so a lock left by a killed run is simply
    taken over, and worker processes forked from the run do not hold it.
    """
    path = out / ".lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            os.close(fd)
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            holder = path.read_text(encoding="ascii", errors="replace").strip() or "unknown"
            raise OutputBusy(f"output directory {out} is in use by another ofsted run "
                             f"(pid {holder}); wait for it to finish or choose another "
                             f"--out") from None
        print(f"ofsted: warning: {out} is on a file system without locks: make sure no "
              f"other run writes into it", file=sys.stderr)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays, as removing it would race


def publish(out: Path, files: dict[str, bytes]) -> Path:
    """Make `files` the tables of OUT as one unit; returns the folder that holds them.

    The set is written whole into OUT/.tables/<digest>/, then OUT/.tables/current is
    switched to it by renaming a new link over the old one, which is atomic: whoever
    follows OUT/reports.csv (a link to .tables/current/reports.csv) sees the old set or
    the new one, never a mix, and a run killed before the switch leaves the old set.
    """
    versions = out / TABLES_DIR
    versions.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{name}\0{len(files[name])}\0".encode())
        digest.update(files[name])
    target = versions / digest.hexdigest()[:16]
    if not target.is_dir():  # an identical set is already there otherwise
        staging = versions / f".staging-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            for name, data in files.items():
                (staging / name).write_bytes(data)
            os.rename(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    try:
        _link(versions / CURRENT, target.name)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS):
            raise
        return _publish_without_links(out, files, versions)
    for name in sorted(files):  # in place from the first export on; only then replaced
        _link(out / name, f"{TABLES_DIR}/{CURRENT}/{name}")
    for old in versions.iterdir():  # we hold the lock: nothing else is being written
        if old.name not in (CURRENT, target.name):
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
    return target


def _publish_without_links(out: Path, files: dict[str, bytes], versions: Path) -> Path:
    """Where the file system has no symbolic links (FAT, some network shares): each table
    is still replaced whole, but one at a time, so the set is not switched as one."""
    print(f"ofsted: warning: {out} is on a file system without symbolic links: the tables "
          f"are replaced one by one, not as one set", file=sys.stderr)
    for name in sorted(files):
        atomic_write(out / name, files[name])
    shutil.rmtree(versions, ignore_errors=True)
    return out


def _link(path: Path, to: str) -> None:
    """Point the link `path` at `to`, replacing whatever is there in one rename."""
    if path.is_symlink() and os.readlink(path) == to:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link")
    tmp.unlink(missing_ok=True)
    os.symlink(to, tmp)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
