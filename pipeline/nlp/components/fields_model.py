"""Trained metric fields at run time: how a statement and one of its numbers are shown to the
models, and what the models say (measure, population and period spans, category, role).

The models are trained by `python -m pipeline.nlp.learn` (pipeline/nlp/learn/) on the
labels in data/metric_labels and saved as one spaCy pipeline (FIELDS_MODEL_DIR) with three
components, each called on its own input:

- `spans` (spancat): MEASURE / POPULATION / PERIOD spans of the statement for the one number
  it is shown. Which number is meant reaches the model through a feature of every token
  (its TAG, set by `position_tags`): where it stands relative to the number, so that the
  spans of "from 52.8% in 2013-14 to 57.6% by January 2015" differ per number.
- `category` and `role` (textcat, bag of words) read the strings `category_input` and
  `role_input` build.

A statement is the pipeline's sentence holding the number, preceded by its context and a
newline (`context_bounds`: the rule data/metric_labels/GUIDELINES.md section 7 gives the
labellers). Training imports this module, never the reverse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Ops, get_current_ops
from thinc.types import Ragged

from ..metrics.rules import keyword_pattern
from ..paths import SHIPPED_FIELDS_DIR
from ..resources import load_json
from .category_model import MARK_CLOSE, MARK_OPEN
from .span_scores import (
    embed,
    embedding_split,
    encode_embedded,
    encode_features,
    encoder_steps,
    scores_of,
    span_scores,
)

FIELDS_MODEL_DIR = SHIPPED_FIELDS_DIR
SPAN_LABELS = ("MEASURE", "POPULATION", "PERIOD")
FIELD_OF = {"MEASURE": "measure", "POPULATION": "population", "PERIOD": "period"}
SUGGESTER = "ofsted.metric_span_suggester.v1"
BULLET = "- "
WORD_RE = re.compile(r"[\w’'%£.,-]+|[^\w\s]")
# meta.json key of what the classifiers were trained to read ({"category_context": true})
INPUTS_KEY = "ofsted_inputs"
ROLE_WINDOW = 8  # words either side of a number that the role classifier reads by position


# --- the statement (the labelling tools read the same rule: data/metric_labels/tools) -----

def trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def is_sub_bullet(text: str, line_start: int) -> bool:
    rest = text[line_start + len(BULLET):line_start + len(BULLET) + 1]
    return text.startswith(BULLET, line_start) and (rest.islower() or rest.isdigit())


def context_bounds(text: str, starts: list[int], lo: int) -> tuple[int, int] | None:
    """What the sentence starting at `lo` may lean on: the previous sentence of its
    paragraph; for a sub-bullet ("- in primary schools is 9%"), the lead-in line ending
    with ":" above its run of sub-bullets; otherwise nothing. `starts`: sentence starts."""
    line_start = text.rfind("\n", 0, lo) + 1
    if text[line_start:lo].strip():
        i = bisect_right(starts, lo - 1) - 1
        prev = max(starts[i] if i >= 0 else line_start, line_start)
        a, b = trim(text, prev, lo)
        return (a, b) if b > a else None
    if not is_sub_bullet(text, line_start):
        return None
    end = line_start - 1
    for _ in range(40):  # a run of bullets is never this long; stop rather than wander
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].rstrip().endswith(":"):
            a, b = trim(text, start, end)
            return (a, b) if b > a else None
        if not is_sub_bullet(text, start):
            return None
        end = start - 1
    return None


@dataclass(frozen=True)
class Statement:
    """A sentence with its context: `text` is context + "\\n" + sentence (or the sentence),
    the sentence starting at `offset` in it and at `char_start` in the report's text."""

    text: str
    offset: int
    char_start: int

    @property
    def sentence(self) -> str:
        return self.text[self.offset:]

    def to_report(self, i: int) -> int:
        """A character offset of `text` as an offset in the report (negative: context)."""
        return self.char_start + i - self.offset if i >= self.offset else -1


def statement(text: str, starts: list[int], lo: int, hi: int) -> Statement:
    """The statement of the sentence text[lo:hi] (white space trimmed)."""
    lo, hi = trim(text, lo, hi)
    ctx = context_bounds(text, starts, lo)
    if ctx is None:
        return Statement(text[lo:hi], 0, lo)
    return Statement(text[ctx[0]:ctx[1]] + "\n" + text[lo:hi], ctx[1] - ctx[0] + 1, lo)


# --- features -------------------------------------------------------------------------------

# Distances in tokens from the number, in buckets: (top of the bucket, its name).
_BUCKET_TOPS = numpy.array([1, 2, 3, 5, 8, 12, 20])
_BUCKET_NAMES = ("1", "2", "3", "4-5", "6-8", "9-12", "13-20", "21+")
# Every tag position_tags gives, by code: 0 "M", 1 "O", 2-9 "B<bucket>", 10-17 "A<bucket>";
# the same codes plus 18 in the context ("C" prefix).
_POSITION_TAGS = ("M", "O", *("B" + b for b in _BUCKET_NAMES),
                  *("A" + b for b in _BUCKET_NAMES))
_POSITION_TAGS = _POSITION_TAGS + tuple("C" + t for t in _POSITION_TAGS)
_IN_CONTEXT = len(_POSITION_TAGS) // 2


def position_codes(start: numpy.ndarray, end: numpy.ndarray, offset: int,
                   target: tuple[int, int], others: Iterable[tuple[int, int]] = ()
                   ) -> numpy.ndarray:
    """Per token (its characters [start, end) in the statement), the code of its tag in
    _POSITION_TAGS (see position_tags)."""
    n = len(start)
    s, e = target
    hit = numpy.flatnonzero((start < e) & (end > s))
    # a number always covers a token; token 0 stands in should that ever fail
    first, last = (int(hit[0]), int(hit[-1])) if len(hit) else (0, 0)
    pos = numpy.arange(n)
    code = numpy.where(pos < first,
                       2 + numpy.searchsorted(_BUCKET_TOPS, first - pos, side="left"),
                       10 + numpy.searchsorted(_BUCKET_TOPS, pos - last, side="left"))
    for a, b in others:
        if (a, b) != (s, e):
            code[(start < b) & (end > a)] = 1
    code[first:last + 1] = 0
    code[start < offset] += _IN_CONTEXT
    return code


