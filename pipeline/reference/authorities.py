"""A local authority's codes from its name as a report writes it and the inspection date.

The shipped `la_lookup.csv` (sources in README.md beside it) has one row per GSS code in
force at some time since 2009. A name is matched against each row's official name and its
variants, whole first and then by its core (affixes such as `London Borough of` or
`City Council` taken off, as `name_forms.json` lists them). The date then picks the code
in force: a recoded authority (North Yorkshire E10000023 -> E06000065 in 2023) is one line
of rows, so either of its names finds the code of the day. A split or merger ends a line:
`Cumbria` after March 2023 has no code, and the answer says which authorities followed it.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOOKUP_CSV = HERE / "la_lookup.csv"
NAME_FORMS = HERE / "name_forms.json"

# The columns a report row gains, in order.
CODE_COLUMNS = ("la_name", "new_la_code", "old_la_code", "region_code", "region_name",
                "ofsted_urn")


@dataclass(frozen=True)
class Authority:
    la_name: str
    new_la_code: str
    old_la_code: str
    region_code: str
    region_name: str
    ofsted_urn: str
    date_of_operation: str
    date_of_termination: str
    predecessor_codes: tuple[str, ...]
    successor_codes: tuple[str, ...]
    names: tuple[str, ...]

    def in_force(self, day: str) -> bool:
        """In force on `day`, an ISO day or month: a month ('2023-04', a visit a news
        article dates only so) is compared at its own precision, so a code that began on
        1 April 2023 is in force in it and one that ended on 31 March 2023 is not."""
        n = len(day)
        return (self.date_of_operation[:n] <= day
                and (not self.date_of_termination or day <= self.date_of_termination[:n]))

    def codes(self) -> dict[str, str]:
        return {c: getattr(self, c) for c in CODE_COLUMNS}


@dataclass(frozen=True)
class Resolution:
    authority: Authority | None
    problem: str = ""  # why there is no authority; empty when there is one


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split(";") if c.strip())


class NameForms:
    def __init__(self, prefixes: list[str], suffixes: list[str]) -> None:
        self.prefixes = sorted(prefixes, key=len, reverse=True)
        self.suffixes = sorted(suffixes, key=len, reverse=True)

    @classmethod
    def load(cls, path: Path = NAME_FORMS) -> NameForms:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["prefixes"], data["suffixes"])

    @staticmethod
    def normalise(name: str) -> str:
        text = name.casefold().replace("&", " and ")
        text = re.sub(r"['\u2019\u2018`.]", "", text)
        text = re.sub(r"[-\u2013,/()]", " ", text)
        return " ".join(text.split())

    def core(self, name: str) -> str:
        text = self.normalise(name)
        changed = True
        while changed and text:
            changed = False
            for p in self.prefixes:
                if text.startswith(p + " "):
                    text, changed = text[len(p) + 1:], True
                    break
            for s in self.suffixes:
                if text.endswith(" " + s):
                    text, changed = text[: -len(s) - 1], True
                    break
        return text


class Lookup:
    def __init__(self, authorities: list[Authority], forms: NameForms) -> None:
        self.authorities = authorities
        self.forms = forms
        self.by_code = {a.new_la_code: a for a in authorities}
        self._whole: dict[str, set[str]] = {}
        self._core: dict[str, set[str]] = {}
        for a in authorities:
            for n in a.names:
                self._whole.setdefault(forms.normalise(n), set()).add(a.new_la_code)
                self._core.setdefault(forms.core(n), set()).add(a.new_la_code)
        self._line = self._lines()
        # The lookup starts here: a code in force on that day may be older than the lookup.
        self.coverage_start = min((a.date_of_operation for a in authorities), default="")

    @classmethod
    def load(cls, path: Path = LOOKUP_CSV, forms: Path = NAME_FORMS) -> Lookup:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        authorities = [
            Authority(
                la_name=r["la_name"], new_la_code=r["new_la_code"],
                old_la_code=r["old_la_code"], region_code=r["region_code"],
                region_name=r["region_name"], ofsted_urn=r["ofsted_urn"],
                date_of_operation=r["date_of_operation"],
                date_of_termination=r["date_of_termination"],
                predecessor_codes=_codes(r["predecessor_codes"]),
                successor_codes=_codes(r["successor_codes"]),
                names=(r["la_name"], *(v.strip() for v in r["name_variants"].split(";")
                                       if v.strip())),
            )
            for r in rows
        ]
        return cls(authorities, NameForms.load(forms))

    def _lines(self) -> dict[str, str]:
        """Each code -> the first code of its line (codes joined one-to-one by recoding)."""
        first: dict[str, str] = {}
        for a in sorted(self.authorities, key=lambda a: a.date_of_operation):
            pred = a.predecessor_codes
            if (len(pred) == 1 and pred[0] in self.by_code
                    and self.by_code[pred[0]].successor_codes == (a.new_la_code,)):
                first[a.new_la_code] = first.get(pred[0], pred[0])
            else:
                first[a.new_la_code] = a.new_la_code
        return first

    def line(self, code: str) -> list[Authority]:
        """Every code of the authority's line, oldest first."""
        head = self._line[code]
        return sorted((a for a in self.authorities if self._line[a.new_la_code] == head),
                      key=lambda a: a.date_of_operation)

    def current_code(self, code: str) -> str:
        """The code its line has now (or had last, for an authority that was abolished)."""
        return self.line(code)[-1].new_la_code

    def matches(self, name: str) -> set[str]:
        """The codes whose names match `name`, whole or by core."""
        found = self._whole.get(self.forms.normalise(name))
        if not found:
            found = self._core.get(self.forms.core(name), set())
        return set(found)

    def resolve(self, name: str, day: str) -> Resolution:
        """The authority named `name` as it was on `day` (ISO date, may be empty)."""
        name = (name or "").strip()
        if not name:
            return Resolution(None, "")
        codes = self.matches(name)
        if not codes:
            return Resolution(None, f"local authority {name!r} is not in the authority lookup")
        heads = sorted({self._line[c] for c in codes})
        if len(heads) > 1:
            names = ", ".join(sorted({self.by_code[h].la_name + " " + h for h in heads}))
            return Resolution(None, f"local authority {name!r} is ambiguous: {names}")
        rows = self.line(heads[0])
        if len(rows) == 1 and not day:
            return Resolution(rows[0])
        if not day:
            return Resolution(None, f"local authority {name!r} has several codes over time "
                                    f"and the report gives no date to choose between them")
        live = [a for a in rows if a.in_force(day[:10])]
        if live:
            return Resolution(live[0])
        last = rows[-1]
        if last.date_of_termination and day > last.date_of_termination:
            after = ", ".join(self.by_code[c].la_name for c in last.successor_codes
                              if c in self.by_code) or "no successor in the lookup"
            return Resolution(None, f"local authority {name!r} ({last.la_name} "
                                    f"{last.new_la_code}) had ended on "
                                    f"{last.date_of_termination}, before {day}; "
                                    f"followed by {after}")
        first = rows[0]
        if first.date_of_operation == self.coverage_start and not first.predecessor_codes:
            return Resolution(first)  # in force before the lookup begins
        return Resolution(None, f"local authority {name!r} ({first.la_name} "
                                f"{first.new_la_code}) began on {first.date_of_operation}, "
                                f"after {day}")


@lru_cache(maxsize=1)
def default_lookup() -> Lookup:
    return Lookup.load()


def report_day(row: dict) -> str:
    """The date a report's authority is looked up on: the inspection's first day."""
    for col in ("inspection_start", "inspection_end", "publication_date"):
        if row.get(col):
            return str(row[col])
    return ""


def with_authority_codes(row: dict, lookup: Lookup | None = None) -> dict:
    """A report row with its authority's codes; a name that resolves to none makes the
    report `partial`, with the reason in `error`."""
    row = dict(row)
    for col in CODE_COLUMNS:
        row.setdefault(col, "")
    if row.get("status") == "failed" or not row.get("local_authority"):
        return row
    found = (lookup or default_lookup()).resolve(row["local_authority"], report_day(row))
    if found.authority is not None:
        row.update(found.authority.codes())
    elif found.problem:
        row["status"] = "partial"
        row["error"] = "; ".join(e for e in (row.get("error"), found.problem) if e)
    return row
