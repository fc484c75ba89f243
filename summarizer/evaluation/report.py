"""Tables of evaluation results: per-method means with 95% bootstrap intervals, and
paired significance tests between methods, as markdown, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any, Sequence

from summarizer.evaluation.rouge import METRICS
from summarizer.evaluation.runner import ScoredSummary, per_method
from summarizer.evaluation.significance import bootstrap_ci, paired_test

FIELDS = ("precision", "recall", "fmeasure")
LABELS = {"rouge-1": "R-1", "rouge-2": "R-2", "rouge-l": "R-L", "rouge-su4": "R-SU4"}


def summarize_results(results: Sequence[ScoredSummary], *, seed: int = 0, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    methods: dict[str, Any] = {}
    for metric in METRICS:
        for field in FIELDS:
            for name, values in per_method(results, metric, field).items():
                entry = methods.setdefault(name, {}).setdefault(metric, {})
                if field == "fmeasure":
                    mean, low, high = bootstrap_ci(values, seed=seed)
                    entry["f1"] = round(100 * mean, 2)
                    entry["f1_ci95"] = [round(100 * low, 2), round(100 * high, 2)]
                else:
                    entry[field] = round(100 * float(values.mean()), 2) if len(values) else 0.0
    words = {}
    for r in results:
        words.setdefault(r.summary.method, []).append(sum(len(l.split()) for l in r.summary.lines))
    for name, counts in words.items():
        methods[name]["mean_words"] = round(sum(counts) / max(len(counts), 1), 1)
    clusters = max(Counter(r.summary.method for r in results).values(), default=0)  # each method summarises each
    return {**(meta or {}), "clusters": clusters, "methods": methods}


def compare(results: Sequence[ScoredSummary], a: str, b: str, *, seed: int = 0) -> dict[str, Any]:
    out = {"a": a, "b": b, "metrics": {}}
    for metric in METRICS:
        values = per_method(results, metric)
        if a not in values or b not in values:
            continue
        test = paired_test(values[a], values[b], seed=seed)
        out["metrics"][metric] = {"difference": round(100 * test.mean_diff, 2), "p_value": round(test.p_value, 4),
                                  "significant": bool(test.significant)}
    return out


def to_markdown(summary: dict[str, Any], comparisons: Sequence[dict[str, Any]] = ()) -> str:
    head = "| method | " + " | ".join(f"{LABELS[m]} F1" for m in METRICS) + " | R-1 / R-2 95% CI | words |"
    rule = "|---" * (len(METRICS) + 3) + "|"
    rows = [head, rule]
    for name, entry in summary["methods"].items():
        cells = [f"{entry[m]['f1']:.2f}" for m in METRICS]
        ci = f"{entry['rouge-1']['f1_ci95'][0]:.1f}–{entry['rouge-1']['f1_ci95'][1]:.1f} / {entry['rouge-2']['f1_ci95'][0]:.1f}–{entry['rouge-2']['f1_ci95'][1]:.1f}"
        rows.append(f"| {name} | " + " | ".join(cells) + f" | {ci} | {entry['mean_words']} |")
    text = "\n".join(rows) + "\n"
    for comparison in comparisons:
        text += f"\n{comparison['a']} vs {comparison['b']} (paired test):\n"
        for metric, test in comparison["metrics"].items():
            verdict = "significant" if test["significant"] else "not significant"
            text += f"- {LABELS[metric]}: difference {test['difference']:+.2f}, p = {test['p_value']:.4f} ({verdict})\n"
    return text


def to_json(summary: dict[str, Any], comparisons: Sequence[dict[str, Any]] = ()) -> str:
    return json.dumps({**summary, "comparisons": list(comparisons)}, indent=2) + "\n"


def to_csv(summary: dict[str, Any], comparisons: Sequence[dict[str, Any]] = ()) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["method", "metric", "precision", "recall", "f1", "f1_ci_low", "f1_ci_high"])
    for name, entry in summary["methods"].items():
        for metric in METRICS:
            e = entry[metric]
            writer.writerow([name, metric, e["precision"], e["recall"], e["f1"], *e["f1_ci95"]])
    return buffer.getvalue()


RENDERERS = {"markdown": to_markdown, "json": to_json, "csv": to_csv}
