"""Sectionizer (medspaCy style): headings found by rules, one span per section.

Every heading in the normalised text is its own line, so the rules match whole lines.
A section runs from its heading to the next heading of the same or a higher level
(smaller number). Judgement-area headings carry the area (and the grade when the heading
states one); a sub-section without an area of its own inherits its parent's, so that
`extensions.area_at(doc, char)` gives the judgement area of any body text.

The line helpers and the area/grade regexes built here are shared with `grades.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import deadline, structure
from ..extensions import add_span, page_of, text_of
from ..structure import Line
from .base import RuleComponent
from .framework import layout_of

AREAS_FILE = "areas_labels.json"
GRADES_FILE = "grades_phrases.json"
HEADINGS_FILE = "sections_headings.json"

# A footnote marker glued to the end of a heading or grade ("Board1", "Requires improvement2").
GLUED_NOTE = r"\d{0,2}"
# "Capacity to improve 6": a contents entry with its page number, not a heading.
CONTENTS_ENTRY = re.compile(r"\s\d{1,3}$")
# The grade column's header, alone on its line between the labels and the grades.
GRADE_HEADER = re.compile(r"^(?:judge?ment )?grades?:?$", re.I)


def snake(label: str) -> str:
    """Area key of an old-framework label: snake_case of the words, a leading article
    dropped as the contract's keys drop it ('The quality of practice': quality_of_practice)."""
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"^\s*the\s+", "", label.lower())).strip("_")


class Vocab:
    """Area labels and grade phrases compiled once (shared by sections and grades)."""

    def __init__(self, areas: dict, grades: dict) -> None:
        self.labels = [(a["key"], re.compile(a["pattern"] + r"$", re.I)) for a in areas["labels"]]
        self.old_label_keys: dict[str, str] = areas.get("old_label_keys", {})
        # The same, matched at a place inside a line (labels run together on one line).
        self.label_starts = [re.compile(rf"(?:\d(?:\.\d)?\.?\s+)?(?:{a['pattern']})", re.I)
                             for a in areas["labels"]]
        self.grade_rows = [(g["key"], re.compile(g["pattern"] + r"$", re.I))
                           for g in grades["grades"]]
        # "Grade 4 (Inadequate)" in old reports; a glued footnote digit after the grade.
        grade_alt = "|".join(g["pattern"] for g in grades["grades"])
        self.grade_re = rf"(?:grade \d \()?(?P<grade>{grade_alt})\)?"
        label_alt = "|".join(f"(?:{a['pattern']})" for a in areas["labels"])
        num = r"(?P<num>\d(?:\.\d)?\.?\s+)?"
        prefix = (r"(?P<prefix>(?:key judgement judgement grade\s+)?"
                  r"(?:the graded judge?ment (?:for|about|on) (?:the )?)?)")
        conn = (r"(?:\s*[:–-]\s*|\s+(?:is|are)(?:\s+that\s+(?:it|they)(?:\s+(?:is|are))?)?\s+"
                r"|\s+)")
        # "<label>[footnote] <connector> <grade>[footnote][.]" as a whole line.
        self.label_grade = re.compile(
            rf"^{num}{prefix}(?P<label>{label_alt}){GLUED_NOTE}{conn}{self.grade_re}{GLUED_NOTE}\.?$",
            re.I)
        self.label_only = re.compile(rf"^{num}{prefix}(?P<label>{label_alt}){GLUED_NOTE}:?$", re.I)
        self.grade_only = re.compile(rf"^{self.grade_re}{GLUED_NOTE}\.?$", re.I)
        self.any_grade = re.compile(self.grade_re, re.I)
        self.not_judged = re.compile(grades.get("not_judged", "not judged"), re.I)
        # Old frameworks' "Record of main findings": any label, then a grade, one a line.
        self.block_heads = [re.compile(rf"^{p}{GLUED_NOTE}$", re.I)
                            for p in grades.get("table_block_headings", ())]
        self.free_row = re.compile(
            rf"^(?P<label>[A-Z][A-Za-z ,’'()-]{{2,120}}?)\s+{self.grade_re}{GLUED_NOTE}$", re.I)

    def area_key(self, label: str) -> str:
        return _first_key(self.labels, label)

    def old_key(self, label: str) -> str:
        """Key of an old framework's own label: its snake_case, or the key of the wording
        Ofsted also used for that judgement (one key per judgement across reports)."""
        key = snake(label)
        return self.old_label_keys.get(key, key)

    def grade_key(self, phrase: str) -> str:
        return _first_key(self.grade_rows, phrase)


def _first_key(rows: list[tuple[str, re.Pattern]], text: str) -> str:
    """The key of the first row whose pattern matches `text` (its white space folded), or
    "": area labels and grade phrases are looked up alike."""
    text = re.sub(r"\s+", " ", text.strip())
    return next((key for key, pat in rows if pat.match(text)), "")


