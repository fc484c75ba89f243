"""Text measures that the rules share: white space folded, words counted, final
punctuation, title case, a sentence boundary inside a line."""

from __future__ import annotations

import re

_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$|[.!?]\s*\((?:[^()]{1,60})\)$")
# A sentence boundary inside a line ("... ties. The minister ...").
INNER_STOP = re.compile(r"[a-z]{2}[.!?][\"'”’]? [A-Z]")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# Small words a title-case headline leaves in lower case.
_MINOR = frozenset(
    "a an and as at but by de for from in into is of on or per the to up via vs with".split()
)


def fold(text: str) -> str:
    """White space folded to single spaces, ends stripped."""
    return " ".join(text.split())


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def has_final_punctuation(text: str) -> bool:
    """Ends like a sentence: . ! ? (possibly followed by quotes or brackets), or a colon
    after a clause of several words ("The focus areas include:")."""
    text = text.rstrip()
    if _TERMINAL.search(text):
        return True
    return text.endswith(":") and word_count(text) >= 4


def is_title_case(text: str) -> bool:
    """Most words capitalised, as in a headline ("Israel Receives Three More F-35 Jets")."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _MINOR]
    if not words:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    # 0.8: headlines keep a few lower-case words beyond the minor ones ("wraps up");
    # sentence-case lines of five or more words fall well below it.
    return capital >= 0.8 * len(words)
