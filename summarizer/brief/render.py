"""A :class:`~summarizer.brief.stories.Brief` as Markdown, standalone HTML or JSON.

* **JSON**: ``{"date": ..., "stories": [{"title": ..., "articles": [input paths...],
  "digest": <the digest JSON of summarizer.render.digest_dict>}]}``.
* **Markdown**: a heading per story, its lines with their citations, its sources.
  Article text is escaped so that it renders as the text it is (no markup, no HTML).
* In both markdown and HTML, every title, outlet, path and line is shown by
  :func:`shown`: one line, control and bidi characters and the bytes of a file name
  that is not UTF-8 as escapes (JSON keeps the data as it is, JSON-escaped).
* **HTML**: one file with inline CSS and no external asset, script or font; a
  Content-Security-Policy forbids loading anything. Every piece of article text, title,
  outlet and URL is escaped with :func:`html.escape`, and a source is linked only when
  its URL is plain ``http``/``https`` (a ``javascript:`` or ``data:`` URL is shown as
  text, never as a link).

All three are deterministic for the same brief, :func:`brief_lines` reads the digest
lines back from any of them (for ``--previous``) and :func:`is_brief_text` recognises
any of them (an earlier brief in the input folder is not an article).
"""

from __future__ import annotations

import html
import json
import os
import re
from html.parser import HTMLParser
from typing import Any, Callable

from summarizer.brief.stories import Brief, Story
from summarizer.records import Source
from summarizer.render import cite_mark, digest_dict, json_dumps, md_escape, one_line

FORMATS = ("markdown", "html", "json")

BRIEF_TITLE = "News brief"
# How each format joins the two counts under a story's heading ("3 articles, 2 outlets").
COUNT_SEPARATORS = {"markdown": ", ", "html": " · "}

_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f<>\"'`\\]+", re.IGNORECASE)


def safe_link(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) URL fit to be a link target, else None."""
    if not url:
        return None
    return url if _SAFE_URL.fullmatch(url) else None


def brief_heading(date: str) -> str:
    """The brief's heading (markdown) and page title (HTML): "News brief, 2025-03-05"."""
    return f"{BRIEF_TITLE}, {date}"


def story_counts(story: Story, fmt: str) -> str:
    """The line under a story's heading: "3 articles, 2 outlets" (``fmt`` picks the separator)."""
    n = len(story.articles)
    return (f"{n} article{'s' if n != 1 else ''}{COUNT_SEPARATORS[fmt]}"
            f"{story.outlets} outlet{'s' if story.outlets != 1 else ''}")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    # U+DC80..U+DCFF: a byte of a file name that is not UTF-8, kept by Python's
    # surrogateescape; shown as that byte's escape, as one_line shows a control byte
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def shown(text: str | None) -> str:
    """A title, outlet, date, path or line as the brief shows it (markdown and HTML): on
    one line (white space folded), control, line-breaking and bidirectional characters as
    escapes (:func:`summarizer.render.one_line`, as ``digest`` shows them: a title's BEL
    or RLO is ``\\x07``, ``\\u202e``), and the bytes of a file name that is not UTF-8
    as ``\\xff`` escapes, so a page declared UTF-8 holds only valid UTF-8."""
    return _LONE_SURROGATE.sub(_surrogate_escape, one_line(" ".join((text or "").split())))


def _label(source: Source) -> str | None:
    """``title, outlet, date`` (the parts known), shown; None when none is."""
    return ", ".join(shown(part) for part in (source.title, source.source, source.date) if part and part.strip()) or None


def _path(source: Source) -> str:
    """The source's file, normalised for display (``cfg/../day1/a.txt`` is ``day1/a.txt``)."""
    path = source.path
    return shown(path if "://" in path or not path else os.path.normpath(path))


def _where(source: Source) -> str:
    return shown(source.url) if source.url else _path(source)


# --- JSON -----------------------------------------------------------------------------


def brief_dict(brief: Brief) -> dict[str, Any]:
    return {
        "date": brief.date,
        "stories": [
            {"title": story.title, "articles": [a.path for a in story.articles], "digest": digest_dict(story.digest)}
            for story in brief.stories
        ],
    }


def to_json(brief: Brief) -> str:
    return json_dumps(brief_dict(brief)) + "\n"


# --- Markdown -------------------------------------------------------------------------

