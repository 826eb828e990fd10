"""The inspection framework of a document, decided once: doc._.framework and doc._.layout.

doc._.framework, from the document type (doctype), the inspection start (dates) and a
few cues of the text (resources/framework_rules.json):

| value | documents |
|---|---|
| `ilacs_2018` | ILACS 2018 (one judgement for children in care and care leavers) |
| `ilacs_2023` | ILACS reports from the January 2023 update (care leavers judged on their own) |
| `ilacs_2026` | the reformed ILACS reports without an overall effectiveness grade |
| `sif`, `sif_reinspection` | single inspection framework reports (2013-2018) and re-inspections |
| `safeguarding_lac_2009` | safeguarding, looked after children inspections (2009-2013) |
| `unannounced_2009` | unannounced inspections of contact, referral and assessment (2009-2013) |
| `focused_visit` (assurance visits included), `monitoring_visit`, `jtai` | those visits' letters |
| `news_sif`, `news_ilacs_2018`, `news_ilacs_2023` | a news article about an inspection under it |
| `unknown` | anything else |

doc._.layout is the family of heading layouts the sectionizer's rules are written for
(`old`, `sif`, `ilacs`, `letter`), read from the layout of the text itself, since a
letter's or an old report's headings look alike whatever its subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import text_of
from ..resources import load_json
from .base import RuleComponent

RULES_FILE = "framework_rules.json"
# The prose grade reader's rules (components/prose_grades.py, sections.py), named here
# since those modules import this one.
AREAS_FILE, GRADES_FILE, PROSE_FILE = "areas_labels.json", "grades_phrases.json", \
    "prose_grades.json"


def layout_of(text: str) -> str:
    """Which family of report layouts this is: decides which heading rules apply."""
    head = text[:6000].lower()
    # Old (2009-2013) reports grade on a four-point scale with "Grade 3 (Adequate)".
    if re.search(r"^record of main findings|^grade \d \(", text, re.I | re.M):
        return "old"
    if "achieving permanence" in head or "review of the effectiveness of the local " \
            "safeguarding" in head:
        return "sif"
    if "judgement grade" in head or "local authority children" in head:
        return "ilacs"
    if re.search(r"^(?:dear |yours sincerely)", text, re.I | re.M):
        return "letter"
    return "ilacs"


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def news_framework_of(text: str, frameworks: list[dict], inspection_start: str = "",
                      future_year: str = "",
                      graded_apart: Callable[[str, list[str]], bool] | None = None) -> str:
    """The framework whose area names a news text uses: the one in force when the
    inspection began, where the text dates it (by its day where two frameworks shared
    its year), else by the latest year it gives, less a year it looks forward to
    (`future_year`: 'inspected again by 2021'); the wording decides where two
    frameworks were in force that year. Where the wording chose a framework that a
    later one, possible too, took `over` from, the later one's where the text grades
    its areas `apart` (`graded_apart(framework, areas)`: an undated item that says
    'ILACS' and grades care leavers on their own)."""
    ahead = {m.start("year") for m in re.finditer(future_year, text, re.I)} \
        if future_year else set()
    years = [int(m.group(0)) for m in YEAR.finditer(text) if m.start() not in ahead]
    latest = int(inspection_start[:4]) if inspection_start else max(years) if years else None
    fws = [f for f in frameworks if latest is None or f["from"] <= latest <= f["to"]]
    if not fws:
        fws = frameworks
    # The inspection's own first day decides between frameworks that shared its year; a
    # month (a visit dated no closer) only at its precision, the wording deciding within it.
    n = len(inspection_start)
    dated = [f for f in fws if inspection_start and f.get("since", "")[:n] <= inspection_start
             <= f.get("until", "9999")[:n]]
    fws = dated or fws
    # The wording of most of its own names decides ("the new framework, which replaced
    # the single inspection framework" names the SIF once and ILACS twice).
    hits = {f["key"]: len({m.group(0).lower() for m in re.finditer(f["wording"], text, re.I)})
            for f in fws}
    worded = sorted((f for f in fws if hits[f["key"]]), key=lambda f: -hits[f["key"]])
    chosen = worded[0]["key"] if worded else \
        fws[-1]["key"] if latest is not None else frameworks[0]["key"]
    later = next((f for f in fws if f.get("over") == chosen and f.get("apart")), None)
    if later and graded_apart and graded_apart(later["key"], later["apart"]):
        return later["key"]
    return chosen


def framework_of(text: str, document_type: str, inspection_start: str = "",
                 rules: dict | None = None,
                 graded_apart: Callable[[str, list[str]], bool] | None = None) -> str:
    r = rules or load_json(RULES_FILE)
    if document_type in r["by_document_type"]:
        return r["by_document_type"][document_type]
    if document_type == "news_article":
        return "news_" + news_framework_of(text, r["news_frameworks"], inspection_start,
                                           r.get("news_future_year", ""), graded_apart)
    if document_type != "ilacs_inspection":
        return "unknown"
    low = text.lower()
    if r["ilacs_2026_without"] not in low:
        return "ilacs_2026"
    era = r["ilacs_eras"][0][1]
    if inspection_start:
        for since, name in r["ilacs_eras"]:
            if inspection_start >= since[:len(inspection_start)]:
                era = name
    elif r["ilacs_since_2023_cue"] in low:
        era = r["ilacs_eras"][-1][1]
    return era


@Language.factory("ofsted_framework", assigns=["doc._.framework", "doc._.layout"],
                  requires=["doc._.document_type", "doc.spans"])
def make_framework(nlp: Language, name: str) -> FrameworkComponent:
    return FrameworkComponent(nlp, name)


class FrameworkComponent(RuleComponent):
    rule_files = (RULES_FILE, AREAS_FILE, GRADES_FILE, PROSE_FILE)

    def compile(self, rules: dict[str, Any]) -> None:
        # imported here: prose_grades and sections import this module
        from .prose_grades import ProseGrades
        from .sections import Vocab

        self.framework_rules = rules[RULES_FILE]
        self.prose = ProseGrades(rules[PROSE_FILE], Vocab(rules[AREAS_FILE],
                                                          rules[GRADES_FILE]))

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        start = next((s._.fields["date"] for s in doc.spans.get("dates", [])
                      if s._.fields.get("kind") == "inspection_start"), "")
        authority = (doc._.report or {}).get("local_authority", "")

        def graded_apart(framework: str, areas: list[str]) -> bool:
            return self._graded_apart(text, framework, areas, authority)

        doc._.framework = framework_of(text, doc._.document_type or "other", start,
                                       self.framework_rules, graded_apart)
        doc._.layout = layout_of(text)
        return doc

    def _graded_apart(self, text: str, framework: str, areas: list[str],
                      authority: str) -> bool:
        """Whether a text read by `framework`'s area names grades the first of `areas`
        on its own: where the second has no grade, or another, or is graded where it is
        not named together with the first (joined to it by area_glue: 'Children in care
        were judged good. Care leavers' services were also judged good', not 'Children in
        care and care leavers were judged good', wherever else the text names care
        leavers, as in a headline)."""
        rows = {}
        for row in self.prose.rows(text, framework, "", authority):
            rows.setdefault(row.area, row)
        first, second = rows.get(areas[0]), rows.get(areas[1])
        if first is None:
            return False
        if second is None or second.grade != first.grade:
            return True
        lexicon = self.prose.areas.get(framework, [])
        return not (self._joined(text, second, areas[0], lexicon)
                    or self._joined(text, first, areas[1], lexicon))

    def _joined(self, text: str, row: Any, area: str, lexicon: list) -> bool:
        """Whether the area a row names is followed, joined by area_glue, by `area`'s
        name ('children in care and care leavers')."""
        window = text[row.char_end:row.char_end + 80]
        after = next(iter(self.prose._areas(window, lexicon)), None)
        return bool(after and area in after.keys
                    and self.prose.glue.match(window[:after.start]))
