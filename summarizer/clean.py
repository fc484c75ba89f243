"""Cleaning stage: a cluster of scraped articles in, kept sentences, headings and removals out.

The approach follows boilerplate detection with shallow text features (Kohlschütter
et al., WSDM 2010): the text is cut into blocks (lines, or paragraphs of hard-wrapped
lines), each block is classified as content, heading, non-sentence content or
boilerplate from cheap features (a lexicon, its length and final punctuation, teaser and
headline shape, its position after a "More like this" or "About Us" label or above the
headline, repetition across the cluster's articles), and content blocks are split into
sentences (:func:`summarizer.segment.sentence_spans`) which pass a second,
sentence-level filter (a caption glued to a paragraph, a credit, a follow prompt). The
rules and their reasons live in :mod:`summarizer.boilerplate`; the metadata heuristics
(title, date, outlet) in :mod:`summarizer.metadata`. HTML input was already reduced to
its main text by trafilatura (Barbaresi 2021) in :mod:`summarizer.htmltext`; the same
residual filter runs on it here.

The stage in its modules: :mod:`summarizer.units` cuts an article's text into blocks;
:mod:`summarizer.page_rules` marks each block by its own text, then by its place on the
page and across the cluster; :mod:`summarizer.paragraph_split` cuts a content block into
sentences through the sentence-level filter. This module runs them in order, then the
passes over the article's sentences (the story starting at its dateline, a deck above a
credit, a page that is no article (an archive's notice, a promotion page, a video's description), a gallery's titles repeated, a sentence printed twice)
and fills in the title, date and outlet the article did not give.

Three outcomes, kept apart on purpose:

* **sentences** (``CleanArticle.sentences``): digest candidates;
* **non-sentence content units** (``CleanArticle.headings``): headings, list items,
  table rows and other short lines of the main text with no verb or final
  punctuation. They are kept content (shown as kept by ``summarizer clean``) but never
  become digest sentences. A short line is not boilerplate for its shape alone; it is
  removed only on evidence: the lexicon, a list label above it, repetition across the
  cluster, its place above the headline or after the article's end;
* **removals** (``CleanArticle.removed``), each with its reason. Most are boilerplate;
  the reasons in :data:`summarizer.boilerplate.NOT_BOILERPLATE` are content cut for
  display only: a place dateline cut off a sentence's front ("WEST PALM BEACH —"), the
  title line (moved to ``Article.title``), an earlier copy of a repeated sentence.

Every kept :class:`Sentence` has ``start``/``end`` offsets into ``Article.text`` (after
any dateline, metadata prefix or page label, before any trailing credit) and its text is that span
with white space folded. Every other piece of the text is a heading/non-sentence unit,
a list marker or a :class:`Removal` with its reason (the tests check this accounting).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from summarizer import boilerplate as bp
from summarizer import metadata as md
from summarizer import page_rules
from summarizer.paragraph_split import Piece
from summarizer.records import Article, CleanArticle, Removal, Sentence
from summarizer.segment import sentence_spans
from summarizer.stopwords import ENGLISH_STOP_WORDS
from summarizer.units import Memo, Unit, text_units

# A story starts at its dateline: at most this many sentences above the article's first
# dateline are the page's headline, deck and captions (Multi-News validation: 10 articles
# with 1 to 5 such sentences, 15 in all, headlines, decks, captions and one update note;
# the next have 9 or more, story text above a second item's dateline; none in NeuS).
MAX_ABOVE_DATELINE = 5
# An article's opening paragraph of at most this many sentences, with no story dateline,
# followed at once by a credit alone on its line ("(Credit: CNET)", "Photo: Name Agency"),
# a video player's caption ("CLOSE The Dow Jones ... (Feb. 5) AP"; not a player's gallery,
# which follows a lead) or a note that the article first appeared elsewhere, is the page's
# headline, deck or caption, not the story's lead (Multi-News validation: 3 articles, 4
# sentences, all decks, found by the ninth digest-line audit). Later in an article a
# credit follows story text, where the image sat, so only the opening paragraph counts; a
# credit printed again further down is a slideshow's, under each slide's text (a page in
# html-boilerplate/ keeps its first); and an article with fewer than MIN_AFTER_CHROME
# sentences after the chrome keeps its opening, which may be all the story there is.
MAX_ABOVE_CHROME = 3
MIN_AFTER_CHROME = 3
_CREDIT_ALONE = re.compile(r"^\(?\s*(?:photo|image|picture)?\s*credits?\s*[:/]\s*[^()]{1,60}\)?$", re.IGNORECASE)
# A note that the article first appeared elsewhere, not an update's note ("Updated: We've
# added ...", "This post has been updated.", which follow a blog's own lead).
_ARTICLE_NOTE = re.compile(r"^(?:This|The) (?:story|article|piece|report) (?:first|originally) (?:appeared|ran|was published)\b")
# Lengths (words) of a line taken as a title of the article's removed gallery or list when
# found there word for word: a headline's length; from 5 words, so that a stock phrase
# ("Police said.", "The investigation is ongoing.") is not found in another story's
# teaser by chance (Multi-News validation: 7 lines, all titles of one page's video
# gallery; none in NeuS).
LISTED_TITLE_WORDS = (5, 15)
# A dateline that opens a story: a place and a dash, a wire in brackets, a place in
# capitals alone (see _opens_story).
_STORY_DATELINE = re.compile(r"(?:—|–|-|--)$|\(|^[A-Z]{3,}(?: [A-Z]{2,}){0,2}$")

# A page of promotion scraped in place of an article (a Kickstarter or GoFundMe appeal, a
# course's or a show's page, a shop's terms) is promotion throughout: the rest is its
# sales or appeal text in its own words ("So the first $ 40,000 goes to Prelude.").
# Taken when at least PROMO_PAGE_MIN of its sentences are removed as promotion and they
# are at least PROMO_PAGE_SHARE of its sentences. Set on both validation sets (eleventh
# digest-line audit): 8 Multi-News pages have two or more promotion sentences making up
# 0.10 to 1.0 of their sentences, all promotion pages (21 of their kept sentences were
# digest lines, 14 of them junk); the news articles with any have at most two, 0.05 of
# their sentences at most; the share sits between the two. NeuS has none.
PROMO_PAGE_MIN = 2
PROMO_PAGE_SHARE = 0.08
# A video site's page (YouTube's "Published on Apr 29, 2015" above the description) is
# the video's description throughout: its blurb, its channel's links, a song's lyrics
# (Multi-News validation: 7 pages, all of them descriptions; none in NeuS). The header
# alone on the page's first line, the month in three letters with no full stop, as the
# site prints it; a news page's "Published on April 29, 2015" is a metadata line.
_VIDEO_PAGE_HEADER = re.compile(
    r"^(?:Published|Uploaded|Streamed live) on (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}$"
)

# An article's opening paragraph of one sentence that the next paragraph's first sentence
# says again is the page's headline, deck or caption, and the lead restates it ("Leader
# appears on state TV briefly to signal defiance ..." above "Libya's leader appeared on
# state television briefly to signal his defiance ..."): when at least DECK_RESTATED of its
# content words (stop words and words under 3 letters left out) recur there, in a longer
# sentence (a deck says the lead shorter; two formulaic lines alike stay), and not in
# quotation marks (a wiki's epigraph, html-boilerplate/, is text). The opening
# has DECK_WORDS words and at least DECK_CONTENT_WORDS content words, and at least
# MIN_AFTER_CHROME sentences follow. Set on both validation sets (eleventh digest-line
# audit): 15 Multi-News openings restated at 0.6 or more, all headlines, decks or captions,
# 12 of them already removed by other rules; at 0.5 a one-sentence lead whose second
# paragraph repeats its words would go too; NeuS has none.
DECK_RESTATED = 0.6
DECK_WORDS = (6, 40)
DECK_CONTENT_WORDS = 4
_DECK_WORD = re.compile(r"[A-Za-z0-9']+")

# A kept sentence: its span in ``Article.text`` and its text with white space folded.
_Kept = tuple[int, int, str]


def clean_cluster(articles: Sequence[Article]) -> tuple[CleanArticle, ...]:
    """Clean every article of one cluster (repetition is judged across the cluster)."""
    memo = Memo()
    units = [text_units(article.text, memo.fold) for article in articles]
    counts, positions = page_rules.count_repeats(units, memo)
    return tuple(
        _clean_article(doc, article, doc_units, counts, positions, memo)
        for doc, (article, doc_units) in enumerate(zip(articles, units))
    )


def clean_article(article: Article) -> CleanArticle:
    """Clean a single article (no cross-article evidence)."""
    return clean_cluster([article])[0]


def _clean_article(
    doc: int,
    article: Article,
    units: list[Unit],
    counts: Counter[str],
    positions: dict[str, list[bool]],
    memo: Memo,
) -> CleanArticle:
    """Clean article number ``doc`` of its cluster: its units marked by the page rules, the
    sentences of its content units read, then the passes over those sentences."""
    page_rules.mark_lines(units, memo)
    page_rules.mark_lists(units, memo)
    page_rules.mark_teaser_page(units)
    page_rules.mark_repeated(units, counts, positions, memo)
    title = page_rules.mark_title(units, article.title, memo)
    page_rules.mark_headings(units, counts)
    content = _read_content(article.text, units, memo)
    removed = content.removed
    kept = _drop_whole_page(content.kept, removed, units)
    kept = _drop_listed_titles(kept, removed, content.alone)
    kept = _drop_restated_deck(kept, removed, content)
    sentences = _drop_duplicates(doc, kept, removed, memo)
    updates = _metadata_updates(article, title, content, removed)
    removed.sort(key=lambda r: (r.start, r.end))
    return CleanArticle(
        replace(article, **updates) if updates else article,
        tuple(sentences),
        tuple(content.headings),
        tuple(removed),
    )


@dataclass
class _Content:
    """What reading an article's units gives: the kept sentences, the removals, the
    non-sentence units' text, the spans of kept sentences that are a paragraph of their
    own, and the date, dated outlet and wire found in the article's header and datelines."""

    kept: list[_Kept]
    removed: list[Removal]
    headings: list[str]
    alone: set[tuple[int, int]]
    found_date: str | None
    dated_outlet: str | None
    wire: str | None
    opens_dated: bool  # the paragraph of the first kept sentence opens with a dateline


