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
