"""Measure story grouping (summarizer.brief.group) on Multi-News, against a baseline, and time it.

Quality: the first 100 clusters of ../shared/datasets/multinews-validation.jsonl, all their
non-empty articles mixed in a fixed seeded shuffle, grouped by ``group_articles``; printed
are the adjusted Rand index against the true clusters and the share of true clusters
recovered whole (some predicted group equals the true cluster exactly), for

* the method at its default threshold, and at thresholds around it (fragility check);
* the baseline: plain TF-IDF of whole articles (scikit-learn's TfidfVectorizer, English
  stop words) + average-linkage agglomerative clustering on cosine distance, at its best
  distance threshold on these same clusters (an upper bound for that baseline);
* both again on clusters 100-249, which were not used to choose any setting (the
  baseline keeps the threshold that was best on the first 100).

Speed: synthetic batches of 1,000 and 10,000 articles (``--sizes`` for others) made in
memory from a fixed seed out of the dataset's own text: stories with Multi-News's cluster
sizes, each made of 8-24 paragraphs drawn from the whole dataset whose capitalised words
are given a story-specific suffix (so that, as in a real day's news, every story has its
own names and the vocabulary grows with the batch); each article of a story is a random
50-90% of its paragraphs plus, half the time, an unrelated paragraph. Each size runs in a fresh
process so the peak resident memory printed is that run's own; CPU seconds are printed
beside wall seconds because the machine may be shared. (Stories recycle the dataset's
paragraphs, which makes unrelated synthetic stories share whole paragraphs: the group
count is printed as a sanity check, not as a quality measure.)

Event days: the seeds (``../shared/seeds``) are grouped as ``summarizer brief`` groups them;
article 004 reports a later call than 000-003 and must come out as a story of its own. They
are grouped alone, and mixed with the articles of the first 3, 10, 30 and 100 Multi-News
clusters (one ``.txt`` file per non-empty article, read with the seeds as a daily brief
reads a folder: ``--mixed`` for other counts): the mixed batch is the realistic case, where
the seeds' shared vocabulary is rare in the batch and their cosines are several times
higher than alone. Each must give 000-003 as one story and 004 as another, with no
Multi-News article in either.

Error decomposition (``--decompose``): where the gap between the method and 1.0 lies.
(a) every wrong join undone (predicted groups cut along the true clusters); (b) every
missed join made among the articles that share content with their cluster (all but the
"unrelated" ones of :func:`ceiling`), wrong joins kept; (a)+(b) together, which is the
ceiling; (c) for clusters 0-99 only, a *realistic* ceiling for a grouper of events, from a
hand check of every article the method splits from its cluster (``CONTENT_FREE`` and
``EVENTS`` below): the true clusters with every content-free page a story of its own and
the clusters that gather several events split into them.

Days with singletons (``--days``): the mixes above give every article cluster mates, which
a real day does not: most stories of a day have one article. So days are also built of
whole clusters plus one-article stories (one random article of another cluster), the
latter making 0%, 30%, 50%, 70% or 100% of the articles, 40 and 120 articles a day
(``--days`` for other sizes), five seeds each, from Multi-News (clusters 0-99, where the
settings were chosen, and 100-249, not used for choosing) and NeuS (clusters 0-152 for
choosing, 153-306 not; titles given); and days of 40 of the html-boilerplate pages (each
page its own story). Printed per kind of day: pairwise precision and recall (pairs of
articles put together, pooled over the days), B-cubed precision and recall, the mean ARI
(not defined for a day of singletons), and the false groups: groups holding articles of
two or more true stories.

Run: python scripts/grouping_ari.py [--tune 0 100] [--check 100 250] [--sizes 1000 10000 50000]
[--decompose] [--mixed 3 10 30 100] [--days 40 120] (``--sizes``, ``--mixed`` or ``--days`` with no value
skips that part.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATASET = SHARED / "datasets" / "multinews-validation.jsonl"
NEUS = SHARED / "datasets" / "neus-validation.jsonl"
HTML_PAGES = SHARED / "datasets" / "html-boilerplate"
SEED = 20240601
THRESHOLD_FACTORS = (0.6, 0.8, 1.0, 1.2, 1.4, 1.6)


def load_rows() -> list[dict]:
    with DATASET.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def mixed_articles(rows: list[dict], seed: int = SEED) -> tuple[list[str], list[int]]:
    """All non-empty articles of ``rows``, shuffled with a fixed seed, and their cluster ids."""
    items = [(doc, c) for c, row in enumerate(rows) for doc in row["documents"] if doc.strip()]
    random.Random(seed).shuffle(items)
    return [d for d, _ in items], [c for _, c in items]


def mixed_ids(rows: list[dict], first: int = 0, seed: int = SEED) -> list[tuple[int, int]]:
    """(cluster, document index) of each article of :func:`mixed_articles`, same order."""
    items = [(first + c, k) for c, row in enumerate(rows) for k, doc in enumerate(row["documents"])
             if doc.strip()]
    random.Random(seed).shuffle(items)
    return items


# Hand check (clusters 0-99) of every article the method splits from its cluster that the
# automatic "unrelated" test of ceiling() does not already catch; (cluster, document index).
CONTENT_FREE = {
    # copies of placeholder pages (web-archive notices, the Twitter location stub, a
    # newsletter box) that sit beside copies of themselves in other clusters
    (21, 5), (21, 6), (37, 1), (37, 2), (48, 1), (91, 1), (91, 3), (92, 3), (92, 5), (97, 1),
    (97, 2),
    # pages about another event or only background: a SAG-awards blurb in the Emmys
    # cluster, Harry Reid's retirement in the Senate-budget one, a Williams-syndrome
    # explainer, a Kristen Wiig birthday gallery, a science-news index page
    (10, 2), (72, 2), (75, 3), (84, 0), (89, 1),
}
# Clusters that gather different events under one theme, as the events (document indexes).
EVENTS = {
    85: [[1], [0]],  # California's porn-condom measure; the GMO-labelling measure
    86: [[3, 5], [1, 2], [0]],  # Sunday shows: Obama's speech; Bob Dole; Oklahoma tornado
    # April Fools' Day: Sinbad's fake film (article + its video page); brands' and Google's
    # pranks (three round-ups); George Takei; Russia's foreign ministry; a snowstorm;
    # Jackie Speier's bill
    88: [[8, 6], [3, 2, 7], [4], [5], [0], [1]],
}


def realistic_ideal(ids: list[tuple[int, int]], truth: list[int], unrelated: set[int]) -> list[int]:
    """Labels a perfect grouper of events could give: true clusters, with the unrelated and
    CONTENT_FREE articles each alone and the EVENTS clusters split into their events."""
    labels: dict[tuple, int] = {}
    out = []
    for i, ((c, k), t) in enumerate(zip(ids, truth)):
        if i in unrelated or (c, k) in CONTENT_FREE:
            key: tuple = ("alone", i)
        elif c in EVENTS:
            key = ("event", c, next(e for e, docs in enumerate(EVENTS[c]) if k in docs))
        else:
            key = ("cluster", t)
        out.append(labels.setdefault(key, len(labels)))
    return out


def _relabel(keys) -> list[int]:
    seen: dict = {}
    return [seen.setdefault(k, len(seen)) for k in keys]


def decompose(pred: list[int], truth: list[int], unrelated: set[int],
              ids: list[tuple[int, int]] | None) -> None:
    """Print the error decomposition described in the module docstring."""
    from sklearn.metrics import adjusted_rand_score as ari

    cut = _relabel(zip(pred, truth))  # (a) wrong joins undone
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    members: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(truth):
        if i not in unrelated:
            members[t].append(i)
    for docs in members.values():
        for i in docs[1:]:
            parent[find(pred[i])] = find(pred[docs[0]])
    joined = [find(p) for p in pred]  # (b) missed joins of content-bearing articles made
    print(f"  decomposition: now {ari(truth, pred):.3f}; (a) every wrong join undone "
          f"{ari(truth, cut):.3f}; (b) every missed join among content-bearing articles made "
          f"{ari(truth, joined):.3f}; (a)+(b) {ari(truth, _relabel(zip(joined, truth))):.3f}")
    if ids is None:
        return
    ideal = realistic_ideal(ids, truth, unrelated)
    alone = [("alone", i) if (i in unrelated or ids[i] in CONTENT_FREE) else ("c", t)
             for i, t in enumerate(truth)]
    print(f"  (c) realistic ceiling for a grouper of events (hand check): content-free pages "
          f"alone {ari(truth, _relabel(alone)):.3f}, and clusters "
          f"{', '.join(map(str, EVENTS))} split into their events {ari(truth, ideal):.3f}; "
          f"the method scored against that ideal: {ari(ideal, pred):.3f}")


def whole_share(pred, truth) -> float:
    """Share of true clusters that some predicted group equals exactly."""
    groups_p, groups_t = defaultdict(set), defaultdict(set)
    for i, (p, t) in enumerate(zip(pred, truth)):
        groups_p[p].add(i)
        groups_t[t].add(i)
    predicted = {frozenset(g) for g in groups_p.values()}
    return sum(frozenset(g) in predicted for g in groups_t.values()) / len(groups_t)


def scores(pred, truth) -> tuple[float, float]:
    from sklearn.metrics import adjusted_rand_score

    return adjusted_rand_score(truth, pred), whole_share(pred, truth)


def baseline_labels(texts: list[str], distance: float) -> list[int]:
    """Plain TF-IDF of whole articles + average linkage, cut at a cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    x = TfidfVectorizer(stop_words="english").fit_transform(texts)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance
    )
    return model.fit_predict(cosine_distances(x)).tolist()