def _read_content(text: str, units: list[Unit], memo: Memo) -> _Content:
    """Split the content units of the article ``text`` into sentences, collecting removals
    and metadata; remove what the page printed above the story's dateline or above chrome."""
    # Sentences of the content units.
    kept: list[_Kept] = []
    removed: list[Removal] = []
    headings: list[str] = []
    found_date: str | None = None
    dated_outlet: str | None = None
    wire: str | None = None
    header = True
    dateline_seen = False
    opens_dated = False
    last_content = max((i for i, unit in enumerate(units) if unit.kind == bp.CONTENT), default=-1)
    opening: bool | None = None  # the opening paragraph, just read: may it be a deck?
    deck: list[_Kept] = []  # its sentences, when the unit after it is chrome
    alone: set[tuple[int, int]] = set()  # spans of kept sentences that are a paragraph of their own
    for i, unit in enumerate(units):
        if opening is not None:
            if opening and _opens_with_chrome(unit, text, memo, i < last_content) and sum(
                    other.key == unit.key for other in units) == 1:
                deck, kept = kept, []  # the page's headline, deck or caption, if a story follows
            opening = False
        if unit.kind in (bp.HEADING, bp.NON_SENTENCE):
            headings.append(unit.text[bp.bullet_marker_length(unit.text):])
            continue
        if unit.kind == bp.BOILERPLATE:
            removed.append(Removal(unit.text, unit.reason, unit.start, unit.end))
            if header and unit.reason in (bp.DATELINE, bp.METADATA, bp.BYLINE):
                if found_date is None:
                    found_date = md.normalise_date(unit.text)
                if unit.reason == bp.DATELINE:
                    dated_outlet = dated_outlet or md.date_line_outlet(unit.text)
            continue
        split = memo.split(text[unit.start:unit.end], i < last_content)
        if split.prefix is not None:
            if header and found_date is None and split.prefix.date:
                found_date = md.normalise_date(split.prefix.date)
            wire = wire or split.prefix.wire
        header = False
        if not dateline_seen and split.prefix is not None and split.prefix.reason == bp.DATELINE_CUT:
            dateline_seen = True
            if 0 < len(kept) <= MAX_ABOVE_DATELINE and not kept[-1][2].endswith(":") and _opens_story(split.removed):
                # The story starts at its dateline: what the page printed above it is its
                # headline, deck and captions (unless the text above announces what follows,
                # "... covered them in the summer of 2015:", a quoted article's dateline).
                removed.extend(Removal(folded, bp.ABOVE_DATELINE, s, e) for s, e, folded in kept)
                kept.clear()
        for piece in split.removed:
            removed.append(Removal(piece.text, piece.reason, unit.start + piece.start, unit.start + piece.end))
        if len(split.kept) == 1 and not split.removed:
            alone.add((unit.start + split.kept[0].start, unit.start + split.kept[0].end))
        kept.extend((unit.start + piece.start, unit.start + piece.end, piece.text) for piece in split.kept)
        if opening is None and kept:
            opening = len(kept) <= MAX_ABOVE_CHROME and not dateline_seen
            opens_dated = split.prefix is not None and split.prefix.reason == bp.DATELINE_CUT
    if deck and len(kept) >= MIN_AFTER_CHROME:
        removed.extend(Removal(folded, bp.ABOVE_CHROME, s, e) for s, e, folded in deck)
    elif deck:
        kept = deck + kept
    return _Content(kept, removed, headings, alone, found_date, dated_outlet, wire, opens_dated)


