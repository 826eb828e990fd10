"""Grades given in prose: news, trade press, council pages, statements and minutes.

Journalists and councils give grades in sentences, in every order: an area then its grade
("help and protection was judged inadequate"), a list of areas sharing one grade or each
with its own ("rated A outstanding, B good and C requires improvement"), the grade first
("an 'outstanding' grade for the impact of leaders", "good in every area"), "respectively",
a movement ("risen from 'requires improvement' to 'good'"), or the whole service's grade
alone, sometimes only in a headline. Each sentence is read as a sequence of area mentions
and grade mentions, after setting aside the clauses that speak of an earlier inspection, a
neighbouring authority, a hope or a future, and the grades a negation denies; the pairing
rules and the vocabularies are data (resources/prose_grades.json, described there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from .framework import YEAR
from .sections import Row, Vocab

# A unit that ends a sentence: its stop, and a closing quote or bracket after it.
PARAGRAPH_END = re.compile(r"[.!?][\"”’')]?\s*$")

RULES_FILE = "prose_grades.json"

# A sentence of prose: up to a full stop before a space or line end, or a line end.
# A run of dots (a table's leader dots, an ellipsis) ends no sentence: only its last
# dot could, and that one follows a dot.
_STOP = r"(?<!\.)[.!?](?=\s)"
SENTENCE = re.compile(rf"[^\n]+?(?:{_STOP}|(?=\n)|$)")
# Where such a sentence ends: its stop, or the line's end.
SENTENCE_BREAK = re.compile(rf"{_STOP}|\n")
# "Every area" of a framework: its judgement areas, not the overall grade they make up
# nor the LSCB's review, which a SIF report judged apart.
NOT_AN_AREA_OF_ALL = ("overall_effectiveness", "lscb")
# A month and year, or a year, in a clause telling when an earlier inspection was.
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                      "sep", "oct", "nov", "dec"), 1)}
# A line of text, for the rows of a table.
TABLE_LINE = re.compile(r"^[^\n]*$", re.M)
EARLIER_DATE = re.compile(r"\b(?:(?P<month>January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b",
                          re.I)


@dataclass
class Mention:
    """An area (one key, or several for 'every area') or a grade named in a sentence."""

    start: int  # in the sentence
    end: int
    label: str
    keys: list[str] = field(default_factory=list)  # areas
    grade: str = ""  # grades: the grade key
    clause: int = 0
    areas_only: bool = False  # a grade carried to areas ('So does A'), never the service's


def _clauses(cuts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each clause from where the clauses start (ProseGrades._cuts)."""
    return list(zip(cuts, cuts[1:], strict=False))


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> int:
    """The index of the clause a position lies in."""
    return max(i for i, (a, _) in enumerate(clauses) if a <= pos)


