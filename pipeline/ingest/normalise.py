"""Turn physical lines into normalised text: one paragraph, heading or list item a line.

Every later offset refers to the text made here, and the page map made beside it
turns an offset back into a page. The same report rendered by different converters
(pdfium, pdfplumber, a text export with or without hard wraps) should come out near
the same, so the rules lean on the language of the lines as much as on layout.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from .layout_rules import LAYOUT_RULES
from .lines import Line, SourcePages

# Bullet glyphs seen in these reports: Wingdings squares and dashes mapped into the
# private use area by Word, geometric squares, bullets, box-drawing dashes.
BULLETS = (
    "\uf06e\uf02d\uf0a7\uf0b7\uf0be\uf0d8\uf0fc"  # Word symbol-font bullets
    "\u25fc\u25aa\u25a0\u25cf\u2022\u25e6\u2023\u2043\u2500\u2015\u25fe\u25a1\u2219\u00b7*"
)
BULLET_RE = re.compile(rf"^(?:[{re.escape(BULLETS)}]|[-\u2013\u2014](?=\s))\s*")
GLUED_NOTE_RE = re.compile(r"^(\d{1,2})(?=[A-Z][a-z])")
NUMBERED_RE = re.compile(r"^(\d{1,3})\.(?=[A-Z\u2018\u201c'\"(])")  # "10.Initial" -> "10. Initial"
# "12. Text", "2.1 Adoption", "1 Children who need help", "(a) ...", "(iv) ...";
# not "14 to 22%", which is the rest of a sentence wrapped after "2013-".
NUMBERED_START_RE = re.compile(
    r"^\d{1,3}(?:\.\d{1,2})+\s+\S|^\d{1,3}\.\s*\S|^\d{1,3}\s+[A-Z\u2018\u201c(]"
    r"|^\(?[a-z]\)\s|^\(?[ivx]{1,4}\)\s")
LABEL_START_RE = re.compile(r"^[A-Z][A-Za-z\u2019' ]{2,30}:\s+\S")
# A copy list's label in lower case ('cc: Chief Executive') starts a paragraph of its own
# (layout_rules.json says why).
COPY_LABEL_RE = re.compile(LAYOUT_RULES["copy_list_label"])
# A letter's closing stands on a line of its own, whatever the line above it (a text
# converter may set it right under the last paragraph, with no gap).
CLOSING_RE = re.compile(
    r"^(?:Yours?\s+(?:sincere?ly|sincerly|faithfully|truly)|Kind regards|Best wishes"
    r"|With best wishes)\s*[,.]?$", re.I)
# So does a salutation: a long one may fill the line, and the title under it is not its end.
SALUTATION_RE = re.compile(r"^Dear\s+\S")
# A front page's overall headline is a line of its own (layout_rules.json says why).
HEADLINE_RE = re.compile(LAYOUT_RULES["headline"])
# A judgement table's row is never a running head (layout_rules.json says why).
GRADE_ROW_RE = re.compile(LAYOUT_RULES["grade_row"])
FOOTNOTE_START_RE = re.compile(r"^(\d{1,2})\s+(?=[A-Z\u2018\u201c'\"(a-z]|https?:|www\.)")
SUPERSCRIPT_RE = re.compile(r"\d{1,2}")
PARAGRAPH_NUMBER_RE = re.compile(r"\d{1,3}\.?")
SENTENCE_CLOSED_RE = re.compile(r"[.!?][\u2019\u201d'\")\]]*(?:\d{1,2}|\s*\([^()]{1,40}\))$")
PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
CONNECTIVE_END_RE = re.compile(
    r"\b(?:and|or|of|the|a|an|to|in|for|with|on|upon|by|from|at|as|that|which|who|its|their)$",
    re.I)
TERMINAL_RE = re.compile(r"[.!?:;][\u2019\u201d'\")\]]*$")
SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# A figure as a table cell writes it: "1,234", "56.7%", "£2,000", "(12)", "-3".
CELL_NUMBER_RE = re.compile(r"[(\[£$+\-\u2013]?\d[\d,.]*%?[)\]]?")
MAX_ROW_WIDTH = 160  # a longer line is prose, whatever it holds

MAX_WRAP_WIDTH = 140
# Lines no wider than this, wrapped, are a narrow column's (a magazine's two columns).
NARROW_COLUMN_WIDTH = 36
NARROW_COLUMN_MIN_LINES = 12  # fewer lines say nothing of a column's width
# A line this share of the text's width or longer, inside a wrapped paragraph, was wrapped.
WRAPPED_SHARE = 0.6  # wider "lines" are whole paragraphs, not hard-wrapped text
HEADER_ZONE = 3  # lines at the top and bottom of a page that may be running heads
FOOTNOTE_ZONE = 15  # lines at the bottom of a page that may be footnotes


@dataclass
class NormalisedText:
    text: str
    # [start, end, page] runs covering the text; page is None for unpaged text
    page_runs: list[list] = field(default_factory=list)
    footnotes: list[list[int]] = field(default_factory=list)
    removed_lines: int = 0


def clean_line(text: str) -> str:
    # Called on every line of every document: each step is skipped where it cannot
    # change the line (ASCII is its own NFKC form; single spaces stay single spaces).
    ascii_only = text.isascii()
    if not ascii_only:
        text = text.replace("\u00ad", "")  # soft hyphen: invisible in print
        text = unicodedata.normalize("NFKC", text)
    if not ascii_only or "  " in text or "\t" in text:
        text = SPACES_RE.sub(" ", text)
    text = text.strip()
    bullet = BULLET_RE.match(text)
    if bullet and len(text) > bullet.end():
        text = "- " + text[bullet.end():]
    if text[:1].isdigit():
        text = NUMBERED_RE.sub(r"\1. ", text)
        # "5At 31 January 2015, ...": a footnote's number glued to its first word.
        text = GLUED_NOTE_RE.sub(r"\1 ", text)
    return text


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).replace(" ", "")


def remove_running_heads(lines: list[Line], n_pages: int | None) -> tuple[list[Line], int]:
    """Drop lines that repeat at the top or bottom of many pages, and bare page numbers."""
    if not n_pages or n_pages < 2:
        return lines, 0
    by_page: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        by_page.setdefault(ln.page or 0, []).append(i)
    zone: set[int] = set()
    for idxs in by_page.values():
        zone.update(idxs[:HEADER_ZONE])
        zone.update(idxs[-HEADER_ZONE:])
    pages_with: dict[str, set[int]] = {}
    for i in zone:
        pages_with.setdefault(_mask(lines[i].text), set()).add(lines[i].page or 0)
    threshold = max(2, math.ceil(0.4 * len(by_page)))
    running = {k for k, pages in pages_with.items() if len(pages) >= threshold}
    # A report's title may be its running foot too ("Area SEND inspection of X Local
    # Area Partnership" under each page): the document's first line, repeated only at the
    # foot of the other pages, is the title and stays.
    title: int | None = None
    if lines and _mask(lines[0].text) in running:
        tops = {i for idxs in by_page.values() for i in idxs[:HEADER_ZONE]}
        bottoms = {i for idxs in by_page.values() for i in idxs[-HEADER_ZONE:]}
        again = [i for i in zone if i and _mask(lines[i].text) == _mask(lines[0].text)]
        if again and all(i in bottoms and i not in tops for i in again):
            title = 0
    # A letter closed at the foot of a page has its signatures on the next: the first of
    # them ('Ofsted', heading the signers' columns) may match the letterhead, but it is no
    # running head unless the closing's own page carries that line too.
    signing: set[int] = set()
    for c, ln in enumerate(lines):
        if not CLOSING_RE.match(ln.text.strip()):
            continue
        k = c + 1
        while k < len(lines) and PAGE_NUMBER_RE.match(lines[k].text):
            k += 1
        if k < len(lines) and lines[k].page != ln.page and not any(
                _mask(lines[i].text) == _mask(lines[k].text)
                for i in by_page.get(ln.page or 0, []) if i in zone):
            signing.add(k)
    drop = {
        i
        for i in zone
        if i != title and i not in signing
        and ((_mask(lines[i].text) in running and not GRADE_ROW_RE.match(lines[i].text))
             or PAGE_NUMBER_RE.match(lines[i].text))
    }
    kept = [ln for i, ln in enumerate(lines) if i not in drop]
    # The line after a dropped head starts a page's text: its gap is unknown.
    for i in sorted(drop):
        if i + 1 < len(lines) and i + 1 not in drop:
            lines[i + 1].gap_before = None if lines[i + 1].page else lines[i + 1].gap_before
    return kept, len(drop)


def remove_inline_running_heads(lines: list[Line], n_pages: int | None) -> tuple[list[Line], int]:
    """A text with no page breaks (a magazine's pages converted to one text) may keep a
    page's running head where the page turned, inside a sentence ("Leadership, management
    and gov-" / "CASTLEMERE MATTERS | Issue 38 | December 2014 | 7" / "ernance was ..."): a
    line that recurs in the text with other figures (its page number) and stands between
    a line ending no sentence and one opening in small letters is dropped. Its first
    showing, at the top, heads the text and stays. A line written again word for word (a
    sentence a report repeats in its summary) is no running head."""
    if n_pages and n_pages > 1:
        return lines, 0
    forms: dict[str, set[str]] = {}
    for ln in lines:
        if any(ch.isdigit() for ch in ln.text):
            forms.setdefault(_mask(ln.text), set()).add(ln.text)
    drop = {
        i for i in range(1, len(lines) - 1)
        if len(forms.get(_mask(lines[i].text), ())) > 1
        and not TERMINAL_RE.search(lines[i - 1].text)
        and lines[i + 1].text[:1].islower()
    }
    if not drop:
        return lines, 0
    return [ln for i, ln in enumerate(lines) if i not in drop], len(drop)


def glue_superscripts(lines: list[Line]) -> list[Line]:
    """A footnote marker set as its own small line ("schools," / "3" / "all of whom")
    goes back onto the end of the line it marks, as text renderings print it."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.size and ln.size and ln.page == prev.page
                and SUPERSCRIPT_RE.fullmatch(ln.text) and ln.size < prev.size - 0.5):
            prev.text += ln.text
            continue
        out.append(ln)
    return out


