"""Performance benchmark: one story against sumy, a day's news, and the command line.

Everything runs in one invocation, on the same inputs, on this machine:

1. **Digest of one story** (``summarize()``, default method, 100 words) of a cluster of
   10, 40, 160 and 640 articles, against sumy's own ``LexRankSummarizer`` and
   ``TextRankSummarizer`` on a sumy document built from the same (cleaned) sentences
   with the project's non-downloading ``OfflineTokenizer``, and against the
   *tokenisation floor*: reading the files and splitting every line into sentences and
   words with ``summarizer.segment`` (what any extractive summariser must at least do).
   The sumy time is the summarizer call itself on a prebuilt document whose words are
   already tokenised; "whole" adds cleaning (to get the same sentences) and building the
   document. ``--max-sumy-articles`` (default 160) skips sumy on bigger clusters: its
   LexRank is a pure-Python n x n loop (about an hour at 640 articles).
2. **Brief of a day's news** for 1,000, 10,000 and 50,000 articles (``--sizes``): the
   real ``summarizer brief DIR --out FILE --format json`` end to end when the CLI has a
   ``brief`` command; otherwise (the command is still being written) a stand-in in a
   subprocess: ``summarizer.ingest.load`` + ``summarizer.brief.group.group_articles`` +
   ``summarize()`` of every group + writing JSON. The output says which one ran.
3. **Command line**: ``summarizer digest ../shared/seeds`` and ``summarizer --help`` end
   to end, interpreter start included (median of ``--cli-repeats`` runs after one
   untimed warm-up run that fills the OS page cache and ``__pycache__``).

Every measurement runs in its own subprocess, so peak memory is that process's peak
resident set (``ru_maxrss`` from ``os.wait4``, the per-child form of
``getrusage(RUSAGE_CHILDREN)``). In-process timings (``time.perf_counter``) start after
imports and after one warm-up call on a tiny invented cluster (lazy imports), with the
Porter-stem cache cleared before every timed run, so each run is as cold as a fresh
command-line run apart from interpreter start. Times are medians of ``--repeats`` runs
(a run slower than ``--slow-seconds`` is not repeated: sumy at 160 articles).

Inputs come from ``scripts/bench_inputs.py`` (Multi-News text, a fixed seed), written to a
temporary directory that is removed afterwards; nothing is written into the project.
Prints a markdown table for the README's performance section; ``--json FILE`` saves
every number.

    python scripts/bench.py                       # the full run (about an hour)
    python scripts/bench.py --sizes 1000,10000    # skip the 50,000-article brief
    python scripts/bench.py --quick               # tiny sizes, seconds (used by the tests)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"

DIGEST_SIZES = (10, 40, 160, 640)
BRIEF_SIZES = (1_000, 10_000, 50_000)
QUICK_DIGEST_SIZES = (4,)
QUICK_BRIEF_SIZES = (30,)
WORDS = 100
SUMY_SENTENCES = 5  # sumy's own cut; about 100 words of news, and it does not affect timing
MB = 1_000_000

# The targets.
TARGET_SPEEDUP_VS_LEXRANK = 100.0  # at 160 articles
TARGET_FLOOR_RATIO = 10.0  # at 160 articles
TARGET_CLI_SECONDS = 1.0
TARGET_BRIEF_10K_SECONDS = 60.0
TARGET_BRIEF_10K_BYTES = 2_000 * MB
TARGET_BRIEF_50K_RATIO = 6.0

# A tiny invented cluster for warm-up calls (imports, lazy loads); never timed.
WARM_UP = (
    "The council approved the new budget on Monday after a long debate. Officials said the vote was close.",
    "Members of the council voted on the budget on Monday. The mayor said she welcomed the decision.",
)


# --------------------------------------------------------------------------- workers
# A worker is this script run as ``--worker SPEC`` in a fresh process: it does one
# measurement and prints one JSON line (its last line of output).


def _rss_now() -> int:
    """Resident set size of this process, in bytes (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _timed_runs(run: Callable[[], dict[str, float]], repeats: int, slow: float) -> list[dict[str, float]]:
    """Call ``run`` up to ``repeats`` times (each returns its phase times in seconds,
    with ``total``); stop early once a run took longer than ``slow`` seconds."""
    runs = []
    for _ in range(max(1, repeats)):
        runs.append(run())
        if runs[-1]["total"] > slow:
            break
    return runs


def _files(directory: str) -> list[Path]:
    return sorted(p for p in Path(directory).iterdir() if p.suffix == ".txt")


def worker_floor(spec: dict[str, Any]) -> dict[str, Any]:
    """Read every file, split each line into sentences and each sentence into words."""
    from summarizer.segment import sentence_spans, words

    counts = {}

    def run() -> dict[str, float]:
        start = time.perf_counter()
        n_sentences = n_words = 0
        for path in _files(spec["dir"]):
            text = path.read_text(encoding="utf-8")
            for line in text.split("\n"):
                for s, e in sentence_spans(line):
                    n_sentences += 1
                    n_words += len(words(line[s:e]))
        counts.update(sentences=n_sentences, words=n_words)
        return {"total": time.perf_counter() - start}

    run()  # warm-up (page cache)
    baseline = _rss_now()
    runs = _timed_runs(run, spec["repeats"], spec["slow"])
    return {"runs": runs, "baseline_rss": baseline, **counts}


def _warm_summarizer() -> None:
    from summarizer.pipeline import summarize
    from summarizer.options import Options

    summarize(list(WARM_UP), Options(words=WORDS))


def _clear_caches() -> None:
    from summarizer.represent import stem

    stem.cache_clear()


def worker_digest(spec: dict[str, Any]) -> dict[str, Any]:
    """``load`` the directory, then ``summarize()`` it (default method, 100 words)."""
    from summarizer.ingest import load
    from summarizer.options import Options
    from summarizer.pipeline import summarize

    _warm_summarizer()
    baseline = _rss_now()
    info: dict[str, Any] = {}

    def run() -> dict[str, float]:
        _clear_caches()
        start = time.perf_counter()
        loaded = load([spec["dir"]])
        read = time.perf_counter()
        digest = summarize(loaded.articles, Options(words=WORDS))
        end = time.perf_counter()
        info.update(articles=len(loaded.articles), lines=len(digest.lines), digest_words=sum(len(x.text.split()) for x in digest.lines))
        return {"load": read - start, "summarize": end - read, "total": end - start}

    runs = _timed_runs(run, spec["repeats"], spec["slow"])
    return {"runs": runs, "baseline_rss": baseline, **info}


def _sumy_document(cleaned: Sequence[Any]) -> Any:
    """One sumy paragraph per article, one sumy sentence per kept sentence, words
    tokenised up front (as ``summarizer.rankers.sumy_rankers.sumy_document``)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    from summarizer.rankers.sumy_rankers import OfflineTokenizer

    tokenizer = OfflineTokenizer()
    paragraphs = []
    for article in cleaned:
        sentences = [Sentence(s.text, tokenizer) for s in article.sentences]
        for sentence in sentences:
            sentence.words  # noqa: B018 - tokenise now, not inside the timed call
        if sentences:
            paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(tuple(paragraphs))


def worker_sumy(spec: dict[str, Any]) -> dict[str, Any]:
    """sumy's LexRank or TextRank: cleaning (for the same sentences), building the
    document, and the summarizer call, timed separately."""
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    from summarizer.clean import clean_cluster
    from summarizer.ingest import load
    from summarizer.rankers.sumy_rankers import SUMY_CLASSES

    module_name, class_name = SUMY_CLASSES[spec["algorithm"]]
    cls = getattr(importlib.import_module(module_name), class_name)

    def make() -> Any:
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        return summarizer

    make()(_sumy_document(clean_cluster([_article(t, i) for i, t in enumerate(WARM_UP)])), 1)
    baseline = _rss_now()
    info: dict[str, Any] = {}

    def run() -> dict[str, float]:
        start = time.perf_counter()
        articles = load([spec["dir"]]).articles
        cleaned = clean_cluster(articles)
        built = time.perf_counter()
        document = _sumy_document(cleaned)
        summarizer = make()
        ready = time.perf_counter()
        picked = summarizer(document, SUMY_SENTENCES)
        end = time.perf_counter()
        info.update(articles=len(articles), sentences=len(document.sentences), picked=len(picked))
        return {"clean": built - start, "build": ready - built, "call": end - ready, "total": end - start}

    runs = _timed_runs(run, spec["repeats"], spec["slow"])
    return {"runs": runs, "baseline_rss": baseline, **info}


def _article(text: str, i: int) -> Any:
    from summarizer.records import Article

    return Article(text=text, path=f"<warm-up {i}>")


def worker_brief_standin(spec: dict[str, Any]) -> dict[str, Any]:
    """The brief without its command: load, group, digest every group, write JSON."""
    from summarizer.brief.group import group_articles
    from summarizer.errors import NothingToSummarize
    from summarizer.ingest import load
    from summarizer.options import Options
    from summarizer.pipeline import summarize

    _warm_summarizer()
    group_articles(list(WARM_UP))
    _clear_caches()
    baseline = _rss_now()
    start = time.perf_counter()
    articles = load([spec["dir"]]).articles
    read = time.perf_counter()
    labels = group_articles([a.text for a in articles])
    grouped = time.perf_counter()
    members: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(label, []).append(i)
    stories = []
    options = Options(words=WORDS)
    slowest = (0.0, 0)
    for label, rows in sorted(members.items(), key=lambda item: -len(item[1])):
        t0 = time.perf_counter()
        try:
            digest = summarize([articles[i] for i in rows], options)
            lines = [line.text for line in digest.lines]
        except NothingToSummarize:
            lines = []
        slowest = max(slowest, (time.perf_counter() - t0, len(rows)))
        stories.append({"articles": [articles[i].path for i in rows], "digest": lines})
    digested = time.perf_counter()
    Path(spec["out"]).write_text(json.dumps({"stories": stories}, ensure_ascii=False), encoding="utf-8")
    end = time.perf_counter()
    runs = [{"load": read - start, "group": grouped - read, "digests": digested - grouped,
             "write": end - digested, "total": end - start}]
    sizes = sorted((len(r) for r in members.values()), reverse=True)
    return {"runs": runs, "baseline_rss": baseline, "articles": len(articles), "stories": len(members),
            "largest_story": sizes[0] if sizes else 0, "singletons": sum(1 for s in sizes if s == 1),
            "slowest_digest": {"seconds": slowest[0], "articles": slowest[1]}, "labels": labels}


WORKERS = {"floor": worker_floor, "digest": worker_digest, "sumy": worker_sumy, "brief-standin": worker_brief_standin}


def worker_main(spec_json: str) -> int:
    spec = json.loads(spec_json)
    result = WORKERS[spec["task"]](spec)
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    return 0


# --------------------------------------------------------------------------- parent


@dataclass
class Child:
    """What one subprocess did: wall time, exit status, peak RSS, output."""

    seconds: float
    status: int
    peak_rss: int  # bytes: the largest single process (ru_maxrss)
    stdout: str
    stderr: str
    timed_out: bool = False
    tree_rss: int = 0  # bytes: the process and its descendants together, sampled
    cpu: float = 0.0  # user + system CPU seconds of the process and its waited-for children


TREE_SAMPLE_SECONDS = 0.1


def tree_rss(root: int, *, include_root: bool = True) -> int:
    """Resident memory of ``root``'s descendants (and of ``root`` itself unless told
    otherwise) now, from Linux /proc, in bytes."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(stat[1]), []).append(pid)  # field 4: ppid
        rss[pid] = int(stat[21]) * page  # field 24: rss in pages
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        if pid != root or include_root:
            total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


