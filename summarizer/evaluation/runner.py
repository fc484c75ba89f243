"""Run methods over an evaluation dataset and score them with ROUGE.

Every method sees the same clusters, the same cleaned sentences and the same budget,
cut by the same selector (``summarizer.select``). Clusters are spread over processes
(``jobs``); a progress bar shows on a terminal.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

import numpy as np

from summarizer.errors import NothingToSummarize, OptionError
from summarizer.evaluation.datasets import Dataset, EvalCluster
from summarizer.evaluation.rouge import METRICS, Score, rouge_scores
from summarizer.options import Options
from summarizer.pipeline import prepare
from summarizer.rankers import get_method
from summarizer.records import Article
from summarizer.select import Budget, select

DEFAULT_METHODS = ("default", "lead", "random", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "oracle")


@dataclass(frozen=True)
class ClusterSummary:
    id: str
    method: str
    lines: tuple[str, ...]
    # Why the cluster gave every method an empty summary (nothing left after cleaning),
    # for the run to report; "" when it was summarised.
    note: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class ScoredSummary:
    summary: ClusterSummary
    scores: dict[str, Score]


def cluster_articles(cluster: EvalCluster) -> list[Article]:
    titles = cluster.titles or (None,) * len(cluster.documents)
    return [Article(text=d, path=f"{cluster.id}/{i}", title=t) for i, (d, t) in enumerate(zip(cluster.documents, titles))]


def summarize_cluster(cluster: EvalCluster, methods: Sequence[str], options: Options) -> list[ClusterSummary]:
    """One summary per method for one cluster. When nothing is left to summarise (every
    document boilerplate), every method's summary is empty, with a ``note`` saying so: the
    cluster still counts, scored 0 as a system that outputs nothing is in ROUGE."""
    try:
        prepared, _ = prepare(cluster_articles(cluster), options)
    except NothingToSummarize as error:
        note = f"cluster {cluster.id}: {error}; every method's summary is empty and scores 0"
        return [ClusterSummary(cluster.id, m, (), note) for m in methods]
    budget = Budget.from_options(options)
    out = []
    for name in methods:
        method = get_method(name)
        method_options = options.with_(method=name)
        scores = method.rank(prepared, method_options, cluster.references)
        picks = select(prepared, scores, budget, mmr_lambda=options.mmr_lambda, novelty=method.novelty)
        rows = sorted(p.row for p in picks)  # document order, as ROUGE is order-free but readers are not
        out.append(ClusterSummary(cluster.id, name, tuple(prepared.sentences[r].text for r in rows)))
    return out


def reference_lines(reference: str) -> str:
    """A reference with one sentence per line, as ROUGE-1.5.5 reads it (ROUGE-L is
    computed over sentences; the n-gram metrics ignore the line breaks)."""
    from summarizer.segment import split_sentences

    return "\n".join(" ".join(s.split()) for block in reference.split("\n") for s in split_sentences(block))


def _work(job: tuple[EvalCluster, tuple[str, ...], Options, dict]) -> list[ScoredSummary]:
    cluster, methods, options, rouge_options = job
    summaries = summarize_cluster(cluster, methods, options)
    if rouge_options.get("scorer") == "perl":
        return [ScoredSummary(s, {}) for s in summaries]
    kwargs = {k: v for k, v in rouge_options.items() if k != "scorer"}
    references = [reference_lines(r) for r in cluster.references]
    return [ScoredSummary(s, rouge_scores(s.text, references, **kwargs)) for s in summaries]


def run(
    dataset: Dataset,
    methods: Sequence[str],
    options: Options,
    *,
    scorer: str = "python",
    remove_stopwords: bool = False,
    stem: bool = True,
    jobs: int | None = None,
    progress: bool | None = None,
) -> list[ScoredSummary]:
    """Summaries and scores for every cluster x method, in dataset order."""
    for name in methods:
        get_method_checked(name)
    if len(set(methods)) != len(methods):
        raise OptionError(f"methods must differ: {', '.join(methods)} names one twice")
    if scorer not in ("python", "perl"):
        raise OptionError(f"--scorer must be python or perl, got {scorer!r}")
    rouge_options = {"scorer": scorer, "stem": stem, "remove_stopwords": remove_stopwords,
                     "limit_words": options.words, "limit_bytes": options.bytes}
    jobs_list = [(c, tuple(methods), options, rouge_options) for c in dataset.clusters]
    workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    chunks = list(_progress(_map(jobs_list, workers), len(jobs_list), progress))  # one per cluster, in order
    for chunk in chunks:
        if chunk and chunk[0].summary.note:  # said once per cluster, in dataset order
            print(f"summarizer: {chunk[0].summary.note}", file=sys.stderr)
    if scorer == "perl":
        return _perl_scored(chunks, dataset.clusters, rouge_options)
    return [r for chunk in chunks for r in chunk]


def get_method_checked(name: str):
    from summarizer.rankers import METHODS

    if name not in METHODS:
        raise OptionError(f"--methods: unknown method {name!r}; choose from {', '.join(METHODS)}")
    return METHODS[name]


def _map(jobs: list, workers: int) -> Iterator[list[ScoredSummary]]:
    if workers == 1 or len(jobs) < 2:
        yield from map(_work, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_work, jobs, chunksize=max(1, len(jobs) // (workers * 8)))


def _progress(items: Iterable, total: int, show: bool | None) -> Iterable:
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="cluster", file=sys.stderr)


def _perl_scored(chunks: list[list[ScoredSummary]], clusters: Sequence[EvalCluster], rouge_options: dict) -> list[ScoredSummary]:
    """Every cluster's summaries (``chunks``, one list per cluster, in order) scored by
    ROUGE-1.5.5 against that cluster's references: matched by position, not by id."""
    from summarizer.evaluation.perl_rouge import perl_rouge_scores

    results, pairs = [], []
    for cluster, chunk in zip(clusters, chunks, strict=True):
        references = [reference_lines(r) for r in cluster.references]
        results.extend(chunk)
        pairs.extend((r.summary.text, references) for r in chunk)
    kwargs = {k: v for k, v in rouge_options.items() if k != "scorer"}
    scored = perl_rouge_scores(pairs, **kwargs)
    return [ScoredSummary(r.summary, s) for r, s in zip(results, scored)]


def per_method(results: Sequence[ScoredSummary], metric: str, field: str = "fmeasure") -> dict[str, np.ndarray]:
    """Per-cluster values of one metric for each method, in dataset order."""
    out: dict[str, list[float]] = {}
    for r in results:
        out.setdefault(r.summary.method, []).append(getattr(r.scores[metric], field))
    return {m: np.asarray(v) for m, v in out.items()}


__all__ = ["DEFAULT_METHODS", "METRICS", "ClusterSummary", "ScoredSummary", "run", "summarize_cluster", "per_method"]
