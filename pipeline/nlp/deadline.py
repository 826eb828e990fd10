"""A soft time limit for one document, carried on the Doc.

The batch gives every document a hard limit (its worker is stopped past it). A
component that can run long on odd text (a table of a thousand rows read as one
paragraph) checks the soft limit between units of work and raises
`DeadlineExceeded`; the pipeline then drops that component's rows, records why
and runs the rest, so a slow document keeps what finished and is `partial`
instead of losing everything to the hard limit.
"""

from __future__ import annotations

import time

from spacy.tokens import Doc

_KEY = "ofsted_deadline"
# Components that loop over lines check every this many: a report of normal length
# never reaches a check, so a late deadline costs only the components that ran long.
EVERY_LINES = 2048


class DeadlineExceeded(Exception):
    """A component ran past the document's soft time limit."""

    def __init__(self, component: str = "") -> None:
        super().__init__(f"stopped at the time limit{f' in {component}' if component else ''}")
        self.component = component


def set_deadline(doc: Doc, deadline: float | None) -> None:
    """`deadline` is a time.monotonic() value, or None for no limit."""
    doc.user_data[_KEY] = deadline


def check(doc: Doc, component: str = "") -> None:
    """Raise DeadlineExceeded when the doc's soft time limit has passed."""
    deadline = doc.user_data.get(_KEY)
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceeded(component)
