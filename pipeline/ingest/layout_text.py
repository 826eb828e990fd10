"""Plain text that keeps the page's layout in spaces, as `pdftotext -layout` writes it.

Such text sets a table's cells side by side on one line, far apart. When a row's label
wraps, the cell sits beside one of the label's lines (often the middle one, centred), or
is itself wrapped above and below the label:

        2. Children looked after and achieving
                                                        Good
           permanence

A reader of the lines one by one would see a label cut in two and a grade alone. Here
the lines of one row go back together, label first and cells after, as a PDF reader
puts them ("2. Children looked after and achieving permanence   Good"). Only blocks
whose far-right pieces are short, like table cells, are touched: prose never has a
wide gap far from the margin (on the corpus rendered this way, two lines in 100,000
have a long piece there, both cells of a definitions table).

A joint letter's signatures stand side by side under its closing, two or three columns
of "Inspectorate / Name / Title" blocks; read line by line, one person's name would run
into the next one's. `read_signature_columns` reads each such block column by column.

Indentation also means something else here: the whole page may stand a few columns in
from the left, and numbered paragraphs hang their lines under the first word after the
number. `indents` tells a line indented past both (a lost bullet) from those.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .layout_rules import LAYOUT_RULES
from .normalise import BULLETS, CLOSING_RE

# A piece of a line: words separated by at most two spaces (three or more part cells).
PIECE_RE = re.compile(r"\S+(?: {1,2}\S+)*")
# A cell stands at least this many columns right of its block's leftmost text.
CELL_OFFSET = 24
MAX_CELL_CHARS = 32
MAX_CELL_WORDS = 5
# A cell set on the line(s) above its label spans at most this many lines (layout_rules.json
# says why).
MAX_CELL_OVER_LINES = int(LAYOUT_RULES["cell_over_label_lines"])
# A cell two spaces after a label that fills its column: the page's cell columns are those
# this many lines start a cell in (layout_rules.json says why).
NARROW_CELL_LINES = int(LAYOUT_RULES["narrow_cell_column_lines"])
NARROW_GAP_RE = re.compile(r"  (?=\S)")
SENTENCE_END_RE = re.compile(r"[.!?:;,]$")
# A page's number alone on its line.
PAGE_NUMBER_RE = re.compile(r"\d{1,3}")
# The marker a numbered paragraph or a list item hangs its lines after.
MARKER_RE = re.compile(
    rf"(?:\d{{1,3}}(?:\.\d{{1,2}})*\.?|\(?[a-z]\)|[{re.escape(BULLETS)}\u2013-])\s+")
# A page's margin is the leftmost column at least this share of its lines start in.
MARGIN_SHARE = 0.2
# Signatures under a closing: how far down they may go, and how long one piece of them
# (a name, a title, an inspectorate) may be; a longer piece is prose or a footnote.
SIGNATURE_LINES = 30
MAX_SIGNATURE_PIECE = 60
# Pieces this close to a column's start are in that column.
COLUMN_SLACK = 3
# Blank lines that end a band of signatures.
BAND_GAP = 2
# A copy list under the signatures ends them (layout_rules.json says why).
COPY_LIST_RE = re.compile(LAYOUT_RULES["copy_list"])
# An annex or a team list under the signatures ends them (layout_rules.json says why).
ANNEX_RE = re.compile(LAYOUT_RULES["signature_annex"])
# A running footer ends them too, and a rule between side-by-side signatures is no line
# of theirs (layout_rules.json says why).
FOOTER_PIECE_RE = re.compile(LAYOUT_RULES["signature_footer"])
RULE_LINE_RE = re.compile(LAYOUT_RULES["signature_rule_line"])
# A table drawn in text around the signatures: its walls and rules (layout_rules.json).
TABLE_WALL = LAYOUT_RULES["signature_table_wall"]
TABLE_BORDER_RE = re.compile(LAYOUT_RULES["signature_table_borders"])
# A box drawn around a table's rows: its walled rows and its rules (layout_rules.json).
BOX_ROW_RE = re.compile(LAYOUT_RULES["box_wall_row"])
BOX_RULE_RE = re.compile(LAYOUT_RULES["box_rule"])


@dataclass
class _Part:
    left: list[tuple[int, str]]
    right: list[tuple[int, str]]

    @property
    def kind(self) -> str:
        return ("L" if self.left else "") + ("R" if self.right else "")


def _pieces(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in PIECE_RE.finditer(line)]


def _split(line: str, margin: int, columns: frozenset[int] = frozenset()) -> _Part:
    pieces = _pieces(line)
    cut = next((i for i, (col, _) in enumerate(pieces) if col >= margin + CELL_OFFSET),
               len(pieces))
    if cut == len(pieces) and pieces and columns:
        pieces = pieces[:-1] + _narrow_cell(*pieces[-1], margin, columns)
    return _Part(pieces[:cut], pieces[cut:])


def _narrow_cell(col: int, text: str, margin: int,
                 columns: frozenset[int]) -> list[tuple[int, str]]:
    """A line's last piece cut where a two-space gap ends at one of the page's cell
    columns, when what follows is a cell ('... who need help and  Good': the label fills
    its column, leaving pdftotext room for two spaces only); else the piece whole. A
    sentence that ends before the gap, or goes on in small letters after it, is prose."""
    for gm in NARROW_GAP_RE.finditer(text):
        at = col + gm.end()
        rest = text[gm.end():]
        if (at in columns and at >= margin + CELL_OFFSET and _cell_like(rest)
                and not rest[:1].islower()
                and not SENTENCE_END_RE.search(text[:gm.start()])):
            return [(col, text[:gm.start()]), (at, rest)]
    return [(col, text)]


def _cell_columns(lines: list[str]) -> frozenset[int]:
    """The columns a page's cells start in: a short piece after a wide gap, far right of
    its line's text, in NARROW_CELL_LINES lines or more (a table's header and rows)."""
    starts: Counter[int] = Counter()
    for line in lines:
        pieces = _pieces(line)
        for col, text in pieces[1:]:
            if col >= pieces[0][0] + CELL_OFFSET and _cell_like(text):
                starts[col] += 1
    return frozenset(col for col, n in starts.items() if n >= NARROW_CELL_LINES)


def _cell_like(text: str) -> bool:
    return len(text) <= MAX_CELL_CHARS and len(text.split()) <= MAX_CELL_WORDS


def _continues_label(part: _Part) -> bool:
    """A left piece that goes on with the label above ("permanence", "and families")."""
    first = part.left[0][1]
    return first[:1].islower()


def _page_number(part: _Part) -> bool:
    """A line holding only a number set far right: the page's number, no cell of a row."""
    return not part.left and len(part.right) == 1 and PAGE_NUMBER_RE.fullmatch(
        part.right[0][1]) is not None


