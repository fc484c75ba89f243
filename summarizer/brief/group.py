"""Draft (experiments)."""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from typing import Sequence

import numpy as np
from scipy import sparse

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


class _Analyzer:
    def __init__(self, ngram: int = 2, stem: bool = True):
        self.ngram = ngram
        self.stem = stem
        self.cache: dict[str, str | None] = {}

    def _term(self, tok: str) -> str | None:
        t = self.cache.get(tok, False)
        if t is False:
            base = tok.replace("’", "'").split("'")[0]
            if base in _stop_words() or len(base) < 2 or base.isdigit() and len(base) < 3:
                t = None
            else:
                t = _stemmer().stem(base) if self.stem else base
            self.cache[tok] = t
        return t

    def __call__(self, text: str) -> list[str]:
        get = self._term
        terms = [t for t in map(get, _TOKEN.findall(text.lower())) if t is not None]
        if self.ngram >= 2:
            return terms + [a + " " + b for a, b in zip(terms, terms[1:])]
        return terms


_TOK_CASED = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def vectors(texts, titles=None, ngram=2, stem=True, idf_power=1.0, name_boost=1.0, sublinear=True):
    from sklearn.feature_extraction.text import CountVectorizer

    docs = list(texts)
    if titles is not None:
        docs = [((t or "") + "\n") * 2 + d for d, t in zip(docs, titles)]
    an = _Analyzer(ngram, stem)
    vec = CountVectorizer(analyzer=an, dtype=np.float32)
    C = vec.fit_transform(docs).tocsr()
    n = C.shape[0]
    df = np.bincount(C.indices, minlength=C.shape[1])
    idf = (np.log((1 + n) / (1 + df)) + 1) ** idf_power
    C.data = (np.log(C.data) + 1) if sublinear else C.data
    w = idf.astype(np.float32)
    if name_boost != 1.0:
        from collections import Counter
        cap, tot = Counter(), Counter()
        for d in docs:
            for tok in _TOK_CASED.findall(d):
                low = tok.lower()
                tot[low] += 1
                if tok[0].isupper() and not tok.isupper():
                    cap[low] += 1
        vocab = vec.vocabulary_
        boost = np.ones(len(w), dtype=np.float32)
        names = set()
        for low, c in tot.items():
            if cap[low] > 0.5 * c:
                t = an._term(low)
                if t is not None:
                    names.add(t)
        for f, j in vocab.items():
            parts = f.split(" ")
            if any(p in names for p in parts):
                boost[j] = name_boost
        w = w * boost
    C = C @ sparse.diags(w)
    from sklearn.preprocessing import normalize
    return normalize(C.tocsr(), copy=False)


def neighbours(X, k=10, floor=0.1, m=40, cap=300, chunk=2000):
    """Return (rows, cols, sims) of a symmetric kNN graph with exact cosines >= floor."""
    n = X.shape[0]
    X = X.tocsr()
    X.sort_indices()
    df = np.bincount(X.indices, minlength=X.shape[1])
    # signature: each row's top-m entries among features with df <= cap and df >= 2
    data = X.data.copy()
    ok = (df[X.indices] <= cap) & (df[X.indices] >= 2)
    data[~ok] = 0
    P = X.copy()
    P.data = data
    P.eliminate_zeros()
    P = _top_per_row(P, m)
    PT = P.T.tocsr()
    I, J = [], []
    kk = 2 * k
    for s in range(0, n, chunk):
        C = (P[s : s + chunk] @ PT).tocoo()
        r = C.row + s
        keep = r != C.col
        r, c, v = r[keep], C.col[keep], C.data[keep]
        order = np.lexsort((c, -v, r))
        r, c = r[order], c[order]
        starts = np.searchsorted(r, r, side="left")
        rank = np.arange(len(r)) - starts
        sel = rank < kk
        I.append(r[sel])
        J.append(c[sel])
    I = np.concatenate(I) if I else np.zeros(0, int)
    J = np.concatenate(J) if J else np.zeros(0, int)
    # symmetric unique pairs
    a, b = np.minimum(I, J), np.maximum(I, J)
    key = np.unique(a.astype(np.int64) * n + b)
    a, b = key // n, key % n
    sims = _pair_cos(X, a, b)
    keep = sims >= floor
    a, b, sims = a[keep], b[keep], sims[keep]
    # top-k per node (either endpoint's top-k keeps the edge)
    if k:
        r = np.concatenate([a, b]); c = np.concatenate([b, a]); v = np.concatenate([sims, sims])
        order = np.lexsort((c, -v, r))
        r, c, v = r[order], c[order], v[order]
        starts = np.searchsorted(r, r, side="left")
        sel = (np.arange(len(r)) - starts) < k
        r, c, v = r[sel], c[sel], v[sel]
        a, b = np.minimum(r, c), np.maximum(r, c)
        key, idx = np.unique(a.astype(np.int64) * n + b, return_index=True)
        a, b, sims = key // n, key % n, v[idx]
    return a, b, sims


