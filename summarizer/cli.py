"""The command line: a thin layer over the library.

Each command builds an :class:`~summarizer.options.Options` (in ``build_options``), calls
the library, and prints or writes the result. ``main`` turns every library error and
every usage error into one line on stderr and the exit status documented in
``summarizer.errors``; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from summarizer.errors import NothingToSummarize, OptionError, SkippedInputs, SummarizerError
from summarizer.options import DEFAULT_LAMBDA, Options, check_choice
from summarizer.render import FORMATS as DIGEST_FORMATS
from summarizer.outputs import format_of
from summarizer.render import one_line

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Extractive multi-document news summariser: central, novel, cited lines within a budget.",
)

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
# The format an --output suffix names when --format is not given (digest).
DIGEST_FORMATS_BY_SUFFIX = {".json": "json", ".md": "markdown", ".markdown": "markdown"}
# Exit status of a bug (an error the library did not anticipate): sysexits EX_SOFTWARE.
INTERNAL_ERROR = 70
# Exit status of a run interrupted by Ctrl-C (SIGINT): 128 + 2, as a shell reports it.
INTERRUPTED = 130


def warn(message: str, quiet: bool = False) -> None:
    if not quiet:
        print(f"summarizer: {one_line(message)}", file=sys.stderr)


def build_options(
    *,
    method: str = "default",
    words: Optional[int] = None,
    chars: Optional[int] = None,
    sentences: Optional[int] = None,
    bytes_: Optional[int] = None,
    mmr_lambda: float = DEFAULT_LAMBDA,
    order: str = "reading",
    seed: int = 0,
    clean: bool = True,
    max_article_bytes: int = Options.max_article_bytes,
) -> Options:
    """The one place where command-line values become an Options object (with no
    budget given, Options' own default of 100 words applies)."""
    return Options(
        method=method, words=words, chars=chars, sentences=sentences, bytes=bytes_,
        mmr_lambda=mmr_lambda, order=order, seed=seed, clean=clean, max_article_bytes=max_article_bytes,
    ).validated()


def check_format(fmt: str, allowed: tuple[str, ...] = DIGEST_FORMATS) -> str:
    return check_choice("--format", fmt, allowed)



def stdout_or(output: Optional[Path]) -> Optional[Path]:
    """``-o -`` is stdout (None), as ``-`` is stdin among the inputs."""
    return None if output is None or str(output) == "-" else output


def emit(text: str, output: Optional[Path]) -> None:
    from summarizer.outputs import write_atomic, write_stdout

    if output is None:
        write_stdout(text)
    else:
        write_atomic(output, text)


def default_inputs() -> list[str]:
    if not SAMPLE_DIR.is_dir():
        raise OptionError(f"no input paths given and the sample story {SAMPLE_DIR} is not installed")
    return [str(SAMPLE_DIR)]


@app.command()
def digest(
    paths: List[str] = typer.Argument(None, help="Files, directories (recursive), URLs or - for stdin. Default: the bundled sample story."),
    words: Optional[int] = typer.Option(None, "--words", help="At most N words (default 100 when no budget is given)."),
    chars: Optional[int] = typer.Option(None, "--chars", help="At most N characters."),
    sentences: Optional[int] = typer.Option(None, "--sentences", help="At most N lines."),
    method: str = typer.Option("default", "--method", help="Ranking method: see `summarizer methods`."),
    mmr_lambda: float = typer.Option(DEFAULT_LAMBDA, "--lambda", help="MMR trade-off: 1 = relevance only, 0 = novelty only."),
    order: str = typer.Option("reading", "--order", help="reading (leads first: position in the article, then date) or score (pick order)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text, markdown or json (default: as the --output suffix says, .json or .md, else text)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout (- is stdout)."),
    no_clean: bool = typer.Option(False, "--no-clean", help="Skip the boilerplate filter."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 3 when any input was skipped."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not report skipped inputs."),
    max_bytes: int = typer.Option(Options.max_article_bytes, "--max-bytes", help="Skip (and report) any article larger than this."),
) -> None:
    """Digest one story: the most central, least redundant sentences, each cited.

    Examples:

      summarizer digest articles/ --words 120

      summarizer digest a.html b.txt --format json -o digest.json

      cat story.txt | summarizer digest - --sentences 3
    """
    from summarizer.ingest import ARTICLE_SUFFIXES, expand_inputs, load
    from summarizer.outputs import refuse_input
    from summarizer.pipeline import summarize
    from summarizer.render import render

    output = stdout_or(output)
    fmt = check_format(fmt if fmt is not None else format_of(output, DIGEST_FORMATS_BY_SUFFIX, "text"))
    options = build_options(method=method, words=words, chars=chars, sentences=sentences,
                            mmr_lambda=mmr_lambda, order=order, clean=not no_clean, max_article_bytes=max_bytes)
    inputs = paths or default_inputs()
    refuse_input(output, expand_inputs(inputs, ARTICLE_SUFFIXES, []))
    loaded = load(inputs, max_article_bytes=options.max_article_bytes, max_run_bytes=options.max_run_bytes)
    for problem in loaded.problems:
        warn(f"skipped {problem.path}: {problem.message}", quiet)
    if not loaded.articles:
        raise NothingToSummarize("nothing to summarise: no input could be read")
    result = summarize(loaded.articles, options, problems=loaded.problems)
    for problem in result.problems[len(loaded.problems):]:
        warn(f"skipped {problem.path}: {problem.message}", quiet)
    if not result.lines:
        warn("no sentence fits the budget: the digest has no line", quiet)
    emit(render(result, fmt), output)
    if strict and result.problems:
        raise SkippedInputs(f"{len(result.problems)} input(s) skipped (--strict)")


@app.command()
def clean(
    paths: List[str] = typer.Argument(..., help="Files, directories (recursive), URLs or - for stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text or json (default: json for an --output ending .json, else text)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout (- is stdout)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not report skipped inputs."),
) -> None:
    """Show what cleaning makes of each article: kept text, and removed lines with reasons.

    Examples:

      summarizer clean ../shared/seeds/003_0b8d2d8bec456f45.txt

      summarizer clean page.html --format json
    """
    from summarizer.clean import clean_cluster
    from summarizer.ingest import ARTICLE_SUFFIXES, expand_inputs, load
    from summarizer.outputs import refuse_input
    from summarizer.render import json_dumps

    output = stdout_or(output)
    fmt = check_format(fmt if fmt is not None else format_of(output, {".json": "json"}, "text"), ("text", "json"))
    refuse_input(output, expand_inputs(paths, ARTICLE_SUFFIXES, []))
    loaded = load(paths)
    for problem in loaded.problems:
        warn(f"skipped {problem.path}: {problem.message}", quiet)
    if not loaded.articles:
        raise NothingToSummarize("nothing to clean: no input could be read")
    cleaned = clean_cluster(loaded.articles)
    records = [
        {"path": c.article.path, "title": c.article.title, "date": c.article.date, "source": c.article.source,
         "headings": list(c.headings), "kept": [s.text for s in c.sentences],
         "removed": [{"text": r.text, "reason": r.reason} for r in c.removed]}
        for c in cleaned
    ]
    if fmt == "json":
        emit(json_dumps(records) + "\n", output)  # always an array, one object per article (one input or many)
        return
    parts = []
    for r in records:
        parts.append(f"== {one_line(r['path'])}")
        parts.append(one_line(f"title: {r['title'] or '-'}    date: {r['date'] or '-'}    source: {r['source'] or '-'}"))
        parts.extend(f"  # {h}" for h in r["headings"])
        parts.extend(f"  + {k}" for k in r["kept"])
        parts.extend(f"  - [{x['reason']}] {x['text']}" for x in r["removed"])
        parts.append("")
    emit("\n".join(parts), output)


@app.command()
def evaluate(
    dataset: str = typer.Argument(..., help="JSON lines {id, documents, references}, a DUC/TAC directory, or Multi-News .src/.tgt files."),
    methods: str = typer.Option(",".join(("default", "lead", "random", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "oracle")),
                                "--methods", help="Comma-separated method names (`default` is this project's)."),
    words: Optional[int] = typer.Option(None, "--words", help="Budget in words (default 100 when no budget is given)."),
    bytes_: Optional[int] = typer.Option(None, "--bytes", help="Budget in bytes (DUC uses 665)."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first K clusters."),
    summaries_out: Optional[Path] = typer.Option(None, "--summaries-out", help="Write one JSON line per cluster and method."),
    fmt: str = typer.Option("markdown", "--format", "-f", help="markdown, json or csv."),
    seed: int = typer.Option(0, "--seed", help="Seed of the random baseline and of the bootstrap."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0 = every core)."),
    scorer: str = typer.Option("python", "--scorer", help="python (this project's ROUGE) or perl (official ROUGE-1.5.5)."),
    remove_stopwords: bool = typer.Option(False, "--remove-stopwords", help="ROUGE with stop words removed (ROUGE-1.5.5 -s)."),
    no_stem: bool = typer.Option(False, "--no-stem", help="ROUGE without Porter stemming."),
    compare: Optional[List[str]] = typer.Option(None, "--compare", help="A,B: paired significance test of A against B (repeatable)."),
    mmr_lambda: float = typer.Option(DEFAULT_LAMBDA, "--lambda", help="MMR trade-off of the methods that use novelty."),
) -> None:
    """Score methods on a dataset with ROUGE-1/2/L/SU4, baselines side by side.

    Examples:

      summarizer evaluate ../shared/datasets/multinews-validation.jsonl --words 250

      summarizer evaluate data.jsonl --methods default,lead --compare default,lead --format json
    """
    import json

    from summarizer.evaluation.datasets import load_dataset
    from summarizer.evaluation.report import RENDERERS, compare as compare_methods, summarize_results
    from summarizer.evaluation.runner import run
    from summarizer.outputs import refuse_input

    check_format(fmt, tuple(RENDERERS))
    names = [m.strip() for m in methods.split(",") if m.strip()]
    if not names:
        raise OptionError("--methods needs at least one method name")
    repeated = sorted({m for m in names if names.count(m) > 1})
    if repeated:  # each would be scored twice: twice the clusters, narrower intervals
        raise OptionError(f"--methods names {', '.join(repeated)} more than once: give each method once")
    pairs = []
    for item in compare or []:
        parts = [p.strip() for p in item.split(",")]
        if len(parts) != 2 or not all(parts):
            raise OptionError(f"--compare takes two method names as A,B, got {item!r}")
        if parts[0] == parts[1]:
            raise OptionError(f"--compare takes two different methods, got {item!r}")
        for part in parts:
            if part not in names:
                names.append(part)
        pairs.append(parts)
    if limit is not None and limit < 1:
        raise OptionError(f"--limit must be at least 1, got {limit}")
    if words is not None and bytes_ is not None:
        raise OptionError("--words and --bytes exclude each other (ROUGE-1.5.5 truncates by one or the other)")
    if jobs < 0:
        raise OptionError(f"--jobs must be 0 (every core) or more, got {jobs}")
    options = build_options(words=words, bytes_=bytes_, seed=seed, mmr_lambda=mmr_lambda)
    refuse_input(summaries_out, (str(p) for p in Path(dataset).rglob("*")) if Path(dataset).is_dir() else [dataset])
    data = load_dataset(dataset, limit)
    for problem in data.problems:
        warn(f"skipped {problem.path}: {problem.message}")
    results = run(data, names, options, scorer=scorer, remove_stopwords=remove_stopwords, stem=not no_stem, jobs=jobs)
    if summaries_out is not None:
        lines = [json.dumps({"id": r.summary.id, "method": r.summary.method, "summary": r.summary.text}, ensure_ascii=False)
                 for r in results]
        emit("\n".join(lines) + "\n", summaries_out)
    meta = {"dataset": str(dataset), "words": options.words, "bytes": options.bytes, "scorer": scorer,
            "stem": not no_stem, "remove_stopwords": remove_stopwords}
    summary = summarize_results(results, seed=seed, meta=meta)
    comparisons = [compare_methods(results, a, b, seed=seed) for a, b in pairs]
    emit(RENDERERS[fmt](summary, comparisons), None)


@app.command()
def brief(
    paths: List[str] = typer.Argument(None, help="Files and directories (recursive): articles (.txt, .md, .html, .jsonl) and RSS/Atom feeds (.rss, .atom, .xml). Default: `inputs` of --config."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Write the brief here (atomically, under the lock OUT.lock of the file written). Default, and -: stdout."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="markdown, html or json (default: as the --out suffix says, .html/.htm or .json, else markdown)."),
    stories: Optional[int] = typer.Option(None, "--stories", "-n", help="At most N stories (default 10)."),
    words: Optional[int] = typer.Option(None, "--words", help="At most N words per story (default 80)."),
    previous: Optional[str] = typer.Option(None, "--previous", help="An earlier brief (markdown, html or json; may be the --out file): lines it already said are demoted. \"\": none."),
    config: Optional[str] = typer.Option(None, "--config", help="TOML file of defaults (flags override it)."),
    date: Optional[str] = typer.Option(None, "--date", help="Date shown, YYYY-MM-DD (default: the newest article date, else today)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (0 = every core, the default); output is the same for any N."),
    strict: Optional[bool] = typer.Option(None, "--strict/--no-strict", help="Exit with status 3 when any input was skipped (the brief is still written); --no-strict overrides the --config file's."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Log errors only."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
) -> None:
    """Daily brief: group many articles into stories, digest the top ones.

    Stories are ranked by independent outlets, then articles, then recency. Made for cron: exit status 5 when another run holds the lock; a run that dies leaves the previous brief whole.

    Examples:

      summarizer brief feeds/ articles/ --out brief.html --format html

      summarizer brief news/ --out today.json --format json --previous yesterday.json

      summarizer brief --config brief.toml --stories 5
    """
    from summarizer.brief.config import load_config
    from summarizer.brief.run import NORMAL, QUIET, VERBOSE, merge_settings, run_brief

    if quiet and verbose:
        raise OptionError("--quiet and --verbose exclude each other")
    settings = merge_settings(
        load_config(config) if config is not None else None,
        inputs=paths or None, out=out, format=fmt, stories=stories, words=words, previous=previous,
        date=date, jobs=jobs, strict=strict, verbosity=QUIET if quiet else VERBOSE if verbose else NORMAL,
    )
    run_brief(settings)


@app.command()
def methods() -> None:
    """List the ranking methods of the registry."""
    from summarizer.rankers import METHODS

    for m in METHODS.values():
        print(f"{m.name:<11} {m.description}")


def main(argv: Optional[list[str]] = None) -> int:
    """Console entry point: one line on stderr and a documented status for any error."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    command = typer.main.get_command(app)
    try:
        status = command.main(args=args, prog_name="summarizer", standalone_mode=False)
    except SummarizerError as error:
        if debug:
            raise
        print(f"summarizer: error: {one_line(str(error))}", file=sys.stderr)
        return error.exit_status
    except (BrokenPipeError, KeyboardInterrupt) as stop:
        if isinstance(stop, KeyboardInterrupt):
            return _interrupted()
        return 0
    except Exception as error:  # click's own exceptions (vendored by some typer releases)
        if debug:
            raise
        return _report_other(error)
    # Not standalone, typer turns KeyboardInterrupt (Ctrl-C) into Exit(130) and returns
    # its status, as it returns an explicit Exit's (--help: 0); no command returns one.
    if status == INTERRUPTED:
        return _interrupted()
    return status if isinstance(status, int) and not isinstance(status, bool) else 0


def _interrupted() -> int:
    try:
        print("summarizer: interrupted", file=sys.stderr)
    except (OSError, ValueError):  # stderr closed
        pass
    return INTERRUPTED


def _report_other(error: Exception) -> int:
    """Click usage errors, Exit and Abort (matched by name: typer may vendor click), and
    any unexpected error, as one line and a status."""
    kind = type(error).__name__
    if kind == "Exit":
        return int(getattr(error, "exit_code", 0) or 0)
    if kind == "NoArgsIsHelpError":  # bare `summarizer`: the help was shown
        return 0
    if kind == "Abort":
        print("summarizer: aborted", file=sys.stderr)
        return INTERRUPTED
    if hasattr(error, "format_message"):
        message = " ".join(error.format_message().split())
        context = getattr(error, "ctx", None)
        command = f" (see `{context.command_path} --help`)" if context is not None else ""
        print(f"summarizer: error: {one_line(message)}{command}", file=sys.stderr)
        return int(getattr(error, "exit_code", 2) or 2)
    message = " ".join(str(error).split()) or kind
    print(f"summarizer: internal error: {kind}: {one_line(message)} (run with --debug for the traceback)", file=sys.stderr)
    return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
