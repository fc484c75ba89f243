"""A line's shape, judged after the lexicon found nothing (``shape_verdict``): teaser,
caption, list item, sentence, heading or fragment; and whether a line or list item reads
as a full sentence."""

from __future__ import annotations

import re

from summarizer.boilerplate.captions import CAPTION_TAIL
from summarizer.boilerplate.patterns import _I
from summarizer.boilerplate.reasons import (
    BOILERPLATE,
    BULLET,
    CAPTION,
    CONTENT,
    FRAGMENT,
    HEADING,
    NON_SENTENCE,
    TEASER,
    Verdict,
)
from summarizer.boilerplate.text import INNER_STOP, has_final_punctuation, is_title_case, word_count

TEASER_SHAPE = re.compile(r"(?:\.\.\.|…)\s*[\"'”’)\]]?$")
_ELLIPSIS_QUOTE = re.compile(r"[\"“][^\"”]*(?:\.\.\.|…)[\"”]\s*$")
# A table row as trafilatura writes it: "| cell | cell |".
TABLE_ROW = re.compile(r"^\|(?=.*[^\W_]).*\|$")
_BULLET = re.compile(r"^\s*(?:[-–—•·*▪►●◦]|\d{1,2}[.)])\s+")

# Finite verbs that a sentence without its final stop still shows (headlines and noun
# phrases drop them: "Technology cooperation and integration of supply chains").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|do|did"
    r"|says|said|isn't|aren't|wasn't|don't|doesn't|didn't|can't|won't)\b",
    _I,
)
# A list item is a full sentence with final punctuation and at least this many words
# (shorter ones are labels: "Yes.", "See below."), ...
MIN_BULLET_SENTENCE_WORDS = 4
# ... or, without it, when it has a finite verb, is not title case and has at least this
# many words ("Map and filter are sometimes faster than comprehensions"); or when it is
# as long as a paragraph (MAX_FRAGMENT_WORDS, below).
MIN_UNPUNCTUATED_SENTENCE_WORDS = 6


def is_full_sentence(text: str) -> bool:
    """A list item or line that reads as a sentence, not a label or noun phrase."""
    words = word_count(text)
    if has_final_punctuation(text) and not text.rstrip().endswith(":"):
        return words >= MIN_BULLET_SENTENCE_WORDS
    if words > MAX_FRAGMENT_WORDS:
        return True
    return words >= MIN_UNPUNCTUATED_SENTENCE_WORDS and bool(_FINITE.search(text)) and not is_title_case(text)


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def bullet_marker_length(line: str) -> int:
    m = _BULLET.match(line)
    return m.end() if m else 0


# Lines with at most this many words and no final punctuation cannot be sentences of a
# digest: chosen from Multi-News, where such lines are headings, list items ("benzene",
# "Average number of guests: 136") and link texts; longer unpunctuated lines there are
# mostly paragraphs whose final stop the scraper lost, which are kept.
MAX_FRAGMENT_WORDS = 16
# A heading has at most this many words (the seeds' and html-boilerplate's section
# headings have 3 to 15; a title may be longer, see metadata.MAX_TITLE_WORDS).
MAX_HEADING_WORDS = 16
# A teaser line is at most this long: teasers are one truncated lead sentence.
MAX_TEASER_WORDS = 40
# A caption line (ending in a photo credit) is at most this long.
MAX_CAPTION_WORDS = 45
# An unpunctuated line with a finite verb is kept as a sentence from this many words on
# (shorter ones are headings or labels more often than lost-stop sentences in Multi-News).
MIN_UNPUNCTUATED_LINE_WORDS = 8


def shape_verdict(line: str) -> Verdict:
    """Verdict from the line's shape alone (after the lexicon found nothing).

    A short line without final punctuation is not boilerplate by its shape alone: in
    the main text it is a heading, a list item or a table row (content that is not a
    digest sentence, :data:`NON_SENTENCE`); it becomes boilerplate only on other
    evidence (the lexicon, a list label above it, repetition, its place after the
    article's end), which :mod:`summarizer.page_rules` weighs."""
    words = word_count(line)
    if TEASER_SHAPE.search(line) and words <= MAX_TEASER_WORDS and not _ELLIPSIS_QUOTE.search(line):
        return Verdict(BOILERPLATE, TEASER)
    if (
        CAPTION_TAIL.search(line)
        and not has_final_punctuation(CAPTION_TAIL.sub("", line))
        and words <= MAX_CAPTION_WORDS
        and not INNER_STOP.search(line)
    ):
        return Verdict(BOILERPLATE, CAPTION)
    if is_bullet(line):
        body = line[bullet_marker_length(line):]
        if is_full_sentence(body):
            return Verdict(CONTENT)
        return Verdict(NON_SENTENCE, BULLET)  # a list item: kept, not a digest sentence
    if has_final_punctuation(line):
        return Verdict(CONTENT)
    if words >= MIN_UNPUNCTUATED_LINE_WORDS and is_full_sentence(line):
        return Verdict(CONTENT)  # a sentence whose full stop was lost ("The area ... was a testing ground")
    if words <= MAX_HEADING_WORDS and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"):
        return Verdict(HEADING)  # provisional: clean decides heading vs fragment by position
    if words <= MAX_FRAGMENT_WORDS:
        return Verdict(NON_SENTENCE, FRAGMENT)  # a table row, a list item in lower case: kept, not a sentence
    return Verdict(CONTENT)