def _footnote_lines(lines: list[Line]) -> set[int]:
    """Indexes of footnote lines at the bottom of each page of a paged document."""
    out: set[int] = set()
    by_page: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.page is not None:
            by_page.setdefault(ln.page, []).append(i)
    for idxs in by_page.values():
        body = " ".join(lines[i].text for i in idxs)
        for pos in range(max(0, len(idxs) - FOOTNOTE_ZONE), len(idxs)):
            m = FOOTNOTE_START_RE.match(lines[idxs[pos]].text)
            if not m or pos == 0:
                continue
            # A footnote's number is glued to a word or stop earlier on the page.
            marker = re.compile(rf"[A-Za-z.,;:)\u2019\u201d'\"]{m.group(1)}(?!\d)")
            if marker.search(body):
                out.update(idxs[pos:])
                break
    return out


def row_like(text: str) -> bool:
    """A row of a data table: short, mostly figures (at least two), no end punctuation.

    Lines like these are never wrapped prose, so they stay lines of their own: glued
    into one paragraph, a table of a thousand rows would be one "sentence".
    """
    if len(text) > MAX_ROW_WIDTH or TERMINAL_RE.search(text):
        return False
    words = text.split()
    figures = sum(1 for w in words if CELL_NUMBER_RE.fullmatch(w))
    return figures >= 2 and 2 * figures >= len(words)