def _wrapped_cell(parts: list[_Part], kinds: list[str], i: int) -> int | None:
    """Cells alone on their lines around a label ("Requires" / label / "improvement"):
    the index after the last of them when the lines from i have that shape, else None."""
    n = len(kinds)
    j = i
    while j < n and kinds[j] == "R":
        j += 1
    k = j
    while k < n and kinds[k] == "L" and (k == j or _continues_label(parts[k])):
        k += 1
    if not (i < j < k < n and kinds[k] == "R"):
        return None
    while k < n and kinds[k] == "R":
        k += 1
    return k


def _rows(parts: list[_Part]) -> list[list[int]]:
    """Group the lines of a block into table rows (lists of line indexes)."""
    kinds = [p.kind for p in parts]
    n = len(parts)
    rows: list[list[int]] = []
    i = 0
    while i < n:
        if kinds[i] == "R":
            # Cells alone on their lines join a label only when they wrap around it; else
            # they are text set far right (an address, a centred title) and stay as they are.
            end = _wrapped_cell(parts, kinds, i)
            if end is None:
                rows.append([i])
                i += 1
            else:
                rows.append(list(range(i, end)))
                i = end
            continue
        row = [i]
        i += 1
        # A cell beside the label's next line, or a cell's wrapped words, join the row;
        # so does the label's own next line, which goes on in lower case. A cell that
        # wraps around the next label (which starts anew) is that label's.
        while i < n:
            if kinds[i] == "R":
                if _page_number(parts[i]):
                    break  # a page's number set far right under the last row
                if _wrapped_cell(parts, kinds, i) is not None:
                    label = next(k for k in range(i, n) if kinds[k] == "L")
                    below = next(k for k in range(label, n) if kinds[k] == "R")
                    # A label above with no cell of its own takes the cell set under its
                    # last line, unless the cell's words go on under the next label in
                    # small letters ("Requires improvement to" / label / "be good").
                    own = not any(parts[k].right for k in row) and not parts[
                        below].right[0][1][:1].islower()
                    if not _continues_label(parts[label]) and not own:
                        break
            elif not _continues_label(parts[i]):
                break
            row.append(i)
            i += 1
        rows.append(row)
    return rows


