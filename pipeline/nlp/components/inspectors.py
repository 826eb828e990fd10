"""Inspectors: the named inspection team, with role and designation.

Three sources, all in resources/inspectors_rules.json:
- labelled lines ("Lead inspector: Kathryn Grindrod, His Majesty's Inspector",
  "Team inspectors: A HMI, B AI", "Reporting inspector Christopher Sands HMI");
- letter sentences ("Her Majesty's Inspectors for this visit were A and B");
- a letter's signature block ("Yours sincerely / Lisa Summers / Her Majesty's Inspector").

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
        labels = "|".join(sorted((re.escape(k) for k in self.roles), key=len, reverse=True))
        # Labels match in any case; the name after a label without a colon must
        # start with a capital ("Reporting inspector Christopher Sands HMI").
        self.label_line = re.compile(fill(r["label_line"], {"LABELS": f"(?i:{labels})"}),
                                     re.MULTILINE)
        self.sentences = [
            (re.compile(s["pattern"]), s["role"],
             re.compile("|".join(re.escape(a.lower()) for a in s["anchors"]))
             if s.get("anchors") else None)
            for s in r["sentences"]]
        self.signoff = re.compile(r["signoff"], re.MULTILINE | re.IGNORECASE)
        self.designations = [(re.compile(rf"(?<![\w’'])(?:{p})(?![\w’'])"), v)
                             for p, v in r["designations"]]
        word = r["name_word"]
        particles = "|".join(r["name_particles"])
        initial = r["middle_initial"]
        self.name_re = re.compile(
            rf"{word}(?:\s+(?:(?:{particles})\s+|{initial}\s+)?{word})*")
        self.not_name = set(r["not_name_words"])

    # -- names -------------------------------------------------------------------------
    def designation_of(self, text: str) -> str:
        for pat, value in self.designations:
            if pat.search(text):
                return value
        return ""

    def parse_names(self, text: str, offset: int) -> list[tuple[str, str, int, int]]:
        """(name, designation, start, end) for each person in a list of names.

        Items are split on commas, semicolons and 'and'; a designation written after a
        name ("A HMI", "B (OI)", "C, Her Majesty's Inspector") belongs to that name.
        """
        # Strip designations first so they neither end up in names nor split them.
        spans: list[tuple[int, int, str]] = []
        for pat, value in self.designations:
            for m in pat.finditer(text):
                if not any(m.start() < e and s < m.end() for s, e, _ in spans):
                    spans.append((m.start(), m.end(), value))
        spans.sort()
        out: list[tuple[str, str, int, int]] = []
        for m in self.name_re.finditer(text):
            if any(s <= m.start() < e for s, e, _ in spans):
                continue
            words = m.group(0).split()
            # Cut at the first word that cannot be part of a name ("Information ...").
            keep: list[str] = []
            for w in words:
                if w.strip("’'") in self.not_name:
                    break
                keep.append(w)
            if len(keep) < 2:
                continue
            groups = [keep]
            # "Judith Nelson Robert Pyner": a missing comma between two names.
            if len(keep) == 4 and self.split_four and "-" not in m.group(0):
                groups = [keep[:2], keep[2:]]
            if any(len(g) > self.max_words for g in groups):
                continue
            pos = m.start()
            for g in groups:
                raw_start = text.index(g[0], pos)
                raw_end = text.index(g[-1], raw_start) + len(g[-1])
                pos = raw_end
                name = re.sub(r"-\s+", "-", " ".join(g))
                # The designation written right after the name, before the next name.
                desig = ""
                for s, _e, value in spans:
                    if s >= raw_end:
                        between = text[raw_end:s]
                        if re.fullmatch(r"[\s,(]*", between):
                            desig = value
                        break
                out.append((name, desig, offset + raw_start, offset + raw_end))
        return out

    # -- component ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        rows: list[dict] = []  # in reading order of discovery; one per person
        by_name: dict[str, dict] = {}

        def add(name: str, role: str, desig: str, s: int, e: int, promote: bool = False) -> None:
            row = by_name.get(name.lower())
            if row is not None:
                if promote and row["role"] == "inspector":
                    row["role"] = role
                row["designation"] = row["designation"] or desig
                return
            row = {"name": name, "role": role, "designation": desig, "s": s, "e": e}
            rows.append(row)
            by_name[name.lower()] = row

        for m in self.label_line.finditer(text):
            role = self.roles[" ".join(m.group("label").lower().split())]
            for name, desig, s, e in self.parse_names(m.group("names"), m.start("names")):
                add(name, role, desig, s, e, promote=True)
        for pat, role, anchors in self.sentences:
            # Names never run past a line, so lines without an anchor word are skipped.
            where = stretches(text, anchors, lower=True, starts=structure.line_starts(doc)) \
                if anchors else [(0, len(text))]
            for m in (m for lo, hi in where for m in pat.finditer(text, lo, hi)):
                group_desig = self.designation_of(m.group("desig") or "") if (
                    "desig" in pat.groupindex) else ""
                for name, desig, s, e in self.parse_names(m.group("names"), m.start("names")):
                    add(name, role, desig or group_desig, s, e, promote=True)
        if len(rows) > deadline.EVERY_LINES:
            deadline.check(doc, self.name)
        self._signatory(text, rows, add)

        for row in rows:
            add_span(doc, "inspectors", row["s"], row["e"], {
                "name": row["name"], "role": row["role"], "designation": row["designation"]})
        return doc

    def _signatory(self, text: str, rows: list[dict], add) -> None:
        """The letter's signatory: the lead inspector unless a lead is named otherwise."""
        # The last sign-off is the letter's own.
        m = next(reversed(list(self.signoff.finditer(text))), None)
        if m is None:
            return
        block = m.group("block")
        desig = self.designation_of(block)
        if not desig:
            return  # signed by someone who is not an inspector
        names = self.parse_names(block, m.start("block"))
        if not names:
            return
        name, own_desig, s, e = names[0]
        has_lead = any(r["role"] == "lead_inspector" for r in rows)
        known = next((r for r in rows if r["name"].lower() == name.lower()), None)
        if known is not None:
            if not has_lead:
                known["role"] = "lead_inspector"
            known["designation"] = known["designation"] or own_desig or desig
            return
        add(name, "inspector" if has_lead else "lead_inspector", own_desig or desig, s, e)
