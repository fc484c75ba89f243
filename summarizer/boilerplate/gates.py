"""Gates: literals that a rule's text must contain, a cheap test done before its regular
expression. ``_gated`` registers a pattern's literals in the one shared ``_GATES`` (keyed
by the pattern's text) while the rule tables are built at import;
:mod:`summarizer.boilerplate.classify` pairs each compiled rule with its gate once every
table is built, and ``_first_rule`` runs those checks in order (first match wins)."""

from __future__ import annotations

# Rules that can match anywhere in a line are costly on long paragraphs; each may name
# literals (lower case) of which the line must contain one, a cheap test done first.
_GATES: dict[str, tuple[str, ...]] = {}


def _gated(pattern: str, *needles: str) -> str:
    _GATES[pattern] = needles
    return pattern


def _first_rule(checks, text: str) -> str | None:
    low = None
    for reason, search, gate in checks:
        if gate is not None:
            if low is None:
                low = text.lower()
            if not any(needle in low for needle in gate):
                continue
        if search(text):
            return reason
    return None
