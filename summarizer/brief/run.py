"""One unattended run of ``summarizer brief``: settings in, one brief file out.

The run, in order: settings are checked (command-line flags over the configuration file
over the defaults below); the lock ``OUT.lock`` (of the file written, through any link;
none for a device such as ``/dev/null``) is taken without waiting (another run
on the same output is a :class:`~summarizer.errors.LockedError`, exit status 5); the
inputs are read as ``summarizer digest`` reads them (a feed, by its ``.rss``/``.atom``/
``.xml`` suffix or its content, one article per entry), a bad input is logged and skipped; the stories are grouped,
ranked and digested (:mod:`summarizer.brief.stories`); the brief is rendered and written
atomically (a run that dies leaves the previous brief whole); with ``--strict``, any
skipped input then makes the exit status 3.

Logging goes to stderr: warnings (skipped inputs) by default, only errors with
``--quiet``, progress details with ``--verbose``. A progress line is drawn only when
stderr is a terminal, so cron mail stays clean.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass, field, replace
from datetime import date as Date
from pathlib import Path
from typing import Callable, Collection, Sequence

from summarizer.brief.config import CHECKED, BriefConfig, check_setting
from summarizer.feeds import FEED_SUFFIXES
from summarizer.brief.render import render_brief
from summarizer.brief.stories import Brief, Story, brief_date, build_stories, default_jobs
from summarizer.errors import LockedError, NothingToSummarize, OptionError, OutputError, SkippedInputs
from summarizer.ingest import ARTICLE_SUFFIXES, Loaded, expand_inputs, is_url
from summarizer.options import Options
from summarizer.outputs import format_of, is_written_in_place, refuse_input, remove_stale_temp_files, require_stdout
from summarizer.records import Article, Problem

DEFAULT_FORMAT = "markdown"
# The format an output's suffix names, when no format is given.
FORMATS_BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown", ".markdown": "markdown"}
DEFAULT_STORIES = 10
# Words per story: about three or four lines, what a reader scans in a daily brief.
DEFAULT_WORDS = 80
INPUT_SUFFIXES = ARTICLE_SUFFIXES + FEED_SUFFIXES

QUIET, NORMAL, VERBOSE = 0, 1, 2
# The package's logger: the brief's messages and those of the stages it runs (summarizer.feeds:
# a feed entry read twice), one line each on stderr.
LOGGER_NAME = "summarizer"


@dataclass(frozen=True)
class BriefSettings:
    """Everything one brief run needs. ``out`` None (or ``-``) writes to stdout (no lock);
    ``previous`` empty is none.
    ``date`` None: the newest article date (see :func:`~summarizer.brief.stories.brief_date`).
    ``jobs`` 0: every core."""

    inputs: tuple[str, ...]
    out: str | None = None
    format: str = DEFAULT_FORMAT
    stories: int = DEFAULT_STORIES
    words: int = DEFAULT_WORDS
    previous: str | None = None
    date: str | None = None
    jobs: int = 0
    strict: bool = False
    verbosity: int = NORMAL
    options: Options = field(default_factory=Options)

    def validated(self) -> "BriefSettings":
        if not self.inputs:
            raise OptionError("no inputs: give files or directories, or `inputs` in the --config file")
        if self.out == "-":  # stdout, as for every command
            return replace(self, out=None).validated()
        if self.previous is not None and not self.previous.strip():  # --previous "": none (over the file's)
            return replace(self, previous=None).validated()
        if self.out is not None and not self.out.strip():
            raise OptionError(f"--out must name a file (leave it out to print the brief), got {self.out!r}")
        checked = {name: check_setting(name, getattr(self, name), f"--{name}")
                   for name in CHECKED if getattr(self, name) is not None}
        options = self.options.with_(words=self.words, chars=None, sentences=None, bytes=None).validated()
        return replace(self, **checked, options=options)


def merge_settings(config: BriefConfig | None, **flags: object) -> BriefSettings:
    """Settings from command-line ``flags`` (None = not given) over ``config`` over the
    defaults. ``inputs`` given on the command line replace the file's list. With no
    format given (flag or file), the suffix of ``out`` names it (``.html``, ``.htm``,
    ``.json``, ``.md``), else markdown."""
    config = config or BriefConfig()
    values: dict[str, object] = {}
    for name in ("inputs", "out", "format", "stories", "words", "previous", "date", "jobs", "strict"):
        flag = flags.get(name)
        if name == "inputs" and not flag:
            flag = None
        if flag is None:
            flag = getattr(config, name)
        if flag is not None:
            values[name] = tuple(flag) if name == "inputs" else flag  # type: ignore[arg-type]
    values.setdefault("inputs", ())
    if "format" not in values:  # given nowhere: the output's suffix says (-o today.html)
        values["format"] = format_of(values.get("out"), FORMATS_BY_SUFFIX, DEFAULT_FORMAT)  # type: ignore[arg-type]
    values["verbosity"] = flags.get("verbosity", NORMAL)
    return BriefSettings(**values).validated()  # type: ignore[arg-type]


@dataclass(frozen=True)
class BriefResult:
    brief: Brief
    text: str
    problems: tuple[Problem, ...]


def run_brief(settings: BriefSettings) -> BriefResult:
    """Make the brief and write it (or print it when ``out`` is None)."""
    settings = settings.validated()
    log = logging.getLogger(LOGGER_NAME)
    level, propagate = log.level, log.propagate  # a library caller's logging set-up, restored after the run
    log, handler = _logger(settings.verbosity)
    try:
        if settings.out is None:
            require_stdout()  # with stdout closed (>&-), said before any work
            return _make(settings, log)
        out = Path(settings.out)
        if not out.parent.is_dir():
            raise OutputError(f"{out}: cannot write: directory {out.parent} does not exist")
        if out.is_dir():  # found before any work, and before the lock file OUT.lock is made
            raise OutputError(f"{out}: cannot write: is a directory")
        _refuse_input_as_out(settings, out)
        if is_written_in_place(out):  # a device or the shell's stream: no lock file beside it, no temporary file
            return _make(settings, log)
        return _locked(settings, out, log)
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
        log.propagate = propagate


def _refuse_input_as_out(settings: BriefSettings, out: Path) -> None:
    """Inputs are never modified: an input named on its own is never the output, and a
    file that the walk of an input folder reads is replaced only when it is an earlier
    brief (the daily run writing over yesterday's brief in its folder, which the walk
    then leaves out)."""
    refuse_input(out, [name for name in settings.inputs if not is_url(name) and not Path(name).is_dir()])
    if not is_brief_file(out, settings.options.max_article_bytes):
        refuse_input(out, expand_inputs(settings.inputs, INPUT_SUFFIXES, []))


def _locked(settings: BriefSettings, out: Path, log: logging.Logger) -> BriefResult:
    from filelock import FileLock, Timeout

    # the lock is the written file's, however it is spelled or linked to (-o today.md, a
    # link to arch/2025.md, and -o arch/2025.md take the same lock)
    lock_path = os.path.realpath(out) + ".lock"
    lock = FileLock(lock_path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise LockedError(f"{out}: another brief run holds the lock {lock_path}; not started") from None
    except OSError as error:
        raise OutputError(f"{lock_path}: cannot take the lock: {error.strerror or error}") from None
    try:
        # holding the lock, this run alone writes OUT: a temporary file of OUT is a dead run's
        for stale in remove_stale_temp_files(out):
            log.info("removed %s, left by a run killed while writing %s", stale, out)
        return _make(settings, log)
    finally:
        lock.release()


def _make(settings: BriefSettings, log: logging.Logger) -> BriefResult:
    from summarizer.outputs import write_atomic, write_stdout

    problems: list[Problem] = []

    def skipped(problem: Problem) -> None:
        problems.append(problem)
        log.warning("skipped %s: %s", problem.path, problem.message)

    exclude = {str(Path(p).resolve()) for p in (settings.out, settings.previous) if p and not is_url(p)}
    loaded = load_inputs(settings.inputs, settings.options, exclude=exclude)
    for problem in loaded.problems:
        skipped(problem)
    log.info("read %d article(s) from %d input(s)", len(loaded.articles), len(settings.inputs))
    if not loaded.articles:
        raise NothingToSummarize("nothing to summarise: no input has any article text")
    latest = settings.date or latest_today()
    loaded = replace(loaded, articles=without_future_dates(loaded.articles, latest, log))
    previous = read_previous(settings.previous, skipped, log, settings.options.max_article_bytes)

    def skip_story(group: tuple[Article, ...], message: str) -> None:
        skipped(Problem(", ".join(a.path for a in group), f"story skipped: {message}"))

    jobs = settings.jobs or default_jobs()
    progress = _Progress(settings.verbosity >= NORMAL and _is_terminal(sys.stderr))
    try:
        stories = build_stories(
            loaded.articles, settings.options, count=settings.stories, previous=previous,
            jobs=jobs, on_skip=skip_story, on_progress=progress, on_error=log.error,
        )
    finally:
        progress.close()
    if not stories:
        raise NothingToSummarize("nothing to summarise: no story has a sentence left after cleaning that fits the budget")
    stories = [_without_future_source_dates(story, latest, log) for story in stories]
    for story in stories:
        for problem in story.digest.problems:
            skipped(problem)
        log.debug("story %r: %d article(s), %d outlet(s), %d line(s)",
                  story.title, len(story.articles), story.outlets, len(story.digest.lines))
    day = settings.date or brief_date(stories, loaded.articles, lambda: Date.today().isoformat(), latest)
    brief = Brief(day, tuple(stories))
    text = render_brief(brief, settings.format)
    if settings.out is None:
        write_stdout(text)
    else:
        write_atomic(settings.out, text)
        log.info("wrote %d stor%s to %s", len(stories), "ies" if len(stories) != 1 else "y", settings.out)
    if settings.strict and problems:
        raise SkippedInputs(f"{len(problems)} input(s) skipped (--strict); the brief was written")
    return BriefResult(brief, text, tuple(problems))


# --- inputs ---------------------------------------------------------------------------


def load_inputs(inputs: Sequence[str], options: Options, *, exclude: Collection[str] = ()) -> Loaded:
    """Articles of every input, one input at a time, so that any failure of one input
    (even an unexpected one) skips that input only. The bytes read count together
    towards ``options.max_run_bytes``: past it, the rest is skipped."""
    from summarizer.ingest import RunBytes, load

    articles: list[Article] = []
    problems: list[Problem] = []
    run = RunBytes(options.max_run_bytes)
    for name in expand_inputs(inputs, INPUT_SUFFIXES, problems, exclude):
        if run.spent:
            break
        try:
            if _kept_brief(name, options.max_article_bytes):
                continue
            # a feed (by its suffix, or by its content from stdin, a URL or a file of no
            # known suffix) gives its entries: ingest.parse
            loaded = load([name], max_article_bytes=options.max_article_bytes, run_bytes=run)
            # an earlier brief kept beside the articles is left out, as --out is
            articles.extend(article for article in loaded.articles if not is_brief(article))
            problems.extend(loaded.problems)
        except Exception as error:  # noqa: BLE001 - one bad input never stops the brief
            problems.append(Problem(name, f"cannot read ({type(error).__name__}: {' '.join(str(error).split())})"))
    return Loaded(tuple(articles), tuple(problems))


# Hours by which the earliest time zone (UTC+14) is ahead of UTC: an article dated in
# it may be a day ahead of the run's own clock.
_EARLIEST_ZONE_HOURS = 14


def latest_today() -> str:
    """The latest date that is today somewhere on Earth: a later date is in the future."""
    from datetime import datetime, timedelta, timezone

    ahead = (datetime.now(timezone.utc) + timedelta(hours=_EARLIEST_ZONE_HOURS)).date()
    return max(Date.today(), ahead).isoformat()


def without_future_dates(articles: Sequence[Article], latest: str, log: logging.Logger) -> tuple[Article, ...]:
    """``articles``, a date later than ``latest`` (the run's date) left out, and said on
    stderr: a feed's clock set wrong or a mistyped year would date the brief and push a
    story up. The article is read as undated (not a skipped input)."""
    return tuple(replace(a, date=None) if _is_future(a.date, latest, a.path, log) else a for a in articles)


def _is_future(date: str | None, latest: str, where: str, log: logging.Logger) -> bool:
    """``date`` (of the input ``where``) is later than ``latest``, the run's date: said on stderr."""
    from summarizer.metadata import normalise_date

    day = normalise_date(date) if date else None
    if day is None or day <= latest:
        return False
    log.warning("ignored the date of %s: %s is later than the run's date %s", where, day, latest)
    return True


def _without_future_source_dates(story: Story, latest: str, log: logging.Logger) -> Story:
    """``story`` with a source's date later than ``latest`` left out and said on stderr:
    a date cleaning found in an article's text ("Published: March 5, 2027"), which
    :func:`without_future_dates` could not see before cleaning."""
    future = [_is_future(source.date, latest, source.path, log) for source in story.digest.sources]
    if not any(future):
        return story
    sources = tuple(replace(s, date=None) if f else s for s, f in zip(story.digest.sources, future))
    return replace(story, digest=replace(story.digest, sources=sources))


# The opening of a JSON brief: ``{"date": …`` (compact or indented).
_JSON_BRIEF_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"date"\s*:')


def _kept_brief(name: str, max_bytes: int) -> bool:
    """``name`` is an earlier brief that its suffix would have read otherwise than as one
    article to look at (:func:`is_brief`): an HTML brief saved as ``.xml`` (read as a
    feed), a JSON brief saved as ``.jsonl`` or ``.json`` (read line by line, or as an
    article object). Such a file is checked before it is read; a JSON one only when it
    opens as a brief does."""
    from summarizer.ingest import JSON_SUFFIXES, JSONL_SUFFIXES

    if name == "-" or is_url(name):
        return False
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES + JSON_SUFFIXES:
        try:
            if not path.is_file():  # a FIFO is never opened (read_bytes refuses it)
                return False
            with path.open("rb") as handle:
                if not _JSON_BRIEF_START.match(handle.read(64)):
                    return False
        except OSError:
            return False  # reported when it is read
    elif suffix not in FEED_SUFFIXES:
        return False
    return is_brief_file(path, max_bytes)


def is_brief(article: Article) -> bool:
    """``article`` is a brief this command wrote (any format, see
    :func:`~summarizer.brief.render.is_brief_text`), which a daily run writing into its
    input folder would otherwise read back as an article. A page titled "News brief" is
    judged by its file's own markup: the page's main text (trafilatura's pick) may leave
    out the "N articles · N outlets" lines."""
    from summarizer.brief.render import is_brief_text, is_brief_title

    if is_brief_text(article.text, article.title):
        return True
    return is_brief_title(article.title) and is_brief_file(Path(article.path))


def is_brief_file(path: Path, max_bytes: int = Options.max_article_bytes) -> bool:
    """The file at ``path`` holds a brief this command wrote, in any format (a file over
    ``max_bytes``, which no run reads as an article, is not looked into)."""
    from summarizer.brief.render import is_brief_text

    try:
        if not path.is_file() or path.stat().st_size > max_bytes:
            return False
        # briefs are UTF-8; a file name that is not (kept as its bytes) must not hide one
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return is_brief_text(text)


def read_previous(
    path: str | None, skipped: Callable[[Problem], None], log: logging.Logger, max_bytes: int = Options.max_article_bytes
) -> tuple[str, ...]:
    """The lines of a previous brief (any format this command writes, so ``--previous``
    may name the ``--out`` file itself: it is read before it is replaced). A missing
    file (the first run) is noted and ignored; an unreadable one, one over ``max_bytes``
    (``max_article_bytes``, as an article) and one that is not a regular file (a FIFO,
    ``/dev/zero``: never read) are a skipped input."""
    from summarizer.brief.render import brief_lines
    from summarizer.errors import InputError
    from summarizer.ingest import read_bytes

    if path is None:
        return ()
    if not os.path.exists(path):
        log.info("no previous brief at %s: nothing is demoted", path)
        return ()
    try:
        lines = brief_lines(read_bytes(path, max_bytes).decode("utf-8"))
    except InputError as error:
        skipped(Problem(path, f"cannot read the previous brief: {error.reason}"))
        return ()
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        skipped(Problem(path, f"not a brief written by `summarizer brief` ({type(error).__name__})"))
        return ()
    log.info("previous brief %s: %d line(s) to demote", path, len(lines))
    return lines


# --- logging and progress ---------------------------------------------------------------


class _OneLine(logging.Formatter):
    """``summarizer: message`` on one line: control, line-breaking and bidi characters
    (say, in a file name) shown as escapes."""

    def format(self, record: logging.LogRecord) -> str:
        from summarizer.render import one_line

        return one_line(super().format(record))


def _logger(verbosity: int) -> tuple[logging.Logger, logging.Handler]:
    log = logging.getLogger(LOGGER_NAME)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("summarizer: %(message)s"))
    level = {QUIET: logging.ERROR, NORMAL: logging.WARNING}.get(verbosity, logging.DEBUG)
    log.setLevel(level)
    log.propagate = False
    log.addHandler(handler)
    return log, handler


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A one-line progress counter on stderr, drawn only when enabled (a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if self.enabled:
            sys.stderr.write(f"\rsummarizer: digesting stories {done}/{total}")
            sys.stderr.flush()
            self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
