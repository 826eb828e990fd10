"""Plain-text reader: decide the encoding per file, keep form feeds as page breaks."""

from __future__ import annotations

from .errors import IngestError
from .lines import Line, SourcePages

# Tried in order; latin-1 decodes anything, so it is last and recorded as a fallback.
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name as recorded)."""
    for enc in ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8-sig":
            return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
        return text, enc
    raise IngestError("text cannot be decoded")  # unreachable: latin-1 accepts all bytes


def looks_binary(data: bytes) -> bool:
    """True for bytes no person would call text (NULs, or many control characters)."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.02 * max(len(sample), 1)


def text_to_lines(text: str) -> tuple[list[Line], int | None]:
    """Split text into Lines; blank lines become paragraph gaps, form feeds pages."""
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    paged = len(pages) > 1
    lines: list[Line] = []
    for pno, page in enumerate(pages, start=1):
        gap: bool | None = None if paged else True
        for raw in page.split("\n"):
            stripped = raw.strip()
            if not stripped:
                gap = True
                continue
            lines.append(Line(stripped, pno if paged else None, gap, indent=raw[:1].isspace()))
            gap = False
    return lines, (len(pages) if paged else None)


def read_text(data: bytes) -> SourcePages:
    if looks_binary(data):
        raise IngestError("file is binary data, not text")
    text, enc = decode(data)
    lines, n_pages = text_to_lines(text)
    return SourcePages(lines, n_pages, "text", "text", enc)
