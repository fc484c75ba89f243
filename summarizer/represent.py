"""Representation stage: sentences as sparse TF-IDF vectors over stemmed content words.

Terms are lower-cased word tokens (``segment.words``) minus English stop words
(scikit-learn's list, ``summarizer.stopwords``), reduced by the Porter stemmer (Porter
1980, as ROUGE-1.5.5 ships it: ``summarizer.porter``). IDF is computed over the cluster's sentences (Salton & Buckley
1988, smoothed), term frequency is sublinear, and rows are L2-normalised so that a dot
product is a cosine similarity (scipy sparse, no Python loop over sentence pairs).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Sequence

import numpy as np
from scipy import sparse

from summarizer.events import article_event_days
from summarizer.porter import porter_stem
from summarizer.records import CleanArticle, Sentence
from summarizer.segment import words
from summarizer.stopwords import ENGLISH_STOP_WORDS


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word (cached: news vocabularies repeat)."""
    return porter_stem(word)


def lower_words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens of ``text``, stop words included, accents folded ("Grünberg"
    and "Grunberg", "café" and "cafe" are one word: outlets spell names both ways)."""
    if not text.isascii() and not unicodedata.is_normalized("NFKD", text):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return tuple(t.lower() for t in words(text))


def content_terms(lowered: Sequence[str]) -> list[str]:
    """Stemmed content words among lower-cased words (stop words and one-letter words out)."""
    stop = ENGLISH_STOP_WORDS
    return [stem(w) for w in lowered if w not in stop and len(w) > 1]


def terms(text: str) -> list[str]:
    """Stemmed content words of ``text``: the unit of every vector in this project."""
    return content_terms(lower_words(text))


@dataclass(frozen=True, eq=False)
class Cluster:
    """The cluster as the rankers see it: cleaned articles, their sentences in order
    (flattened), the sentence-term TF-IDF matrix and each sentence's length in words."""

    articles: tuple[CleanArticle, ...]
    sentences: tuple[Sentence, ...]
    tfidf: sparse.csr_matrix
    lengths: np.ndarray
    vocabulary: dict[str, int] = field(repr=False)
    term_lists: tuple[tuple[str, ...], ...] = field(repr=False)
    word_lists: tuple[tuple[str, ...], ...] = field(repr=False)  # lower_words of each sentence

    def similarity_to(self, row: int) -> np.ndarray:
        """Cosine similarity of every sentence to sentence ``row``: shape (n,)."""
        return (self.tfidf @ self.tfidf[row].T).toarray().ravel()

    def doc_ids(self) -> np.ndarray:
        return np.fromiter((s.doc for s in self.sentences), dtype=np.int64, count=len(self.sentences))

    @cached_property
    def event_days(self) -> np.ndarray:
        """Each article's event days (:func:`summarizer.events.article_event_days`), read
        once for the ranker's opening, the citations and the reading order."""
        return article_event_days(self.articles)


def build_cluster(articles: Sequence[CleanArticle]) -> Cluster:
    """The cluster's sentences and their TF-IDF matrix. Copies of one sentence in
    several articles (syndicated text) are tokenised once per call."""
    sentences = tuple(s for a in articles for s in a.sentences)
    words_of = functools.cache(lower_words)
    terms_of = functools.cache(lambda text: tuple(content_terms(words_of(text))))
    word_lists = tuple(words_of(s.text) for s in sentences)
    term_lists = tuple(terms_of(s.text) for s in sentences)
    matrix, vocabulary = tfidf_matrix(term_lists)
    length_of = functools.cache(lambda text: len(text.split()))
    lengths = np.fromiter((length_of(s.text) for s in sentences), dtype=np.int64, count=len(sentences))
    return Cluster(tuple(articles), sentences, matrix, lengths, vocabulary, term_lists, word_lists)


def tfidf_matrix(term_lists: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Sublinear-tf, smoothed-idf, L2-normalised TF-IDF rows for pre-tokenised texts.

    Rows with the same terms in the same order (one wire sentence in many articles) are
    weighted once and copied: every step is per row except the document frequencies,
    which count each distinct row as often as it occurs, so the matrix is the one the
    rows would give one by one, bit for bit."""
    distinct: dict[tuple[str, ...], int] = {}
    where = np.fromiter(
        (distinct.setdefault(items if isinstance(items, tuple) else tuple(items), len(distinct)) for items in term_lists),
        dtype=np.int64, count=len(term_lists),
    )
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for items in distinct:
        for term in items:
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
        indptr.append(len(indices))
    n_rows, n_distinct, n_terms = len(term_lists), len(distinct), len(vocabulary)
    counts = sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(n_distinct, n_terms),
    )
    counts.sum_duplicates()
    if counts.nnz:
        counts.data = 1.0 + np.log(counts.data)
    copies = np.bincount(where, minlength=n_distinct)
    per_entry = np.repeat(copies, np.diff(counts.indptr))
    df = np.bincount(counts.indices, weights=per_entry, minlength=n_terms).astype(np.int64)
    idf = np.log((1.0 + n_rows) / (1.0 + df)) + 1.0
    matrix = counts @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
    if n_distinct < n_rows:
        rows = matrix[where]
        matrix = sparse.csr_matrix(
            (rows.data, rows.indices.astype(matrix.indices.dtype, copy=False), rows.indptr.astype(matrix.indptr.dtype, copy=False)),
            shape=(n_rows, n_terms),
        )
    return matrix, vocabulary