def tag_hashes(doc: Doc) -> numpy.ndarray:
    """The TAG value of each code of _POSITION_TAGS in the doc's vocabulary."""
    strings = doc.vocab.strings
    return numpy.array([strings.add(t) for t in _POSITION_TAGS], dtype=numpy.uint64)


def token_bounds(doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Each token's first character and the character after it."""
    arr = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
    return arr[:, 0], arr[:, 0] + arr[:, 1]


def position_tags(doc: Doc, offset: int, target: tuple[int, int],
                  others: Iterable[tuple[int, int]] = ()) -> Doc:
    """Set each token's TAG to where it stands relative to the target number (characters
    [start, end) of doc.text): "M" inside it, "B3" three tokens before, "A1" right after,
    "O" inside another number of the statement, with a "C" prefix in the context. Done on
    the doc's arrays: this runs once per number, and Token objects cost more than the
    model's own work here."""
    if len(doc) == 0:
        return doc
    code = position_codes(*token_bounds(doc), offset, target, others)
    doc.from_array([TAG], tag_hashes(doc)[code].reshape(-1, 1))
    return doc


def marked(text: str, offset: int, target: tuple[int, int]) -> str:
    """The sentence of a statement with its number bracketed (as category_model does)."""
    s, e = target
    return f"{text[offset:s]}{MARK_OPEN} {text[s:e]} {MARK_CLOSE}{text[e:]}"


@lru_cache(maxsize=1)
def _category_keywords() -> list[tuple[str, re.Pattern]]:
    """The taxonomy's keywords (categories.json), one pattern per category, for the
    category classifier's keyword features; read when first asked for, as the shipped
    classifier does not read them."""
    return [(c["key"], pat) for c in load_json("categories.json")["categories"]
            if (pat := keyword_pattern(c["keywords"])) is not None]


# Characters either side of a number within which a keyword is "near" it, and "in its
# clause" (the rules' category window is 300; these bands let the model weigh distance).
KEYWORD_NEAR, KEYWORD_CLAUSE = 40, 120


def _keyword_hits(text: str) -> list[str]:
    return [key for key, pat in _category_keywords() if pat.search(text)]


def category_keywords(text: str, offset: int, target: tuple[int, int], measure: str) -> str:
    """The categories whose keywords occur in the measure (`km_`), near the number
    (`k1_`), in its clause (`k2_`), in its sentence (`ks_`) and in the context (`kc_`):
    words of their own, so that a bag of words learns which keyword to trust where (the
    rules take the nearest, weighted by a fixed priority)."""
    s, e = target
    parts = [("km", measure),
             ("k1", text[max(offset, s - KEYWORD_NEAR):e + KEYWORD_NEAR]),
             ("k2", text[max(offset, s - KEYWORD_CLAUSE):e + KEYWORD_CLAUSE]),
             ("ks", text[offset:]), ("kc", text[:offset])]
    return " ".join(f"{tag}_{key}" for tag, part in parts if part
                    for key in _keyword_hits(part))


def category_input(text: str, offset: int, target: tuple[int, int], measure: str,
                   rules_category: str = "", context: bool = True,
                   keywords: bool = False) -> str:
    """What the category classifier reads: the rules' category (a word of its own, so the
    model learns where the rules are to be trusted), with `keywords` the taxonomy's
    keywords found around the number (category_keywords), the measure, the marked
    sentence, then the statement's context (what "this", "these children" stand for; on dev
    it took the classifier alone from 81.4% to 83.6%). `context`, `keywords`: False for a
    model trained before it was given them (its meta.json INPUTS_KEY says what it read)."""
    lead = text[:offset].strip() if context else ""
    found = category_keywords(text, offset, target, measure) if keywords else ""
    return (f"rc_{rules_category or 'none'} " + (f"{found} " if found else "")
            + f"{measure} {MARK_CLOSE}{MARK_CLOSE} {marked(text, offset, target)}"
            + (f" {MARK_CLOSE}{MARK_CLOSE} {lead}" if lead else ""))


def role_input(text: str, offset: int, target: tuple[int, int], rules_role: str = "") -> str:
    """What the role classifier reads: the rules' role, the words before and after the
    number in its sentence, each with its side and (for the nearest three) its distance,
    and the number as written with digits replaced by 9."""
    s, e = target
    before = WORD_RE.findall(text[offset:s].lower())[-ROLE_WINDOW:]
    after = WORD_RE.findall(text[e:].lower())[:ROLE_WINDOW]
    words = [f"b{len(before) - k if len(before) - k <= 3 else ''}_{w}"
             for k, w in enumerate(before)]
    words += [f"a{k + 1 if k < 3 else ''}_{w}" for k, w in enumerate(after)]
    number = re.sub(r"\d", "9", text[s:e].lower()).replace(" ", "_")
    return " ".join([f"r_{rules_role or 'none'}", f"n_{number}", *words])


# --- the span suggester ---------------------------------------------------------------------

@registry.misc(SUGGESTER)
def build_suggester(max_size: int, not_first: list[str], not_last: list[str]):
    """Every stretch of 1 to max_size tokens that does not cross a line (the context is a
    line of its own), does not start or end with punctuation or white space, and neither
    starts with a word of `not_first` nor ends with one of `not_last` (lower case): spans
    follow the labelling guidelines, which leave out articles, auxiliaries and prepositions
    at their ends (a period keeps its preposition, so `not_first` spares those). Spans
    holding another number of the statement are not left out: tried on dev, that lost more
    measures than it won periods."""
    first_stop = {hash_string(w) for w in not_first}
    last_stop = {hash_string(w) for w in not_last}
    widths = numpy.arange(max_size)

    def candidates(doc: Doc) -> numpy.ndarray:
        n = len(doc)
        if not n:
            return numpy.zeros((0, 2), dtype=int)
        arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, LOWER])
        edge = (arr[:, 1] == 0) & (arr[:, 2] == 0)
        lower = arr[:, 3].tolist()  # sets beat numpy.isin on a sentence's few tokens
        can_start = edge & numpy.fromiter((w not in first_stop for w in lower), bool, n)
        can_end = edge & numpy.fromiter((w not in last_stop for w in lower), bool, n)
        # the first line break at or after each token: no span reaches it (white space
        # and punctuation are the only tokens that can hold one)
        strings = doc.vocab.strings
        orth = arr[:, 0].tolist()
        after = numpy.full(n + 1, n)
        for k in numpy.flatnonzero(~edge).tolist():
            if "\n" in strings[orth[k]]:
                after[k] = k
        after = numpy.minimum.accumulate(after[::-1])[::-1]
        first = numpy.arange(n)[:, None]
        last = first + widths[None, :]
        inside = last < numpy.minimum(after[:n, None], n)
        ok = inside & can_start[:, None] & can_end[numpy.minimum(last, n - 1)]
        return numpy.stack([numpy.broadcast_to(first, last.shape)[ok], last[ok] + 1], axis=1)

    def suggest(docs: Iterable[Doc], *, ops: Ops | None = None) -> Ragged:
        ops = ops or get_current_ops()
        found: list[numpy.ndarray] = []
        # A statement's numbers come as copies of one doc, and the candidates depend on the
        # tokens' lexemes only (doc.text would join the tokens anew each time).
        seen: dict[bytes, numpy.ndarray] = {}
        for doc in docs:
            key = doc.to_array(ORTH).tobytes()
            if key not in seen:
                seen = {key: candidates(doc)}
            found.append(seen[key])
        lengths = [len(pairs) for pairs in found]
        spans = numpy.concatenate(found) if found else numpy.zeros((0, 2), dtype=int)
        data = ops.asarray2i(spans, dtype="i") if len(spans) else ops.alloc2i(0, 2)
        return Ragged(data, ops.asarray1i(lengths))

    return suggest


