"""From many articles to the day's top stories: group, rank, digest.

1. **Group**: :func:`summarizer.brief.group.group_articles` labels the articles by
   story (deterministic for the same inputs in the same order).
2. **Rank** the stories, before digesting anything, by
   (a) the number of independent outlets that report them: distinct ``source`` names,
   else distinct URL hosts, else distinct input files (entries of one feed or lines of
   one JSON-lines file count as one outlet unless they name their source); once
   digested, the outlets are counted on the digest's sources, whose ``source`` cleaning
   may have found in the text (a dateline's "(AP)");
   (b) the number of articles; (c) the newest article date; then input order. A story
   told by five outlets outranks one told five times by one outlet.
3. **Digest** the top stories with the same :func:`summarizer.pipeline.summarize`
   pipeline as ``summarizer digest`` (lines in score order, so each story leads with its
   most relevant line). Stories are digested in worker processes; results are put back
   in rank order, so the output does not depend on the number of workers. A story
   whose articles leave no text after cleaning is skipped and the next one takes its
   place.

**Previous brief** (``--previous``): the lines an earlier brief already said demote
similar sentences, so a continuing story leads with what is new. Each sentence's
relevance (its ranker score scaled to [0, 1], as the selector does) is multiplied by
``1 - min(1, s / REDUNDANCY_CAP)`` where ``s`` is its highest cosine similarity (TF-IDF
over the cluster's sentences and the previous lines) to a previous line: a sentence that
repeats a reported line (``s`` at or above the selector's redundancy cap, the level at
which two lines say the same thing) keeps no relevance, one that only shares a few names
keeps most of it. Repeats are never forbidden: they still fill the budget when nothing
new is left. Departure from plain MMR: the previous lines act as an extra "already
selected" set whose penalty is applied to relevance rather than through the novelty
term, so it holds whatever the MMR lambda.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit

import numpy as np

from summarizer.errors import SummarizerError
from summarizer.options import Options
from summarizer.records import Article, Digest, Problem, Source
from summarizer.represent import Cluster, terms, tfidf_matrix
from summarizer.select import REDUNDANCY_CAP

# Length of a story title made from its lead line when no article has a title.
TITLE_FALLBACK_CHARS = 90
# How often (seconds) a worker checks that the run that started it is still there: a
# worker left behind by a killed run (SIGKILL, a timeout) ends within about this long.
PARENT_POLL_SECONDS = 1.0
# Exit status of a worker that ends because its run is gone (nobody waits for it).
ORPHANED_WORKER_STATUS = 1


@dataclass(frozen=True)
class Story:
    """One story of a brief: its articles (input order), their outlet count, its digest."""

    title: str
    articles: tuple[Article, ...]
    outlets: int
    digest: Digest


@dataclass(frozen=True)
class Brief:
    """A finished brief: its date and its stories in rank order."""

    date: str
    stories: tuple[Story, ...]


@dataclass(frozen=True)
class Demotion:
    """Score adjustment (a ``rescore`` hook of :func:`summarize`) that demotes sentences
    similar to lines a previous brief already said. See the module docstring."""

    previous: tuple[str, ...]
    cap: float = REDUNDANCY_CAP

    def __call__(self, cluster: Cluster, scores: np.ndarray) -> np.ndarray:
        scores = np.asarray(scores, dtype=np.float64)
        previous = [tuple(terms(line)) for line in self.previous]
        previous = [items for items in previous if items]
        n = len(cluster.sentences)
        finite = np.isfinite(scores)
        if not previous or n == 0 or not finite.any():
            return scores
        matrix, _ = tfidf_matrix(list(cluster.term_lists) + previous)
        similarity = np.asarray((matrix[:n] @ matrix[n:].T).max(axis=1).todense()).ravel()
        low, high = scores[finite].min(), scores[finite].max()
        relevance = np.where(finite, (scores - low) / (high - low) if high > low else 1.0, 0.0)
        keep = 1.0 - np.minimum(1.0, similarity / self.cap)
        return np.where(finite, relevance * keep, -np.inf)  # never -inf x 0: no NaN, no warning


def outlet_key(article: Article | Source) -> str:
    """Who published ``article`` (an input, or a digest's source, whose outlet cleaning
    may have found in the text): its source name, else its URL's host, else its file."""
    if article.source and article.source.strip():
        return "source:" + " ".join(article.source.lower().split())
    if article.url:
        host = (urlsplit(article.url.strip()).hostname or "").lower()
        if host:
            return "host:" + (host[4:] if host.startswith("www.") else host)
    return "file:" + re.sub(r"(?:#|:)\d+$", "", article.path)