def _drop_whole_page(kept: list[_Kept], removed: list[Removal], units: list[Unit]) -> list[_Kept]:
    """Remove every sentence of a page that is not an article by its own signs: an archive's
    or an error page's notice, a promotion page, a video page's description."""
    reason = _page_reason(kept, removed, units)
    if reason is None:
        return kept
    removed.extend(Removal(folded, reason, s, e) for s, e, folded in kept)
    return []


def _page_reason(kept: list[_Kept], removed: list[Removal], units: list[Unit]) -> str | None:
    """Why the page whose kept sentences are ``kept`` is no article, or None."""
    if not kept:
        return None
    # A page that opens with an archive's or an error page's notice (the Wayback Machine's
    # description of a crawl, scraped in place of the article) is that page throughout: the
    # rest is the crawl's description in its own words ("It has been several years since
    # the last time we did this."; Multi-News validation: 5 articles, 21 sentences, all of
    # them the notice's).
    notices = [r.start for r in removed if r.reason == bp.PLACEHOLDER]
    if notices and min(notices) < kept[0][0]:
        return bp.PLACEHOLDER
    promotion = sum(r.reason == bp.PROMO for r in removed)
    if promotion >= PROMO_PAGE_MIN and promotion >= PROMO_PAGE_SHARE * (promotion + len(kept)):
        return bp.PROMO
    if units and _VIDEO_PAGE_HEADER.match(units[0].text):
        return bp.VIDEO_PAGE
    return None


