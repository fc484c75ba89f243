"""Confidence intervals and paired significance tests for per-cluster ROUGE scores.

ROUGE itself is Lin (2004), "ROUGE: A Package for Automatic Evaluation of Summaries"; its
script reports a 95% percentile-bootstrap interval of the mean over evaluation items
(``-c 95 -r 1000``), which :func:`bootstrap_ci` also computes (with numpy's linear
quantile interpolation rather than the script's own, and numpy's random generator rather
than Perl's ``srand``/``rand``, so the bounds are close to, not equal to, the script's).

* :func:`bootstrap_ci`: percentile bootstrap of the mean (Efron & Tibshirani 1993):
  resample the items with replacement ``resamples`` times and take the
  ``(1 - confidence) / 2`` and ``(1 + confidence) / 2`` quantiles of the resampled means.
* :func:`paired_test`: two-sided paired **approximate randomization** test (Noreen 1989;
  Riezler & Maxwell 2005, "On Some Pitfalls in Automatic Evaluation and Significance
  Testing for MT", ACL workshop on evaluation measures): under the null hypothesis the two
  systems' outputs are exchangeable on each item, so each per-item difference ``a_i - b_i``
  has its sign flipped with probability 1/2; the p-value is the share of ``resamples``
  shuffles whose absolute mean difference is at least the observed one, with the usual
  ``(r + 1) / (R + 1)`` correction so that it is never 0. Berg-Kirkpatrick et al. (2012) and
  Koehn (2004) use the paired bootstrap instead; randomization was chosen because it does
  not need the bootstrap's shift of the distribution to the null and, per Riezler &
  Maxwell, is less prone to type-I errors.

Both are vectorised with numpy and deterministic: the random numbers come from
``numpy.random.default_rng(seed)``, drawn in blocks to bound memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_BLOCK_CELLS = 4_000_000  # random draws per block


@dataclass(frozen=True)
class PairedResult:
    """Outcome of :func:`paired_test`: ``mean_diff`` is mean(a) - mean(b)."""

    mean_diff: float
    p_value: float
    significant: bool
    alpha: float = 0.05
    resamples: int = 10000


def _vector(values: Sequence[float], name: str) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-d sequence of numbers")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains NaN or infinite values")
    return array


def _rows_per_block(items: int, resamples: int) -> int:
    return max(1, min(resamples, _BLOCK_CELLS // max(items, 1)))


def bootstrap_ci(
    values: Sequence[float], *, confidence: float = 0.95, resamples: int = 1000, seed: int = 0
) -> tuple[float, float, float]:
    """(mean, low, high): the mean of ``values`` and its percentile-bootstrap interval."""
    data = _vector(values, "values")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), got {confidence!r}")
    if resamples < 1:
        raise ValueError(f"resamples must be positive, got {resamples!r}")
    rng = np.random.default_rng(seed)
    n = data.size
    means = np.empty(resamples, dtype=np.float64)
    block = _rows_per_block(n, resamples)
    for start in range(0, resamples, block):
        rows = min(block, resamples - start)
        means[start : start + rows] = data[rng.integers(0, n, size=(rows, n))].mean(axis=1)
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return float(data.mean()), float(low), float(high)


def paired_test(
    a: Sequence[float], b: Sequence[float], *, resamples: int = 10000, seed: int = 0, alpha: float = 0.05
) -> PairedResult:
    """Two-sided paired approximate randomization test of mean(a) != mean(b) (Riezler & Maxwell 2005)."""
    first = _vector(a, "a")
    second = _vector(b, "b")
    if first.shape != second.shape:
        raise ValueError(f"a and b must be paired (same length), got {first.size} and {second.size}")
    if resamples < 1:
        raise ValueError(f"resamples must be positive, got {resamples!r}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha!r}")
    diff = first - second
    n = diff.size
    observed = abs(float(diff.mean()))
    # tolerate rounding so that shuffles equal to the observed statistic count as "as extreme"
    tolerance = 1e-12 * max(1.0, float(np.abs(diff).max()))
    rng = np.random.default_rng(seed)
    extreme = 0
    block = _rows_per_block(n, resamples)
    for start in range(0, resamples, block):
        rows = min(block, resamples - start)
        signs = rng.integers(0, 2, size=(rows, n), dtype=np.int8) * 2 - 1
        shuffled = np.abs(signs @ diff) / n
        extreme += int(np.count_nonzero(shuffled >= observed - tolerance))
    p_value = (extreme + 1) / (resamples + 1)
    return PairedResult(
        mean_diff=float(diff.mean()),
        p_value=float(p_value),
        significant=bool(p_value < alpha),
        alpha=alpha,
        resamples=resamples,
    )
