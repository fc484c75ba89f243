"""How well a digest's line order follows the reference summary's order: Kendall's tau.

Information ordering is evaluated by Kendall's tau between a system's order and a
reference order (Lapata 2006, "Automatic Evaluation of Information Ordering: Kendall's
Tau", Computational Linguistics 32). A digest has no sentence of the reference, so each
line is placed at the reference sentence that holds most of its ROUGE unigrams and
bigrams (at least ``MIN_SHARE`` of them; lines placed nowhere are left out), and tau is
taken between the lines' order and those places, over digests with at least three placed
lines. Three orders of the same `default` digest are compared:

* ``reading``: the library's reading order (:mod:`summarizer.order`);
* ``article by article``: article date, then source number, then position (the reading
  order before the eighth session);
* ``score``: the order of the picks (most relevant first).

    python scripts/reading_order.py [--dataset multinews|neus] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.stats import kendalltau

from summarizer import Options, summarize
from summarizer.evaluation.datasets import load_dataset
from summarizer.evaluation.rouge import rouge_tokens
from summarizer.evaluation.runner import cluster_articles
from summarizer.segment import sentence_spans

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
BUDGETS = {"multinews": 250, "neus": 65}
# A line is placed at a reference sentence holding at least this share of its unigrams and
# bigrams; below it, it shares only a few words with any. Fixed a priori, not tuned.
MIN_SHARE = 0.2


def _units(text: str) -> set:
    words = rouge_tokens(text)
    return set(words) | set(zip(words, words[1:]))


def _place(line: str, reference: list[set]) -> int | None:
    if not reference:
        return None
    units = _units(line)
    shares = [len(units & sentence) / (len(units) or 1) for sentence in reference]
    best = int(np.argmax(shares))
    return best if shares[best] >= MIN_SHARE else None


def _tau(places: list[int | None]) -> float | None:
    placed = [(i, p) for i, p in enumerate(places) if p is not None]
    if len(placed) < 3:
        return None
    tau = kendalltau([i for i, _ in placed], [p for _, p in placed]).statistic
    return None if np.isnan(tau) else float(tau)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=sorted(BUDGETS), default="multinews")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    words = BUDGETS[args.dataset]
    taus: dict[str, list[float]] = {"reading": [], "article by article": [], "score": []}
    data = load_dataset(DATASETS / f"{args.dataset}-validation.jsonl", limit=args.limit or None)
    for cluster in data.clusters:
        articles = cluster_articles(cluster)  # as `summarizer evaluate` builds them (titles too)
        reference = cluster.references[0]
        sentences = [_units(reference[s:e]) for s, e in sentence_spans(reference)]
        picks = summarize(articles, Options(words=words, order="score"))
        reading = summarize(articles, Options(words=words))
        dates = [source.date for source in picks.sources]
        by_article = sorted(picks.lines, key=lambda l: (dates[l.doc] is None, dates[l.doc] or "", l.doc, l.index))
        for name, lines in (("reading", reading.lines), ("article by article", by_article), ("score", picks.lines)):
            tau = _tau([_place(line.text, sentences) for line in lines])
            if tau is not None:
                taus[name].append(tau)
    print(f"{args.dataset}: Kendall's tau of digest order against reference order ({words} words)")
    for name, values in taus.items():
        mean = float(np.mean(values)) if values else float("nan")
        error = float(np.std(values) / np.sqrt(len(values))) if values else float("nan")
        print(f"  {name:<20} {mean:6.3f} ± {error:.3f}  ({len(values)} digests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
