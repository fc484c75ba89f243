"""Hand-computed micro cases for the default method's pieces: concept coverage, the
selector's marginal-gain hook, the position prior and fragment detection."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import Article, Options
from summarizer.pipeline import prepare
from summarizer.rankers.coverage import CoverageGain, concept_matrix, rouge_units
from summarizer.rankers.default import (
    default_scores, is_dependent_clause, is_fragment, is_question, is_short_turn, is_whole, position_prior,
)
from summarizer.select import Budget, GainScores, select


def cluster_of(*docs: list[str]):
    articles = [Article(text=" ".join(sentences), path=f"d{i}") for i, sentences in enumerate(docs)]
    cluster, _ = prepare(articles, Options(clean=False))
    return cluster


@pytest.fixture
def floods():
    # rows: 0 storm/flood (d0), 1 mayor/rescue (d0), 2 storm/flood (d1: the same words, another
    # text, so only similarity, not the selector's same-text rule, sees the repeat),
    # 3 rescue/saved (d1), 4 mayor/rescue (d2)
    return cluster_of(
        ["Storm floods river town.", "Mayor praises rescue crews."],
        ["Storm floods river town!", "Rescue crews saved residents."],
        ["Mayor praises rescue crews."],
    )


def test_concept_weights_count_articles(floods):
    matrix, weight, phrase = concept_matrix(floods)
    assert not phrase.any()  # no stop word in these sentences: no phrase concept
    assert matrix.shape == (5, 8)  # 8 distinct bigrams of stemmed content words
    # (rescue, crews) is in all three articles; (crews, saved) and (saved, residents) in one only -> 0
    assert sorted(weight.tolist()) == [0, 0, 2, 2, 2, 2, 2, 3]


def test_concept_weight_options_lead_bonus_and_unigram_share(floods):
    # lead bonus: each article adds lead / (index of the concept's first sentence there + 1)
    _, weight, _ = concept_matrix(floods, lead=1.0)
    # storm/flood bigrams: 2 articles, index 0 in both -> 2 + 1 + 1; mayor/praise: d0 index 1,
    # d2 index 0 -> 2 + 0.5 + 1; (rescue, crews): 3 + 0.5 + 0.5 + 1
    assert sorted(weight.tolist()) == [0, 0, 3.5, 3.5, 4, 4, 4, 5]
    _, plain, _ = concept_matrix(floods)
    assert np.array_equal(concept_matrix(floods, lead=0.0)[1], plain)
    # unigram concepts at half weight: bigram weights unchanged, unigrams (df 2 or 3) halved
    matrix, weight, _ = concept_matrix(floods, unigrams=True, unigram_weight=0.5)
    assert matrix.shape[1] == 18
    assert sorted(weight.tolist()) == [0] * 4 + [1] * 6 + [1.5, 1.5] + [2] * 5 + [3]


@pytest.fixture
def storm():
    # d0: officials said the storm hit the coast / crews worked through the night
    # d1: the storm hit the coast on friday officials said
    return cluster_of(
        ["Officials said the storm hit the coast.", "Crews worked through the night."],
        ["The storm hit the coast on Friday, officials said."],
    )


def test_phrase_concepts_are_bigrams_with_a_stop_word(storm):
    matrix, weight, phrase = concept_matrix(storm)
    # content bigrams (stop words out, stemmed; "through" is a stop word): d0 (offici,said)
    # (said,storm) (storm,hit) (hit,coast) (crew,work) (work,night); d1 (storm,hit)
    # (hit,coast) (coast,friday) (friday,offici) (offici,said) -> 8 distinct, 3 in both articles
    assert int((~phrase).sum()) == 8
    assert sorted(weight[~phrase].tolist()) == [0] * 5 + [2] * 3
    # phrase bigrams: d0 (said,the) (the,storm) (hit,the) (the,coast) (work,through)
    # (through,the) (the,night); d1 (the,storm) (hit,the) (the,coast) (coast,on) (on,friday)
    # -> 9 distinct; "the storm", "hit the", "the coast" in both articles
    assert int(phrase.sum()) == 9
    assert sorted(weight[phrase].tolist()) == [0] * 6 + [2] * 3
    shared = matrix[:, np.flatnonzero(phrase & (weight > 0))].toarray()
    assert shared.sum(axis=1).tolist() == [3, 0, 3]  # both storm sentences, not the crews one


def test_rouge_units_split_inner_apostrophes_and_hyphens():
    assert rouge_units(("trump's", "well-known", "u", "s", "2024", "o’brien")) == (
        "trump", "s", "well", "known", "u", "s", "2024", "o", "brien")
    assert rouge_units(()) == ()


def test_concepts_are_shared_across_possessive_and_hyphen_forms():
    # ROUGE-1.5.5 reads "Trump's aides" as "trump s aides" and "vote-counting" as "vote
    # counting": the concepts (trump, aid) and (vote, count) are in both articles.
    cluster = cluster_of(
        ["Trump's aides halted vote-counting today."],
        ["Trump aides halted vote counting."],
    )
    matrix, weight, phrase = concept_matrix(cluster)
    content = ~phrase
    # d0: (trump,aid) (aid,halt) (halt,vote) (vote,count) (count,todai); d1: the first four
    # -> 5 distinct, 4 in both articles (with whole words, only (aid,halt) was shared)
    assert int(content.sum()) == 5
    assert sorted(weight[content].tolist()) == [0, 2, 2, 2, 2]


def test_phrase_concepts_count_from_the_third_line(storm):
    gain = CoverageGain(storm, weight=0.0, length_exponent=0.0, phrase_after=2)
    assert gain.coverage().tolist() == [6, 0, 6]  # content only: (offici,said) (storm,hit) (hit,coast)
    gain.picked(1)
    assert gain.coverage().tolist() == [6, 0, 6]
    gain.picked(2)  # covers everything row 0 has; from now on phrase concepts count too
    assert gain.coverage().tolist() == [0, 0, 0]
    fresh = CoverageGain(storm, weight=0.0, length_exponent=0.0, phrase_after=0)
    assert fresh.coverage().tolist() == [6 + 6, 0, 6 + 6]  # + the three shared phrase concepts


def test_coverage_gain_new_vs_already_covered(floods):
    gain = CoverageGain(floods, weight=0.0, length_exponent=0.0)
    assert gain.coverage().tolist() == [6, 7, 6, 3, 7]
    gain.picked(1)  # mayor praises rescue crews: covers (mayor,praise) (praise,rescue) (rescue,crew)
    assert gain.coverage().tolist() == [6, 0, 6, 0, 0]  # row 3 only had (rescue,crew) left worth anything
    gain.picked(0)
    assert gain.coverage().tolist() == [0, 0, 0, 0, 0]


def test_gain_mixes_relevance_and_divides_by_length(floods):
    gain = CoverageGain(floods, weight=0.5, length_exponent=1.0)
    relevance = np.array([1.0, 0.0, 1.0, 0.5, -np.inf])
    values = gain.values(relevance)
    # lengths are all 4 words -> cost 1; coverage scaled by the best first gain (7)
    assert values[:4] == pytest.approx([0.5 + 0.5 * 6 / 7, 0.5 * 7 / 7, 0.5 + 0.5 * 6 / 7, 0.25 + 0.5 * 3 / 7])
    assert values[4] == -np.inf


def test_selector_gain_hook_changes_picks_after_each_pick(floods):
    picks = select(floods, np.ones(5), Budget(words=8), mmr_lambda=1.0, gain=CoverageGain(floods, 0.0, 0.0))
    rows = [p.row for p in picks]
    assert rows[0] in (1, 4) and rows[1] in (0, 2)  # 7 first, then the other story (6), not a near copy


@pytest.mark.parametrize("budget", [Budget(words=15), Budget(words=40), Budget(chars=120), Budget(sentences=3)])
@pytest.mark.parametrize("lam", [0.0, 0.7, 1.0])
def test_selector_with_gain_never_exceeds_budget_or_repeats(budget, lam):
    rng = np.random.default_rng(0)
    vocabulary = "storm flood river town mayor rescue crew resident bridge road power school".split()
    docs = [[" ".join(rng.choice(vocabulary, size=int(rng.integers(3, 12)))).capitalize() + "." for _ in range(6)] for _ in range(4)]
    cluster = cluster_of(*docs)
    scores = default_scores(cluster)
    assert isinstance(scores, GainScores)
    picks = select(cluster, scores, budget, mmr_lambda=lam)
    rows = [p.row for p in picks]
    assert rows and len(rows) == len(set(rows))
    if budget.words:
        assert cluster.lengths[rows].sum() <= budget.words
    if budget.chars:
        assert len("\n".join(cluster.sentences[r].text for r in rows)) <= budget.chars
    if budget.sentences:
        assert len(rows) <= budget.sentences


def test_arithmetic_on_gain_scores_gives_plain_arrays(floods):
    scores = default_scores(floods)
    assert type(scores * 2.0) is np.ndarray and type(np.asarray(scores, dtype=float)) is np.ndarray


def test_position_prior_is_monotone():
    cluster = cluster_of([f"Sentence number {i} of the first article says something." for i in range(8)])
    prior = position_prior(cluster, 0.5)
    assert prior[0] == pytest.approx(1.5) and prior[1] == pytest.approx(1.25)
    assert np.all(np.diff(prior) < 0)
    assert np.all(position_prior(cluster, 0.0) == 1.0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The storm flooded the river town on Monday, officials said.", False),
        ('"We lost everything," said one resident of the town.', False),
        ("“We lost everything,” said one resident of the town.", False),
        ('he said, adding that crews would work through the night."', True),
        ("it will take months to rebuild the bridge,” she said, “and we are ready.”", True),
        ("He said the town would rebuild the bridge within a year.", True),
        ("But the mayor said the town would rebuild within a year.", True),
        ("And the rain is expected to continue through Friday night.", True),
        ("Will the town rebuild the bridge before the winter comes?", True),
        ('"We will rebuild the bridge before winter comes," he said.', False),
        ("Those who stayed were rescued by boat on Tuesday morning.", True),
        ("Theresa May visited the town on Tuesday morning.", False),
    ],
)
def test_fragment_detection(text, expected):
    assert is_fragment(text) is expected


class _FixedGain:
    """A gain favouring rows 0 and 2 (the same words in two articles)."""

    def __init__(self, redundancy_cap=None, novelty_weight=1.0, late_floor=None):
        self.redundancy_cap, self.novelty_weight, self.late_floor = redundancy_cap, novelty_weight, late_floor

    def values(self, relevance):
        return np.array([1.0, 0.1, 0.9, 0.1, 0.1])

    def picked(self, row):
        pass


def test_gain_carries_its_own_redundancy_cap_and_novelty_weight(floods):
    rows = lambda gain, lam=1.0: [p.row for p in select(floods, np.ones(5), Budget(words=8), mmr_lambda=lam, gain=gain)]
    assert rows(_FixedGain())[:1] == [0] and 2 not in rows(_FixedGain())  # shared cap 0.5: the copy is out
    assert rows(_FixedGain(redundancy_cap=1.01)) == [0, 2]  # the gain's own cap lets it in
    # novelty weight: at lambda 0.9 the copy (similarity 1) wins against a 0.1 novel line
    # with plain MMR (0.9 * 0.9 - 0.1 * 1 > 0.9 * 0.1) but not when novelty weighs 10x
    assert rows(_FixedGain(redundancy_cap=1.01), 0.9)[:2] == [0, 2]
    assert rows(_FixedGain(redundancy_cap=1.01, novelty_weight=10.0), 0.9)[1] != 2


def test_late_floor_keeps_irrelevant_lines_out_of_the_end_of_the_budget(floods):
    # relevance (scaled over the candidates): rows 0-2 relevant, rows 3 and 4 not
    relevance = np.array([1.0, 0.9, 0.8, 0.1, 0.0])
    rows = lambda gain, budget: [p.row for p in select(floods, relevance, budget, mmr_lambda=1.0, gain=gain)]
    no_floor = rows(_FixedGain(redundancy_cap=1.01), Budget(words=20))
    assert 3 in no_floor or 4 in no_floor  # without the floor the budget is filled with them
    late = _FixedGain(redundancy_cap=1.01, late_floor=(0.5, 0.5))
    assert rows(late, Budget(words=20)) == [0, 2, 1]  # past half the budget only relevant lines
    # before the share is reached the floor does not apply: a first line may be irrelevant
    first = [p.row for p in select(floods, relevance[::-1], Budget(sentences=2), mmr_lambda=1.0, gain=late)]
    assert first == [0, 2]  # row 0 (relevance 0) is picked first, only then does the floor apply
    assert 3 in rows(_FixedGain(redundancy_cap=1.01, late_floor=(0.9, 0.5)), Budget(words=20))
    # any budget in force counts: 2 of 3 sentences is past half of that budget
    assert rows(late, Budget(sentences=3)) == [0, 2, 1]
    # a budget of nothing: no line, no error
    assert rows(late, Budget(words=0)) == [] and rows(late, Budget(chars=0)) == []
    # methods without novelty (the baselines) never see the floor
    plain = [p.row for p in select(floods, relevance, Budget(words=20), mmr_lambda=1.0, novelty=False, gain=late)]
    assert 3 in plain or 4 in plain


def test_default_method_carries_its_cap_novelty_weight_and_late_floor(floods):
    from summarizer.rankers import default as D
    gain = default_scores(floods).marginal_gain()
    assert gain.redundancy_cap == D.REDUNDANCY_CAP and gain.novelty_weight == D.NOVELTY_WEIGHT
    assert gain.late_floor == (D.LATE_SHARE, D.LATE_FLOOR)


def test_text_cut_off_mid_sentence_is_never_picked():
    # d0's last line is the most central text of the cluster but stops mid-sentence (a feed
    # cut it off); the default method must pass it over for a whole sentence.
    cluster = cluster_of(
        ["Rescue crews saved residents of the river town.",
         "Storm floods river town as crews rescue residents from the rising water and"],
        ["Storm floods river town as crews rescue residents from rising water."],
    )
    scores = np.asarray(default_scores(cluster))
    texts = [s.text for s in cluster.sentences]
    cut = texts.index("Storm floods river town as crews rescue residents from the rising water and")
    assert scores[cut] == -np.inf
    assert np.isfinite(np.delete(scores, cut)).all()
    picks = select(cluster, default_scores(cluster), Budget(words=100), mmr_lambda=0.7)
    assert cut not in [p.row for p in picks] and picks


def test_cut_off_text_is_still_used_when_nothing_else_is_left():
    cluster = cluster_of(["Storm floods the river town while crews rescue the residents and"])
    assert np.isfinite(np.asarray(default_scores(cluster))).all()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rescue crews saved residents of the river town.", True),
        ("\u201cWe saved everyone we could,\u201d the mayor said.", True),
        ('"We saved everyone," she said.', True),
        ("Looking forward to working closely with Secretary Hegseth.\u201d", False),
        ('Looking forward to working closely with Secretary Hegseth."', False),
        ("As The Post's Philip Rucker, Robert Costa and", False),
        ("The mayor listed three priorities:", False),
        ("\u201cWe reviewed the ongoing defence cooperation.", False),  # the quote goes on
        ('"We reviewed the ongoing defence cooperation.', False),
        ("Singh said: \u201cWe reviewed the ongoing defence cooperation.", True),  # speaker named
        ('"Yes." "No."', True),
        ('They recognized it was a collector\'s item," he said.', False),  # a quote tail
        ('The "best" team said "we will win.', True),  # the open quote has its speaker
        ('The judge said the \u201cdecision rested on a flawed premise."', True),  # mixed quote styles
        ('\u201cThe decision rested on a flawed premise," the judge said.', True),
        ('"The decision rested on a flawed premise,\u201d the judge said.', True),
        ('the premise,\u201d the judge said of the "ruling.', False),  # still a tail (and lower case)
        ("who was involved in the three-year rescue effort.", False),  # the rest of a sentence
        ("— with the crowd cheering the crews along.", False),
        ("iPhone sales rose five percent in May.", True),  # a brand with an inner capital
        ("eBay said it would appeal the ruling.", True),
    ],
)
def test_whole_sentence_rule(text, expected):
    assert is_whole(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Is the USA really only the 21st best country in the world?", True),
        ('"Is there something wrong with it?" fan Jordan Deuschleman asked.', False),
        ("\u201cWho would do this?\u201d", True),
        ("The mayor asked why the dam failed.", False),
    ],
)
def test_question_rule(text, expected):
    assert is_question(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Because it may be time we all moved to Sweden.", True),
        ("Although the river rose again overnight.", True),
        ("Because of the storm the flight was delayed.", False),
        ("Although he won, the margin was thin.", False),
        ("The dam held because crews worked all night.", False),
    ],
)
def test_dependent_clause_rule(text, expected):
    assert is_dependent_clause(text) is expected



@pytest.mark.parametrize(
    "text, expected",
    [
        ("PRESIDENT OBAMA: Thank you so much.", True),
        ("GEORGE STEPHANOPOULOS: --make a comment.", True),
        ("PRESIDENT OBAMA: We will bring the troops home by the end of next year.", False),
        ("Thank you so much for having me here today, Obama said.", False),  # no label
        ("Update: Ferry towed to port.", False),  # a label in capitals only counts
    ],
)
def test_short_turn_rule(text, expected):
    assert is_short_turn(text) is expected

def test_questions_are_never_picked():
    cluster = cluster_of(
        ["Is the river town safe from the storm floods now?", "Storm floods river town as crews rescue residents."],
        ["Storm floods river town, and crews rescue residents."],
    )
    scores = np.asarray(default_scores(cluster))
    assert scores[0] == -np.inf and np.isfinite(scores[1:]).all()


def test_a_budget_of_lines_has_no_length_normalisation():
    """With --sentences alone every line costs the same, so the gain is not divided by
    length (which favours short lines): one line of Multi-News validation cluster 001 is
    its lead about the misspelt jerseys, not the short quote that won before."""
    import json

    from conftest import require_shared
    from summarizer.options import Options
    from summarizer.pipeline import summarize

    path = require_shared("datasets", "multinews-validation.jsonl")
    with open(path, encoding="utf-8") as handle:
        row = [json.loads(line) for _, line in zip(range(2), handle)][1]
    lines = summarize(row["documents"], Options(words=None, sentences=1)).lines
    assert len(lines) == 1 and "15,000 replica jerseys" in lines[0].text
    # with a budget of words the same cluster's length normalisation still applies
    assert summarize(row["documents"], Options(words=20)).lines[0].text != lines[0].text