def best_baseline(texts: list[str], truth: list[int]) -> tuple[float, float, float]:
    """(distance threshold, ARI, whole share) of the baseline's best threshold."""
    best = None
    for d in np.round(np.arange(0.30, 1.0, 0.01), 2):
        ari, whole = scores(baseline_labels(texts, float(d)), truth)
        if best is None or ari > best[1]:
            best = (float(d), ari, whole)
    return best


def unrelated_articles(texts: list[str], truth: list[int], below: float = 0.03) -> set[int]:
    """Articles whose TF-IDF cosine (the baseline's vectors) to every other article of
    their cluster is under ``below``: see :func:`ceiling`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english").fit_transform(texts)
    sims = (x @ x.T).toarray()
    np.fill_diagonal(sims, -1.0)
    t = np.asarray(truth)
    same = t[:, None] == t[None, :]
    return {i for i in range(len(t)) if same[i].sum() > 1 and sims[i][same[i]].max() < below}


def ceiling(texts: list[str], truth: list[int], below: float = 0.03) -> tuple[int, float]:
    """ARI of the true partition once the articles unrelated to their own cluster are split off.

    "Unrelated": TF-IDF cosine (the baseline's vectors) under ``below`` to every other
    article of its cluster: placeholder pages (web-archive notices, social-media stubs) and
    off-topic pages that no grouping by content can put back. Returns (count, ARI).
    """
    off = sorted(unrelated_articles(texts, truth, below))
    split = list(truth)
    for i in off:
        split[i] = -1 - i
    return len(off), scores(split, truth)[0]


# ---------------------------------------------------------------- synthetic batches

_PARAGRAPH = re.compile(r"\n\s*\n")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _suffix(story: int) -> str:
    letters = ""
    story += 26 * 26  # at least three letters
    while story:
        story, r = divmod(story, 26)
        letters += chr(ord("a") + r)
    return letters


def synthetic_batch(n: int, seed: int = SEED) -> tuple[list[str], list[int]]:
    """``n`` articles in stories, built in memory from the dataset's text (see module doc)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    rows = load_rows()
    sizes = [sum(1 for d in r["documents"] if d.strip()) for r in rows]
    pool = [
        p.strip()
        for row in rows
        for doc in row["documents"]
        for p in _PARAGRAPH.split(doc)
        if len(p.split()) >= 8
    ]
    rng = random.Random(seed)
    texts, story_of = [], []
    story = 0
    while len(texts) < n:
        tag = _suffix(story)

        def rename(m: re.Match) -> str:
            w = m.group(0)
            return w if w.lower() in ENGLISH_STOP_WORDS else w + tag

        paras = [_NAME.sub(rename, p) for p in rng.sample(pool, rng.randint(8, 24))]
        for _ in range(min(rng.choice(sizes), n - len(texts))):
            k = max(2, round(len(paras) * rng.uniform(0.5, 0.9)))
            body = [paras[i] for i in sorted(rng.sample(range(len(paras)), k))]
            if rng.random() < 0.5:
                body.insert(rng.randrange(len(body) + 1), rng.choice(pool))
            texts.append("\n\n".join(body))
            story_of.append(story)
        story += 1
    order = list(range(len(texts)))
    rng.shuffle(order)
    return [texts[i] for i in order], [story_of[i] for i in order]


def time_one(n: int) -> None:
    """Child process: build a batch of n, group it, print one JSON line."""
    from summarizer.brief.group import group_articles

    texts, truth = synthetic_batch(n)
    words = sum(len(t.split()) for t in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    labels = group_articles(texts)
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    ari, whole = scores(labels, truth)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "words": words, "seconds": seconds, "cpu_seconds": cpu_seconds,
                      "peak_mb": peak_mb,
                      "ari": ari, "whole": whole, "stories": len(set(truth)),
                      "groups": len(set(labels))}))


