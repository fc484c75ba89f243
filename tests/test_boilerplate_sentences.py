"""Sentence-level boilerplate found inside content paragraphs by the digest-line audit
(scripts/audit_digest_lines.py): tweet signatures, link prompts, glued credits."""

from __future__ import annotations

import pytest

from summarizer import boilerplate as bp
from summarizer.clean import clean_cluster
from summarizer.records import Article


@pytest.mark.parametrize("sentence,reason", [
    ("— Jane Roe (@janeroe) January 5, 2018", bp.SOCIAL),
    ("CLICK HERE to find out more about the survivors group.", bp.SHARE),
    ("To learn more about the artist, click here.", bp.SHARE),
    ("Credit: Ann Lee, State University Researchers have found a faster way to make fuel.", bp.CREDIT),
])
def test_sentence_rules(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    "The senator took credit for the new law on Tuesday.",
    "He cites a humorous tweet from the @campaign feed responding to the speech.",
    "Here is where the fire started, officials said.",
])
def test_content_sentences_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


def test_tweet_signature_removed_in_context():
    text = ("The governor defended the plan on Monday. Critics said it would cost too much. "
            "— Jane Roe (@janeroe) January 5, 2018\n\nThe vote is expected next week, aides said.")
    (cleaned,) = clean_cluster([Article(text=text, path="a.txt")])
    kept = " ".join(s.text for s in cleaned.sentences)
    assert "@janeroe" not in kept and "defended the plan" in kept and "vote is expected" in kept


@pytest.mark.parametrize("sentence,reason", [
    ("Great night at the show — Jane Roe (@janeroe) June 20, 2017", bp.SOCIAL),
    ("The wreck was found a kilometre deep. pic.twitter.com/abc123", bp.SOCIAL),
    ("FILE - In this Jan. 28, 2014, file photo, the quarterback speaks at a news conference.", bp.CAPTION),
    ("FILE - The senator speaks to reporters in Washington.", bp.CAPTION),
    ("The judge is shown in this June 27, 2011 file photo.", bp.CAPTION),
    ("This undated photo provided by the kennel shows the injured dog.", bp.CAPTION),
    ("This photo released by the state news agency shows rescue teams at the scene.", bp.CAPTION),
    ("| Jane Roe/Getty Images White House pushes for wall funding", bp.CREDIT),
    ("AFP/Getty Images The captain holds the championship trophy.", bp.CREDIT),
    ("Click below to sign the petition.", bp.SHARE),
])
def test_wire_captions_credits_and_tweets(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


@pytest.mark.parametrize("sentence", [
    "Getty Images said it would appeal the ruling.",
    "Reuters reported that the talks had stalled on Monday.",
    "The court jailed an activist for ripping up a photo of the king in 2014.",
    "In this case, the judge ruled against the company.",
    "After all, if search engines give answers, why would anyone click away?",
])
def test_news_sentences_about_photos_and_agencies_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


@pytest.mark.parametrize("sentence,reason", [
    ("NEWS TODAY 6 of 68 Skip in Skip x Embed x Share CLOSE Storm hits the coast.", bp.MEDIA),
    ("I'm ready to testify Replay More Videos ...", bp.MEDIA),
    ("RT @musicnews: The singer has died at age 42.", bp.SOCIAL),
    ("JUST TO CLARIFY IT IS LEGAL FOR ANYONE TO WIN THE LOTTERY, RIGHT?", bp.SHOUTING),
])
def test_player_chrome_and_shouting(sentence, reason):
    assert bp.sentence_reason(sentence, last=False) == reason


def test_capitalised_acronyms_in_a_sentence_pass():
    assert bp.sentence_reason("The NFL and NBA said on Monday that the US and UK teams would play.", last=False) is None


@pytest.mark.parametrize("sentence", [
    "These crawls are part of an effort to archive pages of news sites as they appear.",
    "The seed for this crawl was a list of news hosts.",
    "The goal is to fix all broken links on the web within a year.",
    "You have the option to delete your Tweet location history at any time.",
    "Users can add location information to your Tweets from any app.",
    "Then a link to the version that was live when the page was written is kept.",
    "Sorry, the page you requested could not be found.",
    "For more information about domain mapping, see the help pages.",
])
def test_archive_and_embed_placeholders(sentence):
    assert bp.sentence_reason(sentence, last=False) == bp.PLACEHOLDER


@pytest.mark.parametrize("sentence", [
    "The Internet Archive said it would archive the pages of every candidate.",
    "He sent a tweet with a location tag from the stadium.",
    "Web crawlers index pages that other pages link to, the researchers wrote.",
    "Sorry, the mayor said, the page you requested is not our priority.",
    "Image from the campaign's page was shared widely after the storm, officials said.",
])
def test_news_sentences_about_archives_and_tweets_pass(sentence):
    assert bp.sentence_reason(sentence, last=False) is None


def test_bare_picture_caption():
    assert bp.sentence_reason("Image from the energy drink's campaign page.", last=False) == bp.CAPTION
