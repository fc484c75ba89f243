"""Line and sentence classifier for scraped news text: content, heading or boilerplate.

Approach
--------
Boilerplate detection with *shallow text features* (Kohlschütter, Fankhauser and Nejdl,
"Boilerplate Detection using Shallow Text Features", WSDM 2010) works on blocks of text
and a handful of cheap signals: how many words a block has, whether it ends like a
sentence, its position relative to the main text, and what its neighbours are. HTML
pages are first reduced to their main text by trafilatura (Barbaresi, "Trafilatura: A
Web Scraping Library and Command-Line Tool for Text Discovery and Extraction", ACL 2021
demos; see :mod:`summarizer.htmltext`); what both leave behind, and what plain scraped
text carries (Multi-News articles, ``.txt`` files), is handled here by a readable list
of rules, each of which gives the *reason* shown to users:

1. a lexicon of whole-line boilerplate (``LINE_RULES``): ad markers, share/follow and
   newsletter prompts, photo captions and credits, bylines, agency credits, copyright
   and media-player notices, comment prompts, navigation words, date lines;
2. labels that open a list of other stories ("More like this", "Related") or the site's
   own blurb ("About Us"), after which short lines are teasers, not text
   (:data:`LIST_LABEL`, :data:`ABOUT_LABEL`);
3. shape: a teaser ends in "..." or "…"; a heading is short, has no final punctuation
   and is followed by body text; any other short line with no final punctuation is a
   fragment ("no verb or final punctuation");
4. repetition across the articles of one cluster (done in :mod:`summarizer.page_rules`);
5. sentence-level rules (``sentence_reason``) for pieces glued into a paragraph: a
   caption ending in "(AFP)", a credit "Photo: Getty Images", a follow prompt, a wire
   caption ("Jane Roe, left, speaks ..."), a teaser cut off by "...", a contributor line,
   a note about the article itself, a pointer to a link or embed, a shop's or course's
   sales text, a film review's credits block.

A leading metadata prefix (" date 2025-02-06") or dateline ("NEW DELHI:", "LONDON —",
"WASHINGTON (Reuters) -", and with the separator lost: "Washington (CNN)President ...",
"PARIS An ...") is not removed as a line but cut off the front of the first sentence
(:func:`leading_prefix`), so a kept sentence's span starts after it. A page label glued
to the front of any sentence ("Image The ...", "LIVE BLOG On Monday ...", "AP Alder Line
said ...") is cut the same way and the sentence kept (:func:`leading_label`).

Every rule works on one line or sentence with precompiled regular expressions: the
whole classifier costs well under a millisecond per article of ordinary length.

Modules
-------
* ``reasons``: the kinds (content, heading, non-sentence, boilerplate), the removal
  reasons and ``Verdict``;
* ``patterns``: pattern fragments the rules share (months, weekdays, dates, times, an
  outlet's name, wire and photo agencies);
* ``gates``: the literal gates of costly rules (``_GATES``, ``_gated``) and
  ``_first_rule``, which tries rules in order (the first match gives the reason);
* ``text``: white space folded, words counted, final punctuation, title case;
* ``line_rules``: the whole-line lexicon (``LINE_RULES``), ``LIST_LABEL``, ``ABOUT_LABEL``;
* ``captions``: a caption's or credit's tail in brackets ("... (AFP)"), a photo credit closing a paragraph;
* ``sentence_rules``: the sentence-level rules (``SENTENCE_RULES``), an author's bio, a
  sentence in capitals;
* ``shape``: a line's shape (``shape_verdict``): teaser, caption, list item, heading,
  fragment;
* ``classify``: the entry points ``classify_line`` and ``sentence_reason``;
* ``prefixes``: a metadata prefix and a dateline cut off a first sentence
  (``leading_prefix``);
* ``labels``: a page label or agency credit cut off a sentence (``leading_label``).

Callers import from the package itself (``from summarizer import boilerplate as bp``): every
name of the former single module, private ones included, is re-exported here.
"""