def _cell_over_label(parts: list[_Part]) -> bool:
    """A block (blank lines above and below) of cells alone on their lines over one label
    ("Requires improvement" / "2.1 Adoption performance", the label's own wrapped lines
    going on in small letters): a table whose cells are set a line above their labels.
    The cell is the label's it touches; read line by line, it would seem to belong to the
    label of the block above, and the next block's cell to this label."""
    kinds = [p.kind for p in parts]
    j = 0
    while j < len(kinds) and kinds[j] == "R":
        j += 1
    # One cell (on at most MAX_CELL_OVER_LINES lines: not an address or a sender's block
    # set far right over a date) over one label (a single piece a line: not a running
    # footer's columns under a page's 'Page 1 of 3').
    return (0 < j <= MAX_CELL_OVER_LINES and j < len(kinds)
            and not any(_page_number(p) for p in parts[:j])
            and all(p.kind == "L" and len(p.left) == 1 for p in parts[j:])
            and all(_continues_label(p) for p in parts[j + 1:]))


def _merge_block(block: list[str], columns: frozenset[int] = frozenset()) -> list[str]:
    if len(block) < 2:
        return block
    margin = min(len(line) - len(line.lstrip(" ")) for line in block)
    parts = [_split(line, margin, columns) for line in block]
    if not any(p.right for p in parts) or not all(p.left or p.right for p in parts):
        return block
    if not all(_cell_like(text) for p in parts for _, text in p.right):
        return block  # long text far right: prose or a definitions table, not cells
    out: list[str] = []
    rows = [list(range(len(parts)))] if _cell_over_label(parts) else _rows(parts)
    for row in rows:
        if len(row) == 1:
            out.append(block[row[0]])
            continue
        lefts = [text for i in row for _, text in parts[i].left]
        rights = [text for i in row for _, text in parts[i].right]
        # The row keeps the indentation of its label, which says whether it starts an item.
        col = next(parts[i].left[0][0] for i in row if parts[i].left)
        out.append(" " * col + " ".join(lefts) + ("   " if lefts else "") + " ".join(rights))
    return out


def merge_table_rows(lines: list[str]) -> list[str]:
    """The lines of one page with each table row's wrapped lines made one line.

    Blank lines are kept, so paragraph gaps stay where they were."""
    out: list[str] = []
    block: list[str] = []
    columns = _cell_columns(lines)
    for line in lines + [""]:
        if line.strip():
            block.append(line)
            continue
        out.extend(_merge_block(block, columns))
        block = []
        out.append(line)
    return out[:-1]


def row_flags(lines: list[str]) -> list[bool]:
    """Per line (after `merge_table_rows`): is it a table row, a label with its cells set
    far right ("Overall effectiveness            Good")? Such a line is a paragraph of its
    own: read as wrapped prose, the rows of a table at the margin would run into one
    line. Only blocks whose far-right pieces are all short, like cells, and that hold two
    rows or more are tables (one line with a date far right is an address's)."""
    flags = [False] * len(lines)
    block: list[int] = []
    columns = _cell_columns(lines)
    for k, line in enumerate(lines + [""]):
        if line.strip():
            block.append(k)
            continue
        if block:
            margin = min(len(lines[i]) - len(lines[i].lstrip(" ")) for i in block)
            parts = {i: _split(lines[i], margin, columns) for i in block}
            rows = [i for i, p in parts.items() if p.left and p.right]
            if len(rows) >= 2 and all(
                    _cell_like(text) for p in parts.values() for _, text in p.right):
                for i in rows:
                    flags[i] = True
        block = []
    return flags