# --- prediction -----------------------------------------------------------------------------

# What a span of each label must hold (fields_words.json): a measure, a word that can name
# what is counted; a population, one that can name who; a period, one that says when.
_WORDS = load_json("fields_words.json")
_FRAME = frozenset(_WORDS["frame"])
_TIME = frozenset(_WORDS["time"])
_YEAR = re.compile(_WORDS["year"])
_KINDS = {"MEASURE": 0, "POPULATION": 1, "PERIOD": 2}  # columns of _word_kinds
_KINDS_BY_LEXEME: dict[int, tuple[bool, bool, bool]] = {}  # orth -> _word_kinds(word)


def _word_kinds(word: str) -> tuple[bool, bool, bool]:
    """Whether a word can name what is counted, can name who, and says when. Naming words
    hold a letter and are neither stop words ("at", "within", "there" name nothing) nor
    words of the sentence frame ("increase", "figure"); a measure's are no time words
    either ("year", "March")."""
    low = word.lower()
    who = any(c.isalpha() for c in word) and low not in STOP_WORDS and low not in _FRAME
    when = low in _TIME or _YEAR.search(word) is not None
    return who and low not in _TIME, who, when


def _span_kinds(doc: Doc, idx) -> numpy.ndarray:
    """Per candidate span ([start, end) token rows of idx), per column of _KINDS, whether
    one of its tokens is of that kind (_word_kinds)."""
    strings = doc.vocab.strings
    kinds = []
    for orth in doc.to_array(ORTH).tolist():
        got = _KINDS_BY_LEXEME.get(orth)
        if got is None:
            got = _KINDS_BY_LEXEME[orth] = _word_kinds(strings[orth])
        kinds.append(got)
    counts = numpy.cumsum(numpy.array(kinds, dtype=numpy.int64).reshape(-1, len(_KINDS)),
                          axis=0)
    before = numpy.vstack([numpy.zeros((1, len(_KINDS)), dtype=numpy.int64), counts])
    starts, ends = numpy.asarray(idx[:, 0]), numpy.asarray(idx[:, 1])
    return (before[ends] - before[starts]) > 0


# A measure holding another number of the statement runs into that number's clause ("attend
# 84 different schools" for the 90% of "..., the vast majority of which (90%) are good or
# better"): not taken when fields_words.json "measure" says not_across_numbers.
_NOT_ACROSS_NUMBERS = bool(_WORDS.get("measure", {}).get("not_across_numbers", False))

# A measure that only repeats the number's population ("care leavers" for the 97% of "The
# local authority is in touch with 97% of care leavers") names who is counted, not what is
# said of them (GUIDELINES.md section 7: the population is the group, the measure the
# condition). Written after the number, the condition is the clause before it ("in touch
# with"): fields_words.json "measure" population_only says where that clause starts (after
# one of `marks` or `breaks`, or another number) and which words at its end qualify the
# number rather than name anything (`edge_words`: "all but", "some", "up to").
_POPULATION_ONLY = _WORDS.get("measure", {}).get("population_only")
_POP = _POPULATION_ONLY or {}  # its settings, empty where the rule is off
_CLAUSE_BREAKS = frozenset(_POP.get("breaks", ()))
_CLAUSE_MARKS = frozenset(_POP.get("marks", ()))
_EDGE_WORDS = frozenset(_POP.get("edge_words", ()))
_HAVING_WORDS = frozenset(_POP.get("having_words", ()))
# "a team of eight social workers", "the current cohort of 104 children", "a group of 30
# children": the noun before "of" gathers or measures the people counted, it is no
# condition said of them (of_words at the clause's end)
_OF_WORDS = frozenset(_POP.get("of_words", ()))
# stop words that keep their place at the clause's start ("not in touch with": the sense)
# and at its end ("in touch with", "responsible for", "looked after": GUIDELINES.md section 7
# keeps a condition's preposition)
_KEEP_FIRST = frozenset(_POP.get("keep_first", ()))
_KEEP_LAST = frozenset(_POP.get("keep_last", ()))
# Only for counts and shares (a duration's "days to complete", a rank's "most deprived area"
# follow their number as its unit), of the authority's own figures (a reference figure's
# measure is the one it is compared with, often in the context: "the national rate of 9.8%
# for looked after children"), and only a clause of at most max_words words (a longer one
# runs back to the sentence's subject: "considerable collaborative work with 23 agencies ...
# has led to the exceptionally high shortfall of").
_CLAUSE_UNITS = frozenset(_POP.get("units", ()))
_REFERENCE_ROLES = frozenset(_POP.get("reference_roles", ()))
_CLAUSE_MAX_WORDS = int(_POP.get("max_words", 0))
# a rank ("the 49th most deprived area") is a count by its unit, but what follows it is
# what it ranks, its measure
_RANK = re.compile(_POP.get("rank", "(?!)"))
# a year as one token ("2013–14"), words, and marks
_CLAUSE_TOKEN = re.compile(r"\d+(?:[–/-]\d+)*|[\w’'-]+|[^\w\s]")