from summarizer.boilerplate.captions import (
    CAPTION_CLOSING, CAPTION_OPENING, CAPTION_TAIL, CREDIT_AFTER_STOP, PHOTO_CREDIT_END,
    ATTRIBUTION_ALONE, credit_after_stop, is_caption_paragraph, is_pull_quote, _CREDIT_PAREN,
)
from summarizer.boilerplate.classify import (
    SENTENCE_FRAGMENT_WORDS, classify_line, lexicon_reason, sentence_reason, _LINE_CHECKS,
    _SENTENCE_CHECKS,
)
from summarizer.boilerplate.gates import (
    _GATES, _first_rule, _gated,
)
from summarizer.boilerplate.labels import (
    LEADING_LABEL, MIN_LABELLED_WORDS, leading_label, _AGENCY_ROLES, _CAPS_LABEL_WORDS,
    _LABEL_OPENERS, _LABEL_WORDS,
)
from summarizer.boilerplate.line_rules import (
    ABOUT_LABEL, LINE_RULES, LIST_LABEL, OUTLET_DATE_LINE, _OUTLET_DATE_LINE,
)
from summarizer.boilerplate.patterns import (
    AGENCIES, DATE, MONTHS, WEEKDAYS, _AGENCY_RE, _I, _OUTLET, _PHOTO_SOURCES, _TIME,
)
from summarizer.boilerplate.prefixes import (
    BARE_CAPS_DATELINE, DATELINE_PREFIX, GLUED_WIRE_DATELINE, MAX_DATELINE_CHARS,
    MAX_DATELINE_WORDS, METADATA_PREFIX, Prefix, leading_prefix, _ABBREVIATIONS, _DAY, _NOT_PLACES,
    _PLACE, _PLACES, _PLACE_WORD, _WIRE, _dateline, _unseparated_dateline,
)
from summarizer.boilerplate.reasons import (
    ABOVE_CHROME, ABOVE_DATELINE, AD, AGENCY, BIO, BOILERPLATE, BULLET, BYLINE, CAPTION, COMMENTS, CONTACT, CONTENT,
    COPYRIGHT, CREDIT, DATELINE, DATELINE_CUT, DUPLICATE, FILM_CREDITS, FRAGMENT, HEADER, HEADING, HOROSCOPE,
    LINK, MASTHEAD, MEDIA, METADATA, NAVIGATION, NEWSLETTER, NON_SENTENCE, NOTE, NOT_BOILERPLATE,
    PAGE_LABEL, PAYWALL, PLACEHOLDER, POINTER, PROMO, PULL_QUOTE, RELATED, REPEATED, RESTATED_DECK, SEPARATOR, SHARE, SHOUTING, SOCIAL,
    TABLE, TEASER, TEMPLATE, TITLE, TRAILER, VIDEO_PAGE, WEATHER, Verdict,
)
from summarizer.boilerplate.sentence_rules import (
    DOUBLED_HEADLINE, FORECAST_STRIP, PLAYER_CHROME, POST_OPENING, SENTENCE_RULES, _BIO, _SHOUTING,
)
from summarizer.boilerplate.shape import (
    MAX_CAPTION_WORDS, MAX_FRAGMENT_WORDS, MAX_HEADING_WORDS, MAX_TEASER_WORDS,
    MIN_BULLET_SENTENCE_WORDS, MIN_UNPUNCTUATED_LINE_WORDS, MIN_UNPUNCTUATED_SENTENCE_WORDS,
    TABLE_ROW, TEASER_SHAPE, bullet_marker_length, is_bullet, is_full_sentence, shape_verdict,
    _BULLET, _ELLIPSIS_QUOTE, _FINITE,
)
from summarizer.boilerplate.text import (
    INNER_STOP, fold, has_final_punctuation, is_title_case, word_count, _MINOR, _TERMINAL, _WORD,
)

# The public names (the private ones above are re-exported too, but not by a star import).
__all__ = [
    "ABOVE_CHROME", "ABOVE_DATELINE", "ABOUT_LABEL", "ATTRIBUTION_ALONE", "AD", "AGENCIES", "AGENCY", "BARE_CAPS_DATELINE", "BIO", "BOILERPLATE",
    "BULLET",
    "BYLINE", "CAPTION", "CAPTION_CLOSING", "CAPTION_OPENING", "CAPTION_TAIL", "COMMENTS", "CONTACT",
    "CONTENT", "COPYRIGHT", "CREDIT",
    "CREDIT_AFTER_STOP", "DATE", "DATELINE", "DATELINE_CUT", "DATELINE_PREFIX", "DOUBLED_HEADLINE", "DUPLICATE",
    "FILM_CREDITS", "FORECAST_STRIP", "FRAGMENT", "GLUED_WIRE_DATELINE", "HEADER", "HEADING", "HOROSCOPE",
    "INNER_STOP", "LEADING_LABEL", "LINE_RULES", "LINK", "LIST_LABEL", "MASTHEAD",
    "MAX_CAPTION_WORDS", "MAX_DATELINE_CHARS", "MAX_DATELINE_WORDS", "MAX_FRAGMENT_WORDS",
    "MAX_HEADING_WORDS", "MAX_TEASER_WORDS", "MEDIA", "METADATA", "METADATA_PREFIX",
    "MIN_BULLET_SENTENCE_WORDS", "MIN_LABELLED_WORDS", "MIN_UNPUNCTUATED_LINE_WORDS",
    "MIN_UNPUNCTUATED_SENTENCE_WORDS", "MONTHS", "NAVIGATION", "NEWSLETTER", "NON_SENTENCE", "NOTE",
    "NOT_BOILERPLATE", "OUTLET_DATE_LINE", "PAGE_LABEL", "PAYWALL", "PHOTO_CREDIT_END", "PLACEHOLDER", "PLAYER_CHROME",
    "POINTER", "POST_OPENING", "PROMO", "PULL_QUOTE",
    "Prefix", "RELATED", "REPEATED", "RESTATED_DECK", "SENTENCE_FRAGMENT_WORDS", "SENTENCE_RULES", "SEPARATOR",
    "SHARE", "SHOUTING", "SOCIAL", "TABLE", "TABLE_ROW", "TEASER", "TEASER_SHAPE", "TEMPLATE",
    "TITLE", "TRAILER", "VIDEO_PAGE", "Verdict", "WEATHER", "WEEKDAYS", "bullet_marker_length", "classify_line",
    "credit_after_stop", "fold", "has_final_punctuation", "is_bullet", "is_caption_paragraph",
    "is_full_sentence", "is_pull_quote",
    "is_title_case", "leading_label", "leading_prefix", "lexicon_reason", "sentence_reason",
    "shape_verdict", "word_count",
]
