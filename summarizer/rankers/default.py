"""The project's own relevance score: centroid + LexRank centrality with a lead prior.

relevance = (centroid cosine + LexRank score, each scaled to [0, 1]) x position prior.

- Centroid (Radev et al. 2004): what the cluster as a whole is about.
- LexRank (Erkan & Radev 2004): sentences that many other sentences resemble.
- Position prior: news puts the main facts first (the lead; Edmundson 1969,
  Brandow et al. 1995); the prior decays with a sentence's index in its article.

Selection then applies MMR (Carbonell & Goldstein 1998) through the shared selector.
"""

from __future__ import annotations

import numpy as np

from summarizer.rankers.centrality import lexrank, similarity_graph
from summarizer.rankers.centroid import centroid_scores
from summarizer.represent import Cluster

# Weight of the lead prior: relevance is multiplied by 1 + POSITION_WEIGHT / (index + 1).
# Chosen on the validation sets (scripts/tune.py); see README "Tuning".
POSITION_WEIGHT = 0.5


def scale(values: np.ndarray) -> np.ndarray:
    """Values scaled into [0, 1] by their maximum (all zeros stay zeros)."""
    top = values.max() if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def position_prior(cluster: Cluster, weight: float = POSITION_WEIGHT) -> np.ndarray:
    index = np.fromiter((s.index for s in cluster.sentences), dtype=np.float64, count=len(cluster.sentences))
    return 1.0 + weight / (index + 1.0)


def default_scores(cluster: Cluster) -> np.ndarray:
    centrality = lexrank(similarity_graph(cluster.tfidf))
    relevance = scale(centroid_scores(cluster.tfidf)) + scale(centrality)
    return scale(relevance * position_prior(cluster))


def centrality_scores(cluster: Cluster) -> np.ndarray:
    """This project's LexRank alone (no centroid, no prior), for comparison."""
    return lexrank(similarity_graph(cluster.tfidf))