# A period of words of the present alone ("currently", "recently") often dates the
# sentence's verb, not the figure ("caseloads have reduced recently and ... at an average of
# 18"): such a span is a period only with a score of at least fields_words.json "period"
# present_floor (present_words: the words; stop words around them are allowed).
_PERIOD = _WORDS.get("period", {})
_PRESENT = frozenset(_PERIOD.get("present_words", ()))
_PRESENT_FLOOR = float(_PERIOD.get("present_floor", 0.0))
_PRESENT_BY_LEXEME: dict[int, tuple[bool, bool]] = {}  # orth -> (present word, stop word)


def _present_only(doc: Doc, idx) -> numpy.ndarray | None:
    """Per candidate span ([start, end) token rows of idx), whether its words are words of
    the present (_PRESENT) and stop words only, with one of the present; None when no
    floor applies."""
    if not _PRESENT or _PRESENT_FLOOR <= 0:
        return None
    strings = doc.vocab.strings
    rows = []
    for orth in doc.to_array(ORTH).tolist():
        got = _PRESENT_BY_LEXEME.get(orth)
        if got is None:
            low = strings[orth].lower()
            got = _PRESENT_BY_LEXEME[orth] = (low in _PRESENT,
                                              low in STOP_WORDS and low not in _PRESENT)
        rows.append(got)
    flags = numpy.array(rows, dtype=numpy.int64).reshape(-1, 2)
    before = numpy.vstack([numpy.zeros((1, 2), dtype=numpy.int64), numpy.cumsum(flags, axis=0)])
    starts, ends = numpy.asarray(idx[:, 0]), numpy.asarray(idx[:, 1])
    present = before[ends, 0] - before[starts, 0]
    stop = before[ends, 1] - before[starts, 1]
    return (present > 0) & (present + stop == ends - starts)


def _other_number_tokens(doc: Doc) -> numpy.ndarray:
    """Per token of a doc from span_doc, whether it is inside another number of the
    statement (its position tag "O" or "CO")."""
    tags = doc.to_array([TAG]).reshape(-1)
    return numpy.isin(tags, tag_hashes(doc)[[1, 1 + _IN_CONTEXT]])


def _across_numbers(other: numpy.ndarray, idx) -> numpy.ndarray:
    """Per candidate span ([start, end) rows of idx), whether it holds a token of `other`."""
    before = numpy.concatenate([[0], numpy.cumsum(other.astype(numpy.int64))])
    starts, ends = numpy.asarray(idx[:, 0]), numpy.asarray(idx[:, 1])
    return (before[ends] - before[starts]) > 0


@dataclass
class _Shown:
    """A statement's tokens as the span model reads them, shared by its numbers: the Doc,
    each token's character bounds, its feature rows (the position column to be filled),
    the candidate spans, their kinds (_span_kinds), the TAG value of each position code
    and (when the encoder can be cut there, embedding_split) the embeddings of its
    feature rows, the position's columns to be filled in; the arrays are None when the
    model cannot be fed features directly."""

    doc: Doc
    start: numpy.ndarray | None = None
    end: numpy.ndarray | None = None
    features: numpy.ndarray | None = None
    cands: numpy.ndarray | None = None
    kinds: numpy.ndarray | None = None
    tags: numpy.ndarray | None = None
    embedded: numpy.ndarray | None = None
    present: numpy.ndarray | None = None


