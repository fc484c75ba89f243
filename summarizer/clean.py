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

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from summarizer import boilerplate as bp
from summarizer import metadata as md
from summarizer.records import Article, CleanArticle, Removal, Sentence
from summarizer.segment import sentence_spans

_KEY = re.compile(r"[\W_]+")
# A phrase ending so is a sentence (a copy pasted twice), not a headline; a headline may
# end in "?" or "!" ("Day of Silent Social Media: Think you can turn it off?").
_FULL_STOP_END = (".", ".\"", ".'", ".\u201d", ".\u2019", ".)")
_FUNCTION_END = re.compile(
    r"(?:[,;]|[^\W\d_]-|\b(?:the|a|an|of|and|or|to|in|for|with|that|on|at|by|from|as|is|was|were|are|his|her|their|its))$",
    re.IGNORECASE,
)

# Hard-wrapped text (a .txt file wrapped at a fixed width): a block of at least this many
# lines, the widest of them between HARD_WRAP_MIN_WIDTH and HARD_WRAP_MAX_WIDTH
# characters, where every line break falls where the next word would not have fitted on
# the line (the test a text wrapper applies; HARD_WRAP_FIT of the breaks, for the odd
# hyphenated or indented line). Lines broken where the next word would have fitted are
# separate lines: a masthead over "Follow Us:", a list of headlines, one sentence a line.
HARD_WRAP_MIN_LINES = 3
HARD_WRAP_MIN_WIDTH = 40
HARD_WRAP_MAX_WIDTH = 100
HARD_WRAP_FIT = 0.8
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
# A photo caption runs to the end of its paragraph: in a paragraph of at most this many
# sentences, the sentences after one removed as a caption are the caption's own ("… speaks
# at a rally Thursday, Oct. 3, 2013. Davis formally announced her campaign …"), and a
# paragraph closed by a photo credit (or a site's caption closing, boilerplate.
# CAPTION_CLOSING) is a caption as a whole ("… is up for re-election in 2014. (Photo:
# Name, AP)"). Set on Multi-News validation (scripts/multinews_flags.py):
# 12 sentences go after a caption, all of them a caption's second sentence or credit;
# with no limit 32, the other 20 from CNN gallery blocks of up to 20 captions in one
# line, where a limit keeps the risk to article text low; of the 57 paragraphs closed by
# a photo credit, the one longer than 6 sentences is article text ending in a link.
CAPTION_PARAGRAPH_SENTENCES = 6
# An embedded post ends with its signature ("— Name (@handle) June 20, 2017", "A post shared
# by Name (@handle) on Jun 20, 2017 at 11:32am PDT"), which the sentence rules remove; the
# rest of a short paragraph closed by one is the post's own text ("Stock Market at an
# all-time high. That doesn't just happen! — Donald J. Trump (@realDonaldTrump) …").
# Short: a post is at most 280 characters on Twitter, plus its link and signature; the
# longest such paragraph in the validation sets, an Instagram post, has 489 characters,
# and all 54 of them are posts (the tenth digest-line audit: 7 of their sentences were
# digest lines). A longer paragraph may be a whole article flattened to one line, which
# keeps its text.
EMBED_PARAGRAPH_CHARS = 600


@dataclass
class _Unit:
    """One block of an article: its span in ``Article.text``, folded text and verdict."""

    start: int
    end: int
    text: str
    kind: str = bp.CONTENT
    reason: str = ""
    key: str = ""  # the text lower-cased with punctuation folded, for repetition tests


def clean_cluster(articles: Sequence[Article]) -> tuple[CleanArticle, ...]:
    """Clean every article of one cluster (repetition is judged across the cluster)."""
    memo = _Memo()
    units = [_units(article.text, memo.fold) for article in articles]
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
    return tuple(
        _clean_article(doc, article, doc_units, counts, positions, memo)
        for doc, (article, doc_units) in enumerate(zip(articles, units))
    )


def clean_article(article: Article) -> CleanArticle:
    """Clean a single article (no cross-article evidence)."""
    return clean_cluster([article])[0]


def _key(text: str) -> str:
    return _KEY.sub(" ", text.lower()).strip()


