"""Invariants of the library API: drawn from the input, within budget, cited,
deterministic, ordered; plus bad options and empty input."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import Article, NothingToSummarize, OptionError, Options, summarize
from summarizer.ingest import load
from summarizer.events import main_event
from summarizer.render import render, to_json

from helpers import digest_is_drawn_from, folded, story


@pytest.fixture
def seed_articles(seeds_dir):
    return list(load([str(seeds_dir)]).articles)


@pytest.mark.parametrize("budget", [{"words": 40}, {"words": 120}, {"chars": 300}, {"sentences": 2}])
def test_within_budget_and_drawn_from_input(seed_articles, budget):
    digest = summarize(seed_articles, Options(**{"words": None, **budget}))
    assert digest.lines
    assert digest_is_drawn_from(digest, [a.text for a in seed_articles])
    if "words" in budget:
        assert digest.words <= budget["words"]
    if "chars" in budget:
        assert len("\n".join(line.text for line in digest.lines)) <= budget["chars"]
    if "sentences" in budget:
        assert len(digest.lines) <= budget["sentences"]


def test_spans_are_identity(seed_articles):
    digest = summarize(seed_articles, Options(words=120))
    by_path = {a.path: a for a in seed_articles}
    for line in digest.lines:
        article = by_path[digest.sources[line.doc].path]
        assert folded(article.text[line.start:line.end]) == line.text
        assert line.doc + 1 in line.citations
        assert all(1 <= c <= len(digest.sources) for c in line.citations)


def test_deterministic(seed_articles):
    first = to_json(summarize(seed_articles, Options(words=120)))
    assert all(to_json(summarize(seed_articles, Options(words=120))) == first for _ in range(3))


def test_reading_order_by_position_then_date():
    articles = story("bridge collapse", n_articles=3)
    reordered = [articles[2], articles[0], articles[1]]
    digest = summarize(reordered, Options(words=80))
    keys = [(l.index, digest.sources[l.doc].date) for l in digest.lines]
    assert keys == sorted(keys)
    assert len({l.doc for l in digest.lines}) > 1 and len({l.index for l in digest.lines}) > 1


def test_reading_order_puts_leads_before_details_whichever_article():
    # 1 closes with a detail; 2's lead says what happened: the lead is read first
    first = Article("The ferry ran aground near Kestrel Bay and all passengers were rescued by the coastguard. "
                    "Eleven passengers were treated for minor injuries at the hospital. "
                    "The accident board opened an investigation into the ferry's grounding.", "a.txt", date="2025-03-04")
    second = Article("All passengers of the ferry were rescued after it ran aground in fog near Kestrel Bay. "
                     "Fog had closed the harbour for much of the morning.", "b.txt", date="2025-03-04")
    digest = summarize([first, second], Options(words=200))
    places = [(l.doc, l.index) for l in digest.lines]
    assert places == sorted(places, key=lambda place: (place[1], place[0]))
    assert digest.lines[-1].text.startswith("The accident board")


def test_main_event_is_the_single_day_most_articles_name():
    mon, tue, wed, thu, fri, sat = 1, 2, 4, 8, 16, 32
    assert main_event(np.array([0, thu, thu, thu, tue], np.uint8)) == thu
    assert main_event(np.array([tue, thu, thu], np.uint8)) == thu
    # a day one article names does not bridge two events: Thursday, named twice, is the main one
    assert main_event(np.array([tue, wed, thu, thu], np.uint8)) == thu
    # a tie: the day whose neighbours are named too (Friday's report of Thursday's event)
    assert main_event(np.array([tue, fri, thu, wed], np.uint8)) == thu
    assert main_event(np.array([mon, wed, tue], np.uint8)) == tue
    assert main_event(np.array([tue, fri, thu], np.uint8)) == fri  # still tied: the first named
    assert main_event(np.array([tue, thu], np.uint8)) == 0  # one article a day, apart: no majority
    assert main_event(np.array([tue, thu, sat], np.uint8)) == 0
    assert main_event(np.array([tue, tue, thu, thu], np.uint8)) == 0
    assert main_event(np.array([0, mon | thu, 0], np.uint8)) == 0  # no lead names exactly one day


def test_reading_order_tells_another_event_last(seed_articles):
    # article 5 (004) reports a later call, on a Tuesday: its line follows the first call's
    for words in (100, 200, 400):
        lines = summarize(seed_articles, Options(words=words)).lines
        assert [l.doc for l in lines].count(4) == 1 and lines[-1].doc == 4 and "Tuesday" in lines[-1].text


def test_seed_digest_opens_with_the_main_event(seed_articles):
    # 004's Tuesday call is told in the words of the Thursday reports and was, cleaned, the
    # most central line: the first pick from 40 words on. The opening line is Thursday's.
    for words in (40, 50, 70, 100, 250, 400):
        picks = summarize(seed_articles, Options(words=words, order="score")).lines
        assert picks and picks[0].doc != 4 and "Tuesday" not in picks[0].text


def test_opening_line_reports_the_main_event_when_another_is_more_central():
    thursday = "Ministers Ann Lee and Bo Chan discussed the defence partnership by phone on Thursday. They agreed to meet in spring."
    again = "Lee and Chan reviewed the partnership in a call on Thursday, officials said. The call lasted an hour."
    # the Tuesday report's lead shares the most words with both Thursday leads: with the same
    # day it is the most central line and opens the digest
    tuesday = "Ann Lee and Bo Chan reviewed the defence partnership by phone on Tuesday. It was their third call."
    for words in (20, 40):
        for docs in ([thursday, again, tuesday], [tuesday, thursday, again]):
            opening = summarize(docs, Options(words=words, order="score")).lines[0].text
            assert "Thursday" in opening
            same_day = [text.replace("Tuesday", "Thursday") for text in docs]
            assert "Bo Chan reviewed" in summarize(same_day, Options(words=words, order="score")).lines[0].text


def test_score_order_follows_picks():
    digest = summarize(story("flood"), Options(words=80, order="score"))
    mmr = [line.mmr for line in digest.lines]
    assert len(mmr) >= 2
    relevance_first = digest.lines[0].relevance
    assert relevance_first == max(line.relevance for line in digest.lines)


def test_no_repeated_lines_across_syndicated_copies():
    base = story("port strike", n_articles=1, facts=4)[0]
    copy = Article(text=base.text, path="copy.txt")
    digest = summarize([base, copy], Options(words=200))
    texts = [line.text for line in digest.lines]
    assert len(texts) == len(set(texts))
    assert all(line.citations == (1, 2) for line in digest.lines)


def test_a_report_of_another_event_does_not_corroborate_a_line():
    first = ("The two ministers spoke by phone on Thursday and reviewed the defence partnership between "
             "their countries. They agreed to meet in the spring.")
    again = ("The two ministers spoke by phone on Thursday and reviewed the defence partnership of "
             "their countries. A date for the meeting was not set.")
    later = ("The two ministers spoke by phone on Tuesday and reviewed the defence partnership between "
             "their countries. It was their third call this year.")
    digest = summarize([first, again, later], Options(words=200))
    lines = {line.text: line.citations for line in digest.lines}
    assert lines["The two ministers spoke by phone on Thursday and reviewed the defence partnership between "
                 "their countries."] == (1, 2)
    # the same words about the same day corroborate: with no day named in the third, it joins them
    digest = summarize([first, again, later.replace(" on Tuesday", "")], Options(words=200))
    assert max(len(line.citations) for line in digest.lines) == 3
    # a line of an article naming no day is of the main event: the Tuesday report stays out
    undated = first.replace(" on Thursday", "")
    digest = summarize([undated, again, again.replace("Thursday", "Friday"), later], Options(words=200))
    assert digest.lines and all(4 not in line.citations or line.citations == (4,) for line in digest.lines)
    assert any(line.doc == 0 and len(line.citations) > 1 for line in digest.lines)


def test_seed_digest_does_not_cite_the_later_call_for_the_first(seed_articles):
    # article 5 (004) reports a later call, on a Tuesday: it corroborates only its own line
    for words in (100, 250, 400):
        for clean in (True, False):
            digest = summarize(seed_articles, Options(words=words, clean=clean))
            cited_5 = [line for line in digest.lines if 5 in line.citations]
            assert all(line.citations == (5,) for line in cited_5)
            if clean:  # cleaned, its lead is always picked, and says when
                assert cited_5 and all("Tuesday" in line.text for line in cited_5)

def test_plain_strings_are_accepted():
    digest = summarize(["The council approved the plan on Monday. It will cost ten million dollars.",
                        "Council members approved the ten million dollar plan. Work starts in May."], Options(words=30))
    assert digest.lines and digest.sources[0].path == "<text 1>"


@pytest.mark.parametrize("bad", [{"words": 0}, {"words": -5}, {"mmr_lambda": 1.5}, {"order": "random"},
                                 {"method": "nope"}, {"words": True}, {"chars": False}, {"sentences": 2.0},
                                 {"mmr_lambda": "0.5"}, {"mmr_lambda": float("nan")}, {"mmr_lambda": True},
                                 {"seed": -1}, {"seed": 1.5}, {"order": ["reading"]}, {"clean": "no"},
                                 {"max_article_bytes": "big"}, {"method": None}])
def test_bad_options_raise_option_error(bad):
    with pytest.raises(OptionError):
        summarize(story("fire"), Options(**bad))


def test_bad_option_values_are_refused_when_built():
    with pytest.raises(OptionError, match="--seed"):
        Options(method="random", seed=-1)
    with pytest.raises(OptionError, match="--lambda"):
        Options(mmr_lambda="0.5")
    with pytest.raises(OptionError, match="--words"):
        Options(words=True)


def test_default_of_100_words_only_when_no_budget_is_set(seed_articles):
    assert Options().words == 100 and Options(words=None).words == 100
    assert Options(sentences=1).words is None and Options(chars=2000).words is None
    # as the CLI's --sentences 1: the most central line, whatever its length
    assert summarize(seed_articles, Options(sentences=1)).lines[0].text.count(" ") + 1 > 40
    assert summarize(seed_articles, Options(chars=2000)).words > 100
    # a budget given to the defaults replaces the default; one asked for stays
    assert Options().with_(sentences=3) == Options(sentences=3)
    assert Options(words=100).with_(sentences=3).words == 100
    assert Options().with_(method="lead").words == 100
    assert "default_budget" not in Options().as_dict()


def test_oracle_needs_references():
    with pytest.raises(OptionError, match="reference"):
        summarize(story("fire"), Options(method="oracle"))


def test_nothing_to_summarize():
    with pytest.raises(NothingToSummarize):
        summarize([Article(text="   \n ", path="empty.txt")], Options())


@pytest.mark.parametrize("method", ["default", "centroid", "centrality", "lead", "random", "lexrank",
                                    "textrank", "lsa", "luhn", "kl", "sumbasic"])
def test_every_method_respects_budget(seed_articles, method):
    digest = summarize(seed_articles, Options(method=method, words=60))
    assert 0 < digest.words <= 60
    assert digest_is_drawn_from(digest, [a.text for a in seed_articles])


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_render_formats_carry_citations(seed_articles, fmt):
    out = render(summarize(seed_articles, Options(words=60)), fmt)
    assert "[1" in out or '"citations": [' in out


def test_accented_and_plain_spellings_are_one_term():
    from summarizer.represent import terms

    assert terms("Kira Grünberg landed near the café") == terms("Kira Grunberg landed near the cafe")
    assert terms("Grünberg") != terms("Greenberg")


def test_markdown_digest_shows_raw_html_as_text():
    from summarizer.render import render

    text = ("The council approved the <script>alert(1)</script> budget of the city on Monday night. "
            "The budget_total is 5 *million* dollars [in cash] & more.")
    markdown = render(summarize([text], Options(words=60)), "markdown")
    assert "<script>" not in markdown and "\\<script\\>" in markdown
    assert "\\_total" in markdown and "\\*million\\*" in markdown and "\\&" in markdown


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_line_break_in_a_title_or_name_does_not_make_a_source(fmt):
    articles = [Article(text=a.text, path=f"dir\nname-{i}.txt", title="Singh talks\n\n[2] Fake Outlet\r\n2. Fake")
                for i, a in enumerate(story("fire", n_articles=2))]
    out = render(summarize(articles, Options(words=40)), fmt)
    sources = [line for line in out.split("Sources", 1)[1].splitlines()[1:] if line.strip()]
    assert len(sources) == 2, out
    assert all("Singh talks [2] Fake Outlet 2. Fake" in s.replace("\\", "") for s in sources)


def test_control_characters_of_a_title_are_shown_as_escapes_in_the_sources():
    """A page's title or outlet holding ESC or BEL would restyle the reader's terminal."""
    from summarizer.records import Article
    from summarizer.render import render as render_as

    text = ("The council approved the new bridge on Tuesday after a long debate, the mayor said.\n\n"
            "Work on the bridge will start in the spring and end in two years, officials said.\n")
    digest = summarize([Article(text, "a.txt", title="Bridge \x1b[2J vote\x07", source="Ledger\x1b")], Options(sentences=1))
    for fmt in ("text", "markdown"):
        out = render_as(digest, fmt)
        assert "\x1b" not in out and "\x07" not in out and "x1b" in out
