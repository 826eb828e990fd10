"""Shared plumbing for rule components: their rules ship with the saved pipeline.

A component names the resource files it reads; `to_disk` copies them into the
model folder and `from_disk` reads them back from there, so `spacy.load` on the
folder under models/ works without this source tree's resources/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from spacy.language import Language

from ..resources import RESOURCE_DIR


class RuleComponent:
    resource_files: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.load_resources(RESOURCE_DIR)

    def load_resources(self, base: Path) -> None:  # overridden by components with rules
        """Read rule files from `base`."""

    def to_disk(self, path: Path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for fname in self.resource_files:
            shutil.copyfile(RESOURCE_DIR / fname, path / fname)

    def from_disk(self, path: Path, *, exclude=()):
        path = Path(path)
        if all((path / f).exists() for f in self.resource_files):
            self.load_resources(path)
        return self
