from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = ROOT / "tests" / "fixtures" / "gold"
RAW = ROOT / "raw"

sys.path.insert(0, str(Path(__file__).parent))  # for pdfgen


def needs_corpus() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not (CORPUS / "pdf").is_dir(),
                              reason="../shared/corpus is absent (fresh clone)")


def run_cli(*args: str) -> int:
    from pipeline.cli import main

    return main(list(args))
