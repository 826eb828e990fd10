"""Ingest: bytes of one file -> normalised text + page map + metadata."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError
from .html import html_title, read_html
from .lines import SourcePages
from .normalise import NormalisedText, PageMap, normalise
from .pdf import ENGINES, read_pdf
from .sniff import SUPPORTED_SUFFIXES, sniff
from .text import looks_binary, read_text

__all__ = ["ENGINES", "IngestError", "Ingested", "PageMap", "ingest_bytes", "read_source"]


@dataclass
class Ingested:
    norm: NormalisedText
    n_pages: int | None
    source_format: str
    engine: str
    encoding: str


def read_source(path: Path, data: bytes, engine: str = "pypdfium2") -> SourcePages:
    """Pick the reader from the bytes; the name only says what the user expected."""
    suffix = path.suffix.lower()
    if not data:
        raise IngestError("empty file (0 bytes)")
    kind = sniff(data[:8192])
    expected = SUPPORTED_SUFFIXES.get(suffix)
    if kind == "pdf":
        return read_pdf(data, engine)
    if expected == "pdf":
        if kind == "html":
            title = html_title(data)
            what = f" (page title: '{title}')" if title else ""
            raise IngestError(f"file named {suffix} is an HTML page, not a PDF{what}")
        raise IngestError(f"file named {suffix} is not a PDF (no PDF header found)")
    if expected is None:
        raise IngestError(f"unsupported file type {suffix or '(no extension)'}")
    if kind == "zip":
        raise IngestError(f"file named {suffix} is a zip archive (Word document?), not text")
    if kind == "html" or expected == "html":
        if looks_binary(data):
            raise IngestError("file is binary data, not HTML")
        return read_html(data)
    return read_text(data)


def ingest_bytes(path: Path, data: bytes, engine: str = "pypdfium2") -> Ingested:
    src = read_source(path, data, engine)
    norm = normalise(src)
    if not norm.text.strip():
        raise IngestError(f"no text found in the {src.source_format} file")
    return Ingested(norm, src.n_pages, src.source_format, src.engine, src.encoding)
