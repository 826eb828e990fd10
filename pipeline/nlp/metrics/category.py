"""Category: the topic a number measures, from the taxonomy's keywords (categories.json).

The keyword nearest the number in its sentence wins, weighted by the category's
priority. Keyword hits are found once per stretch of text and kept sorted by
position, so each number looks only at the hits within `category_window`
characters of it (a setting).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .numbers import Metric
from .rules import MetricRules

LETTER_RE = re.compile(r"[a-z]")
# What may stand between a keyword and the bracket holding its figure: a word or two.
BRACKET_LEAD_RE = re.compile(r"[\w\s'’-]{0,20}")
# The priority of the generic topics (a group of children, referrals, plans, staff): a
# bracket after one of them does not keep the words after it from naming the measure.
GENERIC_PRIORITY = 5
# The priority of a topic that only names a group of children (looked after, the child
# population): a sentence going on from the one before with only such a word measures what
# that one measured.
GROUP_PRIORITY = 3
# How far before a count, or after the noun it counts, a training word makes the count
# the training's reach rather than the staff employed (categories.json `counted`).
COUNTED_WINDOW = 30
# How far after a whole ("Of the 705 children currently looked after, ...") its words may
# run before the comma that ends them.
WHOLE_SPAN = 160


def _beats(hit: tuple, best: tuple | None) -> bool:
    """Does a scored hit (score, order, ...) beat the best so far? Ties go to the first hit
    in the taxonomy's order, as they always have."""
    return best is None or hit[0] > best[0] or (hit[0] == best[0] and hit[1] < best[1])


