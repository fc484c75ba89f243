"""ROUGE (Python re-implementation of ROUGE-1.5.5) and significance tools on hand-computed cases."""

from __future__ import annotations

import dataclasses
import random
from fractions import Fraction

import pytest

from summarizer.evaluation.rouge import (
    METRICS,
    Score,
    morph_stem,
    porter_stem,
    rouge_scores,
    summary_lines,
    union_lcs_marks,
)
from summarizer.evaluation.significance import PairedResult, bootstrap_ci, paired_test


def f1(p: Fraction | float, r: Fraction | float) -> float:
    return float(2 * p * r / (p + r)) if p + r else 0.0


def assert_score(score: Score, precision: float, recall: float) -> None:
    assert score.precision == pytest.approx(float(precision), abs=1e-12)
    assert score.recall == pytest.approx(float(recall), abs=1e-12)
    assert score.fmeasure == pytest.approx(f1(precision, recall), abs=1e-12)


# --------------------------------------------------------------------------- basic cases


def test_identical_texts_score_one() -> None:
    text = "The cat sat on the mat.\nIt was a sunny day in the garden."
    scores = rouge_scores(text, [text])
    assert set(scores) == set(METRICS)
    for metric in METRICS:
        assert_score(scores[metric], 1, 1)


def test_disjoint_texts_score_zero() -> None:
    scores = rouge_scores("alpha bravo charlie delta", ["echo foxtrot golf hotel"])
    for metric in METRICS:
        assert scores[metric] == Score(0.0, 0.0, 0.0)


def test_small_case_by_hand() -> None:
    # summary: the cat was found under the bed (7 tokens); reference: the cat was under the bed (6)
    scores = rouge_scores("the cat was found under the bed", ["the cat was under the bed"], stem=False)
    # ROUGE-1: hits the x2, cat, was, under, bed = 6
    assert_score(scores["rouge-1"], Fraction(6, 7), Fraction(6, 6))
    assert scores["rouge-1"].fmeasure == pytest.approx(12 / 13)
    # ROUGE-2: reference bigrams 5, summary 6; shared: the-cat, cat-was, under-the, the-bed
    assert_score(scores["rouge-2"], Fraction(4, 6), Fraction(4, 5))
    assert scores["rouge-2"].fmeasure == pytest.approx(8 / 11)
    # ROUGE-L: one sentence each, LCS "the cat was under the bed" = 6
    assert_score(scores["rouge-l"], Fraction(6, 7), Fraction(6, 6))
    # ROUGE-SU4: reference: 5 unigrams (all but the last token) + all 15 pairs (gap <= 4) = 20;
    # summary: 6 unigrams + 5+5+4+3+2+1 = 20 skip bigrams = 26 (the..bed at distance 6 is out);
    # hits: unigrams the x2, cat, was, under = 5; skip bigrams 14 (the-bed clipped to 1)
    assert_score(scores["rouge-su4"], Fraction(19, 26), Fraction(19, 20))
    assert scores["rouge-su4"].fmeasure == pytest.approx(19 / 23)


def test_summary_level_lcs_lin_2004_example() -> None:
    # Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5
    # union LCS = w1 w2 w3 w5: R = 4/5, P = 4/10
    scores = rouge_scores("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", ["w1 w2 w3 w4 w5"], stem=False)
    assert_score(scores["rouge-l"], Fraction(4, 10), Fraction(4, 5))
    # ROUGE-1/2/SU4 join the lines: same scores as the summary written on one line
    flat = rouge_scores("w1 w2 w6 w7 w8 w1 w3 w8 w9 w5", ["w1 w2 w3 w4 w5"], stem=False)
    for metric in ("rouge-1", "rouge-2", "rouge-su4"):
        assert scores[metric] == flat[metric]


def test_lcs_hits_are_clipped_by_unigram_counts() -> None:
    # one reference sentence marked by two identical summary sentences counts once
    scores = rouge_scores("a b\na b", ["a b"], stem=False)
    assert_score(scores["rouge-l"], Fraction(2, 4), Fraction(2, 2))
    # two identical reference sentences: the summary's a and b can only be used once
    scores = rouge_scores("a b", ["a b\na b"], stem=False)
    assert_score(scores["rouge-l"], Fraction(2, 2), Fraction(2, 4))


