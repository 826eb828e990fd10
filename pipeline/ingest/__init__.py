"""Ingest: bytes of one file -> normalised text + page map + metadata."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError
from .html import html_title, read_html
from .lines import SourcePages
from .normalise import NormalisedText, PageMap, normalise
from .pdf import read_pdf
from .sniff import SUPPORTED_SUFFIXES, pdf_header_at, sniff
from .text import looks_binary, read_text

# The longest normalised text the pipeline takes (the spaCy pipeline's max_length must
# be at least this; a test keeps the two in step). Longer documents fail at ingest.
MAX_CHARS = 5_000_000

__all__ = ["MAX_CHARS", "IngestError", "Ingested", "PageMap", "ingest_bytes", "read_source"]


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
    kind = sniff(data)
    expected = SUPPORTED_SUFFIXES.get(suffix)
    # A file named .pdf with a header after junk goes to the PDF reader even without a
    # trailer (a truncated download), so that the error says what is wrong with it.
    if kind == "pdf" or (expected == "pdf" and pdf_header_at(data) is not None):
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


def _too_long(n_chars: int) -> IngestError:
    return IngestError(f"document too long ({n_chars:,} characters; limit {MAX_CHARS:,})")


def ingest_bytes(path: Path, data: bytes, engine: str = "pypdfium2") -> Ingested:
    src = read_source(path, data, engine)
    # Normalising takes out spaces, running heads and page numbers, never most of a text:
    # a source four times over the limit is refused before that work (and its memory).
    raw_chars = sum(len(line.text) + 1 for line in src.lines)
    if raw_chars > 4 * MAX_CHARS:
        raise _too_long(raw_chars)
    norm = normalise(src)
    if not norm.text.strip():
        raise IngestError(f"no text found in the {src.source_format} file")
    if len(norm.text) > MAX_CHARS:
        raise _too_long(len(norm.text))
    return Ingested(norm, src.n_pages, src.source_format, src.engine, src.encoding)
