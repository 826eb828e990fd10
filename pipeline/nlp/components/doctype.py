"""Document type and local authority, from the title or subject line.

Ofsted documents name what they are in a title line (reports) or a subject line after
the address block (letters). The earliest line matching a cue decides, because a letter's
body goes on to mention other kinds of inspection. A report without a title any cue
knows is known by its first pages (its judgement table), and what the text says can
change the type a title gave (a SIF report that says it is a re-inspection). A text
without any Ofsted document structure that talks about ratings is a news article;
anything else is `other`.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import structure
from ..extensions import text_of
from ..resources import fill
from ..structure import Line
from .base import RuleComponent

CUES_FILE = "doctype_cues.json"
NEWS_FILE = "doctype_news.json"

# How far into a text the heads of minutes, web pages and releases are looked for.
SECONDARY_HEAD_CHARS = 1500
# How far from a text's end a web page's 'Page last updated' foot is looked for.
SECONDARY_TAIL_CHARS = 300
# The longest wrapped end of a title ("Northamptonshire Local Area Partnership").
TITLE_END_CHARS = 60


# Only the opening of a document holds its title or subject line: its first
# `head_lines` non-empty lines within its first `head_chars` characters.
@Language.factory("ofsted_doctype", assigns=["doc._.document_type", "doc._.report"],
                  default_config={"head_lines": 60, "head_chars": 20000})
def make_doctype(nlp: Language, name: str, head_lines: int,
                 head_chars: int) -> DoctypeComponent:
    return DoctypeComponent(nlp, name, head_lines, head_chars)


class DoctypeComponent(RuleComponent):
    rule_files = (CUES_FILE, NEWS_FILE)

    def __init__(self, nlp: Language, name: str, head_lines: int = 60,
                 head_chars: int = 20000) -> None:
        super().__init__(nlp, name)
        self.head_lines = head_lines
        self.head_chars = head_chars

    def compile(self, rules: dict[str, Any]) -> None:
        self.cues = [(re.compile(rf"^(?:{row['pattern']})", re.I), row["type"], row.get("la"))
                     for row in rules[CUES_FILE]["cues"]]
        cues = rules[CUES_FILE]
        self.authority_name = [re.compile(p, re.I) for p in cues["authority_name"]]
        self.title_tail = re.compile(cues["title_tail"], re.I)
        self.body_cues = [(row["type"], [re.compile(p, re.I | re.M) for p in row["all"]])
                          for row in cues["body_cues"]]
        self.body_la = [re.compile(p, re.I | re.M) for p in cues["body_la"]]
        self.body_la_line = re.compile(cues["body_la_line"], re.I)
        self.body_la_not = re.compile(cues["body_la_not"], re.I)
        self.not_a_name = re.compile(cues["name_line_not"], re.I)
        self.body_la_last = [re.compile(p, re.I | re.M) for p in cues["body_la_last"]]
        self.retype = [(row["from"], row["type"], re.compile(row["pattern"], re.I))
                       for row in cues["retype"]]
        news = rules[NEWS_FILE]
        self.structure = [re.compile(p, re.I | re.M) for p in news["structure"]]
        self.secondary = [re.compile(p, re.I | re.M) for p in news["secondary_markers"]]
        self.secondary_tail = [re.compile(p, re.I | re.M)
                               for p in news["secondary_tail_markers"]]
        self.news = [re.compile(p, re.I | re.S) for p in news["news"]]
        # A Title Case headline's 'Verdict On', 'Report On': the nouns are shared by the
        # last la_patterns rule and the cut, so one list keeps them in step ({ON_NOUN}).
        on_noun = {"ON_NOUN": news["la_title_case_on"]}
        self.news_la = [re.compile(fill(p, on_noun)) for p in news["la_patterns"]]
        self.not_an_authority = re.compile(news["la_not_an_authority"], re.I)
        self.title_case_cut = re.compile(fill(news["la_title_case_cut"], on_noun))
        self.navigation = re.compile(news["navigation"], re.M)
        self.core_cut = [re.compile(p) for p in news["headline_core_cut"]]
        self.headline_form = news["headline_form"]
        self.masthead = re.compile(news["headline_masthead"], re.I)
        self.agenda_item = re.compile(news["headline_agenda_item"], re.I)
        self.title_caps = re.compile(news["headline_title_caps"])
        self.under_council = re.compile(news["headline_under_council"], re.I)
        self.byline = re.compile(news["headline_byline"])
        self.publication_name = re.compile(news["headline_publication_name"])
        self.section_line = re.compile(news["headline_section_line"])
        self.section_step = re.compile(news["navigation_section_step"])
        self.section_trail = re.compile(news["headline_section_trail"])
        self.meeting_line = re.compile(news["headline_meeting_line"])
        self.dateline = re.compile(news["headline_dateline"])
        self.issue_line = re.compile(news["headline_issue_line"], re.I)
        self.not_a_publication = re.compile(news["headline_not_a_publication"], re.I)
        self.issue_max_words = news["headline_issue_max_words"]
        self.furniture = [re.compile(p) for p in news["headline_furniture"]]
        self.acronym = re.compile(news["acronym"])
        self.acronym_name = news["acronym_name"]
        self.council_first = news["la_council_first"]
        stop = "|".join(news["headline_not_a_name"])
        self.headline_name = re.compile(news["headline_name"].replace("{stop}", stop))
        self.headline_stop = re.compile(stop)
        self.name_part_shared = re.compile(news["headline_name_part_shared"])
        self.headline_clause_end = re.compile(news["headline_clause_end"])
        self.headline_not_subject = re.compile(news["headline_not_subject"], re.I)
        self.author_line = re.compile(news["headline_author_line"])
        # a council's proper name closes with its kind, capitalised ('Kelby Council')
        self.own_name_kinds = tuple(f" {kind}" for kind in news["headline_own_name_kinds"])

    def clean_la(self, name: str) -> str:
        """The authority's own name: the words around it the rules list are cut off."""
        name = re.sub(r"\s+", " ", name).strip(" ,.:;")
        changed = True
        while changed and name:
            changed = False
            for pat in self.authority_name:
                cut = pat.sub("", name, count=1).strip(" ,.:;")
                if cut != name and cut:
                    name, changed = cut, True
        return name

    def from_line(self, lines: list, n: int, how: str | None, m: re.Match,
                  last: int | None = None) -> str:
        """The authority of a title matched on line n (wrapped down to line `last`): from
        the match, or the name line below or above the title, as the cue says."""
        if "la" in m.groupdict() and m.group("la"):
            return self.clean_la(m.group("la"))
        # 'next_or_prev_line': the 2009-13 reports set the name under the title; a
        # rendering may set it above, as the later frameworks do.
        steps = {"prev_line": (-1,), "next_line": (1,), "next_or_prev_line": (1, -1)}
        for step in steps.get(how or "", ()):
            # below a wrapped title is under its last line, not its second
            name = self.name_beside(lines, n if step < 0 or last is None else last, step)
            if name:
                return name
        return ""

    def name_beside(self, lines: list, n: int, step: int) -> str:
        """The authority's name on a line next to line n (step -1 above, 1 below)."""
        k = n + step
        # Skip a running header or a date line between the name and the title.
        while 0 <= k < len(lines) and abs(k - n) <= 3:
            cand = lines[k].text
            if not self.not_a_name.search(cand) and len(cand) <= 80:
                # A name wrapped by a text converter ("Royal Borough of Kingston upon" /
                # "Thames"): a lone word above the title takes the name line before it.
                above = lines[k - 1].text if step < 0 and k > 0 else ""
                if (len(cand.split()) == 1 and above and not self.not_a_name.search(above)
                        and len(above) <= 60 and not above.rstrip().endswith((".", ":"))):
                    cand = f"{above} {cand}"
                return self.clean_la(re.sub(r"\d+$", "", cand))
            k += step
        return ""

    def is_authority(self, found: str) -> bool:
        """Whether a name a rule found (cleaned) may be an authority: not a
        council's kind without its place, a parish's or town's body, nor an office."""
        name = self.clean_la(found)
        return bool(name) and not self.not_an_authority.fullmatch(name)

    def news_name(self, found: str) -> str:
        """A name a news rule found, cleaned, and without the words a Title Case headline
        sets before it ('Inadequate Rating Blow For Ryton County Council' is 'Ryton County
        Council': la_title_case_cut)."""
        return self.clean_la(self.title_case_cut.sub("", self.clean_la(found), count=1))

    def news_names(self, prose: str, pos: int = 0, end: int | None = None):
        """Every authority's name the body rules find from `pos` (to `end`), in the
        rules' order, names that are no authority (la_not_an_authority) passed over."""
        for pat in self.news_la:
            for m in pat.finditer(prose, pos, len(prose) if end is None else end):
                if self.is_authority(self.news_name(m.group("la"))):
                    yield m

    def spelled_out(self, la: str, text: str) -> str:
        """An acronym ('ECCC') as the name the text spells out before it in brackets
        ('East Cravenshire County Council (ECCC)'), cleaned; else as it is."""
        if not self.acronym.fullmatch(la):
            return la
        m = re.search(self.acronym_name.replace("{acronym}", re.escape(la)), text)
        return self.clean_la(m.group("name")) if m else la

    def headline_la(self, headline: str, body: str, la: str, others: list[str] = ()
                    ) -> str:
        """The authority as a news text's headline names it: the body's name `la` in the
        headline's form ('Scaleby' for 'Scaleby Metropolitan Borough Council'); where the
        headline does not name `la`, not even in part ('Brighton' for 'Brighton and Hove
        City Council'), but names as its own subject another authority the body rules
        found below it (`others`, in their order), that one ('Drayford rated inadequate'
        over a partner's 'Elmsworth's children's services were rated good' that a rule
        tried earlier found; not 'Westerleigh's neighbour climbs to good', nor a name
        after 'while'); a headline in capitals in the body's spelling of its form
        ('EXMERE COUNTY COUNCIL' is 'Exmere County Council'); or where the body gave none,
        a name in the headline that the body repeats."""
        if la:
            forms = self._headline_forms(headline, la)
            if forms:
                return self.clean_la(max((m.group(0) for m in forms), key=len))
            caps = self._caps_form(headline, body, [la, *others])
            if caps:
                return caps
            if self._names_in_part(headline, la):
                return la
            clause_end = self.headline_clause_end.search(headline)
            first_clause = clause_end.start() if clause_end else len(headline)
            for name in (o for o in others if o != la):
                forms = [m for m in self._headline_forms(headline, name)
                         if m.start() < first_clause
                         and not self.headline_not_subject.match(headline, m.end())]
                if forms:
                    return self.clean_la(max((m.group(0) for m in forms), key=len))
            return la
        for m in self.headline_name.finditer(headline):
            name = self.news_name(m.group(0))
            if name and self.is_authority(name) and re.search(
                    rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", body):
                return name
        return ""

    def council_named_first(self, prose: str, start: int, end: int, la: str) -> str:
        """The council the body names, with its kind and a possessive, between `start`
        (below the headline) and `end` (where a rule found the place's name `la` alone):
        'Redbridge Council' of 'the work of Redbridge Council's social workers' before
        'Redbridge's children's services were rated good ...' (la_council_first); else
        `la`. The secondary sets' convention takes the text's first naming."""
        m = re.search(self.council_first.replace("{name}", re.escape(la)), prose[start:end])
        return self.clean_la(m.group(0)) if m else la

    def _caps_form(self, headline: str, body: str, names: list[str]) -> str:
        """A headline in capitals ('EXMERE COUNTY COUNCIL' over a committee's report) that
        names one of `names` in its form: that form as the body spells it ('Exmere County
        Council'), else ''."""
        if not headline.isupper():
            return ""
        for name in dict.fromkeys(names):
            found = [m.group(0) for m in self._headline_forms(headline, name, re.I)]
            for written in sorted(found, key=len, reverse=True):
                m = re.search(rf"(?<![\w'’-]){re.escape(written)}(?![\w-])", body, re.I)
                if m and not m.group(0).isupper():
                    return self.clean_la(m.group(0))
        return ""

    def _publication_head(self, lines: list[Line]) -> bool:
        """Whether the first line is a publication's name and the second dates the item
        or names its issue, with a headline on the third."""
        name, issue, head = (ln.text.strip() for ln in lines[:3])
        return bool((self.dateline.match(issue) or self.issue_line.match(issue))
                    and not self.not_a_publication.search(name)
                    and not head.endswith(","))

    def _past_furniture(self, lines: list[Line], top: int) -> int:
        """The headline's line from `top` on, past a publication's subtitle, an issue's
        number, a byline and lines that only date the item (headline_furniture,
        headline_dateline), where the first line is a publication's name (the line
        under it such a line too)."""
        if self.not_a_publication.search(lines[0].text):
            return top
        if top == 0 and len(lines) > 1 and any(p.match(lines[1].text.strip())
                                               for p in self.furniture):
            top = 1
        while 0 < top < min(len(lines) - 1, 4):
            line = lines[top].text.strip()
            if not (any(p.match(line) for p in self.furniture) or self.dateline.match(line)
                    or self.issue_line.match(line)):
                break
            top += 1
        return top

    def _under_section(self, lines: list[Line], names: list[str]) -> int:
        """The headline's line (2) where a publication's name and a section line over it
        tell no verdict (headline_section_line), the headline names one of `names`, and
        the next line, or the one after a byline, dates the item; (1) where the first line
        is a section's labels alone (headline_section_trail) over such a headline; else 0."""
        heads = [ln.text.strip() for ln in lines[:5]]
        # a section's labels alone on the first line ('Members' news | Practice and
        # policy') over a headline naming the authority, dated under it: the second line
        if (len(heads) > 2 and self.section_trail.match(heads[0])
                and self.section_line.match(heads[0])
                and not any(self._headline_forms(heads[0], name)
                            or self._names_in_part(heads[0], name) for name in names if name)
                and any(self._headline_forms(heads[1], name) for name in names if name)
                and (self.dateline.match(heads[2]) or (
                    len(heads) > 3 and self.byline.match(heads[2])
                    and self.dateline.match(heads[3])))):
            return 1
        if len(heads) < 4 or not all(self.section_line.match(h) for h in heads[:2]):
            return 0
        if any(self.dateline.match(h) or self.byline.match(h) for h in heads[:3]):
            return 0
        if not any(self._headline_forms(heads[2], name) for name in names if name):
            return 0
        dated = self.dateline.match(heads[3]) or (
            len(heads) > 4 and self.dateline.match(heads[4])
            and (self.byline.match(heads[3]) or self.section_line.match(heads[3])))
        return 2 if dated else 0

    def _headline_below(self, lines: list[Line], top: int, la: str) -> int:
        """The headline's line where the line at `top` is only the council's name, or a
        publication's name that does not name the authority, over the item's real
        headline that names it: past lines saying what the item is or when it may be
        used ('Press release', 'EMBARGOED UNTIL ...') and its date under a council's
        name; over a byline under a publication's name, or over a line dating the item
        ('12 July 2017') where the first line is a publication's name in capitalised
        words (headline_publication_name) and the headline tells of the inspection or
        a verdict (headline_not_a_publication: 'Knowsley no longer inadequate after Ofsted
        re-inspection' under 'Children's Services Today'; not a subtitle naming a
        partner 'Staff newsletter of the safeguarding team, Cloverdale Community Health
        NHS Trust')."""
        below = self._below_council_name(lines, top, la)
        if below is not None:
            return below
        line = lines[top].text.strip()
        # ('News release' over the council's name alone: the headline under that)
        if len(lines) > top + 1 and self.under_council.match(line):
            below = self._below_council_name(lines, top + 1, la)
            if below is not None:
                return below if below > top + 1 else top
        if (top == 0 and len(lines) > 2 and not self.not_a_publication.search(line)
                and not self._headline_forms(line, la) and not self._names_in_part(line, la)
                and self._headline_forms(lines[1].text, la)
                and (self.byline.match(lines[2].text.strip())
                     or (self.dateline.match(lines[2].text.strip())
                         and self.publication_name.match(line)
                         and self.not_a_publication.search(lines[1].text)))):
            return 1
        return top

    def _below_council_name(self, lines: list[Line], top: int, la: str) -> int | None:
        """Where the line at `top` is the authority's name alone, the line of the
        headline under it that names the authority (else `top`); None for another line."""
        line = lines[top].text.strip()
        if not any(m.group(0) == line for m in self._headline_forms(line, la)):
            return None
        k = top + 1
        while k < min(len(lines), top + 6) and (
                self.under_council.match(lines[k].text.strip())
                or self.dateline.match(lines[k].text.strip())
                or self.navigation.match(lines[k].text.strip())):
            k += 1
        if k > top + 1 and k < len(lines) and self._headline_forms(lines[k].text, la):
            return k
        return top

    def _core(self, name: str) -> str:
        for pat in self.core_cut:
            name = pat.sub("", name)
        return name

    def _headline_forms(self, headline: str, name: str, flags: int = 0) -> list[re.Match]:
        """Where a headline names the authority `name` (`flags`: re.I for a headline in
        capitals)."""
        form = self.headline_form.replace("{core}", re.escape(self._core(name)))
        return list(re.finditer(rf"(?<![\w'’-]){form}", headline, flags))

    def _names_in_part(self, headline: str, name: str) -> bool:
        """Whether a headline names a word of the authority's own name ('Brighton' of
        'Brighton and Hove'), not a word many places share ('North', 'City')."""
        words = re.findall(r"[A-Z][\w’'-]+", self._core(name))
        return any(not self.headline_stop.fullmatch(w) and not self.name_part_shared.fullmatch(w)
                   and re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w-])", headline)
                   for w in words)

    def from_body(self, head: str, lines: list[Line]) -> tuple[str, str]:
        """(type, authority) of a report known by its first pages, not its title."""
        kind = next((k for k, pats in self.body_cues if all(p.search(head) for p in pats)), "")
        if not kind:
            return "", ""
        for pat in self.body_la:
            m = pat.search(head)
            if m:
                return kind, self.clean_la(m.group("la"))
        n = next((n for n, ln in enumerate(lines) if self.body_la_line.match(ln.text)), 0)
        for k in range(n - 1, max(n - 4, -1), -1):  # past a subtitle or a date line
            cand = lines[k].text
            if not (self.not_a_name.search(cand) or self.body_la_not.search(cand)) \
                    and len(cand) <= 80:
                return kind, self.clean_la(cand)
        for pat in self.body_la_last:
            m = pat.search(head)
            if m:
                return kind, self.clean_la(m.group("la"))
        return kind, ""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        lines = [ln if ln.end <= self.head_chars else
                 Line(ln.start, self.head_chars, text[ln.start:self.head_chars].rstrip(),
                      ln.index)
                 for ln in structure.lines(doc, limit=self.head_lines)
                 if ln.start < self.head_chars]
        doc_type, la = "", ""
        # A bulletin's masthead or a post's 'Posted by' line above a copied report title
        # says whose text it is: the title below it is the report's, not this text's.
        marked = [m.start() for p in self.secondary
                  if (m := p.search(text, 0, SECONDARY_HEAD_CHARS))]
        titles_before = min(marked, default=len(text))
        for n, ln in enumerate(lines):
            if ln.start > titles_before:
                break
            # A title wrapped over two lines by a text converter is tried joined too;
            # each form with the index of its last line.
            forms = [(ln.text, n)]
            if n + 1 < len(lines) and len(ln.text) <= 80 and not ln.text.endswith((".", ":")):
                joined = [f"{ln.text} {lines[n + 1].text}"]
                if n + 2 < len(lines):
                    joined.append(f"{joined[0]} {lines[n + 2].text}")
                # The title's end on one of the next two lines ("Area SEND inspection of
                # Bournemouth," / "Christchurch and Poole Local Area" / "Partnership"):
                # the joined title first.
                ends = [(j, n + k + 1) for k, j in enumerate(joined)
                        if all(len(lines[n + i].text) <= TITLE_END_CHARS for i in range(1, k + 2))
                        and self.title_tail.search(j)]
                if ends and not self.title_tail.search(ln.text):
                    forms = [ends[0], (ln.text, n)]
                else:
                    forms = [(ln.text, n), (joined[0], n + 1)]
            for form, last in forms:
                for pat, kind, how in self.cues:
                    m = pat.match(form)
                    if m:
                        doc_type, la = kind, self.from_line(lines, n, how, m, last)
                        break
                if doc_type:
                    break
            if doc_type:
                break
        head = text[:self.head_chars]
        # Minutes, a council's web page or a press release may copy a report's dates
        # line and judgement list: they are known by their own heads, not by the report's.
        body = text.rstrip()
        tail = max(0, len(body) - SECONDARY_TAIL_CHARS)
        secondary = not doc_type and (
            bool(marked) or any(p.search(body, tail) for p in self.secondary_tail))
        if not doc_type and not secondary:
            doc_type, la = self.from_body(head, lines)
        for before, after, pat in self.retype:
            if doc_type == before and pat.search(head):
                doc_type = after
                break
        if not doc_type:
            has_structure = not secondary and any(p.search(head) for p in self.structure)
            if not has_structure and all(p.search(text) for p in self.news):
                doc_type = "news_article"
                # A breadcrumb trail is blanked, not cut: offsets stay the text's.
                prose = self.navigation.sub(lambda m: " " * len(m.group(0)), text)
                m = next(self.news_names(prose), None)
                if m:
                    la = self.news_name(m.group("la"))
                first_at = m.start("la") if m else -1
                la = self.spelled_out(la, prose)
                # A masthead above the headline is not it, nor a breadcrumb trail whose
                # last step names no inspection (a forum's 'Forums > Local authorities >
                # North West' over its thread's title; not '... > Ofsted report on X'),
                # or is a section's label alone ('Home > News > Children's services').
                # (a slash parts steps only with a space each side: a step's own
                # '2019/20' stays whole)
                step = re.split(r"[>»›]|[ \t]/[ \t]", lines[0].text)[-1].strip() if lines \
                    else ""
                top = 1 if len(lines) > 1 and (
                    self.masthead.match(lines[0].text)
                    or (self.navigation.match(lines[0].text)
                        and (not self.not_a_publication.search(step)
                             or self.section_step.match(step)))) else 0
                # nor the line under the masthead that only dates the item; nor a
                # publication's name above a line that dates the item or names its issue
                # ('Social Care Practice Weekly' / '27 March 2025'): the headline is below.
                if len(lines) > 2 and (
                        (top and self.dateline.match(lines[1].text.strip()))
                        or (not top and self._publication_head(lines))):
                    top = 2
                top = self._past_furniture(lines, top)
                # a publication's name and a section line over the headline
                if top == 0:
                    top = self._under_section(lines, [la, *(
                        self.news_name(m.group("la")) for m in self.news_names(prose))])
                # a blog's or column's author line naming the writer's office in the
                # council: the headline is under it, past a line dating the item
                if top == 0 and len(lines) > 1 and self.author_line.match(
                        lines[0].text.strip()):
                    top = 1
                    while top < min(len(lines) - 1, 3) and self.dateline.match(
                            lines[top].text.strip()):
                        top += 1
                # a meeting's minutes line is no headline: the authority's name above it
                if (la and 0 < top < len(lines) and self.meeting_line.match(lines[top].text)
                        and self._headline_forms(lines[0].text, la, re.I)):
                    top = 0
                if la:
                    top = self._headline_below(lines, top, la)
                # A meeting's record under the council's name: the agenda item's title
                # that names the inspection and the authority is the headline.
                # A cabinet or committee report's title in capitals naming the inspection
                # and the authority is its headline, whatever the line over it.
                if la and len(lines) > top:
                    item = not self.not_a_publication.search(lines[top].text)
                    caps = not self.title_caps.match(lines[top].text)
                    top = next((k for k in range(top + 1, min(len(lines), top + 5))
                                if (item and self.agenda_item.match(lines[k].text)
                                    and self._headline_forms(lines[k].text, la))
                                or (caps and self.title_caps.match(lines[k].text)
                                    and self._headline_forms(lines[k].text, la, re.I))),
                               top)
                if len(lines) > top:
                    below = lines[top].end
                    # Every name the body rules find below the headline, in the rules'
                    # order: the one the headline names, where it does not name `la`.
                    # Then the names the rules find in the headline itself: a council
                    # page's title ('Kelby Council: Ofsted inspection of children's
                    # services - questions and answers') may be the only place it names
                    # its own council, where the body names only a neighbour
                    # ('Ryton's children's services were rated good in 2023').
                    # (only a council's proper name, its kind capitalised, as
                    # headline_own_name_kinds lists: 'Second council rated outstanding'
                    # names none)
                    others = [self.spelled_out(self.news_name(m.group("la")), prose)
                              for m in self.news_names(prose, below)]
                    others += [name for m in self.news_names(prose, lines[top].start, below)
                               if (name := self.spelled_out(self.news_name(m.group("la")),
                                                            prose)).endswith(self.own_name_kinds)]
                    headline = lines[top].text
                    named = self.headline_la(headline, prose[below:], la, others)
                    # a headline naming no part of it: the body's first naming, where a
                    # rule tried earlier found the place's name alone further down
                    if (la and named == la and first_at > below
                            and not self._headline_forms(headline, la)
                            and not self._names_in_part(headline, la)):
                        named = self.council_named_first(prose, below, first_at, la)
                    la = named
            else:
                doc_type = "other"
        doc._.document_type = doc_type
        report = dict(doc._.report or {})
        report["document_type"] = doc_type
        if la:
            report["local_authority"] = la
        doc._.report = report
        return doc
