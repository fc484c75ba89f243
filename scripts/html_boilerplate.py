"""Boilerplate removal on html-boilerplate pages: trafilatura alone vs this pipeline.

For every page of ``../shared/datasets/html-boilerplate`` (trafilatura's English
evaluation pages with strings that must and must not survive) this reports the share of
``with`` strings kept and of ``without`` strings removed, for

* trafilatura alone (``summarizer.htmltext.extract``: the same call and settings), and
* the pipeline: ``html_to_article`` then ``clean_cluster`` on the single article.

What counts as the pipeline's *kept text*: cleaning sorts every piece of the article's
text into kept sentences (digest candidates), kept non-sentence content (``headings``:
headings, list items, table rows, fragments of the main text) and removals with a
reason. A few removal reasons are not boilerplate but content cut for display
(``summarizer.boilerplate.NOT_BOILERPLATE``): a place dateline cut off the front of a
sentence ("WEST PALM BEACH —"), the title line moved to the article's title, and the
earlier copy of a sentence kept at its later place. The kept text is the article's text
with every *boilerplate* removal cut out, in document order (so a dateline and its
sentence, or a list marker and its item, stay together as on the page): everything the
user sees as kept in ``summarizer clean``. Text that cleaning neither keeps nor
reports as removed would count as kept; ``tests/test_html.py`` checks there is none
beyond white space and list markers. For comparison the table also gives the kept
sentences alone (what a digest can use) and sentences + non-sentence content.

Strings are compared with white space folded (substring check). Prints a markdown table;
``--details`` also lists, per page, the strings on which trafilatura and the pipeline's
kept text differ.

    python scripts/html_boilerplate.py [--data DIR] [--details] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from summarizer.boilerplate import NOT_BOILERPLATE
from summarizer.clean import clean_cluster
from summarizer.htmltext import extract, html_to_article
from summarizer.records import CleanArticle

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "html-boilerplate"


def fold(text: str) -> str:
    return " ".join(text.split())


def kept_text(cleaned: CleanArticle) -> str:
    """The article's text with its boilerplate removals cut out, white space folded
    (removals of content cut for display, ``NOT_BOILERPLATE``, stay)."""
    text = cleaned.article.text
    pieces: list[str] = []
    pos = 0
    for removal in sorted(cleaned.removed, key=lambda r: (r.start, r.end)):
        if removal.reason in NOT_BOILERPLATE:
            continue
        if removal.start > pos:
            pieces.append(text[pos:removal.start])
        pos = max(pos, removal.end)
    pieces.append(text[pos:])
    return fold(" ".join(pieces))


def evaluate_page(html: str, url: str) -> dict[str, str]:
    """Folded text of trafilatura alone (``trafilatura``) and of the pipeline: kept text
    (``pipeline``), kept sentences only (``sentences``), sentences and non-sentence
    content (``units``)."""
    document = extract(html, url)
    alone = fold(document.text or "") if document is not None else ""
    article = html_to_article(html, url, url=url)
    cleaned = clean_cluster([article])[0]
    sentences = fold(" ".join(s.text for s in cleaned.sentences))
    return {
        "trafilatura": alone,
        "pipeline": kept_text(cleaned),
        "sentences": sentences,
        "units": fold(" ".join(cleaned.headings) + " " + sentences),
    }


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
    names = ("trafilatura", "pipeline", "sentences", "units")
    kept = dict.fromkeys(names, 0)
    removed = dict.fromkeys(names, 0)
    started = time.perf_counter()
    for url, entry in items:
        html = load_page(args.data, entry["file"])
        texts = evaluate_page(html, url)
        for s in entry["with"]:
            s = fold(s)
            totals["with"] += 1
            for name in names:
                kept[name] += s in texts[name]
            a, p = s in texts["trafilatura"], s in texts["pipeline"]
            if args.details and a != p:
                print(f"{entry['file']}: with {'lost' if a else 'gained'}: {s!r}")
        for s in entry["without"]:
            s = fold(s)
            totals["without"] += 1
            for name in names:
                removed[name] += s not in texts[name]
            a, p = s not in texts["trafilatura"], s not in texts["pipeline"]
            if args.details and a != p:
                print(f"{entry['file']}: without {'now removed' if p else 'now kept'}: {s!r}")
    seconds = time.perf_counter() - started
    print(f"\n{len(items)} pages, {totals['with']} `with` strings, {totals['without']} `without` strings ({seconds:.1f} s)\n")
    print("| extractor | `with` kept | `without` removed |")
    print("|---|---|---|")
    labels = {
        "trafilatura": "trafilatura alone (favor_precision)",
        "pipeline": "html_to_article + clean_cluster (kept text: all but boilerplate removals)",
        "sentences": "html_to_article + clean_cluster (kept sentences only)",
        "units": "html_to_article + clean_cluster (kept sentences + headings/non-sentence units)",
    }
    for name in names:
        w = kept[name] / max(totals["with"], 1)
        o = removed[name] / max(totals["without"], 1)
        print(f"| {labels[name]} | {kept[name]}/{totals['with']} ({w:.1%}) | {removed[name]}/{totals['without']} ({o:.1%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