def test_ngrams_cross_sentence_lines() -> None:
    scores = rouge_scores("c d\na b", ["a b c d"], stem=False)
    assert_score(scores["rouge-l"], Fraction(4, 4), Fraction(4, 4))  # union of two LCSs
    assert_score(scores["rouge-2"], Fraction(2, 3), Fraction(2, 3))  # c-d, d-a, a-b vs a-b, b-c, c-d


def test_su4_ignores_the_last_tokens_unigram() -> None:
    # createSkipBigram's loop stops before the last token: a one-token text has no SU4 units
    scores = rouge_scores("cat", ["cat"])
    assert_score(scores["rouge-1"], 1, 1)
    assert scores["rouge-su4"] == Score(0.0, 0.0, 0.0)
    # two tokens: unigram "a" plus skip bigram "a b" = 2 units
    scores = rouge_scores("a b", ["a b"])
    assert_score(scores["rouge-su4"], 1, 1)
    scores = rouge_scores("b a", ["a b"])
    assert_score(scores["rouge-su4"], Fraction(0, 2), Fraction(0, 2))


def test_skip_gap_is_at_most_four_words() -> None:
    # reference "a x x x x b": a..b are 5 apart (4 skipped) and count; with 5 skipped they do not
    near = rouge_scores("a b", ["a p q r s b"], stem=False)["rouge-su4"]
    far = rouge_scores("a b", ["a p q r s t b"], stem=False)["rouge-su4"]
    assert near.precision == pytest.approx(2 / 2)  # "a" and "a b" both hit
    assert far.precision == pytest.approx(1 / 2)  # only "a"


# --------------------------------------------------------------------------- tokenisation


def test_tokenisation_is_ascii_alphanumeric_runs() -> None:
    same = [
        ("Don't STOP", "don t stop"),
        ("U.S.-based x-ray", "u s based x ray"),
        ("$5,000 (approx.)", "5 000 approx"),
        ("naïve café", "na ve caf"),  # bytes outside ASCII become spaces
        ("ÉCOLE", "cole"),  # only A-Z is lowercased; É's bytes are dropped
    ]
    for text, tokens in same:
        assert rouge_scores(text, [tokens], stem=False)["rouge-1"] == Score(1.0, 1.0, 1.0), text


def test_summary_lines() -> None:
    assert summary_lines("  first line \r\n\n\t\nsecond\x0b") == ["first line", "second"]
    assert summary_lines("") == []
    assert summary_lines("one sentence. and another.") == ["one sentence. and another."]


def test_empty_summary_scores_zero() -> None:
    for text in ("", "\n \n", "-- ... !!"):
        for metric, score in rouge_scores(text, ["a reference"]).items():
            assert score == Score(0.0, 0.0, 0.0), (text, metric)


# --------------------------------------------------------------------------- stemming and stop words


def test_stemming_on_and_off() -> None:
    assert rouge_scores("cats running", ["cat runs"], stem=True)["rouge-1"] == Score(1.0, 1.0, 1.0)
    assert rouge_scores("cats running", ["cat runs"], stem=False)["rouge-1"] == Score(0.0, 0.0, 0.0)
    # WordNet exceptions for tokens longer than 3 characters
    assert rouge_scores("children went", ["child go"])["rouge-1"] == Score(1.0, 1.0, 1.0)
    assert rouge_scores("were been", ["be be"])["rouge-1"] == Score(1.0, 1.0, 1.0)
    # "was" has 3 characters: never stemmed, so it does not meet "were" (-> "be")
    assert rouge_scores("was", ["were"])["rouge-1"] == Score(0.0, 0.0, 0.0)


def test_stemmer_is_rouge_155s() -> None:
    # checked against ROUGE-1.5.5.pl's own ``stem`` (Lin's Step 4 strips -ement, -ment, -ent in turn)
    expected = {
        "fundamental": "fundam",
        "agreement": "agreem",
        "argument": "argum",
        "government": "govern",
        "running": "run",
        "caresses": "caress",
        "ponies": "poni",
        "generalization": "gener",
        "relational": "relat",
        "happily": "happili",
        "hopeful": "hope",
        "yelling": "yell",
        "cats": "cat",
        "sky": "sky",
    }
    for word, stem in expected.items():
        assert porter_stem(word) == stem, word
    assert morph_stem("children") == "child"
    assert morph_stem("said") == "say"
    assert morph_stem("media") == "medium"
    assert morph_stem("better") == "well"  # adj.exc says "good", adv.exc (read later) "well"


