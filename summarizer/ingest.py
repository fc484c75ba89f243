"""Input stage: paths, directories, stdin and URLs in; :class:`Article` records out.

Formats: ``.txt``, ``.md`` (markup reduced to text), ``.html``/``.htm`` (main text via
trafilatura, see ``summarizer.htmltext``), ``.jsonl`` (one article a line: ``text``
and optional ``title``, ``source``, ``url``, ``date``) and ``.json`` (one such object, or
an array of them; read when named, not in a directory's walk). Bytes are decoded as UTF-8 when
they are valid UTF-8, otherwise by charset-normalizer's detection. An input that cannot
be read, decoded or parsed, or that has no text, becomes a :class:`Problem` naming it and
the run goes on with the rest.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from typing import BinaryIO, Collection, Iterable, Iterator, Sequence

from summarizer.errors import InputError, LimitExceeded
from summarizer.records import Article, Problem

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
FEED_SUFFIXES = (".rss", ".atom", ".xml")
# What a directory's walk reads. ``.json`` is read when named, not found in a walk: a
# folder of articles often holds a labels or settings file beside them (the seeds' gold.json).
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"
URL_TIMEOUT_SECONDS = 20


class RunBytes:
    """The bytes one run has read against its limit (``max_run_bytes``): one object for
    every read of the run, so that a run reading its inputs one at a time (the brief)
    still counts them together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.total = 0

    @property
    def spent(self) -> bool:
        """The run has read more than its limit: the rest of its inputs is skipped."""
        return self.total > self.limit

    def take(self, name: str, size: int) -> None:
        """Count ``size`` bytes read from ``name``; raise :class:`LimitExceeded` once the
        run's total passes the limit."""
        self.total += size
        if self.spent:
            raise LimitExceeded(
                name, f"the run's inputs exceed {self.limit} bytes (max_run_bytes); this input and the rest are skipped"
            )


