"""One module per factory; importing this package registers them all with spaCy."""

from . import (  # noqa: F401
    dates,
    doctype,
    framework,
    grades,
    improvements,
    inspectors,
    metrics,
    report,
    sections,
    sentences,
)
