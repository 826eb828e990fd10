"""Plain-text reader: decide the encoding per file, keep form feeds as page breaks."""

from __future__ import annotations

from .errors import IngestError
from .layout_text import indents, merge_table_rows, open_boxes, read_signature_columns
from .lines import Line, SourcePages
from .run_on import split_run_on

# Tried in order; latin-1 decodes anything, so it is last and recorded as a fallback.
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
# A byte-order mark names its encoding (UTF-32's marks begin with UTF-16's: first).
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def bom_encoding(data: bytes) -> str:
    """utf-16 or utf-32 when the data starts with that byte-order mark, else ""."""
    return next((enc for bom, enc in BOMS if data.startswith(bom)), "")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name as recorded)."""
    wide = bom_encoding(data)
    if wide:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise IngestError(f"text starts with a {wide.upper()} byte-order mark but is "
                              f"not valid {wide.upper()} (byte {exc.start})") from None
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
    wide = bom_encoding(data)
    if wide:  # UTF-16 and UTF-32 are full of NUL bytes: judge the characters instead
        sample = data[:65536].decode(wide, errors="replace")
        codes = [ord(ch) for ch in sample]
    else:
        codes = list(data[:65536])
    if 0 in codes:
        return True
    controls = sum(1 for c in codes if c < 32 and c not in (9, 10, 12, 13))
    return controls > 0.02 * max(len(codes), 1)


SENTENCE_END = (".", "!", "?", ":", ";", "”", "’", '"', "'", ")")


def double_spaced(raws: list[str]) -> bool:
    """Whether a blank line follows nearly every line of hard-wrapped text, as some
    converters and document-sharing sites give it: there a blank line says nothing (a
    sentence goes on after it) and only two in a row part paragraphs. Text whose every
    line is a paragraph (lines ending as sentences do) is not."""
    lines = [(k, raw.strip()) for k, raw in enumerate(raws) if raw.strip()]
    if len(lines) < 20:
        return False
    spaced = sum(1 for k, _ in lines if k + 1 < len(raws) and not raws[k + 1].strip())
    open_ended = sum(1 for _, t in lines if not t.endswith(SENTENCE_END))
    return spaced >= 0.9 * len(lines) and open_ended >= 0.4 * len(lines)


def text_to_lines(text: str) -> tuple[list[Line], int | None]:
    """Split text into Lines; blank lines become paragraph gaps (two in a row, in
    double-spaced text), form feeds pages, and a table row laid out over several lines
    one line."""
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    paged = len(pages) > 1
    lines: list[Line] = []
    page_lines = [page.split("\n") for page in pages]
    # decided over the whole text: a page of a double-spaced text may be a short one
    double = double_spaced([raw for raws in page_lines for raw in raws])
    for pno, raws in enumerate(page_lines, start=1):
        gap: bool | None = None if paged else True
        if double:  # one blank line is no gap: drop it, so tables and signatures read as printed
            raws = [raw for k, raw in enumerate(raws) if raw.strip() or (
                k > 0 and not raws[k - 1].strip())]
        raws = merge_table_rows(open_boxes(
            read_signature_columns([raw.expandtabs(8) for raw in raws])))
        for raw, indent in zip(raws, indents(raws), strict=True):
            stripped = raw.strip()
            if not stripped:
                gap = True
                continue
            # the pieces of a run-on line start lines of their own: never joined again
            for k, piece in enumerate(split_run_on(stripped)):
                lines.append(Line(piece, pno if paged else None, gap or k > 0, indent=indent))
            gap = False
    return lines, (len(pages) if paged else None)


def read_text(data: bytes) -> SourcePages:
    if looks_binary(data):
        raise IngestError("file is binary data, not text")
    text, enc = decode(data)
    lines, n_pages = text_to_lines(text)
    return SourcePages(lines, n_pages, "text", "text", enc)
