"""Concept coverage: a monotone submodular gain over weighted concepts.

Concepts are bigrams of consecutive stemmed content words (``Cluster.term_lists``, stop
words already out), weighted by the number of articles that contain them (Gillick &
Favre 2009, "A Scalable Global Model for Summarization": a fact several outlets report
is a fact the summary should carry). The coverage of a set of sentences is the total
weight of the concepts they contain, each counted once, so a sentence's marginal gain
is the weight of the concepts it would add that no picked sentence covers yet (Lin &
Bilmes 2010/2011: greedy maximisation of such a function under a knapsack budget, with
the gain divided by the cost to the power r, is near-optimal).

Everything is one sparse sentence x concept matrix; a step's gains are one sparse
matrix-vector product, and a pick updates the uncovered-weight vector.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from summarizer.represent import Cluster


def concept_matrix(cluster: Cluster, *, unigrams: bool = False, min_df: int = 2, power: float = 1.0,
                   lead: float = 0.0, unigram_weight: float = 1.0) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Binary sentence x concept matrix and each concept's weight (number of articles
    containing it). A concept found in one article only counts when the cluster has
    only one article: otherwise corroboration by a second outlet is required.

    Experiment options (scripts/tune.py, all rejected, library default off): ``lead``
    adds lead / (index of the concept's first sentence in an article + 1) per article
    (df x lead bonus); ``unigram_weight`` scales unigram concepts when ``unigrams``.
    Full sets after the ROUGE-Porter stemmer change (R-2 MN / NeuS; chosen 16.45 /
    19.21): lead 0.5 -> 16.45 / 19.06, 1 -> 16.26 / 19.07, 2 -> 16.33 / 19.15;
    unigrams x0.25 -> 16.36 / 19.07, x0.5 -> 16.37 / 19.03; sqrt(df) -> 16.43 / 19.20."""
    n = len(cluster.term_lists)
    vocabulary = cluster.vocabulary
    sizes = np.fromiter((len(items) for items in cluster.term_lists), np.int64, n)
    ids = np.fromiter((vocabulary[t] for items in cluster.term_lists for t in items), np.int64, int(sizes.sum()))
    row_of = np.repeat(np.arange(n), sizes)
    same = row_of[1:] == row_of[:-1]  # consecutive terms of one sentence
    width = max(len(vocabulary), 1)
    codes = (ids[:-1][same] + 1) * width + ids[1:][same]
    rows = row_of[:-1][same]
    if unigrams:
        codes, rows = np.concatenate([codes, ids]), np.concatenate([rows, row_of])
    if codes.size == 0:
        return sparse.csr_matrix((n, 0)), np.zeros(0)
    unique, columns = np.unique(codes, return_inverse=True)
    matrix = sparse.csr_matrix((np.ones(codes.size), (rows, columns.ravel())), shape=(n, unique.size))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    docs = cluster.doc_ids()
    n_docs = int(docs.max()) + 1 if n else 0
    by_doc = sparse.csr_matrix((np.ones(n), (docs, np.arange(n))), shape=(n_docs, n)) @ matrix
    by_doc.data[:] = 1.0
    weight = np.asarray(by_doc.sum(axis=0)).ravel()
    df = weight.copy()
    if lead:
        # each article containing the concept adds lead / (index of its first sentence there + 1)
        index = np.fromiter((s.index for s in cluster.sentences), np.float64, n)
        coo = matrix.tocoo()
        key = docs[coo.row].astype(np.int64) * unique.size + coo.col
        order = np.lexsort((index[coo.row], key))
        key, first_rows = key[order], coo.row[order]
        head = np.r_[True, key[1:] != key[:-1]]
        bonus = np.zeros(unique.size)
        np.add.at(bonus, (key[head] % unique.size), lead / (index[first_rows[head]] + 1.0))
        weight = weight + bonus
    if unigrams and unigram_weight != 1.0:
        weight = np.where(unique < width, weight * unigram_weight, weight)  # unigram codes are < width
    weight[df < min(min_df, n_docs)] = 0.0
    return matrix, weight ** power


class CoverageGain:
    """Marginal gain for the shared selector (``select``'s gain hook).

    ``values(relevance)`` = (w * relevance + (1 - w) * coverage gain / initial best
    coverage gain) / (length / mean length) ** r, for the sentences not yet picked;
    ``picked(row)`` marks the concepts of ``row`` as covered.
    """

    def __init__(self, cluster: Cluster, weight: float, length_exponent: float, renormalise: bool = False, prior: np.ndarray | None = None,
                 redundancy_cap: float | None = None, novelty_weight: float = 1.0, **concepts) -> None:
        self.redundancy_cap = redundancy_cap  # read by the selector (None: its own cap)
        self.novelty_weight = novelty_weight
        self.matrix, concept_weight = concept_matrix(cluster, **concepts)
        self.renormalise = renormalise
        self.uncovered = concept_weight.copy()
        self.weight = weight
        lengths = np.maximum(cluster.lengths.astype(np.float64), 1.0)
        self.cost = (lengths / lengths.mean()) ** length_exponent if lengths.size else lengths
        if prior is not None:
            self.cost = self.cost / prior
        first = self.coverage()
        top = first.max() if first.size else 0.0
        self.scale = 1.0 / top if top > 0 else 0.0

    def coverage(self) -> np.ndarray:
        """Weight of the still uncovered concepts of each sentence."""
        if self.matrix.shape[1] == 0:
            return np.zeros(self.matrix.shape[0])
        return np.asarray(self.matrix @ self.uncovered).ravel()

    def values(self, relevance: np.ndarray) -> np.ndarray:
        covered = self.coverage()
        if self.renormalise:
            top = covered.max()
            covered = covered / top if top > 0 else covered
        else:
            covered = covered * self.scale
        rel = np.where(np.isfinite(relevance), relevance, 0.0)
        gain = (self.weight * rel + (1.0 - self.weight) * covered) / self.cost
        return np.where(np.isfinite(relevance), gain, -np.inf)

    def picked(self, row: int) -> None:
        if self.matrix.shape[1]:
            self.uncovered[self.matrix[row].indices] = 0.0