YEAR_RANGE_END_RE = re.compile(r"\b(?:19|20)(\d\d)\s?[-\u2013]$")
YEAR_RANGE_TAIL_RE = re.compile(r"^(\d\d)\b")


def _splits_year_range(left: str, right: str) -> bool:
    """Is a year range broken by the line end, "in 2014–" / "15. The ..."? The second
    year's two digits would otherwise pass for a paragraph number."""
    a, b = YEAR_RANGE_END_RE.search(left), YEAR_RANGE_TAIL_RE.match(right)
    return bool(a and b) and (int(a.group(1)) + 1) % 100 == int(b.group(1))


def _ends_with_hyphen(text: str) -> bool:
    return len(text) > 1 and text.endswith("-") and text[-2].isalpha()


class _Joiner:
    """Decides, line by line, whether a line continues the paragraph before it."""

    def __init__(self, lines: list[Line]) -> None:
        lengths = sorted(len(ln.text) for ln in lines if len(ln.text) > 10)
        self.width = lengths[math.ceil(0.9 * (len(lengths) - 1))] if lengths else 80
        # The width the wrapped lines fill, apart from paragraphs written as one line
        # (a converter may give some paragraphs whole and wrap the others).
        wrapped = [n for n in lengths if n <= MAX_WRAP_WIDTH]
        self.wrap_width = wrapped[math.ceil(0.9 * (len(wrapped) - 1))] if wrapped else 80
        # One regex pass over all lines (a newline ends every match, as a line end did).
        words = Counter(map(str.lower, WORD_RE.findall("\n".join(ln.text for ln in lines))))
        self.words = words
        # Text set in narrow columns (a magazine's two-column page converted to text)
        # breaks words by their syllables at the line end ("protec-" / "tion", "re-" /
        # "quiring"): there a line-end hyphen is a broken word's, mended, unless the part
        # after it, or the part before it, is a word the text writes elsewhere by itself
        # ("re-" / "inspection", "looked-" / "after", "child-" / "focused" beside "child").
        # The parts of broken words (a broken line's last word, the next line's first) are
        # not counted as written by themselves. Lines of ordinary width (a letter's 40 to
        # 90 characters) keep the hyphen unless the text writes the word whole elsewhere,
        # and so does a name ('Moor-' / 'land-Smith': a part opening with a capital).
        self.narrow = (self.wrap_width <= NARROW_COLUMN_WIDTH
                       and len(lengths) >= NARROW_COLUMN_MIN_LINES)
        self.free_words: Counter = Counter()
        if self.narrow:
            for k, ln in enumerate(lines):
                found = WORD_RE.findall(ln.text)
                if k and _ends_with_hyphen(lines[k - 1].text):
                    found = found[1:]
                if _ends_with_hyphen(ln.text):
                    found = found[:-1]
                self.free_words.update(w.lower() for w in found)
                # a compound's parts after its hyphens are words ('short-term' writes
                # 'term'): 'long-' / 'term' keeps its hyphen beside it
                self.free_words.update(part.lower() for w in found if "-" in w
                                       for part in w.split("-")[1:])

    def full(self, prev: Line, line: Line) -> bool:
        if self.width > MAX_WRAP_WIDTH:  # paragraph-per-line text is never hard-wrapped
            return False
        first = line.text.split(" ", 1)[0]
        return len(prev.text) + 1 + len(first) > 0.92 * self.width

    def continues(self, prev: Line, line: Line, wrapped: bool = False) -> bool:
        """`wrapped`: prev already continues a paragraph of hard-wrapped lines."""
        text = line.text
        if prev.row or line.row:  # a table row laid out in cells is a line of its own
            return False
        if _splits_year_range(prev.text, text):
            return True
        if text.startswith("- ") or NUMBERED_START_RE.match(text) or LABEL_START_RE.match(text):
            return False
        if CLOSING_RE.match(text):
            return False
        if line.indent:  # text converters leave a lost bullet as an indent
            return False
        if row_like(prev.text) and row_like(text):
            return False  # rows of a table
        if prev.soft_hyphen or _ends_with_hyphen(prev.text):
            return True
        terminal = bool(TERMINAL_RE.search(prev.text))
        if text[0].islower() and not prev.text.endswith(":") and not COPY_LABEL_RE.match(text):
            return True
        if prev.size and line.size and abs(prev.size - line.size) > 1.0:
            return False
        if SALUTATION_RE.match(prev.text) and not CONNECTIVE_END_RE.search(prev.text):
            return False
        if line.gap_before is None:  # first line of a page
            return not terminal and (prev.text.endswith(",") or self.full(prev, line))
        if line.gap_before:
            return False
        if prev.size is not None:  # PDF layout with no gap: same paragraph
            return True
        # Inside a paragraph already wrapped over lines, a long line that ends no sentence
        # goes on, whatever the next word ("... Matt Reed, Amanda" / "Maxwell, ...").
        # Not after a sentence closed by a footnote marker or a tag ("2014.11",
        # "guidance. (Recommendation)"); nor before a paragraph's number alone ("47.").
        if (wrapped and not terminal and len(prev.text) >= WRAPPED_SHARE * self.wrap_width
                and not SENTENCE_CLOSED_RE.search(prev.text)
                and not PARAGRAPH_NUMBER_RE.fullmatch(text)):
            return True
        # No line, title or heading ends on "and", "of", "the": the next line goes on.
        return self.full(prev, line) or bool(CONNECTIVE_END_RE.search(prev.text))

    def ends_headline(self, block: list[Line], line: Line) -> bool:
        """Is the paragraph so far a whole overall headline, with a new sentence (a
        capital) on the next line? Then the headline stands alone, as in the PDF."""
        if not line.text[:1].isupper():
            return False
        return bool(HEADLINE_RE.fullmatch(" ".join(ln.text for ln in block)))

    def _keep_hyphen(self, left: str, right: str) -> bool:
        """`right` is the whole word after the break, its own hyphens included: a part
        broken off a hyphenated word is mended where the text writes the word whole
        elsewhere ("Fair-" / "weather-Grant" beside "Fairweather-Grant")."""
        for tail in dict.fromkeys((right.split("-", 1)[0], right)):
            joined = (left + tail).lower()
            if self.words.get(joined) and not self.words.get(f"{left}-{tail}".lower()):
                return False
        if self.narrow and right[:1].islower() and left[:1].islower():
            first = right.split("-", 1)[0].lower()
            # the compound written whole elsewhere ('self-harm') keeps its hyphen here
            return bool(self.words.get(f"{left.lower()}-{first}")
                        or self.free_words.get(first) or self.free_words.get(left.lower()))
        return True

    def mend_inline(self, text: str) -> str:
        """pdfium marks a line-end hyphen with U+FFFE, sometimes inside one line."""

        def fix(m: re.Match) -> str:
            hyphen = "-" if self._keep_hyphen(m.group(1), m.group(2)) else ""
            return m.group(1) + hyphen + m.group(2)

        text = re.sub(r"([A-Za-z]+)\ufffe([A-Za-z]+)", fix, text)
        return text.replace("\ufffe", "-")

    def glue(self, prev: Line, line: Line) -> str:
        """The text that joins prev's end to line's start ("", " " or a fixed hyphen)."""
        if _splits_year_range(prev.text, line.text):
            return ""
        if not (prev.soft_hyphen or _ends_with_hyphen(prev.text)):
            return " "
        left = re.search(r"[A-Za-z]+-?$", prev.text)
        right = WORD_RE.match(line.text)
        if left and right and not self._keep_hyphen(left.group(0).rstrip("-"), right.group(0)):
            return ""  # a word broken by the line end: mend it
        return "-"


