"""Event days: the weekdays an article's lead names, and which articles report other events.

A story line has several events on different days: a first phone call between two
ministers on a Thursday, a third one on a Tuesday, told in alike words. Time is what
tells them apart; topic detection and tracking compares the temporal expressions of two
reports separately from their words (Makkonen, Ahonen-Myka & Salmenkivi 2004, *Simple
Semantics in Topic Detection and Tracking*, Information Retrieval 7) or discounts
similarity across time (Yang, Pierce & Carbonell 1998, *A Study on Retrospective and
On-line Event Detection*, SIGIR). Here an article's *event days* are the weekday names
in its lead ("on Tuesday", "Thursday's vote"): the first ``LEAD_WORDS`` words, where news
writing says when its event happened (days named further down mostly recount
background). Two sets of event days *conflict* when both are known, at least one is a
single day (an article naming several recounts a sequence of days, which says less
about its own event), and none of one is within a day of the other's: a report published
the day after an event commonly names the day of its own news ("a statement on Friday"
about Thursday's accident).

Used by the brief's story grouping (:mod:`summarizer.brief.group`: groups of conflicting
days are never one story) and by the digest's citations (:mod:`summarizer.cite`: an
article reporting another event does not corroborate a line) and reading order
(:mod:`summarizer.order`: another event's lines come last), and by the default
method's first pick (:mod:`summarizer.rankers.default`: a digest opens with its main
event). For two single articles
the reading is stricter (:func:`other_events`): each names one day, and the two are more
than a day apart. A lead naming two days mixes its event with a schedule ("BBC World
News on Saturday … and on Sunday" under a Tuesday announcement) or a sequence, which
pooling over a group's members evens out but a single article does not.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

import numpy as np

from summarizer.records import CleanArticle

__all__ = ["LEAD_WORDS", "apart_from_main", "article_event_days", "day_masks", "days_conflict", "different_days", "event_day_masks",
           "main_event", "other_events", "story_days", "weekday_masks"]

# Words at the start of an article (its title included) whose weekday names are its event
# days. Chosen for the brief's merge constraint on the first 100 Multi-News clusters:
# every value from 150 to 600 gives ARI 0.747 there (0.934 against the ideal partition of
# --decompose), 100 gives 0.742 (a follow-up's day read as its own event) and the whole
# text 0.734 (a rapper's last show "on Saturday", far down an obituary, kept it apart);
# 300, the middle of that plateau on a log scale, is taken. Clusters 100-249 (not used):
# 0.776-0.786 over 150-600, 0.786 at 300, against 0.784 without the constraint.
LEAD_WORDS = 300

_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_LEAD = re.compile(r"(?:\s*\S+){1,%d}" % LEAD_WORDS)  # a text's first LEAD_WORDS words
_DAY_BIT = {"mon": 1, "tues": 2, "wednes": 4, "thurs": 8, "fri": 16, "satur": 32, "sun": 64}


def day_masks(docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Weekday masks of each text (Monday = 1 ... Sunday = 64; 0: none), whole and of its
    first ``LEAD_WORDS`` words, in one pass over the text."""
    full = np.zeros(len(docs), dtype=np.uint8)
    lead = np.zeros(len(docs), dtype=np.uint8)
    for i, doc in enumerate(docs):
        found = [(m.start(), _DAY_BIT[m.group(1).lower()]) for m in _WEEKDAY.finditer(doc)]
        if not found:
            continue
        end = _LEAD.match(doc).end()  # a text with a weekday has a first word
        for start, bit in found:
            full[i] |= bit
            if start < end:
                lead[i] |= bit
    return full, lead


def weekday_masks(docs: Sequence[str]) -> np.ndarray:
    """Bit mask (Monday = 1 ... Sunday = 64) of the weekday names each text uses; 0: none.

    Whole names only: "Fridays" (a habit, not a date) and abbreviations ("Sun", "Wed",
    also a newspaper and a verb) do not count."""
    return day_masks(docs)[0]


