"""RSS and Atom feed files to :class:`~summarizer.records.Article` records.

Each entry of a feed becomes one article: its text is the entry's longest content (or
its summary) with the HTML reduced to plain lines, its title and link are the entry's,
its outlet (``source``) is the entry's own ``<source>`` (aggregators) or else the feed's
title, and its date is the entry's publication (else update) date as written. An entry
is named ``FILE#N`` (N counts the file's entries from 1), like ``FILE.jsonl:LINE``.

Safety: feeds come from the network and are parsed unattended, so the XML is checked
with defusedxml before feedparser sees it. A document that declares entities (the
"billion laughs" and "quadratic blowup" attacks) or refers to external entities is
refused at once with a :class:`~summarizer.records.Problem`, before anything is
expanded. Nothing is ever fetched: feedparser is given the bytes, not a name.
"""

from __future__ import annotations

import io
import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator, Sequence

from summarizer.errors import InputError
from summarizer.ingest import FEED_SUFFIXES, RunBytes, normal_text
from summarizer.records import Article, Problem

# A declaration of an entity anywhere in the bytes (the check for documents defusedxml
# could not read far enough to see it, e.g. malformed ones that feedparser would still
# try with its lenient parser).
_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)


def is_feed_name(name: str) -> bool:
    return Path(name).suffix.lower() in FEED_SUFFIXES


def unsafe_reason(raw: bytes) -> str | None:
    """Why ``raw`` must not be parsed (entity declarations, external references), or
    None when it is safe to hand to feedparser. Malformed XML is not refused here:
    feedparser reads many broken feeds, and it gets them only without entities."""
    import defusedxml
    import defusedxml.ElementTree as safe_tree

    try:
        safe_tree.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        return "refused: the XML declares entities (possible entity-expansion attack, e.g. billion laughs)"
    except defusedxml.ExternalReferenceForbidden:
        return "refused: the XML refers to external entities"
    except defusedxml.DTDForbidden:  # not raised with forbid_dtd=False; kept for clarity
        return "refused: the XML has a document type declaration"
    except Exception:  # noqa: BLE001 - malformed XML: feedparser's lenient parser decides
        pass
    if _ENTITY_DECLARATION.search(raw):
        return "refused: the XML declares entities (possible entity-expansion attack, e.g. billion laughs)"
    return None


def parse_feed(name: str, raw: bytes, seen: dict[str, str] | None = None) -> list[Article | Problem]:
    """The articles of one feed file's bytes, or problems: the whole file when it is
    unsafe or not a feed, one entry when it has no text. ``seen`` (the entries a run has
    read, :func:`entry_keys` to the first one's name) leaves out an entry read before:
    the same item in two feeds (an outlet's "top stories" and "politics" feeds, a mirror)
    is one article, not two outlets agreeing with each other."""
    reason = unsafe_reason(raw)
    if reason is not None:
        return [Problem(name, reason)]
    import feedparser

    parsed = feedparser.parse(io.BytesIO(raw))
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            error = parsed.get("bozo_exception")
            return [Problem(name, f"not a readable RSS or Atom feed: {_one_line(str(error)) or type(error).__name__}")]
        return [Problem(name, "feed has no entries")]
    feed_title = _clean_line(parsed.get("feed", {}).get("title"))
    out: list[Article | Problem] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{name}#{number}"
        item = _entry_article(where, entry, feed_title)
        if seen is not None and isinstance(item, Article):
            keys = entry_keys(entry, item, name)
            first = next((seen[key] for key in keys if key in seen), None)
            if first is not None:
                # read once, as a file given twice is: not a skipped input
                logging.getLogger(__name__).info("%s is %s again (the same link or guid): read once", where, first)
                continue
            seen.update((key, where) for key in keys)
        out.append(item)
    return out


# Query parameters that track a click and do not name a page.
_TRACKING = re.compile(r"utm_\w+|fbclid|gclid|mc_cid|mc_eid", re.IGNORECASE)
# A guid meant to be unique the world over: a web address or a tag: / urn:uuid: URI.
# Any other guid ("123", "urn:0") is unique within its outlet's feeds only.
_GLOBAL_GUID = re.compile(r"(?:https?://|tag:|urn:uuid:)\S", re.IGNORECASE)


def entry_keys(entry: Any, article: Article, feed: str) -> tuple[str, ...]:
    """What identifies a feed entry across feeds: its link (normalised by
    :func:`link_key`; not a site's home page, which some feeds give every entry) and its
    guid (a web address as a link; one that is not a URI of its own scope, with the
    entry's outlet, or with the ``feed``'s name when the feed names no outlet)."""
    keys = []
    if article.url and _names_a_page(article.url):
        keys.append("link:" + link_key(article.url))
    guid = entry.get("id")
    if isinstance(guid, str) and guid.strip():
        guid = guid.strip()
        if re.match(r"https?://", guid, re.IGNORECASE):
            keys.append("link:" + link_key(guid))
        elif _GLOBAL_GUID.match(guid):
            keys.append("guid:" + guid)
        else:
            scope = _one_line(article.source or "").lower() or f"feed {feed}"
            keys.append(f"guid:{scope}\n{guid}")
    return tuple(dict.fromkeys(keys))


