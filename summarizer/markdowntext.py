"""Markdown to text for ``.md`` and ``.markdown`` inputs: the YAML front matter a text
opens with, read as its fields (:func:`front_matter`, which give an article's title and
date), and the markup reduced to plain lines (:func:`markdown_to_text`). A few regular
expressions, not a Markdown parser: an article's text needs its words and lines, not
its rendering. Markdown's counterpart of :mod:`summarizer.htmltext`, used by :mod:`summarizer.ingest`.
"""

from __future__ import annotations

import re

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Horizontal white space only: "\s" would take the line breaks around a heading with it,
# gluing two headings (or a heading and the next paragraph) into one line.
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
# A blockquote's markers at a line's start, nested or not ("> ", ">> ", "> > "), up to
# three spaces in (CommonMark's indentation for a block).
_MD_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
# YAML front matter (Jekyll, Hugo, Pandoc, note-taking apps): a first line "---", then
# lines up to a closing "---" or "..." line.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.MULTILINE | re.DOTALL)
# One of its top-level fields: a bare key, a colon, the value (a key has no space, so
# a paragraph between two rules, "Officials said: ...", is no field).
_FRONT_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The YAML front matter a Markdown text opens with, as its top-level fields (quotes
    around a value taken off), and the text after it; ``({}, text)`` when there is none.
    Front matter is its first line ``---``, lines of ``key: value`` (and of what a value
    may go on with: indented lines, ``- `` list items, ``#`` comments), or none, and a
    closing ``---`` or ``...``; two rules around a paragraph are not."""
    found = _FRONT_MATTER.match(text)
    lines = [line.rstrip() for line in found.group(1).split("\n") if line.strip()] if found else []
    if found is None or (lines and not _FRONT_FIELD.fullmatch(lines[0])):
        return {}, text
    fields: dict[str, str] = {}
    for line in lines:
        field = _FRONT_FIELD.fullmatch(line)
        if field:
            fields[field.group(1).lower()] = _unquoted(field.group(2) or "")
        elif not line.startswith((" ", "\t", "- ", "#")):
            return {}, text
    return fields, text[found.end():]


def _unquoted(value: str) -> str:
    """A YAML scalar without the quotes around it."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def markdown_to_text(text: str) -> str:
    """Markdown reduced to plain lines: headings keep their own line without ``#``,
    a blockquote's lines without ``>``, links and images keep their text, emphasis
    markers go."""
    text = _MD_QUOTE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)