# ---------------------------------------------------------------- seeds


SEEDS = SHARED / "seeds"
SEED_STORIES = [["000", "001", "002", "003"], ["004"]]


def seed_stories(rows: list[dict], folder: Path) -> list[list[str]]:
    """The stories that hold a seed when the seeds are grouped with every non-empty
    article of ``rows`` (written to ``folder`` as one .txt file each, read back with the
    seeds as ``summarizer brief`` reads its inputs). Seeds are named by their number,
    other articles by their file name; compare with ``SEED_STORIES``."""
    from summarizer.brief.stories import group_stories
    from summarizer.ingest import load

    paths = []
    for row in rows:
        for k, doc in enumerate(row["documents"]):
            if doc.strip():
                path = folder / f"{row['id']}-{k}.txt"
                path.write_text(doc, encoding="utf-8")
                paths.append(str(path))
    groups = group_stories(load([str(SEEDS), *paths]).articles)
    seed = lambda a: Path(a.path).parent == SEEDS  # noqa: E731
    return sorted(sorted(Path(a.path).name[:3] if seed(a) else Path(a.path).name for a in g)
                  for g in groups if any(seed(a) for a in g))


def seeds_lines(rows: list[dict], counts: list[int]) -> None:
    """Print how the seeds are grouped, alone and mixed with the first ``counts`` clusters."""
    if not SEEDS.exists():
        print(f"Seeds: {SEEDS} not found")
        return
    print("Seeds (004 reports a later call than 000-003: two stories, no other article in them):")
    for count in [0, *counts]:
        with tempfile.TemporaryDirectory(prefix="seeds-mixed-") as folder:
            names = seed_stories(rows[:count], Path(folder))
        verdict = "as it should" if names == SEED_STORIES else "WRONG"
        where = f"mixed with clusters 0-{count - 1}" if count else "alone"
        count_all = sum(map(len, names))
        shown = names if count_all <= 8 else f"{len(names)} stories of {count_all} articles"
        print(f"  {where}: {shown} ({verdict})")