def test_stopword_removal() -> None:
    assert rouge_scores("the cat", ["a cat"], remove_stopwords=True)["rouge-1"] == Score(1.0, 1.0, 1.0)
    assert rouge_scores("the cat", ["a cat"], remove_stopwords=False)["rouge-1"].recall == pytest.approx(0.5)
    # SMART's list includes news words such as "reuters" and "ap"
    assert rouge_scores("reuters ap cat", ["cat"], remove_stopwords=True)["rouge-1"] == Score(1.0, 1.0, 1.0)


# --------------------------------------------------------------------------- length limits


def test_limit_words_cuts_summary_and_references() -> None:
    scores = rouge_scores("one two three four five", ["four five six"], limit_words=3, stem=False)
    assert scores["rouge-1"] == Score(0.0, 0.0, 0.0)  # "one two three" vs "four five six"
    uncut = rouge_scores("one two three four five", ["four five six"], stem=False)
    assert_score(uncut["rouge-1"], Fraction(2, 5), Fraction(2, 3))
    # the references are cut too
    assert rouge_scores("one two", ["x y z one two"], limit_words=3)["rouge-1"] == Score(0.0, 0.0, 0.0)
    # across lines, counting white-space words before tokenisation ("U.S.-based" is one word)
    scores = rouge_scores("a b\nU.S.-based c d", ["a b u.s.-based"], limit_words=3, stem=False)
    assert_score(scores["rouge-1"], 1, 1)


def test_limit_bytes_cuts_summary_and_references() -> None:
    assert_score(rouge_scores("abcdefgh", ["abcde"], limit_bytes=5)["rouge-1"], 1, 1)
    # "abc" (3 bytes) fits; "defgh" is cut to 5 - 3 = 2 bytes; the joining space is not counted
    assert_score(rouge_scores("abc\ndefgh", ["abc\nde"], limit_bytes=5)["rouge-1"], 1, 1)
    # the reference is cut the same way: "abc de" is one 6-byte line, cut to "abc d"
    assert_score(rouge_scores("abc\ndefgh", ["abc de"], limit_bytes=5)["rouge-1"], Fraction(1, 2), Fraction(1, 2))
    # bytes, not characters: "café" is 5 bytes, the first 4 leave "caf" plus half an "é"
    assert_score(rouge_scores("café", ["caf"], limit_bytes=4)["rouge-1"], 1, 1)


def test_rouge_l_byte_limit_quirk() -> None:
    # readText_LCS never adds up bytes: ROUGE-L keeps both 7-byte lines under a 10-byte limit, while
    # its clipping counts and precision use the cut text "aaa bbb ccc"
    scores = rouge_scores("aaa bbb\nccc ddd", ["aaa bbb\nccc ddd"], limit_bytes=10, stem=False)
    assert_score(scores["rouge-1"], 1, 1)
    assert_score(scores["rouge-l"], Fraction(3, 3), Fraction(3, 4))


def test_limit_validation() -> None:
    with pytest.raises(ValueError):
        rouge_scores("a", ["a"], limit_words=10, limit_bytes=10)
    with pytest.raises(ValueError):
        rouge_scores("a", ["a"], limit_words=0)
    with pytest.raises(ValueError):
        rouge_scores("a", [])
    with pytest.raises(TypeError):
        rouge_scores("a", "a")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- several references


def test_multi_reference_pooling_sums_hits_and_counts() -> None:
    # -f A: R = (2 + 4) / (2 + 6); P = (2 + 4) / (2 * 4); not the mean of per-reference scores
    scores = rouge_scores("a b c d", ["a b", "a b c d e f"], stem=False)
    assert_score(scores["rouge-1"], Fraction(6, 8), Fraction(6, 8))
    one = rouge_scores("a b c d", ["a b"], stem=False)["rouge-1"]
    two = rouge_scores("a b c d", ["a b c d e f"], stem=False)["rouge-1"]
    assert scores["rouge-1"].recall != pytest.approx((one.recall + two.recall) / 2)
    # ROUGE-2: hits 1 + 3, reference bigrams 1 + 5, summary bigrams 3 per reference
    assert_score(scores["rouge-2"], Fraction(4, 6), Fraction(4, 6))
    # ROUGE-L: each reference is clipped against a fresh copy of the summary's unigrams
    assert_score(scores["rouge-l"], Fraction(6, 8), Fraction(6, 8))


