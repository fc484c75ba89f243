"""Render stage: a :class:`Digest` as plain text, Markdown or JSON.

Text and Markdown end each line with its citations ``[1, 3]`` and close with the
numbered source list; JSON carries everything (lines with their identity and scores,
sources, options, problems). All three are deterministic for the same digest.
"""

from __future__ import annotations

import json
import re
from typing import Any

from summarizer.options import check_choice
from summarizer.records import Digest, Source

FORMATS = ("text", "markdown", "json")


def cite_mark(citations: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(c) for c in citations) + "]"


# Characters that would break a line or restyle the terminal (control characters, line
# and paragraph separators, bidirectional overrides), in a file name or a page's title.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` with every such character shown as its escape (``\\n``, ``\\x1b``)."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def source_label(source: Source) -> str:
    """``Title — outlet, date — path or URL`` with the parts that are known, on one line:
    white space folded (a line break in a title or file name would start a false entry),
    control characters shown as escapes (a title's ESC would restyle the terminal)."""
    head = ", ".join(part for part in (source.title, source.source, source.date) if part)
    where = source.url or source.path
    return one_line(" ".join((f"{head} — {where}" if head else where).split()))


def to_text(digest: Digest) -> str:
    out = [f"{line.text} {cite_mark(line.citations)}" for line in digest.lines]
    if out:  # an empty digest opens with its sources, not a blank line
        out.append("")
    out.append("Sources:")
    out.extend(f"[{s.id}] {source_label(s)}" for s in digest.sources)
    return "\n".join(out) + "\n"


# Characters that can start markup inside a line (lines never start with article text,
# so the line-start markers "#", "-", "1." need no escape); "<" and "&" too, so that raw
# HTML in an article ("<script>") is shown, not passed to the Markdown renderer.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|])")


def md_escape(text: str) -> str:
    """Text that Markdown renders as itself: special characters backslash-escaped,
    line breaks folded."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(digest: Digest) -> str:
    out = [f"- {md_escape(line.text)} {cite_mark(line.citations)}" for line in digest.lines]
    if out:
        out.append("")
    out.append("**Sources**")
    out.append("")
    for s in digest.sources:
        label = md_escape(source_label(s))
        out.append(f"{s.id}. {label}")
    return "\n".join(out) + "\n"


def digest_dict(digest: Digest) -> dict[str, Any]:
    return {
        "sources": [
            {"id": s.id, "title": s.title, "source": s.source, "date": s.date, "path": s.path, "url": s.url}
            for s in digest.sources
        ],
        "lines": [
            {
                "text": line.text,
                "citations": list(line.citations),
                "source": line.doc + 1,
                "path": digest.sources[line.doc].path,
                "sentence_index": line.index,
                "span": [line.start, line.end],
                "scores": {"relevance": line.relevance, "mmr": line.mmr},
            }
            for line in digest.lines
        ],
        "words": digest.words,
        "options": digest.options.as_dict(),
        "problems": [{"path": p.path, "message": p.message} for p in digest.problems],
    }


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_dumps(value: Any) -> str:
    """JSON text, Unicode kept as is except lone surrogates (a file name that is not
    UTF-8, a ``\\ud800`` escape in a JSON input), which are written as ``\\udcff``
    escapes: the output is valid UTF-8 and parses back to the same strings. (A high
    surrogate directly followed by a low one, which no decoder produces, parses back as
    the one character the pair encodes: JSON has no way to write them apart.)"""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def to_json(digest: Digest) -> str:
    return json_dumps(digest_dict(digest)) + "\n"


def render(digest: Digest, fmt: str) -> str:
    """The digest in ``fmt`` (one of :data:`FORMATS`); another format is an
    :class:`~summarizer.errors.OptionError` naming them."""
    renderers = {"text": to_text, "markdown": to_markdown, "json": to_json}
    return renderers[check_choice("format", fmt, FORMATS)](digest)
