"""Accuracy and speed of ``summarizer.segment``.

Accuracy: pySBD's English Golden Rules (``../shared/sentence-boundaries/english-golden-rules.json``),
a case being correct when the sentences produced equal the expected ones after stripping white space.
Speed: MB/s (UTF-8 bytes per second) of ``sentence_spans`` over the concatenated documents of
``../shared/datasets/multinews-validation.jsonl``, joined by blank lines (median of 5 runs). The data is read in place,
never copied into the project.

Usage: ``python scripts/golden_rules.py [-v]`` (``-v`` lists the failing cases).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from summarizer.segment import sentence_spans, split_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLDEN = SHARED / "sentence-boundaries" / "english-golden-rules.json"
MULTINEWS = SHARED / "datasets" / "multinews-validation.jsonl"
RUNS = 5


def golden_accuracy(path: Path = GOLDEN) -> tuple[float, list[dict], int]:
    """Share of golden-rules cases split exactly right, the failing cases and the case count."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    failures = []
    for case in cases:
        got = [s.strip() for s in split_sentences(case["text"])]
        want = [s.strip() for s in case["sentences"]]
        if got != want:
            failures.append({"text": case["text"], "expected": want, "got": got})
    return (len(cases) - len(failures)) / len(cases), failures, len(cases)


def throughput(path: Path = MULTINEWS, runs: int = RUNS) -> tuple[float, int, int]:
    """Median MB/s (UTF-8 bytes) of ``sentence_spans`` over the documents joined by blank lines,
    the byte count and the number of sentences."""
    with path.open(encoding="utf-8") as f:
        text = "\n\n".join(doc for line in f if line.strip() for doc in json.loads(line)["documents"])
    size = len(text.encode("utf-8"))
    times = []
    n = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(sentence_spans(text))
        times.append(time.perf_counter() - t0)
    return size / 1e6 / statistics.median(times), size, n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failing cases")
    args = parser.parse_args()
    if not GOLDEN.exists() or not MULTINEWS.exists():
        print(f"shared data not found under {SHARED}", file=sys.stderr)
        return 2
    accuracy, failures, total = golden_accuracy()
    print(f"golden rules: {accuracy:.1%} correct ({total - len(failures)}/{total} cases)")
    for fail in failures if args.verbose else []:
        print(f"  text:     {fail['text']!r}\n  expected: {fail['expected']}\n  got:      {fail['got']}")
    mbps, size, n = throughput()
    print(f"throughput: {mbps:.1f} MB/s (median of {RUNS} runs over {size / 1e6:.2f} MB, {n} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
