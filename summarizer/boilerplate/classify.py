"""The classifier's entry points: a whole line (``classify_line``: the lexicon, then its
shape) and a sentence inside a content paragraph (``sentence_reason``)."""

from __future__ import annotations

from summarizer.boilerplate.captions import CAPTION_TAIL
from summarizer.boilerplate.gates import _GATES, _first_rule
from summarizer.boilerplate.line_rules import LINE_RULES
from summarizer.boilerplate.reasons import (
    BIO,
    BOILERPLATE,
    CAPTION,
    FRAGMENT,
    NON_SENTENCE,
    SHOUTING,
    TABLE,
    TEASER,
    Verdict,
)
from summarizer.boilerplate.sentence_rules import SENTENCE_RULES, _BIO, _SHOUTING
from summarizer.boilerplate.shape import (
    MAX_TEASER_WORDS,
    TABLE_ROW,
    TEASER_SHAPE,
    _ELLIPSIS_QUOTE,
    shape_verdict,
)
from summarizer.boilerplate.text import has_final_punctuation, word_count

# Each table's rules paired with their gates, once every table has registered its gates.
_LINE_CHECKS = tuple((reason, pattern.search, _GATES.get(pattern.pattern)) for reason, pattern in LINE_RULES)
_SENTENCE_CHECKS = tuple((reason, pattern.search, _GATES.get(pattern.pattern)) for reason, pattern in SENTENCE_RULES)


def lexicon_reason(line: str) -> str | None:
    """The reason a whole line is boilerplate by the lexicon, or None."""
    return _first_rule(_LINE_CHECKS, line)


def classify_line(line: str) -> Verdict:
    """Classify one line (white space folded) by the lexicon and its shape."""
    if TABLE_ROW.match(line):
        return Verdict(NON_SENTENCE, TABLE)  # table cells are content, never digest sentences
    reason = lexicon_reason(line)
    if reason is not None:
        return Verdict(BOILERPLATE, reason)
    return shape_verdict(line)


def sentence_reason(sentence: str, *, last: bool) -> str | None:
    """Why a sentence inside a content paragraph is boilerplate, or None.

    ``last`` is true for the paragraph's last sentence, the only one that can lack final
    punctuation (the splitter cuts after it).
    """
    reason = _first_rule(_SENTENCE_CHECKS, sentence)
    if reason is not None:
        return reason
    if _SHOUTING.match(sentence):
        return SHOUTING
    if last and _BIO.match(sentence):
        return BIO
    if sentence.rstrip().endswith(")") and CAPTION_TAIL.search(sentence) and not has_final_punctuation(CAPTION_TAIL.sub("", sentence).rstrip()):
        return CAPTION
    if last and ("..." in sentence or "…" in sentence) and TEASER_SHAPE.search(sentence) and word_count(sentence) <= MAX_TEASER_WORDS and not _ELLIPSIS_QUOTE.search(sentence):
        return TEASER
    if not has_final_punctuation(sentence) and word_count(sentence) <= SENTENCE_FRAGMENT_WORDS:
        return FRAGMENT
    return None


# A sentence without final punctuation is dropped when it has at most this many words
# ("Fifteen drones" left by a broken split, "Getty Images" glued to a paragraph);
# longer ones are paragraphs whose full stop was lost in scraping and are kept.
SENTENCE_FRAGMENT_WORDS = 6
