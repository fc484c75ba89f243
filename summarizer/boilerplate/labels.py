"""Page labels and agency credits glued to the front of a sentence ("Image The mayor
said ...", "LIVE BLOG On Monday ...", "AP Alder Line said ..."), cut off it
(``leading_label``)."""

from __future__ import annotations

import re

from summarizer.boilerplate.reasons import AGENCY, PAGE_LABEL
from summarizer.boilerplate.text import word_count

# Page labels glued to the front of a real sentence, the line break after them lost in
# scraping: a picture's or section's label ("Image The mayor said ...", "Analysis There
# had been ...", "LIVE BLOG On Monday, ...", "SHARE COPY LINK A judge ruled ..."), a
# gallery's chrome with its credit ("Enlarge Image Close Getty Images The mayor ..."), an
# agency credit left over from the caption before ("AP Alder Line said on Thursday ...").
# The words are page furniture, nouns and never a sentence's verb, chosen from the labels
# news pages print over pictures, players and columns. Written in title case the label is
# cut only before a closed-class word that opens a sentence (_LABEL_OPENERS), so "Video
# games are ...", "Analysis shows ..." and "Photo Booth Inc. said ..." stay; written in
# capitals (chrome, not prose) before any capitalised word.
_LABEL_WORDS = (
    "Image|Images|Photo|Photos|Picture|Pictures|Video|Videos|Caption|Audio|Graphic|Gallery|Slideshow"
    "|Analysis|Opinion|Commentary|Explainer|Editorial|Advertisement|Sponsored"
    "|Live Blog|Live Updates|Breaking News|Share Copy Link"
)
# Closed-class words (articles, pronouns, prepositions, conjunctions, a few time words) that
# open a sentence: what a label's glued sentence starts with in Multi-News ("The", "There",
# "On"), never the second word of a name or phrase that starts with a label word.
_LABEL_OPENERS = (
    "The|A|An|This|That|These|Those|There|Here|It|He|She|They|We|His|Her|Its|Their|Our"
    "|On|In|At|After|Before|When|While|As|For|During|Since|Although|Though|Because|If|But"
    "|Some|Many|Most|All|One|Two|Three|Today|Yesterday|Last|Earlier|Mr|Mrs|Ms|Dr"
)
# Section labels of newsletter-style news ("smart brevity": Axios's "Why it matters:",
# "The big picture:", MarketWatch's "The numbers:"), printed in bold before a paragraph's
# first sentence and glued to it in scraped text: cut before a colon and a capital. A
# closed list, read off NeuS validation (12 sentences); a label of the story's own ("The
# offer:", "The one condition:") is not on it and stays.
_SECTION_LABELS = (
    "Why it matters|(?:The )?[Bb]ig picture|(?:The )?[Bb]ottom line|Between the lines|Driving the news"
    "|The backdrop|(?:By t|T)he numbers|Reality check|(?:The )?[Ss]tate of play|What they['’]re saying"
    "|What['’]s next|Zoom in|Zoom out|Yes, but|Go deeper|Our thought bubble|The intrigue|What to watch"
    "|Catch up quick|Flashback|Be smart"
)
_CAPS_LABEL_WORDS = "|".join(w.upper() for w in _LABEL_WORDS.split("|")) + "|EXCLUSIVE|BREAKING|UPDATE|UPDATED|WATCH|LISTEN"
# Agency credits that end a caption and so reach the front of the next sentence: capitals
# only, and not before a word of the agency's own staff or products ("AP Photo/...", "AP
# writer", "AFP Diplomatic Correspondent Jane Roe", "AP Poll", "AP News").
_AGENCY_ROLES = (
    r"Photos?|Images|Video|Writers?|Correspondents?|Reporters?|Editors?|Photographers?|Poll|News"
    r"|Sources|Stylebook|Exclusive|Interview|Explains|Analysis|FACT|Top"
)
LEADING_LABEL = re.compile(
    rf"^(?:(?P<label>(?:{_LABEL_WORDS})\s+(?=(?:{_LABEL_OPENERS})\b\.?\s)|(?:{_SECTION_LABELS}):\s+(?=[\"'“‘]?[A-Z0-9])"
    rf"|(?:{_CAPS_LABEL_WORDS})\s+(?=[\"'“‘]?[A-Z][a-z])"
    rf"|Enlarge (?:Image|Photo)(?: Close)?\s+(?:(?:Getty Images|Bloomberg News|Associated Press|Reuters|AFP|AP)\s+)?(?=[\"'“‘]?[A-Z]))"
    rf"|(?P<agency>(?:AP|AFP)\s+(?=[A-Z][a-z])(?!(?:\S+\s+){{0,2}}(?:{_AGENCY_ROLES})\b)))"
)

# Words a sentence must have after its label for the label to be cut: a label before a
# short phrase ("Photo The Team", "VIDEO Highlights") is a heading or link text, which the
# fragment rule decides whole.
MIN_LABELLED_WORDS = 4


def leading_label(sentence: str) -> tuple[int, str] | None:
    """A page label or agency credit glued to the front of ``sentence`` (see
    :data:`LEADING_LABEL`): the characters to cut (trailing space included) and the
    reason, or None. Cut only when at least MIN_LABELLED_WORDS words are left."""
    m = LEADING_LABEL.match(sentence)
    if not m or word_count(sentence[m.end():]) < MIN_LABELLED_WORDS:
        return None
    return m.end(), PAGE_LABEL if m.group("label") is not None else AGENCY