def _units(text: str, fold: Callable[[str], str] = bp.fold) -> list[_Unit]:
    """Lines of ``text``; lines of one hard-wrapped paragraph, or a line broken inside a
    sentence, are joined into one unit. ``fold``: :func:`boilerplate.fold` or a memo of it."""
    blocks: list[list[tuple[int, int]]] = [[]]
    offset = 0
    for line in text.split("\n"):
        begin, offset = offset, offset + len(line) + 1
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        s = begin + (len(line) - len(line.lstrip()))
        e = begin + len(line.rstrip())
        blocks[-1].append((s, e))
    out: list[_Unit] = []
    for block in blocks:
        if not block:
            continue
        wrapped = _hard_wrapped(text, block)
        start, end = block[0]
        for s, e in block[1:]:
            prev = text[start:end]
            nxt = text[s:e]
            if wrapped or _continues(prev, nxt):
                end = e
            else:
                out.append(_Unit(start, end, fold(text[start:end])))
                start, end = s, e
        out.append(_Unit(start, end, fold(text[start:end])))
    return out


def _hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    if len(block) < HARD_WRAP_MIN_LINES:
        return False
    widest = max(e - s for s, e in block)
    if not HARD_WRAP_MIN_WIDTH <= widest <= HARD_WRAP_MAX_WIDTH:
        return False
    breaks = 0
    for (s, e), (s2, e2) in zip(block, block[1:]):
        first = text[s2:e2].split(None, 1)[0]
        breaks += (e - s) + 1 + len(first) > widest
    return breaks >= HARD_WRAP_FIT * (len(block) - 1)


def _continues(prev: str, nxt: str) -> bool:
    """The next line continues the previous one's sentence (a line broken mid-sentence)."""
    if bp.is_bullet(nxt) or bp.has_final_punctuation(prev):
        return False
    first = nxt.lstrip()[:1]
    if first.islower():
        return True
    return bool(_FUNCTION_END.search(prev.rstrip())) and bp.word_count(prev) >= 6


def _clean_article(
    doc: int,
    article: Article,
    units: list[_Unit],
    counts: Counter[str],
    positions: dict[str, list[bool]],
    memo: _Memo,
) -> CleanArticle:
    text = article.text
    for unit in units:
        verdict = memo.classify(unit.text)
        unit.kind, unit.reason = verdict.kind, verdict.reason

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

    # A page of teasers (a site's list of stories scraped instead of the story): when
    # most of its paragraphs end cut off with an ellipsis, each of those is a teaser.
    content = [unit for unit in units if unit.kind == bp.CONTENT]
    cut_off = [unit for unit in content if bp.TEASER_SHAPE.search(unit.text)]
    if len(cut_off) >= TEASER_PAGE_MIN and len(cut_off) >= TEASER_PAGE_SHARE * len(content):
        for unit in cut_off:
            unit.kind, unit.reason = bp.BOILERPLATE, bp.RELATED

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
                continue  # decided below: a shared heading is still a heading when body text follows
            footer = n >= MIN_FOOTER_REPEATS and all(positions.get(key, [])) and not copy
            if not sentence_like or footer:
                unit.kind, unit.reason = bp.BOILERPLATE, bp.REPEATED

    # Title: the first headline-shaped line before the body.
    title = article.title
    title_key = _key(title) if title else None
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

    # Sentences of the content units.
    kept: list[tuple[int, int, str]] = []
    removed: list[Removal] = []
    headings: list[str] = []
    found_date: str | None = None
    dated_outlet: str | None = None
    wire: str | None = None
    header = True
    dateline_seen = False
    last_content = max((i for i, unit in enumerate(units) if unit.kind == bp.CONTENT), default=-1)
    opening: bool | None = None  # the opening paragraph, just read: may it be a deck?
    deck: list[tuple[int, int, str]] = []  # its sentences, when the unit after it is chrome
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
    if deck and len(kept) >= MIN_AFTER_CHROME:
        removed.extend(Removal(folded, bp.ABOVE_CHROME, s, e) for s, e, folded in deck)
    elif deck:
        kept = deck + kept

    # A page that opens with an archive's or an error page's notice (the Wayback Machine's
    # description of a crawl, scraped in place of the article) is that page throughout: the
    # rest is the crawl's description in its own words ("It has been several years since
    # the last time we did this."; Multi-News validation: 5 articles, 21 sentences, all of
    # them the notice's).
    notices = [r.start for r in removed if r.reason == bp.PLACEHOLDER]
    if notices and kept and min(notices) < kept[0][0]:
        removed.extend(Removal(folded, bp.PLACEHOLDER, s, e) for s, e, folded in kept)
        kept = []

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

    updates: dict[str, str] = {}
    if article.title is None and title:
        updates["title"] = title
    if article.date is None and found_date:
        updates["date"] = found_date
    if article.source is None:
        source = _outlet(removed, wire, dated_outlet)
        if source:
            updates["source"] = source
    removed.sort(key=lambda r: (r.start, r.end))
    return CleanArticle(
        replace(article, **updates) if updates else article,
        tuple(sentences),
        tuple(headings),
        tuple(removed),
    )


