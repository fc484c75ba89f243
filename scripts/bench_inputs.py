"""Reproducible benchmark inputs made from real news text (for ``scripts/bench.py``).

The text is the Multi-News validation sample in ``../shared/datasets`` (Fabbri et al.
2019; research use only). Nothing generated here is ever written into the project: the
benchmark writes it to a temporary directory and removes it afterwards.

Two kinds of input, both fully determined by their size and a seed:

* :func:`story_cluster` -- one big story-ish cluster for the digest benchmark: ``n``
  articles drawn with replacement from the articles of a handful of Multi-News clusters
  (chosen by the seed), each copy lightly perturbed, as a wire story syndicated and
  re-edited by many outlets.
* :func:`news_day` -- a day's news for the brief benchmark: ``n`` articles, each a
  perturbed copy of an article of a Multi-News cluster; clusters are drawn with
  heavy-tailed (Zipf-like) weights, so a few stories get many more near-duplicate
  articles than most, as on a real news day.

A perturbation keeps the article's first paragraph (its title or lead) in place and
edits the rest: paragraphs are dropped (one, sometimes two), two paragraphs are swapped
or the body is reshuffled, and sometimes the article is cut after a paragraph (a
truncated feed item). Paragraphs are split on blank lines (Multi-News writes them as
``" \\n \\n "``) and joined with one blank line.

    python scripts/bench_inputs.py story 160 OUTDIR     # 160 .txt files
    python scripts/bench_inputs.py day 10000 OUTDIR     # 10,000 .txt files
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MULTINEWS = SHARED / "datasets" / "multinews-validation.jsonl"
DEFAULT_SEED = 20250214

# The story cluster pools the articles of this many Multi-News clusters that have at
# least STORY_MIN_ARTICLES articles each (a "handful": one big, story-ish cluster with
# several threads, about 15-40 distinct source articles).
STORY_SOURCE_CLUSTERS = 6
STORY_MIN_ARTICLES = 3
# Story sizes on a news day: cluster of rank r (in a seeded order) is drawn with weight
# 1 / (r + 1) ** DAY_ZIPF_EXPONENT. Multi-News has only 250 clusters, so stories grow
# with the day's size (about 4, 40 and 200 articles a story on average at 1,000, 10,000
# and 50,000 articles); 0.5 keeps the biggest story near 3% of the day (about 330
# articles at 10,000), where 1.0 (Zipf's law) would give one story 16% of the day.
DAY_ZIPF_EXPONENT = 0.5
# Articles shorter than this (characters) are not used: Multi-News has a few empty or
# one-line scrapes that no outlet would publish as an article.
MIN_ARTICLE_CHARS = 200

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@lru_cache(maxsize=4)
def load_clusters(path: Path = MULTINEWS) -> tuple[tuple[str, ...], ...]:
    """The documents of every cluster of a Multi-News-style JSON lines file, in file
    order, without the too-short ones (clusters left with none are dropped)."""
    clusters = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            docs = tuple(d for d in row["documents"] if len(d.strip()) >= MIN_ARTICLE_CHARS)
            if docs:
                clusters.append(docs)
    return tuple(clusters)


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, white space at their ends removed."""
    return [p.strip() for p in _BLANK_LINE.split(text) if p.strip()]


def perturb(text: str, rng: random.Random) -> str:
    """A re-edited copy of ``text``: the first paragraph stays, the body is edited."""
    parts = paragraphs(text)
    head, body = parts[:1], parts[1:]
    if len(body) >= 3 and rng.random() < 0.7:
        del body[rng.randrange(len(body))]
        if len(body) >= 6 and rng.random() < 0.3:
            del body[rng.randrange(len(body))]
    if len(body) >= 2:
        if rng.random() < 0.2:
            rng.shuffle(body)
        elif rng.random() < 0.6:
            i = rng.randrange(len(body) - 1)
            body[i], body[i + 1] = body[i + 1], body[i]
    if len(body) >= 6 and rng.random() < 0.15:
        body = body[: rng.randrange(3, len(body))]
    return "\n\n".join(head + body) + "\n"


def story_cluster(n: int, seed: int = DEFAULT_SEED, *, sources: int = STORY_SOURCE_CLUSTERS,
                  path: Path = MULTINEWS) -> list[str]:
    """``n`` articles of one big story-ish cluster (see the module docstring). The first
    articles are the pool's originals, unperturbed; the rest are perturbed copies."""
    rng = random.Random(f"story:{seed}")
    clusters = load_clusters(path)
    eligible = [c for c in clusters if len(c) >= STORY_MIN_ARTICLES]
    chosen = rng.sample(eligible, min(sources, len(eligible)))
    pool = [doc for cluster in chosen for doc in cluster]
    out = list(pool[:n])
    while len(out) < n:
        out.append(perturb(rng.choice(pool), rng))
    return out


def news_day(n: int, seed: int = DEFAULT_SEED, *, path: Path = MULTINEWS) -> list[str]:
    """``n`` articles of a day's news (see the module docstring), in a seeded random
    order (a story's articles are spread through the day, not adjacent)."""
    return _news_day(n, seed, path)[0]


def source_stories(n: int, seed: int = DEFAULT_SEED, *, path: Path = MULTINEWS) -> list[int]:
    """The Multi-News cluster behind each article of ``news_day(n, seed)``: the grouping
    a perfect ``brief`` would find (near enough: a few Multi-News clusters share a story)."""
    return _news_day(n, seed, path)[1]


def _news_day(n: int, seed: int, path: Path) -> tuple[list[str], list[int]]:
    rng = random.Random(f"day:{seed}")
    clusters = list(enumerate(load_clusters(path)))
    rng.shuffle(clusters)
    weights = [1.0 / (rank + 1) ** DAY_ZIPF_EXPONENT for rank in range(len(clusters))]
    picks = rng.choices(range(len(clusters)), weights=weights, k=n)
    texts = [perturb(rng.choice(clusters[c][1]), rng) for c in picks]
    return texts, [clusters[c][0] for c in picks]


def write_articles(texts: Sequence[str], directory: Path, *, suffix: str = ".txt") -> list[Path]:
    """One file per article, named by position (``000000.txt``...); returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(len(texts))))
    paths = []
    for i, text in enumerate(texts):
        path = directory / f"{i:0{width}d}{suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def fingerprint(texts: Sequence[str]) -> str:
    """SHA-256 of the articles (length-prefixed), to check that generation is reproducible."""
    digest = hashlib.sha256()
    for text in texts:
        data = text.encode("utf-8")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


GENERATORS = {"story": story_cluster, "day": news_day}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=sorted(GENERATORS))
    parser.add_argument("n", type=int)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    texts = GENERATORS[args.kind](args.n, args.seed)
    write_articles(texts, args.outdir)
    print(f"{len(texts)} articles, {sum(map(len, texts)):,} characters, sha256 {fingerprint(texts)[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