def test_reference_order_does_not_matter() -> None:
    refs = ["the storm hit the coast on monday", "a storm struck the coast\nmany homes lost power"]
    summary = "the storm hit the coast\nhomes lost power on monday"
    assert rouge_scores(summary, refs) == rouge_scores(summary, refs[::-1])


# --------------------------------------------------------------------------- LCS against a plain port


def _perl_union_marks(model: list[list[int]], peer: list[list[int]]) -> list[list[int]]:
    """Straight port of ROUGE-1.5.5's lcs_inner + markLCS (quadratic tables, back-trace)."""
    marks = []
    for sentence in model:
        hit = [False] * len(sentence)
        m = len(sentence)
        for other in peer:
            n = len(other)
            if m == 0:
                continue
            c = [[0] * (n + 1) for _ in range(m + 1)]
            b = [[""] * (n + 1) for _ in range(m + 1)]
            for i in range(1, m + 1):
                for j in range(1, n + 1):
                    if sentence[i - 1] == other[j - 1]:
                        c[i][j] = c[i - 1][j - 1] + 1
                        b[i][j] = "\\"
                    elif c[i - 1][j] >= c[i][j - 1]:
                        c[i][j] = c[i - 1][j]
                        b[i][j] = "^"
                    else:
                        c[i][j] = c[i][j - 1]
                        b[i][j] = "<"
            i, j = m, n
            while i and j:
                if b[i][j] == "\\":
                    i, j = i - 1, j - 1
                    hit[i] = True
                elif b[i][j] == "^":
                    i -= 1
                else:
                    j -= 1
        marks.append([k for k, flag in enumerate(hit) if flag])
    return marks


def test_union_lcs_matches_plain_port_on_random_input() -> None:
    rng = random.Random(7)
    for _ in range(300):
        vocab = rng.randint(1, 6)  # few symbols: many ties in the back-trace
        model = [[rng.randrange(vocab) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(0, 5))]
        peer = [[rng.randrange(vocab) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(0, 5))]
        assert union_lcs_marks(model, peer) == _perl_union_marks(model, peer), (model, peer)


# --------------------------------------------------------------------------- significance


def test_bootstrap_ci_contains_the_mean_and_is_deterministic() -> None:
    rng = random.Random(3)
    values = [rng.uniform(0.2, 0.5) for _ in range(60)]
    mean, low, high = bootstrap_ci(values)
    assert mean == pytest.approx(sum(values) / len(values))
    assert low < mean < high
    assert bootstrap_ci(values) == (mean, low, high)
    wide = bootstrap_ci(values, confidence=0.99)
    assert wide[1] <= low and wide[2] >= high
    assert bootstrap_ci([0.3]) == (0.3, 0.3, 0.3)
    with pytest.raises(ValueError):
        bootstrap_ci([])
    with pytest.raises(ValueError):
        bootstrap_ci(values, confidence=1.5)


def test_identical_systems_are_not_significant() -> None:
    rng = random.Random(4)
    a = [rng.uniform(0.2, 0.5) for _ in range(50)]
    result = paired_test(a, list(a))
    assert isinstance(result, PairedResult)
    assert result.mean_diff == 0.0
    assert result.p_value == 1.0
    assert not result.significant
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.p_value = 0.0  # type: ignore[misc]


def test_clearly_better_system_is_significant() -> None:
    rng = random.Random(5)
    b = [rng.uniform(0.2, 0.5) for _ in range(50)]
    a = [x + 0.02 + rng.uniform(-0.01, 0.01) for x in b]
    result = paired_test(a, b)
    assert result.mean_diff == pytest.approx(sum(a) / 50 - sum(b) / 50)
    assert result.significant and result.p_value < 0.001
    reverse = paired_test(b, a)
    assert reverse.mean_diff == pytest.approx(-result.mean_diff)
    assert reverse.p_value == result.p_value  # two-sided, same seed
    assert paired_test(a, b) == result  # deterministic


def test_noise_is_not_significant() -> None:
    rng = random.Random(6)
    b = [rng.uniform(0.2, 0.5) for _ in range(40)]
    a = [x + rng.gauss(0, 0.02) for x in b]
    a = [x - (sum(a) - sum(b)) / 40 for x in a]  # same mean, different items
    result = paired_test(a, b)
    assert result.mean_diff == pytest.approx(0.0, abs=1e-12)
    assert not result.significant
    with pytest.raises(ValueError):
        paired_test([0.1, 0.2], [0.1])
