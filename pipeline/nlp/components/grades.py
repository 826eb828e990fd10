"""Graded judgements: one span per graded area in doc.spans["judgements"].

Sources, in order of trust:
- `table`: the judgement table on page 1 (ILACS "Judgement Grade" rows, the SIF numbered
  list and its overall/LSCB statements, an old report's "Record of main findings");
- `heading`: a section heading that states a grade ("...children in care: good",
  "The Local Safeguarding Children Board requires improvement");
- `prose`: sentences of a news article, council page or minutes ("Adoption and leadership
  were rated as ‘good’", "ranked the service as ‘inadequate’ overall"), with the area keys of
  the framework in force at the time (prose_grades.py).

Only whole lines count as table rows or headings, so a sentence about an earlier
inspection ("when the local authority was judged requires improvement to be good") never
becomes a grade of this report. One row per area: a heading that agrees with the table is
dropped; one that disagrees is kept and the report flagged partial.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import deadline, structure
from ..extensions import add_span, page_of, problem, text_of
from ..resources import fill
from ..structure import Line
from .base import RuleComponent
from .prose_grades import RULES_FILE as PROSE_FILE
from .prose_grades import ProseGrades
from .sections import AREAS_FILE, GRADES_FILE, Row, Vocab, find_rows

# How a whole-line overall statement may end: a footnote marker before or after its stop.
OVERALL_END = r"(?:\d{0,2}\.?|\.\d{1,2})"


@Language.factory("ofsted_grades", assigns=["doc.spans", "span._.fields", "doc._.problems"],
                  requires=["doc.spans", "doc._.document_type", "doc._.framework"])
def make_grades(nlp: Language, name: str) -> GradesComponent:
    return GradesComponent(nlp, name)


class GradesComponent(RuleComponent):
    rule_files = (AREAS_FILE, GRADES_FILE, PROSE_FILE)
    span_groups = ("judgements",)

    def compile(self, rules: dict[str, Any]) -> None:
        self.vocab = Vocab(rules[AREAS_FILE], rules[GRADES_FILE])
        cfg = rules[GRADES_FILE]
        grade = {"GRADE": self.vocab.grade_re}
        # A footnote marker may follow the full stop ("... require improvement.2").
        self.overall_lines = [re.compile(rf"^{fill(p, grade)}{OVERALL_END}$", re.I)
                              for p in cfg["overall_lines"]]
        self.block_heads = self.vocab.block_heads
        self.free_row = self.vocab.free_row
        self.previous = re.compile(cfg["previous_cues"], re.I)
        self.previous_table_lead = re.compile(cfg["previous_table_lead"], re.I)
        self.lead_lines = int(cfg.get("previous_table_lead_lines", 1))
        self.lead_item_start = re.compile(cfg.get("lead_item_start", "(?!)"))
        self.previous_table_heading = re.compile(
            rf"^(?:{cfg['previous_table_heading']})$", re.I)
        self.previous_list_row = re.compile(
            rf"^(?:{fill(cfg['previous_list_row'], grade)})$", re.I)
        self.table_header = re.compile(rf"^(?:{cfg['table_header']})$", re.I)
        self.header_frameworks = set(cfg.get("table_header_frameworks", ()))
        self.front_lines = int(cfg.get("table_rows_front_lines", 0))
        self.prose = ProseGrades(rules[PROSE_FILE], self.vocab)

    # -- finding candidates ------------------------------------------------------------

    def front_rows_start(self, lines: list[Line]) -> int | None:
        """The first line of three or more label + grade rows in a row near the document's
        start: a 2009-13 front-page table set with no header row."""
        for n in range(min(self.front_lines, len(lines))):
            if all(k < len(lines) and self.free_row.match(lines[k].text)
                   for k in range(n, n + 3)):
                return n
        return None

    def old_table(self, lines: list[Line], framework: str = "") -> list[Row]:
        """Rows under a "Record of main findings" heading (or, in a framework whose table
        holds its own labels, under the table's header row, or the front page's rows with
        no header): label + grade, labels free."""
        heads = list(self.block_heads)
        starts: list[int] = []  # the first row's line of each table
        if framework in self.header_frameworks:
            heads.append(self.table_header)
            front = self.front_rows_start(lines)
            if front is not None:
                starts.append(front)
        starts += [n + 1 for n, ln in enumerate(lines) if any(p.match(ln.text) for p in heads)]
        rows: list[Row] = []
        for first in sorted(set(starts)):
            misses = 0
            for k in range(first, len(lines)):
                m = self.free_row.match(lines[k].text)
                if not m:
                    misses += 1
                    if misses > 2:
                        break
                    continue
                misses = 0
                label = m.group("label").strip()
                area = self.vocab.area_key(label) or self.vocab.old_key(label)
                if any(r.area == area for r in rows):
                    continue  # a second sub-table (e.g. looked after children) repeats labels
                if area != "overall_effectiveness" and self.vocab.area_key(label):
                    area = self.vocab.old_key(label)  # old frameworks keep their own labels
                rows.append(Row(area, label, self.vocab.grade_key(m.group("grade")),
                                m.group("grade"), lines[k].start, lines[k].end, k, k, "table"))
        return rows

    def overall_statement(self, lines: list[Line], rows: list[Row]) -> Row | None:
        """'The overall judgement is that children's services are inadequate' (page 1)."""
        first_table = next((r.first for r in rows if r.source == "table"), None)
        for n, ln in enumerate(lines[:80]):
            for pat in self.overall_lines:
                m = pat.match(ln.text)
                if m:
                    near = first_table is not None and -2 <= first_table - n <= 12
                    # The whole statement is the label, as the seed gold writes it.
                    label = re.sub(rf"{OVERALL_END}$", "", ln.text)
                    return Row("overall_effectiveness", label,
                               self.vocab.grade_key(m.group("grade")), m.group("grade"),
                        ln.start, ln.end, n, n, "table" if near else "heading")
        return None

    def earlier_rows(self, lines: list[Line], rows: list[Row]) -> set[int]:
        """Rows listing an earlier inspection's judgements under a line that says so, or
        under a heading that names that inspection ('Previous inspection', 'Previous Ofsted
        inspections' over a lead-in such as '- In June 2016 Ofsted judged the services:')."""
        covered = {k for r in rows for k in range(r.first, r.last + 1)}
        earlier: set[int] = set()
        for i, row in enumerate(rows):
            k = row.first - 1
            # up past the rows of the same list (a dashed sub-area's 'Label: Grade' line is
            # one, though no area row) and the table's header row
            while k >= 0 and (k in covered or self.table_header.match(lines[k].text)
                              or self.previous_list_row.match(lines[k].text)):
                k -= 1
            if k < 0:
                continue
            text = lines[k].text
            if (self.previous_table_lead.search(self.lead_text(lines, k))
                    or self.previous_table_heading.match(text)
                    # a lead-in that names no earlier inspection, under a heading that does
                    or (k > 0 and text.endswith(":")
                        and self.previous_table_heading.match(lines[k - 1].text))):
                earlier.add(i)
        return earlier

    def lead_text(self, lines: list[Line], k: int) -> str:
        """Line k, a list's lead-in, with the lines of the same item or sentence above it
        joined on: a lead-in wrapped over lines ('... published in' / 'October 2015, made
        these judgements:') names its earlier report on a line before the colon's."""
        text = lines[k].text
        if not text.endswith(":"):
            return text
        j = k
        while (k - j + 1 < self.lead_lines and j > 0
               and not self.lead_item_start.match(lines[j].text)
               and lines[j - 1].index == lines[j].index - 1
               and not re.search(r"[.:;!?]\W?$", lines[j - 1].text)):
            j -= 1
        return " ".join(ln.text for ln in lines[j:k + 1])

    # -- merging -----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lines = structure.lines(doc)
        rows = find_rows(lines, self.vocab)
        earlier = self.earlier_rows(lines, rows)
        # An earlier inspection's row may also read as a graded heading ('Leadership,
        # management and governance: Inadequate.'): the sectionizer's heading there is no
        # grade of this report either.
        earlier_at = {rows[i].char_start for i in earlier}
        rows = [r for i, r in enumerate(rows) if i not in earlier]
        if len(lines) > deadline.EVERY_LINES:
            deadline.check(doc, self.name)
        if doc._.document_type == "news_article":
            # The framework component decided which framework's area names apply.
            first = next((s for s in doc.spans.get("dates", [])
                          if s._.fields.get("kind") == "inspection_start"), None)
            start = first._.fields["date"] if first is not None else ""
            # a monitoring or focused visit's item: a grade standing still is the earlier
            # inspection's ('though they remain rated inadequate')
            ungraded = first is not None and self.prose.ungraded_visit(
                text, first.start_char, first.end_char)
            candidates = self.prose.rows(text, doc._.framework.removeprefix("news_"), start,
                                         (doc._.report or {}).get("local_authority", ""),
                                         ungraded)
        else:
            old = self.old_table(lines, doc._.framework)
            candidates = old + rows if old else list(rows)
            overall = self.overall_statement(lines, rows)
            if overall is not None:
                candidates.append(overall)
            # Headings the sectionizer graded that are not label+grade lines (old reports'
            # "Capacity to improve" / "Grade 3 (Adequate)").
            covered = {(r.area, r.char_start) for r in candidates}
            for sec in doc.spans.get("sections", []):
                f = sec._.fields or {}
                if (f.get("grade") and f.get("area") and f["char_start"] not in earlier_at
                        and not any(a == f["area"] and abs(c - f["char_start"]) < 400
                                    for a, c in covered)):
                    start = f["char_start"]
                    end = text.find("\n", start + len(f["heading"]) + 1)
                    end = len(text) if end < 0 else end
                    grade_line = text[start + len(f["heading"]):end].strip()
                    candidates.append(Row(f["area"], f["heading"], f["grade"], grade_line,
                                          start, end, 0, 0, "heading"))
        kept: dict[str, list[Row]] = {}
        order = {"table": 0, "heading": 1, "prose": 2}
        for row in sorted(candidates, key=lambda r: (order[r.source], r.char_start)):
            if not row.grade:
                continue
            same = kept.setdefault(row.area, [])
            if any(r.grade == row.grade for r in same):
                continue  # restates a grade already kept (prefer the table)
            if same:
                problem(doc, f"{row.area}: {same[0].source} says {same[0].grade}, "
                             f"{row.source} says {row.grade}")
            same.append(row)
        for row in sorted((r for rs in kept.values() for r in rs), key=lambda r: r.char_start):
            if row.source == "heading" or (row.area == "lscb" and row.source != "prose"):
                # A heading (or LSCB statement) is its own label, as written ("The Local
                # Safeguarding Children Board requires improvement"), line breaks joined;
                # prose names the board in its area mention, which may lie a sentence
                # before the grade ('... Safeguarding Children Board ... Its work was ...').
                row.label = re.sub(r"\s+", " ", text[row.char_start:row.char_end])
                row.label = re.sub(r"(?<=[a-z])\d{1,2}$|\.$", "", row.label)
            add_span(doc, "judgements", row.char_start, row.char_end, {
                "area": row.area, "area_label": row.label, "grade": row.grade,
                "grade_label": row.grade_label, "source": row.source,
                "page": page_of(doc, row.char_start)})
        if "judgements" not in doc.spans:
            doc.spans["judgements"] = []
        return doc
