"""Benchmark: pages per second of ingest and of the whole run, against the floor.

The floor is raw pypdfium2 text extraction of the same files in the same process
(open, get_text_range per page, close): no tool can read these PDFs' text faster
with pdfium, so the ratios say what our normalisation and NLP cost on top of it.

Two sets of figures:
- in one process, one document at a time (the model loaded once, not counted);
- as a user runs the CLI: `ofsted ingest` and `ofsted run` as subprocesses on the same
  files, `--workers 1`, into a fresh output folder each time, start-up included.

Each figure is the best of N: wall time, and CPU time (user + system, workers
included), which a busy machine inflates less.

    python -m pipeline.bench DIR [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def timed(fn: Callable[[], object], who: int = resource.RUSAGE_SELF) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of fn(); RUSAGE_CHILDREN for subprocesses."""
    c0, t0 = _cpu(who), time.perf_counter()
    fn()
    return time.perf_counter() - t0, _cpu(who) - c0


def floor(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    pages = 0
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
    return pages


def ingest_all(paths: list[Path]) -> list:
    from pipeline.ingest import ingest_bytes

    return [ingest_bytes(p, p.read_bytes()) for p in paths]


def run_all(paths: list[Path]) -> None:
    from pipeline.ingest import ingest_bytes
    from pipeline.nlp.analyse import analyse

    for p in paths:
        got = ingest_bytes(p, p.read_bytes())
        analyse(got.norm.text, got.norm.page_runs, got.norm.footnotes)


def cli(command: str, paths: list[Path]) -> None:
    """`ofsted COMMAND PDF... --out FRESH --workers 1`, as a user types it."""
    with tempfile.TemporaryDirectory(prefix="ofsted-bench-") as tmp:
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "pipeline", command, *map(str, paths),
                        "--out", str(out), "--workers", "1"],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(out)


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


def best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(w for w, _ in runs), min(c for _, c in runs)


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

    load_s, _ = timed(load_nlp)
    pages = floor(paths)
    kids = resource.RUSAGE_CHILDREN
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in
                                                  ("floor", "ingest", "run", "cli ingest",
                                                   "cli run")}
    for _ in range(args.repeat):  # interleaved, so a busy spell touches all alike
        runs["floor"].append(timed(lambda: floor(paths)))
        runs["ingest"].append(timed(lambda: ingest_all(paths)))
        runs["run"].append(timed(lambda: run_all(paths)))
        runs["cli ingest"].append(timed(lambda: cli("ingest", paths), kids))
        runs["cli run"].append(timed(lambda: cli("run", paths), kids))
    b = {k: best(v) for k, v in runs.items()}

    def line(name: str, what: str, over: str) -> str:
        (w, c), (ow, oc) = b[name], b[over]
        return (f"{what:<30} {pages / w:7.1f} pages/s  {w:6.2f} s wall  {c:6.2f} s cpu   "
                f"{name}/{over}: {w / ow:4.2f}x wall {c / oc:4.2f}x cpu")

    print(f"{len(paths)} PDFs, {pages} pages, best of {args.repeat}")
    fw, fc = b["floor"]
    print(f"{'floor (pypdfium2 text)':<30} {pages / fw:7.1f} pages/s  {fw:6.2f} s wall  "
          f"{fc:6.2f} s cpu")
    print(line("ingest", "ingest, one process", "floor"))
    print(line("run", "run (ingest+NLP), one process", "ingest"))
    print(line("cli ingest", "`ofsted ingest` --workers 1", "floor"))
    print(line("cli run", "`ofsted run` --workers 1", "cli ingest"))
    print(f"(one process: model load once, {load_s:.2f} s, not counted; the CLI figures "
          f"include start-up, model load and writing the output)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
