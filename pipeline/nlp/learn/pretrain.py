"""`make pretrain`: pretrain the span model's token encoder on the unlabelled text of the
labelled train reports, with spaCy's own pretraining (`spacy.training.pretrain`, the
"characters" objective: each token's vector predicts the first and last characters of its
word), and save its weights for `Settings.init_tok2vec` (off by default: see TOK2VEC_FILE).

The text: every line of each report that data/metric_labels/split.csv puts in `train` and
that run.py does not carve out as dev (so that dev stays unseen), as the project's ingest
normalises it (`pipeline.ingest.ingest_bytes`; the pipeline's sentences never cross a line).
Never the test reports, the letters, the news texts or the test fixtures. The reports are
read from $OFSTED_CORPUS/pdf (default ../shared/corpus/pdf); without them this step is
skipped with a message and nothing is written.

The encoder pretrained is the span model's own (`build(settings)`'s `spans` component, its
`tok2vec` ref), so the weights fit it exactly; its TAG embedding (the marked number's
position code at training time) sees only the empty tag here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from .data import CHECKOUT, corpus_pdf_dir, labelset, load_records
from .train import SEED, Settings, build

# Where `make pretrain` writes the weights (2.0 MB of float32, ours: pretrained here on the
# train reports' text, nothing downloaded). Under build/, not shipped: measured on dev
# (2026-12-01, README issue 7) they did not gain enough to be the default; try them with
# --settings '{"init_tok2vec": "build/learn/tok2vec_pretrained.bin"}'.
TOK2VEC_FILE = CHECKOUT / "build" / "learn" / "tok2vec_pretrained.bin"

# Short enough for a 2-core machine (the train reports' text, a few epochs).
PRETRAIN_EPOCHS = 5
MIN_TOKENS = 3  # lines shorter than this (headings, page furniture) are left out


def train_reports() -> list[str]:
    """The reports split.csv puts in train, without those run.py holds out as dev (the
    same carve: `load_records`' "dev")."""
    split = labelset().read_split()
    dev = {r.source_path for r in load_records() if r.split == "dev"}
    return sorted(src for src, row in split.items() if row["split"] == "train" and src not in dev)


def report_lines(pdf: Path) -> list[str]:
    """The non-empty lines of one report's normalised text, as the project's ingest gives
    it."""
    from ...ingest import ingest_bytes

    text = ingest_bytes(pdf, pdf.read_bytes()).norm.text
    return [line.strip() for line in text.split("\n") if line.strip()]


def pretrain_config(settings: Settings, raw_text: Path, epochs: int) -> dict:
    """The span model's config with a [pretraining] block for its tok2vec."""
    nlp = build(settings, ["x", "y"], ["x", "y"])  # the classifiers are not pretrained
    config = nlp.config.copy()
    config["paths"]["raw_text"] = str(raw_text)
    config["system"]["seed"] = SEED
    config["training"]["seed"] = SEED
    config["corpora"]["pretrain"] = {"@readers": "spacy.JsonlCorpus.v1",
                                     "path": "${paths.raw_text}", "min_length": MIN_TOKENS,
                                     "max_length": 0, "limit": 0}
    config["pretraining"] = {
        "max_epochs": epochs, "dropout": 0.2, "n_save_every": None, "n_save_epoch": None,
        "component": "spans", "layer": "tok2vec", "corpus": "corpora.pretrain",
        "batcher": {"@batchers": "spacy.batch_by_words.v1", "size": 3000,
                    "discard_oversize": False, "tolerance": 0.2, "get_length": None},
        "objective": {"@architectures": "spacy.PretrainCharacters.v1", "maxout_pieces": 3,
                      "hidden_size": 300, "n_characters": 4},
        "optimizer": {"@optimizers": "Adam.v1", "beta1": 0.9, "beta2": 0.999,
                      "L2_is_weight_decay": True, "L2": 0.01, "grad_clip": 1.0,
                      "use_averages": True, "eps": 1e-8, "learn_rate": 0.001}}
    return config


def pretrain(out: Path = TOK2VEC_FILE, epochs: int = PRETRAIN_EPOCHS,
             settings: Settings | None = None, log=print) -> Path | None:
    """Pretrain and write the weights to `out`; None (nothing written) without the corpus."""
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from thinc.api import Config

    import pipeline.nlp  # noqa: F401  (registers the tokenizer and the suggester)

    settings = settings or Settings()
    pdf_dir = corpus_pdf_dir()
    reports = train_reports()
    pdfs = [pdf_dir / src for src in reports]
    missing = [p for p in pdfs if not p.is_file()]
    if missing:
        log(f"make pretrain: skipped, {len(missing)} of the {len(pdfs)} train reports are not "
            f"in {pdf_dir} (set OFSTED_CORPUS to the folder holding pdf/); nothing "
            f"written")
        return None
    clock = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ofsted-pretrain-") as tmp:
        raw = Path(tmp) / "raw.jsonl"
        n_lines = n_words = 0
        with raw.open("w", encoding="utf-8") as fh:
            for pdf in pdfs:
                for line in report_lines(pdf):
                    fh.write(json.dumps({"text": line}) + "\n")
                    n_lines += 1
                    n_words += len(line.split())
        log(f"pretraining text: {len(pdfs)} train reports, {n_lines} lines, {n_words} words "
            f"({time.monotonic() - clock:.0f} s)")
        config = Config(pretrain_config(settings, raw, epochs))
        spacy_pretrain(config, Path(tmp), silent=False)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes((Path(tmp) / "model-last.bin").read_bytes())
    log(f"pretrained {epochs} epochs -> {out} ({out.stat().st_size} bytes, "
        f"{time.monotonic() - clock:.0f} s)")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.nlp.learn.pretrain",
                                description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=TOK2VEC_FILE, help="where to write the weights")
    p.add_argument("--epochs", type=int, default=PRETRAIN_EPOCHS)
    args = p.parse_args(argv)
    pretrain(args.out, args.epochs)
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["TOK2VEC_FILE", "pretrain", "pretrain_config", "report_lines", "train_reports"]
