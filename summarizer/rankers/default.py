"""The project's own method: centrality x lead prior, plus concept coverage, under MMR.

relevance = (centroid cosine + LexRank score, each scaled to [0, 1])
            x position prior x fragment penalty; sentences under MIN_WORDS, and text that
            does not end a sentence (cut off by the page or the feed), never picked.

- Centroid (Radev et al. 2004): what the cluster as a whole is about.
- LexRank (Erkan & Radev 2004): sentences that many other sentences resemble.
- Position prior: news puts the main facts first (the lead; Edmundson 1969,
  Brandow et al. 1995); the prior decays with a sentence's index in its article.
- Fragment penalty: a line that needs context it does not carry (the tail of a quote,
  a sentence opening with a pronoun or "But"/"And" pointing back, a question) reads
  badly out of its article.

Selection uses the shared selector (``summarizer.select``) with a marginal-gain hook:
each step's gain mixes that relevance with concept coverage (``rankers.coverage``:
cross-outlet bigram concepts, Gillick & Favre 2009), divided by length ** r (Lin &
Bilmes 2010); MMR novelty (Carbonell & Goldstein 1998) and a redundancy cap apply on
top, with this method's own novelty weight and cap carried by the gain.
"""

from __future__ import annotations

import re

import numpy as np

from summarizer.events import apart_from_main
from summarizer.rankers.centrality import lexrank, similarity_graph
from summarizer.rankers.centroid import centroid_scores
from summarizer.rankers.coverage import CoverageGain
from summarizer.represent import Cluster
from summarizer.select import GainScores