@dataclass
class FieldsModel:
    nlp: Language
    thresholds: dict[str, float]
    # (the position tags' values, their embeddings): the same for every statement
    _tags_embedded: tuple[bytes, numpy.ndarray] | None = None

    @classmethod
    def load(cls, path: Path = FIELDS_MODEL_DIR) -> FieldsModel:
        import spacy

        nlp = spacy.load(path)
        meta = nlp.meta.get("ofsted", {})
        return cls(nlp, {k: float(v) for k, v in meta.get("thresholds", {}).items()})

    @property
    def category_context(self) -> bool:
        """Whether the category classifier was trained with the statement's context."""
        return bool(self.nlp.meta.get(INPUTS_KEY, {}).get("category_context", False))

    @property
    def category_keywords(self) -> bool:
        """Whether the category classifier was trained with the keyword features."""
        return bool(self.nlp.meta.get(INPUTS_KEY, {}).get("category_keywords", False))

    @property
    def shipped(self) -> dict[str, str]:
        """Per field, "rules" or "model", as chosen on the dev split when training."""
        return dict(self.nlp.meta.get("ofsted", {}).get("shipped", {}))

    def span_doc(self, st: Statement, target: tuple[int, int],
                 others: Iterable[tuple[int, int]] = (), tokens: Doc | None = None) -> Doc:
        """The statement's tokens (a copy of `tokens` when given: a statement's numbers
        share one tokenization) with their position relative to the target number."""
        doc = tokens.copy() if tokens is not None else self.nlp.make_doc(st.text)
        return position_tags(doc, st.offset, target, others)

    def spans(self, docs: list[Doc]) -> list[dict[str, tuple[tuple[int, int] | None, float]]]:
        """Per doc (from span_doc), per label: the best-scoring span (character offsets in
        the statement; None when there is no candidate) and its score."""
        spancat = self.nlp.get_pipe("spans")
        indices, scores = span_scores(spancat, docs)
        labels = tuple(spancat.labels)
        out = []
        pos = 0
        for doc, n in zip(docs, indices.lengths.tolist(), strict=True):
            idx = indices.dataXd[pos:pos + n]
            out.append(self._best(labels, doc, idx, scores[pos:pos + n],
                                  _span_kinds(doc, idx) if n else None,
                                  _across_numbers(_other_number_tokens(doc), idx)
                                  if n else None,
                                  _present_only(doc, idx) if n else None))
            pos += n
        return out

    def _best(self, labels: tuple[str, ...], doc: Doc, idx, sc: numpy.ndarray,
              kinds: numpy.ndarray | None, across: numpy.ndarray | None = None,
              present: numpy.ndarray | None = None
              ) -> dict[str, tuple[tuple[int, int] | None, float]]:
        """Per label (the span model's `labels`, the columns of `sc`), the best of a doc's
        candidate spans `idx` by their scores `sc`, among those of its kind (`kinds`, from
        _span_kinds; None when there is no candidate); with _NOT_ACROSS_NUMBERS, a measure
        among those that hold no other number of the statement (`across`, per candidate;
        None when not known); a period of words of the present alone (`present`, from
        _present_only) only when it scores at least _PRESENT_FLOOR."""
        found: dict[str, tuple[tuple[int, int] | None, float]] = {}
        # A measure or a population names something, a period says when: a span
        # without such a word (a figure, "52.8", or stop words, "at 31", as a measure;
        # "in Oldham" as a period) is never one.
        for li, label in enumerate(labels):
            if kinds is None:
                found[label] = (None, 0.0)
                continue
            column = sc[:, li]
            if label in _KINDS:
                fits = kinds[:, _KINDS[label]]
                if label == "MEASURE" and _NOT_ACROSS_NUMBERS and across is not None:
                    fits = fits & ~across
                if label == "PERIOD" and present is not None:
                    fits = fits & ~(present & (column < _PRESENT_FLOOR))
                if not fits.any():
                    found[label] = (None, 0.0)
                    continue
                column = column * fits - (~fits)  # such spans score below any other
            k = int(column.argmax())
            a, b = int(idx[k][0]), int(idx[k][1])
            found[label] = ((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])),
                            float(sc[k, li]))
        return found

    def _classify(self, pipe: str, texts: list[str]) -> list[tuple[str, float]]:
        """Per text, the classifier's label and its probability."""
        textcat = self.nlp.get_pipe(pipe)
        docs = [self.nlp.make_doc(t) for t in texts]
        out = []
        for doc in textcat.pipe(docs):
            cats = doc.cats
            best = max(sorted(cats), key=lambda k: cats[k]) if cats else ""
            out.append((best, float(cats[best]) if cats else 0.0))
        return out

    def categories(self, texts: list[str]) -> list[tuple[str, float]]:
        return self._classify("category", texts)

    def roles(self, texts: list[str]) -> list[tuple[str, float]]:
        return self._classify("role", texts)

    def predict(self, st: Statement, targets: list[tuple[int, int]],
                rules: list[dict] | None = None) -> list[dict[str, str]]:
        """The fields of each number (character offsets in st.text) of one statement:
        measure, population, period (their text, "" when none), category and role."""
        return self.predict_many([(st, targets)], rules=[rules] if rules is not None
                                 else None)[0]

    def predict_many(self, items: list[tuple[Statement, list[tuple[int, int]]]],
                     batch: int = 128, tick: Callable[[], None] | None = None,
                     rules: list[list[dict]] | None = None) -> list[list[dict[str, str]]]:
        """predict() for many statements, the models called on batches across them;
        `rules`: per statement, per number, the rules' fields (the classifiers read their
        category and role); `tick` is called before each batch (the deadline check)."""
        jobs = [(st, t, targets) for st, targets in items for t in targets]
        ruled = ([r for group in rules for r in group] if rules is not None
                 else [{} for _ in jobs])
        rows = self.fields_of(jobs, self.span_texts(jobs, batch, tick), ruled)
        out, k = [], 0
        for _st, targets in items:
            out.append(rows[k:k + len(targets)])
            k += len(targets)
        return out

    def span_texts(self, jobs: list[tuple[Statement, tuple[int, int], list[tuple[int, int]]]],
                   batch: int = 128, tick: Callable[[], None] | None = None
                   ) -> list[dict[str, tuple[str, float]]]:
        """Per (statement, number, the statement's numbers): per span field, the text of
        the best span ("" when there is no candidate) and its score, whatever the
        threshold. A statement's numbers share one tokenization, and (with a tok2vec that
        reads token attributes) its features, candidate spans and their kinds: only the
        position feature and what follows from it is made per number."""
        out: list[dict[str, tuple[str, float]]] = []
        shown: dict[Statement, _Shown] = {}  # the statement of the numbers in hand
        steps = encoder_steps(self.nlp.get_pipe("spans"))
        for i in range(0, len(jobs), batch):
            if tick is not None:
                tick()
            part = jobs[i:i + batch]
            pairs = []
            for st, _t, _ts in part:
                if st not in shown:
                    shown = {st: self._shown(st, steps)}
                pairs.append(shown[st])
            if steps is not None and all(len(p.doc) for p in pairs):
                found = self._spans_from_features(steps, pairs, part)
            else:
                found = self.spans([self.span_doc(st, t, ts, p.doc)
                                    for (st, t, ts), p in zip(part, pairs, strict=True)])
            for (st, _t, _ts), f in zip(part, found, strict=True):
                out.append({FIELD_OF[label]: (st.text[v[0]:v[1]] if v else "", score)
                            for label, (v, score) in f.items()})
        return out

    def _shown(self, st: Statement, steps: tuple[list, list] | None) -> _Shown:
        doc = self.nlp.make_doc(st.text)
        spancat = self.nlp.get_pipe("spans")
        if steps is None or not len(doc):
            return _Shown(doc)
        columns = steps[0]
        # the position column is filled in per number; the rest is the statement's
        features = doc.to_array(columns).reshape(len(doc), len(columns)).astype(numpy.uint64)
        cands = numpy.asarray(spancat.suggester([doc], ops=spancat.model.ops).dataXd)
        kinds = _span_kinds(doc, cands) if len(cands) else None
        if kinds is not None:
            # a span of no label's kind is never chosen (_best): not worth scoring
            fit = kinds.any(axis=1)
            cands, kinds = cands[fit], kinds[fit]
        return _Shown(doc, *token_bounds(doc), features, cands,
                      kinds if len(cands) else None, tag_hashes(doc),
                      present=_present_only(doc, cands) if len(cands) else None)

    def _split(self, steps: tuple[list, list]) -> tuple[list, list, slice] | None:
        return embedding_split(steps[1], steps[0], "TAG")

    def _embed_statements(self, steps: tuple[list, list], split: tuple[list, list, slice],
                          shown: list[_Shown]) -> None:
        """Set the `embedded` of those statements that lack it: their feature rows embedded
        in one call, the position column holding a placeholder (replaced per number)."""
        todo = list({id(p): p for p in shown if p.embedded is None}.values())
        if not todo:
            return
        column = steps[0].index("TAG")
        rows = []
        for p in todo:
            f = p.features.copy()
            f[:, column] = p.tags[0]
            rows.append(f)
        table = embed(split[0], rows)
        pos = 0
        for p in todo:
            p.embedded = table[pos:pos + len(p.features)]
            pos += len(p.features)

    def _tag_table(self, split: tuple[list, list, slice], p: _Shown) -> numpy.ndarray:
        """The position feature's embedding of each position code (rows of
        _POSITION_TAGS), made once."""
        key = p.tags.tobytes()
        if self._tags_embedded is None or self._tags_embedded[0] != key:
            every = numpy.repeat(p.tags[:, None], p.features.shape[1], axis=1)
            self._tags_embedded = (key, embed(split[0], [every])[:, split[2]])
        return self._tags_embedded[1]

    def _spans_from_features(self, steps: tuple[list, list], shown: list[_Shown],
                             jobs: list[tuple[Statement, tuple[int, int],
                                              list[tuple[int, int]]]]
                             ) -> list[dict[str, tuple[tuple[int, int] | None, float]]]:
        """spans() of the jobs' numbers, from their statements' tokens (`shown`) without a
        Doc per number: the same features, candidates and scores."""
        spancat = self.nlp.get_pipe("spans")
        ops = spancat.model.ops
        column = steps[0].index("TAG")
        split = self._split(steps)
        if split is not None:
            self._embed_statements(steps, split, shown)
        features, others = [], []
        for p, (st, t, ts) in zip(shown, jobs, strict=True):
            code = position_codes(p.start, p.end, st.offset, t, ts)
            others.append(code % _IN_CONTEXT == 1)  # inside another number ("O", "CO")
            if split is not None and p.embedded is not None:
                # the statement's embeddings, with the position's columns for this number
                e = p.embedded.copy()
                e[:, split[2]] = self._tag_table(split, p)[code]
                features.append(e)
                continue
            f = p.features.copy()
            f[:, column] = p.tags[code]
            features.append(ops.asarray2i(f, dtype="uint64"))
        labels = tuple(spancat.labels)
        lengths = [len(p.cands) for p in shown]
        if not sum(lengths):
            return [self._best(labels, p.doc, p.cands, numpy.zeros((0, 0)), None)
                    for p in shown]
        indices = Ragged(ops.asarray2i(numpy.concatenate([p.cands for p in shown]),
                                       dtype="i"), ops.asarray1i(lengths))
        if split is not None:
            vectors = encode_embedded(split[1], features, ops)
        else:
            vectors = encode_features(steps[1], features)
        scores = scores_of(spancat, indices, vectors)
        out, pos = [], 0
        for p, n, other in zip(shown, lengths, others, strict=True):
            out.append(self._best(labels, p.doc, p.cands, scores[pos:pos + n],
                                  p.kinds if n else None,
                                  _across_numbers(other, p.cands) if n else None,
                                  p.present if n else None))
            pos += n
        return out

    def fields_of(self, jobs: list[tuple[Statement, tuple[int, int], list[tuple[int, int]]]],
                  cands: list[dict[str, tuple[str, float]]], ruled: list[dict]) -> list[dict]:
        """The model's fields of each job from its best spans (span_texts) and the rules'
        fields (`ruled`, whose category and role the classifiers read): each field, and for
        the mixed ways (`decide`) its best answer and score, even below a threshold."""
        rows = []
        for c, (st, target, others), rr in zip(cands, jobs, ruled, strict=True):
            row: dict = {}
            for field, (best, score) in c.items():
                # below its threshold the model says "no span"
                row[field] = best if score >= self.thresholds.get(field, 0.5) else ""
                ruled_period = (rr.get(field) or "") if field == "period" else ""
                if ruled_period and ruled_period not in row[field] and \
                        written_beside(ruled_period, st, target, others):
                    # the rules' period of the number, written beside it, is its own
                    row[field] = best = ruled_period
                    score = 1.0
                here = st.text
                if field == "period" and _PREVIOUS_NOT_FROM_CONTEXT and \
                        rr.get("role") == PREVIOUS:
                    # the context's point in time dates the figure this previous one is
                    # compared with: it is none of the model's, nor the rules' period in
                    # MODEL_THEN_RULES
                    if point_from_context(row[field], st):
                        row[field] = ""
                    if point_from_context(best, st):
                        best = ""
                    if point_from_context(ruled_period, st):
                        here = st.sentence
                if field == "period" and rr.get("role") in _NOT_PRESENT_ROLES:
                    # "currently", "now" date the authority's own figure as it stands, not
                    # a target, a reference group's figure or an earlier one ("currently
                    # only 32% ... against a target of 40%"): none of the model's, nor the
                    # rules' in MODEL_THEN_RULES
                    if present_only(row[field]):
                        row[field] = ""
                    if present_only(best):
                        best = ""
                    if present_only(ruled_period):
                        here = ""
                row[field + BEST], row[field + SCORE] = best, score
                # for MODEL_THEN_RULES: may the rules' span stand in for no span?
                row[field + RULED_HERE] = written_in(rr.get(field) or "", here)
            instead = measure_of_population_only(row.get("measure", ""),
                                                 row.get("population", ""), st, target,
                                                 others, rr)
            if instead is not None:
                row["measure"] = row["measure" + BEST] = instead
            rows.append(row)
        # read once: Language.meta is not a plain field
        context, keywords = self.category_context, self.category_keywords
        cats = self.categories([category_input(st.text, st.offset, t, r["measure"],
                                               rr.get("category") or "", context,
                                               keywords)
                                for (st, t, _ts), r, rr in zip(jobs, rows, ruled, strict=True)])
        roles = self.roles([role_input(st.text, st.offset, t, rr.get("role") or "")
                            for (st, t, _ts), rr in zip(jobs, ruled, strict=True)])
        for row, (c, cs), (r, rs) in zip(rows, cats, roles, strict=True):
            row["category"], row["category" + SCORE] = c, cs
            row["role"], row["role" + SCORE] = r, rs
            row["category" + BEST], row["role" + BEST] = c, r
        return rows


