"""The one registry of methods: a name, a ranker, and how selection treats it.

A ranker takes the :class:`~summarizer.represent.Cluster` (and the options, and for the
oracle the reference summaries) and returns one score per sentence; the shared selector
(``summarizer.select``) applies the budget, and MMR novelty where the method uses it.
The CLI's ``--method`` choices and ``evaluate --methods`` come from this registry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from summarizer.options import BUDGETS, Options
from summarizer.represent import Cluster

RankFunction = Callable[[Cluster, Options, Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Method:
    """A registered method. ``novelty``: MMR applies (else picks follow the scores, as
    the baseline publishes them). ``needs_references``: only usable in evaluation."""

    name: str
    rank: RankFunction
    description: str
    novelty: bool = True
    needs_references: bool = False


def _default(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
    from summarizer.rankers.default import default_scores

    # A budget of lines alone costs every line the same: no length normalisation then
    # (Lin & Bilmes' cost is the budget's own unit), else the shortest lines would win.
    lines_only = [name for name in BUDGETS if getattr(options, name) is not None] == ["sentences"]
    return default_scores(cluster, length_exponent=0.0) if lines_only else default_scores(cluster)


def _centrality(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
    from summarizer.rankers.default import centrality_scores

    return centrality_scores(cluster)


def _centroid(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
    from summarizer.rankers.centroid import centroid_scores

    return centroid_scores(cluster.tfidf)


def _lead(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
    from summarizer.rankers.baselines import lead_scores

    return lead_scores(cluster)


def _random(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
    from summarizer.rankers.baselines import random_scores

    return random_scores(cluster, options.seed)


# Sentences of a cluster past which a sumy baseline is slow (LexRank compares every pair
# in Python: about 50 s for 2,000 sentences, minutes for 7,000); it still runs on them
# all, with a note on stderr rather than a silent cap.
SUMY_SLOW_SENTENCES = 2000


def _sumy(name: str) -> RankFunction:
    def rank(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
        from summarizer.rankers.sumy_rankers import sumy_scores

        if len(cluster.sentences) > SUMY_SLOW_SENTENCES:
            print(f"summarizer: note: sumy's {name} on {len(cluster.sentences)} sentences may take minutes"
                  f" (it is slow past {SUMY_SLOW_SENTENCES}; the default method is not)", file=sys.stderr)
        return sumy_scores(name, cluster)

    return rank


def _oracle(cluster: Cluster, options: Options, references: Sequence[str]) -> np.ndarray:
    from summarizer.rankers.oracle import oracle_scores

    return oracle_scores(cluster, references, options)


METHODS: dict[str, Method] = {
    m.name: m
    for m in (
        Method("default", _default, "centroid + LexRank centrality with a lead prior, cross-outlet concept coverage, MMR novelty"),
        Method("centrality", _centrality, "this project's LexRank alone, MMR novelty"),
        Method("centroid", _centroid, "centroid similarity alone (Radev et al. 2004), MMR novelty"),
        Method("lead", _lead, "first sentences of each article in turn", novelty=False),
        Method("random", _random, "seeded random sentences", novelty=False),
        Method("lexrank", _sumy("lexrank"), "sumy LexRank (Erkan & Radev 2004)", novelty=False),
        Method("textrank", _sumy("textrank"), "sumy TextRank (Mihalcea & Tarau 2004)", novelty=False),
        Method("lsa", _sumy("lsa"), "sumy LSA (Steinberger & Jezek 2004)", novelty=False),
        Method("luhn", _sumy("luhn"), "sumy Luhn (1958)", novelty=False),
        Method("kl", _sumy("kl"), "sumy KL-Sum (Haghighi & Vanderwende 2009)", novelty=False),
        Method("sumbasic", _sumy("sumbasic"), "sumy SumBasic (Nenkova & Vanderwende 2005)", novelty=False),
        Method("oracle", _oracle, "greedy ROUGE oracle against the references (evaluate only: digest has no references and refuses it)", novelty=False, needs_references=True),
    )
}


def method_names(*, with_references: bool = True) -> tuple[str, ...]:
    return tuple(name for name, m in METHODS.items() if with_references or not m.needs_references)


def get_method(name: str) -> Method:
    return METHODS[name]
