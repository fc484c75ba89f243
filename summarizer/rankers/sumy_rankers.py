"""Sumy's algorithms as rankers: the sentences go in as a sumy document built with this
project's own tokenizer (sumy's default needs NLTK punkt data, which cannot be fetched),
and each algorithm's own rating of every sentence comes out.

Sumy's summarizers hand their ratings to ``_get_best_sentences``; the adapter catches
them there instead of letting sumy cut by a sentence count, so the shared selector
applies the same budget to every method. Sumy keys ratings by sentence text, so two
sentences with the same text get the same rating (its documented behaviour).

Algorithms: LexRank (Erkan & Radev 2004), TextRank (Mihalcea & Tarau 2004), LSA
(Steinberger & Ježek 2004), Luhn (1958), KL-Sum (Haghighi & Vanderwende 2009),
SumBasic (Nenkova & Vanderwende 2005).
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

import numpy as np

from summarizer.represent import Cluster
from summarizer.segment import split_sentences, words

SUMY_CLASSES = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
}


class OfflineTokenizer:
    """Sumy's tokenizer interface over this project's segmenter (no downloads)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def sumy_document(cluster: Cluster) -> Any:
    """One sumy paragraph per article, one sumy sentence per cluster sentence."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = OfflineTokenizer()
    paragraphs = []
    for doc in range(len(cluster.articles)):
        sentences = [Sentence(s.text, tokenizer) for s in cluster.sentences if s.doc == doc]
        if sentences:
            paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(tuple(paragraphs))


def sumy_scores(name: str, cluster: Cluster) -> np.ndarray:
    """Sumy algorithm ``name``'s rating of each sentence, in cluster order."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    module_name, class_name = SUMY_CLASSES[name]
    summarizer = getattr(importlib.import_module(module_name), class_name)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    document = sumy_document(cluster)
    caught: list[float] = []

    def catch(sentences, count, rating, *args, **kwargs):
        rate = rating.__getitem__ if isinstance(rating, dict) else rating
        caught.extend(float(rate(s, *args, **kwargs)) for s in sentences)
        return ()

    summarizer._get_best_sentences = catch
    if hasattr(summarizer, "_create_dictionary"):
        # LSA numbers its terms in the iteration order of a frozenset, which string hashing
        # (randomised per process) decides: the SVD then differs in its last bits and a
        # near-tie between sentences can flip from run to run. Number them in sorted order.
        made = summarizer._create_dictionary
        summarizer._create_dictionary = lambda doc: {w: i for i, w in enumerate(sorted(made(doc)))}
    if len(cluster.sentences):
        # LexRank's power method divides by a zero norm when no two sentences share a
        # term: numpy's "invalid value" warning is sumy's, not the user's (the NaN it
        # leaves is handled below)
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            summarizer(document, len(cluster.sentences))
    if not caught and cluster.tfidf.nnz == 0:
        return np.zeros(len(cluster.sentences))  # no content word anywhere: sumy rates nothing
    if len(caught) != len(cluster.sentences):
        raise RuntimeError(f"sumy {name} rated {len(caught)} of {len(cluster.sentences)} sentences")
    return rated(np.asarray(caught, dtype=np.float64))


def rated(scores: np.ndarray) -> np.ndarray:
    """``scores`` with a rating that is not a number (NaN, an infinity: LexRank's when no
    two sentences share a term) replaced by the lowest finite rating, 0 when none is: a
    sentence sumy could not rate is never preferred to one it could, and a cluster it
    could rate nothing in gets uniform ratings (the selector then takes the sentences in
    document order, as MMR's ties go). Finite ratings are left as they are."""
    bad = ~np.isfinite(scores)
    if bad.any():
        scores = scores.copy()
        scores[bad] = scores[~bad].min() if (~bad).any() else 0.0
    return scores
