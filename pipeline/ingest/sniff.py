"""Tell the real type of a file from its bytes, not its name."""

from __future__ import annotations

import re

SUPPORTED_SUFFIXES = {".pdf": "pdf", ".txt": "text", ".text": "text",
                      ".html": "html", ".htm": "html"}

# PDF readers look for the header in the first kilobyte, allowing junk before it
# (a mail or HTTP header saved with the file).
PDF_HEADER_RE = re.compile(rb"%PDF-\d")
HEADER_WINDOW = 1024
# A real PDF ends with its trailer; text that merely mentions "%PDF-" does not.
PDF_TRAILER_RE = re.compile(rb"%%EOF|startxref")
TRAILER_WINDOW = 2048


def pdf_header_at(data: bytes) -> int | None:
    """Where the PDF header starts within the first kilobyte, if anywhere."""
    m = PDF_HEADER_RE.search(data, 0, HEADER_WINDOW + 6)
    return m.start() if m and m.start() < HEADER_WINDOW else None


def is_pdf(data: bytes) -> bool:
    """A PDF by its bytes: the header first, or after junk with a PDF trailer at the end."""
    at = pdf_header_at(data)
    if at is None:
        return False
    return at == 0 or PDF_TRAILER_RE.search(data[-TRAILER_WINDOW:]) is not None


def sniff(data: bytes) -> str:
    """Return pdf, html, zip or unknown for a file's bytes."""
    if is_pdf(data):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    head = data[:8192]
    low = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower():
        return "html"
    if low.startswith(b"<!doctype html") or low.startswith(b"<html"):
        return "html"
    return "unknown"