def page_margin(lines: list[str]) -> int:
    """The column a page's text starts in (a rendering may set it a few columns in)."""
    starts = Counter(len(line) - len(line.lstrip(" ")) for line in lines if line.strip())
    total = sum(starts.values())
    return next((col for col in sorted(starts) if starts[col] >= MARGIN_SHARE * total), 0)


def indents(lines: list[str]) -> list[bool]:
    """Per line: does it start past the page's margin, and not under the text of the line
    above it (a numbered paragraph's or list item's hanging lines)?"""
    margin = page_margin(lines)
    out: list[bool] = []
    hang: int | None = None  # where the text of the line above starts, after its marker
    for line in lines:
        body = line.lstrip(" ")
        if not body:
            out.append(False)
            hang = None
            continue
        col = len(line) - len(body)
        hanging = col == hang
        out.append(col > margin and not hanging)
        marker = MARKER_RE.match(body)
        # Only a numbered or marked line starts a hanging chain: an indented line without
        # a marker is an item that lost its bullet, and the next one like it is another.
        hang = col + marker.end() if marker else (col if hanging else None)
    return out


def _column_major(block: list[str]) -> list[str]:
    """One paragraph of side-by-side signatures, each column's lines in turn (a blank
    line between columns, so one column's last title never runs into the next name)."""
    pieces = [_pieces(line) for line in block]
    margin = min(p[0][0] for p in pieces)
    # A column starts where a piece stands after a wide gap, or where a line starts far
    # right (a title whose column has no neighbour on the left on that line).
    starts = sorted({col for p in pieces for k, (col, _) in enumerate(p)
                     if k or col >= margin + CELL_OFFSET})
    bounds: list[int] = []
    for col in starts:
        if not bounds or col > bounds[-1] + COLUMN_SLACK:
            bounds.append(col)
    # A column's text may nearly fill it, leaving only two spaces before the next column
    # (a piece's own gap): such a gap where another line starts a column parts the two.
    pieces = [[part for col, text in p for part in _cut_at(col, text, bounds)]
              for p in pieces]
    columns: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
    for p in pieces:
        cells: dict[int, list[str]] = {}
        for col, text in p:
            cells.setdefault(sum(1 for b in bounds if col >= b - COLUMN_SLACK), []).append(text)
        for k, texts in cells.items():
            columns[k].append(" " * margin + " ".join(texts))
    out: list[str] = []
    for column in (c for c in columns if c):
        out.extend(([""] if out else []) + column)
    return out


def _cut_at(col: int, text: str, bounds: list[int]) -> list[tuple[int, str]]:
    """A piece cut where a two-space gap in it ends at a column's start, or where a
    single space ends exactly there between two capitalised words: a heading that fills
    its column to the last place ('HMI Constabulary and Fire & Rescue Services HMI
    Probation'). A title running on across the column ('Chief Inspector of Hospitals')
    has a small word before the space."""
    out: list[tuple[int, str]] = []
    start = 0
    for gm in re.finditer(r"  (?=\S)|(?<=\S) (?=[A-Z])", text):
        at = col + gm.end()
        wide = gm.end() - gm.start() > 1
        if not (wide or text[:gm.start()].rsplit(" ", 1)[-1][:1].isupper()):
            continue
        slack = COLUMN_SLACK if wide else 0
        if any(abs(at - b) <= slack for b in bounds) and gm.start() > start:
            out.append((col + start, text[start:gm.start()]))
            start = gm.end()
    return [*out, (col + start, text[start:])]


