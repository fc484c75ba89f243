"""LexRank: eigenvector centrality on a cosine-similarity graph (Erkan & Radev 2004).

Continuous LexRank: edge weights are TF-IDF cosine similarities above a small threshold
(the graph stays sparse, so large clusters never build a dense n x n matrix); rows are
normalised into a Markov chain with PageRank-style damping, which also makes the chain
irreducible when the graph is disconnected, and the stationary distribution is found by
power iteration.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

# Similarities below this are dropped from the graph. Erkan & Radev use 0.1 for
# continuous LexRank; it also keeps the matrix sparse on large clusters.
EDGE_THRESHOLD = 0.1
# Standard PageRank damping (Brin & Page 1998), as in Erkan & Radev 2004.
DAMPING = 0.85
# similarity_graph goes through the distinct rows when there are at most a third as
# many as rows (every row three copies on average); with fewer copies the bookkeeping
# costs about what the product it saves does (measured on Multi-News rows copied at
# random: break-even near two copies, 2x faster at four, 5x at eight).
MAX_DISTINCT_SHARE = 1 / 3
# Up to this many (distinct row, distinct row) pairs, where two rows first meet is
# looked up in a dense table (8 bytes a pair: 32 MB); above, through a sort.
DENSE_PLACES = 1 << 22


def similarity_graph(tfidf: sparse.csr_matrix, threshold: float = EDGE_THRESHOLD) -> sparse.csr_matrix:
    """Sparse sentence graph: cosine similarities >= threshold, no self loops.

    Syndicated copies make many rows identical (the benchmark's 640-article story: about
    17,600 sentences, 755 distinct rows). The product is then taken over the distinct
    rows only and copied out to every sentence, in the order scipy's own product of the
    whole matrix stores each row (which the row sums in :func:`lexrank` depend on), so
    the graph is the same matrix, bit for bit, as ``tfidf @ tfidf.T`` thresholded."""
    tfidf = sparse.csr_matrix(tfidf)
    n = tfidf.shape[0]
    classes, first = _identical_rows(tfidf)
    if len(first) > MAX_DISTINCT_SHARE * n:
        graph = sparse.csr_matrix(tfidf @ tfidf.T)
        rows = np.repeat(np.arange(graph.shape[0]), np.diff(graph.indptr))
        graph.data[(graph.indices == rows) | (graph.data < threshold)] = 0.0
        graph.eliminate_zeros()
        return graph
    return _expanded_graph(tfidf, classes, first, threshold)


def _identical_rows(matrix: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Each row's class (rows with the same stored indices and values, in the same
    order) numbered in order of first occurrence, and each class's first row."""
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    seen: dict[tuple[bytes, bytes], int] = {}
    classes = np.empty(matrix.shape[0], dtype=np.int64)
    first = []
    for i in range(matrix.shape[0]):
        a, b = indptr[i], indptr[i + 1]
        key = (indices[a:b].tobytes(), data[a:b].tobytes())
        c = seen.get(key)
        if c is None:
            c = seen[key] = len(first)
            first.append(i)
        classes[i] = c
    return classes, np.asarray(first, dtype=np.int64)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(s, s + l)`` for every start and length."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(lengths)
    offsets = np.repeat(starts - (ends - lengths), lengths)
    return np.arange(total, dtype=np.int64) + offsets