# Weight of the lead prior: relevance is multiplied by 1 + POSITION_WEIGHT / (index + 1).
# Tuned: scripts/tune.py coarse grid {0.5, 1, 2} x the other constants, first 120
# clusters of Multi-News and NeuS validation; 1.0 best on the R-2 sum (MN 16.91, NeuS
# 18.15), 0.5 and 2.0 within 0.3 on both (flat). Full-set check: 1.0 -> MN 16.47,
# NeuS 19.23 R-2; 1.5 -> 16.59 / 19.20 (kept 1.0: equal within noise, not better on both).
# Re-checked after the ROUGE-Porter stemmer change (1.0 -> 16.45 / 19.21): the shape
# 1 + w * exp(-d * index) (``decay``) with w=1, d=0.3 -> 16.51 / 19.15, d=0.7 -> 16.16 /
# 19.18; w=2, d=0.5 -> 16.23 / 19.18, so the 1 / (index + 1) shape stays.
POSITION_WEIGHT = 1.0
# Share of relevance (vs concept coverage) in each step's gain. Tuned on the same grid
# {0.25, 0.5, 0.75}: 0.5 best on both datasets. Full-set check: 0.4 -> 16.52 / 18.89,
# 0.6 -> 16.20 / 19.11 R-2 (MN / NeuS), so 0.5 sits on the plateau. Re-checked after
# the stemmer change (0.5 -> 16.45 / 19.21): 0.4 -> 16.50 / 18.86, 0.6 -> 16.23 / 19.08.
# MMR lambda (options.DEFAULT_LAMBDA 0.7, shared): 0.6 -> 16.62 / 19.17 (NeuS 2nd half
# -0.09), 0.8 -> 16.44 / 19.18; not better on both, left at 0.7. Centroid/LexRank mix
# 0.3 -> 16.49 / 19.24 (MN 1st half -0.10), 0.7 -> 16.39 / 18.93: 0.5 stays.
RELEVANCE_WEIGHT = 0.5
# r in gain / (length / mean length) ** r (Lin & Bilmes 2010's cost scaling). Tuned on
# the same grid {0, 0.5, 1}: 0.5 best on both datasets (1.0 loses ~0.5 R-2 on NeuS's
# 65-word budget, 0 loses ~0.4-0.6 on both). Full-set check: 0.35 -> 16.32 / 19.25,
# 0.65 -> 16.33 / 19.25 R-2 (flat).
LENGTH_EXPONENT = 0.5
# Relevance of a sentence that reads as a fragment out of context is multiplied by this.
# Tuned on the same grid {0.5, 1}: 0.5 cost ~0.4 R-2 on Multi-News for +-0.05 on NeuS;
# full sets: 0.5 -> 16.23 / 19.05, 0.8 -> 16.39 / 19.18, quote/question rules alone at
# 0.8 -> 16.34 / 19.25 (MN / NeuS R-2), all no better on both, so off (1.0).
FRAGMENT_PENALTY = 1.0
# Sentences shorter than this (in words) are never picked: datelines, captions, "He
# declined." Fixed a priori (not tuned), as the sentence-length filters of Gillick &
# Favre 2009 and most extractive systems. (Checked: 3 -> 16.55 / 19.11, 10 -> 16.16 /
# 19.29 R-2 on the full sets; 6 is between.)
MIN_WORDS = 6
# Novelty weight: MMR's similarity penalty (1 - lambda) * max similarity is multiplied
# by this for this method only (the shared lambda and --lambda keep working; at the
# shared 0.7 it picks about as plain MMR at lambda 0.6). Tuned with REDUNDANCY_CAP on the
# full sets after the stemmer change (scripts/tune.py --grid novelty; R-2 MN / NeuS,
# 1.0 and cap 0.5 -> 16.45 / 19.21): 1.5 -> 16.56 / 19.29, better on both halves of
# both sets, R-1 too; 1.3 -> 16.50 / 19.30, 1.8 -> 16.59 / 19.26 (a plateau). Alone
# (cap 0.5) 1.5 -> 16.58 / 19.17: NeuS loses.
NOVELTY_WEIGHT = 1.5
# This method's own redundancy cap (the selector's ``select.REDUNDANCY_CAP`` 0.5 stays for
# the other methods). With NOVELTY_WEIGHT 1.5: 0.55 -> 16.57 / 19.28, 0.6 -> 16.56 /
# 19.29, 0.65 -> 16.52 / 19.29; alone (novelty 1.0) 0.6 -> 16.41 / 19.33: MN loses.
REDUNDANCY_CAP = 0.6
# The end of the budget: once LATE_SHARE of it is used, a line is picked only if its
# relevance is at least LATE_FLOOR on the selector's [0, 1] scale over the candidates.
# Otherwise the last lines of a digest are the short sentences that happen to fit what
# is left ("France was one of the first.", "There is some ambiguity in this
# formulation."), picked because they fit and share nothing with the lines before; with
# nothing relevant left the digest ends short of its budget. Tuned on the full sets
# (scripts/tune.py --grid late; R-2 Multi-News / NeuS, before 17.20 / 19.40): at share
# 0.7, floor 0.1 / 0.15 / 0.2 / 0.3 -> 17.23 / 19.54, 17.25 / 19.59, 17.24 / 19.60,
# 17.19 / 19.60; 0.15 is the one better on both halves of both sets. Share 0.65 ->
# 17.14 / 19.60 (Multi-News clusters too small to fill the budget then lose lines),
# 0.75 -> 17.24 / 19.51; the floor from the first line (share 0) -> 16.78 / 19.89.
LATE_SHARE = 0.7
LATE_FLOOR = 0.15
# A digest opens with its story's main event. An article whose lead names another single
# weekday, more than a day from the one most articles name (``events.main_event``),
# reports another episode of the story line in the same words (the seeds' Tuesday call
# beside four reports of Thursday's), and centrality cannot tell it from the story: it
# was the seeds' first pick from 40 words on (cleaned). For the first pick only, such an
# article's gains are multiplied by this: a main-event line opens the digest whenever one
# fits, and the other event's lines compete as before for the rest. Not tuned: any
# factor this small orders the opening lexicographically (main event first, then the
# gain). With --lambda 0 (novelty only) the first pick ignores every gain, this one too.
OTHER_EVENT_OPENING = 1e-6

