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
