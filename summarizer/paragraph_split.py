"""A content unit (a paragraph) cut into kept sentences and removed pieces.

The sentence-level filter of the cleaning stage (:mod:`summarizer.clean`): a unit the
line rules kept as content is split into sentences (:func:`summarizer.segment.sentence_spans`),
and each sentence is judged by :func:`summarizer.boilerplate.sentence_reason` in the
context of its paragraph: a metadata prefix or dateline cut off its front, a page label
before a sentence, a credit after a final stop, a short paragraph that is a photo caption
or an embedded post, a pull quote. A function of the unit's text alone (and of whether
more of the article follows it), so a cluster splits each distinct paragraph once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from summarizer import boilerplate as bp
from summarizer.segment import sentence_spans

# A phrase ending so is a sentence (a copy pasted twice), not a headline; a headline may
# end in "?" or "!" ("Day of Silent Social Media: Think you can turn it off?").
_FULL_STOP_END = (".", ".\"", ".'", ".\u201d", ".\u2019", ".)")
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


@dataclass(frozen=True)
class Piece:
    """A piece of a content unit: its span relative to the unit's start, its text with
    white space folded, and why it was removed (empty for a kept sentence)."""

    start: int
    end: int
    text: str
    reason: str = ""


@dataclass(frozen=True)
class ParagraphSplit:
    """What a content unit becomes, all from its own text: the metadata prefix or
    dateline cut off its front, the sentences kept and the pieces removed."""

    prefix: bp.Prefix | None
    kept: tuple[Piece, ...]
    removed: tuple[Piece, ...]


def split_paragraph(raw: str, text_follows: bool = False) -> ParagraphSplit:
    """Cut a content unit (its text as in the article, line breaks included) into kept
    sentences and removed pieces: a leading metadata prefix or dateline, sentences that
    are boilerplate by the sentence-level rules (and the rest of a paragraph after a
    headline printed twice, or of a short one after a photo caption or before a photo's
    credit; a short paragraph closed by an embedded post's signature; a pull quote), page
    labels before a sentence, credits after a final stop. Offsets are relative to the unit's start. A
    function of the text and of ``text_follows`` (more of the article's text comes after
    the unit) alone, so a cluster splits each distinct paragraph once (:class:`summarizer.units.Memo`)."""
    kept: list[Piece] = []
    removed: list[Piece] = []
    start = bp.bullet_marker_length(raw)
    prefix = bp.leading_prefix(raw[start:])
    if prefix is not None:
        cut = start + prefix.meta_length
        if prefix.meta_length:
            removed.append(Piece(start, cut, bp.fold(raw[start:cut]), bp.METADATA))
        if prefix.length > prefix.meta_length:
            cut = _skip_space(raw, cut)
            removed.append(Piece(cut, start + prefix.length, bp.fold(raw[cut:start + prefix.length]), prefix.reason))
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
            removed.append(Piece(s0, label_end, bp.fold(raw[s0:label_end]), why))
            s0 = _skip_space(raw, label_end)
            sentence = bp.fold(raw[s0:e0])
            reason = bp.sentence_reason(sentence, last=last)
        if reason is not None:
            if caption_paragraph and kept and _ends_caption(sentence, reason, last and text_follows):
                # The sentences before a credit in a short paragraph are its caption.
                removed.extend(replace(piece, reason=bp.CAPTION) for piece in kept)
                kept.clear()
            removed.append(Piece(s0, e0, sentence, reason))
            continue
        cut = bp.credit_after_stop(raw[s0:e0])
        if cut:
            removed.append(Piece(e0 - cut, e0, bp.fold(raw[e0 - cut:e0]), bp.AGENCY))
            e0 -= cut
            while e0 > s0 and raw[e0 - 1].isspace():
                e0 -= 1
            sentence = bp.fold(raw[s0:e0])
        kept.append(Piece(s0, e0, sentence))
    if kept and removed and removed[-1].reason == bp.SOCIAL and removed[-1].end > kept[-1].end and len(body) <= EMBED_PARAGRAPH_CHARS:
        removed.extend(replace(piece, reason=bp.SOCIAL) for piece in kept)  # the post's text, closed by its signature
        kept.clear()
    if kept and len(spans) == 2 and bp.is_pull_quote(body[slice(*spans[0])], body[slice(*spans[1])]):
        removed.extend(replace(piece, reason=bp.PULL_QUOTE) for piece in kept)  # a quote and its speaker's name
        kept.clear()
    return ParagraphSplit(prefix, tuple(kept), tuple(removed))


def _paragraph_reason(body: str, sentences: int) -> str | None:
    """The reason a paragraph is boilerplate throughout, from its first sentence, or None:
    opening with a headline printed twice, another story's teaser; opening with a video
    player's chrome, the player's gallery of captions; opening with a weather forecast
    strip, the widget; a short one (``EMBED_PARAGRAPH_CHARS``) opening with a post's
    handle, the post; a short one (at most CAPTION_PARAGRAPH_SENTENCES ``sentences``)
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
    if len(body) <= EMBED_PARAGRAPH_CHARS and bp.POST_OPENING.match(opening):
        return bp.SOCIAL
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


def _skip_space(text: str, i: int) -> int:
    """The index of the first character of ``text`` at or after ``i`` that is not white space."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i
