"""Prefixes cut off the front of a paragraph's first sentence (``leading_prefix``): a
metadata prefix (" date 2025-02-06 ") and a dateline, with its separator ("NEW DELHI:",
"WASHINGTON (Reuters) -", "LONDON —") or without it ("Washington (CNN)President ...",
"PARIS An ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.boilerplate.patterns import AGENCIES, DATE, MONTHS, _I, _TIME
from summarizer.boilerplate.reasons import DATELINE_CUT, METADATA
from summarizer.boilerplate.text import word_count

# A metadata prefix before the text proper: " date 2025-02-06 ", "Published: Feb 6, 2025 |".
METADATA_PREFIX = re.compile(
    rf"^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated(?: on)?|first published(?: on)?)"
    rf"\s*:?\s*(?P<date>{DATE}){_TIME}?\s*[|,:—–-]?\s*",
    _I,
)
# An update's or the original post's label with no date: "Updated | When ...", "Update
# 11:10 a.m.: Not to be outdone ...", "Original: We're not here to ...". Not before a note
# about the article ("Updated: We've added ...", a note as a whole: sentence_rules' NOTE).
UPDATE_LABEL = re.compile(
    rf"^\s*(?:updated?|original){_TIME}?\s*[|:]\s+(?=[\"'“‘]?[A-Z])"
    r"(?!(?:we(?:'ve|’ve| have)|this (?:story|article|post)|an earlier version)\b)",
    _I,
)
_PLACE_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]{2,}(?:\.[A-Z]\.?)?|[A-Z]\.(?:[A-Z]\.)+)"
_PLACE = rf"{_PLACE_WORD}(?:[ -](?:{_PLACE_WORD}|de|del|la|el|es|da|do|of|upon|am|an))*?"
_PLACES = rf"{_PLACE}(?:\s*[/,]\s*(?:{_PLACE}|[A-Z][a-z]{{1,4}}\.))*?"
_DAY = rf"{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
_WIRE = rf"\((?:{AGENCIES}|[A-Z][A-Za-z]{{1,15}}(?: [A-Z][A-Za-z]{{1,15}}){{0,3}})\)"
# Datelines: "NEW DELHI:", "New Delhi/Washington, Feb 6:", "WASHINGTON (Reuters) -", "LONDON —",
# "Toulouse, France.", "(CNN) —", and a dash set close ("WEST PALM BEACH, Fla.—President ...",
# the Wall Street Journal's style). Group "places" holds the place names.
DATELINE_PREFIX = re.compile(
    rf"^\s*(?:(?P<places>{_PLACES})(?:,?\s*(?P<day>{_DAY}))?\s*(?P<wire>{_WIRE})?|(?P<wire2>{_WIRE}))"
    rf"\s*(?:(?P<sep>:|—|–|--?|\.|\|)\s+|(?P<dash>—|–|--))(?=[\"'“‘(\[]?[A-Z0-9])"
)
# A wire and its dash after a state's abbreviation, which the pattern above takes for the
# separator ("PORTLAND, Ore. (KOIN) — The owners ...", "TAUNTON, Mass. (AP) — A couple
# ..."; Multi-News validation: 6 datelines left "(AP) —" on the story's first line), or
# after a place's own dash ("SAN FRANCISCO--(BUSINESS WIRE)--The following ...").
_WIRE_DASH = re.compile(rf"(?P<wire>{_WIRE})\s*(?:—|–|--?)\s*(?=[\"'“‘]?[A-Z0-9])")
# A wire dateline with no separator, as CNN's pages glue it to the text: "Port Alder
# (CNN)Mayor Jane Roe said ...", "(CNN)The council voted ...", "(CNN) A ferry ran aground
# ...". Only a known agency (AGENCIES, case as written): any other bracketed word before a
# capital is an aside ("Jane Roe (Labour) Leader of ..."), not a credit.
GLUED_WIRE_DATELINE = re.compile(
    rf"^\s*(?:(?P<places>{_PLACES})(?:,?\s*(?P<day>{_DAY}))?\s*)?\((?P<wire>{AGENCIES})\)\s*(?=[\"'“‘]?[A-Z0-9])"
)
# A place in capitals whose separator was lost ("PORT ALDER The council voted ...",
# "KESTREL BAY A ferry ran aground ..."): one to three words in capitals, then a capitalised
# article that opens the sentence. Only "The", "A", "An": after capitals a proper noun
# ("NCAA President ...", "EU foreign ministers ...") or a shouted lead-in ("DOCUMENTS
# OBTAINED BY The Intercept ...", which _NOT_PLACES turns away for its "BY") is not a
# dateline, and an article is the one opener that no name or headline word looks like.
BARE_CAPS_DATELINE = re.compile(
    r"^\s*(?P<places>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})\s+(?=(?:The|A|An)\s+[\"'“‘]?[A-Za-z0-9])"
)
# Words that end a "Word:" or "Word." prefix but are not places.
_NOT_PLACES = frozenset(
    "by from via with for in on at of the a an mr mrs ms dr st gen sen rep gov lt col sgt prof rev jr sr no vol fig u.s us uk eu un "
    "note update updated editor editors warning summary question answer q a watch read related source photo "
    "video image correction clarification disclosure opinion analysis exclusive breaking live tip tags "
    "photos president senator governor mayor secretary minister chairman host file close share skip replay "
    "advertisement sponsored "
    "yes no ok okay well so now then but and or also meanwhile however still thanks why what how who when "
    "where here there this that these those it he she they we i you his her their our its one two".split()
)
# Words that a full stop follows as an abbreviation ("Missouri Rep. Todd Akin"), never a
# place name ending a sentence.
_ABBREVIATIONS = frozenset(
    "rep reps sen sens gov govs gen lt col capt cmdr sgt adm maj pres supt atty dept univ hon rev prof mr mrs ms dr "
    "st ave blvd co corp inc ltd jr sr no vol mt ft sgts cpl pvt amb est".split()
)
# Dateline words cut are at most this long; chosen so "New Delhi/Washington, Feb 6:" (29
# characters) and "ALLENTOWN, Pa. (AP) —" fit while a clause before a colon rarely does.
MAX_DATELINE_CHARS = 60
# ... and at most this many words: "WEST PALM BEACH", "New Delhi/Washington, Feb 6" (the
# date does not count); an all-caps headline before a dash has more. A state or country
# after the place's comma ("OSAN AIR BASE, South Korea —") adds at most MAX_REGION_WORDS.
MAX_DATELINE_WORDS = 4
MAX_REGION_WORDS = 2


@dataclass(frozen=True)
class Prefix:
    """A prefix cut off the front of a sentence: its length and what it says."""

    length: int
    reason: str
    date: str | None = None
    places: str | None = None
    wire: str | None = None
    # Characters of a metadata prefix (" date 2025-02-06 ") at the front, before any
    # dateline (0 when there is none): the two are reported as two removals.
    meta_length: int = 0


def leading_prefix(text: str) -> Prefix | None:
    """A metadata prefix and/or dateline at the start of ``text`` (a paragraph's first
    sentence), or None. The sentence proper starts ``length`` characters in."""
    length = 0
    date = None
    m = METADATA_PREFIX.match(text) or UPDATE_LABEL.match(text)
    if m:
        length = m.end()
        date = m.groupdict().get("date")
    d = _dateline(text[length:])
    if d is not None:
        places, wire, cut = d
        return Prefix(length + cut, DATELINE_CUT, date, places, wire, length)
    if length:
        return Prefix(length, METADATA, date, meta_length=length)
    return None


def _dateline(text: str) -> tuple[str | None, str | None, int] | None:
    m = DATELINE_PREFIX.match(text)
    if not m or m.end() > MAX_DATELINE_CHARS + (len(text) - len(text.lstrip())):
        return _unseparated_dateline(text)
    places = m.group("places")
    wire = m.group("wire") or m.group("wire2")
    sep = m.group("sep") or m.group("dash")
    if wire:
        wire = wire.strip("()")
    if places is None:  # "(CNN) —"
        return (None, wire, m.end()) if sep not in ".:" else None
    words = places.replace("/", " ").replace(",", " ").split()
    # The place in capitals, as datelines print it; a state after the comma may not be
    # ("WEST PALM BEACH, Fla. —").
    head = places.split(",")[0].replace("/", " ").split()
    if any(w.lower().strip(".") in _NOT_PLACES for w in words[:1]) or len(head) > MAX_DATELINE_WORDS:
        return None
    if len(words) > MAX_DATELINE_WORDS and ("," not in places or len(words) - len(head) > MAX_REGION_WORDS):
        return None
    upper = all(w.isupper() or not w[0].isalpha() for w in head if w[0].isalpha() and len(w) > 2)
    if not wire and not m.group("day") and sep not in ":|" and ("," in places or sep != "."):
        tail = _WIRE_DASH.match(text, m.end())
        if tail:  # "PORTLAND, Ore. (KOIN) —", "SAN FRANCISCO--(BUSINESS WIRE)--": the wire after the place
            return places + ("." if sep == "." else ""), tail.group("wire").strip("()"), tail.end()
    if sep == ".":
        # "New Delhi. Defence Minister ...", "Toulouse, France. AEGEAN ...": two or three
        # alphabetic words or a comma list, never an abbreviation such as "U.S." or "Dr."
        if m.group("day") or wire or not (2 <= len(words) <= 3 or "," in places):
            return None
        if any(not w.isalpha() or len(w) < 3 or w.lower() in _ABBREVIATIONS for w in words) or upper and len(words) == 1:
            return None
        rest = text[m.end():]
        if word_count(rest.split(".")[0]) < 6:
            return None
    elif sep in "—–--|":
        if not (upper or wire or m.group("day")):
            return None
    elif len(words) == 1 and not (upper or wire or m.group("day")):
        # sep ":" - "NEW DELHI:", "Tel Aviv:", "Bengaluru/Delhi:"; a single title-case word
        # before a colon is as often a name in a title ("Kong: Skull Island") and stays.
        return None
    return places, wire, m.end()


def _unseparated_dateline(text: str) -> tuple[str | None, str | None, int] | None:
    """A dateline with no separator after it: an agency's wire glued to the text
    (:data:`GLUED_WIRE_DATELINE`) or a place in capitals before an article
    (:data:`BARE_CAPS_DATELINE`)."""
    m = GLUED_WIRE_DATELINE.match(text) or BARE_CAPS_DATELINE.match(text)
    if not m or m.end() > MAX_DATELINE_CHARS + (len(text) - len(text.lstrip())):
        return None
    places = m.group("places")
    wire = m.groupdict().get("wire")
    if places is not None:
        words = places.replace("/", " ").replace(",", " ").replace("-", " ").split()
        if len(words) > MAX_DATELINE_WORDS or any(w.lower().strip(".") in _NOT_PLACES for w in words):
            return None
    return places, wire, m.end()
