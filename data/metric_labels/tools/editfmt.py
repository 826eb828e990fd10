"""The readable editing form of a report's labels, and its way back to offsets.

One block per statement (GUIDELINES.md, "Editing"):

    === 8601-8649 p5 prefilled
    context: - Approximately 34,000 children and young people under the age of 18 ...
    text: This is 19% of the total population in the area.
    measure: "total population in the area"
    population: ^"children and young people"
    period: -
    * "19%" 19 percent observed child_population

Spans are quoted substrings of the sentence (`^"..."`: of the context); `"..."#2` picks
the second occurrence. Link lines before the first number apply to every number; link
lines indented under a number apply to it alone. Lines starting with # are comments.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from labelset import LINKS, METRIC, STATUSES, assign_ids, metrics_of, sentence_of

CANDIDATE = "candidate"
HEADER_RE = re.compile(r"^===\s+(?:(\d+)-(\d+)|new)(?:\s+p(\d+|None))?\s+(\w+)\s*$")
_decoder = json.JSONDecoder()


class EditError(ValueError):
    pass


# ---------------------------------------------------------------- rendering

def quote(text: str, hay: str, start: int, context: bool) -> str:
    """The quoted form of hay[start:start+len(text)], with #k when it occurs more than once."""
    occ = [m.start() for m in re.finditer(re.escape(text), hay)]
    q = ("^" if context else "") + json.dumps(text, ensure_ascii=False)
    if len(occ) > 1:
        q += f"#{occ.index(start) + 1}"
    return q


def _link_text(rec: dict, span: dict | None) -> str:
    if span is None:
        return "-"
    off = rec["meta"]["sentence_offset"]
    if span["start"] >= off:
        return quote(span["text"], sentence_of(rec), span["start"] - off, False)
    return quote(span["text"], rec["text"][:off - 1], span["start"], True)


def _fmt_value(v: float | int) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def render_block(rec: dict, status: str | None = None) -> str:
    m = rec["meta"]
    off = m["sentence_offset"]
    sentence = sentence_of(rec)
    lines = [f"=== {m['char_start']}-{m['char_end']} p{m['page']} {status or m['status']}"]
    if off:
        lines.append(f"context: {rec['text'][:off - 1]}")
    lines.append(f"text: {sentence}")
    if m["status"] == "prefilled":
        # What the rules said but no span can show: a phrase that is not a stretch of the text.
        for r in m.get("rules") or []:
            lost = [k for k in LINKS if r.get(k) and r[k].strip() not in rec["text"]]
            if lost:
                said = " | ".join(f"{k} {json.dumps(r[k], ensure_ascii=False)}" for k in lost)
                lines.append(f"# rules for {json.dumps(r['text'], ensure_ascii=False)}: {said}")
    by_id = {s["id"]: s for s in rec["spans"]}
    metrics = metrics_of(rec)
    links = {k: [_link_text(rec, by_id.get(s[k]) if s[k] else None) for s in metrics]
             for k in LINKS}
    shared = {k: len(set(v)) == 1 for k, v in links.items()}
    for k in LINKS:
        if metrics and shared[k]:
            lines.append(f"{k}: {links[k][0]}")
    for i, s in enumerate(metrics):
        q = quote(s["text"], sentence, s["start"] - off, False)
        lines.append(f"* {q} {_fmt_value(s['value'])} {s['unit']} {s['role']} {s['category']}")
        for k in LINKS:
            if not shared[k]:
                lines.append(f"  {k}: {links[k][i]}")
    return "\n".join(lines)


def render_candidate(lo: int, hi: int, page, sentence: str, context: str | None) -> str:
    lines = [f"=== {lo}-{hi} p{page} {CANDIDATE}"]
    if context:
        lines.append(f"context: {context}")
    lines.append(f"text: {sentence}")
    return "\n".join(lines)


# ---------------------------------------------------------------- parsing

@dataclass
class Ref:
    """A quoted substring: its text, which occurrence, and whether it is in the context."""
    text: str
    nth: int | None
    context: bool


@dataclass
class Number:
    ref: Ref
    value: float | int
    unit: str
    role: str
    category: str
    links: dict = field(default_factory=dict)
    line: int = 0


@dataclass
class Block:
    line: int
    span: tuple[int, int] | None  # None for a `new` block
    page: str | None
    status: str
    text: str = ""
    context: str | None = None
    links: dict = field(default_factory=dict)
    numbers: list[Number] = field(default_factory=list)


def parse_ref(s: str, where: str) -> tuple[Ref | None, str]:
    """A `-`, `"..."`, `^"..."` or `"..."#k` at the start of s; returns it and the rest."""
    s = s.lstrip()
    if s.startswith("-") and (len(s) == 1 or s[1].isspace()):
        return None, s[1:]
    ctx = s.startswith("^")
    if ctx:
        s = s[1:]
    if not s.startswith('"'):
        raise EditError(f'{where}: expected "quoted text", ^"quoted text" or - , got {s[:40]!r}')
    try:
        text, end = _decoder.raw_decode(s)
    except json.JSONDecodeError as exc:
        raise EditError(f"{where}: bad quoted text ({exc.msg}); escape \" inside as \\\"") \
            from exc
    rest = s[end:]
    nth = None
    m = re.match(r"#(\d+)", rest)
    if m:
        nth, rest = int(m.group(1)), rest[m.end():]
    if not isinstance(text, str) or not text.strip():
        raise EditError(f"{where}: empty quoted text (write - for none)")
    if text != text.strip():
        raise EditError(f"{where}: quoted text {text!r} starts or ends with a space")
    return Ref(text, nth, ctx), rest