# ---------------------------------------------------------------- days with singletons

# source: (file, clusters the settings were chosen on, clusters kept for checking)
DAY_SOURCES = {
    "multinews": (DATASET, (0, 100), (100, 250)),
    "neus": (NEUS, (0, 153), (153, 307)),
}
SINGLE_SHARES = (0.0, 0.3, 0.5, 0.7, 1.0)
DAY_SEEDS = range(5)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _articles(row: dict) -> list[tuple[str, str | None]]:
    titles = row.get("titles") or [None] * len(row["documents"])
    return [(d, t) for d, t in zip(row["documents"], titles) if d.strip()]


def singleton_day(rows: list[dict], size: int, single_share: float, seed: int):
    """About ``size`` articles: whole clusters of two or more articles, and one random
    article of other clusters making ``single_share`` of the articles. Returns (texts,
    titles, story ids), shuffled."""
    rng = random.Random(seed)
    order = list(range(len(rows)))
    rng.shuffle(order)
    n_single = round(size * single_share)
    whole: list[tuple] = []
    singles: list[tuple] = []
    for c in order:
        arts = _articles(rows[c])
        if len(whole) + n_single >= size and len(singles) >= n_single:
            break
        if len(arts) >= 2 and len(whole) + len(arts) <= size - n_single:
            whole += [(d, t, c) for d, t in arts]
        elif arts and len(singles) < n_single:
            singles.append((*rng.choice(arts), c))
    items = whole + singles
    rng.shuffle(items)
    return [d for d, _, _ in items], [t for _, t, _ in items], [c for _, _, c in items]


