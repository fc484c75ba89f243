"""Regenerate the README's results table: every method on both shared validation sets.

    python scripts/results_table.py            # print the table
    python scripts/results_table.py --readme   # also replace it in README.md

Budgets as the issues state them: 250 words for Multi-News, 65 words for NeuS. ROUGE
F1 (this project's scorer, equal to ROUGE-1.5.5 to 1e-5; Porter stemming), with the
paired test (approximate randomisation) of `default` against each baseline.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from summarizer.evaluation.datasets import load_dataset
from summarizer.evaluation.report import compare, summarize_results
from summarizer.evaluation.runner import DEFAULT_METHODS, run
from summarizer.options import Options

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "datasets"
DATASETS = (("Multi-News", "multinews-validation.jsonl", 250), ("NeuS", "neus-validation.jsonl", 65))
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def table(limit: int | None, jobs: int) -> str:
    rows = ["| method | " + " | ".join(f"{name} R-1 | {name} R-2 | {name} R-L" for name, _, _ in DATASETS) + " |",
            "|---" * (1 + 3 * len(DATASETS)) + "|"]
    cells: dict[str, list[str]] = {m: [] for m in DEFAULT_METHODS}
    notes = []
    for name, filename, words in DATASETS:
        data = load_dataset(SHARED / filename, limit)
        results = run(data, DEFAULT_METHODS, Options(words=words), jobs=jobs, progress=sys.stderr.isatty())
        summary = summarize_results(results)
        for method in DEFAULT_METHODS:
            entry = summary["methods"][method]
            cells[method] += [f"{entry['rouge-1']['f1']:.2f}", f"{entry['rouge-2']['f1']:.2f}", f"{entry['rouge-l']['f1']:.2f}"]
        losing = []
        for baseline in DEFAULT_METHODS:
            if baseline in ("default", "oracle"):
                continue
            test = compare(results, "default", baseline)["metrics"]
            for metric in ("rouge-1", "rouge-2"):
                if not (test[metric]["significant"] and test[metric]["difference"] > 0):
                    losing.append(f"{baseline} {metric} ({test[metric]['difference']:+.2f}, p={test[metric]['p_value']:.3f})")
        notes.append(f"- {name} ({len(data.clusters)} clusters, {words} words): default vs every baseline, "
                     + ("all R-1/R-2 differences positive and significant (p < 0.05)." if not losing
                        else "not significant or not better: " + "; ".join(losing) + "."))
    for method in DEFAULT_METHODS:
        rows.append(f"| {method} | " + " | ".join(cells[method]) + " |")
    return "\n".join(rows) + "\n\n" + "\n".join(notes) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true", help="replace the table in README.md")
    parser.add_argument("--limit", type=int, default=None, help="first K clusters only (quick look)")
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    text = table(args.limit, args.jobs)
    print(text)
    if args.readme:
        readme = ROOT / "README.md"
        body = readme.read_text()
        if BEGIN not in body:
            sys.exit("README.md has no results markers")
        body = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: f"{BEGIN}\n{text}{END}", body, flags=re.S)
        readme.write_text(body)


if __name__ == "__main__":
    main()