def _top_per_row(P, m):
    P = P.tocsr()
    lens = np.diff(P.indptr)
    if lens.max(initial=0) <= m:
        return P
    r = np.repeat(np.arange(P.shape[0]), lens)
    order = np.lexsort((P.indices, -P.data, r))
    starts = P.indptr[r[order]]
    sel = (np.arange(len(order)) - starts) < m
    o = order[sel]
    return sparse.csr_matrix((P.data[o], (r[o], P.indices[o])), shape=P.shape)


def _pair_cos(X, a, b, chunk=50_000):
    out = np.empty(len(a), dtype=np.float64)
    for s in range(0, len(a), chunk):
        A = X[a[s : s + chunk]]
        B = X[b[s : s + chunk]]
        out[s : s + chunk] = np.asarray(A.multiply(B).sum(axis=1)).ravel()
    return out


def average_linkage(n, a, b, sims, threshold):
    nbr: list[dict[int, float]] = [dict() for _ in range(n)]
    for i, j, s in zip(a.tolist(), b.tolist(), sims.tolist()):
        nbr[i][j] = s
        nbr[j][i] = s
    size = [1] * n
    parent = list(range(n))
    heap = [(-s, i, j) for i, j, s in zip(a.tolist(), b.tolist(), sims.tolist()) if s >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    while heap:
        neg, i, j = heapq.heappop(heap)
        if not (alive[i] and alive[j]):
            continue
        cur = nbr[i].get(j)
        if cur is None or abs(cur / (size[i] * size[j]) + neg) > 1e-12:
            continue
        # merge smaller dict into larger
        if len(nbr[i]) < len(nbr[j]):
            i, j = j, i
        alive[j] = False
        parent[j] = i
        di = nbr[i]
        del di[j]
        for x, s in nbr[j].items():
            if x == i:
                continue
            dx = nbr[x]
            del dx[j]
            t = di.get(x, 0.0) + s
            di[x] = t
            dx[i] = t
        nbr[j] = {}
        size[i] += size[j]
        for x, t in di.items():
            avg = t / (size[i] * size[x])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(i, x), max(i, x)))
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    roots = [find(x) for x in range(n)]
    lab: dict[int, int] = {}
    return [lab.setdefault(r, len(lab)) for r in roots]


def group_articles(texts, titles=None, *, threshold=0.3, k=10, floor=None, ngram=2, stem=True, m=40, cap=300, **vk):
    n = len(texts)
    if n == 0:
        return []
    texts = list(texts)
    ph = placeholders(texts)
    use = [i for i in range(n) if i not in ph]
    labels = [-1] * n
    if use:
        X = vectors([texts[i] for i in use], None if titles is None else [titles[i] for i in use], ngram, stem, **vk)
        a, b, s = neighbours(X, k=k, floor=threshold if floor is None else floor, m=m, cap=cap)
        sub = average_linkage(len(use), a, b, s, threshold)
        for i, l in zip(use, sub):
            labels[i] = l
    out, lab = [], {}
    for i, l in enumerate(labels):
        out.append(lab.setdefault(("s", i) if l < 0 else l, len(lab)))
    return out


def placeholders(texts, copies=3, words=150):
    from collections import Counter
    norm = [" ".join(t.split()).lower() for t in texts]
    c = Counter(norm)
    return {i for i, t in enumerate(norm) if c[t] >= copies and len(t.split()) < words}