def _listed_title(sentence: str, listed: str) -> bool:
    """``sentence`` (without its final stop) is a title of ``listed``, the text of an
    article's removed gallery and lists: ``LISTED_TITLE_WORDS`` words long, found there as
    whole words."""
    title = sentence.rstrip(".!?")
    low, high = LISTED_TITLE_WORDS
    if not low <= len(title.split()) <= high or title not in listed:  # the substring test first: fast
        return False
    return re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", listed) is not None


def _opens_with_chrome(unit: _Unit, text: str, memo: _Memo, text_follows: bool) -> bool:
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


def _opens_story(pieces: Sequence[_Piece]) -> bool:
    """A paragraph's removed pieces hold a dateline that opens a story: a place and a dash
    ("MIAMI —", "UNION CITY, Ga. -"), a wire ("PERTH (Reuters) -", "(CNN)") or a place in
    capitals alone ("PARIS The ..."), not a label before a colon ("CHECKETT:") or a call
    sign ("KARE-TV")."""
    return any(piece.reason == bp.DATELINE_CUT and _STORY_DATELINE.search(piece.text) for piece in pieces)


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


@dataclass(frozen=True)
class _Piece:
    """A piece of a content unit: its span relative to the unit's start, its text with
    white space folded, and why it was removed (empty for a kept sentence)."""

    start: int
    end: int
    text: str
    reason: str = ""


@dataclass(frozen=True)
class _Split:
    """What a content unit becomes, all from its own text: the metadata prefix or
    dateline cut off its front, the sentences kept and the pieces removed."""

    prefix: bp.Prefix | None
    kept: tuple[_Piece, ...]
    removed: tuple[_Piece, ...]


def _split_unit(raw: str, text_follows: bool = False) -> _Split:
    """Cut a content unit (its text as in the article, line breaks included) into kept
    sentences and removed pieces: a leading metadata prefix or dateline, sentences that
    are boilerplate by the sentence-level rules (and the rest of a paragraph after a
    headline printed twice, or of a short one after a photo caption or before a photo's
    credit; a short paragraph closed by an embedded post's signature; a pull quote), page
    labels before a sentence, credits after a final stop. Offsets are relative to the unit's start. A
    function of the text and of ``text_follows`` (more of the article's text comes after
    the unit) alone, so a cluster splits each distinct paragraph once (:class:`_Memo`)."""
    kept: list[_Piece] = []
    removed: list[_Piece] = []
    start = bp.bullet_marker_length(raw)
    prefix = bp.leading_prefix(raw[start:])
    if prefix is not None:
        cut = start + prefix.meta_length
        if prefix.meta_length:
            removed.append(_Piece(start, cut, bp.fold(raw[start:cut]), bp.METADATA))
        if prefix.length > prefix.meta_length:
            cut = _skip_space(raw, cut)
            removed.append(_Piece(cut, start + prefix.length, bp.fold(raw[cut:start + prefix.length]), prefix.reason))
        start += prefix.length
    body = raw[start:].replace("\n", " ")
    spans = sentence_spans(body)
    caption_paragraph = len(spans) <= CAPTION_PARAGRAPH_SENTENCES
    # The reason every sentence of the paragraph takes from here on, if any (a short
    # paragraph with a caption in it is a caption from that caption on).
    carried = _paragraph_reason(body, len(spans))
    for j, (s, e) in enumerate(spans):
        s0, e0 = start + s, start + e
        sentence = bp.fold(raw[s0:e0])
        last = j == len(spans) - 1
        reason = carried or bp.sentence_reason(sentence, last=last)
        if caption_paragraph and reason == bp.CAPTION:
            carried = bp.CAPTION
        label = bp.leading_label(raw[s0:e0]) if reason is None else None
        if label is not None:
            # "Image The mayor said ...": the label goes, the sentence after it is judged
            # (and kept) on its own.
            length, why = label
            label_end = s0 + len(raw[s0:s0 + length].rstrip())
            if why == bp.AGENCY and caption_paragraph and kept:
                # a photo's agency credit glued to the next sentence ("The cabin of a plane.
                # AP American Airlines said ..."): the sentences before it are its caption
                removed.extend(replace(piece, reason=bp.CAPTION) for piece in kept)
                kept.clear()
            removed.append(_Piece(s0, label_end, bp.fold(raw[s0:label_end]), why))
            s0 = _skip_space(raw, label_end)
            sentence = bp.fold(raw[s0:e0])
            reason = bp.sentence_reason(sentence, last=last)
        if reason is not None:
            if caption_paragraph and kept and _ends_caption(sentence, reason, last and text_follows):
                # The sentences before a credit in a short paragraph are its caption.
                removed.extend(replace(piece, reason=bp.CAPTION) for piece in kept)
                kept.clear()
            removed.append(_Piece(s0, e0, sentence, reason))
            continue
        cut = bp.credit_after_stop(raw[s0:e0])
        if cut:
            removed.append(_Piece(e0 - cut, e0, bp.fold(raw[e0 - cut:e0]), bp.AGENCY))
            e0 -= cut
            while e0 > s0 and raw[e0 - 1].isspace():
                e0 -= 1
            sentence = bp.fold(raw[s0:e0])
        kept.append(_Piece(s0, e0, sentence))
    if kept and removed and removed[-1].reason == bp.SOCIAL and removed[-1].end > kept[-1].end and len(body) <= EMBED_PARAGRAPH_CHARS:
        removed.extend(replace(piece, reason=bp.SOCIAL) for piece in kept)  # the post's text, closed by its signature
        kept.clear()
    if kept and len(spans) == 2 and bp.is_pull_quote(body[slice(*spans[0])], body[slice(*spans[1])]):
        removed.extend(replace(piece, reason=bp.PULL_QUOTE) for piece in kept)  # a quote and its speaker's name
        kept.clear()
    return _Split(prefix, tuple(kept), tuple(removed))


