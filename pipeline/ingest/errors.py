"""Errors a person can act on: each message is one line that says what is wrong."""


class IngestError(Exception):
    """A file that cannot be turned into text; the message goes into reports.csv."""
