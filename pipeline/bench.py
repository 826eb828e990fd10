"""Benchmark: pages per second of ingest and of the whole run, against the floor.

The floor is raw pypdfium2 text extraction of the same files in the same process
(open, get_text_range per page, close): no tool can read these PDFs' text faster
with pdfium, so the ratios say what our normalisation and NLP cost on top of it.
Everything runs in one process, one document at a time, so the figures compare
like with like; `--workers` in real runs divides wall time further.

    python -m pipeline.bench DIR [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def floor(paths: list[Path]) -> tuple[float, int]:
    import pypdfium2 as pdfium

    pages = 0
    t0 = time.perf_counter()
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
            pages += 1
        pdf.close()
    return time.perf_counter() - t0, pages


def ingest_all(paths: list[Path]) -> tuple[float, list]:
    from pipeline.ingest import ingest_bytes

    t0 = time.perf_counter()
    out = [ingest_bytes(p, p.read_bytes()) for p in paths]
    return time.perf_counter() - t0, out


def run_all(paths: list[Path]) -> float:
    from pipeline.ingest import ingest_bytes
    from pipeline.nlp.analyse import analyse

    t0 = time.perf_counter()
    for p in paths:
        got = ingest_bytes(p, p.read_bytes())
        analyse(got.norm.text, got.norm.page_runs, got.norm.footnotes)
    return time.perf_counter() - t0


def readable_pdfs(folder: Path) -> list[Path]:
    import pypdfium2 as pdfium

    out = []
    for p in sorted(folder.rglob("*.pdf")):
        try:
            pdfium.PdfDocument(str(p)).close()
            out.append(p)
        except pdfium.PdfiumError:
            pass  # not a PDF (e.g. an HTML page saved as .pdf): not part of the comparison
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of PDFs (searched recursively)")
    ap.add_argument("--repeat", type=int, default=3, help="take the best of N timings")
    args = ap.parse_args(argv)
    paths = readable_pdfs(args.folder)
    if not paths:
        print(f"no readable PDFs under {args.folder}")
        return 1
    from pipeline.nlp.build import load_nlp

    t0 = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t0
    best_floor = best_ingest = best_run = float("inf")
    pages = 0
    for _ in range(args.repeat):
        f, pages = floor(paths)
        best_floor = min(best_floor, f)
        best_ingest = min(best_ingest, ingest_all(paths)[0])
        best_run = min(best_run, run_all(paths))
    print(f"{len(paths)} PDFs, {pages} pages, best of {args.repeat}, one process")
    print(f"floor  (pypdfium2 text) {pages / best_floor:8.1f} pages/s  {best_floor:6.2f} s")
    print(f"ingest                  {pages / best_ingest:8.1f} pages/s  {best_ingest:6.2f} s"
          f"  {best_ingest / best_floor:5.2f}x floor")
    print(f"run (ingest+NLP)        {pages / best_run:8.1f} pages/s  {best_run:6.2f} s"
          f"  {best_run / best_floor:5.2f}x floor  {best_run / best_ingest:5.2f}x ingest")
    print(f"(model load once per worker: {load_s:.2f} s, not counted above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