def _number(v: str, where: str) -> float | int:
    try:
        f = float(v.replace(",", ""))
    except ValueError as exc:
        raise EditError(f"{where}: value {v!r} is not a number") from exc
    return int(f) if f.is_integer() else f


def parse(text: str) -> tuple[dict, list[Block]]:
    """The file's header fields (# report: ...) and its blocks."""
    header: dict[str, str] = {}
    blocks: list[Block] = []
    cur: Block | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        where = f"line {n}"
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*(report|split|document_type):\s*(\S+)", line)
            if m and not blocks:
                header[m.group(1)] = m.group(2)
            continue
        if line.startswith("==="):
            m = HEADER_RE.match(line)
            if not m:
                raise EditError(f"{where}: bad block header {line!r} "
                                "(=== START-END pPAGE STATUS, or === new corrected)")
            status = m.group(4)
            if status not in (*STATUSES, CANDIDATE):
                raise EditError(f"{where}: status {status!r} is not one of "
                                f"{', '.join((*STATUSES, CANDIDATE))}")
            span = (int(m.group(1)), int(m.group(2))) if m.group(1) else None
            if span is None and status != "corrected":
                raise EditError(f"{where}: a new block must be marked corrected")
            cur = Block(n, span, m.group(3), status)
            blocks.append(cur)
            continue
        if cur is None:
            raise EditError(f"{where}: text before the first === block")
        indented = raw[:1].isspace()
        body = line.strip()
        key, _, val = body.partition(":")
        if body.startswith("* "):
            ref, rest = parse_ref(body[2:], where)
            if ref is None or ref.context:
                raise EditError(f"{where}: a number is a quoted stretch of the sentence")
            parts = rest.split()
            if len(parts) != 4:
                raise EditError(f"{where}: after the quoted number write VALUE UNIT ROLE "
                                f"CATEGORY (got {rest.strip()!r})")
            cur.numbers.append(Number(ref, _number(parts[0], where), *parts[1:], line=n))
        elif key in ("text", "context") and not indented:
            setattr(cur, key, val.strip())
        elif key in LINKS:
            ref, rest = parse_ref(val, where)
            if rest.strip():
                raise EditError(f"{where}: unexpected {rest.strip()!r} after the quoted text")
            if indented and cur.numbers:
                target = cur.numbers[-1].links
            elif not indented and not cur.numbers:
                target = cur.links
            else:
                raise EditError(f"{where}: a {key}: line goes before the first number (for all "
                                "numbers) or indented under one number")
            if key in target:
                raise EditError(f"{where}: {key} given twice")
            target[key] = ref
        else:
            raise EditError(f"{where}: cannot read {body[:60]!r}")
    return header, blocks


# ---------------------------------------------------------------- back to offsets

def resolve(ref: Ref, rec: dict, where: str) -> tuple[int, int]:
    """Offsets in the line's text of a quoted substring; fails on none or ambiguity."""
    off = rec["meta"]["sentence_offset"]
    if ref.context:
        if not off:
            raise EditError(f"{where}: ^{json.dumps(ref.text)}: this statement has no context")
        hay, base, name = rec["text"][:off - 1], 0, "context"
    else:
        hay, base, name = rec["text"][off:], off, "sentence"
    occ = [m.start() for m in re.finditer(re.escape(ref.text), hay)]
    if not occ:
        hint = " (it is in the context: write ^\"...\")" if not ref.context and off and \
            ref.text in rec["text"][:off - 1] else ""
        raise EditError(f"{where}: {json.dumps(ref.text, ensure_ascii=False)} is not in the "
                        f"{name}{hint}")
    if ref.nth is None and len(occ) > 1:
        raise EditError(f"{where}: {json.dumps(ref.text, ensure_ascii=False)} occurs "
                        f"{len(occ)} times in the {name}: add #1 to #{len(occ)}")
    k = (ref.nth or 1) - 1
    if not 0 <= k < len(occ):
        raise EditError(f"{where}: #{ref.nth} but {json.dumps(ref.text)} occurs "
                        f"{len(occ)} times in the {name}")
    start = base + occ[k]
    return start, start + len(ref.text)


def block_spans(block: Block, rec: dict) -> list[dict]:
    """The block's numbers and links as spans of the line's text (ids assigned)."""
    text = rec["text"]
    spans: list[dict] = []
    link_ids: dict[tuple, str] = {}
    for i, num in enumerate(block.numbers, start=1):
        where = f"line {num.line}"
        a, b = resolve(num.ref, rec, where)
        metric = {"id": f"n{i}", "start": a, "end": b, "label": METRIC, "text": text[a:b],
                  "value": num.value, "unit": num.unit, "role": num.role,
                  "category": num.category}
        for k, label in LINKS.items():
            ref = num.links.get(k, block.links.get(k))
            if ref is None:
                metric[k] = None
                continue
            s, e = resolve(ref, rec, where)
            key = (s, e, label)
            if key not in link_ids:
                link_ids[key] = f"x{len(link_ids) + 1}"
                spans.append({"id": link_ids[key], "start": s, "end": e, "label": label,
                              "text": text[s:e]})
            metric[k] = link_ids[key]
        spans.append(metric)
    return assign_ids(spans)
