"""Concept coverage: a monotone submodular gain over weighted concepts.

Concepts are bigrams of consecutive words, weighted by the number of articles that contain them (Gillick &
Favre 2009, "A Scalable Global Model for Summarization": a fact several outlets report
is a fact the summary should carry). The coverage of a set of sentences is the total
weight of the concepts they contain, each counted once, so a sentence's marginal gain
is the weight of the concepts it would add that no picked sentence covers yet (Lin &
Bilmes 2010/2011: greedy maximisation of such a function under a knapsack budget, with
the gain divided by the cost to the power r, is near-optimal).

Two kinds of concepts:

- **content concepts**: bigrams of consecutive stemmed content words (stop words out, so
  "Bank of America" gives "bank america"): the facts of the story;
- **phrase concepts**: the other adjacent-word bigrams of the text, with a stop word in
  them ("of the", "said in", "the president"): ROUGE-2's own unit (Lin 2004). Shared by
  two outlets, they mark a passage told in the same words, which is what a reader of
  several accounts would recognise as the common account. They count from the
  ``PHRASE_AFTER + 1``-th line on: the first lines are chosen for the story's facts (and
  the relevance term), and phrase concepts, which any long sentence carries many of,
  would otherwise pull the opening towards long, wordy sentences.

Concept words are ROUGE-1.5.5's tokens (:func:`rouge_units`): runs of letters and
digits, so an inner apostrophe or hyphen splits a word ("Trump's" and "Trump" share
the concept words of "Trump's aides" and "Trump aides", as ROUGE counts them), content
words Porter-stemmed. The TF-IDF vectors of ``represent`` keep whole words.

Everything is one sparse sentence x concept matrix; a step's gains are one sparse
matrix-vector product, and a pick updates the uncovered-weight vector.
"""

from __future__ import annotations

import re

import numpy as np
from scipy import sparse

from summarizer.represent import Cluster, content_terms, stem
from summarizer.stopwords import ENGLISH_STOP_WORDS

# Phrase concepts count once this many lines are picked. Tuned on the full validation sets
# (scripts/tune.py --grid phrases; F1, Multi-News 250 words / NeuS 65 words;
# without phrase concepts 46.40 / 16.50 and 41.34 / 19.38): from the first line
# 46.66 / 16.82, 40.92 / 18.64 (NeuS loses: its digests are two or three lines, and the
# first is the one that counts); after 1 line 47.01 / 16.96, 41.55 / 19.29; after 2
# 47.13 / 17.10, 41.35 / 19.37; after 3 47.14 / 17.07, 41.27 / 19.35. 2 is the smallest
# value that leaves NeuS unchanged, with Multi-News gaining on both halves of the set.
# Phrase concepts weigh as content concepts do (articles containing them); x0.5 and x2
# after 1 line: 46.83 / 16.92, 41.47 / 19.37 and 47.21 / 17.18, 41.15 / 18.73.
PHRASE_AFTER = 2


_UNIT = re.compile(r"[^\W_]+")


def rouge_units(words: tuple[str, ...]) -> tuple[str, ...]:
    """ROUGE-1.5.5's tokens of lower-cased words: runs of letters and digits. Words with an
    inner apostrophe or hyphen split ("trump's" -> "trump", "s"; "well-known" -> "well",
    "known"). Measured (scripts/tune.py --grid final, R-1 / R-2 F1, full sets): concepts
    over whole words 47.03 / 16.94 (Multi-News), 41.34 / 19.31 (NeuS); over these units
    46.98 / 16.98, 41.50 / 19.35: R-2 up on both halves of Multi-News (+0.03 each),
    within noise, and kept because ROUGE-2 counts these units. (The TF-IDF vectors over
    units as well: NeuS R-2 -0.3 to -0.4, its lead choice moving; not taken.)"""
    return tuple(unit for word in words for unit in ((word,) if word.isalnum() else _UNIT.findall(word)))


def _distinct_units(cluster: Cluster) -> tuple[list[tuple[str, ...]], list[int]]:
    """The ROUGE units of each distinct sentence text and each row's text (syndicated
    copies repeat texts; each is split once)."""
    distinct: dict[tuple[str, ...], int] = {}
    text_of_row = [distinct.setdefault(ws, len(distinct)) for ws in cluster.word_lists]
    return [rouge_units(ws) for ws in distinct], text_of_row