# How a field is decided (meta.json `ofsted.shipped`, chosen on dev): "rules", "model",
# "rules_then_model" (the model only where the rules have no category),
# "model_then_rules" (a span field: the rules' span where the model has none, if it is
# written in the statement the model reads, its sentence or context), or "mix:T": the
# model's best answer where its score is at least T, else the rules'.
RULES, MODEL, FALLBACK, MIX = "rules", "model", "rules_then_model", "mix:"
MODEL_THEN_RULES = "model_then_rules"
BEST, SCORE, RULED_HERE = "_best", "_score", "_ruled_here"


def _word_char(c: str) -> bool:
    """Whether a character is one the regex class \\w matches (Unicode: alphanumeric or _)."""
    return c.isalnum() or c == "_"


def written_in(span: str, text: str) -> bool:
    """Is `span` a stretch of `text` on word boundaries (a span the rules took from the
    statement the model reads, not one they built or took from further away)?

    What re.search(r"(?<!\\w)" + re.escape(span) + r"(?!\\w)", text) says, found with
    str.find: that pattern, new for each span, was compiled anew each time (re's cache is
    too small for a report's spans) and cost more than the rest of the fields' rows."""
    if not span:
        return False
    n, i = len(span), text.find(span)
    while i >= 0:
        if (i == 0 or not _word_char(text[i - 1])) and \
                (i + n == len(text) or not _word_char(text[i + n])):
            return True
        i = text.find(span, i + 1)
    return False