# The measured command is started by this small launcher (``python -S``, about 10 MB):
# it times fork to reaping and reads ``getrusage(RUSAGE_CHILDREN)``. Forking the
# benchmark itself would not do: Linux counts the parent's pages, inherited at fork,
# in the child's ``ru_maxrss`` (the pre-exec high-water mark is kept), and the parent
# holds the generated texts.
LAUNCHER = """
import json, os, resource, sys, time
result, limit, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status = os.waitpid(pid, 0)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(result, "w") as handle:
    json.dump({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss * 1024,
               "status": os.waitstatus_to_exitcode(status)}, handle)
"""


def run_child(argv: Sequence[str], *, timeout: float | None = None, memory_limit: int | None = None,
              cwd: Path | None = None, sample_tree: bool = False) -> Child:
    """Run ``argv`` through the launcher: wall time from fork to reaping, peak RSS of the
    largest process (``RUSAGE_CHILDREN``: the command and the worker processes it
    waited for) and, with ``sample_tree``, of the command and its worker processes
    together (sampled every 0.1 s: a lower bound, short peaks can be missed).
    ``memory_limit`` (bytes of address space, per process) protects the machine."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result_path = Path(handle.name)
    try:
        return _run_launcher(argv, timeout, memory_limit, cwd, sample_tree, result_path)
    finally:
        result_path.unlink(missing_ok=True)


def _run_launcher(argv: Sequence[str], timeout: float | None, memory_limit: int | None, cwd: Path | None,
                  sample_tree: bool, result_path: Path) -> Child:
    launcher = [sys.executable, "-S", "-c", LAUNCHER, str(result_path), str(memory_limit or 0), *argv]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(launcher, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd,
                                start_new_session=True)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        done = threading.Event()
        peak = [0]

        def sample() -> None:
            while not done.wait(TREE_SAMPLE_SECONDS):
                try:
                    peak[0] = max(peak[0], tree_rss(proc.pid, include_root=False))
                except OSError:
                    pass

        sampler = None
        if sample_tree and Path("/proc/self/stat").exists():
            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
        proc.wait()
        done.set()
        if sampler:
            sampler.join()
        if timer:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    try:
        measured = json.loads(result_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        measured = {"seconds": float("nan"), "cpu": float("nan"), "maxrss": 0, "status": proc.returncode or -9}
    return Child(measured["seconds"], measured["status"], measured["maxrss"], stdout, stderr, killed.is_set(),
                 max(peak[0], measured["maxrss"]), measured["cpu"])


class Bench:
    def __init__(self, args: argparse.Namespace, workdir: Path):
        self.args = args
        self.workdir = workdir
        self.results: dict[str, Any] = {}

    def log(self, message: str) -> None:
        if not self.args.silent:
            print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def worker(self, spec: dict[str, Any]) -> dict[str, Any]:
        spec = {"repeats": self.args.repeats, "slow": self.args.slow_seconds, **spec}
        child = run_child([sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)],
                          timeout=self.args.timeout, memory_limit=int(self.args.memory_limit_gb * 1_000_000_000))
        if child.status != 0 or child.timed_out:
            reason = "timed out" if child.timed_out else f"exit status {child.status}"
            tail = child.stderr.strip().splitlines()[-3:]
            self.log(f"{spec['task']} failed ({reason}): {' | '.join(tail)}")
            return {"error": reason, "stderr": "\n".join(tail), "peak_rss": child.peak_rss, "wall": child.seconds}
        result = json.loads(child.stdout.strip().splitlines()[-1])
        result["peak_rss"] = child.peak_rss
        result["wall"] = child.seconds
        for key in {k for run in result["runs"] for k in run}:
            result[f"median_{key}"] = statistics.median(run[key] for run in result["runs"])
        return result

    # 1. one story ----------------------------------------------------------------
    def digest_section(self, sizes: Sequence[int]) -> None:
        from bench_inputs import fingerprint, story_cluster, write_articles

        rows = []
        for n in sizes:
            texts = story_cluster(n, self.args.seed)
            directory = self.workdir / f"story-{n}"
            write_articles(texts, directory)
            row: dict[str, Any] = {"articles": n, "characters": sum(map(len, texts)), "sha256": fingerprint(texts)}
            self.log(f"story {n}: floor")
            row["floor"] = self.worker({"task": "floor", "dir": str(directory)})
            self.log(f"story {n}: digest")
            row["digest"] = self.worker({"task": "digest", "dir": str(directory)})
            for algorithm in ("lexrank", "textrank"):
                if n > self.args.max_sumy_articles:
                    row[algorithm] = {"skipped": f"more than --max-sumy-articles {self.args.max_sumy_articles}"}
                    continue
                self.log(f"story {n}: sumy {algorithm}")
                row[algorithm] = self.worker({"task": "sumy", "dir": str(directory), "algorithm": algorithm})
            self.log(f"story {n}: done {_brief_row(row)}")
            rows.append(row)
            shutil.rmtree(directory, ignore_errors=True)
        self.results["digest"] = rows

    # 2. a day's news --------------------------------------------------------------
    def brief_mode(self) -> str:
        probe = run_child([sys.executable, "-m", "summarizer", "brief", "--help"], timeout=60)
        if probe.status == 0 and "brief" in (probe.stdout + probe.stderr).lower():
            return "command"
        return "stand-in"

    def brief_section(self, sizes: Sequence[int]) -> None:
        from bench_inputs import fingerprint, news_day, source_stories, write_articles

        mode = self.brief_mode()
        self.log(f"brief: timing the {'real `summarizer brief` command' if mode == 'command' else 'stand-in (no brief command yet)'}")
        rows = []
        for n in sizes:
            texts = news_day(n, self.args.seed)
            directory = self.workdir / f"day-{n}"
            write_articles(texts, directory)
            out = self.workdir / f"brief-{n}.json"
            row: dict[str, Any] = {"articles": n, "characters": sum(map(len, texts)), "sha256": fingerprint(texts),
                                   "mode": mode, "source_stories": len(set(source_stories(n, self.args.seed)))}
            repeats = self.args.repeats if n <= self.args.brief_repeat_max else 1
            runs = []
            for _ in range(repeats):
                self.log(f"brief {n}: run {len(runs) + 1}/{repeats}")
                if mode == "command":
                    child = run_child(self.brief_argv(directory, out), timeout=self.args.timeout,
                                      memory_limit=int(self.args.memory_limit_gb * 1_000_000_000), sample_tree=True)
                    run = {"total": child.seconds, "cpu": child.cpu, "peak_rss": child.peak_rss, "tree_rss": child.tree_rss,
                           "status": child.status, "timed_out": child.timed_out, **_brief_output(out)}
                    if child.status != 0 or child.timed_out:
                        run["stderr"] = "\n".join(child.stderr.strip().splitlines()[-3:])
                        self.log(f"brief {n} failed: {run['stderr']}")
                    runs.append(run)
                else:
                    result = self.worker({"task": "brief-standin", "dir": str(directory), "out": str(out)})
                    if "error" in result:
                        runs.append({"total": result["wall"], "peak_rss": result["peak_rss"], "error": result["error"],
                                     "stderr": result.get("stderr", "")})
                    else:
                        labels = result.pop("labels")
                        result["agreement_ari"] = _ari(labels, source_stories(n, self.args.seed))
                        runs.append({**result["runs"][0], "peak_rss": result["peak_rss"], "wall": result["wall"],
                                     **{k: result[k] for k in ("stories", "largest_story", "singletons",
                                                                "slowest_digest", "agreement_ari", "baseline_rss")}})
                if runs[-1].get("error") or runs[-1].get("status") or runs[-1].get("timed_out"):
                    break
            row["runs"] = runs
            ok = [r for r in runs if not (r.get("error") or r.get("status") or r.get("timed_out"))]
            row["ok"] = len(ok) == len(runs)
            key = "wall" if mode == "stand-in" else "total"
            row["median_seconds"] = statistics.median(r[key] for r in runs)
            row["median_in_process"] = statistics.median(r["total"] for r in ok) if ok and mode == "stand-in" else None
            row["peak_rss"] = max(r["peak_rss"] for r in runs)
            row["tree_rss"] = max(r.get("tree_rss", r["peak_rss"]) for r in runs)
            cpu = [r["cpu"] for r in runs if r.get("cpu") is not None]
            row["median_cpu"] = statistics.median(cpu) if cpu else None
            self.log(f"brief {n}: {row['median_seconds']:.1f} s, peak {row['peak_rss'] / MB:,.0f} MB")
            rows.append(row)
            shutil.rmtree(directory, ignore_errors=True)
            out.unlink(missing_ok=True)
        self.results["brief"] = rows

    def brief_argv(self, directory: Path, out: Path) -> list[str]:
        argv = [sys.executable, "-m", "summarizer", "brief", str(directory), "--out", str(out), "--format", "json"]
        if self.args.brief_jobs is not None:
            argv += ["--jobs", str(self.args.brief_jobs)]
        return argv

    # 3. the command line ------------------------------------------------------------
    def cli_section(self) -> None:
        exe = shutil.which("summarizer")
        base = [exe] if exe else [sys.executable, "-m", "summarizer"]
        commands = {"summarizer --help": base + ["--help"]}
        if SEEDS.is_dir():
            commands["summarizer digest ../shared/seeds"] = base + ["digest", str(SEEDS)]
        rows = []
        for label, argv in commands.items():
            self.log(f"cli: {label}")
            if not self.args.quick:
                run_child(argv, timeout=120)  # warm-up: page cache, __pycache__
            children = [run_child(argv, timeout=120) for _ in range(self.args.cli_repeats)]
            times = [c.seconds for c in children]
            rows.append({"command": label, "argv": argv[:1] + ["..."], "runs": times, "median": statistics.median(times),
                         "median_cpu": statistics.median(c.cpu for c in children),
                         "min": min(times), "max": max(times), "peak_rss": max(c.peak_rss for c in children),
                         "status": max(c.status for c in children)})
        self.results["cli"] = rows


def _brief_row(row: dict[str, Any]) -> str:
    parts = []
    for key in ("floor", "digest", "lexrank", "textrank"):
        item = row.get(key, {})
        value = item.get("median_call", item.get("median_total"))
        if value is not None:
            parts.append(f"{key} {value:.3f} s")
    return ", ".join(parts)


def _brief_output(path: Path) -> dict[str, Any]:
    """Stories in a JSON brief and the articles of each (for the table)."""
    try:
        stories = json.loads(path.read_text(encoding="utf-8"))["stories"]
        return {"stories_digested": len(stories), "story_articles": [len(s.get("articles", ())) for s in stories]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _ari(found: Sequence[int], truth: Sequence[int]) -> float | None:
    try:
        from sklearn.metrics import adjusted_rand_score
    except ImportError:
        return None
    return float(adjusted_rand_score(truth, found))


# --------------------------------------------------------------------------- report


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f} s"
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"


def fmt_mb(value: int | None) -> str:
    return "–" if not value else f"{value / MB:,.0f} MB"


def fmt_ratio(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}×" if value >= 10 else f"{value:.1f}×"


def derive(results: dict[str, Any]) -> dict[str, Any]:
    """Ratios and the issue's targets, from the measurements."""
    for row in results.get("digest", []):
        digest = row["digest"]
        if "error" in digest:
            continue
        d_sum, d_total = digest["median_summarize"], digest["median_total"]
        floor = row["floor"].get("median_total")
        row["ratios"] = {"digest_over_floor": d_total / floor if floor else None}
        for algorithm in ("lexrank", "textrank"):
            item = row.get(algorithm, {})
            if "median_call" in item:
                row["ratios"][f"{algorithm}_call_over_summarize"] = item["median_call"] / d_sum
                row["ratios"][f"{algorithm}_whole_over_digest"] = item["median_total"] / d_total
    targets = []
    story = {row["articles"]: row for row in results.get("digest", [])}
    if 160 in story and "ratios" in story[160]:
        ratios = story[160]["ratios"]
        speedup = ratios.get("lexrank_call_over_summarize")
        targets.append({"target": "digest of 160 articles at least 100× faster than sumy LexRank",
                        "measured": fmt_ratio(speedup) if speedup else "not measured",
                        "holds": None if speedup is None else speedup >= TARGET_SPEEDUP_VS_LEXRANK})
        floor_ratio = ratios.get("digest_over_floor")
        targets.append({"target": "digest of 160 articles within 10× the tokenisation floor",
                        "measured": fmt_ratio(floor_ratio), "holds": None if floor_ratio is None else floor_ratio <= TARGET_FLOOR_RATIO})
    for row in results.get("cli", []):
        if row["command"].startswith("summarizer digest"):
            targets.append({"target": "`summarizer digest ../shared/seeds` under 1 s (median, end to end)",
                            "measured": fmt_seconds(row["median"]), "holds": row["median"] < TARGET_CLI_SECONDS and row["status"] == 0})
    brief = {row["articles"]: row for row in results.get("brief", [])}
    if 10_000 in brief:
        row = brief[10_000]
        targets.append({"target": f"brief of 10,000 articles under 60 s ({row['mode']})", "measured": fmt_seconds(row["median_seconds"]),
                        "holds": row["ok"] and row["median_seconds"] < TARGET_BRIEF_10K_SECONDS})
        targets.append({"target": f"brief of 10,000 articles under 2 GB ({row['mode']}, all processes)", "measured": fmt_mb(row["tree_rss"]),
                        "holds": row["ok"] and row["tree_rss"] < TARGET_BRIEF_10K_BYTES})
        if 50_000 in brief:
            big = brief[50_000]
            ratio = big["median_seconds"] / row["median_seconds"]
            targets.append({"target": f"brief of 50,000 within 6× the 10,000 time ({big['mode']})", "measured": fmt_ratio(ratio),
                            "holds": big["ok"] and row["ok"] and ratio <= TARGET_BRIEF_50K_RATIO})
    results["targets"] = targets
    return results