def _paragraph_reason(body: str, sentences: int) -> str | None:
    """The reason a paragraph is boilerplate throughout, from its first sentence, or None:
    opening with a headline printed twice, another story's teaser; opening with a video
    player's chrome, the player's gallery of captions; opening with a weather forecast
    strip, the widget; a short one (at most CAPTION_PARAGRAPH_SENTENCES ``sentences``)
    closed by a photo credit or a site's caption closing or opened by a gallery's chrome,
    a caption."""
    opening = body.lstrip()
    doubled = bp.DOUBLED_HEADLINE.match(opening)
    if doubled and not doubled.group(1).endswith(_FULL_STOP_END):  # a headline, not one sentence said twice
        return bp.RELATED
    if bp.PLAYER_CHROME.match(opening):
        return bp.MEDIA
    if bp.FORECAST_STRIP.match(opening):
        return bp.WEATHER
    if sentences <= CAPTION_PARAGRAPH_SENTENCES and bp.is_caption_paragraph(body):
        return bp.CAPTION
    return None


def _ends_caption(sentence: str, reason: str, closes_before_more_text: bool) -> bool:
    """A removed sentence that makes the sentences before it in a short paragraph a caption:
    a photo credit ("... in the Kenyir Wildlife Corridor. Photo by: William Yap.", "...
    district. | Christian Petersen/Getty Images", "... to ethanol. Credit: Name, Institution
    ..."), or a bare agency in brackets closing the paragraph with more of the article after
    it ("... embody the spirit of America. (AP)"; after the article's last paragraph the
    agency credits the story)."""
    if reason == bp.CREDIT:
        return True
    return closes_before_more_text and reason == bp.CAPTION and bp.CAPTION_TAIL.fullmatch(sentence) is not None


class _Memo:
    """The cleaning steps that depend on a piece of text alone (a paragraph's split also on
    whether more text follows it), memoised for one cluster.

    Syndicated and re-edited copies of one story repeat whole paragraphs (the
    benchmark's 640-article story has about 17,600 kept sentences but under 800
    distinct ones), so each distinct line is classified, and each distinct paragraph
    split into sentences, once per cluster. A new memo for every cluster: nothing is
    kept from one call to the next."""

    def __init__(self) -> None:
        self.key = functools.cache(_key)
        self.classify = functools.cache(bp.classify_line)
        self.split = functools.cache(_split_unit)
        self.fold = functools.cache(bp.fold)
        self.word_count = functools.cache(bp.word_count)
        self.has_final_punctuation = functools.cache(bp.has_final_punctuation)


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
        for unit in _units(article.text):
            for s, e in sentence_spans(article.text[unit.start:unit.end]):
                start, end = unit.start + s, unit.start + e
                sentences.append(Sentence(doc, len(sentences), start, end, bp.fold(article.text[start:end])))
        out.append(CleanArticle(article, tuple(sentences)))
    return tuple(out)