def _names_a_page(url: str) -> bool:
    """``url`` names a page below its site's root ("https://example.org/" does not)."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url.strip()).path.strip("/") != ""
    except ValueError:
        return True


def link_key(url: str) -> str:
    """``url`` as one key for the page it names: http and https alike, the host in
    lower case without "www." and a default port, no fragment, no trailing slash, no
    click-tracking parameters (``utm_source``, ``fbclid``)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit

    url = url.strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:  # a broken address (a bad port, IPv6): the text itself
        return url
    if not host:
        return url
    host = host[4:] if host.startswith("www.") else host
    scheme = parts.scheme.lower()
    if port is not None and not (scheme in ("http", "https") and port in (80, 443)):
        host += f":{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.fullmatch(k)])
    path = parts.path.rstrip("/")
    return f"{'web' if scheme in ('http', 'https') else scheme}://{host}{path}" + (f"?{query}" if query else "")


def read_feed(name: str, *, max_bytes: int, run_bytes: RunBytes | None = None) -> list[Article | Problem]:
    """Read and parse one feed file; unreadable or too large files become problems.
    ``run_bytes`` counts the bytes read towards the run's limit. (A run reads feeds
    through :func:`summarizer.ingest.load`, which parses them with :func:`parse_feed`.)"""
    from summarizer.ingest import read_bytes

    try:
        raw = read_bytes(name, max_bytes)
        if run_bytes is not None:
            run_bytes.take(name, len(raw))
    except InputError as error:  # a LimitExceeded too
        return [Problem(error.path, error.reason)]
    return parse_feed(name, raw)


def _entry_article(where: str, entry: Any, feed_title: str | None) -> Article | Problem:
    text = normal_text(_entry_text(entry))  # line breaks and zero-width characters as every input's
    if not text.strip():
        return Problem(where, "entry has no text")
    source = _clean_line((entry.get("source") or {}).get("title")) or feed_title
    link = entry.get("link")
    return Article(
        text=text,
        path=where,
        title=_clean_line(entry.get("title")),
        source=source,
        url=link.strip() if isinstance(link, str) and link.strip() else None,
        date=_entry_date(entry),
    )


def _entry_text(entry: Any) -> str:
    """The longest of the entry's contents and summary, as plain text."""
    candidates: list[str] = []
    for content in entry.get("content") or []:
        candidates.append(_as_text(content.get("value", ""), content.get("type", "")))
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append(_as_text(entry["summary"], detail.get("type", "text/html")))
    return max(candidates, key=len, default="")


def _entry_date(entry: Any) -> str | None:
    """The entry's date as ISO ``YYYY-MM-DD``, read as a JSON input's is
    (:func:`summarizer.ingest.article_date`: a Unix time is not a date); failing that,
    feedparser's reading of it (RFC 822 with a two-digit year, other languages' forms),
    when its year is one a news date can have (:data:`summarizer.metadata.MIN_YEAR` to
    ``MAX_YEAR``: not 0001-01-01 or 9999-12-31). None when none is a date."""
    from summarizer.ingest import article_date
    from summarizer.metadata import MAX_YEAR, MIN_YEAR

    keys = ("published", "updated", "created")
    values = [entry.get(key) for key in keys]
    for value in values:
        found = article_date(value) if isinstance(value, str) else None
        if found:
            return found
    for key, value in zip(keys, values):
        parsed = entry.get(key + "_parsed")
        if not isinstance(value, str) or value.strip().isdigit() or parsed is None:
            continue  # a number is a Unix time (or a basic date article_date read): never feedparser's guess
        if MIN_YEAR <= parsed.tm_year <= MAX_YEAR:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _as_text(value: str, kind: str) -> str:
    if "html" in (kind or "") or re.search(r"<[a-zA-Z/!]", value or ""):
        return html_to_text(value or "")
    return (value or "").strip()


def _clean_line(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    folded = _one_line(html_to_text(value) if "<" in value or "&" in value else value)
    return folded or None


def _one_line(text: str) -> str:
    return " ".join(text.split())


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "object"))


class _TextCollector(HTMLParser):
    """Text of an HTML fragment: block elements end a line, scripts and styles vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Sequence[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """An HTML fragment (an entry's content) as plain text, one block a paragraph
    (blank lines between blocks, as in the plain-text inputs)."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(_non_empty(lines))


def _non_empty(lines: Iterator[str]) -> Iterator[str]:
    return (line for line in lines if line)
