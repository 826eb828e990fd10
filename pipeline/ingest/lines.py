"""The one shape every reader produces: physical lines with what layout we know of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    """A physical line of a source document.

    `gap_before` is True when layout shows a paragraph break before the line (a blank
    line in text, extra vertical space in a PDF), False when it shows none, and None
    when nothing is known (the first line of a page). `size` is the font size where the
    reader knows it (PDF), used to keep headings apart from body text.
    """

    text: str
    page: int | None
    gap_before: bool | None = None
    size: float | None = None
    soft_hyphen: bool = False  # the PDF marked a hyphen inserted at this line's end
    indent: bool = False  # plain text: the line began with white space (a lost bullet)
    row: bool = False  # plain text: a table row, a label with its cells set far right


@dataclass
class SourcePages:
    """What a reader returns: lines of every page, in reading order."""

    lines: list[Line]
    n_pages: int | None  # None for text without page breaks
    source_format: str  # pdf, text, html
    engine: str  # pypdfium2, pdfplumber, text, html
    encoding: str = ""
