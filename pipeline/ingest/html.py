"""HTML reader: the visible text, one line per block element.

One pass of the standard library's tokenizer, keeping no tree: time and memory grow
with the length of the page, however deep its elements nest.
"""

from __future__ import annotations

from html.parser import HTMLParser

from .lines import Line, SourcePages
from .run_on import split_run_on
from .text import decode

BLOCK_TAGS = frozenset({
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer",
    "caption", "figcaption", "address", "title", "br", "table", "ul", "ol",
})
INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg"})
# What may stand in <head>: any other element starts the body, as browsers read it.
HEAD_TAGS = frozenset({"title", "meta", "link", "style", "script", "base", "noscript",
                       "template"})


class _VisibleText(HTMLParser):
    """Collects visible text with a newline at every block boundary.

    Text outside <body> is dropped when the page has one; "- " marks a list item.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden: list[str] = []  # open invisible elements, innermost last
        self.in_body = False
        self.saw_body = False
        self.body: list[str] = []
        self.outside: list[str] = []
        self.title: list[str] = []
        self.in_title = False

    def _emit(self, text: str) -> None:
        if not self.hidden:
            (self.body if self.in_body else self.outside).append(text)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":
            self.in_body = self.saw_body = True
            self.hidden = [t for t in self.hidden if t != "head"]
        elif "head" in self.hidden and tag not in HEAD_TAGS:
            self.hidden = [t for t in self.hidden if t != "head"]
        if tag == "title":
            self.in_title = True
        if tag in INVISIBLE_TAGS:
            self.hidden.append(tag)
            return
        if tag in BLOCK_TAGS:
            self._emit("\n")
        if tag == "li":
            self._emit("- ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in INVISIBLE_TAGS:
            return  # <svg/>: an empty element, nothing to hide
        self.handle_starttag(tag, attrs)
        if tag in BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in INVISIBLE_TAGS:
            if tag in self.hidden:  # close it and anything left open inside it
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
            return
        if tag in BLOCK_TAGS:
            self._emit("\n")
        if tag == "body":
            self.in_body = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        self._emit(data)

    def lines(self) -> list[str]:
        text = "".join(self.body if self.saw_body else self.outside)
        return [" ".join(part.split()) for part in text.split("\n")]


def _parse(text: str) -> _VisibleText:
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    return parser


def html_text(text: str) -> list[str]:
    """Visible text split at block boundaries, list items marked as bullets."""
    return _parse(text).lines()


def html_title(data: bytes) -> str:
    return " ".join("".join(_parse(decode(data)[0]).title).split())


def read_html(data: bytes) -> SourcePages:
    text, enc = decode(data)
    lines = [Line(piece, None, True) for t in html_text(text) if t for piece in split_run_on(t)]
    return SourcePages(lines, None, "html", "html", enc)
