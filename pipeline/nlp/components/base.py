"""Shared plumbing for rule components: they hold their rules and save what they hold.

As with spaCy's own SpanRuler, the factory makes an empty component; its rules come
from `initialize` (the package's rule files, or data given to it: `nlp.initialize()`
in build.py) or from `from_disk` (a saved pipeline: `spacy.load`). Either way the
rules are read, checked against their schema and compiled once. `to_disk` writes the
rule data the component holds, so a pipeline whose rules were changed in memory
saves and reloads the changed rules. A saved pipeline missing a rule file is an error
naming the file, never a silent fall-back to the package's rules.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import RESOURCE_DIR, RuleFileError, read_rule_file, validate, write_rule_file


class RuleComponent:
    rule_files: tuple[str, ...] = ()
    # The span groups the component fills: dropped whole when it fails half-way.
    span_groups: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__call__" in cls.__dict__:
            cls.__call__ = _guarded(cls.__dict__["__call__"])

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.rules: dict[str, Any] = {}

    # -- where rules come from -----------------------------------------------------------
    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *,
                   nlp: Language | None = None, rules: dict[str, Any] | None = None) -> None:
        """Take `rules` (file name -> data), or else the package's rule files."""
        if rules is None:
            rules = {f: read_rule_file(RESOURCE_DIR / f) for f in self.rule_files}
        self.set_rules(rules)

    def set_rules(self, rules: dict[str, Any]) -> None:
        """Check and compile rule data; the component keeps its own copy."""
        missing = [f for f in self.rule_files if f not in rules]
        if missing:
            raise RuleFileError(f"{self.name}: rules for {', '.join(missing)} not given")
        held = {f: validate(f, copy.deepcopy(rules[f])) for f in self.rule_files}
        try:
            self.compile(held)
        except (re.error, RuleFileError) as exc:
            raise RuleFileError(
                f"{self.name}: bad rule in {' / '.join(self.rule_files)}: {exc}") from exc
        self.rules = held

    def compile(self, rules: dict[str, Any]) -> None:
        """Build what __call__ uses from the rule data (overridden per component)."""

    # -- serialisation -----------------------------------------------------------------
    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for fname in self.rule_files:
            write_rule_file(path / fname, self.rules[fname])

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        path = Path(path)
        missing = [f for f in self.rule_files if not (path / f).is_file()]
        if missing:
            raise RuleFileError(
                f"{path}: the saved pipeline's '{self.name}' component lacks its rule file"
                f"{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
        self.set_rules({f: read_rule_file(path / f) for f in self.rule_files})
        return self


class ComponentError(RuntimeError):
    """An exception inside a component, passed on to the pipeline's error handler."""


def _guarded(call: Callable[[Any, Doc], Doc]) -> Callable[[Any, Doc], Doc]:
    """Refuse to run without rules, and keep KeyErrors away from spaCy.

    Language.__call__ turns a component's KeyError into E109 ("did you forget to call
    initialize()?") and skips the error handler, so one bad lookup would cost the whole
    document instead of that component's rows.
    """

    @functools.wraps(call)
    def run(self: RuleComponent, doc: Doc) -> Doc:
        if not self.rules:
            raise ComponentError(f"{self.name} has no rules: call nlp.initialize() or "
                                 f"load a saved pipeline")
        try:
            return call(self, doc)
        except KeyError as exc:
            raise ComponentError(f"KeyError: {exc}") from exc

    return run
