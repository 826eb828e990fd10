"""Re-anchor the labels after a change of the pipeline's normalised text.

    python data/metric_labels/tools/reanchor.py [STEM ...] [--dry-run]

Labels hold character offsets into the normalised text of their report; a change of the
ingest (a mended line break, a dropped running head) moves every offset after it, and the
training would count the moved lines as stale. For each label line (of the reports named,
or of all): when its sentence still stands at its offsets, nothing changes; otherwise the
sentence is looked for in the new text, nearest its old place, with its context (if any)
before it; found, the line's offsets, page and ingest_fp move; not found (the change
touched the sentence itself), the line is listed to be read again and left as it is.
Spans are offsets into the line's own text, so they never move.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from labelset import REPORTS_DIR, label_path, read_lines, read_split, write_lines
from prefill import Report, load_report, run_pipeline

CONTEXT_REACH = 3000  # characters between a context and its sentence, at most


def _nearest(text: str, needle: str, near: int) -> tuple[int, int] | None:
    """(start, end) of the occurrence of needle nearest `near`, white space inside it
    allowed to differ (a mended line break may add or remove a space); else None."""
    pattern = re.compile(r"\s*".join(re.escape(p) for p in needle.split()))
    best = None
    for m in pattern.finditer(text):
        if best is None or abs(m.start() - near) < abs(best[0] - near):
            best = m.span()
    return best


def _offset_map(old: str, new: str) -> list[int]:
    """For each offset of `old` (and its end), the offset in `new`, the two strings being
    equal but for white space."""
    out, i, j = [], 0, 0
    while i < len(old):
        if j < len(new) and old[i] == new[j]:
            out.append(j)
            i, j = i + 1, j + 1
        elif old[i].isspace():
            out.append(j)
            i += 1
        elif j < len(new) and new[j].isspace():
            j += 1
        else:
            raise ValueError("the texts differ in more than white space")
    out.append(len(new))
    return out


def reanchor(rec: dict, rep: Report) -> str:
    """"same", "moved" or "mended" (rec updated in place: offsets; for "mended", its text
    and span offsets too, the text having changed in white space only) or "lost". A line
    is in place when its sentence stands at its offsets (as the training checks); a moved
    one must find its context, if it has one, before the sentence again."""
    m = rec["meta"]
    off = m["sentence_offset"]
    sentence = rec["text"][off:]
    context = rec["text"][:off - 1] if off else None
    if rep.text[m["char_start"]:m["char_end"]] == sentence:
        return "same"
    got = _nearest(rep.text, sentence, m["char_start"])
    if got is None:
        return "lost"
    lo, hi = got
    ctx = None
    if context is not None:
        # the previous sentence, or a list's lead-in line some bullets above
        before = rep.text[:lo].rstrip()
        ctx = _nearest(before, context, len(before) - len(context))
        if ctx is None or len(before) - ctx[1] > CONTEXT_REACH:
            return "lost"
    new_text = (rep.text[ctx[0]:ctx[1]] + "\n" if ctx else "") + rep.text[lo:hi]
    way = "moved"
    if new_text != rec["text"]:
        where = _offset_map(rec["text"], new_text)
        for span in rec["spans"]:
            span["start"], span["end"] = where[span["start"]], where[span["end"]]
            span["text"] = new_text[span["start"]:span["end"]]
        shift = _offset_map(sentence, rep.text[lo:hi])
        for r in m.get("rules") or []:
            r["start"], r["end"] = shift[r["start"]], shift[r["end"]]
            r["text"] = rep.text[lo + r["start"]:lo + r["end"]]
        rec["text"] = new_text
        way = "mended"
    m.update({"char_start": lo, "char_end": hi,
              "context_start": ctx[0] if ctx else None, "context_end": ctx[1] if ctx else None,
              "sentence_offset": len(new_text) - (hi - lo),
              "page": rep.page(lo), "ingest_fp": rep.ingest_fp})
    return way


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stems", nargs="*", help="reports (file stems); default: every report")
    ap.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = ap.parse_args(argv)
    split = read_split()
    sources = sorted(p for p in split if not args.stems or Path(p).stem in args.stems)
    sources = [p for p in sources if label_path(p).exists()]
    if not sources:
        print("no label files for those reports", file=sys.stderr)
        return 2
    run_pipeline(sources)  # the current text (the pipeline redoes what changed only)
    lost_lines = []
    totals = {"same": 0, "moved": 0, "mended": 0, "lost": 0}
    for src in sources:
        path = label_path(src, REPORTS_DIR)
        recs = read_lines(path)
        rep = load_report(src)
        got = [reanchor(r, rep) for r in recs]
        for r, g in zip(recs, got, strict=True):
            totals[g] += 1
            if g == "lost":
                lost_lines.append(f"  {Path(src).stem} @{r['meta']['char_start']}: "
                                  f"{r['text'][r['meta']['sentence_offset']:][:100]}")
        if ("moved" in got or "mended" in got) and not args.dry_run:
            write_lines(path, recs)
    print(f"{len(sources)} reports: {totals['same']} lines in place, {totals['moved']} moved, "
          f"{totals['mended']} moved with their white space mended, {totals['lost']} to read "
          f"again{' (dry run)' if args.dry_run else ''}")
    print("\n".join(lost_lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