def group_stories(
    articles: Sequence[Article], on_error: Callable[[str], None] | None = None
) -> list[tuple[Article, ...]]:
    """Articles grouped by story, groups in order of their first article. Should the
    grouping fail (an input it cannot vectorise), every article is its own story and
    ``on_error`` is told why: an unattended brief still gets written."""
    from summarizer.brief.group import group_articles

    if not articles:
        return []
    try:
        labels = list(group_articles([a.text for a in articles], [a.title for a in articles]))
        if len(labels) != len(articles):
            raise ValueError(f"{len(labels)} labels for {len(articles)} articles")
    except Exception as error:  # noqa: BLE001 - see the docstring
        if on_error is not None:
            on_error(f"grouping failed ({type(error).__name__}: {' '.join(str(error).split())}); "
                     "each article is its own story")
        labels = list(range(len(articles)))
    groups: dict[int, list[Article]] = {}
    for label, article in zip(labels, articles):
        groups.setdefault(label, []).append(article)
    return [tuple(group) for group in groups.values()]


def newest_date(dates: Iterable[str | None], latest: str | None = None) -> str | None:
    """The newest of ``dates`` as ISO ``YYYY-MM-DD``, each read as a feed's date is
    (:func:`~summarizer.metadata.normalise_date`: "Thu, 06 Feb 2025 10:00:00 GMT" is
    2025-02-06); a date that cannot be read ("yesterday"), or that is later than
    ``latest`` (the run's date: a clock set wrong, a mistyped year), is left out. None
    when none is left."""
    from summarizer.metadata import normalise_date

    found = (day for day in map(normalise_date, filter(None, dates)) if day and (latest is None or day <= latest))
    return max(found, default=None)


def rank_key(group: Sequence[Article]) -> tuple[int, int, str]:
    """What ranks a story: its outlets, then its articles, then its newest date."""
    return len({outlet_key(a) for a in group}), len(group), newest_date(a.date for a in group) or ""


def rank_stories(groups: Sequence[tuple[Article, ...]]) -> list[tuple[Article, ...]]:
    """Groups by outlets, then articles, then newest date, then input order."""
    return _ranked(groups, lambda group: group)


def _ranked(items: Sequence, of: Callable, key: Callable = rank_key) -> list:
    """``items`` by ``key`` (:func:`rank_key`) of ``of(item)``, then input order."""
    ranked = sorted(enumerate(items), key=lambda item: (*key(of(item[1])), -item[0]), reverse=True)
    return [item for _, item in ranked]


def story_title(digest: Digest) -> str:
    """The title of the article the lead line comes from, else of any article, else the
    lead line itself (shortened)."""
    if digest.lines and digest.sources[digest.lines[0].doc].title:
        return str(digest.sources[digest.lines[0].doc].title)
    for source in digest.sources:
        if source.title:
            return source.title
    lead = digest.lines[0].text if digest.lines else ""
    if len(lead) <= TITLE_FALLBACK_CHARS:
        return lead
    return lead[:TITLE_FALLBACK_CHARS].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class _Job:
    articles: tuple[Article, ...]
    options: Options
    previous: tuple[str, ...]


@dataclass(frozen=True)
class _Outcome:
    digest: Digest | None
    error: str | None = None


