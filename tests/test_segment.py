"""Sentence and word segmentation: hand-written micro cases, span invariants, and the golden-rules
quality gate (pySBD's English Golden Rules, read from ``../shared``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.segment import sentence_spans, split_sentences, words

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLDEN = SHARED / "sentence-boundaries" / "english-golden-rules.json"
# Quality floor for the golden rules (48 cases). The segmenter scores 100% today; 0.90 is the floor
# the project set (pySBD: 97.9%), so a regression of more than four cases fails the build.
GOLDEN_FLOOR = 0.90


def joined(*sentences: str, sep: str = " ") -> str:
    return sep.join(sentences)


def assert_splits(*sentences: str, sep: str = " ") -> None:
    """Joining ``sentences`` with ``sep`` and splitting again gives them back."""
    assert split_sentences(joined(*sentences, sep=sep)) == list(sentences)


def assert_whole(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


# --- basic boundaries ----------------------------------------------------------------------------


def test_empty_and_blank_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("  \n\n \t ") == []


def test_one_sentence_without_final_punctuation() -> None:
    assert_whole("The council met on Monday")


def test_terminal_punctuation_splits() -> None:
    assert_splits("The council met on Monday.", "Was it late?", "It was!", "Nobody knew.")


def test_runs_of_question_and_exclamation_marks() -> None:
    assert_splits("Really?!", "Yes!!", "Who?", "Them.")


def test_lowercase_after_punctuation_is_not_a_boundary() -> None:
    assert_whole("The shop Acme! in the old mill sells bread.")


# --- abbreviations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Alder and Dr. Birch met Gov. Cole and Sen. Dunn at noon.",
        "Rep. Ellis spoke to Lt. Gen. Ford on Main St. near the park.",
        "The firm hired Q. Gray, e.g. a lawyer, i.e. someone careful.",
        "She moved to St. Albans in Jan. 2019 and left on Feb. 3.",
        "The talks at Birch Corp. ended without a deal.",
        "Officials in the U.S. Senate voted to approve it.",
        "The team played in the U.S. for ten years.",
        "It is item No. 7 on p. 12 of the report.",
        "A study by Ford et al. 2010 reached the same view.",
        "The case of Alder v. Birch was settled.",
        "He met George W. Alder and J. R. Birch yesterday.",
        "The shop at 410 W. Elm Ave. in Cedar opened.",
        "The trail starts near W. 37th St. in the old town.",
    ],
)
def test_abbreviations_inside_a_sentence(sentence: str) -> None:
    assert_whole(sentence)


@pytest.mark.parametrize(
    "sentences",
    [
        ("The deal was with Alder & Co.", "It closed on Friday."),
        ("I lived in the U.K.", "How about you?"),
        ("The meeting ended at 9 p.m.", "Police said two people left."),
        ("They sold apples, pears, etc.", "Prices rose."),
        ("The plant is in Cedar Falls, Iowa, near Alder, Ark.", "Workers said the line stopped."),
        ("It was him and I.", "Did you see it?"),
        ("The answer was no.", "Critics disagreed."),
    ],
)
def test_abbreviations_ending_a_sentence(sentences: tuple[str, ...]) -> None:
    assert_splits(*sentences)


def test_time_abbreviation_in_an_opening_phrase_is_not_a_sentence() -> None:
    assert_splits("At 5 a.m. Mr. Alder left the house.", "He came back at 6 P.M.", "Mr. Alder then slept.")


def test_dateline_with_agency_stays_in_the_sentence() -> None:
    assert_whole("CEDAR, Ark. (AP) — The bridge reopened on Tuesday.")


def test_title_glued_after_a_wire_bracket_is_a_title() -> None:
    # A wire dateline that lost its space: "(Coast Wire)Sen." is the title "Sen.".
    assert_whole("Port Alder (Coast Wire)Sen. Jane Roe of Alder said the bridge would reopen.")
    assert_whole("(CNN)Gov. Ann Lee signed the bill on Monday.")
    assert_splits("The vote was close (the council said so.)", "Officials will meet again.")


def test_time_before_a_weekday_is_not_a_boundary() -> None:
    assert_whole("The vote starts at 7 p.m. Thursday in the hall.")


# --- numbers, URLs, e-mail --------------------------------------------------------------------


def test_decimals_and_money() -> None:
    assert_whole("Prices rose 3.5% to $10.25 in the second quarter.")
    assert_splits("She paid $100.00.", "It was too much.")


def test_sentence_ending_in_a_number_before_a_number() -> None:
    assert_splits("Ten people were hurt in 2019.", "2020 was worse.")


def test_urls_and_email_addresses() -> None:
    assert_splits("Write to a.birch@example.org.", "She replies fast.")
    assert_splits("See https://example.net/a/b.html.", "It has the data.")
    assert_whole("The site example.com lists 1.2 million users.")


def test_boundary_with_lost_space_after_scraping() -> None:
    assert split_sentences("The plant closed.Workers went home.") == ["The plant closed.", "Workers went home."]
    assert_whole("Write to Jane.Doe@example.org today.")


# --- quotations, brackets, ellipses ----------------------------------------------------------


def test_terminal_punctuation_inside_quotes() -> None:
    assert_splits('He turned to her, "This is fine."', "She nodded.")
    assert_whole('He turned to her, "This is fine." she said.')
    assert_whole("“Why?” he asked the crowd.")


def test_parenthesised_sentence_inside_a_sentence() -> None:
    assert_whole("The mayor (She was elected in 2019.) spoke first.")


def test_ellipses() -> None:
    assert_splits("I never said that....", "He left.")
    assert_whole("It was . . . well, odd . . . I think.")
    assert_whole('"The plan [...] failed" (Alder 12).')
    assert split_sentences("They posted it. ... The response was fast.") == [
        "They posted it.",
        "... The response was fast.",
    ]


# --- lists, headings, bullets, line breaks -------------------------------------------------------


def test_inline_numbered_and_lettered_lists() -> None:
    assert_splits("1. The first step", "2. The second step", "3. The third step")
    assert_splits("1) Open the box.", "2) Read the notes.")
    assert_splits("a. The red one", "b. The blue one")
    assert_splits("• Red item", "• Blue item")


def test_heading_lines_are_their_own_sentences() -> None:
    text = joined("Storm Hits Coast", "The storm reached the coast on Monday.", "Why It Matters", sep="\n")
    assert split_sentences(text) == ["Storm Hits Coast", "The storm reached the coast on Monday.", "Why It Matters"]


def test_bullets_on_their_own_lines() -> None:
    lines = ("The plan covers:", "- roads and bridges", "- schools", "* clinics", "• parks", "1. housing")
    assert split_sentences("\n".join(lines)) == list(lines)


def test_teaser_lines_are_not_glued_to_the_next_sentence() -> None:
    text = "Read more...\nMore Stories Like This\nCity Council Approves Budget\nThe council voted 5-4."
    assert split_sentences(text) == [
        "Read more...",
        "More Stories Like This",
        "City Council Approves Budget",
        "The council voted 5-4.",
    ]


def test_wrapped_prose_lines_join() -> None:
    text = "The council met in the\nold town hall, and the mayor\nspoke first. Then it rained."
    assert split_sentences(text) == [
        "The council met in the\nold town hall, and the mayor\nspoke first.",
        "Then it rained.",
    ]


def test_blank_line_always_splits() -> None:
    assert split_sentences("The council met in the\n\nold town hall") == ["The council met in the", "old town hall"]


def test_abbreviation_at_line_end() -> None:
    assert split_sentences("The firm moved to the U.S.\nRelated Stories") == ["The firm moved to the U.S.", "Related Stories"]
    assert_whole("The letter was signed by Mr.\nAlder himself.")


# --- spans ----------------------------------------------------------------------------------------


def test_spans_are_offsets_into_the_text() -> None:
    text = '  Storm Hits Coast \n\n The storm (a big one.) hit Mr. Alder\'s farm.  "Why?" he asked. \n- a bullet\n'
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Storm Hits Coast",
        "The storm (a big one.) hit Mr. Alder's farm.",
        '"Why?" he asked.',
        "- a bullet",
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Mr.", "U.S.", "a.m.", "It", "rained", "3.5", "!", "?", "...", ". . .", '"', "(", ")", "\n", "\n\n", "- ", "1.", "x"]),
        max_size=40,
    ).map(" ".join)
)
def test_span_invariants(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for s, e in spans:
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous_end = e
    # Nothing but white space is left out.
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
    assert split_sentences(text) == [text[s:e] for s, e in spans]


# --- words ------------------------------------------------------------------------------------------


def test_words() -> None:
    assert words("Alder's well-known $3.5-million plan (2025) — don't panic!") == [
        "Alder's",
        "well-known",
        "3",
        "5-million",
        "plan",
        "2025",
        "don't",
        "panic",
    ]
    assert words("") == []
    assert words("snake_case ... --") == ["snake", "case"]


# --- golden rules quality gate ----------------------------------------------------------------------


def golden_cases() -> list[dict]:
    if not GOLDEN.exists():
        message = f"{GOLDEN} is absent (the shared evaluation data sits beside the project)"
        if os.environ.get("SUMMARIZER_REQUIRE_SHARED") == "1":
            pytest.fail(message + " and SUMMARIZER_REQUIRE_SHARED=1")
        pytest.skip(message)
    return json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]


def test_golden_rules_accuracy() -> None:
    cases = golden_cases()
    correct = [
        [s.strip() for s in split_sentences(c["text"])] == [s.strip() for s in c["sentences"]] for c in cases
    ]
    failing = [c["text"] for c, ok in zip(cases, correct) if not ok]
    accuracy = sum(correct) / len(cases)
    assert len(cases) == 48
    assert accuracy >= GOLDEN_FLOOR, f"golden rules accuracy {accuracy:.1%} < {GOLDEN_FLOOR:.0%}; failing: {failing}"
