"""Cleaning stage (interim): paragraphs split into sentences, no boilerplate filter yet."""

from __future__ import annotations

import re
from typing import Sequence

from summarizer.records import Article, CleanArticle, Sentence
from summarizer.segment import sentence_spans

_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def clean_cluster(articles: Sequence[Article]) -> tuple[CleanArticle, ...]:
    out = []
    for doc, article in enumerate(articles):
        sentences = []
        for block in _BLOCK.finditer(article.text):
            for s, e in sentence_spans(block.group(0)):
                start, end = block.start() + s, block.start() + e
                text = " ".join(article.text[start:end].split())
                sentences.append(Sentence(doc, len(sentences), start, end, text))
        out.append(CleanArticle(article, tuple(sentences)))
    return tuple(out)


def segment_only(articles: Sequence[Article]) -> tuple[CleanArticle, ...]:
    """Sentences of each article with no boilerplate filter (``clean=False``)."""
    return clean_cluster(articles)
