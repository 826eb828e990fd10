"""A lean tokenizer for normalised report text, registered so saved pipelines rebuild it.

spaCy's English tokenizer rules (hundreds of prefix, suffix, infix and exception
searches per chunk) cost more than reading the PDF. Our components read the text with
rules of their own and use tokens only to anchor spans and sentence boundaries, so
spaCy's own `Tokenizer` runs here with a handful of patterns kept as data in
resources/tokenizer.json: split opening and closing punctuation, keep numbers such as
`2,000` and `52.5` and words such as `children's` whole. The Cython tokenizer caches
every chunk it has seen, which is most of a report's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .resources import load_json

RULES_FILE = "tokenizer.json"


def _compile(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


class ReportTokenizer:
    """spaCy's Tokenizer with our patterns, which also keeps the text it was given
    (spaCy rebuilds doc.text token by token on each access)."""

    def __init__(self, vocab: Vocab) -> None:
        rules = load_json(RULES_FILE)
        prefix, suffix, infix = (_compile(rules[k]) for k in ("prefix", "suffix", "infix"))
        self.inner = Tokenizer(
            vocab,
            prefix_search=prefix.search if prefix else None,
            suffix_search=suffix.search if suffix else None,
            infix_finditer=infix.finditer if infix else None,
        )

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc.user_data["ofsted_text"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # The patterns come from the package's rule file; what spaCy saves is kept too.
    def to_bytes(self, **kwargs) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> ReportTokenizer:
        self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path: Path, **kwargs) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: Path, **kwargs) -> ReportTokenizer:
        self.inner.from_disk(path, **kwargs)
        return self


@registry.tokenizers("ofsted_tokenizer.v1")
def create_tokenizer() -> Callable[[Language], ReportTokenizer]:
    def make(nlp: Language) -> ReportTokenizer:
        return ReportTokenizer(nlp.vocab)

    return make