class CategoryFinder:
    def __init__(self, rules: MetricRules, text: str) -> None:
        self.r = rules
        self.text = text
        # (lo, hi) -> hit starts, and hits (start, end, order, key, priority) by start
        self._hits: dict[tuple[int, int], tuple[list[int], list[tuple]]] = {}
        # the last sentence's campaign subjects (_reach_keys)
        self._reach: tuple[tuple[int, int], list[str]] = ((-1, -1), [])

    def category(self, s0: int, s1: int, m: Metric) -> str:
        """The category keyword nearest the number in text[s0:s1], weighted by priority.

        Distance decays the score so that in "146 child protection plans and a further 340
        child in need plans" each number takes its own topic; priority lets specific topics
        (free school meals) beat generic ones (looked after) at similar distances.
        """
        win = self.r.category_window
        lo, hi = max(s0, m.start - win), min(s1, max(m.end, s0) + win)
        starts, hits = self._hits_in(s0, s1)
        near = hits[bisect_left(starts, lo):bisect_right(starts, hi)]
        past = _bracket_close(self.text, s0, s1, m, near)
        item = self._figure_item(s0, s1, m)
        best = own_best = None
        for start, end, order, key, prio in near:
            if start < lo or end > hi or start >= past:
                continue
            d = start - m.end if start >= m.end else m.start - end
            prio = self._own_clause_priority(start, end, key, prio, m)
            score = prio - max(d, 0) / self.r.category_decay
            hit = (score, order, key, prio)
            if _beats(hit, best):
                best = hit
            if item is not None and item[0] <= start and end <= item[1] and _beats(hit, own_best):
                own_best = hit
        if best is None:
            return ""
        # A figure's own item of a list of figures names its topic, when that topic is a
        # specific one ranking as high as the one the sentence would give it
        # (categories.json `figure_items`); a generic word in the item does not.
        if own_best is not None and own_best[3] > GENERIC_PRIORITY and own_best[3] >= best[3]:
            best = own_best
        return self._acts_for(s0, s1, best[2], m)

    def _figure_item(self, s0: int, s1: int, m: Metric) -> tuple[int, int] | None:
        """The item of a list of figures the number's own words make (categories.json
        `figure_items`: '95% had an annual health assessment, 88% were up to date with
        their immunisations and 92% had a dental check': 88% reads from its comma to the
        'and' before 92%), or None when no other figure's item is beside it. The first
        figure's item runs from the sentence's start; a figure after a separator opens
        an item only where another figure stands before it in the sentence."""
        fi = self.r.figure_items
        if fi is None:
            return None
        before, nxt, not_range, figure = fi
        lead = self.text[max(s0, m.start - 40):m.start]
        sep = before.search(lead)
        # An item follows another figure's: a lone figure after a comma is no list.
        opens = sep is not None and not_range.search(lead) is None and figure.search(
            self.text, s0, max(s0, m.start - 40) + sep.start()) is not None
        hi = s1
        for after in nxt.finditer(self.text, m.end, s1):
            # The separator's own start: 'and 110' after 'between 90 ' is no new item.
            if not not_range.search(self.text[max(s0, after.end() - 60):after.end() - 1]
                                    + " "):
                hi = after.start()
                break
        if not opens and hi == s1:
            return None
        return (m.start if opens else s0), hi

    def _own_clause_priority(self, start: int, end: int, key: str, prio: int,
                             m: Metric) -> int:
        """A keyword's own priority above its category's ('caseloads': 8) holds in the
        number's own clause; past a break between them (categories.json
        `keyword_priority_break`: 'Caseloads are high, and 40 children are waiting for an
        initial health assessment') the keyword has its category's priority."""
        brk = self.r.keyword_priority_break
        base = self.r.category_priority.get(key, prio)
        if brk is None or prio <= base:
            return prio
        lo, hi = (end, m.start) if end <= m.start else (m.end, start)
        return base if lo < hi and brk.search(self.text, lo, hi) else prio

    def _acts_for(self, s0: int, s1: int, key: str, m: Metric) -> str:
        """Whom a generic act is for: referrals go by where they are sent (GUIDELINES.md
        section 10; "817 referrals were made to MARAC, of which 38% were re-referrals" are
        `other`), assessments and reviews of foster carers are `placements`: the act's
        category becomes that of whom the sentence names (categories.json `acts_for`), in
        the number's own clause where the sentence has several ('There were 300 assessments
        completed, and 20 children were referred to CAMHS': 300 stay assessments)."""
        brk = self.r.acts_for_clause_break
        if brk is not None and any(key in replaces for _d, replaces, _rx in self.r.acts_for):
            lo, hi = s0, s1
            for b in brk.finditer(self.text, s0, s1):
                if b.end() <= m.start:
                    lo = b.end()
                elif b.start() >= m.end:
                    hi = b.start()
                    break
            s0, s1 = lo, hi
        for dest, replaces, rx in self.r.acts_for:
            if key in replaces and rx.search(self.text, s0, s1):
                return dest
        return key

    def acts_for_before(self, lo: int, hi: int, key: str) -> str:
        """Whom a generic act is for, named only in the sentence before (text[lo:hi]) that
        the number's sentence goes on from ('This has had a positive impact and referrals
        have increased to 103' after a sentence on the LADO's role), else `key`."""
        for dest, replaces, rx in self.r.acts_for:
            if key in replaces and rx.search(self.text, lo, hi):
                return dest
        return key

    def count_frame(self, s0: int, s1: int, m: Metric) -> str:
        """The category the words framing a count give it, or "" (categories.json
        `count_frames`): the size of a group ("The local authority has 461 care leavers."),
        the cases of a sample ("In four cases, plans had not been ...")."""
        for key, before, after, units in self.r.count_frames:
            if m.unit in units and before.search(self.text[s0:m.start]) and after.match(
                    self.text, m.end, s1):
                return key
        return ""

    def whole_end(self, s0: int, s1: int, m: Metric) -> int:
        """Where the words naming a whole end, when the number is the whole a sentence
        takes its parts of ("Of 480 young people in care, 287 are placed in agency
        placements": the comma), else 0 (categories.json `whole_of_parts`)."""
        w = self.r.whole_of_parts
        if w is None:
            return 0
        hi = min(s1, m.end + WHOLE_SPAN)
        if w[0].search(self.text[s0:m.start]):
            end = w[1].search(self.text, m.end, hi)
            return end.start() if end else 0
        # "232 children were subject to child protection plans, of which 38 were second or
        # subsequent plans": the whole before the parts it is broken into.
        parts = w[2].search(self.text, m.end, hi) if w[2] is not None else None
        return parts.start() if parts else 0

    def counted(self, s1: int, m: Metric) -> str:
        """The category of the noun a count stands before ("two play therapists" are
        staff, whatever the adoption section around them says), or ""."""
        if m.unit != "count":
            return ""
        r = self.r
        for key, rx in r.counted:
            noun = rx.match(self.text, m.end, s1)
            if noun is None:
                continue
            before = self.text[max(m.start - COUNTED_WINDOW, 0):m.start]
            after = self.text[noun.end():min(noun.end() + COUNTED_WINDOW, s1)]
            if (r.counted_not_before is not None and r.counted_not_before.search(before)) or (
                    r.counted_not_after is not None and r.counted_not_after.search(after)):
                return ""
            return key
        return ""

    def reach_topic(self, s0: int, s1: int, before: int, m: Metric) -> str:
        """The subject of a training or awareness campaign whose reach a sentence counts,
        or "" (categories.json `reach_topics`): 'Face-to-face training has been delivered to
        800 staff' after a sentence on online CSE training counts what the exploitation work
        reached, not the staff employed. The subject is named in the number's own words (its
        item of a list of figures, else its sentence) or in the sentence before
        (text[before:s0]); a sentence naming another specific topic of its own ('E-safety
        training has been delivered to domestic abuse victims') keeps it."""
        keys = self._reach_keys(s0, s1)
        if not keys:
            return ""
        # '1,800 workers have been trained in safeguarding and 600 have had training to
        # counter child sexual exploitation': the 1,800's item names no exploitation.
        lo, hi = self._figure_item(s0, s1, m) or (s0, s1)
        hits = self._hits_in(s0, s1)[1]
        for key in keys:
            if any(h[3] == key and lo <= h[0] and h[1] <= hi for h in hits
                   ) or self.hits_of(before, s0, key):
                return key
        return ""

    def _reach_keys(self, s0: int, s1: int) -> list[str]:
        """The campaign subjects a sentence may count the reach of (once per sentence):
        those whose words of training or awareness it holds, naming no other specific
        topic of its own."""
        if self._reach[0] != (s0, s1):
            hits = self._hits_in(s0, s1)[1]
            self._reach = ((s0, s1), [
                key for key, reach, keeps in self.r.reach_topics
                if reach.search(self.text, s0, s1) is not None and not any(
                    h[3] != key and (h[4] > GENERIC_PRIORITY or h[3] in keeps) for h in hits)])
        return self._reach[1]

    def names_only(self, s0: int, s1: int, key: str) -> bool:
        """Does text[s0:s1] name no topic but `key`'s?"""
        return all(h[3] == key for h in self._hits_in(s0, s1)[1])

    def generic_kind(self, s0: int, s1: int, before: int, key: str) -> str:
        """The kind of a generic act (`key`, 'assessments') that the sentence before
        (text[before:s0]) names, when the number's sentence names nothing but the act
        (categories.json `generic_kinds`: 'All initial and review health assessments are
        carried out by a paediatrician. The number of assessments completed within the
        required timescale is 88%': health assessments), else `key`."""
        kinds = self.r.generic_kinds.get(key)
        if not kinds or not self.names_only(s0, s1, key):
            return key
        return next((k for k in kinds if self.hits_of(before, s0, k)), key)

    def topic(self, lo: int, hi: int) -> str:
        """The category of the highest-priority keyword in text[lo:hi] (the first of
        equals): a list's lead-in names the topic of all its items ("The proportion of
        children and young people with English as an additional language:"), however far
        below it an item stands."""
        best = None
        for _start, _end, order, key, prio in self._hits_in(lo, hi)[1]:
            if best is None or prio > best[0]:
                best = (prio, order, key)
        return best[2] if best else ""

    def hits_of(self, lo: int, hi: int, key: str) -> int:
        """How many times text[lo:hi] names the category `key`."""
        return sum(h[3] == key for h in self._hits_in(lo, hi)[1])

    def _hits_in(self, lo: int, hi: int) -> tuple[list[int], list[tuple]]:
        """Keyword hits of every category in text[lo:hi] (a sentence), remembered.

        The numbers of one sentence share a range, and matching some thirty keyword
        patterns again for each of them was most of the metrics' time.
        """
        got = self._hits.get((lo, hi))
        if got is None:
            text = self.text
            seg = text[lo:hi].lower()
            anchors = self.r.category_anchors
            # Every keyword holds a letter: a stretch of figures and signs has no topic.
            found: list[tuple[str, int, int, int]] = []
            if LETTER_RE.search(seg):
                # a category of several patterns (one per priority) is looked for once
                live: dict[str, bool] = {}
                for key, prio, rx in self.r.categories:
                    here = live.get(key)
                    if here is None:
                        here = live[key] = any(a in seg for a in anchors[key])
                    if here:
                        found.extend((key, prio, h.start(), h.end())
                                     for h in rx.finditer(text, lo, hi))
            hits = sorted((s, e, order, key, prio) for order, (key, prio, s, e) in enumerate(found))
            hits = _outermost(hits)
            got = ([h[0] for h in hits], hits)
            if len(self._hits) > 8:
                self._hits.clear()  # sentences come in order: older ones are done
            self._hits[(lo, hi)] = got
        return got