@dataclass
class Row:
    """A label with its grade: one line, a label line then a grade line, or a wrapped label."""

    area: str
    label: str  # as written, line breaks joined with a space
    grade: str
    grade_label: str
    char_start: int
    char_end: int
    first: int  # index into the line list
    last: int
    source: str = "heading"  # "table" once it is found inside a block of rows


def _area_label(text: str, vocab: Vocab) -> re.Match | None:
    m = vocab.label_only.match(text)
    return m if m and vocab.area_key(m.group("label")) else None


def _label_run(text: str, vocab: Vocab, pos: int = 0) -> list[tuple[int, int]] | None:
    """Spans of two or more area labels that fill a line one after another, as a
    converter joins a table's label column into one paragraph ("The impact of leaders
    ... families The experiences and progress ... Overall effectiveness"); else None."""
    if pos >= len(text):
        return []
    for pat in vocab.label_starts:
        m = pat.match(text, pos)
        if not m or (m.end() < len(text) and text[m.end()] != " "):
            continue
        rest = _label_run(text, vocab, m.end() + 1) if m.end() < len(text) else []
        if rest is not None and vocab.area_key(re.sub(r"^[\d.]+\s+", "", m.group())):
            return [(pos, m.end()), *rest]
    return None


def _labels_at(lines: list[Line], k: int, vocab: Vocab) -> list[tuple[str, int, int, int]]:
    """The area labels of line k: (label, line, start, end); one, or a run of them."""
    ln = lines[k]
    m = _area_label(ln.text, vocab)
    if m:
        label = re.sub(r"\s+", " ", m.group("label")).strip()
        if m.group("num"):
            label = m.group("num").strip() + " " + label
        return [(label, k, ln.start, ln.end)]
    if len(ln.text) > 600:
        return []
    run = _label_run(ln.text, vocab) or []
    if len(run) < 2:
        return []
    return [(ln.text[a:b], k, ln.start + a, ln.start + b) for a, b in run]


def _column_rows(lines: list[Line], n: int, vocab: Vocab) -> list[Row]:
    """A table read column by column, as some text converters read one: two or more area
    labels, each a line (or run together on one), then as many grades, each a line
    (under a 'Grade' header, if any), paired in order."""
    labels: list[tuple[str, int, int, int]] = []
    k = n
    while k < len(lines) and (found := _labels_at(lines, k, vocab)):
        labels.extend(found)
        k += 1
    if len(labels) < 2:
        return []
    if k < len(lines) and GRADE_HEADER.match(lines[k].text):
        k += 1
    grades: list[tuple[re.Match, int]] = []
    while k < len(lines) and (g := vocab.grade_only.match(lines[k].text)):
        grades.append((g, k))
        k += 1
    if len(grades) != len(labels):  # unequal columns: no safe pairing
        return []
    rows = []
    for (label, line, start, _end), (g, grade_line) in zip(labels, grades, strict=True):
        key = vocab.area_key(re.sub(r"^[\d.]+\s+", "", label))
        rows.append(Row(key, label, vocab.grade_key(g.group("grade")), g.group("grade"),
                        start, lines[grade_line].end, line, grade_line))
    return rows


def find_rows(lines: list[Line], vocab: Vocab) -> list[Row]:
    """Every "<area label> <grade>" in the text, then blocks of 3+ rows marked as tables."""
    rows: list[Row] = []
    n = 0
    while n < len(lines):
        column = _column_rows(lines, n, vocab)
        if column:
            rows.extend(column)
            n = column[-1].last + 1
            continue
        row = None
        for width in (1, 2, 3):
            if n + width > len(lines):
                break
            group = lines[n:n + width]
            if width > 1 and any(len(g.text) > 140 or g.text.endswith(".") for g in group[:-1]):
                break
            joined = " ".join(g.text for g in group)
            m = vocab.label_grade.match(joined)
            if m:
                area = vocab.area_key(m.group("label"))
                if area:
                    row = Row(area, re.sub(r"\s+", " ", m.group("label")).strip(),
                              vocab.grade_key(m.group("grade")), m.group("grade"),
                              group[0].start, group[-1].end, n, n + width - 1)
                    if m.group("num"):
                        row.label = m.group("num").strip() + " " + row.label
                break
        if row is not None:
            rows.append(row)
            n = row.last + 1
            continue
        n += 1
    # A block: rows on consecutive lines (a "Not judged" row may sit between them); three
    # or more rows make a judgement table. Headings in the body are paragraphs apart.
    def filler(k: int) -> bool:
        t = lines[k].text
        return bool(vocab.not_judged.search(t) or vocab.label_only.match(t))

    block: list[Row] = []
    for row in rows + [None]:  # type: ignore[list-item]
        if row is not None and block and all(
                filler(k) for k in range(block[-1].last + 1, row.first)):
            block.append(row)
            continue
        if len(block) >= 3:
            for r in block:
                r.source = "table"
        block = [row] if row is not None else []
    return rows


@Language.factory("ofsted_sections", assigns=["doc.spans", "span._.fields"],
                  requires=["doc._.layout"])
