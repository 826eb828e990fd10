# Everything a fresh machine needs: Python 3.10+ with pip. Each target sets up .venv itself.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= ../shared/corpus

.PHONY: run test lint bench model pretrain evaluate-seeds evaluate-corpus clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## run: the main job: every report in raw/ -> tables in extracted/
run: $(VENV)/.installed
	$(PY) -m pipeline run raw --out extracted

## test: the whole test suite (lint included)
test: $(VENV)/.installed
	$(PY) -m ruff check pipeline tests data/metric_labels/tools
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(PY) -m ruff check pipeline tests data/metric_labels/tools

## bench: pages/s of ingest and of the whole run against raw pypdfium2 text extraction
bench: $(VENV)/.installed
	$(PY) -m pipeline.bench $(CORPUS)/pdf

## model: train the metric-category classifier and the metric-field models (measure, population,
## period, category, role; from data/metric_labels, scored against the rules), then rebuild
## pipeline/models/ofsted from the sources
model: $(VENV)/.installed
	$(PY) -m pipeline train
	$(PY) -m pipeline.nlp.learn
	$(PY) -m pipeline build-model

## pretrain: pretrain the span model's token encoder on the train reports' own text (spaCy's
## pretraining, "characters" objective; about 13 minutes) -> build/learn/tok2vec_pretrained.bin,
## which training reads when Settings.init_tok2vec names it (off by default: it did not gain
## on dev); needs $(CORPUS)/pdf (skipped with a message without it)
pretrain: $(VENV)/.installed
	OFSTED_CORPUS=$(CORPUS) $(PY) -m pipeline.nlp.learn.pretrain

evaluate-seeds: $(VENV)/.installed
	$(PY) -m pipeline run raw --out extracted
	$(PY) -m pipeline evaluate --gold tests/fixtures/gold --pred extracted

evaluate-corpus: $(VENV)/.installed
	$(PY) -m pipeline run $(CORPUS)/pdf --out build/corpus
	$(PY) -m pipeline evaluate --gold $(CORPUS) --pred build/corpus

clean:
	rm -rf build $(VENV)
