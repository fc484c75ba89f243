"""Builders for test inputs (no pasted blobs)."""

from __future__ import annotations

import re

from summarizer.records import Article, Digest


def folded(text: str) -> str:
    return " ".join(text.split())


def story(event: str, n_articles: int = 3, facts: int = 5) -> list[Article]:
    """A small invented cluster: each article restates the event and adds its own facts."""
    articles = []
    for a in range(n_articles):
        sentences = [f"Officials said the {event} happened on Monday in the town of Alder number {a}."]
        for f in range(facts):
            sentences.append(f"Witness {a}-{f} reported that detail {f} of the {event} involved {f + 2} vehicles and {a + f} workers.")
        articles.append(Article(text=" ".join(sentences), path=f"article-{a}.txt", date=f"2025-01-0{a + 1}"))
    return articles


def digest_is_drawn_from(digest: Digest, texts: list[str]) -> bool:
    """Every line is a span of some input text (white space folded)."""
    haystack = [folded(t) for t in texts]
    return all(any(line.text in h for h in haystack) for line in digest.lines)


def words_in_text_output(text: str) -> int:
    body = re.split(r"(?m)^Sources:", text, maxsplit=1)[0]
    return sum(len(re.sub(r"\s*\[[\d, ]+\]$", "", line).split()) for line in body.splitlines() if line.strip())
