# Dragoman — the two commands of the README:
#   make        installs what is missing and runs the main job on the embedded corpus
#   make test   runs the test suite (what CI runs)
SWIFT ?= swift
BIN = .build/release/dragoman

.PHONY: all setup build run test bench bench-align bench-segmentation bench-glossary bench-entities clean

all: run

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product dragoman

# The main job: index the embedded corpus, import the lexicon (once; cached in the store),
# align the reports, and regenerate the per-round briefs in Exports/.
run: build
	$(BIN) reindex
	$(BIN) glossary lexicon import
	$(BIN) align
	$(BIN) rounds
	$(BIN) export --all

test:
	@scripts/setup.sh --test
	$(SWIFT) test

bench:
	@scripts/setup.sh
	$(SWIFT) run -c release DragomanBench ingest

bench-align:
	@scripts/setup.sh
	$(SWIFT) run -c release DragomanBench align
	$(SWIFT) run -c release DragomanBench corpus-align

# The baselines (NLTK Punkt, pysbd, Moses) run side by side from a virtual environment.
bench-segmentation:
	@scripts/setup.sh --bench
	test -x .venv-bench/bin/python || python3 -m venv .venv-bench
	.venv-bench/bin/pip install -q -r scripts/requirements-bench.txt
	$(SWIFT) run -c release DragomanBench segmentation
	.venv-bench/bin/python scripts/bench_segmentation.py

bench-glossary:
	@scripts/setup.sh
	$(SWIFT) run -c release DragomanBench glossary

bench-entities:
	@scripts/setup.sh
	$(SWIFT) run -c release DragomanBench entities

clean:
	rm -rf .build dragoman.sqlite dragoman.sqlite-wal dragoman.sqlite-shm
