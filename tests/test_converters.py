"""Text from other PDF converters (titles wrapped, labels apart from their values)."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import ingest_bytes
from pipeline.nlp import analyse


def report_of(text: str) -> dict:
    got = ingest_bytes(Path("r.txt"), text.encode())
    return analyse(got.norm.text, got.norm.page_runs, got.norm.footnotes)["report"]


def test_wrapped_ilacs_title() -> None:
    rep = report_of("Inspection of Doncaster Metropolitan\n"
                    "Borough Council children\u2019s services\n"
                    "Inspection dates: 14 February to 25 February 2022\n"
                    "Lead inspector: Tom Anthony, Her Majesty\u2019s Inspector\n")
    assert rep["document_type"] == "ilacs_inspection"
    assert rep["local_authority"] == "Doncaster Metropolitan Borough Council"
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2022-02-14", "2022-02-25")


def test_wrapped_authority_name_above_a_sif_title() -> None:
    rep = report_of("Royal Borough of Kingston upon\nThames\n"
                    "Inspection of services for children in need of help and\n"
                    "protection, children looked after and care leavers\n"
                    "Inspection date: 14 September \u2013 8 October 2015\n")
    assert rep["document_type"] == "sif_inspection"
    assert rep["local_authority"] == "Royal Borough of Kingston upon Thames"


def test_date_label_apart_from_its_value() -> None:
    rep = report_of("Inspection of looked after children\nservices\n"
                    "Sandwell Metropolitan Borough Council\n\nInspection dates:\n\n"
                    "24 \u2013 28 June 2013\n\nReporting inspector Christopher Sands HMI\n")
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2013-06-24", "2013-06-28")
    assert rep["lead_inspector"] == "Christopher Sands"