def _drop_listed_titles(kept: list[_Kept], removed: list[Removal], alone: set[tuple[int, int]]) -> list[_Kept]:
    """Remove the one-sentence paragraphs that repeat a title of the article's removed gallery or list."""
    # A title of a video player's gallery or of a list of other stories, printed again as
    # a line of its own (USA Today's "These are the coldest cities in the U.S." under its
    # 68-video gallery): a short paragraph of one sentence found word for word in the
    # article's removed gallery or list is one of its items (a sentence inside a paragraph
    # stays: a video's caption may repeat the story's lead).
    listed = " ".join(r.text for r in removed if r.reason in (bp.MEDIA, bp.RELATED))
    if listed:
        titles = [(s, e, folded) for s, e, folded in kept if (s, e) in alone and _listed_title(folded, listed)]
        removed.extend(Removal(folded, bp.RELATED, s, e) for s, e, folded in titles)
        kept = [piece for piece in kept if piece not in titles]
    return kept


def _drop_restated_deck(kept: list[_Kept], removed: list[Removal], content: _Content) -> list[_Kept]:
    """Remove an opening one-sentence paragraph that the lead after it restates (``DECK_RESTATED``)."""
    if len(kept) <= MIN_AFTER_CHROME or content.opens_dated or kept[0][:2] not in content.alone:
        return kept
    if kept[0][2][:1] in "\"'“‘":
        return kept  # an epigraph, quoted: a deck is the page's own words
    opening = _content_words(kept[0][2])
    low, high = DECK_WORDS
    if not low <= len(kept[0][2].split()) <= high or len(opening) < DECK_CONTENT_WORDS:
        return kept
    if len(kept[1][2]) <= len(kept[0][2]) or len(opening & _content_words(kept[1][2])) < DECK_RESTATED * len(opening):
        return kept  # a deck is the lead said shorter
    s, e, folded = kept[0]
    removed.append(Removal(folded, bp.RESTATED_DECK, s, e))
    return kept[1:]


def _content_words(sentence: str) -> set[str]:
    """The lower-cased words of ``sentence`` of 3 letters or more that are not stop words."""
    words = (w.lower() for w in _DECK_WORD.findall(sentence))
    return {w for w in words if len(w) > 2 and w not in ENGLISH_STOP_WORDS}


