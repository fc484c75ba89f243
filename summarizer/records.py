"""Typed, immutable records passed between the pipeline's stages.

The data flow is: ``ingest`` reads files into :class:`Article` records; ``clean`` turns
a cluster of articles into :class:`CleanArticle` records (kept :class:`Sentence` units,
headings and :class:`Removal` records with their reasons); a ranker scores the sentences;
``select`` picks them; ``cite`` and ``render`` turn the picks into a :class:`Digest`.

A sentence's identity is its position: (document index, sentence index, character
span in the article's text), never its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summarizer.errors import ArgumentError

if TYPE_CHECKING:
    from summarizer.options import Options


@dataclass(frozen=True)
class Article:
    """One input article, as read (HTML already reduced to its main text).

    ``path`` names where it came from: a file path, ``FILE.jsonl:LINE``, ``<stdin>`` or
    a URL. ``date`` is ISO 8601 (``YYYY-MM-DD``) where known.
    """

    text: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None

    def __post_init__(self) -> None:
        """Raise :class:`~summarizer.errors.ArgumentError` for a field that is not text
        (``text`` and ``path`` are required, the others may be None)."""
        for name in ("text", "path", "title", "source", "url", "date"):
            value = getattr(self, name)
            required = name in ("text", "path")
            if isinstance(value, str) or (value is None and not required):
                continue
            kind = "a str" if required else "a str or None"
            raise ArgumentError(f"Article {name} must be {kind}, got {type(value).__name__}")


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why (reported, never fatal for the run)."""

    path: str
    message: str


@dataclass(frozen=True)
class Removal:
    """A piece of an article that cleaning dropped, with the reason shown to users."""

    text: str
    reason: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A candidate line of a digest.

    ``doc`` is the article's index in the cluster, ``index`` the sentence's index among
    the article's kept sentences, ``start``/``end`` the character span of ``text`` in
    ``Article.text`` (datelines and credits already cut off), ``text`` that span with
    white space folded.
    """

    doc: int
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CleanArticle:
    """An article after cleaning: metadata filled in, kept sentences, what was removed."""

    article: Article
    sentences: tuple[Sentence, ...]
    headings: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class Source:
    """One entry of a digest's numbered source list (``id`` starts at 1)."""

    id: int
    path: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class DigestLine:
    """One line of a digest: a sentence, the sources that state it, and its scores."""

    text: str
    citations: tuple[int, ...]
    doc: int
    index: int
    start: int
    end: int
    relevance: float
    mmr: float


@dataclass(frozen=True)
class Digest:
    """A finished digest: its lines in display order, the sources they cite, and the
    problems met on the way (inputs skipped)."""

    lines: tuple[DigestLine, ...]
    sources: tuple[Source, ...]
    options: Options
    problems: tuple[Problem, ...] = field(default=())

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)