def _cell(item: dict[str, Any], key: str = "median_call", repeats: int = 3) -> str:
    if "skipped" in item:
        return "skipped"
    if "error" in item:
        return f"failed ({item['error']})"
    if key not in item:
        return "–"
    note = " (1 run)" if len(item["runs"]) == 1 and repeats > 1 else ""
    return f"{fmt_seconds(item[key])}{note}"


def _loads(meta: dict[str, Any]) -> str:
    """The 1-minute load average at the start and end (other work on the machine
    stretches wall times; CPU times are given where they matter)."""
    start, end = meta.get("load_average_start"), meta.get("load_average_end")
    if not start:
        return "unknown"
    return f"{start[0]:.1f}" + (f" → {end[0]:.1f}" if end else "")


def markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    out = [f"Measured {meta['date']} on {meta['machine']}; Python {meta['python']}, numpy {meta['numpy']}, "
           f"sumy {meta['sumy']}; code {meta['git']}; load average {_loads(meta)}; inputs from Multi-News (seed {meta['seed']}). "
           f"{'Medians of ' + str(meta['repeats']) + ' runs unless marked' if meta['repeats'] > 1 else 'One run each'}; peak memory is the measuring process's peak RSS (the brief: all its processes together). `python scripts/bench.py`.", ""]
    if results.get("digest"):
        out += ["**One story, 100-word digest** (default method) against sumy on the same cleaned sentences.",
                "Floor: reading the files and splitting them into sentences and words (`summarizer.segment`; "
                "Sentences counts them, before cleaning).",
                "Digest: `load` + `summarize()`; sumy: its summarizer call on a prebuilt document (in brackets: with "
                "cleaning and building the document). Speed-up: sumy call ÷ `summarize()`.", "",
                "| Articles | Sentences | Floor | Digest | Digest ÷ floor | sumy LexRank | Speed-up | sumy TextRank | Speed-up | Peak RSS: digest / LexRank / TextRank |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for row in results["digest"]:
            d, f = row["digest"], row["floor"]
            ratios = row.get("ratios", {})
            sumy_cells = []
            for algorithm in ("lexrank", "textrank"):
                item = row.get(algorithm, {})
                cell = _cell(item, repeats=meta["repeats"])
                if "median_total" in item:
                    cell += f" ({fmt_seconds(item['median_total'])})"
                sumy_cells += [cell, fmt_ratio(ratios.get(f"{algorithm}_call_over_summarize"))]
            out.append("| " + " | ".join([
                f"{row['articles']:,}", f"{f.get('sentences', 0):,}",
                _cell(f, "median_total", meta["repeats"]), _cell(d, "median_total", meta["repeats"]), fmt_ratio(ratios.get("digest_over_floor")),
                *sumy_cells,
                " / ".join(fmt_mb(row.get(k, {}).get("peak_rss")) if "peak_rss" in row.get(k, {}) else "–"
                           for k in ("digest", "lexrank", "textrank")),
            ]) + " |")
        out.append("")
    if results.get("brief"):
        mode = results["brief"][0]["mode"]
        what = ("`summarizer brief DIR --out FILE --format json` (its defaults: top 10 stories, 80 words each, a worker "
                "per core), end to end in a subprocess" if mode == "command" else
                "**stand-in** (the `brief` command did not exist yet): `load` + `brief.group.group_articles` + "
                "`summarize()` of every group + JSON, in a subprocess (interpreter start included)")
        out += [f"**A day's news**: {what}. Articles are perturbed copies of Multi-News articles "
                f"(heavy-tailed story sizes, near-duplicates).", ""]
        if mode == "stand-in":
            out += ["| Articles | Source stories | Groups found | ARI | Load | Group | Digests | Wall (subprocess) | Peak RSS |",
                    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
            for row in results["brief"]:
                r = row["runs"][0]
                if not row["ok"]:
                    out.append(f"| {row['articles']:,} | {row['source_stories']} | failed ({r.get('error', '')}) | | | | | "
                               f"{fmt_seconds(row['median_seconds'])} | {fmt_mb(row['peak_rss'])} |")
                    continue
                med = {k: statistics.median(x[k] for x in row["runs"]) for k in ("load", "group", "digests")}
                ari = r.get("agreement_ari")
                out.append(f"| {row['articles']:,} | {row['source_stories']} | {r['stories']:,} | "
                           f"{'–' if ari is None else f'{ari:.2f}'} | {fmt_seconds(med['load'])} | {fmt_seconds(med['group'])} | "
                           f"{fmt_seconds(med['digests'])} | {fmt_seconds(row['median_seconds'])}"
                           f"{'' if len(row['runs']) > 1 or meta['repeats'] == 1 else ' (1 run)'} | {fmt_mb(row['peak_rss'])} |")
        else:
            out += ["| Articles | Source stories | Stories digested (articles in each) | Time | CPU (all processes) | Per 1,000 articles | Peak RSS, all processes (largest one) |",
                    "|---:|---:|---|---:|---:|---:|---:|"]
            for row in results["brief"]:
                status = "" if row["ok"] else " (failed)"
                sizes = row["runs"][-1].get("story_articles") or []
                shown = ", ".join(str(x) for x in sizes[:10])
                out.append(f"| {row['articles']:,} | {row['source_stories']} | {len(sizes)} ({shown}) | "
                           f"{fmt_seconds(row['median_seconds'])}{'' if len(row['runs']) > 1 or meta['repeats'] == 1 else ' (1 run)'}"
                           f"{status} | {fmt_seconds(row.get('median_cpu'))} | {fmt_seconds(row['median_seconds'] * 1000 / row['articles'])} | "
                           f"{fmt_mb(row['tree_rss'])} ({fmt_mb(row['peak_rss'])}) |")
        out.append("")
    if results.get("cli"):
        out += ["**Command line**, end to end (interpreter start included).", "",
                "| Command | Median | Min – max | CPU (user + system) | Peak RSS |", "|---|---:|---:|---:|---:|"]
        for row in results["cli"]:
            out.append(f"| `{row['command']}` | {fmt_seconds(row['median'])} | {fmt_seconds(row['min'])} – "
                       f"{fmt_seconds(row['max'])} | {fmt_seconds(row.get('median_cpu'))} | {fmt_mb(row['peak_rss'])} |")
        out.append("")
    if results.get("targets"):
        out += ["**Targets** (issue: \"fast on one story, linear on a day's news\")", "",
                "| Target | Measured | Holds |", "|---|---:|:---:|"]
        for t in results["targets"]:
            holds = "–" if t["holds"] is None else ("yes" if t["holds"] else "**no**")
            out.append(f"| {t['target']} | {t['measured']} | {holds} |")
        out.append("")
    return "\n".join(out)


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def git_state() -> str:
    """The commit measured and whether the checkout had local changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "summarizer"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    if head.returncode != 0:
        return "unknown"
    changed = len(dirty.stdout.splitlines())
    return head.stdout.strip() + (f" + {changed} changed file(s) in summarizer/" if changed else "")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()}"


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(x.replace("_", "")) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated whole numbers, got {text!r}") from None
    if any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(f"sizes must be at least 1, got {text!r}")
    return sizes


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from bench_inputs import DEFAULT_SEED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--digest-sizes", type=_sizes, default=DIGEST_SIZES, help="articles per story (default 10,40,160,640)")
    parser.add_argument("--sizes", type=_sizes, default=BRIEF_SIZES, help="articles per brief (default 1000,10000,50000)")
    parser.add_argument("--max-sumy-articles", type=int, default=160, help="skip sumy on bigger stories (default 160)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per measurement (default 3)")
    parser.add_argument("--cli-repeats", type=int, default=7, help="timed runs per command-line measurement (default 7)")
    parser.add_argument("--slow-seconds", type=float, default=30.0, help="do not repeat a run slower than this (default 30)")
    parser.add_argument("--brief-repeat-max", type=int, default=10_000, help="repeat brief runs up to this size, run bigger once")
    parser.add_argument("--timeout", type=float, default=3 * 3600, help="kill a measurement after this many seconds")
    parser.add_argument("--memory-limit-gb", type=float, default=8.0, help="address-space cap of every measured process")
    parser.add_argument("--brief-jobs", type=int, help="pass --jobs N to `summarizer brief` (default: its own default)")
    parser.add_argument("--only", default="digest,brief,cli", help="sections to run (default digest,brief,cli)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", type=Path, help="also save every number here")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each (a smoke test)")
    parser.add_argument("--report", type=Path, metavar="JSON", help="print the tables of an earlier --json file; run nothing")
    parser.add_argument("--silent", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.quick:
        args.digest_sizes, args.sizes = QUICK_DIGEST_SIZES, QUICK_BRIEF_SIZES
        args.max_sumy_articles = max(QUICK_DIGEST_SIZES)
        args.repeats, args.cli_repeats = 1, 1
        args.brief_jobs = 1 if args.brief_jobs is None else args.brief_jobs
    args.only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = args.only - {"digest", "brief", "cli"}
    if unknown:
        parser.error(f"--only takes digest, brief and cli, got {', '.join(sorted(unknown))}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--worker"]:
        return worker_main(argv[1])
    sys.path.insert(0, str(HERE))
    args = parse_args(argv)
    if args.report:
        print(markdown(derive(json.loads(args.report.read_text(encoding="utf-8")))))
        return 0
    import numpy

    try:
        from importlib.metadata import version

        sumy_version = version("sumy")
    except Exception:  # noqa: BLE001 - only for the report line
        sumy_version = "?"
    results: dict[str, Any] = {"meta": {
        "date": time.strftime("%Y-%m-%d"), "machine": machine(), "python": platform.python_version(),
        "numpy": numpy.__version__, "sumy": sumy_version, "git": git_state(), "seed": args.seed, "repeats": args.repeats,
        "cli_repeats": args.cli_repeats, "quick": args.quick, "words": WORDS,
        "load_average_start": _load_average(),
    }}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp:
        bench = Bench(args, Path(tmp))
        bench.results = results
        if "digest" in args.only and args.digest_sizes:
            bench.digest_section(args.digest_sizes)
        if "brief" in args.only and args.sizes:
            bench.brief_section(args.sizes)
        if "cli" in args.only:
            bench.cli_section()
    results["meta"]["bench_seconds"] = time.perf_counter() - started
    results["meta"]["load_average_end"] = _load_average()
    derive(results)
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
