"""Kinds and reasons: what a line or sentence is (content, heading, non-sentence or
boilerplate) and, for a removal, why (the reason shown to users), and the ``Verdict``
that pairs the two."""

from __future__ import annotations

from dataclasses import dataclass

CONTENT = "content"
HEADING = "heading"
# Kept content that is not a digest candidate: a list item, a table row, a short line of
# the main text with no verb or final punctuation. Clean keeps it (with the headings) and
# never makes a sentence of it.
NON_SENTENCE = "non-sentence"
BOILERPLATE = "boilerplate"

# Reasons (shown to users in Removal.reason).
AD = "ad marker"
SHARE = "share/follow prompt"
NEWSLETTER = "newsletter prompt"
RELATED = "related-stories list"
TEASER = "teaser ending in ..."
MASTHEAD = "masthead/about-us blurb"
BYLINE = "byline"
AGENCY = "agency credit"
CAPTION = "photo caption"
CREDIT = "photo credit"
COPYRIGHT = "copyright notice"
MEDIA = "media-player notice"
COMMENTS = "comments prompt"
NAVIGATION = "navigation/label"
METADATA = "metadata prefix"
DATELINE = "date line"
REPEATED = "repeated across articles"
FRAGMENT = "no verb or final punctuation"
BULLET = "bullet fragment"
TABLE = "table row"
SOCIAL = "embedded social post"
CONTACT = "contact/tip prompt"
LINK = "link or contact line"
TITLE = "title"
DUPLICATE = "repeated later in the article"
SEPARATOR = "separator"
HEADER = "page header above the title"
ABOVE_DATELINE = "headline, deck or caption above the dateline"
ABOVE_CHROME = "headline, deck or caption above a credit, player or note"
RESTATED_DECK = "headline or deck restated by the lead"
TRAILER = "fragment after the article's end"
SHOUTING = "all-capitals sentence"
PLACEHOLDER = "archive or embed placeholder"
PROMO = "shop, course or site promotion"
TEMPLATE = "template with empty slots"
NOTE = "note about the article"
POINTER = "pointer to a link or embed"
FILM_CREDITS = "film credits"
HOROSCOPE = "horoscope"
BIO = "author's bio"
WEATHER = "weather widget"
PAYWALL = "paywall or subscriber notice"
VIDEO_PAGE = "video page's description"
# A place dateline ("LONDON —") cut off the front of a sentence. Like the title (moved to
# the article's metadata) and a sentence kept at its later copy, it is content, not
# boilerplate: it is cut for display only.
DATELINE_CUT = "dateline"
# A page's label glued to the front of a sentence ("Image", "Analysis", "LIVE BLOG"): the
# label is boilerplate, the sentence after it is kept (:func:`leading_label`).
PAGE_LABEL = "page label"
# A sentence set apart with a name alone under it (:func:`is_pull_quote`).
PULL_QUOTE = "pull quote or caption with its credit"
NOT_BOILERPLATE = frozenset({DATELINE_CUT, TITLE, DUPLICATE})


@dataclass(frozen=True)
class Verdict:
    """What a line is, and why: ``kind`` is CONTENT, HEADING or BOILERPLATE."""

    kind: str
    reason: str = ""