def make_sections(nlp: Language, name: str) -> SectionsComponent:
    return SectionsComponent(nlp, name)


class SectionsComponent(RuleComponent):
    rule_files = (AREAS_FILE, GRADES_FILE, HEADINGS_FILE)
    span_groups = ("sections",)

    def compile(self, rules: dict[str, Any]) -> None:
        self.vocab = Vocab(rules[AREAS_FILE], rules[GRADES_FILE])
        self.headings = []
        for row in rules[HEADINGS_FILE]["headings"]:
            pat = re.compile(rf"^(?:{row['pattern']}){GLUED_NOTE}[.?]?$", re.I)
            self.headings.append((pat, int(row["level"]), row.get("area", ""),
                                  tuple(row.get("frameworks", ()))))

    def classify(self, line: str, framework: str) -> tuple[int, str, str] | None:
        """(level, area, grade) when the line is a heading, else None."""
        if len(line) > 160 or CONTENTS_ENTRY.search(line):
            return None
        m = self.vocab.label_grade.match(line) or self.vocab.label_only.match(line)
        if m:
            area = self.vocab.area_key(m.group("label"))
            grade = self.vocab.grade_key(m.group("grade")) if "grade" in m.groupdict() and \
                m.group("grade") else ""
            if area:
                if area in ("adoption_performance", "care_leavers") and framework == "sif":
                    return 3, area, grade  # SIF 2.1 and 2.2 sit inside judgement 2
                if area == "lscb" and not grade and "board" in line.lower():
                    return 1, area, grade  # the LSCB part of a SIF report
                return 2, area, grade
        for pat, level, area, fws in self.headings:
            if fws and framework not in fws:
                continue
            if pat.match(line):
                if area == "$snake":
                    area = self.vocab.old_key(line.rstrip(".?0123456789"))
                return level, area, ""
        return None

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        framework = doc._.layout or layout_of(text)
        lines = structure.lines(doc)
        in_table = {i for r in find_rows(lines, self.vocab) if r.source == "table"
                    for i in range(r.first, r.last + 1)}
        heads: list[tuple[Line, int, str, str, int]] = []  # line, level, area, grade, line no
        block_left = 0  # lines of an old report's "Record of main findings" still to skip
        for n, ln in enumerate(lines):
            if n and n % deadline.EVERY_LINES == 0:
                deadline.check(doc, self.name)
            if n in in_table:
                continue  # a row of the judgement table, not a heading
            if block_left and self.vocab.free_row.match(ln.text):
                block_left = 3
                continue  # a row of the grade table, not a heading
            block_left = 3 if any(p.match(ln.text) for p in self.vocab.block_heads) else max(
                0, block_left - 1)
            hit = self.classify(ln.text, framework)
            if hit is None:
                continue
            level, area, grade = hit
            if not grade and area and n + 1 < len(lines):
                # "Key judgement" blocks: the label on one line, the grade on the next.
                # Old reports: "Capacity to improve" then "Grade 3 (Adequate)".
                nxt = self.vocab.grade_only.match(lines[n + 1].text)
                if nxt:
                    grade = self.vocab.grade_key(nxt.group("grade"))
            heads.append((ln, level, area, grade, n))
        # Each section ends where the next heading of the same or a higher level starts.
        stack: list[dict] = []
        sections: list[dict] = []
        for i, (ln, level, area, grade, n) in enumerate(heads):
            end_char = len(text)
            end_line = len(lines)
            for ln2, level2, _a, _g, n2 in heads[i + 1:]:
                if level2 <= level:
                    end_char, end_line = ln2.start, n2
                    break
            while stack and stack[-1]["level"] >= level:
                stack.pop()
            inherited = area or (stack[-1]["area"] if stack and stack[-1]["char_end"] > ln.start
                                 else "")
            # Body lines up to the next heading of any level (not counting sub-sections).
            next_any = heads[i + 1][4] if i + 1 < len(heads) else len(lines)
            n_par = max(0, min(next_any, end_line) - n - 1)
            heading = re.sub(r"(?<=[a-z])\d{1,2}$", "", ln.text)  # a glued footnote mark
            sec = {"heading": heading, "level": level, "area": inherited, "grade": grade,
                   "char_start": ln.start, "char_end": end_char, "n_paragraphs": n_par}
            stack.append(sec)
            sections.append(sec)
        for k, sec in enumerate(sections, 1):
            last = max(sec["char_start"], sec["char_end"] - 1)
            fields = dict(section_id=f"s{k:03d}", heading=sec["heading"], level=sec["level"],
                          area=sec["area"], grade=sec["grade"],
                          page_start=page_of(doc, sec["char_start"]), page_end=page_of(doc, last),
                          char_start=sec["char_start"], char_end=sec["char_end"],
                          n_paragraphs=sec["n_paragraphs"])
            add_span(doc, "sections", sec["char_start"], sec["char_end"], fields)
        if "sections" not in doc.spans:
            doc.spans["sections"] = []
        return doc
