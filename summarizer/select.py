"""Selection stage: Maximal Marginal Relevance within a length budget.

MMR (Carbonell & Goldstein 1998) picks, one at a time, the sentence maximising
``lambda * relevance - (1 - lambda) * max similarity to the sentences already picked``.
Here it is budget-aware: a sentence that does not fit what is left of the budget is
never picked (no sentence is ever cut), and a sentence too similar to a picked one
(cosine above ``redundancy_cap``) is never picked, so no two lines say the same thing.
One similarity vector is updated per pick; there is no loop over sentence pairs.

Methods without novelty (the baselines) use lambda = 1 and no cap: picks follow their
scores, as the baseline publishes them, cut by the same budget code.

Optional marginal-gain hook: a method whose value of a sentence depends on what is
already picked (the default method's concept coverage, ``rankers.coverage``) returns
its scores as :class:`GainScores`, carrying a factory of a :class:`MarginalGain`. Then,
at every step, the relevance term of MMR is that gain (given the picks so far) scaled
by its best value among the sentences that fit, so MMR's lambda and the redundancy cap
keep their meaning; the static scores are passed to the gain as the relevance it may
use. Without the hook, relevance is the scores scaled into [0, 1], as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

import numpy as np

from summarizer.options import Options
from summarizer.represent import Cluster

# Cosine similarity above which a sentence repeats a picked one and is never picked.
# Set on the seeds and the validation sets: paraphrases of one fact across outlets sit
# around 0.5-0.8 on stemmed TF-IDF; 0.5 removed them without losing distinct facts.
REDUNDANCY_CAP = 0.5


@dataclass(frozen=True)
class Budget:
    """Length limits of a digest; every one that is set holds."""

    words: int | None = None
    chars: int | None = None
    sentences: int | None = None
    bytes: int | None = None

    @classmethod
    def from_options(cls, options: Options) -> "Budget":
        return cls(options.words, options.chars, options.sentences, options.bytes)


def costs(cluster: Cluster, budget: Budget) -> list[tuple[np.ndarray, int]]:
    """(cost of each sentence, limit) per budget in force. Characters and bytes count one
    separator (a newline) after every line but the last; the limit is raised by one to
    allow for the last."""
    out = []
    if budget.words is not None:
        out.append((cluster.lengths.astype(np.int64), budget.words))
    if budget.chars is not None:
        out.append((np.fromiter((len(s.text) + 1 for s in cluster.sentences), np.int64, len(cluster.sentences)), budget.chars + 1))
    if budget.bytes is not None:
        out.append((np.fromiter((len(s.text.encode("utf-8")) + 1 for s in cluster.sentences), np.int64, len(cluster.sentences)), budget.bytes + 1))
    if budget.sentences is not None:
        out.append((np.ones(len(cluster.sentences), dtype=np.int64), budget.sentences))
    return out


def used_share(limits: list[tuple[np.ndarray, int]], left: list[int]) -> float:
    """The largest share of any budget in force already used (0 with no budget; a budget
    of nothing is all used)."""
    return max((1.0 - room / limit if limit > 0 else 1.0 for (_, limit), room in zip(limits, left)), default=0.0)


class MarginalGain(Protocol):
    """State of one selection: ``values(relevance)`` gives every sentence's gain given
    the picks so far (>= 0, -inf for never); ``picked(row)`` records a pick."""

    def values(self, relevance: np.ndarray) -> np.ndarray: ...

    def picked(self, row: int) -> None: ...


class GainScores(np.ndarray):
    """Scores (a float array) that also carry ``marginal_gain``: a factory of a fresh
    :class:`MarginalGain` per selection. Arithmetic on them gives plain arrays."""

    marginal_gain: Callable[[], MarginalGain] | None = None

    @classmethod
    def wrap(cls, scores: np.ndarray, marginal_gain: Callable[[], MarginalGain]) -> "GainScores":
        out = np.asarray(scores, dtype=np.float64).view(cls)
        out.marginal_gain = marginal_gain
        return out

    def __array_wrap__(self, array, context=None, return_scalar=False):
        result = np.asarray(array)
        return result[()] if return_scalar else result


@dataclass(frozen=True)
class Pick:
    row: int
    relevance: float
    mmr: float


def select(
    cluster: Cluster,
    scores: np.ndarray,
    budget: Budget,
    *,
    mmr_lambda: float,
    novelty: bool = True,
    redundancy_cap: float = REDUNDANCY_CAP,
    gain: MarginalGain | None = None,
) -> list[Pick]:
    """Greedy budgeted MMR. ``scores`` of -inf (or NaN) mark sentences that must not be picked.
    ``gain`` (or ``scores.marginal_gain()`` for :class:`GainScores`) replaces the static
    relevance by a marginal gain updated after every pick."""
    n = len(cluster.sentences)
    if n == 0:
        return []
    if gain is None and getattr(scores, "marginal_gain", None) is not None:
        gain = scores.marginal_gain()
    scores = np.asarray(scores, dtype=np.float64)
    finite = np.isfinite(scores)
    relevance = np.full(n, -np.inf)
    if finite.any():
        low, high = scores[finite].min(), scores[finite].max()
        relevance[finite] = (scores[finite] - low) / (high - low) if high > low else 1.0
    lam = mmr_lambda if novelty else 1.0
    cap = redundancy_cap if novelty else np.inf
    # A gain may carry its method's own redundancy cap, a novelty weight (the factor
    # on MMR's similarity penalty; 1 = plain MMR) and a late floor (share of the budget,
    # least relevance): once that share of the budget is used, only lines at least that
    # relevant are picked. Methods without a gain: unchanged.
    novelty_weight = 1.0
    late_floor = None
    if novelty and gain is not None:
        cap = getattr(gain, "redundancy_cap", None) or cap
        novelty_weight = getattr(gain, "novelty_weight", 1.0)
        late_floor = getattr(gain, "late_floor", None)
    limits = costs(cluster, budget)
    left = [limit for _, limit in limits]
    available = finite & (cluster.lengths > 0)
    # Sentences with the same text (one wire sentence in several articles) are one
    # candidate for every method: once one is picked the others go, even when they have
    # no content word for the similarity to see.
    _, same_text = np.unique(np.asarray([s.text for s in cluster.sentences], dtype=object).astype(str), return_inverse=True)
    max_similarity = np.zeros(n)
    picks: list[Pick] = []
    while True:
        fits = available.copy()
        for (cost, _), room in zip(limits, left):
            fits &= cost <= room
        if novelty:
            fits &= max_similarity <= cap
        if late_floor is not None and used_share(limits, left) >= late_floor[0]:
            fits &= relevance >= late_floor[1]
        if not fits.any():
            break
        current = relevance
        if gain is not None:
            step = np.where(finite, gain.values(relevance), -np.inf)
            top = step[fits].max()
            current = np.where(np.isfinite(step), step / top if top > 0 else 0.0, -np.inf)
        value = np.where(fits, lam * np.where(fits, current, 0.0) - (1.0 - lam) * novelty_weight * max_similarity, -np.inf)
        row = int(np.argmax(value))
        if not np.isfinite(value[row]):
            break  # the gain rules out every sentence that fits: the digest ends here
        picks.append(Pick(row, float(current[row]), float(value[row])))
        available[same_text == same_text[row]] = False
        if gain is not None:
            gain.picked(row)
        left = [room - int(cost[row]) for (cost, _), room in zip(limits, left)]
        if novelty:
            np.maximum(max_similarity, cluster.similarity_to(row), out=max_similarity)
    return picks