# A line must be a whole sentence (``is_whole``): it ends with terminal punctuation, possibly
# followed by closing quotes or brackets, does not close a quotation it did not open, and
# does not start a quotation that goes on past its end. Text cut off by its source (a
# feed's "opening paragraph" that stops mid-sentence: "As The Post's Philip Rucker, Robert
# Costa and"), quote tails and quote openings without their speaker (named where the
# quotation ends, in a later sentence) are never picked. A readability rule, not tuned;
# its cost on the full sets (scripts/tune.py --grid whole; the later rules measured with
# --grid final against the commit before each, R-1 / R-2):
# Multi-News 46.35 / 16.56 -> 46.38 / 16.43 (quote tails alone -0.13 R-2), NeuS 41.29 /
# 19.29 -> 41.34 / 19.38; quote openings, once phrase concepts were in: Multi-News 47.13 /
# 17.10 -> 47.03 / 16.94, NeuS 41.35 / 19.37 -> 41.33 / 19.33; quote tails in straight
# quotes that close mid-line ('item," he said.', as the curly-quote rule already did):
# 46.99 / 16.86, 41.35 / 19.32. Questions ("Is the USA really only the 21st best
# country in the world?") state nothing and are never picked either: 46.97 / 16.83,
# 41.33 / 19.31. Nor is a dependent clause standing
# alone ("Because it may be time we all moved to Sweden."): no change on either set; nor
# is the rest of a sentence starting in lower case ("who was involved in the effort.",
# 19 candidates in Multi-News, 1 in NeuS): 47.30 / 17.22 -> 47.31 / 17.23, NeuS unchanged.
# A curly quotation closed by a straight mark (mixed styles: 'the \u201cdecision was
# flawed."') is whole, not a quote tail (``_quote_marks``; 19 more candidates in
# Multi-News, 6 in NeuS, all whole sentences): 47.36 / 17.23 -> 47.38 / 17.25, NeuS unchanged;
# and one opened by a straight mark and closed by a curly one ('"We will appeal,\u201d she
# said.'; 18 more in Multi-News, 2 in NeuS, all whole): 47.32 / 17.22 -> 47.31 / 17.20, NeuS
# unchanged (kept: the rule is there for the reader, and these lines read whole).
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")
# A transcript's speaker label, or a section label in capitals, before the line's words:
# "PRESIDENT OBAMA: Great to be here." The label is not what the line says, so it does not
# count towards MIN_WORDS (a turn of "Thank you so much." is a greeting, not news).
_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'\- ]{2,40}:\s")

_BACK_REFERENCE = frozenset(
    "he she it they them his her its their this that these those but and or so yet also"
    " however still then meanwhile instead both such there".split()
)
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")
_CLOSE_QUOTE = re.compile(r"[\"”’']\W*$")


def scale(values: np.ndarray) -> np.ndarray:
    """Values scaled into [0, 1] by their maximum (all zeros stay zeros)."""
    top = values.max() if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def position_prior(cluster: Cluster, weight: float = POSITION_WEIGHT, decay: float | None = None) -> np.ndarray:
    index = np.fromiter((s.index for s in cluster.sentences), dtype=np.float64, count=len(cluster.sentences))
    if decay is not None:
        return 1.0 + weight * np.exp(-decay * index)
    return 1.0 + weight / (index + 1.0)


def is_fragment(text: str, back_reference: bool = True) -> bool:
    """True for a line that leans on context it does not carry: it ends a quotation it
    did not open, opens one it does not close, is a question, starts in lower case (as
    :func:`is_whole` reads it: brands such as "iPhone" do not), or
    starts with a word pointing back ("He", "This", "But", "And", ...)."""
    text = text.strip()
    if not text:
        return True
    marks = opened, closed, straight = _quote_marks(text)
    if _CLOSE_QUOTE.search(text) and text.rstrip()[-1] != "'" and (straight % 2 == 1 or closed > opened):
        return True
    if _opens_quote_past_end(text, marks):
        return True
    if is_question(text):
        return True
    if not back_reference:
        return False
    match = _FIRST_WORD.match(text)
    return match is None or _starts_lower(text) or match.group(1).lower() in _BACK_REFERENCE


