"""Simple baselines: lead (first sentences of each article in turn) and seeded random."""

from __future__ import annotations

import numpy as np

from summarizer.represent import Cluster


def lead_scores(cluster: Cluster) -> np.ndarray:
    """Round robin over articles: every article's first sentence, then every second one..."""
    n_docs = max(len(cluster.articles), 1)
    order = np.fromiter((s.index * n_docs + s.doc for s in cluster.sentences), dtype=np.float64, count=len(cluster.sentences))
    return -order


def random_scores(cluster: Cluster, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).random(len(cluster.sentences))