# The rules' period of a number written beside it in its sentence: at most this many
# characters from it (fields_words.json "period" rules_beside; 0: never), no other number of
# the statement between. There it is the number's own ("17 out of 26 in June 2015 (65%)",
# "three of which are now completed"), and the model's answer, often a period of another
# figure or clause, gives way to it.
_RULES_BESIDE = int(_PERIOD.get("rules_beside", 0))
# A previous figure ("This is a reduction from 916 at ...", "from 96% in Year 7") is compared
# with the figure the context dates: the context's period is that figure's, not the previous
# one's (train's labels: none of 297 previous figures takes its period from the context).
# fields_words.json "period" previous_not_from_context.
_PREVIOUS_NOT_FROM_CONTEXT = bool(_PERIOD.get("previous_not_from_context", False))
# ... when that period is a point in time ("At 31 May 2015", "by January 2015": its first word
# one of point_words): a stretch of time ("in the same period", "during 2014-15") frames a
# change from the previous figure to the next, and is both figures' period.
_POINT_WORDS = frozenset(_PERIOD.get("point_words", ()))
PREVIOUS = "previous"
# Roles whose figures take no period of words of the present alone ("currently", "now"):
# such words say when the authority's own figure stands, and the labels give none to a
# target, a reference group's or an earlier figure (train: 1 of 640). fields_words.json
# "period" not_present: its roles, and the words it reads besides present_words.
_NOT_PRESENT = _PERIOD.get("not_present", {})
_NOT_PRESENT_ROLES = frozenset(_NOT_PRESENT.get("roles", ()))
_NOT_PRESENT_WORDS = _PRESENT | frozenset(_NOT_PRESENT.get("words", ()))
# A period written before the number but right after another one ("from 380 at 31 March
# 2014 to 435"): within this many characters of that number's end, it is that number's.
FOLLOWS_NUMBER = 3


def _present_words_only(span: str) -> bool:
    """Is a period made of words of the present (_PRESENT) and stop words only ("the
    current")? Such a period is held to a floor score (_present_only), and is not taken from
    the rules as the number's own."""
    words = [w.lower() for w in re.findall(r"[\w’']+", span)]
    return any(w in _PRESENT for w in words) and \
        all(w in _PRESENT or w in STOP_WORDS for w in words)


def written_beside(span: str, st: Statement, target: tuple[int, int],
                   others: Iterable[tuple[int, int]], gap: int | None = None) -> bool:
    """Is `span` written in the statement's sentence (on word boundaries) within `gap`
    characters (default _RULES_BESIDE) before or after the target number, with no other
    number (`others`, character offsets in st.text) between them? Never for a period of
    words of the present alone (_present_words_only), nor for one before the number that
    follows another number (FOLLOWS_NUMBER: "from 380 at 31 March 2014 to 435")."""
    gap = _RULES_BESIDE if gap is None else gap
    if not span or gap <= 0 or _present_words_only(span):
        return False
    text, (s, e) = st.text, target
    starts = [a for a, b in others if (a, b) != (s, e)]
    ends = [b for a, b in others if (a, b) != (s, e)]
    n, i = len(span), text.find(span, st.offset)
    while i >= 0:
        j = i + n
        if (i == 0 or not _word_char(text[i - 1])) and \
                (j == len(text) or not _word_char(text[j])):
            if e <= i <= e + gap and not any(e <= a < i for a in starts):
                return True
            if s - gap <= j <= s and not any(j <= a < s for a in starts) and \
                    not any(i - FOLLOWS_NUMBER <= b <= i for b in ends):
                return True
        i = text.find(span, i + 1)
    return False


def present_only(span: str) -> bool:
    """Is a period made of words of the present (_NOT_PRESENT_WORDS: present_words and
    "now") and stop words only ("currently", "now", "the current")?"""
    words = [w.lower() for w in re.findall(r"[\w’']+", span)]
    return any(w in _NOT_PRESENT_WORDS for w in words) and \
        all(w in _NOT_PRESENT_WORDS or w in STOP_WORDS for w in words)


def _naming_words(span: str, column: int) -> set[str]:
    """The words of a span that can name something (_word_kinds column 0: what is
    counted; 1: who), lower case."""
    return {w.lower() for w in re.findall(r"[\w’'-]+", span) if _word_kinds(w)[column]}


def repeats_population(measure: str, population: str) -> bool:
    """Does the measure name nothing but (some of) the population's words ("care leavers"
    against "care leavers", "in secondary schools" against "secondary schools")?"""
    words = _naming_words(measure, 1)
    return bool(words) and bool(population) and words <= _naming_words(population, 1)