def _md_source(source: Source) -> str:
    label = _label(source)
    link = safe_link(source.url)
    if link:
        return f"{source.id}. [{md_escape(label or _path(source))}](<{link}>)"
    if label is None:  # the file alone, once
        return f"{source.id}. {md_escape(_where(source))}"
    return f"{source.id}. {md_escape(label)} — {md_escape(_where(source))}"


def _md_story(rank: int, story: Story) -> list[str]:
    out = [f"## {rank}. {md_escape(shown(story.title))}", ""]
    out.append(f"*{story_counts(story, 'markdown')}*")
    out.append("")
    out.extend(f"- {md_escape(shown(line.text))} {md_escape(cite_mark(line.citations))}" for line in story.digest.lines)
    out.append("")
    out.append("Sources:")
    out.append("")
    out.extend(_md_source(s) for s in story.digest.sources)
    out.append("")
    return out


def to_markdown(brief: Brief) -> str:
    out = [f"# {md_escape(brief_heading(brief.date))}", ""]
    for rank, story in enumerate(brief.stories, start=1):
        out.extend(_md_story(rank, story))
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML -----------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; --ink: #1d232b; --muted: #5d6673; --rule: #dde2e8; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: var(--ink);
  font: 17px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header { border-bottom: 3px double var(--ink); margin-bottom: 1.5rem; }
h1 { font: 700 2.1rem/1.2 Georgia, serif; margin: 0 0 .25rem; letter-spacing: -.01em; }
.dateline { color: var(--muted); font: 600 .85rem/1.4 system-ui, sans-serif;
  text-transform: uppercase; letter-spacing: .08em; margin: 0 0 .75rem; }
article { background: #fff; border: 1px solid var(--rule); border-radius: 6px;
  padding: 1.1rem 1.3rem .9rem; margin: 0 0 1.2rem; }
h2 { font: 700 1.3rem/1.3 Georgia, serif; margin: 0 0 .2rem; }
h2 .rank { color: var(--accent); margin-right: .35rem; }
.meta { color: var(--muted); font: .8rem/1.4 system-ui, sans-serif; margin: 0 0 .6rem; }
ul.lines { margin: 0 0 .6rem; padding-left: 1.2rem; }
ul.lines li { margin: 0 0 .4rem; }
ul.lines li:first-child { font-weight: 600; }
sup.cite { font: .7rem system-ui, sans-serif; color: var(--muted); }
sup.cite a { color: var(--accent); text-decoration: none; }
details { font: .8rem/1.45 system-ui, sans-serif; color: var(--muted); }
details summary { cursor: pointer; }
ol.sources { margin: .3rem 0 0; padding-left: 1.4rem; overflow-wrap: anywhere; }
ol.sources a { color: var(--accent); }
footer { color: var(--muted); font: .75rem system-ui, sans-serif; text-align: center; }
""".strip()

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _html_source(rank: int, source: Source) -> str:
    label = _label(source)
    link = safe_link(source.url)
    if link:
        body = f'<a href="{_e(link)}" rel="noopener noreferrer nofollow">{_e(label or _path(source))}</a>'
    elif label is None:  # the file alone, once
        body = f'<span class="where">{_e(_where(source))}</span>'
    else:
        body = f"{_e(label)} <span class=\"where\">{_e(_where(source))}</span>"
    return f'<li id="s{rank}-{source.id}">{body}</li>'


def _html_cites(rank: int, citations: tuple[int, ...]) -> str:
    links = ", ".join(f'<a href="#s{rank}-{c}">{c}</a>' for c in citations)
    return f'<sup class="cite">[{links}]</sup>'


def _html_story(rank: int, story: Story) -> list[str]:
    out = [
        '<article class="story">',
        f'<h2><span class="rank">{rank}.</span>{_e(shown(story.title))}</h2>',
        f'<p class="meta">{_e(story_counts(story, "html"))}</p>',
        '<ul class="lines">',
    ]
    out.extend(f"<li>{_e(shown(line.text))} {_html_cites(rank, line.citations)}</li>" for line in story.digest.lines)
    out.append("</ul>")
    out.append(f"<details><summary>Sources ({len(story.digest.sources)})</summary>")
    out.append('<ol class="sources">')
    out.extend(_html_source(rank, s) for s in story.digest.sources)
    out.append("</ol></details>")
    out.append("</article>")
    return out


def to_html(brief: Brief) -> str:
    count = len(brief.stories)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(brief_heading(brief.date))}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{BRIEF_TITLE}</h1>",
        f'<p class="dateline">{_e(brief.date)} · {count} stor{"ies" if count != 1 else "y"}</p>',
        "</header>",
    ]
    for rank, story in enumerate(brief.stories, start=1):
        out.extend(_html_story(rank, story))
    out.append("<footer>Extractive brief: every line is quoted from the cited articles.</footer>")
    out.extend(["</main>", "</body>", "</html>"])
    return "\n".join(out) + "\n"


# --- reading a brief back (for --previous) ----------------------------------------------


class _LineCollector(HTMLParser):
    """The digest lines of an HTML brief: the items of ``<ul class="lines">`` without
    their citation marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.in_list = False
        self.current: list[str] | None = None
        self.in_cite = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "ul" and ("class", "lines") in attrs:
            self.in_list = True
        elif tag == "li" and self.in_list:
            self.current = []
        elif tag == "sup" and self.current is not None:
            self.in_cite += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "ul":
            self.in_list = False
        elif tag == "li" and self.current is not None:
            self.lines.append(" ".join("".join(self.current).split()))
            self.current = None
        elif tag == "sup" and self.in_cite:
            self.in_cite -= 1

    def handle_data(self, data: str) -> None:
        if self.current is not None and not self.in_cite:
            self.current.append(data)


