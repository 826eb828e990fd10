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


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    """One full run over the development corpus, shared by every test that needs it."""
    out = tmp_path_factory.mktemp("corpus")
    assert run_cli("run", str(CORPUS / "pdf"), "--out", str(out)) == 0
    return out


def run_cli(*args: str) -> int:
    from pipeline.cli import main

    return main(list(args))