@dataclass(frozen=True)
class Loaded:
    """What reading the inputs gave: the articles, and the inputs that were skipped."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def load(
    inputs: Sequence[str],
    *,
    max_article_bytes: int = 20_000_000,
    max_run_bytes: int = 500_000_000,
    suffixes: Sequence[str] = ARTICLE_SUFFIXES,
    stdin: BinaryIO | None = None,
    run_bytes: RunBytes | None = None,
) -> Loaded:
    """Read every input; never raise for one bad input, report it instead. ``run_bytes``
    carries the count of bytes read over several calls (else ``max_run_bytes`` is this
    call's own limit)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    run = run_bytes if run_bytes is not None else RunBytes(max_run_bytes)
    for name in expand_inputs(inputs, suffixes, problems):
        if run.spent:
            break
        try:
            raw = _read_bytes(name, max_article_bytes, stdin)
            run.take(name, len(raw))
            found = list(parse(name, raw))
        except LimitExceeded as error:
            problems.append(Problem(error.path, error.reason))
            continue
        except InputError as error:
            problems.append(Problem(error.path, error.reason))
            continue
        for item in found:
            if isinstance(item, Problem):
                problems.append(item)
            else:
                articles.append(item)
    return Loaded(tuple(articles), tuple(problems))


def expand_inputs(
    inputs: Sequence[str], suffixes: Sequence[str], problems: list[Problem], exclude: Collection[str] = ()
) -> Iterator[str]:
    """Input names in a stable order: directories walked recursively and sorted; hidden
    files and folders inside them (an interrupted run's temporary file, ``.git/``, rsync's
    ``.~tmp~/``) and the resolved paths in ``exclude`` left out (a hidden path named
    itself is read); a file given twice (named again, in two directories named, or
    through a link) read once; a missing path, an empty name, a directory that cannot be
    read (or a folder inside one) or an empty directory becomes a problem."""
    seen: set[str] = set(exclude)

    def first_time(path: Path) -> bool:
        key = str(path.resolve())
        if key in seen:
            return False
        seen.add(key)
        return True

    for name in inputs:
        if name == STDIN or is_url(name):
            yield name
            continue
        if not name.strip():
            problems.append(Problem(repr(name), "empty path"))
            continue
        path = Path(name)
        if path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                problems.append(Problem(name, "permission denied"))
                continue
            found, unreadable = [], []
            for p in path.rglob("*"):  # one walk: the files to read, the folders it cannot enter
                if _is_hidden(p, path):
                    continue
                if p.is_file():
                    if p.suffix.lower() in suffixes:
                        found.append(p)
                elif p.is_dir() and not os.access(p, os.R_OK | os.X_OK):
                    unreadable.append(p)
            found.sort()
            problems.extend(Problem(str(d), "permission denied") for d in sorted(unreadable))
            fresh = [p for p in found if first_time(p)]
            if not found:
                problems.append(Problem(name, f"directory has no {', '.join(suffixes)} files"))
            yield from (str(p) for p in fresh)
        elif path.exists():
            if first_time(path):
                yield name
        else:
            problems.append(Problem(name, "no such file or directory"))


def _is_hidden(path: Path, top: Path) -> bool:
    """``path``, found in the walk of the directory ``top``, is hidden or inside a hidden
    folder below ``top`` (``.git/``, rsync's ``.~tmp~/``): a name starting with a dot.
    The directory given (``.``, ``..``, ``.news``) is not looked at."""
    return any(part.startswith(".") for part in path.relative_to(top).parts)


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def _read_bytes(name: str, limit: int, stdin: BinaryIO | None) -> bytes:
    if name == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        raw = stream.read(limit + 1)
        name = STDIN_NAME
    elif is_url(name):
        raw = _fetch(name, limit)
    else:
        path = Path(name)
        try:
            if path.stat().st_size > limit:
                raise LimitExceeded(name, f"file is larger than {limit} bytes (max_article_bytes)")
            with path.open("rb") as handle:
                raw = handle.read(limit + 1)
        except LimitExceeded:
            raise
        except IsADirectoryError:
            raise InputError(name, "is a directory") from None
        except PermissionError:
            raise InputError(name, "permission denied") from None
        except OSError as error:
            raise InputError(name, f"cannot read: {error.strerror or error}") from None
    if len(raw) > limit:
        raise LimitExceeded(name, f"input is larger than {limit} bytes (max_article_bytes)")
    return raw


def _fetch(url: str, limit: int) -> bytes:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "summarizer/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_SECONDS) as response:
            return response.read(limit + 1)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise InputError(url, f"cannot fetch (offline or unreachable?): {reason}") from None


# Share of ASCII bytes above which text that is not UTF-8 is read as Windows-1252 when it
# decodes as it (the WHATWG default for legacy Western pages). English news in a legacy
# encoding is nearly all ASCII, with curly quotes, dashes and the euro sign above it;
# charset-normalizer, which has little to go on then, read such text as cp1250, cp852 or
# cp775 (a helper's check: "the worldĺs best", "Ć" for "€", 5 of 5 files). At 95%, text
# with more letters outside ASCII (French, Polish, Czech) is still left to it.
WESTERN_ASCII_SHARE = 0.95


_ASCII = bytes(range(0x80))
_WESTERN_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252"})
# Bytes that in Windows-1252 are rare signs (œ Ÿ ³ ¹ ¿ ...) but in Windows-1250
# are Polish or Czech letters (ś ź ł ą ż ...): text with one is left to detection.
_CENTRAL_EUROPEAN = re.compile(rb"[\x8a\x8c-\x8f\x9a\x9c-\x9f\xa3\xa5\xaa\xaf\xb3\xb9\xba\xbc\xbe\xbf]")
# Markup, scripts and styles of a page: not text, and all ASCII.
_MARKUP = re.compile(rb"<script\b.*?</script>|<style\b.*?</style>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_DECLARED_CHARSET = re.compile(rb"""<(?:meta[^>]*?charset|\?xml[^>]*?encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def _mostly_ascii(raw: bytes) -> bool:
    """The text of ``raw`` (markup left out) is nearly all ASCII, and what is above ASCII
    has no Central European letter."""
    text = _MARKUP.sub(b" ", raw) if b"<" in raw else raw
    above = len(text.translate(None, _ASCII))  # the bytes above ASCII
    return len(text) - above >= WESTERN_ASCII_SHARE * len(text) and _CENTRAL_EUROPEAN.search(text) is None


def decode(name: str, raw: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) when valid; else the charset a page
    declares (``<meta charset>``, ``<?xml encoding>``); else Windows-1252 for text that is
    nearly all ASCII and decodes as it; else detected by charset-normalizer; undecodable
    input is an :class:`InputError`."""
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(raw[:4096])
    if declared is not None:  # an HTML page's <meta charset> or an XML declaration
        label = declared.group(1).decode("ascii").lower()
        # as browsers read labels (WHATWG Encoding): Latin-1 and ASCII mean Windows-1252;
        # a UTF-16 label on bytes that are not UTF-16 (no BOM) says nothing
        label = "cp1252" if label in _WESTERN_LABELS else label
        if not label.startswith(("utf-16", "utf-32", "ucs")):
            try:
                return raw.decode(label)
            except (LookupError, UnicodeDecodeError):
                pass
    if _mostly_ascii(raw):
        try:
            return raw.decode("cp1252")  # Windows' Western encoding: see WESTERN_ASCII_SHARE
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(name, "cannot decode: not text in any known encoding")
    return str(best)


def parse(name: str, raw: bytes) -> Iterable[Article | Problem]:
    """Articles in one input; the format comes from the name's suffix (stdin and URLs
    are sniffed: JSON when the whole text is a JSON object or array, HTML when it looks
    like HTML, else text; a URL whose path ends in .json or .jsonl is JSON)."""
    if name == STDIN:
        name = STDIN_NAME
    if name == STDIN_NAME:
        suffix = ""
    elif is_url(name):  # a URL's page type comes from its content, JSON's from its path
        suffix = Path(urlsplit(name).path).suffix.lower()
        suffix = suffix if suffix in JSON_SUFFIXES + JSONL_SUFFIXES else ""
    else:
        suffix = Path(name).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _parse_jsonl(name, raw)
        return
    text = decode(name, raw)
    if suffix in JSON_SUFFIXES and is_url(name) and not _looks_like_json(text):
        suffix = ""  # a URL named .json that serves a page: sniffed as any URL is
    if suffix in JSON_SUFFIXES or (not suffix and _looks_like_json(text)):
        yield from _parse_json(name, text)
        return
    if suffix in HTML_SUFFIXES or (not suffix and _looks_like_html(text)):
        from summarizer.htmltext import html_to_article

        article = html_to_article(text, name, url=name if is_url(name) else None)
    elif suffix in (".md", ".markdown"):
        article = Article(text=markdown_to_text(text), path=name)
    else:
        article = Article(text=text, path=name, url=name if is_url(name) else None)
    if not article.text.strip():
        yield Problem(name, "no text")
    else:
        yield article


def _looks_like_json(text: str) -> bool:
    """Text from stdin or a URL with no suffix that is a JSON object or array as a whole
    (an article that opens with "[Updated]" is not valid JSON, and stays text)."""
    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # JSONDecodeError, or an integer of over 4,300 digits
        return False
    return True


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _jsonl_lines(name: str, raw: bytes) -> list[str | None]:
    """The lines of a JSON-lines file, split at ``\\n`` only (U+2028 or U+0085 inside a
    JSON string is not a line break). A file as a whole in one encoding is decoded as
    one; otherwise each line is UTF-8 or None, so that one garbage line (a crashed
    writer's NUL padding) costs that line only."""
    if not (b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff"))):
        try:
            return decode(name, raw).split("\n")
        except InputError:
            pass
    else:
        try:
            return raw.decode("utf-8-sig").split("\n")
        except UnicodeDecodeError:
            pass
    lines: list[str | None] = []
    for chunk in raw.split(b"\n"):
        try:
            lines.append(chunk.decode("utf-8-sig" if not lines else "utf-8"))
        except UnicodeDecodeError:
            lines.append(None)
    return lines


def _parse_jsonl(name: str, raw: bytes) -> Iterator[Article | Problem]:
    found = list(_jsonl_rows(name, raw))
    if b"\x00" in raw[:8192] and not any(isinstance(item, Article) for item in found):
        raise InputError(name, "looks like a binary file, not text")
    yield from found


def _jsonl_rows(name: str, raw: bytes) -> Iterator[Article | Problem]:
    for number, line in enumerate(_jsonl_lines(name, raw), start=1):
        where = f"{name}:{number}"
        if line is None:
            yield Problem(where, "not UTF-8 text")
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(where, f"not valid JSON ({error.msg})")
            continue
        except (RecursionError, ValueError):  # nested too deeply, or an integer of over 4,300 digits
            yield Problem(where, "not readable JSON (nested too deeply or a number too long)")
            continue
        yield _row_article(where, row)


def _parse_json(name: str, text: str) -> Iterator[Article | Problem]:
    """A ``.json`` input: one article object, or an array of them (``name[0]``, ...).
    Anything else (a file of labels or settings named on the command line, an array with
    no object in it) is one problem naming the file, not an article of its JSON text."""
    if not text.strip():
        raise InputError(name, "no text")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"not valid JSON ({error.msg}, line {error.lineno})") from None
    except (RecursionError, ValueError):  # nested too deeply, or an integer of over 4,300 digits
        raise InputError(name, "not readable JSON (nested too deeply or a number too long)") from None
    if isinstance(data, list) and any(isinstance(row, dict) for row in data):
        for number, row in enumerate(data):
            yield _row_article(f"{name}[{number}]", row)
    elif isinstance(data, dict) and "text" in data:
        yield _row_article(name, data)
    else:
        raise InputError(name, 'expected an article object with a "text" string, or an array of them')


def _row_article(where: str, row: object) -> Article | Problem:
    """One JSON object as an article: ``text`` and optional string ``title``, ``source``,
    ``url``, ``date``; anything else is a problem named by ``where``."""
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return Problem(where, 'expected an object with a "text" string')
    if not row["text"].strip():
        return Problem(where, "no text")
    fields = {key: row.get(key) for key in ("title", "source", "url", "date")}
    bad = [key for key, value in fields.items() if value is not None and not isinstance(value, str)]
    if bad:
        return Problem(where, f"{', '.join(bad)} must be a string")
    return Article(text=row["text"], path=where, **fields)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Horizontal white space only: "\s" would take the line breaks around a heading with it,
# gluing two headings (or a heading and the next paragraph) into one line.
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> str:
    """Markdown reduced to plain lines: headings keep their own line without ``#``,
    links and images keep their text, emphasis markers go."""
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)
