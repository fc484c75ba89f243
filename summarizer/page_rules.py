"""Page rules: passes over an article's units that judge a unit by its place on the page.

The line rules (:func:`summarizer.boilerplate.classify_line`) judge each unit by its own
text; these passes then weigh where it stands (Kohlschütter et al., WSDM 2010: a block's
position and neighbours are cheap, telling features): after a label that opens a list of
other stories, on a page that is a list of teasers, in several of the cluster's
articles, above the headline, before body text or after the article's end. Each pass
sets the ``kind`` and ``reason`` of the units it marks, in place; the cleaning stage
(:mod:`summarizer.clean`) runs them in order.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from summarizer import boilerplate as bp
from summarizer import metadata as md
from summarizer.segment import sentence_spans
from summarizer.units import Memo, Unit, repetition_key

# The title is looked for among this many first lines before the body starts (the seeds
# put up to two lines, a date and "Follow Us:"/"Advertisement", before it).
TITLE_SEARCH_LINES = 6
# A line that recurs in several of the cluster's articles is boilerplate when it is not
# a sentence of at least this many words (a site footer, "Read more", a section name);
# full sentences shared by two outlets are syndicated copy and are kept.
MIN_SHARED_SENTENCE_WORDS = 6
# ... or when it is a full sentence found in at least this many articles, always among
# the last FOOTER_LINES lines of each (a footer such as "Thanks for reading X.");
# syndicated articles share their body, which is not all at the end.
MIN_FOOTER_REPEATS = 3
FOOTER_LINES = 3
# ... unless the article is a copy: at least this share of its lines recur elsewhere in
# the cluster (a footer is one or two lines of an article; set so that three identical
# wire copies keep their text while a site footer under different stories still goes).
COPY_SHARE = 0.5
# After a list label ("More like this") lines are teasers while they stay this short
# (one headline or one truncated lead sentence); a longer paragraph ends the list.
MAX_LIST_ITEM_WORDS = 40
# A page of teasers: at least TEASER_PAGE_MIN content paragraphs, and TEASER_PAGE_SHARE
# of them, end cut off with "..." (a science site's list page in Multi-News, 78 of 88;
# elsewhere in both validation sets an article has at most 5 such paragraphs in 11, links
# and quotations with elisions, and a paywall-cut story one).
TEASER_PAGE_MIN = 5
TEASER_PAGE_SHARE = 0.5


def count_repeats(units: Sequence[list[Unit]], memo: Memo) -> tuple[Counter[str], dict[str, list[bool]]]:
    """Count, for each repetition key, the cluster's articles (``units``: each article's
    units) holding it, and whether each held it among its last ``FOOTER_LINES`` units
    (the evidence :func:`mark_repeated` weighs); every unit's ``key`` is set on the way."""
    counts: Counter[str] = Counter()
    positions: dict[str, list[bool]] = {}
    for doc_units in units:
        seen: set[str] = set()
        for i, unit in enumerate(doc_units):
            key = unit.key = memo.key(unit.text)
            if key and key not in seen:
                seen.add(key)
                counts[key] += 1
                positions.setdefault(key, []).append(i >= len(doc_units) - FOOTER_LINES)
    return counts, positions


def mark_lines(units: list[Unit], memo: Memo) -> None:
    """Mark every unit by its own text: the line lexicon and shape (:func:`boilerplate.classify_line`)."""
    for unit in units:
        verdict = memo.classify(unit.text)
        unit.kind, unit.reason = verdict.kind, verdict.reason


def mark_lists(units: list[Unit], memo: Memo) -> None:
    """Mark the teasers after a list label ("More like this") and all after "About Us": not the story."""
    # Labels that open a list of other stories or the site's blurb; end-of-article credits.
    mode = None
    for unit in units:
        if bp.ABOUT_LABEL.match(unit.text):
            mode = "about"
            unit.kind, unit.reason = bp.BOILERPLATE, bp.MASTHEAD
            continue
        if bp.LIST_LABEL.match(unit.text):
            mode = "list"
            unit.kind, unit.reason = bp.BOILERPLATE, bp.RELATED
            continue
        if mode == "about":
            unit.kind, unit.reason = bp.BOILERPLATE, bp.MASTHEAD
        elif mode == "list":
            if unit.kind == bp.BOILERPLATE:
                continue
            if memo.word_count(unit.text) <= MAX_LIST_ITEM_WORDS and len(sentence_spans(unit.text)) <= 2:
                unit.kind, unit.reason = bp.BOILERPLATE, bp.RELATED
            else:
                mode = None


