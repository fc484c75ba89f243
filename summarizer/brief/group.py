"""Group a day's articles into stories: sparse TF-IDF, top-k neighbours, group-average linkage.

Method
------
1. **Article vectors.** Each article (its title, when given, then its text) becomes a sparse
   TF-IDF vector (Salton & Buckley 1988) over lower-cased word unigrams and bigrams, after
   dropping scikit-learn's English stop words and reducing words with the Snowball (Porter 2)
   stemmer (NLTK's code, which needs no data files). Term frequency is sublinear
   (1 + log tf; Manning, Raghavan & Schütze 2008, *Introduction to Information Retrieval*,
   §6.4.1), the IDF is computed over the batch itself and squared, so that what two articles
   share is weighed mostly by the terms that are rare in the day's news (names, places,
   quoted phrases) rather than by the topic's common vocabulary. Rows are L2-normalised:
   a dot product is a cosine. Features are hashed (scikit-learn's ``HashingVectorizer``),
   so no vocabulary dictionary grows with the batch.
2. **Neighbour search without an all-pairs matrix.** Candidate pairs come from an inverted
   index restricted, for each article, to its ``_SIGNATURE_TERMS`` highest-weighted terms,
   and to terms held by at most ``_MAX_POSTINGS`` articles: the "df-cut" of Elsayed, Lin &
   Oard (2008, *Pairwise Document Similarity in Large Collections with MapReduce*, ACL-HLT),
   in the spirit of the prefix filtering of Bayardo, Ma & Srikant (2007, *Scaling Up All
   Pairs Similarity Search*, WWW). The signature product is computed in row chunks (scipy
   sparse), its best ``2 k`` candidates per article are re-scored by their exact cosine, and
   each article keeps its ``k`` most similar neighbours at or above the threshold. Work and
   memory grow with (articles x signature terms x postings cap), i.e. linearly in the batch.
   **Corroboration.** A pair is kept only if its cosine *without its*
   ``_CORROBORATION`` *largest shared-term contributions* still reaches the threshold. The
   batch IDF makes any term shared by two articles and no other heavy, the more so the
   fewer articles the day has; without this rule two unrelated short articles sharing one
   name ("Sanders": "bernie", "sander", "bernie sander") reach the threshold, and a day of
   one-article stories came out as pairs of unrelated articles (the NeuS "Sanders sends
   Democratic establishment into panic mode" joined to a CNN piece on Warren and sexism).
   Articles of one story share many terms, so the few largest are not all of their
   similarity; the rule asks for evidence from more than one name or phrase, and works at
   any article length (a fixed number of terms, where a higher cosine threshold would
   refuse long true pairs before it refuses short false ones).
3. **Group-average clustering on that sparse graph.** Agglomerative clustering with the
   group-average criterion, the method Yang, Pierce & Carbonell (1998, *A Study on
   Retrospective and On-line Event Detection*, SIGIR) found best for retrospective news
   event detection: repeatedly merge the two groups with the highest mean pairwise cosine,
   while that mean is at least ``threshold``. Pairs that are not graph edges count as
   similarity 0, so a merge needs support from many cross pairs; this is the guard against
   chaining (two stories joined through one borderline article) that connected components
   lack, and it keeps stories that share actors but report different events apart when
   their articles' specific vocabulary differs.
4. **Placeholder pages.** A short text that recurs verbatim as the *whole* of three or more
   articles (a web-archive notice, a consent or error page, a social-media embed stub) says
   nothing about any story; such articles are left as singletons instead of being merged
   as "duplicates". Syndicated copies of a wire story differ in their page furniture
   (bylines, outlet boilerplate) and are unaffected.
5. **Event days.** Time is what tells two events of one story line apart (a second phone
   call between the same ministers, a follow-up hearing): TDT systems compare the
   temporal expressions of two stories separately from their words (Makkonen,
   Ahonen-Myka & Salmenkivi 2004, *Simple Semantics in Topic Detection and Tracking*,
   Information Retrieval 7) or discount similarity across time (Yang et al. 1998). Here
   an article's event days are the weekday names it uses ("on Tuesday", "Thursday's
   vote"). When two articles both name weekdays, have none in common, and at least one
   of them names a single day (an article naming several recounts a sequence of days,
   which says less about its own event), the cosine of the pair is multiplied by
   ``_OTHER_DAY_FACTOR`` before the neighbour graph is built. That discount alone does not
   hold in a real day's batch: the more stories are mixed in, the rarer (so heavier, with
   IDF squared) the vocabulary a story line's events share, and two reports of a later
   call by the same ministers reach cosines of 0.15-0.22 with the first call's reports,
   far above the threshold even when discounted. So days also act at the level of the
   groups, as a cannot-link constraint (Wagstaff, Cardie, Rogers & Schrödl 2001,
   *Constrained K-means Clustering with Background Knowledge*, ICML; Davidson & Ravi 2005,
   *Agglomerative Hierarchical Clustering with Constraints*, SDM): a group's event days
   are the weekdays its articles name in their leads (the first
   ``summarizer.events.LEAD_WORDS`` words, where news writing puts when the event
   happened; days named further down mostly recount background; :mod:`summarizer.events`),
   pooled over its members; two groups whose event days are both known, at least one of
   them a single day, and none within a day of the other's are not merged, whatever
   their mean cosine. A day either side is allowed because a report
   published the day after an event commonly names the day of its own news ("a
   statement on Friday" about Thursday's accident). Pooling lets an article that names
   no weekday ("on February 6") take the day of the reports it joins, and keeps a
   group whose articles name several days (a story told over a week) open to all of them.

Labels are numbered 0, 1, ... in order of first appearance; the result is deterministic.
``scripts/grouping_ari.py`` measures quality on Multi-News clusters and times large batches.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

import numpy as np
from scipy import sparse

from summarizer.events import day_masks, days_conflict, different_days, event_day_masks, weekday_masks

__all__ = [
    "DEFAULT_THRESHOLD", "group_articles", "article_vectors", "weekday_masks", "event_day_masks"
]

# Group-average cosine at which two groups are merged. Tuned on the first 100 Multi-News
# validation clusters (291 articles; scripts/grouping_ari.py): ARI stays within 0.745-0.747
# for every threshold from 0.021 to 0.030 and is highest at 0.027, which is taken. Not
# fragile: clusters 100-199 and 150-249, not used for tuning, give 0.829 and 0.809 at 0.027
# (their own best: 0.836 at 0.030, 0.810 at 0.025), and random batches of 2-30 Multi-News
# clusters (5-90 articles) are best at 0.025-0.04 too.
DEFAULT_THRESHOLD = 0.027

# Exponent on the batch IDF. Chosen on the same 100 clusters among 1, 1.5, 2 and 2.5
# (best ARI 0.742, 0.743, 0.747, 0.753); 2 keeps the widest plateau of good thresholds on
# all three slices of the data, 2.5 narrows it on clusters 150-249.
_IDF_POWER = 2.0

# Neighbours kept per article (the sparse graph's degree). Not tuned for quality: 3 to 30
# move the ARI of the three slices by at most 0.02; 10 bounds the graph at ~10 edges an
# article.
_NEIGHBOURS = 10

# Highest-weighted terms per article used to find candidate pairs. Any value from 40 up
# gives the same groups as the exhaustive search on all three Multi-News slices; 40 misses
# the story of an article whose heaviest terms are all shared only with its own copies (a
# wire piece run twice: tests/test_group.py), 100 does not, and costs 2.4 s instead of
# 1.8 s of neighbour search for 10,000 articles.
_SIGNATURE_TERMS = 100

# Terms held by more articles than this are not used to find candidates (Elsayed et al.'s
# df-cut): they are not story-specific, and their postings are what makes all-pairs
# quadratic. They still count in the exact cosine of every candidate pair. Not tuned.
_MAX_POSTINGS = 200

# Corroboration: a pair is an edge only if its cosine still reaches the threshold without
# the shared terms that contribute most to it, this many of them (point 2 above). A name
# counts about three terms ("bernie", "sander", "bernie sander"), so 3 asks for more than
# one shared name or phrase. Chosen on days built from Multi-News clusters 0-99 and NeuS
# clusters 0-152 only (scripts/grouping_ari.py, "Days with singletons": 40- and 120-article
# days where 0%, 30%, 50%, 70% or 100% of the articles are alone in their story, 5 seeds
# each), among 0, 1, 2, 3, 4 and 6 at thresholds 0.027-0.045: mean B-cubed F1 over those
# days 0.875 (0, the method before), 0.905 (1), 0.914 (2), 0.918 (3), 0.917 (4), 0.909 (6)
# at 0.027; 2 at 0.035 is as good (0.920) but also moves the threshold; 3 at 0.027 keeps
# it (a separate, lower threshold for the corroborated cosine was no better). On those
# days: false groups on days of singletons alone 118 -> 39 (Multi-News), 235 -> 53
# (NeuS), of 700 and 800 stories; ARI of days without singletons 0.737 -> 0.724 and
# 0.869 -> 0.814, of days half singletons 0.649 -> 0.643 and 0.697 -> 0.778. The cost:
# the 291 articles of clusters 0-99 in one batch, ARI 0.747 -> 0.694.
_CORROBORATION = 3

# Placeholder pages: a whole text repeated verbatim in at least this many articles, and
# shorter than this many words (see point 4 above). Not tuned: 2 copies are often the
# same article fetched twice, and news articles are rarely under 150 words.
_PLACEHOLDER_COPIES = 3
_PLACEHOLDER_WORDS = 150

# Cosine factor for two articles of different days (point 5 above). Chosen among 0, 0.25
# and 0.5: on the first 100 Multi-News clusters they give ARI 0.745, 0.747 and 0.747
# (1: 0.747; of the pairs there above the threshold that name different days, 6 are of
# one cluster and 22 not, but most of the 22 were kept apart already); 0.5 is too weak to
# keep apart a later event told in alike words (the seeds' article 004, cosines 0.05-0.09
# with 000-003 against a threshold of 0.027; tests/test_brief.py), so 0.25 is taken.
# Clusters 100-249: ARI 0.778 without the discount, 0.784 with it. The "one of them names
# a single day" condition could not be chosen on clusters 0-99 (0.747 with or without);
# it was kept as the more cautious rule, and is better on 100-249 (0.784 against 0.782).
# That choice was made on the seeds alone; mixed with other stories they need the merge
# constraint of point 5 (no factor suffices there: 0 and 0.1 still join 004 to 000-003
# beside 10 Multi-News clusters), which was added on top of this discount.
_OTHER_DAY_FACTOR = 0.25

_HASH_FEATURES = 1 << 23  # hashed feature space; collisions only merge very rare terms
_ROW_CHUNK = 2_000  # articles per chunk of the signature product
_PAIR_CHUNK = 4_000  # candidate pairs per chunk of exact cosines

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


class _Terms(dict):
    """Token -> stemmed term ("" for a stop word or a too-short token), filled on demand."""

    def __missing__(self, token: str) -> str:
        base = token.replace("’", "'").split("'")[0]
        if base in _stop_words() or len(base) < 2 or (base.isdigit() and len(base) < 3):
            term = ""
        else:
            term = _stemmer().stem(base)
        self[token] = term
        return term


class _Analyzer:
    """Text -> stemmed content-word unigrams and bigrams (bigrams over the kept words)."""

    def __init__(self) -> None:
        self._terms = _Terms()

    def __call__(self, text: str) -> list[str]:
        terms = [t for t in map(self._terms.__getitem__, _TOKEN.findall(text.lower())) if t]
        terms.extend(map(" ".join, zip(terms, terms[1:])))
        return terms


def article_vectors(docs: Sequence[str]) -> sparse.csr_matrix:
    """L2-normalised rows of sublinear-tf x IDF^2 weights over hashed unigrams+bigrams."""
    from sklearn.feature_extraction.text import HashingVectorizer

    hasher = HashingVectorizer(
        analyzer=_Analyzer(),
        n_features=_HASH_FEATURES,
        alternate_sign=False,
        norm=None,
        dtype=np.float32,
    )
    counts = hasher.transform(docs).tocsr()
    counts.sum_duplicates()
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1.0 + n) / (1.0 + df[counts.indices])) + 1.0) ** _IDF_POWER
    counts.data = ((np.log(counts.data) + 1.0) * idf).astype(np.float32)
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    counts.data /= np.repeat(norms, np.diff(counts.indptr)).astype(np.float32)
    counts.sort_indices()  # canonical CSR: elementwise products below rely on it
    return counts


def _top_per_row(m: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row's ``keep`` largest entries (ties broken by column), as a new CSR matrix."""
    lens = np.diff(m.indptr)
    if lens.size == 0 or lens.max() <= keep:
        return m
    rows = np.repeat(np.arange(m.shape[0]), lens)
    order = np.lexsort((m.indices, -m.data, rows))
    rank = np.arange(order.size) - m.indptr[rows[order]]
    sel = order[rank < keep]
    return sparse.csr_matrix((m.data[sel], (rows[sel], m.indices[sel])), shape=m.shape)


