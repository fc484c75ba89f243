"""Boilerplate removal on html-boilerplate pages: trafilatura alone vs this pipeline.

For every page of ``../shared/datasets/html-boilerplate`` (trafilatura's English
evaluation pages with strings that must and must not survive) this reports the share of
``with`` strings kept and of ``without`` strings removed, for

* trafilatura alone (``summarizer.htmltext.extract``: the same call and settings), and
* the pipeline: ``html_to_article`` then ``clean_cluster`` on the single article; its
  kept text is the kept sentences joined with spaces.

Strings are compared with white space folded (substring check). Prints a markdown table;
``--details`` also lists, per page, the strings on which the two differ.

    python scripts/html_boilerplate.py [--data DIR] [--details] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from summarizer.clean import clean_cluster
from summarizer.htmltext import extract, html_to_article

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "html-boilerplate"


def fold(text: str) -> str:
    return " ".join(text.split())


def evaluate_page(html: str, url: str, *, with_headings: bool = False) -> tuple[str, str]:
    """(trafilatura's text, the pipeline's kept text), white space folded; with
    ``with_headings`` the pipeline's headings count as kept text too."""
    document = extract(html, url)
    alone = fold(document.text or "") if document is not None else ""
    article = html_to_article(html, url, url=url)
    cleaned = clean_cluster([article])[0]
    kept = fold(" ".join(s.text for s in cleaned.sentences))
    if with_headings:
        kept = fold(" ".join(cleaned.headings) + " " + kept)
    return alone, kept


def load_page(data: Path, name: str) -> str:
    raw = gzip.decompress((data / "pages" / name).read_bytes())
    return raw.decode("utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--details", action="store_true", help="list the strings where the two differ")
    parser.add_argument("--limit", type=int, default=0, help="first N pages only (0: all)")
    args = parser.parse_args(argv)
    expected = json.loads((args.data / "expected.json").read_text(encoding="utf-8"))
    items = sorted(expected.items())
    if args.limit:
        items = items[: args.limit]
    totals = {"with": 0, "without": 0}
    kept = {"trafilatura": 0, "pipeline": 0, "headings": 0}
    removed = {"trafilatura": 0, "pipeline": 0, "headings": 0}
    started = time.perf_counter()
    for url, entry in items:
        html = load_page(args.data, entry["file"])
        alone, pipeline = evaluate_page(html, url)
        _, with_headings = evaluate_page(html, url, with_headings=True)
        for s in entry["with"]:
            s = fold(s)
            totals["with"] += 1
            a, p = s in alone, s in pipeline
            kept["trafilatura"] += a
            kept["pipeline"] += p
            kept["headings"] += s in with_headings
            if args.details and a != p:
                print(f"{entry['file']}: with {'lost' if a else 'gained'}: {s!r}")
        for s in entry["without"]:
            s = fold(s)
            totals["without"] += 1
            a, p = s not in alone, s not in pipeline
            removed["trafilatura"] += a
            removed["pipeline"] += p
            removed["headings"] += s not in with_headings
            if args.details and a != p:
                print(f"{entry['file']}: without {'now removed' if p else 'now kept'}: {s!r}")
    seconds = time.perf_counter() - started
    print(f"\n{len(items)} pages, {totals['with']} `with` strings, {totals['without']} `without` strings ({seconds:.1f} s)\n")
    print("| extractor | `with` kept | `without` removed |")
    print("|---|---|---|")
    for name, label in (("trafilatura", "trafilatura alone (favor_precision)"), ("pipeline", "html_to_article + clean_cluster (kept sentences)"),
                        ("headings", "html_to_article + clean_cluster (kept sentences + headings)")):
        w = kept[name] / max(totals["with"], 1)
        o = removed[name] / max(totals["without"], 1)
        print(f"| {label} | {kept[name]}/{totals['with']} ({w:.1%}) | {removed[name]}/{totals['without']} ({o:.1%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
