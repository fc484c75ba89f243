"""An article's text cut into units, and the per-cluster memo of what depends on a unit's text alone.

A unit is one block of the text: a line, or the lines of one hard-wrapped paragraph or
of a sentence broken across lines, joined. The cleaning stage (:mod:`summarizer.clean`) gives each unit a
kind and a reason (:mod:`summarizer.page_rules`) and splits content units into
sentences (:mod:`summarizer.paragraph_split`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from summarizer import boilerplate as bp
from summarizer.paragraph_split import split_paragraph

# What a repetition key folds to one space: punctuation, underscores and white space.
_KEY = re.compile(r"[\W_]+")
# A line ending so (a comma, a hyphenated word's first half, a function word) breaks off
# a sentence that the next line goes on with.
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


@dataclass
class Unit:
    """One block of an article: its span in ``Article.text``, folded text and verdict."""

    start: int
    end: int
    text: str
    kind: str = bp.CONTENT
    reason: str = ""
    key: str = ""  # the text lower-cased with punctuation folded, for repetition tests


def text_units(text: str, fold: Callable[[str], str] = bp.fold) -> list[Unit]:
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
    out: list[Unit] = []
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
                out.append(Unit(start, end, fold(text[start:end])))
                start, end = s, e
        out.append(Unit(start, end, fold(text[start:end])))
    return out


def _hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """The lines of ``block`` (spans in ``text``) are one paragraph wrapped at a fixed width:
    see ``HARD_WRAP_MIN_LINES`` and the constants after it."""
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


def repetition_key(text: str) -> str:
    """``text`` lower-cased, each run of punctuation and white space one space: two lines
    are the same line for the repetition tests when their keys are equal."""
    return _KEY.sub(" ", text.lower()).strip()


class Memo:
    """The cleaning steps that depend on a piece of text alone (a paragraph's split also on
    whether more text follows it), memoised for one cluster.

    Syndicated and re-edited copies of one story repeat whole paragraphs (the
    benchmark's 640-article story has about 17,600 kept sentences but under 800
    distinct ones), so each distinct line is classified, and each distinct paragraph
    split into sentences, once per cluster. A new memo for every cluster: nothing is
    kept from one call to the next."""

    def __init__(self) -> None:
        self.key = functools.cache(repetition_key)
        self.classify = functools.cache(bp.classify_line)
        self.split = functools.cache(split_paragraph)
        self.fold = functools.cache(bp.fold)
        self.word_count = functools.cache(bp.word_count)
        self.has_final_punctuation = functools.cache(bp.has_final_punctuation)