class ProseGrades:
    """Compiled prose_grades.json: `rows(text, framework, inspection_start)`."""

    def __init__(self, rules: dict[str, Any], vocab: Vocab) -> None:
        self.vocab = vocab
        self.areas = {fw: [(a["key"], re.compile(a["pattern"], re.I)) for a in rows]
                      for fw, rows in rules["areas"].items()}
        self.phrases = [(p["key"], re.compile(rf"\b(?:{p['pattern']})\b", re.I))
                        for p in rules["grade_phrases"]]
        self.grade_word = re.compile(rf"\b{vocab.grade_re}\b", re.I)

        def rx(key: str) -> re.Pattern:
            return re.compile(rules[key], re.I)

        self.split, self.before, self.after = rx("clause_split"), rx("grade_before"), \
            rx("grade_after")
        self.counted_list = rx("counted_areas_list")
        self.alone_overall = rx("grade_alone_overall")
        self.verb, self.object, self.object_end = rx("grade_verb"), rx("grade_object"), \
            rx("grade_object_end")
        self.area_then_grade, self.grade_then_grade = rx("area_then_grade"), \
            rx("grade_then_grade")
        self.received_before, self.received_after = rx("grade_received_before"), \
            rx("grade_received_after")
        self.quoted, self.bracketed = rx("grade_quoted"), rx("grade_bracketed")
        self.bracketed_item = rx("grade_bracketed_item")
        self.to_area, self.glue = rx("grade_to_area"), rx("area_glue")
        self.overall_too = rx("grade_overall_too")
        self.adjunct_relative = rx("earlier_adjunct_relative")
        self.respectively, self.carry = rx("respectively"), rx("carry")
        self.carry_blocked, self.earlier_after = rx("carry_blocked"), rx("earlier_after")
        self.carry_after = rx("carry_after")
        self.carry_own_clause = rx("carry_own_clause")
        self.relative_aside = rx("relative_aside")
        self.relative_earlier = rx("relative_earlier")
        self.class_earlier = rx("class_earlier")
        self.earlier_adjunct, self.future_year = rx("earlier_adjunct"), rx("future_year")
        self.adjunct_apposition = rx("earlier_adjunct_apposition")
        self.earlier_fronted = rx("earlier_fronted")
        self.earlier_fronted_other = rx("earlier_fronted_other")
        self.earlier_fronted_when = rx("earlier_fronted_when")
        self.standing, self.visit_kind = rx("standing_grade"), rx("visit_kind")
        self.visit_other, self.visit_dated = rx("visit_kind_other_before"), \
            rx("visit_kind_dated")
        self.organisation = re.compile(rules["organisation_name"])
        self.setting_before = rx("grade_setting_before")
        self.setting_aside = rx("grade_setting_aside")
        self.same, self.opener = rx("same_grade"), rx("list_opener")
        self.same_so, self.pronoun = rx("same_grade_so"), rx("pronoun_subject")
        self.same_overall = rx("same_grade_overall")
        self.counted, self.same_those = rx("counted_grades"), rx("same_grade_those")
        self.other_judge, self.lead_other = rx("other_judge"), rx("list_lead_other_authority")
        self.judge_relative, self.judge_ends = rx("other_judge_relative"), \
            rx("other_judge_ends")
        self.scope, self.scope_title = rx("report_scope"), rx("report_scope_title")
        self.it_antecedent = rx("pronoun_it_antecedent")
        self.possessive_object = rx("pronoun_possessive_object")
        self.overall, self.previous = rx("overall_subject"), rx("previous")
        self.hope, self.then_now = rx("hope"), rx("then_now")
        self.hope_goes_on = rx("hope_goes_on")
        self.now_predicate = rx("now_predicate")
        self.then_column = rx("table_then_column")
        self.back_ref, self.back_ref_to_grade = rx("back_reference"), \
            rx("back_reference_to_grade")
        self.back_ref_counts: dict[str, int] = dict(rules["back_reference_counts"])
        self.other, self.contrast = rx("other_authority"), rx("contrast")
        self.other_ends = rx("other_ends")
        self.other_council, self.subject_name = rx("other_council"), rx("subject_name")
        self.subject_possessive, self.subject_lead = rx("subject_possessive"), \
            rx("subject_lead")
        self.all_areas, self.negation = rx("all_areas"), rx("negation")
        self.all_except, self.adjective = rx("all_areas_except"), rx("grade_adjective")
        self.attributive_before, self.attributive_after = rx("grade_attributive_before"), \
            rx("grade_attributive_after")
        self.lifted_before, self.lifted_after = rx("grade_lifted_before"), \
            rx("grade_lifted_after")
        self.at_activity = rx("grade_at_activity")
        # an entry's optional "area" is what the area's own words must open with: a
        # grade straight before its area ('rated outstanding the experiences of ...')
        # only where the area opens as a noun phrase ('found good help and protection
        # in most teams' is an adjective's)
        self.names_areas = [(re.compile(r["before"], re.I), re.compile(r["after"], re.I),
                             re.compile(r.get("area", ""), re.I))
                            for r in rules["grade_names_areas"]]
        self.earlier_time_alone, self.earlier_report_opener = rx("earlier_time_alone"), \
            rx("earlier_report_opener")
        self.earlier_report_told = rx("earlier_report_told")
        self.earlier_carry_now = rx("earlier_carry_now")
        self.headline_words = rules["headline_max_words"]
        self.headline_lead = rx("headline_grade_lead")
        self.headline_tag = rx("headline_grade_tag")
        self.pronoun_service = rx("pronoun_service")
        self.list_lead, self.list_item = rx("list_lead"), rx("list_item")
        self.list_item_end = rx("list_item_end")
        self.plain_item_chars = rules["list_plain_item_max_chars"]
        self.negation_window = rules["negation_window"]
        self.abbreviation = rx("sentence_abbreviation")
        self.area_heading = rx("area_heading")
        self.number_key, self.grade_number = rx("grade_number_key"), rx("grade_number")
        self.number_key_min = rules["grade_number_key_min"]
        self.column_overall = rx("column_overall")

    # -- the text --------------------------------------------------------------------

    def ungraded_visit(self, text: str, start: int, end: int) -> bool:
        """Whether the visit an item dates (its days at text[start:end]) is a monitoring
        or focused visit, which gives no grade: of the kinds of inspection the days'
        sentence names (visit_kind), the one nearest them says; not one named as the
        visit this one came after or since ('after six monitoring visits'), which is
        another (visit_kind_other_before), unless the days are its own (visit_kind_dated)."""
        a = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)), default=0)
        b = next((m.start() for m in SENTENCE_BREAK.finditer(text, end)), len(text))

        def gap(m: re.Match) -> int:
            return start - m.end() if m.end() <= start else max(0, m.start() - end)

        def dated(m: re.Match) -> bool:
            # 'After a monitoring visit on 7 and 8 June': the days are that visit's
            return m.end() <= start and bool(self.visit_dated.match(text[m.end():start]))

        kinds = [m for m in self.visit_kind.finditer(text, a, b)
                 if dated(m) or not self.visit_other.search(text, a, m.start())]
        nearest = min(kinds, key=gap, default=None)
        return bool(nearest and nearest.group("ungraded"))

    def rows(self, text: str, framework: str, inspection_start: str = "",
             authority: str = "", ungraded: bool = False) -> list[Row]:
        """One row per area graded in the text (the first grade given it), with the
        area key of the framework whose names the text uses. A clause naming a year
        before the inspection's (or, where the text does not date the inspection,
        before the latest year it gives) speaks of an earlier one; one naming a council
        other than `authority` (where known), of another authority; in an item whose
        own visit is `ungraded` (a monitoring or focused visit), one whose grade stands
        still ('though they remain rated inadequate'), of the earlier full inspection."""
        lexicon = self.areas.get(framework, [])
        authority = authority.lower().replace("’", "'")
        text = self._then_columns_blanked(text)
        numbers = self._number_key(text)
        # A table with an area to each column: the authority's row is read cell by cell,
        # and the table is no prose.
        text, table_rows = self._area_columns(text, lexicon, authority, numbers)
        # A year looked forward to ('outstanding by 2026') is not one the text reports.
        ahead = {m.start("year") for m in self.future_year.finditer(text)}
        years = [int(m.group(0)) for m in YEAR.finditer(text) if m.start() not in ahead]
        latest = int(inspection_start[:4]) if inspection_start else max(years) if years else None
        # Only a dated inspection can tell 'after an inspection in June 2015' is earlier.
        dated = inspection_start[:10] if len(inspection_start) >= 7 else ""
        rows: list[Row] = list(table_rows)
        seen: set[str] = {r.area for r in table_rows}
        prior_grade = ""  # the last grade the sentence before gave ('the same grade')
        counted = ""  # the grade the sentence before gave a counted set ('Those are for')
        # The lone ungraded area the sentence before named, at its place in the text,
        # for a sentence opening 'Its work was judged ...'.
        antecedent: tuple[int, Mention] | None = None
        subject = False  # whether that area was its sentence's subject (for 'It')
        told_before = ""  # the sentence before, in the same unit or a whole one before
        prev_end = -1
        judged_list = False  # the line before opened a list set aside (another judge's)
        # 'Ofsted visits X | Inadequate rating': the overall grade a headline's tag gives,
        # (its index in rows, the row), kept for the end; and the grades set aside as
        # earlier (or another's) anywhere in the text
        tag: tuple[int, Row] | None = None
        earlier: set[str] = set()
        for offset, unit in self._units(text, lexicon, numbers):
            # 'Our self-assessment gave these grades:' over '- Help and protection: good':
            # the items under it, each with its grade, are the self-assessment's.
            if judged_list and self.list_item.match(unit) and prev_end >= 0 and \
                    not text[prev_end:offset].strip():
                prev_end, told_before, antecedent = offset + len(unit), "", None
                continue
            judged_list = self._judged_lead(unit, latest, authority, dated)
            # A history goes on over a paragraph break ('... in December 2013, they left
            # behind a service in crisis.' and, a paragraph on, 'Their report ... judged
            # the council inadequate.'): the unit before is a whole sentence or more, only
            # space between the two.
            if not (told_before and PARAGRAPH_END.search(told_before)
                    and prev_end >= 0 and not text[prev_end:offset].strip()):
                told_before = ""
            prev_end = offset + len(unit)
            for sent_start, sentence in self._sentences(unit):
                at = offset + sent_start
                carried = self._earlier_carried(told_before, sentence, latest)
                # 'X's services are no longer inadequate. They now require improvement.'
                service = bool(told_before) and self._names_service(told_before, latest,
                                                                    authority, dated)
                told_before = sentence
                lead = self.pronoun.match(sentence) if antecedent else None
                if lead and not subject and (lead.group(0).strip().lower() == "it"
                                             or self.possessive_object.match(sentence)):
                    lead = None
                stand_in = Mention(lead.start(), lead.end(), antecedent[1].label,
                                   antecedent[1].keys) if lead and antecedent else None
                # 'the same grade as the service overall': the overall grade given so far
                overall = next((r.grade for r in rows
                                if r.area == "overall_effectiveness"), "")
                found = self._sentence(sentence, lexicon, latest, seen, authority,
                                       prior_grade, dated, stand_in, carried, numbers,
                                       counted, earlier, service, ungraded, overall)
                prior_grade = found[-1][2].grade if found else ""
                counted = "" if found else self._counted_grade(sentence, lexicon, latest,
                                                               authority, dated)
                for area, label, grade, start, end in found:
                    if area in seen:
                        continue
                    seen.add(area)
                    if stand_in and antecedent and (start, end) == (stand_in.start,
                                                                    stand_in.end):
                        # the evidence runs from the area's name where the text gives it
                        # to the grade: both sentences
                        start, end = antecedent[1].start + antecedent[0] - at, grade.end
                    row = Row(area, label, self.vocab.grade_key(grade.label) or grade.grade,
                              grade.label, at + start, at + end, 0, 0, "prose")
                    if area == "overall_effectiveness" and tag is None and \
                            self._tagged(sentence, grade):
                        seen.discard(area)
                        # not a school's or a home's ('Ofsted visits Kelby primary
                        # school | Good rating'): it grades no council
                        if not self.setting_before.search(sentence):
                            tag = (len(rows), row)
                        continue
                    rows.append(row)
                lone = None if found else self._lone_area(sentence, lexicon, latest,
                                                          authority, dated, numbers)
                antecedent = (at, lone) if lone else None
                subject = bool(lone and self.it_antecedent.match(sentence[:lone.start]))
        if tag and "overall_effectiveness" not in seen and tag[1].grade not in earlier:
            rows.insert(tag[0], tag[1])
        return rows

    def _sentences(self, unit: str) -> list[tuple[int, str]]:
        """(start, text) of each sentence of a unit; a full stop closing an abbreviation
        ('Req. Improvement': sentence_abbreviation) ends none."""
        found: list[tuple[int, str]] = []
        joined = False
        for sent in SENTENCE.finditer(unit):
            if joined:
                start = found[-1][0]
                found[-1] = (start, unit[start:sent.end()])
            else:
                found.append((sent.start(), sent.group(0)))
            joined = bool(self.abbreviation.search(sent.group(0)))
        return found

    def _then_columns_blanked(self, text: str) -> str:
        """The text with the cells of a table's earlier-inspection columns blanked ('| A |
        Good | Outstanding |' under '| Judgement area | 2019 | 2022 |', or with no outer
        bars: 'A | Good | Outstanding' under 'Judgement | 2018 | 2022'): a column whose
        head names an earlier time (table_then_column) or a year before the latest one
        the heads give. Blanked with spaces, so offsets hold."""
        out = list(text)
        then: set[int] = set()
        in_table = False
        for m in TABLE_LINE.finditer(text):
            line = m.group(0)
            bars = [m.start() + i for i, c in enumerate(line) if c == "|"]
            if not self._table_line(line):
                if len(bars) < 2 or line.strip().endswith("|"):
                    in_table, then = False, set()
                    continue
                # A table a page gives without its outer bars ('Judgement | 2018 | 2022'):
                # the line's ends stand for them.
                bars = [m.start() - 1, *bars, m.end()]
            cells = [text[a + 1:b] for a, b in zip(bars, bars[1:], strict=False)]
            if not in_table:  # the head
                in_table = True
                years = [int(y) for c in cells[1:] for y in YEAR.findall(c)]
                then = {k for k, c in enumerate(cells) if k > 0 and (
                    self.then_column.search(c) or any(
                        int(y) < max(years) for y in YEAR.findall(c)))}
                if len(then) >= len(cells) - 1:
                    then = set()
                continue
            for k in then:
                if k < len(cells):
                    for i in range(bars[k] + 1, bars[k + 1]):
                        out[i] = " "
        return "".join(out)

    def _area_columns(self, text: str, lexicon: list, authority: str,
                      numbers: dict[str, str]) -> tuple[str, list[Row]]:
        """A table whose heads name an area each, one row to an authority ('| Council |
        Overall | Help & protection | ... |' over '| Wendlebury | G | G | ... |'): the
        rows of the authority's own row, each cell's grade a grade's words or its letter
        or number in the key the text gives ('O = outstanding, G = good'); another
        authority's row gives none. The table's lines are blanked in the text returned
        (offsets hold), so no prose rule reads them."""
        out = list(text)
        rows: list[Row] = []
        lines = [m for m in TABLE_LINE.finditer(text)]
        i = 0
        while i < len(lines):
            if not self._table_line(lines[i].group(0)):
                i += 1
                continue
            j = i
            while j < len(lines) and self._table_line(lines[j].group(0)):
                j += 1
            heads = self._cells(lines[i])
            keys = [self._column_area(c, lexicon) for _, _, c in heads]
            if sum(bool(k) for k in keys[1:]) >= 2 and not keys[0]:
                for line in lines[i + 1:j]:
                    cells = self._cells(line)
                    if not cells or not authority or not cells[0][2].strip() or \
                            not _names_authority(cells[0][2].strip(), authority):
                        continue
                    for k, (a, b, cell) in enumerate(cells[1:], 1):
                        if k >= len(keys) or not keys[k]:
                            continue
                        grade = self._cell_grade(cell, numbers)
                        if grade and keys[k] not in {r.area for r in rows}:
                            rows.append(Row(keys[k], " ".join(heads[k][2].split()), grade,
                                            cell.strip(), a, b, 0, 0, "prose"))
                for line in lines[i:j]:
                    for n in range(line.start(), line.end()):
                        out[n] = " "
            i = j
        return "".join(out), rows

    @staticmethod
    def _table_line(line: str) -> bool:
        return line.strip().startswith("|") and line.count("|") >= 3

    @staticmethod
    def _cells(line: re.Match) -> list[tuple[int, int, str]]:
        """(start, end, text) of each cell of a table's line, in the text."""
        bars = [line.start() + i for i, c in enumerate(line.group(0)) if c == "|"]
        text = line.string
        return [(a + 1, b, text[a + 1:b]) for a, b in zip(bars, bars[1:], strict=False)]

    def _column_area(self, head: str, lexicon: list) -> str:
        """The area a table's head names and nothing else ('Help & protection',
        'Overall'), or ''."""
        head = " ".join(head.split())
        if self.column_overall.fullmatch(head):
            return "overall_effectiveness"
        areas = self._areas(head, lexicon)
        if len(areas) != 1 or len(areas[0].keys) != 1:
            return ""
        rest = head[:areas[0].start] + head[areas[0].end:]
        return "" if re.sub(r"(?i)\bthe\b", "", rest).strip(" :-–") else areas[0].keys[0]

    def _cell_grade(self, cell: str, numbers: dict[str, str]) -> str:
        """A cell's grade: its letter or number in the text's key, or a grade's words."""
        cell = cell.strip()
        if cell in numbers:
            return numbers[cell]
        g = self.grade_word.fullmatch(cell) or next(
            (m for key, p in self.phrases if (m := p.fullmatch(cell))), None)
        if not g:
            return ""
        return self.vocab.grade_key(cell) or next(
            (key for key, p in self.phrases if p.fullmatch(cell)), "")

    def _lone_area(self, sentence: str, lexicon: list, latest: int | None, authority: str,
                   start: str, numbers: dict[str, str] | None = None) -> Mention | None:
        """The one area a sentence names where it gives no grade and does not speak of
        an earlier inspection, another authority or a hope ('X Safeguarding Children
        Board ... was reviewed at the same time.'): what 'Its work' next refers to."""
        areas = self._areas(sentence, lexicon)
        if len(areas) != 1 or self._grades(sentence, areas, numbers=numbers):
            return None
        clauses, aside = self._clauses_aside(sentence, latest, authority, start)
        return None if _clause_of(clauses, areas[0].start) in aside else areas[0]

    def _judged_lead(self, unit: str, latest: int | None, authority: str, start: str
                     ) -> bool:
        """Whether a line opens a list (list_lead) in a clause set aside: for another
        judge than this inspection (other_judge: 'Our self-assessment gave these
        grades:', 'In the mock inspection the grades were:'), another authority
        ('Neighbouring Eastshire's results last year were:', list_lead_other_authority),
        named in its words: not a hope ('Leaders want to build on these grades:'), a
        subject that is no place ('Here is what they said:') nor an earlier inspection,
        whose lead opens this one's grades beside it ('How each area has changed since
        2015:' over '* Adoption performance: was requires improvement, now good.')."""
        if not self.list_lead.search(unit):
            return False
        sentence = self._sentences(unit)[-1][1]
        clauses, aside = self._clauses_aside(sentence, latest, authority, start)
        return len(clauses) - 1 in aside and bool(
            self.other_judge.search(sentence) or self.lead_other.search(sentence)
            or self._other_council(sentence, authority))

    def _counted_grade(self, sentence: str, lexicon: list, latest: int | None,
                       authority: str, start: str) -> str:
        """The grade a sentence gives a counted set of grades or areas it does not name
        ('The other three grades were all good.'), where nothing sets it aside and no
        negation denies it; else ''."""
        m = self.counted.search(sentence)
        if not m or self._areas(sentence, lexicon):
            return ""
        g = Mention(m.start("grade"), m.end("grade"), m.group("grade"))
        clauses, aside = self._clauses_aside(sentence, latest, authority, start)
        if _clause_of(clauses, g.start) in aside or self._negated(sentence, g):
            return ""
        return self.vocab.grade_key(m.group("grade")) or ""

    def _clauses_aside(self, sentence: str, latest: int | None, authority: str, start: str
                       ) -> tuple[list[tuple[int, int]], set[int]]:
        """A sentence's clauses and which of them are set aside (_set_aside)."""
        clauses = _clauses(self._cuts(sentence))
        return clauses, self._set_aside(sentence, clauses, latest, authority, start)[0]

    def _cuts(self, sentence: str) -> list[int]:
        """Where the clauses of a sentence start, and its end."""
        # 'two of the four areas they judged: A and B': the list is the count's clause
        lists = [m.span("list") for m in self.counted_list.finditer(sentence)]
        return [0] + [m.end() for m in self.split.finditer(sentence)
                      if not any(a <= m.start() < b for a, b in lists)] + [len(sentence)]


    def _units(self, text: str, lexicon: list, numbers: dict[str, str] | None = None
               ) -> list[tuple[int, str]]:
        """(offset, text) of each line, except that a line ending in a colon is read with
        the list under it ('Three areas were judged inadequate:' and its bullets) as one
        sentence. Only items with no grade of their own join it, so nothing an item says
        is lost. In the joined text (as long as the original, so offsets hold) a line
        break and an item's marker become one bullet '•' and an item's closing full stop
        a space; the rules read '•' between areas as a list's glue."""
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
        units: list[tuple[int, str]] = []
        i = 0
        while i < len(lines):
            start, line = lines[i]
            j = i + 1
            if j < len(lines) and lines[j][0] == start + len(line) + 1 and \
                    self._area_heading(line, lexicon) and self._grade_item(lines[j][1]):
                # 'Overall effectiveness' over '- Good (unchanged from 2016)': read as
                # 'Overall effectiveness:  Good (...)', the line break a colon and the
                # item's marker spaces
                marker = self.list_item.match(lines[j][1])
                cut = marker.end() if marker else 0
                units.append((start, line + ":" + " " * cut + lines[j][1][cut:]))
                i = j + 1
                continue
            if self.list_lead.search(line):
                while j < len(lines) and self._item(lines[j][1], numbers):
                    j += 1
            if j == i + 1:
                units.append((start, line))
                i = j
                continue
            parts = [line]
            for k in range(i + 1, j):
                prev_end = lines[k - 1][0] + len(lines[k - 1][1])
                item = lines[k][1]
                gap = " " * (lines[k][0] - prev_end)  # the line break
                marker = self.list_item.match(item)
                if marker:
                    item = "•" + " " * (marker.end() - 1) + item[marker.end():]
                else:
                    gap = "•" + gap[1:]
                end = self.list_item_end.search(item)
                if end:
                    item = item[:end.start()] + end.group(0).replace(".", " ")
                parts.append(gap + item)
            units.append((start, "".join(parts)))
            i = j
        return units

    def _area_heading(self, line: str, lexicon: list) -> bool:
        """A line that is only an area's name, or 'Overall', as a heading (area_heading:
        'LEADERS', 'The impact of leaders on social work practice', '4.2 Help and
        protection'), naming no grade."""
        m = self.area_heading.match(line)
        if not m or self.grade_word.search(line):
            return False
        if m.group("overall"):
            return True
        name = m.group("area")
        areas = self._areas(name, lexicon)
        return len(areas) == 1 and not re.sub(r"^\W*(?:the\s+)?", "", name[:areas[0].start],
                                              flags=re.I) and not name[areas[0].end:].strip()

    def _grade_item(self, line: str) -> bool:
        """The line under an area's heading giving its grade: a list's item opening with a
        grade ('- Good (up from 2016)', '- Requires improvement to be good'), or the grade
        alone."""
        marker = self.list_item.match(line)
        rest = line[marker.end():] if marker else line
        g = self.grade_word.match(rest) or next(
            (m for _, p in self.phrases if (m := p.match(rest))), None)
        if not g:
            return False
        tail = rest[g.end():]
        return bool(marker and not self.adjective.match(tail)) or not re.sub(
            r"\([^)]*\)", "", tail).strip(" .")

    def _number_key(self, text: str) -> dict[str, str]:
        """The grades a text's numbers stand for, where it gives a key of at least
        grade_number_key_min of them ('1 = Outstanding, 2 = Good, 3 = Requires
        improvement, 4 = Inadequate'); else none."""
        key: dict[str, str] = {}
        for m in self.number_key.finditer(text):
            grade = self.vocab.grade_key(m.group("grade"))
            if grade:
                key.setdefault(m.group("num") or m.group("letter"), grade)
        return key if len(set(key.values())) >= self.number_key_min else {}

    def _numbered(self, line: str, numbers: dict[str, str]) -> bool:
        """Whether a line gives a grade by its number ('4.1 Overall effectiveness: 3')."""
        return any(m.group("num") in numbers for m in self.grade_number.finditer(line))

    def _item(self, line: str, numbers: dict[str, str] | None = None) -> bool:
        """A line of a list: marked ('- A', '1. B') or a short one not closing a sentence,
        with no grade named in it (nor a grade's number, where the text gives a key)."""
        if self.grade_word.search(line) or any(p.search(line) for _, p in self.phrases) or (
                numbers and self._numbered(line, numbers)):
            return False
        if self.list_item.match(line):
            return True
        return len(line) <= self.plain_item_chars and not re.search(r"[.!?:|]\s*$", line)

    # -- one sentence ----------------------------------------------------------------

    def _sentence(self, sentence: str, lexicon: list, latest: int | None, seen: set[str],
                  authority: str, prior_grade: str = "", start: str = "",
                  stand_in: Mention | None = None, carried: bool = False,
                  numbers: dict[str, str] | None = None, counted: str = "",
                  earlier: set[str] | None = None, service: bool = False,
                  ungraded: bool = False, overall: str = ""
                  ) -> list[tuple[str, str, Mention, int, int]]:
        """The rows of one sentence; `stand_in`: the area an opening 'Its work' stands
        for, where the sentence names none of its own; `carried`: the sentence before
        dated an earlier inspection this one goes on telling of (_earlier_carried);
        `counted`: the grade the sentence before gave a counted set of grades it did not
        name ('The other three grades were all good.'), for 'Those are for A, B and C';
        `earlier`, where given, gains the grades of the clauses set aside for another
        inspection or authority (not for a hope alone); `service`: the sentence before
        opened on the whole service, which a 'They' or 'It' here stands for; `ungraded`:
        the item's own visit gives no grade, so a grade standing still is an earlier one;
        `overall`: the overall grade the text gave before, for 'the same grade as the
        service overall'."""
        cuts = self._cuts(sentence)
        clauses = _clauses(cuts)
        areas = self._areas(sentence, lexicon)
        if stand_in is not None and not any(a.start < stand_in.end for a in areas):
            areas = [stand_in] + areas
        # 'every other area good': 'every area' licenses a grade as an area does
        every = self._every_area(sentence, clauses, lexicon, seen)
        grades = self._grades(sentence, sorted(areas + every, key=lambda m: m.start),
                              prior_grade, numbers, counted, overall)
        if not grades:
            return []
        aside, hoped = self._set_aside(sentence, clauses, latest, authority, start, carried,
                                       ungraded)

        for m in areas + grades:
            m.clause = _clause_of(clauses, m.start)
        if earlier is not None:
            earlier.update(self.vocab.grade_key(g.label) or g.grade for g in grades
                           if g.clause in aside - hoped)
        hoped_areas = [m for m in areas if m.clause in hoped]
        subject = areas[0] if areas and areas[0].clause in aside and not re.sub(
            r"(?i)\bthe\b", "", sentence[:areas[0].start]).strip() else None
        areas = [m for m in areas if m.clause not in aside]
        grades = [g for g in grades if g.clause not in aside]
        if not grades:
            return []
        # 'A was judged inadequate in 2016 but is now good': the subject set aside with
        # its earlier grade has the grade of a clause of now that names no area
        now = grades[0]
        if subject is not None and self.now_predicate.match(
                sentence[clauses[now.clause][0]:clauses[now.clause][1]].lstrip()) and \
                not any(a.start < now.start for a in areas):
            areas.insert(0, subject)
        graded_clauses = {g.clause for g in grades}
        for m in self._every_area(sentence, clauses, lexicon, seen):
            m.clause = _clause_of(clauses, m.start)
            if m.clause not in aside and m.clause in graded_clauses:
                areas.append(m)
        back = self._back_referred(sentence, sorted(areas + hoped_areas,
                                                   key=lambda m: m.start), grades)
        areas += [a for a, _ in back if a not in areas]
        areas.sort(key=lambda m: m.start)

        given: dict[int, Mention] = {}  # area index -> grade
        for a, g in back:
            given[areas.index(a)] = g
        carried: set[int] = set()  # areas given a grade from before them ('as were A')
        held: set[int] = set()  # areas a relative clause only names (relative_aside)
        if self.respectively.search(sentence) and len(grades) > 1 and len(areas) == len(
                grades):
            for i, g in enumerate(grades):
                given[i] = g
        else:
            self._grade_first(sentence, areas, grades, given)
            forward = {id(g) for g in given.values()}

            def carry_before(i: int, a: Mention) -> bool:
                """Give area `a` the grade before it in the sentence, if there is one."""
                before = [g for g in grades if g.end <= a.start]
                if before:
                    given[i] = before[-1]
                    carried.add(i)
                return bool(before)

            for i, a in enumerate(areas):
                if i in given:
                    continue
                nxt = next((g for g in grades if g.start >= a.end), None)
                clause_end = clauses[a.clause][1]
                # 'as were A, B, and C': the areas listed with a carried one share its grade
                listed = i - 1 in carried and bool(self.glue.match(
                    sentence[areas[i - 1].end:a.start]))
                opener = self.carry.match(sentence[clauses[a.clause][0]:clause_end].lstrip())
                # 'as did A, but B had become good', 'So was A, and B were outstanding':
                # a carried grade, whatever a later clause grades (not after a bare 'and')
                later = nxt is not None and nxt.clause > _clause_of(clauses, a.end - 1)
                strong = listed or bool(opener and opener.group(0).strip().lower() != "and")
                if later and strong and not self.carry_blocked.match(
                        sentence[a.end:clause_end]) and carry_before(i, a):
                    continue
                # '..., which include the virtual school for children in care, were
                # rated good': an area the subject only holds takes no later grade
                if nxt is not None and nxt.clause != a.clause and self.relative_aside.match(
                        sentence[clauses[a.clause][0]:a.start].lstrip(" ,")):
                    held.add(i)
                    continue
                if nxt is not None and id(nxt) not in forward and self._one_list(
                        sentence, areas[i:], nxt, cuts):
                    given[i] = nxt
                elif (nxt is None or later) and self.carry_after.match(
                        sentence[a.end:clause_end]):
                    carry_before(i, a)  # '..., and help and protection was too.'
                elif nxt is None and (listed or self.carry.match(
                        sentence[clauses[a.clause][0]:clause_end]) or any(
                        g.areas_only for g in grades)) and not \
                        self.carry_blocked.match(sentence[a.end:clause_end]) and not (
                        # '..., and the report praised A': praise of its own, no grade
                        self.carry_own_clause.match(
                            sentence[clauses[a.clause][0]:a.start].lstrip())):
                    carry_before(i, a)
        # A grade given to every area, none left out or graded apart, is also the
        # service's where the clause names it ("X's services were rated good in all areas").
        whole = not any(len(a.keys) == 1 for a in areas) and not any(
            self.all_except.match(sentence[a.end:]) for a in areas)
        # A carried grade ('X was rated good overall, as were A and B') is still the
        # clause's before it, which may name the whole service.
        taken = {id(g) for i, g in given.items()
                 if (len(areas[i].keys) == 1 or not whole) and i not in carried
                 # 'rated the council good overall and in three of the four areas: A, B
                 # and C': the grade is the whole service's as well as theirs
                 and not self.overall_too.match(sentence[g.end:])}
        # "good in every area, with care leavers outstanding": an area graded on its own
        # is not one of "every area".
        own = {k for i in given for k in areas[i].keys if len(areas[i].keys) == 1}
        found = [(key, " ".join(areas[i].label.split()), g, areas[i].start, areas[i].end)
                 for i, g in sorted(given.items()) for key in areas[i].keys
                 if len(areas[i].keys) == 1 or key not in own]
        # 'Inadequate rating | Ofsted rates X good': a headline's tag gives the overall
        # grade only where the headline gives no other
        tagged = {id(g) for g in grades if self._tagged(sentence, g)}
        # an area a relative clause only names leaves the subject's grade to the subject
        named = [a for k, a in enumerate(areas) if k not in held]
        return found + (self._overall(sentence, clauses, named, [
            g for g in grades if id(g) not in tagged], taken, authority, service) or
            self._overall(sentence, clauses, named, [g for g in grades if id(g) in tagged],
                          taken, authority, service))

    def _names_service(self, sentence: str, latest: int | None, authority: str, start: str
                       ) -> bool:
        """Whether a sentence's first clause names the whole service or the authority
        (overall_subject, or the authority's name as its subject), not another authority's
        ('Kelby's children's services are no longer inadequate, Ofsted said.', 'Kelby's
        children's services were rated inadequate in 2016.': what the next sentence
        tells of them is read there, as of now or of then)."""
        first = sentence[:self._cuts(sentence)[1]]
        if self.other.search(first) or self._other_council(first, authority) or \
                self._other_subject(first, authority):
            return False
        m = self.subject_name.search(self._after_lead(first))
        return bool(self.overall.search(first)) or bool(
            m and m.group("name").split() and authority
            and _names_authority(m.group("name"), authority))

    def _tagged(self, sentence: str, g: Mention) -> bool:
        """Whether a grade is a headline's tag: a part between its bars that is only a
        grade and its noun ('Ofsted visits X | Inadequate rating': headline_grade_tag)."""
        return "|" in sentence and self._headline(sentence) and any(
            m.start() <= g.start < m.end() for m in self.headline_tag.finditer(sentence))

    def _one_list(self, sentence: str, areas: list[Mention], grade: Mention,
                  cuts: list[int]) -> bool:
        """Whether the areas from the first up to the grade are one list sharing it ('A,
        B and C were rated good'), not an area of another clause ('Although care
        leavers' support improved, help and protection was inadequate')."""
        run = [a for a in areas if a.start < grade.start]
        if len(run) == 2 and self.opener.search(sentence[:run[0].start]) and re.search(
                r"\band\b", sentence[run[0].end:run[1].start]):
            return True
        for a, b in zip(run, run[1:], strict=False):
            between = sentence[a.end:b.start]
            if not self.glue.match(between) and any(a.end < c <= b.start for c in cuts):
                return False
        return True

    def _set_aside(self, sentence: str, clauses: list[tuple[int, int]],
                   latest: int | None, authority: str, start: str = "",
                   carried: bool = False, ungraded: bool = False
                   ) -> tuple[set[int], set[int]]:
        """Clauses about another inspection or authority, a hope or a future: from the
        one that says so up to one that opens with a contrast; and those before an
        'after an inspection in June 2015' dated before this inspection (`start`). Also
        those of them set aside for a hope alone: a clause that gives a grade back to
        the areas named before it ('- both of those require improvement') ends a hope,
        not an earlier inspection."""
        aside: set[int] = set()
        hoped_only: set[int] = set()
        other = hoped = judged = False  # judged: another judge's (other_judge)
        earlier = carried  # until a clause that speaks of now (contrast)
        hope_runs = False  # the hope's words go on, no comma or colon since its verb
        for i, (a, b) in enumerate(clauses):
            clause = sentence[a:b]
            if re.search(r"[,;:]\s*$", sentence[:a]):
                hope_runs = False
            if self.contrast.search(clause):
                earlier = False
                # 'could go from inadequate to good': 'to' goes on with a hope; not after
                # a stop ('"Nobody thought we could do it": X's climb to outstanding')
                hoped = hoped and hope_runs and bool(self.hope_goes_on.match(clause))
            if self.back_ref.search(clause):
                hoped = False
            if self.other_ends.search(clause):
                other = judged = False
            named_judge = bool(self.other_judge.search(clause))
            if judged and not named_judge and self.judge_ends.search(clause):
                judged = False  # '...: Ofsted rated its services good overall'
            # 'a check on councils previously judged good': a class told by its earlier
            # grade, that clause alone set aside; what follows is the sentence's own
            if self.class_earlier.search(clause):
                aside.add(i)
                continue
            if self.previous.search(clause) or (
                    latest and any(int(y) < latest for y in YEAR.findall(clause))):
                earlier = True
            # a monitoring visit's item: 'though they remain rated inadequate' is the
            # earlier inspection's grade, which the visit leaves as it was
            if ungraded and self.standing.search(clause):
                earlier = True
            if self.hope.search(clause):
                hoped = hope_runs = True
            if self.other.search(clause) or self._other_council(clause, authority) or \
                    self._other_subject(clause, authority):
                other = True
            # Another judge named in a relative clause alone ('Help and protection, which
            # a peer review had criticised, was rated good') sets aside that clause only.
            relative = named_judge and bool(self.judge_relative.match(clause))
            if named_judge and not relative:
                judged = True
            # 'A, which had been inadequate, was judged good': that clause's grade alone
            # is an earlier one
            if self.relative_earlier.match(clause.lstrip(" ,")):
                aside.add(i)
                continue
            if earlier or other or hoped or judged or relative:
                aside.add(i)
                if not (earlier or other or judged or relative):
                    hoped_only.add(i)
            elif self.then_now.match(sentence[a:]):  # 'was inadequate, now good'
                aside.add(i)
            # 'Rated requires improvement in 2014, the council ... came away rated good':
            # an opening participle's earlier grade is its clause's alone; so is an
            # opening clause's earlier time that dates no inspection or grade ('Despite
            # problems at its homes last year, ...').
            if i == 0 and earlier and not carried and (
                    self.earlier_fronted.match(clause)
                    or (self.earlier_fronted_other.match(clause)
                        and not self.earlier_fronted_when.match(sentence[b:]))):
                earlier = False
            if start and self._earlier_after(clause, start) or \
                    self._earlier_adjunct(clause, latest):
                for k in range(i - 1, -1, -1):
                    before = sentence[clauses[k][0]:clauses[k][1]]
                    if self.contrast.search(before):
                        break
                    aside.add(k)
                    hoped_only.discard(k)
                    # ', an improvement on X at the previous inspection, in October
                    # 2019': the date is that inspection's, not the grade's before it
                    # (not a bracket's clause: 'judged RI (requires improvement to be
                    # good) at its last full inspection, in 2019' is one grade's)
                    if k == i - 1 and k > 0 and not before.lstrip().startswith("(") and \
                            self.adjunct_apposition.search(before.rstrip(" ,;:")):
                        break
                    # '..., which is the first time it has been rated above inadequate
                    # since it was first inspected, in 2016': the adjunct dates what the
                    # relative clause tells, not the grade of the clause it hangs on
                    if k > 0 and self.adjunct_relative.match(before):
                        break
        return aside, hoped_only

    def _back_referred(self, sentence: str, areas: list[Mention], grades: list[Mention]
                       ) -> list[tuple[Mention, Mention]]:
        """'A, and B - both of those require improvement', 'all three of which were
        judged good': the grade given back to the areas named before the words that
        point to them (the last two for 'both', the last n for a count; for 'all' or 'each'
        alone, the list they close: the areas joined by area_glue just before them, so an
        area graded in a clause of its own before the list keeps its grade)."""
        found: list[tuple[Mention, Mention]] = []
        for g in grades:
            ref = next((m for m in self.back_ref.finditer(sentence, 0, g.start)
                        if self.back_ref_to_grade.match(sentence[m.end():g.start])), None)
            if ref is None:
                continue
            before = [a for a in areas if a.end <= ref.start()]
            n = self.back_ref_counts.get((ref.group("count") or ref.group("quant")).lower())
            if n is None:
                n = min(len(before), 1)
                while n < len(before) and self.glue.match(
                        sentence[before[-n - 1].end:before[-n].start]):
                    n += 1
            found += [(a, g) for a in before[-n:] if n and len(before) >= n]
        return found

    def _earlier_carried(self, before: str, sentence: str, latest: int | None) -> bool:
        """Whether `sentence` goes on telling of an earlier inspection the sentence
        `before` it dated: after a sentence that is only a time before this inspection
        ('Then came January 2015.'), or opening on that inspection's report ('Their
        report, which followed ..., judged the council inadequate.') after one that told
        of the inspectors or the inspection at a time before this one ('When Ofsted
        inspectors walked out of ... in December 2013, they left ...'). Every year the
        sentence before gives is before this inspection's."""
        years = [int(y) for y in YEAR.findall(before)]
        if not years or not latest or max(years) >= latest:
            return False
        # '... was judged good by inspectors this spring': now, not then; nor one
        # naming this inspection's year ('..., who visited from 6 to 17 October 2025')
        if self.earlier_carry_now.search(sentence) or any(
                int(y) >= latest for y in YEAR.findall(sentence)):
            return False
        if self.earlier_time_alone.match(before.strip()):
            return True
        return bool(self.earlier_report_opener.match(sentence)
                    and self.earlier_report_told.match(before.strip()))

    def _earlier_after(self, clause: str, start: str) -> bool:
        """'after an inspection in June 2015', its date ending before `start`."""
        if not self.earlier_after.match(clause):
            return False
        m = EARLIER_DATE.search(clause)
        if not m:
            return False
        month = MONTHS.get(m.group("month").lower()[:3]) if m.group("month") else None
        end = f"{m.group('year')}-{month:02d}" if month else m.group("year")
        return end < start[:len(end)]

    def _earlier_adjunct(self, clause: str, latest: int | None) -> bool:
        """', back in 2017,' or ', at the last inspection' after a grade: a clause that
        only dates what came before it to an earlier inspection."""
        m = self.earlier_adjunct.match(clause.strip())
        # '..., at the last inspection and again this time': now as well
        if not m or self.contrast.search(clause.strip()):
            return False
        return not m.group("year") or bool(latest and int(m.group("year")) < latest)

    def _other_council(self, clause: str, authority: str) -> bool:
        """A council named that is not the one the text is about (where that is known)."""
        if not authority:
            return False
        names = [m.group("name").lower().replace("’", "'").split()
                 for m in self.other_council.finditer(clause)]
        return any(n[0] not in authority and n[-1] not in authority for n in names)

    def _other_subject(self, clause: str, authority: str) -> bool:
        """A clause whose subject is another place ('as Kirkton slips to ...') or another
        place's ('Oxley Vale's help and protection was also rated good')."""
        clause = self._after_lead(clause.removeprefix("as ").removeprefix("while "))
        m = self.subject_name.search(clause) or self.subject_possessive.search(clause)
        return bool(m and m.group("name").split() and authority) and \
            not _names_authority(m.group("name"), authority)

    def _after_lead(self, clause: str) -> str:
        """The clause from its subject on ('The headline is that WMCC ...': 'WMCC ...')."""
        lead = self.subject_lead.match(clause)
        return clause[lead.end():] if lead else clause

    def _areas(self, sentence: str, lexicon: list) -> list[Mention]:
        found: list[Mention] = []
        for key, pat in lexicon:
            for m in pat.finditer(sentence):
                if any(m.start() < f.end and f.start < m.end() for f in found):
                    continue
                found.append(Mention(m.start(), m.end(), m.group(0), [key]))
        found.sort(key=lambda m: m.start)
        # "leadership, management and governance" in loose words is one area.
        merged: list[Mention] = []
        for m in found:
            if merged and merged[-1].keys == m.keys and self.glue.match(
                    sentence[merged[-1].end:m.start]):
                merged[-1] = Mention(merged[-1].start, m.end,
                                     sentence[merged[-1].start:m.end], m.keys)
            else:
                merged.append(m)
        # "the report of its inspection of X's services for A, B and C": what was
        # inspected, not what was graded
        # (also wherever the single inspection framework's own title stands: 'its services
        # for children in need of help and protection, children looked after and care
        # leavers are inadequate')
        titles = [(t.start(), t.end()) for t in self.scope_title.finditer(sentence)]
        scoped: list[Mention] = []
        for i, m in enumerate(merged):
            if any(s <= m.start and m.end <= e for s, e in titles) or self.scope.search(
                    sentence[:m.start]) or (
                    scoped and scoped[-1] is merged[i - 1]
                    and self.glue.match(sentence[merged[i - 1].end:m.start])):
                scoped.append(m)
        # 'Kirklees Care Leavers' Network welcomes ...': a body's name, not an area
        names = [(o.start(), o.end()) for o in self.organisation.finditer(sentence)]
        return [m for m in merged if m not in scoped
                and not any(s <= m.start and m.end <= e for s, e in names)]

    def _clause_start(self, sentence: str, pos: int) -> int:
        """Where the clause holding a position begins."""
        clauses = _clauses(self._cuts(sentence))
        return clauses[_clause_of(clauses, pos)][0]

    def _every_area(self, sentence: str, clauses: list[tuple[int, int]], lexicon: list,
                    seen: set[str]) -> list[Mention]:
        """'every area inspected', 'all other areas': every area of the framework, or
        every one not graded yet in the text."""
        keys = list(dict.fromkeys(k for k, _ in lexicon if k not in NOT_AN_AREA_OF_ALL))
        found = []
        for m in self.all_areas.finditer(sentence):
            # 'the borough's schools were rated good across the board': the schools'
            if m.group(0).lower().startswith("the board") and self.setting_before.search(
                    sentence[clauses[_clause_of(clauses, m.start())][0]:m.start()]):
                continue
            but = self.all_except.match(sentence[m.end():])
            left_out = {a for mention in self._areas(but.group(0), lexicon)
                        for a in mention.keys} if but else set()
            found.append(Mention(m.start(), m.end(), m.group(0), [
                k for k in keys if k not in left_out and not (m.group("other") and k in seen)]))
        return found

    def _grades(self, sentence: str, areas: list[Mention], prior_grade: str = "",
                numbers: dict[str, str] | None = None, counted: str = "", overall: str = ""
                ) -> list[Mention]:
        """Grade words used as grades, left to right, less those a negation denies; where
        the text gives a key of grade numbers (`numbers`), a number in a grade's place
        ('4.2 Children who need help and protection: 3') is that grade, and the key's own
        grade words are none."""
        keyed = [m.span() for m in self.number_key.finditer(sentence)] if numbers else []
        cands = [Mention(g.start(), g.end(), g.group(0), grade=self.vocab.grade_key(
            g.group("grade"))) for g in self.grade_word.finditer(sentence)
            if not any(a <= g.start() < b for a, b in keyed)]
        if numbers:
            cands += [Mention(m.start("num"), m.end("num"), m.group("num"),
                              grade=numbers[m.group("num")])
                      for m in self.grade_number.finditer(sentence)
                      if m.group("num") in numbers]
        for key, pat in self.phrases:
            cands += [Mention(m.start(), m.end(), m.group(0), grade=key)
                      for m in pat.finditer(sentence)
                      if not any(m.start() < c.end and c.start < m.end() for c in cands)]
        cands.sort(key=lambda m: m.start)
        kept: list[Mention] = []
        last: Mention | None = None
        for g in cands:
            phrase = not self.grade_word.fullmatch(g.label)
            if phrase or self._licensed(sentence, g, areas, last):
                last = g
                if not self._negated(sentence, g):
                    kept.append(g)
        # 'the same grade as the service overall': the overall grade given before it
        # (which 'the same grade' inside it then leaves alone).
        if overall:
            kept += [Mention(m.start(), m.end(), m.group(0), grade=overall)
                     for m in self.same_overall.finditer(sentence)
                     if not any(m.start() < g.end and g.start < m.end() for g in kept)]
        # 'the same grade': the last one given before it, in this sentence or the one before.
        for m in self.same.finditer(sentence):
            prior = [g for g in kept if g.end <= m.start()]
            key = prior[-1].grade if prior else prior_grade
            if key and not any(m.start() < g.end and g.start < m.end() for g in kept):
                kept.append(Mention(m.start(), m.end(), m.group(0), grade=key))
        # 'So does A': the sentence before's grade, where this one gives none of its own.
        so = self.same_so.match(sentence)
        # (its own clause gives none: 'So was A, and B were outstanding')
        if so and prior_grade and not any(g.start < self._cuts(sentence)[1] for g in kept):
            kept.append(Mention(so.start(), so.end(), so.group(0), grade=prior_grade,
                                areas_only=True))
        # 'Those are for A, B and C': the grade the sentence before gave a counted set.
        those = self.same_those.match(sentence)
        if those and counted and not kept:
            kept.append(Mention(those.start(), those.end(), those.group(0), grade=counted,
                                areas_only=True))
        kept.sort(key=lambda m: m.start)
        return kept

    def _licensed(self, sentence: str, g: Mention, areas: list[Mention],
                  last: Mention | None) -> bool:
        """A grade word used as a grade ('rated good'), not as a word ('good practice')."""
        before, after = sentence[:g.start], sentence[g.end:]
        # 'Inadequate rating lifted', 'lifts its inadequate rating': the old grade
        if self.lifted_after.match(after) or (self.lifted_before.search(before[-60:])
                                             and self.after.match(after)):
            return False
        if self.verb.match(g.label):
            return True
        if self.adjective.match(after):
            return False
        # 'good at listening to children': one thing praised, not a grade; but 'good at
        # helping and protecting children' names an area as the activity: its grade
        if self.at_activity.match(after):
            return not self.setting_before.search(
                before[self._clause_start(sentence, g.start):]) and any(
                a.start >= g.end and self._to_area(sentence, g, a) for a in areas)
        if self.attributive_before.search(before[-20:]) and self.attributive_after.match(after):
            return False
        if self.before.search(before[-60:]) or self.after.match(after):
            return True
        if self.object.search(before[-120:]) and self.object_end.match(after):
            return True
        if self.received_before.search(before[-40:]) and self.received_after.match(after):
            return True
        if self.quoted.match(sentence[max(0, g.start - 1):]):
            return True
        # 'What grade did X get?' / 'Good overall.': a grade opening its sentence
        if not before.strip(" ‘'\"“") and self.alone_overall.match(after):
            return True
        # '... know their services well (good);': an area's grade closing its item
        if before.endswith("(") and self.bracketed.match(sentence[g.start - 1:]) and any(
                a.end <= g.start for a in areas):
            return True
        # '... the impact of leaders (outstanding), help and protection (good) and ...'
        if before.endswith("(") and self.bracketed_item.match(sentence[g.start - 1:]) and any(
                a.end < g.start and not sentence[a.end:g.start - 1].strip() for a in areas):
            return True
        if not before.strip(" ‘'\"“") and self._headline(sentence) and \
                self.headline_lead.match(sentence[g.start:]):
            return True
        if last is not None and self.grade_then_grade.match(sentence[last.end:g.start]):
            return True
        if any(a.end <= g.start and self.area_then_grade.match(sentence[a.end:g.start])
               for a in areas):
            return True
        return any(a.start >= g.end and self._to_area(sentence, g, a) for a in areas)

    def _headline(self, sentence: str) -> bool:
        """A line without a closing stop and of a headline's length."""
        return not re.search(r"[.!?:]\s*$", sentence) and len(
            sentence.split()) <= self.headline_words

    def _to_area(self, sentence: str, g: Mention, area: Mention) -> bool:
        """Whether grade `g` is given to the area after it ('good for A', a line
        'Outstanding: A; B', 'the one area rated good was A')."""
        between = sentence[g.end:area.start]
        return bool(self.to_area.match(between)) or any(
            before.search(sentence[:g.start]) and after.match(between)
            and own.match(sentence[area.start:area.end])
            for before, after, own in self.names_areas)

    def _negated(self, sentence: str, g: Mention) -> bool:
        """'no longer rated inadequate', 'did not judge any part ... inadequate': a grade
        the service does not have; only the grade's own verb phrase counts ('not yet good
        and require improvement')."""
        start = max([0] + [m.end() for m in self.split.finditer(sentence, 0, g.start)])
        window = sentence[max(start, g.start - self.negation_window):g.start]
        window = re.split(r"\b(?:and|but|or|while|whereas)\b", window)[-1]
        return bool(self.negation.search(window))

    def _grade_first(self, sentence: str, areas: list[Mention], grades: list[Mention],
                     given: dict[int, Mention]) -> None:
        """A grade before the areas it is given to: 'good for A, B and C', 'an
        outstanding grade for the impact of leaders', 'good in every area'."""
        for g in grades:
            i = next((i for i, a in enumerate(areas) if a.start >= g.end), None)
            if i is None or not self._to_area(sentence, g, areas[i]):
                continue
            given[i] = g
            while i + 1 < len(areas) and self.glue.match(sentence[areas[i].end:
                                                                   areas[i + 1].start]):
                i += 1
                given[i] = g

    def _overall(self, sentence: str, clauses: list[tuple[int, int]], areas: list[Mention],
                 grades: list[Mention], taken: set[int], authority: str,
                 service: bool = False) -> list[tuple[str, str, Mention, int, int]]:
        """A grade no area took: the whole service's, where its clause (or a clause
        before it with neither grade nor area) names the service or the authority as a
        whole, or the sentence is a headline; or, where the sentence before named the
        whole service (`service`), the clause's subject is 'they' or 'it' standing for it
        (pronoun_service)."""
        headline = self._headline(sentence)
        busy = {m.clause for m in grades + areas}

        def whole(clause: str, own: bool = True) -> bool:
            # 'They were rated good' stands for the service in the grade's own clause
            # only: 'It was inspected alongside X Academy, which was rated outstanding'
            if self.overall.search(clause) or (
                    own and service and self.pronoun_service.match(clause)):
                return True
            m = self.subject_name.search(self._after_lead(clause))
            return bool(m and m.group("name").split()) and (
                not authority or _names_authority(m.group("name"), authority))

        def setting(clause: str) -> bool:
            # 'Oak Lodge, one of the council's children's homes, was rated outstanding':
            # the setting is the grade's subject; not one a clause only adds to it
            # ('Kelby Council, which runs two children's homes, was rated good')
            return bool(self.setting_before.search(clause)) and not \
                self.setting_aside.match(clause)

        for g in grades:
            if id(g) in taken or g.areas_only:
                continue
            a, b = clauses[g.clause]
            # 'Kelby Primary School was rated outstanding': a school's grade, though named
            # after the town
            if self.setting_before.search(sentence[a:g.start]):
                continue
            if whole(sentence[a:b]):
                return [("overall_effectiveness", sentence[a:b].strip(" ,;:"), g, a, b)]
            # the clauses before the grade's, nearest first, up to one with a grade or area
            free = [clauses[k] for k in takewhile(lambda k: k not in busy,
                                                  range(g.clause - 1, -1, -1))]
            if any(setting(sentence[s0:s1]) for s0, s1 in free):
                continue
            for s0, s1 in free:
                if whole(sentence[s0:s1], own=False):
                    return [("overall_effectiveness", " ".join(sentence[s0:b].split()), g,
                             s0, b)]
            if headline:
                return [("overall_effectiveness", sentence.strip(), g, 0, len(sentence))]
        return []


def _names_authority(name: str, authority: str) -> bool:
    """Whether a clause's subject ('Kirkton', 'Marlow Heath', 'MHBC') is the authority:
    its first or last word is in the authority's (lower-cased) name, or it is its
    initials."""
    words = name.lower().replace("’", "'").split()
    return words[0] in authority or words[-1] in authority or _acronym_of(name, authority)


def _acronym_of(name: str, authority: str) -> bool:
    """'MHBC' for Marlow Heath (Borough Council): a text that spells an authority out once
    names it by its initials after, and those open with the initials of its name."""
    if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
        return False
    initials = "".join(w[0] for w in authority.split() if w[:1].isalpha())
    return bool(initials) and name.lower().startswith(initials)
