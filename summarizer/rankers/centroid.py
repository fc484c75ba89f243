"""Centroid-based relevance (Radev, Jing, Stys & Tam 2004, MEAD).

The cluster's centroid is the mean of its sentences' TF-IDF vectors; a sentence's score
is its cosine similarity to the centroid: how much of what the whole cluster is about it
carries.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse


def centroid_scores(tfidf: sparse.csr_matrix) -> np.ndarray:
    if tfidf.shape[0] == 0:
        return np.zeros(0)
    centroid = np.asarray(tfidf.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(tfidf.shape[0])
    return np.asarray(tfidf @ (centroid / norm)).ravel()
