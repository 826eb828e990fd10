"""Plain-text reader: decide the encoding per file, keep form feeds as page breaks."""

from __future__ import annotations

import re

from .errors import IngestError
from .layout_rules import LAYOUT_RULES
from .layout_text import (
    ends_in_closing,
    indents,
    merge_table_rows,
    open_boxes,
    read_signature_columns,
    row_flags,
)
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


# Subtitle cues' numbers and timings (layout_rules.json says why).
SUBTITLE_TIMING_RE = re.compile(LAYOUT_RULES["subtitle_timing"])
SUBTITLE_CUE_RE = re.compile(LAYOUT_RULES["subtitle_cue_number"])
SUBTITLE_MIN_TIMINGS = LAYOUT_RULES["subtitle_min_timings"]


def drop_subtitle_cues(raws: list[str]) -> list[str]:
    """A subtitle file's lines without its cue numbers, timings and the blank lines
    between cues, so that a sentence run across cues reads as one."""
    timings = [k for k, raw in enumerate(raws) if SUBTITLE_TIMING_RE.match(raw)]
    if len(timings) < SUBTITLE_MIN_TIMINGS:
        return raws
    drop: set[int] = set()
    for k in timings:
        drop.add(k)
        if k > 0 and SUBTITLE_CUE_RE.match(raws[k - 1]):
            drop.add(k - 1)
            if k > 1 and not raws[k - 2].strip() and k != timings[0]:
                drop.add(k - 2)
    return [raw for k, raw in enumerate(raws) if k not in drop]


# A text all in capitals is set in small letters (layout_rules.json says why).
CAPITALS_SHARE = LAYOUT_RULES["capitals_text_share"]
CAPITALS_MIN_LETTERS = LAYOUT_RULES["capitals_text_min_letters"]
SENTENCE_START_RE = re.compile(r"(?:^\W*|[.!?][\"')\u2019\u201d]*\s+)([a-z])")
MID_SENTENCE_RE = re.compile(r"[.!?][\"')\u2019\u201d]*\s+([a-z])")
PRONOUN_I_RE = re.compile(r"\bi\b(?=[\s'\u2019,.;:!?]|$)")
NAME_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(w.lower() for w in LAYOUT_RULES["capitals_text_names"]) + r")\b")
_BY_FIGURES = "|".join(w.lower() for w in LAYOUT_RULES["capitals_text_names_by_figures"])
NAME_WORDS_BY_FIGURES_RE = re.compile(rf"(?<=\d )(?:{_BY_FIGURES})\b|\b(?:{_BY_FIGURES})(?= \d)")
CLOSED_LINE_RE = re.compile(r"[.!?][\"')\u2019\u201d]*$")
CAPITALS_TABLE_ROW_RE = re.compile(LAYOUT_RULES["capitals_text_table_row"])
ACRONYMS_RE = re.compile(
    r"\b(?:" + "|".join(w.lower() for w in LAYOUT_RULES["capitals_text_acronyms"]) + r")s?\b")
ACRONYMS = {w.lower(): w for w in LAYOUT_RULES["capitals_text_acronyms"]}
SEND_RE = re.compile(LAYOUT_RULES["capitals_text_send"])


def _capitals_only(raw: str) -> bool:
    return (any(ch.isalpha() for ch in raw) and not any(ch.islower() for ch in raw)
            and not CAPITALS_TABLE_ROW_RE.search(raw.strip()))


def _acronym(word: str) -> str:
    if word in ACRONYMS:
        return ACRONYMS[word]
    return ACRONYMS[word[:-1]] + "s"


def recase_capitals(raws: list[str]) -> list[str]:
    """The lines of a text set all in capitals in small letters, sentences capitalised."""
    letters = sum(1 for raw in raws for ch in raw if ch.isalpha())
    in_caps = sum(1 for raw in raws if _capitals_only(raw) for ch in raw if ch.isalpha())
    if in_caps < CAPITALS_MIN_LETTERS or in_caps < CAPITALS_SHARE * letters:
        return raws
    out: list[str] = []
    open_sentence = False
    for raw in raws:
        if _capitals_only(raw):
            # a line going on with the sentence above opens with no capital: only a
            # sentence starting inside it takes one
            starts = MID_SENTENCE_RE if open_sentence else SENTENCE_START_RE
            low = starts.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), raw.lower())
            low = NAME_WORDS_RE.sub(lambda m: m.group(0).capitalize(), low)
            low = NAME_WORDS_BY_FIGURES_RE.sub(lambda m: m.group(0).capitalize(), low)
            low = ACRONYMS_RE.sub(lambda m: _acronym(m.group(0)), low)
            low = SEND_RE.sub("SEND", low)
            raw = PRONOUN_I_RE.sub("I", low)
        out.append(raw)
        # a blank line ends a paragraph: the line after it starts a sentence
        open_sentence = bool(raw.strip()) and not CLOSED_LINE_RE.search(raw.rstrip())
    return out


# OCR's 1 for l and 0 for O inside words (layout_rules.json says why).
OCR_DIGIT_INSIDE_RE = re.compile(LAYOUT_RULES["ocr_digit_inside"])
OCR_DIGIT_OPENING_RE = re.compile(LAYOUT_RULES["ocr_digit_opening"])
_OCR_LETTER = {"1": "l", "0": "o"}


def mend_ocr_digits(raw: str) -> str:
    """A line with OCR's figures for letters inside words set right ('chi1dren')."""
    if not ("1" in raw or "0" in raw):
        return raw
    raw = OCR_DIGIT_INSIDE_RE.sub(lambda m: _OCR_LETTER[m.group(0)], raw)
    return OCR_DIGIT_OPENING_RE.sub(
        lambda m: "O" if m.group(0) == "0" else "l", raw)


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
    page_lines = [drop_subtitle_cues(page.split("\n")) for page in pages]
    page_lines = [[mend_ocr_digits(raw) for raw in recase_capitals(raws)]
                  for raws in page_lines]
    # decided over the whole text: a page of a double-spaced text may be a short one
    double = double_spaced([raw for raws in page_lines for raw in raws])
    for pno, raws in enumerate(page_lines, start=1):
        gap: bool | None = None if paged else True
        if double:  # one blank line is no gap: drop it, so tables and signatures read as printed
            raws = [raw for k, raw in enumerate(raws) if raw.strip() or (
                k > 0 and not raws[k - 1].strip())]
        # A closing at the foot of the page before leaves its signatures to this one.
        carried = pno > 1 and ends_in_closing(page_lines[pno - 2])
        raws = merge_table_rows(open_boxes(
            read_signature_columns([raw.expandtabs(8) for raw in raws], carried)))
        for raw, indent, row in zip(raws, indents(raws), row_flags(raws), strict=True):
            stripped = raw.strip()
            if not stripped:
                gap = True
                continue
            # the pieces of a run-on line start lines of their own: never joined again
            for k, piece in enumerate(split_run_on(stripped)):
                lines.append(Line(piece, pno if paged else None, gap or k > 0, indent=indent,
                                  row=row))
            gap = False
    return lines, (len(pages) if paged else None)


def read_text(data: bytes) -> SourcePages:
    if looks_binary(data):
        raise IngestError("file is binary data, not text")
    text, enc = decode(data)
    lines, n_pages = text_to_lines(text)
    return SourcePages(lines, n_pages, "text", "text", enc)
