"""Tell the real type of a file from its bytes, not its name."""

from __future__ import annotations

SUPPORTED_SUFFIXES = {".pdf": "pdf", ".txt": "text", ".text": "text",
                      ".html": "html", ".htm": "html"}


def sniff(head: bytes) -> str:
    """Return pdf, html, zip or unknown for the first bytes of a file."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    low = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head[:8192].lower():
        return "html"
    if low.startswith(b"<!doctype html") or low.startswith(b"<html"):
        return "html"
    return "unknown"