def event_day_masks(docs: Sequence[str]) -> np.ndarray:
    """:func:`weekday_masks` of each text's first ``LEAD_WORDS`` words: its event days."""
    return day_masks(docs)[1]


def _spread(mask: int) -> int:
    """A weekday mask with each day's neighbours (the day before and after) added."""
    return mask | ((mask << 1) & 127) | (mask >> 1) | ((mask & 1) << 6) | (mask >> 6)


def days_conflict(da: int, db: int) -> bool:
    """Event days of two reports (or groups of reports) that are of different events: both
    known, one a single day, none of one within a day of the other's."""
    return bool(
        da and db and not (_spread(da) & db) and (not (da & (da - 1)) or not (db & (db - 1)))
    )


def different_days(da: np.ndarray, db: np.ndarray) -> np.ndarray:
    """Pairs whose weekday masks are both set, disjoint, and one of them a single day."""
    single = lambda m: (m != 0) & ((m & (m - 1)) == 0)  # noqa: E731 - exactly one bit set
    return (da != 0) & (db != 0) & ((da & db) == 0) & (single(da) | single(db))


@lru_cache(maxsize=1)
def _other_event_table() -> np.ndarray:
    """For every pair of the 128 weekday masks: both a single day, and conflicting."""
    single = [mask != 0 and not mask & (mask - 1) for mask in range(128)]
    rows = [[single[a] and single[b] and days_conflict(a, b) for b in range(128)] for a in range(128)]
    return np.array(rows, dtype=bool)


def other_events(masks: np.ndarray, of: int | None = None) -> np.ndarray:
    """Where two articles report different events, by their event days (``masks``, from
    :func:`event_day_masks`): each names one weekday in its lead, and the two are more than
    a day apart (the seeds' Tuesday call against the Thursday reports; a lead naming a
    schedule or a sequence of days gives no verdict). A square boolean matrix, or with
    ``of`` (one mask) a vector: which articles report another event than ``of``'s."""
    masks = np.asarray(masks, dtype=np.intp)
    table = _other_event_table()
    return table[of, masks] if of is not None else table[masks[:, None], masks[None, :]]


def main_event(days: np.ndarray) -> int:
    """The story's main event: the single weekday that the most articles' leads name. On
    a tie, the day whose neighbours are named most (a Friday report of Thursday's vote
    backs Thursday), then the first named; 0 when two days still tied are more than a day
    apart (two articles naming two days, or two and two), or when no lead names exactly
    one day."""
    named = Counter(int(mask) for mask in days if mask and not int(mask) & (int(mask) - 1))
    rank = {day: (n, sum(m for other, m in named.items() if _spread(day) & other)) for day, n in named.items()}
    top = max(rank.values(), default=None)
    best = [day for day in named if rank[day] == top]
    if not best or any(days_conflict(a, b) for a in best for b in best):
        return 0
    return best[0]


def apart_from_main(days: np.ndarray) -> np.ndarray:
    """Which articles report another event than the story's main one: :func:`other_events`
    of :func:`main_event` (all False when there is no main event)."""
    return other_events(days, of=main_event(days))


def story_days(days: np.ndarray) -> np.ndarray:
    """``days`` with an article that names no weekday taken to report the main event
    (:func:`main_event`), as the reports it joins do: the seeds' 000 ("on February 6")
    beside the Thursday reports, so that it does not corroborate the Tuesday call's line."""
    days = np.asarray(days, dtype=np.intp)
    return np.where(days == 0, main_event(days), days)


def article_event_days(articles: Sequence[CleanArticle]) -> np.ndarray:
    """:func:`event_day_masks` of a digest's articles, each read as its title, then its
    sentences (cleaned, the page's date lines and bylines, which name days too, are gone;
    with ``--no-clean`` they count)."""
    def text(article: CleanArticle) -> str:
        title = article.article.title
        return ((title + "\n") if title else "") + " ".join(s.text for s in article.sentences)

    return event_day_masks([text(article) for article in articles])