def open_boxes(lines: list[str]) -> list[str]:
    """The lines with each box drawn around a table's rows opened: a run of walled rows
    and rules that opens with a rule (the box's top) has the rows' outer walls and the
    rules blanked, so each row reads as a label and its value split by the column rule,
    and the box stands apart from the lines around it. A table written in Markdown (its
    first row the headings, no rule above it) is left as written."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (BOX_ROW_RE.match(lines[j]) or BOX_RULE_RE.match(lines[j])):
            j += 1
        rows = [k for k in range(i, j) if BOX_ROW_RE.match(lines[k])]
        if j > i and rows and not BOX_ROW_RE.match(lines[i]):
            above = None  # the last row opened, and its cells
            for k in range(i, j):
                m = BOX_ROW_RE.match(lines[k])
                out[k] = f"{m.group('lead')} {m.group('cells')} " if m else ""
                if m is None:
                    above = None
                    continue
                cells = m.group("cells").split("|")
                # A row whose first cell is empty is the row above's cells wrapped
                # ('| Visit dates | 30 September and 1 October |' / '|  | 2025 |'): each
                # cell goes on in the one above it.
                if above is not None and not cells[0].strip() and len(cells) == len(
                        above[1]):
                    joined = [f"{a.rstrip()} {b.strip()}" if b.strip() else a
                              for a, b in zip(above[1], cells, strict=True)]
                    out[above[0]] = f"{m.group('lead')} {' | '.join(c.strip() for c in joined)} "
                    out[k] = ""
                    above = (above[0], joined)
                else:
                    above = (k, cells)
        i = max(j, i + 1)
    return out


def ends_in_closing(lines: list[str]) -> bool:
    """Whether a page ends in a letter's closing ('Yours sincerely'), with nothing under
    it but blank lines and a page number or running footer: its signatures are at the
    top of the next page."""
    for raw in reversed(lines):
        text = raw.strip()
        if not text:
            continue
        if CLOSING_RE.match(text):
            return True
        pieces = _pieces(raw)
        if not all(FOOTER_PIECE_RE.search(t) for _, t in pieces):
            return False
    return False


def read_signature_columns(lines: list[str], carried: bool = False) -> list[str]:
    """The lines of one page with the side-by-side signatures under a letter's closing
    read column by column; every other line as it was. `carried`: the page before ended
    in the closing, so a page without one of its own starts with the signatures."""
    out = list(lines)
    closing = next((i for i in range(len(lines) - 1, -1, -1)
                    if CLOSING_RE.match(lines[i].strip())), None)
    if closing is None and carried:
        closing = -1  # the signatures start on the page's first line
    if closing is None:
        return out
    # Signatures in a table drawn with walls ('|'): the walls and rules are blanked, the
    # cells left side by side where they stand.
    window = range(closing + 1, min(len(lines), closing + 1 + SIGNATURE_LINES))
    if any(lines[i].lstrip().startswith(TABLE_WALL) for i in window):
        lines = list(lines)
        for i in window:
            lines[i] = TABLE_BORDER_RE.sub(lambda bm: " " * len(bm.group(0)), lines[i])
    end = closing + 1
    starts: set[int] = set()  # where the columns above start, after a wide gap
    while end < len(lines) and end <= closing + SIGNATURE_LINES:
        pieces = _pieces(lines[end])
        # Two titles side by side may leave only two spaces between them ('National
        # Director Regulation and Social Care  Chief Inspector of Healthcare'): cut where
        # a column above starts, they are two pieces, neither of them prose.
        cut = [part for col, text in pieces for part in _cut_at(col, text, sorted(starts))]
        # A footnote or page number (a bare figure first), a running footer (a page number
        # or a year in any piece), a copy list, an annex or prose ends the signatures.
        if pieces and (pieces[0][1].isdigit() or COPY_LIST_RE.match(pieces[0][1])
                       or ANNEX_RE.match(pieces[0][1])
                       or any(FOOTER_PIECE_RE.search(t) for _, t in pieces)
                       or any(len(t) > MAX_SIGNATURE_PIECE for _, t in cut)):
            break
        starts.update(col for col, _ in pieces[1:])
        end += 1
    # A band of signatures ends at a wider gap than the one a converter may leave
    # between a name and its title.
    seg = lines[closing + 1:end]
    area: list[str] = []
    band: list[str] = []

    def flush() -> None:
        if any(len(_pieces(b)) > 1 for b in band):
            area.extend(_column_major([b for b in band
                                       if b.strip() and not RULE_LINE_RE.match(b)]))
        else:
            area.extend(band)
        band.clear()

    i = 0
    while i < len(seg):
        j = i
        while j < len(seg) and not seg[j].strip():
            j += 1
        if j == i:
            band.append(seg[i])
            i += 1
            continue
        if j - i >= BAND_GAP or j == len(seg) or not band:
            flush()
            area.extend(seg[i:j])
        else:
            band.extend(seg[i:j])
        i = j
    flush()
    out[closing + 1:end] = area
    return out
