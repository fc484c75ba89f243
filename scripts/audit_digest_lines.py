"""Audit digest lines for boilerplate on the validation sets.

    python scripts/audit_digest_lines.py [--dataset multinews|neus] [--limit K] [--sample N]

Makes the `default` digests of every cluster (250 words for Multi-News, 65 for NeuS),
then, for every digest line, asks the project's boilerplate rules again, as if the line
stood alone (``lexicon_reason``, ``sentence_reason``), plus a wider net of junk cues
(links, handles, photo/credit words, "click", "subscribe", very short lines). It prints
every line so flagged with its cue, and a seeded random sample of unflagged lines, for a
person to check by hand. Counts go to the last line.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from summarizer import boilerplate as bp
from summarizer.evaluation.datasets import load_dataset
from summarizer.evaluation.runner import summarize_cluster
from summarizer.options import Options

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
DATASETS = {"multinews": ("multinews-validation.jsonl", 250), "neus": ("neus-validation.jsonl", 65)}
# Wider than the filter on purpose: a cue only asks a person to look.
CUES = re.compile(
    r"https?://|www\.|@\w|\b(?:photo|getty|credit|click|subscribe|sign up|newsletter|advertis\w*|cookie|"
    r"share|tweet|follow us|read more|related|copyright|all rights reserved|javascript|browser)\b",
    re.IGNORECASE,
)
MIN_WORDS = 6


def cue(line: str) -> str | None:
    reason = bp.lexicon_reason(line) or bp.sentence_reason(line, last=False)
    if reason:
        return f"filter: {reason}"
    match = CUES.search(line)
    if match:
        return f"cue: {match.group(0).lower()}"
    if len(line.split()) < MIN_WORDS:
        return "cue: short line"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=DATASETS, default="multinews")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sample", type=int, default=40, help="unflagged lines to print for a hand check")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    filename, words = DATASETS[args.dataset]
    data = load_dataset(SHARED / filename, args.limit)
    options = Options(words=words)
    flagged, clean = [], []
    for cluster in data.clusters:
        (summary,) = summarize_cluster(cluster, ["default"], options)
        for line in summary.lines:
            why = cue(line)
            (flagged if why else clean).append((cluster.id, line, why))
    for cid, line, why in flagged:
        print(f"FLAG [{why}] {cid}: {line}")
    print()
    for cid, line, _ in random.Random(args.seed).sample(clean, min(args.sample, len(clean))):
        print(f"SAMPLE {cid}: {line}")
    total = len(flagged) + len(clean)
    print(f"\n{total} digest lines in {len(data.clusters)} clusters; {len(flagged)} flagged for a look; "
          f"{min(args.sample, len(clean))} unflagged lines sampled")


if __name__ == "__main__":
    main()
