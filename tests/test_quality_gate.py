"""ROUGE-style quality gate: the project's method on fixed subsets of the shared
validation sets must stay above the pinned floors in ``tests/quality_floors.csv`` and
beat lead and sumy's LexRank there.

Floors are only ever raised; a commit that lowers one must say why. Each floor is the
measured F1 on its subset minus 0.5 points (the runs are deterministic; the margin
absorbs float differences between numpy/scipy releases), never below the floor already
in force. Multi-News (first 60): 48.12 / 17.80 (R-1 / R-2) with phrase concepts, then
47.70 / 16.98 once quote openings, straight-quote tails and questions were ruled out as
digest lines (readability rules; the full set lost 0.16 R-1 / 0.27 R-2 for them, this
subset 0.82 R-2), then 47.87 / 17.08 with the third audit's boilerplate rules: floors
47.3 (measured - 0.5) and 16.8 (the floor in force before, above measured - 0.5); after
the fourth boilerplate audit and concepts over ROUGE's tokens, 47.82 / 17.23, and after
the fifth audit 48.09 / 17.38: floors 47.5 (measured - 0.5, rounded down) and 16.8
(measured - 0.5 is 16.88); after the sixth audit and the mixed-quote mends, 48.07 / 17.42:
floors 47.5 and 16.9; with the late floor (no irrelevant filler at the end of the
budget), 48.13 / 17.53: floors 47.6 and 17.0; with the seventh audit's paragraph rules,
48.19 / 17.65: floors 47.6 and 17.1; with the seventh session's caption-paragraph rules,
48.26 / 17.72: floors 47.7 and 17.2 (after the eighth audit's rules 48.24 / 17.67: they
stay); with the weather-widget rule, 48.30 / 17.62: R-1 floor 47.8, R-2 stays. NeuS (first 100): floors set at 40.92 /
17.87, then 40.49 / 17.52, 40.53 / 17.46, 40.57 / 17.48, 40.67 / 17.57, now 40.75 / 17.67, so its
floors stay where they were. To see the gate
bite, run it with another method in place of the project's:
``SUMMARIZER_GATE_METHOD=random python -m pytest tests/test_quality_gate.py``.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from summarizer.evaluation.datasets import load_dataset
from summarizer.evaluation.runner import per_method, run
from summarizer.options import Options

from conftest import require_shared

FLOORS = Path(__file__).with_name("quality_floors.csv")
# Fixed subsets (the first clusters of each file) sized to keep the gate within CI time.
SUBSETS = {
    "multinews-validation": {"file": "multinews-validation.jsonl", "limit": 60, "words": 250},
    "neus-validation": {"file": "neus-validation.jsonl", "limit": 100, "words": 65},
}
BASELINES = ("lead", "lexrank")


def floors() -> list[dict[str, str]]:
    with FLOORS.open(newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def scores():
    method = os.environ.get("SUMMARIZER_GATE_METHOD", "default")
    out = {}
    for name, subset in SUBSETS.items():
        data = load_dataset(require_shared("datasets", subset["file"]), subset["limit"])
        results = run(data, [method, *BASELINES], Options(words=subset["words"]), jobs=0, progress=False)
        out[name] = {metric: {m: float(v.mean() * 100) for m, v in per_method(results, metric).items()}
                     for metric in ("rouge-1", "rouge-2", "rouge-l", "rouge-su4")}
        out[name]["method"] = method
    return out


def test_floors_file_is_well_formed():
    rows = floors()
    assert rows and all(set(r) == {"method", "dataset", "metric", "floor"} for r in rows)
    assert {r["dataset"] for r in rows} <= set(SUBSETS)


@pytest.mark.parametrize("row", floors(), ids=lambda r: f"{r['dataset']}-{r['metric']}")
def test_above_floor(scores, row):
    table = scores[row["dataset"]]
    value = table[row["metric"]][table["method"]]
    assert value >= float(row["floor"]), f"{table['method']} {row['metric']} F1 {value:.2f} < floor {row['floor']}"


@pytest.mark.parametrize("dataset", SUBSETS)
@pytest.mark.parametrize("metric", ["rouge-1", "rouge-2"])
@pytest.mark.parametrize("baseline", BASELINES)
def test_beats_baselines(scores, dataset, metric, baseline):
    table = scores[dataset]
    ours, theirs = table[metric][table["method"]], table[metric][baseline]
    assert ours > theirs, f"{table['method']} {metric} {ours:.2f} does not beat {baseline} {theirs:.2f} on {dataset}"
