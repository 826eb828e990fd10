"""The layout rules of text renderings (`layout_rules.json` beside this module), read once
for the ingest modules that use them (layout_text, normalise, text)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LAYOUT_RULES: dict[str, Any] = json.loads(
    Path(__file__).with_name("layout_rules.json").read_text("utf-8"))