def clause_before(st: Statement, target: tuple[int, int],
                  others: Iterable[tuple[int, int]] = ()) -> str:
    """The clause of the sentence that leads up to the number: from the last break (a mark,
    a word of _CLAUSE_BREAKS or of time, a year, another number) before it to the number,
    without the stop words at its start (but _KEEP_FIRST) and the words that qualify the
    number at its end (_EDGE_WORDS: "all but", "some", "up to"; stop words but _KEEP_LAST);
    "" when it names nothing (_word_kinds) or ends with a verb of having or being
    (_HAVING_WORDS: what is had is what is counted)."""
    s = target[0]
    lo = st.offset
    for a, b in others:
        if (a, b) != tuple(target) and lo <= a and b <= s:
            lo = max(lo, b)  # another number's clause: this one starts after it
    toks = list(_CLAUSE_TOKEN.finditer(st.text, lo, s))
    start = 0
    for k, m in enumerate(toks):
        w = m.group()
        # a word of time ("currently", "last year") says when, not what: the condition
        # follows it ("is currently supporting" -> "supporting")
        if w in _CLAUSE_MARKS or w.lower() in _CLAUSE_BREAKS or w.lower() in _TIME or \
                _YEAR.search(w):
            start = k + 1
    words = [m.group().lower() for m in toks[start:]]
    toks = toks[start:]
    while toks and ((words[0] in STOP_WORDS and words[0] not in _KEEP_FIRST) or
                    not any(c.isalnum() for c in words[0])):
        toks, words = toks[1:], words[1:]  # "The", a bullet's dash or a quote
    # words that qualify the number or its noun ("all but", "some", "up to", "all of the")
    while words and (words[-1] in _EDGE_WORDS or
                     (words[-1] == "of" and len(words) > 1 and words[-2] in _EDGE_WORDS)):
        toks, words = toks[:-1], words[:-1]
    if words and words[-1] in _OF_WORDS:
        return ""
    verb = [w for w in words if w not in _KEEP_LAST]
    if verb and verb[-1] in _HAVING_WORDS:
        # "The board has 69 members", "There are 273 foster carers", "These include five
        # children looked after", "this accounted for 45%": what is had, is there or is a
        # part is what is counted; no condition is said of them
        return ""
    while words and words[-1] in STOP_WORDS and words[-1] not in _KEEP_LAST:
        toks, words = toks[:-1], words[:-1]
    if not toks or not any(_word_kinds(m.group())[0] for m in toks) or \
            sum(1 for w in words if any(c.isalnum() for c in w)) > _CLAUSE_MAX_WORDS or \
            any(w in _FRAME for w in words):
        return ""  # nothing named, a far subject, or a change told ("an increase from")
    return st.text[toks[0].start():toks[-1].end()]


def measure_of_population_only(measure: str, population: str, st: Statement,
                               target: tuple[int, int],
                               others: Iterable[tuple[int, int]] = (),
                               ruled: dict | None = None) -> str | None:
    """The measure to give instead of one that only repeats the population written after
    the number (repeats_population; "The local authority is in touch with 97% of care
    leavers": "in touch with", not "care leavers"); None to keep the model's. Only for a
    count or a share (_CLAUSE_UNITS) that is no reference figure (_REFERENCE_ROLES), by the
    rules' unit and role (`ruled`; not known: taken as such)."""
    if _POPULATION_ONLY is None or not measure or not repeats_population(measure, population):
        return None
    ruled = ruled or {}
    s, e = target
    if (ruled.get("unit") or "count") not in _CLAUSE_UNITS or \
            ruled.get("role") in _REFERENCE_ROLES or _RANK.search(st.text[s:e]):
        return None
    if not written_in(measure, st.text[e:]) or written_in(measure, st.text[:s]):
        return None  # not (only) after the number: a subject or the context
    return clause_before(st, target, others) or None


def point_from_context(span: str, st: Statement) -> bool:
    """Is `span` a point in time (its first word of _POINT_WORDS) written in the statement's
    context and not in its sentence (from_context_only)?"""
    first = re.match(r"[\w’']+", span.strip())
    return first is not None and first.group().lower() in _POINT_WORDS and \
        from_context_only(span, st)


def from_context_only(span: str, st: Statement) -> bool:
    """Is `span` written in the statement's context and not in its sentence?"""
    return bool(span) and st.offset > 0 and not written_in(span, st.sentence) and \
        written_in(span, st.text[:st.offset])


def decide(way: str, field: str, ruled: str, pred: dict) -> str:
    """A field's value from the rules' answer and the model's prediction (predict())."""
    if way == MODEL:
        return pred[field]
    if way == FALLBACK:
        return ruled if ruled and ruled != "other" else pred[field]
    if way == MODEL_THEN_RULES:
        return pred[field] or (ruled if pred.get(field + RULED_HERE) else "")
    if way.startswith(MIX):
        return pred[field + BEST] if pred[field + SCORE] >= float(way[len(MIX):]) else ruled
    return ruled


# Labelled statements (context and sentence) run to 783 characters, 480 for 99 in 100; a
# longer one is a table or a dump read as one line. There each number is shown with a
# window of text either side only, so the models' work grows with the text, not with the
# square of a line's length.
MAX_STATEMENT = 1000
NUMBER_WINDOW = 300


def apply_fields_model(model: FieldsModel, text: str, starts: list[int],
                       metrics: list[tuple[int, int, dict]],
                       tick: Callable[[], None] | None = None) -> None:
    """Replace, in place, the fields of the rules' metrics for which training chose the
    model (its `shipped`): `metrics` holds (char_start, char_end, fields) in the report's
    text, `starts` the sentence starts. A sentence's numbers are shown to the model
    together, each marked in turn; each field is then decided as `decide` says."""
    use = {f: w for f, w in model.shipped.items() if w != RULES}
    if not use or not metrics:
        return
    by_sentence: dict[tuple[int, int], list[tuple[int, int, dict]]] = {}
    for s, e, fields in metrics:
        i = max(bisect_right(starts, s) - 1, 0)
        lo = starts[i] if starts else 0
        hi = starts[i + 1] if i + 1 < len(starts) else len(text)
        by_sentence.setdefault((lo, hi), []).append((s, e, fields))
    items, groups = [], []
    for (lo, hi), group in by_sentence.items():
        st = statement(text, starts, lo, hi)
        if len(st.text) <= MAX_STATEMENT:
            shift = st.offset - st.char_start
            items.append((st, [(s + shift, e + shift) for s, e, _f in group]))
            groups.append(group)
            continue
        for s, e, f in group:  # a table or dump read as one line: a window per number
            a, b = trim(text, max(lo, s - NUMBER_WINDOW), min(hi, e + NUMBER_WINDOW))
            items.append((Statement(text[a:b], 0, a), [(s - a, e - a)]))
            groups.append([(s, e, f)])
    rules = [[dict(f) for _s, _e, f in group] for group in groups]
    for group, preds in zip(groups, model.predict_many(items, tick=tick, rules=rules),
                            strict=True):
        for (_s, _e, fields), pred in zip(group, preds, strict=True):
            for f, way in use.items():
                fields[f] = decide(way, f, fields.get(f) or "", pred)