def _bracket_close(text: str, s0: int, s1: int, m: Metric, hits: list[tuple]) -> int:
    """Where the topics of a bracketed number end: the closing bracket of "health
    assessments (92% and 97%), dental checks (92%)" when a specific topic's keyword stands
    just before the opening one (a word or two may follow it: "dental checks"), whose
    figure the bracket gives; else the sentence's end. A bracket after "a large proportion
    (40%) of referrals" names no topic before it, and after a generic group ("children
    looked after (4%) attend a school judged inadequate") the words after it say what the
    group's figure measures."""
    opening = text.rfind("(", s0, m.start)
    if opening < 0 or text.find(")", opening, m.start) >= 0:
        return s1
    closing = text.find(")", m.end, s1)
    if closing < 0 or text.find("(", m.end, closing) >= 0:
        return s1
    if not any(end <= opening and prio > GENERIC_PRIORITY
               and BRACKET_LEAD_RE.fullmatch(text, end, opening)
               for _start, end, _order, _key, prio in hits):
        return s1
    return closing


def _outermost(hits: list[tuple]) -> list[tuple]:
    """The hits (start, end, order, key, priority; sorted) not inside a longer hit of
    another category: the longer phrase names the topic ("serious case reviews" is an LSCB
    count, not a review; "unaccompanied asylum-seeking children" are looked after;
    "identified through assessment as being formally in need" are children in need),
    whatever the inner word's priority. One pass (a table read as one sentence holds
    thousands of hits): per category, the hit started so far that reaches furthest."""
    out = []
    furthest: dict[str, tuple[int, int]] = {}  # key -> (end, start)
    for h in sorted(hits, key=lambda h: (h[0], -h[1])):
        s, e, key = h[0], h[1], h[3]
        if not any(k != key and end >= e and (start, end) != (s, e)
                   for k, (end, start) in furthest.items()):
            out.append(h)
        if key not in furthest or furthest[key][0] < e:
            furthest[key] = (e, s)
    return sorted(out)