_MD_LINE = re.compile(r"^- (.*?) \\\[[\d, ]+\\\]$")
_MD_UNESCAPE = re.compile(r"\\(.)")


def brief_lines(text: str) -> tuple[str, ...]:
    """The digest lines of a brief this module rendered, in any of its formats (the
    format is recognised from the text). Raises ValueError when it is none of them."""
    head = text.lstrip()[:64]
    if head.startswith("{"):
        data = json.loads(text)
        return tuple(
            line["text"] for story in data["stories"] for line in story["digest"]["lines"]
            if isinstance(line.get("text"), str)
        )
    if head.lower().startswith("<!doctype html"):
        collector = _LineCollector()
        collector.feed(text)
        collector.close()
        return tuple(collector.lines)
    if head.startswith(f"# {BRIEF_TITLE}"):
        found = (_MD_LINE.match(line) for line in text.splitlines())
        return tuple(_MD_UNESCAPE.sub(r"\1", m.group(1)) for m in found if m)
    raise ValueError("not a brief in markdown, html or json")


_DATE = r"\d{4}-\d{2}-\d{2}"
# The heading as each format writes it: markdown (its "#" gone once the file is read as
# markdown), and the page title of an HTML brief read as plain text.
_HEADING = re.compile(rf"\s*(?:#\s*)?{BRIEF_TITLE}, {_DATE}\b")
_HTML_TITLE = re.compile(rf"\s*<!doctype html>.*?<title>{BRIEF_TITLE}, {_DATE}</title>", re.IGNORECASE | re.DOTALL)
# Where the HTML title is: the head's first lines, before the inline CSS.
_HTML_HEAD_CHARS = 2048
# The line under each story's heading, in either format's spelling.
_COUNTS = re.compile(rf"\b\d+ articles?(?:{'|'.join(map(re.escape, COUNT_SEPARATORS.values()))})\d+ outlets?\b")


def is_brief_text(text: str, title: str | None = None) -> bool:
    """``text`` (with the ``title`` an HTML reader found) is a brief this module rendered,
    in any format and whatever the file's name: JSON by its ``{"date", "stories"}``
    object; markdown by its "News brief, DATE" heading, HTML by its page title (read as
    a page or as plain text), either with a story's "N articles, N outlets" line. An
    outlet's page titled "News brief" has no such line and is not one."""
    if text.lstrip().startswith("{"):
        return _is_json_brief(text)
    titled = _HEADING.match(text) or _HTML_TITLE.match(text[:_HTML_HEAD_CHARS]) or is_brief_title(title)
    return bool(titled and _COUNTS.search(text))


def is_brief_title(title: str | None) -> bool:
    """``title`` is an HTML brief's, as a page reader finds it ("News brief", with or
    without its date)."""
    return bool(title and re.fullmatch(rf"{BRIEF_TITLE}(?:, {_DATE})?", title.strip()))


def _is_json_brief(text: str) -> bool:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, nested too deeply, a number too long
        return False
    return isinstance(data, dict) and set(data) == {"date", "stories"} and isinstance(data["stories"], list)


RENDERERS: dict[str, Callable[[Brief], str]] = {"markdown": to_markdown, "html": to_html, "json": to_json}


def render_brief(brief: Brief, fmt: str) -> str:
    return RENDERERS[fmt](brief)
