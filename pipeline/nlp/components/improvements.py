"""Improvement points: what needs to improve, recommendations, priority actions,
strengths and areas for development.

A block opens at a heading from resources/improvements_rules.json ("What needs to
improve?", "Areas for improvement", "Priority and immediate action", "Strengths", ...)
or at a line such as "Ofsted makes 10 recommendations including that X should:".
Its items are bullets, numbered paragraphs or, in old letters, plain paragraphs.
Sub-headings inside a block ("Leadership and management", "Care leavers") give an
item's judgement area; any other heading ends the block, unless a recommendation
block goes on with another instruction ("Ensure ...") under an unlisted sub-heading.
One pass over the lines, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import deadline, structure
from ..extensions import add_span, area_at, text_of
from .base import RuleComponent

RULES_FILE = "improvements_rules.json"
TERMINAL = tuple(".!?;)”’\"'")
# The top of a report ("overall effectiveness") is not an area an improvement belongs to.
IGNORED_AREAS = {"overall_effectiveness"}


# max_heading_chars: a line longer than this is body text, never a heading.
@Language.factory("ofsted_improvements", assigns=["doc.spans", "span._.fields"],
                  requires=["doc.spans"], default_config={"max_heading_chars": 90})
def make_improvements(nlp: Language, name: str, max_heading_chars: int) -> ImprovementsComponent:
    return ImprovementsComponent(nlp, name, max_heading_chars)


@dataclass
class Item:
    kind: str
    area: str
    start: int
    end: int
    parts: list[str] = field(default_factory=list)


@dataclass
class Block:
    kind: str
    area: str  # from the block's context (the LSCB), before any sub-heading
    sub_area: str = ""
    bulleted: bool = False
    container: bool = False


class ImprovementsComponent(RuleComponent):
    rule_files = (RULES_FILE,)
    span_groups = ("improvements",)

    def __init__(self, nlp: Language, name: str, max_heading_chars: int = 90) -> None:
        super().__init__(nlp, name)
        self.max_heading = max_heading_chars

    def compile(self, rules: dict[str, Any]) -> None:
        r = rules[RULES_FILE]
        # A heading may end in "?" or ":" and a footnote number glued to it
        # ("What needs to improve?1"); "Recommendations 7" is a contents line.
        self.headings = [
            (re.compile(rf"(?:{h['pattern']})(?:\s*[?:])?\d*", re.IGNORECASE), h["kind"],
             bool(h.get("container")))
            for h in r["block_headings"]
        ]
        self.inline = [(re.compile(c["pattern"], re.IGNORECASE), c["kind"])
                       for c in r["inline_block_cues"]]
        self.lscb = re.compile(r["lscb_cue"])
        self.area_subheadings = {k.lower(): v for k, v in r["area_subheadings"].items()}
        self.plain_sub = re.compile("(?:" + "|".join(r["plain_subheadings"]) + ")",
                                    re.IGNORECASE)
        self.instruction = re.compile(r["instruction_start"])
        self.skip_item = re.compile(r["skip_item"])
        self.bullet = re.compile(r["bullet"])

    def _heading(self, line: str) -> tuple[str, bool] | None:
        for pat, kind, container in self.headings:
            if pat.fullmatch(line):
                return kind, container
        return None

    def _inline(self, line: str) -> str | None:
        if len(line) > 200:
            return None
        for pat, kind in self.inline:
            if pat.search(line):
                return kind
        return None

    def _is_item(self, line: str) -> re.Match | None:
        return self.bullet.match(line)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        starts = structure.line_starts(doc)
        ends = [s - 1 for s in starts[1:]] + [len(text)]
        lines = [(ls, le, text[ls:le]) for ls, le in zip(starts, ends, strict=True) if le > ls]
        items: list[Item] = []
        block: Block | None = None
        item: Item | None = None
        recent: list[str] = []  # the last lines before a block heading: LSCB context

        def close_item() -> None:
            nonlocal item
            if item is not None and item.parts:
                items.append(item)
            item = None

        for idx, (ls, _le, raw) in enumerate(lines):
            if idx and idx % deadline.EVERY_LINES == 0:
                deadline.check(doc, self.name)
            line = raw.strip()
            lstrip = ls + len(raw) - len(raw.lstrip())
            head = self._heading(line)
            inline = None if head or self._is_item(line) else self._inline(line)
            if head or inline:
                close_item()
                kind, container = head if head else (inline, False)
                context = " ".join(recent[-2:] + [line])
                area = ("lscb" if self.lscb.search(context) else
                        block.area if block is not None and block.container else "")
                block = Block(kind=kind, area=area, container=container)
                recent.append(line)
                continue
            # Only headings give LSCB context ("Section 2: ... safeguarding children board").
            heading_like = len(line) <= self.max_heading and not line.endswith(TERMINAL)
            recent = (recent + [line if heading_like and not self._is_item(line) else ""])[-3:]
            if block is None:
                continue
            bm = self._is_item(line)
            if bm:
                close_item()
                body = line[bm.end():].strip()
                block.bulleted = True
                if not body or self.skip_item.search(body):
                    continue  # an empty number ("174.") or an introduction to the list
                start = ls + raw.index(body)
                item = Item(block.kind, block.sub_area or block.area, start, ls + len(raw.rstrip()),
                            [body])
                continue
            low = line.lower().rstrip(":").strip()
            if low in self.area_subheadings:
                close_item()
                block.sub_area = self.area_subheadings[low]
                continue
            if self.plain_sub.fullmatch(line):
                close_item()
                block.sub_area = ""
                continue
            if item is not None and self._continues(item, line):
                item.parts.append(line)
                item.end = ls + len(raw.rstrip())
                continue
            close_item()
            heading_like = len(line) <= self.max_heading and not line.endswith(TERMINAL)
            if not block.bulleted and not heading_like:
                # Old letters: plain paragraphs under "Strengths" are the items.
                items.append(Item(block.kind, block.sub_area or block.area, lstrip,
                                  ls + len(raw.rstrip()), [line]))
                continue
            if heading_like and block.kind in ("recommendation", "priority_action"):
                nxt = lines[idx + 1][2].strip() if idx + 1 < len(lines) else ""
                nm = self._is_item(nxt)
                if nm and self.instruction.match(nxt[nm.end():].strip()):
                    block.sub_area = ""  # an unlisted sub-heading: no area of its own
                    continue
            block = None
        close_item()

        ordinals: dict[str, int] = {}
        for it in items:
            ordinals[it.kind] = ordinals.get(it.kind, 0) + 1
            area = it.area
            if not area:
                area = area_at(doc, it.start)
                area = "" if area in IGNORED_AREAS else area
            add_span(doc, "improvements", it.start, it.end, {
                "kind": it.kind, "ordinal": ordinals[it.kind],
                "text": " ".join(" ".join(it.parts).split()), "area": area})
        return doc

    def _continues(self, item: Item, line: str) -> bool:
        """Does a line carry on the item above it (a wrapped bullet) or start anew?"""
        if line[:1].islower() or line[:1] in "(":
            return True
        if item.parts[-1].rstrip().endswith(TERMINAL + (":",)):
            return False
        # The item has not finished its sentence: a long line or a full sentence goes on
        # with it; a short line without a full stop is the next heading.
        return len(line) > self.max_heading or line.endswith(TERMINAL)