def html_day(size: int, seed: int):
    """``size`` of the html-boilerplate pages as a brief reads them (text and title);
    each page is its own story. Returns (texts, titles, story ids, file names)."""
    from summarizer.htmltext import html_to_article

    data = sorted(json.loads((HTML_PAGES / "expected.json").read_text(encoding="utf-8")).items())
    texts, titles, files = [], [], []
    for url, entry in random.Random(seed).sample(data, size):
        raw = gzip.decompress((HTML_PAGES / "pages" / entry["file"]).read_bytes())
        article = html_to_article(raw.decode("utf-8", errors="replace"), url, url=url)
        texts.append(article.text)
        titles.append(article.title)
        files.append(entry["file"])
    return texts, titles, list(range(size)), files


def partition_counts(pred, truth) -> dict:
    """Counts to pool over days: pairs together (predicted, true, both), B-cubed sums,
    false groups (groups holding articles of 2+ true stories), groups and stories."""
    pairs = lambda k: k * (k - 1) // 2  # noqa: E731
    joint, cp, ct = Counter(zip(pred, truth)), Counter(pred), Counter(truth)
    stories: dict = defaultdict(set)
    for p, t in zip(pred, truth):
        stories[p].add(t)
    return {
        "both": sum(map(pairs, joint.values())), "pred": sum(map(pairs, cp.values())),
        "true": sum(map(pairs, ct.values())), "n": len(pred),
        "b3p": sum(joint[(p, t)] / cp[p] for p, t in zip(pred, truth)),
        "b3r": sum(joint[(p, t)] / ct[t] for p, t in zip(pred, truth)),
        "false": sum(len(s) > 1 for s in stories.values()), "groups": len(cp), "stories": len(ct),
    }


def pooled(counts: list[dict], aris: list[float]) -> dict:
    s: Counter = Counter()
    for c in counts:
        s.update(c)
    return {
        "P": s["both"] / s["pred"] if s["pred"] else 1.0,
        "R": s["both"] / s["true"] if s["true"] else float("nan"),
        "B3P": s["b3p"] / s["n"], "B3R": s["b3r"] / s["n"],
        "ARI": float(np.mean(aris)) if aris else float("nan"),
        "false": s["false"], "wrong": s["pred"] - s["both"], "groups": s["groups"],
        "stories": s["stories"],
    }


def day_line(name: str, m: dict) -> str:
    ari = "  -  " if m["ARI"] != m["ARI"] else f"{m['ARI']:.3f}"
    rec = "  -  " if m["R"] != m["R"] else f"{m['R']:.3f}"
    return (f"  {name:<30} pairs P {m['P']:.3f} R {rec}  B3 P {m['B3P']:.3f} R {m['B3R']:.3f}"
            f"  ARI {ari}  false groups {m['false']} ({m['wrong']} wrong pairs; "
            f"{m['groups']} groups for {m['stories']} stories)")