def _per_row(codes: np.ndarray, text_of_code: np.ndarray, n_texts: int, text_of_row: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """(row, code) pairs from codes found per distinct text (``text_of_code`` sorted)."""
    bounds = np.searchsorted(text_of_code, np.arange(n_texts + 1))
    per_text = [codes[bounds[t]:bounds[t + 1]] for t in range(n_texts)]
    per_row = [per_text[t] for t in text_of_row]
    rows = np.repeat(np.arange(len(per_row)), [len(c) for c in per_row])
    return rows.astype(np.int64), (np.concatenate(per_row) if per_row else np.zeros(0, np.int64))


def _token_ids(token_lists: list, coder) -> tuple[np.ndarray, np.ndarray]:
    """Flat ids of all tokens (``coder`` numbers a token) and each token's list index."""
    sizes = np.fromiter(map(len, token_lists), np.int64, len(token_lists))
    ids = np.fromiter((coder(t) for ts in token_lists for t in ts), np.int64, int(sizes.sum()))
    return ids, np.repeat(np.arange(len(token_lists)), sizes)


def phrase_bigrams(cluster: Cluster, distinct: tuple | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(row, code) of every adjacent-unit bigram with a stop word in it, per sentence:
    the sentence's ROUGE units (:func:`rouge_units`), content words Porter-stemmed (as
    ROUGE-1.5.5 -m compares them). ``distinct``: :func:`_distinct_units`, if known."""
    units, text_of_row = distinct or _distinct_units(cluster)
    vocabulary: dict[str, int] = {}
    ids, text_of = _token_ids(units, lambda w: vocabulary.setdefault(w, len(vocabulary)))
    stop = ENGLISH_STOP_WORDS
    is_stop = np.fromiter((w in stop for w in vocabulary), bool, len(vocabulary))
    keys: dict[str, int] = {}  # a content word's stem, or a stop word itself
    key_of = np.fromiter((keys.setdefault(w if w in stop else stem(w), len(keys)) for w in vocabulary), np.int64, len(vocabulary))
    keep = (text_of[1:] == text_of[:-1]) & (is_stop[ids[:-1]] | is_stop[ids[1:]])
    codes = key_of[ids[:-1][keep]] * max(len(keys), 1) + key_of[ids[1:][keep]]
    return _per_row(codes, text_of[:-1][keep], len(units), text_of_row)


def content_bigrams(cluster: Cluster, distinct: tuple | None = None, unigrams: bool = False) -> tuple[np.ndarray, np.ndarray, int]:
    """Content concepts: (row, code) of every bigram of consecutive stemmed content words
    among a sentence's ROUGE units (stop words and one-letter units out: "Bank of
    America" gives "bank america"), with ``unigrams`` (the rejected experiment) also of
    every content word, and the number of distinct content words: bigram codes are >=
    that number, word codes below it. ``distinct``: :func:`_distinct_units`, if known."""
    units, text_of_row = distinct or _distinct_units(cluster)
    terms = [content_terms(u) for u in units]
    vocabulary: dict[str, int] = {}
    ids, text_of = _token_ids(terms, lambda t: vocabulary.setdefault(t, len(vocabulary)))
    width = max(len(vocabulary), 1)
    same = text_of[1:] == text_of[:-1]
    rows, codes = _per_row((ids[:-1][same] + 1) * width + ids[1:][same], text_of[:-1][same], len(terms), text_of_row)
    if unigrams:
        word_rows, word_ids = _per_row(ids, text_of, len(terms), text_of_row)
        rows, codes = np.concatenate([rows, word_rows]), np.concatenate([codes, word_ids])
    return rows, codes, width


def concept_matrix(cluster: Cluster, *, unigrams: bool = False, min_df: int = 2, power: float = 1.0,
                   lead: float = 0.0, unigram_weight: float = 1.0,
                   phrases: bool = True) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Binary sentence x concept matrix, each concept's weight (number of articles
    containing it) and which concepts are phrase concepts. A concept found in one article
    only counts when the cluster has only one article: otherwise corroboration by a
    second outlet is required.

    Experiment options (scripts/tune.py, all rejected, library default off): ``lead``
    adds lead / (index of the concept's first sentence in an article + 1) per article
    (df x lead bonus); ``unigram_weight`` scales unigram concepts when ``unigrams``.
    Full sets after the ROUGE-Porter stemmer change (R-2 MN / NeuS; chosen 16.45 /
    19.21): lead 0.5 -> 16.45 / 19.06, 1 -> 16.26 / 19.07, 2 -> 16.33 / 19.15;
    unigrams x0.25 -> 16.36 / 19.07, x0.5 -> 16.37 / 19.03; sqrt(df) -> 16.43 / 19.20."""
    n = len(cluster.sentences)
    distinct = _distinct_units(cluster)
    rows, codes, width = content_bigrams(cluster, distinct, unigrams)
    phrase_from = (int(codes.max()) + 1 if codes.size else 0)
    if phrases:
        phrase_rows, phrase_codes = phrase_bigrams(cluster, distinct)
        codes, rows = np.concatenate([codes, phrase_from + phrase_codes]), np.concatenate([rows, phrase_rows])
    if codes.size == 0:
        return sparse.csr_matrix((n, 0)), np.zeros(0), np.zeros(0, dtype=bool)
    unique, columns = np.unique(codes, return_inverse=True)
    matrix = sparse.csr_matrix((np.ones(codes.size), (rows, columns.ravel())), shape=(n, unique.size))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    docs = cluster.doc_ids()
    n_docs = int(docs.max()) + 1 if n else 0
    by_doc = sparse.csr_matrix((np.ones(n), (docs, np.arange(n))), shape=(n_docs, n)) @ matrix
    by_doc.data[:] = 1.0
    weight = np.asarray(by_doc.sum(axis=0)).ravel()
    df = weight.copy()
    if lead:
        # each article containing the concept adds lead / (index of its first sentence there + 1)
        index = np.fromiter((s.index for s in cluster.sentences), np.float64, n)
        coo = matrix.tocoo()
        key = docs[coo.row].astype(np.int64) * unique.size + coo.col
        order = np.lexsort((index[coo.row], key))
        key, first_rows = key[order], coo.row[order]
        head = np.r_[True, key[1:] != key[:-1]]
        bonus = np.zeros(unique.size)
        np.add.at(bonus, (key[head] % unique.size), lead / (index[first_rows[head]] + 1.0))
        weight = weight + bonus
    if unigrams and unigram_weight != 1.0:
        weight = np.where(unique < width, weight * unigram_weight, weight)  # unigram codes are < width
    weight[df < min(min_df, n_docs)] = 0.0
    return matrix, weight ** power, unique >= phrase_from


class CoverageGain:
    """Marginal gain for the shared selector (``select``'s gain hook).

    ``values(relevance)`` = (w * relevance + (1 - w) * coverage gain / initial best
    coverage gain) / (length / mean length) ** r, for the sentences not yet picked;
    ``picked(row)`` marks the concepts of ``row`` as covered. Phrase concepts count once
    ``phrase_after`` lines are picked (the scale comes from content concepts alone).
    ``opening``: a factor on each sentence's gain for the first pick only.
    """

    def __init__(self, cluster: Cluster, weight: float, length_exponent: float, renormalise: bool = False, prior: np.ndarray | None = None,
                 redundancy_cap: float | None = None, novelty_weight: float = 1.0, phrase_after: int = PHRASE_AFTER,
                 late_floor: tuple[float, float] | None = None, opening: np.ndarray | None = None, **concepts) -> None:
        # read by the selector: its cap (None: the selector's own), the weight of its
        # similarity penalty, and (share of the budget, least relevance) for the end
        self.redundancy_cap = redundancy_cap
        self.novelty_weight = novelty_weight
        self.late_floor = late_floor
        self.matrix, concept_weight, self.phrase = concept_matrix(cluster, **concepts)
        self.phrase_after = phrase_after
        self.opening = opening
        self.picks = 0
        self.renormalise = renormalise
        self.uncovered = concept_weight.copy()
        self.weight = weight
        lengths = np.maximum(cluster.lengths.astype(np.float64), 1.0)
        self.cost = (lengths / lengths.mean()) ** length_exponent if lengths.size else lengths
        if prior is not None:
            self.cost = self.cost / prior
        first = self.coverage()
        top = first.max() if first.size else 0.0
        self.scale = 1.0 / top if top > 0 else 0.0

    def coverage(self) -> np.ndarray:
        """Weight of the still uncovered concepts of each sentence."""
        if self.matrix.shape[1] == 0:
            return np.zeros(self.matrix.shape[0])
        uncovered = self.uncovered
        if self.picks < self.phrase_after:
            uncovered = np.where(self.phrase, 0.0, uncovered)
        return np.asarray(self.matrix @ uncovered).ravel()

    def values(self, relevance: np.ndarray) -> np.ndarray:
        covered = self.coverage()
        if self.renormalise:
            top = covered.max()
            covered = covered / top if top > 0 else covered
        else:
            covered = covered * self.scale
        rel = np.where(np.isfinite(relevance), relevance, 0.0)
        gain = (self.weight * rel + (1.0 - self.weight) * covered) / self.cost
        if self.picks == 0 and self.opening is not None:
            gain = gain * self.opening
        return np.where(np.isfinite(relevance), gain, -np.inf)

    def picked(self, row: int) -> None:
        self.picks += 1
        if self.matrix.shape[1]:
            self.uncovered[self.matrix[row].indices] = 0.0
