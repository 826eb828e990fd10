"""Graded judgements: one span per graded area in doc.spans["judgements"].

Sources, in order of trust:
- `table`: the judgement table on page 1 (ILACS "Judgement Grade" rows, the SIF numbered
  list and its overall/LSCB statements, an old report's "Record of main findings");
- `heading`: a section heading that states a grade ("...children in care: good",
  "The Local Safeguarding Children Board requires improvement");
- `prose`: sentences of a news article, council page or minutes ("Adoption and leadership
  were rated as ‘good’", "ranked the service as ‘inadequate’ overall"), with the area keys of
  the framework in force at the time.

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
from .framework import YEAR
from .sections import AREAS_FILE, GRADES_FILE, Row, Vocab, find_rows, snake

# "Every area" of a framework: its judgement areas, not the overall grade they make up
# nor the LSCB's review, which a SIF report judged apart.
NOT_AN_AREA_OF_ALL = ("overall_effectiveness", "lscb")

# How a whole-line overall statement may end: a footnote marker before or after its stop.
OVERALL_END = r"(?:\d{0,2}\.?|\.\d{1,2})"
# A sentence of prose: up to a full stop before a space or line end, or a line end.
SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|(?=\n)|$)")


@Language.factory("ofsted_grades", assigns=["doc.spans", "span._.fields", "doc._.problems"],
                  requires=["doc.spans", "doc._.document_type", "doc._.framework"])
def make_grades(nlp: Language, name: str) -> GradesComponent:
    return GradesComponent(nlp, name)


class GradesComponent(RuleComponent):
    rule_files = (AREAS_FILE, GRADES_FILE)
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
        self.grade_word = re.compile(rf"\b{self.vocab.grade_re}\b", re.I)
        self.news_split = re.compile(cfg["news_clause_split"], re.I)
        self.news_before = re.compile(cfg["news_grade_before"], re.I)
        self.news_after = re.compile(cfg["news_grade_after"], re.I)
        self.news_verb = re.compile(cfg["news_grade_verb"], re.I)
        self.news_object = re.compile(cfg["news_grade_object"], re.I)
        self.news_object_end = re.compile(cfg["news_grade_object_end"], re.I)
        self.news_carry = re.compile(cfg["news_carry"], re.I)
        self.news_overall = re.compile(cfg["news_overall_subject"], re.I)
        self.news_previous = re.compile(cfg["news_previous"], re.I)
        self.news_contrast = re.compile(cfg["news_contrast"], re.I)
        self.news_negation = re.compile(cfg["news_negation"], re.I)
        self.news_all_areas = re.compile(cfg["news_all_areas"], re.I)

    # -- finding candidates ------------------------------------------------------------

    def old_table(self, lines: list[Line]) -> list[Row]:
        """Rows under a "Record of main findings" heading: label + grade, labels free."""
        rows: list[Row] = []
        for n, ln in enumerate(lines):
            if not any(p.match(ln.text) for p in self.block_heads):
                continue
            misses = 0
            for k in range(n + 1, len(lines)):
                m = self.free_row.match(lines[k].text)
                if not m:
                    misses += 1
                    if misses > 2:
                        break
                    continue
                misses = 0
                label = m.group("label").strip()
                area = self.vocab.area_key(label) or snake(label)
                if any(r.area == area for r in rows):
                    continue  # a second sub-table (e.g. looked after children) repeats labels
                if area != "overall_effectiveness" and self.vocab.area_key(label):
                    area = snake(label)  # old frameworks keep their own labels
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

    def news_rows(self, text: str, framework: str, inspection_start: str = "") -> list[Row]:
        """Grades in the sentences of a news article, a council page or minutes.

        A clause naming a year before the inspection's (or, where the text does not date
        the inspection, before the latest year it gives) speaks of an earlier one."""
        lexicon = self.vocab.news.get(framework, [])
        years = [int(y) for y in YEAR.findall(text)]
        latest = int(inspection_start[:4]) if inspection_start else max(years) if years else None
        rows: list[Row] = []
        seen: set[str] = set()

        def add(area: str, label: str, grade: re.Match, start: int, end: int) -> None:
            if area not in seen:
                seen.add(area)
                rows.append(Row(area, label, self.vocab.grade_key(grade.group("grade")),
                                grade.group("grade"), start, end, 0, 0, "prose"))

        for sent in SENTENCE.finditer(text):
            s0, sentence = sent.start(), sent.group(0)
            grades = [g for g in self.grade_word.finditer(sentence)
                      if self._is_grade(sentence, g) and not self._negated(sentence, g)]
            if not grades:
                continue
            cuts = [0] + [m.end() for m in self.news_split.finditer(sentence)] + [len(sentence)]
            earlier = False
            pending: list[tuple[str, str, int, int]] = []
            subject: tuple[int, int] | None = None  # "X's children's services, which ..."
            last_grade: re.Match | None = None
            for a, b in zip(cuts, cuts[1:], strict=False):
                clause = sentence[a:b]
                if self.news_contrast.match(clause):
                    earlier = False
                clause_years = [int(y) for y in YEAR.findall(clause)]
                if self.news_previous.search(clause) or (
                        latest and any(y < latest for y in clause_years)):
                    earlier = True
                if earlier:  # the subject stays: "X's services, rated inadequate in 2015, are"
                    pending = []
                    continue
                here = [g for g in grades if a <= g.start() < b]
                areas = self._areas(clause, lexicon, s0 + a)
                if here and not areas:  # only with its grade: "all areas" is a common phrase
                    areas = self._all_areas(clause, lexicon, s0 + a, seen)
                if not here:
                    if areas and last_grade is not None and self.news_carry.match(clause):
                        for key, label, p0, p1 in areas:
                            add(key, label, last_grade, p0, p1)
                    elif areas:
                        pending += areas
                    elif self.news_overall.search(clause):
                        subject = (s0 + a, s0 + b)
                    continue
                for key, label, p0, p1 in pending:
                    add(key, label, here[0], p0, p1)
                if areas:
                    for key, label, p0, p1 in areas:
                        after = [g for g in here if g.start() >= p1 - s0] or here
                        add(key, label, after[0], p0, p1)
                elif not pending and self.news_overall.search(clause):
                    add("overall_effectiveness", clause.strip(" ,;:"), here[0],
                        s0 + a, s0 + b)
                elif not pending and subject is not None:
                    add("overall_effectiveness", " ".join(text[subject[0]:s0 + b].split()),
                        here[0], subject[0], s0 + b)
                pending, subject = [], None
                last_grade = here[-1]
        return rows

    def _is_grade(self, sentence: str, g: re.Match) -> bool:
        """A grade word used as a grade ('rated good'), not as a word ('a good service')."""
        if self.news_verb.match(g.group(0)):
            return True
        before = sentence[max(0, g.start() - 60):g.start()]
        after = sentence[g.end():]
        if self.news_before.search(before) or self.news_after.match(after):
            return True
        return bool(self.news_object.search(sentence[max(0, g.start() - 120):g.start()])
                    and self.news_object_end.match(after))

    def _all_areas(self, clause: str, lexicon: list, offset: int,
                   seen: set[str]) -> list[tuple[str, str, int, int]]:
        """Every area of the framework a clause grades at once ('every area inspected'),
        or every one not graded yet ('all other areas')."""
        m = self.news_all_areas.search(clause)
        if m is None:
            return []
        keys = dict.fromkeys(k for k, _ in lexicon if k not in NOT_AN_AREA_OF_ALL)
        return [(k, m.group(0), offset + m.start(), offset + m.end()) for k in keys
                if not (m.group("other") and k in seen)]

    def _negated(self, sentence: str, g: re.Match) -> bool:
        """'no longer rated inadequate', 'were not judged inadequate in any area': the
        grade is one the service does not have."""
        start = max([0] + [m.end() for m in self.news_split.finditer(sentence, 0, g.start())])
        window = sentence[max(start, g.start() - 40):g.start()]
        # Only the grade's own verb phrase: "not yet good and require improvement".
        window = re.split(r"\b(?:and|but|or|while|whereas)\b", window)[-1]
        return bool(self.news_negation.search(window))

    def _areas(self, clause: str, lexicon: list, offset: int) -> list[tuple[str, str, int, int]]:
        """(area key, label as written, start, end) of each area a clause names."""
        found: list[tuple[str, str, int, int]] = []
        taken: list[tuple[int, int]] = []
        for key, pat in lexicon:
            for m in pat.finditer(clause):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                if all(f[0] != key for f in found):
                    found.append((key, m.group(0), offset + m.start(), offset + m.end()))
        return sorted(found, key=lambda f: f[2])

    def earlier_rows(self, lines: list[Line], rows: list[Row]) -> set[int]:
        """Rows listing an earlier inspection's judgements under a line that says so."""
        covered = {k for r in rows for k in range(r.first, r.last + 1)}
        earlier: set[int] = set()
        for i, row in enumerate(rows):
            k = row.first - 1
            while k >= 0 and k in covered:  # up past the rows of the same list
                k -= 1
            if k >= 0 and self.previous_table_lead.search(lines[k].text):
                earlier.add(i)
        return earlier

    # -- merging -----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lines = structure.lines(doc)
        rows = find_rows(lines, self.vocab)
        earlier = self.earlier_rows(lines, rows)
        rows = [r for i, r in enumerate(rows) if i not in earlier]
        if len(lines) > deadline.EVERY_LINES:
            deadline.check(doc, self.name)
        if doc._.document_type == "news_article":
            # The framework component decided which framework's area names apply.
            start = next((s._.fields["date"] for s in doc.spans.get("dates", [])
                          if s._.fields.get("kind") == "inspection_start"), "")
            candidates = self.news_rows(text, doc._.framework.removeprefix("news_"), start)
        else:
            old = self.old_table(lines)
            candidates = old + rows if old else list(rows)
            overall = self.overall_statement(lines, rows)
            if overall is not None:
                candidates.append(overall)
            # Headings the sectionizer graded that are not label+grade lines (old reports'
            # "Capacity to improve" / "Grade 3 (Adequate)").
            covered = {(r.area, r.char_start) for r in candidates}
            for sec in doc.spans.get("sections", []):
                f = sec._.fields or {}
                if f.get("grade") and f.get("area") and not any(
                        a == f["area"] and abs(c - f["char_start"]) < 400 for a, c in covered):
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
            if row.source == "heading" or row.area == "lscb":
                # A heading (or LSCB statement) is its own label, as written ("The Local
                # Safeguarding Children Board requires improvement"), line breaks joined.
                row.label = re.sub(r"\s+", " ", text[row.char_start:row.char_end])
                row.label = re.sub(r"(?<=[a-z])\d{1,2}$|\.$", "", row.label)
            add_span(doc, "judgements", row.char_start, row.char_end, {
                "area": row.area, "area_label": row.label, "grade": row.grade,
                "grade_label": row.grade_label, "source": row.source,
                "page": page_of(doc, row.char_start)})
        if "judgements" not in doc.spans:
            doc.spans["judgements"] = []
        return doc