def days_lines(sizes: list[int], group=None) -> None:
    """Print the days-with-singletons figures (module docstring)."""
    from sklearn.metrics import adjusted_rand_score

    from summarizer.brief.group import group_articles

    group = group or group_articles
    for source, (path, *parts) in DAY_SOURCES.items():
        if not path.exists():
            print(f"Days: {path} not found")
            continue
        rows = _rows(path)
        for label, (a, b) in zip(("chosen on", "checked on"), parts):
            print(f"Days with singletons, {source} clusters {a}-{b - 1} ({label}), "
                  f"{'/'.join(map(str, sizes))} articles x {len(DAY_SEEDS)} seeds:")
            for share in SINGLE_SHARES:
                counts, aris = [], []
                for size in sizes:
                    for seed in DAY_SEEDS:
                        texts, titles, truth = singleton_day(rows[a:b], size, share, 1000 * size + seed)
                        pred = group(texts, titles)
                        counts.append(partition_counts(pred, truth))
                        if share < 1:
                            aris.append(adjusted_rand_score(truth, pred))
                print(day_line(f"{share:.0%} of articles alone", pooled(counts, aris)))
    if (HTML_PAGES / "expected.json").exists():
        counts = []
        for seed in DAY_SEEDS:
            texts, titles, truth, _ = html_day(40, seed)
            counts.append(partition_counts(group(texts, titles), truth))
        print("Days of 40 html-boilerplate pages (each its own story), 5 seeds:")
        print(day_line("all alone", pooled(counts, [])))


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--tune", type=int, nargs=2, default=[0, 100], metavar=("START", "END"),
                        help="clusters the settings were chosen on (default: 0 100)")
    parser.add_argument("--check", type=int, nargs=2, default=[100, 250], metavar=("START", "END"),
                        help="clusters not used for tuning (default: 100 250)")
    parser.add_argument("--decompose", action="store_true",
                        help="print the error decomposition (realistic ceiling: clusters 0-99)")
    parser.add_argument("--mixed", type=int, nargs="*", default=[3, 10, 30, 100],
                        help="Multi-News cluster counts the seeds are mixed with (default: 3 10 30 100)")
    parser.add_argument("--days", type=int, nargs="*", default=[40, 120],
                        help="article counts of the days with singletons (default: 40 120)")
    parser.add_argument("--time-one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time_one:
        time_one(args.time_one)
        return 0
    if not DATASET.exists():
        print(f"dataset not found: {DATASET}", file=sys.stderr)
        return 2

    from summarizer.brief.group import DEFAULT_THRESHOLD, group_articles

    rows = load_rows()
    (t0, t1), (c0, c1) = args.tune, args.check
    texts, truth = mixed_articles(rows[t0:t1])
    print(f"Multi-News validation, clusters {t0}-{t1 - 1}: {len(texts)} articles, seed {SEED}")
    start = time.perf_counter()
    labels = group_articles(texts)
    seconds = time.perf_counter() - start
    ari, whole = scores(labels, truth)
    print(f"  method   (threshold {DEFAULT_THRESHOLD}): ARI {ari:.3f}  clusters recovered whole "
          f"{whole:.0%}  ({len(set(labels))} groups, {seconds:.2f} s)")
    d, b_ari, b_whole = best_baseline(texts, truth)
    print(f"  baseline (TF-IDF + average linkage, best distance {d:.2f}): ARI {b_ari:.3f}  "
          f"clusters recovered whole {b_whole:.0%}")
    n_off, top = ceiling(texts, truth)
    print(f"  ceiling: true clusters with the {n_off} articles unrelated to the rest of their "
          f"cluster split off: ARI {top:.3f}")
    if args.decompose:
        ids = mixed_ids(rows[t0:t1], t0) if (t0, t1) == (0, 100) else None
        decompose(labels, truth, unrelated_articles(texts, truth), ids)
    print("  method at thresholds around the default:")
    for f in THRESHOLD_FACTORS:
        t = round(DEFAULT_THRESHOLD * f, 4)
        a, w = scores(group_articles(texts, threshold=t), truth)
        print(f"    threshold {t:<7} ARI {a:.3f}  whole {w:.0%}")

    held_texts, held_truth = mixed_articles(rows[c0:c1])
    held = group_articles(held_texts)
    a, w = scores(held, held_truth)
    ba, bw = scores(baseline_labels(held_texts, d), held_truth)
    print(f"Held out, clusters {c0}-{c1 - 1} ({len(held_texts)} articles; no setting chosen on them):")
    print(f"  method   ARI {a:.3f}  whole {w:.0%}")
    print(f"  baseline ARI {ba:.3f}  whole {bw:.0%}  (distance {d:.2f} from clusters {t0}-{t1 - 1})")
    if args.decompose:
        n_off, top = ceiling(held_texts, held_truth)
        print(f"  ceiling ({n_off} unrelated articles split off): ARI {top:.3f}")
        decompose(held, held_truth, unrelated_articles(held_texts, held_truth), None)
    seeds_lines(rows, args.mixed)
    if args.days:
        days_lines(args.days)

    print("Synthetic batches (fresh process each):")
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--time-one", str(n)],
            check=True, capture_output=True, text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"  {r['n']:>6} articles ({r['words'] / 1e6:.1f} M words): {r['seconds']:.1f} s "
              f"({r['cpu_seconds']:.1f} s CPU), peak RSS {r['peak_mb']:.0f} MB; "
              f"{r['groups']} groups for {r['stories']} stories")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
