"""A lean tokenizer for normalised report text, registered so saved pipelines rebuild it.

spaCy's rule tokenizer (prefix, suffix, infix and exception searches per token) was
the largest single cost of a run, larger than reading the PDF. Our components read
the text with rules of their own and use tokens only to anchor spans and sentence
boundaries, so one regular expression that keeps numbers (`2,000`, `52.5`), words with
apostrophes (`children's`) and common abbreviations (`e.g.`) whole is enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# A token, with the single space after it (spaCy's `whitespace_`), or a run of other
# white space, which spaCy keeps as a token of its own.
TOKEN_RE = re.compile(
    r"((?i:e\.g|i\.e|etc|approx|para|paras|ms|mr|mrs|dr|st|vs|cf|no)\.(?=\s|$)"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:['\u2019][^\W\d_]+)*"
    r"|[^\s])( ?)"
    r"|(\s+)"
)


class RegexTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        found = TOKEN_RE.findall(text)
        words = [tok or ws for tok, _, ws in found]
        spaces = [bool(sp) for _, sp, _ in found]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["ofsted_text"] = text  # spaCy rebuilds doc.text token by token
        doc.user_data["ofsted_words"] = words
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Nothing to save: the expression above is the whole tokenizer.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> RegexTokenizer:
        return self

    def to_disk(self, path: Path, **kwargs) -> None:
        Path(path).write_text('{"tokenizer": "ofsted_tokenizer.v1"}\n', encoding="utf-8")

    def from_disk(self, path: Path, **kwargs) -> RegexTokenizer:
        return self


@registry.tokenizers("ofsted_tokenizer.v1")
def create_tokenizer() -> Callable[[Language], RegexTokenizer]:
    def make(nlp: Language) -> RegexTokenizer:
        return RegexTokenizer(nlp.vocab)

    return make
