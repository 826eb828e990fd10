"""Rules and vocabularies as data, read by the components beside them."""

from __future__ import annotations

import json
from pathlib import Path

RESOURCE_DIR = Path(__file__).parent


def load_json(name: str, base: Path | None = None):
    return json.loads(((base or RESOURCE_DIR) / name).read_text(encoding="utf-8"))


def load_jsonl(name: str, base: Path | None = None) -> list[dict]:
    path = (base or RESOURCE_DIR) / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            rows.append(json.loads(line))
    return rows
