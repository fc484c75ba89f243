"""The CLI end to end, in a subprocess: output, budgets, exit statuses, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from helpers import words_in_text_output

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarizer", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=120)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_default_input_is_the_sample():
    result = run("digest")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Sources:" in out and "[1" in out
    assert words_in_text_output(out) <= 100


def test_seeds_digest_json_shape(seeds_dir):
    result = run("digest", str(seeds_dir), "--words", "120", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"id", "title", "date", "path"} <= set(data["sources"][0])
    assert sum(len(l["text"].split()) for l in data["lines"]) <= 120
    assert all(l["citations"] for l in data["lines"])
    assert data["options"]["words"] == 120


def test_same_bytes_every_run(seeds_dir):
    outputs = {run("digest", str(seeds_dir), "--words", "120").stdout for _ in range(3)}
    assert len(outputs) == 1


def test_output_file_is_written(tmp_path, seeds_dir):
    target = tmp_path / "digest.md"
    result = run("digest", str(seeds_dir), "--format", "markdown", "-o", str(target))
    assert result.returncode == 0
    assert target.read_text().startswith("- ")
    assert result.stdout == b""


def test_output_through_a_link_writes_its_target(tmp_path, seeds_dir):
    """-o link.txt replaces the file the link points to (mode kept, no temporary file
    left beside either), and the link stays a link; a link to an input is refused."""
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "digest.txt"
    real.write_text("previous\n")
    real.chmod(0o600)
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "link.txt"
    link.symlink_to(Path("..") / "real" / "digest.txt")
    chain = tmp_path / "chain.txt"
    chain.symlink_to(link)
    for name in (link, chain):
        result = run("digest", str(seeds_dir), "--words", "20", "-o", str(name))
        assert result.returncode == 0, result.stderr
        assert name.is_symlink() and "Sources:" in real.read_text()
        real.write_text("previous\n")
    assert (real.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["chain.txt", "digest.txt", "link.txt", "links", "real"]
    article = tmp_path / "real" / "article.txt"
    article.write_text((seeds_dir / "000_33158d9caf5c3d5b.txt").read_text())
    (tmp_path / "to-article.txt").symlink_to(article)
    result = run("digest", str(article), "-o", str(tmp_path / "to-article.txt"))
    assert result.returncode == 4 and "one of this run's inputs" in one_line_error(result)
    assert article.read_text() == (seeds_dir / "000_33158d9caf5c3d5b.txt").read_text()


def test_an_input_is_never_the_output(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    text = "The city council approved a new park on Monday. The park will open in June. Residents welcomed the plan.\n"
    (story / "a.txt").write_text(text)
    (story / "b.txt").write_text(text.replace("Monday", "Tuesday"))
    dataset = tmp_path / "set.jsonl"
    dataset.write_text(json.dumps({"id": "x", "documents": [text], "references": ["A park was approved."]}) + "\n")
    for args in (("digest", str(story), "-o", str(story / "a.txt")),  # a file of an input directory
                 ("digest", str(story / "a.txt"), "-o", f"{story}/../story/a.txt"),  # spelled otherwise
                 ("clean", str(story / "b.txt"), "-o", str(story / "b.txt")),
                 ("evaluate", str(dataset), "--methods", "lead", "--summaries-out", str(dataset))):
        result = run(*args)
        assert result.returncode == 4 and "one of this run's inputs" in one_line_error(result)
    assert (story / "a.txt").read_text() == text and "Tuesday" in (story / "b.txt").read_text()
    assert dataset.read_text().startswith('{"id": "x"')
    # a file the walk reads through a link is an input too
    outside = tmp_path / "outside.txt"
    outside.write_text(text.replace("park", "garden"))
    (story / "linked.txt").symlink_to(outside)
    result = run("digest", str(story), "-o", str(outside))
    assert result.returncode == 4 and "garden" in outside.read_text()
    # brief: an input named on its own is never its output
    result = run("brief", str(story / "a.txt"), str(story / "b.txt"), "--out", str(story / "a.txt"))
    assert result.returncode == 4 and (story / "a.txt").read_text() == text
    # a new file, or one of a suffix the walk does not read, may be written in an input directory
    assert run("digest", str(story), "-o", str(story / "digest.out")).returncode == 0


@pytest.mark.parametrize("command", ["digest", "clean", "brief"])
def test_output_dash_is_stdout(sample_dir, tmp_path, command):
    """``-o -`` wrote a file named ``-`` (and ``-.lock`` for brief)."""
    result = run(command, str(sample_dir), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() and list(tmp_path.iterdir()) == []


def test_digest_and_clean_format_follows_the_output_suffix(sample_dir, tmp_path):
    for command, name in (("digest", "d.json"), ("clean", "c.json"), ("digest", "d.md")):
        assert run(command, str(sample_dir), "-o", str(tmp_path / name)).returncode == 0
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["lines"]
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("- ")


def test_stdin(tmp_path):
    text = b"The city council approved a new park on Monday. The park will open in June. Residents welcomed the plan."
    result = run("digest", "-", "--sentences", "2", stdin=text)
    assert result.returncode == 0, result.stderr
    assert "<stdin>" in result.stdout.decode()


@pytest.mark.parametrize("args,status,needle", [
    (["digest", "--words", "0"], 2, "--words"),
    (["digest", "--words", "abc"], 2, "--words"),
    (["digest", "--lambda", "3"], 2, "--lambda"),
    (["digest", "--method", "nope"], 2, "--method"),
    (["digest", "--format", "pdf"], 2, "--format"),
    (["digest", "--order", "random"], 2, "--order"),
    (["digest", "--no-such-option"], 2, "no-such-option"),
    (["digest", "does-not-exist.txt"], 1, "does-not-exist.txt"),
    (["digest", ""], 1, "empty path"),
    (["evaluate", "set.jsonl", "--words", "10", "--bytes", "100"], 2, "--bytes"),
    (["evaluate", "set.jsonl", "--seed", "-1"], 2, "--seed"),
])
def test_bad_options_and_inputs(args, status, needle):
    result = run(*args)
    assert result.returncode == status
    err = result.stderr.decode()
    assert "Traceback" not in err and needle in err


def test_unreadable_file_is_skipped_and_named(tmp_path, seeds_dir):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("digest", str(seeds_dir), str(bad), str(empty))
    assert result.returncode == 0
    err = result.stderr.decode()
    assert "binary.txt" in err and "empty.txt" in err and "Traceback" not in err
    strict = run("digest", str(seeds_dir), str(bad), "--strict")
    assert strict.returncode == 3


def test_failed_run_leaves_previous_output(tmp_path):
    target = tmp_path / "digest.txt"
    target.write_text("previous digest\n")
    result = run("digest", str(tmp_path / "missing.txt"), "-o", str(target))
    assert result.returncode == 1
    assert target.read_text() == "previous digest\n"


def test_output_directory_missing_is_one_line(tmp_path, seeds_dir):
    result = run("digest", str(seeds_dir), "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert result.returncode == 4
    assert "does not exist" in one_line_error(result)


def test_nothing_to_summarise_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("   \n")
    result = run("digest", str(tmp_path / "a.txt"))
    assert result.returncode == 1
    assert "nothing to summarise" in result.stderr.decode()



def test_only_unreadable_inputs_say_so(tmp_path):
    result = run("digest", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert lines[0].startswith("summarizer: skipped") and "missing.txt" in lines[0]
    assert lines[-1] == "summarizer: error: nothing to summarise: no input could be read"

def test_help_lists_commands_with_examples():
    result = run("--help")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "digest" in out
    assert "Examples" in run("digest", "--help").stdout.decode()


def test_oracle_is_said_to_be_for_evaluate_and_an_empty_digest_has_no_blank_first_line(tmp_path):
    # `methods` and --method's error listed oracle as any method, and digest refused it
    bad = one_line_error(run("digest", "--method", "nope"))
    assert "(oracle: with reference summaries, in `summarizer evaluate`)" in bad
    assert "evaluate only" in next(l for l in run("methods").stdout.decode().splitlines() if l.startswith("oracle"))
    oracle = run("digest", "--method", "oracle")
    assert oracle.returncode == 2 and "needs reference summaries" in one_line_error(oracle)
    # a budget no sentence fits: the digest opened with a blank line
    (tmp_path / "a.txt").write_text("The council approved the budget on Monday after a long debate among members.\n")
    for fmt, head in (("text", "Sources:\n"), ("markdown", "**Sources**\n")):
        empty = run("digest", str(tmp_path / "a.txt"), "--words", "3", "--format", fmt)
        assert empty.returncode == 0 and empty.stdout.decode().startswith(head), empty.stdout


def test_seeds_digest_has_no_boilerplate_and_no_repeats(seeds_dir):
    """The issue's acceptance check: at most 120 words, every line cited, no `drop` or
    `headings` string of gold.json, no two lines saying the same thing."""
    gold = json.loads((seeds_dir / "gold.json").read_text())["documents"]
    result = run("digest", str(seeds_dir), "--words", "120", "--format", "json")
    assert result.returncode == 0, result.stderr
    lines = [l["text"] for l in json.loads(result.stdout)["lines"]]
    assert lines and sum(len(t.split()) for t in lines) <= 120
    banned = [s for doc in gold.values() for s in doc.get("drop", []) + doc.get("headings", [])]
    for text in lines:
        for string in banned:
            if len(string.split()) == 1:  # "ads", "IANS": a whole line, not a word inside one
                assert text.strip(" .:") != string, (string, text)
            else:
                assert string not in text, (string, text)
    from summarizer.represent import tfidf_matrix, terms

    matrix, _ = tfidf_matrix([terms(t) for t in lines])
    similarity = (matrix @ matrix.T).toarray()
    assert (similarity[~np.eye(len(lines), dtype=bool)] < 0.6).all()


def test_all_boilerplate_input_is_named_in_the_error(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("Click here to subscribe to our newsletter.\n")
    result = run("digest", str(junk))
    assert result.returncode == 1 and str(junk) in one_line_error(result)


def test_a_budget_no_sentence_fits_is_said(seeds_dir):
    result = run("digest", str(seeds_dir), "--words", "3")
    assert result.returncode == 0 and "no sentence fits the budget" in one_line_error(result)
    assert run("digest", str(seeds_dir), "--words", "3", "--quiet").stderr == b""


@pytest.mark.parametrize("command", [["digest"], ["brief", "-j1"]])
def test_no_stdout_or_a_full_one_is_status_4_not_an_internal_error(sample_dir, command):
    """Started with stdout closed (``>&-``) or on a full disk (``>/dev/full``)."""
    args = [sys.executable, "-m", "summarizer", command[0], str(sample_dir), *command[1:]]
    closed = subprocess.run(args, stderr=subprocess.PIPE, cwd=ROOT, timeout=120, preexec_fn=lambda: os.close(1))
    assert closed.returncode == 4 and "stdout" in one_line_error(closed) and "closed" in one_line_error(closed)
    if Path("/dev/full").exists():
        with open("/dev/full", "wb") as full:
            result = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
        assert result.returncode == 4 and "No space left" in one_line_error(result)


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout on this system")
def test_output_to_dev_stdout_appends_to_the_stream_the_shell_opened(sample_dir, tmp_path):
    """``-o /dev/stdout >> log``: /dev/stdout leads to the log file, which is written to,
    not replaced by a new file (that lost the log's earlier lines)."""
    log = tmp_path / "log.txt"
    log.write_text("earlier line\n", encoding="utf-8")
    with open(log, "ab") as stream:
        result = subprocess.run([sys.executable, "-m", "summarizer", "digest", str(sample_dir), "--sentences", "1",
                                 "-o", "/dev/stdout"], stdout=stream, stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
    assert result.returncode == 0
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier line\n") and "Sources:" in text


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="no /dev/shm on this system")
def test_a_file_itself_under_dev_is_replaced_as_any_other(sample_dir):
    """Only links under /dev (the shell's streams) are written in place; a file on the
    memory file system /dev/shm is an output like any other, replaced whole."""
    import tempfile

    fd, name = tempfile.mkstemp(dir="/dev/shm", suffix=".txt")
    os.close(fd)
    try:
        Path(name).write_text("earlier line\n", encoding="utf-8")
        assert run("digest", str(sample_dir), "--sentences", "1", "-o", name).returncode == 0
        text = Path(name).read_text(encoding="utf-8")
        assert not text.startswith("earlier line") and "Sources:" in text
    finally:
        os.unlink(name)


@pytest.mark.parametrize("data", [b'inputs = ["caf\xe9"]\n', 'inputs = ["x"]\n'.encode("utf-16")])
def test_a_config_file_that_is_not_utf8_is_a_usage_error_naming_it(tmp_path, data):
    config = tmp_path / "brief.toml"
    config.write_bytes(data)
    result = run("brief", "--config", str(config))
    assert result.returncode == 2 and str(config) in one_line_error(result) and "UTF-8" in one_line_error(result)


def test_brief_help_says_previous_takes_any_format():
    result = run("brief", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.decode().replace("│", " ").split())
    assert "An earlier brief (markdown, html or json; may be the --out file)" in text and "JSON brief" not in text



@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("command", [["digest"], ["brief", "-j1", "-o", "OUT"], ["brief", "-j2", "-o", "OUT"],
                                     ["clean"]])
def test_ctrl_c_says_interrupted_and_exits_130(tmp_path, command):
    """SIGINT (Ctrl-C, ``timeout -s INT``) mid-run: typer turned KeyboardInterrupt into a
    returned status that main ignored, so every command exited 0, silently, having
    written nothing. With workers (-j2) they are stopped, not waited for."""
    import signal
    import textwrap
    import time

    from test_brief import _children, _running, write_stories

    started = tmp_path / "started"
    out = tmp_path / "brief.md"
    write_stories(tmp_path / "news", {"flood": 2, "election": 2, "comet": 2})  # three stories: two workers busy
    args = [str(out) if a == "OUT" else a for a in command] + [str(tmp_path / "news")]
    child = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        import summarizer.clean, summarizer.pipeline

        def stall(*args, **kwargs):
            Path({str(started)!r}).touch()
            time.sleep(600)

        summarizer.pipeline.summarize = summarizer.clean.clean_cluster = stall  # forked into the workers
        from summarizer.cli import main
        sys.exit(main({args!r}))
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        deadline = time.monotonic() + 90
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists(), "the run never started its work"
        workers = _children(proc.pid)
        assert len(workers) == (2 if "-j2" in command else 0)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, stderr
    assert stderr.decode() == "summarizer: interrupted\n" and stdout == b""
    assert not out.exists()
    time.sleep(0.5)
    assert not [pid for pid in workers if _running(pid)], "workers outlived the run"
