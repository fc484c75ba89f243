"""Sumy's rankers give the same scores in every process, whatever the string-hash seed.

Sumy's LSA numbered its terms in the order of a frozenset (decided by Python's per-process
hash seed), so the SVD differed in its last bits and near-tied sentences could swap from
one run to the next; ``sumy_rankers`` numbers them in sorted order."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import sys
from summarizer import Article, Options
from summarizer.pipeline import prepare
from summarizer.rankers.sumy_rankers import sumy_scores
texts = [
    "Storm floods the river town. Crews rescue residents from the rising water. The mayor praises the crews.",
    "Rising water floods the town as the storm stalls. Rescue crews saved dozens of residents overnight.",
    "The storm moved east on Tuesday. Officials counted the damage to homes and the river bridge.",
]
cluster, _ = prepare([Article(text=t, path=f"d{i}") for i, t in enumerate(texts)], Options(clean=False))
print(repr(sumy_scores(sys.argv[1], cluster).tolist()))
"""


@pytest.mark.parametrize("method", ["lsa", "kl", "sumbasic", "luhn"])
def test_same_scores_under_any_hash_seed(method):
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", SCRIPT, method], env=env, capture_output=True, text=True, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs


def test_lexrank_with_no_shared_term_rates_uniformly_without_a_warning(tmp_path):
    # two sentences sharing no term: sumy's LexRank divided by a zero norm, every rating
    # was NaN, the digest empty and numpy's RuntimeWarning printed raw
    import warnings

    import numpy as np

    from summarizer import Article, Options, summarize
    from summarizer.pipeline import prepare
    from summarizer.rankers.sumy_rankers import rated, sumy_scores

    text = "The mayor resigned on Monday after a long scandal over contracts.\n\nHeavy snow closed mountain roads in Colorado for three days.\n"
    cluster, _ = prepare([Article(text=text, path="two.txt")], Options(method="lexrank"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scores = sumy_scores("lexrank", cluster)
    assert np.isfinite(scores).all() and len(set(scores.tolist())) == 1
    digest = summarize([Article(text=text, path="two.txt")], Options(method="lexrank", sentences=2))
    assert [line.text for line in digest.lines] == [s.strip() for s in text.split("\n\n")]
    # a sentence that could not be rated is never preferred; finite ratings are untouched
    assert rated(np.array([0.5, np.nan, 0.2, np.inf])).tolist() == [0.5, 0.2, 0.2, 0.2]
    (tmp_path / "two.txt").write_text(text)
    result = subprocess.run([sys.executable, "-m", "summarizer", "digest", str(tmp_path / "two.txt"), "--method", "lexrank"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "" and result.stdout.startswith("The mayor resigned")


def test_a_sumy_baseline_on_a_large_cluster_says_it_may_be_slow(monkeypatch, capsys):
    # 7,000 sentences kept lexrank/lsa/textrank busy for minutes without a word
    import summarizer.rankers as rankers
    from summarizer import Article, Options, summarize

    texts = [f"Storm number {n} floods the river town of Alder. Crews rescue {n} residents from the water." for n in range(4)]
    articles = [Article(text=t, path=f"d{i}") for i, t in enumerate(texts)]
    summarize(articles, Options(method="luhn", sentences=2))
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(rankers, "SUMY_SLOW_SENTENCES", 5)
    digest = summarize(articles, Options(method="luhn", sentences=2))
    err = capsys.readouterr().err.splitlines()
    assert len(digest.lines) == 2 and len(err) == 1 and err[0].startswith("summarizer: note: sumy's luhn on 8 sentences may take minutes")
    summarize(articles, Options(method="default", sentences=2))
    assert capsys.readouterr().err == ""
