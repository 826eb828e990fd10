"""Normalisation on small inputs: paragraphs, heads and footers, hyphens, bullets, encodings."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import ingest_bytes
from pipeline.ingest.lines import Line, SourcePages
from pipeline.ingest.normalise import NormalisedText, PageMap, clean_line, normalise
from pipeline.ingest.text import decode, text_to_lines


def norm_pages(pages: list[list[str]], size: float | None = None) -> NormalisedText:
    """PDF-like pages of lines; "" marks a paragraph gap before the next line."""
    lines = []
    for pno, page in enumerate(pages, start=1):
        gap = None
        for raw in page:
            if raw == "":
                gap = True
                continue
            lines.append(Line(raw, pno, gap, size))
            gap = False
    return normalise(SourcePages(lines, len(pages), "pdf", "test"))


def test_wrapped_lines_join_into_one_paragraph() -> None:
    text = ("Leaders have a clear understanding of where further development is\n"
            "required and demonstrate a clear and unstinting ambition to continue to\n"
            "improve children's experiences.\n\nA new paragraph starts here.\n")
    out = ingest_bytes(Path("a.txt"), text.encode()).norm.text
    assert out.splitlines() == [
        "Leaders have a clear understanding of where further development is required and "
        "demonstrate a clear and unstinting ambition to continue to improve children's "
        "experiences.",
        "A new paragraph starts here.",
    ]


def test_one_paragraph_per_line_text_is_kept() -> None:
    text = ("Judgement\tGrade\nOverall effectiveness\tGood\n"
            "The impact of leaders on social work practice with children and families\tGood\n")
    lines = ingest_bytes(Path("a.txt"), text.encode()).norm.text.splitlines()
    assert lines == ["Judgement Grade", "Overall effectiveness Good",
                     "The impact of leaders on social work practice with children and "
                     "families Good"]


def test_running_heads_and_page_numbers_are_removed() -> None:
    head = "Inspection of Testshire local authority children's services"
    body = ["Leaders know their services well.", "Children are seen alone.",
            "Plans are clear.", "Care leavers are in touch."]
    pages = [[head, f"22 April to 3 May 2024 {n}", body[n - 1], str(n)] for n in range(1, 5)]
    out = norm_pages(pages, size=10.0).text
    assert head not in out
    assert "22 April to 3 May 2024" not in out
    assert out.splitlines() == body


def test_a_judgement_tables_rows_at_the_edge_of_two_pages_are_no_running_foot() -> None:
    """A short report sets its front-page table at the foot of page 1 and repeats it (the
    'Record of main findings') at the foot of a later page: rows seen at the edge of two of
    five pages stay, a grade cell alone on its line too; the running head still goes."""
    head = "Inspection of arrangements for the protection of children in Testshire"
    table = ["Overall effectiveness Adequate", "The quality of practice Inadequate",
             "Good", "Leadership and governance Adequate"]
    gapped = [x for row in table for x in ("", row)]  # a gap before each row
    pages = [["Testshire Borough Council", "Lead inspector Ann Example, HMI", *gapped],
             [f"{head} 2", "Leaders know their services well."],
             [f"{head} 3", "Children are seen alone.", "", "Record of main findings", *gapped],
             [f"{head} 4", "Plans are clear."],
             [f"{head} 5", "Care leavers are in touch."]]
    out = norm_pages(pages, size=10.0).text
    assert head not in out
    for row in table:  # (the last row runs on into the next page's text, as it may)
        assert out.count(f"{row}\n" if row == "Good" else row) == 2, row
    # A repeated line that is no grade row goes as before.
    pages[0][-1] = pages[2][-1] = "Testshire children's services"
    out = norm_pages(pages, size=10.0).text
    assert "Testshire children's services" not in out
    # So does a running foot that ends in a word like a grade but is a sentence's end.
    pages[0][-1] = pages[2][-1] = "Testshire: children's services are good"
    assert "are good" not in norm_pages(pages, size=10.0).text


def test_paragraph_continues_across_a_page_break_and_page_map_follows() -> None:
    head = "Inspection of Testshire local authority children's services"
    pages = [[head, "Page text.", "", "The local authority has made progress in"],
             [head, "improving services for children.", "", "Next paragraph."],
             [head, "Last page."]]
    norm = norm_pages(pages, size=10.0)
    assert "made progress in improving services for children." in norm.text
    pm = PageMap(norm.page_runs)
    assert pm.page(norm.text.index("improving")) == 2
    assert pm.page(norm.text.index("made progress")) == 1
    assert pm.page(norm.text.index("Last page")) == 3


def test_footnote_does_not_split_a_sentence() -> None:
    pages = [["The review of the Local Safeguarding Children Board1 found that the",
              "board is not yet effective in",
              "1 Ofsted produces this report under section 152."],
             ["holding partners to account.", "", "Next paragraph."]]
    lines = [Line(pages[0][0], 1, None, 10.0), Line(pages[0][1], 1, False, 10.0),
             Line(pages[0][2], 1, True, 8.0),  # footnotes are set smaller
             Line(pages[1][0], 2, None, 10.0), Line(pages[1][2], 2, True, 10.0)]
    norm = normalise(SourcePages(lines, 2, "pdf", "test"))
    out = norm.text.splitlines()
    assert ("The review of the Local Safeguarding Children Board1 found that the board is not "
            "yet effective in holding partners to account.") in out
    assert "1 Ofsted produces this report under section 152." in out
    start, end = norm.footnotes[0]
    assert norm.text[start:end] == "1 Ofsted produces this report under section 152."


def test_hyphenation_repaired_only_for_broken_words() -> None:
    text = ("The team carried out an assess-\nment of risk. Every assessment was timely and\n"
            "the work was child-\nfocused and decision-\nmaking was clear.\n")
    out = ingest_bytes(Path("a.txt"), text.encode()).norm.text
    assert "an assessment of risk" in out
    assert "child-focused" in out
    assert "decision-making" in out


def test_pdfium_soft_hyphen_marker() -> None:
    lines = [Line("The out-of\ufffehours service responds and the out-of-hours team", 1, None, 9.0),
             Line("is good.", 1, False, 9.0)]
    out = normalise(SourcePages(lines, 1, "pdf", "test")).text
    assert out == "The out-of-hours service responds and the out-of-hours team is good.\n"


def test_bullets_of_every_kind_become_one_form() -> None:
    for glyph in ("\uf06e", "\uf0b7", "\uf02d", "\u25fc", "\u2022", "\u25aa", "-", "\u2013"):
        assert clean_line(f"{glyph} The quality of plans.") == "- The quality of plans."
    assert clean_line("10.Initial child protection conferences") == \
        "10. Initial child protection conferences"


def test_bullet_items_stay_apart() -> None:
    text = "What needs to improve?\n\u25fc The quality of plans.\n\u25fc Supervision of staff.\n"
    out = ingest_bytes(Path("a.txt"), text.encode()).norm.text.splitlines()
    assert out == ["What needs to improve?", "- The quality of plans.", "- Supervision of staff."]


def test_unicode_is_normalised() -> None:
    out = clean_line("e\ufb03cient\u00a0services \ufb01t for purpose")
    assert out == "efficient services fit for purpose"


def test_encodings_decided_per_file() -> None:
    assert decode("caf\u00e9 \u2019".encode()) == ("caf\u00e9 \u2019", "utf-8")
    assert decode(b"\xef\xbb\xbfhello") == ("hello", "utf-8-sig")
    assert decode("children\u2019s \u00a3200".encode("cp1252"))[1] == "cp1252"
    assert decode("children\u2019s \u00a3200".encode("cp1252"))[0] == "children\u2019s \u00a3200"
    assert decode(b"\x81\x8d\x8f")[1] == "latin-1"


def test_form_feeds_are_pages() -> None:
    lines, n = text_to_lines("page one\fpage two\f")
    assert n == 3
    assert [(ln.text, ln.page) for ln in lines] == [("page one", 1), ("page two", 2)]


def test_html_visible_text_with_blocks() -> None:
    html = (b"<html><head><title>T</title><style>p{}</style><script>var x=1;</script></head>"
            b"<body><h1>Inspection of X</h1><p>First  paragraph\n wrapped.</p>"
            b"<ul><li>One item.</li><li>Two item.</li></ul></body></html>")
    out = ingest_bytes(Path("a.html"), html).norm.text.splitlines()
    assert out == ["Inspection of X", "First paragraph wrapped.", "- One item.", "- Two item."]


def test_two_renderings_of_a_seed_normalise_alike() -> None:
    """A hard-wrapped rendering and a paragraph-per-line rendering give the same text."""
    para = ("Children and families receive timely and effective support from a broad range of "
            "universal and early help services. Detailed and thorough early help assessments "
            "lead to child-focused plans and sustainable change for children and families.")
    words = para.split()
    wrapped, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 80:
            wrapped.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    wrapped.append(line)
    a = ingest_bytes(Path("a.txt"), ("\n".join(wrapped) + "\n\nNext.\n").encode()).norm.text
    b = ingest_bytes(Path("b.txt"), (para + "\nNext.\n").encode()).norm.text
    assert a == b


def test_wrapped_number_is_not_a_numbered_paragraph() -> None:
    text = ("The local authority has reduced re-referral rates from 37% in 2013-14 and\n"
            "14 to 22% currently, which is lower than statistical neighbours.\n\n"
            "12. Numbered paragraph.\n")
    out = ingest_bytes(Path("a.txt"), text.encode()).norm.text.splitlines()
    assert out[0].endswith("and 14 to 22% currently, which is lower than statistical "
                           "neighbours.")
    assert out[1] == "12. Numbered paragraph."


def test_indented_text_lines_start_items() -> None:
    """A text export that lost its bullet glyphs leaves the items indented."""
    text = (" 52 live in residential children's homes, of whom 51.9% live out of the\n"
            "authority area\n\n five live in residential special schools\n")
    out = ingest_bytes(Path("a.txt"), text.encode()).norm.text.splitlines()
    assert out == ["52 live in residential children's homes, of whom 51.9% live out of the "
                   "authority area", "five live in residential special schools"]


def test_superscript_marker_line_goes_back_on_its_word() -> None:
    lines = [Line("- eight live in residential special schools,", 1, None, 11.0),
             Line("3", 1, False, 7.0),
             Line("all of whom live outside the local authority area", 1, False, 11.0)]
    out = normalise(SourcePages(lines, 1, "pdf", "test")).text
    assert out == ("- eight live in residential special schools,3 all of whom live outside "
                   "the local authority area\n")


def _char(text: str, x0: float, top: float, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + size, "size": size}


def test_pdfplumber_table_cells_follow_their_wrapped_label() -> None:
    """A grade centred beside a label wrapped over two lines comes after the label."""
    from pipeline.ingest.pdf import cells_after_their_row, split_cells

    row = {"text": "The impact of leaders Outstanding", "x0": 70, "top": 100, "bottom": 110,
           "chars": [_char(c, 70 + 6 * i, 100) for i, c in enumerate("Theimpactofleaders")]
           + [_char(c, 400 + 6 * i, 100) for i, c in enumerate("Outstanding")]}
    cells = split_cells(row)
    assert [c["text"] for c in cells] == ["The impact of leaders", "Outstanding"]
    wrapped = {"text": "on practice", "x0": 70, "top": 108, "bottom": 118,
               "chars": [_char(c, 70 + 6 * i, 108) for i, c in enumerate("onpractice")]}
    ordered = cells_after_their_row([*cells, wrapped])
    assert [c["text"] for c in ordered] == ["The impact of leaders", "on practice", "Outstanding"]


def test_footnote_number_glued_to_its_first_word() -> None:
    assert clean_line("5At 31 January 2015, 146 child protection plans") == \
        "5 At 31 January 2015, 146 child protection plans"
    assert clean_line("12. Children are seen") == "12. Children are seen"


def test_a_year_range_broken_by_the_line_end_is_mended() -> None:
    # "15." starts the next line as a paragraph number would; it is the range's second year.
    out = norm_pages([["There were 99 missing episodes involving 77 children during 2014\u2013",
                       "15. Most children were offered a return interview.",
                       "",
                       "14. A numbered paragraph starts here, after the year 2013\u2013",
                       "16. A new paragraph: 16 does not follow 13."]], size=10.0).text
    assert out.splitlines() == [
        "There were 99 missing episodes involving 77 children during 2014\u201315. Most "
        "children were offered a return interview.",
        "14. A numbered paragraph starts here, after the year 2013\u2013",
        "16. A new paragraph: 16 does not follow 13."]


def _text_lines(text: str) -> list[str]:
    return ingest_bytes(Path("a.txt"), text.encode()).norm.text.splitlines()


def test_a_front_page_headline_stands_alone_above_the_sentence_under_it() -> None:
    """pdftotext -layout sets a SIF front page's headline (a larger type in the PDF) with
    the sentence under it and no gap: the headline stays a line of its own, whole or
    wrapped, with or without a full stop after its grade."""
    body = ("No widespread or serious failures were found, but help, protection and care\n"
            "for children are not yet consistently good.\n")
    for head in ("The overall judgement is that children’s services require improvement "
                 "to be good",
                 "The overall judgement is that children’s services require\nimprovement",
                 "Children’s services in the Isle of Wight require improvement to be good",
                 "Children's services in Westshire are good"):
        lines = _text_lines("Westshire Council\n\n" + head + "\n" + body)
        assert lines[1] == head.replace("\n", " "), head
        assert lines[2].startswith("No widespread or serious failures")


def test_a_headline_like_sentence_that_goes_on_is_one_paragraph() -> None:
    """Not a headline: a sentence that goes on after the grade in small letters, one that
    opens in another way, or one already closed by its full stop inside a paragraph."""
    cases = {
        "Children’s services in Westshire require improvement to be good\nbecause:\n":
            ["Children’s services in Westshire require improvement to be good because:"],
        "Leaders agree that children’s services in Westshire are good\nSocial workers "
        "said the same.\n":
            ["Leaders agree that children’s services in Westshire are good Social workers "
             "said the same."],
        "Services for children in Westshire require improvement to be good\nLeaders "
        "know this.\n":
            ["Services for children in Westshire require improvement to be good Leaders "
             "know this."],
    }
    for text, want in cases.items():
        assert _text_lines(text) == want, text
