"""A caption's or photo credit's tail in brackets: at the end of a caption ("... cooperation
(AFP)") or after a real sentence's final stop ("... said. (AFP)"); a photo credit or a
site's caption closing ending a paragraph, or a gallery's chrome opening it, which makes
the paragraph a caption ("... in Haltom City, Texas. (AP Photo/Jane Roe)")."""

from __future__ import annotations

import re

from summarizer.boilerplate.patterns import AGENCIES, MONTHS, WEEKDAYS, _I, _PHOTO_SOURCES

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

# Other closings that make a paragraph a caption, each a news site's template (found by
# the seventh digest-line audit, in captions that reached Multi-News digests): a person's
# name and the outlet, "(Katherine Frey/The Washington Post)", "(John Amis/ASSOCIATED
# PRESS)"; "(Courtesy of the State Department)"; NBC's video captions, "(Published Friday,
# June 27, 2014)"; AP's and Gannett's, "(Oct. 4) AP", "(May 4, 2015) Gannett Wisconsin
# Media"; the New York Times', "Credit Doug Mills/The New York Times"; Politico's, "| ABC";
# Yahoo's AP photos, a caption cut off before the agency, "... snowstorm... (Associated Press)".
CAPTION_CLOSING = re.compile(
    r"(?:\((?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*/\s*[^()/]{2,40}\)"
    r"|\(\s*(?:photo\s+)?courtesy\b[^()]{1,60}\)"
    rf"|\(\s*Published\s+(?:{WEEKDAYS},?\s+)?[^()]{{3,30}}\d{{4}}\s*\)"
    rf"|\(\s*(?:{MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*\)\s*(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})"
    r"|(?<=[.!?\"”’]\s)(?-i:Credit\s+[A-Z])(?:[^().!?]|\.(?=\s*[A-Z])){0,60}"
    r"|(?<=[.!?\"”’]\s)\|\s*(?-i:[A-Z])[^|()]{0,40}"
    rf"|(?:\.{{3}}|…)\s*\(\s*(?:{AGENCIES})\s*\))\s*$",
    _I,
)
# A gallery's chrome opening a paragraph, the caption after it ("Enlarge Image Close
# Bloomberg News Sprint, fighting to ... Above, a Sprint store in San Francisco.").
CAPTION_OPENING = re.compile(r"^Enlarge (?:Image|Photo)\b")

# The characters at a paragraph's end that can hold its closing credit (the longest
# pattern above matches about 130).
_CLOSING_CHARS = 200


# A pull quote: a sentence set apart in large type with its speaker's name under it, no verb
# and no final stop ("... threatened in America.” Senator Ted Cruz", "... victims. U.S. Rep.
# Jane Roe (R-Texas), referring to the victim's statement"); a video's caption followed by
# its credit has the same shape ("CLOSE ... mixup. Jane Roe, USA TODAY"). Name words: capitalised
# words, initials, a party in brackets, with "of", "the", "and" between them.
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|(?:[A-Z]\.){1,3}|\([A-Z][\w.-]*\))"
ATTRIBUTION_ALONE = re.compile(
    rf"^[—–-]?\s*{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|the|and|de|van|von)){{1,7}}(?:,\s[^.!?]{{1,80}})?(?<!\.)$"
)
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def is_pull_quote(sentence: str, after: str) -> bool:
    """A paragraph of one ``sentence`` and, after it, a name alone (:data:`ATTRIBUTION_ALONE`):
    a pull quote or a caption with its credit."""
    return _SENTENCE_STOP.search(sentence) is not None and ATTRIBUTION_ALONE.match(after.strip()) is not None


def is_caption_paragraph(paragraph: str) -> bool:
    """A paragraph that is a caption from its first sentence, by its closing credit
    (:data:`PHOTO_CREDIT_END`, :data:`CAPTION_CLOSING`) or its opening chrome."""
    text = paragraph.strip()
    tail = text[-_CLOSING_CHARS:]  # every closing is shorter: no need to scan the whole paragraph
    return bool(PHOTO_CREDIT_END.search(tail) or CAPTION_CLOSING.search(tail) or CAPTION_OPENING.match(text))