def normalise(src: SourcePages) -> NormalisedText:
    lines = []
    for ln in src.lines:
        text = clean_line(ln.text)
        if text:
            ln.text = text
            lines.append(ln)
    lines, removed = remove_running_heads(lines, src.n_pages)
    lines, inline = remove_inline_running_heads(lines, src.n_pages)
    removed += inline
    lines = glue_superscripts(lines)
    footnote_idx = _footnote_lines(lines)
    joiner = _Joiner(lines)
    for ln in lines:
        if "\ufffe" in ln.text:
            ln.text = joiner.mend_inline(ln.text)

    parts: list[str] = []
    runs: list[list] = []
    footnotes: list[list[int]] = []
    offset = 0

    def emit(piece: str, page: int | None) -> None:
        nonlocal offset
        if not piece:
            return
        parts.append(piece)
        end = offset + len(piece)
        if runs and runs[-1][2] == page and runs[-1][1] == offset:
            runs[-1][1] = end
        else:
            runs.append([offset, end, page])
        offset = end

    def emit_block(block: list[Line], is_footnote: bool = False) -> None:
        if parts:
            emit("\n", block[0].page)
        start = offset
        for i, ln in enumerate(block):
            if i:
                emit(joiner.glue(block[i - 1], ln), ln.page)
            text = ln.text
            if ln.soft_hyphen or (i + 1 < len(block) and _ends_with_hyphen(text)):
                text = text.rstrip("-")
            emit(text, ln.page)
        if is_footnote:
            footnotes.append([start, offset])

    block: list[Line] = []
    pending_notes: list[list[Line]] = []
    for i, ln in enumerate(lines):
        if i in footnote_idx:
            if FOOTNOTE_START_RE.match(ln.text) or not pending_notes:
                pending_notes.append([ln])
            else:
                pending_notes[-1].append(ln)
            continue
        if (block and joiner.continues(block[-1], ln, len(block) > 1)
                and not joiner.ends_headline(block, ln)):
            block.append(ln)
            continue
        if block:
            emit_block(block)
        # Footnotes wait until the paragraph they interrupted is finished.
        for note in pending_notes:
            emit_block(note, True)
        pending_notes = []
        block = [ln]
    if block:
        emit_block(block)
    for note in pending_notes:
        emit_block(note, True)
    text = "".join(parts)
    if text:
        text += "\n"
        if runs:
            runs[-1][1] += 1
    return NormalisedText(text, runs, footnotes, removed)


class PageMap:
    """Offset -> page lookups over the runs written beside the text."""

    def __init__(self, runs: list[list]) -> None:
        self.runs = sorted(runs)
        self.starts = [r[0] for r in self.runs]

    def page(self, offset: int) -> int | None:
        return page_at(self.runs, self.starts, offset)


def page_at(runs: list[list], starts: list[int], offset: int) -> int | None:
    """The page of an offset, given runs sorted by start and their starts."""
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return runs[0][2] if runs else None
    return runs[i][2]
