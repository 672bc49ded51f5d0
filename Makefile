# Dragoman — the two commands of the README:
#   make        installs what is missing and runs the main job on the embedded corpus
#   make test   runs the test suite (what CI runs)
SWIFT ?= swift
BIN = .build/release/dragoman

.PHONY: all setup build run test bench bench-align bench-segmentation clean

all: run

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product dragoman

# The main job: index the embedded corpus, align it, and export the per-round briefs.
run: build
	$(BIN) reindex
	$(BIN) list

test:
	@scripts/setup.sh --test
	$(SWIFT) test

bench:
	@scripts/setup.sh
	$(SWIFT) run -c release DragomanBench ingest

bench-align:
	@scripts/setup.sh
	$(SWIFT) run -c release DragomanBench align

bench-segmentation:
	@scripts/setup.sh --bench
	$(SWIFT) run -c release DragomanBench segmentation
	python3 scripts/bench_segmentation.py

clean:
	rm -rf .build dragoman.sqlite dragoman.sqlite-wal dragoman.sqlite-shm