def _best_per_row(rows, cols, vals, keep: int):
    """Keep each row's ``keep`` highest values (ties: lower column first)."""
    order = np.lexsort((cols, -vals, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    first = np.searchsorted(rows, rows, side="left")
    sel = (np.arange(rows.size) - first) < keep
    return rows[sel], cols[sel], vals[sel]


def _pair_cosines(
    x: sparse.csr_matrix, a: np.ndarray, b: np.ndarray, drop: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Per pair (a[i], b[i]): the cosine, and the cosine without the ``drop`` shared terms
    that contribute most to it (point 2 above)."""
    cos = np.empty(a.size, dtype=np.float64)
    rest = np.empty(a.size, dtype=np.float64)
    for s in range(0, a.size, _PAIR_CHUNK):
        prod = x[a[s : s + _PAIR_CHUNK]].multiply(x[b[s : s + _PAIR_CHUNK]]).tocsr()
        prod.sum_duplicates()
        cos[s : s + _PAIR_CHUNK] = np.asarray(prod.sum(axis=1)).ravel()
        rest[s : s + _PAIR_CHUNK] = cos[s : s + _PAIR_CHUNK] - _largest_sums(prod, drop)
    return cos, rest


def _largest_sums(m: sparse.csr_matrix, count: int) -> np.ndarray:
    """Per row of ``m`` (non-negative entries): the sum of its ``count`` largest entries.
    ``count`` passes of a row maximum (numpy's reduceat), each removing one entry (the
    first of a tie), linear in the stored entries."""
    out = np.zeros(m.shape[0])
    if count == 0 or m.nnz == 0:
        return out
    data = m.data.astype(np.float64)
    rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    starts = m.indptr[:-1][np.diff(m.indptr) > 0]
    filled = rows[starts]
    for _ in range(count):
        best = np.maximum.reduceat(data, starts)
        out[filled] += np.maximum(best, 0.0)
        hit = np.flatnonzero(data == best[np.searchsorted(filled, rows)])
        _, first = np.unique(rows[hit], return_index=True)
        data[hit[first]] = -np.inf
    return out


def _neighbour_graph(
    x: sparse.csr_matrix, threshold: float, k: int, days: np.ndarray | None = None
):
    """Undirected edges (a < b, similarity >= threshold) of the top-k neighbour graph.

    The similarity is the exact cosine, times ``_OTHER_DAY_FACTOR`` for a pair of
    different days (:func:`~summarizer.events.different_days` of their weekday masks)."""
    n = x.shape[0]
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    df = np.bincount(x.indices, minlength=x.shape[1])
    usable = (df[x.indices] >= 2) & (df[x.indices] <= _MAX_POSTINGS)
    sig = sparse.csr_matrix(
        (np.where(usable, x.data, 0), x.indices.copy(), x.indptr.copy()), shape=x.shape
    )
    sig.eliminate_zeros()  # in place: hence the copies above, x must stay intact
    sig = _top_per_row(sig, _SIGNATURE_TERMS)
    sig_t = sig.T.tocsr()
    cand_r, cand_c = [], []
    for s in range(0, n, _ROW_CHUNK):
        part = (sig[s : s + _ROW_CHUNK] @ sig_t).tocoo()
        r = part.row.astype(np.int64) + s
        c = part.col.astype(np.int64)
        off = r != c
        r, c, v = _best_per_row(r[off], c[off], part.data[off], 2 * k)
        cand_r.append(r)
        cand_c.append(c)
    if not cand_r:
        return empty
    r, c = np.concatenate(cand_r), np.concatenate(cand_c)
    key = np.unique(np.minimum(r, c) * n + np.maximum(r, c))
    a, b = key // n, key % n
    sims, rest = _pair_cosines(x, a, b, _CORROBORATION)
    if days is not None:
        factor = np.where(different_days(days[a], days[b]), _OTHER_DAY_FACTOR, 1.0)
        sims, rest = sims * factor, rest * factor
    ok = (sims >= threshold) & (rest >= threshold)
    a, b, sims = a[ok], b[ok], sims[ok]
    if a.size == 0:
        return empty
    # An edge stays if it is among the k best of either end.
    both = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([sims, sims])
    r, c, v = _best_per_row(*both, k)
    key, first = np.unique(np.minimum(r, c) * n + np.maximum(r, c), return_index=True)
    return key // n, key % n, v[first]


def _group_average(
    n: int,
    a: np.ndarray,
    b: np.ndarray,
    sims: np.ndarray,
    threshold: float,
    days: np.ndarray | None = None,
) -> list[int]:
    """Group-average agglomeration on a sparse similarity graph (absent pairs count as 0).

    Each group keeps the sum of edge similarities to each neighbouring group; the pair with
    the highest mean (sum / (size x size)) is merged while that mean >= threshold. A heap
    with lazy deletion orders the merges; ties go to the lower group ids. ``days`` (an
    event-day mask per article) makes a cannot-link constraint: a group's mask is the
    union of its members', and two groups whose masks conflict
    (:func:`~summarizer.events.days_conflict`) are not merged. A pair refused is looked at
    again whenever either group changes. Returns a root article index per article.
    """
    links: list[dict[int, float]] = [{} for _ in range(n)]
    heap: list[tuple[float, int, int]] = []
    mask = [0] * n if days is None else [int(d) for d in days]
    for i, j, s in zip(a.tolist(), b.tolist(), sims.tolist()):
        links[i][j] = s
        links[j][i] = s
        if not days_conflict(mask[i], mask[j]):
            heap.append((-s, i, j))
    heapq.heapify(heap)
    size = [1] * n
    parent = list(range(n))
    alive = [True] * n
    while heap:
        neg, i, j = heapq.heappop(heap)
        if -neg < threshold:
            break
        if not (alive[i] and alive[j]):
            continue
        total = links[i].get(j)
        if total is None or total / (size[i] * size[j]) != -neg:
            continue  # stale entry: one of the two groups has changed since it was pushed
        if days_conflict(mask[i], mask[j]):
            continue
        if len(links[i]) < len(links[j]):
            i, j = j, i  # fold the group with fewer links into the other
        alive[j] = False
        parent[j] = i
        keep = links[i]
        del keep[j]
        for x, s in links[j].items():
            if x == i:
                continue
            other = links[x]
            del other[j]
            t = keep.get(x, 0.0) + s
            keep[x] = t
            other[i] = t
        links[j] = {}
        size[i] += size[j]
        mask[i] |= mask[j]
        for x, t in keep.items():
            mean = t / (size[i] * size[x])
            if mean >= threshold and not days_conflict(mask[i], mask[x]):
                heapq.heappush(heap, (-mean, min(i, x), max(i, x)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return [root(x) for x in range(n)]


def _placeholders(texts: Sequence[str]) -> set[int]:
    norm = [" ".join(t.split()).lower() for t in texts]
    copies = Counter(norm)
    return {
        i
        for i, t in enumerate(norm)
        if copies[t] >= _PLACEHOLDER_COPIES and len(t.split()) < _PLACEHOLDER_WORDS
    }


def group_articles(
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[int]:
    """Story label per article, numbered 0.. in order of first appearance (deterministic).

    ``titles`` (optional, one per text, ``None`` allowed) are read as the articles' first
    line. ``threshold`` is the group-average cosine needed to merge two groups.
    """
    texts = list(texts)
    n = len(texts)
    if titles is not None:
        titles = list(titles)
        if len(titles) != n:
            raise ValueError(f"{len(titles)} titles for {n} texts")
    if n == 0:
        return []
    skip = _placeholders(texts)
    use = [i for i in range(n) if i not in skip and (texts[i].strip() or (titles and titles[i]))]
    roots: dict[int, int] = {}
    if use:
        docs = [((titles[i] or "") + "\n" if titles else "") + texts[i] for i in use]
        x = article_vectors(docs)
        days, leads = day_masks(docs)
        a, b, sims = _neighbour_graph(x, threshold, _NEIGHBOURS, days)
        for i, r in zip(use, _group_average(len(use), a, b, sims, threshold, leads)):
            roots[i] = use[r]
    labels: dict[int, int] = {}
    return [labels.setdefault(roots.get(i, i), len(labels)) for i in range(n)]
