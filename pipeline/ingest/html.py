"""HTML reader: the visible text, one line per block element."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .lines import Line, SourcePages
from .text import decode

BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer",
    "caption", "figcaption", "address", "title", "br", "table", "ul", "ol",
}
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg")


def html_text(soup: BeautifulSoup) -> list[str]:
    """Visible text split at block boundaries, list items marked as bullets."""
    for tag in soup(INVISIBLE_TAGS):
        tag.decompose()
    body = soup.body or soup
    for br in body.find_all("br"):
        br.replace_with("\n")
    for li in body.find_all("li"):
        li.insert(0, "\n- ")
    for tag in body.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return [" ".join(part.split()) for part in body.get_text().split("\n")]


def html_title(data: bytes) -> str:
    soup = BeautifulSoup(data, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    return " ".join(title.split())


def read_html(data: bytes) -> SourcePages:
    text, enc = decode(data)
    soup = BeautifulSoup(text, "html.parser")
    lines = [Line(t, None, True) for t in html_text(soup) if t]
    return SourcePages(lines, None, "html", "html", enc)