def _digest_job(job: _Job) -> _Outcome:
    """Digest one story (runs in a worker process); errors come back as a message, so
    one bad story never stops the others."""
    from summarizer.pipeline import summarize

    try:
        rescore = Demotion(job.previous) if job.previous else None
        return _Outcome(summarize(job.articles, job.options, rescore=rescore))
    except SummarizerError as error:
        return _Outcome(None, str(error))
    except Exception as error:  # noqa: BLE001 - an unattended run skips a story, logs why
        return _Outcome(None, f"cannot digest ({type(error).__name__}: {' '.join(str(error).split())})")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _map(jobs: Sequence[_Job], workers: int) -> Iterator[_Outcome]:
    """Outcomes in the order of ``jobs``, computed in up to ``workers`` processes. The
    workers never outlive the run: each ends by itself once the run is gone
    (:func:`_start_worker`), and SIGTERM stops them before the run (:func:`_stop_on_sigterm`)."""
    workers = min(workers, len(jobs))
    if workers <= 1:
        yield from map(_digest_job, jobs)
        return
    others = set(multiprocessing.active_children())  # an embedding program's own processes

    def running() -> set[multiprocessing.process.BaseProcess]:
        return set(multiprocessing.active_children()) - others

    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),)) as pool, \
            _stop_on_sigterm(running):
        received = 0
        try:
            for outcome in pool.map(_digest_job, jobs):
                received += 1
                yield outcome
        except BaseException:
            # Ctrl-C (KeyboardInterrupt), or the caller stopped early: the work left is not
            # wanted, so the workers are stopped rather than waited for
            if received < len(jobs):
                for worker in running():
                    worker.terminate()
                pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start_worker(run: int) -> None:
    """Initializer of each worker process: SIGTERM back to its default action (a worker
    forked while the run's handler was set must not run it), SIGINT ignored, and a daemon thread that
    ends the worker once the run ``run`` (a process id) is gone. Without it a worker of a
    killed run lives on, re-parented to PID 1 and blocked waiting for work."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Ctrl-C in a terminal reaches the whole process group: the run stops its workers
    # (:func:`_map`) and reports it once, with no traceback from each worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()  # the run (fork, spawn), or the forkserver, which ends with it
    threading.Thread(target=_exit_when_orphaned, args=(run, parent), name="summarizer-watch-run", daemon=True).start()


def _exit_when_orphaned(run: int, parent: int) -> None:
    """End this process once its parent changes (it died) or the run has ended."""
    while os.getppid() == parent and _is_running(run):
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(ORPHANED_WORKER_STATUS)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: only whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        pass
    return True


@contextmanager
def _stop_on_sigterm(workers: Callable[[], set[multiprocessing.process.BaseProcess]]) -> Iterator[None]:
    """While the pool works, SIGTERM (a timeout, systemd stopping the unit) first stops
    the ``workers()``, then ends the run as SIGTERM would have (nothing is written yet:
    the previous brief stays whole, and the lock goes with the process). Unwinding through
    the pool instead can hang on a queue feeder thread stuck writing a story to workers
    that are gone. Set only in the main thread and when SIGTERM has its default action:
    a program that handles SIGTERM itself keeps its handler."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def stop(signum: int, frame: object) -> None:
        for worker in workers():
            worker.terminate()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def build_stories(
    articles: Sequence[Article],
    options: Options,
    *,
    count: int,
    previous: Sequence[str] = (),
    jobs: int = 1,
    on_skip: Callable[[tuple[Article, ...], str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> list[Story]:
    """The top ``count`` stories of ``articles``, digested, in rank order.

    ``on_skip(articles, message)`` is told of each story that could not be digested,
    ``on_progress(done, total)`` of each story digested, ``on_error(message)`` of a
    grouping that failed.
    """
    ranked = rank_stories(group_stories(articles, on_error))
    options = options.with_(order="score").validated()
    chosen: list[Story] = []
    start = 0
    # a story that cleaning shrank may rank below groups not yet digested: digest one more
    # group for each, then rank by what was told and keep ``count``
    shrunk = 0
    while len(chosen) < count + shrunk and start < len(ranked):
        batch = ranked[start : start + count + shrunk - len(chosen)]
        start += len(batch)
        work = [_Job(group, options, tuple(previous)) for group in batch]
        for group, outcome in zip(batch, _map(work, jobs)):
            if outcome.digest is None or not outcome.digest.lines:
                if on_skip is not None:
                    on_skip(group, outcome.error or "no sentence fits the budget of words")
                continue
            # the story is the articles that kept text: a page of crawl notices grouped by
            # their shared words counts the one that cleaning left, not five
            skipped = {problem.path for problem in outcome.digest.problems}
            told = tuple(a for a in group if a.path not in skipped) or group
            # outlets as the digest knows them: cleaning may find an article's outlet in
            # its text ("(AP) —"), so two files of one agency are one outlet
            outlets = len({outlet_key(source) for source in outcome.digest.sources})
            story = Story(story_title(outcome.digest), told, outlets, outcome.digest)
            shrunk += told_key(story) < rank_key(group)
            chosen.append(story)
            if on_progress is not None:
                on_progress(len(chosen), min(count, len(ranked)))
    return rank_stories_told(chosen)[:count]


def told_key(story: Story) -> tuple[int, int, str]:
    """:func:`rank_key` of a digested story: its outlets as its digest counts them, the
    articles that kept text after cleaning, their newest date."""
    return story.outlets, len(story.articles), newest_date(a.date for a in story.articles) or ""


def rank_stories_told(stories: Sequence[Story]) -> list[Story]:
    """Digested stories ranked as :func:`rank_stories` ranks groups, by
    :func:`told_key` (ties keep their order)."""
    return _ranked(stories, lambda story: story, told_key)


def brief_date(
    stories: Sequence[Story], articles: Sequence[Article], today: Callable[[], str], latest: str | None = None
) -> str:
    """The newest date among the brief's articles (as read or as found by cleaning),
    else among all articles read, else ``today()``; dates compared as
    :func:`newest_date` reads them, none later than ``latest``."""
    return (newest_date((s.date for story in stories for s in story.digest.sources), latest)
            or newest_date((a.date for a in articles), latest) or today())


def story_problems(story: Story) -> tuple[Problem, ...]:
    return story.digest.problems