def fragment_prior(cluster: Cluster, penalty: float = FRAGMENT_PENALTY, back_reference: bool = True) -> np.ndarray:
    if penalty == 1.0:
        return np.ones(len(cluster.sentences))
    return np.fromiter((penalty if is_fragment(s.text, back_reference) else 1.0 for s in cluster.sentences), np.float64, len(cluster.sentences))


def relevance_scores(
    cluster: Cluster, position_weight: float = POSITION_WEIGHT, fragment_penalty: float = FRAGMENT_PENALTY,
    back_reference: bool = True, mix: float = 0.5, decay: float | None = None, whole_only: bool = True,
) -> np.ndarray:
    centrality = lexrank(similarity_graph(cluster.tfidf))
    relevance = 2 * (1 - mix) * scale(centroid_scores(cluster.tfidf)) + 2 * mix * scale(centrality)
    relevance = scale(relevance * position_prior(cluster, position_weight, decay) * fragment_prior(cluster, fragment_penalty, back_reference))
    candidates = candidate_mask(cluster, whole_only)
    return np.where(candidates, relevance, -np.inf) if candidates.any() else relevance


def is_whole(text: str) -> bool:
    """True for a line that stands as a sentence of its own: it ends as a sentence ends,
    does not close a quotation it did not open (the tail of a quote that the splitter cut
    into sentences: 'Looking forward to working closely with Secretary Hegseth.\u201d') and
    does not open with a quotation that goes on past its end ('\u201cWe reviewed the
    ongoing defence cooperation.' whose speaker is named in a later sentence) and does
    not start in lower case (the rest of a sentence the page or the splitter cut)."""
    text = text.strip()
    if _SENTENCE_END.search(text) is None:
        return False
    marks = opened, closed, straight = _quote_marks(text)
    if closed > opened or (straight % 2 == 1 and _closes_first(text)):
        return False  # a quote tail
    if _starts_lower(text):
        return False  # the rest of a sentence cut before it
    return not _opens_quote_past_end(text, marks)


_LEAD_IN = "\"'\u201c\u2018([\u2014\u2013- "


def _starts_lower(text: str) -> bool:
    """The first word, past opening quotes, brackets and dashes, is a lower-case word
    ("who was involved in the effort.", "\u2014 with the crowd yelling along."), not a
    brand written with an inner capital ("iPhone", "eBay")."""
    words = text.lstrip(_LEAD_IN).split(maxsplit=1)
    return bool(words) and words[0][0].islower() and not any(ch.isupper() for ch in words[0])


def is_question(text: str) -> bool:
    """True for a sentence that ends with a question mark (before any closing quotes)."""
    return text.rstrip().rstrip("\"'\u201d\u2019)]").endswith("?")


_DEPENDENT_CLAUSE = re.compile(r"^[\"'\u201c]?(?:Because(?! of)|Although|Though|Whereas|Unless)\b[^,;:]*$")


def is_dependent_clause(text: str) -> bool:
    """True for a dependent clause written as a sentence: it opens with a subordinating
    conjunction and has no comma, colon or semicolon before which a main clause could end
    ("Because it may be time we all moved to Sweden."; "Because of the storm, ..." and
    "Although he won, ..." are sentences)."""
    return _DEPENDENT_CLAUSE.match(text.strip()) is not None


def _quote_marks(text: str) -> tuple[int, int, int]:
    """Opening curly, closing curly and straight double quotes of ``text``. A straight mark
    left over (an odd count) pairs with a curly mark left over: it closes a curly quotation
    still open, or opens the one a curly mark closes. Pages mix the styles ('... that the
    \u201cdecision was based on a flawed premise."', '"We will appeal,\u201d she said.'), and
    such a line is whole, not a quote tail."""
    opened, closed, straight = text.count("\u201c"), text.count("\u201d"), text.count('"')
    if straight % 2 == 1 and opened > closed:
        closed, straight = closed + 1, straight - 1
    elif straight % 2 == 1 and closed > opened:
        opened, straight = opened + 1, straight - 1
    return opened, closed, straight