def _drop_duplicates(doc: int, kept: list[_Kept], removed: list[Removal], memo: Memo) -> list[Sentence]:
    """The sentences of article ``doc``, an earlier copy of a sentence printed twice removed."""
    # The same sentence twice in one article (a standfirst repeated in the body): keep
    # the later copy, which sits in its context.
    keys = [memo.key(folded) for _, _, folded in kept]
    last_copy = {key: i for i, key in enumerate(keys)}
    sentences: list[Sentence] = []
    for i, (s, e, folded) in enumerate(kept):
        if last_copy[keys[i]] != i:
            removed.append(Removal(folded, bp.DUPLICATE, s, e))
            continue
        sentences.append(Sentence(doc, len(sentences), s, e, folded))
    return sentences


def _metadata_updates(article: Article, title: str | None, content: _Content, removed: list[Removal]) -> dict[str, str]:
    """The title, date and outlet found in the article, for the fields it did not give."""
    updates: dict[str, str] = {}
    if article.title is None and title:
        updates["title"] = title
    if article.date is None and content.found_date:
        updates["date"] = content.found_date
    if article.source is None:
        source = _outlet(removed, content.wire, content.dated_outlet)
        if source:
            updates["source"] = source
    return updates


def _listed_title(sentence: str, listed: str) -> bool:
    """``sentence`` (without its final stop) is a title of ``listed``, the text of an
    article's removed gallery and lists: ``LISTED_TITLE_WORDS`` words long, found there as
    whole words."""
    title = sentence.rstrip(".!?")
    low, high = LISTED_TITLE_WORDS
    if not low <= len(title.split()) <= high or title not in listed:  # the substring test first: fast
        return False
    return re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", listed) is not None


def _opens_with_chrome(unit: Unit, text: str, memo: Memo, text_follows: bool) -> bool:
    """``unit`` (of the article ``text``) is a credit alone on its line, or opens with a
    video player's caption, a note about the article or a credit (``MAX_ABOVE_CHROME``).
    Not a player's gallery ("Skip in Skip x Embed x Share ..."), which follows a lead."""
    if unit.kind == bp.BOILERPLATE:
        return unit.reason == bp.CREDIT or _CREDIT_ALONE.match(unit.text) is not None
    if unit.kind != bp.CONTENT:
        return False
    split = memo.split(text[unit.start:unit.end], text_follows)
    first = min(split.kept + split.removed, key=lambda piece: piece.start, default=None)
    if first is None:
        return False
    if first.reason == bp.CAPTION:
        return first.text.startswith("CLOSE ")  # Gannett's video player: "CLOSE <the video's caption>"
    return first.reason == bp.CREDIT or (first.reason == bp.NOTE and _ARTICLE_NOTE.match(first.text) is not None)


def _opens_story(pieces: Sequence[Piece]) -> bool:
    """A paragraph's removed pieces hold a dateline that opens a story: a place and a dash
    ("MIAMI —", "UNION CITY, Ga. -"), a wire ("PERTH (Reuters) -", "(CNN)") or a place in
    capitals alone ("PARIS The ..."), not a label before a colon ("CHECKETT:") or a call
    sign ("KARE-TV")."""
    return any(piece.reason == bp.DATELINE_CUT and _STORY_DATELINE.search(piece.text) for piece in pieces)


def _outlet(removed: list[Removal], wire: str | None, dated: str | None) -> str | None:
    """The masthead (About Us blurb, copyright line, an outlet's date line at the top),
    else an agency credit, byline or the wire of a dateline ("PORT ALDER (Coast Wire) -")."""
    for removal in removed:
        if removal.reason in (bp.MASTHEAD, bp.COPYRIGHT):
            name = md.masthead_name(removal.text)
            if name:
                return name
    if dated:
        return dated
    for removal in removed:
        if removal.reason in (bp.AGENCY, bp.BYLINE):
            name = md.agency_name(removal.text)
            if name:
                return name
    return md.agency_name(wire) or wire if wire else None


def segment_only(articles: Sequence[Article]) -> tuple[CleanArticle, ...]:
    """Sentences of every line of each article, with no boilerplate filter (``--no-clean``)."""
    out = []
    for doc, article in enumerate(articles):
        sentences: list[Sentence] = []
        for unit in text_units(article.text):
            for s, e in sentence_spans(article.text[unit.start:unit.end]):
                start, end = unit.start + s, unit.start + e
                sentences.append(Sentence(doc, len(sentences), start, end, bp.fold(article.text[start:end])))
        out.append(CleanArticle(article, tuple(sentences)))
    return tuple(out)
