"""Every kind of document, as written: letters gold, news prose grades, letter forms.

The letters gold (tests/fixtures/letters_gold) was written by reading the 97 real letters
of ../shared/corpus/letters; it is split (split.py) into a development part, which the
rules were written on, and a held-out third, scored only to report figures. The
thresholds are what was measured, so a change that loses ground fails.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, dates_of, run_cli
from conftest import records_of as run

from pipeline.evaluate import check, evaluate

LETTERS = CORPUS / "letters" / "pdf"
LETTERS_GOLD = ROOT / "tests" / "fixtures" / "letters_gold"
NEWS = ROOT / "tests" / "fixtures" / "synthetic" / "news"
NEWS_HELDOUT = ROOT / "tests" / "fixtures" / "synthetic" / "news_heldout"
SECONDARY = ROOT / "tests" / "fixtures" / "secondary"
SECONDARY_HELDOUT = ROOT / "tests" / "fixtures" / "secondary_heldout"
SECONDARY_UNSEEN = ROOT / "tests" / "fixtures" / "secondary_unseen"
SECONDARY_UNSEEN2 = ROOT / "tests" / "fixtures" / "secondary_unseen2"
SECONDARY_DEV3 = ROOT / "tests" / "fixtures" / "secondary_dev3"
SECONDARY_UNSEEN3 = ROOT / "tests" / "fixtures" / "secondary_unseen3"
SECONDARY_UNSEEN4 = ROOT / "tests" / "fixtures" / "secondary_unseen4"
SECONDARY_DEV4 = ROOT / "tests" / "fixtures" / "secondary_dev4"
SECONDARY_UNSEEN5 = ROOT / "tests" / "fixtures" / "secondary_unseen5"
SECONDARY_UNSEEN6 = ROOT / "tests" / "fixtures" / "secondary_unseen6"
SECONDARY_UNSEEN7 = ROOT / "tests" / "fixtures" / "secondary_unseen7"
SECONDARY_UNSEEN8 = ROOT / "tests" / "fixtures" / "secondary_unseen8"
SECONDARY_DEV5 = ROOT / "tests" / "fixtures" / "secondary_dev5"
SECONDARY_UNSEEN9 = ROOT / "tests" / "fixtures" / "secondary_unseen9"
LETTERS_UNSEEN1 = ROOT / "tests" / "fixtures" / "letters_unseen1"
SECONDARY_UNSEEN10 = ROOT / "tests" / "fixtures" / "secondary_unseen10"
LETTERS_UNSEEN2 = ROOT / "tests" / "fixtures" / "letters_unseen2"
SECONDARY_UNSEEN11 = ROOT / "tests" / "fixtures" / "secondary_unseen11"
LETTERS_UNSEEN3 = ROOT / "tests" / "fixtures" / "letters_unseen3"
LETTERS_UNSEEN4 = ROOT / "tests" / "fixtures" / "letters_unseen4"
SECONDARY_UNSEEN12 = ROOT / "tests" / "fixtures" / "secondary_unseen12"
LETTERS_UNSEEN5 = ROOT / "tests" / "fixtures" / "letters_unseen5"
SECONDARY_UNSEEN13 = ROOT / "tests" / "fixtures" / "secondary_unseen13"
LETTERS_UNSEEN6 = ROOT / "tests" / "fixtures" / "letters_unseen6"
SECONDARY_UNSEEN14 = ROOT / "tests" / "fixtures" / "secondary_unseen14"
LETTERS_UNSEEN7 = ROOT / "tests" / "fixtures" / "letters_unseen7"
SECONDARY_UNSEEN15 = ROOT / "tests" / "fixtures" / "secondary_unseen15"
LETTERS_UNSEEN8 = ROOT / "tests" / "fixtures" / "letters_unseen8"
LETTERS_UNSEEN9 = ROOT / "tests" / "fixtures" / "letters_unseen9"
LETTERS_UNSEEN10 = ROOT / "tests" / "fixtures" / "letters_unseen10"
SECONDARY_UNSEEN16 = ROOT / "tests" / "fixtures" / "secondary_unseen16"
SECONDARY_UNSEEN17 = ROOT / "tests" / "fixtures" / "secondary_unseen17"
SECONDARY_UNSEEN18 = ROOT / "tests" / "fixtures" / "secondary_unseen18"
SECONDARY_UNSEEN19 = ROOT / "tests" / "fixtures" / "secondary_unseen19"
LETTERS_UNSEEN11 = ROOT / "tests" / "fixtures" / "letters_unseen11"
LETTERS_UNSEEN12 = ROOT / "tests" / "fixtures" / "letters_unseen12"
SECONDARY_UNSEEN20 = ROOT / "tests" / "fixtures" / "secondary_unseen20"
LETTERS_UNSEEN13 = ROOT / "tests" / "fixtures" / "letters_unseen13"
LETTERS_UNSEEN14 = ROOT / "tests" / "fixtures" / "letters_unseen14"
SECONDARY_UNSEEN21 = ROOT / "tests" / "fixtures" / "secondary_unseen21"
LETTERS_UNSEEN15 = ROOT / "tests" / "fixtures" / "letters_unseen15"
SECONDARY_UNSEEN22 = ROOT / "tests" / "fixtures" / "secondary_unseen22"
LETTERS_UNSEEN16 = ROOT / "tests" / "fixtures" / "letters_unseen16"
SECONDARY_UNSEEN23 = ROOT / "tests" / "fixtures" / "secondary_unseen23"
LETTERS_UNSEEN17 = ROOT / "tests" / "fixtures" / "letters_unseen17"
SECONDARY_UNSEEN24 = ROOT / "tests" / "fixtures" / "secondary_unseen24"
LETTERS_UNSEEN18 = ROOT / "tests" / "fixtures" / "letters_unseen18"
SECONDARY_UNSEEN25 = ROOT / "tests" / "fixtures" / "secondary_unseen25"
SECONDARY_UNSEEN26 = ROOT / "tests" / "fixtures" / "secondary_unseen26"
LETTERS_UNSEEN19 = ROOT / "tests" / "fixtures" / "letters_unseen19"
LETTERS_UNSEEN20 = ROOT / "tests" / "fixtures" / "letters_unseen20"
SECONDARY_UNSEEN27 = ROOT / "tests" / "fixtures" / "secondary_unseen27"
SECONDARY_UNSEEN28 = ROOT / "tests" / "fixtures" / "secondary_unseen28"
LETTERS_UNSEEN21 = ROOT / "tests" / "fixtures" / "letters_unseen21"
LETTERS_UNSEEN22 = ROOT / "tests" / "fixtures" / "letters_unseen22"
SECONDARY_UNSEEN29 = ROOT / "tests" / "fixtures" / "secondary_unseen29"
LETTERS_UNSEEN23 = ROOT / "tests" / "fixtures" / "letters_unseen23"
SECONDARY_UNSEEN30 = ROOT / "tests" / "fixtures" / "secondary_unseen30"
LETTERS_UNSEEN24 = ROOT / "tests" / "fixtures" / "letters_unseen24"
SECONDARY_UNSEEN31 = ROOT / "tests" / "fixtures" / "secondary_unseen31"
LETTERS_UNSEEN25 = ROOT / "tests" / "fixtures" / "letters_unseen25"
SECONDARY_UNSEEN32 = ROOT / "tests" / "fixtures" / "secondary_unseen32"
LETTERS_UNSEEN26 = ROOT / "tests" / "fixtures" / "letters_unseen26"
SECONDARY_UNSEEN33 = ROOT / "tests" / "fixtures" / "secondary_unseen33"
LETTERS_UNSEEN27 = ROOT / "tests" / "fixtures" / "letters_unseen27"
SECONDARY_UNSEEN34 = ROOT / "tests" / "fixtures" / "secondary_unseen34"
LETTERS_UNSEEN28 = ROOT / "tests" / "fixtures" / "letters_unseen28"
SECONDARY_UNSEEN35 = ROOT / "tests" / "fixtures" / "secondary_unseen35"
LETTERS_UNSEEN29 = ROOT / "tests" / "fixtures" / "letters_unseen29"
LETTERS_UNSEEN30 = ROOT / "tests" / "fixtures" / "letters_unseen30"
LETTERS_UNSEEN31 = ROOT / "tests" / "fixtures" / "letters_unseen31"
LETTERS_UNSEEN32 = ROOT / "tests" / "fixtures" / "letters_unseen32"
SECONDARY_UNSEEN36 = ROOT / "tests" / "fixtures" / "secondary_unseen36"
SECONDARY_UNSEEN37 = ROOT / "tests" / "fixtures" / "secondary_unseen37"
SECONDARY_UNSEEN38 = ROOT / "tests" / "fixtures" / "secondary_unseen38"
SECONDARY_UNSEEN39 = ROOT / "tests" / "fixtures" / "secondary_unseen39"
SECONDARY_UNSEEN40 = ROOT / "tests" / "fixtures" / "secondary_unseen40"
LETTERS_UNSEEN33 = ROOT / "tests" / "fixtures" / "letters_unseen33"
LETTERS_UNSEEN34 = ROOT / "tests" / "fixtures" / "letters_unseen34"
LETTERS_UNSEEN35 = ROOT / "tests" / "fixtures" / "letters_unseen35"
LETTERS_UNSEEN36 = ROOT / "tests" / "fixtures" / "letters_unseen36"
LETTERS_UNSEEN37 = ROOT / "tests" / "fixtures" / "letters_unseen37"
SECONDARY_UNSEEN41 = ROOT / "tests" / "fixtures" / "secondary_unseen41"
SECONDARY_UNSEEN42 = ROOT / "tests" / "fixtures" / "secondary_unseen42"
SECONDARY_UNSEEN43 = ROOT / "tests" / "fixtures" / "secondary_unseen43"
SECONDARY_UNSEEN44 = ROOT / "tests" / "fixtures" / "secondary_unseen44"
SECONDARY_UNSEEN45 = ROOT / "tests" / "fixtures" / "secondary_unseen45"
SECONDARY_UNSEEN46 = ROOT / "tests" / "fixtures" / "secondary_unseen46"
SECONDARY_UNSEEN47 = ROOT / "tests" / "fixtures" / "secondary_unseen47"
SECONDARY_UNSEEN48 = ROOT / "tests" / "fixtures" / "secondary_unseen48"
SECONDARY_UNSEEN49 = ROOT / "tests" / "fixtures" / "secondary_unseen49"
REPORTS_UNSEEN01 = ROOT / "tests" / "fixtures" / "reports_unseen01"
REPORTS_UNSEEN02 = ROOT / "tests" / "fixtures" / "reports_unseen02"
LETTERS_UNSEEN38 = ROOT / "tests" / "fixtures" / "letters_unseen38"
SECONDARY_UNSEEN50 = ROOT / "tests" / "fixtures" / "secondary_unseen50"
REPORTS_UNSEEN03 = ROOT / "tests" / "fixtures" / "reports_unseen03"
REPORTS_UNSEEN04 = ROOT / "tests" / "fixtures" / "reports_unseen04"
SECONDARY_UNSEEN51 = ROOT / "tests" / "fixtures" / "secondary_unseen51"
REPORTS_UNSEEN05 = ROOT / "tests" / "fixtures" / "reports_unseen05"
SECONDARY_UNSEEN52 = ROOT / "tests" / "fixtures" / "secondary_unseen52"
REPORTS_UNSEEN06 = ROOT / "tests" / "fixtures" / "reports_unseen06"
SECONDARY_UNSEEN53 = ROOT / "tests" / "fixtures" / "secondary_unseen53"
REPORTS_UNSEEN07 = ROOT / "tests" / "fixtures" / "reports_unseen07"
SECONDARY_DEV6 = ROOT / "tests" / "fixtures" / "secondary_dev6"
REPORTS_UNSEEN08 = ROOT / "tests" / "fixtures" / "reports_unseen08"
SECONDARY_UNSEEN54 = ROOT / "tests" / "fixtures" / "secondary_unseen54"
LETTERS_UNSEEN39 = ROOT / "tests" / "fixtures" / "letters_unseen39"
SECONDARY_UNSEEN55 = ROOT / "tests" / "fixtures" / "secondary_unseen55"
SECONDARY_UNSEEN56 = ROOT / "tests" / "fixtures" / "secondary_unseen56"
LETTERS_UNSEEN40 = ROOT / "tests" / "fixtures" / "letters_unseen40"
REPORTS_UNSEEN09 = ROOT / "tests" / "fixtures" / "reports_unseen09"
SECONDARY_DEV7 = ROOT / "tests" / "fixtures" / "secondary_dev7"
SECONDARY_DEV8 = ROOT / "tests" / "fixtures" / "secondary_dev8"
SECONDARY_UNSEEN57 = ROOT / "tests" / "fixtures" / "secondary_unseen57"
LETTERS_UNSEEN41 = ROOT / "tests" / "fixtures" / "letters_unseen41"
REPORTS_UNSEEN10 = ROOT / "tests" / "fixtures" / "reports_unseen10"
REPORTS_UNSEEN11 = ROOT / "tests" / "fixtures" / "reports_unseen11"
SECONDARY_UNSEEN58 = ROOT / "tests" / "fixtures" / "secondary_unseen58"
LETTERS_UNSEEN42 = ROOT / "tests" / "fixtures" / "letters_unseen42"
REPORTS_UNSEEN12 = ROOT / "tests" / "fixtures" / "reports_unseen12"
SECONDARY_UNSEEN59 = ROOT / "tests" / "fixtures" / "secondary_unseen59"
LETTERS_UNSEEN43 = ROOT / "tests" / "fixtures" / "letters_unseen43"
REPORTS_UNSEEN13 = ROOT / "tests" / "fixtures" / "reports_unseen13"
SECONDARY_UNSEEN60 = ROOT / "tests" / "fixtures" / "secondary_unseen60"
LETTERS_UNSEEN44 = ROOT / "tests" / "fixtures" / "letters_unseen44"

# Measured at the commit that added this test (see the closing report of issue 8).
DEV_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.inspection_start=1",
    "reports.inspection_end=1", "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1", "dates.precision=1",
    # the gold holds the official name (la_name, resolved through pipeline/reference);
    # local_authority keeps the text's own style
    "reports.la_name=1",
]
# The held-out third, scored once after the rules were written (misses: SPLIT.md), then
# developed on for the general forms of its misses: gated at what it measures now.
HELDOUT_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.inspection_start=1",
    "reports.inspection_end=1", "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1", "reports.la_name=1",
]

NEWS_TARGETS = ["reports.document_type=1", "reports.local_authority=1",
                "reports.overall_effectiveness=1", "judgements.cells=1"]
NEWS_HELDOUT_TARGETS = ["reports.document_type=1", "judgements.cells=1",
                        "reports.local_authority=1"]
# Secondary sources written for issue 8's third round (figures before and after: the
# folders' READMEs and the commit). The authority is gated as the headline names it (the
# gold convention of every secondary set; doctype_news.json headline_form), since session 8.
SECONDARY_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.precision=1", "judgements.recall=1", "reports.inspection_start=1",
    "reports.inspection_end=1", "reports.publication_date=1", "dates.recall=1",
    "dates.precision=1", "reports.local_authority=1"]
# Written after a round's rules and scored once (their READMEs give those figures); now
# development material like the first two: the rules were since changed for the general
# forms of their misses (prose_grades.py), so they are gated at what is measured now.
SECONDARY_UNSEEN_TARGETS = [*SECONDARY_TARGETS[:-1], "reports.local_authority=1"]
SECONDARY_UNSEEN2_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.precision=1", "judgements.recall=1", "reports.inspection_start=1",
    "reports.inspection_end=1", "reports.publication_date=1", "dates.recall=1",
    "dates.precision=1", "reports.local_authority=0.87"]
# Written for the general forms of prose grades before the rules that read them (README:
# the figures before); the authority as the text names it is the doctype's business.
SECONDARY_DEV3_TARGETS = [*SECONDARY_TARGETS[:-3], "dates.recall=0.97", "dates.precision=1",
                          "reports.local_authority=1"]
# Written after the prose round's rules and scored once (README: the figures and misses:
# cells 86.1%, precision 96.9%); then the rules were changed for the general forms of its
# grade misses, so it is gated at what is measured now (its dates were not worked on).
SECONDARY_UNSEEN3_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.recall=1", "judgements.precision=1", "reports.publication_date=1",
    "reports.inspection_start=0.87", "reports.local_authority=1"]

# Written blind (by a session that never read the rules), scored before and after the round's
# prose-grade rules and never tuned on: the gate is what it measured (its README), raised to
# what it measured after the dates round of session 7, which was developed on other sets.
SECONDARY_UNSEEN4_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=0.98",
    "judgements.cells.precision=1", "judgements.precision=0.9", "reports.inspection_start=0.91",
    "reports.publication_date=0.91",
    "dates.recall=0.92", "dates.precision=1", "reports.local_authority=1"]
# Written blind in session 7 while the dates round was developed on secondary_dev4, and
# scored once after it (README: figures and misses: cells 84.7%, dates 84.5%); then the
# rules were changed for the general forms of its misses, so it is gated at what is
# measured now. The one start/end miss is a month-only visit, which reports.csv cannot
# hold as a day (dates.csv has it).
SECONDARY_UNSEEN5_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Written for the dates round by a session that never read the rules (README: how, and two
# gold corrections), scored before the round's rules (dates 53.1%, type 81.8%, authority
# 63.6%, cells 71.0%) and gated at what they reach. A monitoring visit's "less than a
# year after the council was rated inadequate", once its overall grade, is an earlier one
# since the unseen5 round.
# Written blind in session 7 while the rules were developed on secondary_unseen5, and scored
# once after them (README: figures and misses: cells 94.4%, dates 91.4%, overall 14/16);
# then developed on for the general forms of its misses, so it is gated at what is measured
# now.
SECONDARY_UNSEEN6_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]

# Written blind in session 7 while the rules were developed on secondary_unseen6, scored
# once after them (README: figures and misses), then developed on; the gate is what it
# measures after that (README 'Developed on (session 7)').
SECONDARY_UNSEEN7_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]

# Written blind in session 7 while the rules were developed on secondary_unseen7, and scored
# once after them (README: figures and misses); developed on in session 8 (README: before
# and after), so gated at what it measures now.
SECONDARY_UNSEEN8_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=0.98", "dates.precision=0.98",
    "reports.local_authority=1"]

# Written blind in session 8 while the rules were developed on secondary_unseen8, and scored
# once after them (README: figures and misses); developed on since (session 8 round on it):
# gated at what it then measures. The two month-only visits ('took place in June') are in
# dates.csv at month precision; reports.csv holds day dates only (OUTPUT_CONTRACT.md).
SECONDARY_UNSEEN9_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Invented letters (focused, assurance and monitoring visits, JTAIs, area SEND) written
# blind in session 8 while the letter rules were developed on the real letters' held-out
# third, scored once after them (README: figures and misses), then developed on in a
# later round of session 8 (README: before and after); gated at what that round measured.
LETTERS_UNSEEN1_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind at the end of session 8, after its rounds on secondary_unseen8 and 9 and on
# letters_unseen1 were merged, and scored once (READMEs: figures and misses); developed on
# since (session 8 round on it, README: before and after): gated at what it then measures.
# The two month-only visits are in dates.csv at month precision; reports.csv holds day
# dates only (OUTPUT_CONTRACT.md).
SECONDARY_UNSEEN10_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# letters_unseen2 was then developed on in a later round of session 8 and at the start of
# session 9 (README: before and after); gated at what it measures now.
LETTERS_UNSEEN2_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind in session 9 (after session 8's rounds were merged) and scored once on main
# 1e702a6 before any rule was changed for them (READMEs: figures and misses); both were
# developed on in session 9 (READMEs: before and after) and are gated at what they then
# measured; secondary_unseen11 again in session 10 (its README), gated at what it measures.
SECONDARY_UNSEEN11_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=0.98", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=0.98", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
LETTERS_UNSEEN3_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind in session 9 while the rules were developed on letters_unseen3, and scored
# once on main 5d7cf1c after that round (README: figures and misses); then developed on in
# session 9 (README: before and after) and gated at what it then measured.
LETTERS_UNSEEN4_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind in session 9 while the rules were developed on secondary_unseen11, and scored
# once after that round was merged (README: figures and misses); then development material
# for the round of session 9 on it (README: 'Developed on'), gated at what it then measured.
# One month-only visit is in neither reports.csv nor dates.csv: the form is not read.
SECONDARY_UNSEEN12_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=0.93", "reports.inspection_end=0.93",
    "reports.publication_date=1", "dates.recall=0.96", "dates.precision=1",
    "reports.local_authority=1"]

# Written blind in session 9 while the rules were developed on letters_unseen4, and scored
# once after that round was merged (README: figures and misses); developed on in session 9
# (README: before and after) and gated at what it then measured.
LETTERS_UNSEEN5_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind in session 9 while the rules were developed on secondary_unseen12, and scored
# once after that round was merged (README: figures and misses); then developed on (README:
# before and after), gated at what it measures after that round.
SECONDARY_UNSEEN13_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Written blind in session 9 while the rules were developed on letters_unseen5, scored
# once after that round was merged (README: figures and misses), then developed on for the
# general forms of its misses: gated at what it measures now.
LETTERS_UNSEEN6_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# The last pair of session 9, written blind while the rules were developed on
# secondary_unseen13 and letters_unseen6, and scored once after those rounds were merged
# (READMEs: figures and misses), gated at those figures; secondary_unseen14 was then developed
# on (sessions 9 and 10, its README: before/after) and is gated at what it measured after; a
# visit dated only by its month counts since session 10's contract (reports.csv holds it).
SECONDARY_UNSEEN14_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
LETTERS_UNSEEN7_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Session 10's first pair, written blind and scored once on main 4e08aa9 (READMEs: figures
# and misses), gated at those figures; secondary_unseen15 then developed on (its README:
# before and after) and gated at what it measures after that round.
SECONDARY_UNSEEN15_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=0.93",
    "judgements.cells=0.98", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=0.98", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# letters_unseen8, and letters_unseen7's last miss, were then developed on (session 10,
# the READMEs: before/after): both gated at what they measure after.
LETTERS_UNSEEN8_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Session 10's last four, written blind while the rules were developed on letters_unseen8 and
# secondary_unseen15, scored once on main 8fcc08c after those rounds and the second
# reading's mends were merged (READMEs: figures and misses), gated at those figures.
LETTERS_UNSEEN9_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
LETTERS_UNSEEN10_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN16_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
SECONDARY_UNSEEN17_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Scored once in session 11 on main 39a84be (READMEs): gates at what each measured; then
# developed on (session 11): raised to what each measures after the rounds (READMEs).
SECONDARY_UNSEEN18_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=0.93", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
SECONDARY_UNSEEN19_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
LETTERS_UNSEEN11_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
LETTERS_UNSEEN12_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind during the session-11 rounds, scored once after they were merged (main
# 0c106b1, READMEs): gates at what each measured. secondary_unseen20 was then developed on
# (grades20 round; its README's 'Developed on (session 11)'): gates at what it measures after;
# its authority miss mended by s51dev (session 22).
SECONDARY_UNSEEN20_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# letters_unseen13: raised after the session-11 round developed on it (README: before and after)
LETTERS_UNSEEN13_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# The session's last pair, written blind during its last rounds and scored once on its last
# main (d3daaaf, READMEs), not developed on: gates at what each measured.
SECONDARY_UNSEEN21_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
LETTERS_UNSEEN14_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written blind at the start of session 12 and scored once on main 7a439bd (READMEs):
# gates at what each measured. letters_unseen15 was then developed on in session 12
# (README: before and after) and is gated at what it measures now.
LETTERS_UNSEEN15_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# secondary_unseen22 after the session 12 round developed on it (README): what it measures.
SECONDARY_UNSEEN22_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=0.93"]

# Written blind in session 12 and scored once after its first rounds were merged (main
# bf5e42b, READMEs): gates at what each measured. letters_unseen16 was then developed on
# in session 12 (README: before and after) and is gated at what it measures now.
LETTERS_UNSEEN16_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# secondary_unseen23 after the session 12 round on its misses (README 'Developed on
# (session 12)'): what it then measures.
SECONDARY_UNSEEN23_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Written blind in session 12 and scored once after its second rounds and the second
# reading's fixes were merged (main 040186c, READMEs); developed on in sessions 12 and 13
# (README: before and after): gates at what it measures now.
LETTERS_UNSEEN17_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# Developed on in session 12, its last date miss in session 13 (README: figures before and
# after); its authority miss mended by s51dev (session 22).
SECONDARY_UNSEEN24_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Written blind at the start of session 13 and scored once on main 21bbd81, before any rule
# was changed for them (READMEs): gates at what each measured.
LETTERS_UNSEEN18_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# secondary_unseen25 was then developed on in session 13 (README: before and after).
SECONDARY_UNSEEN25_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Written blind at the start of session 13 and scored once on main 91a3a65, after the
# secondary_unseen25 round was merged and before any rule was changed for it (README);
# then developed on in session 13 (README: before and after).
SECONDARY_UNSEEN26_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=1", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=1", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Written blind at the start of session 13 and scored once on main f6e4de6, after the
# letters_unseen18 round was merged and before any rule was changed for it (README): gates
# at what it measured; raised after its round (session 13, helper letters26) to what it
# measures now.
LETTERS_UNSEEN19_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# The session's last pair, written blind during its first rounds and scored once on main
# b7c9afe after all four rounds were merged, not developed on (READMEs): gates at what each
# measured.
# letters_unseen20 was since developed on (session 14, helper l20dev; README): gated at what
# it measures now.
LETTERS_UNSEEN20_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# secondary_unseen27: raised after the session 14 round developed on it (helper s27dev;
# README 'Developed on (session 14)': before and after).
SECONDARY_UNSEEN27_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1",
    "judgements.cells=0.98", "judgements.cells.precision=1", "judgements.precision=1",
    "judgements.recall=0.98", "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Scored once at the start of session 14 (READMEs), before any rule was changed for them.
LETTERS_UNSEEN21_TARGETS = [
    # then developed on in session 14 (helper l21dev): gated at what it measures now
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1", "inspectors.recall=1",
    "inspectors.precision=1", "dates.recall=1", "dates.precision=1"]
# secondary_unseen28 raised after its round (session 14, helper s28dev; README).
SECONDARY_UNSEEN28_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=0.87", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# The session's last pair, written blind during its first rounds and scored once on main
# 0d7ca33 after its four rounds were merged (READMEs): gates at what each measured.
# letters_unseen22 raised after its round of development (l22dev, session 14; README).
LETTERS_UNSEEN22_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=0.93",
    "inspectors.recall=0.95", "inspectors.precision=1", "dates.recall=0.98",
    "dates.precision=1"]
# secondary_unseen29 since developed on (round s29dev, README: before and after).
SECONDARY_UNSEEN29_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]
# Session 15's pair, written blind (names and dates in less usual forms; what is not this
# inspection's grade beside what is) and scored once on main ad311d4 before any rule was
# changed for them (READMEs): gates at what each measured. letters_unseen23 raised to what it
# measures after the l23dev round (README, 'Developed on (session 15)').
LETTERS_UNSEEN23_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# secondary_unseen30 since developed on (round s30dev, README: before and after).
SECONDARY_UNSEEN30_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 15's second pair, written blind during the first rounds (dates and people that
# are not the visit's or the team's; the format's noise) and scored once on main 3265400
# after them, before any rule was changed for them (READMEs): gates at what each measured.
LETTERS_UNSEEN24_TARGETS = [
    # raised to what it measures after the l24dev round (README, 'Developed on (session 15)')
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN31_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=0.87"]
# Session 15's last pair, written blind as representative samples (letters and secondary
# sources as they usually are, no stress) during the later rounds, scored once on main
# b443503 after all the session's rounds, before any rule was changed for them (READMEs):
# gates at what each measured; raised by round r15dev (session 15) to what each
# measures after it.
LETTERS_UNSEEN25_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN32_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A second representative pair, written blind at the session's end and scored once on main
# f2a4e75 (the session's last rules) (READMEs): gates at what each measured; raised by
# round r16dev (session 16) to what each measures after it.
LETTERS_UNSEEN26_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN33_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A third representative pair, written blind at session 16's start and scored once on main
# c4d95e6 before any rule was changed for it (READMEs): gates at what each measured; raised
# by round r16dev (session 16) to what each measures after it.
LETTERS_UNSEEN27_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN34_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A fourth representative pair, written blind at session 16's start with the third and scored
# once on main 750e7ed after the session's first rounds were merged (READMEs); the secondary
# set raised after round s35dev (its README).
LETTERS_UNSEEN28_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN35_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A fifth representative pair, written blind during session 16 and scored once on main bfb2327
# after all the session's rounds were merged (READMEs); both raised by round s36dev (session
# 16) to what they measure after it.
LETTERS_UNSEEN29_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN36_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A sixth representative pair, written blind at session 17's start and scored once on main
# b93c641 before any rule was changed for it (READMEs); secondary_unseen37 raised by round
# s37dev (session 17) to what it measures after it (its three misses left to round sdates17
# stay in the gates as they measure).
LETTERS_UNSEEN30_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
SECONDARY_UNSEEN37_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# (publication and dates raised to 1 by round sdates18: a weekday read from a bare dateline)
# A seventh representative pair, written blind during session 17's rounds and scored once on
# main d2f68f9 after s37dev, sdates17 and metrics17 were merged (READMEs).
LETTERS_UNSEEN31_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=0.98",
    "dates.precision=1"]
SECONDARY_UNSEEN38_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=0.93"]
# An eighth representative pair, written blind at the start of session 18 and scored once on
# main e9d3ea0 before any rule was changed for them (READMEs).
LETTERS_UNSEEN32_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# secondary_unseen39 then developed in round s39dev (its README: before and after).
SECONDARY_UNSEEN39_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A ninth representative secondary set, written blind during session 18's rounds and scored
# once on main c18fcbc after sdates18, sgrades18 and s39dev were merged; then developed in
# round s40dev (its README: before and after).
SECONDARY_UNSEEN40_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# A ninth representative pair, written blind during session 18's rounds and scored once on main
# ba80c02 after them, before any rule was changed for it (READMEs);
# letters_unseen33 then developed in round l33dev (its README: before and after).
LETTERS_UNSEEN33_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# Session 19's representative letters set, scored once on main e4e9711: every field 100%.
LETTERS_UNSEEN34_TARGETS = LETTERS_UNSEEN33_TARGETS
# Session 20's representative letters set, scored once on main 5b05650: every field 100%.
LETTERS_UNSEEN35_TARGETS = LETTERS_UNSEEN33_TARGETS
# Session 20's second representative letters set, scored once after the session's rounds: every
# field 100%.
LETTERS_UNSEEN36_TARGETS = LETTERS_UNSEEN33_TARGETS
# Session 21's representative letters set, scored once on main b33897e: every field 100% but
# dates 65/66 (an earlier inspection by another inspectorate, told by its year); then
# developed in round s47dev: every field 100%.
LETTERS_UNSEEN37_TARGETS = LETTERS_UNSEEN33_TARGETS
# secondary_unseen41 then developed in round s41dev (its README: before and after).
SECONDARY_UNSEEN41_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# The last representative secondary set of session 18, written blind and scored once on main
# d0a652a, the session's last rules, not developed on (README); its two authority misses (a
# council's name over a one-step breadcrumb) mended in round sdates19 (README).
SECONDARY_UNSEEN42_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Session 19's first representative set, scored once on main e4e9711 (its README), then
# developed in round s43dev (every field 100%).
SECONDARY_UNSEEN43_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Session 20's representative set, scored once on main 5b05650 (its README), then
# developed in round s44dev (every field 100%).
SECONDARY_UNSEEN44_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Session 20's blind checks of its rounds: two representative sets written during them and
# scored once after they were merged, before any rule changed for them (READMEs).
SECONDARY_UNSEEN45_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
SECONDARY_UNSEEN46_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 21's representative secondary set, scored once on main b33897e (its README's end);
# then developed in round s47dev (README: before and after; the month-first range is
# sdates21's).
SECONDARY_UNSEEN47_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=0.93", "reports.inspection_end=0.93", "reports.publication_date=1",
    "dates.recall=0.96", "dates.precision=1", "reports.local_authority=1"]
# Session 21's second and third representative secondary sets, scored once after the session's
# rounds (int21 6c331b2; their READMEs' end).
# Developed on in session 21 (s4849dev): s48 cells 79/81, dates 58/58, authority 15/16;
# s49 cells 80/80, dates 63/63, authority 15/16, every other field 16/16.
# Round grades22 (session 22) mended the forms s4849dev left: s48 cells 81/81 and authority
# 16/16, s49 authority 16/16; every field of both 100%.
SECONDARY_UNSEEN48_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]
SECONDARY_UNSEEN49_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]
# Session 21's first set of full reports written blind (condensed, as pdftotext lays them out),
# scored once on main 5c1dd9d: every report field 12/12 but overall 10/12; cells 64/66.
# Developed on in session 21 (r01dev: the table's rows at the margin ran into one
# paragraph): every field 12/12, cells 66/66, all from the table.
REPORTS_UNSEEN01_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 21's second set of full reports written blind, scored once after r01dev's merge (int21
# 6a66681): every field 12/12 but the lead inspector 11/12 (name on the line after its label).
# Developed on in session 21 (r02dev: a lead's label alone on its line): every field 12/12.
REPORTS_UNSEEN02_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]

# Session 22's representative letters set, scored once on main 54f747b (the session's start):
# every field 100% but inspectors 50/51 (a CQC inspector in an area SEND revisit's signature
# table taken as a signatory) and dates 65/66 (an earlier inspection by 'HM Inspectorate of
# Probation', told by its year).
# Developed on in session 22 (l38s50dev: the CQC inspector's full job name under the heads;
# the inspectorates' short names where the full one dates an earlier inspection): every
# field 100%.
LETTERS_UNSEEN38_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# Session 22's representative secondary set, scored once on main 54f747b: every field 16/16
# but overall 14/16 (a monitoring visit's standing grade; a charity named for care leavers),
# cells 79/81.
# Developed on in session 22 (l38s50dev: a grade standing still in a monitoring visit's item;
# a body named for an area): overall 16/16, cells 81/81, every field 100%.
SECONDARY_UNSEEN50_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]
# Session 22's set of full reports written blind, scored once on main 54f747b: type and
# authority 10/12 (a 2012 looked after children inspection's title wrapped; a 2013 inspection
# of arrangements for the protection of children), overall 10/12 (two SIF overall lines),
# cells 56/61; dates and lead 12/12.
# Developed on in session 22 (README: figures before and after).
REPORTS_UNSEEN03_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 22's second set of full reports written blind, scored once after round r03dev (int22
# 717d776): every report field 12/12; cells 54/61 (an earlier inspection's grades listed as
# 'Area: Grade' lines in a SIF re-inspection; a 2012 protection of children table without its
# header row).
# Developed on in session 22 (README: figures before and after).
REPORTS_UNSEEN04_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 22's second representative secondary set, written blind during the session's rounds
# and scored once after them (int22 77f9b83): cells 80/80; dates 63/65; authority,
# publication and overall 15/16; the rest 16/16. Developed on by s51dev (README 'Developed
# on (session 22)'): every field 16/16, cells 80/80, dates 65/65.
SECONDARY_UNSEEN51_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=1", "dates.precision=1", "reports.local_authority=1"]
# Session 22's third set of full reports written blind, scored once on main c005026 (after every
# round of the session): every report field 12/12; cells 60/62 (one row's key: 'Capacity for
# improvement' keyed as written, the gold keys it capacity_to_improve). Session 23 keys the two
# wordings of that judgement alike (areas_labels.json old_label_keys): cells 61/61.
REPORTS_UNSEEN05_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 22's third representative secondary set, scored once on main c005026 (after every
# round of the session): type, authority, publication and overall 16/16; start and end 14/16;
# cells 78/80; dates 58/63. Developed on in round s52dev (README): every field 16/16, cells
# 80/80, dates 63/63.
SECONDARY_UNSEEN52_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Session 23's first set of full reports written blind, scored once on main 612521e (the
# session's start): every field 12/12, cells 61/61.
REPORTS_UNSEEN06_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 23's first representative secondary set, scored once on main 612521e (the session's
# start): every field 16/16 but start and end 15/16; cells 79/79; dates 59/65 (none extra).
# Developed on in round s53dev (README): every field 16/16, cells 79/79, dates 65/65.
SECONDARY_UNSEEN53_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 23's second set of full reports written blind, scored once on main 612521e (the
# session's start): every field 12/12 but type 11/12 (README: a SIF report naming a previous
# SIF inspection two years before, read as a re-inspection); cells 61/61.
REPORTS_UNSEEN07_TARGETS = [
    "reports.rows=1", "reports.document_type=0.91", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 23's third set of full reports written blind, scored once on int23 1052a05 (after every
# round of the session): every field 12/12, cells 61/61.
REPORTS_UNSEEN08_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 23's second representative secondary set, scored once on int23 1052a05 (after every
# round of the session): every field 16/16; cells 72/75 (none extra); dates 62/63 (none extra).
# Round s54dev mended the general forms behind its misses (help and protection 'offered to
# children at risk', 'The one area to be rated good was ...', 'was last fully inspected three
# years ago'): cells 75/75, dates 63/63, gated there.
SECONDARY_UNSEEN54_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 23's representative letters, scored once on main 5cb7e82 (the session's last rules but
# one round): every field 16/16 but the lead 15/16; inspectors 45/53 (P 88.2%: two columns of
# signatures on one line read as one name); dates 65/66. After l39dev (signatures on the page
# after the closing read by column, their 'Ofsted' heading there no running head): the lead
# 16/16, inspectors 53/53; and 'Since Ofsted inspected X's services in 2018' read as 'When
# ...' is: dates 66/66.
LETTERS_UNSEEN39_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# Session 23's third representative secondary set, scored once on main 5cb7e82: type, authority,
# start, end and overall 14/16 (two items typed other, so nothing read: a re-inspection's story
# headed '... no longer inadequate'; a trade item with 'Report published:' and 'Inspection
# dates:' lines), publication 15/16; cells 67/79; dates 59/65 (none extra). After s55dev:
# type, authority and overall 16/16, cells 77/79, dates 59/65. After sdates24 (its
# 'over four weeks in July and August' after 'follows a visit by inspectors', and its
# 'Report published: Tuesday 23 May' under 'KEY FACTS' dated by the cutting's foot): start,
# end and publication 16/16, dates 65/65.
SECONDARY_UNSEEN55_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=0.97",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=0.97",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Session 24's first representative secondary set, scored once on main 78f2493 (the session's
# start): every field 16/16 but publication 15/16; cells 77/79 (none extra); dates 61/63 (none
# extra). After round s56dev (a grade straight before its areas; years counted back after an
# inspection that rated the services): cells 79/79, dates 62/63. After round sdates24 (a
# newspaper cutting's foot line dates the item when nothing at its top does): s56_05's
# publication read, every field 16/16, dates 63/63.
SECONDARY_UNSEEN56_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]

# Session 24's representative letters, scored once on main 78f2493 (the session's start): every
# field 16/16; inspectors 50/52 (two JTAI signatories' designations taken as their titles are
# written); dates 65/65. Round l40dev: inspectors 52/52 (targets raised).
LETTERS_UNSEEN40_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# Session 24's full reports written blind, scored once on main 78f2493 (the session's start):
# every field 12/12, cells 61/61.
REPORTS_UNSEEN09_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]

# Session 24's second representative secondary set, scored once on int24 3464d6a (after every
# rule round of the session): every field 16/16, cells 80/80, dates 64/64.
SECONDARY_UNSEEN57_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 24's second representative letters, scored once on int24 3464d6a (after every rule
# round of the session): every field 16/16, inspectors 53/53, dates 66/66.
LETTERS_UNSEEN41_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
# Session 24's second set of full reports written blind, scored once on int24 3464d6a (after
# every rule round of the session): every report field 12/12; cells 57/62 (a SIF
# re-inspection's previous judgements listed in its local facts read as its own, four rows; a
# grade printed on the line above its label read as the label's below, one row).
REPORTS_UNSEEN10_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 25's full reports written blind, scored once on int25 1b0c9db (main, before any
# rule changed for them): every report field 12/12, cells 60/61; raised after r11dev: 61/61.
REPORTS_UNSEEN11_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.local_authority=1",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "reports.lead_inspector=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1"]
# Session 25's secondary sources written blind, scored once on int25 1b0c9db: cells 71/79,
# publication and authority 15/16, dates 62/64 (one extra); raised after s58dev and the
# session's other rounds: every report field 16/16, dates 64/64, cells 74/79.
SECONDARY_UNSEEN58_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=0.93",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=0.93",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 25's second wave, scored once on int25 4b6d2dcc (after the rounds mprec25, s58dev,
# r11dev, scells25): reports_unseen12 every field 12/12, cells 62/62; secondary_unseen59
# every report field 16/16, cells 68/79, dates 62/63 (then 79/79, 63/63: s59dev);
# letters_unseen43 every field 16/16, inspectors 48/54, dates 65/68 (then 54/54, 68/68: l43dev).
REPORTS_UNSEEN12_TARGETS = REPORTS_UNSEEN11_TARGETS
SECONDARY_UNSEEN59_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
# Session 25's letters written blind, scored once on int25 1b0c9db: every field 16/16,
# inspectors 52/52, dates 68/68.
LETTERS_UNSEEN42_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]
LETTERS_UNSEEN43_TARGETS = LETTERS_UNSEEN42_TARGETS
# Session 25's third wave, scored once on int25 2d76355c (after every round of the session),
# then developed by s60dev and l44dev (their sets' targets raised): reports_unseen13 every
# field 12/12, cells 61/61; secondary_unseen60 every report field 16/16 but authority 15/16,
# cells 74/79 (one extra), dates 64/64 (then 16/16, 76/79: s60dev); letters_unseen44 every
# field 16/16 but start and end 15/16, inspectors 52/52, dates 63/65 (then 16/16, 65/65).
REPORTS_UNSEEN13_TARGETS = REPORTS_UNSEEN11_TARGETS
# After round s60dev: authority 16/16, cells 76/79 (none extra; s60_04's 'that verdict' and
# LSCB 'it' left).
SECONDARY_UNSEEN60_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=0.96",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=0.96",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "dates.recall=1", "dates.precision=1",
    "reports.local_authority=1"]
LETTERS_UNSEEN44_TARGETS = [
    "reports.rows=1", "reports.document_type=1", "reports.la_name=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=1", "reports.lead_inspector=1",
    "inspectors.recall=1", "inspectors.precision=1", "dates.recall=1",
    "dates.precision=1"]

# Written by the session that developed the shared-grade rules, each form before its rule
# (README: figures before and after).
SECONDARY_DEV5_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.precision=1", "judgements.recall=1", "reports.inspection_start=1",
    "reports.inspection_end=1", "reports.publication_date=1", "dates.recall=1",
    "dates.precision=1", "reports.local_authority=1"]

# Written by round sdates23 (session 23) in seven batches, each gold written before its run,
# and developed on for dates only (README: per-batch figures before and after). Gated at what
# it measures after the round: dates 336/337 (the one miss a trust's name beside the place,
# left), start, end and publication 82/82; the other fields as main measured them before the
# round (no rule of theirs changed): type and overall 79/82, authority 63/82, cells 371/380.
SECONDARY_DEV6_TARGETS = [
    "reports.document_type=0.96", "reports.overall_effectiveness=0.96", "judgements.cells=0.97",
    "judgements.cells.precision=1", "judgements.precision=0.98", "judgements.recall=0.96",
    "reports.inspection_start=1", "reports.inspection_end=1", "reports.publication_date=1",
    "dates.recall=0.99", "dates.precision=1", "reports.local_authority=0.76"]

# Written by round sdates24 (session 24) in three batches, each gold written before its run,
# and developed on for dates only (README: per-batch figures before and after). Gated at what
# it measures after the round: dates 119/126 (left: a forum post's 'Sun 19-Nov-23' stamp, a
# release's embargo line in capitals, a scrutiny report's inspection-history table), start and
# end 30/32, publication 28/32; the other fields as the round measured them (no rule of
# theirs changed): type and overall 32/32, authority 27/32, cells 146/167.
# Raised by round scells25 (session 25: 'A, B and C all outstanding'): cells 149/167; the six
# 2022 items whose gold keys the 2023 areas are read by the framework in force (README).
# Raised by round sleft25 (session 25: the embargo line in capitals and the forum post's
# hyphened stamp read; the inspection-history table left): dates 123/126, start and end
# 31/32, publication 30/32 (the two left are month-precision publications the reports table
# leaves blank; their date rows are right).
SECONDARY_DEV7_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=0.89",
    "judgements.cells.precision=0.96", "judgements.precision=0.96", "judgements.recall=0.92",
    "reports.inspection_start=0.96", "reports.inspection_end=0.96",
    "reports.publication_date=0.93", "dates.recall=0.97", "dates.precision=1",
    "reports.local_authority=0.84"]

# Written by round sdates24b (session 24) in six batches of 10, each gold written before its
# run, and developed on for dates only (README: per-batch figures before and after). Gated at
# what it measures after the round: dates 245/250 with 2 extra (two visits after 'most
# recent', a report 'out since', left), start, end and publication 58/60; the other fields
# as measured (no rule of theirs changed): authority 40/60, overall 59/60, cells 284/300.
# Raised by round sleft24b (the two 'most recent' visits and the report 'out since' read):
# dates 250/250 with 1 extra (an extra 2018, left), start and end 60/60, publication 59/60.
# Raised by round scells25 (session 25: one grade 'overall and in' a list of areas, a visit
# 'until' a day, a report 'out since' a day, an adjunct dating a relative clause): cells
# 300/300, overall 60/60.
SECONDARY_DEV8_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.cells.precision=1", "judgements.precision=1", "judgements.recall=1",
    "reports.inspection_start=1", "reports.inspection_end=1",
    "reports.publication_date=0.98", "dates.recall=1", "dates.precision=0.99",
    "reports.local_authority=0.66"]

SECONDARY_DEV4_TARGETS = [
    "reports.document_type=1", "reports.overall_effectiveness=1", "judgements.cells=1",
    "judgements.precision=1", "judgements.recall=1", "reports.inspection_start=1",
    "reports.inspection_end=1", "reports.publication_date=1", "dates.recall=1",
    "dates.precision=1", "reports.local_authority=1"]

needs_letters = pytest.mark.skipif(not LETTERS.is_dir(),
                                   reason="../shared/corpus/letters is absent (fresh clone)")


def _split_module():
    spec = importlib.util.spec_from_file_location("letters_split", LETTERS_GOLD / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _report(scores) -> str:
    return "\n".join([s.line() for s in scores.values()]
                     + [f"  {m}" for s in scores.values() for m in s.misses[:30]])


@pytest.fixture(scope="module")
def letters(letters_run: Path, tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    """The session's one run over the letters, and the gold split into its two parts."""
    gold = tmp_path_factory.mktemp("letters_gold")
    return letters_run, _split_module().write_split(gold)


def test_split_is_a_third_and_stable() -> None:
    import csv

    held_out = _split_module().held_out
    with open(LETTERS_GOLD / "gold_reports.csv", encoding="utf-8", newline="") as fh:
        names = [r["source_path"] for r in csv.DictReader(fh)]
    held = sorted(n for n in names if held_out(n))
    assert 0.25 <= len(held) / len(names) <= 0.4
    listed = (LETTERS_GOLD / "SPLIT.md").read_text(encoding="utf-8")
    assert all(f"`{n}`" in listed for n in held)


@needs_letters
@pytest.mark.parametrize("part", ["dev", "heldout"])
def test_letters_gold(letters, part: str) -> None:
    run, parts = letters
    scores = evaluate(parts[part], run)
    print(_report(scores))
    failures = check(scores, DEV_TARGETS if part == "dev" else HELDOUT_TARGETS)
    assert not failures, failures


@pytest.mark.parametrize("folder, targets", [
    (NEWS, NEWS_TARGETS), (NEWS_HELDOUT, NEWS_HELDOUT_TARGETS),
    (SECONDARY, SECONDARY_TARGETS),
    (SECONDARY_HELDOUT, [*SECONDARY_TARGETS[:-1], "reports.local_authority=1"]),
    (SECONDARY_UNSEEN, SECONDARY_UNSEEN_TARGETS),
    (SECONDARY_UNSEEN2, SECONDARY_UNSEEN2_TARGETS),
    (SECONDARY_DEV3, SECONDARY_DEV3_TARGETS),
    (SECONDARY_UNSEEN3, SECONDARY_UNSEEN3_TARGETS),
    (SECONDARY_UNSEEN4, SECONDARY_UNSEEN4_TARGETS),
    (SECONDARY_DEV4, SECONDARY_DEV4_TARGETS),
    (SECONDARY_UNSEEN5, SECONDARY_UNSEEN5_TARGETS),
    (SECONDARY_UNSEEN6, SECONDARY_UNSEEN6_TARGETS),
    (SECONDARY_UNSEEN7, SECONDARY_UNSEEN7_TARGETS),
    (SECONDARY_UNSEEN8, SECONDARY_UNSEEN8_TARGETS),
    (SECONDARY_DEV5, SECONDARY_DEV5_TARGETS),
    (SECONDARY_UNSEEN9, SECONDARY_UNSEEN9_TARGETS),
    (LETTERS_UNSEEN1, LETTERS_UNSEEN1_TARGETS),
    (SECONDARY_UNSEEN10, SECONDARY_UNSEEN10_TARGETS),
    (LETTERS_UNSEEN2, LETTERS_UNSEEN2_TARGETS),
    (SECONDARY_UNSEEN11, SECONDARY_UNSEEN11_TARGETS),
    (LETTERS_UNSEEN3, LETTERS_UNSEEN3_TARGETS),
    (LETTERS_UNSEEN4, LETTERS_UNSEEN4_TARGETS),
    (SECONDARY_UNSEEN12, SECONDARY_UNSEEN12_TARGETS),
    (LETTERS_UNSEEN5, LETTERS_UNSEEN5_TARGETS),
    (SECONDARY_UNSEEN13, SECONDARY_UNSEEN13_TARGETS),
    (LETTERS_UNSEEN6, LETTERS_UNSEEN6_TARGETS),
    (SECONDARY_UNSEEN14, SECONDARY_UNSEEN14_TARGETS),
    (LETTERS_UNSEEN7, LETTERS_UNSEEN7_TARGETS),
    (SECONDARY_UNSEEN15, SECONDARY_UNSEEN15_TARGETS),
    (LETTERS_UNSEEN8, LETTERS_UNSEEN8_TARGETS),
    (LETTERS_UNSEEN9, LETTERS_UNSEEN9_TARGETS),
    (LETTERS_UNSEEN10, LETTERS_UNSEEN10_TARGETS),
    (SECONDARY_UNSEEN16, SECONDARY_UNSEEN16_TARGETS),
    (SECONDARY_UNSEEN17, SECONDARY_UNSEEN17_TARGETS),
    (SECONDARY_UNSEEN18, SECONDARY_UNSEEN18_TARGETS),
    (SECONDARY_UNSEEN19, SECONDARY_UNSEEN19_TARGETS),
    (LETTERS_UNSEEN11, LETTERS_UNSEEN11_TARGETS),
    (LETTERS_UNSEEN12, LETTERS_UNSEEN12_TARGETS),
    (SECONDARY_UNSEEN20, SECONDARY_UNSEEN20_TARGETS),
    (LETTERS_UNSEEN13, LETTERS_UNSEEN13_TARGETS),
    (LETTERS_UNSEEN14, LETTERS_UNSEEN14_TARGETS),
    (SECONDARY_UNSEEN21, SECONDARY_UNSEEN21_TARGETS),
    (LETTERS_UNSEEN15, LETTERS_UNSEEN15_TARGETS),
    (SECONDARY_UNSEEN22, SECONDARY_UNSEEN22_TARGETS),
    (LETTERS_UNSEEN16, LETTERS_UNSEEN16_TARGETS),
    (SECONDARY_UNSEEN23, SECONDARY_UNSEEN23_TARGETS),
    (LETTERS_UNSEEN17, LETTERS_UNSEEN17_TARGETS),
    (SECONDARY_UNSEEN24, SECONDARY_UNSEEN24_TARGETS),
    (LETTERS_UNSEEN18, LETTERS_UNSEEN18_TARGETS),
    (SECONDARY_UNSEEN25, SECONDARY_UNSEEN25_TARGETS),
    (SECONDARY_UNSEEN26, SECONDARY_UNSEEN26_TARGETS),
    (LETTERS_UNSEEN19, LETTERS_UNSEEN19_TARGETS),
    (LETTERS_UNSEEN20, LETTERS_UNSEEN20_TARGETS),
    (SECONDARY_UNSEEN27, SECONDARY_UNSEEN27_TARGETS),
    (SECONDARY_UNSEEN28, SECONDARY_UNSEEN28_TARGETS),
    (LETTERS_UNSEEN21, LETTERS_UNSEEN21_TARGETS),
    (LETTERS_UNSEEN22, LETTERS_UNSEEN22_TARGETS),
    (SECONDARY_UNSEEN29, SECONDARY_UNSEEN29_TARGETS),
    (LETTERS_UNSEEN23, LETTERS_UNSEEN23_TARGETS),
    (SECONDARY_UNSEEN30, SECONDARY_UNSEEN30_TARGETS),
    (LETTERS_UNSEEN24, LETTERS_UNSEEN24_TARGETS),
    (SECONDARY_UNSEEN31, SECONDARY_UNSEEN31_TARGETS),
    (LETTERS_UNSEEN25, LETTERS_UNSEEN25_TARGETS),
    (SECONDARY_UNSEEN32, SECONDARY_UNSEEN32_TARGETS),
    (LETTERS_UNSEEN26, LETTERS_UNSEEN26_TARGETS),
    (SECONDARY_UNSEEN33, SECONDARY_UNSEEN33_TARGETS),
    (LETTERS_UNSEEN27, LETTERS_UNSEEN27_TARGETS),
    (SECONDARY_UNSEEN34, SECONDARY_UNSEEN34_TARGETS),
    (LETTERS_UNSEEN28, LETTERS_UNSEEN28_TARGETS),
    (SECONDARY_UNSEEN35, SECONDARY_UNSEEN35_TARGETS),
    (LETTERS_UNSEEN29, LETTERS_UNSEEN29_TARGETS),
    (SECONDARY_UNSEEN36, SECONDARY_UNSEEN36_TARGETS),
    (LETTERS_UNSEEN30, LETTERS_UNSEEN30_TARGETS),
    (SECONDARY_UNSEEN37, SECONDARY_UNSEEN37_TARGETS),
    (LETTERS_UNSEEN31, LETTERS_UNSEEN31_TARGETS),
    (SECONDARY_UNSEEN38, SECONDARY_UNSEEN38_TARGETS),
    (LETTERS_UNSEEN32, LETTERS_UNSEEN32_TARGETS),
    (SECONDARY_UNSEEN39, SECONDARY_UNSEEN39_TARGETS),
    (SECONDARY_UNSEEN40, SECONDARY_UNSEEN40_TARGETS),
    (LETTERS_UNSEEN33, LETTERS_UNSEEN33_TARGETS),
    (LETTERS_UNSEEN34, LETTERS_UNSEEN34_TARGETS),
    (LETTERS_UNSEEN35, LETTERS_UNSEEN35_TARGETS),
    (LETTERS_UNSEEN36, LETTERS_UNSEEN36_TARGETS),
    (LETTERS_UNSEEN37, LETTERS_UNSEEN37_TARGETS),
    (SECONDARY_UNSEEN41, SECONDARY_UNSEEN41_TARGETS),
    (SECONDARY_UNSEEN42, SECONDARY_UNSEEN42_TARGETS),
    (SECONDARY_UNSEEN43, SECONDARY_UNSEEN43_TARGETS),
    (SECONDARY_UNSEEN44, SECONDARY_UNSEEN44_TARGETS),
    (SECONDARY_UNSEEN45, SECONDARY_UNSEEN45_TARGETS),
    (SECONDARY_UNSEEN46, SECONDARY_UNSEEN46_TARGETS),
    (SECONDARY_UNSEEN47, SECONDARY_UNSEEN47_TARGETS),
    (REPORTS_UNSEEN01, REPORTS_UNSEEN01_TARGETS),
    (REPORTS_UNSEEN02, REPORTS_UNSEEN02_TARGETS),
    (SECONDARY_UNSEEN48, SECONDARY_UNSEEN48_TARGETS),
    (SECONDARY_UNSEEN49, SECONDARY_UNSEEN49_TARGETS),
    (LETTERS_UNSEEN38, LETTERS_UNSEEN38_TARGETS),
    (SECONDARY_UNSEEN50, SECONDARY_UNSEEN50_TARGETS),
    (REPORTS_UNSEEN03, REPORTS_UNSEEN03_TARGETS),
    (REPORTS_UNSEEN04, REPORTS_UNSEEN04_TARGETS),
    (SECONDARY_UNSEEN51, SECONDARY_UNSEEN51_TARGETS),
    (REPORTS_UNSEEN05, REPORTS_UNSEEN05_TARGETS),
    (SECONDARY_UNSEEN52, SECONDARY_UNSEEN52_TARGETS),
    (REPORTS_UNSEEN06, REPORTS_UNSEEN06_TARGETS),
    (SECONDARY_UNSEEN53, SECONDARY_UNSEEN53_TARGETS),
    (REPORTS_UNSEEN07, REPORTS_UNSEEN07_TARGETS),
    (SECONDARY_DEV6, SECONDARY_DEV6_TARGETS),
    (REPORTS_UNSEEN08, REPORTS_UNSEEN08_TARGETS),
    (SECONDARY_UNSEEN54, SECONDARY_UNSEEN54_TARGETS),
    (LETTERS_UNSEEN39, LETTERS_UNSEEN39_TARGETS),
    (SECONDARY_UNSEEN55, SECONDARY_UNSEEN55_TARGETS),
    (SECONDARY_UNSEEN56, SECONDARY_UNSEEN56_TARGETS),
    (LETTERS_UNSEEN40, LETTERS_UNSEEN40_TARGETS),
    (REPORTS_UNSEEN09, REPORTS_UNSEEN09_TARGETS),
    (SECONDARY_DEV7, SECONDARY_DEV7_TARGETS),
    (SECONDARY_DEV8, SECONDARY_DEV8_TARGETS),
    (SECONDARY_UNSEEN57, SECONDARY_UNSEEN57_TARGETS),
    (LETTERS_UNSEEN41, LETTERS_UNSEEN41_TARGETS),
    (REPORTS_UNSEEN10, REPORTS_UNSEEN10_TARGETS),
    (REPORTS_UNSEEN11, REPORTS_UNSEEN11_TARGETS),
    (SECONDARY_UNSEEN58, SECONDARY_UNSEEN58_TARGETS),
    (LETTERS_UNSEEN42, LETTERS_UNSEEN42_TARGETS),
    (REPORTS_UNSEEN12, REPORTS_UNSEEN12_TARGETS),
    (SECONDARY_UNSEEN59, SECONDARY_UNSEEN59_TARGETS),
    (LETTERS_UNSEEN43, LETTERS_UNSEEN43_TARGETS),
    (REPORTS_UNSEEN13, REPORTS_UNSEEN13_TARGETS),
    (SECONDARY_UNSEEN60, SECONDARY_UNSEEN60_TARGETS),
    (LETTERS_UNSEEN44, LETTERS_UNSEEN44_TARGETS)])
def test_news_prose_grades(tmp_path: Path, folder: Path, targets: list[str]) -> None:
    assert run_cli("run", str(folder / "texts"), "--out", str(tmp_path)) == 0
    scores = evaluate(folder, tmp_path)
    print(_report(scores))
    assert not check(scores, targets)


# -- letter forms, on short texts ------------------------------------------------------

def people(rec: dict) -> list[tuple[str, str, str]]:
    return [(r["name"], r["role"], r["designation"]) for r in rec["tables"]["inspectors"]]


LETTER = ("3 March 2021\nDear Ms Roe\nFocused visit to Westshire County Council children’s "
          "services\nThis letter summarises the findings of a focused visit on 2 and 3 February"
          " 2021. {team}\nFindings follow.\n{closing}\n")


@pytest.mark.parametrize("team, closing, want", [
    ("The inspectors were Kate Moss, Her Majesty’s Inspector, and Diane Lane, Her "
     "Majesty’s Inspector.", "Yours sincerely\nKate Moss\nHer Majesty’s Inspector",
     [("Kate Moss", "lead_inspector", "HMI"), ("Diane Lane", "inspector", "HMI")]),
    ("Her Majesty’s Inspectors for this visit were Lorna Smith HMI and Neil Penn HMI.",
     "Your sincerely\nLorna Smith\nHer Majesty’s Inspector",
     [("Lorna Smith", "lead_inspector", "HMI"), ("Neil Penn", "inspector", "HMI")]),
    ("The visit was carried out by Ann Bell, Bob Cole, Cy Dunn and Di Eve, Her Majesty’s "
     "Inspectors.", "Ann Bell Her Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "HMI"), ("Di Eve", "inspector", "HMI")]),
    ("The inspectors were Her Majesty’s Inspectors (HMI) Social Care, Ann Bell and Bob Cole, "
     "and Tracey Ledder, team inspector, with Sam Hill, HMI designate.",
     "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Tracey Ledder", "team_inspector", "HMI"), ("Sam Hill", "inspector", "HMI designate")]),
    # the designation in lower case, the names with none of their own
    ("Her Majesty’s inspectors for this visit were Jo Ward and Vic Horne.",
     "Yours sincerely\nJo Ward\nHer Majesty’s Inspector",
     [("Jo Ward", "lead_inspector", "HMI"), ("Vic Horne", "inspector", "HMI")]),
    # the lead named first, then 'the other inspectors'; 'Ofsted Inspector', 'Senior HMI'
    ("The lead inspector was Ann Bell, Senior HMI. The other inspectors were Bob Cole, HMI, "
     "and Cy Dunn, Ofsted Inspector.", "Yours sincerely\nAnn Bell\nSenior HMI",
     [("Ann Bell", "lead_inspector", "Senior HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    # 'It' for the visit named in the sentence before
    ("This was the fourth monitoring visit. It was undertaken by Ann Bell and Bob Cole, Her "
     "Majesty’s Inspectors.", "Yours sincerely\nAnn Bell\nHer Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # 'Inspectors for this visit were'; a plural designation after 'both'
    ("Inspectors for this visit were Ann Bell and Bob Cole, Her Majesty’s Inspectors.",
     "Yours sincerely\nAnn Bell\nHer Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("The visit was conducted by Ann Bell and Bob Cole, both Her Majesty’s Inspectors, "
     "supported by Cy Dunn, Ofsted Inspector.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    # the team as the subject, a role in brackets
    ("The visit team comprised Ann Bell, HMI (lead inspector), Bob Cole, HMI, and Cy Dunn, OI.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    ("The inspection team consisted of Ann Bell, HMI, and Bob Cole, HMI.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # a COVID-era assurance visit; a designation with its abbreviation after it
    ("His Majesty’s Inspectors for this assurance visit were Ann Bell, Her Majesty’s Inspector "
     "(HMI), and Bob Cole, HMI.", "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # the sentence wrapped across a line end, a middle initial with its full stop
    ("The visit was conducted by Ann B. Bell and Bob\nCole, two of Her Majesty’s Inspectors.",
     "Yours sincerely\nAnn B. Bell\nHer Majesty’s Inspector",
     [("Ann B. Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # the lead and 'the other inspectors' in one sentence, after a semicolon or ', and':
    # the others are no leads
    ("The lead inspector was Ann B. Bell, Senior HMI; the other inspectors were Bob Cole, HMI,"
     " and Cy Dunn,\nHMI.", "Yours faithfully\nAnn B. Bell\nSenior HMI",
     [("Ann B. Bell", "lead_inspector", "Senior HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "HMI")]),
    ("The lead inspector was Ann Bell, HMI, and the other inspectors were Bob Cole, HMI, and "
     "Cy Dunn, Ofsted Inspector.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    # a designation before each name, the names the subject of the sentence
    ("His Majesty’s Inspector Ann Bell and Ofsted Inspector Bob Cole\nlooked at the help "
     "given.", "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "OI")]),
    ("Findings follow. Her Majesty’s Inspector\nAnn Bell and Her Majesty’s Inspector Bob Cole "
     "looked at plans.", "Yours sincerely\nAnn Bell\nHer Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("His Majesty’s Inspectors Ann Bell and Bob Cole carried out this visit.",
     "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # the visit's days between 'carried out' and 'by'
    ("The visit took place on 2 and 3 February 2021 and was carried out by the inspectors\n"
     "Ann Bell, His Majesty’s Inspector, and Bob Cole, Ofsted Inspector.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "OI")]),
    ("The visit was carried out on 2 and 3 February 2021 by Ann Bell HMI and Bob Cole HMI.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # the lead named first, then who supported them
    ("The lead inspector was Ann Bell, HMI. She was supported by Bob Cole, HMI,\nand Cy Dunn, "
     "Ofsted Inspector.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    # a member named in a sentence of their own, as the subject who took part in the visit
    ("Her Majesty’s Inspectors for this visit were Ann Bell and Bob Cole.\nCy Dunn, Ofsted "
     "Inspector, also took part in the visit.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    ("The lead inspector was Ann Bell, HMI. Bob Cole and Cy Dunn, Ofsted Inspectors, supported "
     "the visit.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "OI"),
      ("Cy Dunn", "inspector", "OI")]),
    # the team as the subject of 'carried out this visit', the sentence wrapped; a name
    # there without a designation is no member
    ("Ann Bell, His Majesty’s Inspector, and Bob Cole, His Majesty’s\nInspector, carried out "
     "this visit.", "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("Ann Bell HMI and Bob Cole HMI\ncarried out the visit.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("Managers, with the director Bob Cole, carried out the audit. Leaders and Cy Dunn "
     "carried out the review.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI")]),
    # the lead, then 'with' the others, each with a designation
    ("The visit was led by Ann Bell, His Majesty’s Inspector, with Cy Dunn, Ofsted Inspector.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Cy Dunn", "inspector", "OI")]),
    # the team one to a line under a heading, the lead marked in brackets or only signing
    ("\nThe inspection team\n\nAnn Bell, His Majesty’s Inspector (lead inspector)\nBob Cole, "
     "His Majesty’s Inspector\nCy Dunn, Ofsted Inspector\n", "Yours sincerely\nAnn Bell\n"
     "His Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    ("\nInspectors\nAnn Bell, Senior HMI\nBob Cole, HMI\n", "Yours sincerely\nAnn Bell\n"
     "Senior HMI",
     [("Ann Bell", "lead_inspector", "Senior HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("The visit was led by Ann Bell, HMI, with Bob Cole, HMI, and Cy Dunn, Ofsted Inspector.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    # the member's designation after 'a', 'an' or 'one of', as the lead's may be
    ("The visit was led by Ann Bell, one of His Majesty’s Inspectors,\nwith Cy Dunn, an Ofsted "
     "Inspector.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Cy Dunn", "inspector", "OI")]),
    ("The visit was led by Ann Bell, HMI, with Bob Cole, one of His Majesty’s Inspectors.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # 'with' each member after what they are, a title before a name; someone named there
    # without a designation is no member
    ("The visit was led by Ann Bell, HMI, with an Ofsted Inspector, Bob Cole, and a CQC\n"
     "inspector, Mr Cy Dunn.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "OI"),
      ("Cy Dunn", "inspector", "CQC inspector")]),
    ("The visit was led by Ann Bell, HMI, with an Ofsted Inspector, Bob Cole, and Head of "
     "Service Jane Doe.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "OI")]),
    # the visit's dates, then the inspectors who carried it out, each with what they are
    ("Between 2 and 3 February 2021, Ann Bell, Senior His Majesty’s Inspector, and Bob Cole,\n"
     "His Majesty’s Inspector, carried out the second monitoring visit to Westshire.",
     "Yours sincerely\nAnn Bell\nSenior His Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "Senior HMI"), ("Bob Cole", "inspector", "HMI")]),
    # a lead with a middle initial and a full stop, then 'with' the other inspector
    ("The visit was led by Ann M. Bell, His Majesty’s Inspector, with Bob Cole, His "
     "Majesty’s Inspector.", "Yours sincerely\nAnn M. Bell\nHis Majesty’s Inspector",
     [("Ann M. Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("The visit took place on 2 and 3 February 2021 and was led by Ann M. Bell, His "
     "Majesty’s Inspector, with Bob Cole, His Majesty’s Inspector.",
     "Yours sincerely\nAnn M. Bell\nHis Majesty’s Inspector",
     [("Ann M. Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # the other members of the team listed after the lead, each with what they are: a
    # partner inspectorate's inspector in brackets, an HMI with their inspectorate (in a
    # focused visit's letter each is an inspector; a joint letter's keep `team_inspector`,
    # test_a_joint_letter_names_its_team_members)
    ("The visit was led by Ann Bell HMI, Ofsted’s lead inspector. The other members of the "
     "team were Bob Cole HMI (Ofsted), Cy Dunn (CQC inspector) and Di Eve (HMICFRS\n"
     "inspector).", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "CQC inspector"),
      ("Di Eve", "inspector", "HMICFRS inspector")]),
    ("The visit was led by Ann Bell, HMI. Other members of the inspection team were Bob Cole, "
     "HMI, and Flo Gray, HMI Probation inspector.", "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Flo Gray", "inspector", "HMI Probation inspector")]),
    # the team's lead 'headed' it, or led the 'visit team' (letters_unseen15, session 12)
    ("The visit was headed by Ann Bell, HMI, with Bob Cole, Ofsted\nInspector.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "OI")]),
    ("The visit team was led by Ann Bell, HMI, with Bob Cole, HMI.",
     "Yours sincerely\nAnn Bell\nHMI",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # a designation broken by a line end is the name's all the same
    ("The inspectors were Ann Bell, Her Majesty’s Inspector, and Bob Cole, Her Majesty’s\n"
     "Inspector.", "Yours sincerely\nAnn Bell\nHer Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("The inspectors were Ann Bell, Her Majesty’s Inspector, and Bob Cole, Her\nMajesty’s "
     "Inspector.", "Yours sincerely\nAnn Bell\nHer Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # a team list under a heading, labelled or one to a line, above the findings or under
    # the signature: in a focused visit's letter everyone but the signer is an inspector,
    # unless the letter writes a member's role ("Team inspector:")
    ("\nInspection team\nLead inspector:  Mrs Ann Bell, His Majesty’s Inspector\nTeam "
     "inspector:  Bob Cole, Ofsted Inspector\n", "Yours sincerely\nAnn Bell\n"
     "His Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI")]),
    ("", "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector\n\nInspection team\nAnn Bell, "
     "HMI (lead inspector)\nBob Cole, HMI\nTeam inspector: Cy Dunn, Ofsted Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "team_inspector", "OI")]),
])
def test_letter_inspector_forms(nlp, team, closing, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing=closing))
    assert people(rec) == want
    assert rec["report"]["lead_inspector"] == want[0][0]
    assert rec["report"]["local_authority"] == "Westshire County Council"
    assert rec["problems"] == []


def test_monitoring_visit_team_list_under_the_signature(nlp) -> None:
    """A monitoring visit's letter, like a focused visit's, names its members inspectors,
    unless the list under the signature writes a member's role ("Team inspector: C")."""
    text = LETTER.replace("Focused visit to", "Monitoring visit to").format(
        team="The visit was the third monitoring visit since the local authority was judged "
             "inadequate in July 2019.",
        closing="Yours sincerely\nAnn Bell\nHis Majesty’s Inspector\n\nInspection team\n"
                "Ann Bell, HMI (lead inspector)\nBob Cole, HMI\nTeam inspector: Cy Dunn, OI")
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == "monitoring_visit"
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"),
                           ("Bob Cole", "inspector", "HMI"), ("Cy Dunn", "team_inspector", "OI")]


@pytest.mark.parametrize("team", [
    # 'Her Majesty's' then a paragraph, or the inspectorate, not an inspector
    "The inspectors were Kate Moss, Her Majesty’s Inspector, and Bob Cole, Her Majesty’s\n\n"
    "Inspector.",
    "The inspectors were Kate Moss, Her Majesty’s Inspector, and Bob Cole, from Her Majesty’s"
    "\nInspectorate of Probation.",
    "The inspectors were Kate Moss, Her Majesty’s Inspector, and Bob Cole, Her Majesty’s\n"
    "Inspectorate.",
    # 'Ofsted' ending a line, then a word that is no designation, or a paragraph
    "The inspectors were Kate Moss, Her Majesty’s Inspector, and Bob Cole, from Ofsted\n"
    "Inspectorate teams.",
    "The inspectors were Kate Moss, Her Majesty’s Inspector, and Bob Cole, from Ofsted\n\n"
    "Inspector training.",
])
def test_a_designation_is_not_read_across_a_paragraph_or_into_another_word(nlp, team) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKate Moss\nHMI"))
    assert not any(name == "Bob Cole" and desig for name, _role, desig in people(rec))
    assert people(rec)[0] == ("Kate Moss", "lead_inspector", "HMI")


@pytest.mark.parametrize("team", [
    # what inspectors did or thought is no list of inspectors
    "Her Majesty’s inspectors for this visit were told by Practice Lead Jane Doe that plans "
    "had changed.",
    "The other inspectors were impressed by the work of Team Manager Jane Doe.",
    "The inspectors were pleased that Head of Service Jane Doe had acted.",
    "It was carried out by leaders after the visit, and Head of Service Jane Doe agreed.",
    "Inspectors were told by Practice Lead Jane Doe that plans had changed.",
    "The team included social workers, and Team Manager Jane Doe spoke to inspectors.",
    "She was supported by leaders, and Head of Service Jane Doe agreed.",
    "The plan was written with a team including social workers and Team Manager Jane Doe.",
    # inspectors with no names before the verb; a name after it is no inspector
    "His Majesty’s Inspectors visited Westshire and looked at the work of Jane Doe.",
    "Her Majesty’s Inspectors looked at Jane Doe’s plans.",
    "The visit was carried out on 2 February by telephone, and Team Manager Jane Doe agreed.",
    "Leaders worked with a social worker from Westshire, Jane Doe.",
    # who took part or came 'with' the lead without an inspector's designation of their own
    "Head of Service Jane Doe also took part in the visit.",
    "Jane Doe, a social worker, took part in the visit.",
    "Jane Doe and Ofsted inspectors took part in the visit.",
    "In March, Jane Doe and Ofsted inspectors took part in the visit.",
    "Team Manager Jane Doe told Ofsted inspectors who joined the visit that plans changed.",
    "The visit was led by Kate Moss, HMI, with Head of Service Jane Doe and inspectors.",
    "The visit was led by Kate Moss, HMI, with Jane Doe, the head of service, present.",
    "The visit was led by Kate Moss, HMI, with Jane Doe, a social worker from Westshire.",
    "The visit was led by Kate Moss, HMI, with Jane Doe, a manager who met the Ofsted "
    "Inspector.",
    "The visit was led by Kate Moss, HMI, with Jane Doe, one of the council’s managers.",
    "The visit was led by Kate Moss, HMI, with an Ofsted Inspector from the North West Region.",
    "The visit was led by Kate Moss, HMI, with an Ofsted Inspector, as the Westshire Area Plan "
    "asked.",
    "Leaders met with a manager from the CQC, Dr Jane Doe.",
    # a line that names someone beside an inspector but is not the name and designation alone
    "\nJane Doe, Head of Service, met Her Majesty’s Inspector\n",
    "\nLeaders told\nJane Doe, His Majesty’s Inspector of Probation, of plans.\n",
    "\nSocial workers spoke to Jane Doe, Ofsted Inspector\n",
    # who carried out a visit after its dates, named without an inspector's designation
    "On 2 February 2021, Head of Service Jane Doe and Team Manager Al Roe carried out the "
    "first review visit.",
    # the members of a team that is not the inspectors', named without a designation
    "The other members of the team were Head of Service Jane Doe and Team Manager Al Roe.",
    "The other members of the safeguarding team were Jane Doe and Al Roe.",
    # who supported the lead or was in a team without an inspector's designation
    "The visit was led by Kate Moss, HMI, supported by Head of Service Jane Doe.",
    "The visit was led by Kate Moss, HMI, and included Team Manager Jane Doe’s cases.",
    # a team line naming people with no inspector's designation
    "\nInspection team: Jane Doe, the council’s link officer, arranged the visits.\n",
    "\nInspection team: met by Head of Service Jane Doe and Al Roe.\n",
])
def test_sentences_about_inspectors_name_no_inspector(nlp, team) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKate Moss\nHMI"))
    assert people(rec) == [("Kate Moss", "lead_inspector", "HMI")]


@pytest.mark.parametrize("sentence, date, text", [
    ("Progress has been made since the last focused visit on the 11 and 12 July 2018.",
     "2018-07-11", "11 and 12 July 2018"),
    ("Inspectors found at the monitoring visit in August 2020 that plans were weak.",
     "2020-08", "August 2020"),
    ("Services have improved since the last inspection in 2019.", "2019", "2019"),
    ("This is the second monitoring visit. The first monitoring visit was on 5 March 2020.",
     "2020-03-05", "5 March 2020"),
    # the nth monitoring visit since the judgement; a COVID-era assurance visit; a JTAI
    ("This was the third monitoring visit since the local authority was judged inadequate in "
     "March 2019.", "2019-03", "March 2019"),
    ("Leaders have acted on the findings of the assurance visit in October 2020.", "2020-10",
     "October 2020"),
    ("The JTAI in 2018 found weaknesses in the front door.", "2018", "2018"),
    ("The last JTAI in Westshire was in 2018.", "2018", "2018"),
    # the date in brackets after the inspection it dates
    ("The last ILACS inspection (March 2019) judged services to require improvement.",
     "2019-03", "March 2019"),
    # an ordinal for the earlier visit; another inspectorate's review 'carried out in'
    ("Progress has been slow since the first monitoring visit in April 2020.", "2020-04",
     "April 2020"),
    ("The recommendations of the CQC review of health services for children looked after and "
     "safeguarding in Westshire, carried out in June 2019, have been implemented.", "2019-06",
     "June 2019"),
    # another inspectorate's review that 'took place in' a year; a service 'inspected by' one
    ("A CQC review of health services for children looked after and safeguarding in Westshire "
     "took place in 2018.", "2018", "2018"),
    ("The youth offending service, which was inspected by HMI\nProbation in May 2019, has good "
     "links with schools.", "2019-05", "May 2019"),
    # another inspectorate's review dated after the place it looked at
    ("The CQC review of health services for children looked after and safeguarding in\n"
     "Westshire in 2016 identified that GPs were not told of incidents.", "2016", "2016"),
    ("An HMI Probation inspection of youth offending work in West Shire in June 2019 found "
     "gaps.", "2019-06", "June 2019"),
    # the initial inspection an area SEND revisit follows, with its days
    ("The initial joint local area SEND inspection took place from 9 to 13 April 2018.",
     "2018-04-09", "9 to 13 April 2018"),
    # an inspectorate's inspection or review named by its whole title before its date
    ("The recommendations made by CQC in its review of health services for children looked "
     "after and safeguarding in 2016 have not yet been implemented.", "2016", "2016"),
    ("Since the Ofsted inspection of Westshire's services for children in need of help and "
     "protection in November 2017, leaders have kept their focus.", "2017-11",
     "November 2017"),
    # a visit named by what it looked at before its date, the line wrapped inside it
    ("The service has improved since the focused visit to care leavers’\nservices on 17 and "
     "18 June 2019.", "2019-06-17", "17 and 18 June 2019"),
    ("Leaders acted on the monitoring visit to the front door in May 2019.", "2019-05",
     "May 2019"),
    # an area SEND revisit
    ("The revisit in May 2019 found that sufficient progress had been made.", "2019-05",
     "May 2019"),
    # the initial inspection 'of' its days, the line wrapped between the two words
    ("Leaders tackled the weaknesses identified at the initial\ninspection of 4 to 8 March "
     "2019.", "2019-03-04", "4 to 8 March 2019"),
    ("The previous inspection of 4 to 8 March 2019 found weaknesses.", "2019-03-04",
     "4 to 8 March 2019"),
    # the inspection a written statement of action followed, named in a few words
    ("The WSOA was issued after the local area SEND inspection, which took place from 21 "
     "to 25 January 2019.", "2019-01-21", "21 to 25 January 2019"),
    # another inspectorate's review, its title wrapped onto a line of its own words
    ("Since the CQC review of health services for children looked after and\n  safeguarding "
     "in 2015, information-sharing has improved.", "2015", "2015"),
    # the inspectorate's own visit, by its possessive (letters_unseen14, session 11)
    ("Since Ofsted’s focused visit on 11 and 12 July 2018, which looked at the front door, "
     "the hub has improved.", "2018-07-11", "11 and 12 July 2018"),
    # an earlier visit, the subject of a sentence of its own
    ("Leaders were judged good at the last inspection. A focused visit in September 2019 "
     "looked at the front door.", "2019-09", "September 2019"),
    # a monitoring letter's table row, its label and its month on one line
    ("\nPrevious monitoring visit June 2019\n", "2019-06", "June 2019"),
    ("\nPrevious monitoring visit:   June 2019\n", "2019-06", "June 2019"),
    # the earlier inspection told as 'At the ... inspection from ...' or 'When ... was
    # inspected ...' (letters_unseen15, session 12)
    ("At the standard inspection from 13 to 24 June 2018, the experiences and progress of care"
     "\nleavers were found to require improvement.", "2018-06-13", "13 to 24 June 2018"),
    ("At the full inspection of Westshire’s children’s services between 4 and 15 March 2019, "
     "leaders were judged good.", "2019-03-04", "4 and 15 March 2019"),
    ("At its ILACS inspection on 4 to 15 March 2019, the council was judged good.",
     "2019-03-04", "4 to 15 March 2019"),
    ("When Westshire was inspected from 4 to 15 March 2019, services were judged good.",
     "2019-03-04", "4 to 15 March 2019"),
    ("When the local authority was last inspected, from 4 to 15 March 2019, services were "
     "judged good.", "2019-03-04", "4 to 15 March 2019"),
    ("When children’s services were inspected between 4 and 15 March 2019, they were judged "
     "good.", "2019-03-04", "4 and 15 March 2019"),
    ("At the standard inspection of 13 to 24 June 2018, services were judged good.",
     "2018-06-13", "13 to 24 June 2018"),
    ("When Ofsted inspected Westshire from 4 to 15 March 2019, services were judged good.",
     "2019-03-04", "4 to 15 March 2019"),
    ("When inspectors last visited, from 4 to 15 March 2019, they found weaknesses.",
     "2019-03-04", "4 to 15 March 2019"),
])
def test_letter_previous_visit_dates(nlp, sentence, date, text) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    dates = {(d["kind"], d["date"], d["text"]) for d in rec["tables"]["dates"]}
    assert ("previous_inspection", date, text) in dates
    # The letter's own visit, "a focused visit on 2 and 3 February 2021", is this one.
    assert ("inspection_start", "2021-02-02", "2 and 3 February 2021") in dates
    assert not any(d[0] == "previous_inspection" and d[1].startswith("2021") for d in dates)


@pytest.mark.parametrize("sentence", [
    # a review still to come, an Act's year: no earlier inspection
    "A CQC review of health services in Westshire is planned to take place in 2022.",
    "The service was set up by Ofsted in line with the Children Act 2004.",
    # a review still to come, dated after its place; a review's subject, not its place
    "A CQC review of health services in Westshire in 2022 is planned.",
    "The CQC review of health services in Westshire in 2022 will look at GPs.",
    "Leaders used the CQC review of health services to plan in Westshire.",
    # the first day of this visit, or the initial findings of this one
    "The initial findings of this visit, from 2 to 3 February 2021, were shared.",
    # this visit 'of' its days; an earlier word with no inspection after it
    "The initial visit of 2 to 3 February 2021 looked at plans.",
    "Leaders revised the initial\nplans of 4 to 8 March 2019 after the audit.",
    # a review still to come or a framework's start, however long the title before it
    "The CQC review of health services for children looked after and safeguarding is due "
    "in 2020.",
    "The CQC review of health services for children looked after and safeguarding will take "
    "place in 2020.",
    "The Ofsted inspection of Westshire's services for children under the framework "
    "introduced in January 2018 was the first.",
    # this visit named by what it looked at; a date in another sentence after the visit
    "The focused visit to care leavers’ services on 2 and 3 February 2021 looked at plans.",
    "Leaders planned the focused visit to care leavers. On 5 May 2019 a hub opened.",
    "Leaders prepared for the focused visit to the front door: on 5 May 2019 a hub opened.",
    # after a visit still to come when it was written, however it is named
    "Plans were to be reviewed after the next SEND inspection, which was due from 20 to 24 "
    "January 2020.",
    "Leaders had agreed to meet after the planned joint inspection on 21 January 2020.",
    # a review's title not carried over a line that opens another sentence, or still to come
    "Leaders acted on the CQC review of health services\n  Partners met in 2015 to plan.",
    "The CQC review of health services for children looked after and\n  safeguarding is due "
    "in 2020.",
    # a visit still to come, told as a sentence's subject
    "A focused visit in May 2020 was planned but did not take place.",
    "A focused visit in May 2020 is expected.",
    # a row whose label is no earlier visit
    "\nNext monitoring visit June 2019\n",
    # an earlier inspection of another service, setting or body, told as 'At the ...' or
    # 'When ... was inspected'
    "At the inspection of the fostering service from 4 to 8 March 2019, it was judged good.",
    "At the school’s inspection from 4 to 8 March 2019, pupils were judged safe.",
    "At the hospital inspection from 4 to 8 March 2019, wards were judged safe.",
    "When the fostering service was inspected from 4 to 8 March 2019, it was judged good.",
    "When Hillside Children’s Home was inspected on 4 March 2019, it was judged good.",
    "When neighbouring Tilsey was inspected from 4 to 8 March 2019, it was judged good.",
    "When Ofsted inspected the fostering service from 4 to 8 March 2019, it was judged good.",
    "When Ofsted inspected Hillside Children’s Home on 4 March 2019, it was judged good.",
    "When inspectors visited the hospital from 4 to 8 March 2019, wards were safe.",
])
def test_letter_sentences_with_no_previous_visit(nlp, sentence) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    assert not any(d["kind"] == "previous_inspection" for d in rec["tables"]["dates"])


LETTERHEAD = ("Ofsted Piccadilly Gate Store Street Manchester M1 2WD T 0300 123 1231\n"
              "Textphone 0161 618 8524 enquiries@ofsted.gov.uk www.gov.uk/ofsted{after}\n")


@pytest.mark.parametrize("middle, date", [
    # a text layer that gives the letterhead and the date beside it after the first
    # paragraphs, the recipient's address glued to the next paragraph
    (LETTERHEAD.format(after="") + "3 March 2021\nJane Roe Director of Children’s Services "
     "County Hall improved practice.", "2021-03-03"),
    # the letterhead's line glued to the body: a date later in the body is not the letter's
    (LETTERHEAD.format(after=" practice has improved.") + "Plans changed on\n12 January "
     "2021\nand the team grew.", None),
    # a date on a line of its own in the body, with no letterhead beside it
    ("The council changed its front door on\n12 January 2021\nand the new team started.", None),
])
def test_a_letter_date_beside_the_letterhead(nlp, middle, date) -> None:
    text = ("Dear Ms Roe\nFocused visit to Westshire children’s services\nThis letter "
            "summarises the findings of a focused visit on 2 and 3 February 2021.\n"
            f"{middle}\nYours sincerely\nAnn Bell\nHer Majesty’s Inspector\n")
    assert run(nlp, text)["report"].get("publication_date") == date


@pytest.mark.parametrize("head, date", [
    # the date glued to the recipient's address, as some converters give the letter's head
    ("8 January 2019 Colin Foster Director of Children’s Services Westshire Council",
     "2019-01-08"),
    ("Mr Colin Foster\nDirector of Children’s Services\n8 January 2019", "2019-01-08"),
    # a sentence above the salutation opening with a date is no letter date
    ("8 January 2019 was the day the report went to the council.", None),
    # the date at the right margin of a line of the letterhead or the address block
    ("Ofsted                                        8 January 2019\nPiccadilly Gate",
     "2019-01-08"),
    ("Mr Colin Foster\nWestshire Council\nWS1 2AB\t8 January 2019", "2019-01-08"),
    # the date under the letterhead's right column glued to its last line, the web address
    # (the address block follows); a sentence's web address before a date is not it
    ("Manchester M1 2WD www.gov.uk/ofsted 8 January 2019\nMr Colin Foster\nWestshire Council",
     "2019-01-08"),
    ("Mr Colin Foster\nThe report went up at www.gov.uk/ofsted 8 January 2019\nWestshire "
     "Council", None),
    # a label's date and a range's last day at the end of a line are not the letter's
    ("Westshire Council\nWS1 2AB 8 January 2019", "2019-01-08"),
    ("Mr Colin Foster\nInspection dates:      8 January 2019", None),
    ("Mr Colin Foster\nThe visit ran from 7 to 8 January 2019", None),
    ("Mr Colin Foster\nThe front door changed on 8 January 2019", None),
    ("Mr Colin Foster\nThe front door changed on Tuesday 8 January 2019", None),
    # the letter's own label 'Date:', on its own line or at the end of an address line
    ("Westshire Council\nWS1 2AB\n\nDate: 8 January 2019", "2019-01-08"),
    ("Mr Colin Foster\nDirector of Children’s Services      Date: 8 January 2019\nWestshire "
     "Council", "2019-01-08"),
    # ... or after another label of the letterhead's row ('Our ref: X Date: ...')
    ("Our ref: FV/WS/0119 Date: 8 January 2019\nMr Colin Foster", "2019-01-08"),
    ("Our ref: FV/WS/0119 Inspection dates: 8 January 2019\nMr Colin Foster", None),
    ("Mr Colin Foster\nDate of visit: 8 January 2019", None),
    ("Mr Colin Foster\nInspection dates: 8 January 2019", None),
    ("Mr Colin Foster\nUpdate: 8 January 2019", None),
    # the date at the right margin of the line right above the salutation, after the
    # letterhead's web address or at the end of a long run of addressees
    ("Mr Colin Foster\nWS1 2AB www.gov.uk/ofsted 8 January 2019", "2019-01-08"),
    ("Ms Jo Poe, Chief Executive, Westshire Council Mr Al Poe, Chief Constable, Westshire "
     "Police Ms Di Roe, Independent Scrutineer, Westshire Safeguarding Children Partnership "
     "8 January 2019", "2019-01-08"),
    # a sentence's date there is not: a lowercase word or a weekday before it, or a label
    ("Mr Colin Foster\nThe front door of Westshire Council, its Children’s Services and its "
     "partners in health and the police changed on 8 January 2019", None),
    ("Mr Colin Foster\nReports are at www.gov.uk/ofsted from 8 January 2019", None),
    ("Mr Colin Foster\nThe front door of Westshire Council, its Children’s Services and its "
     "partners in health and the police changed on Tuesday 8 January 2019", None),
    ("Mr Colin Foster\nInspection of Westshire Council, its Children’s Services and its "
     "partners in health and the police, dates: 7 January 2019 8 January 2019", None),
])
def test_the_letter_date_in_its_head(nlp, head, date) -> None:
    text = (f"{head}\nDear Mr Foster\nFocused visit to Westshire children’s services\nThis "
            "letter summarises the findings of a focused visit on 4 and 5 December 2018.\n")
    assert run(nlp, text)["report"].get("publication_date") == date


@pytest.mark.parametrize("closing, date", [
    # dated under the signature, with no date above the salutation (letters_unseen14)
    ("Yours sincerely,\n\nAnn Bell\nHis Majesty’s Inspector\n\n3 February 2021", "2021-02-03"),
    ("Yours sincerely\nAnn Bell\nHis Majesty’s Inspector\n3 February 2021\n", "2021-02-03"),
    # a date in a sentence after the closing, or far below it (an annex), is not the letter's
    ("Yours sincerely\nAnn Bell\nThe report went up on 3 February 2021\n", None),
    ("Yours sincerely\nAnn Bell\nHis Majesty’s Inspector\n\nAnnex\nCases read\nPlans "
     "seen\nMeetings held\n3 February 2021\n", None),
])
def test_a_letter_dated_under_its_signature(nlp, closing, date) -> None:
    text = ("Dear Ms Roe\nFocused visit to Westshire children’s services\nThis letter "
            "summarises the findings of a focused visit on 2 and 3 February 2021.\n"
            f"Findings follow.\n{closing}")
    assert run(nlp, text)["report"].get("publication_date") == date


JOINT_LETTER_HEAD = ("{date}\n\nJane Roe, Director of Children’s Services, Westshire County "
                     "Council\nAl Poe, Chief Constable, Westshire Police\n\nJoint targeted "
                     "area inspection of Westshire\n\n{opening} the findings of the joint "
                     "targeted area inspection of Westshire.\n\nThis inspection took place "
                     "from 13 to 17 November 2023.\n")


@pytest.mark.parametrize("date, opening, want", [
    ("10 January 2024", "This letter summarises", "2024-01-10"),
    ("10 January 2024", "This letter sets out", "2024-01-10"),
    # the letter's readers named between 'This letter' and its verb, as JTAI letters write it
    ("10 January 2024", "This letter to all the service leaders in the area outlines",
     "2024-01-10"),
    ("10 January 2024", "This letter to the local safeguarding partners in Westshire\nsets out",
     "2024-01-10"),
    # 'This letter to ...' with no verb of its own, or one in a clause of its own, opens no
    # letter
    ("10 January 2024", "This letter to partners. Our report outlines", None),
    ("10 January 2024", "This letter to partners follows one that outlines", None),
    # no opening of a letter: a date alone on a line above is no letter's date
    ("10 January 2024", "Our report sets out", None),
    # the opening's date is no date above it
    ("", "This letter summarises", None),
])
def test_a_joint_letter_with_no_salutation_dated_above_its_opening(nlp, date, opening,
                                                                    want) -> None:
    rec = run(nlp, JOINT_LETTER_HEAD.format(date=date, opening=opening))
    assert rec["report"].get("publication_date") == want
    assert rec["report"]["inspection_start"] == "2023-11-13"


def test_an_area_send_revisit_dates_its_visit(nlp) -> None:
    rec = run(nlp, "4 May 2020\nDear Ms Roe\nLocal area SEND revisit in Eastvale\nBetween 5 and "
                   "7 March 2020, Ofsted and the Care Quality Commission (CQC) revisited the area "
                   "of Eastvale to decide whether sufficient progress has been made. The area has "
                   "made progress since the initial inspection in October 2017.\n")
    rep = rec["report"]
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2020-03-05", "2020-03-07")
    prev = [d["date"] for d in rec["tables"]["dates"] if d["kind"] == "previous_inspection"]
    assert prev == ["2017-10"]


def test_an_area_send_revisit_dated_before_the_inspection_it_follows(nlp) -> None:
    """The revisit's dates open the letter's first sentence; the inspection it follows up,
    named later in that sentence with its own days, is the previous one."""
    rec = run(nlp, "4 May 2020\nDear Ms Roe\nJoint area SEND revisit in Eastvale\nFrom 5 to 7 "
                   "March 2020, Ofsted and the Care Quality Commission (CQC) revisited the area of "
                   "Eastvale to decide whether sufficient progress has been made in addressing "
                   "the areas of significant weakness detailed in the written statement of action"
                   " issued following the inspection of the area between 9 and 13 October 2017."
                   "\n")
    rep = rec["report"]
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2020-03-05", "2020-03-07")
    prev = [(d["date"], d["text"]) for d in rec["tables"]["dates"]
            if d["kind"] == "previous_inspection"]
    assert prev == [("2017-10-09", "9 and 13 October 2017")]


@pytest.mark.parametrize("opening", ["During the week of 3 to 7 February 2020",
                                     "Between 3 and 7 February 2020", "From 3 to 7 February 2020"])
def test_a_joint_letter_opening_with_its_week(nlp, opening) -> None:
    rec = run(nlp, "4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\n"
                   f"{opening}, Ofsted, the CQC, HMICFRS and HMI Probation carried out a joint "
                   "inspection of the multi-agency response in Lowtown. The findings of the "
                   "inspection of the police between 2 and 6 December 2019 were shared.\n")
    rep = rec["report"]
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2020-02-03", "2020-02-07")


@pytest.mark.parametrize("team", [
    "Anna J. Rowe, Senior His Majesty\u2019s Inspector, and Tom Lee, His Majesty\u2019s Inspector,",
    "Anna J. Rowe HMI and Tom B. Lee HMI"])
def test_a_letter_opening_with_its_days_and_an_initialled_team(nlp, team) -> None:
    """The inspectors named between the opening days and 'carried out': a middle
    initial's point does not end the sentence."""
    rec = run(nlp, "17 June 2025\nDear Sam\nMonitoring visit to Lowtown children\u2019s services\n"
                   f"Between 13 and 15 May 2025, {team} carried out the fourth monitoring visit "
                   "to Lowtown children\u2019s services.\n")
    rep = rec["report"]
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2025-05-13", "2025-05-15")


def test_a_capital_letter_ending_the_opening_sentence_still_ends_it(nlp) -> None:
    rec = run(nlp, "17 June 2025\nDear Sam\nMonitoring visit to Lowtown children\u2019s services\n"
                   "Between 13 and 15 May 2025, staff moved to Block B. Ofsted, with Tom Lee "
                   "HMI, carried out the fourth monitoring visit to Lowtown in June.\n")
    assert not rec["report"].get("inspection_start")


def test_partner_inspectorate_titles_on_their_own_lines(nlp) -> None:
    """A chief inspector's title standing alone under the name ("Chief Inspector of
    Healthcare") is that signer's, and the next signer's name starts clean."""
    text = ("4 July 2022\nDear partners\nJoint targeted area inspection of Lowtown\nBetween "
            "16 May and 20 May, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
            "inspection.\nYours sincerely\nYvette Stone\nNational Director, Social Care\n"
            "Dr Sean Kelly\nChief Inspector of Healthcare\nWendy Wills\nHM Inspector of "
            "Constabulary\nJustin Russ\nHM Chief Inspector of Probation\n")
    assert people(run(nlp, text)) == [
        ("Yvette Stone", "signatory", "National Director, Social Care"),
        ("Sean Kelly", "signatory", "CQC inspector"),
        ("Wendy Wills", "signatory", "HMICFRS inspector"),
        ("Justin Russ", "signatory", "HMI Probation inspector")]


def test_joint_letter_signatories_are_not_leads(nlp) -> None:
    text = ("4 July 2022\nDear partners\nJoint targeted area inspection of the multi-agency "
            "response to abuse in the family in Lowtown\nBetween 16 May and 20 May, Ofsted, "
            "the CQC, HMICFRS and HMI Probation undertook a joint inspection.\nYours sincerely\n"
            "Ofsted Care Quality Commission\nYvette Stone\nNational Director, Social Care Ursula"
            " Gale\nDeputy Chief Inspector\nHMI Constabulary and Fire & Rescue Services HMI "
            "Probation\nWendy Wills, CBE\nHMI Constabulary and Fire & Rescue Services Helen "
            "Dale\nAssistant Chief Inspector2\n2 The Children Act 2004 (Joint Area Reviews).\n")
    rec = run(nlp, text)
    assert people(rec) == [
        ("Yvette Stone", "signatory", "National Director, Social Care"),
        ("Ursula Gale", "signatory", "CQC inspector"),
        ("Wendy Wills", "signatory", "HMICFRS inspector"),
        ("Helen Dale", "signatory", "HMI Probation inspector")]
    rep = rec["report"]
    assert (rep["document_type"], rep["local_authority"]) == ("jtai", "Lowtown")
    assert "lead_inspector" not in rep
    # the year of "Between 16 May and 20 May" is the letter's
    assert (rep["inspection_start"], rep["inspection_end"]) == ("2022-05-16", "2022-05-20")
    assert rec["problems"] == []


SEND_LETTER = ("12 December 2017\nDear Ms Roe\nJoint local area SEND inspection in Eastvale\n"
               "Between 23 October 2017 and 27 October 2017, Ofsted and the Care Quality "
               "Commission (CQC) conducted a joint inspection of the local area of Eastvale.\n"
               "The inspection was led by one of Her Majesty’s Inspectors (HMI) from Ofsted, with "
               "a team of inspectors including an Ofsted Inspector and a children’s services "
               "inspector from the CQC.\nYours sincerely\nOfsted Care Quality Commission\n"
               "{director}\n{dci}\nAnn Bell\nHMI Lead Inspector\nLee Parr\nCQC Inspector\n"
               "{copies}: Department for Education\n")


@pytest.mark.parametrize("copies", ["cc", "CC"])
@pytest.mark.parametrize("director, dci, title", [
    ("Chris Russ\nRegional Director", "Una Gale\nDeputy Chief Inspector, Primary Medical "
     "Services, Children Health and Justice", "Regional Director"),
    # a region after the title: no one's name, and the next name starts clean
    ("Chris Russ\nRegional Director, North West", "Una Gale\nDeputy Chief Inspector, Primary "
     "Medical Services, Children Health and Justice", "Regional Director, North West"),
    ("Chris Russ\nRegional Director, East of England", "Una Gale\nDeputy Chief Inspector",
     "Regional Director, East of England"),
    ("Chris Russ\nNational Director, Education", "Una Gale\nDeputy Chief Inspector",
     "National Director, Education"),
    # the London region after a comma is no part of the next signer's name ...
    ("Chris Russ\nRegional Director, London", "Una Gale\nDeputy Chief Inspector, Primary "
     "Medical Services, Children Health and Justice", "Regional Director, London"),
])
def test_area_send_letter_signed_by_heads_and_team(nlp, director, dci, title, copies) -> None:
    """A 2016-2022 area SEND letter is signed by an Ofsted director and a CQC deputy chief
    inspector (signatories), and by the team: the HMI lead inspector and the CQC inspector;
    the copy list under them ('cc:' or 'CC:') is no one's."""
    rec = run(nlp, SEND_LETTER.format(director=director, dci=dci, copies=copies))
    assert people(rec) == [
        ("Chris Russ", "signatory", title), ("Una Gale", "signatory", "CQC inspector"),
        ("Ann Bell", "lead_inspector", "HMI"), ("Lee Parr", "team_inspector", "CQC inspector")]
    rep = rec["report"]
    assert (rep["document_type"], rep["local_authority"], rep["lead_inspector"]) == (
        "area_send_inspection", "Eastvale", "Ann Bell")
    assert rec["problems"] == []


def test_area_send_letter_signer_named_london_keeps_the_name(nlp) -> None:
    """... but a name on its own line keeps 'London' as part of it ('Amy London' /
    'Regional Director'): only a region after a title's comma is no one's name."""
    rec = run(nlp, SEND_LETTER.format(director="Amy London\nRegional Director",
                                      dci="Una Gale\nDeputy Chief Inspector", copies="cc"))
    assert people(rec)[:2] == [("Amy London", "signatory", "Regional Director"),
                               ("Una Gale", "signatory", "CQC inspector")]


# An area SEND revisit letter's signature table (letters_unseen38 l38_15): the CQC's
# inspector by the job's full name ('CQC Children's Services Inspector') under the CQC's head
# is the team's, as 'CQC Inspector' is; the heads above them, whatever their titles name,
# still sign.
SEND_REVISIT = ("14 July 2021\n\nDear Ms Roe\n\nJoint area SEND revisit in Eastvale\n\n"
                "Between 7 and 9 June 2021, Ofsted and the Care Quality Commission (CQC) "
                "revisited the area of Eastvale to decide whether sufficient progress has been "
                "made in addressing each of the areas of significant weakness.\n\n"
                "Yours sincerely\n\n{block}\n\ncc: Department for Education\n")


@pytest.mark.parametrize("dci_title, team_title, want", [
    (("Deputy Chief Inspector, Primary Medical", "Services and Integrated Care"),
     "CQC Children’s Services Inspector", ("Lee Parr", "team_inspector", "CQC inspector")),
    (("Deputy Chief Inspector, Primary Medical", "Services and Integrated Care"),
     "Children's Services Inspector", ("Lee Parr", "team_inspector", "CQC inspector")),
    (("Deputy Chief Inspector", ""), "CQC children’s services inspector",
     ("Lee Parr", "team_inspector", "CQC inspector")),
    # as before
    (("Deputy Chief Inspector", ""), "CQC Inspector",
     ("Lee Parr", "team_inspector", "CQC inspector")),
])
def test_l38dev_a_cqc_childrens_services_inspector_signs_as_the_teams(
        nlp, dci_title, team_title, want) -> None:
    block = _two_columns(("Ofsted", "Care Quality Commission"), ("", ""),
                         ("Chris Russ", "Una Gale"),
                         ("Regional Director, South West", dci_title[0]), ("", dci_title[1]),
                         ("", ""), ("Ann Bell", "Lee Parr"), ("HMI Lead Inspector", team_title))
    rec = run(nlp, _ingested(SEND_REVISIT.format(block=block)))
    # (the text layer gives the columns one after the other: the order is theirs)
    assert sorted(people(rec)) == sorted([
        ("Chris Russ", "signatory", "Regional Director, South West"),
        ("Una Gale", "signatory", "CQC inspector"),
        ("Ann Bell", "lead_inspector", "HMI"), want])


@pytest.mark.parametrize("dci_title", [
    # not: a head whose title names children's services among other words is a signer
    "Chief Inspector of Children’s Services",
    "Deputy Chief Inspector, Children’s Services",
])
def test_l38dev_a_head_titled_for_childrens_services_still_signs(nlp, dci_title) -> None:
    block = _two_columns(("Ofsted", "Care Quality Commission"), ("", ""),
                         ("Chris Russ", "Una Gale"), ("Regional Director, South West", dci_title),
                         ("", ""), ("Ann Bell", "Lee Parr"),
                         ("HMI Lead Inspector", "CQC Inspector"))
    rec = run(nlp, _ingested(SEND_REVISIT.format(block=block)))
    assert [p for p in people(rec) if p[1] == "signatory"] == [
        ("Chris Russ", "signatory", "Regional Director, South West"),
        ("Una Gale", "signatory", "CQC inspector")]


def _side_by_side_send_letter(copies: str) -> str:
    gap = " " * 30
    return ("12 December 2017\n\nDear Ms Roe\n\nJoint local area SEND inspection in Eastvale\n\n"
            "Between 23 October 2017 and 27 October 2017, Ofsted and the Care Quality "
            "Commission (CQC) conducted a joint inspection of the local area of Eastvale.\n\n"
            "Yours sincerely\n\n"
            f"Ofsted{gap}          Care Quality Commission\n\n"
            f"Chris Russ{gap}      Una Gale\n"
            f"Regional Director{gap}Deputy Chief Inspector, Primary Medical\n"
            f"{' ' * 47}Services, Children Health and Justice\n\n"
            f"Ann Bell-Hart{gap}   Lee Parr\n"
            f"HMI Lead Inspector{gap}CQC Inspector\n\n"
            "Dee Walsh\nOfsted Inspector\n\n" + copies)


@pytest.mark.parametrize("copies", [
    "cc: Department for Education\n    Clinical commissioning group(s)\n    NHS England\n",
    "Copy: Department for Education\n",
    "CC: Department for Education\n    NHS England\n",
    "",
])
def test_side_by_side_area_send_signatures_above_a_copy_list(nlp, copies) -> None:
    """A 2016-2022 area SEND letter's signatures set side by side (pdftotext -layout), a
    three-line CQC title among them and the team's third member alone under them: the
    copy list under the signatures ends them, so the right column is read too, and a copy
    list glued to the last title is no part of it."""
    from pipeline.ingest import ingest_bytes

    text = ingest_bytes(Path("a.txt"), _side_by_side_send_letter(copies).encode()).norm.text
    assert sorted(people(run(nlp, text))) == [
        ("Ann Bell-Hart", "lead_inspector", "HMI"),
        ("Chris Russ", "signatory", "Regional Director"),
        ("Dee Walsh", "team_inspector", "OI"), ("Lee Parr", "team_inspector", "CQC inspector"),
        ("Una Gale", "signatory", "CQC inspector")]


@pytest.mark.parametrize("team, want", [
    ("The inspectors were Ann Bell HMI (lead inspector), Bob Cole HMI, and Cy Dunn, a Children’s "
     "Services Inspector from the CQC.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "HMI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("The inspection team was: Ann Bell HMI (lead inspector); Bob Cole, Ofsted Inspector; and "
     "Cy Dunn, Children’s Services Inspector, CQC.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("The revisit was led by Ann Bell, one of Her Majesty’s Inspectors from Ofsted, with a team "
     "of inspectors including Bob Cole, Ofsted Inspector, and Cy\nDunn, Children’s Services "
     "Inspector from the CQC.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    # the member named before what they are, after 'a'
    ("The revisit was led by Ann Bell, one of Her Majesty’s Inspectors from Ofsted,\nwith Cy "
     "Dunn, a children’s services inspector from CQC.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Cy Dunn", "team_inspector", "CQC inspector")]),
    # each member after what they are: 'a team inspector from Ofsted, B, HMI'
    ("The revisit was led by one of Her Majesty’s Inspectors from Ofsted, Ann Bell,\nwith a "
     "team inspector from Ofsted, Bob Cole, HMI, and a children’s services\ninspector from the "
     "CQC, Cy Dunn.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "HMI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    # each member after what they are with no 'team', a title before a name
    ("The revisit was led by one of Her Majesty’s Inspectors (HMI) from Ofsted,\nAnn Bell, "
     "with an Ofsted Inspector, Bob Cole, and a\nchildren’s services inspector from the CQC, "
     "Dr Cy Dunn.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    # a team line after its label, a designation broken by a line end or in brackets
    # (letters_unseen15, session 12)
    ("Inspection team: Ann Bell, HMI (lead inspector); Bob Cole, Ofsted\nInspector; Cy Dunn, "
     "CQC children’s services inspector.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("Inspection team: Ann Bell (HMI, lead inspector); Bob Cole (Ofsted Inspector); Cy Dunn "
     "(CQC\ninspector).",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("The inspection team: Ann Bell, Her Majesty’s Inspector (lead inspector), Bob Cole,\n"
     "Ofsted Inspector, and Cy Dunn, Children’s Services Inspector from the CQC.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "OI"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
])
def test_area_send_letter_team_in_a_sentence(nlp, team, want) -> None:
    """An area SEND team named in the letter's sentences: everyone not the lead is a team
    inspector, with the designation written beside their name."""
    rec = run(nlp, "4 May 2018\nDear Ms Roe\nJoint local area SEND inspection in Eastvale\n"
                   "Between 12 and 16 March 2018, Ofsted and the CQC conducted a joint "
                   f"inspection of the local area of Eastvale.\n{team}\n")
    assert people(rec) == want
    assert rec["report"]["lead_inspector"] == "Ann Bell"


JTAI_TEAM = ("4 July 2024\nDear partners\nJoint targeted area inspection of Lowtown\nBetween "
             "16 and 20 May 2024, Ofsted, the CQC and HMICFRS undertook a joint inspection.\n"
             "{team}\nYours sincerely\nOfsted\nYvette Stone\nNational Director Regulation and "
             "Social Care\nCare Quality Commission\nSean Kelly\nChief Inspector of Health Care\n")


@pytest.mark.parametrize("team, members", [
    ("The inspection was led by Ann Bell HMI, Ofsted’s lead inspector. The other members of "
     "the team were Bob Cole HMI (Ofsted), Cy Dunn (CQC inspector) and Di Eve (HMICFRS\n"
     "inspector).", [("Bob Cole", "team_inspector", "HMI"),
                     ("Cy Dunn", "team_inspector", "CQC inspector"),
                     ("Di Eve", "team_inspector", "HMICFRS inspector")]),
    ("The inspection was led by Ann Bell, HMI. Other members of the inspection team were Bob "
     "Cole, HMI, and Flo Gray, HMI Probation inspector.",
     [("Bob Cole", "team_inspector", "HMI"),
      ("Flo Gray", "team_inspector", "HMI Probation inspector")]),
])
def test_a_joint_letter_names_its_team_members(nlp, team, members) -> None:
    """A JTAI letter's team keeps the role it is named by, and a member named with none is a
    team inspector; only focused and monitoring visits name everyone but the signer an
    inspector."""
    rec = run(nlp, JTAI_TEAM.format(team=team))
    assert rec["report"]["document_type"] == "jtai"
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"), *members,
                           ("Yvette Stone", "signatory",
                            "National Director Regulation and Social Care"),
                           ("Sean Kelly", "signatory", "CQC inspector")]


@pytest.mark.parametrize("probation, want", [
    ("Flo Gray, Inspector (HMI Probation)", "HMI Probation inspector"),
    ("Inspector Flo Gray (HMI Probation)", "HMI Probation inspector"),
    ("Flo Gray (HMI Probation)", "HMI Probation inspector"),
    # Ofsted in brackets names no designation of its own (an Ofsted member is HMI or OI)
    ("Flo Gray (Ofsted)", ""),
])
def test_a_joint_team_line_with_each_inspectorate_in_brackets(nlp, probation, want) -> None:
    """A team line naming each member's inspectorate in brackets, with 'Inspector' written
    before the name ('Inspector Di Eve (HMICFRS)', across a line end), after it ('Flo Gray,
    Inspector (HMI Probation)') or not at all: that inspectorate's inspector."""
    from pipeline.ingest import ingest_bytes

    team = ("The lead inspector was Ann Bell, HMI (Ofsted).\nTeam inspectors: Cy Dunn, "
            "Children’s Services Inspector (CQC); Inspector\nDi Eve (HMICFRS); "
            f"{probation}.\n")
    text = ingest_bytes(Path("a.txt"), JTAI_TEAM.format(team=team).encode()).norm.text
    assert people(run(nlp, text))[:4] == [
        ("Ann Bell", "lead_inspector", "HMI"), ("Cy Dunn", "team_inspector", "CQC inspector"),
        ("Di Eve", "team_inspector", "HMICFRS inspector"), ("Flo Gray", "team_inspector", want)]


JTAI_SIGNERS = [("Yvette Stone", "signatory", "National Director Regulation and Social Care"),
                ("Sean Kelly", "signatory", "CQC inspector")]


@pytest.mark.parametrize("team", [
    # the team's lead named in the body, in other words than 'The inspection was led by'
    # (letters_unseen15, session 12)
    "The inspection team was led by Ann Bell, Her Majesty’s Inspector (Ofsted), and included "
    "inspectors from each of the three inspectorates.",
    "The joint inspection team was headed by Ann Bell HMI.",
    "The inspection was headed by Ann Bell, His Majesty’s Inspector.",
    "The lead inspector for the inspection was Ann Bell, HMI.",
    "The lead inspector on this joint inspection was Ann Bell, HMI.",
    "Ofsted’s lead inspector was Ann Bell, HMI.",
    "Ann Bell, HMI, led the inspection.",
    "Ann Bell, Her Majesty’s Inspector, led the inspection team, which included inspectors from "
    "the CQC.",
    "The inspection team, led by Ann Bell, HMI, included inspectors from the CQC and HMICFRS.",
    "The inspection was led by Ann Bell (HMI, Ofsted).",
])
def test_a_joint_letter_names_its_lead_in_the_body(nlp, team) -> None:
    rec = run(nlp, JTAI_TEAM.format(team=team))
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"), *JTAI_SIGNERS]
    assert rec["report"]["lead_inspector"] == "Ann Bell"


@pytest.mark.parametrize("team", [
    # a lead who is no inspector of the team, or of another inspection or body
    "The inspection team was led by the director of children’s services, Jane Doe, on a tour "
    "of the hub.",
    "The safeguarding team was led by Jane Doe, Head of Service.",
    "The team was headed by Practice Lead Jane Doe.",
    "The lead inspector at the last inspection was Jane Doe, HMI.",
    "The lead inspector for the previous inspection was Jane Doe, HMI.",
    "The HMI Probation inspection of youth justice services in 2019 was led by Jane Doe, HMI "
    "Probation inspector.",
    "The previous inspection team was led by Jane Doe, HMI.",
    "Jane Doe, director of children’s services, led the partnership’s response.",
    "Jane Doe, Head of Service, led the visit to the hub.",
])
def test_a_joint_letter_names_no_lead_of_another_team(nlp, team) -> None:
    rec = run(nlp, JTAI_TEAM.format(team=team))
    assert people(rec) == JTAI_SIGNERS
    assert "lead_inspector" not in rec["report"]


@pytest.mark.parametrize("team, members", [
    # the members named after the lead, in the same sentence, are no leads (a joint
    # inspection's member is a team inspector, as the fixture sets' gold has them: session 13)
    ("The lead inspector was Ann Bell, His Majesty’s Inspector, supported by Bob Cole, HMI.",
     [("Bob Cole", "team_inspector", "HMI")]),
    ("The inspection team was led by Ann Bell, HMI, and included Bob Cole, CQC inspector, and Cy "
     "Dunn, HMICFRS inspector.", [("Bob Cole", "team_inspector", "CQC inspector"),
                                  ("Cy Dunn", "team_inspector", "HMICFRS inspector")]),
    ("The inspection team, led by Ann Bell, HMI, included Bob Cole, CQC inspector.",
     [("Bob Cole", "team_inspector", "CQC inspector")]),
    ("The inspection was led by Ann Bell, HMI, and the team included Bob Cole, CQC inspector.",
     [("Bob Cole", "team_inspector", "CQC inspector")]),
])
def test_a_joint_letter_names_members_after_its_lead(nlp, team, members) -> None:
    rec = run(nlp, JTAI_TEAM.format(team=team))
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"), *members, *JTAI_SIGNERS]
    assert rec["report"]["lead_inspector"] == "Ann Bell"


@pytest.mark.parametrize("prefix", ["", "  "])
def test_signatures_one_a_line_after_their_inspectorate(nlp, prefix) -> None:
    """'Inspectorate: Name, Title', one signer a line: the inspectorate before the name is
    that signer's, never the title of the signer on the line above."""
    text = ("4 July 2019\nDear partners\nJoint targeted area inspection of Lowtown\nBetween "
            "16 and 20 September 2019, Ofsted, the CQC, HMICFRS and HMI Probation undertook a "
            "joint inspection.\nYours sincerely\n\n"
            f"{prefix}Ofsted: Ann Bell, National Director, Social Care\n"
            f"{prefix}Care Quality Commission: Dr Cy Dunn, Deputy Chief Inspector\n"
            f"{prefix}HMICFRS: Di Eve, HMI Constabulary and Fire & Rescue Services\n"
            f"{prefix}HMI Probation: Flo Gray, Assistant Chief Inspector\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_area_send_letter_signed_one_a_line_after_the_inspectorates(nlp) -> None:
    """The heads sign 'Inspectorate: Name, Title' (a CQC title running on with commas),
    the team under them 'Name, Designation Role': the team keep their roles."""
    text = ("12 July 2021\nDear Ms Roe\nJoint area SEND revisit in Eastvale\nBetween 14 and 15 "
            "June 2021, Ofsted and the Care Quality Commission (CQC) revisited the local area "
            "of Eastvale.\nYours sincerely\n\nAnn Bell\nHer Majesty’s Inspector\n\n"
            "Ofsted: Chris Russ, Regional Director\nCare Quality Commission: Dr Una Gale, Deputy "
            "Chief Inspector, Children, Health and Justice\nAnn Bell, HMI Lead Inspector\n"
            "Lee Parr, CQC Inspector\n")
    rec = run(nlp, text)
    assert sorted(people(rec)) == sorted([
        ("Ann Bell", "lead_inspector", "HMI"), ("Chris Russ", "signatory", "Regional Director"),
        ("Una Gale", "signatory", "CQC inspector"),
        ("Lee Parr", "team_inspector", "CQC inspector")])
    assert rec["report"]["lead_inspector"] == "Ann Bell"


@pytest.mark.parametrize("line", [
    # a heading alone on its line (a colon after it) heads the signature under it
    "Care Quality Commission:\nCy Dunn\nDeputy Chief Inspector",
    # the inspectorate after the name is the title's, as before
    "Cy Dunn, Deputy Chief Inspector, Care Quality Commission",
])
def test_an_inspectorate_not_before_the_name_on_its_line(nlp, line) -> None:
    text = ("4 July 2019\nDear partners\nJoint targeted area inspection of Lowtown\nBetween "
            "16 and 20 September 2019, Ofsted, the CQC, HMICFRS and HMI Probation undertook a "
            "joint inspection.\nYours sincerely\n\nOfsted:\nAnn Bell\nNational Director, Social "
            f"Care\n{line}\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector")]


def test_signature_glued_to_the_title_is_cut_at_the_name(nlp) -> None:
    text = ("Joint targeted area inspection of Highcombe\nThis inspection took place from 5 to "
            "9 February 2024.\nYours sincerely\nYvette Stone National Director Regulation and "
            "Social Care, Ofsted\nDr Sean Kelly BSc MB ChB Chief Inspector of Health Care, CQC\n"
            "Michelle Skye OBE QPM His Majesty’s Inspector of Constabulary\n")
    assert people(run(nlp, text)) == [
        ("Yvette Stone", "signatory", "National Director Regulation and Social Care"),
        ("Sean Kelly", "signatory", "CQC inspector"),
        ("Michelle Skye", "signatory", "HMICFRS inspector")]


def test_area_send_report_team_table_and_previous_inspection(nlp) -> None:
    text = ("Local area partnership report\nArea SEND inspection of Northshire Local Area "
            "Partnership\nInspection dates: 8 to 12 July 2024\nDates of previous inspection: "
            "27 to 31 March 2017\nThe inspection was led by one of His Majesty’s Inspectors "
            "(HMI) from Ofsted, with a team of inspectors.\nInspection team\nOfsted Care Quality"
            " Commission Una Bright, Ofsted Lead inspector Lee Parr, CQC Lead inspector Dee "
            "Walsh, Ofsted inspector Dana Fox, CQC inspector Bea Mills, HMI, Ofsted inspector\n"
            "If you are not happy with the inspection, you can complain.\n")
    rec = run(nlp, text)
    assert people(rec) == [
        ("Una Bright", "lead_inspector", "HMI"), ("Lee Parr", "lead_inspector", "CQC inspector"),
        ("Dee Walsh", "team_inspector", "OI"), ("Dana Fox", "team_inspector", "CQC inspector"),
        ("Bea Mills", "team_inspector", "HMI")]
    rep = rec["report"]
    assert (rep["document_type"], rep["local_authority"], rep["lead_inspector"]) == (
        "area_send_inspection", "Northshire", "Una Bright")
    prev = [(d["date"], d["text"]) for d in rec["tables"]["dates"]
            if d["kind"] == "previous_inspection"]
    assert prev == [("2017-03-27", "27 to 31 March 2017")]


@pytest.mark.parametrize("led, una", [
    ("The inspection was led by one of His Majesty’s Inspectors (HMI) from Ofsted, with a team "
     "of inspectors.\n", "lead_inspector"),
    # without the sentence, the second 'Lead inspector' after the CQC lead's own is the
    # wrapped end of the left cell on that row (session 14; a table without it names no
    # Ofsted lead: test_a_team_tables_row_read_across_with_the_left_cell_wrapped)
    ("", "lead_inspector"),
])
def test_area_send_team_table_lead_cell_wrapped(nlp, led, una) -> None:
    """The Ofsted lead's cell wrapped ("Ofsted HMI," / "Lead inspector") so that the text
    gives its 'Lead inspector' after the next column's cell; the report's running head
    under the table is no one's name."""
    text = ("Area SEND inspection of Northshire Local Area Partnership\nInspection dates: 8 to 12"
            f" July 2024\n{led}Inspection team\nOfsted Care Quality Commission\nUna Bright, "
            "Ofsted HMI, Lee Parr, CQC Lead inspector\nLead inspector\nDee Walsh, Ofsted HMI Dana"
            " Fox, CQC inspector\nBea Mills, Ofsted Inspector\nArea SEND inspection of Northshire"
            " Local Area Partnership\n")
    assert people(run(nlp, text)) == [
        ("Una Bright", una, "HMI"), ("Lee Parr", "lead_inspector", "CQC inspector"),
        ("Dee Walsh", "team_inspector", "HMI"), ("Dana Fox", "team_inspector", "CQC inspector"),
        ("Bea Mills", "team_inspector", "OI")]


@pytest.mark.parametrize("title, la", [
    ("Joint local area SEND inspection in Eastvale", "Eastvale"),
    ("Joint local area special educational needs and/or disabilities (SEND) inspection in "
     "Eastvale", "Eastvale"),
    ("Local area SEND revisit in Eastvale", "Eastvale"),
])
def test_area_send_letters(nlp, title, la) -> None:
    rec = run(nlp, f"1 May 2018\nDear Ms Roe\n{title}\nBetween 12 March 2018 and 16 March "
                   "2018, Ofsted and the CQC conducted a joint inspection.\n")
    assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (
        "area_send_inspection", la)


def test_unknown_document_is_partial(nlp) -> None:
    rec = run(nlp, "Minutes of the parish council\nThe hall roof was repaired.\n")
    assert rec["report"]["document_type"] == "other"
    assert "document type not recognised" in rec["problems"]


# -- the same letters as a converter reading in its default order gives them -----------------

def test_signatures_read_row_by_row_share_out_their_titles(nlp) -> None:
    """Two signatures side by side, read across: both names, then both titles (a title's
    wrapped end, "Services", stays with it)."""
    text = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\nBetween 3 "
            "and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
            "inspection.\nYours sincerely\nOfsted\nCare Quality Commission\nAnn Bell\nCy Dunn\n"
            "National Director, Social Care\nDeputy Chief Inspector\nHMI Constabulary\n"
            "HMI Probation\nDi Eve\nFlo Gray\nHMI Constabulary and Fire & Rescue\nServices\n"
            "Assistant Chief Inspector\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("foot", ["12\n", "Page 12\n", "12 of 12\n"])
def test_signatures_read_row_by_row_above_a_page_number(nlp, foot) -> None:
    """A page number under the last row of titles is no one's title: the titles are still
    shared out one each."""
    text = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\nBetween 3 "
            "and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
            "inspection.\nYours sincerely\nOfsted\nCare Quality Commission\nAnn Bell\nCy Dunn\n"
            "National Director, Social Care\nDeputy Chief Inspector\nHMI Constabulary\n"
            "HMI Probation\nDi Eve\nFlo Gray\nHer Majesty’s Inspector of Constabulary\n"
            f"Assistant Chief Inspector\n{foot}")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("ofsted_title", ["National Director, Social Care, Ofsted",
                                          "National Director, Social Care"])
def test_signatures_as_name_title_pairs(nlp, ofsted_title) -> None:
    """Signatures one under another, each name with its title on the lines under it: an
    inspectorate's name there (a title wrapped after a comma, or a title that is only the
    inspectorate's name) is that signer's, not a column heading for the next; a numbered
    footnote after them is no one's title."""
    text = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\nBetween 3 "
            "and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
            f"inspection.\nYours sincerely\nAnn Bell\n{ofsted_title}\nCy Dunn\nDeputy Chief "
            "Inspector, Primary Medical Services,\nCare Quality Commission\nDi Eve\nHMI "
            "Constabulary and Fire & Rescue Services\nFlo Gray\nAssistant Chief Inspector, HMI "
            "Probation\n(1) This joint inspection was conducted under section 20 of the Children "
            "Act 2004.\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_signatures_each_over_its_inspectorate_line(nlp) -> None:
    """Each signer's name, title and then the inspectorate on a line of its own ('Nigel
    Ashworth' / 'Assistant Chief Inspector' / 'HMI Probation'), one signer with no such line
    as the title names the inspectorate: each inspectorate line is the signer's above it,
    not a column heading shared out in order, which would leave the last signer none."""
    text = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\nBetween 3 "
            "and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
            "inspection.\nYours faithfully\nAnn Bell\nNational Director, Social Care\nOfsted\n"
            "Dr Cy Dunn\nDeputy Chief Inspector\nCare Quality Commission\nDi Eve\nHer Majesty’s "
            "Inspector of Constabulary\nFlo Gray\nAssistant Chief Inspector\nHMI Probation\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_column_headings_read_between_signatures_stay_headings(nlp) -> None:
    """... but read column by column after the letter's own inspector, ending in a title
    ('Ofsted' / 'A' / 'Regional Director' / 'Care Quality Commission' / 'B' / 'Deputy Chief
    Inspector'), each inspectorate heads the signer below it."""
    text = ("12 December 2017\nDear Ms Roe\nJoint local area SEND inspection in Eastvale\n"
            "Between 23 October 2017 and 27 October 2017, Ofsted and the Care Quality "
            "Commission (CQC) conducted a joint inspection of the local area of Eastvale.\n"
            "Yours sincerely\nAnn Bell\nHer Majesty's Inspector\nOfsted\nChris Russ\n"
            "Regional Director\nCare Quality Commission\nUna Gale\nDeputy Chief Inspector, "
            "Primary Medical\nServices and Integrated Care\n")
    assert people(run(nlp, text))[1:] == [
        ("Chris Russ", "signatory", "Regional Director"),
        ("Una Gale", "signatory", "CQC inspector")]


FOR_SIGNERS = {
    "ofsted": "For Ofsted\nAnn Bell\nNational Director, Social Care\n",
    "hmicfrs": "For HMICFRS\nDi Eve\nHMI Constabulary and Fire & Rescue\nServices\n",
    "cqc": "For the Care Quality Commission\nCy Dunn\nDeputy Chief Inspector\n",
    "probation": "For HMI Probation\nFlo Gray\nAssistant Chief Inspector\n"}


@pytest.mark.parametrize("order", [
    # a boxed table of four cells read column by column, and row by row
    ("ofsted", "hmicfrs", "cqc", "probation"), ("ofsted", "cqc", "hmicfrs", "probation")])
def test_signatures_each_under_its_for_inspectorate_line(nlp, order) -> None:
    """'For the Care Quality Commission' on the line right above a signer's name is that
    signer's inspectorate, not the title of the signer above it."""
    text = ("4 March 2020\nDear partners\nJoint targeted area inspection of Lowtown\nBetween 3 "
            "and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
            "inspection.\nYours sincerely\n" + "".join(FOR_SIGNERS[k] for k in order))
    assert sorted(people(run(nlp, text))) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_signatures_under_headings_read_column_by_column(nlp) -> None:
    """Signatures under column headings, read column by column: an inspectorate's name
    between two signers' names heads the next; a full-width title read after the columns
    is not the signer's above it, whose own title comes first."""
    text = ("4 March 2024\nDear partners\nJoint targeted area inspection of Lowtown\nThe "
            "inspection was carried out from 5 to 9 February 2024.\nYours sincerely\nOfsted\n"
            "Ann Bell\nNational Director Regulation and Social Care\nHMICFRS\nCy Dunn\n"
            "Care Quality Commission\nDi Eve\nChief Inspector of Healthcare\nHis Majesty’s "
            "Inspector of Constabulary and His Majesty’s Inspector of Fire & Rescue Services\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director Regulation and Social Care"),
        ("Cy Dunn", "signatory", "HMICFRS inspector"),
        ("Di Eve", "signatory", "CQC inspector")]


def _side_by_side_jtai_letter(left: str, right: str,
                              wrap: tuple[str, str] = ("HMI Constabulary and Fire & Rescue",
                                                       "Services"), width: int = 45) -> str:
    def row(a: str, b: str) -> str:
        return f"{a:<{width}}{b}".rstrip() + "\n"
    return ("4 March 2020\n\nDear partners\n\nJoint targeted area inspection of Lowtown\n\n"
            "Between 3 and 7 February 2020, Ofsted, the CQC, HMICFRS and HMI Probation "
            "undertook a joint inspection.\n\nYours sincerely\n\n"
            + row("Ofsted", "Care Quality Commission") + "\n"
            + row("Ann Bell", "Cy Dunn") + row("National Director, Social Care",
                                              "Deputy Chief Inspector") + "\n"
            + row(wrap[0], "HMI Probation") + row(wrap[1], "")
            + "\n" + row(left, right) + row(wrap[0], "Assistant Chief Inspector")
            + row(wrap[1], "") + "\n"
            + "(1) This joint inspection was conducted under section 20 of the Children Act "
            "2004.\n")


@pytest.mark.parametrize("left, right", [
    ("Di Eve, CBE", "Dr Flo Gray"), ("Di Eve CBE", "Professor Flo Gray"),
    ("Di Eve, QPM", "Flo Gray, OBE"), ("Di Eve", "Flo Gray")])
def test_side_by_side_signatures_with_honours(nlp, left, right) -> None:
    """Four signatures set two by two under their inspectorates (pdftotext -layout), read
    column by column: a signer written with honours or "Dr" is still a signer, so the
    inspectorate's name under them is their title, not the next column's heading, and each
    heading stays with its own signer; honours and "Dr" are no part of the name."""
    from pipeline.ingest import ingest_bytes

    text = ingest_bytes(Path("a.txt"), _side_by_side_jtai_letter(left, right).encode()).norm.text
    assert sorted(people(run(nlp, text))) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("wrap, width", [
    (("HMI Constabulary and Fire &", "Rescue Services"), 34),
    (("HMI Constabulary and Fire", "& Rescue Services"), 34),
    (("HMI Constabulary and", "Fire & Rescue Services"), 34)])
def test_side_by_side_signatures_with_the_inspectorate_wrapped(nlp, wrap, width) -> None:
    """The same grid in narrower columns: HMICFRS's name wraps earlier, as a heading above
    its signer and as that signer's title; its wrapped end is no one's title or heading."""
    from pipeline.ingest import ingest_bytes

    raw = _side_by_side_jtai_letter("Di Eve", "Flo Gray", wrap, width)
    text = ingest_bytes(Path("a.txt"), raw.encode()).norm.text
    assert sorted(people(run(nlp, text))) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("colon", [":", " :", ""])
def test_signatures_under_headings_ending_in_a_colon(nlp, colon) -> None:
    """Each signer under a heading of their own that names the inspectorate ("Ofsted:" /
    name / title): the heading is the signer's inspectorate, not the next one's title."""
    text = ("4 March 2024\nDear partners\nJoint targeted area inspection of Lowtown\nThe "
            "inspection was carried out from 5 to 9 February 2024.\nYours sincerely\n\n"
            f"Ofsted{colon}\nAnn Bell\nNational Director, Social Care\n\n"
            f"Care Quality Commission{colon}\nCy Dunn\nDeputy Chief Inspector\n\n"
            f"HMI Constabulary and Fire & Rescue Services{colon}\nDi Eve\n"
            "HMI Constabulary and Fire & Rescue Services\n\n"
            f"HMI Probation{colon}\nFlo Gray\nAssistant Chief Inspector\n")
    assert people(run(nlp, text)) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_team_table_read_column_by_column(nlp) -> None:
    """Each column's heading on a line of its own above its names: the heading of the next
    column is not the last name's designation."""
    text = ("Area SEND inspection of Northshire Local Area Partnership\nInspection dates: 8 to "
            "12 July 2024\nInspection team\nOfsted\nUna Bright, Ofsted Lead inspector\nDee Walsh, "
            "Ofsted HMI\nDana Fox, HMI, Ofsted inspector\nCare Quality Commission\nLee Parr, CQC "
            "Lead inspector\nBea Mills, CQC inspector\nIf you are not happy with the inspection, "
            "you can complain.\n")
    assert people(run(nlp, text)) == [
        ("Una Bright", "lead_inspector", ""), ("Dee Walsh", "team_inspector", "HMI"),
        ("Dana Fox", "team_inspector", "HMI"), ("Lee Parr", "lead_inspector", "CQC inspector"),
        ("Bea Mills", "team_inspector", "CQC inspector")]


@pytest.mark.parametrize("indent", ["", "    "])
def test_team_table_side_by_side_columns(nlp, indent) -> None:
    """The columns laid out side by side, the table indented or not: a lead's cell wrapped
    under the left name is that name's, not the label of the right column's next name."""
    rows = ["Ofsted".ljust(34) + "Care Quality Commission",
            "Una Bright, Ofsted HMI".ljust(34) + "Lee Parr, CQC Lead inspector",
            "Lead inspector".ljust(34) + "Bea Mills, CQC inspector", "Dee Walsh, Ofsted HMI"]
    table = "".join(f"{indent}{row}\n" for row in rows)
    text = ("Area SEND inspection of Northshire Local Area Partnership\nInspection dates: 8 to "
            f"12 July 2024\nInspection team\n\n{table}"
            "If you are not happy with the inspection, you can complain.\n")
    assert sorted(people(run(nlp, text))) == [
        ("Bea Mills", "team_inspector", "CQC inspector"),
        ("Dee Walsh", "team_inspector", "HMI"), ("Lee Parr", "lead_inspector", "CQC inspector"),
        ("Una Bright", "lead_inspector", "HMI")]


def test_a_sentence_naming_the_lead_makes_a_team_member_the_lead(nlp) -> None:
    """A table that marks no lead: the sentence saying who led makes that member the lead;
    a label line across the columns ("Lead inspector   Bea Mills") would not."""
    gap = " " * 12
    text = ("Area SEND inspection of Northshire Local Area Partnership\nInspection dates: 8 to "
            "12 July 2024\nThe inspection was led by Una Bright, HMI.\nInspection team\n\n"
            f"Ofsted{gap}          Care Quality Commission\n"
            f"Una Bright, Ofsted HMI{gap}Bea Mills, CQC inspector\n"
            "If you are not happy with the inspection, you can complain.\n")
    assert sorted(people(run(nlp, text))) == [
        ("Bea Mills", "team_inspector", "CQC inspector"),
        ("Una Bright", "lead_inspector", "HMI")]


@pytest.mark.parametrize("lead_cell, lead", [
    # a Senior HMI is one of His Majesty's Inspectors: the table's lead is the lead the
    # sentence names, no other HMI is made one
    ("Senior HMI, lead inspector", ("Ann Bell", "lead_inspector", "Senior HMI")),
    ("Ofsted HMI, lead inspector", ("Ann Bell", "lead_inspector", "HMI")),
    # no lead marked: the first HMI is the lead, as the sentence says an HMI led
    ("Ofsted HMI", ("Ann Bell", "lead_inspector", "HMI")),
])
def test_team_table_with_a_wrapped_cqc_cell_as_a_text_layer_gives_it(nlp, lead_cell,
                                                                      lead) -> None:
    """The columns side by side with their gaps closed to one space, as a text layer gives
    them: the CQC cell wrapped onto the next row ('CQC Children’s' / 'Services Inspector')
    joins no word to the name that opens that row."""
    text = ("Area SEND inspection of Northshire Local Area Partnership\nInspection dates: 8 to "
            "12 July 2024\nThe inspection was led by one of His Majesty’s Inspectors (HMI) "
            "from Ofsted.\nInspection team\nOfsted Care Quality Commission\n"
            f"Ann Bell, {lead_cell} Lee Parr, CQC lead inspector\n"
            "Dee Walsh, Ofsted HMI Bea Mills, CQC Children’s\n"
            "Cy Dunn, Ofsted Inspector Services Inspector\n© Crown copyright 2025\n")
    assert sorted(people(run(nlp, text))) == sorted([
        lead, ("Dee Walsh", "team_inspector", "HMI"), ("Cy Dunn", "team_inspector", "OI"),
        ("Lee Parr", "lead_inspector", "CQC inspector"),
        ("Bea Mills", "team_inspector", "CQC inspector")])


@pytest.mark.parametrize("sentence, date, text", [
    # a month with its days in brackets: the first day, the month gives no row of its own
    ("This is the first monitoring visit since the local authority was judged inadequate in "
     "October 2019 (inspection\ndates: 7 to 18 October 2019).", "2019-10-07",
     "7 to 18 October 2019"),
    ("Services were rated inadequate in May 2019 (13 to 24 May 2019).", "2019-05-13",
     "13 to 24 May 2019"),
])
def test_a_previous_month_with_its_days_in_brackets(nlp, sentence, date, text) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    previous = [(d["date"], d["text"]) for d in rec["tables"]["dates"]
                if d["kind"] == "previous_inspection"]
    assert previous == [(date, text)]


@pytest.mark.parametrize("title, la", [
    ("Area SEND inspection of West\nNorthshire Local Area Partnership", "West Northshire"),
    ("Area SEND inspection of Eastvale Local\nArea Partnership", "Eastvale"),
    ("Area SEND inspection of North Westshire,\nEastvale and Southby Local Area\nPartnership",
     "North Westshire, Eastvale and Southby"),
    ("Focused visit to Westshire County\nCouncil children’s services", "Westshire County Council"),
])
def test_a_title_wrapped_before_its_end_is_read_whole(nlp, title, la) -> None:
    rec = run(nlp, f"{title}\nInspection dates: 18 to 22 March 2024\nDates of previous "
                   "inspection: Not previously inspected\n")
    assert rec["report"]["local_authority"] == la


@pytest.mark.parametrize("title, kind, la", [
    # a themed visit's subject line names the theme after a colon: no part of the name
    ("Focused visit to the Royal Borough of Westshire: care leavers", "focused_visit",
     "Royal Borough of Westshire"),
    ("Focused visit to Westshire County Council: children in need and children in need of\n"
     "protection", "focused_visit", "Westshire County Council"),
    ("Monitoring visit to the London Borough of Eastmarsh: children in care",
     "monitoring_visit", "London Borough of Eastmarsh"),
    ("Assurance visit to Westshire: children’s social care", "focused_visit", "Westshire"),
    # with no colon the line's name is whole; a theme after the services keeps to the name
    ("Focused visit to the Royal Borough of Westshire", "focused_visit",
     "Royal Borough of Westshire"),
    ("Focused visit to Westshire children’s services: care leavers", "focused_visit",
     "Westshire"),
])
def test_a_visit_subject_line_with_its_theme_after_a_colon(nlp, title, kind, la) -> None:
    rec = run(nlp, f"4 March 2021\n\nDear Ms Roe\n\n{title}\n\nThis letter summarises the "
                   "findings of the visit on 2 and 3 February 2021.\n")
    assert (rec["report"]["document_type"], rec["report"]["local_authority"]) == (kind, la)


def test_a_news_headline_opening_like_a_visits_subject_line_is_no_visit(nlp) -> None:
    # a theme is a few words; a headline's long tail after the colon is no subject line
    rec = run(nlp, "Focused visit to Westshire: what the inspectors said about care leavers "
                   "and the council's plans for the next year of work with them\n\nWestshire "
                   "Echo, 4 March 2021\n\nInspectors visited Westshire's children's services "
                   "on 2 and 3 February 2021 and looked at care leavers.\n")
    assert rec["report"]["document_type"] != "focused_visit"


WEEK_LETTER = ("5 December 2022\nDear Ms Roe\nFocused visit to Westshire County Council "
               "children’s services\nThis letter summarises the findings of the focused visit "
               "to Westshire children’s services in the week beginning 7 November 2022. "
               "{days}\nYours sincerely\nKate Moss\nHMI\n")


@pytest.mark.parametrize("days, start, end", [
    # the on-site days within the named week are the visit's, the week's Monday is not one
    ("Inspectors were on site on Tuesday 8 and Wednesday 9 November 2022.", "2022-11-08",
     "2022-11-09"),
    ("The visit took place on 9 and 10 November 2022.", "2022-11-09", "2022-11-10"),
    # no days written: the week's first day is the start, with no last day
    ("Inspectors looked at the front door.", "2022-11-07", None),
    # a date outside the week is no visit day of it
    ("Leaders met inspectors on 21 November 2022 to discuss the findings.", "2022-11-07",
     None),
])
def test_a_visit_named_by_its_week_takes_the_days_written_within_it(nlp, days, start,
                                                                     end) -> None:
    rep = run(nlp, WEEK_LETTER.format(days=days))["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == (start, end)


SUMMARY_TABLE_LETTER = (
    "11 October 2016\nDear Mr Dell\nMonitoring visit of Westshire local authority children’s "
    "services\n ----------------------------------------\n {first:<22}| {date}\n Visit"
    "                  | Second monitoring visit\n Inspectors             | Kate Moss HMI "
    "and Bob Cole HMI\n Judged inadequate      | May 2015\n "
    "----------------------------------------\n\nThis letter summarises the findings of the "
    "second monitoring visit to Westshire children’s services since the local authority was "
    "judged inadequate. It follows the first monitoring visit on 22 and 23 June 2016.\n"
    "Yours sincerely\nKate Moss\nHer Majesty’s Inspector\n")


@pytest.mark.parametrize("first, date, start, previous", [
    # the visit's date only in the summary table under the subject line: the earlier visit
    # the prose dates is a previous one, as is the table's inadequate judgement
    ("Visit date", "14 September 2016", "2016-09-14", ["2015-05", "2016-06-22"]),
    ("Date of visit", "14 September 2016", "2016-09-14", ["2015-05", "2016-06-22"]),
    # a row of another kind dates no visit: the prose's visit is the only one written
    ("Report date", "11 October 2016", "2016-06-22", ["2015-05"]),
])
def test_a_monitoring_visits_summary_table(nlp, first, date, start, previous) -> None:
    rec = run(nlp, SUMMARY_TABLE_LETTER.format(first=first, date=date))
    assert rec["report"].get("inspection_start") == start
    assert sorted(d["date"] for d in rec["tables"]["dates"]
                  if d["kind"] == "previous_inspection") == previous
    # the table's row of inspectors, the label and the names split by the column rule
    assert people(rec) == [("Kate Moss", "lead_inspector", "HMI"),
                           ("Bob Cole", "inspector", "HMI")]


BOXED_LETTER = (
    "OFSTED\nMonitoring visit letter\n{rule}\n"
    "| Local authority     | Westshire County Council        |\n"
    "| Visit dates         | 4 to 6 November 2025            |\n"
    "| {letter_row:<19} | 2 December 2025                 |\n"
    "| Judged inadequate   | March 2022                      |\n"
    "| {visit_row:<19} | 1 and 2 July 2025               |\n"
    "| Lead inspector      | Kate Moss HMI                   |\n"
    "| Team inspectors     | Bob Cole HMI; Ann Lee, Ofsted Inspector |\n"
    "{rule}\n\nMr Tom Dell\nWestshire County Council\n\nDear Mr Dell\n\n"
    "Monitoring visit to Westshire children’s services\n\nThis letter summarises the "
    "findings of the sixth monitoring visit to Westshire children’s services since the "
    "local authority was judged inadequate.\n\nYours sincerely\n\nKate Moss\n"
    "His Majesty’s Inspector\n")


@pytest.mark.parametrize("rule", ["-" * 58, "+" + "-" * 21 + "+" + "-" * 34 + "+",
                                  "=" * 58])
@pytest.mark.parametrize("letter_row, visit_row, published, previous", [
    # every fact in the box: the letter's date, the earlier visit's first day (a span's
    # first, never its last), the inadequate judgement's month
    ("Date of this letter", "Previous visit", "2025-12-02", ["2022-03", "2025-07-01"]),
    ("Date of letter", "Last monitoring visit", "2025-12-02", ["2022-03", "2025-07-01"]),
    # rows of other kinds: a next visit is no earlier one, a report's date no letter's
    ("Report date", "Next visit", None, ["2022-03"]),
])
def test_a_letters_summary_box_drawn_in_text(nlp, rule, letter_row, visit_row, published,
                                             previous) -> None:
    """A summary box with walls and rules (a monitoring visit letter's head, as a text
    layer keeps it): each row is a label and its value, the box a paragraph of its own."""
    from pipeline.ingest import ingest_bytes

    raw = BOXED_LETTER.format(rule=rule, letter_row=letter_row, visit_row=visit_row)
    rec = run(nlp, ingest_bytes(Path("a.txt"), raw.encode()).norm.text)
    rep = rec["report"]
    assert (rep["document_type"], rep["inspection_start"], rep["inspection_end"]) == (
        "monitoring_visit", "2025-11-04", "2025-11-06")
    assert rep.get("publication_date") == published
    assert sorted(d["date"] for d in rec["tables"]["dates"]
                  if d["kind"] == "previous_inspection") == previous
    assert people(rec) == [("Kate Moss", "lead_inspector", "HMI"),
                           ("Bob Cole", "team_inspector", "HMI"),
                           ("Ann Lee", "team_inspector", "OI")]


def test_a_rule_with_no_box_beside_it_is_left_alone() -> None:
    """A page's separator rule, a column rule inside a sentence and a table written in
    Markdown (no rule above its headings) are no box; a box's rows and rules are opened."""
    from pipeline.ingest.layout_text import open_boxes

    lines = ["Findings follow.", "-" * 40, "Page 2 of 3", "Choice | voice was a theme."]
    assert open_boxes(lines) == lines
    markdown = ["| Judgement | Grade |", "|---|---|", "| Overall effectiveness | Good |"]
    assert open_boxes(markdown) == markdown
    assert open_boxes(["-" * 20, "| A | B |", "-" * 20]) == ["", "  A | B  ", ""]
    assert open_boxes(["+---+---+", "| A | B |", "+---+---+", "| C | D |", "+---+---+"]) == [
        "", "  A | B  ", "", "  C | D  ", ""]


def test_a_summary_box_with_its_cells_wrapped(nlp) -> None:
    """A value wrapped onto the box's next row (its label cell empty) goes on in the row
    above: the visit's dates with their year, both inspectors' names; a row with a label
    of its own is a row of its own."""
    from pipeline.ingest import ingest_bytes

    def row(a: str, b: str) -> str:
        return f"| {a:<20} | {b:<29} |\n"
    rule = "+" + "-" * 22 + "+" + "-" * 31 + "+\n"
    raw = ("OFSTED\nFocused visit letter\n" + rule + row("Local authority", "Westshire County")
           + row("", "Council") + row("Visit dates", "30 September and 1 October")
           + row("", "2025") + row("Date of letter", "28 October 2025")
           + row("Inspectors", "Kate Moss HMI; Bob") + row("", "Cole HMI") + rule
           + "\nDear Ms Roe\n\nFocused visit to Westshire children’s services\n\nThis letter "
           "summarises the findings of the focused visit.\n\nYours sincerely\n\nKate Moss\n"
           "His Majesty’s Inspector\n")
    text = ingest_bytes(Path("a.txt"), raw.encode()).norm.text
    assert "Visit dates | 30 September and 1 October 2025\n" in text
    rec = run(nlp, text)
    rep = rec["report"]
    assert (rep["inspection_start"], rep["inspection_end"], rep["publication_date"]) == (
        "2025-09-30", "2025-10-01", "2025-10-28")
    assert [d["text"] for d in rec["tables"]["dates"] if d["kind"] == "inspection_start"] == [
        "30 September and 1 October 2025"]
    assert people(rec) == [("Kate Moss", "lead_inspector", "HMI"),
                           ("Bob Cole", "inspector", "HMI")]


@pytest.mark.parametrize("head, date, text", [
    ("Date of letter:        24 February 2026", "2026-02-24", "24 February 2026"),
    ("Letter dated the twenty-third of February 2026", "2026-02-23",
     "the twenty-third of February 2026"),
    ("LETTER DATED: 24 February 2026", "2026-02-24", "24 February 2026"),
    ("Dated: the 24th of February 2026", "2026-02-24", "the 24th of February 2026"),
    ("Date      | 24 February 2026", "2026-02-24", "24 February 2026"),
    ("Inspection date | 24 February 2026", None, None),
    # a sentence about another letter, and a label of another date, date no letter
    ("We replied to the letter dated 24 February 2026", None, None),
    ("Date of next visit: 24 February 2026", None, None),
])
def test_the_letter_date_in_a_labelled_row_or_in_words(nlp, head, date, text) -> None:
    rec = run(nlp, f"Ofsted\nPiccadilly Gate\n\n{head}\nVisit dates: 20 to 21 January 2026"
                   "\n\nMs Ann Roe\nWestshire County Council\n\nDear Ms Roe\n\nFocused "
                   "visit to Westshire children’s services\n\nThis letter summarises the "
                   "findings of a focused visit.\n\nYours sincerely\n\nKate Moss\nHMI\n")
    assert rec["report"].get("publication_date") == date
    assert [d["text"] for d in rec["tables"]["dates"] if d["kind"] == "publication"] == (
        [text] if text else [])


@pytest.mark.parametrize("head, previous", [
    ("Previous inspection:   8 to 12 May 2023 (ILACS)", ["2023-05-08"]),
    ("Previous focused visit | 3 and 4 March 2024", ["2024-03-03"]),
    ("Last inspection          8 to 12 May 2023", ["2023-05-08"]),
    # an earlier inspection named in a sentence, not a row: no label's first day
    ("Next inspection: 8 to 12 May 2027", []),
])
def test_an_earlier_inspection_in_a_letters_head_row(nlp, head, previous) -> None:
    rec = run(nlp, f"Ofsted\n\nDate of letter: 24 February 2026\nVisit dates: 20 to 21 "
                   f"January 2026\n{head}\n\nDear Ms Roe\n\nFocused visit to Westshire "
                   "children’s services\n\nThis letter summarises the findings of a focused "
                   "visit.\n\nYours sincerely\n\nKate Moss\nHMI\n")
    assert [d["date"] for d in rec["tables"]["dates"]
            if d["kind"] == "previous_inspection"] == previous


@pytest.mark.parametrize("sentence, want", [
    ("The team inspector was Cy Dunn, Children’s Services Inspector, CQC.",
     [("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("The other team inspectors were Cy Dunn, CQC inspector, and Di Eve, Ofsted Inspector.",
     [("Cy Dunn", "team_inspector", "CQC inspector"), ("Di Eve", "team_inspector", "OI")]),
    # no name after the words: no member
    ("The team inspector was unable to meet parents.", []),
    ("Leaders said the team inspector was helpful.", []),
])
def test_a_revisit_names_its_team_inspector_in_a_sentence(nlp, sentence, want) -> None:
    rec = run(nlp, "2 March 2022\n\nDear Ms Roe\n\nJoint area SEND revisit in Westshire\n\n"
                   "Between 7 and 9 February 2022, Ofsted and the Care Quality Commission (CQC) "
                   "revisited the area of Westshire.\n\nThe revisit was led by Her Majesty’s "
                   f"Inspector Ann Bell. {sentence}\n\nYours sincerely\n\nAnn Bell\n"
                   "Her Majesty’s Inspector\n")
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"), *want]


def test_side_by_side_signatures_whose_heading_fills_its_column(nlp) -> None:
    """A heading that fills its column to the last place, one space before the next
    column's ('HMI Constabulary and Fire & Rescue Services HMI Probation'), heads two
    columns: each signer keeps their own inspectorate."""
    from pipeline.ingest import ingest_bytes

    def row(a: str, b: str) -> str:
        return f"{a:<44}{b}".rstrip() + "\n"
    left = "HMI Constabulary and Fire & Rescue Services"  # 43 places, then one space
    raw = ("4 March 2020\n\nDear partners\n\nJoint targeted area inspection of Lowtown\n\n"
           "Between 3 and 7 February 2020, Ofsted, the Care Quality Commission (CQC),\n"
           "HMI Constabulary and Fire & Rescue Services (HMICFRS) and HMI Probation undertook\n"
           "a joint inspection of the multi-agency response to neglect in Lowtown. This letter\n"
           "to all the service leaders in the area outlines our findings.\n\n"
           "Yours sincerely\n\n"
           + row("Ofsted", "Care Quality Commission") + row("Ann Bell", "Cy Dunn")
           + row("National Director, Social Care", "Deputy Chief Inspector") + "\n"
           + f"{left} HMI Probation\n" + row("Di Eve", "Flo Gray")
           + row("HMI Constabulary", "Assistant Chief Inspector"))
    text = ingest_bytes(Path("a.txt"), raw.encode()).norm.text
    assert sorted(people(run(nlp, text))) == [
        ("Ann Bell", "signatory", "National Director, Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"),
        ("Di Eve", "signatory", "HMICFRS inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


WORDS_LETTER = ("12 March 2025\n\nDear Ms Roe\n\nFocused visit to Westshire County Council "
                "children’s services\n\nThis letter summarises the findings of the focused "
                "visit to Westshire children’s services {when}. His Majesty’s Inspectors for "
                "this visit were Kate Moss and Bob Cole.\n\nYours sincerely\n\nKate Moss\n"
                "His Majesty’s Inspector\n")


@pytest.mark.parametrize("when, start, end", [
    # days in words: the second after the range's connector, without a second 'the'
    ("on the fourth and fifth of February 2025", "2025-02-04", "2025-02-05"),
    ("from the fourth to the sixth of February 2025", "2025-02-04", "2025-02-06"),
    ("between the twenty-seventh and twenty-eighth of February 2025", "2025-02-27",
     "2025-02-28"),
    ("on the fourth of February 2025", "2025-02-04", "2025-02-04"),
    # an ordinal that is no day: the second of two visits, with the days in figures
    ("on 4 and 5 February 2025, the second and last visit", "2025-02-04", "2025-02-05"),
])
def test_a_visit_dated_in_words(nlp, when, start, end) -> None:
    rec = run(nlp, WORDS_LETTER.format(when=when))
    rep = rec["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == (start, end)
    # the visit is no earlier one of its own
    assert [d for d in rec["tables"]["dates"] if d["kind"] == "previous_inspection"] == []


def test_a_title_one_space_past_a_column_start_is_not_cut() -> None:
    """A single space parts two columns only where it ends exactly at a column's start
    between two capitalised words: a title running on across the column ('of Hospitals'),
    a lower-case word after it, or a space off the column by a place parts nothing."""
    from pipeline.ingest.layout_text import _cut_at

    assert _cut_at(0, "Chief Inspector of Hospitals and Primary Care", [19]) == [
        (0, "Chief Inspector of Hospitals and Primary Care")]
    assert _cut_at(0, "Deputy Chief Inspector for health", [28]) == [
        (0, "Deputy Chief Inspector for health")]
    assert _cut_at(0, "HMI Constabulary and Fire & Rescue Services HMI Probation", [45]) == [
        (0, "HMI Constabulary and Fire & Rescue Services HMI Probation")]
    assert _cut_at(0, "HMI Constabulary and Fire & Rescue Services HMI Probation", [44]) == [
        (0, "HMI Constabulary and Fire & Rescue Services"), (44, "HMI Probation")]


# -- prose grades in secondary sources, on short invented texts -------------------------------

def grades_of(rec: dict) -> dict[str, str]:
    return {j["area"]: j["grade"] for j in rec["tables"]["judgements"]}


def area_grades(rec: dict) -> dict[str, str]:
    """The grades of a text's areas, its overall grade left out."""
    return {k: v for k, v in grades_of(rec).items() if k != "overall_effectiveness"}


def test_a_grade_the_service_no_longer_has_is_not_its_grade(nlp) -> None:
    rec = run(nlp, "Northvale children's services no longer inadequate\nNorthvale council's "
                   "children's services are no longer rated inadequate, following an Ofsted "
                   "re-inspection carried out between 8 and 25 January 2018. The re-inspection "
                   "found that services now require improvement to be good. Inspectors said "
                   "that the service was not judged inadequate in any area.\n")
    assert grades_of(rec) == {"overall_effectiveness": "requires_improvement"}


def test_hopes_and_futures_in_a_quote_are_not_grades(nlp) -> None:
    rec = run(nlp, "Ofsted visit finds progress in Eastmoor\nThe monitoring visit on 21 and 22 "
                   "September 2021 found progress. Monitoring visits do not result in a grade. "
                   "Councillor Ann Bell said: \"We know we still have a lot to do before we are "
                   "judged good. We were rated good before and we will be good again.\"\n")
    assert rec["report"]["document_type"] == "news_article"
    assert grades_of(rec) == {}


def test_the_framework_is_the_one_in_force_at_the_inspection(nlp) -> None:
    """A council page of 2022 naming the year of its hoped-for next inspection (2025)
    still uses the 2018 framework's combined area."""
    rec = run(nlp, "Our Ofsted inspection\nOfsted inspected Westbury Council's children's "
                   "services between 7 and 18 February 2022. The experiences and progress of "
                   "children in care and care leavers were judged to require improvement to be "
                   "good. We expect the next inspection in 2025.\n")
    assert grades_of(rec) == {"children_in_care_and_care_leavers": "requires_improvement"}


def test_a_grade_carried_over_and_a_grade_for_all_other_areas(nlp) -> None:
    ilacs = run(nlp, "Ofsted rates Moorcastle inadequate\nInspectors, who visited between 4 and "
                     "15 September 2023, rated the service inadequate overall. The experiences "
                     "and progress of children in care require improvement to be good, as do "
                     "the experiences and progress of care leavers.\n")
    assert grades_of(ilacs) == {"overall_effectiveness": "inadequate",
                                "children_in_care": "requires_improvement",
                                "care_leavers": "requires_improvement"}
    sif = run(nlp, "Brindle rated outstanding\nBrindle council's children's services have been "
                   "rated outstanding by Ofsted after an inspection between 8 May and 1 June "
                   "2017. Adoption performance and leadership, management and governance were "
                   "judged outstanding, with all other areas rated good.\n")
    assert grades_of(sif) == {
        "overall_effectiveness": "outstanding", "adoption_performance": "outstanding",
        "leadership_management_governance": "outstanding", "help_and_protection": "good",
        "looked_after_and_permanence": "good", "care_leavers": "good"}
    # "all areas" without a grade of its own gives none to the clause after it
    plain = run(nlp, "Ofsted rates Brindle good\nProgress was made in all areas of the service "
                     "in 2019, and Ofsted rated the council good.\n")
    assert grades_of(plain) == {"overall_effectiveness": "good"}


def test_a_grade_shared_by_the_list_under_its_line(nlp) -> None:
    """'... were also judged inadequate:' and its bullets, 'The same judgement was given
    for:' and a numbered list; an earlier inspection's list and a list of strengths are
    not grades."""
    rec = run(nlp, "Ofsted rates Harrowby inadequate\nInspectors visited from 13 to 24 January "
                   "2025 and judged overall effectiveness to be inadequate. Three of the five "
                   "areas were also judged inadequate:\n- the impact of leaders\n- help and "
                   "protection\n- children in care\nAt the last inspection, in 2021, two areas "
                   "were rated good:\n- care leavers\n- the experiences of children in care\n"
                   "Inspectors found good practice in:\n- care leavers\n")
    assert grades_of(rec) == {"overall_effectiveness": "inadequate",
                              "impact_of_leaders": "inadequate",
                              "help_and_protection": "inadequate",
                              "children_in_care": "inadequate"}
    sif = run(nlp, "Harrowby no longer inadequate\nThe re-inspection took place between 4 and "
                   "28 September 2017. Overall effectiveness now requires improvement to be "
                   "good. The same judgement was given for:\n1. children who need help and "
                   "protection;\n2. children looked after; and\n3. leadership, management and "
                   "governance.\nThe review of the HSCB judged the board to be good.\n")
    assert grades_of(sif) == {
        "overall_effectiveness": "requires_improvement",
        "help_and_protection": "requires_improvement",
        "looked_after_and_permanence": "requires_improvement",
        "leadership_management_governance": "requires_improvement", "lscb": "good"}


def test_a_news_article_dates_the_report_in_a_sentence(nlp) -> None:
    rec = run(nlp, "Ofsted praises Eastvale\nPublished 3 November 2021\nOfsted inspectors, "
                   "who visited between 8 and 19 November 2021, rated Eastvale's children's "
                   "services good. The report was published on Friday 10 December 2021.\n")
    assert rec["report"]["publication_date"] == "2021-12-10"
    assert (rec["report"]["inspection_start"], rec["report"]["inspection_end"]) == (
        "2021-11-08", "2021-11-19")
    # The article's own "Published" line is not the report's date ...
    undated = run(nlp, "Ofsted praises Eastvale\nPublished 3 November 2021\nEastvale's "
                       "children's services were rated good by Ofsted.\n")
    assert "publication_date" not in undated["report"]
    # ... unless the text says the report came out that day.
    today = run(nlp, "Press release\nPublished: 6 December 2017\nEastvale's children's services "
                     "were rated good in a report published today by Ofsted.\n")
    assert today["report"]["publication_date"] == "2017-12-06"


@pytest.mark.parametrize("sentence, start, end", [
    # 'earlier this year' dates this visit, not an earlier one; days named across two months
    ("Inspectors returned for a re-inspection earlier this year and visited from Monday 15 "
     "January until Thursday 8 February.", "2018-01-15", "2018-02-08"),
    # ordinals with 'the' and 'of'
    ("Inspectors were in the area from the 4th to the 15th of March.", "2018-03-04",
     "2018-03-15"),
])
def test_news_visit_days_without_a_year(nlp, sentence, start, end) -> None:
    rec = run(nlp, f"Brindle rated good by Ofsted\n4 April 2018\nBrindle's children's services "
                   f"have been rated good. {sentence}\n")
    assert (rec["report"]["inspection_start"], rec["report"]["inspection_end"]) == (start, end)


@pytest.mark.parametrize("text, date", [
    # a minute gives the inspection's dates before the report's
    ("Minutes of the meeting held on 11 April 2017\nThe Director introduced the report on the "
     "outcome of Ofsted's inspection of the council's children's services, which took place "
     "from 30 January to 23 February 2017 and was published on 29 March 2017. Services were "
     "judged good.\n", "2017-03-29"),
    # a few words between 'published' and the day; the year from context
    ("My thoughts on the Ofsted report\nBlog - 4 January 2019\nInspectors were here from "
     "Monday 15 October until Friday 26 October 2018 and rated the council good. Their report "
     "was published just before Christmas, on 14 December.\n", "2018-12-14"),
])
def test_a_secondary_source_dates_the_report_in_a_longer_sentence(nlp, text, date) -> None:
    assert run(nlp, text)["report"]["publication_date"] == date


def test_a_release_dates_the_letter_published_today(nlp) -> None:
    rec = run(nlp, "Monitoring visit finds progress\nBrindle Council - press release - 17 "
                   "January 2023\nBrindle remains rated inadequate. Inspectors were on site "
                   "on 5, 6 and 7 December 2022. The letter setting out their findings was "
                   "published today.\n")
    assert rec["report"]["publication_date"] == "2023-01-17"


@pytest.mark.parametrize("sentence, year", [
    ("The watchdog found the services require improvement, the same rating they received in "
     "2019.", "2019"),
    ("In 2014 Brindle was judged good.", "2014"),
    ("That is a step forward from 2019, when Brindle was rated inadequate.", "2019"),
    ("Ofsted rated Brindle Council's services for children inadequate in 2018.", "2018"),
    ("\nPrevious inspection: good (2017)", "2017"),
    ("They were RI back in 2017 so it's gone backwards.", "2017"),
    ("In March 2012, an inspection of safeguarding had rated the council adequate.", "2012-03"),
    # a framework's date is not an inspection's
    ("It is one of few councils judged outstanding for children in care under the framework "
     "introduced in January 2023. It was judged good in 2019.", "2019"),
    # 'since 2019, when an inspection found ...': the year of the inspection the clause tells
    ("The service has come a long way since 2019, when an inspection found it inadequate.",
     "2019"),
    ("Much has changed since 2017, when Ofsted judged the council's services inadequate.",
     "2017"),
])
def test_previous_inspection_years_in_news(nlp, sentence, year) -> None:
    rec = run(nlp, f"Brindle told to improve\nInspectors visited Brindle from 8 to 19 January "
                   f"2024 and rated its children's services requires improvement. {sentence}\n")
    prev = [d["date"] for d in rec["tables"]["dates"] if d["kind"] == "previous_inspection"]
    assert prev == [year]


@pytest.mark.parametrize("sentence", [
    # a year 'when' something other than an inspection's finding happened
    "Much has changed since 2019, when the new director arrived.",
    "Since 2019, when an inspection of the town's hospital found failings, the trust has "
    "improved.",
])
def test_news_years_that_date_no_previous_inspection(nlp, sentence) -> None:
    rec = run(nlp, f"Brindle told to improve\nInspectors visited Brindle from 8 to 19 January "
                   f"2024 and rated its children's services requires improvement. {sentence}\n")
    assert [d for d in rec["tables"]["dates"] if d["kind"] == "previous_inspection"] == []


# -- the authority's official name from the styles letters and news write it in ----------------

LETTER_LA = ("4 March 2021\n\nDear Ms Roe\n\nFocused visit to {la} children’s services\n\nThis "
             "letter summarises the findings of a focused visit on 2 and 3 February 2021.\n\n"
             "Yours sincerely\n\nAnn Bell\nHer Majesty’s Inspector\n")
JTAI_LA = ("4 July 2022\n\nDear partners\n\nJoint targeted area inspection of the multi-agency "
           "response to abuse in the family in {la}\n\nBetween 16 May and 20 May, Ofsted, the "
           "CQC, HMICFRS and HMI Probation undertook a joint inspection.\n")
JTAI_TITLE = ("4 July 2022\n\nDear partners\n\nJoint targeted area inspection {title}\n\n"
              "Between 16 May and 20 May, Ofsted, the CQC, HMICFRS and HMI Probation undertook "
              "a joint inspection.\n")
NEWS_LA = "Ofsted verdict\n\n{la} children's services have been rated good by Ofsted.\n"
LA_FORMS = {
    "letter_bcp.txt": (LETTER_LA.format(la="BCP Council’s"), "Bournemouth, Christchurch & Poole"),
    "letter_suffolk.txt": (LETTER_LA.format(la="Suffolk’s"), "Suffolk"),
    "letter_hull.txt": (LETTER_LA.format(la="Kingston-upon-Hull City Council"),
                        "Kingston upon Hull"),
    "letter_greenwich.txt": (LETTER_LA.format(la="the Royal Borough of Greenwich"), "Greenwich"),
    "letter_kingston.txt": (LETTER_LA.replace(" children’s services", ": care leavers").format(
        la="the Royal Borough of Kingston upon Thames"), "Kingston upon Thames"),
    "letter_st_helens.txt": (LETTER_LA.format(la="St. Helens"), "St Helens"),
    "jtai_islington.txt": (JTAI_LA.format(la="Islington"), "Islington"),
    "jtai_telford.txt": (JTAI_LA.format(la="Telford and Wrekin"), "Telford & Wrekin"),
    # a JTAI title naming the authority in its official style, or before the theme and a colon
    "jtai_sutton.txt": (JTAI_TITLE.format(title="of the London Borough of Sutton"), "Sutton"),
    "jtai_windsor.txt": (JTAI_TITLE.format(title="of the Royal Borough of Windsor and "
                                           "Maidenhead"), "Windsor and Maidenhead"),
    "jtai_stockton.txt": (JTAI_TITLE.format(title="of Stockton-on-Tees: the multi-agency "
                                            "response to children’s mental health"),
                          "Stockton-on-Tees"),
    # a title naming only the theme names no authority
    "jtai_theme.txt": (JTAI_TITLE.format(title="of the multi-agency response to neglect"), ""),
    "news_bcp_list.txt": (NEWS_LA.format(la="Bournemouth, Christchurch and Poole's"),
                          "Bournemouth, Christchurch & Poole"),
    "news_bcp_in.txt": ("Ofsted verdict\n\nChildren's services in Bournemouth, Christchurch and "
                        "Poole have been rated good by Ofsted.\n",
                        "Bournemouth, Christchurch & Poole"),
    "news_hull.txt": (NEWS_LA.format(la="Hull's"), "Kingston upon Hull"),
    "news_stoke.txt": ("Ofsted verdict\n\nStoke-on-Trent City Council's children's services "
                       "remain inadequate, Ofsted has said.\n", "Stoke-on-Trent"),
    "news_leeds.txt": ("Ofsted verdict\n\nChildren's services in Leeds, Ofsted said, have been "
                       "rated good.\n", "Leeds"),
}


def test_authority_styles_resolve_to_the_official_name(tmp_path: Path) -> None:
    from conftest import read_rows

    for name, (text, _) in LA_FORMS.items():
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    assert run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out")) == 0
    got = {r["source_path"]: r["la_name"] for r in read_rows(tmp_path / "out" / "reports.csv")}
    assert got == {name: la for name, (_, la) in LA_FORMS.items()}


@pytest.mark.parametrize("text, want", [
    # the headline's form of the name the body gives in full
    ("Ofsted rates Scaleby inadequate\nScaleby Metropolitan Borough Council's children's "
     "services have been rated inadequate.\n", "Scaleby"),
    ("London Borough of Eastmarsh: Ofsted finds services inadequate\nOfsted has rated "
     "Eastmarsh Council's children's services inadequate.\n", "London Borough of Eastmarsh"),
    # a possessive in the headline is cut off
    ("Focused visit finds progress for Lenbury's care leavers\nOfsted inspectors praised "
     "Lenbury City Council's children's services, which were judged good last year.\n",
     "Lenbury"),
    # a headline naming no authority, or a masthead, leaves the body's name
    ("Ofsted verdict\nKelby County Council's children's services have been rated good.\n",
     "Kelby County Council"),
    ("Kelby Together - the newsletter for Kelby County Council staff\nGood news\nKelby County "
     "Council's children's services have been rated good by Ofsted.\n", "Kelby County Council"),
    # a name only in the headline that the body repeats; a headline's other capitalised
    # words are not names
    ("Kingsmead 'requires improvement', says Ofsted\nKingsmead's director has promised rapid "
     "change after Ofsted rated its children's social care requires improvement.\n", "Kingsmead"),
])
def test_a_news_text_names_its_authority_as_its_headline_does(nlp, text: str,
                                                               want: str) -> None:
    assert run(nlp, text)["report"]["local_authority"] == want


@pytest.mark.parametrize("text, want", [
    # a past perfect in minutes reports this inspection
    ("Minutes\nThe Director reported that Ofsted had inspected Rainford's children's services "
     "between 10 and 21 September 2018, and that overall effectiveness had been judged good.\n",
     {"overall_effectiveness": "good"}),
    # the grade upgraded to, not the one upgraded from
    ("Ofsted upgrades Calderbrook\nInspectors have upgraded Calderbrook's children's services to "
     "good from requires improvement.\n", {"overall_effectiveness": "good"}),
    # a rating verb with a list for its object, and a past tense
    ("Verdict\nThe watchdog deemed leadership, management and governance inadequate, making "
     "the overall verdict inadequate. Support for care leavers required improvement after the "
     "inspection in 2016.\n",
     {"leadership_management_governance": "inadequate", "overall_effectiveness": "inadequate",
      "care_leavers": "requires_improvement"}),
    # a negation belongs to its own grade only
    ("Services 'not yet good'\nOfsted said Barrowfield's children's services are not yet good "
     "and require improvement after the inspection in 2017. The safeguarding board was judged "
     "good.\n", {"overall_effectiveness": "requires_improvement", "lscb": "good"}),
    # an earlier grade in a relative clause, then this one; an area named before its grade
    ("Turnaround\nKelmscott, which was rated inadequate in 2016, has now been judged "
     "outstanding by Ofsted after an inspection in 2021.\n",
     {"overall_effectiveness": "outstanding"}),
    ("Let down\nOfsted has found that children in care in Hollowmere are being let down, "
     "rating that part of the council's work inadequate, after an inspection in 2019.\n",
     {"children_in_care_and_care_leavers": "inadequate"}),
    # a grade word after 'a' before a noun of its own describes that noun, though areas
    # stand before it; a grade's own nouns ('a good rating', "a 'good' for") still take it
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "inadequate. Leaders spoke about help and protection for children at a good conference.\n",
     {"children_in_care": "inadequate"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "inadequate. Care leavers and their personal advisers held an outstanding event.\n",
     {"children_in_care": "inadequate"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "inadequate. Inspectors gave help and protection a good rating.\n",
     {"children_in_care": "inadequate", "help_and_protection": "good"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "inadequate. Help and protection received a 'good' for the first time.\n",
     {"children_in_care": "inadequate", "help_and_protection": "good"}),
    # a count of the areas, the grade and a dash before the list, the overall grade in it
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were rated "
     "good. This time, three of the four grades are requires improvement - the overall grade, "
     "the impact of leaders, and help and protection.\n",
     {"children_in_care": "good", "overall_effectiveness": "requires_improvement",
      "impact_of_leaders": "requires_improvement",
      "help_and_protection": "requires_improvement"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were rated "
     "good. Three of the four grades are inadequate \u2013 the impact of leaders, help and "
     "protection and care leavers.\n",
     {"children_in_care": "good", "impact_of_leaders": "inadequate",
      "help_and_protection": "inadequate", "care_leavers": "inadequate"}),
    # a dash with no count before it names no areas
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were rated "
     "good. The grades are inadequate - the impact of leaders was discussed at length.\n",
     {"children_in_care": "good"}),
    # a grade 'again' for how the children of an area are served
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were rated "
     "good. Leaders were judged outstanding. Outstanding again for how children who need help "
     "and protection are supported.\n",
     {"children_in_care": "good", "impact_of_leaders": "outstanding",
      "help_and_protection": "outstanding"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were rated "
     "good. It was a good day for how leaders talk to care leavers.\n",
     {"children_in_care": "good"}),
    # a word opening a verdict is no place's name, where the text's authority is known;
    # another place's name stays another authority's
    ("Fenwold Ofsted result\nFenwold Foster Carers' forum, 18 May 2023\nOfsted's report on "
     "Fenwold County Council came out. The inspection was in March 2023.\n\nHeadline is "
     "requires improvement overall. Children in care: good\n",
     {"overall_effectiveness": "requires_improvement", "children_in_care": "good"}),
    ("Fenwold Ofsted result\nFenwold Foster Carers' forum, 18 May 2023\nOfsted's report on "
     "Fenwold County Council came out. The inspection was in March 2023.\n\nBrindlecombe is "
     "requires improvement overall. Children in care: good\n",
     {"children_in_care": "good"}),
])
def test_prose_grade_forms(nlp, text, want) -> None:
    assert grades_of(run(nlp, text)) == want


# The general forms: each area with its own grade in any order, grades before their areas,
# "respectively", an area as the object, movements, headlines; then what is no grade.
GRADE_ORDERS = [
    ("Verdict\nOfsted rated help and protection good, children in care inadequate and care "
     "leavers 'requires improvement' after the inspection in 2024.\n",
     {"help_and_protection": "good", "children_in_care": "inadequate",
      "care_leavers": "requires_improvement"}),
    ("Verdict\nThe inspection in 2020 gave an inadequate rating for leadership and for help "
     "and protection, and 'good' for children in care.\n",
     {"impact_of_leaders": "inadequate", "help_and_protection": "inadequate",
      "children_in_care_and_care_leavers": "good"}),
    ("Verdict\nAfter the inspection in 2016, adoption and care leavers were judged "
     "outstanding and good respectively.\n",
     {"adoption_performance": "outstanding", "care_leavers": "good"}),
    ("Verdict\nInspectors found in 2021 that care leavers get a good service.\n",
     {"children_in_care_and_care_leavers": "good"}),
    ("Verdict\nAfter the inspection in 2024 care leavers fell from good to inadequate, while "
     "leaders moved up to good.\n",
     {"care_leavers": "inadequate", "impact_of_leaders": "good"}),
    ("Ofsted verdict: Ashworth 'inadequate'\nThe inspection in 2019 found widespread "
     "failings.\n", {"overall_effectiveness": "inadequate"}),
    ("Verdict\nThe 2017 inspection graded the LSCB good and looked after children "
     "outstanding.\n", {"lscb": "good", "looked_after_and_permanence": "outstanding"}),
    ("Verdict\nPreviously rated 'inadequate', Ashworth's children's services are now good, "
     "Ofsted said in 2023.\n", {"overall_effectiveness": "good"}),
    ("Verdict\nOfsted rated the council good in every area except care leavers, which "
     "require improvement, after its 2024 inspection.\n",
     {"impact_of_leaders": "good", "children_in_care": "good", "help_and_protection": "good",
      "care_leavers": "requires_improvement"}),
    # the authority's name as the subject; a table written with pipes
    ("Verdict\nAshworth has been rated good by Ofsted after the inspection in 2020.\n",
     {"overall_effectiveness": "good"}),
    ("Verdict\nOfsted inspected Ashworth in 2020.\nOverall effectiveness | Good\nHelp and "
     "protection | Requires improvement to be good\n",
     {"overall_effectiveness": "good", "help_and_protection": "requires_improvement"}),
    # the framework by the inspection's day and wording: ILACS in 2018 ('looked-after' is
    # every era's word), the 2023 update from January 2023
    ("Verdict\nUnder Ofsted's new framework, inspectors who visited between 5 and 16 March "
     "2018 judged services for looked-after children and care leavers good.\n",
     {"children_in_care_and_care_leavers": "good"}),
    ("Verdict\nInspectors who visited between 6 and 17 February 2023 judged children in care "
     "and care leavers good.\n", {"children_in_care": "good", "care_leavers": "good"}),
    # a grade left behind; "every area" but the one graded on its own
    ("Ashworth climbs out of 'inadequate'\nInspectors in 2021 said Ashworth's children's "
     "services now require improvement.\n", {"overall_effectiveness": "requires_improvement"}),
    ("Verdict\nOfsted said in 2023 that services were 'good' in every area, with care "
     "leavers' services 'outstanding'.\n",
     {"impact_of_leaders": "good", "children_in_care": "good", "help_and_protection": "good",
      "care_leavers": "outstanding"}),
    # another place as the subject; 'every one of the areas'; every area and the service
    ("Ofsted upgrades Ashworth as Kirkton slips to 'inadequate'\nAshworth's children's "
     "services were rated good by inspectors in 2021.\n", {"overall_effectiveness": "good"}),
    ("Verdict\nInspectors in 2019 judged every one of the areas they looked at outstanding.\n",
     {"impact_of_leaders": "outstanding", "help_and_protection": "outstanding",
      "children_in_care_and_care_leavers": "outstanding"}),
    ("Verdict\nAshworth's children's services have been rated 'good' across all four areas "
     "after the 2025 inspection.\n",
     {"overall_effectiveness": "good", "impact_of_leaders": "good", "help_and_protection":
      "good", "children_in_care": "good", "care_leavers": "good"}),
    # an area of another clause does not share the grade
    ("Verdict\nAlthough support for care leavers had improved, Ofsted judged help and "
     "protection inadequate in 2022.\n", {"help_and_protection": "inadequate"}),
    # grades naming the areas after them: list lines, a counted list, 'the one area rated'
    ("Verdict\nOfsted rated Ashworth good in 2024.\nGood: overall effectiveness; impact of "
     "leaders; care leavers\nInadequate: children in care\n",
     {"overall_effectiveness": "good", "impact_of_leaders": "good", "care_leavers": "good",
      "children_in_care": "inadequate"}),
    ("Verdict\nAfter the 2021 inspection, two of the four judgements were good: the impact of "
     "leaders, and help and protection.\n",
     {"impact_of_leaders": "good", "help_and_protection": "good"}),
    ("Verdict\nIn 2022 the one area Ofsted rated outstanding was help and protection.\n",
     {"help_and_protection": "outstanding"}),
    # 'the same grade was given for A, and for B'
    ("Verdict\nIn 2018 Ofsted judged adoption inadequate. The same grade was given for children "
     "looked after, and for leadership, management and governance.\n",
     {"adoption_performance": "inadequate", "looked_after_and_permanence": "inadequate",
      "leadership_management_governance": "inadequate"}),
    # a list after a colon, joined by 'of'; 'in its four other judgements: A, B, C and D'
    ("Verdict\nInspectors visited between 6 and 17 May 2024. All three service areas were "
     "judged good: the experiences and progress of children who need help and protection, of "
     "children in care, and of care leavers.\n",
     {"help_and_protection": "good", "children_in_care": "good", "care_leavers": "good"}),
    ("Verdict\nInspectors visited between 6 and 17 May 2024. The council was rated outstanding "
     "for children in care and good in its four other judgements: overall effectiveness, the "
     "impact of leaders, the help and protection of children, and the experiences and progress "
     "of care leavers.\n",
     {"children_in_care": "outstanding", "overall_effectiveness": "good",
      "impact_of_leaders": "good", "help_and_protection": "good", "care_leavers": "good"}),
    # 'after inadequate rating' is the earlier grade, not the one before it
    ("Verdict\nInspectors visited on 10 and 21 December 2019. Hollowmere was rated good after "
     "inadequate rating, Ofsted says.\n", {"overall_effectiveness": "good"}),
    # 'reached the same verdict on A, and on B': the grade of the sentence before, and an
    # area named with whom it is given to ('the help and protection offered to children')
    ("Verdict\nInspectors visited Ashworth between 6 and 24 October 2014. Leadership, "
     "management and governance was judged to require improvement. Inspectors reached the "
     "same verdict on the help and protection offered to children, and on the experiences and "
     "progress of care leavers.\n",
     {"leadership_management_governance": "requires_improvement",
      "help_and_protection": "requires_improvement", "care_leavers": "requires_improvement"}),
    # a carried grade ('as were A') shared by the areas listed with A; not by an area that
    # says something of its own
    ("Verdict\nInspectors visited between 5 and 16 February 2024. Ashworth was rated good "
     "overall, as were the impact of leaders, help and protection, and children in care.\n",
     {"overall_effectiveness": "good", "impact_of_leaders": "good",
      "help_and_protection": "good", "children_in_care": "good"}),
    ("Verdict\nInspectors visited between 5 and 16 February 2024. Ashworth was rated good "
     "overall, as was the impact of leaders, help and protection is where most work is "
     "needed.\n", {"overall_effectiveness": "good", "impact_of_leaders": "good"}),
    # a headline opening with the grade, set off by a colon, and naming the verdict
    ("Inadequate: Ofsted's damning verdict on Ashworth children's services\nThe report says "
     "leaders have not had a grip on practice, and help and protection was judged "
     "inadequate. Inspectors visited from 13 to 24 November 2023.\n",
     {"overall_effectiveness": "inadequate", "help_and_protection": "inadequate"}),
    # 'A, and B - both of those require improvement': a grade given back to the areas
    # named before it, the last two for 'both', though a hope opened the sentence
    ("Verdict\nInspectors visited from 6 to 17 November 2023. \"Where inspectors want us to "
     "get better is in help and protection, and in the impact leaders have on practice - both "
     "of those require improvement,\" the director said. Children in care were judged good.\n",
     {"help_and_protection": "requires_improvement", "impact_of_leaders": "requires_improvement",
      "children_in_care": "good"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "good. Leaders were praised for their grip, but inspectors looked hard at help and "
     "protection and at care leavers - both of which require improvement.\n",
     {"children_in_care": "good", "help_and_protection": "requires_improvement",
      "care_leavers": "requires_improvement"}),
    # not an earlier inspection's areas, nor a hope
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "good. At the last inspection, in 2019, help and protection and care leavers were weak - "
     "both of those were inadequate.\n", {"children_in_care": "good"}),
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "good. We hope help and protection and care leavers will improve - both of those should "
     "be good next time.\n", {"children_in_care": "good"}),
    # not one opening with a grade word that is praise
    ("Good: Ofsted praises Ashworth's foster carers\nInspectors visited from 13 to 24 "
     "November 2023. Help and protection was judged to require improvement.\n",
     {"help_and_protection": "requires_improvement"}),
    ("Outstanding: Ashworth foster carers honoured\nInspectors visited from 13 to 24 November "
     "2023. Help and protection was judged to require improvement.\n",
     {"help_and_protection": "requires_improvement"}),
    # nor a verdict on something other than children's services
    ("Outstanding: Ofsted rates Ashworth children's home\nInspectors visited from 13 to 24 "
     "November 2023. Help and protection was judged to require improvement.\n",
     {"help_and_protection": "requires_improvement"}),
    ("Good: the verdict on Ashworth's schools\nInspectors visited from 13 to 24 November "
     "2023. Help and protection was judged to require improvement.\n",
     {"help_and_protection": "requires_improvement"}),
    # 'all of which' points back to the list it closes, not to an area graded before it
    ("Verdict\nInspectors visited from 6 to 17 November 2023. The impact of leaders was "
     "rated outstanding, and the council's work with children in care, care leavers and "
     "children who need help and protection, all of which were judged good, was praised.\n",
     {"impact_of_leaders": "outstanding", "children_in_care": "good", "care_leavers": "good",
      "help_and_protection": "good"}),
    # a verdict not reached is no grade
    ("Verdict\nInspectors visited from 6 to 17 November 2023. Children in care were judged "
     "good. Campaigners did not reach the same verdict on care leavers.\n",
     {"children_in_care": "good"}),
]
NOT_GRADES = [
    "Verdict\nThe council narrowly missed a good rating for help and protection in 2022.\n",
    "Verdict\nNeighbouring Eastwick was rated outstanding in 2022.\n",
    "Verdict\nThe council, like its neighbour Eastwick, wants to be rated outstanding in 2022.\n",
    "Verdict\nInspectors in 2022 saw good practice with care leavers.\n",
    "Verdict\nThe 2022 inspection found good practice in the council's children's services.\n",
    # another council, named: its grade is its own
    "Verdict\nOfsted inspected Ashworth's children's services in 2022. Selworth Council, which "
    "Ofsted rated outstanding last year, will support Ashworth.\n",
    "Verdict\nNo area was found to be inadequate in 2022.\n",
    # an earlier grade: at the last full inspection, or a while after one
    "Focused visit\nInspectors visited on 5 and 6 March 2019. The council's children's services "
    "were rated requires improvement at their last full inspection, in 2017.\n",
    "Monitoring visit\nInspectors have found progress in Ashworth's children's services in "
    "2023, less than a year after the council was rated inadequate.\n",
    "Steady progress\nInspectors visited on 10 and 11 December 2019. Hollowmere is making "
    "steady progress after inadequate rating, Ofsted says.\n",
    # 'the same verdict' with no grade before it to repeat
    "Verdict\nInspectors visited Ashworth in 2014. The panel reached the same verdict on help "
    "and protection as the council's own audit.\n",
]


@pytest.mark.parametrize("text, want", GRADE_ORDERS)
def test_prose_grades_in_any_order(nlp, text, want) -> None:
    assert grades_of(run(nlp, text)) == want


@pytest.mark.parametrize("text", NOT_GRADES)
def test_prose_that_gives_no_grade(nlp, text) -> None:
    assert grades_of(run(nlp, text)) == {}


@pytest.mark.parametrize("text, la", [
    ("Westlow praised\nOfsted's focused visit to Westlow on 11 and 12 June 2024 found that "
     "plans were good, and it was rated good in 2022.\n", "Westlow"),
    ("Turnaround\nKelmscott, which was rated inadequate in 2016, has now been judged "
     "outstanding by Ofsted.\n", "Kelmscott"),
    ("Let down\nOfsted has found that children in care in Hollowmere are being let down, "
     "rating that part of the council's work inadequate.\n", "Hollowmere"),
    # the Children in Care Council is the children's forum, not the authority
    ("Westlow Borough Council - minutes\nOfsted rated the Council's services good. The "
     "Children in Care Council had met the inspectors.\n", "Westlow Borough Council"),
    # a job title names no authority
    ("Must improve\nWyndlecombe County Council's services for children require improvement, "
     "Ofsted says. Director of children's services Paul Everard said the report was fair.\n",
     "Wyndlecombe County Council"),
])
def test_news_authority_forms(nlp, text, la) -> None:
    assert run(nlp, text)["report"]["local_authority"] == la


def test_an_inspection_published_on_a_date_is_dated_by_its_publication(nlp) -> None:
    rec = run(nlp, "Verdict\nOfsted's inspection of Dunholme County Council, published on 3 "
                   "August 2016, found services for children in need of help and protection to "
                   "be inadequate.\n")
    assert rec["report"]["publication_date"] == "2016-08-03"
    assert "inspection_start" not in rec["report"]


def test_who_carried_out_another_inspection_is_no_member_of_this_team(nlp) -> None:
    """'A, HMI Probation, carried out the inspection of the youth offending service in 2016'
    tells of another inspection (second reading of session 11); 'A, HMI, carried out this
    visit' names the team."""
    other = ("The inspectors were Kate Moss, HMI, and Bob Cole, HMI. Peter Jones, HMI "
             "Probation, carried out the inspection of the youth offending service in 2016.")
    rec = run(nlp, LETTER.format(team=other, closing="Yours sincerely\nKate Moss\nHMI"))
    assert "Peter Jones" not in [p[0] for p in people(rec)]
    ours = "Kate Moss, HMI, and Bob Cole, HMI, carried out this visit."
    rec = run(nlp, LETTER.format(team=ours, closing="Yours sincerely\nKate Moss\nHMI"))
    assert ("Bob Cole", "inspector", "HMI") in people(rec)


@pytest.mark.parametrize("team, expected", [
    # the lead names the team's other members after 'led the visit with'
    ("Kate Moss, His Majesty's Inspector, led the visit with Tom Brown, His Majesty's "
     "Inspector.", [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "inspector", "HMI")]),
    ("Kate Moss HMI led this focused visit, together with Tom Brown HMI and Ann Lee, Ofsted "
     "Inspector.", [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "inspector", "HMI"),
                    ("Ann Lee", "inspector", "OI")]),
    # whom the lead worked with that is not named with a designation is no inspector
    ("Kate Moss, His Majesty's Inspector, led the visit with Head of Service Jane Doe "
     "present.", [("Kate Moss", "lead_inspector", "HMI")]),
    ("Kate Moss, His Majesty's Inspector, led the visit with the support of Westshire's "
     "leaders.", [("Kate Moss", "lead_inspector", "HMI")]),
])
def test_members_named_after_led_the_visit_with(nlp, team, expected) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKate Moss\nHMI"))
    assert people(rec) == expected


# Session 13 (letters_unseen17's last misses): a summary box below the salutation, a month
# row with what follows it, the week's own sentence giving the days.
MONITORING = ("Dear Mr Foster\nMonitoring visit to Westshire children’s services\n\n{box}\n\n"
              "This letter summarises the findings of the second monitoring visit to "
              "Westshire children’s services. {visit}\n\nYours sincerely\nAnn Bell\n"
              "His Majesty’s Inspector\n")


@pytest.mark.parametrize("box, date", [
    ("Dates of visit | 17-18 January 2023\nDate of this letter | 14 February 2023",
     "2023-02-14"),
    ("Date of letter: 14 February 2023", "2023-02-14"),
    # another label's date, or a sentence about a letter, below the salutation is not it
    ("Dates of visit | 17-18 January 2023\nDate of next visit | 14 February 2023", None),
    ("We wrote to you in a letter dated 14 February 2023.", None),
])
def test_a_letter_date_in_a_box_below_the_salutation(nlp, box, date) -> None:
    text = MONITORING.format(box=box, visit="Inspectors visited on 17 and 18 January 2023.")
    assert run(nlp, text)["report"].get("publication_date") == date


@pytest.mark.parametrize("box, want", [
    ("Last full inspection | July 2022 - overall effectiveness judged inadequate",
     [("2022-07", "month")]),
    ("Previous inspection    July 2022 (ILACS)", [("2022-07", "month")]),
    # the days in brackets after the month, wrapped onto the next line: the first day
    ("Previous area SEND inspection      June 2018 (joint local area SEND inspection,\n"
     "                                   11 to 15 June 2018)", [("2018-06-11", "day")]),
    # a row for what is still to come, or a sentence, is not an earlier inspection
    ("Next full inspection | July 2024 - to be confirmed", []),
    ("Last full inspection report | see July 2022 - judged inadequate", []),
])
def test_an_earlier_inspection_in_a_row_with_more_after_it(nlp, box, want) -> None:
    text = MONITORING.format(box=box, visit="Inspectors visited on 17 and 18 January 2023.")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("visit, end", [
    ("Inspectors visited during the week beginning\n11 March 2024 and were on site from "
     "Monday 11 to Wednesday 13 March 2024.", "2024-03-13"),
    ("Inspectors visited during the week beginning\n11 March 2024 and were on site on "
     "Monday 11 and Tuesday 12 March 2024.", "2024-03-12"),
    # days outside the week, or in the next sentence's other event, are not the visit's
    ("Inspectors visited during the week beginning\n11 March 2024 and leaders met us "
     "from 25 to 27 March 2024.", None),
    ("Inspectors visited during the week beginning\n11 March 2024. Leaders met from 12 to "
     "13 March 2024 to plan.", None),
    # another event's day in the week's own sentence (the second reading's counter-examples)
    ("Inspectors visited during the week beginning\n11 March 2024, with feedback given to "
     "leaders on 15 March 2024.", None),
    ("Inspectors visited in the week commencing 11 March 2024, when inspectors also met the "
     "lead member on Thursday 14 March 2024.", None),
])
def test_the_days_the_weeks_own_sentence_gives(nlp, visit, end) -> None:
    rec = run(nlp, MONITORING.format(box="", visit=visit))
    assert rec["report"].get("inspection_start") == "2024-03-11"
    assert rec["report"].get("inspection_end") == end


def test_the_days_on_site_in_the_weeks_own_sentence(nlp) -> None:
    """The week's first day is no visit day where the days on site are given."""
    rec = run(nlp, MONITORING.format(box="", visit=(
        "Inspectors visited during the week beginning\n11 March 2024 and were on-site "
        "between Tuesday 12 and Thursday 14 March 2024.")))
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) == (
        "2024-03-12", "2024-03-14")


# Session 13 (secondary_unseen25's misses): areas named in other words, grades shared by
# several areas or told as moves, an area taken up from the sentence before; numeric and
# month-first dates, start and end in sentences of their own, the report's day in a sentence
# naming the inspection, a month only, a publication told by 'It' or in a letter, an earlier
# grade's year, and a last inspection told in years before the text's date.
NEWS25 = ("Brindle children's services rated good by Ofsted\n14 March 2019\nBrindle Council's "
          "children's services have been judged by Ofsted, the education watchdog, in a report "
          "published today. {body}\nCouncil leader Ann Bell said she welcomed the report.\n")


@pytest.mark.parametrize("body, want", [
    # areas named in other words
    ("Inspectors visited in February 2019.\nAt a glance:\n- Leaders: good\n- Helping and "
     "protecting children: requires improvement (up from inadequate)\n",
     {"impact_of_leaders": "good", "help_and_protection": "requires_improvement"}),
    ("Inspectors visited in February 2019. For the impact of leaders, good. For how well "
     "children are helped and protected, good again.",
     {"impact_of_leaders": "good", "help_and_protection": "good"}),
    ("Inspectors visited in February 2019, looking at how well the council helps and protects "
     "children. Leaders were rated good.", {"impact_of_leaders": "good"}),
    # a grade opening the sentence, named as the verdict on an area
    ("Inspectors visited in February 2019. Good was the verdict on how well children who need "
     "help and protection are served.", {"help_and_protection": "good"}),
    # a grade a count of the areas earned, the areas after a colon
    ("Inspectors visited in February 2019. Three of the four areas inspected also earned the "
     "top grade: the impact of leaders, help and protection for children, and the experiences "
     "and progress of children in care and care leavers.",
     {"impact_of_leaders": "outstanding", "help_and_protection": "outstanding",
      "children_in_care_and_care_leavers": "outstanding"}),
    ("Inspectors visited in February 2019. Three of the four areas inspected also earned "
     "praise: the impact of leaders, help and protection and care leavers.", {}),
    # 'The same is true of A, and of B': the grade of the sentence before
    ("Inspectors visited in February 2019. Help and protection now requires improvement. The "
     "same is true of the council's work with children in care and care leavers, and of its "
     "leadership.", {"help_and_protection": "requires_improvement",
                     "children_in_care_and_care_leavers": "requires_improvement",
                     "impact_of_leaders": "requires_improvement"}),
    ("Inspectors visited in February 2019. Help and protection now requires improvement. The "
     "same is not true of the council's work with children in care and care leavers.",
     {"help_and_protection": "requires_improvement"}),
    # an earlier grade set off by commas, the area's grade now after it; 'So was A'
    ("Inspectors visited in February 2019. The impact of the council's leaders, good in 2015, "
     "was judged inadequate. So was the help and protection given to children who need it.",
     {"impact_of_leaders": "inadequate", "help_and_protection": "inadequate"}),
    ("Inspectors visited in February 2019. In 2015 the impact of the council's leaders was "
     "judged good, and help and protection was judged inadequate.", {}),
    # the inspectors grading the area the sentence before named alone
    ("Inspectors visited in February 2019. The council's leaders were the main reason. "
     "Inspectors rated their impact outstanding.", {"impact_of_leaders": "outstanding"}),
    ("Inspectors visited in February 2019. There was better news for children in care and "
     "care leavers. Inspectors rated the council's work with them good, praising its support "
     "for care leavers at university.", {"children_in_care_and_care_leavers": "good"}),
    ("Inspectors visited in February 2019. Leaders and care leavers were praised. Inspectors "
     "rated their work good.", {}),
    # 'their' is the subject's of the sentence before, not an area it names as an object
    # (review of session 13)
    ("Inspectors visited in February 2019. Foster carers told inspectors about life for "
     "children in care and care leavers. Inspectors rated their work outstanding.", {}),
    # a grade the areas were lifted to
    ("Inspectors visited in February 2019. The way the council cares for children in care and "
     "supports young people leaving care was also lifted to outstanding.",
     {"children_in_care_and_care_leavers": "outstanding"}),
    ("Inspectors visited in February 2019. The new director lifted morale among care leavers' "
     "advisers.", {}),
])
def test_prose_grades_in_other_words_session13(nlp, body, want) -> None:
    assert area_grades(run(nlp, NEWS25.format(body=body))) == want


@pytest.mark.parametrize("body, want", [
    # a denial is no hope: the relative clause after it grades its area
    ("Inspectors visited from 29 February until 23 March 2016. They rated the council's "
     "adoption work good, but said the same could not be said for care leavers, whose support "
     "requires improvement.", {"adoption_performance": "good",
                               "care_leavers": "requires_improvement"}),
    ("Inspectors visited from 29 February until 23 March 2016. They rated the council's "
     "adoption work good, and said care leavers could be rated good next time.",
     {"adoption_performance": "good"}),
    # the inspectors grading the area the sentence before named alone (SIF's LSCB)
    ("Inspectors visited from 29 February until 23 March 2016. The Carrbridge Safeguarding "
     "Children Board was reviewed at the same time. Inspectors judged the board to be good.",
     {"lscb": "good"}),
    ("Inspectors visited from 29 February until 23 March 2016. The Carrbridge Safeguarding "
     "Children Board and adoption were reviewed at the same time. Inspectors judged the board "
     "to be good.", {}),
])
def test_sif_prose_in_other_words_session13(nlp, body, want) -> None:
    text = f"Carrbridge children's services rated\n10 May 2016\n{body}\n"
    assert area_grades(run(nlp, text)) == want


def visit_of(rec: dict) -> tuple:
    r = rec["report"]
    return r.get("inspection_start"), r.get("inspection_end"), r.get("publication_date")


@pytest.mark.parametrize("text, want", [
    # days in figures, British order, on a council page's labelled lines
    ("Stainby Council\nOfsted inspection of children's services\n\nInspection dates: "
     "27/01/2020 - 07/02/2020\nReport published: 13/03/2020\n\nInspectors found that our "
     "services require improvement to be good.\n\nPage last updated: 02/04/2020\n",
     ("2020-01-27", "2020-02-07", "2020-03-13")),
    ("Stainby Council\nOfsted inspection of children's services\n\nInspectors found that our "
     "services require improvement to be good. Our committee will meet on 22/04/2020.\n\n"
     "Page last updated: 02/04/2020\n", (None, None, None)),
    # the day a report of the inspection was published is not the visit's
    ("Coast FM News - Wednesday 7 November 2018\nHollins Cross told to improve\nOfsted "
     "published the report of its inspection of Hollins Cross County Council on Tuesday 6 "
     "November 2018. Inspectors visited from 10 to 21 September 2018. Its children's services "
     "were rated good.\n",
     ("2018-09-10", "2018-09-21", "2018-11-06")),
    # the first day without a year, the last in a later sentence with it
    ("Thornwick rated good\nThursday 2 April 2026\nThe inspection began on 9 February, when "
     "a team of five inspectors arrived. They spent two weeks with us. Inspectors left on 20 "
     "February 2026.\n", ("2026-02-09", "2026-02-20", None)),
    # month first, the year the text's own
    ("Marshgate slumps\nFriday 14 March 2025\nInspectors were on site from January 20 to "
     "February 7 this year. The report was published on 13 March. Its children's services were "
     "rated inadequate.\n",
     ("2025-01-20", "2025-02-07", "2025-03-13")),
    # a month only
    ("Ravensworth judged inadequate\n5 August 2022\nThe council was inspected over three weeks "
     "in June 2022, and the report was published on 4 August 2022.\n",
     ("2022-06", "2022-06", "2022-08-04")),
    ("Ravensworth judged inadequate\n5 August 2022\nThe council was last inspected in May "
     "2019, and the report was published on 4 August 2022.\n", (None, None, "2022-08-04")),
    # findings published in a letter, the letter's addressee between
    ("Gillingford Advertiser\nThursday 19 May 2022\nOfsted carried out a focused visit on 5 "
     "and 6 April 2022. Ofsted published its findings in a letter to the council's director "
     "of children's services on 10 May 2022. The council's services were rated good in 2019.\n",
     ("2022-04-05", "2022-04-06", "2022-05-10")),
    # 'It' for the report named in the sentence before, on a weekday of the text's week
    ("Radio Fenby - transcript\nFriday 28 April 2023, 07:30 news\nThe report says, \"This "
     "inspection took place from 6 to 17 March 2023.\" It went online on Wednesday. The council "
     "was rated good.\n",
     ("2023-03-06", "2023-03-17", "2023-04-26")),
    ("Radio Fenby - transcript\nFriday 28 April 2023, 07:30 news\nInspectors were here from 6 "
     "to 17 March 2023. The council was rated good. The new survey is open. It went online on "
     "Wednesday.\n",
     ("2023-03-06", "2023-03-17", None)),
    # review of session 13 (helper fix13): what these forms must not take
    # someone else's start and anything's end are not the visit's, whose range is written
    ("Thornwick rated good\nThursday 2 April 2026\nThe inspection took place from 9 to 20 "
     "February 2026. Inspectors said that the new director started on 5 January and that the "
     "old duty system closed on 1 March 2026.\n", ("2026-02-09", "2026-02-20", None)),
    ("Thornwick rated good\nThursday 2 April 2026\nThe inspection began on 9 February, when "
     "a team of five inspectors arrived. The old duty system closed on 20 February 2026.\n",
     ("2026-02-09", None, None)),  # the day it began: its start only (round sdates20)
    # another service 'was inspected in June 2022' dates no visit
    ("Ravensworth judged inadequate\n5 August 2022\nThe council's youth justice service was "
     "inspected in June 2022 by HMI Probation, and the report was published on 4 August "
     "2022.\n", (None, None, "2022-08-04")),
    ("Ravensworth judged inadequate\n5 August 2022\nThe council's own fostering agency was "
     "inspected in June 2022 and rated good. The report was published on 4 August 2022.\n",
     (None, None, "2022-08-04")),
    # a month-first range in a sentence about something else
    ("Marshgate slumps\nFriday 14 March 2025\nInspectors found that from January 6 to "
     "February 7, the duty team cleared its backlog. The report was published on 13 March. "
     "Its children's services were rated inadequate.\n", (None, None, "2025-03-13")),
    ("Marshgate slumps\nFriday 14 March 2025\nOfsted's report notes that the front door was "
     "closed from December 24 to January 2 over Christmas. The report was published on 13 "
     "March. Its children's services were rated inadequate.\n", (None, None, "2025-03-13")),
    # 'published the report of its inspection of X, which began on ...': the visit's day
    ("Coast FM News - Wednesday 7 November 2018\nHollins Cross told to improve\nOfsted has "
     "published the report of its inspection of Hollins Cross County Council's children's "
     "services, which began on 10 September. Its services were rated good.\n",
     ("2018-09-10", None, None)),  # the day it began: its start only (round sdates20)
    # 'It' after a sentence naming the report and something else the report praised
    ("Thornwick Gazette\nFriday 6 March 2026\nOfsted rated the council good after an "
     "inspection from 9 to 20 February 2026. The report praised the council's new app for care "
     "leavers. It went live on Wednesday and has been downloaded 300 times.\n",
     ("2026-02-09", "2026-02-20", None)),
    # days in figures parted by points on labelled lines
    ("Stainby Council\nOfsted inspection of children's services\n\nInspection dates: "
     "27.01.2020 - 07.02.2020\nReport published: 13.03.2020\n\nInspectors found that our "
     "services require improvement to be good.\n", ("2020-01-27", "2020-02-07", "2020-03-13")),
])
def test_news_dates_session13(nlp, text, want) -> None:
    assert visit_of(run(nlp, text)) == want


def test_a_letters_visit_days_outrank_a_later_start_and_end(nlp) -> None:
    """Review of session 13: 'started on 8 January' and 'ended on 1 March 2021' about a
    director and interim arrangements are not the visit's, which the letter dates."""
    team = ("Inspectors were told that the new permanent director started on 8 January, and "
            "that the interim arrangements ended on 1 March 2021.")
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKate Moss\nHMI"))
    assert visit_of(rec) == ("2021-02-02", "2021-02-03", "2021-03-03")


def test_a_last_day_too_long_after_a_first_day_without_a_year(nlp) -> None:
    """A last day more than ten weeks after the first is not that visit's end."""
    rec = run(nlp, "Thornwick rated good\nThursday 2 April 2026\nThe inspection began on 9 "
                   "February, when a team of five inspectors arrived. Inspectors left on 20 "
                   "June 2026.\n")
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) != (
        "2026-02-09", "2026-06-20")


@pytest.mark.parametrize("body, want", [
    # an earlier grade left behind, with its year
    ("- Overall: good (up from requires improvement in 2016)", [("2016", "year")]),
    # a last inspection told in years before the text's own date
    ("When Thornleigh was last inspected, five years ago, its services were judged to "
     "require improvement.", [("2014", "year")]),
    ("When Thornleigh was last inspected, about five years ago, its services were judged to "
     "require improvement.", []),
    ("Neighbouring Corvedale was last inspected five years ago.", []),
    # a round-up's item naming another place before a colon
    ("Other reports this month:\n- Corvedale: inspected in May 2019, Corvedale was rated "
     "good overall.", []),
    # a key-facts label before the colon is no place's name (review of session 13)
    ("Key facts\n- Previously: rated inadequate in 2016", [("2016", "year")]),
])
def test_news_previous_inspections_session13(nlp, body, want) -> None:
    text = (f"Thornleigh rated good by Ofsted\n14 November 2019\nThornleigh Council's "
            f"children's services were rated good. Inspectors visited from 7 to 18 October "
            f"2019.\n{body}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("head, la", [
    # a masthead, the item's date line under it, then the headline
    ("Brindle Borough Council - news\n\nPublished: 2 April 2026\n\nBrindle rated good by "
     "Ofsted\n", "Brindle"),
    ("Brindle Borough Council - news\n\nThursday 2 April 2026\n\nBrindle rated good by "
     "Ofsted\n", "Brindle"),
    ("Brindle Borough Council - news\n\nLast updated: 2 April 2026\n\nBrindle rated good by "
     "Ofsted\n", "Brindle"),
    ("Brindle Borough Council - news\n\nPublished: 2 April 2026, 10:15am\n\nBrindle rated "
     "good by Ofsted\n", "Brindle"),
    # with no masthead the first line stays the headline
    ("Brindle rated good by Ofsted\n\nPublished: 2 April 2026\n", "Brindle"),
])
def test_a_headline_under_a_masthead_and_its_date_line(nlp, head, la) -> None:
    text = (f"{head}\nBrindle Borough Council's children's services are good, Ofsted says in "
            f"a report published today.\n")
    assert run(nlp, text)["report"]["local_authority"] == la


# Session 13, letters_unseen18 (helper letters25): inspectors' designations written before
# a name or after 'was' / 'who are both', a team table with a Role column, a joint team's
# labels naming the inspectorate in brackets, accented names, 'It was led by'.
@pytest.mark.parametrize("team, want", [
    # a designation right before a name is that name's, whatever opens the list
    ("Her Majesty’s Inspectors Tom Brown and Ann Lee, and Ofsted Inspector Cy Dunn, carried "
     "out the visit.", [("Tom Brown", "HMI"), ("Ann Lee", "HMI"), ("Cy Dunn", "OI")]),
    ("Her Majesty’s Inspectors Tom Brown, Ann Lee and Cy Dunn carried out the visit.",
     [("Tom Brown", "HMI"), ("Ann Lee", "HMI"), ("Cy Dunn", "HMI")]),
    # a plural designation before two names is both's (review of session 13)
    ("Her Majesty’s Inspectors Tom Brown and Ann Lee, and Ofsted Inspectors Cy Dunn and Di "
     "Eve, carried out the visit.",
     [("Tom Brown", "HMI"), ("Ann Lee", "HMI"), ("Cy Dunn", "OI"), ("Di Eve", "OI")]),
    # 'the Ofsted Inspector was C': the designation is the subject, the name what it was
    ("Her Majesty’s Inspectors for this visit were Tom Brown and Ann Lee, and the Ofsted "
     "Inspector was Cy Dunn.", [("Tom Brown", "HMI"), ("Ann Lee", "HMI"), ("Cy Dunn", "OI")]),
    # 'who are both ...' after the names is theirs
    ("The visit was carried out on 2 and 3 February 2021 by Tom Brown and Ann Lee, who are "
     "both Her Majesty’s Inspectors.", [("Tom Brown", "HMI"), ("Ann Lee", "HMI")]),
    ("The visit was carried out by Tom Brown and Ann Lee, who were both Ofsted Inspectors.",
     [("Tom Brown", "OI"), ("Ann Lee", "OI")]),
])
def test_a_designation_before_a_name_or_after_who_are_both(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKate Moss\nHMI"))
    assert [(n, d) for n, r, d in people(rec) if r == "inspector"] == want


@pytest.mark.parametrize("table, want", [
    # a Role column's 'Team inspector' is the member's role in a focused visit too
    ("\nInspection team\nName Role Designation\n---------- ---------- ----------\nKate Moss "
     "Lead inspector His Majesty’s Inspector\nTom Brown Team inspector HMI\nAnn O’Dea-Hart "
     "Team inspector Ofsted Inspector\nInspectors read case records.",
     [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "HMI"),
      ("Ann O’Dea-Hart", "team_inspector", "OI")]),
    ("\nInspection team\nName | Role | Designation\nKate Moss | Lead inspector | HMI\nTom Brown "
     "| Team inspector | HMI\nInspectors read case records.",
     [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "HMI")]),
    # with no role written, a focused visit's member is an inspector
    ("\nInspection team\nKate Moss, HMI (lead inspector)\nTom Brown, HMI\nInspectors read case "
     "records.", [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "inspector", "HMI")]),
])
def test_a_team_table_with_name_role_and_designation_columns(nlp, table, want) -> None:
    rec = run(nlp, LETTER.format(team=table, closing="Yours sincerely\nKate Moss\nHMI"))
    assert people(rec) == want


@pytest.mark.parametrize("lines, want", [
    ("Inspector (HMICFRS): Di Eve\nInspector (HMI Probation): Flo Gray",
     [("Di Eve", "team_inspector", "HMICFRS inspector"),
      ("Flo Gray", "team_inspector", "HMI Probation inspector")]),
    # a label wrapped over two lines, the inspectorate in brackets on the second
    ("Children’s services\ninspector (CQC): Cy Dunn",
     [("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("Team inspector: Cy Dunn, Ofsted Inspector", [("Cy Dunn", "team_inspector", "OI")]),
    # Ofsted in brackets names no designation of its own
    ("Inspector (Ofsted): Cy Dunn", [("Cy Dunn", "team_inspector", "")]),
    # the inspectorate after a comma or a dash, or in brackets before a dash
    ("Inspector, HMICFRS: Di Eve\nInspector - CQC: Cy Dunn",
     [("Di Eve", "team_inspector", "HMICFRS inspector"),
      ("Cy Dunn", "team_inspector", "CQC inspector")]),
    ("Inspector (HMICFRS) – Di Eve", [("Di Eve", "team_inspector", "HMICFRS inspector")]),
])
def test_a_joint_teams_labels_name_the_inspectorate_in_brackets(nlp, lines, want) -> None:
    team = f"The inspection team\nLead inspector: Ann Bell, HMI (Ofsted)\n{lines}\n"
    rec = run(nlp, JTAI_TEAM.format(team=team))
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"), *want, *JTAI_SIGNERS]


@pytest.mark.parametrize("name", ["Dominika Wiśniewska-Hart", "Łukasz Nowak", "Elspeth Ní "
                                  "Mhurchú", "Zoë Ødegård"])
def test_names_with_accented_letters(nlp, name) -> None:
    rec = run(nlp, LETTER.format(team=f"The inspectors were Kate Moss, HMI, and {name}, HMI.",
                                 closing="Yours sincerely\nKate Moss\nHMI"))
    assert people(rec) == [("Kate Moss", "lead_inspector", "HMI"), (name, "inspector", "HMI")]


@pytest.mark.parametrize("team, want", [
    ("The visit took place on 2 and 3 February 2021. It was led by Ann Bell, Senior HMI, "
     "with Tom Brown, HMI.", [("Ann Bell", "lead_inspector", "Senior HMI"),
                              ("Tom Brown", "inspector", "HMI")]),
    ("The visit took place on 2 and 3 February 2021. It was led by Ann Bell, HMI.",
     [("Ann Bell", "lead_inspector", "HMI")]),
    # an earlier inspection's lead, or someone named with no designation, is no one of this team
    ("The previous inspection took place in 2019. It was led by Ann Bell, HMI, with Tom "
     "Brown, HMI.", []),
    ("The visit took place on 2 and 3 February 2021. It was led by the director, Jane Doe.",
     []),
    # an earlier visit or inspection named otherwise (review of session 13)
    ("The first monitoring visit took place in October 2020. It was led by Ann Bell, HMI, "
     "with Tom Brown, HMI.", []),
    ("The ILACS inspection in 2019 judged services to require improvement to be good. It was "
     "led by Ann Bell, Senior HMI, with Tom Brown, HMI.", []),
    ("The council was judged inadequate at the inspection in May 2019. It was led by Ann "
     "Bell, HMI.", []),
])
def test_it_was_led_by_after_the_visits_sentence(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKaz Dale\nHMI"))
    assert [p for p in people(rec) if p[0] != "Kaz Dale"] == want


# Session 13, letters_unseen18 (helper letters25): a letter's date with its day's name or
# in figures; earlier inspections' days set off by commas or brackets, after 'of', or
# several in one row of a summary table.
DATED_HEAD = ("{head}\n\nMs Ann Roe\nDirector of Children’s Services\nWestshire County Council\n"
              "\nDear Ms Roe\n\nFocused visit to Westshire children’s services\n\nThis letter "
              "summarises the findings of a focused visit on 2 and 3 February 2022.\n\nYours "
              "sincerely\nKate Moss\nHMI\n")


@pytest.mark.parametrize("head, date", [
    ("Ofsted\nAgora\nwww.gov.uk/ofsted\nMonday 28 February 2022", "2022-02-28"),
    ("Ofsted\nwww.gov.uk/ofsted\n\n                     Friday 10th March 2022", "2022-03-10"),
    ("Ofsted                                   Thursday 10 March 2022\nPiccadilly Gate",
     "2022-03-10"),
    ("Manchester M1 2WD                  Date: 16.03.2022", "2022-03-16"),
    ("Manchester M1 2WD                  Date: 16/03/2022", "2022-03-16"),
    # a sentence's day, or another label's figures, is not the letter's date
    ("Ofsted\nLeaders met us on Thursday 10 March 2022", None),
    ("Manchester M1 2WD                  Date of visit: 16.03.2022", None),
    ("Manchester M1 2WD                  Ref: 16.03.2022", None),
    ("Manchester M1 2WD                  Inspection date: 16.03.2022", None),
    ("Manchester M1 2WD                  Visit date: 16/03/2022", None),
])
def test_a_letter_date_with_its_days_name_or_in_figures(nlp, head, date) -> None:
    rec = run(nlp, DATED_HEAD.format(head=head))
    assert rec["report"].get("publication_date") == date


@pytest.mark.parametrize("sentence, want", [
    ("Since the last ILACS inspection, 4-8 June 2018, leaders have reduced caseloads.",
     [("2018-06-04", "day")]),
    ("Since the HMI Probation inspection of youth offending services in Westshire,\n"
     "22-24 January 2018, speech and language support has been added.",
     [("2018-01-22", "day")]),
    ("At the ILACS inspection (28 June - 9 July 2021), leaders were asked to improve plans.",
     [("2021-06-28", "day")]),
    ("As a result of the findings of the initial inspection (1 to 5 October 2018), a "
     "statement of action was required.", [("2018-10-01", "day")]),
    ("Since the ILACS inspection of 13 to 24 May 2019, leaders have kept a sharp focus.",
     [("2019-05-13", "day")]),
    ("The council was judged inadequate following the inspection of 3 to 14 November 2021.",
     [("2021-11-03", "day")]),
    # a visit's name in brackets may be this visit's; other events' days are no inspection's
    ("The focused visit (17 and 18 January 2023) looked at care leavers.", []),
    ("A review of the front door (4 to 8 June 2018) found delays.", []),
    ("Since the last inspection, 12 children have returned home.", []),
    ("Leaders met the board, 4-8 June 2018, to plan the work.", []),
    # a data period, or another service's inspection (review of session 13)
    ("Performance data for the six months prior to the visit, 1 July 2022 to 31 December "
     "2022, show that most assessments were on time.", []),
    ("In the year before the most recent inspection, 1 April 2021 to 31 March 2022, the "
     "number of children in care rose.", []),
    ("Since the inspection of the council's fostering service on 3 and 4 May 2022, leaders "
     "have recruited more foster carers.", []),
])
def test_an_earlier_inspections_days_after_commas_brackets_or_of(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit=f"Inspectors visited on 17 and 18 January 2023. "
                                           f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("box, want", [
    ("Previous monitoring visits | 12 and 13 April 2022; 18 and 19 July 2022",
     [("2022-04-12", "day"), ("2022-07-18", "day")]),
    ("Previous visits:   12 and 13 April 2022; and 18 and 19 July 2022",
     [("2022-04-12", "day"), ("2022-07-18", "day")]),
    ("Previous monitoring visit | 12 and 13 April 2022", [("2022-04-12", "day")]),
    # what follows the semicolon is no earlier visit unless it is one's days
    ("Previous monitoring visit | 12 and 13 April 2022; report published 3 May 2022",
     [("2022-04-12", "day")]),
])
def test_several_earlier_visits_in_one_row(nlp, box, want) -> None:
    text = MONITORING.format(box=box, visit="Inspectors visited on 17 and 18 January 2023.")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Session 13 (secondary_unseen26's misses): a children's newsletter's 'Area: grade' lines,
# grades told as 'was X, now Y' and in a table with a then and a now column, the framework
# in force at an inspection reported the next year; numeric dates in a sentence, start and
# end in clauses of their own, a month only, and a publication 'this morning' beside a
# quoted line of the report.
@pytest.mark.parametrize("text, kind", [
    # grades read out one area a line, the colon right after the area
    ("Our Voice\nThe newsletter of the Brindle Children in Care Council\nSummer 2026\n\n"
     "Ofsted came to see us in March. Here is what they decided:\n* The council overall: good\n"
     "* Children in care: outstanding\n", "news_article"),
    # one such line alone reports no outcome
    ("Our Voice\nThe newsletter of the Brindle Children in Care Council\nSummer 2026\n\n"
     "Ofsted came to see us in March.\n* Our summer trip: good\n* Pizza night: fun\n", "other"),
])
def test_grade_lines_with_a_colon_mark_a_news_text(nlp, text, kind) -> None:
    assert run(nlp, text)["report"]["document_type"] == kind


@pytest.mark.parametrize("text, want", [
    # a month only: the part of it the inspectors spent, the year the text's own or the
    # one before
    ("Brindle rated good\nThe Brindle Courier, Wednesday 24 January 2018\nInspectors spent "
     "most of November in the borough, looking at how the council protects children. "
     "Brindle's children's services were rated good.\n", ("2017-11", "2017-11", None)),
    ("Brindle rated good\nThe Brindle Courier, Wednesday 24 January 2018\nInspectors spent "
     "most of November and December in the borough. Brindle's children's services were rated "
     "good.\n", ("2017-11", "2017-12", None)),  # two months: dated since sdates17
    # the inspectors coming to look at the services in a month
    ("Brindle is good\nOur Voice, Summer 2026\nOfsted are the inspectors who check on the "
     "council. They came to look at Brindle's children's services in March. Brindle's "
     "children's services were rated good.\n", ("2026-03", "2026-03", None)),
    ("Brindle is good\nOur Voice, Summer 2026\nOur friends came to the Youth Hub in March. "
     "Ofsted rated Brindle's children's services good.\n", (None, None, None)),
])
def test_news_visit_months_session13_su26(nlp, text, want) -> None:
    assert visit_of(run(nlp, text)) == want


@pytest.mark.parametrize("tail, want", [
    # a year the text looks forward to does not date the inspection: the SIF's names hold
    ("Brindle is likely to be inspected again under the new arrangements by 2021.",
     {"adoption_performance": "good", "lscb": "good"}),
    ("Brindle is likely to be inspected again under the new arrangements in 2021.",
     {}),
])
def test_a_future_year_does_not_date_the_framework(nlp, tail, want) -> None:
    text = ("Brindle children's services rated good\nWednesday 24 January 2018\nAdoption was "
            "rated good. The Brindle Safeguarding Children Board was judged good. " + tail + "\n")
    assert {k: v for k, v in grades_of(run(nlp, text)).items()
            if k in ("adoption_performance", "lscb")} == want


@pytest.mark.parametrize("body, want", [
    # each area told as it was and as it is now: the grade after 'now'
    ("How each area has changed since 2015:\n* Adoption performance: was requires improvement, "
     "now good.\n* Children who need help and protection: was inadequate, now requires "
     "improvement.\n", {"adoption_performance": "good",
                        "help_and_protection": "requires_improvement"}),
    # 'was' with no 'now' after it keeps its grade
    ("Adoption performance: was judged good.\n", {"adoption_performance": "good"}),
    # a table with a column for the earlier inspection and one for this one
    ("| Judgement area | 2015 | 2017 |\n|---|---|---|\n| Adoption performance | Requires "
     "improvement | Good |\n| Children who need help and protection | Inadequate | Requires "
     "improvement |\n", {"adoption_performance": "good",
                         "help_and_protection": "requires_improvement"}),
    ("| Area | Previous grade | Grade now |\n| Adoption performance | Good | Outstanding |\n",
     {"adoption_performance": "outstanding"}),
    # a table whose heads name no earlier time is read whole
    ("| Area | Judgement |\n| Adoption performance | Good |\n| Children who need help and "
     "protection | Inadequate |\n", {"adoption_performance": "good",
                                     "help_and_protection": "inadequate"}),
])
def test_grades_then_and_now_session13_su26(nlp, body, want) -> None:
    text = ("Practice Matters\nThe newsletter for staff at Dunmere City Council, July 2017\n\n"
            "Ofsted's report on the re-inspection of Dunmere City Council's services for "
            "children was published on Friday 14 July 2017. Inspectors visited from 8 May to "
            "1 June 2017. Overall effectiveness has moved from inadequate to requires "
            "improvement to be good.\n\n" + body)
    assert area_grades(run(nlp, text)) == want


@pytest.mark.parametrize("body, want", [
    # 'were also judged inadequate:' naming the areas after the colon, 'the' before the first
    ("Two of the three areas were also judged inadequate: the impact of leaders on social "
     "work practice, and the experiences and progress of children who need help and "
     "protection.", {"impact_of_leaders": "inadequate", "help_and_protection": "inadequate"}),
    ("Two of the three areas were also judged inadequate: that is why the impact of leaders "
     "is a concern.", {}),
])
def test_areas_after_a_colon_share_its_grade_session13_su26(nlp, body, want) -> None:
    text = ("Cloverdale children's services rated inadequate\nWednesday 15 December 2021\n"
            "Ofsted inspected the council's services for children between 4 and 15 October "
            "2021. Ofsted judged the council's services inadequate overall. " + body + "\n")
    assert area_grades(run(nlp, text)) == want


@pytest.mark.parametrize("body, want", [
    # the inspectors' finding in reported speech grades the board the sentence before named
    ("The Local Safeguarding Children Board was reviewed at the same time. Ofsted found that "
     "the board requires improvement.", {"lscb": "requires_improvement"}),
    ("The Local Safeguarding Children Board was reviewed at the same time. Ofsted found that "
     "the board chair requires more support.", {}),
    ("The Local Safeguarding Children Board and adoption were reviewed at the same time. "
     "Ofsted found that the board requires improvement.", {}),
])
def test_reported_speech_grades_the_board_session13_su26(nlp, body, want) -> None:
    text = ("Selbrook children's services rated inadequate\n2 June 2015\nInspectors were on "
            "site from Monday 2 March to Thursday 26 March 2015. Ofsted concluded that "
            "children's services in Selbrook are inadequate overall. " + body + "\n")
    assert area_grades(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    # days in figures, British order, in the minutes' sentences
    ("Kelvedge Borough Council\nScrutiny Committee\nMinutes of the meeting held on Thursday 11 "
     "December 2014\n3.1 The Director introduced her report dated 3/12/2014. Inspectors were "
     "in the borough from 13/10/2014 to 06/11/2014. The report was published by Ofsted on "
     "9/12/2014. Services were judged to require improvement.\n",
     ("2014-10-13", "2014-11-06", "2014-12-09")),
    ("Kelvedge Borough Council\nScrutiny Committee\nMinutes of the meeting held on Thursday 11 "
     "December 2014\n3.1 The minutes of the meeting held on 23/10/2014 were agreed. A draft "
     "plan would be presented on 29/01/2015. Services were judged to require improvement by "
     "Ofsted.\n", (None, None, None)),
    # the first and last day in a sentence of their own, 'It' for the inspection named before
    ("Oxcliffe County Council\nScrutiny Committee\nTuesday 17 March 2026\nAgenda item 6: Ofsted "
     "inspection\n2.1 The inspection was a standard inspection under the ILACS framework. It "
     "began on Monday 12 January 2026 and ended on Friday 30 January 2026.\n2.2 Ofsted "
     "published its report on Friday 6 March 2026. Services were judged to require "
     "improvement.\n", ("2026-01-12", "2026-01-30", "2026-03-06")),
    ("Oxcliffe County Council\nScrutiny Committee\nTuesday 17 March 2026\nAgenda item 6: Ofsted "
     "inspection\n2.1 The consultation on the new youth offer was well received. It began on "
     "Monday 12 January 2026 and ended on Friday 30 January 2026.\n2.2 Ofsted published its "
     "report on Friday 6 March 2026. Services were judged to require improvement.\n",
     (None, None, "2026-03-06")),
    # published on the website this morning, in a release dated at its head
    ("NEWS RELEASE - Kingsreach Council\nFor immediate release: Friday 12 January 2024\n\n"
     "Kingsreach Council has received the report of its latest Ofsted inspection. The report "
     "is published on the Ofsted website this morning. Services were rated as requires "
     "improvement to be good.\n", (None, None, "2024-01-12")),
    ("NEWS RELEASE - Kingsreach Council\nFor immediate release: Friday 12 January 2024\n\n"
     "Kingsreach Council has received the report of its latest Ofsted inspection. Our new "
     "foster carer guide is on the council website this morning. Services were rated as "
     "requires improvement to be good.\n", (None, None, None)),
])
def test_news_dates_session13_su26(nlp, text, want) -> None:
    assert visit_of(run(nlp, text)) == want


@pytest.mark.parametrize("body, want", [
    # two earlier inspections, the later one 'at its next inspection, in 2021'
    ("Thornleigh was judged inadequate in 2016 and climbed to requires improvement to be good "
     "at its next inspection, in 2017.", [("2016", "year"), ("2017", "year")]),
    ("Thornleigh hopes to be judged good at its next inspection, in 2023.", []),
    # how long before this inspection, then its date and a verdict
    ("Two years earlier, in June 2017, they had judged us inadequate overall.",
     [("2017-06", "month")]),
    ("Two years earlier, in June 2017, the council opened a new family hub.", []),
])
def test_news_previous_inspections_session13_su26(nlp, body, want) -> None:
    text = (f"Thornleigh rated good by Ofsted\n14 November 2019\nThornleigh Council's "
            f"children's services were rated good. Inspectors visited from 7 to 18 October "
            f"2019.\n{body}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("head, la", [
    # a publication's name, a line dating the item or naming its issue, then the headline
    ("Social Care Practice Weekly\n27 March 2025\n\nBrindle slips back to inadequate four "
     "years after leaving intervention\n", "Brindle"),
    ("Brindle Safeguarding Children Partnership\nPartnership Bulletin - June 2024\n\nOfsted "
     "monitoring visit to Brindle Borough Council: what inspectors found\n",
     "Brindle Borough Council"),
    # a first line that is the headline keeps it
    ("Brindle rated good by Ofsted\n27 March 2025\n\nBrindle Borough Council hears the "
     "verdict\n", "Brindle"),
    # a headline naming the visit above a school newsletter's issue line and a salutation
    ("Headteacher's update: Brindle children's services monitoring visit\nSt Aldhelm's "
     "Primary School, Brindle - Parents' Newsletter, Friday 26 January 2024\n\nDear parents "
     "and carers,\n", "Brindle"),
    # a third line that is a sentence is no headline
    ("Social Care Practice Weekly\n27 March 2025\n\nBrindle Borough Council's children's "
     "services were judged by Ofsted this week.\n", "Brindle Borough Council"),
])
def test_a_headline_under_a_publication_and_its_issue_line(nlp, head, la) -> None:
    text = (f"{head}\nBrindle Borough Council's children's services are inadequate, says "
            f"Ofsted in a report published on 25 March.\n")
    assert run(nlp, text)["report"]["local_authority"] == la


# Session 13, letters_unseen19 (helper letters26): a joint letter's signatures laid out in
# columns (under rules, above a running footer, titles side by side two spaces apart, the
# older 'HMIC'); a team table's row 'Role | Name | Designation'; a label that says which
# visit ('Inspectors on this visit:') with a role in brackets beside a name.
def _ingested(text: str) -> str:
    from pipeline.ingest import ingest_bytes

    return ingest_bytes(Path("a.txt"), text.encode()).norm.text


# The body is wrapped as a letter's is, so the page is as wide as a letter's.
JTAI_COLUMNS = ("4 July 2024\nDear partners\nJoint targeted area inspection of Lowtown\n\n"
                "Between 16 and 20 May 2024, Ofsted, the Care Quality Commission (CQC), His\n"
                "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)\n"
                "and His Majesty's Inspectorate of Probation (HMI Probation) undertook a joint\n"
                "inspection of the multi-agency response to children at risk in Lowtown. This\n"
                "letter to all the agencies in the area sets out what the inspectors found.\n\n"
                "Yours sincerely\n\n{block}\n")
COLUMN_SIGNERS = [("Ann Bell", "signatory", "National Director, Social Care"),
                  ("Di Eve", "signatory", "HMICFRS inspector"),
                  ("Cy Dunn", "signatory", "CQC inspector"),
                  ("Owen ap Rhys", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("block", [
    # rules under each row's headings
    ("  Ofsted                                   Care Quality Commission\n"
     "  ------------------------------------     ------------------------------------\n"
     "  Ann Bell                                 Cy Dunn\n"
     "  National Director, Social Care           Chief Inspector of Primary Medical\n"
     "                                           Services and Integrated Care\n\n"
     "  HMICFRS                                  HMI Probation\n"
     "  ------------------------------------     ------------------------------------\n"
     "  Di Eve                                   Owen ap Rhys\n"
     "  HM Inspector of Constabulary and         Assistant Chief Inspector\n"
     "  Fire & Rescue Services\n\n"
     "          Joint targeted area inspection of Lowtown, 16 to 20 May 2024     2"),
    # the older 'HMIC', and a running footer with a page number one blank line below
    ("Ofsted                                   Care Quality Commission\n\n"
     "Ann Bell                                 Dr Cy Dunn\n"
     "National Director, Social Care           Deputy Chief Inspector\n\n"
     "HMIC                                     HMI Probation\n\n"
     "Di Eve QPM                               Owen ap Rhys\n"
     "Her Majesty's Inspector of               Assistant Chief Inspector\n"
     "Constabulary\n\n"
     "Lowtown JTAI -- letter dated 4 July 2024                            Page 2 of 2"),
    # no blank line under the headings; two titles only two spaces apart
    ("Ofsted                                        Care Quality Commission\n"
     "Ann Bell                                      Cy Dunn\n"
     "National Director Regulation and Social Care  Chief Inspector of Healthcare\n\n"
     "HMICFRS                                       HMI Probation\n"
     "Di Eve                                        Owen ap Rhys\n"
     "His Majesty's Inspector of Constabulary       His Majesty's Chief Inspector of\n"
     "and Fire & Rescue Services                    Probation\n\n"
     "                                                                    Page 3 of 3"),
])
def test_joint_signatures_in_columns_under_rules_or_above_a_footer(nlp, block) -> None:
    rec = run(nlp, _ingested(JTAI_COLUMNS.format(block=block)))
    want = COLUMN_SIGNERS
    if "Regulation and Social Care" in block:
        want = [("Ann Bell", "signatory", "National Director Regulation and Social Care"),
                *COLUMN_SIGNERS[1:]]
    assert sorted(people(rec)) == sorted(want)


def test_three_signatures_side_by_side_above_a_footer_with_dates(nlp) -> None:
    block = ("Ofsted                          Care Quality Commission         HMICFRS\n\n"
             "Ann Bell                        Cy Dunn                         Di Eve\n"
             "National Director Regulation    Chief Inspector of Healthcare   His Majesty's "
             "Inspector of\n"
             "and Social Care                                                 Constabulary and "
             "Fire &\n"
             "                                                                Rescue Services\n\n"
             "JTAI of Lowtown: 16 to 20 May 2024                              4 July 2024\n"
             "                                     3 of 3")
    rec = run(nlp, _ingested(JTAI_COLUMNS.format(block=block)))
    assert sorted(people(rec)) == sorted([
        ("Ann Bell", "signatory", "National Director Regulation and Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"), ("Di Eve", "signatory", "HMICFRS inspector")])


def test_a_rule_under_a_lone_signature_is_left_as_it_is() -> None:
    # Only side-by-side signatures lose their rules: a lone one is no column.
    text = _ingested("Dear Ms Roe\nFindings follow.\n\nYours sincerely\n\nKate Moss\n"
                     "His Majesty's Inspector\n------------------------------\n")
    assert "-----" in text


@pytest.mark.parametrize("table, want", [
    ("Lead inspector       | Kate Moss            | HMI\n"
     "Team inspector       | Tom Brown            | HMI\n"
     "Team inspector       | Ann O'Dea-Hart       | Ofsted Inspector",
     [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "HMI"),
      ("Ann O'Dea-Hart", "team_inspector", "OI")]),
    # a third column that is no designation gives none
    ("Lead inspector       | Kate Moss            | HMI\n"
     "Team inspector       | Tom Brown            | Westshire",
     [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "")]),
])
def test_a_team_tables_rows_with_the_role_first(nlp, table, want) -> None:
    team = f"\n\nInspection team      | Name                 | Designation\n{table}\n\n"
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nKate Moss\nHMI"))
    assert people(rec) == want


@pytest.mark.parametrize("line, want", [
    ("Inspectors on this visit: Kate Moss (lead inspector), Tom Brown (His Majesty's "
     "Inspector), Ann Lee (Ofsted Inspector).",
     [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "inspector", "HMI"),
      ("Ann Lee", "inspector", "OI")]),
    ("Inspectors for this visit: Tom Brown, HMI, and Ann Lee, HMI",
     [("Kate Moss", "lead_inspector", "HMI"), ("Tom Brown", "inspector", "HMI"),
      ("Ann Lee", "inspector", "HMI")]),
    # a visit named in a sentence with no colon is no label
    ("Inspectors on this visit looked at Tom Brown Court records.",
     [("Kate Moss", "lead_inspector", "HMI")]),
])
def test_a_label_that_says_which_visit_with_a_role_beside_a_name(nlp, line, want) -> None:
    rec = run(nlp, LETTER.format(team="", closing=f"Yours sincerely\nKate Moss\nHMI\n\n{line}"))
    assert sorted(people(rec)) == sorted(want)


# A team named by lines whose labels are designations, one wrapped over two lines; a lead
# who 'worked with team inspectors ...'; a revisit led by an HMI 'and a children's services
# inspector from the CQC, B' (B is the team's); a particle 'dos'.
SEND_TEAM = ("12 December 2017\nDear Ms Roe\nJoint local area SEND inspection in Eastvale\n"
             "Between 23 October 2017 and 27 October 2017, Ofsted and the Care Quality "
             "Commission (CQC) conducted a joint inspection of the local area of Eastvale.\n"
             "{team}\nInspectors spoke with children.\nYours sincerely\n\nAnn Bell\n"
             "Her Majesty’s Inspector\n")


@pytest.mark.parametrize("team, want", [
    ("The inspection team was:\n\n    Lead inspector:          Ann Bell, HMI\n"
     "    Ofsted Inspector:        Tom J. Brown\n    CQC children's services\n"
     "    inspector:               Leticia dos Santos\n",
     [("Ann Bell", "lead_inspector", "HMI"), ("Tom J. Brown", "team_inspector", "OI"),
      ("Leticia dos Santos", "team_inspector", "CQC inspector")]),
    ("The inspection team was:\n    Lead inspector:  Ann Bell, HMI\n"
     "    His Majesty's Inspector:  Tom Brown\n",
     [("Ann Bell", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "HMI")]),
    # a designation opening a sentence, with no colon, is no label
    ("The inspection was led by Ann Bell, HMI.\nOfsted Inspector Tom Brown said more.\n",
     [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_team_lines_labelled_by_designation(nlp, team, want) -> None:
    assert people(run(nlp, SEND_TEAM.format(team=team))) == want


@pytest.mark.parametrize("team, want", [
    ("The revisit was led by one of Her Majesty’s Inspectors from Ofsted, Ann Bell, and a "
     "children’s services inspector from the CQC, Aisling Ní Bhriain.",
     [("Ann Bell", "lead_inspector", "HMI"),
      ("Aisling Ní Bhriain", "team_inspector", "CQC inspector")]),
    ("The inspection was led by Ann Bell, Her Majesty’s Inspector, and an Ofsted Inspector, "
     "Tom Brown.", [("Ann Bell", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "OI")]),
    # 'and' joining two names written with no designation between makes no member
    ("The inspection was led by Ann Bell, Her Majesty’s Inspector, and a local leader, Tom "
     "Brown.", [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_a_lead_and_a_member_named_by_what_they_are(nlp, team, want) -> None:
    assert people(run(nlp, SEND_TEAM.format(team=team))) == want


@pytest.mark.parametrize("team, want", [
    ("The inspection was led by Ann Bell, His Majesty’s Inspector, Ofsted, who worked with "
     "team inspectors Declan R. Moyles (CQC Children’s Services Inspector), Inspector Di Eve "
     "(HMICFRS) and Flo Gray (HMI Probation inspector).",
     [("Ann Bell", "lead_inspector", "HMI"), ("Declan R. Moyles", "team_inspector",
                                               "CQC inspector"),
      ("Di Eve", "team_inspector", "HMICFRS inspector"),
      ("Flo Gray", "team_inspector", "HMI Probation inspector")]),
    # partners the lead worked with, named with no designation, are no one of the team
    ("The inspection was led by Ann Bell, His Majesty’s Inspector, who worked with "
     "team inspectors and Jane Doe of the council.", [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_a_lead_who_worked_with_team_inspectors(nlp, team, want) -> None:
    assert people(run(nlp, JTAI_TEAM.format(team=team))) == [*want, *JTAI_SIGNERS]


# A report's title repeated as the running foot of every page: the first line is the
# title, kept; a banner heading every page, the first included, is still dropped.
def _paged(first: str, foot: str, top: str = "") -> str:
    body = ("Inspectors met children and families in the area and spoke to leaders.\n" * 6)
    pages = [f"{top}{first}\n\nInspection dates: 30 June to 4 July 2025\n\n{body}\n{foot}\n1"]
    pages += [f"{top}{body}\n{foot}\n{n}" for n in (2, 3)]
    return "\f".join(pages)


def test_a_title_that_is_also_the_running_foot_stays(nlp) -> None:
    title = "Area SEND inspection of Westshire Local Area Partnership"
    text = _ingested(_paged(title, title))
    assert text.startswith(title)
    rep = run(nlp, text)["report"]
    assert (rep["document_type"], rep["local_authority"]) == ("area_send_inspection",
                                                              "Westshire")


def test_a_banner_heading_every_page_is_dropped_on_the_first_too() -> None:
    text = _ingested(_paged("Area SEND inspection of Westshire Local Area Partnership",
                            "Westshire: 30 June to 4 July 2025", top="OFFICIAL\n"))
    assert "OFFICIAL" not in text


# A letter's date after another label on the letterhead's reference line; earlier
# inspections told by when they 'took place', or a visit's month set off by commas.
@pytest.mark.parametrize("head, date", [
    ("Our reference: 10/MV/WS/2        Date of letter: 1 May 2025", "2025-05-01"),
    ("Our ref: 10/MV/WS/2 Date of this letter: 1 May 2025", "2025-05-01"),
    # another label's date on that line is not the letter's
    ("Our reference: 10/MV/WS/2        Date of visit: 1 May 2025", None),
])
def test_a_letter_date_after_a_reference_on_its_line(nlp, head, date) -> None:
    rec = run(nlp, DATED_HEAD.format(head=f"Ofsted\nwww.gov.uk/ofsted\n\n{head}"))
    assert rec["report"].get("publication_date") == date


@pytest.mark.parametrize("sentence, want", [
    ("At the inspection, which took place from 9 to 20 September 2022, inspectors found "
     "weak oversight.", [("2022-09-09", "day")]),
    ("Services were judged good at the ILACS inspection that took place from 10 to 21 "
     "January 2022.", [("2022-01-10", "day")]),
    ("Since the single inspection of Westshire’s services for children in need of help and "
     "protection, children looked after and care leavers, which took place from 16 January "
     "to 8 February 2017, leaders have kept a clear line of sight.", [("2017-01-16", "day")]),
    ("At the second monitoring visit, in April 2022, inspectors found the hub more "
     "consistent.", [("2022-04", "month")]),
    # a meeting that took place, or a plan's month after a comma, is no inspection
    ("Since the board meeting, which took place on 9 September 2022, plans have changed.", []),
    ("At the meeting after the visit, in April 2022, leaders agreed a plan.", []),
])
def test_earlier_inspections_that_took_place_or_set_off_by_commas(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit=f"Inspectors visited on 17 and 18 January 2023. "
                                           f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Session 14, letters_unseen20 (helper l20dev): a joint letter's opening days with their
# days' names after 'From' or 'Between'.
JTAI_OPENING = ("3 February 2020\n\nDear local partners\n\nJoint targeted area inspection of "
                "the multi-agency response to children living with neglect in Westshire\n\n"
                "{opening}\n\nYours sincerely\n")


@pytest.mark.parametrize("opening, want", [
    ("From Monday 13 to Friday 17 January 2020, Ofsted, the Care Quality Commission (CQC), "
     "HMI Constabulary and Fire & Rescue Services (HMICFRS) and HMI Probation (HMIP) jointly "
     "inspected the multi-agency response to abuse and neglect in Westshire.",
     ("2020-01-13", "2020-01-17")),
    ("Between Monday 13 and Friday 17 January 2020, Ofsted, the Care Quality Commission "
     "(CQC), Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
     "and Her Majesty’s Inspectorate of Probation (HMI Probation) carried out a joint "
     "inspection of the multi-agency response to neglect in Westshire.",
     ("2020-01-13", "2020-01-17")),
    # the year from the letter's own date
    ("Between Monday 13 and Friday 17 January, Ofsted and the CQC carried out a joint "
     "inspection of the response to neglect in Westshire.", ("2020-01-13", "2020-01-17")),
    # days that open a sentence about something else are no visit's
    ("Between Monday 13 and Friday 17 January 2020, the council consulted parents on its "
     "new neglect strategy.", (None, None)),
])
def test_a_joint_letters_opening_days_with_their_names(nlp, opening, want) -> None:
    rep = run(nlp, JTAI_OPENING.format(opening=opening))["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


# Earlier inspections: 'in the inspection of' and its days; the inspectorate's own
# inspection of the services, its days in brackets; the single inspection framework's whole
# title before its month; a summary row naming the kind of inspection, its gap closed.
@pytest.mark.parametrize("sentence, want", [
    ("This was the fourth monitoring visit since the local authority was judged inadequate "
     "in the inspection of 10 to 21 January 2022.", [("2022-01-10", "day")]),
    ("Ofsted’s inspection of children’s services (10 May to 2 June 2017) found that the "
     "response to neglect was too slow.", [("2017-05-10", "day")]),
    ("At the ILACS inspection of Westshire’s children’s services (4 to 8 June 2018), leaders "
     "were asked to improve plans.", [("2018-06-04", "day")]),
    ("Since Ofsted’s inspection of services for children in need of help and protection, "
     "children looked after and care leavers in March 2017, senior leaders have kept a sharp "
     "focus on practice.", [("2017-03", "month")]),
    ("Since the single inspection of Westshire’s services for children in need of help and "
     "protection, children looked after and care leavers and review of the effectiveness of "
     "the local safeguarding children board in May 2016, leaders have improved.",
     [("2016-05", "month")]),
    # this visit's days, another service's inspection, a next one, a peak's month and a
    # review of something else are no earlier inspection
    ("Leaders shared their findings in the inspection of 17 and 18 January 2023.", []),
    ("In the inspection of the council’s fostering service on 3 and 4 May 2022, inspectors "
     "found delays.", []),
    ("The next inspection of services for children in need of help and protection, children "
     "looked after and care leavers in March 2024 will look at this.", []),
    ("The Ofsted inspection found that the number of children placed far from home had "
     "fallen sharply since a peak reached in March 2017.", []),
    ("The council’s own review of the front door (4 to 8 June 2018) found delays.", []),
])
def test_earlier_inspections_in_the_inspection_of_or_by_the_inspectorate(nlp, sentence,
                                                                          want) -> None:
    text = MONITORING.format(box="", visit=f"Inspectors visited on 17 and 18 January 2023. "
                                           f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("box, want", [
    ("Visit dates                      17 to 18 January 2023\nLast ILACS inspection"
     "            20 June to 1 July 2022\nLast focused visit               March 2022",
     [("2022-06-20", "day"), ("2022-03", "month")]),
    # a converter that closes the gap to one space
    ("Visit dates 17 to 18 January 2023\nLast ILACS inspection 20 June to 1 July 2022\n"
     "Last focused visit March 2022", [("2022-06-20", "day"), ("2022-03", "month")]),
    # a sentence opening with the words, its dates not ending the line, is no row
    ("Last inspection 20 June to 1 July 2022 was good, inspectors said.", []),
])
def test_a_summary_row_naming_the_kind_of_the_last_inspection(nlp, box, want) -> None:
    text = MONITORING.format(box=box, visit="Inspectors visited on 17 and 18 January 2023.")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Inspectors: the Irish 'Ó' in a name; 'Signed:' above each of a joint letter's signers; a
# member's inspectorate after 'Inspector' and a comma; a revisit 'carried out by' its team;
# a team table's row read across both columns, the left cell wrapped under it.
@pytest.mark.parametrize("team, closing, want", [
    ("", "Yours sincerely\nKate Moss\nHMI\n\nInspectors: Kate Moss HMI (lead); Colm Ó Briain "
     "HMI; Ann Lee, Ofsted Inspector",
     [("Kate Moss", "lead_inspector", "HMI"), ("Colm Ó Briain", "inspector", "HMI"),
      ("Ann Lee", "inspector", "OI")]),
    ("The inspectors were Kate Moss, HMI, and Colm Ó Briain, HMI.",
     "Yours sincerely\nKate Moss\nHMI",
     [("Kate Moss", "lead_inspector", "HMI"), ("Colm Ó Briain", "inspector", "HMI")]),
])
def test_a_name_with_the_irish_o(nlp, team, closing, want) -> None:
    assert people(run(nlp, LETTER.format(team=team, closing=closing))) == want


JTAI_SIGNED = ("6 March 2018\n\nDear local partners\n\nJoint targeted area inspection of the "
               "multi-agency response to children living with neglect in Westshire\n\nFrom 15 "
               "to 19 January 2018, Ofsted, the CQC, HMICFRS and HMI Probation jointly "
               "inspected the multi-agency response to neglect in Westshire.\n\nYours "
               "sincerely\n\n{signed}Yvette Stone, National Director, Social Care, Ofsted\n"
               "{signed}Sean Kelly, Chief Inspector of Primary Medical Services and Integrated "
               "Care, CQC\n{signed}Tom Ray, HM Inspector of Constabulary and Fire & Rescue "
               "Services\n{signed}Alan R. Whitworth, Assistant Chief Inspector of Probation\n")


# the same signers with or without a 'Signed:' line above each
@pytest.mark.parametrize("signed", ["Signed:\n", "Signed\n", ""])
def test_signed_lines_above_a_joint_letters_signers(nlp, signed) -> None:
    assert people(run(nlp, JTAI_SIGNED.format(signed=signed))) == [
        ("Yvette Stone", "signatory", "National Director, Social Care"),
        ("Sean Kelly", "signatory", "CQC inspector"),
        ("Tom Ray", "signatory", "HMICFRS inspector"),
        ("Alan R. Whitworth", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("member, want", [
    ("Rhys Hale, Inspector, HMICFRS", "HMICFRS inspector"),
    ("Rhys Hale, Inspector, HMI Probation", "HMI Probation inspector"),
    ("Rhys Hale, Inspector, CQC", "CQC inspector"),
    # Ofsted after the comma names no designation of its own (an Ofsted member is HMI or OI)
    ("Rhys Hale, Inspector, Ofsted", ""),
])
def test_a_members_inspectorate_after_inspector_and_a_comma(nlp, member, want) -> None:
    team = (f"Lead inspector: Ann Bell, HMI.\nTeam inspectors: Cy Dunn, Ofsted Inspector; Di "
            f"Eve, Children’s Services Inspector, CQC; {member}.\n")
    assert people(run(nlp, JTAI_TEAM.format(team=team))) == [
        ("Ann Bell", "lead_inspector", "HMI"), ("Cy Dunn", "team_inspector", "OI"),
        ("Di Eve", "team_inspector", "CQC inspector"), ("Rhys Hale", "team_inspector", want),
        *JTAI_SIGNERS]


@pytest.mark.parametrize("team, want", [
    ("The revisit was carried out by Ann Bell, HMI (lead inspector), Tom Brown, Ofsted "
     "Inspector, and Kieran O’Shea, Children’s Services Inspector, CQC.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Tom Brown", "team_inspector", "OI"),
      ("Kieran O’Shea", "team_inspector", "CQC inspector")]),
    # a revisit of something else carried out by people who are no inspectors
    ("Leaders told us that the revisit of the plans was carried out by the parent carer "
     "forum.", [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_a_revisit_carried_out_by_its_team(nlp, team, want) -> None:
    assert people(run(nlp, SEND_TEAM.format(team=team))) == want


SEND_REPORT = ("Area SEND inspection of Westshire Local Area Partnership\n\nInspection dates: 2 "
               "to 6 December 2024\n\nInspectors met children and families in the area.\n\n"
               "Inspection team\n{table}\nIf you are not happy with the inspection or the "
               "report, you can complain to Ofsted.\n")


@pytest.mark.parametrize("table, want", [
    # as a converter that closes the columns' gaps reads it: the left cell's 'Lead
    # inspector' on a line of its own after the row, or after the right cell on the row
    ("Ofsted Care Quality Commission\nAnn Bell, Ofsted HMI, Sam V. Mistry, CQC Lead inspector\n"
     "Lead inspector\nTom Brown, Ofsted Inspector Jo Neill, CQC inspector\nDi Eve, Ofsted HMI",
     ["Ann Bell", "Sam V. Mistry"]),
    ("Ofsted Care Quality Commission\nAnn Bell, Ofsted HMI, Sam Mistry, CQC lead inspector "
     "lead inspector\nTom Brown, Ofsted Inspector Jo Neill, CQC inspector",
     ["Ann Bell", "Sam Mistry"]),
    ("Ofsted Care Quality Commission\nAnn Bell, Ofsted HMI Sam Mistry, CQC Lead inspector\n"
     "Lead inspector Jo Neill, CQC inspector\nTom Brown, Ofsted Inspector",
     ["Ann Bell", "Sam Mistry"]),
    # one mark in the right cell is that name's alone; a mark under a name on a row of its
    # own is that name's
    ("Ofsted Care Quality Commission\nAnn Bell, Ofsted HMI, Sam Mistry, CQC Lead inspector\n"
     "Tom Brown, Ofsted Inspector Jo Neill, CQC inspector", ["Sam Mistry"]),
    ("Ofsted\nAnn Bell, Ofsted HMI\nTom Brown, Ofsted Inspector, Lead inspector\nLead "
     "inspector", ["Tom Brown"]),
])
def test_a_team_tables_row_read_across_with_the_left_cell_wrapped(nlp, table, want) -> None:
    rec = run(nlp, _ingested(SEND_REPORT.format(table=table)))
    assert [n for n, r, _d in people(rec) if r == "lead_inspector"] == want


# Session 14, secondary_unseen27 (helper s27dev): visit days in figures joined by 'and' or
# in brackets after the inspection's name, days' short names on a minutes' copied
# 'Inspection period:' line, a month the inspectors 'came for' some weeks in, a report
# that 'went online' or was 'published today' after a long name, a focused visit's news
# that gives no grade, earlier inspections told in a decade's history; the framework of a
# visit after the SIF's last; a grade in a sentence that goes on telling of an earlier
# inspection; 'that area' and 'their area' taking up the area named before.
@pytest.mark.parametrize("text, want", [
    ("Brindle told to improve\nWednesday 25 March 2015\nInspectors were in the borough "
     "between 12/01/2015 and 04/02/2015. Brindle's children's services were rated "
     "inadequate.\n", ("2015-01-12", "2015-02-04", None)),
    # two such days in a sentence about something else are not the visit's
    ("Brindle told to improve\nWednesday 25 March 2015\nThe council's consultation ran "
     "between 12/01/2015 and 04/02/2015. Brindle's children's services were rated "
     "inadequate.\n", (None, None, None)),
    ("BRINDLE COUNCIL\nFull Council, 22 February 2024\n1.1 I report the outcome of Ofsted's "
     "inspection of our services for children (27.11.2023 – 08.12.2023). Inspectors "
     "judged our services good.\n", ("2023-11-27", "2023-12-08", None)),
    # nor a last inspection's so written
    ("BRINDLE COUNCIL\nFull Council, 22 February 2024\n1.1 Ofsted judged our services good. "
     "At our last inspection (12.01.2015 – 04.02.2015) they were inadequate.\n",
     (None, None, None)),
    # two such days in brackets after another event are not the visit's
    ("BRINDLE COUNCIL\nFull Council, 22 February 2024\n1.1 Ofsted judged our services good. "
     "The consultation on the new offer (27.11.2023 – 08.12.2023) was well attended.\n",
     (None, None, None)),
    ("BRINDLE CITY COUNCIL\nMinutes of the meeting held on 20 April 2016\n33. Ofsted "
     "inspection\n    Inspection period: Mon 1 Feb – Thu 25 Feb 2016\n    Report published: 12 "
     "April 2016\nInspectors had judged overall effectiveness to be inadequate.\n",
     ("2016-02-01", "2016-02-25", "2016-04-12")),
    ("BRINDLE CITY COUNCIL\nMinutes of the meeting held on 20 April 2016\n33. Ofsted "
     "inspection\n    Inspection period: Tues. 2 Feb to Fri. 26 Feb 2016\nInspectors had "
     "judged overall effectiveness to be inadequate.\n", ("2016-02-02", "2016-02-26", None)),
    ("Our Voice\nThe newsletter of the Brindle Youth Council\nIssue 14, November 2025\n\n"
     "Ofsted came for three weeks in September. Brindle's children's services were rated "
     "good.\n", ("2025-09", "2025-09", None)),
    # someone else 'came for' weeks: no visit; a span of months is dated since sdates17
    # (tests/fixtures/secondary/README.md)
    ("Our Voice\nThe newsletter of the Brindle Youth Council\nIssue 14, November 2025\n\n"
     "Our visitors came for three weeks in September. Ofsted rated Brindle's children's "
     "services good.\n", (None, None, None)),
    ("Our Voice\nThe newsletter of the Brindle Youth Council\nIssue 14, November 2025\n\n"
     "Ofsted came for three weeks in September and October. Brindle's children's services "
     "were rated good.\n", ("2025-09", "2025-10", None)),
])
def test_visit_dates_session14_su27(nlp, text, want) -> None:
    assert visit_of(run(nlp, text)) == want


@pytest.mark.parametrize("text, date", [
    ("Notes from the Kitchen Table\nMonday 5 November 2018\n\nOfsted inspected Brindle "
     "between 10 and 21 September 2018, and the report went online on Friday 2 November. "
     "Brindle's children's services were rated good.\n", "2018-11-02"),
    # something else going live is not the report
    ("Notes from the Kitchen Table\nMonday 5 November 2018\n\nOfsted inspected Brindle "
     "between 10 and 21 September 2018. The report praised the new app, which went live on "
     "1 November. Brindle's children's services were rated good.\n", None),
    ("PRESS RELEASE\nBrindle County Council\nFor immediate release: Thursday 16 December "
     "2021\n\nOfsted's report on Brindle County Council's services for children and "
     "families was published today. It rates the council as good.\n", "2021-12-16"),
    # another thing published today, in a clause of its own, is not the report
    ("PRESS RELEASE\nBrindle County Council\nFor immediate release: Thursday 16 December "
     "2021\n\nThe Ofsted report criticised the lack of a sufficiency strategy, which the "
     "council published today. Brindle's children's services were rated good.\n", None),
    # a framework published today is no report
    ("PRESS RELEASE\nBrindle County Council\nFor immediate release: Thursday 16 December "
     "2021\n\nOfsted's new inspection framework for children's services in England was "
     "published today. Brindle's children's services were rated good in 2019.\n", None),
])
def test_publication_session14_su27(nlp, text, date) -> None:
    assert run(nlp, text)["report"].get("publication_date") == date


@pytest.mark.parametrize("text, kind", [
    ("VALE FM - BREAKFAST NEWS\nTranscript, Friday 1 July 2022\n\nPRESENTER: Ofsted "
     "inspectors say Brindle Council is making progress. REPORTER: This was what Ofsted "
     "calls a focused visit. Two inspectors were here on 24 and 25 May.\n", "news_article"),
    # a visit that is no inspection's, with no grade, is no news of an outcome
    ("VALE FM - BREAKFAST NEWS\nTranscript, Friday 1 July 2022\n\nPRESENTER: The mayor "
     "made a visit to the new school, which Ofsted inspectors will see next year.\n",
     "other"),
])
def test_a_focused_visit_told_of_is_news(nlp, text, kind) -> None:
    assert run(nlp, text)["report"]["document_type"] == kind


@pytest.mark.parametrize("history, want", [
    ("Ofsted inspected Brindle in September 2015 and judged it inadequate.",
     [("2015-09", "month")]),
    # another place inspected is no earlier inspection of this one
    ("Ofsted inspected Ashcombe in September 2015 and judged it good.", []),
    ("When Ofsted inspectors walked out of Brindle's children's services department in "
     "December 2013, they left behind a service in crisis.", [("2013-12", "month")]),
    ("By the time inspectors came back in June 2022, the work was showing.",
     [("2022-06", "month")]),
    # someone else's leaving is no inspection
    ("When the director walked out of the department in December 2013, staff despaired.",
     []),
    ("Then came January 2015. Under the single inspection framework, Ofsted found "
     "children's services in Brindle to be inadequate.", [("2015-01", "month")]),
    ("Then came January 2015. The council opened a new family hub.", []),
])
def test_earlier_inspections_told_in_a_history_session14_su27(nlp, history, want) -> None:
    text = ("Brindle climbs to good\nSaturday 13 May 2023\n\n" + history + " This spring "
            "Ofsted came back. The inspection ran from 6 to 17 March 2023. Inspectors judged "
            "Brindle's children's services to be good overall.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("visit, want", [
    # a visit from August 2018 is ILACS's, however often the text names the SIF it compares
    # with
    ("between 10 and 21 September 2018", {"impact_of_leaders": "good",
                                          "children_in_care_and_care_leavers": "good"}),
    # one in June 2018 may still be a SIF re-inspection, its wording deciding
    ("between 4 and 21 June 2018", {"leadership_management_governance": "good",
                                    "care_leavers": "good",
                                    "looked_after_and_permanence": "good"}),
])
def test_a_visit_after_the_sifs_last_is_ilacs(nlp, visit, want) -> None:
    text = ("Notes from the Kitchen Table\nMonday 5 November 2018\n\nOfsted inspected Brindle "
            f"{visit}. The old single inspection framework judged it inadequate in 2015, "
            "when leadership, management and governance was inadequate. This time the impact "
            "of leaders on social work practice is judged good. The experiences and progress "
            "of children in care and care leavers are judged good.\n")
    assert area_grades(run(nlp, text)) == want


@pytest.mark.parametrize("history, want", [
    # a grade in the sentence that goes on telling of an earlier inspection is that one's
    ("When Ofsted inspectors walked out of Brindle's children's services department in "
     "December 2013, they left behind a service in crisis. Their report, which followed a "
     "run of serious case reviews, judged the council inadequate.", "good"),
    ("Then came January 2015. Under the single inspection framework, Ofsted found "
     "children's services in Brindle to be inadequate.", "good"),
    # 'The report' after a sentence that dates something else is this inspection's
    ("Since 2019 the council has spent more on early help. The report judged the council "
     "inadequate.", "inadequate"),
    # the inspectors' report after a sentence dating something else by 'last' is this one's
    ("Inspectors, who last visited in 2019, spent two weeks in Brindle. Their report judged "
     "the council inadequate.", "inadequate"),
    # nor does a sentence that also names this inspection's year
    ("Ofsted inspected Brindle in March 2023, after a hard 2021. Their report judged the "
     "council inadequate.", "inadequate"),
    # a sentence that only names a year this inspection's does not set the next aside
    ("Then came 2023. Ofsted found children's services in Brindle to be inadequate.",
     "inadequate"),
])
def test_a_history_told_over_two_sentences_session14_su27(nlp, history, want) -> None:
    text = ("Brindle: ten years on\nSaturday 13 May 2023\n\n" + history + " The inspection "
            "ran from 6 to 17 March 2023. Inspectors judged Brindle's children's services to "
            "be good overall.\n")
    assert grades_of(run(nlp, text)).get("overall_effectiveness") == want


@pytest.mark.parametrize("pair, want", [
    ("But it was the council's work with children in care and care leavers that stood out. "
     "Inspectors judged that area outstanding.", {"children_in_care_and_care_leavers":
                                                 "outstanding"}),
    ("Children in care and care leavers are the exception. Their area was judged good rather "
     "than outstanding.", {"children_in_care_and_care_leavers": "good"}),
    # 'that area' after a sentence naming no area, or two, takes none up
    ("The new family hub opened in the spring. Inspectors judged that area outstanding.", {}),
    ("Help and protection and children in care were looked at closely. Inspectors judged "
     "that area outstanding.", {}),
])
def test_that_area_takes_up_the_area_before_session14_su27(nlp, pair, want) -> None:
    text = ("Brindle rated good\nThursday 19 March 2020\n\nInspectors spent 3 to 14 February "
            "in the borough. Ofsted judged Brindle's children's services good overall. "
            + pair + "\n")
    assert area_grades(run(nlp, text)) == want


# Session 14, letters_unseen21 (helper l21dev): a copy list under side-by-side signatures;
# each member's inspectorate after 'inspector' and a comma; an inspectorate line under a
# title that names it; rules between stacked signatures; a member named after 'including
# an Ofsted Inspector'; a letter date in a joint letter with no salutation, or between
# addressees run on; earlier inspections and visits of a monitoring visit letter (days set
# off by a comma after the inspection's name, plural visits, numbered visits, 'a virtual
# assurance visit', a table of the visits since the judgement).
L21DEV_SIGNED = ("14 March 2025\n\nDear Ms Roe\n\nFocused visit to Westshire children’s "
                 "services\n\nThis letter summarises the findings of the focused visit to "
                 "Westshire children’s services on 24 to 26 February 2025. This visit was "
                 "carried out by His Majesty’s Inspectors Ann Bell and Cy Dunn.\n\n"
                 "Yours sincerely\n\n\nAnn Bell                                  Cy Dunn\n"
                 "His Majesty’s Inspector                   His Majesty’s Inspector\n"
                 "Lead inspector\n\n\n{copies}\n")


@pytest.mark.parametrize("copies", [
    "cc: Westshire Council Chief Executive, Jo Hale\n    Professor Lee Parr, Independent "
    "Chair, Westshire\n    Safeguarding Children Partnership",
    "copy to: Jo Hale, Chief Executive"])
def test_l21dev_a_copy_list_under_signatures_in_columns(nlp, copies) -> None:
    """A copy list's label in lower case ('cc:') two lines under the signatures opens a
    paragraph of its own: the people in it are no signers."""
    text = _ingested(L21DEV_SIGNED.format(copies=copies))
    assert "\nHis Majesty’s Inspector\n" + copies.split(":")[0] + ":" in text
    assert people(run(nlp, text)) == [("Ann Bell", "lead_inspector", "HMI"),
                                      ("Cy Dunn", "inspector", "HMI")]


def test_l21dev_a_line_opening_in_lower_case_still_goes_on() -> None:
    """... but a wrapped line opening in lower case with no colon ('copy of the plan')
    goes on with the line before it, as before."""
    text = _ingested("Leaders sent inspectors a\ncopy of the plan for care leavers.\n")
    assert "Leaders sent inspectors a copy of the plan for care leavers." in text


@pytest.mark.parametrize("member, want", [
    ("Di Eve, inspector, HMICFRS", "HMICFRS inspector"),
    ("Di Eve, inspector, HMI Probation", "HMI Probation inspector"),
    ("Di Eve, HMI, Ofsted", "HMI"),
    # 'inspector' with no inspectorate after it names none
    ("Di Eve, inspector", ""),
])
def test_l21dev_each_members_inspectorate_after_inspector_and_a_comma(nlp, member,
                                                                      want) -> None:
    team = (f"The inspection was led by Ann Bell, His Majesty’s Inspector, Ofsted. The team "
            f"inspectors were Bob Cole, children’s services inspector, CQC; and {member}.")
    assert people(run(nlp, JTAI_TEAM.format(team=team)))[:3] == [
        ("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "CQC inspector"),
        ("Di Eve", "team_inspector", want)]


L21DEV_JTAI = ("4 July 2024\nDear partners\nJoint targeted area inspection of Lowtown\nBetween "
               "16 and 20 May 2024, Ofsted, the CQC, HMICFRS and HMI Probation undertook a joint "
               "inspection.\nYours sincerely\n{block}\n")


def test_l21dev_an_inspectorate_line_under_a_title_that_names_it(nlp) -> None:
    """Signatures read column by column, the Ofsted director's title naming Ofsted and no
    heading above the first name: 'Care Quality Commission' under 'Chief Inspector of
    Healthcare', which already names the CQC, is that signer's, not a heading shared out
    to the first signer."""
    block = ("Ann Bell\nNational Director Regulation and Social Care, Ofsted\nDi Eve\nHis "
             "Majesty’s Inspector of Constabulary and His Majesty’s Inspector of Fire &\n"
             "Rescue Services\nDr Cy Dunn\nChief Inspector of Healthcare\nCare Quality "
             "Commission\nFlo Gray\nHis Majesty’s Chief Inspector of Probation")
    assert people(run(nlp, L21DEV_JTAI.format(block=block))) == [
        ("Ann Bell", "signatory", "National Director Regulation and Social Care"),
        ("Di Eve", "signatory", "HMICFRS inspector"), ("Cy Dunn", "signatory", "CQC inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


def test_l21dev_rules_between_stacked_signatures(nlp) -> None:
    """A rule line drawn above each signature is no part of the title above it."""
    rule = "_" * 32
    block = (f"{rule}\nAnn Bell\nNational Director Regulation and Social Care, Ofsted\n\n"
             f"{rule}\nDr Cy Dunn MBBS\nChief Inspector of Healthcare, Care Quality Commission"
             f"\n\n{rule}\nDi Eve\nHis Majesty’s Inspector of Constabulary, HMICFRS")
    assert people(run(nlp, _ingested(L21DEV_JTAI.format(block=block)))) == [
        ("Ann Bell", "signatory", "National Director Regulation and Social Care"),
        ("Cy Dunn", "signatory", "CQC inspector"), ("Di Eve", "signatory", "HMICFRS inspector")]


@pytest.mark.parametrize("team, want", [
    ("The inspection was led by one of Her Majesty’s Inspectors (HMI) from Ofsted, with a team "
     "of inspectors including an Ofsted Inspector, Tom Brown, and a children’s services "
     "inspector from the CQC.", [("Tom Brown", "team_inspector", "OI")]),
    # members named by what they are only, or someone named with no designation, are none
    ("The inspection was led by one of Her Majesty’s Inspectors (HMI) from Ofsted, with a team "
     "of inspectors including an Ofsted Inspector and a children’s services inspector from "
     "the CQC.", []),
    ("Inspectors met leaders, including a local leader, Tom Brown.", []),
])
def test_l21dev_a_member_named_after_including_an_ofsted_inspector(nlp, team, want) -> None:
    text = SEND_TEAM.replace("Yours sincerely\n\nAnn Bell\nHer Majesty’s Inspector\n",
                             "Yours sincerely\n\nAnn Bell\nHMI Lead Inspector\n")
    assert people(run(nlp, text.format(team=team))) == [
        *want, ("Ann Bell", "lead_inspector", "HMI")]


L21DEV_TO_LIST = ("Ofsted | Care Quality Commission | HMICFRS\nJoint targeted area inspection "
                  "of the multi-agency response to serious youth violence in Lowtown\n{label}\n"
                  "To:\nMs Ann Roe, Director of Children’s Services, Lowtown Council\nMr Bob Cole,"
                  " Chief Executive, Lowtown Council\nBetween 13 and 17 May 2024, Ofsted, the CQC "
                  "and HMICFRS carried out a joint inspection in Lowtown.\nYours sincerely\n"
                  "Ann Bell\nNational Director Regulation and Social Care\n")


@pytest.mark.parametrize("label, date", [
    ("Date of letter: 17 July 2024", "2024-07-17"),
    ("Date of this letter | 17 July 2024", "2024-07-17"),
    # another label's date is not the letter's
    ("Date of next meeting: 17 July 2024", None),
])
def test_l21dev_a_labelled_letter_date_with_no_salutation(nlp, label, date) -> None:
    rec = run(nlp, L21DEV_TO_LIST.format(label=label))
    assert rec["report"].get("publication_date") == date


L21DEV_ADDRESSEES = ("Ofsted\nPiccadilly Gate\nwww.gov.uk/ofsted\n{line}\nJoint targeted area "
                     "inspection of Lowtown\nInspection dates: 3–7 November 2025\nThis letter "
                     "to the local safeguarding partners in Lowtown sets out the findings of the"
                     " inspection.\nYours sincerely\nAnn Bell\nNational Director Regulation and "
                     "Social Care\n")


@pytest.mark.parametrize("line, date", [
    ("Mr Jo Hale, Director of Children, Families and Education 16 January 2026 Ms Di Eve, "
     "Chief Executive, Lowtown Council Dr Cy Dunn, Place Director, NHS Lowtown", "2026-01-16"),
    ("Mr Jo Hale, Director of Children’s Services, Lowtown Council 16 January 2026 Cllr Di "
     "Eve, Lead Member", "2026-01-16"),
    # a sentence's date before a name ('on 16 January 2026 Ms Eve said') is no letter's
    ("Leaders met inspectors on 16 January 2026 Ms Di Eve said, and more.", None),
])
def test_l21dev_a_letter_date_between_addressees_run_on(nlp, line, date) -> None:
    rec = run(nlp, L21DEV_ADDRESSEES.format(line=line))
    assert rec["report"].get("publication_date") == date


@pytest.mark.parametrize("sentence, want", [
    ("This was the third monitoring visit since the local authority was judged inadequate "
     "following the single inspection framework (SIF) inspection, 10 October to 3 November "
     "2016.", [("2016-10-10", "day")]),
    ("This was the second monitoring visit since the local authority was judged inadequate at "
     "its inspection of local authority children’s services (ILACS), 8 to 19 July 2022.",
     [("2022-07-08", "day")]),
    ("The previous monitoring visits took place on 7 and 8 March 2022 and on 20 June 2022.",
     [("2022-03-07", "day"), ("2022-06-20", "day")]),
    ("The first monitoring visit took place in February 2022.", [("2022-02", "month")]),
    ("Inspectors then carried out a virtual assurance visit on 19 and 20 January 2021.",
     [("2021-01-19", "day")]),
    # another service's inspection, a day in the next clause, this visit's own month, a
    # meeting: no earlier inspection
    ("Leaders were judged at the inspection of the council’s fostering service, 3 and 4 May "
     "2022, to be doing well.", []),
    ("The previous monitoring visits took place on 7 and 8 March 2022, and on 20 June 2022 the "
     "director left.", [("2022-03-07", "day")]),
    # one visit as several: the date after the visit's own days is the director's
    ("The previous monitoring visit took place on 7 and 8 March 2022, and on 20 June 2022 the "
     "director left.", [("2022-03-07", "day")]),
    ("The previous monitoring visit, in March 2022, was followed on 20 June 2022 by the "
     "director's leaving.", [("2022-03", "month")]),
    ("The second monitoring visit took place in January 2023.", []),
    ("Inspectors then held a virtual meeting on 19 and 20 January 2021.", []),
])
def test_l21dev_earlier_visits_of_a_monitoring_visit_letter(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit=f"Inspectors visited on 17 and 18 January 2023. "
                                           f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("this_row, start", [
    ("Third (this visit)       | 12 and 13 December 2023 | Care leavers", "2023-12-12"),
    ("This visit               | 12 and 13 December 2023 | Care leavers", "2023-12-12"),
])
def test_l21dev_a_table_of_the_visits_since_the_judgement(nlp, this_row, start) -> None:
    """The row marked as this visit gives its days; each numbered row before it is an
    earlier visit; a next visit's row is neither."""
    box = ("Visit                    | Dates                   | Area of focus\n"
           "First monitoring visit   | 6 and 7 September 2022  | Front door\n"
           "Second monitoring visit  | 17 and 18 May 2023      | Children in need\n"
           f"{this_row}\n"
           "Next monitoring visit    | 5 and 6 March 2024      | Children in care")
    rec = run(nlp, MONITORING.format(box=box, visit=""))
    assert (rec["report"]["inspection_start"], rec["report"]["inspection_end"]) == (
        start, "2023-12-13")
    assert dates_of(rec, "previous_inspection") == [("2022-09-06", "day"),
                                                    ("2023-05-17", "day")]


# -- secondary_unseen28's round (session 14, helper s28dev) ----------------------------------
# Grades in shorthand and structure: 'RI' and 'Req. Improvement'; an earlier grade in brackets
# after this one; an area's name as a heading over its grade; 'That kept its good rating'.
S28 = ("Fenmoor children's services rated good by Ofsted\nWednesday 12 June 2024\nFenmoor "
       "Council's children's services have been judged by Ofsted, the education watchdog, in "
       "a report published today. Inspectors visited from 4 to 15 March 2024.\n\n{body}\n\n"
       "Council leader Ann Bell said she welcomed the report.\n")


@pytest.mark.parametrize("body, want", [
    ("Leaders, RI. Help and protection, RI. Children in care, good.",
     {"impact_of_leaders": "requires_improvement", "help_and_protection": "requires_improvement",
      "children_in_care": "good"}),
    ("The grades:\nHelp and protection: Req. Improvement\nCare leavers: Req Improvement\n",
     {"help_and_protection": "requires_improvement", "care_leavers": "requires_improvement"}),
    # 'RI' in lower case, or inside another word, is no grade
    ("Leaders said the ri team was new. Help and protection staff from RIBA attended.", {}),
    # an earlier grade in brackets after this one's
    ("- Help and protection: Good (up from RI)\n- Children in care: Good (last time graded "
     "together with care leavers, as RI)\n- Care leavers: Good (down from outstanding)",
     {"help_and_protection": "good", "children_in_care": "good", "care_leavers": "good"}),
    ("- Help and protection (up from RI)\n", {}),
])
def test_s28dev_grades_in_shorthand_and_brackets(nlp, body, want) -> None:
    assert area_grades(run(nlp, S28.format(body=body))) == want


@pytest.mark.parametrize("body, want", [
    ("LEADERS\n- Requires improvement to be good\n- Inspectors praised the director\n\n"
     "HELP AND PROTECTION\n- Good\n\nCHILDREN IN CARE\n- Outstanding (up from good)\n",
     {"impact_of_leaders": "requires_improvement", "help_and_protection": "good",
      "children_in_care": "outstanding"}),
    ("The impact of leaders on social work practice with children and families\n- Good\n\n"
     "4.3 Care leavers:\nInadequate\n",
     {"impact_of_leaders": "good", "care_leavers": "inadequate"}),
    # a heading over a bullet that does not open with a grade, or over good work, joins
    # nothing; nor does a line that is more than an area's name
    ("LEADERS\n- Inspectors said leaders knew their services well\n\nHELP AND PROTECTION\n"
     "- Good practice was seen at the front door\n\nWhat we heard about care leavers\n- Good\n",
     {}),
])
def test_s28dev_an_area_heading_over_its_grade(nlp, body, want) -> None:
    assert area_grades(run(nlp, S28.format(body=body))) == want


def test_s28dev_overall_heading_over_its_grade(nlp) -> None:
    rec = run(nlp, "Fenmoor children's services: the Ofsted verdict\nWednesday 12 June 2024\n"
                   "Fenmoor Council's children's services were inspected by Ofsted from 4 to 15 "
                   "March 2024 and rated as follows.\n\nOVERALL\n- Requires improvement to be "
                   "good\n- Up from inadequate at the last full inspection, in 2017\n")
    assert grades_of(rec).get("overall_effectiveness") == "requires_improvement"


@pytest.mark.parametrize("body, want", [
    ("The one that held up is children in care. That kept its good rating.",
     {"children_in_care": "good"}),
    ("Then there is the experiences and progress of care leavers. It retained its "
     "outstanding grade.", {"care_leavers": "outstanding"}),
    # 'It' after an area named as an object is the report's
    ("The report looked at care leavers. It retained its outstanding grade.", {}),
    # a pronoun after a sentence naming two areas, or after an earlier inspection's, takes none
    ("The report looked at care leavers and children in care. That kept its good rating.", {}),
])
def test_s28dev_a_pronoun_that_kept_its_grade(nlp, body, want) -> None:
    assert area_grades(run(nlp, S28.format(body=body))) == want


# Visit dates in figures parted by points or joined by 'and'; a month only, with the visit's
# length ('over two weeks in June 2021'); the week a visit began in ('w/c').
S28_DATED = ("Fenmoor children's services rated good by Ofsted\nWednesday 12 June 2024\nFenmoor "
             "Council's children's services have been rated good by Ofsted, the education "
             "watchdog. {body}\nCouncil leader Ann Bell said she welcomed the report.\n")


@pytest.mark.parametrize("body, start, end", [
    ("The director presented the report on the inspection, which Ofsted carried out between "
     "13/10/2023 and 05/11/2023.", ("2023-10-13", "day"), ("2023-11-05", "day")),
    ("Two inspectors were on site on 08.02.2024 and 09.02.2024.", ("2024-02-08", "day"),
     ("2024-02-09", "day")),
    ("The inspection of Fenmoor Council's children's social care, which took place over two "
     "weeks in June 2023, was its first since 2019.", ("2023-06", "month"), ("2023-06", "month")),
    ("Ofsted inspected Fenmoor Council's children's services over two weeks in February and "
     "March 2024.", ("2024-02", "month"), ("2024-03", "month")),
    ("Ofsted inspected us over two weeks, w/c 18 March 2024, finishing on Friday 29 March 2024.",
     ("2024-03-18", "day"), ("2024-03-29", "day")),
    ("Ofsted inspectors had been on site for two weeks, w/c 4 March and w/c 11 March, "
     "concluding on Friday 15 March 2024.", ("2024-03-04", "day"), ("2024-03-15", "day")),
    # another service inspected in a month, or a meeting's week, dates no visit
    ("Ofsted inspected the council's fostering agency over two weeks in June 2023.", None, None),
    ("The board met w/c 4 March, and the plan was agreed.", None, None),
])
def test_s28dev_visit_dates_in_figures_months_and_weeks(nlp, body, start, end) -> None:
    rec = run(nlp, S28_DATED.format(body=body))
    assert dates_of(rec, "inspection_start") == ([start] if start else [])
    assert dates_of(rec, "inspection_end") == ([end] if end else [])


@pytest.mark.parametrize("body, want", [
    ("Ofsted's letter to the council was published on 15.03.2024.", [("2024-03-15", "day")]),
    ("The letter was published on 15/03/2024.", [("2024-03-15", "day")]),
    # figures that go on after the year's point are no day
    ("The letter was published on 15.03.2024.1 of the site.", []),
])
def test_s28dev_a_report_published_on_a_day_in_figures(nlp, body, want) -> None:
    assert dates_of(run(nlp, S28_DATED.format(body=body)), "publication") == want


# A visit in 'the last fortnight of' a term; a coordinated clause of the inspectors' after a
# 'last time' of another clause; a report 'out this morning' in a dated transcript, published
# 'on the 7th of March' as spoken; a month without a year after the visit.
@pytest.mark.parametrize("body, start", [
    ("Inspectors visited in the last fortnight of the autumn term, from 4 March to 15 March "
     "2024.", [("2024-03-04", "day")]),
    ("Councils that were good last time get a shorter visit, and inspectors were here from "
     "Monday 4 March to Friday 8 March.", [("2024-03-04", "day")]),
    # the last visit's days, or a last time in the visit's own clause, are an earlier visit's
    ("At the last inspection, inspectors were here from Monday 4 March to Friday 8 March.", []),
    ("Inspectors were last here from Monday 4 March to Friday 8 March.", []),
])
def test_s28dev_visit_days_after_another_clause(nlp, body, start) -> None:
    assert dates_of(run(nlp, S28_DATED.format(body=body)), "inspection_start") == start


@pytest.mark.parametrize("head, body, want", [
    ("Radio Fenmoor - Breakfast\nTranscript, Wednesday 12 June 2024, 07:10\n",
     "PRESENTER: Ofsted's report into Fenmoor Council's children's services is out this "
     "morning.", [("2024-06-12", "day")]),
    ("The Fenmoor Podcast\nPosted 20 June 2024 | 31 minutes\n",
     "KATE: The inspection ran from the 13th to the 24th of May. LEON: And the report was "
     "published on the 7th of June.", [("2024-06-07", "day")]),
    # a council's own plan out this morning is no report
    ("Radio Fenmoor - Breakfast\nTranscript, Wednesday 12 June 2024, 07:10\n",
     "PRESENTER: The council's improvement plan is out this morning.", []),
])
def test_s28dev_a_report_out_this_morning_or_on_a_spoken_day(nlp, head, body, want) -> None:
    text = (f"{head}\nFenmoor's children's services have been rated good by Ofsted, the "
            f"watchdog.\n{body}\n")
    assert dates_of(run(nlp, text), "publication") == want


@pytest.mark.parametrize("body, want", [
    ("Ofsted came before Christmas: the inspection took place from 3 November to 14 November "
     "2025. The report came out in January.", [("2026-01", "month")]),
    ("Ofsted came before Christmas: the inspection took place from 3 November to 14 November "
     "2025. The report came out in December.", [("2025-12", "month")]),
])
def test_s28dev_a_report_month_without_a_year_after_the_visit(nlp, body, want) -> None:
    text = ("VOICES\nThe magazine of Fenmoor's Children in Care Council\nIssue 14 - Winter "
            "2025/26\n\nWhat Ofsted found in Fenmoor\n\nFenmoor Council's children's services "
            f"were rated inadequate by Ofsted. {body}\n")
    assert dates_of(run(nlp, text), "publication") == want


# Grades given by their numbers, under a key the text gives.
S28_MINUTES = ("Fenmoor Borough Council\nChildren and Young People Scrutiny Committee\nMinutes of "
               "the meeting held on Thursday 15 January 2015\n\n4. Ofsted inspection\nThe "
               "Director presented the report on the outcome of the single inspection, which "
               "Ofsted carried out between 13/10/2014 and 05/11/2014. Services were judged as "
               "follows.\n{body}\n")


@pytest.mark.parametrize("body, want", [
    ("The Director set out the judgements using Ofsted's four-point scale (1 = Outstanding, "
     "2 = Good, 3 = Requires improvement, 4 = Inadequate):\n\n4.1 Overall effectiveness: 3\n"
     "4.2 Children who need help and protection: 3\n    4.3.1 Adoption performance: 2\n"
     "4.5 The review of the Local Safeguarding Children Board: 1\n",
     {"overall_effectiveness": "requires_improvement",
      "help_and_protection": "requires_improvement", "adoption_performance": "good",
      "lscb": "outstanding"}),
    ("Key: 1 = outstanding, 2 = good, 3 = requires improvement, 4 = inadequate.\n"
     "Adoption performance ........ 2\n", {"adoption_performance": "good"}),
    # without a key a number is no grade; nor is a number in a sentence, or an item's number
    ("The judgements were:\n4.1 Overall effectiveness: 3\n4.2 Adoption performance: 2\n", {}),
    ("Scale: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate.\n"
     "A neighbouring borough had received a 4 for help and protection.\n"
     "4.1 Overall effectiveness\n", {}),
])
def test_s28dev_grades_by_their_numbers_under_a_key(nlp, body, want) -> None:
    assert grades_of(run(nlp, S28_MINUTES.format(body=body))) == want


# A publication's head: a section's label, a time or a length beside its date line, a
# subtitle, an issue's number, a podcast's masthead, a station's name over a transcript.
@pytest.mark.parametrize("head, la", [
    ("Social Care Practice Today\nNews | Posted 22.03.2022\n\nFocused visit finds progress "
     "in Fenmoor\n", "Fenmoor"),
    ("Children's Services Weekly\nInspection round-up | 9 November 2017\n\nFenmoor rated good "
     "as three more councils get results\n", "Fenmoor"),
    ("VOICES\nThe magazine of Fenmoor's Children in Care Council\nIssue 14 - Winter 2025/26\n\n"
     "What Ofsted found in Fenmoor\n", "Fenmoor"),
    ("The Frontline Brief - a podcast about social work\nEpisode 88: Fenmoor's Ofsted result\n"
     "Posted 20 March 2025 | 31 minutes\n", "Fenmoor"),
    ("BBC Radio Fenmoor - Breakfast\nTranscript, Wednesday 20 March 2025, 07:10\n\nPRESENTER: "
     "Ofsted's report into Fenmoor Metropolitan Borough Council's children's services is out "
     "this morning. What does it say?\n", "Fenmoor Metropolitan Borough Council"),
    # a headline over its date line is the headline, whatever it says
    ("Fenmoor services rated good by Ofsted\nPosted 20 March 2025 | 31 minutes\n", "Fenmoor"),
])
def test_s28dev_a_publication_head_is_no_headline(nlp, head, la) -> None:
    text = (f"{head}\nFenmoor Metropolitan Borough Council's children's services have been "
            "rated good by Ofsted, the watchdog, in a report published in March 2025.\n")
    assert run(nlp, text)["report"].get("local_authority") == la


def test_s28dev_a_minutes_heading_over_its_meeting_stays_the_headline(nlp) -> None:
    text = ("Fenmoor Borough Council\nMinutes of Full Council, 25 April 2024\n\n9. Ofsted "
            "inspection of children's services\n\nThe Cabinet Member reported on the Ofsted "
            "inspection of Fenmoor's children's services. Ofsted's judgements were: overall "
            "- Good.\n")
    assert run(nlp, text)["report"].get("local_authority") == "Fenmoor Borough Council"


# A table comparing councils, an area to each column, with a key of letters: only the text's
# own authority's row gives grades; another council's earlier inspection told in a
# participle's clause is no previous inspection of this one.
S28_TABLE = ("Children's Services Weekly\nInspection round-up | 9 November 2017\n\nFenmoor rated "
             "good as three more councils get SIF results\n\nFenmoor has been rated good by "
             "Ofsted. Inspectors were in Fenmoor from Monday 4 September to Wednesday 27 "
             "September 2017.\n\nHow this week's three compare (O = outstanding, G = good, RI = "
             "requires improvement, I = inadequate):\n\n{table}\n{after}\n")


@pytest.mark.parametrize("table, want", [
    ("| Council | Overall | Help & protection | Adoption | Care leavers |\n|---|---|---|---|---|\n"
     "| Ashcombe | RI | I | G | RI |\n| Fenmoor | G | G | O | RI |\n",
     {"overall_effectiveness": "good", "help_and_protection": "good",
      "adoption_performance": "outstanding", "care_leavers": "requires_improvement"}),
    ("| Council | Overall | Adoption |\n|---|---|---|\n| Fenmoor | Good | Outstanding |\n",
     {"overall_effectiveness": "good", "adoption_performance": "outstanding"}),
    # only other councils' rows: no area's grade (the headline's overall grade stays)
    ("| Council | Overall | Help & protection | Adoption |\n|---|---|---|---|\n"
     "| Ashcombe | RI | I | G |\n", {"overall_effectiveness": "good"}),
    # heads that are not areas: no such table
    ("| Council | Region | Result |\n|---|---|---|\n| Fenmoor | South | G |\n",
     {"overall_effectiveness": "good"}),
])
def test_s28dev_a_table_comparing_councils(nlp, table, want) -> None:
    assert grades_of(run(nlp, S28_TABLE.format(table=table, after=""))) == want


@pytest.mark.parametrize("after, want", [
    ("Ashcombe, inspected over the same weeks as Fenmoor, stays at requires improvement, the "
     "grade it received in 2014.", []),
    ("Fenmoor, inspected before under the old framework, was judged adequate in 2012.",
     [("2012", "year")]),
])
def test_s28dev_another_council_inspected_in_a_participle_clause(nlp, after, want) -> None:
    rec = run(nlp, S28_TABLE.format(table="", after=after))
    assert dates_of(rec, "previous_inspection") == want


# -- fix14: a second reading's counter-examples to session 14's forms ------------------------
# Each form above keeps working; these are what it must not take.
BRINDLE_COUNCIL = "BRINDLE COUNCIL\nFull Council, 22 February 2024\n1.1 {body}\n"


@pytest.mark.parametrize("body, want", [
    # the form: Ofsted's inspection of the council's services, the brackets right after it
    ("I report the outcome of Ofsted's inspection of Brindle's children's services "
     "(27.11.2023 – 08.12.2023). Inspectors judged our services good.",
     ("2023-11-27", "2023-12-08", None)),
    # another inspectorate's inspection, another service's, an earlier one named by its year
    ("HMI Probation's inspection (04.09.2023 – 08.09.2023) of our youth justice service rated "
     "it requires improvement.", (None, None, None)),
    ("I report the outcome of Ofsted's inspection of our fostering agency (04.09.2023 – "
     "08.09.2023), which was rated good.", (None, None, None)),
])
def test_fix14_brackets_after_only_ofsteds_inspection_of_the_council(nlp, body, want) -> None:
    assert visit_of(run(nlp, BRINDLE_COUNCIL.format(body=body))) == want


def test_fix14_an_earlier_inspection_in_brackets_is_not_this_one(nlp) -> None:
    rec = run(nlp, BRINDLE_COUNCIL.format(
        body="Ofsted's inspection of our services for children in January 2024 found them good "
             "overall, a big step on from the 2019 inspection (14.01.2019 – 25.01.2019), which "
             "found them inadequate."))
    assert rec["report"].get("inspection_start") != "2019-01-14"
    assert grades_of(rec).get("overall_effectiveness") == "good"


@pytest.mark.parametrize("box", [
    "Previous visit (before this visit): 14 and 15 March 2023\nDates of this monitoring visit: 12 "
    "and 13 December 2023",
    "Visit before this visit: 14 and 15 March 2023",
    "Feedback meeting on this visit: 14 December 2023",
])
def test_fix14_a_row_naming_another_event_beside_this_visit_dates_no_visit(nlp, box) -> None:
    rec = run(nlp, MONITORING.format(
        box=box, visit="Inspectors visited the council on 12 and 13 December 2023."))
    assert (rec["report"]["inspection_start"], rec["report"]["inspection_end"]) == (
        "2023-12-12", "2023-12-13")


FIX14_HISTORY = ("Brindle: ten years on\nSaturday 13 May 2023\n\nThe inspection ran from 6 to 17 "
                 "March 2023. {history}\n")


@pytest.mark.parametrize("history, want", [
    # the form still: the inspectors' own act dated before this inspection, then their report
    ("When Ofsted inspectors walked out of Brindle's children's services department in "
     "December 2013, they left behind a service in crisis. Their report, which followed a run "
     "of serious case reviews, judged the council inadequate.", None),
    # this inspection's new report after an earlier one's told
    ("When Ofsted inspected Brindle's children's services in 2019, the council was judged "
     "inadequate. Their new report judged the council good overall.", "good"),
    # the year is something else's the inspectors told of
    ("Inspectors noted that the council had brought its social workers back in house in 2022, "
     "ending years of reliance on agency staff. Their report judged the council good overall.",
     "good"),
])
def test_fix14_a_grade_after_a_sentence_dating_something_else_is_this_ones(nlp, history,
                                                                            want) -> None:
    rec = run(nlp, FIX14_HISTORY.format(history=history))
    assert grades_of(rec).get("overall_effectiveness") == want


@pytest.mark.parametrize("history, want", [
    ("The inspection came after a new children's hub opened in 2022. That inspection found "
     "help and protection to be good.", {"help_and_protection": "good"}),
    ("Ofsted had warned in 2022 that the inspection would look hard at care leavers. Their "
     "report judged care leavers' services good.", {"care_leavers": "good"}),
    ("Then came 2021. The new director arrived, and help and protection was judged good by "
     "inspectors this spring.", {"help_and_protection": "good"}),
])
def test_fix14_an_area_grade_after_a_sentence_dating_something_else_is_this_ones(
        nlp, history, want) -> None:
    rec = run(nlp, FIX14_HISTORY.format(history=history))
    assert {k: v for k, v in area_grades(rec).items() if k in want} == want
    assert dates_of(rec, "previous_inspection") == []


@pytest.mark.parametrize("body", [
    # s27dev's and s28dev's days in figures joined by 'and': a data period is no visit
    "During the inspection, carried out in October, inspectors sampled cases referred between "
    "01/04/2024 and 30/06/2024.",
    "During the inspection, carried out in October, inspectors sampled cases referred between "
    "01.04.2024 and 30.06.2024.",
])
def test_fix14_a_data_period_in_figures_is_no_visit(nlp, body) -> None:
    rec = run(nlp, S28_DATED.format(body=body))
    # the data period is no visit; 'the inspection, carried out in October' dates it to its
    # month since sdates17 (the October before the item's June)
    assert dates_of(rec, "inspection_start") == [("2023-10", "month")]


def test_fix14_a_focused_visit_of_days_before_the_inspection_is_not_it(nlp) -> None:
    text = ("Our Voice\nThe newsletter of the Brindle Youth Council\nIssue 14, November 2025\n\n"
            "Ofsted visited for two days in March to look at the council's front door, and the "
            "full inspection followed in the autumn. Brindle's children's services were rated "
            "improvement to be good.\n")
    assert visit_of(run(nlp, text))[:2] == (None, None)


@pytest.mark.parametrize("sentence, want", [
    ("Since the last ILACS inspection, 4 to 8 July 2022, leaders have strengthened oversight.",
     [("2022-07-04", "day")]),
    # another body's visit is no earlier inspection
    ("Since the Local Government Association's peer review visit, 9 to 11 September 2022, "
     "leaders have strengthened oversight.", []),
    ("Following the Department for Education adviser's visit, 14 October 2022, a new plan was "
     "agreed.", []),
])
def test_fix14_a_visit_in_a_comma_aside_is_ofsteds_only(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit=f"Inspectors visited on 17 and 18 January 2023. "
                                           f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


def test_fix14_a_response_to_the_report_going_online_is_no_publication(nlp) -> None:
    text = ("Notes from the Kitchen Table\nMonday 5 November 2018\n\nOfsted inspected Brindle "
            "between 10 and 21 September 2018. The council's response to the report went online "
            "on Friday 2 November, ahead of the inspectorate's own publication. Brindle's "
            "children's services were rated good.\n")
    assert run(nlp, text)["report"].get("publication_date") is None


@pytest.mark.parametrize("sentence", [
    "The Local Government Association's peer revisit in September was carried out by Helen "
    "Marsh, a former director of children's services.",
    "Before the visit, the council commissioned an independent revisit of its audits, carried "
    "out by Partners in Practice consultant Helen Marsh.",
])
def test_fix14_someone_elses_revisit_names_no_inspector(nlp, sentence) -> None:
    text = MONITORING.format(box="", visit="The visit was carried out by His Majesty’s "
                                           f"Inspectors Ann Bell and Cy Dunn. {sentence}")
    assert "Helen Marsh" not in [n for n, _r, _d in people(run(nlp, text))]


@pytest.mark.parametrize("history", [
    "Then came March 2020. Lockdown meant many home visits stopped, and good practice was hard "
    "to keep going.",
    "Then came 2020. Care leavers were judged outstanding by inspectors this time, a first for "
    "the borough.",
])
def test_fix14_then_came_a_year_without_an_inspection_is_none(nlp, history) -> None:
    text = ("Brindle climbs to good\nSaturday 13 May 2023\n\n" + history + " This spring "
            "Ofsted came back. The inspection ran from 6 to 17 March 2023. Inspectors judged "
            "Brindle's children's services to be good overall.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == []


@pytest.mark.parametrize("history", [
    # the history goes on over a paragraph break
    "When Ofsted inspectors walked out of Brindle's children's services department in December "
    "2013, they left behind a service in crisis.\n\nTheir report, which followed a run of "
    "serious case reviews, judged the council inadequate.",
    "Then came January 2015.\n\nUnder the single inspection framework, Ofsted found children's "
    "services in Brindle to be inadequate.",
])
def test_fix14_a_history_told_over_a_paragraph_break(nlp, history) -> None:
    rec = run(nlp, FIX14_HISTORY.format(history=history))
    assert grades_of(rec).get("overall_effectiveness") is None


def test_fix14_a_grade_after_a_paragraph_of_something_else_is_this_ones(nlp) -> None:
    rec = run(nlp, FIX14_HISTORY.format(
        history="Inspectors noted that the council had brought its social workers back in house "
                "in 2022.\n\nTheir report judged the council good overall."))
    assert grades_of(rec).get("overall_effectiveness") == "good"


def test_fix14_a_third_earlier_visit_in_the_same_words(nlp) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 12 and 13 December 2023. The "
                                           "previous monitoring visits took place on 6 and 7 "
                                           "September 2022, on 14 and 15 March 2023 and on 4 and "
                                           "5 July 2023.")
    assert dates_of(run(nlp, text), "previous_inspection") == [
        ("2022-09-06", "day"), ("2023-03-14", "day"), ("2023-07-04", "day")]


@pytest.mark.parametrize("sentence, want", [
    ("The second monitoring visit was in March 2022.", [("2022-03", "month")]),
    # this visit's own month, or a visit 'was in' a place, is no earlier one
    ("The second monitoring visit was in January 2023.", []),
    ("The second monitoring visit was in the north of the county.", []),
])
def test_fix14_an_ordinal_visit_that_was_in_a_month(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit=f"Inspectors visited on 17 and 18 January 2023. "
                                           f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("body, want", [
    ("I report the outcome of Ofsted's inspection of our services for children (27 November – "
     "8 December 2023). Inspectors judged our services good.", ("2023-11-27", "2023-12-08", None)),
    # in words as in figures: another service's is not the visit
    ("I report the outcome of Ofsted's inspection of our fostering agency (4 to 8 September "
     "2023), which was rated good.", (None, None, None)),
])
def test_fix14_brackets_after_the_inspection_in_words(nlp, body, want) -> None:
    assert visit_of(run(nlp, BRINDLE_COUNCIL.format(body=body))) == want


@pytest.mark.parametrize("label, date", [
    ("Letter date: 17 July 2024", "2024-07-17"),
    ("Letter dates back to 17 July 2024", None),
])
def test_fix14_a_letter_date_label(nlp, label, date) -> None:
    rec = run(nlp, L21DEV_TO_LIST.format(label=label))
    assert rec["report"].get("publication_date") == date


FIX14_JOINT = ("Ofsted | Care Quality Commission | HMICFRS\nJoint targeted area inspection of the "
               "multi-agency response to domestic abuse in Lowtown\n{line}\nMr Dev Shah, Chief "
               "Constable, Lowtown Police\nBetween 13 and 17 May 2024, Ofsted, the CQC and "
               "HMICFRS carried out a joint inspection in Lowtown.\nYours sincerely\nAnn Bell\n"
               "National Director Regulation and Social Care\n")


@pytest.mark.parametrize("line, date", [
    # run on between addressees, with neither a salutation nor an opening
    ("Mr Alan Bell, Director of Children’s Services, Lowtown Council 19 July 2024 Ms Cara Dunn, "
     "Chief Executive, Lowtown Council", "2024-07-19"),
    # the inspection's date so run on is not the letter's
    ("Mr Alan Bell, Director of Children’s Services, Lowtown Council Inspection 13 May 2024 Ms "
     "Cara Dunn, Chief Executive, Lowtown Council", None),
])
def test_fix14_a_date_between_addressees_with_no_salutation(nlp, line, date) -> None:
    rec = run(nlp, FIX14_JOINT.format(line=line))
    assert rec["report"].get("publication_date") == date


@pytest.mark.parametrize("member, want", [
    ("Max Orrin, inspector, His Majesty’s Inspectorate of Constabulary and Fire & Rescue "
     "Services", "HMICFRS inspector"),
    ("Max Orrin, inspector – HMI Probation", "HMI Probation inspector"),
    ("Max Orrin, inspector, HM Inspectorate of Probation", "HMI Probation inspector"),
])
def test_fix14_an_inspectorate_in_full_or_after_a_dash(nlp, member, want) -> None:
    team = (f"Lead inspector: Ann Bell, HMI.\nTeam inspectors: Cy Dunn, Ofsted Inspector; Di "
            f"Eve, Children’s Services Inspector, CQC; {member}.\n")
    assert people(run(nlp, JTAI_TEAM.format(team=team))) == [
        ("Ann Bell", "lead_inspector", "HMI"), ("Cy Dunn", "team_inspector", "OI"),
        ("Di Eve", "team_inspector", "CQC inspector"), ("Max Orrin", "team_inspector", want),
        *JTAI_SIGNERS]


def test_fix14_a_sentence_naming_this_inspections_year_is_not_carried_back(nlp) -> None:
    text = ("Brindle turns the corner\nThursday 6 November 2025\n\nFive years ago Brindle's "
            "children's services were in crisis. That was 2019.\n\nHelp and protection was judged "
            "good by inspectors, who visited from 6 to 17 October 2025.\n")
    assert area_grades(run(nlp, text)).get("help_and_protection") == "good"


# Round s29dev (secondary_unseen29 developed on, session 14).
# The report's day told by Ofsted as subject with 'last Thursday', by a broadcast's 'came
# out this morning', by 'the report on X, which went live on the 1st of July'.
@pytest.mark.parametrize("text, date", [
    ("Brindle City Council\nChildren's Services Staff Bulletin\nTuesday 10 March 2020\n\n"
     "Dear colleagues,\n\nOfsted published the report of our inspection of local authority "
     "children's services last Thursday. Brindle's children's services were rated good.\n",
     "2020-03-05"),
    # 'last Monday' on a Tuesday may be yesterday or eight days before: no day
    ("Brindle City Council\nChildren's Services Staff Bulletin\nTuesday 10 March 2020\n\n"
     "Dear colleagues,\n\nOfsted published the report of our inspection of local authority "
     "children's services last Monday. Brindle's children's services were rated good.\n",
     None),
    # a relative clause of another event before the weekday: not the report's day
    ("Brindle City Council\nChildren's Services Staff Bulletin\nTuesday 10 March 2020\n\n"
     "Dear colleagues,\n\nOfsted published the report of the inspection that began last "
     "Thursday. Brindle's children's services were rated good.\n", None),
    ("Radio Brindle, Breakfast\nThursday 9 December 2021, 07:40 news feature\n\nPRESENTER: "
     "Ofsted's report on Brindle's children's services came out this morning. The council "
     "was rated good.\n", "2021-12-09"),
    # something else that came out this morning is not the report
    ("Radio Brindle, Breakfast\nThursday 9 December 2021, 07:40 news feature\n\nPRESENTER: "
     "The sun came out this morning. Ofsted rated Brindle's children's services good in "
     "2019.\n", None),
    ("Brindle Children's Services: Inside Practice podcast\nRecorded Wednesday 2 July 2025\n\n"
     "HOST: Today we talk about the Ofsted report on Brindle, which went live on the 1st of "
     "July. Brindle's children's services were rated outstanding.\n", "2025-07-01"),
    # the report praised something else that went live: no day
    ("Brindle Children's Services: Inside Practice podcast\nRecorded Wednesday 2 July 2025\n\n"
     "HOST: The Ofsted report praised the new app, which went live on the 1st of July. "
     "Brindle's children's services were rated outstanding.\n", None),
])
def test_s29dev_publication_told_in_other_words(nlp, text, date) -> None:
    assert run(nlp, text)["report"].get("publication_date") == date


# A council's Freedom of Information reply opens 'Dear Requester': a text about an
# inspection, not an Ofsted letter.
@pytest.mark.parametrize("salutation, kind", [
    ("Dear Requester,", "news_article"),
    ("Dear Applicant,", "news_article"),
    # a letter to a person is Ofsted's
    ("Dear Ms Hale,", "other"),
])
def test_s29dev_a_freedom_of_information_reply(nlp, salutation, kind) -> None:
    text = (f"Brindle Borough Council\nInformation Governance Team\n\n{salutation}\n\n"
            "Ofsted carried out a monitoring visit to Brindle Borough Council's children's "
            "services on 6 and 7 June 2023. This was the fourth monitoring visit since the "
            "council's children's services were judged inadequate in March 2022. The letter "
            "was published on the Ofsted website on 4 July 2023.\n")
    rec = run(nlp, text)
    assert rec["report"].get("document_type") == kind
    if kind == "news_article":
        assert rec["report"].get("publication_date") == "2023-07-04"
        assert rec["report"].get("local_authority") == "Brindle Borough Council"


# A table without its outer bars, an earlier inspection's column beside this one's: the
# latest year's column gives the grades.
@pytest.mark.parametrize("body, want", [
    ("Judgement | 2015 | 2017\nAdoption performance | Good | Outstanding\nThe experiences and "
     "progress of children who need help and protection | Requires improvement | Good\n",
     {"adoption_performance": "outstanding", "help_and_protection": "good"}),
    ("Area | Previous grade | Grade now\nAdoption performance | Good | Outstanding\n",
     {"adoption_performance": "outstanding"}),
    # heads that name no earlier time: read whole, as before
    ("Area | Judgement\nAdoption performance | Good\n", {"adoption_performance": "good"}),
    # a line with one bar is no table
    ("News | Adoption performance was judged good\n", {"adoption_performance": "good"}),
])
def test_s29dev_a_table_without_outer_bars_then_and_now(nlp, body, want) -> None:
    text = ("Practice Matters\nThe newsletter for staff at Dunmere City Council, July 2017\n\n"
            "Ofsted's report on Dunmere City Council's services for children was published on "
            "Friday 14 July 2017. Inspectors visited from 8 May to 20 May 2017. The council's "
            "children's services are now rated outstanding overall.\n\n" + body)
    assert area_grades(run(nlp, text)) == want


# The visit told by the inspectors' coming in and leaving ('They came in on Monday 12 May
# and left on Friday 23 May', as spoken), or by a month with the place between ('were in
# Brindle throughout May 2015').
@pytest.mark.parametrize("sentence, want", [
    ("When were the inspectors here? They came in on Monday 12 May and left on Friday 23 May.",
     ("2025-05-12", "2025-05-23")),
    ("The inspectors arrived on Monday 12 May, leaving on Friday 23 May.",
     ("2025-05-12", "2025-05-23")),
    # someone else's coming and going, with no inspection or inspectors before it
    ("Our new graduates came in on Monday 12 May and left on Friday 23 May.", (None, None)),
    ("The inspectors were in Brindle throughout May 2025, reading case files.",
     ("2025-05", "2025-05")),
    # another service's staff in a place through a month: no visit
    ("Our social workers were in Brindle throughout May 2025, reading case files.",
     (None, None)),
])
def test_s29dev_a_visit_told_by_coming_and_going(nlp, sentence, want) -> None:
    text = ("Brindle Children's Services: Inside Practice podcast\nRecorded Wednesday 2 July "
            "2025\n\nHOST: Ofsted rated Brindle's children's services outstanding. "
            + sentence + "\n")
    assert visit_of(run(nlp, text))[:2] == want


# Another council's own latest inspection, and a setting (a children's home, a school) told
# as the subject of its own grade, are no earlier inspection of the text's authority.
@pytest.mark.parametrize("sentence, want", [
    ("Ashcombe's most recent inspection, in June 2025, rated its services good.", []),
    ("Brindle's most recent inspection, in June 2023, rated its services good.",
     [("2023-06", "month")]),
    # a preposition opening the sentence is no part of the name
    ("At Brindle's previous inspection, in June 2023, its services were found good.",
     [("2023-06", "month")]),
    ("At Ashcombe's previous inspection, in June 2023, its services were found good.", []),
    ("Brindle's council-run children's home, Larkhill House, was rated good in January 2026.",
     []),
    ("St Aldhelm's Academy in Brindle town centre was rated good, up from requires "
     "improvement in 2023.", []),
    # the council's own grade left behind is still an earlier inspection
    ("Brindle's children's services were rated requires improvement, up from inadequate in "
     "2023.", [("2023", "year")]),
    # a setting after 'to' (or 'at', 'for') is no clause's subject: the service is the council's
    ("Services for care leavers going on to college were rated inadequate in 2022.",
     [("2022", "year")]),
    ("Support for children at school was judged inadequate in 2022.", [("2022", "year")]),
    ("The college was rated inadequate in 2022.", []),
])
def test_s29dev_an_earlier_grade_of_another_council_or_setting(nlp, sentence, want) -> None:
    text = ("Brindle Borough Council - news\nThursday 5 March 2026\n\nBrindle's children's "
            "services rated requires improvement\n\nOfsted inspected Brindle Borough Council's "
            "children's services from 2 February to 13 February 2026. " + sentence + "\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# An inspection told in the past before the past ('the inspection that had found its
# services inadequate') is an earlier one: its grade is not this inspection's.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors returned to Brindle on Monday 12 February 2018, a year to the week after the "
     "inspection that had found its services inadequate, and stayed until 8 March. This time "
     "they rated the council's overall effectiveness as requires improvement to be good.",
     "requires_improvement"),
    # this inspection's report, told in the simple past, keeps its grade
    ("Inspectors visited Brindle from 12 February to 8 March 2018. The inspection, which found "
     "its services inadequate, was published in April.", "inadequate"),
])
def test_s29dev_an_inspection_told_in_the_past_before_the_past(nlp, sentence, want) -> None:
    text = ("Children's Practice Weekly, 26 April 2018\n\nBrindle climbs out of inadequate\n\n"
            + sentence + "\n")
    assert grades_of(run(nlp, text)).get("overall_effectiveness") == want


# The inspectors' returning on a day, an aside, and their staying until the last day.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors returned to Brindle on Monday 12 February 2018, a year to the week after "
     "their first visit, and stayed until 8 March.", ("2018-02-12", "2018-03-08")),
    ("The inspection team arrived on 12 February 2018, with nine inspectors, and remained "
     "until Thursday 8 March.", ("2018-02-12", "2018-03-08")),
    # someone else's staying: no visit
    ("The family returned to Brindle on Monday 12 February 2018, a week after the move, and "
     "stayed until 8 March.", (None, None)),
])
def test_s29dev_inspectors_returned_and_stayed_until(nlp, sentence, want) -> None:
    text = ("Children's Practice Weekly, 26 April 2018\n\nBrindle rated good by Ofsted\n\n"
            "Brindle's children's services have been rated good. " + sentence + "\n")
    assert visit_of(run(nlp, text))[:2] == want


# The board's reviewers telling its grade in reported speech, the sentence after one that
# names the board alone.
@pytest.mark.parametrize("after, want", [
    ("The reviewers said that the Board required improvement.", "requires_improvement"),
    ("The reviewers concluded that the board was good.", "good"),
    # reviewers of something else, with no board named before: no grade for the board
    ("The reviewers said that the Board met monthly.", None),
])
def test_s29dev_the_boards_reviewers_in_reported_speech(nlp, after, want) -> None:
    text = ("What Ofsted told us about Brindle's children's services\n\nPosted on Saturday 11 "
            "July 2015 by Cllr Jo Hale\n\nOfsted judged Brindle's services for children "
            "inadequate overall. Alongside the inspection there was a review of "
            "the Brindle Safeguarding Children Board. " + after + "\n")
    assert grades_of(run(nlp, text)).get("lscb") == want


# A speaker's own council set against the text's ('My own county council was judged
# inadequate in 2015', an MP in a debate) is no earlier inspection of the text's authority;
# the last inspection named, and the next turn giving only its time, is one.
@pytest.mark.parametrize("body, want", [
    ("Mr Hale: I congratulate Brindle. My own county council was judged inadequate in 2015.",
     []),
    # the text's own authority, not set against another's: kept
    ("Mr Hale: I congratulate Brindle. Brindle County Council was judged inadequate in 2015.",
     [("2015", "year")]),
    ("HOST: A lot of our newer staff won't remember the last inspection.\nJO HALE "
     "(Director): That was in 2015. We were good then.", [("2015", "year")]),
    # a time after something else named: no earlier inspection
    ("HOST: A lot of our newer staff won't remember the old building.\nJO HALE "
     "(Director): That was in 2015. We were good then.", []),
])
def test_s29dev_a_speakers_own_council_and_the_last_inspections_time(nlp, body, want) -> None:
    text = ("Westminster Hall debate: children's services in Brindle\n\n9 March 2017\n\n"
            "Ofsted inspected Brindle County Council's children's services between 9 January "
            "and 2 February 2017 and rated them good.\n\n" + body + "\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# The last inspection told by how many years before this visit's first day it was, in the
# sentence that gives that day.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors returned to Brindle on Monday 12 February 2018, a year to the week after the "
     "inspection that had found its services inadequate, and stayed until 8 March.",
     [("2017-02", "month")]),
    ("Inspectors returned to Brindle on Monday 12 February 2018, two years after the "
     "inspection that had found its services inadequate, and stayed until 8 March.",
     [("2016", "year")]),
    # in a sentence of its own, away from the visit's day: no date
    ("Inspectors returned to Brindle on Monday 12 February 2018 and stayed until 8 March. Two "
     "years after the inspection, the director left.", []),
])
def test_s29dev_years_before_the_visit(nlp, sentence, want) -> None:
    text = ("Children's Practice Weekly, 26 April 2018\n\nBrindle rated good by Ofsted\n\n"
            "Brindle's children's services have been rated good. " + sentence + "\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Round l22dev (session 14, letters_unseen22): a converter's damage and a letter's furniture
# (a hyphenated name broken at a line end, the members as a sentence's subject, team annexes).
def test_l22dev_a_hyphenated_name_broken_at_a_line_end_is_mended() -> None:
    """A part broken off a hyphenated name at a line end ('Fair-' / 'weather-Grant') is
    joined where the letter writes the name whole elsewhere; a name whose hyphen is its own
    ('Sophie-' / 'Anne') and a name written nowhere else keep their hyphen."""
    text = _ingested("The visit was led by Ann Fair-\nweather-Grant, HMI, with Sophie-\nAnne "
                     "Leclerc, HMI, and Jo Moor-\nland-Smith, HMI.\n\nYours sincerely\n\n"
                     "Ann Fairweather-Grant\nHMI\n")
    assert "Ann Fairweather-Grant, HMI" in text
    assert "Sophie-Anne Leclerc" in text
    assert "Jo Moor-land-Smith" in text


@pytest.mark.parametrize("sentence, want", [
    ("Dr Bob Cole, HMI, and Cy Dunn, Senior HMI, were the other inspectors.",
     [("Bob Cole", "inspector", "HMI"), ("Cy Dunn", "inspector", "Senior HMI")]),
    ("Bob Cole, Ofsted Inspector, was the other inspector on this visit.",
     [("Bob Cole", "inspector", "OI")]),
    # no designation beside a name: not taken
    ("Leaders and Bob Cole were the other members of the team.", []),
    ("Bob Cole was the other inspector's manager.", []),
])
def test_l22dev_the_members_as_a_sentences_subject(nlp, sentence, want) -> None:
    team = "The visit was led by Ann Bell, His Majesty's Inspector. " + sentence
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI")] + want


L22DEV_JTAI = ("4 July 2024\n\nDear partners\n\nJoint targeted area inspection of Lowtown\n\n"
               "Between 16 and 20 May 2024, Ofsted, the CQC, HMICFRS and HMI Probation undertook "
               "a joint inspection. The team is listed in the annex.\n\nYours sincerely\n\n"
               "Ofsted                                  Care Quality Commission\n"
               "Ann Bell                                Dr Cy Dunn\n"
               "National Director, Social Care          Deputy Chief Inspector\n\n"
               "{annex}")
L22DEV_SIGNERS = [("Ann Bell", "signatory", "National Director, Social Care"),
                  ("Cy Dunn", "signatory", "CQC inspector")]


@pytest.mark.parametrize("annex", [
    # labels with their colons, the names in a column of their own
    ("Annex: the inspection team\n\nLead inspector:     Di Eve, Her Majesty's Inspector (Ofsted)\n"
     "Team inspectors:    Flo Gray, Children's Services Inspector (CQC)\n"
     "                    Gus Hart, Inspector (HMIC)\n"
     "                    Ivy Jones, Inspector (HMI Probation)\n"),
    # a table under column headings, one row a member
    ("Annex A: the inspection team\n\nName            Role               Inspectorate\n"
     "Di Eve          Lead inspector     Ofsted (HMI)\n"
     "Flo Gray        Team inspector     CQC (Children's Services Inspector)\n"
     "Gus Hart        Team inspector     HMICFRS (Inspector)\n"
     "Ivy Jones       Team inspector     HMI Probation (Inspector)\n"),
    # each role's heading alone on its line over its names
    ("Annex: the inspection team\n\nLead inspector\nDi Eve, HMI (Ofsted)\n\nTeam inspectors\n"
     "Flo Gray, CQC inspector\nGus Hart, HMICFRS inspector\nIvy Jones, HMI Probation "
     "inspector\n"),
])
def test_l22dev_a_team_annex_under_a_joint_letters_signatures(nlp, annex) -> None:
    """An annex naming the team under the signatures ends them: its names are the team's,
    the lead marked by the label, the heading over the name or the role's cell, each
    member's inspectorate his designation; the signers stay the heads who signed."""
    rec = run(nlp, _ingested(L22DEV_JTAI.format(annex=annex)))
    assert people(rec) == L22DEV_SIGNERS + [
        ("Di Eve", "lead_inspector", "HMI"), ("Flo Gray", "team_inspector", "CQC inspector"),
        ("Gus Hart", "team_inspector", "HMICFRS inspector"),
        ("Ivy Jones", "team_inspector", "HMI Probation inspector")]
    assert rec["report"]["lead_inspector"] == "Di Eve"


def test_l22dev_a_signers_paragraph_after_the_signatures_is_not_an_annex(nlp) -> None:
    """No annex: the signatures are read as before, and a singular 'Lead inspector' alone
    under a member of an area SEND team is still that member's wrapped cell."""
    rec = run(nlp, _ingested(L22DEV_JTAI.format(annex="")))
    assert people(rec) == L22DEV_SIGNERS
    text = SEND_REPORT.format(table="Ofsted\nAnn Bell, Ofsted HMI\nTom Brown, Ofsted Inspector,\n"
                              "Lead inspector\nDi Eve, Ofsted HMI")
    assert [n for n, r, _d in people(run(nlp, _ingested(text)))
            if r == "lead_inspector"] == ["Tom Brown"]


def test_l22dev_a_doctors_degrees_after_a_signers_name(nlp) -> None:
    """Fellowships and degrees after a signer's name ('Dr Cy Dunn FRCP') leave a name line:
    the inspectorate under the title below is that signer's, not a heading shared out to
    the first signer."""
    block = ("Ann Bell\nNational Director Regulation and Social Care, Ofsted\nDi Eve OBE\nHis "
             "Majesty's Inspector of Constabulary and Fire & Rescue\nServices\nDr Cy Dunn FRCP\n"
             "Chief Inspector of Healthcare\nCare Quality Commission\nFlo Gray\nHis Majesty's "
             "Chief Inspector of Probation")
    assert people(run(nlp, L21DEV_JTAI.format(block=block))) == [
        ("Ann Bell", "signatory", "National Director Regulation and Social Care"),
        ("Di Eve", "signatory", "HMICFRS inspector"), ("Cy Dunn", "signatory", "CQC inspector"),
        ("Flo Gray", "signatory", "HMI Probation inspector")]


@pytest.mark.parametrize("block, want", [
    # each signer's inspectorate, then title, then name
    ("Ofsted\nNational Director, Social Care\nAnn Bell\n\nCare Quality Commission\nChief "
     "Inspector of Primary Medical Services\nDr Cy Dunn MBBS MRCGP\n\nHMICFRS\nHis Majesty's "
     "Inspector of Constabulary\nDi Eve QPM\n\nHMI Probation\nAssistant Chief Inspector\n"
     "Flo Gray",
     [("Ann Bell", "signatory", "National Director, Social Care"),
      ("Cy Dunn", "signatory", "CQC inspector"), ("Di Eve", "signatory", "HMICFRS inspector"),
      ("Flo Gray", "signatory", "HMI Probation inspector")]),
    # names first, each title under its name: as before
    ("Ann Bell\nNational Director, Social Care, Ofsted\n\nDr Cy Dunn\nDeputy Chief Inspector, "
     "Care Quality Commission",
     [("Ann Bell", "signatory", "National Director, Social Care"),
      ("Cy Dunn", "signatory", "CQC inspector")]),
])
def test_l22dev_stacked_signatures_with_each_title_above_its_name(nlp, block, want) -> None:
    """A title before the first name and nothing after the last: each title is the one
    above its name."""
    assert people(run(nlp, L21DEV_JTAI.format(block=block))) == want


@pytest.mark.parametrize("after, date", [
    ("This letter is dated 2 May 2025.", "2025-05-02"),
    ("The date of this letter is Friday 2 May 2025.", "2025-05-02"),
    # another document's date, or a letter told of in prose, is not this letter's
    ("The report is dated 2 May 2025.", None),
    ("We wrote to you in a letter dated 2 May 2025.", None),
])
def test_l22dev_a_letter_dated_in_a_sentence_of_its_own(nlp, after, date) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 17 and 18 January 2023.")
    assert run(nlp, text + "\n" + after + "\n")["report"].get("publication_date") == date


@pytest.mark.parametrize("box, start, previous", [
    ("Dates on site | 5 December 2023 – 6 December 2023\nLast full inspection | ILACS, 24 "
     "October to 4 November 2022", "2023-12-05", [("2022-10-24", "day")]),
    ("On-site dates: 5 and 6 December 2023\nPrevious inspection:   SIF, 24 October to 4 "
     "November 2022", "2023-12-05", [("2022-10-24", "day")]),
    # a word in capitals and a comma before dates in prose is no label's value
    ("Next full inspection | ILACS, 24 October 2024", None, []),
])
def test_l22dev_site_dates_and_a_kind_before_an_earlier_inspections_dates(
        nlp, box, start, previous) -> None:
    rec = run(nlp, MONITORING.format(box=box, visit="Inspectors looked at care leavers."))
    assert rec["report"].get("inspection_start") == start
    assert dates_of(rec, "previous_inspection") == previous


@pytest.mark.parametrize("box, want", [
    ("+--------------------+-------------------------------+\n"
     "| Name               | Role                          |\n"
     "+--------------------+-------------------------------+\n"
     "| Ann R. Bell-Hart   | Lead inspector, Senior HMI    |\n"
     "| Bob Cole           | Team inspector, HMI           |\n"
     "| Cy Dunn            | Team inspector, OI            |\n"
     "+--------------------+-------------------------------+",
     [("Ann R. Bell-Hart", "lead_inspector", "Senior HMI"),
      ("Bob Cole", "team_inspector", "HMI"), ("Cy Dunn", "team_inspector", "OI")]),
    # a box of other rows is no team's
    ("+--------------------+-------------------------------+\n"
     "| Visit              | Second monitoring visit       |\n"
     "| Director           | Jo Hale                       |\n"
     "+--------------------+-------------------------------+", []),
])
def test_l22dev_a_box_of_the_team_under_name_and_role(nlp, box, want) -> None:
    """A focused visit letter's team in a box with the column headings 'Name | Role': each
    row's role and designation are that name's."""
    text = LETTER.format(team="The inspection team is set out below.\n\n" + box + "\n",
                         closing="Yours sincerely\nZed Young\nHMI")
    got = [p for p in people(run(nlp, _ingested(text))) if p[0] != "Zed Young"]
    assert got == want


@pytest.mark.parametrize("sentence, want", [
    ("Leaders have made progress since the first monitoring visit (17 October 2018) and the "
     "second monitoring visit, carried out on Wednesday 6 and Thursday 7 March 2019.",
     [("2018-10-17", "day"), ("2019-03-06", "day")]),
    # brackets holding no date, or a day in brackets after another noun, are none
    ("Leaders have made progress since the first monitoring visit (a visit to the front "
     "door) and since the audit (17 October 2018).", []),
])
def test_l22dev_an_earlier_visits_day_in_brackets_or_after_its_weekday(nlp, sentence,
                                                                      want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2019. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence, want", [
    ("In 2021, 71% of new plans were completed within 20 weeks, compared with 23% at the time "
     "of the initial inspection.", []),
    ("In 2021, 71% of plans were on time, against 23% at the time of the last inspection.", []),
    # a year opening a sentence about the inspection itself still dates it
    ("In 2021, an inspection judged services to be inadequate.", [("2021", "year")]),
])
def test_l22dev_a_years_figure_set_against_the_time_of_an_inspection(nlp, sentence,
                                                                     want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence, want", [
    ("HMI Probation inspected the youth offending service between 10 and 13 June 2019 and "
     "found strengths.", [("2019-06-10", "day")]),
    ("The CQC reviewed health services for children on 4 March 2019.", [("2019-03-04", "day")]),
    # an inspectorate in a list opening the letter, or another subject, is not it
    ("Leaders inspected the youth offending service between 10 and 13 June 2019.", []),
])
def test_l22dev_another_inspectorate_inspected_as_a_sentences_subject(nlp, sentence,
                                                                     want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


def test_l22dev_a_lead_inspector_line_under_a_signers_name_is_no_annex(nlp) -> None:
    """'Lead inspector' alone under a signer's name, signatures side by side, is that
    signer's title: it neither ends the signatures nor opens an annex."""
    closing = ("Yours sincerely\n\nAnn Bell-Hart                                  Bob Cole\n"
               "Lead inspector                                 His Majesty's Inspector\n"
               "His Majesty's Inspector\n")
    text = LETTER.format(team="Inspectors met leaders.", closing=closing)
    assert people(run(nlp, _ingested(text))) == [("Ann Bell-Hart", "lead_inspector", "HMI"),
                                                 ("Bob Cole", "inspector", "HMI")]


# Round rf14 (session 14): a second reading of rounds s29dev and l22dev, with what their new
# rules must not take (another body's report, another event's dates, another setting's
# inspection, an earlier visit's team, a table of the people the inspectors met).
RF14_NEWS = ("Children's Practice Weekly, Thursday 4 December 2025\n\nBrindle's children's "
             "services rated good\n\nOfsted inspected Brindle Borough Council's children's "
             "services from 6 October to 17 October 2025 and rated them good overall. ")


@pytest.mark.parametrize("sentence, date", [
    # Ofsted's own annual report, or the council's own findings, are not the inspection's
    ("Separately, Ofsted published its annual report on Tuesday, warning of pressure on "
     "placements.", None),
    ("The council released its own findings on Monday, ahead of the Ofsted report.", None),
    # the inspection's report on a weekday still dates it
    ("Ofsted published the inspection report on Tuesday.", "2025-12-02"),
])
def test_rf14_another_bodys_report_on_a_weekday_is_not_the_publication(nlp, sentence,
                                                                       date) -> None:
    assert run(nlp, RF14_NEWS + sentence + "\n")["report"].get("publication_date") == date


@pytest.mark.parametrize("sentence, date", [
    # something the report on a place praised went live: not the report
    ("The Ofsted report on Brindle praised the new app, which went live on the 1st of July.",
     None),
    ("The report into Brindle found a portal for families that went live on the 1st of July.",
     None),
    ("Today we talk about the Ofsted report on Brindle, which went live on the 1st of July.",
     "2025-07-01"),
])
def test_rf14_what_the_report_on_a_place_praised_went_live(nlp, sentence, date) -> None:
    text = ("Brindle Children's Services: Inside Practice podcast\nRecorded Wednesday 2 July "
            "2025\n\nHOST: Ofsted inspected Brindle's children's services from 12 May to 23 May "
            "2025 and rated them outstanding. " + sentence + "\n")
    assert run(nlp, text)["report"].get("publication_date") == date


@pytest.mark.parametrize("sentence, want", [
    # 'They' with no inspectors in the sentence before: someone else's coming and going
    ("Families at the Larkhill estate were moved out for repairs. They returned on Monday 12 "
     "February 2018, after the work, and stayed until 8 March, when the estate closed.",
     (None, None)),
    ("Families at the Larkhill estate were moved out. They came in on Monday 12 February and "
     "left on Friday 23 February.", (None, None)),
    # after the inspection, someone else arriving and leaving is no visit's last day
    ("After the inspection, two agency team managers arrived on Monday 12 March and left on "
     "Friday 23 March.", None),
    # the inspectors named in the sentence before: 'They' are the inspectors
    ("The inspectors left for a week in January. They returned on Monday 12 February 2018, "
     "after a break, and stayed until 8 March.", ("2018-02-12", "2018-03-08")),
])
def test_rf14_others_coming_and_going_is_no_visit(nlp, sentence, want) -> None:
    text = ("Children's Practice Weekly, 26 April 2018\n\nBrindle rated good by Ofsted\n\n"
            "Ofsted rated Brindle's children's services good. " + sentence + "\n")
    got = visit_of(run(nlp, text))[:2]
    if want is None:
        assert "2018-03-23" not in got
    else:
        assert got == want


@pytest.mark.parametrize("sentence, want", [
    # an inspectorate inspecting a setting (a home, a school, a hospital's unit) is no
    # earlier inspection of the authority's services
    ("Ofsted inspected two of the council's children's homes between 10 and 13 June 2023.",
     []),
    ("The CQC inspected the maternity unit at Westshire General Hospital on 4 March 2023.", []),
    ("Ofsted inspected St Aldhelm's Academy on 4 March 2023.", []),
    # the services for children still are
    ("HMI Probation inspected the youth offending service between 10 and 13 June 2019.",
     [("2019-06-10", "day")]),
])
def test_rf14_an_inspectorate_inspecting_a_setting_is_no_earlier_inspection(nlp, sentence,
                                                                           want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence, want", [
    ("Inspectors came to Brindle on Monday 12 February 2018, a year after the inspection of "
     "St Aldhelm's Academy that had put the town in the news, and stayed until 8 March.", []),
    ("Inspectors came to Brindle on Monday 12 February 2018, two years after the inspection of "
     "its children's homes, and stayed until 8 March.", []),
    # the council's own inspection still is
    ("Inspectors came to Brindle on Monday 12 February 2018, two years after the inspection of "
     "its children's services, and stayed until 8 March.", [("2016", "year")]),
])
def test_rf14_years_after_a_settings_inspection(nlp, sentence, want) -> None:
    text = ("Children's Practice Weekly, 26 April 2018\n\nBrindle rated good by Ofsted\n\n"
            "Brindle's children's services have been rated good. " + sentence + "\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence, want", [
    ("At the last inspection in 2019, Bob Cole, HMI, and Cy Dunn, HMI, were the other "
     "inspectors.", []),
    ("On the first monitoring visit, Bob Cole, HMI, was the other inspector.", []),
    # this visit's members: taken
    ("Bob Cole, HMI, and Cy Dunn, HMI, were the other inspectors.",
     [("Bob Cole", "inspector", "HMI"), ("Cy Dunn", "inspector", "HMI")]),
])
def test_rf14_an_earlier_inspections_team_is_not_this_visits(nlp, sentence, want) -> None:
    team = "The visit was led by Ann Bell, His Majesty's Inspector. " + sentence
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI")] + want


@pytest.mark.parametrize("box", [
    ("+--------------------+-------------------------------------+\n"
     "| Name               | Role                                |\n"
     "+--------------------+-------------------------------------+\n"
     "| Jo Hale            | Director of Children's Services     |\n"
     "| Kim Lee            | Principal social worker             |\n"
     "+--------------------+-------------------------------------+"),
    "Name | Role\nJo Hale | Director of Children's Services\nKim Lee | Principal social worker",
])
def test_rf14_a_name_role_table_of_the_people_met_is_no_team(nlp, box) -> None:
    """A table under 'Name | Role' whose rows name no inspector (the leaders the inspectors
    met) gives no team member."""
    text = LETTER.format(team="Inspectors met the leaders set out below.\n\n" + box + "\n",
                         closing="Yours sincerely\nZed Young\nHMI")
    assert [p for p in people(run(nlp, _ingested(text))) if p[0] != "Zed Young"] == []


# -- l23dev (session 15): names and dates in less usual forms ----------------------------

@pytest.mark.parametrize("team, want", [
    # up to three lower-case particles between capitalised name words
    ("The inspectors were Ann Bell, HMI, and Tom van der Berg, HMI.",
     [("Tom van der Berg", "inspector", "HMI")]),
    ("The inspectors were Ann Bell, HMI, and Ana de la Cruz, Ofsted Inspector.",
     [("Ana de la Cruz", "inspector", "OI")]),
    # an Irish word opening in lower case after a particle; a run of four words whose
    # second opens an Irish surname is one name
    ("The inspectors were Ann Bell, HMI, and Saoirse Mac an tSaoir, HMI.",
     [("Saoirse Mac an tSaoir", "inspector", "HMI")]),
    ("The inspectors were Ann Bell, HMI, and Fiona Nic Giolla Bhríde, HMI.",
     [("Fiona Nic Giolla Bhríde", "inspector", "HMI")]),
    # a label line and lines of their own under it; 'H.M.I.'; a particle in a line
    ("\nLead inspector:   Ann Bell, HMI\nInspectors:       Tom van der Berg, H.M.I.\n"
     "                  Nia ap Rhys, Ofsted Inspector\n"
     "                  Di Eve, Social Care Regulatory Inspector\n",
     [("Tom van der Berg", "inspector", "HMI"), ("Nia ap Rhys", "inspector", "OI"),
      ("Di Eve", "inspector", "Social Care Regulatory Inspector")]),
    # not: a lower-case word that is no particle before a name on a line of its own
    ("\nMeetings with Cy Dunn, HMI\n", []),
    # not: particles outside a name, or at a name's start or end
    ("The inspectors were Ann Bell, HMI, and Bob Cole, HMI. Leaders met staff of de la Salle "
     "Westshire and Di van.", [("Bob Cole", "inspector", "HMI")]),
    # not: a run of four capitalised words with no particle is still two names
    ("The inspectors were Ann Bell, HMI, Judith Nelson Robert Pyner.",
     [("Judith Nelson", "inspector", ""), ("Robert Pyner", "inspector", "")]),
])
def test_l23dev_name_particles(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert [p for p in people(rec) if p[0] != "Ann Bell"] == want


def _two_columns(*rows: tuple[str, str]) -> str:
    return "\n".join(f"{a:<43}{b}".rstrip() for a, b in rows)


SEND_TWO_COLUMNS = (
    "12 December 2017\nDear Ms Roe\nJoint local area SEND inspection in Eastvale\n"
    "Between 23 October 2017 and 27 October 2017, Ofsted and the Care Quality Commission (CQC) "
    "conducted a joint inspection of the local area of Eastvale.\nThe inspection was led by "
    "Ann Bell, HMI, with Lee Parr, CQC Inspector.\nYours sincerely\n\n{block}\n")


@pytest.mark.parametrize("director, dci, want", [
    # honours after a name, read across two columns, are no part of the next line's title
    ("Chris Russ OBE", "Una Gale", "Chris Russ"),
    ("Chris Russ CBE QPM", "Dr Una Gale", "Chris Russ"),
    # as before: no honours
    ("Chris Russ", "Dr Una Gale", "Chris Russ"),
])
def test_l23dev_honours_after_a_signers_name_are_no_title(nlp, director, dci, want) -> None:
    block = _two_columns(("Ofsted", "Care Quality Commission"), ("", ""), (director, dci),
                         ("Regional Director, South East", "Deputy Chief Inspector, Primary"),
                         ("", "Medical Services and Integrated Care"), ("", ""),
                         ("Ann Bell", "Lee Parr"), ("HMI Lead Inspector", "CQC Inspector"))
    rec = run(nlp, _ingested(SEND_TWO_COLUMNS.format(block=block)))
    assert [p for p in people(rec) if p[1] == "signatory"] == [
        (want, "signatory", "Regional Director, South East"),
        ("Una Gale", "signatory", "CQC inspector")]


@pytest.mark.parametrize("team, closing, want", [
    # a signer printed in capitals is the one the letter names in mixed case
    ("The visit was carried out by Ann Nair-Walsh and Bob Cole, Her Majesty's Inspectors.",
     "Yours sincerely\n\nANN NAIR-WALSH\nHer Majesty's Inspector",
     [("Ann Nair-Walsh", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("Inspectors were Kit O'Neill-Dunn and Lea van Wyk.",
     "Yours sincerely\n\nKIT O'NEILL-DUNN                      LEA VAN WYK\n"
     "His Majesty's Inspector                 His Majesty's Inspector\n(lead inspector)",
     [("Kit O'Neill-Dunn", "lead_inspector", "HMI"), ("Lea van Wyk", "inspector", "HMI")]),
    # not: a signer in capitals whom the letter does not name otherwise is no one named
    ("The visit was carried out by Ann Bell and Bob Cole, Her Majesty's Inspectors.",
     "Yours sincerely\n\nANN BELLAMY\nHer Majesty's Inspector",
     [("Ann Bell", "inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
])
def test_l23dev_a_signer_in_capitals(nlp, team, closing, want) -> None:
    rec = run(nlp, _ingested(LETTER.format(team=team, closing=closing)))
    assert people(rec) == want


@pytest.mark.parametrize("closing, want", [
    # signed for the lead by someone else: the one named after the words is the signer
    ("Yours sincerely\n\nDr Cy Dunn\nSenior HMI\nFor and on behalf of Ann Bell, His Majesty's "
     "Inspector (lead inspector), who was on leave.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # the words on a line long enough to end a signature block otherwise
    ("Yours sincerely\n\nDr Cy Dunn\nSenior HMI\nFor and on behalf of Ann Bell, His Majesty's "
     "Inspector (lead inspector), who was on leave on the date of this letter. Dr Dunn did not "
     "take part in the visit and signs this letter for the lead inspector of the visit.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("Yours sincerely\n\nCy Dunn\npp Ann Bell\nHis Majesty's Inspector",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # not: 'on behalf of' with no name after it changes nothing
    ("Yours sincerely\n\nCy Dunn\nSenior HMI, on behalf of the inspectors",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "Senior HMI")]),
])
def test_l23dev_signed_on_behalf_of_the_lead(nlp, closing, want) -> None:
    team = ("The inspectors were Ann Bell, His Majesty's Inspector (lead inspector), and Bob "
            "Cole, His Majesty's Inspector.")
    rec = run(nlp, LETTER.format(team=team, closing=closing))
    assert people(rec) == want


@pytest.mark.parametrize("team, want", [
    # 'two of' before the designation, a comma after it
    ("The visit was carried out by two of His Majesty's Inspectors, Ann Bell and Tom "
     "D'Arcy-Lindqvist.", [("Ann Bell", "lead_inspector", "HMI"),
                          ("Tom D'Arcy-Lindqvist", "inspector", "HMI")]),
    ("The visit was carried out by two of His Majesty's Inspectors, Ann\nBell and Bob Cole.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # not: two of anyone else
    ("The visit was carried out by two of the council's managers, Ann Bell and Bob Cole.",
     [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_l23dev_carried_out_by_two_of_his_majestys_inspectors(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert people(rec) == want


@pytest.mark.parametrize("box, want", [
    # the days one after the other in a table's cell, each with its day's name
    ("Visit dates | Tuesday 14/11/2023 Wednesday 15/11/2023", ("2023-11-14", "2023-11-15")),
    ("Visit dates | Tuesday 14/11/2023\nWednesday 15/11/2023", ("2023-11-14", "2023-11-15")),
    # a table of the days, one a line after its number
    ("Visit dates\n-----------------------------\nDay 1   Tuesday 30 April 2024\n"
     "Day 2   Wednesday 1 May 2024\n-----------------------------",
     ("2024-04-30", "2024-05-01")),
    ("Inspection dates\nDay 1   Monday 29 April 2024\nDay 2   Tuesday 30 April 2024\n"
     "Day 3   Wednesday 1 May 2024", ("2024-04-29", "2024-05-01")),
    # not: two figures that are no dates, or another row's date
    ("Visit dates | Tuesday 14/11/2023 Wednesday 15/13/2023", (None, None)),
    ("Next visit\nDay 1   Tuesday 30 April 2024\nDay 2   Wednesday 1 May 2024", (None, None)),
])
def test_l23dev_visit_days_in_a_table(nlp, box, want) -> None:
    rep = run(nlp, MONITORING.format(box=box, visit="Inspectors looked at care leavers."))[
        "report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


@pytest.mark.parametrize("closing, date", [
    ("Yours sincerely\n\nAnn Bell\nHis Majesty's Inspector\n\nDate of issue: 12 April 2022",
     "2022-04-12"),
    # not: another label's date under the signature
    ("Yours sincerely\n\nAnn Bell\nHis Majesty's Inspector\n\nDate of next visit: 12 April "
     "2022", None),
])
def test_l23dev_date_of_issue_under_the_signature(nlp, closing, date) -> None:
    text = ("Dear Ms Roe\nFocused visit to Westshire County Council children’s services\nThis "
            "letter summarises the findings of a focused visit on 2 and 3 February 2022. The "
            "visit was led by Ann Bell, HMI.\n" + closing + "\n")
    assert run(nlp, text)["report"].get("publication_date") == date


@pytest.mark.parametrize("sentence, want", [
    # the authority named without a possessive before its children's services
    ("When Ofsted last inspected Westshire children's services, from 5 to 16 March 2018, it "
     "found that services were good.", [("2018-03-05", "day")]),
    # the inspection's whole name, 'carried out from'
    ("At the inspection of local authority children’s services carried out from 11 to 22 "
     "July 2022, the experiences and progress of care leavers were judged to require "
     "improvement to be good.", [("2022-07-11", "day")]),
    # an inspectorate's inspection that took place over days
    ("Ofsted’s inspection of local authority children’s services in Westshire took place "
     "from 20 June to 1 July 2022.", [("2022-06-20", "day")]),
    # an inspectorate inspecting the authority's services in a year
    ("HMI Probation inspected Westshire's youth justice services in 2022.", [("2022", "year")]),
    # not: a setting's inspection, or this visit's own days
    ("When Ofsted last inspected Hillside Children's Home, from 5 to 16 March 2018, it found "
     "that it was good.", []),
    ("HMI Probation inspected the prison in 2022.", []),
    ("HMI Probation inspected Ashcombe in 2022.", []),
    ("HMI Probation inspected Ashcombe's youth justice services in 2022.", []),
    ("Ofsted’s inspection of local authority children’s services in Westshire took place "
     "from 9 to 10 July 2023.", []),
])
def test_l23dev_earlier_inspections_in_less_usual_words(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("box, want", [
    # a revisit in brackets after the earlier inspection's days
    ("Dates of previous inspection: 12 to 16 March 2018 (revisit: 2 to 4 November 2021)",
     [("2018-03-12", "day"), ("2021-11-02", "day")]),
    ("Dates of previous inspection: 12 to 16 March 2018", [("2018-03-12", "day")]),
    # not: something else in the brackets
    ("Dates of previous inspection: 12 to 16 March 2018 (report: 2 May 2018)",
     [("2018-03-12", "day")]),
])
def test_l23dev_a_revisit_in_brackets_after_the_previous_inspection(nlp, box, want) -> None:
    text = MONITORING.format(box=box, visit="Inspectors visited on 9 and 10 July 2023.")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence, want", [
    # a national or thematic review is no inspection of the area
    ("The strategy draws on the CQC's national review of children's mental health services, "
     "published in October 2017.", []),
    ("Leaders used Ofsted's thematic review of care leavers' services, carried out in "
     "March 2021.", []),
    # the area's own review still is
    ("The CQC review of health services for children looked after and safeguarding in "
     "Westshire in 2016 identified gaps.", [("2016", "year")]),
])
def test_l23dev_a_national_review_is_no_earlier_inspection(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("visit, start, end, previous", [
    # two days parted by a slash before their month
    ("Inspectors visited on 9 and 10 July 2023. The previous monitoring visit took place on "
     "18/19 October 2018 and considered the front door.", "2023-07-09", "2023-07-10",
     [("2018-10-18", "day")]),
    ("Inspectors visited on 9/10 July 2023.", "2023-07-09", "2023-07-10", []),
    # not: a ratio or figures with no month's name after them
    ("Inspectors visited on 9 and 10 July 2023. Caseloads of 18/19 children were common.",
     "2023-07-09", "2023-07-10", []),
])
def test_l23dev_days_parted_by_a_slash(nlp, visit, start, end, previous) -> None:
    rec = run(nlp, MONITORING.format(box="", visit=visit))
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) == (
        start, end)
    assert dates_of(rec, "previous_inspection") == previous


# Round s30dev (session 15, secondary_unseen30 developed on): what is this inspection's
# grade beside what is not. An area's grade in brackets closing its item; areas in other
# words ('the people in charge', 'young people as they leave care'); 'The other three grades
# were all good. Those are for A, B and C.'; 'The highest grade went to A'; a headline's 'go
# from inadequate to good'; and beside each, the same words in a self-assessment, a peer
# review, a mock inspection, a draft, a forecast or another inspectorate's report.
S30 = ("Fenmoor children's services rated good by Ofsted\nWednesday 12 June 2024\nFenmoor "
       "Council's children's services have been rated good by Ofsted in a report published "
       "today. Inspectors visited from 4 to 15 March 2024.\n\n{body}\n\nCouncil leader Ann "
       "Bell said she welcomed the report.\n")
# no grade of its own but the body's
S30_PLAIN = ("Fenmoor children's services: the Ofsted report\nWednesday 12 June 2024\nOfsted's "
             "report on Fenmoor Council's children's services was published today, after an "
             "inspection from 4 to 15 March 2024.\n\n{body}\n\nCouncil leader Ann Bell said she "
             "welcomed the report.\n")


@pytest.mark.parametrize("body, want", [
    ("Ofsted found that:\n- the city's leaders have a strong grip on practice (good);\n"
     "- children who need help and protection receive timely support (requires improvement);\n"
     "- young people leaving care are exceptionally well supported (outstanding).",
     {"impact_of_leaders": "good", "help_and_protection": "requires_improvement",
      "care_leavers": "outstanding"}),
    ("Children in care live in stable homes (good).", {"children_in_care": "good"}),
    # no area before it, or more than the grade in the brackets: none
    ("Ofsted found that:\n- our fostering agency is well run (good);\n- help and protection "
     "(previously good);\n- children in care (good in 2019).", {}),
    # the same words in a self-assessment, a mock inspection's findings, a forecast
    ("Our self-assessment found that:\n- the city's leaders have a strong grip on practice "
     "(good);\n- young people leaving care are exceptionally well supported (outstanding).",
     {}),
    ("The mock inspection found that children in care live in stable homes (good).", {}),
    ("By next year we aim to show that children in care live in stable homes (outstanding).",
     {}),
])
def test_s30dev_a_bracketed_grade_closing_an_areas_item(nlp, body, want) -> None:
    assert area_grades(run(nlp, S30.format(body=body))) == want


@pytest.mark.parametrize("body, want", [
    ("Here is what they said, in plain English:\n- The people in charge: outstanding.\n"
     "- Supporting young people as they leave care: good.",
     {"impact_of_leaders": "outstanding", "care_leavers": "good"}),
    # a self-assessment's list, a mock inspection's grade, in the same words
    ("Our self-assessment gave these grades:\n- The people in charge: outstanding.\n"
     "- Supporting young people as they leave care: good.", {}),
    ("In the young inspectors' mock inspection, supporting young people as they leave care "
     "came out as requires improvement.", {}),
])
def test_s30dev_areas_named_in_other_words(nlp, body, want) -> None:
    assert area_grades(run(nlp, S30.format(body=body))) == want


@pytest.mark.parametrize("body, want", [
    ("The other three grades were all good. Those are for the leaders (the managers and "
     "councillors in charge), help and protection (keeping children safe at home), and care "
     "leavers (support for young people after 18).",
     {"impact_of_leaders": "good", "help_and_protection": "good", "care_leavers": "good"}),
    ("The remaining judgements were outstanding. These were for help and protection and "
     "children in care.", {"help_and_protection": "outstanding",
                           "children_in_care": "outstanding"}),
    # a mock inspection's grades, a hope, a denial: the areas after take none
    ("In the mock inspection the other three grades were all good. Those are for the leaders, "
     "help and protection, and care leavers.", {}),
    ("The council hopes the other three grades are all good. Those are for the leaders, help "
     "and protection, and care leavers.", {}),
    ("None of the other three grades were good. Those are for the leaders, help and "
     "protection, and care leavers.", {}),
    # only a grade given a counted set is taken up: an area's grade is not
    ("Help and protection was judged good. They are for families in crisis and care leavers.",
     {"help_and_protection": "good"}),
])
def test_s30dev_those_are_for_the_areas_of_a_counted_grade(nlp, body, want) -> None:
    assert area_grades(run(nlp, S30.format(body=body))) == want


@pytest.mark.parametrize("body, want, overall", [
    ("The highest grade went to the council's work with young people leaving care, which "
     "inspectors found to be outstanding.", {"care_leavers": "outstanding"}, None),
    # a peer review's or a scorecard's highest grade is not the inspection's
    ("The highest grade in the peer review went to the council's work with young people "
     "leaving care, which reviewers rated outstanding.", {}, None),
    ("Our scorecard gave the highest grade to the council's work with young people leaving "
     "care, which we rated outstanding.", {}, None),
])
def test_s30dev_the_highest_grade_went_to_an_area(nlp, body, want, overall) -> None:
    rec = run(nlp, S30_PLAIN.format(body=body))
    assert area_grades(rec) == want
    assert grades_of(rec).get("overall_effectiveness") == overall


@pytest.mark.parametrize("headline, overall", [
    ("Fenmoor children's services go from inadequate to good", "good"),
    # a forecast in the same words
    ("Fenmoor children's services could go from inadequate to good", None),
    # a hope before a colon is the quote's: the climb after it is told
    ("\"Nobody thought we could do it\": Fenmoor's long climb from inadequate to good", "good"),
])
def test_s30dev_a_headline_going_from_one_grade_to_another(nlp, headline, overall) -> None:
    rec = run(nlp, f"{headline}\nWednesday 12 June 2024\nOfsted's report on Fenmoor Council's "
                   "children's services was published today, after an inspection from 4 to 15 "
                   "March 2024. Inspectors found that leaders know their services well.\n")
    assert grades_of(rec).get("overall_effectiveness") == overall


@pytest.mark.parametrize("body, want", [
    ("Our self-assessment said help and protection was good.", {}),
    ("An LGA peer review found leaders good.", {}),
    ("The council's own scorecard gave care leavers a good rating.", {}),
    ("That draft had help and protection down as inadequate.", {}),
    ("A mock inspection by two neighbouring councils would have graded our help and "
     "protection work as requiring improvement.", {}),
    ("The Care Quality Commission rated the council's health visiting service requires "
     "improvement.", {}),
    # Ofsted's grade told after the other judge's, in a clause of its own: taken
    ("Our self-assessment said help and protection was requires improvement, but inspectors "
     "judged help and protection to be good.", {"help_and_protection": "good"}),
])
def test_s30dev_another_judges_grade_is_not_the_inspections(nlp, body, want) -> None:
    rec = run(nlp, S30_PLAIN.format(body=body))
    assert area_grades(rec) == want
    assert "overall_effectiveness" not in grades_of(rec)


# The visit's first and last day told apart ('started work with our teams on Monday 12 June
# and finished on Thursday 29 June 2017'); its month alone ('spent two weeks on site with us
# in June', the year the post's); the report 'published last Wednesday' beside a Wednesday's
# dateline (the week before).
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors started work with our teams on Monday 12 June and finished on Thursday 29 "
     "June 2017.", ("2017-06-12", "2017-06-29")),
    ("The inspection team began fieldwork in the county on 12 June and finished on 29 June "
     "2017.", ("2017-06-12", "2017-06-29")),
    # someone else's start and finish is no visit
    ("Our new director started work with our teams on Monday 12 June and finished her "
     "induction on Thursday 29 June 2017.", (None, None)),
])
def test_s30dev_a_visits_start_and_finish_told_apart(nlp, sentence, want) -> None:
    text = ("Brackenholt Council - Ofsted re-inspection of children's services: questions and "
            "answers\n\nPage last reviewed: 3 August 2017\n\nOfsted has judged Brackenholt "
            f"Council's services to require improvement to be good. {sentence}\n")
    rep = run(nlp, text)["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent two weeks on site with us in June.", [("2019-06", "month")]),
    ("Inspectors spent two weeks on site in June.", [("2019-06", "month")]),
    # a mock inspection's inspectors are not Ofsted's
    ("The mock inspectors spent two weeks on site with us in March.", []),
])
def test_s30dev_a_visits_month_on_site(nlp, sentence, want) -> None:
    text = ("Sarah Quenby\nDirector of Children's Services, Rydon Borough Council\nPosted 1 "
            "August 2019\n\nOfsted has rated Rydon Borough Council's children's services good. "
            f"The report was published on 30 July. {sentence}\n")
    assert dates_of(run(nlp, text), "inspection_start") == want


@pytest.mark.parametrize("words, date", [
    ("published last Wednesday", "2026-03-04"),
    # 'on Wednesday' on a Wednesday is that day (since sdates18,
    # tests/fixtures/secondary/README.md)
    ("published on Wednesday", "2026-03-11"),
    # 'last Monday' on a Wednesday may be two days or nine before: no day, as before
    ("published last Monday", None),
])
def test_s30dev_last_weekday_on_the_same_weekday(nlp, words, date) -> None:
    text = ("Redgrave children's services rated inadequate\n\nRedgrave Evening Post | Wednesday "
            "11 March 2026\n\nRedgrave's children's services have been rated inadequate by "
            f"Ofsted. The inspection report, {words}, follows two weeks of fieldwork.\n")
    assert run(nlp, text)["report"].get("publication_date") == date


# A blog's masthead ('Castlebrook Families Voice - blog') is no headline.
@pytest.mark.parametrize("top, la", [
    ("Castlebrook Families Voice - blog\n\nThe final Ofsted report is out\n",
     "Castlebrook Council"),
    # the headline under a blog's masthead still names the authority in its own form
    ("Families Voice - blog\n\nCastlebrook rated requires improvement\n", "Castlebrook"),
])
def test_s30dev_a_blogs_masthead_is_no_headline(nlp, top, la) -> None:
    text = (f"{top}\nPosted by Jenny Albright, 27 March 2020\n\nWe have been waiting for "
            "Ofsted's verdict on Castlebrook Council's children's services. They require "
            "improvement to be good overall, inspectors said.\n")
    assert run(nlp, text)["report"].get("local_authority") == la


# -- l24dev (session 15): dates that are not the visit's beside the visit's own, written
# once only and anywhere (letters_unseen24 developed on) ---------------------------------

@pytest.mark.parametrize("head, closing, date", [
    # the letter's date after a label saying it went out: above the salutation, in figures
    ("Westshire County Council\nCounty Hall\nSent by email: 14/08/2024\n", "", "2024-08-14"),
    # under the signature, with the day's name
    ("", "\nIssued: Friday 18 October 2024", "2024-10-18"),
    ("", "\nSent by email: 18 October 2024", "2024-10-18"),
    # not: another label's date, above or below
    ("Westshire County Council\nCounty Hall\nVisit date: 14/08/2024\n", "", None),
    ("", "\nNext visit: Friday 18 October 2024", None),
])
def test_l24dev_the_letter_sent_or_issued_on_a_day(nlp, head, closing, date) -> None:
    text = (head + "Dear Ms Roe\nFocused visit to Westshire County Council children’s "
            "services\nThis letter summarises the findings of a focused visit on 2 and 3 "
            "September 2024. The visit was led by Ann Bell, HMI.\nYours sincerely\n\nAnn Bell"
            "\nHis Majesty's Inspector\n" + closing + "\n")
    assert run(nlp, text)["report"].get("publication_date") == date


REVISIT_BOX = ("13 April 2022\nDear Mrs Roe\nJoint area SEND revisit in Eastvale\n\n{box}\n\n"
               "Ofsted and the Care Quality Commission (CQC) revisited the area of Eastvale to "
               "decide whether sufficient progress has been made.\nYours sincerely\n\nAnn Bell\n"
               "Her Majesty's Inspector\n")


@pytest.mark.parametrize("box, visit, previous", [
    # a revisit's days in a box, the initial inspection's on the row below
    ("Revisit dates                | 7 to 9 February 2022\n"
     "Date of initial inspection   | 11-15 March 2019",
     ("2022-02-07", "2022-02-09"), [("2019-03-11", "day")]),
    ("Dates of revisit: 7 to 9 February 2022", ("2022-02-07", "2022-02-09"), []),
    # not: the next revisit's row, nor the initial inspection as this visit
    ("Next revisit dates           | 7 to 9 February 2023", (None, None), []),
    ("Date of initial inspection   | 11-15 March 2019", (None, None), [("2019-03-11", "day")]),
])
def test_l24dev_a_revisits_days_in_a_box(nlp, box, visit, previous) -> None:
    rec = run(nlp, _ingested(REVISIT_BOX.format(box=box)))
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) == visit
    assert dates_of(rec, "previous_inspection") == previous


JTAI_ON_SITE = ("4 May 2023\nDear partners\nJoint targeted area inspection of Lowtown\nThis "
                "letter summarises the findings of the joint targeted area inspection of the "
                "response to serious youth violence in Lowtown. {sentence}\nYours sincerely\n"
                "Ofsted\nYvette Stone\nNational Director Regulation and Social Care\n")


@pytest.mark.parametrize("sentence, want", [
    # the inspectors named by the inspectorates they come from, on site in the place
    ("Inspectors from Ofsted, the Care Quality Commission (CQC), His Majesty's Inspectorate "
     "of Constabulary and Fire & Rescue Services (HMICFRS) and His Majesty's Inspectorate of "
     "Probation (HMIP) were on site in Lowtown between Monday 13 and Friday 17 March 2023.",
     ("2023-03-13", "2023-03-17")),
    ("Inspectors from Ofsted and the CQC were on site between 13 and 17 March 2023.",
     ("2023-03-13", "2023-03-17")),
    # not: anyone else from those bodies on site
    ("Officers from the council and the police were on site in Lowtown between 13 and 17 "
     "March 2023.", (None, None)),
])
def test_l24dev_inspectors_from_the_inspectorates_on_site(nlp, sentence, want) -> None:
    rep = run(nlp, JTAI_ON_SITE.format(sentence=sentence))["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


@pytest.mark.parametrize("sentence, visit, previous", [
    # an inspection since which things changed is an earlier one; the visit's own days in
    # a footnote
    ("Since Ofsted's inspection of Lowtown's children's services from 15 to 26 January "
     "2024, the local authority has strengthened its front door.\n(1) The inspection took "
     "place from 7 to 11 April 2025.", ("2025-04-07", "2025-04-11"), [("2024-01-15", "day")]),
    ("Since the full inspection of the council between 4 and 15 March 2019, leaders have "
     "changed.\n(1) The inspection took place from 7 to 11 April 2025.",
     ("2025-04-07", "2025-04-11"), [("2019-03-04", "day")]),
    # not: a home's inspection; nor this visit with a comma between ('the first visit since
    # the inspection, ...')
    ("Since Ofsted's inspection of Hillside children's home from 15 to 26 January 2024, "
     "leaders have changed.\n(1) The inspection took place from 7 to 11 April 2025.",
     ("2025-04-07", "2025-04-11"), []),
    ("This was the first joint inspection since the inspection, and took place from 7 to 11 "
     "April 2025.", ("2025-04-07", "2025-04-11"), []),
])
def test_l24dev_since_an_inspectorates_inspection(nlp, sentence, visit, previous) -> None:
    rec = run(nlp, JTAI_ON_SITE.format(sentence=sentence))
    assert (rec["report"].get("inspection_start"), rec["report"].get("inspection_end")) == visit
    assert dates_of(rec, "previous_inspection") == previous


@pytest.mark.parametrize("sentence, want", [
    # the authority's last inspection opening a sentence of its own
    ("Westshire's children's services were last inspected from 1 to 12 July 2019, when they "
     "were judged to require improvement to be good.", [("2019-07-01", "day")]),
    # its days in brackets after 'When X was last inspected'
    ("When Westshire was last inspected (14 to 25 March 2022), help and protection were "
     "judged to require improvement to be good.", [("2022-03-14", "day")]),
    # a youth justice service's inspection by HMI Probation, its days in brackets
    ("HMI Probation's inspection of Westshire's youth justice services (11 to 15 July 2022) "
     "found that work to keep children safe required improvement.", [("2022-07-11", "day")]),
    # the CQC's review carried out over days
    ("The CQC's review of health services for children looked after and safeguarding in "
     "Westshire, carried out from 8 to 12 June 2015, found gaps.", [("2015-06-08", "day")]),
    # earlier visits in the plural, the last by its month
    ("Previous monitoring visits were carried out on 10 and 11 December 2022 and in April "
     "2023.", [("2022-12-10", "day"), ("2023-04", "month")]),
    # not: another service's inspection, a national review, a month that is no visit's
    ("The fostering service was last inspected from 1 to 12 July 2019.", []),
    ("Previous monitoring visits were carried out on 10 and 11 December 2022, and in April "
     "2023 the director left.", [("2022-12-10", "day")]),
    ("HMI Probation's inspection of the prison (11 to 15 July 2022) found gaps.", []),
    ("The CQC's national review of health services, carried out from 8 to 12 June 2015, "
     "found gaps.", []),
])
def test_l24dev_earlier_inspections_dated_in_other_words(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("table, want", [
    # a table of roles and names, read column by column: each role is the name's in its place
    ("Inspection team\n  Lead inspector       Ann Bell, HMI\n  Team inspector       Bob Cole, HMI"
     "\n  Team inspector       Cy Dunn, Ofsted Inspector\n",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "HMI"),
      ("Cy Dunn", "team_inspector", "OI")]),
    ("Inspection team\nLead inspector\nTeam inspector\nAnn Bell, HMI\nBob Cole, HMI\n",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "team_inspector", "HMI")]),
    # not: fewer roles than names (the roles are no column of theirs)
    ("Inspection team\nLead inspector\nAnn Bell, HMI\nBob Cole, HMI\n",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
])
def test_l24dev_a_team_tables_roles_read_before_its_names(nlp, table, want) -> None:
    text = ("3 March 2021\nDear Ms Roe\nFocused visit to Westshire County Council children’s "
            "services\nThis letter summarises the findings of a focused visit on 2 and 3 "
            "February 2021.\nYours sincerely\n\nAnn Bell\nHis Majesty's Inspector\n\n\n" + table)
    assert people(run(nlp, _ingested(text))) == want


@pytest.mark.parametrize("team, want", [
    # a member named after the visit's inspectors carried it out
    ("Inspectors Ann Bell and Bob Cole carried out this visit, supported by Cy Dunn, Ofsted "
     "Inspector.", [("Cy Dunn", "inspector", "OI")]),
    ("His Majesty's Inspectors Ann Bell and Bob Cole carried out this visit, with Cy Dunn, "
     "Ofsted Inspector.", [("Cy Dunn", "inspector", "OI")]),
    # not: someone with no inspector's designation
    ("His Majesty's Inspectors Ann Bell and Bob Cole carried out this visit, with Jo Hale, the "
     "director of children's services, present at the feedback.", []),
])
def test_l24dev_supported_by_after_carrying_out_the_visit(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert [p for p in people(rec) if p[0] not in ("Ann Bell", "Bob Cole")] == want


@pytest.mark.parametrize("team, want", [
    # the team's other members in a sentence of their own, 'also' before the verb
    ("The revisit was led by Ann Bell, one of Her Majesty's Inspectors from Ofsted. The team "
     "also included Bo Tan, an Ofsted Inspector, and Cy Dunn, a Children's Services Inspector "
     "from the CQC.", [("Ann Bell", "lead_inspector", "HMI"), ("Bo Tan", "team_inspector", "OI"),
                       ("Cy Dunn", "team_inspector", "CQC inspector")]),
    # not: a team of no one named
    ("The revisit was led by Ann Bell, one of Her Majesty's Inspectors from Ofsted. The team "
     "also included inspectors from the CQC.", [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_l24dev_the_team_also_included(nlp, team, want) -> None:
    assert people(run(nlp, SEND_TEAM.format(team=team))) == want


def test_l24dev_a_copy_list_under_the_team_table_is_no_team(nlp) -> None:
    text = ("12 December 2017\nDear Ms Roe\nJoint local area SEND inspection in Eastvale\n"
            "Between 23 October 2017 and 27 October 2017, Ofsted and the Care Quality Commission "
            "(CQC) conducted a joint inspection of the local area of Eastvale.\nYours sincerely"
            "\n\nAnn Bell\nHer Majesty's Inspector\n\nInspection team\n\n"
            + _two_columns(("Ofsted", "Care Quality Commission"),
                           ("Ann Bell, HMI, lead inspector", "Lee Parr, Children's Services "
                            "Inspector"), ("Di Eve, Ofsted Inspector", "")) +
            "\n\ncc: Department for Education (Ms Erin Hale, SEND Adviser)\n    NHS England\n")
    assert people(run(nlp, _ingested(text))) == [
        ("Ann Bell", "lead_inspector", "HMI"), ("Di Eve", "team_inspector", "OI"),
        ("Lee Parr", "team_inspector", "CQC inspector")]


# Round rf15 (session 15): a second reading of the rounds l23dev and s30dev; each test says
# what must NOT happen with the forms those rounds read.
@pytest.mark.parametrize("closing, want", [
    # signed by the lead 'on behalf of' one who is no inspector of the visit: the lead signs
    ("Yours sincerely\n\nAnn Bell\nHis Majesty's Inspector\nOn behalf of Yvette Stanley\n"
     "National Director, Regulation and Social Care",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("Yours sincerely\n\nAnn Bell\nHis Majesty's Inspector\nFor and on behalf of Lee Parr, "
     "Regional Director, South West",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # as the round made it: signed for a named inspector of the visit, that one signs
    ("Yours sincerely\n\nCy Dunn\nSenior HMI\nFor and on behalf of Ann Bell, His Majesty's "
     "Inspector", [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
])
def test_rf15_signed_on_behalf_of_one_who_is_no_inspector(nlp, closing, want) -> None:
    team = ("The inspectors were Ann Bell, His Majesty's Inspector, and Bob Cole, His "
            "Majesty's Inspector.")
    assert people(run(nlp, LETTER.format(team=team, closing=closing))) == want


@pytest.mark.parametrize("sentence, want", [
    # a setting's or another service's inspection that took place over days is no earlier
    # inspection of the authority's children's services
    ("An Ofsted inspection of the council's fostering agency took place from 2 to 6 October "
     "2022.", []),
    ("The CQC inspection of the local hospital trust's maternity wards was carried out on 3 "
     "and 4 October 2022.", []),
    ("Ofsted's inspection of the council's adoption service was completed on 5 May 2022.", []),
    # as the round made it: the authority's children's services
    ("Ofsted’s inspection of local authority children’s services in Westshire took place "
     "from 20 June to 1 July 2022.", [("2022-06-20", "day")]),
])
def test_rf15_a_settings_inspection_over_days_is_no_earlier_inspection(nlp, sentence, want
                                                                        ) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence, want", [
    # a mock inspection's or a peer review's inspectors, named with Ofsted or the review
    ("Mock Ofsted inspectors spent two weeks on site with us in June.", []),
    ("The peer review inspectors spent two weeks on site in June.", []),
    # as the round made it
    ("Ofsted inspectors spent two weeks on site with us in June.", [("2019-06", "month")]),
])
def test_rf15_mock_ofsted_inspectors_month_on_site_is_no_visit(nlp, sentence, want) -> None:
    text = ("Sarah Quenby\nDirector of Children's Services, Rydon Borough Council\nPosted 1 "
            "August 2019\n\nOfsted has rated Rydon Borough Council's children's services good. "
            f"The report was published on 30 July. {sentence}\n")
    assert dates_of(run(nlp, text), "inspection_start") == want


@pytest.mark.parametrize("team, want", [
    # a name whose particles take it past four words is not lost
    ("The inspectors were Ann Bell, HMI, and Maria Luisa de la Fuente, HMI.",
     [("Maria Luisa de la Fuente", "inspector", "HMI")]),
    ("Her Majesty's Inspectors for this visit were Ann Bell and Lisa Grant de la Rue.",
     [("Lisa Grant de la Rue", "inspector", "HMI")]),
    # not: five capitalised words are still no one's name
    ("The inspectors were Ann Bell, HMI, and Maria Luisa Grant Rue Hale, HMI.", []),
])
def test_rf15_particles_do_not_lose_a_long_name(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert [p for p in people(rec) if p[0] != "Ann Bell"] == want


@pytest.mark.parametrize("body, want, overall", [
    # another judge named in a relative clause alone: the main clause's grade is Ofsted's
    ("Help and protection, which an LGA peer review in 2022 had criticised, was rated good by "
     "inspectors this time.", {"help_and_protection": "good"}, None),
    ("Ofsted, which inspects alongside the Care Quality Commission in some areas, rated "
     "Fenmoor's children's services outstanding overall.", {}, "outstanding"),
    ("Help and protection, which the council's scorecard had flagged as a concern, was also "
     "rated good.", {"help_and_protection": "good"}, None),
    # a clause of its own naming Ofsted after the other judge's
    ("The council's self-assessment was borne out: Ofsted rated Fenmoor's children's services "
     "good overall.", {}, "good"),
    # not: the other judge's grade in the relative clause, a mock inspection's inspectors, a
    # mock Ofsted, the other judge named in the clause that names Ofsted
    ("Help and protection, which an LGA peer review rated good, was praised by inspectors.",
     {}, None),
    ("In the mock inspection, inspectors rated help and protection good.", {}, None),
    ("Our self-assessment was clear: a mock Ofsted rated help and protection good.", {}, None),
    ("Our self-assessment said that Ofsted would rate help and protection good.", {}, None),
])
def test_rf15_another_judge_near_a_real_grade(nlp, body, want, overall) -> None:
    rec = run(nlp, S30_PLAIN.format(body=body))
    assert area_grades(rec) == want
    assert grades_of(rec).get("overall_effectiveness") == overall


@pytest.mark.parametrize("body, want", [
    # not: the items under a lead set aside for another authority
    ("Neighbouring Eastshire's results last year were:\n- help and protection (good);\n"
     "- children in care (outstanding).\n\nIn Fenmoor, children in care were judged to "
     "require improvement.", {"children_in_care": "requires_improvement"}),
    ("Other councils in the region were graded as follows:\n- help and protection (good);\n"
     "- children in care (outstanding).", {}),
    ("Neighbouring Eastshire's results last year were:\n- help and protection: good\n"
     "- children in care: outstanding", {}),
    # as the round made it: this inspection's list
    ("Ofsted found that:\n- help and protection (good);\n- children in care "
     "(outstanding).", {"help_and_protection": "good", "children_in_care": "outstanding"}),
])
def test_rf15_a_list_under_another_authoritys_lead(nlp, body, want) -> None:
    assert area_grades(run(nlp, S30.format(body=body))) == want


@pytest.mark.parametrize("body, want", [
    # a lead that hopes, or opens with a word that is no place, keeps its items' grades
    ("Leaders want to build on these grades:\n- help and protection (good);\n- children in "
     "care (outstanding).", {"help_and_protection": "good", "children_in_care": "outstanding"}),
    ("Here is what they said:\n- help and protection: good\n- children in care: outstanding",
     {"help_and_protection": "good", "children_in_care": "outstanding"}),
    # an earlier inspection's lead opens this one's grades beside the old (as in
    # test_grades_then_and_now_session13_su26): kept
    ("The grades, and how they have changed since the last inspection in 2021:\n- Help and "
     "protection: Good (up from RI)\n- Children in care: Good (kept its good rating)",
     {"help_and_protection": "good", "children_in_care": "good"}),
])
def test_rf15_a_list_under_a_lead_kept(nlp, body, want) -> None:
    assert area_grades(run(nlp, S30.format(body=body))) == want


@pytest.mark.parametrize("team, want", [
    # not: the people the inspectors met, or who supported the visit, named after the team
    ("The visit was carried out by two of His Majesty's Inspectors, Ann Bell and Bob Cole, "
     "who met the director, Jo Roe and Al Reed, the lead member.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("The visit was carried out by two of His Majesty's Inspectors, Ann Bell and Bob Cole, "
     "and was supported by Ruth Ellis, a senior policy officer.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    # as before: 'who are both' goes on to their designation
    ("The visit was carried out by Ann Bell and Bob Cole, who are both Her Majesty's "
     "Inspectors.", [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
])
def test_rf15_names_after_the_team_are_no_inspectors(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\nHMI"))
    assert people(rec) == want


# ---- Session 15, round s31dev (secondary_unseen31: texts as they reach an analyst from
# other media) ----

def _s31dev_read(nlp, text: str) -> dict:
    """A text's rows as the text reader and normaliser give it to the pipeline."""
    from pipeline.ingest import ingest_bytes

    return run(nlp, ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text)


def _s31dev_cues(*cues: str) -> str:
    out = []
    for k, cue in enumerate(cues, start=1):
        out.append(f"{k}\n00:0{k // 6}:{(k * 4) % 60:02d},200 --> 00:0{k // 6}:"
                   f"{(k * 4 + 3) % 60:02d},600\n{cue}\n")
    return "\n".join(out)


# Subtitles as a subtitle file gives them (cue numbers, timings, capitals, a sentence
# running across cues) read as text: a cue's number and timing are no text of the
# sentence they interrupt, and text in capitals is read as text.
def test_s31dev_subtitle_cues_in_capitals_read_as_text(nlp) -> None:
    text = ("Programme: WESTERN EVENING NEWS\nTx: 14/03/2023 18:30  Channel: REG2\n\n"
            + _s31dev_cues("CHILDREN'S SERVICES IN THE\nCOUNTY HAVE BEEN RATED",
                           "REQUIRES IMPROVEMENT BY OFSTED.\nTHE REPORT, PUBLISHED TODAY,",
                           "SAYS TOO MANY CHILDREN WAIT.\nTHE INSPECTION RAN",
                           "FROM 6 FEBRUARY TO 17 FEBRUARY.\nHELP AND PROTECTION",
                           "WAS JUDGED GOOD, AND SO WAS\nTHE IMPACT OF LEADERS."))
    rec = _s31dev_read(nlp, text)
    rep = rec["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == ("2023-02-06",
                                                                        "2023-02-17")
    assert rep.get("publication_date") == "2023-03-14"
    assert rep.get("overall_effectiveness") == "requires_improvement"
    grades = {(r["area"], r["grade"]) for r in rec["tables"]["judgements"]}
    assert ("help_and_protection", "good") in grades


@pytest.mark.parametrize("text, kept", [
    # one timing line alone is left as written
    ("The clip (00:04:11,200 --> 00:04:14,600 in the file) was cut.\n\n2\n"
     "00:04:11,200 --> 00:04:14,600\nShown once.\n", "00:04:11,200"),
    # a report's headings in capitals stay as they are
    ("SUMMARY OF JUDGEMENTS\n\n" + "Inspectors found that children are seen quickly and "
     "that plans are reviewed on time by managers. " * 6 + "\n", "SUMMARY OF JUDGEMENTS"),
])
def test_s31dev_no_subtitles_no_capitals_text(text, kept) -> None:
    from pipeline.ingest import ingest_bytes

    assert kept in ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text


def test_s31dev_capitals_text_keeps_may_a_verb(nlp) -> None:
    from pipeline.ingest import ingest_bytes

    text = ("THE COUNCIL SAYS IT MAY APPEAL. INSPECTORS CAME ON 2 MAY AND STAYED UNTIL MARCH "
            "2024. " * 6)
    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert "it may appeal" in norm and "2 May" in norm and "March 2024" in norm


# A day in figures after a broadcast's or post's date label is the text's own date; in
# a sentence it is not.
@pytest.mark.parametrize("top, date", [
    ("Tx: 22/08/2019 18:30  Channel: REG1", "2019-08-22"),
    ("Posted: 22/08/2019", "2019-08-22"),
    ("The bulletin went out after 22/08/2019 at the earliest", None),
])
def test_s31dev_numeric_dateline(nlp, top, date) -> None:
    text = (f"Evening bulletin\n{top}\n\nChildren's services in Dunholme have been rated "
            "inadequate by Ofsted. The inspectors' report, published today, says some "
            "children were left at risk of harm.\n")
    assert run(nlp, text)["report"].get("publication_date") == date


# The inspectors' days with no preposition before the span ('They were on site 11 to 15
# October', 'Inspectors were with us 4-15 March'); the year the post's own.
@pytest.mark.parametrize("sentence, want", [
    ("The report of our short inspection is out. They were on site 11 to 15 October.",
     ("2021-10-11", "2021-10-15")),
    ("Inspectors were with us 11-15 October and met dozens of children.",
     ("2021-10-11", "2021-10-15")),
    # one day alone is no span
    ("The report of our short inspection is out. They were on site 11 October.",
     (None, None)),
    # someone else on site is no visit
    ("The decorators were with us 11-15 October.", (None, None)),
])
def test_s31dev_inspectors_days_with_no_preposition(nlp, sentence, want) -> None:
    text = ("Thread: Quarrington's Ofsted result\n\nPosted: Fri 26 Nov 2021, 09:47\n\n"
            f"Ofsted rated Quarrington's children's services good. {sentence}\n")
    rep = run(nlp, text)["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


# A magazine's two columns converted to text: words broken by their syllables at the
# line end are mended ('protec-' / 'tion'), a compound broken at its hyphen is not
# ('re-' / 'inspection' where the text writes 'inspection' by itself), and a page's
# running head left inside a sentence where the page turned is no text of it.
_S31DEV_COLUMNS = (
    "WESTBURY LIFE | Issue 12 | May 2016 | 4\n\nOfsted: Westbury's children's\n"
    "services are good\n\nThe council's services for\nchildren have been judged\n"
    "good by Ofsted after an\ninspection in March. The\nre-\ninspection found that\n"
    "children who need help and\nprotec-\ntion are seen quickly by\nfoster car-\n"
    "ers and social workers.\nLeadership, management and\ngov-\n"
    "WESTBURY LIFE | Issue 12 | May 2016 | 5\nernance was also rated as\ngood.\n")


@pytest.mark.parametrize("want", [
    "help and protection are seen", "foster carers and", "The re-inspection found",
    "management and governance was also"])
def test_s31dev_two_column_text_mended(want) -> None:
    from pipeline.ingest import ingest_bytes

    norm = ingest_bytes(Path("item.txt"), _S31DEV_COLUMNS.encode("utf-8")).norm.text
    assert want in norm
    assert norm.count("WESTBURY LIFE") == 1  # the head at the top stays


# Lines of ordinary width keep a line-end hyphen the text gives no reason to drop, and a
# line that recurs at the end of a sentence is no running head.
def test_s31dev_wide_text_keeps_its_hyphens_and_lines() -> None:
    from pipeline.ingest import ingest_bytes

    text = ("Inspectors found that the council's arrangements for children who need help "
            "and protec-\ntion are improving, and that its leaders know their services well.\n"
            "Contact us\n\nOur teams are busy this winter and we thank every foster carer.\n"
            "Contact us\n")
    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert "protec-tion" in norm and norm.count("Contact us") == 2


# Speech naming the areas of a counted set of grades after it: 'The other three
# judgements are all requires improvement. That's A, B, and C.'
@pytest.mark.parametrize("second, want", [
    ("That's the experiences and progress of children in care, the experiences and "
     "progress of care leavers, and the impact of leaders on social work practice.",
     {"children_in_care", "care_leavers", "impact_of_leaders"}),
    ("That is for children in care and for care leavers.",
     {"children_in_care", "care_leavers"}),
    # 'that's' opening a sentence about something else gives nothing
    ("That's why care leavers matter so much to us.", set()),
])
def test_s31dev_thats_the_areas_of_a_counted_grade(nlp, second, want) -> None:
    text = ("Wendlesham Borough Council\nCabinet - Thursday 16 November 2023\n\n"
            "[00:15:10] Cllr Amis: Overall, Wendlesham's children's services have been judged "
            "as requires improvement to be good. For children who need help and protection, "
            "inspectors said the service is good.\n\n[00:16:41] Cllr Amis: The other three "
            f"judgements are all requires improvement. {second}\n")
    rows = run(nlp, text)["tables"]["judgements"]
    got = {r["area"] for r in rows if r["grade"] == "requires_improvement"}
    assert got - {"overall_effectiveness"} == want


# An area's name as a run-in heading ('Care leavers.'), then 'This one' or 'Also' with
# the grade: the heading's area takes it.
@pytest.mark.parametrize("para, want", [
    ('Care leavers. This one "requires improvement to be good". Too many wait.',
     ("care_leavers", "requires_improvement")),
    ("Children in care. Also good: inspectors found that children live in stable homes.",
     ("children_in_care", "good")),
    # 'also good' then more words is not the heading's grade
    ("Children in care. Also good was the work of the fostering panel this year.", None),
])
def test_s31dev_run_in_area_heading(nlp, para, want) -> None:
    text = ("What Ofsted said about Ashcombe's children's services\n\nPosted 28 July 2025\n\n"
            "The overall verdict is that Ashcombe's children's services \"require improvement "
            f"to be good\".\n\nOn the four areas:\n\n{para}\n")
    rows = run(nlp, text)["tables"]["judgements"]
    got = [(r["area"], r["grade"]) for r in rows if r["area"] != "overall_effectiveness"]
    assert got == ([want] if want else [])


# In narrow columns a compound broken at its hyphen keeps it where either part is a word
# the text writes by itself ('child-' / 'focused' beside 'child'); a sentence a plain-text
# report writes twice is no running head.
def test_s31dev_narrow_columns_keep_compounds_and_repeated_lines() -> None:
    from pipeline.ingest import ingest_bytes

    text = ("Social workers know each\nchild well. The work was\nchild-\nfocused and "
            "timely, and\nthe council's plans are\nclear and up to date.\n")
    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert "child-focused" in norm
    line = "services at a time of financial austerity in 2014. This has led to"
    text = (f"12. Leaders have invested in children's\n{line}\nnew posts and a new academy.\n\n"
            f"The summary repeats it: leaders invested in\n{line}\nnew posts.\n")
    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert norm.count("financial austerity") == 2


# A breadcrumb trail on the first line is no headline: the thread's title under it is.
@pytest.mark.parametrize("top, la", [
    ("SocialWorkTalk Forums > Local authorities > North West\n"
     "Thread: Quarrington's short Ofsted inspection - result is out\n", "Quarrington"),
    ("Home > News > Children and families\nQuarrington's children's services rated good\n",
     "Quarrington"),
    # a trail whose last step names the inspection is read as the headline
    ("Carers' Forum > General discussion > Ofsted report on Quarrington - what now?\n",
     "Quarrington"),
])
def test_s31dev_breadcrumb_above_the_headline(nlp, top, la) -> None:
    text = (f"{top}\nPosted: Fri 26 Nov 2021, 09:47\n\nMorning all. Ofsted rated our "
            "children's services good overall at Quarrington Borough Council.\n")
    assert run(nlp, text)["report"].get("local_authority") == la


# 'good or better' is a floor every grade meets, not a grade of its own: the list under
# it gives each area its grade.
@pytest.mark.parametrize("lead, want", [
    ("Every one of the four judgements is good or better:", "outstanding"),
    ("All four judgements were good and above:", "outstanding"),
])
def test_s31dev_good_or_better_is_no_grade(nlp, lead, want) -> None:
    text = ("Huge news for Pellingham\n\nOfsted has rated Pellingham Council's children's "
            f"services good overall.\n\n{lead}\n- Help and protection - Good\n"
            "- Care leavers - Outstanding\n")
    rows = run(nlp, text)["tables"]["judgements"]
    assert {r["area"]: r["grade"] for r in rows}.get("care_leavers") == want


# with more after it, 'rated good or better' is still the grade
def test_s31dev_rated_good_or_better_in_a_sentence_is_a_grade(nlp) -> None:
    text = ("Ofsted praises Elmbury's services for children\n\nPublished 11 August 2023\n\n"
            "Inspectors visited Elmbury from 19 to 30 June 2023. Elmbury is one of only three "
            "councils in the region to be rated good or better this year.\n")
    rows = run(nlp, text)["tables"]["judgements"]
    assert {r["area"]: r["grade"] for r in rows}.get("overall_effectiveness") == "good"


# OCR's figures for letters inside words are read as the letters; figures that belong
# to the word are not.
@pytest.mark.parametrize("line, want", [
    ("0fsted rated our chi1dren's services and fami1ies 1eaders good.",
     "Ofsted rated our children's services and families leaders good."),
    ("On the 1st and 10th, at 10am, KS1 and Q1 results, persona1 page1 2,044 x10.",
     "On the 1st and 10th, at 10am, KS1 and Q1 results, persona1 page1 2,044 x10."),
])
def test_s31dev_ocr_figures_for_letters(line, want) -> None:
    from pipeline.ingest.text import mend_ocr_digits

    assert mend_ocr_digits(line) == want


# The report's day after 'last' and its weekday ('came out last Friday, 25 July'), the
# year the post's own.
@pytest.mark.parametrize("words, date", [
    ("came out last Friday, 25 July", "2025-07-25"),
    ("came out on Friday, 25 July", "2025-07-25"),
    # 'last' with no weekday is no day's
    ("came out last, on the council's site", None),
])
def test_s31dev_report_out_last_weekday_and_day(nlp, words, date) -> None:
    text = ("Cllr Nell Garside - Ashcombe Central ward\nNotes from the council chamber\n\n"
            "Home | About me | Surgeries | Contact\n\nMonday 28 July 2025\n\nWhat Ofsted said "
            f"about Ashcombe's children's services\n\nOfsted's inspection report on Ashcombe's "
            f"services for children {words}, and I have read all of it. The overall verdict is "
            "that Ashcombe's children's services \"require improvement to be good\".\n")
    assert run(nlp, text)["report"].get("publication_date") == date


# Minutes telling the inspection with Ofsted as the subject and its days in figures in
# brackets, years in two figures; another inspectorate's or a year-named earlier one not.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted had inspected Lowestead County Council's children's services under the single "
     "inspection framework (12.01.15 - 04.02.15) and had published its report on 20 March "
     "2015.", ("2015-01-12", "2015-02-04")),
    ("Ofsted inspected our children's services (12.01.2015 – 04.02.2015) and published its "
     "report on 20 March 2015.", ("2015-01-12", "2015-02-04")),
    ("HMI Probation had inspected Lowestead County Council's youth justice services "
     "(12.01.15 - 04.02.15).", (None, None)),
])
def test_s31dev_minutes_inspected_days_in_brackets(nlp, sentence, want) -> None:
    text = ("LOWESTEAD COUNTY COUNCIL\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\n"
            "MINUTES of the meeting held at County Hall, Lowestead on Tuesday 21 April 2015\n\n"
            "25/15  OFSTED INSPECTION OF LOWESTEAD COUNTY COUNCIL'S SERVICES FOR CHILDREN\n\n"
            f"The Director introduced the report. {sentence} The Director reported that the "
            "overall effectiveness of the council's services had been judged good.\n")
    rep = run(nlp, text)["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


# 'this morning' in a forwarded email is the day its own message was sent (the last
# 'Sent:' line above it), not the forward's.
_S31DEV_FORWARD = (
    "From: Kerry Stubbs\nSent: Monday, 9 March 2026 08:31\nTo: All Staff\nSubject: FW: Ofsted "
    "report published\n\nMorning all, in case anyone missed this on Friday.\nKerry\n\n"
    "{original}Dear colleagues,\n\n{sentence} We have been judged good overall.\n\n"
    "With best wishes,\n\nAlison Threlfall\nDirector of Children's Services\nBarrowden Council\n")


@pytest.mark.parametrize("original, sentence, date", [
    ("-----Original Message-----\nFrom: Director\nSent: Friday, 6 March 2026 09:12\n"
     "Subject: Ofsted report published\n\n",
     "Ofsted published the report of its inspection of Barrowden Council's children's "
     "services this morning.", "2026-03-06"),
    # no message of its own inside: the email's own day
    ("", "Ofsted published the report of its inspection of Barrowden Council's children's "
     "services this morning.", "2026-03-09"),
    # the day someone read it is not the report's
    ("", "Ofsted published the report, which I read this morning.", None),
])
def test_s31dev_this_morning_in_a_forwarded_message(nlp, original, sentence, date) -> None:
    text = _S31DEV_FORWARD.format(original=original, sentence=sentence)
    assert run(nlp, text)["report"].get("publication_date") == date


# This inspection told as the first since the earlier one dates the earlier one.
@pytest.mark.parametrize("sentence, want", [
    ("The report is the first full inspection of the council since November 2013.",
     [("2013-11", "month")]),
    ("It was Ofsted's first inspection of Elmsworth since 2013.", [("2013", "year")]),
    # the first of something else since a date is no inspection
    ("It is the first pay rise for social workers since November 2013.", []),
    # nor a date told by what happened then
    ("It is the first full inspection since May 2015, when Ofsted launched a new framework.",
     []),
])
def test_s31dev_first_inspection_since(nlp, sentence, want) -> None:
    text = ("PRACTICE WEEKLY\n\nElmsworth children's services slip to inadequate\n\n"
            "Elmsworth council's children's services have been rated inadequate by Ofsted. "
            f"The inspection was carried out on 7-31 March 2016. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# A social post's time stamp under the post is its own date: it dates 'today' and a span
# written without its year; a reply's short date is not one.
@pytest.mark.parametrize("stamp, want", [
    ("12:41 PM · 30 Apr 2024 · 14.2K Views", ("2024-03-04", "2024-03-15", "2024-04-30")),
    ("09:15 · 30 April 2024", ("2024-03-04", "2024-03-15", "2024-04-30")),
    ("Pellingham Labour @PellinghamLab · 30 Apr", (None, None, None)),
])
def test_s31dev_a_posts_time_stamp_dates_it(nlp, stamp, want) -> None:
    text = ("Cllr Tessa Morrow\n@TessaMorrowPC · Follow\nLeader of the council. Views my own."
            "\n\nHuge news: Ofsted has rated Pellingham Council's children's services GOOD "
            "overall!\n\nThe report on Pellingham Council's services for children came out "
            "today. Inspectors were with us 4-15 March and spoke to hundreds of children, "
            "families, carers and staff.\n\n#Pellingham #ProudOfOurStaff\n\n"
            f"{stamp}\n\n213 Reposts   38 Quotes   1,044 Likes\n")
    rep = run(nlp, text)["report"]
    got = (rep.get("inspection_start"), rep.get("inspection_end"), rep.get("publication_date"))
    assert got == want


# A meeting's record under the council's name: the agenda item naming the inspection is
# the headline; an item about something else is not.
@pytest.mark.parametrize("item, la", [
    ("Item 7: Ofsted inspection of Wendlesham's children's services - outcome", "Wendlesham"),
    ("Item 6: Budget monitoring for Wendlesham's libraries", "Wendlesham Borough Council"),
    # an item naming no authority leaves the council's name over the page
    ("Item 7: Outcome of the Ofsted inspection of local authority children's services",
     "Wendlesham Borough Council"),
])
def test_s31dev_agenda_item_is_the_headline(nlp, item, la) -> None:
    text = ("Wendlesham Borough Council\nCabinet - Thursday 16 November 2023, 6.30pm\nWebcast "
            f"transcript (automatically generated captions)\n{item}\n\n[00:14:32] Cllr Amis: "
            "Members will have seen that Ofsted published its report on Wendlesham Borough "
            "Council's children's services last Friday. Overall, Wendlesham's children's "
            "services have been judged as requires improvement to be good.\n")
    assert run(nlp, text)["report"].get("local_authority") == la


# A role held at the council before its name is no part of the authority's name.
@pytest.mark.parametrize("profile, la", [
    ("Leader of Pellingham Council. Views my own.", "Pellingham Council"),
    ("Chief Executive of Pellingham Council. Views my own.", "Pellingham Council"),
])
def test_s31dev_a_role_before_the_council_is_no_part_of_its_name(nlp, profile, la) -> None:
    text = (f"[OCR of screenshot image, 1 of 2]\n\nCllr Tessa Morrow\n@TessaMorrowPC · Follow\n"
            f"{profile}\n\nHuge news: Ofsted has rated our children's services GOOD overall!\n\n"
            "The report on Pellingham Council's services for children came out today.\n")
    assert run(nlp, text)["report"].get("local_authority") == la


# The visit's row keeps its first day's name in its text, as it keeps the later day's.
@pytest.mark.parametrize("visit, text", [
    ("Inspectors visited on Tuesday 12 July and Wednesday 13 July 2022.",
     "Tuesday 12 July and Wednesday 13 July 2022"),
    ("Inspectors visited on Tues 12 July and Wed 13 July 2022.",
     "Tues 12 July and Wed 13 July 2022"),
    ("Inspectors visited on 12 and 13 July 2022.", "12 and 13 July 2022"),
])
def test_a_visits_text_keeps_its_first_days_name(nlp, visit, text) -> None:
    rows = run(nlp, MONITORING.format(box="", visit=visit))["tables"]["dates"]
    assert [r["text"] for r in rows if r["kind"].startswith("inspection_")] == [text, text]


# -- round r15dev (session 15): letters_unseen25 and secondary_unseen32 -----------------

# An earlier inspection told as carried out in the place before its year, and a revisit's
# initial inspection told by when it took place, with its month (the line may break
# before it); not one still to come, nor one after this visit began.
@pytest.mark.parametrize("sentence, want", [
    ("A joint targeted area inspection was carried out in Westshire in 2018, and leaders "
     "have acted on its findings.", [("2018", "year")]),
    ("The initial inspection took place in\nJune 2018.", [("2018-06", "month")]),
    ("A joint targeted area inspection will be carried out in Westshire in 2022.", []),
    ("The initial inspection took place in March 2021.", []),
    ("An initial health assessment took place in June 2018.", []),
])
def test_r15dev_earlier_inspection_in_the_place_or_initial(nlp, sentence, want) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    assert dates_of(rec, "previous_inspection") == want


# A council's item under its name alone and lines saying what the item is, when it may be
# used or its date: the headline under them, where it names the authority, is the
# headline; one that does not name it, or a meeting's line, leaves the council's name.
_R15DEV_BODY = ("Ofsted has today published its report on Wendlesham Borough Council's "
                "children's services, judging them good overall. Inspectors were in "
                "Wendlesham between 1 and 12 November 2021.\n")


@pytest.mark.parametrize("top, la", [
    ("Wendlesham Borough Council\nPress release\n\nFor immediate release\n\n"
     "Wendlesham's children's services judged good by Ofsted", "Wendlesham"),
    ("Wendlesham Borough Council\n\nNews\n\nPublished: 21 December 2021\n\n"
     "Wendlesham children's services are good, says Ofsted", "Wendlesham"),
    ("Wendlesham Borough Council\nPress release\n\nEMBARGOED UNTIL 00.01 TUESDAY 14 DECEMBER "
     "2021\n\nOfsted: Wendlesham children's services are good", "Wendlesham"),
    ("Wendlesham Borough Council\nPress release\n\nGood news from Ofsted",
     "Wendlesham Borough Council"),
    ("Wendlesham Borough Council\n\nMinutes of the Cabinet meeting held on 14 December 2021"
     "\n\nWendlesham children's services", "Wendlesham Borough Council"),
])
def test_r15dev_headline_under_the_councils_name(nlp, top, la) -> None:
    assert run(nlp, f"{top}\n\n{_R15DEV_BODY}")["report"].get("local_authority") == la


# A publication's name over the headline, then a byline: the headline names the authority;
# a council's name alone under 'News release' is no headline, nor a subtitle over a date.
@pytest.mark.parametrize("top, la", [
    ("Children's Services Weekly\n\nRookham out of 'inadequate' after Ofsted re-inspection\n\n"
     "By Deborah Lyle\n22 February 2018", "Rookham"),
    ("Children's Services Weekly\n\nOut of 'inadequate' after Ofsted re-inspection\n\n"
     "By Deborah Lyle\n22 February 2018", "Rookham Council"),
    ("News release\nRookham Council\n22 February 2018\n\nOfsted lifts Rookham out of "
     "'inadequate'", "Rookham"),
    # a publication's subtitle naming the place over a date line is no headline
    ("Safeguarding Matters\nStaff newsletter of the safeguarding team, Rookham Community "
     "Health NHS Trust\nWednesday 15 December 2021\n\nOfsted rates Rookham Council's "
     "children's services requires improvement", "Rookham Council"),
])
def test_r15dev_headline_between_publication_and_byline(nlp, top, la) -> None:
    text = (f"{top}\n\nRookham Council's children's services are no longer inadequate, "
            "Ofsted has found, after a re-inspection rated them requires improvement to be "
            "good overall.\n")
    assert run(nlp, text)["report"].get("local_authority") == la


# The report's day in brackets after 'published today' or after its weekday (the year
# the text's own); brackets holding no day date nothing.
@pytest.mark.parametrize("top, sentence, date", [
    ("Norbridge City Council\nPress release\n\nEMBARGOED UNTIL 00.01 TUESDAY 14 DECEMBER 2021",
     "Children's services in Norbridge are good, according to an Ofsted report published "
     "today (Tuesday 14 December 2021).", "2021-12-14"),
    ("Children's Services Weekly\n\nNorbridge rated good by Ofsted\n\nBy Deborah Lyle\n"
     "17 December 2021", "The report was published on Tuesday (14 December).", "2021-12-14"),
    # (the embargo line in capitals is the release's own date since sleft25, session 25: 'today'
    # is its day, not the bracket's November days)
    ("Norbridge City Council\nPress release\n\nEMBARGOED UNTIL 00.01 TUESDAY 14 DECEMBER 2021",
     "Children's services in Norbridge are good, according to an Ofsted report published "
     "today (the inspection ran from 1 to 12 November 2021).", "2021-12-14"),
])
def test_r15dev_publication_day_in_brackets(nlp, top, sentence, date) -> None:
    text = (f"{top}\n\n{sentence} Ofsted inspected Norbridge City Council's services for "
            "children between 1 and 12 November 2021. Overall effectiveness is good.\n")
    assert run(nlp, text)["report"].get("publication_date") == date


# Another authority named after a comma, its grade in a relative clause, is no earlier
# inspection of this one; the text's own so named is.
@pytest.mark.parametrize("sentence, want", [
    ("Rookham's improvement partner, Dunstowe Council, which was itself rated outstanding by "
     "Ofsted in 2017, has been working with the authority.", []),
    ("Across the region, Rookham Council, which was rated inadequate in April 2016, is the "
     "only one to have improved so quickly.", [("2016-04", "month")]),
])
def test_r15dev_another_council_set_off_by_commas(nlp, sentence, want) -> None:
    text = ("Children's Services Weekly\n\nRookham out of 'inadequate' after Ofsted "
            "re-inspection\n\nBy Deborah Lyle\n22 February 2018\n\nRookham Council's "
            "children's services are no longer inadequate, Ofsted has found. The "
            f"re-inspection was carried out from 8 to 19 January 2018. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# 'all three were rated X:' then the areas: each takes the grade.
@pytest.mark.parametrize("lead, want", [
    ("In Wexcombe, all three were rated inadequate:", "inadequate"),
    ("In Wexcombe, all three were judged good:", "good"),
])
def test_r15dev_all_three_then_the_areas(nlp, lead, want) -> None:
    text = ("Wexcombe Council's children's services rated inadequate\n\nThursday 12 March "
            "2020, 6.14pm\n\nChildren's services at Wexcombe Council have been rated by "
            f"Ofsted.\n\nOfsted judges councils in three areas. {lead} the impact of leaders "
            "on social work practice, the experiences and progress of children who need help "
            "and protection, and the experiences and progress of children in care and care "
            "leavers.\n")
    rows = run(nlp, text)["tables"]["judgements"]
    got = {r["area"]: r["grade"] for r in rows if r["area"] != "overall_effectiveness"}
    assert got == {"impact_of_leaders": want, "help_and_protection": want,
                   "children_in_care_and_care_leavers": want}


# ---- Session 15, helper rf15b (a second reading of rounds l24dev and s31dev) ----

# 'initial' marks an earlier inspection only before the inspection or visit it qualifies:
# an initial meeting, briefing or contact leaves the sentence dating this visit.
@pytest.mark.parametrize("sentence, visit", [
    ("After an initial meeting with the director, inspectors were on site from 4 to 15 "
     "March 2019.", ("2019-03-04", "2019-03-15")),
    ("Following initial feedback to leaders, inspectors were in Dunholme from 4 to 15 March "
     "2019.", ("2019-03-04", "2019-03-15")),
    # still not: the initial inspection itself
    ("The initial joint local area SEND inspection took place from 9 to 13 April 2018.",
     (None, None)),
])
def test_rf15b_an_initial_meeting_is_no_earlier_inspection(nlp, sentence, visit) -> None:
    text = ("Dunholme children's services rated good\n\nPosted on 10 April 2019\n\nOfsted has "
            f"rated Dunholme Council's children's services as good. {sentence}\n")
    rep = run(nlp, text)["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == visit


# OCR's mending leaves a sum or a count written close up to its word: a figure after a
# currency sign, or before million, billion or a unit of time, is no letter.
@pytest.mark.parametrize("line", [
    "The council pledged £1million, then £1billion over ten years, and $1million more.",
    "Some 1million children, 1hour a week, 1year on.",
])
def test_rf15b_ocr_mending_keeps_sums_written_close(line) -> None:
    from pipeline.ingest.text import mend_ocr_digits

    assert mend_ocr_digits(line) == line


def test_rf15b_a_sum_written_close_is_still_a_metric(nlp) -> None:
    text = ("Dunholme council pledges £1million after Ofsted verdict\n\n12 March 2024\n\n"
            "Dunholme Council has promised £1million for children's social care after Ofsted "
            "rated its services for children as requires improvement to be good.\n")
    rows = _s31dev_read(nlp, text)["tables"]["metrics"]
    assert any(r.get("value_text") == "£1million" for r in rows)


# A judgement table in capitals over a short paragraph is a table, not text set in
# capitals: its rows are neither counted nor set in small letters, so its grades are not
# read as prose (every one had become the last row's).
def test_rf15b_a_table_in_capitals_is_no_capitals_text(nlp) -> None:
    text = ("OFSTED INSPECTION OF DUNHOLME CHILDREN'S SERVICES: SUMMARY FOR MEMBERS\n\n"
            "JUDGEMENT                                                        GRADE\n"
            "THE IMPACT OF LEADERS ON SOCIAL WORK PRACTICE WITH CHILDREN AND FAMILIES    GOOD\n"
            "THE EXPERIENCES AND PROGRESS OF CHILDREN WHO NEED HELP AND PROTECTION       GOOD\n"
            "THE EXPERIENCES AND PROGRESS OF CHILDREN IN CARE AND CARE LEAVERS           "
            "REQUIRES IMPROVEMENT TO BE GOOD\n"
            "OVERALL EFFECTIVENESS                                                       GOOD\n"
            "\nOfsted inspected Dunholme from 4 to 15 March 2019. The report was published on"
            "\n9 April 2019.\n")
    rec = _s31dev_read(nlp, text)
    grades = {r["area"]: r["grade"] for r in rec["tables"]["judgements"]}
    assert grades.get("help_and_protection") != "requires_improvement"
    assert grades.get("impact_of_leaders") != "requires_improvement"
    from pipeline.ingest import ingest_bytes

    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert "CHILDREN WHO NEED HELP AND PROTECTION" in norm


# Text set in capitals and set in small letters keeps the field's acronyms: 'the CQC',
# 'CAMHS', 'the area SEND inspection'; the verb 'send' stays a verb.
def test_rf15b_capitals_text_keeps_acronyms() -> None:
    from pipeline.ingest import ingest_bytes

    text = ("THE AREA SEND INSPECTION OF THE COUNTY HAS FOUND WEAKNESSES. INSPECTORS FROM "
            "OFSTED AND THE CQC SAID CAMHS WAITING TIMES WERE TOO LONG. THE COUNCIL WILL "
            "SEND ITS PLAN TO THE DFE AND ITS NHS PARTNERS. " * 3)
    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert "The area SEND inspection" in norm and "the CQC" in norm and "CAMHS" in norm
    assert "will send its plan" in norm and "NHS partners" in norm


# 'Since the inspection began on ...' tells the time since this inspection began: its day
# is this inspection's first, never an earlier inspection's.
@pytest.mark.parametrize("sentence", [
    "Since the inspection began on 4 March 2019, leaders have shared early findings.",
    "Since the inspection team arrived on 4 March 2019, leaders have shared early findings.",
])
def test_rf15b_since_this_inspection_began_is_no_earlier_one(nlp, sentence) -> None:
    text = ("Dunholme children's services rated good\n\nPosted on 10 April 2019\n\nOfsted has "
            f"rated Dunholme Council's children's services as good. {sentence}\n")
    rec = run(nlp, text)
    assert ("2019-03-04", "day") not in dates_of(rec, "previous_inspection")
    assert rec["report"].get("inspection_start") == "2019-03-04"


# In narrow columns a line-end hyphen is kept where the text writes the compound whole
# elsewhere ('self-harm'), or writes its second part as a compound's ('short-term' beside
# 'long-' / 'term'); a word broken by its syllables is still mended.
def test_rf15b_narrow_columns_keep_a_compound_written_elsewhere() -> None:
    from pipeline.ingest import ingest_bytes

    text = ("CASTLEMERE MATTERS\nIssue 41 | April 2019\n\nJoint inspection\npraises partners\n\n"
            "Inspectors carried out\na joint inspection of\nthe response to self-harm\nin "
            "Castlemere from 4 to\n8 March 2019. They found\nthat short-term help was\nstrong "
            "and quick. Young\npeople at risk of self-\nharm were seen quickly,\nand long-\nterm "
            "support was in\nplace for them after\nthey left. Leaders are\nnow protec-\nting more "
            "children.\n")
    norm = ingest_bytes(Path("item.txt"), text.encode("utf-8")).norm.text
    assert "risk of self-harm" in norm and "and long-term support" in norm
    assert "now protecting more" in norm


# -- round r16dev (session 16): letters_unseen26, letters_unseen27, secondary_unseen33 and
# secondary_unseen34 -----------------------------------------------------------------------

# The visit's inspectors after their plural designation with its short form in brackets,
# 'HMIs' as well as 'HMI', the names wrapped over a line end; HMIs who met leaders are no
# sentence naming the team.
@pytest.mark.parametrize("team, want", [
    ("His Majesty’s Inspectors (HMIs) for this visit were Ann\nBell, Bob Cole and Cy Dunn.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI"),
      ("Cy Dunn", "inspector", "HMI")]),
    ("Her Majesty’s Inspectors (HMI) for this visit were Ann Bell and Bob Cole.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Bob Cole", "inspector", "HMI")]),
    ("His Majesty’s Inspectors (HMIs) met leaders, Jo Hale and Ed Fox, on the first day.",
     [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_r16dev_inspectors_after_hmis_in_brackets(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\n"
                                 "His Majesty’s Inspector"))
    assert people(rec) == want


# A revisit letter's initial inspection told by a participle after a comma, with its month;
# the initial findings of this visit are none.
@pytest.mark.parametrize("sentence, want", [
    ("As a result of the findings of the initial inspection, carried out in May 2019, a "
     "WSOA was required.", ("previous_inspection", "2019-05", "May 2019")),
    ("The initial SEND inspection, conducted in March 2018, found weaknesses.",
     ("previous_inspection", "2018-03", "March 2018")),
    ("The initial findings, carried out in May 2019, were shared.", None),
    ("The initial findings of this inspection, carried out in February 2021, were shared.",
     None),
])
def test_r16dev_initial_inspection_carried_out_after_a_comma(nlp, sentence, want) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    prev = {(d["kind"], d["date"], d["text"]) for d in rec["tables"]["dates"]
            if d["kind"] == "previous_inspection"}
    assert prev == ({want} if want else set())


# A numbered list of a SIF report's grades, each after its label and a colon in small letters:
# the line long enough to be read as a run-on head keeps its grade ('2. Children looked after
# and achieving permanence: requires improvement'), so the grade is read; a label with a colon
# and text after it is not broken either; the rows of a table run onto one line still are.
def test_r16dev_a_numbered_sif_grade_list_keeps_each_grade(nlp) -> None:
    text = ("Wyeshire children's services judged inadequate\n\nPosted on 18 May 2015\n\n"
            "Inspectors judged our services inadequate overall. The grades were:\n\n"
            "1. Children who need help and protection: inadequate\n"
            "2. Children looked after and achieving permanence: requires improvement\n"
            "3. Leadership, management and governance: inadequate\n")
    grades = {r["area"]: r["grade"] for r in _s31dev_read(nlp, text)["tables"]["judgements"]}
    assert grades.get("looked_after_and_permanence") == "requires_improvement"
    assert grades.get("help_and_protection") == "inadequate"


@pytest.mark.parametrize("line, want", [
    ("2. Children looked after and achieving permanence: requires improvement", 1),
    ("2. Children looked after and achieving permanence: Requires improvement", 1),
    ("2. Children looked after and achieving permanence: the council has made progress since",
     1),
    ("Text before it. 2. Children looked after and achieving permanence Requires improvement "
     "3. Leadership, management and governance Good", 4),
])
def test_r16dev_a_sif_label_with_its_colon_is_not_broken(line, want) -> None:
    from pipeline.ingest.run_on import split_run_on

    assert len(split_run_on(line)) == want


# An earlier inspection told by its year after a comma and the verdict the authority was
# told then ('Four years ago, in 2014, the council was told its services required
# improvement'); a telling with no grade, or of a neighbour, is none, nor an event.
@pytest.mark.parametrize("body, want", [
    ("Four years ago, in 2015, the council was told its services required improvement.",
     [("2015", "year")]),
    ("In 2015, Thornleigh was told that it was inadequate.", [("2015", "year")]),
    ("In 2015, the council was told to cut its budget.", []),
    ("Four years ago, in 2015, the council was told neighbouring Ashcombe required "
     "improvement.", []),
    ("Four years ago, in 2015, the council opened a new family hub.", []),
])
def test_r16dev_years_ago_then_the_year_and_a_verdict(nlp, body, want) -> None:
    text = (f"Thornleigh rated good by Ofsted\n14 November 2019\nThornleigh Council's "
            f"children's services were rated good. Inspectors visited from 7 to 18 October "
            f"2019.\n{body}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# A council page's line labelled as the report's publication dates the report with no
# 'Inspection dates:' line beside it where the visit's days written in a sentence stand
# there instead, a bullet before it or not; a bare 'Published:' line or the page's own
# update is still no report's date, nor is the labelled line far from the visit's days.
R16DEV_PAGE = ("Home > Children and families > Ofsted inspection 2020\n\nOfsted inspection of "
               "children's services 2020\n\nOfsted inspected Pennick Borough Council's "
               "children's services from 2 to 13 March 2020.\n\n{line}\n\nWhat Ofsted found\n\n"
               "Ofsted judged that our services for children require improvement to be good "
               "overall.\n\nPage last updated: 12 May 2020\n")


@pytest.mark.parametrize("line, want", [
    ("Report published: 7 May 2020", "2020-05-07"),
    ("• Report published: 7 May 2020", "2020-05-07"),
    ("Ofsted report published: 07/05/2020", "2020-05-07"),
    ("Published: 7 May 2020", None),
    ("Report published in May 2020", None),
    ("The council runs many services for families. " * 6 + "\n\nReport published: 7 May 2020",
     None),
])
def test_r16dev_a_report_published_line_on_a_council_page(nlp, line, want) -> None:
    rec = run(nlp, R16DEV_PAGE.format(line=line))
    assert visit_of(rec) == ("2020-03-02", "2020-03-13", want)


# A news item dating the visit by the inspectors' visiting or inspecting the place over
# weeks in a month (no day written): month precision, the year the text's own; not days,
# not mock inspectors; two months are dated since sdates17 (tests/fixtures/secondary/README.md).
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors visited Thornleigh Council over three weeks in February.",
     ("2024-02", "2024-02")),
    ("Ofsted inspected the council for two weeks in February 2024.", ("2024-02", "2024-02")),
    ("Inspectors visited the front door for two days in February.", (None, None)),
    ("Mock inspectors visited the council over two weeks in February.", (None, None)),
    ("Inspectors visited Thornleigh Council over three weeks in February and March.",
     ("2024-02", "2024-03")),
])
def test_r16dev_inspectors_visited_over_weeks_in_a_month(nlp, sentence, want) -> None:
    text = ("Thornleigh children's services rated inadequate\n\nThornleigh Mercury\nFriday 5 "
            f"April 2024\n\nOfsted has rated Thornleigh's children's services inadequate. "
            f"{sentence} The council was rated inadequate overall.\n")
    assert visit_of(run(nlp, text))[:2] == want


# A council website's section name alone on the first line ('News and updates') is no
# headline: the authority is read from the headline under it; a first line that is a
# headline with the word 'news' in it stays the headline.
R16DEV_WEB_NEWS = ("{first}\n\n{headline}\n\nPublished: 6 March 2026\n\nOur children's services"
                   " have been rated good by Ofsted following an inspection in January.\n\n"
                   "Inspectors were with us from 19 to 30 January 2026. Ofsted judged our "
                   "services good overall.\n\nIn its report, Ofsted said: \"Children in care in "
                   "Thornleigh thrive.\"\n")


@pytest.mark.parametrize("first, headline, want", [
    ("News and updates", "Ofsted says Thornleigh's services for children are good",
     "Thornleigh"),
    ("Latest news", "Ofsted says Thornleigh's services for children are good", "Thornleigh"),
    ("Good news for Thornleigh's children as Ofsted rates services good",
     "What the inspectors said", "Thornleigh"),
])
def test_r16dev_a_site_section_name_over_the_headline(nlp, first, headline, want) -> None:
    rec = run(nlp, R16DEV_WEB_NEWS.format(first=first, headline=headline))
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"].get("local_authority", "") == want


# --- Round s35dev (session 16): forms behind secondary_unseen35's misses ---

# A weekly paper written month first, as in American usage: its dateline ('Thursday, April
# 16, 2015'), the report 'published on April 14' and 'an inspection that ran from February 2
# to February 26' take the dateline's year; day first is read as before, and a range that
# only names something else's dates (a closure) is no visit.
S35DEV_MONTH_FIRST = ("THE THORNLEIGH ADVERTISER\n{dateline}\n\nThornleigh children's services "
                      "'require improvement', says Ofsted\n\nThornleigh Council's services for "
                      "children are not yet good enough, Ofsted inspectors have found.\n\n"
                      "{sentence}\n\nThe council's leader said she accepted the findings.\n")


@pytest.mark.parametrize("dateline, sentence, want", [
    ("Thursday, April 16, 2015",
     "The watchdog's report, published on April 14, rated the council's children's services "
     "as requires improvement overall after a four-week inspection that ran from February 2 "
     "to February 26.", ("2015-02-02", "2015-02-26", "2015-04-14")),
    ("April 16, 2015",
     "The report, published on April 14, rated the services as requires improvement overall "
     "after an inspection which ran from February 2 to February 26.",
     ("2015-02-02", "2015-02-26", "2015-04-14")),
    ("Thursday 16 April 2015",
     "The watchdog's report, published on 14 April, rated the services as requires "
     "improvement overall after a four-week inspection that ran from 2 to 26 February.",
     ("2015-02-02", "2015-02-26", "2015-04-14")),
    ("Thursday, April 16, 2015",
     "The watchdog's report rated the services as requires improvement overall. The family "
     "hub that ran from February 2 to February 26 was closed.", (None, None, None)),
])
def test_s35dev_month_first_dateline_visit_and_publication(nlp, dateline, sentence,
                                                           want) -> None:
    rec = run(nlp, S35DEV_MONTH_FIRST.format(dateline=dateline, sentence=sentence))
    assert visit_of(rec) == want


@pytest.mark.parametrize("written, want", [
    ("April 16, 2015", ("2015-04-16", "day")),
    ("April 14 2015", ("2015-04-14", "day")),
    ("16 April 2015", ("2015-04-16", "day")),
    ("April 2015", ("2015-04", "month")),
    ("April 16", None),
])
def test_s35dev_a_single_date_written_month_first(nlp, written, want) -> None:
    from pipeline.nlp.components.dates import DateGrammar
    from pipeline.nlp.resources import load_json

    rules = load_json("dates_rules.json")
    grammar = DateGrammar(rules["months"], rules["range_connectors"], rules["day_words"],
                          rules["day_words_after"])
    assert grammar.parse_single(written) == want


# A news item dating the visit only by its length and month ('follows a two-week
# inspection in January'): month precision, the year the text's own; two months too (since
# sdates17, tests/fixtures/secondary/README.md); not a mock inspection, not days.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted's report, published on 6 March, follows a two-week inspection in January.",
     ("2020-01", "2020-01")),
    ("The report follows a three-week inspection in November 2019.", ("2019-11", "2019-11")),
    ("The report follows a three-week inspection in January and February.",
     ("2020-01", "2020-02")),
    ("The report follows a two-week mock inspection in January.", (None, None)),
    ("The report follows a two-day inspection in January.", (None, None)),
])
def test_s35dev_an_inspection_of_weeks_in_a_month(nlp, sentence, want) -> None:
    text = ("The Thornleigh Echo\nMonday 9 March 2020\n\nThornleigh children's services rated "
            f"inadequate\n\nChildren's services in Thornleigh have been rated inadequate. "
            f"{sentence} Inspectors judged the overall effectiveness of the service "
            "inadequate.\n")
    assert visit_of(run(nlp, text))[:2] == want


# A committee's report under the council's name in capitals: the name as the body spells
# it ('Thornleigh County Council'); the capitals name only in part, or a headline in
# capitals that is no name, leave the body's name.
S35DEV_COMMITTEE = ("{top}\n\nChildren's Services Scrutiny Committee\nWednesday 21 June 2017\n\n"
                    "Agenda item 7: Outcome of the Ofsted inspection of children's services\n\n"
                    "Report of the Director of Children's Services\n\n1. Summary\n\n1.1 Ofsted "
                    "inspected Thornleigh County Council's children's services between 6 and 30 "
                    "March 2017. Inspectors judged the overall effectiveness of children's "
                    "services in Thornleigh to be good.\n")


@pytest.mark.parametrize("top, want", [
    ("THORNLEIGH COUNTY COUNCIL", "Thornleigh County Council"),
    ("Thornleigh County Council", "Thornleigh County Council"),
    ("COUNCIL MEETING PAPERS", "Thornleigh County Council"),
])
def test_s35dev_a_council_name_in_capitals_over_a_committee_report(nlp, top, want) -> None:
    rec = run(nlp, S35DEV_COMMITTEE.format(top=top))
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"].get("local_authority", "") == want


# A press release under the council's name with its press office's address and the
# release line between it and the headline: the headline's name ('Thornleigh'); a headline
# that does not name the authority leaves the council's name.
@pytest.mark.parametrize("address, headline, want", [
    ("Communications Team, County Hall, Glenby",
     "Thornleigh's children's services rated outstanding by Ofsted", "Thornleigh"),
    ("County Hall, Glenby, GL1 2AB",
     "Thornleigh's children's services rated outstanding by Ofsted", "Thornleigh"),
    ("Communications Team, County Hall, Glenby", "Good news from Ofsted",
     "Thornleigh County Council"),
])
def test_s35dev_a_press_office_address_under_the_council_name(nlp, address, headline,
                                                              want) -> None:
    text = (f"PRESS RELEASE\n\nThornleigh County Council\n{address}\n\nFor immediate release: "
            f"Friday 2 August 2019\n\n{headline}\n\nThornleigh County Council's children's "
            "services have been rated outstanding by Ofsted in a report published today.\n")
    rec = run(nlp, text)
    assert rec["report"].get("local_authority", "") == want


# A village newsletter's masthead, issue line, a line saying where it is delivered and a
# section's name in capitals over the item's headline: the headline's name ('Thornleigh');
# a capitals line naming the inspection is the headline itself.
@pytest.mark.parametrize("lines, want", [
    ("Issue 142 - August 2021\nDelivered free to every home in the Upper Vale villages\n"
     "COUNCIL ROUND-UP\n\nOfsted sees progress in Thornleigh children's services",
     "Thornleigh"),
    ("Issue 142 - August 2021\nCOUNCIL NEWS\n\nOfsted sees progress in Thornleigh "
     "children's services", "Thornleigh"),
    ("Issue 142 - August 2021\nOFSTED VISIT TO COUNCIL\n\nWhat the letter says",
     "Thornleigh Council"),
])
def test_s35dev_a_newsletter_section_over_the_headline(nlp, lines, want) -> None:
    text = (f"VALE COMMUNITY NEWS\n{lines}\n\nReaders will remember that Thornleigh Council's "
            "children's services were rated inadequate by Ofsted in November 2019. The most "
            "recent monitoring visit took place on 9 and 10 June 2021.\n")
    rec = run(nlp, text)
    assert rec["report"].get("local_authority", "") == want


# The single inspection framework's own title in a lead sentence ('its services for children
# in need of help and protection, children looked after and care leavers are inadequate')
# names what was inspected: its grade is the whole service's, and the list below gives the
# areas theirs; two areas named alone in a sentence are still graded by it.
S35DEV_SIF_LIST = ("Ofsted: Thornleigh's children's services are inadequate\n\n{lead}\n\nThe "
                   "Ofsted report was published on Tuesday 15 March 2016.\n\nHere is how the "
                   "council was graded:\n\n- Overall effectiveness: inadequate\n- Children who "
                   "need help and protection: inadequate\n- Children looked after and achieving "
                   "permanence: requires improvement\n- Adoption performance: requires "
                   "improvement\n- Experiences and progress of care leavers: inadequate\n- "
                   "Leadership, management and governance: inadequate\n")


@pytest.mark.parametrize("lead, want", [
    ("Thornleigh Borough Council has been told its services for children in need of help and "
     "protection, children looked after and care leavers are inadequate.",
     "requires_improvement"),
    ("Ofsted found services for children in need of help and protection, children looked "
     "after, and care leavers to be inadequate.", "requires_improvement"),
])
def test_s35dev_the_sif_title_in_a_lead_sentence(nlp, lead, want) -> None:
    rec = run(nlp, S35DEV_SIF_LIST.format(lead=lead))
    got = {(j["area"], j["grade"]) for j in rec["tables"]["judgements"]}
    assert ("looked_after_and_permanence", want) in got
    assert ("looked_after_and_permanence", "inadequate") not in got
    assert ("overall_effectiveness", "inadequate") in got


def test_s35dev_areas_named_alone_are_graded(nlp) -> None:
    text = ("Thornleigh children's services rated inadequate\n\nOfsted has rated Thornleigh's "
            "children's services inadequate. Services for children looked after and care "
            "leavers were judged inadequate. The council was rated inadequate overall.\n")
    got = {(j["area"], j["grade"]) for j in run(nlp, text)["tables"]["judgements"]}
    assert ("looked_after_and_permanence", "inadequate") in got


# An earlier grade given under a framework in a year ('was judged requires improvement under
# the single inspection framework in 2015') dates the earlier inspection; a framework's own
# start ('under the framework introduced in 2015') does not.
@pytest.mark.parametrize("sentence, want", [
    ("The council was judged requires improvement under the single inspection framework in "
     "2015.", [("2015", "year")]),
    ("The council was judged requires improvement under the single inspection framework "
     "(SIF) in 2015.", [("2015", "year")]),
    ("The council was judged requires improvement under the framework introduced in 2015.",
     []),
    ("The council was judged requires improvement under the framework, which began in 2015.",
     []),
])
def test_s35dev_an_earlier_grade_under_a_framework_in_a_year(nlp, sentence, want) -> None:
    text = ("Thornleigh climbs to good\n24 January 2019\n\nThornleigh Council's children's "
            f"services have been rated good by Ofsted. {sentence} The inspection took place "
            "from 19 to 30 November 2018.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# A table comparing an earlier inspection's grades with this one's, its columns headed by
# their dates: the earlier column's date is the earlier inspection (month precision); a
# table with one date column, or one whose other column is this inspection only, gives none.
@pytest.mark.parametrize("header, want", [
    ("| Judgement | October 2021 | April 2024 |", [("2021-10", "month")]),
    ("| Area | 2021 | 2024 |", [("2021", "year")]),
    ("| Judgement | April 2024 |", []),
    ("| Judgement | Grade |", []),
])
def test_s35dev_a_comparison_table_of_two_inspections(nlp, header, want) -> None:
    cols = header.count("|") - 1
    sep = "|" + "---|" * cols
    rows = "| Overall effectiveness | " + " | ".join(["Good"] * (cols - 1)) + " |"
    text = ("Thornleigh slips to 'requires improvement'\n10 June 2024\n\nThornleigh Council has "
            "lost its good rating. The inspection ran between 15 April and 26 April 2024.\n\n"
            f"{header}\n{sep}\n{rows}\n\nInspectors found that help and protection remained "
            "improvement to be good.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# The same grade given to a counted set of the areas the inspectors looked at in detail, a
# colon and the list: each area listed takes the sentence before's grade (here needed
# because the framework's title in the sentence before no longer grades its three areas).
@pytest.mark.parametrize("looked, want", [
    ("looked at in detail", True),
    ("looked at most closely", True),
    ("looked at", True),
    ("visited in detail", False),
])
def test_s35dev_the_same_grade_to_areas_looked_at_in_detail(nlp, looked, want) -> None:
    text = ("Thornleigh children's services 'require improvement', Ofsted finds\n\nOverall, "
            "Thornleigh Council's services for children in need of help and protection, "
            "children looked after and care leavers were judged to require improvement to be "
            f"good.\n\nThe same grade was given to three of the areas inspectors {looked}: help "
            "and protection, the experiences and progress of children looked after and "
            "achieving permanence, and leadership, management and governance.\n")
    got = {(j["area"], j["grade"]) for j in run(nlp, text)["tables"]["judgements"]}
    assert (("help_and_protection", "requires_improvement") in got) is want


# -- rf16 (session 16): a second reading of round r16dev's forms ------------------------------

# A sentence's inspection or visit with a clause of another subject before 'was carried out
# in' ('After the initial inspection, the plan was carried out in May 2019') dates the plan,
# not the inspection; 'which' or 'that' after the comma still tells the inspection's date.
@pytest.mark.parametrize("sentence, want", [
    ("After the initial inspection, the plan was carried out in May 2019.", []),
    ("Following the visit, the improvement was completed in March 2019.", []),
    ("The previous inspection, which was carried out in May 2019, found weaknesses.",
     [("2019-05", "month")]),
    ("The previous inspection of Westshire was carried out in May 2019.",
     [("2019-05", "month")]),
])
def test_rf16_another_subject_carried_out_after_the_inspection(nlp, sentence, want) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    assert dates_of(rec, "previous_inspection") == want


# 'was told' an earlier verdict dates an inspection only where the inspectorate told it: a
# peer review's or auditors' telling is none.
@pytest.mark.parametrize("body, want", [
    ("Three years ago, in 2016, the council was told by a peer review team that its "
     "planning required improvement.", []),
    ("Four years ago, in 2015, the council was told by its auditors that it required "
     "improvement.", []),
    ("Four years ago, in 2015, the council was told by Ofsted that it required improvement.",
     [("2015", "year")]),
    ("Four years ago, in 2015, the council was told its services required improvement.",
     [("2015", "year")]),
])
def test_rf16_a_verdict_told_by_another_body(nlp, body, want) -> None:
    text = (f"Thornleigh rated good by Ofsted\n14 November 2019\nThornleigh Council's "
            f"children's services were rated good. Inspectors visited from 7 to 18 October "
            f"2019.\n{body}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Inspectors visiting a neighbouring council over weeks in a month, or the council itself
# over weeks in a month more than a year before the news item, date no visit it reports.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors visited neighbouring Ashcombe Council over three weeks in February.",
     (None, None)),
    ("Inspectors visited another council over three weeks in February.", (None, None)),
    ("When Ofsted inspected the council over two weeks in June 2019, it was judged "
     "inadequate.", (None, None)),
    ("Ofsted inspected the council for two weeks in February 2024.", ("2024-02", "2024-02")),
    ("Ofsted inspected the council for two weeks in November 2023.", ("2023-11", "2023-11")),
])
def test_rf16_weeks_in_a_month_of_another_visit(nlp, sentence, want) -> None:
    text = ("Thornleigh children's services rated good\n\nThornleigh Mercury\nFriday 5 "
            f"April 2024\n\nOfsted has rated Thornleigh's children's services good. "
            f"{sentence} The council was rated good overall.\n")
    assert visit_of(run(nlp, text))[:2] == want


# A 'Report published:' line under the title of another document (a council page's list of
# related documents) dates that document, not Ofsted's report; under a heading naming the
# inspection, or straight after the visit's sentence, it is still the report's.
@pytest.mark.parametrize("line, want", [
    ("Related documents\n\nIndependent reviewing officer annual report 2019 to 2020\n"
     "Report published: 21 July 2020", None),
    ("Annual report of the safeguarding partnership\nReport published: 21 July 2020", None),
    ("Ofsted inspection report\nReport published: 7 May 2020", "2020-05-07"),
    ("Report published: 7 May 2020", "2020-05-07"),
])
def test_rf16_a_report_published_line_under_another_title(nlp, line, want) -> None:
    rec = run(nlp, R16DEV_PAGE.format(line=line))
    assert visit_of(rec) == ("2020-03-02", "2020-03-13", want)


# A sentence of a letter naming an earlier visit's inspectors, before or beside the names,
# names no member of this visit's team.
@pytest.mark.parametrize("other", [
    "At the first monitoring visit, His Majesty’s Inspectors (HMIs) were Peter Lane and Rose "
    "Hill.",
    "His Majesty’s Inspectors (HMIs) were Peter Lane and Rose Hill at the previous visit.",
    "At the last inspection, Her Majesty’s Inspectors were Peter Lane and Rose Hill.",
])
def test_rf16_inspectors_of_an_earlier_visit(nlp, other) -> None:
    team = ("His Majesty’s Inspectors (HMIs) for this visit were Ann Bell and Bob Cole.\n"
            f"{other}")
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\n"
                                 "His Majesty’s Inspector"))
    assert people(rec) == [("Ann Bell", "lead_inspector", "HMI"),
                           ("Bob Cole", "inspector", "HMI")]


# A SIF report's head run onto one line, each numbered label followed by a colon and its
# grade in capitals and the next label straight after ('1. Children who need help and
# protection: Requires improvement 2. Children looked after ...: Good'): each label keeps its
# grade and the line is still broken between them, so no grade is lost.
RF16_SIF_RUN_ON = (
    "Westshire County Council Inspection of services for children in need of help and "
    "protection, children looked after and care leavers Inspection date: 7 March 2016 to 31 "
    "March 2016 Report published: 18 May 2016 Children's services in Westshire require "
    "improvement to be good 1. Children who need help and protection: Requires improvement "
    "2. Children looked after and achieving permanence: Good 2.1 Adoption performance: Good "
    "2.2 Experiences and progress of care leavers: Requires improvement 3. Leadership, "
    "management and governance: Requires improvement\n")


def test_rf16_a_run_on_sif_head_with_colons_keeps_each_grade(nlp) -> None:
    from pipeline.ingest.run_on import split_run_on

    pieces = split_run_on(RF16_SIF_RUN_ON.strip())
    assert "2. Children looked after and achieving permanence: Good" in pieces
    assert "2.1 Adoption performance: Good" in pieces
    grades = {r["area"]: r["grade"]
              for r in _s31dev_read(nlp, RF16_SIF_RUN_ON)["tables"]["judgements"]}
    assert grades == {"overall_effectiveness": "requires_improvement",
                      "help_and_protection": "requires_improvement",
                      "looked_after_and_permanence": "good", "adoption_performance": "good",
                      "care_leavers": "requires_improvement",
                      "leadership_management_governance": "requires_improvement"}


# --- Round s36dev (session 16): forms behind secondary_unseen36's misses ---

# A council's own item under its name with a line saying whose statement it is, or a web
# page's breadcrumb trail, between the name and the headline: the headline's name
# ('Thornleigh'); a line that is no such statement, or a headline not naming the
# authority, leaves the council's name.
@pytest.mark.parametrize("line, headline, want", [
    ("Statement from the Leader of the Council, Councillor Ann Bell",
     "Ofsted rates Thornleigh children's services outstanding", "Thornleigh"),
    ("A statement by the Cabinet Member for Children and Families",
     "Ofsted rates Thornleigh children's services outstanding", "Thornleigh"),
    ("Home > Council news > Ofsted report on children's services",
     "Ofsted finds Thornleigh children's services no longer inadequate", "Thornleigh"),
    ("Statement from the Leader of the Council, Councillor Ann Bell",
     "Good news from Ofsted", "London Borough of Thornleigh"),
    ("Our children's services have been praised by Ofsted",
     "Ofsted rates Thornleigh children's services outstanding",
     "London Borough of Thornleigh"),
])
def test_s36dev_a_statement_or_breadcrumb_under_the_council_name(nlp, line, headline,
                                                                 want) -> None:
    text = (f"London Borough of Thornleigh\n{line}\n\nTuesday 3 March 2020\n\n{headline}\n\n"
            "Today Ofsted published its report on Thornleigh's services for children, "
            "following an inspection between 20 and 31 January 2020. Our children's services "
            "have been judged outstanding.\n")
    rec = run(nlp, text)
    assert rec["report"].get("local_authority", "") == want


# 'Today' before Ofsted or the inspectorate publishing its report, in a statement under its
# own date: the statement's date; another report of Ofsted's or the council's own is none.
@pytest.mark.parametrize("sentence, want", [
    ("Today Ofsted published its report on Thornleigh's services for children, following an "
     "inspection which took place between 20 and 31 January 2020.", "2020-03-03"),
    ("This morning the inspectorate published its report on Thornleigh's services for "
     "children, following an inspection which took place between 20 and 31 January 2020.",
     "2020-03-03"),
    ("Today Ofsted published its annual report. Our services were inspected between 20 and "
     "31 January 2020.", None),
    ("Today the council published its report on Thornleigh's services for children, "
     "following an inspection which took place between 20 and 31 January 2020.", None),
])
def test_s36dev_today_ofsted_published_its_report(nlp, sentence, want) -> None:
    text = ("London Borough of Thornleigh\nStatement from the Leader of the Council\n\nTuesday "
            "3 March 2020\n\nOfsted rates Thornleigh children's services outstanding\n\n"
            f"{sentence} Our children's services have been judged outstanding.\n")
    assert visit_of(run(nlp, text)) == ("2020-01-20", "2020-01-31", want)


# A day opening the sentence before Ofsted publishing its report ('Last Friday, 26 April,
# Ofsted published its report on the council'): that day, in the text's own year; the
# council's own report, or an annual report, is none.
@pytest.mark.parametrize("sentence, want", [
    ("Last Friday, 26 April, Ofsted published its report on the council.", "2024-04-26"),
    ("On 26 April Ofsted published its report on the council.", "2024-04-26"),
    ("On 26 April 2024, the inspectors published their findings.", "2024-04-26"),
    ("On 26 April the council published its report on the inspection.", None),
    ("On 26 April, Ofsted published its annual report.", None),
])
def test_s36dev_a_day_before_ofsted_published_its_report(nlp, sentence, want) -> None:
    text = ("Notes from a Kitchen Table\nA blog about adopting, fostering and family life\n\n"
            "Thursday 2 May 2024\n\nSo, Ofsted have had their say\n\nI have opinions about "
            f"Thornleigh Council's children's services. {sentence} The report says inspectors "
            "were on site \"from 4 to 15 March 2024\". Ofsted rated the services requires "
            "improvement to be good.\n")
    assert visit_of(run(nlp, text)) == ("2024-03-04", "2024-03-15", want)


# 'published on Monday' under a dateline stamped with the time of day ('23 January 2018,
# 06:12 GMT', a Tuesday): the Monday before, as under a dateline naming its weekday; a line
# labelled an update leaves it unread; a bare date is read (since sdates18).
@pytest.mark.parametrize("dateline, want", [
    ("23 January 2018, 06:12 GMT", "2018-01-22"),
    ("23 January 2018 at 6.12am", "2018-01-22"),
    ("Tuesday 23 January 2018", "2018-01-22"),
    ("Last updated: 23 January 2018, 06:12 GMT", None),
    ("23 January 2018", "2018-01-22"),
])
def test_s36dev_published_on_a_weekday_under_a_time_stamp(nlp, dateline, want) -> None:
    text = (f"South Downs Today | Regional News\n{dateline}\n\nOfsted: Thornleigh children's "
            "services now good\n\nChildren's services in Thornleigh have been rated good by "
            "Ofsted. Inspectors visited from 6 to 17 November 2017. Their report, published on "
            "Monday, found that children were protected well.\n")
    assert visit_of(run(nlp, text)) == ("2017-11-06", "2017-11-17", want)


# Weeks inspectors spent looking at the council's work in a month, or over two months with
# their year or 'last year' after them: month precision; two months with no year are dated
# too since sdates17 (tests/fixtures/secondary/README.md; secondary_unseen echo_2016's gold
# changed to agree); mock inspectors' weeks are not.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent four weeks looking at the council's work in November and December "
     "last year.", ("2017-11", "2017-12")),
    ("Inspectors spent four weeks looking at the council's work in November.",
     ("2017-11", "2017-11")),
    ("Inspectors spent three weeks in the county in November and December 2017.",
     ("2017-11", "2017-12")),
    ("Inspectors spent four weeks with social workers in November and December.",
     ("2017-11", "2017-12")),
    ("Mock inspectors spent four weeks looking at the council's work in November and December "
     "last year.", (None, None)),
])
def test_s36dev_weeks_over_two_months_with_their_year(nlp, sentence, want) -> None:
    text = ("South Downs Today\n23 January 2018, 06:12 GMT\n\nOfsted: Thornleigh children's "
            f"services now good\n\nChildren's services in Thornleigh have been rated good by "
            f"Ofsted. {sentence} Thornleigh Council was rated good overall.\n")
    assert visit_of(run(nlp, text))[:2] == want


# The overall grade called the headline one, or 'the headline' alone before a colon or a
# dash (a parent's blog): the overall grade; the item's own headline names no area.
@pytest.mark.parametrize("sentence, want", [
    ("The headline: requires improvement to be good.", "requires_improvement"),
    ("The headline - inadequate.", "inadequate"),
    ("The headline grade was good.", "good"),
    ("The headline judgement: requires improvement to be good.", "requires_improvement"),
    ("The headline is good news for foster carers.", None),
])
def test_s36dev_the_headline_grade(nlp, sentence, want) -> None:
    text = ("Notes from a Kitchen Table\n\nThursday 2 May 2024\n\nSo, Ofsted have had their say"
            "\n\nOfsted published its report on Thornleigh Council's children's services last "
            f"week, after inspectors visited from 4 to 15 March 2024. {sentence} Inspectors "
            "judged the experiences of care leavers to be good.\n")
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"].get("overall_effectiveness") == want


# Another council named in apposition after 'the only other council' or 'the other
# council' dates no earlier inspection of the text's authority; the authority's own stays.
@pytest.mark.parametrize("sentence, want", [
    ("The only other council in the region with an outstanding rating, Westcombe, was "
     "inspected in 2024.", []),
    ("The other council in the county, Westcombe, was last inspected in 2024.", []),
    ("The council's services were last inspected in 2022, when they were rated good.",
     [("2022", "year")]),
])
def test_s36dev_the_only_other_council_in_apposition(nlp, sentence, want) -> None:
    text = ("Tidemouth Herald\nTuesday 11 November 2025\n\nOfsted's top grade for Tidemouth "
            "children's services\n\nTidemouth Council's services for children have been "
            "judged outstanding by Ofsted. Inspectors were in Tidemouth between 15 and 26 "
            f"September 2025.\n\n{sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# --- Round s36dev (session 16): forms behind letters_unseen29's misses ---

# Earlier inspections in a letter dated by month or year: a focused visit the inspectors
# came back for ('When inspectors returned for a focused visit in May 2020'), two earlier
# visits in one plural sentence, the line's end between 'previous' and 'monitoring', and a
# joint inspection 'last carried out' in the place; a visit still to come is none.
@pytest.mark.parametrize("sentence, want", [
    ("When inspectors returned for a focused visit in May 2020, they found that progress had "
     "been made.", [("2020-05", "month")]),
    ("Inspectors came back to Westshire for a monitoring visit in 2019.", [("2019", "year")]),
    ("Inspectors will return for a monitoring visit in May 2021, which is planned.", []),
    ("A monitoring visit is planned. Inspectors plan to come for a monitoring visit in "
     "May 2021.", []),
    ("The previous\nmonitoring visits took place in July 2020 and November 2020.",
     [("2020-07", "month"), ("2020-11", "month")]),
    ("The next monitoring visits will take place in July 2021 and November 2021.", []),
    ("A joint targeted area inspection was last carried out in Westshire in 2017.",
     [("2017", "year")]),
])
def test_s36dev_letters_earlier_visits_by_month_or_year(nlp, sentence, want) -> None:
    rec = run(nlp, LETTER.format(team=sentence, closing="Yours sincerely\nKate Moss\nHMI"))
    assert dates_of(rec, "previous_inspection") == want


# --- Round s37dev (session 17): forms behind secondary_unseen37's misses ---

# A publication's name and a section line over the headline ('News | Inspections',
# 'North West', a blog's 'Blog' under its author's line), the item dated under the headline
# or under a byline: the authority as the headline names it, not as the body or the
# author's line does; a first line that tells a verdict is the headline itself.
@pytest.mark.parametrize("head, want", [
    ("SOCIAL WORK WEEKLY\nNews | Inspections\n\nThornleigh rated good by Ofsted\n\n"
     "Jo Smith\n8 December 2016", "Thornleigh"),
    ("SOCIAL WORK WEEKLY\nNews > Inspections\n\nThornleigh rated good by Ofsted\n\n"
     "By Jo Smith\n8 December 2016", "Thornleigh"),
    ("Cllr Ann Lee - Lead Member for Children's Services, Thornleigh Council\nBlog\n\n"
     "What Ofsted's inspection of Thornleigh found\n\nPosted 8 December 2016", "Thornleigh"),
    ("Thornleigh Council rated good by Ofsted\nNews | Inspections\n\nThe result\n\n"
     "8 December 2016", "Thornleigh Council"),
    ("SOCIAL WORK WEEKLY\nNews | Inspections\n\nThornleigh rated good by Ofsted\n\n"
     "Readers write in about the result.", "Thornleigh County Council"),
])
def test_s37dev_headline_under_a_section_line(nlp, head, want) -> None:
    text = (f"{head}\n\nThornleigh County Council's children's services have been rated good "
            "by Ofsted. Inspectors visited between 26 September and 20 October 2016.\n")
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == want


# 'Neighbouring X' opening a sentence names another authority, never the text's: the
# headline's own authority stays.
@pytest.mark.parametrize("sentence", [
    "Neighbouring Ormsby's children's services were rated inadequate last year.",
    "Nearby Ormsby's children's services were rated inadequate last year.",
])
def test_s37dev_a_neighbour_opening_a_sentence_is_no_name(nlp, sentence) -> None:
    text = ("LOCAL NEWS ONLINE - regional television news\nNorth West\n\nThornleigh children's "
            "services 'inadequate', says Ofsted\n\n17 May 2016\n\nOfsted rated the council's "
            f"services inadequate overall. {sentence} Thornleigh Council's leader said she was "
            "sorry.\n")
    assert run(nlp, text)["report"]["local_authority"] == "Thornleigh"


# A meeting's minutes line ('Minutes of the meeting held ... in Committee Room 2, X Civic
# Centre') is no headline: the council's name in capitals over the page, in the body's
# spelling, even where a board's name under it is passed as furniture.
@pytest.mark.parametrize("board", ["CORPORATE PARENTING BOARD", "CHILDREN'S SCRUTINY COMMITTEE"])
def test_s37dev_minutes_line_is_no_headline(nlp, board) -> None:
    text = (f"THORNLEIGH COUNCIL\n\n{board}\n\nMinutes of the meeting held on Tuesday 10 March "
            "2026 in Committee Room 2, Thornleigh Civic Centre\n\nPresent: Councillor Bhatti "
            "(Chair).\n\n4. Ofsted inspection of Thornleigh Council's children's services\nThe "
            "Director reported that Ofsted had rated Thornleigh Council's children's services "
            "good. The inspection took place from 19 to 30 January 2026.\n")
    assert run(nlp, text)["report"]["local_authority"] == "Thornleigh Council"


# Two days in figures joined by a dash or 'to' right after 'took place' (no preposition);
# one day in figures alone, or a span longer than a visit, is not the visit's.
@pytest.mark.parametrize("sentence, want", [
    ("The inspection, which took place 22/05/2017 – 15/06/2017, was reported.",
     ("2017-05-22", "2017-06-15")),
    ("The inspection took place 22/05/2017 to 15/06/2017.", ("2017-05-22", "2017-06-15")),
    ("The inspection took place 22.05.2017 - 15.06.2017.", ("2017-05-22", "2017-06-15")),
    ("The inspection report was sent 22/05/2017.", (None, None)),
    ("The inspection looked at cases open 01/04/2016 – 31/03/2017.", (None, None)),
])
def test_s37dev_numeric_range_after_took_place(nlp, sentence, want) -> None:
    text = ("THORNLEIGH COUNCIL\n\nCHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE\n\nMinutes of the "
            "meeting held on Thursday 14 September 2017\n\n23. OFSTED INSPECTION OF THORNLEIGH "
            f"COUNCIL'S CHILDREN'S SERVICES\nThe Director presented Ofsted's single inspection. "
            f"{sentence} Overall effectiveness was judged good.\n")
    assert visit_of(run(nlp, text))[:2] == want


# Minutes: 'Members were informed that overall effectiveness had been judged ...' grades
# the text's authority (members, councillors and officers are no place); another place
# as the subject stays another authority's.
@pytest.mark.parametrize("sentence, want", [
    ("Members were informed that overall effectiveness had been judged as requires "
     "improvement to be good.", "requires_improvement"),
    ("Councillors were told that overall effectiveness was judged good.", "good"),
    ("Officers were pleased that overall effectiveness was judged good.", "good"),
    ("Ormsby was judged inadequate overall.", None),
])
def test_s37dev_members_were_informed_that(nlp, sentence, want) -> None:
    text = ("THORNLEIGH COUNCIL\n\nSCRUTINY COMMITTEE\n\nMinutes of the meeting held on Thursday "
            "14 September 2017\n\n23. Ofsted inspection of Thornleigh Council's children's "
            "services\nThe Director presented Ofsted's single inspection, which took place from "
            f"22 May to 15 June 2017. {sentence} Adoption performance was judged good.\n")
    assert run(nlp, text)["report"].get("overall_effectiveness") == want


# A range written month first after the inspectors' returning ('Inspectors returned to the
# borough for a four-week re-inspection from January 8 to February 1', the year from the
# item's date), as after their visiting; a month-first range of another event, of what
# inspectors found, or of an earlier inspection is not the visit.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors returned to the borough for a four-week re-inspection from January 8 to "
     "February 1, and their report was published yesterday.", ("2018-01-08", "2018-02-01")),
    ("Inspectors came back from January 8 to February 1.", ("2018-01-08", "2018-02-01")),
    ("Inspectors found that from January 8 to February 1, the duty team cleared its backlog.",
     (None, None)),
    ("The inspection took place between March 4 and 9, and the report was published "
     "yesterday.", ("2018-03-04", "2018-03-09")),
    ("Inspectors visited the borough from January 8 to February 1, 2018.",
     ("2018-01-08", "2018-02-01")),
    ("The council's consultation ran from January 8 to February 1.", (None, None)),
    ("At the last inspection, from January 8 to February 1, 2015, services were inadequate.",
     (None, None)),
])
def test_s37dev_month_first_range(nlp, sentence, want) -> None:
    text = ("Thornleigh Evening Post\nThursday, March 15, 2018\n\nThornleigh no longer "
            "'inadequate'\n\nBy Liam Brennan\n\nThornleigh's children's services are no longer "
            f"failing, Ofsted has said. {sentence} Ofsted rated overall effectiveness as "
            "requires improvement to be good.\n")
    assert visit_of(run(nlp, text))[:2] == want


# An earlier inspection dated before 'when', naming what it inspected before its verdict
# ('June 2012, when an inspection of the council's safeguarding services judged them
# adequate'); a setting's inspection named so is none.
@pytest.mark.parametrize("sentence, want", [
    ("The result is a marked improvement on June 2012, when an inspection of the council's "
     "safeguarding services judged them adequate.", [("2012-06", "month")]),
    ("It is a step up from 2012, when an inspection of Thornleigh's services for looked after "
     "children rated them adequate.", [("2012", "year")]),
    ("It is a step up from June 2012, when an inspection of the town's hospital judged it "
     "adequate.", []),
    ("It is a step up from June 2012, when an inspection of a neighbouring council judged it "
     "adequate.", []),
])
def test_s37dev_earlier_inspection_of_what_when(nlp, sentence, want) -> None:
    text = ("Thornleigh Council\nNews release\n27 March 2015\n\nThornleigh children's services "
            "rated good\n\nOfsted has rated Thornleigh Council's children's services good. "
            f"Inspectors visited from 19 January to 11 February 2015. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# A 2023 item that does not date its visit: children in care graded alone, or the two
# areas told as graded apart, say the 2023 update's framework; the 2018 framework's
# combined area named as one keeps it.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors judged the impact of leaders, help and protection, and the experiences and "
     "progress of children in care to be good.",
     {"children_in_care": "good", "care_leavers": "requires_improvement"}),
    ("The framework has since January graded services for children in care and for care "
     "leavers separately.", {"care_leavers": "requires_improvement"}),
    ("Inspectors judged the experiences and progress of children in care and care leavers to "
     "require improvement.", {"children_in_care_and_care_leavers": "requires_improvement"}),
])
def test_s37dev_2023_framework_by_its_wording(nlp, sentence, want) -> None:
    text = ("CHILDREN'S PRACTICE TODAY\nNews > Inspections\n\nThornleigh rated good but care "
            "leavers' services 'require improvement'\n\nBy Tom Ellery\n5 May 2023\n\n"
            f"Thornleigh Council has been rated good by Ofsted. {sentence}\n")
    got = area_grades(run(nlp, text))
    assert {k: got.get(k) for k in want} == want

# sdates17
# --- Round sdates17 (session 17): secondary sources' dates as news items tell them ---


SD17_BODY = ("Children's services in Kelby have been judged good by Ofsted. Inspectors rated "
             "the impact of leaders, help and protection, and the experiences of children in "
             "care and care leavers good.")


# A dateline in figures after 'Posted on' or 'Published' with no colon, or after a byline's
# separator, or with its weekday short: the text's own date, which dates 'yesterday' and a
# weekday the report came out on; so does a bare date alone on its line (since sdates18); an
# 'Updated' line stamped with a time is no posting time.
@pytest.mark.parametrize("dateline, sentence, want", [
    ("Posted on 12/03/2019 at 09:00", "The report, published yesterday, follows", "2019-03-11"),
    ("Published 12/03/2019, 07:30", "Their report, published on Monday, follows",
     "2019-03-11"),
    ("First published Tue 12 Mar 2019", "The report was published on Monday. It follows",
     "2019-03-11"),
    ("By A Reporter | 12 March 2019", "The report was published on Monday. It follows",
     "2019-03-11"),
    ("12 March 2019", "The report was published on Monday. It follows", "2019-03-11"),
    ("Last updated: 12/03/2019 at 09:00", "The report, published yesterday, follows", None),
    ("In the news on 12/03/2019 at 09:00", "The report, published yesterday, follows", None),
])
def test_sdates17_datelines_date_a_weekday_or_yesterday(nlp, dateline, sentence, want) -> None:
    text = (f"Kelby Echo\n{dateline}\n\nOfsted says Kelby children's services are good\n\n"
            f"{SD17_BODY} {sentence} an inspection from 4 to 15 February 2019.\n")
    assert visit_of(run(nlp, text)) == ("2019-02-04", "2019-02-15", want)


# 'published earlier this week, on Tuesday' (or 'this week, on Tuesday'): the Tuesday before
# the dateline; 'published this week' or 'last week' alone names no day.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted's report, published earlier this week, on Tuesday, praised social workers.",
     "2024-06-04"),
    ("Ofsted published its report earlier this week, on Tuesday.", "2024-06-04"),
    ("The report was published this week on Tuesday.", "2024-06-04"),
    ("Ofsted published its report earlier this week.", None),
    ("Ofsted published its report last week.", None),
])
def test_sdates17_published_earlier_this_week_on_a_weekday(nlp, sentence, want) -> None:
    text = ("Kelby Post\nThursday 6 June 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} Inspectors were in Kelby from 13 to 24 May.\n")
    assert visit_of(run(nlp, text)) == ("2024-05-13", "2024-05-24", want)


# 'published today' told of another place's report, or of another body's own or annual
# report, is not the inspection report's day; the text's own report's still is.
@pytest.mark.parametrize("sentence, want", [
    ("Meanwhile, neighbouring Hollin Council's report was published today.", None),
    ("The Care Quality Commission published its own report on health services today.", None),
    ("Ofsted published its annual report today.", None),
    ("Kelby Council's report was published today.", "2024-05-14"),
    ("Ofsted published its report today.", "2024-05-14"),
])
def test_sdates17_another_report_published_today(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} Inspectors were in Kelby from 4 to 15 March 2024. {sentence}\n")
    assert visit_of(run(nlp, text)) == ("2024-03-04", "2024-03-15", want)


# A visit told by weeks and months: Ofsted as the subject, 'in the borough', a visit of
# weeks 'by inspectors', an inspection 'carried out' over weeks, the council visited in a
# month, and two months with no year (tests/fixtures/secondary/README.md: month precision,
# the text's own year or the one before). Not a neighbour's weeks, a mock inspection's, a
# visit to come, days, or a visit told by no month.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted spent two weeks in the borough in March.", ("2024-03", "2024-03")),
    ("The inspection, carried out over two weeks in March, found leaders knew their services.",
     ("2024-03", "2024-03")),
    ("Inspectors were in the borough in March and April.", ("2024-03", "2024-04")),
    ("The grades follow a three-week visit by inspectors in January.", ("2024-01", "2024-01")),
    ("Inspectors spent three weeks in Kelby in March and April.", ("2024-03", "2024-04")),
    ("Ofsted inspectors were with us for three weeks in February and March.",
     ("2024-02", "2024-03")),
    ("Inspectors visited the council in November last year.", ("2023-11", "2023-11")),
    ("Meanwhile, neighbouring Ryton was inspected in January and February.", (None, None)),
    ("The council was inspected earlier this year.", (None, None)),
    ("Mock inspectors spent two weeks in the borough in March.", (None, None)),
    ("Inspectors will return for a full inspection over two weeks in March.", (None, None)),
    ("Inspectors visited the front door for two days in March.", (None, None)),
    ("Inspectors visited the council's fostering service in March.", (None, None)),
    ("Neighbouring Ryton was inspected over three weeks in January and February.",
     (None, None)),
])
def test_sdates17_visit_by_weeks_and_months(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert visit_of(run(nlp, text)) == (*want, "2024-05-10")


# 'In YEAR, ... required improvement' told by another body (auditors, a peer review team)
# is no earlier inspection; told by Ofsted or with no teller it is one.
@pytest.mark.parametrize("sentence, want", [
    ("In 2017, the council was told by its auditors that its finances required improvement.",
     []),
    ("In 2017, the council was told by the Audit Commission that its finances were "
     "inadequate.", []),
    ("In 2017, auditors found that the council's finances required improvement.", []),
    ("In 2017, the council was told by Ofsted that its services required improvement.",
     [("2017", "year")]),
    ("In 2017, the council was told that its services required improvement.",
     [("2017", "year")]),
    ("In 2017, Kelby was judged inadequate.", [("2017", "year")]),
])
def test_sdates17_in_a_year_told_by_another_body(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} Inspectors were in Kelby from 4 to 15 March 2024. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Ofsted carrying out an inspection of weeks in a month; a part of the month before it
# ('in the first two weeks of March'): the month. Not a fostering agency's inspection, a
# neighbour's, a mock one, or a visit to come.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted carried out a three-week inspection of the council's children's services in "
     "February.", ("2024-02", "2024-02")),
    ("Inspectors conducted their inspection in February and March.", ("2024-02", "2024-03")),
    ("Inspectors visited in the first two weeks of March.", ("2024-03", "2024-03")),
    ("The inspection took place in the last week of January.", ("2024-01", "2024-01")),
    ("Ofsted carried out a three-week inspection of the council's fostering agency in "
     "February.", (None, None)),
    ("Ofsted carried out an inspection of neighbouring Ryton in February.", (None, None)),
    ("Mock inspectors carried out an inspection in February.", (None, None)),
    ("Ofsted will carry out a full inspection in February.", (None, None)),
])
def test_sdates17_ofsted_carried_out_an_inspection_in_a_month(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert visit_of(run(nlp, text)) == (*want, "2024-05-10")


# Another place's report dated to its day ('Neighbouring Hollin Council's report, published
# on 3 May') is not this one's; the text's own council's is.
@pytest.mark.parametrize("sentence, want", [
    ("Neighbouring Hollin Council's report, published on 3 May, rated it inadequate.", None),
    ("Hollin's own report, published on 3 May, rated it inadequate.", None),
    ("Kelby Council's report, published on 3 May, rated it good.", "2024-05-03"),
    ("Ofsted's report, published on 3 May, rated it good.", "2024-05-03"),
])
def test_sdates17_another_places_report_published_on_a_day(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} Inspectors were in Kelby from 4 to 15 March 2024. {sentence}\n")
    assert visit_of(run(nlp, text)) == ("2024-03-04", "2024-03-15", want)


# A weekday the report went online, was issued or came 'out' on, or Ofsted's verdict was
# published on; the findings or the report 'out today'; a date labelled as the day the item
# was published or posted ('Published: 06.06.2024') dates 'yesterday' as a weekday does.
# Not another thing that went live, the council's statement, our own verdict, a report that
# sets out today's priorities, or a bare or updated date.
@pytest.mark.parametrize("dateline, sentence, want", [
    ("Thursday 6 June 2024", "Ofsted's verdict, published on Tuesday, was good.", "2024-06-04"),
    ("Thursday 6 June 2024", "The report went online on Tuesday.", "2024-06-04"),
    ("Thursday 6 June 2024", "The report, which went online on Tuesday, praised leaders.",
     "2024-06-04"),
    ("Thursday 6 June 2024", "The report, out on Tuesday, praised leaders.", "2024-06-04"),
    ("Thursday 6 June 2024", "Ofsted issued its report on Tuesday.", "2024-06-04"),
    ("Thursday 6 June 2024", "The report was issued on Tuesday.", "2024-06-04"),
    ("Thursday 6 June 2024", "The findings, published today, praised leaders.", "2024-06-06"),
    ("Thursday 6 June 2024", "Ofsted's report, out today, praised leaders.", "2024-06-06"),
    ("Published: 06.06.2024", "The report was published yesterday.", "2024-06-05"),
    ("Posted on 6 June 2024", "The report was published on Tuesday.", "2024-06-04"),
    ("Thursday 6 June 2024", "The report set out today's priorities.", None),
    ("Thursday 6 June 2024", "The report said a new plan went live on Tuesday.", None),
    ("Thursday 6 June 2024", "The council's new app, which went online on Tuesday, helps "
     "care leavers.", None),
    ("Thursday 6 June 2024", "Our verdict on the new hub, published on Tuesday, was good.",
     None),
    ("Thursday 6 June 2024", "The council issued a statement on Tuesday.", None),
    ("Date: 06/06/2024", "The report was published yesterday.", None),
    ("Last updated: 06.06.2024", "The report was published yesterday.", None),
    ("Updated: 6 June 2024", "The report was published on Tuesday.", None),
])
def test_sdates17_went_online_issued_out_on_a_weekday(nlp, dateline, sentence, want) -> None:
    text = (f"Kelby Post\n{dateline}\n\nKelby children's services rated good\n\n{SD17_BODY} "
            f"Inspectors were in Kelby from 13 to 24 May 2024. {sentence}\n")
    assert visit_of(run(nlp, text)) == ("2024-05-13", "2024-05-24", want)


# More of the visit told by weeks and months: inspectors 'in the county for three weeks',
# the inspection that 'ran' over weeks, the place 'inspected by Ofsted', begun in late
# January and finished in early February, the grades that 'follow' the inspection in a
# month, and 'spent the first two weeks of February'. Not a neighbour, a fostering agency
# or a strike.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors were in the county for three weeks in February and March.",
     ("2024-02", "2024-03")),
    ("The inspection ran for three weeks in February.", ("2024-02", "2024-02")),
    ("The inspection, which ran over three weeks in February, found leaders strong.",
     ("2024-02", "2024-02")),
    ("Kelby was inspected by Ofsted in February.", ("2024-02", "2024-02")),
    ("The inspection began in late January and finished in early February.",
     ("2024-01", "2024-02")),
    ("The grades follow Ofsted's inspection in February.", ("2024-02", "2024-02")),
    ("The report follows a three-week inspection of children's services in February.",
     ("2024-02", "2024-02")),
    ("Inspectors spent the first two weeks of February in Kelby.", ("2024-02", "2024-02")),
    ("Neighbouring Ryton was inspected by Ofsted in February.", (None, None)),
    ("The council's fostering agency was inspected by Ofsted in February.", (None, None)),
    ("The report follows an inspection of the council's fostering agency in February.",
     (None, None)),
    ("The report follows the inspection of neighbouring Ryton in February.", (None, None)),
    ("The strike ran for three weeks in February.", (None, None)),
    ("Inspectors were in Ryton's fostering service for two weeks in February.", (None, None)),
])
def test_sdates17_more_visits_by_weeks_and_months(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert visit_of(run(nlp, text)) == (*want, "2024-05-10")


# Following an inspection in a month more than a year before the item is an earlier one.
def test_sdates17_following_an_inspection_years_before(nlp) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} The council has improved steadily following an inspection in March "
            "2019. The report was published on 10 May.\n")
    assert visit_of(run(nlp, text)) == (None, None, "2024-05-10")


# Inspectors who visited the text's own authority, named, in a month ('Inspectors visited
# Hollinsfield in February', 'Inspectors, who visited Lindmoor in March, judged ...'): the
# month; another council named so, a neighbour, or a mock visit, is not the visit.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors visited Kelby in February, and their report shows a mixed picture.",
     ("2024-02", "2024-02")),
    ("Inspectors, who visited Kelby in March, judged the services good.",
     ("2024-03", "2024-03")),
    ("Ofsted inspected Kelby in February and March.", ("2024-02", "2024-03")),
    ("Inspectors visited Ryton in February, and their report rated it inadequate.",
     (None, None)),
    ("Inspectors visited neighbouring Ryton in February.", (None, None)),
    ("Mock inspectors visited Kelby in February.", (None, None)),
    ("Inspectors visited Kelby's fostering service in February.", (None, None)),
])
def test_sdates17_inspectors_visited_the_place_in_a_month(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert visit_of(run(nlp, text)) == (*want, "2024-05-10")


# -- session 17, round s38dev (secondary_unseen38's misses) -----------------------------------

def s38_previous(rec: dict) -> list[str]:
    return [d["date"] for d in rec["tables"]["dates"] if d["kind"] == "previous_inspection"]


# Another council's grade told in a list of councils ('including Hollins Park, which was
# rated outstanding in 2019') or as 'the other' ('The other, Fenwick, was judged outstanding
# in 2023') is not the text's earlier inspection; the text's own named so is kept, and so is
# 'the other area' of its own.
@pytest.mark.parametrize("sentence, want", [
    ("Kelby joins a small group of councils holding the top rating, including Ryton, which "
     "was rated outstanding in 2019.", []),
    ("Kelby is one of only two councils in the region rated outstanding. The other, Ryton, "
     "was judged outstanding in 2021.", []),
    ("Several councils hold the top rating, such as Ryton, which was rated outstanding in "
     "2019.", []),
    ("Several councils have improved, including Kelby, which was rated inadequate in 2019.",
     ["2019"]),
    ("Kelby was rated requires improvement in 2019.", ["2019"]),
])
def test_s38dev_another_councils_grade_in_a_list_or_as_the_other(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert s38_previous(run(nlp, text)) == want


# Ofsted (or the inspectors) as the subject of an earlier grade with its year ('Ofsted rated
# the council's children's services inadequate in 2022'): the earlier inspection; not
# another council's, nor this inspection's grade in the text's own year.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted rated the council's children's services inadequate in 2019.", ["2019"]),
    ("Inspectors previously judged the council requires improvement in March 2020.",
     ["2020-03"]),
    ("Ofsted rated neighbouring Ryton inadequate in 2019.", []),
])
def test_s38dev_ofsted_rated_the_council_a_grade_in_a_year(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert s38_previous(run(nlp, text)) == want


# The report 'published by Ofsted today' in a dated release, and Ofsted's judgements
# 'published on 25 August' with the year from the dateline; not the council's own
# judgements or a plan published so.
@pytest.mark.parametrize("sentence, want", [
    ("The inspection report, published by Ofsted today, follows the inspection.",
     "2024-05-14"),
    ("The report, published by the watchdog today, is positive.", "2024-05-14"),
    ("Ofsted's judgements, published on 10 May, are positive.", "2024-05-10"),
    ("The inspectors' judgements, published on 10 May, are positive.", "2024-05-10"),
    ("The council's improvement plan, published by the council today, is ambitious.", None),
    ("The council's judgements, published on 10 May, were its own.", None),
])
def test_s38dev_published_by_ofsted_today_and_judgements_published(nlp, sentence, want) -> None:
    text = ("Kelby Council\nNews release\n\nTuesday 14 May 2024\n\nKelby children's services "
            f"rated good\n\n{SD17_BODY} {sentence}\n")
    assert visit_of(run(nlp, text))[2] == want


# Inspectors 'visiting teams in A, B and C from 10 February to 6 March': the visit, the
# year from the dateline; not a councillor visiting.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent four weeks looking at the council's work with children in need and "
     "children in care, visiting teams in Ashby, Rowton and Marsh End from 10 February to 6 "
     "March.", ("2024-02-10", "2024-03-06")),
    ("Inspectors spent four weeks visiting teams from 10 February to 6 March 2024.",
     ("2024-02-10", "2024-03-06")),
])
def test_s38dev_inspectors_visiting_teams_from_to(nlp, sentence, want) -> None:
    text = ("Kelby Post\nTuesday 14 May 2024\n\nKelby children's services rated good\n\n"
            f"{SD17_BODY} {sentence} The report was published on 10 May.\n")
    assert visit_of(run(nlp, text)) == (*want, "2024-05-10")


# A newspaper's or magazine's name alone on the first line ('Kelby Evening Post', 'Care
# Practice Weekly') is a masthead: the headline under it names the authority; a headline
# of the same capitalised words that does not end with a title's word is the headline.
@pytest.mark.parametrize("head, want", [
    ("Care Practice Weekly\n\nRyton no longer inadequate after Ofsted re-inspection\n\n"
     "Jo Smith\n21 April 2017\n\nThe London Borough of Ryton's children's services have "
     "been rated requires improvement.", "Ryton"),
    ("Kelby Evening Post\n\nRyton rated good by Ofsted\n\n21 April 2017\n\nRyton "
     "Council's children's services have been rated good.", "Ryton"),
    ("Ryton Rated Good By Ofsted\n\n21 April 2017\n\nRyton Council's children's "
     "services have been rated good.", "Ryton"),
])
def test_s38dev_a_newspapers_name_on_the_first_line_is_a_masthead(nlp, head, want) -> None:
    assert run(nlp, head + "\n")["report"]["local_authority"] == want


# sgrades18
# A grade shared by a second area after the first's: 'as did A' (A's name may hold commas:
# 'leadership, management and governance'), 'So was A', 'so too did A', 'a judgement shared
# by A', 'a grade also given to A', '..., and A was too': A takes the grade before it, though
# a later clause grades another area; not a bare 'and' before an area of a later grade, nor
# a neighbour's, nor an area that only 'improved, as did' another.
SG18_HEAD = "Kelby Post\nThursday 10 October 2019\n\nKelby children's services rated by Ofsted\n\n"


@pytest.mark.parametrize("body, want", [
    ("Help and protection was good, as was the impact of leaders, while children in care and "
     "care leavers were outstanding.",
     {"help_and_protection": "good", "impact_of_leaders": "good",
      "children_in_care_and_care_leavers": "outstanding"}),
    ("Help and protection was judged good, as were the experiences and progress of children in "
     "care and care leavers, but the impact of leaders required improvement.",
     {"help_and_protection": "good", "children_in_care_and_care_leavers": "good",
      "impact_of_leaders": "requires_improvement"}),
    ("Help and protection was judged good. So was the impact of leaders, and children in care "
     "and care leavers were outstanding.",
     {"help_and_protection": "good", "impact_of_leaders": "good",
      "children_in_care_and_care_leavers": "outstanding"}),
    ("The impact of leaders was rated outstanding, a judgement shared by help and protection.",
     {"impact_of_leaders": "outstanding", "help_and_protection": "outstanding"}),
    ("The impact of leaders required improvement; so too did help and protection.",
     {"impact_of_leaders": "requires_improvement", "help_and_protection":
      "requires_improvement"}),
    ("Leaders were judged good, and help and protection was too.",
     {"impact_of_leaders": "good", "help_and_protection": "good"}),
    ("Help and protection was judged outstanding, the same grade given to the impact of "
     "leaders.", {"help_and_protection": "outstanding", "impact_of_leaders": "outstanding"}),
    ("Help and protection was judged outstanding - a grade shared with the impact of leaders.",
     {"help_and_protection": "outstanding", "impact_of_leaders": "outstanding"}),
    ("Help and protection was judged outstanding - a grade shared with neighbouring Ryton.",
     {"help_and_protection": "outstanding"}),
    ("Leaders were judged good, and help and protection did as well, but children in care and "
     "care leavers were outstanding.",
     {"impact_of_leaders": "good", "help_and_protection": "good",
      "children_in_care_and_care_leavers": "outstanding"}),
    # not carried
    ("Help and protection was judged good, and children in care and care leavers, who were "
     "praised, were outstanding.",
     {"help_and_protection": "good", "children_in_care_and_care_leavers": "outstanding"}),
    ("Help and protection improved, as did leadership, which was judged good.",
     {"impact_of_leaders": "good"}),
    ("Help and protection was judged good, a judgement shared by neighbouring Ryton Council "
     "last year.", {"help_and_protection": "good"}),
    ("Help and protection required improvement, as did neighbouring Ryton's last year.",
     {"help_and_protection": "requires_improvement"}),
])
def test_sgrades18_a_grade_shared_by_a_second_area(nlp, body, want) -> None:
    text = f"{SG18_HEAD}Kelby Council's children's services were rated good by Ofsted. {body}\n"
    assert area_grades(run(nlp, text)) == want


def test_sgrades18_as_did_a_sif_area_named_with_commas_before_a_later_grade(nlp) -> None:
    text = ("Kelby Post\nThursday 20 April 2017\n\nKelby children's services require "
            "improvement, says Ofsted\n\nKelby Council's children's services require "
            "improvement, Ofsted said. Inspectors said help and protection still required "
            "improvement, as did leadership, management and governance, but they found that "
            "services for children looked after and achieving permanence had become good.\n")
    assert area_grades(run(nlp, text)) == {
        "help_and_protection": "requires_improvement",
        "leadership_management_governance": "requires_improvement",
        "looked_after_and_permanence": "good"}


# An undated item that says 'ILACS': the 2023 update's areas where it grades care leavers on
# their own (apart from children in care, with another grade, or alone); the 2018-2022
# combined area where it grades the two together. A dated item keeps its date's framework.
@pytest.mark.parametrize("head, body, want", [
    ("", "Children in care were judged good, and care leavers' services required improvement.",
     {"children_in_care": "good", "care_leavers": "requires_improvement"}),
    ("", "The grades were:\nChildren in care: outstanding\nCare leavers: good",
     {"children_in_care": "outstanding", "care_leavers": "good"}),
    ("", "Children in care were judged good. Care leavers' services were also judged good.",
     {"children_in_care": "good", "care_leavers": "good"}),
    ("", "The council's services for care leavers were judged inadequate.",
     {"care_leavers": "inadequate"}),
    ("", "Children in care and care leavers were judged outstanding.",
     {"children_in_care_and_care_leavers": "outstanding"}),
    ("", "The experiences and progress of children in care and care leavers was judged good.",
     {"children_in_care_and_care_leavers": "good"}),
    ("Kelby Post\nThursday 10 October 2019\n\n", "Children in care were judged good, and care "
     "leavers' services required improvement.", {"children_in_care_and_care_leavers": "good"}),
])
def test_sgrades18_an_undated_ilacs_item_grading_care_leavers_apart(nlp, head, body,
                                                                    want) -> None:
    text = (f"{head}Kelby Council news\n\nOfsted rates Kelby children's services good\n\n"
            "Ofsted has published its ILACS report on Kelby Council's children's services, "
            f"rating them good overall. {body}\n")
    got = area_grades(run(nlp, text))
    assert {k: v for k, v in got.items() if k != "help_and_protection"} == want


# A grade given as a movement of some grades to it ('gone up a grade to good'); a movement
# that names no grade gives none.
@pytest.mark.parametrize("sentence, want", [
    ("Kelby Council's children's services have gone up a grade to good, Ofsted has said.",
     "good"),
    ("Kelby Council's children's services have dropped two grades to inadequate, Ofsted has "
     "said.", "inadequate"),
    ("Kelby Council's children's services have improved by one grade to good, Ofsted has "
     "said.", "good"),
    ("Kelby Council's children's services have moved up one grade, Ofsted has said. Help and "
     "protection was judged good.", None),
])
def test_sgrades18_a_grade_as_a_movement_by_grades(nlp, sentence, want) -> None:
    assert grades_of(run(nlp, f"{SG18_HEAD}{sentence}\n")).get("overall_effectiveness") == want


# 'A was judged inadequate in 2016 but is now good': the area set aside with its earlier
# grade takes the grade of now; not another council's, nor where the now clause names an
# area of its own.
@pytest.mark.parametrize("body, want", [
    ("Help and protection was judged inadequate in 2016 but is now good.",
     {"help_and_protection": "good"}),
    ("Help and protection was inadequate at the last inspection but is now good.",
     {"help_and_protection": "good"}),
    ("Help and protection was inadequate in 2016 but has now been judged outstanding.",
     {"help_and_protection": "outstanding"}),
    ("Neighbouring Ryton's help and protection was inadequate in 2016 but is now good.", {}),
    ("Help and protection was inadequate in 2016 but leaders are now good.",
     {"impact_of_leaders": "good"}),
])
def test_sgrades18_an_earlier_grade_but_now_another(nlp, body, want) -> None:
    text = f"{SG18_HEAD}Kelby Council's children's services were rated good by Ofsted. {body}\n"
    assert area_grades(run(nlp, text)) == want


# A grade on Ofsted's word ('are good, Ofsted has said'; a headline's "'require improvement'
# - Ofsted") makes a news item; a grade before 'Ofsted rating' ('kept its outstanding Ofsted
# rating', 'given a good Ofsted rating') is the service's, not a school's beside it.
@pytest.mark.parametrize("text, want", [
    ("Kelby children's services 'require improvement' - Ofsted\n\nCouncillor Jo Smith said "
     "the council accepted the report.\n", "requires_improvement"),
    (f"{SG18_HEAD}Kelby Council's children's services are still good, Ofsted has said. "
     "Councillor Jo Smith said the council welcomed the report.\n", "good"),
    (f"{SG18_HEAD}Kelby Council has kept its outstanding Ofsted rating for children's "
     "services. Councillor Jo Smith said the council welcomed the report.\n", "outstanding"),
    (f"{SG18_HEAD}Kelby Council's children's services have been given a good Ofsted rating. "
     "Councillor Jo Smith said the council welcomed the report.\n", "good"),
    (f"{SG18_HEAD}Kelby Council's children's services were rated inadequate. Kelby High "
     "School has a good Ofsted rating.\n", "inadequate"),
])
def test_sgrades18_a_grade_on_ofsteds_word_or_before_ofsted_rating(nlp, text, want) -> None:
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == "news_article"
    assert grades_of(rec) == {"overall_effectiveness": want}


# A grade in brackets right after an area's name in a sentence's list ('Its grades: the
# impact of leaders (outstanding), help and protection (good) and ...'); not one after
# other words ('Help and protection, which our own audit graded (good), and ...').
@pytest.mark.parametrize("body, want", [
    ("Its grades: the impact of leaders (outstanding), help and protection (good) and "
     "children in care and care leavers (good).",
     {"impact_of_leaders": "outstanding", "help_and_protection": "good",
      "children_in_care_and_care_leavers": "good"}),
    ("Help and protection, which our own audit graded (good), and leaders were praised.", {}),
    ("Our fostering agency (outstanding), and our adoption service were praised.", {}),
])
def test_sgrades18_a_grade_in_brackets_after_an_area_in_a_list(nlp, body, want) -> None:
    text = f"{SG18_HEAD}Ofsted rated Kelby Council's children's services good. {body}\n"
    assert area_grades(run(nlp, text)) == want
# sdates18
# --- Round sdates18 (session 18): secondary sources' dates, the forms session 17 left ---


def sd18_text(dateline: str, sentence: str, pub: str = "The report was published on 10 May."
              ) -> str:
    return (f"Kelby Post\n{dateline}\n\nKelby children's services rated good\n\n{SD17_BODY} "
            f"{sentence} {pub}\n")


# A visit's last day told by a weekday relative to the item's dateline (with its weekday or
# alone on its line): the visit's subject or a verb going on from its first day's sentence.
# Not another thing that concluded, another council's inspection, or a date labelled as a
# page's update (the first day then stands alone: since round sdates20 a day the visit
# began or the inspectors arrived on is its start only, as 'from 22 April' was).
@pytest.mark.parametrize("dateline, sentence, want", [
    ("Monday 13 May 2024", "Inspectors arrived on 22 April for a three-week inspection. The "
     "inspection concluded on Friday.", ("2024-04-22", "2024-05-10")),
    ("Wednesday 15 May 2024", "Inspectors began their visit on 22 April and finished their "
     "visit last Thursday.", ("2024-04-22", "2024-05-09")),
    ("15 May 2024", "The inspection began on 22 April and ended on Friday.",
     ("2024-04-22", "2024-05-10")),
    ("15 May 2024", "Inspectors began their visit on 22 April and concluded it on Friday.",
     ("2024-04-22", "2024-05-10")),
    ("Wednesday 15 May 2024", "Inspectors arrived on 22 April. The council's consultation on "
     "family hubs concluded on Friday.", ("2024-04-22", None)),
    ("Wednesday 15 May 2024", "Inspectors arrived on 22 April. Neighbouring Ryton's "
     "inspection ended on Friday.", ("2024-04-22", None)),
    ("Last updated: 15 May 2024", "The inspection began on 22 April and ended on Friday.",
     ("2024-04-22", None)),
])
def test_sdates18_last_day_told_by_a_weekday(nlp, dateline, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text(dateline, sentence, "")))[:2] == want


# A day right after the visit's end ('The two-week inspection, which ended on 14 March') is
# its last day alone, not a one-day visit; so is the inspectors' leaving the text's own
# place on a weekday. Not another place left, nor another thing ended.
@pytest.mark.parametrize("dateline, sentence, want", [
    ("Tuesday 14 May 2024", "The two-week inspection, which ended on 14 March, found leaders "
     "strong.", (None, "2024-03-14")),
    ("Tuesday 14 May 2024", "The three-week inspection, which finished on 26 January, found "
     "leaders strong.", (None, "2024-01-26")),
    ("Monday 18 March 2024", "Ofsted inspectors left Kelby on Friday after a fortnight.",
     (None, "2024-03-15")),
    ("Monday 18 March 2024", "Ofsted inspectors left Ryton on Friday after a fortnight.",
     (None, None)),
    ("Monday 18 March 2024", "The consultation ended on Friday.", (None, None)),
    ("Tuesday 14 May 2024", "The inspection began on 4 March and ended on 14 March.",
     ("2024-03-04", "2024-03-14")),
])
def test_sdates18_last_day_alone(nlp, dateline, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text(dateline, sentence, "")))[:2] == want


# Visits told by months in more news forms (month precision, the year the item's or the one
# before): a sentence opening with the month whose subject is the inspectors or Ofsted, the
# item following a visit by inspectors, a week-long visit in early March, the last two weeks
# of a month. Not a cabinet's or peer reviewers' month, a visit to a neighbour, a visit to
# come, a data period, a season, or a month over a year before the item.
@pytest.mark.parametrize("sentence, want", [
    ("In February, inspectors spent two weeks looking at how the council helps children in "
     "need.", ("2024-02", "2024-02")),
    ("In January and February, inspectors spent three weeks examining the council's work.",
     ("2024-01", "2024-02")),
    ("During a fortnight in March, inspectors met children, carers and social workers.",
     ("2024-03", "2024-03")),
    ("The report follows a visit by inspectors in February.", ("2024-02", "2024-02")),
    ("The findings follow a visit by Ofsted inspectors in late January.",
     ("2024-01", "2024-01")),
    ("Inspectors judged the services good during a week-long visit in early March.",
     ("2024-03", "2024-03")),
    ("Inspectors spent the last two weeks of February with the council's social workers.",
     ("2024-02", "2024-02")),
    ("In February, the council's cabinet agreed extra money for social care.", (None, None)),
    ("In February, peer reviewers spent two weeks looking at the front door.", (None, None)),
    ("The report follows a visit by inspectors to neighbouring Ryton in February.",
     (None, None)),
    ("Inspectors will spend two weeks in the borough in February next year.", (None, None)),
    ("Between April and September, the council received 4,200 referrals.", (None, None)),
    ("Inspectors spent three weeks in the borough last autumn.", (None, None)),
    ("In February 2019, inspectors spent two weeks in the borough and found it inadequate.",
     (None, None)),
])
def test_sdates18_visits_told_by_months(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence))) == (
        *want, "2024-05-10")


# 'In November last year, Ofsted inspectors ...' in an item of January: the November before.
def test_sdates18_a_month_last_year_opening_the_sentence(nlp) -> None:
    text = sd18_text("Wednesday 22 January 2025", "In November last year, Ofsted inspectors "
                     "spent three weeks in the borough.", "The report was published on 17 "
                     "January.")
    assert visit_of(run(nlp, text)) == ("2024-11", "2024-11", "2025-01-17")


# Another place's services as the subject of an earlier grade are that place's, not the text's
# previous inspection; the council's or the text's own place's are.
@pytest.mark.parametrize("sentence, want", [
    ("Ryton's services were rated inadequate in 2019.", []),
    ("Like Ryton, whose children's services were rated inadequate in 2019, the council has a "
     "new director.", []),
    ("Children's services in Ryton were rated inadequate in 2019.", []),
    ("The council's services were rated inadequate in 2019.", [("2019", "year")]),
    ("Kelby's services were rated inadequate in 2019.", [("2019", "year")]),
    ("Children's services in Kelby were rated inadequate in 2019.", [("2019", "year")]),
])
def test_sdates18_another_places_services_rated(nlp, sentence, want) -> None:
    text = sd18_text("Tuesday 14 May 2024", f"Inspectors were in Kelby from 4 to 15 March 2024. "
                     f"{sentence}")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# One place check for every rule that asks whether a named place is the text's authority:
# its core words all the authority's; an unknown authority leaves any place possibly the
# text's own.
@pytest.mark.parametrize("name, la, want", [
    ("Ryton's", "Kelby", False),
    ("Kelby Council", "Kelby", True),
    ("Wealdmoor", "South Wealdmoor County Council", True),
    ("East Wealdmoor", "South Wealdmoor", False),
    ("Solihull", "Hull", False),
    ("Ryton", "", True),
])
def test_sdates18_same_place(name, la, want) -> None:
    from pipeline.nlp.components.dates import _same_place

    assert _same_place(name, la) is want


# Inspectors who 'came to' the text's own place in a month ('Inspectors came to Kelby in
# September, spending three weeks with social workers'): the month; not another council.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors came to Kelby in February, spending three weeks with social workers.",
     ("2024-02", "2024-02")),
    ("Inspectors came to Ryton in February, spending three weeks with social workers.",
     (None, None)),
])
def test_sdates18_inspectors_came_to_the_place_in_a_month(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence))) == (
        *want, "2024-05-10")


# A part of the month or 'early', 'mid' or 'late' before it in any news month form: the
# month. Services for children in another place are that place's.
@pytest.mark.parametrize("sentence, want", [
    ("The inspection, carried out in the second half of January, looked at help for "
     "families.", ("2024-01", "2024-01")),
    ("Ofsted inspectors spent a fortnight in the borough in early February.",
     ("2024-02", "2024-02")),
    ("Mock inspectors spent a fortnight in the borough in early February.", (None, None)),
])
def test_sdates18_a_part_of_the_month_in_news_forms(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence))) == (
        *want, "2024-05-10")


@pytest.mark.parametrize("place, want", [("Ryton", []), ("Kelby", [("2017", "year")])])
def test_sdates18_services_for_children_in_a_place(nlp, place, want) -> None:
    text = sd18_text("Tuesday 14 May 2024", "Inspectors were in Kelby from 4 to 15 March 2024. "
                     f"Services for children in {place} were judged inadequate in 2017.")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# The inspection or visit named with its month as the subject of what it found, or before
# the inspectors telling it; 'Inspectors, who spent two weeks ... in February'. Not a last,
# mock, fostering or another place's inspection, the minister's visit, one to come, or one
# over a year before the item.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted's inspection in February found that leaders know their services well.",
     ("2024-02", "2024-02")),
    ("During their visit in February, inspectors spoke to 40 families.",
     ("2024-02", "2024-02")),
    ("Ofsted's February inspection found strong practice.", ("2024-02", "2024-02")),
    ("Inspectors, who spent two weeks in the borough in February, said leaders were strong.",
     ("2024-02", "2024-02")),
    ("The last inspection in February 2019 found the council inadequate.", (None, None)),
    ("Ofsted's inspection in February 2019 found the council inadequate.", (None, None)),
    ("Ryton's inspection in February found it inadequate.", (None, None)),
    ("The mock inspection in February found strong practice.", (None, None)),
    ("Their fostering inspection in February found strong practice.", (None, None)),
    ("During the visit in February, the minister met care leavers.", (None, None)),
    ("The next inspection in February, Ofsted said, will be short.", (None, None)),
])
def test_sdates18_the_inspection_named_with_its_month(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence))) == (
        *want, "2024-05-10")


# The last day 'yesterday', or after 'and left on Friday' going on from the first day's
# sentence; not another thing that ended, in the same sentence or the next.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors arrived on 22 April. The inspection concluded yesterday.",
     ("2024-04-22", "2024-05-12")),
    ("Inspectors arrived on 22 April and left on Friday.", ("2024-04-22", "2024-05-10")),
    # not (the arrival day alone is the start only since round sdates20)
    ("Inspectors arrived on 22 April. The consultation ended yesterday.",
     ("2024-04-22", None)),
    ("Inspectors arrived on 22 April while the consultation concluded on Friday.",
     ("2024-04-22", None)),
    ("Inspectors arrived on 22 April, and the strike ended on Friday.",
     ("2024-04-22", None)),
])
def test_sdates18_last_day_yesterday_or_and_left(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Monday 13 May 2024", sentence, "")))[:2] == want


# --- Round s39dev (session 18): forms behind secondary_unseen39's misses ---

# The weekday (or 'yesterday') opening the sentence before Ofsted publishing its report
# ('On Friday, Ofsted published its report on our children's services'), in a post dated
# Sunday 3 July 2022: dated from the post's own date. Not another body publishing, nor
# Ofsted's annual report; 'Last week' names no day, and 'Last Friday' on a Sunday may be two
# days or nine before.
@pytest.mark.parametrize("sentence, want", [
    ("On Friday, Ofsted published its report on our children's services, after inspectors "
     "spent two weeks with our teams.", "2022-07-01"),
    ("On Thursday the inspectorate released its findings.", "2022-06-30"),
    ("Yesterday, the inspectorate released its report on the council.", "2022-07-02"),
    ("On Friday, inspectors published their report.", "2022-07-01"),
    ("Last week, Ofsted published its report on our children's services.", None),
    ("On Friday, the council published its report on our children's services.", None),
    ("On Friday, Ofsted published its annual report.", None),
    ("Last Friday, Ofsted published its report on our children's services.", None),
])
def test_s39dev_a_weekday_opening_the_sentence_dates_publication(nlp, sentence, want) -> None:
    text = ("Leader's blog\n\nA good report for Kelby's children\n\nPosted on Sunday 3 July "
            f"2022\n\n{SD17_BODY} {sentence} Inspectors were in Kelby between 9 and 20 May.\n")
    assert visit_of(run(nlp, text)) == ("2022-05-09", "2022-05-20", want)


# A blog's or column's author line on the first line, naming the writer's office in the
# council ('Leader of Kelby Council', 'Cabinet Member for Children, Kelby Borough Council'):
# no headline; the line under it (past a dateline) is, in its own form. A first line that
# goes on after the council's name, or names no office, is the headline itself.
@pytest.mark.parametrize("head, want", [
    ("Leader's blog: Councillor Sam Kerr, Leader of Kelby Council\n\nA good report for "
     "Kelby's children\n\nPosted on Sunday 3 July 2022", "Kelby"),
    ("Cllr Ann Lee, Cabinet Member for Children, Kelby Borough Council\n\nKelby's children's "
     "services are good\n\nPosted on Sunday 3 July 2022", "Kelby"),
    ("Cabinet Member for Children, Kelby Borough Council\n3 July 2022\n\nWhat Ofsted said "
     "about Kelby", "Kelby"),
    ("By Cllr Ann Lee - Leader of the London Borough of Kelby\n\nOfsted and Kelby's "
     "children\n\nPosted on Sunday 3 July 2022", "Kelby"),
    ("Leader of Kelby Council welcomes good Ofsted report\n\nPosted on Sunday 3 July 2022",
     "Kelby Council"),
    ("Kelby Borough Council rated good\n\nA good report for Kelby's children\n\n"
     "Posted on Sunday 3 July 2022", "Kelby Borough Council"),
])
def test_s39dev_an_author_line_naming_the_council_is_no_headline(nlp, head, want) -> None:
    text = (f"{head}\n\nKelby Borough Council's children's services have been judged good "
            "by Ofsted. Inspectors were in Kelby between 9 and 20 May.\n")
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == "news_article"
    assert rec["report"]["local_authority"] == want


# --- Round s40dev (session 18): forms behind secondary_unseen40's misses ---

# A sentence that tells the visit by its month and, after it, the day the report came out
# (was released, issued): the visit is the month, the day the report's. A day the inspectors
# were there is still the visit's.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent three weeks with us in May, and the report came out on 7 July.",
     ("2022-05", "2022-05", "2022-07-07")),
    ("Inspectors spent three weeks in the borough in May, and the report was released on "
     "7 July.", ("2022-05", "2022-05", "2022-07-07")),
    ("Inspectors spent two weeks with us in May; the findings came out on Thursday 7 July.",
     ("2022-05", "2022-05", "2022-07-07")),
    ("Inspectors were here from 9 to 20 May, and the report came out on 7 July.",
     ("2022-05-09", "2022-05-20", "2022-07-07")),
    ("Inspectors were with us on 5 and 6 July, and the report came out in August.",
     ("2022-07-05", "2022-07-06", None)),
])
def test_s40dev_visit_by_month_and_report_out_by_day(nlp, sentence, want) -> None:
    text = ("Branch news\nFriday 15 July 2022\n\nKelby children's services rated\n\n"
            f"{SD17_BODY} {sentence}\n")
    assert visit_of(run(nlp, text)) == want


# A grade told, then 'along with' (or 'together with') another area: that area shares it.
# Not where what follows names no area.
@pytest.mark.parametrize("body, want", [
    ("But they judged the impact of leaders to require improvement, along with the "
     "experiences and progress of children in care.",
     {"impact_of_leaders": "requires_improvement",
      "children_in_care_and_care_leavers": "requires_improvement"}),
    ("Help and protection was rated good, together with the impact of leaders.",
     {"help_and_protection": "good", "impact_of_leaders": "good"}),
    ("Help and protection was rated good, along with the council's partners.",
     {"help_and_protection": "good"}),
])
def test_s40dev_a_grade_shared_along_with_an_area(nlp, body, want) -> None:
    text = f"{SG18_HEAD}Ofsted rated Kelby Council's children's services good. {body}\n"
    assert area_grades(run(nlp, text)) == want


S40_FEATURE = ("Social Care Practice Review\nApril 2018 issue | Feature: The last of the single "
               "inspections\n\nIf any council shows what a sustained improvement journey looks "
               "like, it is Kelby. ")


def s40_dates(rec: dict) -> list[tuple[str, str]]:
    return sorted((r["kind"], r["date"]) for r in rec["tables"]["dates"])


# A feature's framing sentences: a sentence opening with the grade's participle and an
# earlier year ('Rated requires improvement in 2014, the county council ...') gives that
# grade to 2014 alone, the main clause's grade is this inspection's; a council 'among the
# last authorities to be inspected under ..., in February 2018' is dated by that month (its
# 'last' is the councils'); the place named only by its possessive service told as graded
# ('Kelby's adoption performance was rated good') is the text's authority.
@pytest.mark.parametrize("body, overall, want", [
    ("Rated requires improvement in 2014, the county council was among the last authorities "
     "to be inspected under the single inspection framework, in February 2018, and came away "
     "rated good overall. Kelby's adoption performance was rated good.", "good",
     [("inspection_end", "2018-02"), ("inspection_start", "2018-02"),
      ("previous_inspection", "2014")]),
    ("Judged inadequate in 2014, the council was one of the first councils to be inspected "
     "under the new framework, in January 2018, and was rated good overall. Kelby's adoption "
     "performance was rated good.", "good",
     [("inspection_end", "2018-01"), ("inspection_start", "2018-01"),
      ("previous_inspection", "2014")]),
    ("Rated inadequate in 2014, the council has since invested heavily. Kelby's adoption "
     "performance was rated good.", None, [("previous_inspection", "2014")]),
    ("The council's last inspection, in February 2014, rated it inadequate. Kelby's adoption "
     "performance was rated good.", None, [("previous_inspection", "2014-02")]),
])
def test_s40dev_a_features_framing_sentence(nlp, body, overall, want) -> None:
    rec = run(nlp, f"{S40_FEATURE}{body}\n")
    assert rec["report"]["local_authority"] == "Kelby"
    assert rec["report"].get("overall_effectiveness") == overall
    assert s40_dates(rec) == want


# A statistic about all councils after a date is no earlier inspection of the authority;
# the authority's own grade after the date still is.
@pytest.mark.parametrize("sentence, want", [
    ("Of the 152 councils inspected since it began in November 2013, 36 per cent were rated "
     "requires improvement.", []),
    ("Of the councils inspected since it began in November 2013, two of them were rated "
     "outstanding.", []),
    ("In November 2013, the council was rated inadequate.", [("previous_inspection", "2013-11")]),
])
def test_s40dev_a_statistic_of_all_councils_is_no_earlier_inspection(nlp, sentence, want
                                                                      ) -> None:
    rec = run(nlp, f"{S40_FEATURE}Kelby's adoption performance was rated good. {sentence}\n")
    assert s40_dates(rec) == want


# A neighbour's service told as graded opens with no name of the text's authority.
def test_s40dev_a_neighbours_service_names_no_authority(nlp) -> None:
    rec = run(nlp, "Social Care Practice Review\nApril 2018 issue | Feature: Fostering\n\n"
                   "Neighbouring Ashcombe's fostering service was rated good by Ofsted.\n")
    assert rec["report"].get("local_authority", "") != "Ashcombe"


# -- round s41dev (session 18): secondary_unseen41's misses -----------------------------------

S41_WEB = ("Kelby Borough Council > News > Children and families\n\nChildren's services rated good "
           "by Ofsted\n\nPosted: 27 March 2019\n\n")


# A council's web news item whose headline names no place: the place named only by its
# possessive services told as graded ('Kelby's services for children and families are good,
# Ofsted has said') is the text's authority; a neighbour's is not.
@pytest.mark.parametrize("sentence, want", [
    ("Kelby's services for children and families are good, Ofsted has said.", "Kelby"),
    ("Kelby's children's social care is now outstanding, inspectors said.", "Kelby"),
    ("Neighbouring Ashcombe's services for children are good, Ofsted has said.", ""),
    ("The report says that Kelby's social workers are good at listening.", ""),
])
def test_s41dev_a_place_named_by_its_services_told_as_graded(nlp, sentence, want) -> None:
    rec = run(nlp, f"{S41_WEB}{sentence} Inspectors rated the council good overall.\n")
    assert rec["report"].get("local_authority", "") == want


# An association's name on the first line over its newsletter's issue told by season (or
# month) before the kind ('Autumn Newsletter 2022'): a masthead, not the headline; the body's
# name of the inspected council stands, or the headline's where it names one.
@pytest.mark.parametrize("issue, headline, want", [
    ("Autumn Newsletter 2022", "Chair's letter: a good result for our children",
     "Kelby County Council"),
    ("March Bulletin 2022", "Chair's letter: a good result for our children",
     "Kelby County Council"),
    ("Autumn Newsletter 2022", "Kelby rated good by Ofsted", "Kelby"),
])
def test_s41dev_an_associations_name_over_its_issue_is_a_masthead(nlp, issue, headline, want
                                                                   ) -> None:
    text = (f"KELBY FOSTER CARERS' ASSOCIATION\n{issue}\n\n{headline}\n\nDear members,\n\n"
            "Ofsted's report on Kelby County Council's children's services was published on "
            "19 August 2022, and our county has been rated good.\n")
    assert run(nlp, text)["report"]["local_authority"] == want


# Leaders told as having a graded impact on (social work) practice: the impact of leaders'
# grade. Not an impact on anything else, nor praise of the leaders' understanding.
@pytest.mark.parametrize("body, want", [
    ("Leaders were found to have a good impact on social work practice, and help and "
     "protection was judged good.",
     {"impact_of_leaders": "good", "help_and_protection": "good"}),
    ("Leaders have an outstanding impact on practice. Help and protection was judged good.",
     {"impact_of_leaders": "outstanding", "help_and_protection": "good"}),
    ("Leaders have had a good impact on recruitment. Help and protection was judged good.",
     {"help_and_protection": "good"}),
    ("Leaders have a good understanding of practice. Help and protection was judged good.",
     {"help_and_protection": "good"}),
])
def test_s41dev_leaders_graded_impact_on_practice(nlp, body, want) -> None:
    text = f"{SG18_HEAD}Ofsted rated Kelby Council's children's services good. {body}\n"
    assert area_grades(run(nlp, text)) == want


# rf18: an opening participle's earlier grade belongs to the subject after it; where that
# subject is a neighbour or another place, the year is no earlier inspection of the text's
# authority ('Rated inadequate in 2019, neighbouring Ryton was judged good last year').
@pytest.mark.parametrize("sentence, want", [
    ("Rated inadequate in 2016, neighbouring Ryton was judged good last year.", []),
    ("Judged inadequate in 2016, nearby Ryton has since been rated good.", []),
    # the text's own council after the participle keeps its year
    ("Rated inadequate in 2016, the council has since invested heavily.",
     [("previous_inspection", "2016")]),
])
def test_rf18_a_fronted_grade_of_another_place_is_no_earlier_inspection(nlp, sentence, want
                                                                         ) -> None:
    rec = run(nlp, f"{S40_FEATURE}Kelby's adoption performance was rated good. {sentence}\n")
    assert rec["report"]["local_authority"] == "Kelby"
    assert s40_dates(rec) == want


# rf18: a sentence opening with a possessive told as graded names the authority only where
# the possessive is a place's service: not a person's, nor a setting's or a body's named
# after a place (a school, a regional adoption agency, a team).
@pytest.mark.parametrize("sentence", [
    "Mr Patel's team was rated outstanding for its work with care leavers.",
    "St Mary's primary school was rated outstanding last month.",
    "Brackenford's regional adoption agency was rated outstanding in 2022.",
    "Ashcombe's fostering team was judged good.",
])
def test_rf18_a_persons_or_settings_possessive_names_no_authority(nlp, sentence) -> None:
    rec = run(nlp, "Children's services judged good\n\nThursday 11 April 2024 | By A Reporter\n\n"
                   f"{sentence} Inspectors have now judged services for children in the "
                   "borough good.\n\nInspectors visited from 4 to 15 March.\n")
    got = rec["report"].get("local_authority") or ""
    assert got not in {"Mr Patel", "St Mary", "Brackenford", "Ashcombe"}


# rf18: the weekday opening the sentence before Ofsted publishing a report dates this
# item's publication only where the report is not another place's or a setting's.
@pytest.mark.parametrize("sentence, want", [
    ("On Friday, Ofsted published its report on neighbouring Ryton's children's services.",
     None),
    ("On Friday, Ofsted published its report on children's homes in the region.", None),
    ("On Friday, Ofsted published its report on Kelby Academy, rating the school good.", None),
    ("On Friday, the inspectors published their report on the local area SEND inspection.",
     None),
    # the text's own report still dates it
    ("On Friday, Ofsted published its report on our children's services.", "2022-07-01"),
])
def test_rf18_a_weekday_publishing_anothers_report_dates_nothing(nlp, sentence, want) -> None:
    text = ("Leader's blog\n\nA good report for Kelby's children\n\nPosted on Sunday 3 July "
            f"2022\n\n{SD17_BODY} {sentence} Inspectors were in Kelby between 9 and 20 May.\n")
    assert visit_of(run(nlp, text)) == ("2022-05-09", "2022-05-20", want)


# rf18: a news month form whose sentence tells of a neighbour's, another place's, a
# setting's or another service's visit dates no visit of the text's; the text's own still
# does.
@pytest.mark.parametrize("sentence, want", [
    ("In February, inspectors spent two weeks in neighbouring Ryton, which was rated "
     "inadequate.", (None, None)),
    ("Ofsted's inspection in February found Ryton's services inadequate.", (None, None)),
    ("Inspectors, who spent two weeks at the county's fostering agency in February, rated "
     "it good.", (None, None)),
    ("The report follows a visit by inspectors in February to the council's children's "
     "homes.", (None, None)),
    ("A week-long visit in early March to the youth offending service also found "
     "improvements.", (None, None)),
    ("Ofsted's inspection in February found Kelby's services good.", ("2024-02", "2024-02")),
    ("In February, inspectors spent two weeks in Kelby.", ("2024-02", "2024-02")),
])
def test_rf18_a_news_month_of_anothers_visit_dates_nothing(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence)))[:2] == want


# l33dev (session 18): a labelled field naming an earlier inspection ('Dates of previous
# inspection', 'Date of initial inspection', 'Previous inspection date') may give its month
# and year only, or its year alone: the row holds that month (or year). Not a label naming
# a next or planned inspection, nor a data period, nor a date not over before this visit.
L33_SEND_HEAD = ("Local area partnership report\nArea SEND inspection of Northshire Local Area "
                 "Partnership\nInspection dates: 22 to 26 April 2024\n{label}\n\nInspection "
                 "outcome\nThe local area partnership's arrangements lead to inconsistent "
                 "experiences and outcomes for children and young people with SEND.\n")


@pytest.mark.parametrize("label, want", [
    ("Dates of previous inspection: October 2018", [("2018-10", "month")]),
    ("Date of previous inspection: October 2018", [("2018-10", "month")]),
    ("Date of the previous full inspection | October 2018", [("2018-10", "month")]),
    ("Date of previous area SEND inspection    October 2018", [("2018-10", "month")]),
    ("Previous inspection date: October 2018", [("2018-10", "month")]),
    ("Date of initial inspection | March 2019", [("2019-03", "month")]),
    ("Initial inspection: March 2019", [("2019-03", "month")]),
    ("Dates of previous inspection: 2018", [("2018", "year")]),
    ("Previous inspection: October 2018", [("2018-10", "month")]),
    ("Last full inspection | October 2018", [("2018-10", "month")]),
    # the days as before
    ("Dates of previous inspection: 27 to 31 March 2017", [("2017-03-27", "day")]),
    # not: a next or planned inspection, a data period, a date not over before this visit
    ("Date of next inspection: October 2027", []),
    ("Planned inspection date: October 2027", []),
    ("Date of next full inspection | 2027", []),
    ("Dates of data: October 2018", []),
    ("Previous inspection data: April 2022 to March 2023", []),
    ("Dates of previous inspection: April 2024", []),
])
def test_l33dev_a_previous_inspection_label_with_its_month_or_year(nlp, label, want) -> None:
    rec = run(nlp, L33_SEND_HEAD.format(label=label))
    assert dates_of(rec, "previous_inspection") == want


@pytest.mark.parametrize("box, want", [
    ("Date of initial inspection | March 2019\nRevisit dates | 7 to 9 July 2023",
     [("2019-03", "month")]),
    ("Dates of previous inspection: October 2018", [("2018-10", "month")]),
    ("Date of next monitoring visit | October 2023", []),
])
def test_l33dev_a_letters_box_label_with_its_month(nlp, box, want) -> None:
    text = MONITORING.format(box=box, visit="Inspectors visited on 9 and 10 July 2023.")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# s43dev
# A section's labels alone on the first line, parted by bars, over a headline naming the
# authority with the item's date under it (or under a byline): the headline is the second
# line and gives the authority's form. Not where nothing dates the item under it, nor
# where the first line is a label without a bar.
S43_PROFESSIONAL = ("{top}\n\nKelby re-inspection: services \"no longer inadequate\"\n\n{date}"
                    "Ofsted has published the report of its re-inspection of children's services "
                    "in the London Borough of Kelby. The re-inspection took place from 6 to 30 "
                    "March 2017. Overall effectiveness was judged to require improvement.\n")


@pytest.mark.parametrize("top, date, want", [
    ("Members' news | Practice and policy", "12 May 2017\n\n", "Kelby"),
    ("News | Inspections", "By Ann Lee\n12 May 2017\n\n", "Kelby"),
    # not: no date under the headline, a label without a bar
    ("Members' news | Practice and policy", "", "London Borough of Kelby"),
    ("Practice and policy", "12 May 2017\n\n", "London Borough of Kelby"),
])
def test_s43dev_a_headline_under_a_section_trail(nlp, top, date, want) -> None:
    rec = run(nlp, S43_PROFESSIONAL.format(top=top, date=date))
    assert rec["report"]["local_authority"] == want


# A report published on a weekday with its form or place between the verb and the day
# ('published in a letter on Tuesday', 'online', 'as a short report'): dated from the
# item's own date. Not a weekday of something else in another clause.
@pytest.mark.parametrize("sentence, want", [
    ("Its findings were published in a letter on Tuesday.", "2020-02-25"),
    ("Its findings were published online on Monday.", "2020-02-24"),
    ("The report was published as a short report on Tuesday.", "2020-02-25"),
    ("Its findings were published in a letter, and the council responded on Tuesday.", None),
])
def test_s43dev_published_in_a_letter_on_a_weekday(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Friday 28 February 2020", sentence, pub=""))
    assert visit_of(rec)[2] == want


# Inspectors who spent weeks at a place told at length ('at the Town Hall and in the
# borough's social work teams') in a month: that month. Not a setting's visit, nor mock
# inspectors'.
@pytest.mark.parametrize("sentence, want", [
    ("A team of six inspectors spent two weeks at the Town Hall and in the borough's social "
     "work teams in July.", ("2019-07", "2019-07")),
    ("Inspectors spent two weeks at the county's fostering agency and in two of its "
     "children's homes in July.", (None, None)),
    ("Mock inspectors spent two weeks at the Town Hall and in the borough's social work "
     "teams in July.", (None, None)),
])
def test_s43dev_a_visit_at_a_place_told_at_length_in_a_month(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Monday 9 September 2019", sentence, pub=""))
    assert visit_of(rec)[:2] == want


# A time set off after a clause that names the earlier inspection at its end ('..., an
# improvement on requires improvement to be good at the previous standard inspection, in
# October 2019') dates that inspection: the grade of now before it stands. Where no clause
# names the earlier inspection ('..., up from inadequate, in 2019') or the grade is itself
# the earlier inspection's, it is set aside as before.
S43_MINUTES = ("Kelby Post\nTuesday 12 March 2024\n\nOfsted report on Kelby children's "
               "services\n\nInspectors visited Kelby between 15 and 26 January 2024. {s}\n")


@pytest.mark.parametrize("sentence, want", [
    ("The overall effectiveness of services had been judged good, an improvement on requires "
     "improvement to be good at the previous standard inspection, in October 2019.", "good"),
    ("Services were rated good overall, up from inadequate at their last inspection, in "
     "2019.", "good"),
    ("Overall effectiveness was judged good, an improvement on the previous inspection, in "
     "October 2019.", "good"),
    # not: no earlier inspection named before the time; the earlier inspection's own grade
    ("Overall effectiveness was judged good, up from inadequate, in 2019.", None),
    ("Overall effectiveness was judged inadequate at the previous inspection, in October "
     "2019.", None),
    ("Kelby was judged RI (requires improvement to be good) at its last full inspection, in "
     "November 2019.", None),
])
def test_s43dev_a_time_after_the_earlier_inspection_named_dates_it(nlp, sentence, want
                                                                    ) -> None:
    rec = run(nlp, S43_MINUTES.format(s=sentence))
    assert grades_of(rec).get("overall_effectiveness") == want


# sdates19
# --- Round sdates19 (session 19): secondary sources' dates in general forms; a council
# page's name over a breadcrumb ---

# A council's name alone on the first line over a breadcrumb of one step ('Home > News',
# 'News > Children and families'), as over a longer trail: the headline under it names the
# authority. A headline that does not name it leaves the council's name.
@pytest.mark.parametrize("crumb, headline, want", [
    ("Home > News", "Kelby children's services judged outstanding", "Kelby"),
    ("News > Children and families", "Ofsted confirms Kelby children's services remain good",
     "Kelby"),
    ("Home > News > Children", "Kelby children's services judged outstanding", "Kelby"),
    ("Home > News", "Good news from Ofsted", "Kelby Borough Council"),
])
def test_sdates19_council_name_over_a_one_step_breadcrumb(nlp, crumb, headline, want) -> None:
    text = (f"Kelby Borough Council\n\n{crumb}\n\nPublished: 26 January 2026\n\n{headline}\n\n"
            "Ofsted has rated Kelby Borough Council's children's services outstanding in every "
            "area, in a report published on Friday.\n\nInspectors visited from 17 November to "
            "5 December 2025. Overall effectiveness was judged outstanding.\n")
    assert run(nlp, text)["report"]["local_authority"] == want


# Inspectors 'at the council' or 'in' the place (its name, the borough) 'for', 'over' or
# 'across' weeks in a month or two: the visit's months. Not another place, a service of the
# council's, mock or peer inspectors.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors were at the council for four weeks in February and March.",
     ("2024-02", "2024-03")),
    ("Inspectors were in Kelby over three weeks in February and March.", ("2024-02", "2024-03")),
    ("Inspectors were in the borough across three weeks in February.", ("2024-02", "2024-02")),
    ("Ofsted inspectors were here for two weeks in March.", ("2024-03", "2024-03")),
    ("Inspectors were in Ryton over three weeks in February.", (None, None)),
    ("Inspectors were at the council's fostering agency for two weeks in February.",
     (None, None)),
    ("Mock inspectors were in Kelby for two weeks in February.", (None, None)),
    ("Peer review inspectors were here for two weeks in March.", (None, None)),
])
def test_sdates19_inspectors_in_the_place_for_weeks_in_a_month(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence))) == (
        *want, "2024-05-10")


# A visit, focused or monitoring, carried out, made or paid to the place in a month: the
# visit's month. Not a neighbour's, nor a service's.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted carried out a focused visit to Kelby Council in February.",
     ("2024-02", "2024-02")),
    ("Inspectors made a monitoring visit to the council in March.", ("2024-03", "2024-03")),
    ("Ofsted carried out a visit to the council's children's services in February.",
     ("2024-02", "2024-02")),
    ("Ofsted carried out a focused visit to neighbouring Ryton in February.", (None, None)),
    ("Ofsted carried out a visit to the council's fostering agency in February.", (None, None)),
])
def test_sdates19_a_visit_carried_out_in_a_month(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence)))[:2] == want


# 'earlier this month' beside the item's own date: the visit's month is the item's ('last
# month': the one before, as before). Not the report's month, nor an earlier inspection.
@pytest.mark.parametrize("dateline, sentence, want", [
    ("Friday 28 October 2022", "Ofsted inspectors spent two weeks with our teams earlier this "
     "month.", ("2022-10", "2022-10")),
    ("Friday 28 October 2022", "Earlier this month, inspectors visited the council's "
     "children's services.", ("2022-10", "2022-10")),
    ("Friday 28 October 2022", "Ofsted inspectors spent two weeks in Kelby last month.",
     ("2022-09", "2022-09")),
    ("Friday 28 October 2022", "The report was published earlier this month.", (None, None)),
    ("Friday 28 October 2022", "The last inspection, earlier this month in neighbouring Ryton, "
     "was a focused visit.", (None, None)),
])
def test_sdates19_visit_earlier_this_month(nlp, dateline, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text(dateline, sentence, "")))[:2] == want


# An earlier grade told by the years the new one came after it ('three years after being
# rated inadequate'): the item's year less those years. Not where the sentence writes a
# year, nor years after anything but a grade, nor another council's.
@pytest.mark.parametrize("sentence, want", [
    ("The council is now rated requires improvement, three years after being rated "
     "inadequate.", [("2021", "year")]),
    ("It comes two years after Ofsted judged the council inadequate.", [("2022", "year")]),
    ("It is four years since its children's services were rated inadequate.",
     [("2020", "year")]),
    ("Two years after being rated inadequate in 2015, the council was judged to require "
     "improvement.", [("2015", "year")]),
    ("The rating comes three years after the new director arrived.", []),
    ("Neighbouring Ryton was rated good, three years after being rated inadequate.", []),
])
def test_sdates19_previous_grade_told_by_years_after(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Thursday 9 May 2024", sentence))
    assert dates_of(rec, "previous_inspection") == want


# 'published today' after a report's long name with commas ('Ofsted's report on X's services
# for children in need of help and protection, children looked after and care leavers was
# published today'): the item's day. Not another report named in between.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted's report on Kelby's services for children in need of help and protection, "
     "children looked after and care leavers was published today.", "2024-05-14"),
    ("Ofsted's report on Kelby's services for children, young people and families is due in "
     "June, and the council's annual report was published today.", None),
])
def test_sdates19_published_today_after_a_long_report_name(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence, "")))[2] == want


# A dateline over a first sentence 'Ofsted published its findings on Friday': the weekday
# dates the report, not the dateline run on into the sentence; a clause of the visit after
# 'published its findings on Friday after ...' is not the publication's ('last month' dates
# the visit). A day opening the sentence still dates the report.
@pytest.mark.parametrize("body, want", [
    ("Ofsted published its findings on Friday.", (None, None, "2025-03-14")),
    ("Ofsted published its findings on Friday after inspectors spent three weeks in Kelby "
     "last month.", ("2025-02", "2025-02", "2025-03-14")),
    ("On 14 March, Ofsted published its report.", (None, None, "2025-03-14")),
    ("On 12 March,\nOfsted published its report.", (None, None, "2025-03-12")),
])
def test_sdates19_dateline_over_ofsted_published_on_a_weekday(nlp, body, want) -> None:
    text = ("Kelby children's services still good\n\nMonday 17 March 2025\n\n" + body +
            "\n\nThe council's children's services remain good, Ofsted said.\n")
    assert visit_of(run(nlp, text)) == want


# Month forms in more words: the end, start or middle of a month ('at the end of January'),
# months after 'over' or 'across', the inspection carried out over weeks, inspectors who
# 'came to see us'. Not a neighbour's visit so told, nor a season.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent a fortnight in the borough at the end of January.",
     ("2024-01", "2024-01")),
    ("Inspectors spent two weeks with social workers towards the end of March.",
     ("2024-03", "2024-03")),
    ("Inspectors were in Kelby for four weeks over February and March.",
     ("2024-02", "2024-03")),
    ("Inspectors carried out the inspection over four weeks in February and March.",
     ("2024-02", "2024-03")),
    ("Ofsted inspectors came to see us over two weeks in March.", ("2024-03", "2024-03")),
    ("Inspectors spent a fortnight in neighbouring Ryton at the end of January.",
     (None, None)),
    ("Inspectors spent three weeks in the borough over the summer.", (None, None)),
    ("Inspectors carried out the inspection of the council's fostering agency over two weeks "
     "in March.", (None, None)),
])
def test_sdates19_months_in_more_words(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence)))[:2] == want


# The item's own date on a 'Published' line with its time first and its update after it
# ('Published 12:05 BST, 14 June 2023 | Updated 16:40 BST, 16 June 2023'): a weekday is read
# from the day published. Not from an update line alone.
@pytest.mark.parametrize("dateline, want", [
    ("Published 12:05 BST, 14 June 2023 | Updated 16:40 BST, 16 June 2023", "2023-06-13"),
    ("Published: 12:05 BST, 14 June 2023", "2023-06-13"),
    ("Published 14 June 2023 - updated 16 June 2023", "2023-06-13"),
    ("Updated 16:40 BST, 16 June 2023", None),
    ("Last updated: 16 June 2023 | Published 14 June 2023", None),
])
def test_sdates19_published_line_with_time_and_update(nlp, dateline, want) -> None:
    text = sd18_text(dateline, "", "The report was released on Tuesday.")
    assert visit_of(run(nlp, text))[2] == want


# More month forms: 'had' before the inspectors' verb, days or weeks counted up to ten, the
# named inspection with its months between commas. A month's name is no place's ('..., in
# February and March, found'); a month ending its sentence with the stop does not bring
# the next sentence's neighbour into it.
@pytest.mark.parametrize("sentence, want", [
    ("The director said inspectors had spent two weeks with the council's teams in March.",
     ("2024-03", "2024-03")),
    ("Inspectors spent ten days in the borough in February.", ("2024-02", "2024-02")),
    ("Ofsted's inspection, in February and March, found that Kelby's services are good.",
     ("2024-02", "2024-03")),
    ("Ofsted's inspection, in February, found that leaders know their services well.",
     ("2024-02", "2024-02")),
    ("Inspectors spent ten days in the borough in February. Like neighbouring Ryton, Kelby "
     "has struggled to recruit social workers.", ("2024-02", "2024-02")),
    ("Inspectors had spent two weeks in neighbouring Ryton in February.", (None, None)),
    ("Ofsted's inspection of Ryton, in February, found services inadequate.", (None, None)),
])
def test_sdates19_more_month_forms(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence)))[:2] == want


# An earlier inspection named by its year before the word ('Its 2019 inspection had rated
# services requires improvement', "Ofsted's 2012 inspection"): year precision. Not another
# place's, a school's, nor a year not before this visit.
@pytest.mark.parametrize("sentence, want", [
    ("Its 2019 inspection had rated services requires improvement.", [("2019", "year")]),
    ("Ofsted's 2012 inspection had rated services adequate.", [("2012", "year")]),
    ("The council's 2017 Ofsted rating was inadequate.", [("2017", "year")]),
    ("Ofsted's 2019 report on neighbouring Ryton rated it good.", []),
    ("Ofsted's 2022 inspection of the council's fostering service rated it good.", []),
    ("Its 2024 inspection rated services good.", []),
])
def test_sdates19_earlier_inspection_named_by_its_year(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 14 May 2024",
                             "Inspectors visited from 12 to 23 February 2024. " + sentence))
    assert dates_of(rec, "previous_inspection") == want


# News told without 'rated' or 'judged': the report or Ofsted saying or finding the services
# are good, or a grade in every area, marks prose about an inspection's outcome; a post's
# date after 'Posted' marks a post above a copied 'Inspection dates:' line. Not a grade word
# in another sense ('said it was good to see').
@pytest.mark.parametrize("text, want", [
    ("Kelby children's services good\n\nMonday 27 June 2016\n\nOfsted's report, published "
     "today, said children's services in Kelby are good.\n\nInspectors spent four weeks in "
     "Kelby, between 4 and 28 April.\n", ("news_article", "2016-06-27")),
    ("Ofsted says Kelby's children's services are outstanding\n\nPublished: 2 March 2020\n\n"
     "Ofsted's report on Kelby's children's services was published today, and it is "
     "outstanding in every area.\n", ("news_article", "2020-03-02")),
    ("Posted 28 February 2020\n\nOur thoughts on Kelby's Ofsted report\n\nInspection dates: "
     "13 to 24 January 2020\nReport published: 25 February 2020\n\nOfsted rated Kelby's "
     "children's services good.\n", ("news_article", "2020-02-25")),
    ("Kelby family centre open day\n\nMonday 27 June 2016\n\nThe Ofsted inspector who opened "
     "the centre said it was good to see so many families.\n", ("other", None)),
])
def test_sdates19_news_told_without_rated(nlp, text, want) -> None:
    rep = run(nlp, text)["report"]
    assert (rep["document_type"], rep.get("publication_date")) == want


# A year counted back ('three years after they were judged good') yields to the same year
# written elsewhere ('when it was last inspected, in 2021'): one row, the written year's.
def test_sdates19_counted_year_yields_to_the_written_one(nlp) -> None:
    rec = run(nlp, sd18_text("Thursday 9 May 2024", "Kelby is now rated requires improvement, "
                             "three years after they were judged good. The council was rated "
                             "good when it was last inspected, in 2021."))
    rows = [(r["date"], r["text"]) for r in rec["tables"]["dates"]
            if r["kind"] == "previous_inspection"]
    assert rows == [("2021", "2021")]


# 'had' before 'inspected', 'visited' or 'been' ('Ofsted had inspected the council's
# children's services over two weeks in June', 'Ofsted inspectors had been in the borough
# for two weeks in early October'); an earlier inspection named by the place's own year
# ("Kelby's 2021 inspection"), never a neighbour's.
@pytest.mark.parametrize("sentence, want", [
    ("Members were told that Ofsted had inspected the council's children's services over two "
     "weeks in March.", ("2024-03", "2024-03")),
    ("Ofsted inspectors had been in the borough for two weeks in early March.",
     ("2024-03", "2024-03")),
    ("Inspectors had visited Kelby over three weeks in February.", ("2024-02", "2024-02")),
    ("Inspectors had visited neighbouring Ryton over three weeks in February.", (None, None)),
])
def test_sdates19_had_before_the_inspectors_verb(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Tuesday 14 May 2024", sentence)))[:2] == want


@pytest.mark.parametrize("sentence, want", [
    ("Kelby's 2021 inspection found services requiring improvement.", [("2021", "year")]),
    ("Neighbouring Ryton's 2021 inspection found it good.", []),
    ("Ryton's 2021 inspection found it good.", []),
])
def test_sdates19_place_named_earlier_inspection_by_its_year(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 14 May 2024",
                             "Inspectors visited from 12 to 23 February 2024. " + sentence))
    assert dates_of(rec, "previous_inspection") == want


# rf19: a visit told by 'earlier this month' or 'last month' of a setting or another service
# ('CQC inspectors visited the town's hospital earlier this month'), as the month forms
# read them, dates no visit of the text's; the forms round sdates19 was made for stand.
@pytest.mark.parametrize("sentence, want", [
    ("Separately, Care Quality Commission inspectors visited the town's hospital earlier this "
     "month and found its children's ward required improvement.", (None, None)),
    ("Inspectors visited the town's youth offending service last month.", (None, None)),
    ("Inspectors visited neighbouring Ryton last month.", (None, None)),
    ("Ofsted inspectors spent two weeks with our teams earlier this month.",
     ("2022-10", "2022-10")),
    ("Ofsted inspectors spent two weeks in Kelby last month.", ("2022-09", "2022-09")),
])
def test_rf19_last_month_of_another_setting_dates_no_visit(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, sd18_text("Friday 28 October 2022", sentence, "")))[:2] == want


# rf19: 'N years after being rated X' after another place named in its sentence is that
# place's grade: no year counted back for the text's authority; the text's own stands.
@pytest.mark.parametrize("sentence, want", [
    ("The council's director came from Dunstowe, where she led services to good, two years "
     "after being rated inadequate.", []),
    ("Like Ryton, which its director led to good, it came two years after Ofsted judged it "
     "inadequate.", []),
    ("The Director of Education said the council is now rated requires improvement, three "
     "years after being rated inadequate.", [("2021", "year")]),
    ("Services in Kelby are now rated requires improvement, three years after being rated "
     "inadequate.", [("2021", "year")]),
])
def test_rf19_years_after_grade_of_another_place(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Thursday 9 May 2024", sentence))
    assert dates_of(rec, "previous_inspection") == want


# rf19: 'Its 2021 inspection' after a sentence naming a neighbour, or telling of a school,
# is that place's; the text's own ('Its 2019 inspection found services requiring
# improvement', the virtual school named) stands.
@pytest.mark.parametrize("sentence, want", [
    ("The council has worked closely with neighbouring Ryton. Its 2021 inspection found "
     "services there inadequate.", []),
    ("Ashgrove Academy has also improved. Its 2019 inspection rated the school requires "
     "improvement.", []),
    ("The council has improved steadily. Its 2019 inspection found services requiring "
     "improvement.", [("2019", "year")]),
    ("The council has improved steadily. Its 2019 inspection found the virtual school "
     "weak.", [("2019", "year")]),
])
def test_rf19_its_year_inspection_of_another_place(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 14 May 2024",
                             "Inspectors visited from 12 to 23 February 2024. " + sentence))
    assert dates_of(rec, "previous_inspection") == want


# fix19
# A grade named as the one lifted, removed, shed or left behind ('Inadequate rating lifted',
# 'lifts its inadequate rating', 'shakes off "inadequate" label') is the old grade, not this
# inspection's; a headline's bar closes the object of 'rates X good'. Not a headline that
# gives two grades, nor a grade named as the earlier one.
FIX19_HEAD = "Harrowmere Echo\nThursday 10 October 2019\n\n"
FIX19_NEUTRAL = "Harrowmere Council's children's services have been inspected by Ofsted.\n"


@pytest.mark.parametrize("headline, body, want", [
    ("Ofsted rates Harrowmere good | Inadequate rating lifted", FIX19_NEUTRAL,
     {"overall_effectiveness": "good"}),
    ("Inadequate rating lifted as Ofsted rates Harrowmere good", FIX19_NEUTRAL,
     {"overall_effectiveness": "good"}),
    ("Harrowmere shakes off 'inadequate' label", "Harrowmere Council's children's services "
     "have been rated good by Ofsted.\n", {"overall_effectiveness": "good"}),
    ("Ofsted lifts Harrowmere's inadequate rating", "Harrowmere Council's children's services "
     "were judged to require improvement.\n", {"overall_effectiveness": "requires_improvement"}),
    ("Harrowmere leaves its inadequate rating behind", "Harrowmere Council's children's "
     "services were judged good by Ofsted.\n", {"overall_effectiveness": "good"}),
    # not: two grades of this inspection, an earlier grade named as such, a grade that stands
    ("Ofsted rates Harrowmere good | Help and protection inadequate", FIX19_NEUTRAL,
     {"overall_effectiveness": "good", "help_and_protection": "inadequate"}),
    ("Ofsted rates Harrowmere good, up from inadequate", FIX19_NEUTRAL,
     {"overall_effectiveness": "good"}),
    ("Harrowmere rated inadequate by Ofsted", "Harrowmere Council's children's services were "
     "judged inadequate. The rating is a blow.\n", {"overall_effectiveness": "inadequate"}),
])
def test_fix19_a_lifted_grade_is_the_old_one(nlp, headline, body, want) -> None:
    assert grades_of(run(nlp, f"{FIX19_HEAD}{headline}\n\n{body}")) == want


# A grade word with 'at' and an activity ('good at listening to children') praises one
# thing; the grade is the one given overall. Not 'good at the last inspection', nor a grade
# given before it in its own sentence.
@pytest.mark.parametrize("body, want", [
    ("Ofsted said children's services in Kelby are good at listening to children but require "
     "improvement overall.", {"overall_effectiveness": "requires_improvement"}),
    ("Ofsted said children's services in Kelby are good at keeping children safe. Help and "
     "protection was judged good and the impact of leaders outstanding.",
     {"help_and_protection": "good", "impact_of_leaders": "outstanding"}),
    # not
    ("Kelby's children's services were rated good at the last inspection but now require "
     "improvement overall.", {"overall_effectiveness": "requires_improvement"}),
    ("Ofsted said children's services in Kelby are good. Inspectors said the council is good "
     "at listening to children.", {"overall_effectiveness": "good"}),
    ("Ofsted said children's services in Kelby are good, and outstanding at listening to "
     "children.", {"overall_effectiveness": "good"}),
])
def test_fix19_good_at_an_activity_is_no_grade(nlp, body, want) -> None:
    text = ("Kelby Post\nThursday 10 October 2019\n\nKelby children's services "
            f"inspected\n\n{body}\n")
    assert grades_of(run(nlp, text)) == want


# s44dev
# A grade word in a greeting, a salutation or a sign-off ('PRESENTER: Good morning.', 'Good
# evening', 'Good luck') grades nothing: the service's grade is the one the text gives.
# Not a grade after a colon told after the greeting ('Help and protection: inadequate.').
S44_HEAD = "Radio Kelby: breakfast news, Thursday 10 October 2019, 07:00\nTranscript\n\n"


@pytest.mark.parametrize("body, want", [
    ("PRESENTER (ANN LEE): Good morning. Ofsted has rated Kelby Council's children's services "
     "as requiring improvement to be good.", {"overall_effectiveness": "requires_improvement"}),
    ("PRESENTER (SAM HALE): Good evening. Ofsted has rated Kelby Council's children's services "
     "inadequate.", {"overall_effectiveness": "inadequate"}),
    ("PRESENTER (SAM HALE): Good afternoon, and welcome. Ofsted has judged Kelby's "
     "children's services outstanding.", {"overall_effectiveness": "outstanding"}),
    ("REPORTER (TOM DEAN): Good luck to them. Ofsted rated Kelby Council's children's services "
     "inadequate.", {"overall_effectiveness": "inadequate"}),
    ("PRESENTER (ANN LEE): Good morning. Ofsted inspectors have made a focused visit to "
     "Kelby Council's children's services. The visit gives no grade.", {}),
    # not: a grade after a colon that is one, after the greeting
    ("PRESENTER: Good morning. Ofsted has rated Kelby Council's children's services good. "
     "Help and protection: inadequate.", {"overall_effectiveness": "good",
                                          "help_and_protection": "inadequate"}),
])
def test_s44dev_a_greeting_is_no_grade(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{S44_HEAD}{body}\n")) == want


# A preposition opening a clause is no part of a place's name: 'In Ofsted's words, "the
# experiences and progress of children in care and care leavers require improvement to be
# good"' grades the area (the clause is Ofsted's, no other place's). Another place named
# after the preposition is still another authority's ('In Ryton's case, ...').
S44_BLOG = ("Kelby Echo\nThursday 10 October 2019\n\nKelby children's services rated good\n\n"
            "Ofsted has rated Kelby Council's children's services good. ")


@pytest.mark.parametrize("body, want", [
    ("In Ofsted's words, \"the experiences and progress of children in care and care leavers "
     "require improvement to be good\".", {"children_in_care_and_care_leavers":
                                          "requires_improvement"}),
    ("According to Ofsted's report, help and protection is good.",
     {"help_and_protection": "good"}),
    ("In the inspectors' words, leaders' impact on practice is good.",
     {"impact_of_leaders": "good"}),
    # not: another place's, after the preposition
    ("In Ryton's case, help and protection was judged inadequate.", {}),
    ("For Ryton's children, help and protection was judged inadequate.", {}),
])
def test_s44dev_a_preposition_is_no_part_of_a_place(nlp, body, want) -> None:
    assert area_grades(run(nlp, f"{S44_BLOG}{body}\n")) == want


# The board named alone in the sentence before, then a speaker's own telling of its grade
# ('I am pleased to say that the board was also rated good', 'We are delighted that ...',
# 'I can confirm that its work was judged good'): the LSCB's grade. Not where the sentence
# before named no lone area, nor a telling that gives no grade.
S44_STATEMENT = ("Leader's statement: Kelby children's services rated good by Ofsted\n\n"
                 "Published: 3 November 2016\n\n\"I am delighted that Ofsted's report rates "
                 "our services for children as good. ")


@pytest.mark.parametrize("body, want", [
    ("Alongside the inspection, Ofsted reviewed the Kelby Safeguarding Children Board. I am "
     "pleased to say that the board was also rated good.", {"lscb": "good"}),
    ("Ofsted also reviewed the Kelby Safeguarding Children Board. We are delighted that the "
     "board was judged outstanding.", {"lscb": "outstanding"}),
    ("Ofsted also reviewed the Local Safeguarding Children Board. I can confirm that its work "
     "was judged inadequate.", {"lscb": "inadequate"}),
    # not: no lone area before, no grade told
    ("Our partners worked hard all year. I am pleased to say that the board was also rated "
     "good.", {}),
    ("Ofsted also reviewed the Kelby Safeguarding Children Board. I am pleased to say that the "
     "board met today.", {}),
])
def test_s44dev_a_speakers_telling_of_the_boards_grade(nlp, body, want) -> None:
    assert area_grades(run(nlp, f"{S44_STATEMENT}{body}\"\n")) == want


# An outlet's masthead before the item's date on its line ('Care Practice Today | 19 June
# 2015', 'Posted by A Writer, Outreach Lead | 14 March 2019') is the item's own date, as a
# byline's is: it dates 'yesterday' and a weekday the report came out on. Not a label naming
# another date before the bar ('Date of meeting |', 'Last updated |', 'Report published |').
@pytest.mark.parametrize("dateline, sentence, want", [
    ("Care Practice Today | 12 March 2019", "The report, published yesterday, follows",
     "2019-03-11"),
    ("Kelby Echo | 12 March 2019", "The report was published on Monday. It follows",
     "2019-03-11"),
    ("Posted by A Writer, Outreach Lead | 12 March 2019", "The report, published yesterday, "
     "follows", "2019-03-11"),
    ("Date of meeting | 12 March 2019", "The report, published yesterday, follows", None),
    ("Last updated | 12 March 2019", "The report, published yesterday, follows", None),
    ("Page last reviewed | 12 March 2019", "The report was published on Monday. It follows",
     None),
    ("Corporate Parenting Board | 12 March 2019", "The report, published yesterday, follows",
     None),
])
def test_s44dev_a_masthead_dates_yesterday(nlp, dateline, sentence, want) -> None:
    text = (f"{dateline}\n\nOfsted says Kelby children's services are good\n\n"
            f"{SD17_BODY} {sentence} an inspection from 4 to 15 February 2019.\n")
    assert visit_of(run(nlp, text)) == ("2019-02-04", "2019-02-15", want)


# An earlier grade named as the one the council received from Ofsted (or its inspectors, or
# the watchdog) in a year: 'an improvement on the good rating the council received from
# Ofsted in 2019' is the previous inspection's year. Not a rating from another body, nor a
# neighbour's.
@pytest.mark.parametrize("sentence, want", [
    ("Services were judged outstanding, an improvement on the good rating the council received "
     "from Ofsted in 2019.", [("2019", "year")]),
    ("Services were judged outstanding, up from the good grade the council was given by "
     "inspectors in March 2019.", [("2019-03", "month")]),
    ("Services were judged outstanding, up from inadequate, the grade the council got in "
     "2019.", [("2019", "year")]),
    # not
    ("Services were judged outstanding. The council's finances kept the good rating the "
     "council received from its auditors in 2019.", []),
    ("Services were judged outstanding, better than the good rating neighbouring Ryton "
     "received from Ofsted in 2019.", []),
])
def test_s44dev_a_rating_received_from_ofsted_in_a_year(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 14 May 2024",
                             "Inspectors visited from 12 to 23 February 2024. " + sentence))
    assert dates_of(rec, "previous_inspection") == want


# sgrades20
# A grade word with 'at' and an area told as an activity is that area's grade ('outstanding
# at helping and protecting children'); the overall grade after 'but' stays overall. Praise
# of an activity that is no area ('good at listening to children') stays none (fix19).
SG20_HEAD19 = ("Kelby Post\nThursday 10 October 2019\n\nKelby children's services inspected\n\n"
               "Ofsted inspectors visited Kelby Council's children's services from 2 to 13 "
               "September 2019.\n")
SG20_HEAD24 = ("Kelby Post\nThursday 10 October 2024\n\nKelby children's services inspected\n\n"
               "Ofsted inspectors visited Kelby Council's children's services from 2 to 13 "
               "September 2024.\n")
SG20_HEAD16 = ("Kelby Post\nThursday 9 June 2016\n\nKelby children's services inspected\n\n"
               "Ofsted inspectors visited Kelby Council's children's services from 11 April "
               "to 4 May 2016.\n")


@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD24, "Ofsted has said Kelby Council is outstanding at helping and protecting "
     "children but requires improvement overall.",
     {"help_and_protection": "outstanding", "overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD24, "The council was judged inadequate at protecting children. Inspectors said "
     "it required improvement at supporting young people leaving care.",
     {"help_and_protection": "inadequate", "care_leavers": "requires_improvement"}),
    (SG20_HEAD19, "Kelby's children's services are good, Ofsted said. Inspectors said Kelby "
     "Council was good at looking after children in care and care leavers.",
     {"overall_effectiveness": "good", "children_in_care_and_care_leavers": "good"}),
    (SG20_HEAD19, "Kelby's children's services are good overall but require improvement at "
     "helping and protecting children, Ofsted said.",
     {"overall_effectiveness": "good", "help_and_protection": "requires_improvement"}),
    (SG20_HEAD16, "Kelby's children's services are good, Ofsted said. Inspectors said the "
     "council was outstanding at adoption.",
     {"overall_effectiveness": "good", "adoption_performance": "outstanding"}),
    # not: an activity that is no area, another council's, a hope, an earlier inspection's
    (SG20_HEAD19, "Ofsted found Kelby's social workers good at listening to children, but "
     "rated children's services as requiring improvement overall.",
     {"overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD19, "Kelby's children's services require improvement, Ofsted said. Social "
     "workers were good at identifying children who need help and protection, but help and "
     "protection still required improvement.", {"overall_effectiveness": "requires_improvement",
                                                "help_and_protection": "requires_improvement"}),
    (SG20_HEAD24, "Kelby's children's services are inadequate, Ofsted said. Neighbouring "
     "Corley Council, rated outstanding at helping and protecting children last year, has "
     "offered support.", {"overall_effectiveness": "inadequate"}),
    (SG20_HEAD24, "Kelby's children's services were rated good. Councillor Ben Frost said: "
     "\"We want to be outstanding at helping and protecting children next time.\"",
     {"overall_effectiveness": "good"}),
    (SG20_HEAD19, "Kelby's children's services require improvement, Ofsted said. In 2015 the "
     "council was judged good at helping and protecting children.",
     {"overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD19, "Kelby's children's services are inadequate, Ofsted said. Inspectors found "
     "the council's pupil referral unit good at helping children back into school.",
     {"overall_effectiveness": "inadequate"}),
])
def test_sgrades20_good_at_an_area(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# A headline's part between bars that is only a grade and its noun ('| Inadequate rating')
# gives the overall grade only where nothing else does and the body does not tell of that
# grade as an earlier one.
@pytest.mark.parametrize("headline, body, want", [
    ("Ofsted rates Kelby good | Inadequate rating", "Kelby Council's children's services "
     "were previously rated inadequate in 2016.", {"overall_effectiveness": "good"}),
    ("Inadequate rating | Ofsted rates Kelby good", "Kelby Council's children's services "
     "were previously rated inadequate in 2016.", {"overall_effectiveness": "good"}),
    ("Kelby children's services | Inadequate rating", "Help and protection was judged "
     "inadequate.", {"overall_effectiveness": "inadequate",
                     "help_and_protection": "inadequate"}),
    ("Kelby council 'disappointed' | Requires improvement grade", "Kelby Council's "
     "children's services require improvement to be good, Ofsted said.",
     {"overall_effectiveness": "requires_improvement"}),
    # not: the earlier grade the body tells of
    ("Ofsted visits Kelby | Inadequate rating", "Ofsted carried out a monitoring visit. "
     "The council has been rated inadequate since 2017.", {}),
])
def test_sgrades20_a_headline_grade_tag(nlp, headline, body, want) -> None:
    text = (f"Kelby Post\nThursday 10 October 2019\n\n{headline}\n\nOfsted inspectors "
            f"visited Kelby Council's children's services from 2 to 13 September 2019. {body}\n")
    assert grades_of(run(nlp, text)) == want


# Grades told by rank ('the lowest of four grades', 'the second-best rating'), across the
# board, 'every other area', areas in other words ('the council's work with families who
# need help', 'care leavers' services, ...' in a list), and the forms that are no grade.
@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD19, "Kelby Council's children's services have been given the lowest of four "
     "grades. Help and protection was also given the lowest of the four grades.",
     {"overall_effectiveness": "inadequate", "help_and_protection": "inadequate"}),
    (SG20_HEAD19, "Ofsted has given Kelby Council's children's services the second-lowest of "
     "its four grades.", {"overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD19, "Kelby Council's children's services have been given the second-best "
     "rating, good.", {"overall_effectiveness": "good"}),
    (SG20_HEAD19, "Kelby Council's children's services have been graded good across the "
     "board by Ofsted.", {"overall_effectiveness": "good", "help_and_protection": "good",
                          "children_in_care_and_care_leavers": "good",
                          "impact_of_leaders": "good"}),
    (SG20_HEAD16, "Kelby Council's children's services have been rated requires improvement "
     "across the board.", {k: "requires_improvement" for k in (
         "overall_effectiveness", "help_and_protection", "looked_after_and_permanence",
         "adoption_performance", "care_leavers", "leadership_management_governance")}),
    (SG20_HEAD19, "Kelby Council's children's services were judged good overall, with help "
     "and protection outstanding and every other area good.",
     {"overall_effectiveness": "good", "help_and_protection": "outstanding",
      "children_in_care_and_care_leavers": "good", "impact_of_leaders": "good"}),
    (SG20_HEAD24, "Help and protection, the experiences of children in care, care leavers' "
     "services and the impact of leaders were all judged inadequate.",
     {"help_and_protection": "inadequate", "children_in_care": "inadequate",
      "care_leavers": "inadequate", "impact_of_leaders": "inadequate"}),
    (SG20_HEAD24, "Inspectors found the council's work with children and families who need "
     "help to be outstanding.", {"help_and_protection": "outstanding"}),
    # not: another council's, an earlier inspection's, a hope, a setting's, a negation
    (SG20_HEAD24, "Kelby's children's services are good, Ofsted said. Neighbouring Westerly "
     "was graded outstanding across the board last year.", {"overall_effectiveness": "good"}),
    (SG20_HEAD24, "Kelby's children's services require improvement, Ofsted said. In 2019 "
     "the council was rated good across the board.",
     {"overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD24, "Kelby's children's services were rated good. The director said: \"Next "
     "time we want to be outstanding across the board.\"", {"overall_effectiveness": "good"}),
    (SG20_HEAD24, "Kelby's children's services remain inadequate, Ofsted said. Leaders had "
     "hoped to win the second-highest rating.", {"overall_effectiveness": "inadequate"}),
    (SG20_HEAD19, "Kelby's children's services are good, Ofsted said. In 2016 the council "
     "was given the lowest of four grades.", {"overall_effectiveness": "good"}),
    (SG20_HEAD19, "Kelby Council's children's services were not given the lowest rating, but "
     "require improvement to be good, Ofsted said.",
     {"overall_effectiveness": "requires_improvement"}),
])
def test_sgrades20_ranks_and_every_area(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# 'They' or 'It' opening a sentence after one whose subject is the whole service stands
# for it: a grade no area takes is the overall grade ('... are no longer inadequate, Ofsted
# said. They now require improvement to be good.'); not after another authority's sentence,
# nor where 'It' stands for an area the sentence before named.
@pytest.mark.parametrize("body, want", [
    ("Kelby's children's services are no longer rated inadequate, Ofsted said. They now "
     "require improvement to be good.", {"overall_effectiveness": "requires_improvement"}),
    ("Kelby Council's children's services are no longer inadequate, Ofsted has said. "
     "Following an inspection from 2 to 13 September 2019, they were rated as requiring "
     "improvement to be good.",
     {"overall_effectiveness": "requires_improvement"}),
    ("Kelby's children's services were rated inadequate in 2016. They are now good, Ofsted "
     "said.", {"overall_effectiveness": "good"}),
    # not
    ("Kelby's children's services are good, Ofsted said. Neighbouring Westerly's children's "
     "services were inspected last year. They were rated outstanding.",
     {"overall_effectiveness": "good"}),
    ("Kelby's children's services are good, Ofsted said. They were rated inadequate in 2016.",
     {"overall_effectiveness": "good"}),
    ("Kelby's children's services are good, Ofsted said. Help and protection was praised. It "
     "was rated outstanding.", {"overall_effectiveness": "good",
                                "help_and_protection": "outstanding"}),
])
def test_sgrades20_they_for_the_service(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{SG20_HEAD19}{body}\n")) == want


# A text that reports its grades only so is news: 'the lowest of four possible grades',
# 'good in each of the four areas', 'good across all areas'; and 'Now Ofsted has said they
# ...' after a sentence on the service ('Now' opens no place's name).
@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD19, "Kelby's children's services have been given the lowest of four possible "
     "grades, Ofsted said.", {"overall_effectiveness": "inadequate"}),
    (SG20_HEAD24, "Kelby's children's services are good in each of the four areas, Ofsted "
     "said.", {k: "good" for k in ("overall_effectiveness", "help_and_protection",
                                   "children_in_care", "care_leavers", "impact_of_leaders")}),
    (SG20_HEAD19, "Kelby's children's services are good across all areas, Ofsted said.",
     {k: "good" for k in ("overall_effectiveness", "help_and_protection",
                          "children_in_care_and_care_leavers", "impact_of_leaders")}),
    (SG20_HEAD24, "Kelby Council's children's services were rated inadequate in 2021. Now "
     "Ofsted has said they require improvement to be good.",
     {"overall_effectiveness": "requires_improvement"}),
])
def test_sgrades20_news_told_by_rank_or_every_area(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# A pull quote's grade with the verdict after a dash gives it to the area the verdict is on.
@pytest.mark.parametrize("quote, want", [
    ("'Outstanding' - Ofsted's verdict on help and protection",
     {"overall_effectiveness": "good", "help_and_protection": "outstanding"}),
    ("'Outstanding' – the inspectors' verdict on the impact of leaders",
     {"overall_effectiveness": "good", "impact_of_leaders": "outstanding"}),
    # not: the service's own verdict, another council's
    ("'Good' - Ofsted's verdict on Kelby's children's services",
     {"overall_effectiveness": "good"}),
    ("Neighbouring Westerly: 'Outstanding' - Ofsted's verdict on help and protection last year",
     {"overall_effectiveness": "good"}),
])
def test_sgrades20_a_pull_quote_verdict_on_an_area(nlp, quote, want) -> None:
    text = f"{SG20_HEAD19}Kelby's children's services are good, Ofsted said.\n\n{quote}\n"
    assert grades_of(run(nlp, text)) == want


# sdates20
# --- Round sdates20 (session 20): secondary sources' dates in general forms (invented
# items, gold written first; tests/fixtures/secondary/README.md conventions).

# The item's own date after a label naming the item's kind, parted by a comma, a bar or a
# space ('Director's blog, 22 November 2018', 'News | 27 June 2025', 'Press release
# 15/07/2015'), or a post's date with its author after it: a weekday told in the item is
# read from it. Not a page's update label, a 'Date:' label, nor a meeting's heading.
@pytest.mark.parametrize("dateline, want", [
    ("Harrowfield Council director's blog, 22 November 2018", "2018-11-19"),
    ("News | 22 November 2018", "2018-11-19"),
    ("MP's update, 22 November 2018", "2018-11-19"),
    ("Press release 22/11/2018", "2018-11-19"),
    ("Posted on 22 November 2018 by Kelby Voice", "2018-11-19"),
    # not
    ("Last update, 22 November 2018", None),
    ("Date: 22/11/2018", None),
    ("Cabinet, 22 November 2018", None),
])
def test_sdates20_own_date_after_an_item_label(nlp, dateline, want) -> None:
    text = (f"Kelby children's services rated good\n\n{dateline}\n\n{SD17_BODY} Inspectors "
            "spent two weeks in Kelby in October. Their report was published on Monday.\n")
    assert visit_of(run(nlp, text))[2] == want


# A line labelled as the report's publication with its weekday and day but no year, beside
# the visit's days: the first year from the visit's end putting the day on that weekday and
# not before the visit. A weekday the day falls on in neither year dates nothing.
@pytest.mark.parametrize("label, visit, want", [
    ("Report published: Tuesday 25 September", "from 30 July to 10 August 2018",
     "2018-09-25"),
    ("Report published: 25 September", "from 30 July to 10 August 2018", "2018-09-25"),
    ("Report published: Tuesday 21 January", "from 18 to 29 November 2019", "2020-01-21"),
    # not: 25 September 2018 is a Tuesday, not a Friday; 2019's is a Wednesday
    ("Report published: Friday 25 September", "from 30 July to 10 August 2018", None),
])
def test_sdates20_report_published_label_without_a_year(nlp, label, visit, want) -> None:
    text = (f"Ofsted rates Kelby children's services as good\n\nKelby Council press release\n\n"
            f"{label}\n\nKelby Council's children's services have been rated good by "
            f"Ofsted.\n\nOfsted inspectors visited the council {visit}.\n")
    assert visit_of(run(nlp, text))[2] == want


# An earlier inspection told through the grade given then, the grade itself unnamed ('as
# they had been judged in 2017', 'the same grade as in 2016'). Not a figure as it was then,
# nor another council's.
@pytest.mark.parametrize("sentence, want", [
    ("Help and protection still requires improvement, as it had been judged in 2017.",
     [("2017", "year")]),
    ("Services for children in care still require improvement, as they were rated in "
     "March 2018.", [("2018-03", "month")]),
    ("Kelby kept the same grade as in 2016.", [("2016", "year")]),
    ("Kelby kept the same rating it received in 2016.", [("2016", "year")]),
    # not
    ("Caseloads are as high as they were in 2017.", []),
    ("Neighbouring Ryton was rated good, as it had been judged in 2017.", []),
])
def test_sdates20_previous_told_through_the_grade_then(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Thursday 9 May 2024", sentence))
    assert dates_of(rec, "previous_inspection") == want


# Another place's visit days in a news item ('Neighbouring Eastmere was inspected from 1 to
# 12 October 2018') date none of this one's; the item's own visit told by its month stands.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent two weeks in Kelby in October. Neighbouring Eastmere was inspected "
     "from 1 to 12 October 2018 and rated requires improvement.", ("2018-10", "2018-10")),
    ("Inspectors spent two weeks in Kelby in October. Another council, Eastmere, was "
     "inspected from 1 to 12 October 2018.", ("2018-10", "2018-10")),
    # the item's own days still stand
    ("Inspectors visited Kelby from 1 to 12 October 2018.", ("2018-10-01", "2018-10-12")),
])
def test_sdates20_another_places_visit_days(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Wednesday 5 December 2018", sentence, ""))
    assert visit_of(rec)[:2] == want


# A visit told by its first day only ('The inspection began on 3 June and lasted two weeks',
# 'starting on 3 June'): the start alone, not a one-day visit. A last day written after it
# still pairs.
@pytest.mark.parametrize("sentence, want", [
    ("The inspection began on 3 June and lasted two weeks.", ("2024-06-03", None)),
    ("Inspectors arrived for a two-week inspection starting on 3 June.", ("2024-06-03", None)),
    ("The inspection began on 3 June 2024 and ended on 14 June 2024.",
     ("2024-06-03", "2024-06-14")),
    ("Inspectors visited on 3 June 2024.", ("2024-06-03", "2024-06-03")),
])
def test_sdates20_visit_told_by_its_first_day(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Thursday 18 July 2024", sentence, ""))
    assert visit_of(rec)[:2] == want


# The visit's days in brackets after the inspection named by an article or a possessive
# ('The inspection (8 June - 2 July 2015) found ...'). Not the last or previous one, nor one
# with a year before it.
@pytest.mark.parametrize("sentence, want", [
    ("The inspection (8 June - 2 July 2015) found serious failings.",
     ("2015-06-08", "2015-07-02")),
    ("Ofsted's four-week inspection (8 June - 2 July 2015) found serious failings.",
     ("2015-06-08", "2015-07-02")),
    # not
    ("The last inspection (12 January - 4 February 2011) found it adequate.", (None, None)),
    ("The 2011 inspection (12 January - 4 February 2011) found it adequate.", (None, None)),
])
def test_sdates20_visit_days_in_brackets(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Saturday 5 September 2015", sentence, ""))
    assert visit_of(rec)[:2] == want


# A clause of another event opened by a word of time between the visit word and a date
# ('The inspection came after a man was jailed at X Crown Court on 5 January 2026'): the
# event's date, not the visit's; the visit told in its own sentence stands. A clause closed
# by a comma before the visit's days leaves them the visit's.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted inspectors visited from 2 to 13 February. The inspection came after a man was "
     "jailed at Kelby Crown Court on 5 January 2026.", ("2026-02-02", "2026-02-13")),
    ("The inspection came after a man was jailed at Kelby Crown Court on 5 January 2026.",
     (None, None)),
    # the visit's
    ("Inspectors visited after the council had asked for help, from 2 to 13 February 2026.",
     ("2026-02-02", "2026-02-13")),
])
def test_sdates20_another_events_clause_before_a_date(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 24 March 2026", sentence, ""))
    assert visit_of(rec)[:2] == want


# A visit's last day after its participle ('for three weeks, finishing on 14 March'): the
# end alone, not a one-day visit.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors were in Kelby for three weeks, finishing on 14 March.", (None, "2019-03-14")),
    ("Inspectors spent three weeks in Kelby, ending on 14 March.", (None, "2019-03-14")),
    ("Inspectors visited Kelby on 14 March.", ("2019-03-14", "2019-03-14")),
])
def test_sdates20_visit_told_by_its_last_day_participle(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Wednesday 8 May 2019", sentence, ""))
    assert visit_of(rec)[:2] == want


# A news visit word, days written without their year, and a dated day of another event
# later in the sentence ('The inspection, which took place from 9 January to 2 February,
# followed the death of a baby on 14 October 2016'): the nearer days are the visit's.
# Another setting's visit ('Children's homes in the area were inspected separately on 4 May
# 2015') is none of the council's.
@pytest.mark.parametrize("sentence, want", [
    ("The inspection, which took place from 9 January to 2 February, followed the death of a "
     "baby on 14 October 2016.", ("2017-01-09", "2017-02-02")),
    ("The inspection took place from 9 January to 2 February. Children's homes in the area "
     "were inspected separately on 4 May 2016.", ("2017-01-09", "2017-02-02")),
    # not: no visit of the council's
    ("Children's homes in the area were inspected separately on 4 May 2016.", (None, None)),
    # the visit's own year written stays the visit
    ("The inspection took place from 9 January to 2 February 2017.",
     ("2017-01-09", "2017-02-02")),
])
def test_sdates20_days_nearer_the_visit_word(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 21 March 2017", sentence, ""))
    assert visit_of(rec)[:2] == want


# A news visit told as 'last October': the month, in the latest year putting it not after
# the item's date. Not 'last' of an earlier inspection ('at the last inspection in October').
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors spent a fortnight in Kelby last October.", ("2019-10", "2019-10")),
    ("Ofsted inspectors visited Kelby for two weeks last October.", ("2019-10", "2019-10")),
    # not
    ("The council was rated good at the last inspection in October 2016.", (None, None)),
])
def test_sdates20_visit_told_last_month_name(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 14 January 2020", sentence, ""))
    assert visit_of(rec)[:2] == want


# Earlier inspections in more words: a second earlier grade after 'and' with its own year,
# 'Back then, in 2016, ...', 'Ofsted's previous verdict, in 2020, ...'. Not a grade hoped
# for in a year to come, nor another council's verdict.
@pytest.mark.parametrize("sentence, want", [
    ("Kelby was judged inadequate in 2014 and requires improvement in 2016.",
     [("2014", "year"), ("2016", "year")]),
    ("Back then, in 2016, the council had been rated inadequate.", [("2016", "year")]),
    ("Ofsted's previous verdict, in 2020, was requires improvement.", [("2020", "year")]),
    # not
    ("Kelby was judged good in 2016 and wants to be outstanding in 2027.", [("2016", "year")]),
    ("Neighbouring Ryton's previous verdict, in 2020, was inadequate.", []),
])
def test_sdates20_earlier_inspections_in_more_words(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Tuesday 4 June 2024", sentence))
    assert sorted(dates_of(rec, "previous_inspection")) == want


# The inspectors' arriving as the visit's first day, its last day written without its year
# in the same sentence ('arrived on 1 December for a two-week inspection, which concluded on
# 12 December'): both, in the latest years not after the item's date. Arriving alone is the
# start only; another thing's end is not the visit's.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors arrived on 1 December for a two-week inspection, which concluded on 12 "
     "December.", ("2025-12-01", "2025-12-12")),
    ("Inspectors arrived on 1 December for a two-week inspection.", ("2025-12-01", None)),
    # not
    ("Inspectors arrived on 1 December. The council's consultation on youth centres ended on "
     "12 December.", ("2025-12-01", None)),
])
def test_sdates20_arrived_then_concluded_without_years(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Monday 9 February 2026", sentence, ""))
    assert visit_of(rec)[:2] == want


# Publication on a weekday with its place on the web ('published on the Ofsted website on
# Tuesday'); a grade given for the first time since a year ('the first time Kelby has been
# rated good since 2014'): that year's inspection. Not a school's, nor a council in general.
@pytest.mark.parametrize("sentence, pub, want", [
    ("It is the first time Kelby has been rated good since 2014.",
     "The report was published on the Ofsted website on Tuesday.",
     ("2019-07-30", [("2014", "year")])),
    ("Kelby is the first council in the region to be rated good since 2014.",
     "The report was published on the council's website on Tuesday.",
     ("2019-07-30", [])),
])
def test_sdates20_published_on_a_website_and_first_time_since(nlp, sentence, pub, want) -> None:
    rec = run(nlp, sd18_text("Thursday 1 August 2019", sentence, pub))
    assert (visit_of(rec)[2], dates_of(rec, "previous_inspection")) == want


# What the news checks above must leave the visit's: its own clause ('when they were in the
# county from 27 June to 8 July 2022'), a relative clause of the visit before its days
# ('which opened on 8 November 2021 and closed on 19 November'), a single day between the
# visit word and the visit's days ('The inspection report, published on 30 April, follows a
# standard inspection carried out over two weeks, from Monday 4 March to Friday 15 March').
@pytest.mark.parametrize("sentence, want", [
    ("Many of you met the inspectors when they were in the county from 27 June to 8 July "
     "2022.", ("2022-06-27", "2022-07-08")),
    ("Ofsted's inspection of Kelby Council's children's services, which opened on 8 November "
     "2021 and closed on 19 November, judged them good.", ("2021-11-08", "2021-11-19")),
    ("The inspection report, published on 30 April, follows a standard inspection carried "
     "out over two weeks, from Monday 4 March to Friday 15 March 2024.",
     ("2024-03-04", "2024-03-15")),
    ("Ofsted carried out a focused visit to the council's front door service, which handles "
     "contacts and referrals about children, on 7 and 8 July 2021.",
     ("2021-07-07", "2021-07-08")),
])
def test_sdates20_news_checks_leave_the_visits_own_days(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Friday 9 August 2024", sentence, ""))
    assert visit_of(rec)[:2] == want


# An earlier report named by its year with a verdict after it ('a damning 2018 report rated
# the council inadequate') or by its publication ('The last Ofsted report, published in
# 2013, rated the council adequate'); councils counted ('Nationally, 21 councils were rated
# inadequate in 2019') are a statistic. Not a year's annual report, nor a report to come.
@pytest.mark.parametrize("sentence, want", [
    ("It comes after a damning 2018 report rated the council inadequate.", [("2018", "year")]),
    ("The last Ofsted report, published in 2013, rated the council adequate.",
     [("2013", "year")]),
    # not
    ("Nationally, 21 councils were rated inadequate in 2019.", []),
    ("The council's 2023 annual report said caseloads had fallen.", []),
])
def test_sdates20_earlier_report_by_its_year(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Wednesday 15 September 2024", sentence))
    assert dates_of(rec, "previous_inspection") == want


# A visit's end by a weekday, the visit named at more length ('Ofsted inspectors finished
# their four-week inspection of Kelby's children's services on Friday'); not a neighbour's.
@pytest.mark.parametrize("sentence, want", [
    ("Inspectors arrived on 10 October. They finished their four-week inspection of Kelby's "
     "children's services on Friday.", ("2016-10-10", "2016-11-04")),
    ("Inspectors arrived on 10 October. They finished their four-week inspection of "
     "neighbouring Ryton's children's services on Friday.", ("2016-10-10", None)),
])
def test_sdates20_finished_their_long_named_inspection_on_a_weekday(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Monday 7 November 2016", sentence, ""))
    assert visit_of(rec)[:2] == want


# auth20
# --- Round auth20 (session 20): secondary sources' local authority (secondary_unseen45/46) ---

# A name a rule finds that is no authority: a council's kind without its place, a parish's
# or town's body, an office. Every name of the authority lookup stays one.
@pytest.mark.parametrize("name, want", [
    ("County Council", False), ("the City Council", False), ("Council", False),
    ("Parish", False), ("Thornby Parish Council", False), ("Alnmoor Town Council", False),
    ("Coquet Community Association", False), ("Executive Member", False),
    ("Portfolio Holder", False), ("Director of Children's Services", False),
    # not
    ("Kelby", True), ("Kelby County Council", True), ("Townmoor Borough Council", True),
    ("Royal Borough of Kelby upon Thames", True), ("Kelby Council", True),
])
def test_auth20_names_that_are_no_authority(nlp, name, want) -> None:
    assert nlp.get_pipe("doctype").is_authority(name) is want


def test_auth20_every_lookup_name_is_an_authority(nlp) -> None:
    import csv

    doctype = nlp.get_pipe("doctype")
    with open(ROOT / "pipeline" / "reference" / "la_lookup.csv", encoding="utf-8-sig") as fh:
        names = [n.strip() for r in csv.DictReader(fh)
                 for n in [r["la_name"], *r["name_variants"].split(";")] if n.strip()]
    assert names and [n for n in names if not doctype.is_authority(n)] == []


# A column's title naming its writer's office ('From the Executive Member's desk') is no
# headline and no authority: the headline under it names the authority. An office that
# opens a headline is passed over for the place the headline and body name.
@pytest.mark.parametrize("first, want", [
    ("From the Executive Member's desk", "Kelby"),
    ("The Leader's column", "Kelby"),
    ("Cabinet Member's blog", "Kelby"),
])
def test_auth20_an_offices_column_title_is_no_authority(nlp, first, want) -> None:
    text = (f"{first}\n\nA good report for Kelby's children\n\nPosted: Friday 7 December 2018\n"
            "By Cllr Ann Lee, Executive Member for Children and Young People\n\n"
            "Ofsted's report on our children's services came out on Wednesday. They judged us "
            "good overall.\n\nThe report says social workers enjoy working in Kelby.\n")
    assert run(nlp, text)["report"]["local_authority"] == want


def test_auth20_an_office_opening_a_headline_is_no_authority(nlp) -> None:
    text = ("Executive Member welcomes good Ofsted report for Kelby\n\n"
            "Ofsted's report on our children's services came out on Wednesday. They judged us "
            "good overall.\n\nThe report says social workers enjoy working in Kelby.\n")
    assert run(nlp, text)["report"]["local_authority"] == "Kelby"


# A parish newsletter: its name ending 'News' in capitals, an issue's months alone and a
# rule line over the headline; the parish council named lower down is no authority. A
# parish council named first in the body is passed over for the authority.
PARISH = ("THORNBY PARISH NEWS\n\nDecember 2023 - January 2024\n\n"
          "Delivered free to every household in the parishes of Thornby and Aldwick\n\n---\n\n"
          "{headline}\n\n{body} The report was published on 24 November.\n\n---\n\n"
          "Parish council\n\nThe next meeting of the parish council will be on Thursday 11 "
          "January 2024 at 7pm in Thornby Village Hall.\n")


@pytest.mark.parametrize("headline, body, want", [
    ("Top marks for Kelby's children's services",
     "Kelby County Council's children's services have been rated outstanding by Ofsted.",
     "Kelby"),
    ("Good news from Ofsted",
     "Thornby Parish Council welcomed the news that Kelby County Council's children's "
     "services have been rated outstanding by Ofsted.", "Kelby County Council"),
    ("Good news from Ofsted",
     "The parish council welcomed the news that Kelby County Council's children's "
     "services have been rated outstanding by Ofsted.", "Kelby County Council"),
])
def test_auth20_a_parish_newsletter_names_no_parish_authority(nlp, headline, body, want) -> None:
    text = PARISH.format(headline=headline, body=body)
    assert run(nlp, text)["report"]["local_authority"] == want


# A publication's name over a headline naming the authority that tells of the inspection,
# dated under it: the headline's form ('Kelby', not the body's 'Kelby Council'). Not a
# subtitle naming a partner body of the place over the date.
@pytest.mark.parametrize("text, want", [
    ("Care Practice Today\n\nKelby no longer inadequate after Ofsted re-inspection\n\n"
     "12 July 2017\nBy Raj Mistry\n\nKelby Council's children's services have been judged "
     "to require improvement to be good following a re-inspection.\n", "Kelby"),
    # not: a section's label in sentence case over it; a partner's subtitle over the date
    ("Practice and policy\n\nKelby no longer inadequate after Ofsted re-inspection\n\n"
     "12 July 2017\n\nKelby Council's children's services have been judged to require "
     "improvement to be good following a re-inspection.\n", "Kelby Council"),
    ("Safeguarding Matters\nStaff newsletter of the safeguarding team, Kelby Community "
     "Health NHS Trust\nWednesday 15 December 2021\n\nOfsted rates Kelby County Council's "
     "children's services inadequate\n\nColleagues will have seen that Ofsted rated Kelby "
     "County Council's children's services inadequate.\n", "Kelby County Council"),
])
def test_auth20_a_dated_headline_under_a_publications_name(nlp, text, want) -> None:
    assert run(nlp, text)["report"]["local_authority"] == want


# A committee report under the council's name that calls it 'the County Council' after:
# the kind alone is no authority, the council's name heading the report is.
@pytest.mark.parametrize("kind", ["County", "City", "Borough"])
def test_auth20_the_county_council_alone_is_a_fragment(nlp, kind) -> None:
    text = (f"Kelby {kind} Council\n\nCABINET - 17 MARCH 2026\n\nREPORT OF THE DIRECTOR OF "
            f"CHILDREN'S SERVICES\n\nOFSTED INSPECTION OF KELBY {kind.upper()} COUNCIL'S "
            "CHILDREN'S SERVICES\n\nSummary\n\n2. Ofsted inspected the "
            f"{kind} Council's children's services from 19 January to 30 January 2026. The "
            f"{kind} Council's children's services have been judged good overall.\n")
    assert run(nlp, text)["report"]["local_authority"] == f"Kelby {kind} Council"


# rf20
# A setting's grade told as an area's activity or 'across the board' is the setting's
# (grade_setting_before): a children's home 'outstanding at helping and protecting
# children', the borough's schools 'rated good across the board'; the service's own stays.
# 'They' or 'It' stands for the service in the grade's own clause only: 'It was inspected
# alongside Kelby Academy, which was rated outstanding' is the academy's grade.
@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD19, "Kelby's children's services require improvement, Ofsted said. Kelby's "
     "Oakfield House children's home was judged outstanding at helping and protecting "
     "children in March.", {"overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD19, "Kelby Council's children's services require improvement to be good, Ofsted "
     "said. Meanwhile, the borough's primary schools were rated good across the board.",
     {"overall_effectiveness": "requires_improvement"}),
    (SG20_HEAD19, "Kelby Council's children's services have been inspected by Ofsted. They "
     "were inspected alongside Kelby Academy, which was rated outstanding.", {}),
    # the forms that stay
    (SG20_HEAD19, "Kelby's children's services require improvement, Ofsted said. The council "
     "was judged outstanding at helping and protecting children.",
     {"overall_effectiveness": "requires_improvement", "help_and_protection": "outstanding"}),
    (SG20_HEAD19, "Kelby Council's children's services have been graded good across the "
     "board by Ofsted.", {"overall_effectiveness": "good", "help_and_protection": "good",
                          "children_in_care_and_care_leavers": "good",
                          "impact_of_leaders": "good"}),
    (SG20_HEAD19, "Kelby's children's services are no longer rated inadequate, Ofsted said. "
     "They now require improvement to be good.",
     {"overall_effectiveness": "requires_improvement"}),
])
def test_rf20_a_settings_grade_and_they_in_another_clause(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# rf20: an earlier inspection 'for the first time since' a year is the council's own, not
# an indefinite council's, school's or home's ('the first time a council in the region has
# been rated good since 2014'); a report by its year is Ofsted's, not another body's ('A
# 2017 report by the council's external auditors rated its financial controls inadequate').
@pytest.mark.parametrize("sentence, want", [
    ("It is the first time the council has been rated good since 2014.", [("2014", "year")]),
    ("It comes after a damning 2018 report by Ofsted rated the council inadequate.",
     [("2018", "year")]),
    # not
    ("It is the first time a council in the region has been rated good since 2014.", []),
    ("It is the first time any school in the borough has been rated outstanding since 2012.",
     []),
    ("A 2017 report by the council's external auditors rated its financial controls "
     "inadequate.", []),
])
def test_rf20_earlier_report_first_time_and_by_year_are_the_councils(nlp, sentence, want
                                                                    ) -> None:
    rec = run(nlp, sd18_text("Wednesday 15 September 2024", sentence))
    assert dates_of(rec, "previous_inspection") == want


# rf20: the visit's days in brackets after a bare 'The inspection' or 'Their visit' (no
# services named) in or after a sentence on a setting are the setting's inspection, not the
# council's; the form after a sentence on the service still dates the visit.
@pytest.mark.parametrize("sentence, want", [
    ("Kelby's children's services were praised. The inspection (8 June - 2 July 2015) found "
     "strengths.", ("2015-06-08", "2015-07-02")),
    # not
    ("Oakfield House, the council's children's home, has been rated outstanding. The "
     "inspection (12.03.2015 - 13.03.2015) found that young people make excellent progress.",
     (None, None)),
    ("Ofsted inspectors visited Kelby Academy this spring. Their visit (14.05.2015 - "
     "15.05.2015) found pupils behave well.", (None, None)),
])
def test_rf20_days_in_brackets_after_a_setting_are_the_settings(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Saturday 5 September 2015", sentence, ""))
    assert visit_of(rec)[:2] == want


# s4546dev
# A regional daily's dateline with its short month in capitals ('16:42, 2 MAR 2016') is the
# item's own date: it dates 'published today' and gives the year of a visit's days written
# month first ('Inspectors visited between January 11 and February 4', read by
# inspection_begin_end as before). Not one day so written ('on March 21'), nor days in a
# sentence that names no visit.
S4546_HEAD = ("Kelby Evening News\n\nKelby children's services rated good by Ofsted\n\n"
              "By Ann Lee\n16:42, 2 MAR 2016\n\nChildren's services in Kelby have been rated "
              "good by Ofsted.\n\n")


@pytest.mark.parametrize("sentence, want", [
    ("Inspectors visited between January 11 and February 4, looking at case files. The "
     "report, published today, rates Kelby Council good overall.",
     ("2016-01-11", "2016-02-04", "2016-03-02")),
    ("The inspection took place from January 11 to 29. The report, published today, rates "
     "Kelby Council good overall.", ("2016-01-11", "2016-01-29", "2016-03-02")),
    # not
    ("The council's cabinet will discuss the report on March 21. The report, published "
     "today, rates Kelby Council good overall.", (None, None, "2016-03-02")),
    ("The youth club is open between January 11 and February 4. The report, published "
     "today, rates Kelby Council good overall.", (None, None, "2016-03-02")),
])
def test_s4546dev_month_first_visit_days_and_capital_dateline(nlp, sentence, want) -> None:
    assert visit_of(run(nlp, f"{S4546_HEAD}{sentence}\n")) == want


# A press release's day in brackets after 'today', before the verb ('Ofsted has today
# (Friday 19 June 2015) published its report'): the report's day. Not another kind of
# report, nor a day in brackets with no publishing.
@pytest.mark.parametrize("sentence, want", [
    ("Ofsted has today (Friday 19 June 2015) published its report on Kelby Council's "
     "services for children.", "2015-06-19"),
    ("Ofsted today (19 June 2015) released its inspection report on Kelby's children's "
     "services.", "2015-06-19"),
    # not
    ("Ofsted has today (Friday 19 June 2015) published its annual report.", None),
    ("The council today (Friday 19 June 2015) met its partners to discuss the findings.",
     None),
])
def test_s4546dev_today_with_its_day_in_brackets(nlp, sentence, want) -> None:
    text = ("Kelby Council\n\nPress release\n\nKelby Council's services for children "
            f"'require improvement', says Ofsted\n\n{sentence} Inspectors spent four weeks in "
            "the county, from 13 April to 7 May 2015. They judged that the council's "
            "children's services require improvement to be good overall.\n")
    assert visit_of(run(nlp, text))[2] == want


# An earlier inspection told by a count of years opening the sentence, Ofsted rating the
# authority after it ('Three years ago, Ofsted rated Kelby's children's services as
# requiring improvement'), counted back from the item's own date; and by 'In' and its
# month after a transcript's speaker ('LUCY BRAND: In October 2019 Ofsted rated ...'),
# which also stands for 'the 2019 inspection' told later. Not a count with no grade after
# it, nor a neighbour's.
@pytest.mark.parametrize("sentence, want", [
    ("Three years ago, Ofsted rated Kelby's children's services as requiring improvement.",
     [("2016", "year")]),
    ("LUCY BRAND: In October 2019 Ofsted rated Kelby Council's children's services "
     "inadequate. A commissioner appointed after the 2019 inspection will now step back.",
     [("2019-10", "month")]),
    # not
    ("Three years ago, the council opened a new family hub in the town centre.", []),
    ("Three years ago, Ofsted rated neighbouring Ryton's children's services inadequate.",
     []),
])
def test_s4546dev_years_ago_opening_and_speakers_in(nlp, sentence, want) -> None:
    rec = run(nlp, sd18_text("Monday 17 July 2019", sentence))
    assert dates_of(rec, "previous_inspection") == want


# A count of the areas graded with their list after a colon or between dashes: the list
# shares the count's grade ('rated the council inadequate overall and for two of the four
# areas they judged: the impact of leaders and help and protection'; 'judged all four
# areas they look at - A, B, C, and D - outstanding'); and an explainer's answer 'Good
# overall.' is the overall grade. Not 'Good overall practice ...', nor a clause after the
# count's colon, nor an earlier inspection's list.
@pytest.mark.parametrize("body, want", [
    ("Kelby's children's services are inadequate, Ofsted said. In a report published on "
     "Thursday, inspectors rated the council inadequate overall and for two of the four areas "
     "they judged: the impact of leaders and help and protection.",
     {"overall_effectiveness": "inadequate", "impact_of_leaders": "inadequate",
      "help_and_protection": "inadequate"}),
    ("Kelby's children's services are outstanding, Ofsted said. As well as the outstanding "
     "overall grade, inspectors judged all four areas they look at - the impact of leaders, "
     "help and protection for children at risk, children in care, and care leavers - "
     "outstanding.", {k: "outstanding" for k in (
         "overall_effectiveness", "impact_of_leaders", "help_and_protection",
         "children_in_care", "care_leavers")}),
    ("What grade did Kelby get?\nGood overall.\n\nAnd the individual areas?\nKelby was rated "
     "good for help and protection.", {"overall_effectiveness": "good",
                                       "help_and_protection": "good"}),
    # not
    ("Kelby's children's services are good, Ofsted said. Good overall practice was seen in "
     "some teams.", {"overall_effectiveness": "good"}),
    ("Kelby's children's services are good, Ofsted said. Inspectors looked at all four "
     "areas: leaders were strong, and help and protection was outstanding.",
     {"overall_effectiveness": "good", "help_and_protection": "outstanding"}),
    ("Kelby's children's services are good, Ofsted said. In 2019, inspectors judged all four "
     "areas - the impact of leaders, help and protection, children in care and care leavers "
     "- inadequate.", {"overall_effectiveness": "good"}),
])
def test_s4546dev_counted_areas_list_and_grade_alone_overall(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{SG20_HEAD24}{body}\n")) == want


# s47dev
# An '&' joins an authority's name's words as 'and' does, wherever a rule reads the name in
# a news text: the body's 'Kelby & Wendle Borough Council's children's services' is that
# council, not 'Wendle Borough Council'; a headline in capitals over a committee's report
# takes the body's spelling of it. Not: an '&' before a word in lower case, nor a body
# other than the council joined by '&' ('Kelby & District Foster Carers' Association').
@pytest.mark.parametrize("la", [
    "Kelby & Wendle", "Kelby and Wendle", "Kelby & North East Wendle", "Telford & Wrekin",
    "Hammersmith & Fulham", "Windsor and Maidenhead",
])
def test_s47dev_an_ampersand_inside_an_authoritys_name(nlp, la) -> None:
    text = NEWS_LA.format(la=f"{la} Council's")
    assert run(nlp, text)["report"]["local_authority"] == f"{la} Council"


@pytest.mark.parametrize("text, want", [
    ("KELBY & WENDLE BOROUGH COUNCIL\n\nCHILDREN AND FAMILIES COMMITTEE\n\nAgenda Item 12\n\n"
     "Date of meeting: 18 July 2023\n\nSubject: Ofsted inspection of local authority "
     "children's services\n\n1.1 This report informs the Committee of the outcome of the "
     "Ofsted inspection of Kelby & Wendle Borough Council's children's services. Services "
     "were judged to be good.\n", "Kelby & Wendle Borough Council"),
    ("Ofsted verdict\n\nThe news was welcomed by Kelby & District Foster Carers' Association. "
     "Wendle Council's children's services have been rated good by Ofsted.\n",
     "Wendle Council"),
    ("Ofsted verdict\n\nKelby & its partners were praised. Wendle Council's children's "
     "services have been rated good by Ofsted.\n", "Wendle Council"),
])
def test_s47dev_an_ampersand_name_in_a_committee_report(nlp, text, want) -> None:
    assert run(nlp, text)["report"]["local_authority"] == want


# A council's press release under its name, the release's kind and date on one line
# ('Press release 04/07/2017'): the headline under it names the authority in its own form
# ('Kelby', not the masthead's 'London Borough of Kelby'). A headline naming none leaves the
# council's name over the page.
@pytest.mark.parametrize("masthead, dated, headline, want", [
    ("London Borough of Kelby", "Press release 04/07/2017",
     "Kelby children's services no longer inadequate, Ofsted finds", "Kelby"),
    ("Kelby Borough Council", "News release - 4 July 2017",
     "Kelby children's services no longer inadequate, Ofsted finds", "Kelby"),
    ("London Borough of Kelby", "Press release", "Kelby children's services no longer "
     "inadequate, Ofsted finds", "Kelby"),
    # not: a headline that names no authority
    ("London Borough of Kelby", "Press release 04/07/2017", "Good news from Ofsted",
     "London Borough of Kelby"),
])
def test_s47dev_a_press_release_dated_under_the_councils_name(nlp, masthead, dated, headline,
                                                              want) -> None:
    text = (f"{masthead}\n\n{dated}\n\n{headline}\n\nOfsted today published the report of its "
            "re-inspection of Kelby's children's services. Inspectors rated the services as "
            "requiring improvement to be good.\n")
    assert run(nlp, text)["report"]["local_authority"] == want


# A blog under its name and a subtitle saying what it is ('The blog of the Kelby Children's
# Champion'), its post dated with its author ('Posted on 14 July 2021 by Anwen Prosser'):
# the headline under them names the authority ('Kelby'), not the body's 'Kelby Council'.
# Not: a first line telling of the inspection, which is the headline itself.
@pytest.mark.parametrize("first, posted, want", [
    ("Island Voice for Children", "Posted on 14 July 2021 by Anwen Prosser", "Kelby"),
    ("Island Voice for Children", "Posted 14 July 2021 by Cllr Ann Lee", "Kelby"),
    ("Island Voice for Children", "Posted on 14 July 2021", "Kelby"),
    # not: the first line is the headline
    ("Kelby Council praised by Ofsted", "Posted on 14 July 2021 by Anwen Prosser",
     "Kelby Council"),
])
def test_s47dev_a_blogs_subtitle_and_post_line_over_the_headline(nlp, first, posted,
                                                                 want) -> None:
    text = (f"{first}\n\nThe blog of the Kelby Children's Champion\n\n{posted}\n\n"
            "What Ofsted's focused visit tells us about Kelby\n\nLast week I read the letter "
            "Ofsted published about its focused visit to Kelby Council's children's services. "
            "Inspectors found that children are seen quickly.\n")
    assert run(nlp, text)["report"]["local_authority"] == want


# A regional comparison opening the sentence ('Across the North East, Ashcombe was rated
# good in 2023 and Brindle outstanding in 2022', 'Elsewhere in the region, ...',
# 'Elsewhere, ...') names other authorities with their own grades: no earlier inspection of
# the text's. The text's own named after such an opening is kept.
@pytest.mark.parametrize("sentence, want", [
    ("Across the North East, Ashcombe was rated good in 2023 and Brindle outstanding in 2022.",
     [("2020-01", "month")]),
    ("Elsewhere in the region, Ashcombe was rated good in 2023.", [("2020-01", "month")]),
    ("Elsewhere, Ashcombe was judged outstanding in 2021.", [("2020-01", "month")]),
    # not: the text's own authority after the opening
    ("Across the county, Kelby was rated inadequate in 2016.",
     [("2016", "year"), ("2020-01", "month")]),
])
def test_s47dev_a_regional_comparison_names_others_grades(nlp, sentence, want) -> None:
    text = ("Kelby Evening Courier\n\nKelby children's services told they 'require "
            "improvement'\n\nBy Lydia Armitage\n20 November 2024\n\nChildren's services in "
            "Kelby require improvement to be good, Ofsted has said in a report published this "
            "week.\n\nWhen Ofsted last inspected children's services here, in January 2020, it "
            f"rated them good overall.\n\n{sentence}\n")
    assert sorted(dates_of(run(nlp, text), "previous_inspection")) == sorted(want)


# A joint inspectorate's inspection of the area's partner service, the inspectorate in full
# in a clause opening with 'When' and dated by its year (letters_gold/NOTES.md: in JTAI
# letters, dated earlier inspections by any of the joint inspectorates of the same area
# count; Sefton's 'HMI Probation Single Inspection in February 2019'). Not: a prison or a
# fostering service, another place's service, or an inspection still to come.
@pytest.mark.parametrize("sentence, want", [
    ("When His Majesty’s Inspectorate of Probation inspected the youth justice service in\n"
     "2022, it found that work to keep children safe needed to improve.", [("2022", "year")]),
    ("When HMI Probation inspected Westshire's youth offending service in 2021, it found "
     "weaknesses.", [("2021", "year")]),
    ("Her Majesty's Inspectorate of Probation inspected the youth offending service in May "
     "2019.", [("2019-05", "month")]),
    # not
    ("When His Majesty’s Inspectorate of Probation inspected the prison in 2022, it found "
     "weaknesses.", []),
    ("When HMI Probation inspected the fostering service in 2022, it found weaknesses.", []),
    ("When HMI Probation inspected Ashcombe's youth justice service in 2022, it found "
     "weaknesses.", []),
    ("When His Majesty’s Inspectorate of Probation inspects the youth justice service in "
     "2025, it will look at safety.", []),
])
def test_s47dev_a_joint_inspectorates_earlier_inspection_in_full(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


# The joint inspectorates' short names read as their full ones do in that form
# (letters_unseen38 l38_13: 'When HM Inspectorate of Probation inspected the youth justice
# service in 2023, it found ...' in a JTAI letter). Not: a setting, another place's service
# or one still to come, by a short name as by the full one.
@pytest.mark.parametrize("sentence, want", [
    ("When HM Inspectorate of Probation inspected the youth justice service in 2022, it "
     "found that work to address domestic abuse was a strength.", [("2022", "year")]),
    ("When HMIP inspected the youth justice service in 2021, it found weaknesses.",
     [("2021", "year")]),
    ("When HMICFRS inspected the police service in 2022, it found weaknesses.",
     [("2022", "year")]),
    ("When the CQC reviewed the area's health services in 2021, it found gaps.",
     [("2021", "year")]),
    ("HM Inspectorate of Constabulary inspected the police service in March 2022.",
     [("2022-03", "month")]),
    # not
    ("When HM Inspectorate of Probation inspected the prison in 2022, it found weaknesses.",
     []),
    ("When the CQC inspected the hospital's maternity wards in 2022, it found gaps.", []),
    ("When HM Inspectorate of Probation inspected Ashcombe's youth justice service in 2022, "
     "it found weaknesses.", []),
    ("When HM Inspectorate of Probation inspects the youth justice service in 2025, it will "
     "look at safety.", []),
])
def test_l38dev_a_joint_inspectorates_short_name_dates_its_earlier_inspection(
        nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


# The rules that read another place's name in a sentence (an earlier grade's subject, a
# neighbour's grade) join its words by '&' as by 'and': 'Telford & Wrekin was rated
# outstanding in 2019' in an item on Kelby is another authority's grade and year; the
# text's own name with '&' ('Kelby & Wendle was rated inadequate in 2016' in an item on
# Kelby & Wendle Council) stays its own.
@pytest.mark.parametrize("la, sentence, want", [
    ("Kelby", "Telford & Wrekin was rated outstanding in 2019.", []),
    ("Kelby", "Telford and Wrekin was rated outstanding in 2019.", []),
    ("Kelby & Wendle", "Kelby & Wendle was rated inadequate in 2016.", [("2016", "year")]),
])
def test_s47dev_an_ampersand_in_another_places_name_in_a_sentence(nlp, la, sentence,
                                                                 want) -> None:
    text = (f"Ofsted verdict\n\n{la} Council's children's services have been rated good by "
            f"Ofsted.\n\n{sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


@pytest.mark.parametrize("sentence", [
    "Telford & Wrekin Council was rated outstanding.",
    "Brighton & Hove City Council's children's services were judged outstanding.",
    "Brighton & Hove is outstanding in every area.",
    "Brighton & Hove's care leavers service was rated outstanding.",
])
def test_s47dev_an_ampersand_neighbours_grade_is_not_this_ones(nlp, sentence) -> None:
    text = (f"{SG20_HEAD24}Inspectors rated Kelby Council's children's services good overall."
            f" {sentence}\n")
    assert grades_of(run(nlp, text)) == {"overall_effectiveness": "good"}


# sdates21
# A month-first span with the year after a comma, as a syndicated or trade item writes it
# ('from January 11 to 29, 2016', 'between March 3 and March 7, 2025', 'March 3-14, 2025'
# after the inspectors' being there); a closing day of another event right after the
# inspectors' leaving ('Inspectors left shortly before the Ryton festival closed on 21 March
# 2025', 'a week before the consultation ... closed on', 'as Ryton's consultation closed
# on') is no end of this visit, told alone or after its first day.
SD21_HEAD = ("Kelby Post\nThursday 10 April 2025\n\nKelby children's services rated good\n\n"
             "Children's services in Kelby have been judged good by Ofsted. ")


@pytest.mark.parametrize("body, want", [
    ("Inspectors visited the council from January 11 to 29, 2016.",
     ("2016-01-11", "2016-01-29", None)),
    ("Inspectors visited the council between March 3 and March 7, 2025.",
     ("2025-03-03", "2025-03-07", None)),
    ("Inspectors were in Kelby March 3-14, 2025.", ("2025-03-03", "2025-03-14", None)),
    ("Inspectors left on 14 March, a week before the consultation on family hubs closed on "
     "21 March 2025.", (None, "2025-03-14", None)),
    ("The inspection began on 3 March 2025. Inspectors left on 14 March 2025.",
     ("2025-03-03", "2025-03-14", None)),
    # not
    ("Inspectors left shortly before the Ryton festival closed on 21 March 2025.",
     (None, None, None)),
    ("Inspectors arrived on 3 March 2025. Inspectors left as Ryton's consultation closed on "
     "21 March 2025.", ("2025-03-03", None, None)),
    ("The inspection began on 3 March. Inspectors left the day before the Ryton "
     "consultation closed on 14 March 2025.", ("2025-03-03", None, None)),
    ("Inspectors found that from January 5 to 29, 2025, the duty team cleared its backlog.",
     (None, None, None)),
])
def test_sdates21_month_first_year_after_comma_and_another_close(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


# A headline's grade tag after a bar names no council's grade where the headline is on a
# school or a home ('Ofsted visits Kelby primary school | Good rating'); the council's own
# story so tagged keeps it.
@pytest.mark.parametrize("head, body, want", [
    ("Ofsted visits Kelby primary school | Good rating",
     "St Mary's Primary School in Kelby has kept its rating after a two-day visit.", {}),
    ("Kelby children's home praised by Ofsted | Good rating",
     "Oakfield House, a children's home run by Kelby Council, was inspected in September.",
     {}),
    ("Ofsted visits Kelby | Inadequate rating",
     "Ofsted inspectors visited Kelby Council's children's services in September.",
     {"overall_effectiveness": "inadequate"}),
])
def test_sdates21_setting_headline_tag_no_council_grade(nlp, head, body, want) -> None:
    text = f"Kelby Post\nThursday 10 October 2024\n\n{head}\n\n{body}\n"
    assert grades_of(run(nlp, text)) == want


# A visit, its report and an earlier inspection told in a question and its answer (on its
# own line or, as ingestion joins a short line, after the question's mark), or in a
# timeline of dated lines with a bullet; the inspectors' coming in told in a quote with
# their leaving in another clause; the last day told before the first in the past perfect;
# 'released by Ofsted on Friday evening'; 'ran across the first two weeks of June'. Not a
# question of a next inspection, nor an earlier visit's range in a timeline with a later one.
@pytest.mark.parametrize("body, kind, want", [
    ("When was the inspection?\nInspectors visited between 3 and 14 March 2025.\n\n"
     "When was the report published?\nOn 4 April 2025.", "publication", [("2025-04-04", "day")]),
    ("Q: When did inspectors visit? A: Between 3 and 14 March 2025.\nQ: When was the report "
     "published? A: 4 April 2025.", "inspection_end", [("2025-03-14", "day")]),
    ("Inspectors visited from 3 to 14 March 2025.\n\nQ: What was the last judgement?\nA: "
     "Adequate, in 2012.", "previous_inspection",
     [("2012", "year")]),
    ("Timeline\n- June 2016: Ofsted rates Kelby's children's services inadequate\n"
     "- 3 March 2025: inspectors arrive for a two-week inspection\n- 14 March 2025: the "
     "inspection ends\n- 4 April 2025: report published", "previous_inspection",
     [("2016-06", "month")]),
    ("Timeline\n- 3 March 2025: inspectors arrive for a two-week inspection\n- 14 March 2025: "
     "the inspection ends\n- 4 April 2025: report published", "publication",
     [("2025-04-04", "day")]),
    ("How we got here:\n• 4-15 March 2019 - full inspection\n• 3-14 March 2025 - full "
     "inspection", "inspection_start", [("2025-03-03", "day")]),
    ("\"When the inspectors came in on 3 March we were confident, and by the time they left on "
     "14 March they had seen it,\" said the director.", "inspection_end", [("2025-03-14", "day")]),
    ("\"Inspectors left us on 14 March with a clear message,\" said the director. The "
     "two-week inspection had begun on 3 March.", "inspection_start", [("2025-03-03", "day")]),
    ("The report was released by Ofsted on Friday evening.", "publication",
     [("2025-04-04", "day")]),
    ("The inspection, which ran across the first two weeks of March, found strong leaders.",
     "inspection_start", [("2025-03", "month")]),
    # not
    ("When will the council next be inspected?\nBy 1 June 2028 at the latest.",
     "inspection_start", []),
    ("Timeline\n- 4 April 2025: the council's consultation published\n- 5 May 2025: the "
     "cabinet meets", "publication", []),
    ("\"When the inspectors came in on 3 March we were ready, as families were when the new "
     "hub closed on 14 March,\" said the director.", "inspection_end", []),
])
def test_sdates21_qa_timeline_quotes_and_weekday_by_ofsted(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# A short item's first sentence saying a council's children's services are of a grade, or
# the report finding they require improvement, marks a news item; not 'good news'.
@pytest.mark.parametrize("body, want", [
    ("Kelby Council's children's services are good, according to an Ofsted report published "
     "on Wednesday.", "news_article"),
    ("Ofsted's report on Kelby's children's services, published on 5 May 2017, finds that "
     "they require improvement to be good.", "news_article"),
    # not
    ("Kelby children's services are good news for families, the council says, after Ofsted "
     "inspectors called.", "other"),
])
def test_sdates21_short_item_grade_cue(nlp, body, want) -> None:
    text = f"Kelby Post\nThursday 10 April 2025\n\nKelby update\n\n{body}\n"
    assert run(nlp, text)["report"]["document_type"] == want


# Batch two's forms: a question after another's answer on one line (as ingestion joins
# short lines), and another event named at more length after 'before'.
@pytest.mark.parametrize("body, kind, want", [
    ("Q: When did inspectors visit? A: Between 3 and 14 March 2025. Q: When was the report "
     "published? A: 4 April 2025.", "publication", [("2025-04-04", "day")]),
    ("Inspectors arrived on 3 March 2025. They left on 14 March 2025.", "inspection_end",
     [("2025-03-14", "day")]),
    # not
    ("Inspectors arrived on 3 March 2025. They left a week before the county's consultation "
     "on children's centres closed on 21 March 2025.", "inspection_end", []),
])
def test_sdates21_joined_qa_and_longer_other_event(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# A visit still to come ('Ofsted inspectors will visit Kelby's children's services in the
# week of 13 May') dates none; an earlier inspection told with its season ('last inspected
# in spring 2016'); the report made public at an hour on a weekday, or published on the
# publisher's own website on one.
@pytest.mark.parametrize("body, kind, want", [
    ("Inspectors visited from 3 to 14 March 2025. The council was last inspected in spring "
     "2016.", "previous_inspection", [("2016", "year")]),
    ("The findings were made public at 00:01 on Tuesday.", "publication",
     [("2025-04-08", "day")]),
    ("The report was published by Ofsted on its website on Wednesday.", "publication",
     [("2025-04-09", "day")]),
    # not
    ("Ofsted inspectors will visit Kelby Council's children's services in the week of 13 May "
     "2025.", "inspection_start", []),
    ("Ofsted is due to inspect the council from 12 to 23 May 2025.", "inspection_start", []),
])
def test_sdates21_future_visit_season_and_hour(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# The visit's own end told after 'following' ('following a four-week inspection that ended
# on 14 March', the first day in the next sentence) is no other event's close.
def test_sdates21_following_the_visit_that_ended(nlp) -> None:
    body = ("Ofsted has told Kelby Council its children's services are good, following a "
            "two-week inspection that ended on 14 March. The inspection began on 3 March 2025.")
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n"))[:2] == ("2025-03-03", "2025-03-14")


# Another inspectorate's own inspection (HM Inspectorate of Probation, the CQC), Ofsted and a
# joint inspection unnamed in the sentence, dates no visit of a news item; a joint targeted
# area inspection with Ofsted does. Ofsted's verdict published on a day; an earlier grade
# counted back from 'seven years after they were first rated inadequate'.
@pytest.mark.parametrize("body, kind, want", [
    ("Inspectors visited in March. HM Inspectorate of Probation inspected the borough's youth "
     "justice service from 7 to 11 April 2025.", "inspection_start", [("2025-03", "month")]),
    ("The Care Quality Commission inspected the hospital trust from 7 to 9 April 2025.",
     "inspection_start", []),
    ("Ofsted, the CQC, HMICFRS and HM Inspectorate of Probation carried out a joint targeted "
     "area inspection in Kelby from 3 to 7 March 2025.", "inspection_start",
     [("2025-03-03", "day")]),
    ("Ofsted published its verdict on Thursday 3 April: the services are good.",
     "publication", [("2025-04-03", "day")]),
    ("Kelby's children's services require improvement to be good, Ofsted has found, seven "
     "years after they were first rated inadequate. Inspectors visited from 3 to 14 March "
     "2025.", "previous_inspection", [("2018", "year")]),
])
def test_sdates21_other_inspectorate_verdict_first_rated(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# Ofsted's inspectors having visited the services as inspected them, by month ('Ofsted
# inspectors visited Kelby Council's children's services in September'); not a neighbour's.
@pytest.mark.parametrize("body, want", [
    ("Ofsted inspectors visited Kelby Council's children's services in March.",
     [("2025-03", "month")]),
    ("Inspectors visited the borough's children's services over two weeks in March.",
     [("2025-03", "month")]),
    # not
    ("Last year inspectors visited neighbouring Ryton's children's services in March.", []),
])
def test_sdates21_visited_the_services_in_a_month(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "inspection_start") == want


# sdates22
# A visit's first day told by its week and its last by the inspectors' staying on site ('In
# the week beginning 14 March 2022, with inspectors on site until 25 March'); the report
# told as Ofsted's saying today in it ('..., Ofsted said today in a report': the item's own
# day); a month after 'after an inspection in' told as 'following' one is (this visit's
# month where it is within the year before the item's date); the inspectors' arriving in a
# place on the first day ('Inspectors arrived in Kelby on 3 March. The inspection, which
# concluded on 14 March 2025, ...'); 'Inspectors who visited ...' and 'inspectors who spent
# three weeks ...' with no comma; a second month told as 'early February'. Not another
# event's week, another place's report or visit, Ofsted's annual report, another
# newcomer's arrival, or an earlier year's inspection.
@pytest.mark.parametrize("body, want", [
    ("In the week beginning 3 March 2025, with inspectors on site until 14 March, Ofsted "
     "looked at help and protection.", ("2025-03-03", "2025-03-14", None)),
    ("During the week of 3 March 2025, with Ofsted inspectors in Kelby until 14 March, staff "
     "kept working.", ("2025-03-03", "2025-03-14", None)),
    ("Inspectors arrived in Kelby on 3 March. The inspection, which concluded on 14 March "
     "2025, found strong leaders.", ("2025-03-03", "2025-03-14", None)),
    ("Inspectors arrived at County Hall on 3 March. The inspection, which concluded on 14 "
     "March 2025, found strong leaders.", ("2025-03-03", "2025-03-14", None)),
    # not
    ("In the week beginning 3 March 2025, with the consultation open until 14 March, the "
     "council held events.", (None, None, None)),
    ("In the week beginning 3 March 2025, with the team on site until 14 March, the new "
     "hub opened.", (None, None, None)),
    ("A new director arrived in Kelby on 3 March. The inspection, which concluded on 14 "
     "March 2025, found strong leaders.", (None, "2025-03-14", None)),
])
def test_sdates22_week_and_staying_until_arrived_in_a_place(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


@pytest.mark.parametrize("body, kind, want", [
    ("Kelby's children's services are good, Ofsted said today in a report.", "publication",
     [("2025-04-10", "day")]),
    ("The watchdog has said this morning in its report that services are good.",
     "publication", [("2025-04-10", "day")]),
    ("Kelby Council's services were rated good by Ofsted, after an inspection in March 2025.",
     "inspection_start", [("2025-03", "month")]),
    ("Kelby Council's services were rated good by Ofsted, after an inspection in March 2025.",
     "previous_inspection", []),
    ("Services were rated good after a two-week inspection in late February and early "
     "March.", "inspection_end", [("2025-03", "month")]),
    ("Inspectors who visited Kelby in February and March rated leaders good.",
     "inspection_end", [("2025-03", "month")]),
    ("In their report, inspectors who spent three weeks at Kelby Council in March said "
     "leaders are good.", "inspection_start", [("2025-03", "month")]),
    # not
    ("Ofsted said today in a report on neighbouring Ryton's children's services that they "
     "are good.", "publication", []),
    ("Ofsted said today in its annual report that councils are short of foster carers.",
     "publication", []),
    ("Kelby Council was rated inadequate by Ofsted, after an inspection in March 2019.",
     "inspection_start", []),
    ("Kelby Council was rated inadequate by Ofsted, after an inspection in March 2019.",
     "previous_inspection", [("2019-03", "month")]),
    ("Inspectors who visited neighbouring Ryton in February rated it good.",
     "inspection_start", []),
])
def test_sdates22_said_today_after_an_inspection_who_visited(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# A council page's key facts labelling the report's date 'Date of publication:' beside its
# 'Inspection dates:' line; a headline's 'Councillors' names no authority, so the body's
# earlier inspection of the authority it names is read.
def test_sdates22_date_of_publication_label(nlp) -> None:
    text = ("Kelby Council\n\nOfsted inspection of children's services 2025\n\nKey facts\n"
            "Inspection dates: 3 to 14 March 2025\nDate of publication: 4 April 2025\n"
            "Overall effectiveness: Good\n\nOfsted inspectors found that the council's "
            "services for children are good.\n")
    assert visit_of(run(nlp, text)) == ("2025-03-03", "2025-03-14", "2025-04-04")


@pytest.mark.parametrize("head, want", [
    ("Councillors told of Ofsted 'inadequate' rating", [("2012", "year")]),
    ("Ryton councillors hear of Kelby's Ofsted rating", [("2012", "year")]),
])
def test_sdates22_councillors_in_a_headline_name_no_authority(nlp, head, want) -> None:
    text = (f"Kelby Post\nThursday 10 April 2025\n\n{head}\n\nCouncillors in Kelby on "
            "Monday discussed the Ofsted report that rated the council's children's services "
            "inadequate. The report followed an inspection between 3 and 14 March 2025.\n\n"
            "Kelby was last inspected in 2012 under an earlier framework.\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# Batch three's forms: a line giving the visit and, after a bar, the report ('Inspection:
# 2-13 October 2023 | Report: 17 November 2023'); 'Ofsted, which inspected X's children's
# services in January, said ...'; a question on the visit answered by its month ('When did
# Ofsted visit?' / 'Over two weeks in September 2022.'). Not another kind of line's date,
# a neighbour's services, a next visit's or another event's question.
@pytest.mark.parametrize("body, kind, want", [
    ("\nInspection: 3-14 March 2025 | Report: 4 April 2025", "publication",
     [("2025-04-04", "day")]),
    ("Ofsted, which inspected Kelby Council's children's services in March, said they were "
     "good.", "inspection_start", [("2025-03", "month")]),
    ("When did Ofsted visit?\nOver two weeks in March 2025.\n", "inspection_end",
     [("2025-03", "month")]),
    ("Q: When did the inspectors come? A: In February and March.", "inspection_end",
     [("2025-03", "month")]),
    # not
    ("\nConsultation: 3-14 March 2025 | Report: 4 April 2025", "publication", []),
    ("Ofsted, which inspected neighbouring Ryton's children's services in March, said they "
     "were good.", "inspection_start", []),
    ("When will Ofsted visit next?\nIn March 2027.\n", "inspection_start", []),
    ("When did the new family hub open?\nIn March 2025.\n", "inspection_start", []),
])
def test_sdates22_key_facts_bar_which_inspected_month_answer(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# Batch four's forms: a headline ending 'our letter is published' over the item's dateline
# dates no report, with or without a blank line between (a wrapped sentence's day on the
# next line still does); the inspectors 'assessed' the council over weeks in a month, as
# they visit it; not a neighbour.
SD22_LETTER = ("Kelby Council\n\nNews\n\nOfsted focused visit: our letter is published\n\n"
               "22 April 2025\n\nInspectors spent the week of 10 March 2025 with us, looking at "
               "our services for children in need. Our last full inspection, in 2022, judged our "
               "services good.\n\n")


@pytest.mark.parametrize("text, kind, want", [
    (f"{SD22_LETTER}Ofsted's letter, published on 19 April, gives no grade.\n", "publication",
     [("2025-04-19", "day")]),
    (f"{SD21_HEAD}The report was published\non 4 April 2025.\n", "publication",
     [("2025-04-04", "day")]),
    (f"{SD21_HEAD}Inspectors assessed the council over three weeks in March.\n",
     "inspection_start", [("2025-03", "month")]),
    # not
    (SD22_LETTER, "publication", []),
    (SD22_LETTER.replace("\n\n", "\n"), "publication", []),
    (f"{SD21_HEAD}Inspectors assessed neighbouring Ryton over three weeks in March.\n",
     "inspection_start", []),
])
def test_sdates22_published_over_a_dateline_and_assessed(nlp, text, kind, want) -> None:
    assert dates_of(run(nlp, text), kind) == want


# Batch five's forms: an earlier grade given in two years ('in both 2014 and 2018'); years
# counted back to the authority's own earlier grade, named as its subject ('eight years
# after Kelby was rated inadequate'); a key-facts label 'Last inspected: March 2016
# (inadequate)'. Not another place's grade, nor another label's date.
@pytest.mark.parametrize("body, want", [
    ("Kelby had been rated requires improvement in both 2014 and 2018.",
     [("2014", "year"), ("2018", "year")]),
    ("The inspectors' verdict comes eight years after Kelby was rated inadequate.",
     [("2017", "year")]),
    ("\nLast inspected: March 2016 (inadequate)\n", [("2016-03", "month")]),
    # not
    ("Neighbouring Ryton had been rated inadequate in both 2014 and 2018.", []),
    ("The verdict comes eight years after neighbouring Ryton was rated inadequate.", []),
    ("The verdict comes eight years after Ryton was rated inadequate.", []),
    ("\nLast updated: March 2016 (minor changes)\n", []),
])
def test_sdates22_in_both_years_after_a_place_last_inspected_label(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# Batch six's forms: the inspection told as 'the first since' a year ('The inspection of X's
# children's services, from 18 to 29 September, was the first since 2019'); the inspectors'
# return in a month ('Ofsted inspectors returned in January 2019 for a full inspection'),
# within the year before the item. Not another place's inspection, an earlier year's return,
# or a return to a neighbour.
@pytest.mark.parametrize("body, kind, want", [
    ("The inspection of Kelby's children's services, from 3 to 14 March, was the first since "
     "2019.", "previous_inspection", [("2019", "year")]),
    ("Ofsted inspectors returned in March 2025 for a full inspection.", "inspection_start",
     [("2025-03", "month")]),
    ("Inspectors returned to Kelby in February and March.", "inspection_end",
     [("2025-03", "month")]),
    # not
    ("Ryton's inspection, in March, was the first since 2019.", "previous_inspection", []),
    ("Ofsted inspectors returned in March 2019 for a full inspection.", "inspection_start",
     []),
    ("Inspectors returned to neighbouring Ryton in March.", "inspection_start", []),
])
def test_sdates22_first_since_and_inspectors_returned_in(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# Batch seven's forms: 'The Ofsted team were in X from Tuesday 4 March until Friday 14
# March'; Ofsted publishing its judgement on a day; 'Its verdict, published on Thursday 3
# April'; 'for two weeks in the middle of March'. Not another team, a court's judgement, a
# coroner's verdict, or a neighbour inspected.
@pytest.mark.parametrize("body, kind, want", [
    ("The Ofsted team were in Kelby from Tuesday 4 March until Friday 14 March.",
     "inspection_end", [("2025-03-14", "day")]),
    ("Ofsted published its judgement on its website on 4th April 2025.", "publication",
     [("2025-04-04", "day")]),
    ("Its verdict, published on Thursday 3 April, follows an inspection in March.",
     "publication", [("2025-04-03", "day")]),
    ("Ofsted inspected Kelby Council for two weeks in the middle of March.",
     "inspection_start", [("2025-03", "month")]),
    # not
    ("The council's team were in Kelby from Tuesday 4 March until Friday 14 March.",
     "inspection_end", []),
    ("The High Court published its judgement on 4 April 2025.", "publication", []),
    ("The coroner's verdict, published on Thursday 3 April, was accidental death.",
     "publication", []),
    ("Ofsted inspected neighbouring Ryton for two weeks in the middle of March.",
     "inspection_start", []),
])
def test_sdates22_ofsted_team_judgement_its_verdict_middle(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# sdates23
# Dates in figures written year first, as ISO 8601 writes them, wherever a day in figures is
# read: a council page's labels ('Inspection dates: 2023-10-02 to 2023-10-13', 'Report
# published: 2023-11-24'), the item's own 'Published:' line and a byline's bar, a timeline's
# lines (the visit's arrival and end, a range line, a report line, an earlier grade's line),
# brackets in prose. Not a page's 'last updated' date, a date in a sentence as the item's own,
# an impossible month, or a longer run of figures.
ISO_PAGE = ("Kelby Council\n\nOfsted inspection of children's services\n\nInspection dates: "
            "2025-03-03 to 2025-03-14\nReport published: 2025-04-04\nOverall effectiveness: "
            "Good\n\nInspectors judged services good.\n\nPage last updated: 2025-04-20\n")


@pytest.mark.parametrize("text, want", [
    (ISO_PAGE, ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("Kelby Council\n\nKelby rated good\n\nKelby's children's services have been judged "
     "good.\n\nKey dates:\n\n- 2025-03-03: inspectors arrive\n- 2025-03-14: the on-site "
     "inspection ends\n- 2025-04-04: report published\n", ("2025-03-03", "2025-03-14",
                                                         "2025-04-04")),
    ("Kelby Council\n\nKelby rated good\n\nKelby's children's services have been judged "
     "good.\n\n• 2025-03-03 to 2025-03-14 – full inspection\n• 2025-04-04 – report "
     "published\n", ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("Bulletin\n\nKelby keeps its rating\n\nKelby Council remains good after its latest "
     "inspection (inspection dates 2025-03-03 – 2025-03-14; report published 2025-04-04).\n",
     ("2025-03-03", "2025-03-14", "2025-04-04")),
    # not: an impossible month, a run of figures longer than a date
    ("Kelby Council\n\nOfsted inspection\n\nInspection dates: 2025-13-03 to 2025-13-14\n\n"
     "Inspectors judged services good.\n", (None, None, None)),
    ("Kelby Council\n\nOfsted inspection\n\nInspection dates: 12025-03-03 to 2025-03-140\n\n"
     "Inspectors judged services good.\n", (None, None, None)),
])
def test_sdates23_iso_dates(nlp, text, want) -> None:
    assert visit_of(run(nlp, text)) == want


@pytest.mark.parametrize("head, want", [
    ("Kelby Council newsroom\n\nKelby rated good\n\nPublished: 2025-04-11\n\n", "2025-04-08"),
    ("Kelby Times\n\nKelby rated good\n\nBy Sam Lee | 2025-04-11\n\n", "2025-04-08"),
    ("Kelby Times\n\nKelby rated good\n\n11/04/2025\n\n", "2025-04-08"),
    ("Kelby Times\n\nKelby rated good\n\n2025-04-11 09:15\n\n", "2025-04-08"),
    # not: an update's date, a meeting's, a date in a sentence
    ("Kelby Council newsroom\n\nKelby rated good\n\nLast updated: 2025-04-11\n\n", None),
    ("Kelby County Council\n\nKelby rated good\n\nCabinet | 2025-04-11\n\n", None),
    ("Kelby Times\n\nKelby rated good\n\nThe council met on 2025-04-11 to hear it.\n\n", None),
])
def test_sdates23_own_date_in_figures(nlp, head, want) -> None:
    body = ("Kelby's children's services have been rated good.\n\nThe report, published on "
            "Tuesday, follows an inspection between 3 and 14 March 2025.\n")
    assert visit_of(run(nlp, head + body))[2] == want


# A social post's time stamp under it is its own date where the date near its top stands in
# a sentence (the visit's); a date on a line of its own still stands.
@pytest.mark.parametrize("text, want", [
    ("Kelby Council\n@kelbycouncil\n\nOur children's services are rated GOOD!\n\nOfsted's "
     "report is out today. Inspectors were with us from 3 to 14 March 2025 and judged our "
     "services good.\n\n9:14 AM · 11 Apr 2025\n", "2025-04-11"),
    ("Kelby Council\n@kelbycouncil\n\n10 April 2025\n\nOur children's services are rated "
     "GOOD!\n\nOfsted's report is out today. Inspectors were with us from 3 to 14 March "
     "2025.\n\n9:14 AM · 11 Apr 2025\n", "2025-04-10"),
])
def test_sdates23_a_posts_stamp_beside_a_sentences_date(nlp, text, want) -> None:
    assert visit_of(run(nlp, text))[2] == want


# Visits: 'Inspected:' and 'Inspection:' labels; the last day alone by the weeks up to it;
# the inspectors' staying or being with the council until the last day (Ofsted the
# subject too); 'began their inspection on'; a month after 'following an inspection in the
# first two weeks of'; 'took place over two weeks at the end of'; the inspection named by
# what it inspected before a month-first range. Not across a semicolon, not another
# newcomer's stay, not a neighbour's inspection.
@pytest.mark.parametrize("body, want", [
    ("\nInspected: 3rd - 14th March 2025\nReport date: 4th April 2025\n",
     ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("\nInspection: 3rd–14th March 2025\nJudgement published: 4th April 2025\n",
     ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("The inspection took place in the two weeks to 14 March 2025.", (None, "2025-03-14", None)),
    ("Inspectors arrived on Monday 3 March and stayed until Friday 14 March.",
     ("2025-03-03", "2025-03-14", None)),
    ("Ofsted came in on 3rd March and were with us until the 14th March.",
     ("2025-03-03", "2025-03-14", None)),
    ("Inspectors began their inspection on 3 March and finished on 14 March 2025.",
     ("2025-03-03", "2025-03-14", None)),
    ("The Ofsted inspection of local authority children's services took place from March "
     "3–14, 2025.", ("2025-03-03", "2025-03-14", None)),
    ("The inspection took place 3-14 March 2025; the final report was received on 28 March "
     "2025.", ("2025-03-03", "2025-03-14", None)),
    # not
    ("A new director arrived on Monday 3 March and stayed until Friday 14 March.",
     (None, None, None)),
    ("The inspection of neighbouring Ryton took place from March 3–14, 2025.",
     (None, None, None)),
    ("\nLast inspected: March 2019 (good)\n", (None, None, None)),
])
def test_sdates23_visit_forms(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


@pytest.mark.parametrize("body, kind, want", [
    ("Kelby's report was published on 4 April, following an inspection in the first two "
     "weeks of March.", "inspection_start", [("2025-03", "month")]),
    ("The inspection took place over two weeks at the end of March 2025.", "inspection_end",
     [("2025-03", "month")]),
    # not
    ("The consultation took place over two weeks at the end of March 2025.",
     "inspection_end", []),
])
def test_sdates23_visit_months(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# The report: its hour before its day; 'publishing their report on'; 'published on gov.uk
# on Tuesday'; in brackets after 'published'; a yearless day in an undated item dated after
# the visit (month first); a table's or a numbered paragraph's label beside a visit told in
# prose. Not a day before the sentence's stop ('... until Friday 3 May. Ofsted published
# its report on Tuesday'), not a day before the visit ended.
@pytest.mark.parametrize("text, want", [
    (f"{SD21_HEAD}Ofsted inspected Kelby from 3 to 14 March 2025, in a report published at "
     "00:01 on Tuesday 8 April 2025.\n", "2025-04-08"),
    (f"{SD21_HEAD}Inspectors did their fieldwork from 3 to 14 March 2025, publishing their "
     "report on 4 April.\n", "2025-04-04"),
    (f"{SD21_HEAD}Inspectors visited from 3 to 14 March 2025. The report was published on "
     "gov.uk on Tuesday.\n", "2025-04-08"),
    (f"{SD21_HEAD}Inspectors visited from 3 to 14 March 2025, and the report has been "
     "published (4 April 2025).\n", "2025-04-04"),
    ("Trade News\n\nKelby children's services rated good\n\nOfsted inspected Kelby Council's "
     "children's services on March 3–14, 2025, according to a report published on April 4.\n",
     "2025-04-04"),
    ("Kelby Council\n\nOfsted inspection\n\nKelby's children's services have been judged good "
     "by Ofsted. The inspection took place from 3 to 14 March 2025.\n\n| Item | Date |\n"
     "|---|---|\n| Report published | 2025-04-04 |\n", "2025-04-04"),
    ("Kelby Council\n\nCabinet report\n\n1. Kelby's children's services have been judged "
     "good by Ofsted. The inspection took place from 3 to 14 March 2025.\n\n2. Report "
     "publication: 04/04/2025.\n", "2025-04-04"),
    # not: a day before the sentence's stop, a yearless day a year after the visit
    (f"{SD21_HEAD}Inspectors arrived on Monday 3 March and stayed until Friday 14 March. "
     "Ofsted published its report on Tuesday.\n", "2025-04-08"),
    ("Trade News\n\nKelby children's services rated good\n\nOfsted inspected Kelby Council's "
     "children's services on March 3–14, 2025; a report on its schools was published on "
     "February 4.\n", None),
])
def test_sdates23_publication_forms(nlp, text, want) -> None:
    assert visit_of(run(nlp, text))[2] == want


# Earlier inspections: 'and before that <grade> in <year>'; ', and in <year> Ofsted found';
# a timeline's earlier grade dated in figures; 'X's previous judgement was good (2018)';
# 'Five years on from a good rating in 2017', 'after a damning inadequate rating in 2014';
# 'inadequate in 2015 and again in 2018'; 'was rated good three years ago too'; 'ranked';
# 'a previous 'good' rating from 2018'; 'The 2021 ILACS judgement had been ...'. Not a
# neighbour's, not a grade given again for another thing.
@pytest.mark.parametrize("body, want", [
    ("Kelby was previously rated good in 2019, and before that requires improvement in 2015.",
     [("2019", "year"), ("2015", "year")]),
    ("Kelby had been judged inadequate at its last inspection in 2016, and in 2021 Ofsted "
     "found services still inadequate.", [("2016", "year"), ("2021", "year")]),
    ("\n• 2019-01-14: Ofsted rates Kelby requires improvement\n", [("2019-01-14", "day")]),
    ("Kelby's previous judgement was good (2018).", [("2018", "year")]),
    ("Five years on from a good rating in 2017, Kelby has now achieved the highest grade.",
     [("2017", "year")]),
    ("Kelby has been rated good since 2019, which came five years after a damning "
     "inadequate rating in 2014.", [("2014", "year")]),
    ("Ofsted rated the council inadequate in 2015 and again in 2018.",
     [("2015", "year"), ("2018", "year")]),
    ("The council was rated good three years ago too, at its last inspection.",
     [("2022", "year")]),
    ("Kelby had been ranked inadequate in 2016 and requires improvement in 2019.",
     [("2016", "year"), ("2019", "year")]),
    ("Kelby had a previous 'good' rating from 2018.", [("2018", "year")]),
    ("The 2021 ILACS judgement had been requires improvement.", [("2021", "year")]),
    # not
    ("Neighbouring Ryton was rated good in 2019, and before that inadequate in 2015.", []),
    ("The council hired new staff in 2015 and again in 2018.", []),
    ("Neighbouring Ryton was rated good three years ago too.", []),
    ("Other councils:\n- Ryton: a focused visit found improvements since its inadequate "
     "rating in 2019.", []),
])
def test_sdates23_earlier_inspections(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# sdates24b
# Earlier inspections in trade press, broadcasters' pages, parliamentary items, minutes and
# statements (tests/fixtures/secondary_dev8): a verdict or rating received in a season's year
# or some years ago; a second earlier grade after 'and' ('..., in 2018, and outstanding for
# adoption in 2014', 'inadequate in 2010 and 2011'); 'follows an inadequate rating in 2018
# and requires improvement in 2021'; 'as recently as'; 'first inspected under the ...
# framework, in 2016'; 'since being judged so in 2019'; 'before that, it required
# improvement in 2015'; 'last rated in 2019, as ...'; a previous report 'which had rated it
# good in 2019'; a grade 'at the inspection before that, in 2019'; 'last two inspections, in
# 2015 and 2019'; a judgement 'made in July 2022'; 'This follows outstanding judgements in
# 2015 and 2019'; 'judged to require improvement (2019)'. Not a neighbour's, the council's own
# report's, a hub's, a decision's or another event's.
@pytest.mark.parametrize("body, want", [
    ("This is an improvement on the requires improvement verdict the authority received in "
     "spring 2019.", [("2019", "year")]),
    ("It is a step down from the good rating they received five years ago.",
     [("2020", "year")]),
    ("Kelby had been rated good at its last full inspection too, in 2018, and outstanding "
     "for adoption in 2014.", [("2018", "year"), ("2014", "year")]),
    ("Kelby had previously been judged good in 2017, and inadequate in 2010 and 2011.",
     [("2017", "year"), ("2010", "year"), ("2011", "year")]),
    ("The result follows an inadequate rating in 2018 and requires improvement in 2021.",
     [("2018", "year"), ("2021", "year")]),
    ("Kelby's services were rated requires improvement as recently as 2015.",
     [("2015", "year")]),
    ("It is the first time Kelby has been rated above inadequate since the council's "
     "services were first inspected under the single inspection framework, in 2016.",
     [("2016", "year")]),
    ("Kelby has been good since being judged so in 2019; before that, it required "
     "improvement in 2015.", [("2019", "year"), ("2015", "year")]),
    ("Kelby was last rated in 2019, as requires improvement.", [("2019", "year")]),
    ("Kelby's previous report, which had rated it good in 2019, asked for more.",
     [("2019", "year")]),
    ("It is a leap from the inadequate rating the council was given in 2022, and from "
     "requires improvement at the inspection before that, in 2019.",
     [("2022", "year"), ("2019", "year")]),
    ("The borough's last two inspections, in 2015 and 2019, found services good.",
     [("2015", "year"), ("2019", "year")]),
    ("It represents an improvement on the inadequate judgement made in July 2022.",
     [("2022-07", "month")]),
    ("This follows outstanding judgements in 2015 and 2019.", [("2015", "year"),
                                                               ("2019", "year")]),
    ("At its last inspection, Kelby had been judged to require improvement (2019).",
     [("2019", "year")]),
    # not
    ("The council's decision made in July 2022 was to close the hub.", []),
    ("Neighbouring Ryton had been judged to require improvement (2019).", []),
    ("This follows funding rounds in 2015 and 2019.", []),
    ("The council opened the good hub it received five years ago.", []),
    ("Neighbouring Ryton has been good since being judged so in 2019.", []),
    ("Neighbouring Ryton's last two inspections, in 2015 and 2019, found services good.", []),
    ("The council's annual report, which rated it good in 2019, was long.", []),
    ("The hub has been busy since being opened in 2019; before that, it needed improvement "
     "in 2015.", []),
    ("The result follows a funding settlement in 2018 and a new director in 2021.", []),
    ("Kelby had been rated good in 2018, and said in 2014 it was fine.", [("2018", "year")]),
])
def test_sdates24b_earlier_inspections(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# Visits: the first days of two weeks ('in the weeks of 10 and 17 March'), the start alone;
# 'for two weeks until 14 March', the end alone; a label's week's first day ('Inspection
# period: w/c 03/03/2025 (2 weeks)'); a standfirst 'Inspected ... | Report ...' with
# two-figure years; a table's 'Published' row beside the visit's. Not two days without
# 'the weeks of', a label's day with no 'w/c', another thing's weeks, the report's day after
# 'published last week, on' (the visit's months in the same sentence).
@pytest.mark.parametrize("body, want", [
    ("Kelby's services were inspected by Ofsted in the weeks of 10 and 17 March 2025 and "
     "judged good.", ("2025-03-10", None, None)),
    ("The inspectors, who were at the council for two weeks until 14 March, rated Kelby "
     "good.", (None, "2025-03-14", None)),
    ("\nInspection period: w/c 03/03/2025 (2 weeks)\nDate of publication: 04/04/2025\n",
     ("2025-03-03", None, "2025-04-04")),
    ("\nInspected 03/03/25 – 14/03/25 | Report 04/04/25\n",
     ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("\n| Stage | Date |\n|---|---|\n| Inspection | 3–14 March 2025 |\n| Published | 4 "
     "April 2025 |\n", ("2025-03-03", "2025-03-14", "2025-04-04")),
    # not
    ("Kelby's services were inspected by Ofsted on 10 and 17 March 2025.",
     ("2025-03-10", "2025-03-17", None)),
    ("\nInspection period: 03/03/2025 (2 weeks)\n", (None, None, None)),
    ("The consultation ran for two weeks until 14 March.", (None, None, None)),
    ("Inspectors spent two weeks in Kelby in early March, and the report was published last "
     "week, on 1 April.", ("2025-03", "2025-03", "2025-04-01")),
])
def test_sdates24b_visit_forms(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


@pytest.mark.parametrize("body, kind, want", [
    ("Inspectors visited at the end of February and start of March.", "inspection_start",
     [("2025-02", "month")]),
    ("Inspectors visited at the end of February and start of March.", "inspection_end",
     [("2025-03", "month")]),
    # not: a speaker's visit
    ("The minister visited at the end of February and start of March.", "inspection_start",
     []),
])
def test_sdates24b_visit_months(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# The report: a statement in its own voice welcoming today's report under its own date (not
# in a quote, not a neighbour's); 'Ofsted published on Tuesday its report' (not its annual
# report); a weekday with its day of the month and no month, where the day is the
# weekday's.
STATEMENT = ("Kelby Voice\n\nPress statement\n\nOur response\n\nPosted: 10.04.2025\n\n{body} "
             "Inspectors visited Kelby from 3 to 14 March 2025.\n")


@pytest.mark.parametrize("text, want", [
    (STATEMENT.format(body="The charity welcomes today's Ofsted report, which rates Kelby "
                           "good."), "2025-04-10"),
    (f"{SD21_HEAD}Ofsted published on Tuesday its report on Kelby's children's services.\n",
     "2025-04-08"),
    (f"{SD21_HEAD}The report was published on Tuesday 8th, after an inspection from 3 to 14 "
     "March.\n", "2025-04-08"),
    # not
    (STATEMENT.format(body="She said: \"The charity welcomes today's Ofsted report.\""), None),
    (STATEMENT.format(body="The charity welcomes today's Ofsted report on neighbouring "
                           "Ryton."), None),
    (f"{SD21_HEAD}Ofsted published on Tuesday its annual report.\n", None),
    (f"{SD21_HEAD}The report was published on Tuesday 9th, after an inspection from 3 to 14 "
     "March.\n", None),
])
def test_sdates24b_publication_forms(nlp, text, want) -> None:
    assert visit_of(run(nlp, text))[2] == want


# sleft24b
# Session 24's date leftovers (tests/fixtures/secondary_dev7, secondary_dev8), as general
# forms. A yearless visit day or span told of the inspectors' being in a neighbouring or
# nearby place is not this visit (refused as the dated forms refuse it); a secondary item's
# 'most recent' inspection named by what it inspected, Ofsted's own, with its days in
# brackets ('(undertaken from ...)', '(fieldwork 3–14 March)' after its month and year) is the
# visit it reports, tried last and not a neighbour's or another named place's; the report
# 'out since' its day after a comma. Not an annual or another place's report, nor another
# thing 'out since'.
@pytest.mark.parametrize("body, want", [
    ("Inspectors were in Kelby from 3 to 14 March.", ("2025-03-03", "2025-03-14", None)),
    ("Inspectors were in Kelby 3-14 March.", ("2025-03-03", "2025-03-14", None)),
    ("Ofsted's most recent inspection of Kelby's children's services (undertaken from 3 to 14 "
     "March 2025; report published on 4 April 2025) judged the services good.",
     ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("The most recent Ofsted inspection of Kelby's children's services took place in March "
     "2025 (fieldwork 3–14 March).", ("2025-03-03", "2025-03-14", None)),
    ("The most recent inspection of the council's children's services took place from 3 to 14 "
     "March 2025.", ("2025-03-03", "2025-03-14", None)),
    ("Inspectors visited for three weeks in March, and the inspectorate's report, out since 4 "
     "April, rated Kelby good.", ("2025-03", "2025-03", "2025-04-04")),
    ("Ofsted's report, which has been out since 4 April, rated Kelby good.",
     (None, None, "2025-04-04")),
    # not
    ("Inspectors were in neighbouring Ryton from 3 March.", (None, None, None)),
    ("Inspectors were in neighbouring Ryton 3-14 March.", (None, None, None)),
    ("Inspectors were in nearby Ryton from 3 to 14 March.", (None, None, None)),
    ("Inspectors visited next-door Ryton from 3 to 14 March.", (None, None, None)),
    ("Ofsted's most recent inspection of neighbouring Ryton's children's services (undertaken "
     "from 3 to 14 March 2025) judged them good.", (None, None, None)),
    ("The most recent Ofsted inspection of Ryton's children's services took place in March "
     "2025 (fieldwork 3–14 March).", (None, None, None)),
    ("The most recent Ofsted inspection took place in March 2025 (see 3–14 March).",
     (None, None, None)),
    ("The council's annual report, out since 4 April, is long.", (None, None, None)),
    ("Neighbouring Ryton's report, out since 4 April, rated it good.", (None, None, None)),
    ("The consultation, out since 4 April, closes soon.", (None, None, None)),
])
def test_sleft24b_forms(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


# s52dev: secondary_unseen52's forms. A question on the visit answered by its length and then
# its days ('When did Ofsted inspect?' / 'Over three weeks, from 29 January to 16 February
# 2024.'), Ofsted alone asking as the inspectors do; the item following an inspection of a
# length and a kind in a month ('following a one-week short inspection in May'). Not a next
# visit's question, another event's, a mock inspection or a neighbour's.
@pytest.mark.parametrize("body, want", [
    ("When did Ofsted inspect?\nOver three weeks, from 3 to 14 March 2025.\n",
     ("2025-03-03", "2025-03-14", None)),
    ("When did the inspectors visit?\nFor two weeks from 3 March to 14 March 2025.\n",
     ("2025-03-03", "2025-03-14", None)),
    ("When did Ofsted inspect?\nFrom 3 to 14 March 2025.\n", ("2025-03-03", "2025-03-14", None)),
    # not
    ("When will Ofsted inspect next?\nOver three weeks, from 3 to 14 March 2027.\n",
     (None, None, None)),
    ("When did the new family hub open?\nOver three weeks, from 3 to 14 March 2025.\n",
     (None, None, None)),
])
def test_s52dev_qa_answered_by_length_then_days(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


@pytest.mark.parametrize("body, kind, want", [
    ("Kelby's services remain good following a one-week short inspection in March.",
     "inspection_start", [("2025-03", "month")]),
    ("Kelby's services remain good following a two-week standard inspection in March.",
     "inspection_end", [("2025-03", "month")]),
    ("Kelby's services remain good following a short inspection in March.",
     "inspection_start", [("2025-03", "month")]),
    # not
    ("Kelby's services remain good following a one-week mock inspection in March.",
     "inspection_start", []),
    ("Kelby's services remain good following a one-week short inspection of neighbouring "
     "Ryton in March.", "inspection_start", []),
])
def test_s52dev_following_an_inspection_of_a_length_and_kind(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# The watchdog that gave an earlier grade named the education or schools watchdog ('The
# education watchdog rated the council's children's services inadequate in February 2015').
# Not another watchdog's grade, nor a neighbour's or another place's.
@pytest.mark.parametrize("body, want", [
    ("The education watchdog rated the council's children's services inadequate in February "
     "2019, finding children at risk.", [("2019-02", "month")]),
    ("The schools watchdog rated Kelby inadequate in 2019.", [("2019", "year")]),
    # not
    ("The health watchdog rated the council's care homes inadequate in February 2019.", []),
    ("The education watchdog rated neighbouring Ryton's children's services inadequate in "
     "February 2019.", []),
    ("The education watchdog rated Ryton inadequate in February 2019.", []),
    ("Ofsted rated Ryton inadequate in February 2019.", []),
])
def test_s52dev_education_watchdog_rated_in(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# A grade given 'for the way it helps and protects children' (help and protection's area told
# as the council's doing), and 'good for the experiences of care leavers' (the experiences,
# outcomes or progress of whom an area serves between the grade and the area, as after 'and').
# Not a school's help and protection, nor a grade of another thing.
S52_HEAD = ("Kelby Post\nThursday 4 February 2016\n\nOfsted rates Kelby Council's children's "
            "services good\n\nInspectors visited the council between 9 November and 3 December "
            "2015. ")


@pytest.mark.parametrize("body, want", [
    ("The council was judged good for the way it helps and protects children, good for the "
     "experiences and progress of children looked after and achieving permanence, good for "
     "the experiences of care leavers and good for its leadership, management and governance.",
     {("help_and_protection", "good"), ("looked_after_and_permanence", "good"),
      ("care_leavers", "good"), ("leadership_management_governance", "good")}),
    ("Inspectors rated it requires improvement for how the council helps and protects "
     "children.", {("help_and_protection", "requires_improvement")}),
    ("The council was rated good for the outcomes for children in care.",
     {("looked_after_and_permanence", "good")}),
    # not
    ("The council was judged good for the way the school helps and protects children.",
     set()),
    ("A good plan for the experiences of care leavers is in place.", set()),
])
def test_s52dev_way_it_helps_and_protects_and_experiences_of(nlp, body, want) -> None:
    rec = run(nlp, f"{S52_HEAD}{body}\n")
    got = {(j["area"], j["grade"]) for j in rec["tables"]["judgements"]}
    assert got - {("overall_effectiveness", "good")} == want


# sdates24
# The visit: 'After inspecting ... between', 'spent time in X over four weeks in July and
# August' (the item's year), 'which took place across a fortnight in early June', the
# inspectors' team with the council 'for the fortnight commencing' a day or 'for a fortnight
# from' it (the first day alone), 'over 6–17 February 2023' before a later clause on the
# report, a month-first range with weekdays and commas, 'between November and December'.
# Not a neighbour's, nor anyone else's time spent.
@pytest.mark.parametrize("body, want", [
    ("After inspecting Kelby's children's services between 3 and 14 March 2025, inspectors "
     "found that leaders know their services well.", ("2025-03-03", "2025-03-14", None)),
    ("Ofsted's team were with us for the fortnight commencing 3 March.",
     ("2025-03-03", None, None)),
    ("Ofsted were in County Hall for a fortnight from 3 March, looking at our work.",
     ("2025-03-03", None, None)),
    ("Ofsted undertook its inspection of our services over 3–14 March 2025, and the report "
     "was published three weeks later, on 4 April 2025.",
     ("2025-03-03", "2025-03-14", "2025-04-04")),
    ("The inspection took place from Monday, March 3, to Friday, March 14, and inspectors "
     "met more than 100 staff.", ("2025-03-03", "2025-03-14", None)),
    # not
    ("After inspecting neighbouring Ryton's children's services between 3 and 14 March "
     "2025, inspectors found that leaders know their services well.", (None, None, None)),
    ("A new director was in County Hall for a fortnight from 3 March.", (None, None, None)),
])
def test_sdates24_visit_days(nlp, body, want) -> None:
    assert visit_of(run(nlp, f"{SD21_HEAD}{body}\n")) == want


@pytest.mark.parametrize("body, want", [
    ("Ofsted inspectors spent time in Kelby over four weeks in February and March.",
     [("2025-02", "month"), ("2025-03", "month")]),
    ("The inspection, which took place across a fortnight in early March, found steady "
     "progress.", [("2025-03", "month"), ("2025-03", "month")]),
    ("Ofsted carried out the inspection between February and March, spending four weeks in "
     "the county.", [("2025-02", "month"), ("2025-03", "month")]),
    ("The report follows a visit by inspectors over four weeks in February and March.",
     [("2025-02", "month"), ("2025-03", "month")]),
    # not
    ("A new director spent time in Kelby over four weeks in February and March.", []),
    ("The report follows a visit by inspectors to neighbouring Ryton over four weeks in "
     "February and March.", []),
    ("Ofsted carried out the inspection of neighbouring Ryton between February and March.",
     []),
])
def test_sdates24_visit_months(nlp, body, want) -> None:
    rec = run(nlp, f"{SD21_HEAD}{body}\n")
    assert dates_of(rec, "inspection_start") + dates_of(rec, "inspection_end") == want


# A newspaper cutting's foot citing its paper, day and page is the item's own date where no
# line near its top dates it: a key-facts box's yearless 'Inspection: 3 - 14 March' takes its
# year, and a yearless 'Report published: Tuesday 8 April' far from the visit's days is read
# as beside them (not after the item's own date, on its weekday). Not a foot with no page,
# nor a label whose weekday the day does not fall on.
CUTTING_BODY = ("Kelby's children's services have been judged good by Ofsted.\n\n"
                + "Inspectors praised the council's social workers and its leaders. " * 4
                + "\n\n")


@pytest.mark.parametrize("text, want", [
    ("KELBY SERVICES GOOD\n\n" + CUTTING_BODY + "Fact box\nInspection: 3 - 14 March\n"
     "Report published: Tuesday 8 April\n\nKelby Evening News, Thursday 10 April 2025, page "
     "5\n", ("2025-03-03", "2025-03-14", "2025-04-08")),
    ("KELBY SERVICES GOOD\n\nInspectors visited Kelby between 3 and 14 March 2025.\n\n"
     + CUTTING_BODY * 2 + "KEY FACTS\n\nReport published: Tuesday 8 April\n\nKelby Evening "
     "News, Thursday 10 April 2025, p. 5\n", ("2025-03-03", "2025-03-14", "2025-04-08")),
    # not
    ("KELBY SERVICES GOOD\n\nInspectors visited Kelby between 3 and 14 March 2025.\n\n"
     + CUTTING_BODY * 2 + "KEY FACTS\n\nReport published: Tuesday 8 April\n\nKelby Evening "
     "News, Thursday 10 April 2025\n", ("2025-03-03", "2025-03-14", None)),
    ("KELBY SERVICES GOOD\n\nInspectors visited Kelby between 3 and 14 March 2025.\n\n"
     + CUTTING_BODY * 2 + "KEY FACTS\n\nReport published: Monday 8 April\n\nKelby Evening "
     "News, Thursday 10 April 2025, page 5\n", ("2025-03-03", "2025-03-14", None)),
])
def test_sdates24_a_cuttings_foot_dates_its_labels(nlp, text, want) -> None:
    assert visit_of(run(nlp, text)) == want


# The time of day before the item's own date on its line ('16:04, 10 Apr 2025' under a
# byline) dates a weekday as the date alone does; not a 'Last updated' line.
@pytest.mark.parametrize("head, want", [
    ("Kelby Courier\n\nKelby rated good\n\nBy Sam Lee\n16:04, 10 Apr 2025\n\n", "2025-04-08"),
    ("Kelby Courier\n\nKelby rated good\n\nBy Sam Lee\n\nLast updated 16:04, 10 Apr 2025\n\n",
     None),
])
def test_sdates24_a_time_before_the_items_date(nlp, head, want) -> None:
    body = ("Kelby's children's services have been rated good.\n\nThe report was published on "
            "Tuesday, after an inspection between 3 and 14 March 2025.\n")
    assert visit_of(run(nlp, head + body))[2] == want


# The report's day: 'on the 8th April', a Q&A's 'It went live on the Ofsted website on 8
# April', 'appeared on its website on Tuesday', 'landed on Tuesday', 'was put online on
# Tuesday'; its month: a timeline's 'April 2025 - report published', 'published at the start
# of April'. Not another document's appearing, nor a school's report.
@pytest.mark.parametrize("body, want", [
    ("Ofsted published their report on the 8th April.", [("2025-04-08", "day")]),
    ("When was the report published?\nIt went live on the Ofsted website on 8 April.",
     [("2025-04-08", "day")]),
    ("Ofsted's report, which appeared on its website on Tuesday, rated the council good.",
     [("2025-04-08", "day")]),
    ("The report landed on Tuesday and it is good news.", [("2025-04-08", "day")]),
    ("The report was put online on Tuesday.", [("2025-04-08", "day")]),
    ("Their report was published at the start of April.", [("2025-04", "month")]),
    ("Our journey:\n\nMarch 2025 - full inspection\nApril 2025 - report published: services "
     "rated good", [("2025-04", "month")]),
    # not
    ("The council's improvement plan appeared on its website on Tuesday.", []),
    ("The school's report landed on Tuesday.", []),
])
def test_sdates24_publication(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "publication") == want


# Earlier inspections: 'At that inspection, in November 2021', 'When Ofsted last came, in the
# spring of 2021', 'In Kelby's 2018 inspection', 'a previous rating of good in 2017', 'at its
# last two inspections, in 2018 and 2021'. Not another place's, a meeting's, anyone else's
# coming, nor this visit told again.
@pytest.mark.parametrize("body, want", [
    ("Inspectors noted progress since the previous inspection. At that inspection, in "
     "November 2021, services were judged requires improvement.", [("2021-11", "month")]),
    ("When Ofsted last came, in the spring of 2021, services were rated requires "
     "improvement.", [("2021", "year")]),
    ("In Kelby's 2018 inspection, services for care leavers were judged requires "
     "improvement.", [("2018", "year")]),
    ("This follows a previous rating of good in 2017.", [("2017", "year")]),
    ("The council's rating at its last two inspections, in 2018 and 2021, was requires "
     "improvement.", [("2018", "year"), ("2021", "year")]),
    # not
    ("In Ryton's 2018 inspection, services were judged inadequate.", []),
    ("At that meeting, in November 2021, councillors agreed the budget.", []),
    ("When the mayor last came, in the spring of 2021, he opened the hub.", []),
    ("Inspectors visited Kelby from 3 to 14 March 2025. At that inspection, in March 2025, "
     "they met more than 100 staff.", []),
])
def test_sdates24_previous(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# s53dev: secondary_unseen53's date forms. An inspection that 'saw' the inspectors spend weeks
# in a place in a month or two ('follows an inspection that saw a team of inspectors spend
# four weeks in the town in January and February'): the visit's months. Not inspectors'
# weeks told in the present or to come, peer inspectors', or a neighbour's visit.
@pytest.mark.parametrize("body, want", [
    ("The report follows an inspection that saw a team of inspectors spend three weeks in the "
     "borough in February and March.", [("2025-02", "month"), ("2025-03", "month")]),
    ("An inspection that saw inspectors spend two weeks at the council in March found leaders "
     "strong.", [("2025-03", "month"), ("2025-03", "month")]),
    # not
    ("Under the framework, inspectors spend three weeks in a council in March.", []),
    ("Next year will see inspectors spend three weeks in the borough in March.", []),
    ("The spring saw a team of peer inspectors spend two weeks in the borough in March.", []),
    ("The inspection saw inspectors spend two weeks in neighbouring Ryton in March.", []),
])
def test_s53dev_inspection_that_saw_inspectors_spend_weeks(nlp, body, want) -> None:
    rec = run(nlp, f"{SD21_HEAD}{body}\n")
    assert dates_of(rec, "inspection_start") + dates_of(rec, "inspection_end") == want


# An earlier grade counted back from the item's own date: the council's services, their kind
# named, the grade's subject after 'N years after' ('three years after the council's
# safeguarding services were judged adequate', the older frameworks' grade); the authority
# or the council graded with the count after the grade ('Kelby was rated good four years ago,
# at its previous inspection'). An earlier inspection told by the time of the next one ('had
# improved to good by the time of its next inspection, in 2019'); this inspection the first
# since a date when, after 'when', the council's services were graded ('the council's first
# full inspection since July 2018, when its services were also rated inadequate'). Not a
# neighbour's, another service's or another thing's, a hope for the next inspection, or a
# date told by another event.
@pytest.mark.parametrize("body, want", [
    ("The verdict comes three years after the council's safeguarding services were judged "
     "adequate.", [("2022", "year")]),
    ("The verdict comes two years after the council's children's services were rated "
     "inadequate.", [("2023", "year")]),
    ("Kelby was rated good four years ago, at its previous inspection.", [("2021", "year")]),
    ("The council was judged inadequate two years ago.", [("2023", "year")]),
    ("Kelby Council was rated 'requires improvement' three years ago.", [("2022", "year")]),
    ("Kelby was judged inadequate in 2016 and had improved to good by the time of its next "
     "inspection, in 2019.", [("2016", "year"), ("2019", "year")]),
    ("The inspection was the council's first full inspection since July 2018, when its "
     "services were also rated inadequate.", [("2018-07", "month")]),
    ("The inspection, from 3 to 14 March, was the first since 2019, when the council was "
     "rated good.", [("2019", "year")]),
    # not
    ("The verdict comes three years after the council's leisure services were judged "
     "adequate.", []),
    ("The verdict comes three years after neighbouring Ryton's services were judged "
     "adequate.", []),
    ("The verdict comes three years after the council's new offices were opened.", []),
    ("Neighbouring Ryton was rated good two years ago.", []),
    ("Ryton was rated good two years ago.", []),
    ("Kelby was named council of the year four years ago.", []),
    ("Kelby expects to be rated good four years from now.", []),
    ("Neighbouring Ryton was judged inadequate in 2016 and had improved to good by the time "
     "of its next inspection, in 2019.", []),
    ("The council hopes to have improved to outstanding by the time of its next inspection, "
     "in 2028.", []),
    ("The council was told it would improve to good by the time of its next inspection, in "
     "2028.", []),
    ("It was the council's first full inspection since May 2015, when Ofsted launched a new "
     "framework.", []),
    ("It was the council's first full inspection since July 2018, when neighbouring Ryton's "
     "services were rated inadequate.", []),
    ("It was the council's first full inspection since July 2018, when its new director was "
     "appointed.", []),
])
def test_s53dev_years_after_and_ago_next_inspection_first_since_when(nlp, body, want
                                                                      ) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# r02dev: a lead inspector's label alone on its line, the lead's name (and designation after a
# comma) on the next non-empty line, as a full report's front page sets them ('Lead inspector:'
# / 'Anjali Thorpe, Her Majesty's Inspector') or a letter does; blank lines may stand between
# only where the name carries its designation. Not a heading, a date, the judgement table's
# heading or another label on the lines after it.
R02_FRONT = ("Westshire County Council\nInspection of children’s social care services\n\n"
             "Inspection dates:\n6 June to 17 June 2022\n{lead}\n\n"
             " Judgement                                   Grade\n"
             " Overall effectiveness                       Good\n\n"
             "Westshire is a large county and leaders know their services well.\n")


@pytest.mark.parametrize("lead, want", [
    ("Lead inspector:\nAnn Bell, Her Majesty’s Inspector", [("Ann Bell", "lead_inspector", "HMI")]),
    ("Lead inspector:\nAnn Bell, His Majesty's Inspector", [("Ann Bell", "lead_inspector", "HMI")]),
    ("Lead inspector:\nAnn Bell, HMI", [("Ann Bell", "lead_inspector", "HMI")]),
    ("Lead inspector:\nAnn Bell, Ofsted Inspector", [("Ann Bell", "lead_inspector", "OI")]),
    ("Lead inspector:\nDi Eve, Social Care Regulatory Inspector",
     [("Di Eve", "lead_inspector", "Social Care Regulatory Inspector")]),
    ("Lead inspector:\nAnn Bell", [("Ann Bell", "lead_inspector", "")]),
    ("Lead Inspector:\n\n   Ann Bell, Her Majesty’s Inspector",
     [("Ann Bell", "lead_inspector", "HMI")]),
    # not: a blank line and then a heading or a date
    ("Lead inspector:\n\nSummary Findings", []),
    ("Lead inspector:\n\n6 June 2022", []),
    # not: the judgement table's heading (on the line after the label's, a blank one between)
    ("Lead inspector:", []),
    ("Lead inspector:\n Judgement                                   Grade", []),
    # not: another label's name
    ("Lead inspector:\nInspection team: Ann Bell, HMI", []),
    ("Lead inspector:\nLead inspector: Ann Bell, HMI", [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_r02dev_lead_label_alone_then_name_on_a_report_front(nlp, lead, want) -> None:
    rec = run(nlp, R02_FRONT.format(lead=lead))
    assert [p for p in people(rec) if p[1] == "lead_inspector"] == want


@pytest.mark.parametrize("team, want", [
    ("\nLead inspector:\nAnn Bell\n", [("Ann Bell", "lead_inspector", "")]),
    ("\nLead inspector:\nAnn Bell, HMI\n", [("Ann Bell", "lead_inspector", "HMI")]),
    # not: a blank line and then a heading
    ("\nLead inspector:\n\nFindings And Next Steps\n", []),
])
def test_r02dev_lead_label_alone_in_a_letter(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nCy Dunn\nHMI"))
    # the signer is the letter's, named either way
    assert [p for p in people(rec) if p[0] != "Cy Dunn"] == want


# s4849dev
# A council's cabinet or committee report known by its head ('Report by Corporate Director
# of ...', 'Division(s): All') is a secondary text even where its key facts copy a report's
# 'Lead inspector:' line; its flattened grade list is read. Not an Ofsted report whose head
# has none of them.
S4849_CABINET = (
    "Division(s): All\n\nCABINET - 12 MARCH 2025\n\nOUTCOME OF THE OFSTED INSPECTION OF "
    "KELBY COUNTY COUNCIL CHILDREN'S SERVICES\n\n{head}\n\n1. The Cabinet is RECOMMENDED to "
    "note the outcome of the Ofsted inspection.\n\n2. Ofsted inspected Kelby County "
    "Council's children's services in January 2025. The inspection report was published "
    "on 28 February 2025.\n\n3. Key facts:\n\nOn-site dates: 13/01/2025 - 24/01/2025\n"
    "Lead inspector: HMI (name withheld)\n\n4. Kelby's children's services have been judged "
    "good overall. The grades for each area are:\n\n- The impact of leaders on social work "
    "practice with children and families: Good\n- The experiences and progress of children "
    "who need help and protection: Good\n- The experiences and progress of children in "
    "care: Good\n- The experiences and progress of care leavers: Outstanding\n")


@pytest.mark.parametrize("head", [
    "Report by Corporate Director of Children's Services",
    "Report of the Director of Children's Services",
])
def test_s4849dev_cabinet_report_head(nlp, head) -> None:
    rec = run(nlp, S4849_CABINET.format(head=head))
    assert rec["report"]["document_type"] == "news_article"
    assert grades_of(rec) == {"overall_effectiveness": "good", "impact_of_leaders": "good",
                              "help_and_protection": "good", "children_in_care": "good",
                              "care_leavers": "outstanding"}
    assert visit_of(rec) == ("2025-01-13", "2025-01-24", "2025-02-28")


def test_s4849dev_cabinet_head_not_in_ofsted_report(nlp) -> None:
    text = ("Inspection of Kelby County Council children's services\n\nInspection dates: 13 "
            "to 24 January 2025\n\nLead inspector: Ann Example, His Majesty's Inspector\n\n"
            "Judgement Grade\nOverall effectiveness Good\n\nThe report by the director of "
            "children's services to the cabinet sets out the plan.\n")
    assert run(nlp, text)["report"]["document_type"] != "news_article"


# An item's own day on its dateline: a release's numeric date after a bar ('News release |
# 24.07.2015'), a date alone before a byline ('27 March 2026 | By A Reporter'), a byline then
# 'Published:' ('By A Reporter | Published: 04.09.2026'); and a council's report published
# by the watchdog today. Not a date after a meeting's label, nor the council's own report
# published today.
@pytest.mark.parametrize("top, body, want", [
    ("Kelby County Council\nNews release | 24.07.2025\n",
     "The inspection report, published today, rates the services good.", "2025-07-24"),
    ("27 March 2026 | By Ann Writer\n",
     "The report, published yesterday, rates the services good.", "2026-03-26"),
    ("By Ann Writer | Published: 04.09.2026\n",
     "The services were rated good in a report published on Tuesday.", "2026-09-01"),
    ("Friday 9 February 2018, 14:37\n",
     "The city council's report was published by the education watchdog today.",
     "2018-02-09"),
    # not
    ("Kelby County Council\nCabinet | 24.07.2025\n",
     "The inspection report, published today, rates the services good.", None),
    ("Friday 9 February 2018, 14:37\n",
     "The city council's report was published today.", None),
])
def test_s4849dev_dateline_forms(nlp, top, body, want) -> None:
    text = (f"Kelby Gazette\n{top}\nKelby children's services rated good by Ofsted\n\n"
            f"Children's services in Kelby have been rated good by Ofsted. {body}\n")
    got = visit_of(run(nlp, text))[2]
    assert (got or None) == want


# Inspectors coming back for weeks in months ('Inspectors returned for four weeks in June and
# July this year', a re-inspection's visit); not someone else returning, nor the inspectors
# returning to a neighbour.
S4849_HEAD = ("Kelby Post\nThursday 7 September 2017\n\nKelby children's services rated good\n\n"
              "Children's services in Kelby have been judged good by Ofsted. ")


@pytest.mark.parametrize("body, want", [
    ("Inspectors returned for four weeks in June and July this year.",
     [("2017-06", "month")]),
    ("Ofsted came back for two weeks in June.", [("2017-06", "month")]),
    # not
    ("The council's staff returned for four weeks in June to their old offices.", []),
    ("Inspectors returned to neighbouring Ryton for four weeks in June.", []),
])
def test_s4849dev_inspectors_returned_for_weeks(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{S4849_HEAD}{body}\n"), "inspection_start") == want


# A key facts label giving the earlier grade and when ('Previous ILACS judgement: requires
# improvement to be good (July 2019)') dates the previous inspection; a council's creation
# after 'inspection of ... since' ('since it was created in April 2023') does not, while the
# services last inspected so still do.
@pytest.mark.parametrize("body, want", [
    ("Inspectors visited from 3 to 14 March 2017.\n\nPrevious ILACS judgement: requires "
     "improvement to be good (July 2014)", [("2014-07", "month")]),
    ("Inspectors visited from 3 to 14 March 2017.\n\nLast Ofsted rating: good, March 2013",
     [("2013-03", "month")]),
    ("Inspectors visited from 3 to 14 March 2017. It was the first inspection of children's "
     "services since they were last inspected in March 2013.", [("2013-03", "month")]),
    # not
    ("Inspectors visited from 3 to 14 March 2017. It was the council's first inspection of "
     "children's services since it was created in April 2015.", []),
    ("Inspectors visited from 3 to 14 March 2017. It was the first inspection of the trust "
     "since it was set up in 2015.", []),
])
def test_s4849dev_previous_key_facts_not_creation(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{S4849_HEAD}{body}\n"), "previous_inspection") == want


# The one area told by its grade in a relative clause with 'still' or 'also' before the
# grade ('The one area that still requires improvement is help and protection'); not a
# sentence that names no area after 'is'.
S4849_MP = ("Kelby children's services rated good by Ofsted\n\nMP's update, 14 December 2022\n\n"
            "I was delighted to read Ofsted's report on Kelby Council's services for children, "
            "which rates them good overall.\n\n")


@pytest.mark.parametrize("body, want", [
    ("The one area that still requires improvement is help and protection.",
     {"overall_effectiveness": "good", "help_and_protection": "requires_improvement"}),
    ("The one area that also requires improvement is help and protection.",
     {"overall_effectiveness": "good", "help_and_protection": "requires_improvement"}),
    # not
    ("The one area that still requires improvement is being worked on by staff.",
     {"overall_effectiveness": "good"}),
])
def test_s4849dev_one_area_still_requires_improvement(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{S4849_MP}{body}\n")) == want


# The authority as the headline names it: a cabinet report's title in capitals under its
# division and meeting lines ('OUTCOME OF THE OFSTED INSPECTION OF KELBY COUNTY COUNCIL
# CHILDREN'S SERVICES': 'Kelby County Council', as the body spells it); a councillor's author
# line with no council name ('Cllr Ann Lee - Cabinet Member for Children and Young People')
# over the headline ('... found in Kelby': 'Kelby'). Not a first line that goes on to say
# something ('Cllr Ann Lee - Cabinet Member for Children welcomes Ofsted report').
def test_s4849dev_cabinet_title_in_capitals(nlp) -> None:
    rec = run(nlp, S4849_CABINET.format(head="Report by Corporate Director of Children's "
                                             "Services"))
    assert rec["report"]["local_authority"] == "Kelby County Council"


@pytest.mark.parametrize("first, want", [
    ("Cllr Ann Lee - Cabinet Member for Children and Young People\n\n"
     "What Ofsted's focused visit found in Kelby", "Kelby"),
    # not
    ("Cllr Ann Lee - Cabinet Member for Children welcomes Ofsted report", "Kelby Council"),
])
def test_s4849dev_councillor_author_line(nlp, first, want) -> None:
    text = (f"{first}\n\nPosted on 10 December 2021 by Cllr Ann Lee\n\nOfsted inspectors "
            "carried out a focused visit to Kelby Council on 2 and 3 November 2021, looking "
            "at children in care. This was what Ofsted calls a focused visit.\n")
    assert run(nlp, text)["report"]["local_authority"] == want


# The one area named after 'is' by the support for those it serves ('The one area still said
# to require improvement is support for young people leaving care'); not support for a
# group no area serves.
@pytest.mark.parametrize("body, want", [
    ("The one area still said to require improvement is help and protection.",
     {"overall_effectiveness": "good", "help_and_protection": "requires_improvement"}),
    ("The one area that still requires improvement is support for children who need help "
     "and protection.",
     {"overall_effectiveness": "good", "help_and_protection": "requires_improvement"}),
    # not
    ("The one area that still requires improvement is support for staff.",
     {"overall_effectiveness": "good"}),
])
def test_s4849dev_one_area_is_support_for(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{S4849_MP}{body}\n")) == want


# rf21
# A lead's label alone on its line names no lead where the name on the next line is an
# addressee's: the line after it an office held or a council ('Lead inspector:' / 'Mrs Anne
# Smith' / 'Director of Children's Services'). The label's form with the lead's name stays.
@pytest.mark.parametrize("team, want", [
    ("\nLead inspector:\nAnn Bell\n", [("Ann Bell", "lead_inspector", "")]),
    ("\nLead inspector:\nAnn Bell, HMI\nTeam inspector: Di Eve, HMI\n",
     [("Ann Bell", "lead_inspector", "HMI")]),
    # not: an addressee's block after the label
    ("\nLead inspector:\nMrs Anne Smith\nDirector of Children's Services\nBrindle Council\n", []),
    ("\nLead inspector:\nAnne Smith\nInterim Executive Director, People\n", []),
    ("\nLead inspector:\nAnne Smith\nBrindle Council\n", []),
])
def test_rf21_lead_label_alone_not_an_addressee(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nCy Dunn\nHMI"))
    assert [p for p in people(rec) if p[0] != "Cy Dunn" and p[1] == "lead_inspector"] == want


# 'Today' before Ofsted publishing its report dates the statement's report; not a report on a
# setting or on another council ('Today Ofsted published its report on St Mary's School').
@pytest.mark.parametrize("sentence, want", [
    ("Today Ofsted published its report on Thornleigh's services for children.", "2020-03-03"),
    # not
    ("Today Ofsted published its report on St Mary's School in Thornleigh.", None),
    ("Today Ofsted published its report on neighbouring Ryton's services.", None),
    ("This morning the inspectorate published its report on two children's homes.", None),
])
def test_rf21_today_ofsted_published_a_settings_report(nlp, sentence, want) -> None:
    text = ("London Borough of Thornleigh\nStatement from the Leader of the Council\n\nTuesday "
            "3 March 2020\n\nOfsted rates Thornleigh children's services outstanding\n\n"
            "Ofsted inspected our services between 20 and 31 January 2020. "
            f"{sentence} Our children's services have been judged outstanding.\n")
    assert visit_of(run(nlp, text)) == ("2020-01-20", "2020-01-31", want)


# A weekday a report came out on, in a news item under its own date, dates the report; not a
# setting's report, its possessive before it ('the school's Ofsted report was published on
# Monday').
@pytest.mark.parametrize("sentence, want", [
    ("The Ofsted report was published on Monday.", "2022-07-18"),
    # not
    ("The school's Ofsted report was published on Monday.", None),
    ("The children's home's report was published on Monday.", None),
])
def test_rf21_weekday_a_settings_report(nlp, sentence, want) -> None:
    text = ("Kelby services praised\n\nFriday 22 July 2022\n\nOfsted inspected Kelby Council's "
            f"children's services from 4 to 15 July 2022 and rated them good. {sentence}\n")
    assert visit_of(run(nlp, text)) == ("2022-07-04", "2022-07-15", want)


# grades22
# --- Round grades22 (session 22): grades, authority and type in secondary sources (issue 8).
# A setting's grade (a school by its name, even one named after the town, a children's home
# in apposition) is no council's overall grade; the grade stays the service's where the
# setting is only added to the subject ('Kelby Council, which runs two children's homes').
G22_HEAD = ("Kelby Post\nThursday 10 October 2024\n\nKelby children's services inspected\n\n"
            "Ofsted inspectors visited Kelby Council's children's services from 2 to 13 "
            "September 2024 and found help and protection good. ")


@pytest.mark.parametrize("body, want", [
    ("Kelby Primary School was rated outstanding by Ofsted last month.", {}),
    ("Kelby High has been judged outstanding by Ofsted.", {}),
    ("Kelby Academy is now rated good.", {}),
    ("Oak Lodge, one of the council's children's homes, was rated outstanding by Ofsted in "
     "May.", {}),
    ("Our residential home, Oak Lodge, was rated outstanding in May.", {}),
    ("St Anne's, a primary in the town, has been judged outstanding by Ofsted.", {}),
    # the service's: the setting only added to the subject, or the service's own clause
    ("Kelby Council, which runs two children's homes, was rated good by Ofsted.",
     {"overall_effectiveness": "good"}),
    ("Kelby's children's services, including its children's homes, were rated good.",
     {"overall_effectiveness": "good"}),
    ("St Anne's Primary was rated outstanding last month, and the council's children's "
     "services were rated good.", {"overall_effectiveness": "good"}),
])
def test_grades22_a_settings_grade_is_no_councils(nlp, body, want) -> None:
    got = grades_of(run(nlp, f"{G22_HEAD}{body}\n"))
    assert got == {"help_and_protection": "good", **want}


# Leadership told by the way the service is led: leadership, management and governance under
# the single inspection framework, the impact of leaders under ILACS; not a change in it.
@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD24, "Inspectors said the way the service is led, managed and governed was "
     "outstanding.", {"impact_of_leaders": "outstanding"}),
    (SG20_HEAD16, "Kelby's children's services are inadequate, Ofsted said. The help and "
     "protection children receive was inadequate, and so was the way the service is led, "
     "managed and governed.", {"overall_effectiveness": "inadequate",
                               "help_and_protection": "inadequate",
                               "leadership_management_governance": "inadequate"}),
    (SG20_HEAD19, "How well the council is run was judged good.", {"impact_of_leaders": "good"}),
    (SG20_HEAD19, "They judged the way the service is led and managed to require improvement.",
     {"impact_of_leaders": "requires_improvement"}),
    # not
    (SG20_HEAD19, "Kelby's children's services are good, Ofsted said. The way the council is "
     "led was judged inadequate in 2016.", {"overall_effectiveness": "good"}),
    (SG20_HEAD19, "The director said the way the service is led had changed.", {}),
])
def test_grades22_leadership_told_by_how_the_service_is_led(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# A count of parts or areas with its grade before a colon grades each item after it, the
# first too; an earlier inspection's so told grades none.
@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD24, "Two parts of the service were rated good: help and protection, and "
     "leadership.", {"help_and_protection": "good", "impact_of_leaders": "good"}),
    (SG20_HEAD24, "Two of the four areas were judged to require improvement: the experiences "
     "and progress of children in care, and the impact of leaders.",
     {"children_in_care": "requires_improvement", "impact_of_leaders": "requires_improvement"}),
    (SG20_HEAD16, "Three areas were rated good: help and protection, adoption performance, "
     "and the experiences and progress of care leavers.",
     {"help_and_protection": "good", "adoption_performance": "good", "care_leavers": "good"}),
    (SG20_HEAD16, "Two parts of the service were rated good: the council's adoption "
     "performance, and the experiences and progress of care leavers, where inspectors found "
     "that personal advisers stay in touch.",
     {"adoption_performance": "good", "care_leavers": "good"}),
    # not
    (SG20_HEAD24, "Two parts of the service were rated good in 2019: help and protection, and "
     "leadership.", {}),
])
def test_grades22_a_list_after_a_colon(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# 'The help and protection children receive' is one area's name, which a list may join to the
# next: both take the grade after them.
@pytest.mark.parametrize("head, body, want", [
    (SG20_HEAD24, "The help and protection children receive and the experiences and progress "
     "of children in care were judged good.",
     {"help_and_protection": "good", "children_in_care": "good"}),
    (SG20_HEAD19, "The help and protection that families receive was judged outstanding.",
     {"help_and_protection": "outstanding"}),
    # not: the grade of another clause
    (SG20_HEAD24, "The help and protection children receive was praised by inspectors, and "
     "the experiences and progress of children in care were judged good.",
     {"children_in_care": "good"}),
])
def test_grades22_help_and_protection_children_receive(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# The visit's days set off by commas after 'The inspection' are no earlier grade's clause
# ('from' opens one only before a grade: 'from inadequate to good'); 'will' telling what
# readers already know ('Many members will have seen that ...') is no hope.
@pytest.mark.parametrize("body, want", [
    ("The inspection, from 2 to 13 September 2019, found that the help and protection "
     "children receive requires improvement.", {"help_and_protection": "requires_improvement"}),
    ("The inspection, from 30 September to 11 October 2019, found that the impact of leaders "
     "is good.", {"impact_of_leaders": "good"}),
    ("Many members will have seen that Kelby Council's children's services were judged "
     "inadequate by Ofsted.", {"overall_effectiveness": "inadequate"}),
    ("As many of you will know, Kelby Council's children's services have been rated good.",
     {"overall_effectiveness": "good"}),
    # not: a move from a grade, a hope
    ("Kelby's children's services are good, Ofsted said. Help and protection has improved, "
     "from inadequate, in 2016.", {"overall_effectiveness": "good"}),
    ("Leaders said help and protection will be outstanding next time.", {}),
])
def test_grades22_the_visits_days_and_what_readers_know(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{SG20_HEAD19}{body}\n")) == want


# The authority under a masthead: a union branch's name is where the branch sits, not the
# council the item is about; a council's name with 'news' after it; a newsletter's subtitle
# opening with its kind and an issue line in either order above the headline.
@pytest.mark.parametrize("top, headline, body, want", [
    ("UNISON Northshire County Branch\nBranch news", "Members warned for years about "
     "caseloads, says branch", "Ashby Vale's children's services have been rated inadequate "
     "by Ofsted. Ashby Vale is not part of Northshire County Council.", "Ashby Vale"),
    ("UNISON Northshire County Branch\nMembers' bulletin", "Ofsted verdict: what happens now",
     "Many members will have seen that Northshire County Council's children's services were "
     "judged inadequate by Ofsted.", "Northshire County Council"),
    ("Kelby UNISON", "Kelby children's services rated inadequate", "Kelby Borough Council's "
     "children's services have been rated inadequate by Ofsted.", "Kelby"),
    ("Kelby Council news", "Ofsted rates Kelby children's services good", "Kelby Council's "
     "children's services have been rated good by Ofsted.", "Kelby"),
    ("The Fostering Fellside\nNewsletter of the Kelby and Ryton Foster Carers' Association\n"
     "Issue 14 | October 2025", "Ofsted: Kelby and Ryton rated good", "Kelby and Ryton "
     "Council's children's services have been rated good by Ofsted.", "Kelby and Ryton"),
    ("KELBY MATTERS\nSpring 2024 | Issue 42", "Children's services rated good",
     "Kelby Borough Council's children's services have been rated good by Ofsted.",
     "Kelby Borough Council"),
    ("Kelby Council\nFoster Carers' News | Issue 31 | Winter 2024", "Our children's services "
     "are good", "Ofsted inspected Kelby's children's services and rated them good.", "Kelby"),
    ("Eastmere County Labour Party\nLatest news", "Ofsted verdict on Portwick children's "
     "services", "Portwick Council's children's services have been judged inadequate by "
     "Ofsted. Eastmere County Council was not inspected.", "Portwick"),
    # not: a headline naming the union is still the headline
    ("", "UNISON says Kelby verdict is no surprise", "Kelby Borough Council's children's "
     "services have been rated inadequate by Ofsted.", "Kelby"),
])
def test_grades22_the_authority_under_a_masthead(nlp, top, headline, body, want) -> None:
    text = f"{top}\n\n{headline}\n\n{body}\n" if top else f"{headline}\n\n{body}\n"
    rep = run(nlp, text)["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


# s51dev (session 22): the general forms behind secondary_unseen51's misses.
# A speaker's 'it is good to see ...' grades nothing, though 'it' follows a sentence naming
# the service; a grade told at the last (or previous) inspection is that inspection's, in a
# focused visit's item as in a graded one's.
S51_FOCUSED = ("Ofsted focused visit praises work with children in care\n\n"
               "Published 16 May 2019\n\nOfsted inspectors have praised the work of Kelby "
               "Council's social workers after a focused visit to the borough's children's "
               "services on 9 and 10 April 2019. ")


@pytest.mark.parametrize("head, body, want", [
    (S51_FOCUSED, "Kelby's children's services were rated good at their last full inspection, "
     "in 2017.\n\nCouncillor Ann Lee said: \"This is a really positive letter, and it is good "
     "to see inspectors recognise the care of our staff.\"", {}),
    (S51_FOCUSED, "Kelby's children's services were judged good at the previous inspection, in "
     "2017. It was good to hear what inspectors said about our foster carers.", {}),
    (S51_FOCUSED, "The council's services were rated good at their most recent inspection "
     "before this visit, in 2017.", {}),
    (SG20_HEAD19, "Kelby Council's children's services have been rated outstanding. They were "
     "rated good at their last full inspection, in 2015.",
     {"overall_effectiveness": "outstanding"}),
    (SG20_HEAD19, "Kelby's children's services were rated good at their last full inspection, "
     "in 2015. It is good to see that Kelby's children's services are now outstanding.",
     {"overall_effectiveness": "outstanding"}),
    # not: a grade given now stays one beside the feeling, and 'it' for the service still
    # takes its grade; the grade's own words 'to be good' are no feeling
    (SG20_HEAD19, "Kelby's children's services were rated good. It is good to see our staff "
     "recognised.", {"overall_effectiveness": "good"}),
    (SG20_HEAD19, "Kelby's children's services were inspected in September. It was rated "
     "good.", {"overall_effectiveness": "good"}),
    (SG20_HEAD19, "Kelby's children's services were inspected. Help and protection was judged "
     "to require improvement to be good.", {"help_and_protection": "requires_improvement"}),
])
def test_s51dev_good_to_see_and_the_last_full_inspections_grade(nlp, head, body, want) -> None:
    assert grades_of(run(nlp, f"{head}{body}\n")) == want


# Ofsted's last (or previous) 'look' at the services, a noun, is an earlier inspection as
# 'looked at' is; a report told with a relative clause between it and its verb ('The report
# from the short inspection, which ran from 9th to 13th May 2022, was published on Friday')
# is dated by the weekday from the item's own date.
@pytest.mark.parametrize("body, kind, want", [
    ("Ofsted's last full look at the borough's safeguarding services, in June 2012, judged "
     "them adequate.", "previous_inspection", [("2012-06", "month")]),
    ("The previous Ofsted look at Kelby's services, in 2019, found them good.",
     "previous_inspection", [("2019", "year")]),
    # not: a look that is no inspection's, or not before this one
    ("Councillors will take a last look at the plan in June 2025.", "previous_inspection", []),
    ("The report from the inspection, which ran from 3 to 14 March 2025, was published on "
     "Tuesday.", "publication", [("2025-04-08", "day")]),
    ("Ofsted's report, which found practice had improved, was published last Friday.",
     "publication", [("2025-04-04", "day")]),
    # not: a school's report, another authority's, or a weekday the report was discussed
    ("The school's report, which praised its pastoral care, was published on Tuesday.",
     "publication", []),
    ("The report on neighbouring Ryton, which ran to 40 pages, was published on Tuesday.",
     "publication", []),
    ("The report, which councillors discussed on Tuesday, was published in March.",
     "publication", [("2025-03", "month")]),
])
def test_s51dev_a_last_look_and_a_report_with_a_relative_clause(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# The body's first naming of the council, with a possessive, where the headline names no part
# of the authority, stands before the place's name alone found further down by a rule tried
# earlier (the secondary sets' convention: as the text first names it).
@pytest.mark.parametrize("headline, body, want", [
    ("Ofsted focused visit finds 'strong practice' with children in care",
     "Ofsted inspectors have praised the work of Kelby Council's social workers after a "
     "focused visit. Kelby's children's services were rated good at their last full "
     "inspection, in 2017.", "Kelby Council"),
    ("Our Ofsted inspection", "Ofsted inspected Kelby Borough Council's services for children "
     "in November 2023. Inspectors judged Kelby's children's services to be good overall.",
     "Kelby Borough Council"),
    # not: a headline naming the place keeps its form; a council named with no possessive
    # (a speaker's office) is no naming of the inspection's subject
    ("Kelby children's services still good", "Ofsted inspectors have praised the work of "
     "Kelby Council's social workers. Kelby's children's services were rated good.", "Kelby"),
    ("Ofsted verdict welcomed", "Councillor Ann Lee, of Kelby Council, said she was pleased. "
     "Kelby's children's services were rated good by Ofsted.", "Kelby"),
])
def test_s51dev_the_council_the_body_names_first(nlp, headline, body, want) -> None:
    rep = run(nlp, f"{headline}\n\n{body}\n")["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


# sleft23
# --- Round sleft23 (session 23): forms session 22 left in secondary sources (issue 8) ---
# A Title Case headline: the words before the authority's name (a preposition, a conjunction
# or a verb in capitals) are no part of it; a name inside a place's name ('Upon', 'Of',
# 'With') stays whole.
@pytest.mark.parametrize("headline, body, want", [
    ("Inadequate Rating Blow For Ryton County Council", "The county's children's services "
     "have been rated inadequate by Ofsted after inspectors found serious failings.",
     "Ryton County Council"),
    ("Inadequate Rating Blow For Ryton Council", "Ryton County Council's children's services "
     "have been rated inadequate by Ofsted.", "Ryton Council"),
    ("Good News For Kelby Borough Council As Ofsted Praises Social Workers", "Inspectors "
     "rated the council's children's services good.", "Kelby Borough Council"),
    ("Staff Welcome Ashby Ofsted Result", "Ashby's director of children's services said "
     "staff were delighted. Ofsted rated the council's services good.", "Ashby"),
    # a name's own capitalised words ('Upon', 'With') stay, the verb before it is cut
    ("Ofsted Rates Newcastle Upon Tyne Council Good", "The council's children's services "
     "have been rated good by Ofsted.", "Newcastle Upon Tyne Council"),
    ("Blackburn With Darwen Borough Council Rated Good", "The council's children's services "
     "have been rated good by Ofsted.", "Blackburn With Darwen Borough Council"),
    # not: a headline in sentence case keeps its form
    ("Kelby children's services rated inadequate", "Kelby Council's children's services have "
     "been rated inadequate by Ofsted.", "Kelby"),
])
def test_sleft23_title_case_headline_authority(nlp, headline, body, want) -> None:
    rep = run(nlp, f"{headline}\n\n{body}\n")["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


# A breadcrumb trail whose last step is a section's label alone ('Children's services') is
# no headline: the line under it is; a last step naming Ofsted or an inspection still is.
@pytest.mark.parametrize("trail, headline, body, want", [
    ("Home > News > Children's services", "Kelby children's services rated good by Ofsted",
     "Kelby Council's children's services have been rated good by Ofsted.", "Kelby"),
    ("Home › Your council › Children and families services", "Ofsted rates Ryton good",
     "Ryton Borough Council's children's services have been rated good by Ofsted.", "Ryton"),
    # not: a last step that names the inspection is the headline
    ("Kelby Carers' Forum > General discussion > Ofsted report on Ryton - what now?",
     "Posted by fostermum22", "Ryton Borough Council's children's services have been rated "
     "inadequate by Ofsted.", "Ryton"),
])
def test_sleft23_breadcrumb_ending_in_a_section(nlp, trail, headline, body, want) -> None:
    rep = run(nlp, f"{trail}\n\n{headline}\n\n{body}\n")["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


# Grades: a fronted clause whose earlier time dates no inspection or grade leaves the grade
# after it this inspection's; a relative clause that only says what the subject holds gives
# its area no grade, and one telling the grade the subject had is earlier; praise is no
# grade; the way the council protects children is help and protection.
@pytest.mark.parametrize("body, want", [
    ("Despite problems at two of its children's homes last year, Kelby's children's services "
     "were rated good overall.", {"overall_effectiveness": "good"}),
    ("After a difficult year in 2018, Kelby's children's services were rated good.",
     {"overall_effectiveness": "good"}),
    ("After being rated inadequate last year, the council's children's services are now "
     "good, Ofsted says.", {"overall_effectiveness": "good"}),
    ("The council's children's services, which include the town's virtual school for "
     "children in care, were rated good.", {"overall_effectiveness": "good"}),
    ("Help and protection, which had been inadequate, was judged good.",
     {"help_and_protection": "good"}),
    ("Ofsted published its report on Tuesday, which rated the help and protection of "
     "children good.", {"help_and_protection": "good"}),
    ("The council was judged good, and the report praised the experiences of care leavers.",
     {"overall_effectiveness": "good"}),
    ("Kelby's children's services were judged good, and inspectors highlighted the support "
     "for children in care.", {"overall_effectiveness": "good"}),
    ("The council's services require improvement, and the way it protects children was "
     "judged inadequate.", {"overall_effectiveness": "requires_improvement",
                            "help_and_protection": "inadequate"}),
    ("Inspectors said the way the council protects children was judged inadequate.",
     {"help_and_protection": "inadequate"}),
    # not: a fronted clause naming an inspection or a grade, a time a relative clause tells,
    # an area glued to the grade, an area the relative clause itself grades
    ("Following Ofsted's visit last year, the council's services were judged inadequate.", {}),
    ("Since last year, when the council's services were judged inadequate, leaders have "
     "worked hard.", {}),
    ("Kelby's children's services were judged good, and the experiences of care leavers "
     "too.", {"overall_effectiveness": "good", "children_in_care_and_care_leavers": "good"}),
    ("Help and protection, which covers the front door, was judged outstanding.",
     {"help_and_protection": "outstanding"}),
])
def test_sleft23_grades(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{SG20_HEAD19}{body}\n")) == want


# Dates: 'last looked at' is an earlier inspection only where the inspectorate or an
# inspection is named; a month's text keeps no sentence's full stop (a short form's own
# point stays).
@pytest.mark.parametrize("body, kind, want", [
    ("Councillors last looked at the budget in January 2019.", "previous_inspection", []),
    ("The cabinet last looked at the improvement plan in May 2022.", "previous_inspection",
     []),
    # not: the inspectorate's look
    ("Ofsted last looked at the council's services in March 2021.", "previous_inspection",
     [("2021-03", "month")]),
    ("When inspectors last looked at Kelby's children's services, in June 2018, they found "
     "them inadequate.", "previous_inspection", [("2018-06", "month")]),
])
def test_sleft23_a_look_that_is_no_inspection(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


@pytest.mark.parametrize("body, want", [
    ("Inspectors visited in March.", {"inspection_start": "March"}),
    ("The inspection took place in February. The report was published on 8 April.",
     {"inspection_start": "February", "publication": "8 April"}),
    # not: an abbreviated month keeps its point
    ("Children's services were last inspected in Sept. 2021.",
     {"previous_inspection": "Sept. 2021"}),
    ("Inspectors visited in Feb.", {"inspection_start": "Feb."}),
])
def test_sleft23_a_months_text_has_no_full_stop(nlp, body, want) -> None:
    rows = run(nlp, f"{SD21_HEAD}{body}\n")["tables"]["dates"]
    assert {r["kind"]: r["text"] for r in rows if r["kind"] in want} == want


# s54dev: secondary_unseen54's forms. Help and protection named by the children it is offered
# to as at risk ('the help and protection offered to children at risk', in a list of areas
# given 'the same grade'); the one area 'to be rated' a grade ('The one area to be rated good
# was adoption performance'); an earlier inspection told as the authority's last full one by
# the years since ('was last fully inspected three years ago'). Not another council's grade
# or inspection, a grade still hoped for, or a neighbour's.
S54_HEAD = ("Kelby Post\nThursday 20 March 2014\n\nOfsted: Kelby must improve\n\n"
            "Kelby Council's services for children require improvement, according to an "
            "Ofsted report published yesterday. The inspection ran from 13 January to 5 "
            "February. ")
S54_SAME = ("The watchdog rated the council's overall effectiveness as requires improvement. "
            "It gave the same grade to the help and protection offered to children at risk, to "
            "the services for children looked after and achieving permanence and to the "
            "council's leadership, management and governance.")


@pytest.mark.parametrize("body, want", [
    (S54_SAME, {("help_and_protection", "requires_improvement"),
                ("looked_after_and_permanence", "requires_improvement"),
                ("leadership_management_governance", "requires_improvement")}),
    ("Inspectors judged the help and protection offered to children at risk of harm good.",
     {("help_and_protection", "good")}),
    ("The one area to be rated good was adoption performance, where inspectors praised the "
     "speed with which children are matched with new families.",
     {("adoption_performance", "good")}),
    # not: another council's grade, a grade still hoped for
    ("Neighbouring Ryton was rated good. It gave the same grade to the help and protection "
     "offered to children at risk.", set()),
    ("The one area to be rated good in neighbouring Ryton was adoption performance.", set()),
    ("The council hopes the next area to be rated good will be adoption performance.", set()),
    ("The one area it hopes to be rated good is adoption performance.", set()),
])
def test_s54dev_at_risk_and_the_one_area_to_be_rated(nlp, body, want) -> None:
    rec = run(nlp, f"{S54_HEAD}{body}\n")
    got = {(j["area"], j["grade"]) for j in rec["tables"]["judgements"]}
    assert got - {("overall_effectiveness", "requires_improvement")} == want


@pytest.mark.parametrize("body, want", [
    ("Kelby Council was last fully inspected three years ago, when it was rated good.",
     [("2022", "year")]),
    ("The council was last fully inspected two years ago.", [("2023", "year")]),
    # not: another council's or a neighbour's inspection, one still to come
    ("Ryton Council was last fully inspected three years ago, when it was rated good.", []),
    ("Neighbouring Ryton was last fully inspected three years ago, when it was rated good.",
     []),
    ("Ryton was last fully inspected in 2019, when it was rated good.", []),
    ("Ryton's services were last fully inspected three years ago.", []),
    ("The council expects to be fully inspected again in three years.", []),
])
def test_s54dev_last_fully_inspected_years_ago(nlp, body, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), "previous_inspection") == want


# sleft23b
# --- Round sleft23b (session 23): five forms round sleft23 left (issue 8) ---
# Help and protection named by the way a place, by its name, protects children ('the way
# Kelby protects children'), as by 'the way the council protects children'; not the
# inspectorate's own way.
@pytest.mark.parametrize("body, want", [
    ("The way Kelby protects children was judged inadequate.",
     {"help_and_protection": "inadequate"}),
    ("Inspectors judged the way Kelby Borough Council protects children inadequate.",
     {"help_and_protection": "inadequate"}),
    ("How Kelby helps and protects children was rated good.", {"help_and_protection": "good"}),
    # not: the inspectorate's way, a sentence opening with 'This'
    ("The way Ofsted protects children was judged inadequate.", {}),
    ("This way the council protects children, inspectors judged, is new.", {}),
])
def test_sleft23b_the_way_a_place_protects_children(nlp, body, want) -> None:
    assert grades_of(run(nlp, f"{SG20_HEAD19}{body}\n")) == want


# A breadcrumb trail may part its steps by a spaced slash where it opens with the site's
# home step; a line of grades parted by slashes is no trail.
@pytest.mark.parametrize("trail, headline, body, want", [
    ("Home / News / Children's services", "Kelby children's services rated good by Ofsted",
     "Kelby Council's children's services have been rated good by Ofsted.", "Kelby"),
    ("You are here: Home / Your council / Children and families services",
     "Ofsted rates Ryton good", "Ryton Borough Council's children's services have been "
     "rated good by Ofsted.", "Ryton"),
    # not: a last step that names the inspection is the headline
    ("Home / News / Ofsted report on Ryton - what now?", "Posted by fostermum22",
     "Ryton Borough Council's children's services have been rated inadequate by Ofsted.",
     "Ryton"),
])
def test_sleft23b_breadcrumb_parted_by_slashes(nlp, trail, headline, body, want) -> None:
    rep = run(nlp, f"{trail}\n\n{headline}\n\n{body}\n")["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


def test_sleft23b_grades_parted_by_slashes_are_no_trail() -> None:
    import json
    import re

    news = json.loads((ROOT / "pipeline/nlp/resources/doctype_news.json").read_text())
    nav = re.compile(news["navigation"], re.M)
    assert nav.match("Home / News / Children's services")
    assert not nav.match("Good / Good / Requires improvement to be good")
    assert not nav.match("Home / News")


# A Title Case headline capitalises 'Children's Services': the name before them is the
# authority's where the body names none; a capitalised 'On' is the headline's, never
# crossed ('Verdict On Ryton ...' is no name), and the body's name is kept.
@pytest.mark.parametrize("headline, body, want", [
    ("Ryton Children's Services Rated Good By Ofsted", "The council's children's services "
     "have been rated good by Ofsted.", "Ryton"),
    ("Kelby Borough Council Children's Services Judged Inadequate", "Inspectors rated the "
     "council's children's services inadequate.", "Kelby Borough Council"),
    # not: the headline's 'On' taken into the name
    ("Verdict On Ryton Children's Services Is Good", "Ryton's children's services have been "
     "rated good by Ofsted.", "Ryton"),
])
def test_sleft23b_title_case_childrens_services(nlp, headline, body, want) -> None:
    rep = run(nlp, f"{headline}\n\n{body}\n")["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


# Dates: a year after a month and a comma ('in May, 2021') is the month's; a part of the
# month ('early April', 'late March') dates an earlier inspection or the report as the month
# alone does. Not a number after a month's comma ('In May, 2,000 children ...').
@pytest.mark.parametrize("body, kind, want", [
    ("Inspectors visited in May, 2021.", "inspection_start", [("2021-05", "month")]),
    ("The council was last inspected in May, 2021.", "previous_inspection",
     [("2021-05", "month")]),
    ("The council was last inspected in early April 2019.", "previous_inspection",
     [("2019-04", "month")]),
    ("The report was published in late March.", "publication", [("2025-03", "month")]),
    # not: a number after the month's comma
    ("In May, 2,000 children were referred to the front door.", "inspection_start", []),
    ("In May, 2,000 children were referred to the front door.", "previous_inspection", []),
])
def test_sleft23b_month_comma_year_and_part_of_month(nlp, body, kind, want) -> None:
    assert dates_of(run(nlp, f"{SD21_HEAD}{body}\n"), kind) == want


# s55dev: secondary_unseen55's forms. A trade item's byline alone on the line under (or over)
# the line that dates it, and a newspaper cutting's foot citing the paper, its date and page,
# mark a text about an inspection even where it copies a report's 'Inspection dates:' or
# 'Report published:' line; a class of councils told by its earlier grade ('a check on
# councils previously judged good') sets aside that clause alone. Not a byline with no date
# beside it, a foot with no page, or an earlier inspection named as the subject.
S55_BODY = ("Kelby keeps its good rating\n\nKelby Council's children's services remain good, "
            "Ofsted has found.\n\n")


@pytest.mark.parametrize("text, want", [
    (f"Kelby Gazette\n8 July 2022\nBy Ann Lee\n\n{S55_BODY}"
     "Inspection dates: 16 to 20 May 2022\n", "news_article"),
    (f"Kelby Gazette\nBy Ann Lee\nFriday 8 July 2022\n\n{S55_BODY}"
     "Inspection dates: 16 to 20 May 2022\n", "news_article"),
    (f"{S55_BODY}KEY FACTS\n\nReport published: Tuesday 5 July\n\n"
     "Kelby Evening Post, Friday 8 July 2022, page 4\n", "news_article"),
    # not: a byline with no date beside it, a foot with no page
    (f"Kelby Gazette\nBy Ann Lee\n\n{S55_BODY}Inspection dates: 16 to 20 May 2022\n", "other"),
    (f"{S55_BODY}KEY FACTS\n\nReport published: Tuesday 5 July\n\n"
     "Kelby Evening Post, Friday 8 July 2022\n", "other"),
    (f"{S55_BODY}Report published: 5 July 2022\n\nPage 4 of 12\n", "other"),
])
def test_s55dev_dated_byline_and_cutting_foot(nlp, text, want) -> None:
    rec = run(nlp, text)
    assert rec["report"]["document_type"] == want
    if want == "news_article":
        assert rec["report"]["local_authority"] == "Kelby"


S55_HEAD = ("Kelby Post\nFriday 8 July 2022\n\nKelby keeps its good rating\n\n"
            "Kelby Council's children's services remain good, Ofsted has found. The "
            "inspection ran from 16 to 20 May 2022. ")


@pytest.mark.parametrize("body, want", [
    ("The short inspection, Ofsted's lighter-touch check on councils previously judged good, "
     "rated Kelby Council good for the impact of leaders.", {("impact_of_leaders", "good")}),
    ("The inspection, a full one for authorities that were previously rated inadequate, "
     "judged the council good for help and protection.", {("help_and_protection", "good")}),
    # not: an earlier inspection as the subject, the class's own grade, an earlier grade
    ("The previous inspection, in 2019, rated the council inadequate for the impact of "
     "leaders.", set()),
    ("Councils previously judged inadequate for the impact of leaders get a full "
     "inspection.", set()),
    ("Inspectors previously judged the impact of leaders inadequate.", set()),
    ("The short inspection, Ofsted's lighter-touch check on councils previously judged good, "
     "was last carried out in 2018, when it rated the council inadequate for the impact of "
     "leaders.", set()),
])
def test_s55dev_class_told_by_earlier_grade(nlp, body, want) -> None:
    rec = run(nlp, f"{S55_HEAD}{body}\n")
    got = {(j["area"], j["grade"]) for j in rec["tables"]["judgements"]}
    assert got - {("overall_effectiveness", "good")} == want


# l39dev: letters_unseen39's signatures in two columns on a page of their own. A closing at
# the foot of a page ('Yours sincerely' / page number) leaves the side-by-side signatures to
# the top of the next page; they are read column by column there as under a closing on the
# same page, so two names on one line are two signers.
L39_SIG_TAIL = (
    "We look forward to the next steps.\n\nYours sincerely\n\n" + " " * 84 + "2\n\f"
    " Ofsted                                     Care Quality Commission\n\n"
    " Nathaniel Ormerod                          Priya Kendrick\n"
    " Regional Director, London                  Chief Inspector of Primary Medical Services\n"
    "                                            and Integrated Care\n\n"
    " Tamsin Greenhalgh                          Oluwaseun Bakare\n"
    " HMI Lead Inspector                         CQC Children’s Services Inspector\n")


def _l39_lines(text: str) -> list[str]:
    from pipeline.ingest.text import text_to_lines

    return [ln.text for ln in text_to_lines(text)[0]]


def test_l39dev_signatures_on_the_page_after_the_closing_read_by_column() -> None:
    lines = _l39_lines(L39_SIG_TAIL)
    assert "Nathaniel Ormerod" in lines and "Priya Kendrick" in lines
    assert "Tamsin Greenhalgh" in lines and "Oluwaseun Bakare" in lines
    assert lines.index("Tamsin Greenhalgh") + 1 == lines.index("HMI Lead Inspector")
    assert not any("Ormerod" in ln and "Kendrick" in ln for ln in lines)


@pytest.mark.parametrize("tail", [
    # the closing is not the page's last text: prose follows it there
    "Yours sincerely\n\nThe letter goes on after the closing on this page.\n",
    # no closing at all on the page before
    "We look forward to the next steps.\n\n" + " " * 84 + "2\n",
])
def test_l39dev_a_page_not_ending_in_its_closing_keeps_its_next_pages_columns(tail) -> None:
    text = (tail + "\f Summary table                    Next steps\n"
            " Children in care                 Review in spring\n")
    lines = _l39_lines(text)
    assert "Children in care                 Review in spring" in lines or \
        "Children in care Review in spring" in " ".join(lines)
    assert "Children in care" not in lines


def test_l39dev_ends_in_closing_form() -> None:
    from pipeline.ingest.layout_text import ends_in_closing

    assert ends_in_closing(["Yours sincerely", "", " " * 80 + "2"])
    assert ends_in_closing(["Yours sincerely", "", "Page 2 of 3"])
    assert not ends_in_closing(["Yours sincerely", "", "Marian Oldroyd"])
    assert not ends_in_closing(["We will write again.", "", "2"])


# l39dev: the signers' first column heading ('Ofsted') at the top of the page after the
# closing matches the letterhead on page 1, so it was dropped as a running head and the
# Ofsted director took the CQC heading. A line right after the closing, on the next page, is
# a running head only when the closing's own page carries that line too.
def _l39_letter(head_every_page: bool) -> str:
    head = "Ofsted\n\n"
    return (head + "Dear Ms Vale\n\nThe area was revisited in February 2020.\n\n" + " " * 84
            + "1\n\f" + (head if head_every_page else "")
            + "Ofsted and CQC will not carry out any further revisit.\n\nYours sincerely\n\n"
            + " " * 84 + "2\n\f" + (head if head_every_page else "")
            + L39_SIG_TAIL.split("\f", 1)[1])


def _l39_norm(text: str) -> str:
    from pipeline.ingest import ingest_bytes

    return ingest_bytes(Path("l39.txt"), text.encode()).norm.text


def test_l39dev_signers_heading_after_a_page_break_is_no_running_head(nlp) -> None:
    text = _l39_norm(_l39_letter(head_every_page=False))
    assert "Yours sincerely\nOfsted\nNathaniel Ormerod" in text
    got = people(run(nlp, text))
    assert ("Nathaniel Ormerod", "signatory", "Regional Director, London") in got
    assert ("Tamsin Greenhalgh", "lead_inspector", "HMI") in got


def test_l39dev_a_head_on_every_page_is_still_dropped_after_the_closing() -> None:
    text = _l39_norm(_l39_letter(head_every_page=True))
    assert "Yours sincerely\nNathaniel Ormerod" in text


# l39dev: the inspectorate's earlier inspection of the authority's services told in a clause
# opening with 'Since' as with 'When' (letters_unseen39 l39_12: 'Since Ofsted inspected
# Birmingham’s children’s services in 2018, and the focused visit in October 2021, the
# partnership has strengthened ...'). Not: a setting, another place's services, or a
# fostering service, after 'Since' as after 'When'.
@pytest.mark.parametrize("sentence, want", [
    ("Since Ofsted inspected Westshire's children's services in 2018, the partnership has "
     "strengthened its work.", [("2018", "year")]),
    ("Since HMI Probation inspected the youth justice service in 2021, leaders have acted.",
     [("2021", "year")]),
    # not
    ("Since Ofsted inspected the council's children's homes in 2018, leaders have acted.", []),
    ("Since Ofsted inspected Ashcombe's children's services in 2018, leaders have acted.", []),
    ("Since HMI Probation inspected the fostering service in 2022, leaders have acted.", []),
])
def test_l39dev_since_an_inspectorate_inspected_the_services(nlp, sentence, want) -> None:
    text = MONITORING.format(box="", visit="Inspectors visited on 9 and 10 July 2023. "
                             + sentence)
    assert dates_of(run(nlp, text), "previous_inspection") == want


# s56dev: secondary_unseen56's forms. A verb's grade straight before the areas it grades, the
# areas opening with 'the' (s56_11: 'It also rated outstanding the experiences and progress of
# children who need help and protection, the experiences and progress of children in care and
# care leavers, and the impact of leaders ...': every listed area, not the last alone). Not an
# adjective before its noun ('found good help and protection in most teams') nor a grade set
# off by a comma (the later grade is the area's).
S56_HEAD = ("Kelby keeps its rating\n\n13 July 2022\n\nKelby Council's children's services are "
            "still good, Ofsted has said.\n\n")


@pytest.mark.parametrize("sentence, want", [
    ("It also rated outstanding the experiences and progress of children who need help and "
     "protection, the experiences and progress of children in care and care leavers, and the "
     "impact of leaders on social work practice with children and families.",
     {("help_and_protection", "outstanding"),
      ("children_in_care_and_care_leavers", "outstanding"),
      ("impact_of_leaders", "outstanding")}),
    ("Inspectors judged inadequate the experiences and progress of children in care and care "
     "leavers.", {("children_in_care_and_care_leavers", "inadequate")}),
    # not: an adjective before its noun; a grade set off from the area by a comma
    ("Inspectors found outstanding help and protection in most teams.", set()),
    ("The council was rated outstanding, the experiences and progress of children in care "
     "and care leavers were judged to require improvement.",
     {("children_in_care_and_care_leavers", "requires_improvement")}),
])
def test_s56dev_grade_straight_before_its_areas(nlp, sentence, want) -> None:
    rec = run(nlp, S56_HEAD + sentence + "\n")
    got = {(j["area"], j["grade"]) for j in rec["tables"]["judgements"]
           if j["area"] != "overall_effectiveness"}
    assert got == want


# s56dev: an earlier inspection, the subject of its own verdict, counted back in years from the
# item's own date (s56_03: 'The judgement comes four years after an inspection of the
# council's safeguarding services rated them adequate' in an item of 25 May 2016: 2012). Not
# another body's inspection, nor an inspection with no verdict straight after it, nor a
# sentence that writes the year itself.
@pytest.mark.parametrize("sentence, want", [
    ("The judgement comes four years after an inspection of the council's safeguarding "
     "services rated them adequate.", [("2018", "year")]),
    ("The verdict comes two years after the last inspection rated the council inadequate.",
     [("2020", "year")]),
    # not
    ("The judgement comes four years after an inspection of the town's hospital rated it "
     "good.", []),
    ("The judgement comes four years after the inspection, which found services adequate.", []),
    ("The judgement comes four years after an inspection in 2017 rated them adequate.",
     [("2017", "year")]),
])
def test_s56dev_years_after_an_inspection_that_rated(nlp, sentence, want) -> None:
    rec = run(nlp, S56_HEAD + sentence + "\n")
    assert dates_of(rec, "previous_inspection") == want


# l40dev: a JTAI letter's signatures in two columns with no inspectorate's heading over them
# (letters_unseen40 l40_09): a head's title that names no inspectorate is mapped as NOTES.md
# lists the heads ('Deputy Chief Inspector' -> CQC inspector, 'Assistant Chief Inspector' ->
# HMI Probation inspector; 'Chief Inspector, Primary Medical ...' with a comma for 'of' as
# with 'of'). A heading over the column still decides first; a title naming Ofsted, a chief
# inspector alone, or any title not in the list is kept as written.
def _l40_block(cqc: str, probation: str, cqc_more: str = "") -> str:
    return _two_columns(("Harriet Colquhoun", "Bernard Oyelaran"),
                        ("National Director, Social Care", cqc), ("", cqc_more), ("", ""),
                        ("Geraint Probert", "Lorna Whitlock"),
                        ("Her Majesty’s Inspector of Constabulary", probation))


def _l40_signers(nlp, block: str) -> list[tuple[str, str, str]]:
    return sorted(people(run(nlp, _ingested(JTAI_COLUMNS.format(block=block)))))


@pytest.mark.parametrize("cqc, cqc_more", [
    ("Deputy Chief Inspector, Primary Medical", "Services and Integrated Care"),
    ("Deputy Chief Inspector", ""),
    ("Chief Inspector, Primary Medical Services", "and Integrated Care"),
])
def test_l40dev_heads_titles_without_headings_map_to_their_inspectorate(
        nlp, cqc, cqc_more) -> None:
    assert _l40_signers(nlp, _l40_block(cqc, "Assistant Chief Inspector", cqc_more)) == sorted([
        ("Harriet Colquhoun", "signatory", "National Director, Social Care"),
        ("Bernard Oyelaran", "signatory", "CQC inspector"),
        ("Geraint Probert", "signatory", "HMICFRS inspector"),
        ("Lorna Whitlock", "signatory", "HMI Probation inspector")])


@pytest.mark.parametrize("cqc, probation, want_cqc, want_probation", [
    # not: a title naming Ofsted on its line, kept as written (', Ofsted' trimmed as ever)
    ("Deputy Chief Inspector, Ofsted", "Assistant Chief Inspector",
     "Deputy Chief Inspector", "HMI Probation inspector"),
    # not: a chief inspector alone, nor a title outside NOTES.md's list
    ("Her Majesty’s Chief Inspector", "Assistant Director, Partnerships",
     "Her Majesty’s Chief Inspector", "Assistant Director, Partnerships"),
    ("Chief Inspector", "Deputy Director",
     "Chief Inspector", "Deputy Director"),
])
def test_l40dev_titles_not_in_the_list_are_kept_as_written(
        nlp, cqc, probation, want_cqc, want_probation) -> None:
    got = dict((n, d) for n, _r, d in _l40_signers(nlp, _l40_block(cqc, probation)))
    assert got["Bernard Oyelaran"] == want_cqc
    assert got["Lorna Whitlock"] == want_probation
    assert got["Geraint Probert"] == "HMICFRS inspector"


def test_l40dev_a_column_heading_decides_before_a_heads_title(nlp) -> None:
    # 'Ofsted' over a 'Deputy Chief Inspector' keeps the title as written (the heading's
    # value is ""); 'Care Quality Commission' over 'Assistant Chief Inspector' is the CQC's.
    block = _two_columns(("Ofsted", "Care Quality Commission"), ("", ""),
                         ("Ann Bell", "Cy Dunn"),
                         ("Deputy Chief Inspector", "Assistant Chief Inspector"))
    got = dict((n, d) for n, _r, d in _l40_signers(nlp, block))
    assert got == {"Ann Bell": "Deputy Chief Inspector", "Cy Dunn": "CQC inspector"}


# sleft24
# --- Round sleft24 (session 24): small secondary forms found by probing (issue 8) ---
# A Title Case headline naming the authority after a noun of a verdict or report and a
# capitalised 'On' ('Verdict On X Children's Services Is Good'): the name after 'On' is
# the authority, where the body names no place; a name's own 'On' ('Southend On Sea')
# stays whole.
@pytest.mark.parametrize("headline, body, want", [
    ("Verdict On Rotherham Children's Services Is Good", "Ofsted has rated the council's "
     "children's services good overall after a full inspection.", "Rotherham"),
    ("Ofsted Verdict On Leeds City Council Children's Services", "Children's services have "
     "been rated requires improvement to be good overall by Ofsted.", "Leeds City Council"),
    ("Ofsted's Damning Verdict On Ryton Children's Services", "Children's services in the "
     "county have been rated inadequate by Ofsted.", "Ryton"),
    ("Report On Kelby Council Published By Ofsted", "The council's children's services have "
     "been rated good by Ofsted.", "Kelby Council"),
    # not: a name's own capitalised 'On' is no headline's preposition
    ("Ofsted Rates Southend On Sea Council Good", "The council's children's services have "
     "been rated good by Ofsted.", "Southend On Sea Council"),
    # not: a sentence-case headline keeps its form, as before
    ("Rotherham children's services rated good", "Ofsted has rated the council's children's "
     "services good overall after a full inspection.", "Rotherham"),
])
def test_sleft24_title_case_verdict_on_authority(nlp, headline, body, want) -> None:
    rep = run(nlp, f"{headline}\n\n{body}\n")["report"]
    assert (rep["document_type"], rep.get("local_authority")) == ("news_article", want)


# The inspectors (or Ofsted) who came, visited or inspected for weeks in a month, told in a
# relative clause: the month, in the item's year (SD21_HEAD is dated 10 April 2025); not
# anyone else's visit, a visit over a year before the item, or another service's inspection.
@pytest.mark.parametrize("body, want", [
    ("The inspectors, who visited for three weeks in March, praised the leadership.",
     [("2025-03", "month")]),
    ("Inspectors, who spent two weeks in the borough in October last year, found social "
     "workers knew children well.", [("2024-10", "month")]),
    ("Inspectors who came for a fortnight in February met children and carers.",
     [("2025-02", "month")]),
    ("Ofsted, which inspected the council over two weeks in February, said leaders knew "
     "their services well.", [("2025-02", "month")]),
    # not: a minister's or councillors' visit
    ("The minister, who visited the centre in March, praised the staff.", []),
    ("Councillors, who visited the council for two weeks in March, praised the staff.", []),
    # not: a visit the item tells as an earlier inspection, over a year before it
    ("Inspectors, who visited for three weeks in March 2019, rated the services inadequate "
     "at that inspection.", []),
    # not: another service's inspection
    ("Ofsted, which inspected the council's fostering agency over two weeks in February, "
     "said it was good.", []),
])
def test_sleft24_inspectors_relative_clause_month(nlp, body, want) -> None:
    rec = run(nlp, f"{SD21_HEAD}{body}\n")
    assert dates_of(rec, "inspection_start") == want
    assert dates_of(rec, "inspection_end") == want


# r10dev
# --- Round r10dev (session 24): reports_unseen10's two SIF forms (issue 8) ---
# A SIF re-inspection's local-area facts list the PREVIOUS report's judgements under a
# lead-in wrapped over lines ('Ofsted’s previous report on children’s services in X,
# published in' / 'October 2015, made these judgements:'), sub-areas dashed with an en
# dash: that list is no grade of this report. The lead-in is read whole back to its item's
# start or a sentence's end, at most three lines (grades_phrases.json previous_table_lead).
R10_SIF = ("Westshire County Council\nInspection of services for children in need of help "
           "and protection, children looked after and care leavers\nand Review of the "
           "effectiveness of the Local Safeguarding Children Board\nInspection dates: 3 "
           "October to 26 October 2017\nReport published: 12 December 2017\n"
           "Children’s services in Westshire require improvement to be good\n"
           "1. Children who need help and protection Requires improvement\n"
           "2. Children looked after and achieving permanence Good\n"
           "2.1 Adoption performance Good\n"
           "2.2 Experiences and progress of care leavers Requires improvement\n"
           "3. Leadership, management and governance Requires improvement\n"
           "Information about this local authority area\n")
R10_EARLIER = ("      Overall effectiveness: Inadequate\n"
               "      Children who need help and protection: Inadequate\n"
               "      Children looked after and achieving permanence: Inadequate\n"
               "        – adoption performance: Inadequate\n"
               "        – experiences and progress of care leavers: Inadequate\n"
               "      Leadership, management and governance: Inadequate.\n\n"
               "Local leadership\n\n"
               "• The current director of children’s services took up the post in 2017.\n")


@pytest.mark.parametrize("lead", [
    "• Ofsted’s previous report on children’s services in Westshire, published in\n"
    "  October 2015, made these judgements:\n",
    "• Ofsted’s previous inspection of children’s services in Westshire, which\n"
    "  was carried out in the summer and published in\n"
    "  October 2015, made these judgements:\n",
    "• The previous report on children’s services made these judgements:\n",
])
def test_r10dev_an_earlier_reports_wrapped_lead_in_sets_its_list_aside(nlp, lead) -> None:
    own = grades_of(run(nlp, R10_SIF))
    assert own["overall_effectiveness"] == "requires_improvement"
    rec = run(nlp, R10_SIF + lead + R10_EARLIER)
    assert grades_of(rec) == own
    assert not [p for p in rec["problems"] if "says" in p]  # no conflicting grades


@pytest.mark.parametrize("lead", [
    # not: the earlier report named in a sentence that ends on the line above
    "• The previous report was published in June 2012.\n  This inspection made these "
    "judgements:\n",
    # not: the earlier report in an item of its own above the lead-in's item
    "• The previous report was published in June 2012\n• This inspection made these "
    "judgements:\n",
    # not: a blank line between them
    "The previous report on the services was published in\n\nthis form; this inspection "
    "made these judgements:\n",
    # not: the earlier report named more than three lines above the colon
    "• The previous report on the services was published\n  in June 2012, and since\n  then "
    "the council has changed; this\n  inspection made these judgements:\n",
])
def test_r10dev_a_lead_in_that_names_no_earlier_report_keeps_its_list(nlp, lead) -> None:
    text = ("Westshire Borough Council\nInspection of services for children in need of help "
            "and protection, children looked after and care leavers\nInspection date: 3 March "
            "– 25 March 2015\n" + lead + R10_EARLIER.replace("Inadequate", "Good"))
    assert area_grades(run(nlp, text)) | {} == {
        "help_and_protection": "good", "looked_after_and_permanence": "good",
        "leadership_management_governance": "good"}
    assert grades_of(run(nlp, text))["overall_effectiveness"] == "good"


# A SIF front-page table as `pdftotext -layout` renders it with each grade a line ABOVE its
# label, every row a block between blank lines (reports_unseen10 r10_08): the grade is the
# label's it touches (layout_rules.json cell_over_label_lines), not the next block's.
R10_LAYOUT = (
    "Eastfield Borough Council\nInspection of services for children in need of help and\n"
    "protection, children looked after and care leavers\nand Review of the effectiveness of "
    "the Local Safeguarding\nChildren Board\nInspection dates: 7 September to 30 September "
    "2015\nReport published: 24 November 2015\n\n"
    "Children’s services in Eastfield are good\n"
    "1. Children who need help and protection                               Good\n\n"
    "2. Children looked after and achieving                                 Good\n"
    "   permanence\n\n"
    "                                                                       {adoption}\n"
    "          2.1 Adoption performance\n\n\n"
    "                                                                       {leavers}\n"
    "          2.2 Experiences and progress of care leavers\n\n\n"
    "                                                                       {leaders}\n"
    "3. Leadership, management and governance\n\n\n\n"
    "Executive summary\n\nMost children in Eastfield receive help that is timely and well "
    "judged.\n")


@pytest.mark.parametrize("adoption, leavers, leaders", [
    ("Requires improvement", "Good", "Good"),
    ("Outstanding", "Requires improvement", "Good"),
    ("Good", "Good", "Requires improvement"),
])
def test_r10dev_a_grade_above_its_label_is_that_labels(nlp, adoption, leavers, leaders) -> None:
    key = {"Good": "good", "Outstanding": "outstanding",
           "Requires improvement": "requires_improvement"}
    rec = run(nlp, _ingested(R10_LAYOUT.format(
        adoption=adoption, leavers=leavers, leaders=leaders)))
    got = grades_of(rec)
    assert {a: got.get(a) for a in ("adoption_performance", "care_leavers",
                                    "leadership_management_governance")} == {
        "adoption_performance": key[adoption], "care_leavers": key[leavers],
        "leadership_management_governance": key[leaders]}
    assert not [p for p in rec["problems"] if "says" in p]


@pytest.mark.parametrize("block", [
    # not: an address set far right over a date at the margin (more than two cell lines)
    ["                                              Ofsted", "                       "
     "                       Clive House", "                                              "
     "70 Petty France", "9 April 2024"],
    # not: a page's number set far right over the next line
    ["                                                                       3",
     "Executive summary"],
    # not: a cell over a row of columns (a running footer's pieces)
    ["                                                             Page 1 of 3",
     "OFFICIAL     JTAI Suffolk -- letter 22 May 2025"],
    # not: a label with its cell beside it, then a cell alone (a label's wrapped cell)
    ["2. Children looked after and achieving                        Good",
     "   permanence"],
])
def test_r10dev_blocks_that_are_no_cell_over_its_label(block) -> None:
    from pipeline.ingest.layout_text import merge_table_rows

    got = merge_table_rows(block)
    if block[0].strip().startswith("2."):
        assert got == ["2. Children looked after and achieving permanence   Good"]
    else:
        assert got == block


def test_r10dev_a_cell_over_its_label_is_one_row() -> None:
    from pipeline.ingest.layout_text import merge_table_rows

    block = ["", "                                                   Requires improvement",
             "          2.1 Adoption performance", "",
             "                                                   Requires",
             "                                                   improvement",
             "3. Leadership, management and", "   governance", ""]
    assert merge_table_rows(block) == [
        "", "          2.1 Adoption performance   Requires improvement", "",
        "3. Leadership, management and governance   Requires improvement", ""]


# Session 25 (l43dev, letters_unseen43's misses): a team listed after 'five inspectors:'
# over three lines, each name's designation after 'who are' / 'who is'; members named after
# the lead's designation with 'also'.
@pytest.mark.parametrize("team, want", [
    ("The visit was carried out by five inspectors: Joanne\nPell, Richard Oyinlola, Ann Bell "
     "and Tom Ashcroft, who are Her Majesty’s\nInspectors, and Mandeep Sahota, who is an "
     "Ofsted Inspector.",
     [("Joanne Pell", "inspector", "HMI"), ("Richard Oyinlola", "inspector", "HMI"),
      ("Ann Bell", "lead_inspector", "HMI"), ("Tom Ashcroft", "inspector", "HMI"),
      ("Mandeep Sahota", "inspector", "OI")]),
    ("The visit was carried out by three inspectors: Tom Brown and Ann Bell, who are His "
     "Majesty's Inspectors, and Cy Dunn, Ofsted Inspector.",
     [("Tom Brown", "inspector", "HMI"), ("Ann Bell", "lead_inspector", "HMI"),
      ("Cy Dunn", "inspector", "OI")]),
    ("Ann Bell, His Majesty’s Inspector, led the visit with Simon Achebe and Harriet Yule, "
     "also His Majesty’s Inspectors.",
     [("Ann Bell", "lead_inspector", "HMI"), ("Simon Achebe", "inspector", "HMI"),
      ("Harriet Yule", "inspector", "HMI")]),
    ("Ann Bell, His Majesty’s Inspector, led the visit with Simon Achebe, also His Majesty’s "
     "Inspector.", [("Ann Bell", "lead_inspector", "HMI"), ("Simon Achebe", "inspector", "HMI")]),
    # not: anyone else's list after a count, or a name with no designation after 'also'
    ("The visit was carried out by three managers: Tom Brown, Jo Hale and Cy Dunn.",
     [("Ann Bell", "lead_inspector", "HMI")]),
    ("Ann Bell, His Majesty’s Inspector, led the visit with Simon Achebe, also present.",
     [("Ann Bell", "lead_inspector", "HMI")]),
])
def test_l43dev_a_counted_team_and_members_also_designated(nlp, team, want) -> None:
    rec = run(nlp, LETTER.format(team=team, closing="Yours sincerely\nAnn Bell\n"
                                 "His Majesty’s Inspector"))
    assert people(rec) == want


L43_LETTER = ("3 March 2025\nDear Ms Roe\nFocused visit to Westshire County Council children’s "
              "services\nThis letter summarises the findings of a focused visit on 2 and 3 "
              "February 2025.\n\n{s}\n\nYours sincerely\nAnn Bell\nHis Majesty’s Inspector\n")


@pytest.mark.parametrize("sentence, want", [
    # an earlier visit after 'since' with 'a', alone or after an inspection and 'and'
    ("Since the ILACS inspection in July 2019, and a focused visit in 2021, leaders have\n"
     "strengthened the oversight of children in care.", [("2019-07", "month"), ("2021", "year")]),
    ("Leaders have improved since a focused visit in 2021.", [("2021", "year")]),
    # the inspectorate in full after 'inspected by', the date over a line's end
    ("When youth justice services were inspected by HM Inspectorate of Probation in July\n"
     "2021, the quality of work was an area for improvement.", [("2021-07", "month")]),
    ("When the police were inspected by His Majesty’s Inspectorate of Constabulary and Fire & "
     "Rescue Services in 2022, it was found to be effective.", [("2022", "year")]),
    # an area's earlier revisit or inspection, the inspectorates its subject
    ("Ofsted and CQC revisited the area in June 2019 and found that sufficient progress had\n"
     "been made.", [("2019-06", "month")]),
    ("The CQC and Ofsted inspected the local area of Newcastle upon Tyne in November 2017.",
     [("2017-11", "month")]),
    # not: a peer's visit, this visit's own month, or anyone else revisiting
    ("Since the ILACS inspection in July 2019, and a peer visit in 2021, leaders have "
     "improved.", [("2019-07", "month")]),
    ("Ofsted and the CQC revisited the area in February 2025 and found progress.", []),
    ("Leaders and partners revisited the area in June 2019 to see progress.", []),
])
def test_l43dev_earlier_visits_and_inspections(nlp, sentence, want) -> None:
    rec = run(nlp, L43_LETTER.format(s=sentence))
    assert dates_of(rec, "previous_inspection") == want


# A partner's inspection by its own inspectorate is an earlier inspection in a letter, not in
# news, whose earlier inspections are Ofsted's of the council's children's services (session
# 25: secondary_unseen29's council page failed its gate when l43dev's form was read in news).
@pytest.mark.parametrize("sentence, want", [
    ("Our youth justice service was inspected by HM Inspectorate of Probation in 2021 and rated "
     "good.", []),
    ("Our youth justice service was inspected by HMI Probation in 2021 and rated good.", []),
    ("The council's services were last inspected by Ofsted in 2019, when they were judged "
     "good.", [("2019", "year")]),
])
def test_a_partners_inspection_is_no_earlier_one_in_news(nlp, sentence, want) -> None:
    text = ("Kelby Council news\n\nOfsted rates Kelby children's services outstanding\n\n"
            "Friday 7 March 2025\n\nKelby Council's children's services have been rated "
            f"outstanding by Ofsted in a report published today. {sentence}\n")
    assert dates_of(run(nlp, text), "previous_inspection") == want


# sleft25
# secondary_dev7's leftovers (session 25): a release's embargo line with its month's full
# name in capitals dates the release, so 'published today' is that day; a forum post's
# stamp ('Sun 19-Nov-23 21:14': a day, a short month and a two-figure year parted by
# hyphens) dates the post, so 'last month' and 'on Friday' are read from it. Not a stamp
# in a sentence or with more after it on its line.
SLEFT25_RELEASE = ("Kelby Council\n\nMedia release\n\n{line}\n\nOfsted: Kelby children's "
                   "services good\n\nKelby Council's children's services have been judged "
                   "good in a report published today by Ofsted.\n\nThe inspection took place "
                   "between 5th and 16th December 2022.\n")


@pytest.mark.parametrize("line, want", [
    ("EMBARGOED UNTIL 00:01 THURSDAY 9 FEBRUARY 2023", [("2023-02-09", "day")]),
    ("EMBARGOED UNTIL 00:01 9 FEBRUARY 2023", [("2023-02-09", "day")]),
    ("Embargoed until 00:01 Thursday 9 February 2023", [("2023-02-09", "day")]),
    # not: a line in capitals naming no day
    ("EMBARGOED UNTIL FURTHER NOTICE - FEBRUARY", []),
])
def test_sleft25_an_embargo_line_in_capitals_dates_the_release(nlp, line, want) -> None:
    rec = run(nlp, SLEFT25_RELEASE.format(line=line))
    assert dates_of(rec, "publication") == want


SLEFT25_FORUM = ("Foster Talk Forum > Local authorities > Yorkshire\n\nKelby Ofsted result - "
                 "outstanding again!\n\n{line}\n\nJust seen the news - Kelby had its Ofsted "
                 "inspection last month and the report came out on Friday. Outstanding "
                 "again!!\n\nThey judged leadership outstanding and help and protection "
                 "outstanding.\n")


@pytest.mark.parametrize("line, want", [
    ("Posted by FosterMumKelby · Sun 19-Nov-23 21:14",
     ("2023-10", "2023-10", [("2023-11-17", "day")])),
    ("Posted by FosterMumKelby · Sun 19-Nov-2023", ("2023-10", "2023-10",
                                                    [("2023-11-17", "day")])),
    ("Posted by FosterMumKelby | 19-Nov-23 21:14", ("2023-10", "2023-10",
                                                    [("2023-11-17", "day")])),
    ("19-NOV-23 21:14", ("2023-10", "2023-10", [("2023-11-17", "day")])),
    # not: a stamp in a sentence, or a reference with more after it on its line
    ("The meeting on 19-Nov-23 agreed the plan.", (None, None, [])),
    ("Ref: 19-Nov-23-004", (None, None, [])),
])
def test_sleft25_a_forum_posts_stamp_dates_the_post(nlp, line, want) -> None:
    rec = run(nlp, SLEFT25_FORUM.format(line=line))
    start = dates_of(rec, "inspection_start")
    end = dates_of(rec, "inspection_end")
    assert (start[0][0] if start else None, end[0][0] if end else None,
            dates_of(rec, "publication")) == want


# l44dev (session 25): an area SEND revisit letter opening with the inspectorates as the
# subject and the verb before the days ('Ofsted and the Care Quality Commission (CQC)
# revisited the area between 7 and 9 March' with '2022' on the next line, letters_unseen44's
# l44_14), and the noun 'revisit' after 'the', 'this' or 'a'; not anyone else revisiting,
# nor a revisit told as an earlier one, nor the verb 'revisit'.
L44_LETTER = ("12 April 2022\nDear Ms Roe\nJoint area SEND revisit in Eastvale\n\n{s}\n\n"
              "Yours sincerely\nAnn Bell\nHis Majesty’s Inspector\n")


@pytest.mark.parametrize("sentence, want", [
    ("Ofsted and the Care Quality Commission (CQC) revisited the area between 7 and 9 March\n"
     "2022 to decide whether sufficient progress has been made.", ("2022-03-07", "2022-03-09")),
    ("Ofsted and the CQC revisited the local area of Eastvale from 7 to 9 March 2022.",
     ("2022-03-07", "2022-03-09")),
    ("The CQC and Ofsted jointly revisited the area on 7 and 8 March 2022.",
     ("2022-03-07", "2022-03-08")),
    ("Inspectors from Ofsted and the CQC revisited the area of\nEastvale from 7 to 9 March "
     "2022.", ("2022-03-07", "2022-03-09")),
    # no year: the letter's own
    ("Ofsted and the CQC revisited the area between 7 and 9 March to decide whether "
     "progress has been made.", ("2022-03-07", "2022-03-09")),
    ("This letter summarises the findings of the revisit to Eastvale on 7 and 8 March 2022.",
     ("2022-03-07", "2022-03-08")),
    # not: others revisiting, an earlier revisit, or the verb 'revisit'
    ("Leaders and partners revisited the area between 7 and 9 March 2022 to review plans.",
     (None, None)),
    ("The council revisited its plan between 7 and 9 March 2022.", (None, None)),
    ("Ofsted and the CQC previously revisited the area between 7 and 9 March 2021.",
     (None, None)),
    ("Leaders will revisit the plan on 7 and 8 March 2022.", (None, None)),
])
def test_l44dev_an_area_send_revisit_dated_after_its_verb(nlp, sentence, want) -> None:
    rep = run(nlp, L44_LETTER.format(s=sentence))["report"]
    assert (rep.get("inspection_start"), rep.get("inspection_end")) == want


# Round s60dev (secondary_unseen60's misses). An article before a council's name in the body
# ('An Ealing Council spokesperson said') is no word of the name.
S60DEV_VISIT = ("Ofsted focused visit finds strong work with disabled children\n\nThursday 14 "
                "March 2024\n\nOfsted carried out a focused visit to the borough's children's "
                "services on 6 and 7 February 2024. Its letter was published on Tuesday.\n\n"
                "{line}\n")


@pytest.mark.parametrize("line, want", [
    ("An Ashcombe Council spokesperson said: \"We welcome the letter.\"", "Ashcombe Council"),
    ("An Oakhurst Council spokesperson said: \"We welcome the letter.\"", "Oakhurst Council"),
    ("A Kelby Borough Council spokesman said: \"We welcome the letter.\"",
     "Kelby Borough Council"),
    # not: a council's name that is the first word of the sentence keeps it whole
    ("Kelby Borough Council said: \"We welcome the letter.\"", "Kelby Borough Council"),
])
def test_s60dev_an_article_before_a_councils_name(nlp, line, want) -> None:
    rec = run(nlp, S60DEV_VISIT.format(line=line))
    assert rec["report"].get("local_authority", "") == want


# The single inspection framework's title with 'children in care' for its 'children looked
# after' names what was inspected: the care leavers take their grade from their own sentence.
S60DEV_RELEASE = ("Kelby County Council's children's services judged good by Ofsted\n\n16 June "
                  "2016\n\n{lead}\n\nInspectors spent four weeks in the county, 4–28 April 2016. "
                  "The experiences and progress of care leavers were judged outstanding - the "
                  "highest rating.\n")


@pytest.mark.parametrize("lead, want, not_want", [
    ("Kelby County Council's services for children in need of help and protection, children "
     "in care and care leavers are good, according to an Ofsted report published today.",
     ("care_leavers", "outstanding"), ("care_leavers", "good")),
    ("Kelby County Council's services for children in need of help and protection, children "
     "looked after and care leavers are good, according to an Ofsted report published today.",
     ("care_leavers", "outstanding"), ("care_leavers", "good")),
    # not: the areas named alone, in a list of their own, are graded by the sentence
    ("Ofsted found that help and protection, children in care and care leavers are good, in a "
     "report published today.", ("help_and_protection", "good"), None),
])
def test_s60dev_the_sif_title_with_children_in_care(nlp, lead: str, want: tuple[str, str],
                                                  not_want: tuple[str, str] | None) -> None:
    got = {(j["area"], j["grade"]) for j in run(nlp, S60DEV_RELEASE.format(lead=lead))[
        "tables"]["judgements"]}
    assert want in got
    assert not_want is None or not_want not in got


# An area told with whom it serves, the vulnerable among them ('help and protection for
# vulnerable children'), is an item of the list that follows it.
S60DEV_POST = ("Kelby City Council's children's services out of 'inadequate'\n\n3 December 2021"
               "\n\nInspectors visited Kelby City Council from 11 to 22 October 2021, and have now "
               "judged its services to require improvement to be good. {sentence}\n")


@pytest.mark.parametrize("sentence, want", [
    ("Help and protection for vulnerable children, and the experiences and progress of children "
     "in care and care leavers, still require improvement.",
     {("help_and_protection", "requires_improvement"),
      ("children_in_care_and_care_leavers", "requires_improvement")}),
    ("Help and protection for the most vulnerable children and the experiences and progress of "
     "children in care and care leavers still require improvement.",
     {("help_and_protection", "requires_improvement"),
      ("children_in_care_and_care_leavers", "requires_improvement")}),
    # not: an area of another clause takes no grade from the list
    ("Although help and protection for vulnerable children has improved, the experiences and "
     "progress of children in care and care leavers still require improvement.",
     {("children_in_care_and_care_leavers", "requires_improvement")}),
])
def test_s60dev_help_and_protection_for_vulnerable_children(nlp, sentence, want) -> None:
    got = {(j["area"], j["grade"]) for j in run(nlp, S60DEV_POST.format(sentence=sentence))[
        "tables"]["judgements"] if j["area"] != "overall_effectiveness"}
    assert got == want
