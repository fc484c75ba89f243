"""Citation stage: each line cites its own article and every other article of the
cluster that states the same thing, so a reader sees how well a line is corroborated.

"States the same thing" is a TF-IDF cosine similarity of at least
``CORROBORATION_THRESHOLD`` between the line and some sentence of the other article
(one sparse matrix product for all lines), from an article that reports the same event:
an article whose lead names another day (:mod:`summarizer.events`: the story's third
phone call "on Tuesday" against the reports of Thursday's) tells its own event in alike
words, and citing it for a line would blend the two events. An article that names no
day is taken to report the event most articles report (``events.story_days``).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from summarizer.events import other_events, story_days
from summarizer.represent import Cluster

# Cosine at which another article's sentence counts as stating the same fact. Set by
# reading the seed cluster's pairs: at 0.35 and above, pairs were the same fact in other
# words; below, they shared only names and topic words.
CORROBORATION_THRESHOLD = 0.35


def citations(
    cluster: Cluster, rows: Sequence[int], threshold: float = CORROBORATION_THRESHOLD
) -> list[tuple[int, ...]]:
    """For each picked row, the 1-based source numbers of the articles that state it,
    ascending; the line's own article is always among them."""
    if not rows:
        return []
    similarity = (cluster.tfidf[list(rows)] @ cluster.tfidf.T).toarray()
    doc_ids = cluster.doc_ids()
    n_docs = len(cluster.articles)
    apart = other_events(story_days(cluster.event_days))
    out = []
    for line, row in enumerate(rows):
        best = np.zeros(n_docs)
        np.maximum.at(best, doc_ids, similarity[line])
        own = int(doc_ids[row])
        cited = set(np.flatnonzero((best >= threshold) & ~apart[own]).tolist())
        cited.add(own)
        out.append(tuple(sorted(d + 1 for d in cited)))
    return out