def mark_teaser_page(units: list[Unit]) -> None:
    """Mark every teaser of a page that is a list of teasers: the story itself is not there."""
    # A page of teasers (a site's list of stories scraped instead of the story): when
    # most of its paragraphs end cut off with an ellipsis, each of those is a teaser.
    content = [unit for unit in units if unit.kind == bp.CONTENT]
    cut_off = [unit for unit in content if bp.TEASER_SHAPE.search(unit.text)]
    if len(cut_off) >= TEASER_PAGE_MIN and len(cut_off) >= TEASER_PAGE_SHARE * len(content):
        for unit in cut_off:
            unit.kind, unit.reason = bp.BOILERPLATE, bp.RELATED


def mark_repeated(units: list[Unit], counts: Counter[str], positions: dict[str, list[bool]], memo: Memo) -> None:
    """Mark lines repeated across the cluster that are no shared story text: a site's footer or section name."""
    # Repetition across the cluster's articles.
    if len(counts) and max(counts.values(), default=0) > 1:
        # A syndicated copy (most of its lines recur in other articles) keeps its shared
        # sentences even at its end: they are the body, not a site's footer.
        recurring = sum(counts.get(u.key, 0) >= 2 for u in units)
        copy = recurring >= COPY_SHARE * len(units)
        for unit in units:
            if unit.kind == bp.BOILERPLATE:
                continue
            key = unit.key
            n = counts.get(key, 0)
            if n < 2:
                continue
            # (a paragraph holding a whole sentence is text though its end lost its stop: a
            # lead closed by a caption's "(AFP)", shared by two copies of one article)
            sentence_like = ((memo.has_final_punctuation(unit.text) or bp.INNER_STOP.search(unit.text) is not None)
                             and memo.word_count(unit.text) >= MIN_SHARED_SENTENCE_WORDS)
            if unit.kind == bp.HEADING:
                continue  # decided by mark_headings: a shared heading is still a heading when body text follows
            footer = n >= MIN_FOOTER_REPEATS and all(positions.get(key, [])) and not copy
            if not sentence_like or footer:
                unit.kind, unit.reason = bp.BOILERPLATE, bp.REPEATED


def mark_title(units: list[Unit], title: str | None, memo: Memo) -> str | None:
    """Mark the title line (``title``, else the first headline-shaped line) and the page's
    header above it: they are not the article's text. Return the title."""
    # Title: the first headline-shaped line before the body.
    title_key = repetition_key(title) if title else None
    first_body = next(
        (i for i, u in enumerate(units) if u.kind == bp.CONTENT and memo.has_final_punctuation(u.text)), len(units)
    )
    title_at = None
    for i, unit in enumerate(units[: min(first_body, TITLE_SEARCH_LINES)]):
        if title_key is not None:
            if unit.key == title_key:
                title_at = i
                break
        elif unit.kind in (bp.HEADING, bp.CONTENT) and md.is_title_candidate(unit.text):
            title = unit.text
            title_at = i
            break
    if title_at is not None:
        units[title_at].kind, units[title_at].reason = bp.BOILERPLATE, bp.TITLE
        # Short lines above the headline are the page's header (the site's name, a
        # section label), not the article's text.
        for unit in units[:title_at]:
            if unit.kind in (bp.HEADING, bp.NON_SENTENCE):
                unit.kind, unit.reason = bp.BOILERPLATE, bp.HEADER
    return title


def mark_headings(units: list[Unit], counts: Counter[str]) -> None:
    """Mark a heading with no body text after it as non-sentence content, or as boilerplate
    when it repeats across the cluster or follows the article's end (other stories' headlines)."""
    # Headings: a heading-shaped line followed (past boilerplate) by body text. Other
    # short unpunctuated lines are kept as non-sentence content (list items, table rows),
    # unless they repeat across the cluster or come after the article's end (an agency
    # credit or copyright line), where they are the headlines of other stories.
    next_kind: list[str | None] = [None] * len(units)  # kind of the next unit that is not boilerplate
    following: str | None = None
    for i in range(len(units) - 1, -1, -1):
        next_kind[i] = following
        if units[i].kind != bp.BOILERPLATE:
            following = units[i].kind
    ended = False
    for i, unit in enumerate(units):
        if unit.reason in (bp.AGENCY, bp.COPYRIGHT):
            ended = True
        if unit.kind == bp.NON_SENTENCE:
            if ended:
                unit.kind, unit.reason = bp.BOILERPLATE, bp.TRAILER
            continue
        if unit.kind != bp.HEADING:
            continue
        if next_kind[i] == bp.CONTENT and not ended:
            continue
        if ended:
            unit.kind, unit.reason = bp.BOILERPLATE, bp.RELATED
        elif counts.get(unit.key, 0) >= 2:
            unit.kind, unit.reason = bp.BOILERPLATE, bp.REPEATED
        else:
            unit.kind = bp.NON_SENTENCE
