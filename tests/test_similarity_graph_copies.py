"""similarity_graph through the distinct rows is scipy's product of the whole matrix,
bit for bit and in scipy's stored order (LexRank's row sums depend on that order)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy import sparse

from summarizer.rankers import centrality
from summarizer.represent import tfidf_matrix

WORDS = "council budget vote mayor city rain storm flood river bridge road school police fire court judge".split()


def _plain_graph(tfidf: sparse.csr_matrix, threshold: float = centrality.EDGE_THRESHOLD) -> sparse.csr_matrix:
    graph = sparse.csr_matrix(tfidf @ tfidf.T)
    rows = np.repeat(np.arange(graph.shape[0]), np.diff(graph.indptr))
    graph.data[(graph.indices == rows) | (graph.data < threshold)] = 0.0
    graph.eliminate_zeros()
    return graph


def _copied_rows(seed: int, distinct: int, copies: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    texts = [tuple(rng.choice(WORDS) for _ in range(rng.randint(0, 9))) for _ in range(distinct)]
    return [rng.choice(texts) for _ in range(distinct * copies)]


@pytest.mark.parametrize("dense", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_graph_through_distinct_rows_is_the_plain_product(seed, dense, monkeypatch):
    monkeypatch.setattr(centrality, "DENSE_PLACES", 1 << 22 if dense else 0)
    tfidf, _ = tfidf_matrix(_copied_rows(seed, 60, 5))
    expected = _plain_graph(tfidf)
    graph = centrality.similarity_graph(tfidf)
    for name in ("indptr", "indices", "data"):
        assert getattr(graph, name).dtype == getattr(expected, name).dtype
        assert np.array_equal(getattr(graph, name), getattr(expected, name))
    assert np.array_equal(centrality.lexrank(graph), centrality.lexrank(expected))


def _row_by_row_tfidf(term_lists):
    """tfidf_matrix as it was before copies were weighted once."""
    vocabulary, indices, indptr = {}, [], [0]
    for items in term_lists:
        for term in items:
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
        indptr.append(len(indices))
    n_rows, n_terms = len(term_lists), len(vocabulary)
    counts = sparse.csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int64), np.asarray(indptr)), shape=(n_rows, n_terms))
    counts.sum_duplicates()
    counts.data = 1.0 + np.log(counts.data)
    idf = np.log((1.0 + n_rows) / (1.0 + np.bincount(counts.indices, minlength=n_terms))) + 1.0
    matrix = counts @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix), vocabulary


@pytest.mark.parametrize("seed", range(3))
def test_tfidf_of_copied_rows_is_row_by_row(seed):
    rows = _copied_rows(seed, 40, 4)
    matrix, vocabulary = tfidf_matrix(rows)
    expected, expected_vocabulary = _row_by_row_tfidf(rows)
    assert vocabulary == expected_vocabulary
    for name in ("indptr", "indices", "data"):
        assert getattr(matrix, name).dtype == getattr(expected, name).dtype
        assert np.array_equal(getattr(matrix, name), getattr(expected, name))
