"""Rules and vocabularies as data, read by the components beside them.

Every rule file is a JSON object checked against `schemas/<name>.schema.json` when it
is read, so a misspelt or missing key is reported with the file and the key instead
of surfacing later as a KeyError inside a component. The conventions shared by all
rule files:

- comments are string keys `_comment` (the file) and `_<topic>_comment`;
- regex templates name their parts in capitals between braces (`{MONTHS}`, `{GRADE}`),
  filled by `fill`; regex repetition counts such as `{2,80}` are never taken for one.

The vocabularies (area labels, grades, roles, categories) stay regexes rather than
spaCy Matcher patterns: they are matched as parts of a line grammar ("<label>[note]
<connector> <grade>[note]" as a whole line, "<role>: <names>" at a line's start) or on
plain-text windows around a number, and their optional words ("(?:the )?experiences?
and progress of") would each have to be spelt out as a separate phrase.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema

# Package data: found beside the modules in a checkout and in an installed wheel alike.
RESOURCE_DIR = Path(str(files(__package__)))
SCHEMA_DIR = RESOURCE_DIR / "schemas"
PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_]*)\}")


class RuleFileError(ValueError):
    """A rule file that is missing, not JSON, or not of its schema's shape."""


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema_path = SCHEMA_DIR / f"{Path(name).stem}.schema.json"
    if not schema_path.exists():
        raise RuleFileError(f"{name}: no schema for this rule file ({schema_path.name})")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def validate(name: str, data: Any) -> Any:
    """Check rule data against its file's schema; the error names the file and the key."""
    errors = sorted(_validator(name).iter_errors(data),
                    key=lambda e: ([str(p) for p in e.absolute_path], e.message))
    if errors:
        said = ["{}: {}".format("/".join(str(p) for p in e.absolute_path) or "top level",
                                e.message) for e in errors[:5]]
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise RuleFileError(f"{name}: {'; '.join(said)}{more}")
    return data


def read_rule_file(path: Path) -> Any:
    """Read and validate one rule file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleFileError(f"{path}: rule file not found") from None
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"{path.name}: not valid JSON: line {exc.lineno}: {exc.msg}") from None
    return validate(path.name, data)


def write_rule_file(path: Path, data: Any) -> None:
    """Write rule data as a component holds it (deterministic bytes)."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def load_json(name: str, base: Path | None = None) -> Any:
    """A package rule file (or one under `base`), validated."""
    return read_rule_file((base or RESOURCE_DIR) / name)


def fill(template: str, parts: dict[str, str]) -> str:
    """Replace `{NAME}` placeholders; a placeholder without a part is an error."""

    def part(m: re.Match) -> str:
        if m.group(1) not in parts:
            raise RuleFileError(f"unknown placeholder {m.group(0)} in rule {template[:60]!r}")
        return parts[m.group(1)]

    return PLACEHOLDER.sub(part, template)
