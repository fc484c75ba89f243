"""Greedy extractive oracle: the ceiling of extraction under a budget.

Picks, one at a time, the sentence that most raises ROUGE-1 F1 + ROUGE-2 F1 against the
reference summaries (the greedy labelling of Nallapati et al. 2017 and Kedzie et al.
2018), among the sentences that fit the budget, and stops when no sentence raises it.
Counts are restricted to the references' n-grams (others never match) and held in a
dense candidates x n-grams array, so each step is one vectorised ``minimum``.

Returns scores that make the shared selector pick exactly the oracle's sentences in
order: ``k - pick order`` for picked sentences, ``-inf`` for the rest.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy as np

from summarizer.evaluation.rouge import rouge_tokens
from summarizer.options import Options
from summarizer.represent import Cluster
from summarizer.select import Budget, costs


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n))))


def oracle_scores(cluster: Cluster, references: Sequence[str], options: Options) -> np.ndarray:
    n = len(cluster.sentences)
    tokens = [rouge_tokens(s.text) for s in cluster.sentences]
    ref_tokens = [rouge_tokens(r) for r in references]
    parts = []
    for order in (1, 2):
        ref_counts = Counter()
        for ref in ref_tokens:
            ref_counts += _ngrams(ref, order)
        grams = sorted(ref_counts)
        index = {g: i for i, g in enumerate(grams)}
        matrix = np.zeros((n, len(grams)))
        for row, toks in enumerate(tokens):
            for gram, count in _ngrams(toks, order).items():
                if gram in index:
                    matrix[row, index[gram]] = count
        lengths = np.asarray([max(len(t) - order + 1, 0) for t in tokens], dtype=np.float64) * len(ref_tokens)
        parts.append((matrix, np.asarray([ref_counts[g] for g in grams], dtype=np.float64), lengths,
                      float(sum(max(len(r) - order + 1, 0) for r in ref_tokens))))
    limits = costs(cluster, Budget.from_options(options))
    left = [limit for _, limit in limits]
    available = cluster.lengths > 0
    chosen: list[int] = []
    state = [(np.zeros(m.shape[1]), 0.0) for m, *_ in parts]
    best_value = 0.0
    while True:
        fits = available.copy()
        for (cost, _), room in zip(limits, left):
            fits &= cost <= room
        if not fits.any():
            break
        value = np.zeros(n)
        for (matrix, ref, lengths, ref_total), (picked, picked_len) in zip(parts, state):
            hits = np.minimum(matrix + picked, ref).sum(axis=1)
            precision = np.divide(hits, picked_len + lengths, out=np.zeros(n), where=(picked_len + lengths) > 0)
            recall = hits / ref_total if ref_total else np.zeros(n)
            value += np.divide(2 * precision * recall, precision + recall, out=np.zeros(n), where=(precision + recall) > 0)
        value[~fits] = -np.inf
        row = int(np.argmax(value))
        if value[row] <= best_value + 1e-12:
            break
        best_value = float(value[row])
        chosen.append(row)
        available[row] = False
        left = [room - int(cost[row]) for (cost, _), room in zip(limits, left)]
        state = [(picked + matrix[row], picked_len + lengths[row]) for (matrix, _, lengths, _), (picked, picked_len) in zip(parts, state)]
    scores = np.full(n, -np.inf)
    for rank, row in enumerate(chosen):
        scores[row] = float(len(chosen) - rank)
    return scores
