"""The library's entry point: ``summarize(articles, options) -> Digest``.

ingest (the caller's) -> clean -> represent -> rank -> select -> cite -> order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Callable, Iterable, Sequence

import numpy as np

from summarizer.clean import clean_cluster, segment_only
from summarizer.errors import ArgumentError, NothingToSummarize, OptionError
from summarizer.options import Options
from summarizer.rankers import get_method
from summarizer.records import Article, CleanArticle, Digest, DigestLine, Problem, Source
from summarizer.represent import Cluster, build_cluster
from summarizer.select import Budget, GainScores, Pick, select
from summarizer.cite import citations
from summarizer.order import reading_order


def as_articles(documents: Article | str | Iterable[Article | str]) -> list[Article]:
    """Articles as given; plain strings become articles named ``<text N>``; one Article
    or string alone is one document. Anything else (bytes too: decode them first; a
    mapping such as ``{"text": ...}``, whose keys are not documents) is an
    :class:`~summarizer.errors.ArgumentError`."""
    if isinstance(documents, (Article, str)):
        documents = [documents]
    elif isinstance(documents, Mapping):  # its keys are not documents: {"text": ...} gave an article "text"
        raise ArgumentError("summarize: documents must be Articles or strings, or a list of them, got a mapping"
                            " (make an article of one: Article(text=..., title=...))")
    elif isinstance(documents, (bytes, bytearray)) or not isinstance(documents, Iterable):
        raise ArgumentError(f"summarize: documents must be Articles or strings, or a list of them, got {type(documents).__name__}")
    articles = []
    for i, d in enumerate(documents):
        if isinstance(d, Article):
            articles.append(d)
        elif isinstance(d, str):
            articles.append(Article(text=d, path=f"<text {i + 1}>"))
        else:
            hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(d, (bytes, bytearray)) else ""
            raise ArgumentError(f"summarize: document {i + 1} must be an Article or a str, got {type(d).__name__}{hint}")
    return articles


def prepare(articles: Sequence[Article], options: Options) -> tuple[Cluster, tuple[Problem, ...]]:
    """Clean the cluster and build its representation. Articles left with no sentence
    are reported as problems and left out, so source numbers are dense."""
    if not articles:
        raise NothingToSummarize("nothing to summarise: no input given")
    cleaned = clean_cluster(articles) if options.clean else segment_only(articles)
    kept: list[CleanArticle] = []
    problems = []
    for item in cleaned:
        if not item.sentences:
            problems.append(Problem(item.article.path, "no sentences left after cleaning"))
            continue
        doc = len(kept)
        kept.append(replace(item, sentences=tuple(replace(s, doc=doc) for s in item.sentences)))
    if not kept:
        names = [problem.path for problem in problems]
        which = names[0] if len(names) == 1 else f"any of the {len(names)} inputs ({', '.join(names[:3])}{', ...' if len(names) > 3 else ''})"
        raise NothingToSummarize(f"nothing to summarise: no sentence left after cleaning in {which}")
    return build_cluster(kept), tuple(problems)


def summarize(
    documents: Article | str | Iterable[Article | str],
    options: Options | None = None,
    *,
    references: Sequence[str] = (),
    problems: Sequence[Problem] = (),
    rescore: Callable[[Cluster, np.ndarray], np.ndarray] | None = None,
) -> Digest:
    """Digest a cluster of articles about one story.

    ``documents``: :class:`Article` records (or plain strings; bytes are refused with
    :class:`~summarizer.errors.ArgumentError`, decode them first). ``references``: only for
    the evaluation-only ``oracle`` method. ``problems``: inputs skipped upstream, carried
    into the digest's report. ``rescore``: optional function of the cluster and the
    ranker's scores returning adjusted scores, applied before selection (``summarizer
    brief --previous`` uses it to demote lines a previous brief already said).
    Raises :class:`~summarizer.errors.OptionError` for a bad option and
    :class:`~summarizer.errors.NothingToSummarize` when no text is left.
    """
    if options is not None and not isinstance(options, Options):
        raise ArgumentError(f"summarize: options must be an Options (e.g. Options(words=5)), got {type(options).__name__}")
    problems = tuple(problems) if isinstance(problems, Iterable) and not isinstance(problems, (str, bytes)) else (problems,)
    if not all(isinstance(p, Problem) for p in problems):
        raise ArgumentError("summarize: problems must be a list of Problem records (summarizer.records.Problem)")
    options = (options or Options()).validated()
    method = get_method(options.method)
    if method.needs_references and not references:
        raise OptionError(f"--method {method.name} needs reference summaries: use it with `summarizer evaluate`")
    cluster, dropped = prepare(as_articles(documents), options)
    scores = method.rank(cluster, options, references)
    if rescore is not None:
        # a method's marginal gain (coverage) stays attached to the adjusted scores
        factory = getattr(scores, "marginal_gain", None)
        adjusted = rescore(cluster, np.asarray(scores))
        scores = GainScores.wrap(adjusted, factory) if factory is not None else adjusted
    picks = select(cluster, scores, Budget.from_options(options), mmr_lambda=options.mmr_lambda, novelty=method.novelty)
    return build_digest(cluster, picks, options, tuple(problems) + dropped)


def build_digest(cluster: Cluster, picks: Sequence[Pick], options: Options, problems: tuple[Problem, ...] = ()) -> Digest:
    cited = citations(cluster, [p.row for p in picks])
    lines = []
    for pick, cites in zip(picks, cited):
        s = cluster.sentences[pick.row]
        lines.append(DigestLine(s.text, cites, s.doc, s.index, s.start, s.end, round(pick.relevance, 6), round(pick.mmr, 6)))
    if options.order == "reading":
        lines = reading_order(lines, cluster)
    sources = tuple(
        Source(i + 1, a.article.path, a.article.title, a.article.source, a.article.date, a.article.url)
        for i, a in enumerate(cluster.articles)
    )
    return Digest(tuple(lines), sources, options, problems)