def _opens_quote_past_end(text: str, marks: tuple[int, int, int]) -> bool:
    """``text`` starts with a quotation mark whose quotation it does not close
    (``marks``: its :func:`_quote_marks`)."""
    opened, closed, straight = marks
    if text.startswith("\u201c"):
        return opened > closed
    return text.startswith('"') and straight % 2 == 1


def _closes_first(text: str) -> bool:
    """The first straight double quote of ``text`` closes a quotation: it comes right after
    a word or punctuation ('item," he said.'), not after a space or at the start."""
    k = text.find('"')
    return k > 0 and not text[k - 1].isspace()


def is_short_turn(text: str) -> bool:
    """A line under MIN_WORDS words once a speaker label in capitals is set aside
    ("PRESIDENT OBAMA: Thank you so much.")."""
    label = _SPEAKER_LABEL.match(text)
    return label is not None and len(text[label.end():].split()) < MIN_WORDS


def candidate_mask(cluster: Cluster, whole_only: bool = True) -> np.ndarray:
    """Sentences this method may pick: at least MIN_WORDS words and, with ``whole_only``,
    whole sentences (:func:`is_whole`) that are not questions (:func:`is_question`),
    dependent clauses (:func:`is_dependent_clause`) nor a speaker's short turn
    (:func:`is_short_turn`). When that leaves nothing, the caller
    falls back to all. Each distinct text is judged once (syndicated copies repeat them)."""
    mask = cluster.lengths >= MIN_WORDS
    if whole_only:
        verdicts: dict[str, bool] = {}
        for i, sentence in enumerate(cluster.sentences):
            ok = verdicts.get(sentence.text)
            if ok is None:
                text = sentence.text
                ok = verdicts[text] = (is_whole(text) and not is_question(text) and not is_dependent_clause(text)
                                       and not is_short_turn(text))
            mask[i] &= ok
    return mask


def opening_prior(cluster: Cluster, factor: float = OTHER_EVENT_OPENING) -> np.ndarray:
    """Per sentence: ``factor`` for one of an article reporting another event than the
    story's main one (:func:`summarizer.events.apart_from_main`), else 1."""
    per_article = np.where(apart_from_main(cluster.event_days), factor, 1.0)
    return per_article[cluster.doc_ids()] if len(cluster.sentences) else np.ones(0)


def default_scores(
    cluster: Cluster,
    *,
    position_weight: float = POSITION_WEIGHT,
    relevance_weight: float = RELEVANCE_WEIGHT,
    length_exponent: float = LENGTH_EXPONENT,
    fragment_penalty: float = FRAGMENT_PENALTY,
    back_reference: bool = True,
    novelty_weight: float = NOVELTY_WEIGHT,
    redundancy_cap: float | None = REDUNDANCY_CAP,
    late_floor: tuple[float, float] | None = (LATE_SHARE, LATE_FLOOR),
    **coverage_options,
) -> np.ndarray:
    """Relevance scores carrying the coverage gain hook for the shared selector.
    ``coverage_options`` go to :class:`CoverageGain` (for experiments)."""
    if coverage_options.pop("prior_on_gain", False):
        coverage_options["prior"] = position_prior(cluster, position_weight)
        position_weight = 0.0
    coverage_options.setdefault("opening", opening_prior(cluster))
    relevance = relevance_scores(cluster, position_weight, fragment_penalty, back_reference, coverage_options.pop("mix", 0.5),
                                 coverage_options.pop("decay", None), coverage_options.pop("whole_only", True))
    return GainScores.wrap(relevance, lambda: CoverageGain(cluster, relevance_weight, length_exponent, redundancy_cap=redundancy_cap,
                                                           novelty_weight=novelty_weight, late_floor=late_floor,
                                                           **coverage_options))


def centrality_scores(cluster: Cluster) -> np.ndarray:
    """This project's LexRank alone (no centroid, no prior), for comparison."""
    return lexrank(similarity_graph(cluster.tfidf))
