"""Where each stage keeps its work in OUT_DIR, and how it writes without half-files.

    OUT/manifest.json            every input file found by the last ingest, with status
    OUT/text/<report_id>.txt     normalised text (all offsets refer to it)
    OUT/text/<report_id>.json    page map, footnote spans, source format, engine
    OUT/segments/<report_id>.json  sections found by the sectionizer
    OUT/records/<report_id>.json   every extracted row, per table
    OUT/*.csv, OUT/schema.json   the tables (export)
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


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


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path` and rename it into place.

    A run killed half-way leaves the previous file whole, never a truncated one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
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
