"""What cleaning removes from Multi-News articles, by reason, with a sample to check.

Runs :func:`summarizer.clean.clean_cluster` on each cluster of
``../shared/datasets/multinews-validation.jsonl`` (raw scraped news text) and prints
the number of removed pieces by reason (with the words they held), then a sample of
removals per reason so that a person can look for false removals (content sentences
dropped as boilerplate). Nothing of the data set is written anywhere.

    python scripts/multinews_flags.py [--limit N] [--sample K] [--seed S] [--reason R]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from summarizer.clean import clean_cluster
from summarizer.records import Article

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "multinews-validation.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="first N clusters only (0: all)")
    parser.add_argument("--sample", type=int, default=5, help="removals shown per reason")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reason", action="append", default=[], help="show samples of these reasons only")
    parser.add_argument("--width", type=int, default=160, help="characters of each sample shown")
    args = parser.parse_args(argv)

    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    articles = kept_words = total_words = sentences = 0
    seconds = 0.0
    with args.data.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if args.limit and number >= args.limit:
                break
            row = json.loads(line)
            cluster = [Article(text, f"{row['id']}#{i}") for i, text in enumerate(row["documents"])]
            started = time.perf_counter()
            cleaned = clean_cluster(cluster)
            seconds += time.perf_counter() - started
            for article in cleaned:
                articles += 1
                total_words += len(article.article.text.split())
                kept_words += sum(len(s.text.split()) for s in article.sentences)
                sentences += len(article.sentences)
                for removal in article.removed:
                    counts[removal.reason] += 1
                    words[removal.reason] += len(removal.text.split())
                    examples[removal.reason].append(f"{article.article.path}: {removal.text}")

    print(f"{articles} articles, {sentences} kept sentences, {kept_words}/{total_words} words kept "
          f"({kept_words / max(total_words, 1):.1%}); clean_cluster {1000 * seconds / max(articles, 1):.2f} ms/article\n")
    print("| reason | removals | words |")
    print("|---|---|---|")
    for reason, n in counts.most_common():
        print(f"| {reason} | {n} | {words[reason]} |")
    rng = random.Random(args.seed)
    for reason, _ in counts.most_common():
        if args.reason and reason not in args.reason:
            continue
        pool = examples[reason]
        print(f"\n## {reason} ({len(pool)})")
        for text in rng.sample(pool, min(args.sample, len(pool))):
            print(f"- {text[: args.width]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
