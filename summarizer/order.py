"""Order stage: a digest's lines in reading order.

A multi-document digest has no source order of its own. Ordering its lines by the
articles' publication dates (the chronological ordering of Barzilay, Elhadad & McKeown
2002, "Inferring Strategies for Sentence Ordering in Multidocument News Summarization",
JAIR 17), then article by article, reads one article's closing line (an investigation
opened) before another's lead when both came out the same day, and has nothing to go by
for undated articles, which scraped text mostly is. Here a line's place is where it sits
in its own article (a sentence's position in its source as evidence of precedence;
Bollegala, Okazaki & Ishizuka 2010, "A Bottom-up Approach to Sentence Ordering for
Multi-document Summarization", IP&M 46): by sentence index, so that leads come first,
then details, then background, whichever article each line was taken from; ties by
article date, then source number. Lines of articles that report another event of the
story line than most of its articles do (the single weekday most articles' leads name;
:mod:`summarizer.events`) follow the others, so that the seeds' later phone call is not
told in the middle of the first.

Measured as Kendall's tau between a digest's order and the order in which the reference
summary tells the same content (Lapata 2006, "Automatic Evaluation of Information
Ordering: Kendall's Tau", Computational Linguistics 32): see the README.
"""

from __future__ import annotations

from typing import Sequence

from summarizer.events import apart_from_main
from summarizer.records import DigestLine
from summarizer.represent import Cluster


def reading_order(lines: Sequence[DigestLine], cluster: Cluster) -> list[DigestLine]:
    """``lines`` (in pick order) sorted for reading."""
    if not lines:
        return []
    later = apart_from_main(cluster.event_days)
    dates = [article.article.date for article in cluster.articles]

    def key(line: DigestLine) -> tuple:
        date = dates[line.doc]
        return (bool(later[line.doc]), line.index, date is None, date or "", line.doc)

    return sorted(lines, key=key)
