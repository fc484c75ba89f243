"""A caption's or photo credit's tail in brackets: at the end of a caption ("... cooperation
(AFP)") or after a real sentence's final stop ("... said. (AFP)"); a photo credit ending a
paragraph, which makes the paragraph a caption ("... in Haltom City, Texas. (AP
Photo/Jane Roe)")."""

from __future__ import annotations

import re

from summarizer.boilerplate.patterns import AGENCIES, _I, _PHOTO_SOURCES

# A caption or credit at the end: "... cooperation (AFP)", "... (Photo: Getty Images)".
_CREDIT_PAREN = (
    rf"(?:{AGENCIES}|{_PHOTO_SOURCES}|(?:HT |File |Representational |Representative )?(?:photo|image|picture|pic)"
    rf"(?:graph)?s?(?:\s*(?::|by|/|-|credit:?)[^()]{{0,60}})?|[^()]{{0,40}}/(?:{_PHOTO_SOURCES})[^()]{{0,20}})"
)
CAPTION_TAIL = re.compile(rf"\(\s*{_CREDIT_PAREN}\s*\)\s*$", _I)
# A credit after the final punctuation of a real sentence: "... said. (AFP)".
CREDIT_AFTER_STOP = re.compile(rf"(?<=[.!?\"”’])\s*\(\s*{_CREDIT_PAREN}\s*\)\s*$", _I)


def credit_after_stop(sentence: str) -> int:
    """Characters of a trailing credit after a sentence's final stop ("... said. (AFP)"), or 0."""
    if not sentence.rstrip().endswith(")"):
        return 0
    m = CREDIT_AFTER_STOP.search(sentence)
    return len(sentence) - m.start() if m else 0


# A photo credit closing a paragraph: "(Photo: Name, AP)", "(AP Photo/Name) (Associated
# Press)" (the name may be cut off: "(AP Photo/J..."), "(Name/Getty Images)", "(Photo:
# submitted)". A bare agency ("(AFP)", "(Reuters)") is not one: it may credit a story.
PHOTO_CREDIT_END = re.compile(
    rf"\(\s*(?:(?:[\w.'-]+\s){{0,3}}(?:photo|image|picture)s?\s*(?::|/|by\b|credit)[^()]{{0,60}}\)?"
    rf"|[^()]{{0,40}}/\s*(?:{_PHOTO_SOURCES})[^()]{{0,20}}\)|Getty Images\))"
    rf"(?:\s*\(\s*(?:{AGENCIES})\s*\))?\s*$",
    _I,
)
