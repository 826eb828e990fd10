"""Inspectors: the named inspection team, with role and designation.

Four sources, all in resources/inspectors_rules.json:
- labelled lines ("Lead inspector: Kathryn Grindrod, His Majesty's Inspector",
  "Team inspectors: A HMI, B AI", "Reporting inspector Christopher Sands HMI");
- letter sentences ("Her Majesty's Inspectors for this visit were A and B", "The
  inspectors were A, HMI, and B, HMI", "carried out by A, B and C, Her Majesty's
  Inspectors": a plural designation after several names is theirs, one before them too);
- an area SEND report's "Inspection team" table (an Ofsted and a CQC column, which a
  text layer gives as one run: "Una B, HMI, Ofsted Lead inspector Lesley P, CQC Lead
  inspector ...");
- a letter's signature block ("Yours sincerely / Lisa Summers / Her Majesty's Inspector",
  or the name and designation alone after the last paragraph). A joint letter is signed
  by the heads of several inspectorates: each is a `signatory`, never the lead inspector,
  designated by the inspectorate they sign for.

Only these forms are read, so officials quoted in news articles never become inspectors.
A person is kept once: a signatory already named is promoted to lead inspector when no
lead is named otherwise.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import deadline, structure
from ..extensions import add_span, text_of
from ..resources import fill
from ..textscan import stretches
from .base import RuleComponent

RULES_FILE = "inspectors_rules.json"
# A stretch holds the anchor's line and one either side; a sentence naming a team may
# run on past it ('carried out by five inspectors: A' / 'B, C, D and E, who are Her
# Majesty's' / 'Inspectors, and F, who is an Ofsted Inspector.'): the stretch goes on to
# the sentence's end, at most this many lines more (bounded, so time stays linear).
SENTENCE_MORE_LINES = 2


def _to_sentence_end(text: str, hi: int) -> int:
    """`hi` moved on, line by line, to the end of the sentence open at it: not past a
    blank line or SENTENCE_MORE_LINES lines."""
    for _ in range(SENTENCE_MORE_LINES):
        if hi >= len(text) or text[max(hi - 200, 0):hi].rstrip()[-1:] in (".", "!", "?", ""):
            break
        nxt = text.find("\n", hi + 1)
        nxt = len(text) if nxt < 0 else nxt
        if not text[hi:nxt].strip():
            break
        hi = nxt
    return hi


# max_name_words: longer runs of capitalised words are not one person's name;
# split_run_of_four: read four such words as two names with a missing comma.
@Language.factory("ofsted_inspectors", assigns=["doc.spans", "span._.fields"],
                  default_config={"max_name_words": 4, "split_run_of_four": True})
def make_inspectors(nlp: Language, name: str, max_name_words: int,
                    split_run_of_four: bool) -> InspectorsComponent:
    return InspectorsComponent(nlp, name, max_name_words, split_run_of_four)


class InspectorsComponent(RuleComponent):
    rule_files = (RULES_FILE,)
    span_groups = ("inspectors",)

    def __init__(self, nlp: Language, name: str, max_name_words: int = 4,
                 split_run_of_four: bool = True) -> None:
        super().__init__(nlp, name)
        self.max_words = max_name_words
        self.split_four = split_run_of_four

    def compile(self, rules: dict[str, Any]) -> None:
        r = rules[RULES_FILE]
        self.roles = {k.lower(): v for k, v in r["role_labels"].items()}
        # A team table's word for a member ("Team inspector"), read once per cell.
        members = "|".join(re.escape(k) for k, v in self.roles.items() if v == "team_inspector")
        self.member_label = re.compile(rf"\b(?:{members or '(?!)'})\b")
        labels = "|".join(sorted((re.escape(k) for k in self.roles), key=len, reverse=True))
        # Labels match in any case; the name after a label without a colon must
        # start with a capital ("Reporting inspector Christopher Sands HMI").
        self.label_line = re.compile(fill(r["label_line"], {"LABELS": f"(?i:{labels})"}),
                                     re.MULTILINE)
        self.name_title = r["name_title"]
        parts = {"NAME_TITLE": self.name_title, "LEAD_IN": f"(?:{r['designation_lead_in']})",
                 "PARTICLES": "|".join(r["name_particles"])}
        self.sentences = [
            (re.compile(fill(s["pattern"], parts)), s["role"],
             re.compile("|".join(re.escape(a.lower()) for a in s["anchors"]))
             if s.get("anchors") else None, bool(s.get("designated_only")),
             re.compile(s["earlier_visit"]) if s.get("earlier_visit") else None)
            for s in r["sentences"]]
        self.signoff = re.compile(r["signoff"], re.MULTILINE | re.IGNORECASE)
        self.unclosed = re.compile(r["signoff_unclosed"], re.MULTILINE)
        self.block_stop = re.compile(r["signature_stop"])
        self.signer_title = re.compile(r["signatory_title"])
        self.designations = [(re.compile(rf"(?<![\w’'])(?:{p})(?![\w’'])"), v)
                             for p, v in r["designations"]]
        self.plural = re.compile(r["plural_designation"])
        # A table's column rule may part a name from its designation ('Team inspector |
        # A Hale | HMI').
        self.lead_in = re.compile(rf"[\s,(|]*(?:{r['designation_lead_in']})?\s*")
        self.headings = [(re.compile(p), v) for p, v in r["signature_headings"]]
        self.line_headings = [(re.compile(fill(r["signature_line_heading"], {"HEADING": p})), v)
                              for p, v in r["signature_headings"]]
        self.for_headings = [(re.compile(fill(r["signature_for_heading"], {"HEADING": p})), v)
                             for p, v in r["signature_headings"]]
        self.line_tail = re.compile(r["signature_line_tail"])
        self.heading_rest = re.compile(r["signature_heading_rest"])
        self.titles = [(re.compile(p), v) for p, v in r["signatory_titles"]]
        self.head_titles = [(re.compile(p), v) for p, v in r["signatory_head_titles"]]
        self.title_trim = re.compile(r["signatory_title_trim"])
        self.team_title = re.compile(r["signature_team_title"])
        self.sig_not_names = re.compile(r["signature_not_names"])
        self.names_stop = re.compile(r["names_run_stop"])
        self.on_behalf = re.compile(rf"(?:{r['signature_on_behalf']})(?:{r['name_title']}[ \t]+)?")
        self.sig_name_affixes = re.compile(r["signature_name_affixes"])
        t = r["team_table"]
        self.team_heading = re.compile(t["heading"], re.MULTILINE | re.IGNORECASE)
        self.team_columns = re.compile(t["columns"])
        self.team_column_line = re.compile(t["column_heading_line"], re.MULTILINE)
        self.team_stop = re.compile(t["stop"])
        self.team_lead = re.compile(t["lead"], re.IGNORECASE)
        self.team_inspector_word = re.compile(t["inspector_word"], re.IGNORECASE)
        self.team_role_heading = re.compile(t["role_heading"], re.MULTILINE | re.IGNORECASE)
        self.team_designations = [(re.compile(p), v) for p, v in t["designations"]]
        self.team_led_by = [(re.compile(p), v) for p, v in t["led_by"]]
        word = r["name_word"]
        particles = "|".join(r["name_particles"])
        initial = r["middle_initial"]
        after = r["name_particle_next_word"]
        # Up to three lower-case particles stand between two name words ('van der Berg');
        # after them, an Irish word may open in lower case ('Mac an tSaoir').
        self.name_re = re.compile(
            rf"{word}(?:\s+(?:(?:(?:{particles})\s+){{1,3}}(?:{after}|{word})"
            rf"|(?:{initial}\s+)?{word}))*")
        # A lead's label alone on its line, the lead's name on the next ('Lead inspector:' /
        # 'Ann Bell, Her Majesty's Inspector').
        leads = "|".join(sorted((re.escape(k) for k, v in self.roles.items()
                                 if v == "lead_inspector"), key=len, reverse=True))
        # The name is the line's alone: its words never run onto the next line.
        self.label_alone = re.compile(fill(r["label_alone"], {
            "LEAD_LABELS": f"(?i:{leads})",
            "NAME": self.name_re.pattern.replace(r"\s+", r"[ \t]+"),
            "NAME_TITLE": self.name_title}), re.MULTILINE)
        self.capital_particles = set(r["name_particles_capitalised"])
        self.not_name = set(r["not_name_words"])
        self.member_role = r["member_role_by_document_type"]
        self.member_roles = set(r["member_roles"])

    # -- names -------------------------------------------------------------------------
    def designation_of(self, text: str) -> str:
        for pat, value in self.designations:
            if pat.search(text):
                return value
        return ""

    def _label_role(self, label: str) -> str:
        """The role a label names, however its words are spaced or capitalised."""
        return self.roles[" ".join(label.lower().split())]

    def parse_names(self, text: str, offset: int,
                    before: bool = False) -> list[tuple[str, str, int, int]]:
        """(name, designation, start, end) for each person in a list of names.

        Items are split on commas, semicolons and 'and'; a designation written after a
        name ("A HMI", "B (OI)", "C, Her Majesty's Inspector") belongs to that name. A
        plural one ("A, B and C, Her Majesty's Inspectors", "A and B, two of Her
        Majesty's Inspectors") also belongs to the names listed before it, and one that
        opens the list ("Her Majesty's Inspectors (HMI) Social Care, A, B") to the names
        after it that have none of their own.
        """
        # Designations are found first and blanked out, so they neither end up in names
        # nor join the names on either side into one run.
        spans: list[tuple[int, int, str]] = []
        for pat, value in self.designations:
            for m in pat.finditer(text):
                if not any(m.start() < e and s < m.end() for s, e, _ in spans):
                    spans.append((m.start(), m.end(), value))
        spans.sort()
        masked = list(text)
        for s, e, _ in spans:
            masked[s:e] = "|" * (e - s)
        plain = "".join(masked)
        found: list[tuple[str, int, int]] = []
        for m in self.name_re.finditer(plain):
            # A run of capitalised words may hold several names between words that
            # cannot be part of one ("Chris Russell Regional Director Sue McMillan").
            words = [(w.group(0), m.start() + w.start()) for w in re.finditer(r"\S+", m.group(0))]
            groups: list[list[tuple[str, int]]] = [[]]
            for w in words:
                if w[0].strip("’'") in self.not_name:
                    groups.append([])
                else:
                    groups[-1].append(w)
            for g in groups:
                if len(g) < 2:
                    continue
                parts = [g]
                # "Judith Nelson Robert Pyner": a missing comma between two names.
                # Not where a particle stands in the run: a particle ends no name
                # ('Wilhelmina van den Bosch', 'Fiona Nic Giolla Bhríde').
                if (len(g) == 4 and self.split_four and not any("-" in w for w, _ in g)
                        and not any(w[:1].islower() for w, _ in g)
                        and g[1][0] not in self.capital_particles):
                    parts = [g[:2], g[2:]]
                # Lower-case particles between its words do not make a name too long
                # ('Maria Luisa de la Fuente' has four name words).
                if any(sum(1 for w, _ in p if not w[:1].islower()) > self.max_words
                       for p in parts):
                    continue
                for p in parts:
                    raw_start, raw_end = p[0][1], p[-1][1] + len(p[-1][0])
                    found.append((re.sub(r"-\s+", "-", " ".join(w for w, _ in p)),
                                  raw_start, raw_end))
        found.sort(key=lambda f: f[1])
        desigs: list[str] = []
        plural_after: list[bool] = []
        for k, (_name, _s, raw_end) in enumerate(found):
            # The designation written right after the name, before the next name.
            nxt = found[k + 1][1] if k + 1 < len(found) else len(text)
            desig, plural = "", False
            for s, e, value in spans:
                if raw_end <= s < nxt:
                    lead = self.lead_in.match(text, raw_end)
                    if lead and lead.end() >= s:
                        desig, plural = value, bool(self.plural.search(text[s:e]))
                    break
            desigs.append(desig)
            plural_after.append(plural)
        # A plural designation covers the names listed before it ("A, B and C, HMIs").
        for k in range(len(found) - 2, -1, -1):
            gap = text[found[k][2]:found[k + 1][1]]
            if not desigs[k] and plural_after[k + 1] and re.fullmatch(r"[\s,;]*(?:and\s+)?", gap):
                desigs[k], plural_after[k] = desigs[k + 1], True
        plural_before: set[int] = set()
        if before:
            # In a sentence, a designation may stand before its name ("Her Majesty's
            # Inspector Gwen Hart and Ofsted Inspector Kit Dunn", "a children's services
            # inspector from the CQC, Ellis Hay"): it is the name's when it has none after it.
            for k, (_name, s0, _e0) in enumerate(found):
                if desigs[k]:
                    continue
                prior = [(s, e, v) for s, e, v in spans if e <= s0]
                if not prior:
                    continue
                s, e, value = prior[-1]
                # A title before the name ("..., Dr Ama Hale") is no part of the gap.
                gap = re.sub(rf"\b(?:{self.name_title})[ \t]+$", "", text[e:s0])
                if re.fullmatch(r"[ \t]*\n?[ \t]*", gap) or (
                        re.fullmatch(r",[ \t]*\n?[ \t]*", gap)
                        and re.search(r"\b(?:a|an)\s+$", text[:s])) or (
                        # "..., and the Ofsted Inspector was Jo Hale": the designation
                        # is the subject, the name what it was.
                        re.fullmatch(r"\s+(?:was|is)\s+", gap)
                        and not self.plural.search(text[s:e])):
                    desigs[k] = value
                    if self.plural.search(text[s:e]):
                        plural_before.add(k)
                elif (k - 1 in plural_before and not any(found[k - 1][2] <= s1 < s0
                                                         for s1, _e1, _v1 in spans)
                      and re.fullmatch(r"[\s,;]*(?:and\s+)?", text[found[k - 1][2]:s0])):
                    # a plural written before the names covers each listed after the
                    # first ("and Ofsted Inspectors C and D": D is one too)
                    desigs[k] = desigs[k - 1]
                    plural_before.add(k)
        # One that opens the list covers the names after it that have none, theirs
        # written before them aside ("Her Majesty's Inspectors A and B, and Ofsted
        # Inspector C": C is the Ofsted Inspector).
        if found:
            opening = [(v, e) for s, e, v in spans if e <= found[0][1]
                       and self.plural.search(text[s:e])]
            if opening:
                desigs = [d or opening[0][0] for d in desigs]
        return [(name, desigs[k], offset + s, offset + e) for k, (name, s, e) in enumerate(found)]

    def roles_in_list(self, text: str, names: list[tuple[str, str, int, int]],
                      offset: int) -> list[str]:
        """A role written after a name in a list ("Tracey Ledder, team inspector")."""
        roles = []
        for k, (_n, _d, _s, e) in enumerate(names):
            nxt = names[k + 1][2] if k + 1 < len(names) else offset + len(text)
            gap = text[e - offset:nxt - offset].lower()
            role = ""
            for label in sorted(self.roles, key=len, reverse=True):
                if re.search(rf"\b{re.escape(label)}\b", gap) and self.roles[label] != "inspector":
                    role = self.roles[label]
                    break
            roles.append(role)
        return roles

    # -- component ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        rows: list[dict] = []  # in reading order of discovery; one per person
        by_name: dict[str, dict] = {}

        def add(name: str, role: str, desig: str, s: int, e: int, promote: bool = False,
                lead_of_team: bool = False, written: bool = False) -> None:
            row = by_name.get(name.lower())
            if row is not None:
                row["written"] = row.get("written", False) or written
                # A sentence saying who led ("The inspection was led by A") also makes a
                # table's team member the lead; a label line read across a table's columns
                # does not.
                lead_now = (lead_of_team and role == "lead_inspector"
                            and row["role"] == "team_inspector")
                if (promote and row["role"] == "inspector") or lead_now:
                    row["role"] = role
                row["designation"] = row["designation"] or desig
                return
            row = {"name": name, "role": role, "designation": desig, "s": s, "e": e,
                   "written": written}
            rows.append(row)
            by_name[name.lower()] = row

        # A team table is read first: its columns say whose cell a wrapped "Lead
        # inspector" is, which a label line read across them cannot.
        self._team_table(text, add)
        for m in self.label_line.finditer(text):
            role = self._label_role(m.group("label"))
            # "Inspector (HMICFRS): A": the inspectorate in the label is A's.
            # "Ofsted Inspector: A", "CQC children's services" / "inspector: B": a
            # designation as the label is A's and B's too.
            # "Inspector, HMICFRS: A", "Inspector - CQC: B": the same, unbracketed.
            org = m.group("bracket") or (f"({m.group('org')})" if m.group("org") else "")
            label_desig = self.designation_of(
                f"{m.group('prefix') or ''} {m.group('label')} {org}"
            ) if org or m.group("prefix") else ""
            names = self.parse_names(m.group("names"), m.start("names"))
            # "Inspectors on this visit: A (lead inspector), B (HMI)": a role written
            # beside a name under a plain label is that name's.
            own = self.roles_in_list(m.group("names"), names, m.start("names")) \
                if role == "inspector" else [""] * len(names)
            for (name, desig, s, e), own_role in zip(names, own, strict=True):
                add(name, own_role or role, desig or label_desig, s, e, promote=True,
                    written=(own_role or role) != "inspector")
        for m in self.label_alone.finditer(text):
            role = self._label_role(m.group("label"))
            for name, desig, s, e in self.parse_names(m.group("names"), m.start("names")):
                add(name, role, desig, s, e, promote=True, written=True)
        # Several forms share their anchor words ("led by", "headed by"): their lines are
        # found once.
        anchored: dict[str, list[tuple[int, int]]] = {}
        for pat, role, anchors, designated_only, earlier in self.sentences:
            # Names never run past a line, so lines without an anchor word are skipped.
            if anchors is None:
                where = [(0, len(text))]
            elif anchors.pattern in anchored:
                where = anchored[anchors.pattern]
            else:
                where = anchored[anchors.pattern] = [
                    (lo, _to_sentence_end(text, hi)) for lo, hi in stretches(
                        text, anchors, lower=True, starts=structure.line_starts(doc))]
            for m in (m for lo, hi in where for m in pat.finditer(text, lo, hi)):
                group_desig = self.designation_of(m.group("desig") or "") if (
                    "desig" in pat.groupindex) else ""
                # The names stop at a clause that says no more of them ('..., who met
                # the director, C').
                run = m.group("names")
                stop = self.names_stop.search(run)
                run = run[:stop.start()] if stop else run
                # A sentence naming an earlier visit names that visit's team.
                if earlier and (earlier.search(run) or earlier.search(
                        _sentence_before(text, m.start()))):
                    continue
                names = self.parse_names(run, m.start("names"), before=True)
                written = self.roles_in_list(run, names, m.start("names"))
                for (name, desig, s, e), own_role in zip(names, written, strict=True):
                    # Where the form names each member after what they are, someone named
                    # without a designation ("and Head of Service Jane Doe") is no member.
                    if designated_only and not (desig or group_desig):
                        continue
                    add(name, own_role or role, desig or group_desig, s, e, promote=True,
                        lead_of_team=True, written=bool(own_role))
        if len(rows) > deadline.EVERY_LINES:
            deadline.check(doc, self.name)
        self._signatory(text, rows, add)
        member = self.member_role.get(doc._.document_type)
        if member:
            # A role the letter writes beside the name ("Tracey Ledder, team inspector",
            # "Team inspector: A") is kept: the document's own word outranks the convention.
            for row in rows:
                if row["role"] in self.member_roles and not row["written"]:
                    row["role"] = member

        # In reading order, whichever form named the person first.
        for row in sorted(rows, key=lambda r: r["s"]):
            add_span(doc, "inspectors", row["s"], row["e"], {
                "name": row["name"], "role": row["role"], "designation": row["designation"]})
        return doc

    def _team_table(self, text: str, add) -> None:
        """An "Inspection team" table: each name, then its designation and column."""
        for head in self.team_heading.finditer(text):
            bare = "|" in head.group(0)
            lines = []
            pos = head.end() + 1
            while pos < len(text) and len(lines) < 12:
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                line = text[pos:end]
                if self.team_stop.search(line):
                    break
                lines.append((pos, line))
                pos = end + 1
            if not lines:
                continue
            start = lines[0][0]
            block = text[start:lines[-1][0] + len(lines[-1][1])]
            cols = self.team_columns.match(block)
            skip = cols.end() if cols else 0
            heading_end = len(block[:skip].rstrip())
            if cols and "\n" in block[heading_end:skip]:
                # The body starts at a line's start, whatever the heading's trailing
                # whitespace took of its indent, so each line's columns are where they are.
                skip = block.rfind("\n", heading_end, skip) + 1
            body = self.team_column_line.sub(lambda hm: " " * len(hm.group(0)), block[skip:])
            default = next((v for p, v in self.team_led_by if p.search(text)), "")
            cells = []
            # A table laid out as text keeps its columns side by side: each is read on its
            # own, or a cell wrapped under the left name ("Lead inspector") would be read
            # with the right column's next name.
            for column in _columns(body, _column_at(block, heading_end) if cols else 0):
                names = self.parse_names(column, start + skip)
                read = block[:skip] + column
                # A role's heading alone on its line over its names ('Lead inspector' /
                # 'A, HMI' / 'Team inspectors' / 'B, HMI'), or a label with its colon before
                # them ('Lead inspector: A, HMI' / 'Team inspectors: B, HMI'), is the names'
                # under it: a lead heading marks the name under it. Under a name, a plural
                # heading or a label with a colon opens the next names; a singular 'Lead
                # inspector' alone is the name's own cell wrapped, as before.
                above = read[:names[0][2] - start] if names else ""
                stacked = self._stacked_roles(above, len(names))
                for k, (name, _d, s, e) in enumerate(names):
                    nxt = names[k + 1][2] if k + 1 < len(names) else start + len(block)
                    cell = read[e - start:nxt - start]
                    heading = next((h for h in self.team_role_heading.finditer(
                        cell, cell.find("\n") + 1) if "\n" in cell and (
                            ":" in h.group(0) or "inspectors" in h.group(0).lower())), None)
                    below = ""
                    if heading:
                        cell, below = cell[:heading.start()], cell[heading.start():]
                    heads = list(self.team_role_heading.finditer(above))
                    lead = bool(self.team_lead.search(cell)) or bool(
                        heads and self.team_lead.search(heads[-1].group(0)))
                    above = below
                    # A row read across both columns ("A, Ofsted HMI, B, CQC Lead
                    # inspector" / "Lead inspector"): the left cell's wrapped end follows
                    # the right cell, so a second lead mark there is the name before's, when
                    # it shares the row and has none of its own.
                    if k and len(self.team_lead.findall(cell)) > 1 and cells and \
                            not cells[-1][1] and "\n" not in read[
                                names[k - 1][3] - start:s - start]:
                        cells[-1][1] = True
                        cells[-1][2] = cells[-1][2] or default
                    desig = next((v for p, v in self.team_designations if p.search(cell)), "")
                    # "Team inspector" in a Role column, on the name's line, is the table's
                    # word for the member (a label opening the next line is the next name's).
                    written = bool(self.member_label.search(cell.split("\n")[0].lower()))
                    if stacked:  # the roles' column read before the names'
                        lead = bool(self.team_lead.search(stacked[k]))
                        written = not lead and bool(self.member_label.search(stacked[k]))
                    # Under a bare 'Name | Role' heading (no 'Inspection team' over it) a
                    # row is a member only where its cell names an inspector or a
                    # designation: a table of the people the inspectors met ('Jo Hale |
                    # Director of Children's Services') is no team.
                    if bare and not (desig or written or self.team_inspector_word.search(cell)):
                        continue
                    cells.append([name, lead, desig or (default if lead else ""), s, e,
                                  written])
            # The report says an HMI led; a table that marks no lead of that designation
            # (the Ofsted lead's cell wrapped away from the name, "Ofsted HMI" / "Lead
            # inspector") lists its lead first among them.
            # A Senior HMI is one of His Majesty's Inspectors: a lead so marked is the
            # lead the sentence names.
            rank = re.compile(rf"\b{re.escape(default)}$") if default else None
            if rank and not any(c[1] and rank.search(c[2]) for c in cells):
                first = next((c for c in cells if c[2] == default), None)
                if first is not None:
                    first[1] = True
            for name, lead, desig, s, e, written in cells:
                add(name, "lead_inspector" if lead else "team_inspector", desig, s, e,
                    promote=True, written=written and not lead)

    def _stacked_roles(self, above: str, count: int) -> list[str] | None:
        """A table of two columns, roles and names, that a converter read column by
        column: the roles one a line ('Lead inspector' / 'Team inspector' / 'Team
        inspector') right above as many names, one a line. Each role is the name's in the
        same place; None where the lines above are not such a column."""
        lines = [ln.strip() for ln in above.split("\n") if ln.strip()]
        tail = lines[-count:] if count > 1 else []
        if len(tail) < count or len(lines) > count and self.team_role_heading.fullmatch(
                lines[-count - 1]):
            return None
        if not all(self.team_role_heading.fullmatch(ln) and ":" not in ln for ln in tail):
            return None
        return [ln.lower() for ln in tail]

    def _signature_block(self, text: str) -> tuple[int, str] | None:
        """Where the letter's signatures are: after its last closing, or, without one,
        a name and an inspector's designation standing alone near the end."""
        # The last sign-off is the letter's own.
        m = next(reversed(list(self.signoff.finditer(text))), None)
        if m is None:
            tail = max(0, len(text) - 2000)
            m = next(reversed(list(self.unclosed.finditer(text, tail))), None)
            return (m.start("block"), m.group("block")) if m else None
        block = m.group("block")
        kept = []
        for line in block.split("\n"):
            # A long line saying for whom the letter is signed is still the signature's.
            if kept and self.block_stop.search(line) and not self.on_behalf.match(line.strip()):
                break
            kept.append(line)
        return m.start("block"), "\n".join(kept)

    def _signatory(self, text: str, rows: list[dict], add) -> None:
        """The letter's signatory: the lead inspector unless a lead is named otherwise.

        Several signatures under one closing are a joint letter's: the heads of the
        inspectorates sign as `signatory`; an inspector of the team who signs there too
        keeps the role the table gives ("HMI Lead Inspector", "CQC Inspector").
        """
        found = self._signature_block(text)
        if found is None:
            return
        at, block = found
        # A signer printed in capitals ("PRIYA NAIR-WALSH") is the one the letter names
        # in mixed case: the name is read as the letter writes it elsewhere.
        for row in rows:
            upper = row["name"].upper()
            if upper != row["name"] and len(upper) == len(row["name"]):
                block = re.sub(rf"(?<![\w’']){re.escape(upper)}(?![\w’'])", row["name"], block)
        # Column headings ("Ofsted Care Quality Commission") name the inspectorates in
        # the order the signatures follow; they are no one's title.
        headings: list[str] = []
        lines = block.split("\n")
        # "Care Quality Commission: Dr Imran Sattar, Deputy Chief Inspector": the
        # inspectorate before the name on its line is that signer's, no column's heading
        # nor the title of the signer on the line above. {line's offset in block: value}
        inline: dict[int, str] = {}
        pos = 0
        for n, line in enumerate(lines):
            for pat, value in self.line_headings:
                if hm := pat.match(line):
                    inline[pos] = value
                    lines[n] = " " * hm.end() + line[hm.end():]
                    break
            # "For the Care Quality Commission" right above a name is that signer's too.
            if n + 1 < len(lines) and self._name_line(lines[n + 1].strip()):
                for pat, value in self.for_headings:
                    if pat.match(line):
                        inline[pos + len(line) + 1] = value
                        lines[n] = " " * len(line)
                        break
            pos += len(line) + 1
        prev = before = ""  # the last two lines with text, as written
        # An inspectorate's name closing the block heads no column after it: it is the last
        # signer's, and so each inspectorate line under a title is its signer's (read column
        # by column, "Ofsted" / "A" / "title" / "Care Quality Commission" / "B" / "title"
        # ends in a title and keeps its headings).
        own_lines = self._heading_line(next((ln for ln in reversed(lines) if ln.strip()), ""))
        for n, line in enumerate(lines):
            # An inspectorate's name on the line under a signer's name, or ending a title
            # wrapped after a comma, is that signer's title, not a column heading; under
            # two names in a row (signatures read across) it heads the next row.
            after_signer = prev.endswith(",") or (
                self._name_line(prev) and not self._name_line(before))
            # Signatures under column headings, read column by column: an inspectorate's
            # name between two signers' names heads the next column.
            between = False
            if after_signer and headings and not prev.endswith(","):
                following = next((ln.strip() for ln in lines[n + 1:] if ln.strip()), "")
                after_signer = not self._name_line(following)
                between = not after_signer
            # Name, title, then one inspectorate on a line of its own ("Assistant Chief
            # Inspector" / "HMI Probation"), with no heading above the first name: the
            # inspectorate is that signer's, kept in the title, not a column's heading.
            under_title = (not headings and bool(prev) and not self._name_line(prev)
                           and self._name_line(before))
            # The title above already naming that inspectorate ('Chief Inspector of
            # Healthcare' / 'Care Quality Commission') says the line is that signer's too.
            title_names = next((v for p, v in self.titles if p.search(prev)), None)
            if line.strip():
                prev, before = line.strip(), prev
            if after_signer:
                continue
            rest, values = line, []
            for pat, value in self.headings:
                for hm in pat.finditer(rest):
                    values.append((hm.start(), value))
                rest = pat.sub(lambda hm: " " * len(hm.group(0)), rest)
            if len(values) == 1 and self.heading_rest.match(rest) and under_title and (
                    own_lines or values[0][1] == title_names):
                continue
            if values and self.heading_rest.match(rest):
                headings += [v for _, v in sorted(values)]
                # Between two names it is blanked with a mark that is no name's, so the
                # names either side stay two (a trailing mark is cut from a title).
                lines[n] = (";" if between else " ") * len(line)
                if n + 1 < len(lines) and self.line_tail.match(lines[n + 1]):
                    lines[n + 1] = " " * len(lines[n + 1])
        block = "\n".join(lines)
        # Names are looked for with the words that are no one's name blanked out; the
        # titles keep them.
        names = self.parse_names(
            self.sig_not_names.sub(lambda nm: " " * len(nm.group(0)), block), at)
        # "Dr A" / "Senior HMI" / "For and on behalf of B, HMI": B is the signer, A none of
        # the visit's inspectors. B must be an inspector, one the letter names or one whose
        # title says so: "A" / "HMI" / "On behalf of B" / "National Director, ..." is signed
        # by A, the lead, for one who is no inspector of the visit, and B is cut.
        for ob in self.on_behalf.finditer(block):
            k = next((k for k, n in enumerate(names) if n[2] - at == ob.end()), None)
            if k is None:
                continue
            upto = names[k + 1][2] - at if k + 1 < len(names) else len(block)
            if any(r["name"].lower() == names[k][0].lower() for r in rows) or \
                    names[k][1] or self.designation_of(block[names[k][3] - at:upto]):
                names = [n for n in names if n[2] - at >= ob.end()]
            else:
                names = [n for n in names if n[2] - at < ob.start()]
            break
        titles = [block[e - at:(names[k + 1][2] if k + 1 < len(names) else at + len(block)) - at]
                  for k, (_n, _d, _s, e) in enumerate(names)]
        # Signatures stacked with each title above its name ('Ofsted' / 'National
        # Director, Social Care' / 'A' / 'Care Quality Commission' / 'Chief Inspector of
        # ...' / 'Dr B'): a title before the first name and nothing after the last (its
        # honours apart) say each signer's title is the text above the name.
        tail = block[names[-1][3] - at:].strip() if names else ""
        if len(names) > 1 and block[:names[0][2] - at].strip(" ;,\t\n") and \
                not self.sig_name_affixes.sub("", " " + tail).strip():
            titles = [block[(names[k - 1][3] if k else at) - at:s - at]
                      for k, (_n, _d, s, _e) in enumerate(names)]
        for k, title in self._grid_titles(titles).items():
            # The designation read after the name was the next row's, not this signer's.
            titles[k], names[k] = title, (*names[k][:1], "", *names[k][2:])
        if sum(1 for t in titles if self.signer_title.search(t)) > 1:
            self._joint(block, at, names, titles, headings, inline, rows, add)
            return
        desig = self.designation_of(block)
        if not desig or not names:
            return  # signed by someone who is not an inspector
        name, own_desig, s, e = names[0]
        has_lead = any(r["role"] == "lead_inspector" for r in rows)
        known = next((r for r in rows if r["name"].lower() == name.lower()), None)
        if known is not None:
            if not has_lead:
                known["role"] = "lead_inspector"
            known["designation"] = known["designation"] or own_desig or desig
            return
        add(name, "inspector" if has_lead else "lead_inspector", own_desig or desig, s, e)

    def _heading_line(self, line: str) -> bool:
        """A line holding inspectorates' names and nothing else ("Care Quality Commission")."""
        found = False
        for pat, _value in self.headings:
            line, k = pat.subn(" ", line)
            found = found or k > 0
        return found and bool(self.heading_rest.match(line))

    def _name_line(self, line: str) -> bool:
        """A line holding one name and nothing else ("Gwen Hartigan"), perhaps with a title
        before it or honours after it ("Dr Gwen Hartigan", "Gwen Hartigan, CBE")."""
        line = self.sig_name_affixes.sub("", line)
        m = self.name_re.fullmatch(line)
        return bool(m) and len(line.split()) >= 2 and not any(
            w.strip("’'") in self.not_name for w in line.split())

    def _grid_titles(self, titles: list[str]) -> dict[int, str]:
        """Titles of signatures read row by row ("A" / "B" / "A's title" / "B's title"):
        names on lines of their own with nothing between them share out the lines that
        follow, one each, when there are as many lines as names (a title's wrapped end,
        "Services", stays with its line). Returns {name index: title} for those names."""
        out: dict[int, str] = {}
        k = 0
        while k < len(titles):
            j = k
            while j < len(titles) - 1 and "\n" in titles[j] and not titles[j].strip(" ,\t\n"):
                j += 1
            if j > k:
                lines: list[str] = []
                for line in (ln.strip() for ln in titles[j].split("\n")):
                    if lines and self.line_tail.match(line):
                        lines[-1] += " " + line
                    elif line:
                        lines.append(line)
                if len(lines) == j - k + 1:
                    out.update(zip(range(k, j + 1), lines, strict=True))
            k = j + 1
        return out

    def _joint(self, block: str, at: int, names: list, titles: list[str],
               headings: list[str], inline: dict[int, str], rows: list[dict], add) -> None:
        signer = 0
        for (name, own_desig, s, e), title in zip(names, titles, strict=True):
            # The line nearest the name decides the inspectorate (a title of the next
            # column may follow it, read column by column).
            named = next((v for line in title.split("\n") for p, v in self.titles
                          if p.search(line)), None)
            # A head's title that names no inspectorate ("Assistant Chief Inspector"), for
            # a signer no heading places.
            head = next((v for line in title.split("\n") for p, v in self.head_titles
                         if p.search(line)), None)
            title = " ".join(title.split())
            while (cut := self.title_trim.sub("", title).strip(" ,;")) != title:
                title = cut
            role = ""
            for label in sorted(self.roles, key=len, reverse=True):
                if re.search(rf"\b{re.escape(label)}\b", title.lower()):
                    role = self.roles[label]
                    break
            desig = own_desig or self.designation_of(title)
            if role and desig and (self.team_title.fullmatch(title)
                                   or not any(p.search(title) for p, _ in self.titles)):
                # A member of the team signing under the heads ("HMI Lead Inspector").
                add(name, role, desig, s, e, promote=True)
                continue
            if any(r["name"].lower() == name.lower() for r in rows):
                continue  # the letter's own inspector, already named in it
            # The inspectorate written before the name on its line decides, else the title
            # names it, or else the column heading does; an Ofsted director's title is
            # kept as written.
            value = inline.get(block.rfind("\n", 0, s - at) + 1, named)
            if value == "":
                value = title
            elif value is None and signer < len(headings):
                value = headings[signer] or title
            elif value is None:
                value = head or title
            signer += 1
            add(name, "signatory", value, s, e)


def _column_at(block: str, heading_end: int) -> int:
    """Where a second column starts on its lines: the indent of its heading when the
    headings, ending at `heading_end`, share one line ("Ofsted        Care Quality
    Commission"), else 0."""
    line = block[block.rfind("\n", 0, heading_end) + 1:heading_end]
    gap = re.search(r"\S\s{2,}(?=\S[^\n]*$)", line)
    return gap.end() if gap else 0


def _columns(body: str, at: int) -> list[str]:
    """The body once per column, the other column blanked, so offsets stay the text's."""
    if not at:
        return [body]
    left, right = [], []
    for line in body.split("\n"):
        if len(line) > at and line[at - 2:at] == "  ":
            cut = at
        elif line[:at].strip():
            cut = len(line)  # a line that starts in the left column stays there whole
        else:
            cut = 0
        left.append(line[:cut] + " " * (len(line) - cut))
        right.append(" " * cut + line[cut:])
    return ["\n".join(left), "\n".join(right)]


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence before `at`: back to the end of the last sentence or a
    blank line, at most 300 characters."""
    lo = max(0, at - 300)
    cut = max(text.rfind(". ", lo, at), text.rfind("! ", lo, at), text.rfind("? ", lo, at),
              text.rfind(".\n", lo, at), text.rfind("\n\n", lo, at))
    return text[cut + 1 if cut >= 0 else lo:at]