def _expanded_graph(tfidf: sparse.csr_matrix, classes: np.ndarray, first: np.ndarray, threshold: float) -> sparse.csr_matrix:
    """:func:`similarity_graph` through the distinct rows (see there).

    scipy's sparse product (``csr_matmat``) stores row i's columns in the reverse of the
    order it first meets them: term by term along row i's stored terms, and for each term
    the rows that have it, ascending. Row j is first met at the first of row i's terms it
    shares, which is the same for every copy of j's row, so the stored order of row i is
    by that term's place, descending, then by j, descending; the values are the distinct
    rows' products, summed in the same order."""
    n, m = tfidf.shape[0], len(first)
    distinct = sparse.csr_matrix(tfidf[first])
    product = sparse.csr_matrix(distinct @ distinct.T)  # the values, one row per class
    # Where row c first meets class e: the place along row c of the first shared term.
    postings = sparse.csr_matrix(distinct.T)  # term -> classes having it, ascending
    row_len = np.diff(distinct.indptr)
    entry_row = np.repeat(np.arange(m), row_len)
    entry_place = np.arange(distinct.nnz) - np.repeat(distinct.indptr[:-1], row_len)
    hits = np.diff(postings.indptr)[distinct.indices]
    met_row = np.repeat(entry_row, hits)
    met_place = np.repeat(entry_place, hits)
    met_class = postings.indices[_ranges(postings.indptr[distinct.indices], hits)].astype(np.int64)
    p_len = np.diff(product.indptr)
    p_row = np.repeat(np.arange(m), p_len)
    p_key = p_row * m + product.indices
    if m * m <= DENSE_PLACES:
        first_place = np.full(m * m, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first_place, met_row * m + met_class, met_place)
        p_place = first_place[p_key]
    else:
        pair, at = np.unique(met_row * m + met_class, return_index=True)  # generated by row, then place
        p_place = met_place[at][np.searchsorted(pair, p_key)]
    copies = np.bincount(classes, minlength=m)
    # Index dtype as scipy's product of the whole matrix would choose it (before thresholding).
    full_nnz = int((copies[p_row] * copies[product.indices]).sum())
    idx_dtype = np.int64 if full_nnz > np.iinfo(np.int32).max else np.int32
    keep = product.data >= threshold
    c_row, c_col, c_val, c_place = p_row[keep], product.indices[keep].astype(np.int64), product.data[keep], p_place[keep]
    # Every class's row spelt out over sentences: each neighbour class by its members.
    # The product's rows already run by place, descending, then class, descending; the
    # members of the classes met at one place are merged by row, descending (runs of
    # descending rows: a stable sort merges them).
    members = np.lexsort((-np.arange(n), classes))  # by class, then row descending
    member_start = np.concatenate(([0], np.cumsum(copies)))
    spread = copies[c_col]
    cols = members[_ranges(member_start[c_col], spread)]
    owner = np.repeat(c_row, spread)  # ascending, as the product's rows
    new_group = np.ones(len(c_row), dtype=bool)
    new_group[1:] = (c_row[1:] != c_row[:-1]) | (c_place[1:] != c_place[:-1])
    group = np.repeat(np.cumsum(new_group), spread)
    order = np.argsort(group * n + (n - 1 - cols), kind="stable")
    cols = cols[order].astype(np.int32 if n < 2**31 else np.int64)
    vals = np.repeat(c_val, spread)[order]
    pattern_len = np.bincount(owner, minlength=m)
    pattern_start = np.concatenate(([0], np.cumsum(pattern_len)))
    # Row i: its class's spelt-out row without i itself (the entry whose column is i).
    at_self = np.flatnonzero(classes[cols] == np.repeat(np.arange(m), pattern_len))
    self_at = np.full(n, -1, dtype=np.int64)
    self_at[cols[at_self]] = at_self
    begin, end = pattern_start[classes], pattern_start[classes + 1]
    has_self = self_at >= 0
    cut = np.where(has_self, self_at, end)
    resume = np.where(has_self, self_at + 1, end)
    starts = np.column_stack((begin, resume)).ravel()
    lengths = np.column_stack((cut - begin, end - resume)).ravel()
    take = _ranges(starts, lengths)
    out_cols, out_vals = cols[take], vals[take]
    indptr = np.zeros(n + 1, dtype=idx_dtype)
    np.cumsum(lengths.reshape(n, 2).sum(axis=1), out=indptr[1:])
    return sparse.csr_matrix((out_vals, out_cols.astype(idx_dtype, copy=False), indptr), shape=(n, n))


def lexrank(graph: sparse.csr_matrix, *, damping: float = DAMPING, tol: float = 1e-8, max_iter: int = 200) -> np.ndarray:
    """Stationary distribution of the damped random walk on ``graph`` (sums to 1).

    ``tol`` bounds the L1 change between iterations. (1e-6 would save iterations but
    reordered near-equal sentences in 5 of the first 60 Multi-News clusters.)"""
    n = graph.shape[0]
    if n == 0:
        return np.zeros(0)
    out_weight = np.asarray(graph.sum(axis=1)).ravel()
    dangling = out_weight == 0
    inverse = np.divide(1.0, out_weight, out=np.zeros(n), where=~dangling)
    # Row-stochastic except dangling rows; ``inverse[i] * graph[i, j]`` element by element,
    # as ``sparse.diags(inverse) @ graph`` computes it, without the general product.
    graph = sparse.csr_matrix(graph)
    transition = sparse.csr_matrix(
        (graph.data * np.repeat(inverse, np.diff(graph.indptr)), graph.indices, graph.indptr), shape=graph.shape
    )
    transition_t = sparse.csr_matrix(transition.T)
    p = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        leaked = p[dangling].sum()
        new = damping * (transition_t @ p + leaked / n) + (1.0 - damping) / n
        if np.abs(new - p).sum() < tol:
            p = new
            break
        p = new
    return p / p.sum()
