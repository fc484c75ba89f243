"""Sentence and word segmentation with no downloads (interim version)."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph of ``text``."""
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + len(match.group(0).rstrip()) - len(match.group(0).strip()) if False else match.start()
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        # keep closing quotes with the sentence
        while e < len(text) and text[e] in "\"'”’)]":
            e += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def words(text: str) -> list[str]:
    """Word tokens of ``text`` (letters, digits, inner hyphens and apostrophes)."""
    return _WORD.findall(text)
