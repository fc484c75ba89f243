"""Article metadata from scraped text: title, publication date and outlet.

Scraped news text carries its metadata in a few conventional places (cf. the metadata
heuristics of trafilatura and htmldate, Barbaresi 2021, which do the same from HTML):

* the **title** is the headline line at the top, before the body: title case or at least
  short, with no final full stop, possibly after a date line, "Follow Us:" or an ad
  marker (:func:`is_title_candidate`; the search itself is in :mod:`summarizer.page_rules`,
  which knows the lines' verdicts);
* the **date** is a metadata prefix (" date 2025-02-06"), a date line near the top
  ("Thursday, February 6, 2025") or an ISO timestamp; dates in the body ("on February 6")
  are not the publication date and are not used. :func:`normalise_date` turns the
  forms pages print into ISO ``YYYY-MM-DD`` with regular expressions and ``datetime``
  (no dateparser: it is slow to import and not needed for these forms);
* the **outlet** is the masthead named in an "About Us" blurb or a copyright line, or
  on a date line at the top ("Evening Post, March 5, 2025"), else an agency credit
  ("IANS", "By: Agencies") or the wire of a dateline ("WASHINGTON (Reuters) -",
  "PORT ALDER, March 4 (Coast Wire) -").
"""

from __future__ import annotations

import re
from datetime import date, datetime

from summarizer.boilerplate import AGENCIES, DATE, INNER_STOP, MONTHS, OUTLET_DATE_LINE, WEEKDAYS, fold, is_title_case, word_count

_MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")
_MDY = re.compile(rf"(?:{WEEKDAYS},?\s+)?({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)
_DMY = re.compile(rf"(?:{WEEKDAYS},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\.?,?\s+(\d{{4}})", re.I)
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_ANY_DATE = re.compile(DATE, re.I)
# Publication dates outside these years are taken for misreadings (a founding year,
# a historic date); the web news this tool reads starts in the mid-1990s.
MIN_YEAR, MAX_YEAR = 1990, 2100


def normalise_date(text: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for the first date found in ``text``, or None.

    Forms: "2025-02-06", "2025-02-06T10:00:00Z" (the calendar date as written, no time
    zone shift), "Thursday, February 6, 2025", "Feb. 6, 2025", "6 February 2025",
    "February 6th, 2025", "2025/02/06". Ambiguous numeric forms ("06/02/2025") are not
    guessed.
    """
    if not text:
        return None
    candidates = []
    for pattern, order in ((_ISO, "ymd"), (_MDY, "mdy"), (_DMY, "dmy"), (_YMD_SLASH, "ymd")):
        m = pattern.search(text)
        if m:
            candidates.append((m.start(), m, order))
    for _, m, order in sorted(candidates, key=lambda c: c[0]):
        if order == "ymd":
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif order == "mdy":
            mo, d, y = _MONTH_NUMBER.get(m.group(1).lower().rstrip(".")), int(m.group(2)), int(m.group(3))
        else:
            d, mo, y = int(m.group(1)), _MONTH_NUMBER.get(m.group(2).lower().rstrip(".")), int(m.group(3))
        if mo is None or not MIN_YEAR <= y <= MAX_YEAR:
            continue
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def contains_date(text: str) -> bool:
    return bool(_ANY_DATE.search(text))


# A title has at most this many words: the longest headline among the seeds has 15 and
# Multi-News's rarely pass 25; longer unpunctuated lines are lost-stop paragraphs.
MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3


def is_title_candidate(line: str) -> bool:
    """Shaped like a headline: 3–30 words, no final full stop, starts with a capital,
    title case or at least not a list item or label ending in a colon."""
    line = fold(line)
    words = word_count(line)
    if not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS:
        return False
    if line.endswith((".", ":", ",", ";", "...", "…")) or not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"):
        return False
    if line.startswith(("-", "•", "*")) or INNER_STOP.search(line) or contains_date(line):
        return False
    return is_title_case(line) or words <= 20


_MASTHEAD = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5}?)\s+"
    r"(?:first appeared|was (?:founded|established|launched|started|set up|first published)|has been published"
    r"|is an? (?:[\w-]+ ){0,4}(?:newspaper|daily|weekly|news (?:site|portal|website|channel|agency|organi[sz]ation)"
    r"|publication|magazine|media (?:company|house|group)))"
)
_COPYRIGHT_OWNER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)(?:by\s+)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})",
    re.I,
)
_AGENCY_NAME = re.compile(rf"\b(?P<name>{AGENCIES})\b")
_BYLINE_AGENCY = re.compile(rf"^(?:by|source|courtesy)\s*:?\s*(?P<name>{AGENCIES})\W*$", re.I)
# Canonical spellings for the agencies recognised.
_AGENCY_CANON = {
    a.lower(): a
    for a in (
        "IANS", "PTI", "ANI", "UNI", "AP", "AFP", "Reuters", "UPI", "DPA", "EFE", "Xinhua", "Bloomberg", "TNS",
        "CNN", "BBC", "Agencies", "Agency", "Associated Press", "The Associated Press", "Press Trust of India",
        "Agence France-Presse",
    )
}


def masthead_name(text: str) -> str | None:
    """The outlet a masthead or copyright line names ("The Shillong Times first
    appeared ...", "Copyright 2016 The Associated Press"), or None."""
    text = fold(text)
    m = _MASTHEAD.match(text)
    if m:
        return m.group("name")
    m = _COPYRIGHT_OWNER.search(text)
    if m:
        name = re.sub(r"\s+(?:All|Inc|Ltd|LLC)\b.*$", "", m.group("name")).rstrip(".,")
        return name or None
    return None


def agency_name(text: str) -> str | None:
    """The wire service an agency credit or byline names ("IANS", "By: Agencies",
    "(Reuters)"), canonically spelt, or None."""
    text = fold(text).strip("()[]—–- .")
    m = _BYLINE_AGENCY.match(text)
    if m:
        return _AGENCY_CANON.get(m.group("name").lower(), m.group("name"))
    if text.lower() in _AGENCY_CANON:
        return _AGENCY_CANON[text.lower()]
    m = re.match(r"^(?:with )?inputs? from (?P<name>.+)$", text, re.I)
    if m:
        found = _AGENCY_NAME.search(m.group("name"))
        if found:
            return _AGENCY_CANON.get(found.group("name").lower(), found.group("name"))
    return None


def date_line_outlet(text: str) -> str | None:
    """The outlet named before the date on a date line ("Evening Post, March 5, 2025"), or None."""
    m = OUTLET_DATE_LINE.match(fold(text))
    return m.group("outlet") if m else None


def iso_from_timestamp(value: str | None) -> str | None:
    """ISO date from a metadata value (trafilatura/htmldate give ``YYYY-MM-DD``)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date().isoformat()
    except ValueError:
        return normalise_date(value)
