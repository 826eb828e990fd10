"""Odd inputs as a user or an attacker gives them: every path accounted for, clear errors."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import read_rows, run_cli
from pdfgen import make_pdf

from pipeline.ingest import MAX_CHARS, IngestError, ingest_bytes

LETTER = "Dear Ms Smith\n\nThe visit found that 41 children were adopted in the year.\n"
# It is read, but is no Ofsted document of a known kind: partial, with that reason only.
READ = ("partial", "document type not recognised")


def reports(out: Path) -> dict[str, dict]:
    return {r["source_path"]: r for r in read_rows(out / "reports.csv")}


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(codec: str) -> None:
    data = LETTER.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    got = ingest_bytes(Path("letter.txt"), data)
    assert "41 children were adopted" in got.norm.text
    assert got.encoding == codec.split("-be")[0]


def test_html_in_utf16_is_read() -> None:
    page = "<html><body><p>Focused visit to Testshire</p></body></html>"
    got = ingest_bytes(Path("page.html"), page.encode("utf-16"))
    assert got.norm.text.strip() == "Focused visit to Testshire"


def test_a_text_that_mentions_the_pdf_header_is_text() -> None:
    text = ("Notes on file formats\n\nA PDF file starts with %PDF-1.7 followed by its "
            "objects.\n" + LETTER)
    got = ingest_bytes(Path("notes.txt"), text.encode())
    assert got.source_format == "text"
    assert "%PDF-1.7" in got.norm.text


def test_a_pdf_after_junk_is_still_a_pdf() -> None:
    pdf = make_pdf([["Children in Testshire receive help quickly."]])
    saved = b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + pdf
    for name in ("download.pdf", "download.txt"):
        got = ingest_bytes(Path(name), saved)
        assert got.source_format == "pdf", name
        assert "receive help quickly" in got.norm.text


def test_a_document_over_the_length_limit_fails_at_ingest(monkeypatch) -> None:
    import pipeline.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_CHARS", 1000)
    with pytest.raises(IngestError, match=r"^document too long \(1,9\d\d characters; "
                                          r"limit 1,000\)$"):
        ingest_bytes(Path("long.txt"), ("A sentence of some length here. " * 60).encode())


def test_the_length_limit_is_within_what_the_pipeline_takes() -> None:
    from pipeline.nlp.build import load_nlp

    assert load_nlp().max_length >= MAX_CHARS


def test_every_path_found_is_accounted_for(tmp_path: Path, capsys) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(LETTER)
    (d / "dangling.txt").symlink_to(d / "gone.txt")
    (d / "loop.txt").symlink_to(d / "loop.txt")
    (d / "sub" / "back").symlink_to(d)  # a folder link back up the tree
    (d / "linked.txt").symlink_to(d / "good.txt")
    os.mkfifo(d / "pipe.txt")
    (d / ".DS_Store").write_bytes(b"\x00\x01")
    (d / ".git").mkdir()
    (d / ".git" / "config").write_text("x")
    out = tmp_path / "out"
    assert run_cli("run", str(d), "--out", str(out), "--workers", "1") == 0
    rows = reports(out)
    assert set(rows) == {"good.txt", "linked.txt", "dangling.txt", "loop.txt", "pipe.txt",
                         "sub/back"}
    assert (rows["good.txt"]["status"], rows["good.txt"]["error"]) == READ
    assert rows["linked.txt"]["report_id"] == rows["good.txt"]["report_id"]
    assert "dangling symbolic link" in rows["dangling.txt"]["error"]
    assert "symbolic link loop" in rows["loop.txt"]["error"]
    assert "named pipe" in rows["pipe.txt"]["error"]
    assert "already searched" in rows["sub/back"]["error"]
    for name in ("dangling.txt", "loop.txt", "pipe.txt", "sub/back"):
        assert rows[name]["status"] == "failed"
    err = capsys.readouterr().err
    assert "skipped 2 hidden path(s)" in err and ".DS_Store" in err and ".git" in err


def test_odd_paths_given_by_name_get_rows_too(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / ".hidden.txt").write_text(LETTER)  # named, so read
    out = tmp_path / "out"
    assert run_cli("run", *(str(tmp_path / n) for n in ("dangling.txt", "pipe.txt",
                                                         ".hidden.txt")),
                   "--out", str(out), "--workers", "1") == 0
    rows = reports(out)
    assert rows["dangling.txt"]["status"] == rows["pipe.txt"]["status"] == "failed"
    assert (rows[".hidden.txt"]["status"], rows[".hidden.txt"]["error"]) == READ


@pytest.mark.parametrize("option, value", [("--timeout", "-5"), ("--max-size-mb", "-1"),
                                           ("--workers", "-3"), ("--workers", "0"),
                                           ("--timeout", "nan"), ("--timeout", "ten")])
def test_bad_numbers_are_refused(tmp_path: Path, capsys, option: str, value: str) -> None:
    with pytest.raises(SystemExit) as exc:
        run_cli("run", str(tmp_path), "--out", str(tmp_path / "o"), option, value)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: must be" in err and value in err
    assert not (tmp_path / "o").exists()


def test_export_on_an_empty_folder_says_what_to_do(tmp_path: Path, capsys) -> None:
    assert run_cli("export", "--out", str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert err.startswith("ofsted: error: nothing to export") and "ofsted run" in err
    assert list(tmp_path.iterdir()) == []


def test_deeply_nested_html_is_read_in_linear_time() -> None:
    n = 40_000
    page = "<html><body>" + "<div>x " * n + "</div>" * n + "</body></html>"
    t0 = time.perf_counter()
    got = ingest_bytes(Path("deep.html"), page.encode())
    took = time.perf_counter() - t0
    assert got.norm.text.count("x") == n
    assert took < 20, f"{took:.0f} s for {n} nested elements"  # was 194 s
