"""Input stage: paths, directories, stdin and URLs in; :class:`Article` records out.

Formats: ``.txt``, ``.md`` (markup reduced to text; YAML front matter gives the title
and date: :mod:`summarizer.markdowntext`), ``.html``/``.htm`` (main text via
trafilatura, see :mod:`summarizer.htmltext`), ``.jsonl`` (one article a line: ``text``
and optional ``title``, ``source``, ``url``, ``date``) and ``.json`` (one such object,
or an array of them; read when named, not in a directory's walk), RSS and Atom feeds
(``.rss``, ``.atom``, ``.xml``: one article per entry, :mod:`summarizer.feeds`;
named, not in ``digest``'s walk); stdin, URLs and files of no known suffix are sniffed
(:func:`parse`), a feed by its root element. Bytes are decoded by their byte-order mark when they have one,
as UTF-8 when they are valid UTF-8, otherwise as :func:`summarizer.charset.decode` says;
every article's text then has ``\n`` line breaks and no stray zero-width character
(:func:`normal_text`), and a given date is ISO (:func:`article_date`).
An input that cannot be read, decoded or parsed, or that has no text, becomes a
:class:`Problem` naming it and the run goes on with the rest.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit
from typing import BinaryIO, Collection, Iterable, Iterator, Sequence, Union

from summarizer.charset import bom_encoding, decode, looks_binary
from summarizer.errors import ArgumentError, InputError, LimitExceeded
from summarizer.markdowntext import front_matter, markdown_to_text
from summarizer.records import Article, Problem
from summarizer.options import Options

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
FEED_SUFFIXES = (".rss", ".atom", ".xml")
# What a directory's walk reads. ``.json`` is read when named, not found in a walk: a
# folder of articles often holds a labels or settings file beside them (the seeds' gold.json).
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# Suffixes that say an input's format; an input of any other suffix (or none) is sniffed
# for a feed.
KNOWN_SUFFIXES = ARTICLE_SUFFIXES + JSON_SUFFIXES + FEED_SUFFIXES
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
        # the feed entries read so far, by link and guid, to the first one's name: an item
        # in two feeds of the run is read once (:func:`summarizer.feeds.parse_feed`)
        self.entries: dict[str, str] = {}

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


# What ``load`` takes: one path, or an iterable of them.
InputNames = Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]]


def load(
    inputs: InputNames,
    *,
    max_article_bytes: int = 20_000_000,
    max_run_bytes: int = 500_000_000,
    suffixes: Sequence[str] = ARTICLE_SUFFIXES,
    stdin: BinaryIO | None = None,
    run_bytes: RunBytes | None = None,
) -> Loaded:
    """Read every input (one path, or an iterable of them: see :func:`input_names`);
    never raise for one bad input, report it instead. ``run_bytes`` carries the count of
    bytes read over several calls (else ``max_run_bytes`` is this call's own limit)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    run = run_bytes if run_bytes is not None else RunBytes(max_run_bytes)
    for name in expand_inputs(input_names(inputs), suffixes, problems):
        if run.spent:
            break
        try:
            raw = _read_input(name, stdin, max_article_bytes, run)
            run.take(name, len(raw))
            found = list(parse(name, raw, max_article_bytes=max_article_bytes, entries=run.entries))
        except InputError as error:  # a LimitExceeded too: past the run's limit, the loop stops above
            problems.append(Problem(error.path, error.reason))
            continue
        for item in found:
            if isinstance(item, Problem):
                problems.append(item)
            else:
                articles.append(item)
    return Loaded(tuple(articles), tuple(problems))


def input_names(inputs: InputNames) -> list[str]:
    """The names ``load`` reads: one path (a ``str`` or :class:`os.PathLike`: a file, a
    directory, ``-`` or a URL) or an iterable of them. Anything else (bytes, a number, a
    list holding one) is an :class:`ArgumentError`."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    elif isinstance(inputs, (bytes, bytearray)) or not isinstance(inputs, Iterable):
        raise ArgumentError(f"load: inputs must be a path (str or os.PathLike) or a list of them, got {type(inputs).__name__}")
    names = []
    for item in inputs:
        if not isinstance(item, (str, os.PathLike)):
            raise ArgumentError(f"load: each input must be a path (str or os.PathLike), got {type(item).__name__}: {item!r:.60}")
        names.append(os.fsdecode(item))
    return names


def expand_inputs(
    inputs: Sequence[str], suffixes: Sequence[str], problems: list[Problem], exclude: Collection[str] = ()
) -> Iterator[str]:
    """Input names in a stable order: directories walked recursively and sorted, links to
    folders followed (:func:`_walk`); hidden files and folders inside them (an interrupted
    run's temporary file, ``.git/``, rsync's ``.~tmp~/``) and the resolved paths in
    ``exclude`` left out (a hidden path named itself is read); a file given twice (named
    again, in two directories named, or through a link) read once; a missing path, a
    broken link, an empty name, a directory that cannot be read (or a folder inside one),
    a link loop, a special file of a suffix read in a walk or an empty directory becomes
    a problem (a special file named is refused when it is read: :func:`read_bytes`)."""
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
            found, skipped = _walk(path, suffixes)
            problems.extend(skipped)
            fresh = [p for p in found if first_time(p)]
            if not found:
                problems.append(Problem(name, f"directory has no {', '.join(suffixes)} files"))
            yield from (str(p) for p in fresh)
        elif path.exists():
            if first_time(path):
                yield name
        else:
            problems.append(Problem(name, _broken_link(path) or "no such file or directory"))


def _walk(top: Path, suffixes: Sequence[str]) -> tuple[list[Path], list[Problem]]:
    """The files of a directory's walk that have one of ``suffixes``, sorted, and the
    problems met on the way, sorted by path: a folder that cannot be entered, a link
    that leads nowhere (its target missing, or a loop of links) or back into a folder it
    is in, a file of those suffixes that is not a regular file (a FIFO, which would block
    the run). Links to folders are followed after the folders themselves, each real folder
    walked once (a folder and a link to it: the folder's own names). Hidden files and
    folders below ``top`` (a name starting with a dot: ``.git/``, rsync's ``.~tmp~/``, an
    interrupted run's temporary file) are left out; ``top`` itself is not looked at."""
    found: list[Path] = []
    problems: list[Problem] = []
    walked: set[str] = set()
    links: list[tuple[Path, tuple[str, ...]]] = []  # folders reached through a link, walked last

    def enter(folder: Path, ancestors: tuple[str, ...]) -> None:
        real = os.path.realpath(folder)
        if real in ancestors:
            problems.append(Problem(str(folder), "link loop: leads back to a folder it is in"))
        elif real not in walked:
            walked.add(real)
            if os.access(folder, os.R_OK | os.X_OK):
                visit(folder, (*ancestors, real))
            else:
                problems.append(Problem(str(folder), "permission denied"))

    def visit(folder: Path, ancestors: tuple[str, ...]) -> None:
        try:
            names = sorted(entry.name for entry in os.scandir(folder))
        except OSError as error:
            problems.append(Problem(str(folder), f"cannot read: {error.strerror or error}"))
            return
        for name in names:
            if name.startswith("."):
                continue
            child = folder / name
            wanted = child.suffix.lower() in suffixes
            if child.is_dir():
                if child.is_symlink():
                    links.append((child, ancestors))
                else:
                    enter(child, ancestors)
            elif child.is_file():
                if wanted:
                    found.append(child)
            elif child.is_symlink() and _broken_link(child):
                if wanted or not child.suffix:  # a link of no suffix may have led to a folder
                    problems.append(Problem(str(child), str(_broken_link(child))))
            elif wanted:
                problems.append(Problem(str(child), _special_file(child)))

    real_top = os.path.realpath(top)
    walked.add(real_top)
    visit(top, (real_top,))
    while links:
        enter(*links.pop(0))
    found.sort()
    problems.sort(key=lambda problem: Path(problem.path))
    return found, problems


def _broken_link(path: Path) -> str | None:
    """Why the link ``path`` leads nowhere (its target is missing, or links loop), or
    None when it is no link or leads somewhere."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "link loop: the links lead back to one another"
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"broken link: its target {target} does not exist"
    return None


_SPECIAL_FILES = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _special_file(path: Path, mode: int | None = None) -> str:
    """The message for ``path`` that is not a regular file: reading it could block the
    run for ever (a FIFO with no writer) or never end (/dev/zero)."""
    if mode is None:
        try:
            mode = os.stat(path).st_mode
        except OSError as error:
            return f"cannot read: {error.strerror or error}"
    kind = next((name for test, name in _SPECIAL_FILES if test(mode)), "not a file")
    return f"not a regular file ({kind}): not read"


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def _read_input(name: str, stdin: BinaryIO | None, max_article_bytes: int, run: RunBytes) -> bytes:
    """The bytes of one input: ``max_article_bytes`` limits one article, ``run`` all the
    bytes of a run, and no input is read beyond it. An input of one article is refused past
    ``max_article_bytes``; JSON lines (limited record by record in :func:`parse`) are read
    up to what is left of the run's limit, refused past it (and the run's limit is spent)."""
    left = run.limit - run.total
    if name == STDIN:
        return _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_article_bytes, left)
    if _suffix(name) not in JSONL_SUFFIXES:
        return read_bytes(name, max_article_bytes)
    try:
        return read_bytes(name, left)
    except LimitExceeded:
        run.take(name, left + 1)  # spends the run's limit and raises its LimitExceeded
        raise


def _read_stdin(stream: BinaryIO, max_article_bytes: int, run_bytes_left: int) -> bytes:
    """Stdin up to one byte past ``max_article_bytes``; when there is more and it opens
    with a JSON object (it may be JSON lines, limited record by record), up to one byte
    past what is left of the run's limit. :func:`parse` refuses one article over the limit."""
    raw = stream.read(max_article_bytes + 1)
    if len(raw) > max_article_bytes and _opens_json_object(raw):
        raw += stream.read(max(run_bytes_left - len(raw), 0) + 1)
    return raw


def _article_too_large(name: str, limit: int) -> LimitExceeded:
    return LimitExceeded(name, f"input is larger than {limit} bytes (max_article_bytes)")


def read_bytes(name: str, limit: int) -> bytes:
    """A file's or URL's bytes; a :class:`LimitExceeded` past ``limit``, the file unread."""
    if is_url(name):
        raw = _fetch(name, limit)
    else:
        path = Path(name)
        try:
            status = path.stat()
            if not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):
                raise InputError(name, _special_file(path, status.st_mode))  # a FIFO would block the run
            if status.st_size > limit:
                raise LimitExceeded(name, f"file is larger than {limit} bytes (max_article_bytes)")
            with path.open("rb") as handle:
                raw = handle.read(limit + 1)
        except InputError:
            raise
        except IsADirectoryError:
            raise InputError(name, "is a directory") from None
        except PermissionError:
            raise InputError(name, "permission denied") from None
        except OSError as error:
            raise InputError(name, f"cannot read: {error.strerror or error}") from None
    if len(raw) > limit:
        raise _article_too_large(name, limit)
    return raw


def _fetch(url: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the page at ``url``, fetched within
    ``URL_TIMEOUT_SECONDS`` in all (not per read: a server trickling a byte at a time held
    a fetch 43 s); a URL that is not valid (a space in it, a broken IPv6 address), an HTTP
    error status ("HTTP 404 Not Found"), a fetch over time and one that fails are an
    :class:`InputError`."""
    import http.client
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + URL_TIMEOUT_SECONDS
    too_slow = f"cannot fetch: took over {URL_TIMEOUT_SECONDS} s (timeout)"
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "summarizer/0.1"})
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_SECONDS) as response:
            chunks: list[bytes] = []
            size = 0
            while size <= limit:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise InputError(url, too_slow)
                sock = getattr(getattr(response.fp, "raw", None), "_sock", None)
                if sock is not None:
                    sock.settimeout(min(left, URL_TIMEOUT_SECONDS))  # a read waits no longer than the fetch may
                chunk = response.read1(min(limit + 1 - size, 1 << 16))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            return b"".join(chunks)
    except (http.client.InvalidURL, ValueError) as error:
        raise InputError(url, f"not a valid URL: {error}") from None
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP {error.code} {error.reason}") from None
    except TimeoutError:
        raise InputError(url, too_slow) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
        reason = getattr(error, "reason", error)
        raise InputError(url, f"cannot fetch (offline or unreachable?): {reason}") from None


def _suffix(name: str) -> str:
    """The suffix that says an input's format: a file's own; a URL's when its path ends
    in .json or .jsonl (a page's type comes from its content); none for stdin (sniffed)."""
    if name in (STDIN, STDIN_NAME):
        return ""
    if is_url(name):
        try:
            suffix = Path(urlsplit(name).path).suffix.lower()
        except ValueError:  # not a valid URL (a broken IPv6 address): _fetch reports it
            return ""
        return suffix if suffix in JSON_SUFFIXES + JSONL_SUFFIXES else ""
    return Path(name).suffix.lower()


def parse(
    name: str, raw: bytes, *, max_article_bytes: int = Options.max_article_bytes, entries: dict[str, str] | None = None
) -> Iterable[Article | Problem]:
    """Articles in one input; the format comes from the name's suffix (stdin and URLs
    are sniffed: an RSS or Atom feed by its root element (:func:`looks_like_feed`, also
    for a file of a suffix no format has), JSON when the whole text is a JSON object or
    array, JSON lines when it is lines of JSON objects (:func:`_json_lines`), HTML when it
    looks like HTML, else text; a URL whose path ends in .json or .jsonl is JSON). A feed
    (``.rss``, ``.atom``, ``.xml`` or sniffed) gives one article per entry
    (:func:`summarizer.feeds.parse_feed`; an entry already in ``entries``, the
    same link or guid in another feed, is left out). In JSON lines, a record over
    ``max_article_bytes`` is a problem and the others are read; any other input over it
    is a :class:`LimitExceeded`."""
    if name == STDIN:
        name = STDIN_NAME
    suffix = _suffix(name)
    if suffix in JSONL_SUFFIXES:
        yield from _parse_jsonl(name, raw, max_article_bytes)
        return
    if suffix in FEED_SUFFIXES or (suffix not in KNOWN_SUFFIXES and looks_like_feed(raw)):
        if len(raw) > max_article_bytes:
            raise _article_too_large(name, max_article_bytes)
        from summarizer.feeds import parse_feed

        yield from parse_feed(name, raw, entries)
        return
    sniffed_json = not suffix and _opens_json_object(raw)
    if len(raw) > max_article_bytes and not sniffed_json:
        raise _article_too_large(name, max_article_bytes)  # not decoded: one article, too large
    text = _lines_text(decode(name, raw))
    lines = _json_lines(text) if sniffed_json and not _looks_like_json(text) else None
    if lines is not None:
        yield from _jsonl_rows(name, lines, max_article_bytes)
        return
    if len(raw) > max_article_bytes:
        raise _article_too_large(name, max_article_bytes)
    if suffix in JSON_SUFFIXES and is_url(name) and not _looks_like_json(text):
        suffix = ""  # a URL named .json that serves a page: sniffed as any URL is
    if suffix in JSON_SUFFIXES or (not suffix and _looks_like_json(text)):
        yield from _parse_json(name, text)
        return
    text = normal_text(text)
    if suffix in HTML_SUFFIXES or (not suffix and _looks_like_html(text)):
        from summarizer.htmltext import html_to_article

        article = html_to_article(text, name, url=name if is_url(name) else None)
        article = replace(article, text=normal_text(article.text))  # trafilatura's main text: normalised too
    elif suffix in (".md", ".markdown"):
        fields, body = front_matter(text)
        title = " ".join(fields.get("title", "").split()) or None
        article = Article(text=markdown_to_text(body), path=name, title=title, date=article_date(fields.get("date")))
    else:
        article = Article(text=text, path=name, url=name if is_url(name) else None)
    if not article.text.strip():
        yield Problem(name, "no text")
    else:
        yield article


# Characters of no width that stray into scraped and pasted text (CMS editors, pages'
# "&#8203;", a file's BOM repeated where files were joined): the zero-width space
# (U+200B), the word joiner (U+2060) and U+FEFF go wherever they are; at a line's start
# one hid a "date ..." prefix or a dateline from the cleaning rules. The zero-width
# non-joiner and joiner (U+200C, U+200D) shape Persian and Indic words and emoji
# between two characters, so they go only after white space or at a line's start,
# and before white space or at a line's end, where they join nothing.
_ZERO_WIDTH = re.compile("(?<!\\S)[\u200b-\u200d\u2060\ufeff]+|[\u200b\u2060\ufeff]+|[\u200c\u200d]+(?!\\S)")


# Characters that would act on a terminal rather than show there: a terminal's escape
# sequences (ESC [ ... final byte; ESC ] ... BEL or ESC \ within a line; ESC and one
# character) go whole, then every other C0 and C1 control but tab and line feed (BEL,
# NUL, ESC ...), and the bidirectional embedding, override and isolate controls
# (U+202A-U+202E, U+2066-U+2069), which reorder what a terminal shows.
_TERMINAL_ESCAPE = re.compile("\x1b(?:\\[[0-?]*[ -/]*[@-~]|\\][^\x07\x1b\n]*(?:\x07|\x1b\\\\)|[@-_])")
# The controls that end a line (vertical tab, form feed, the file, group and record
# separators, NEL) end it as ``\n`` does, rather than join two lines' words.
_LINE_BREAK_CONTROLS = str.maketrans(dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85", "\n"))
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")


def normal_text(text: str) -> str:
    """``text`` as an article's text is kept, whatever its format: line breaks as ``\n``
    (Windows' ``\r\n``, old Macs' lone ``\r``), no stray zero-width character, and no
    control character (:data:`_CONTROL`; a terminal's escape sequence goes whole), so
    that a digest line, which is this text verbatim, cannot act on a terminal."""
    text = _lines_text(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", _TERMINAL_ESCAPE.sub("", text).translate(_LINE_BREAK_CONTROLS))
    return text


def _lines_text(text: str) -> str:
    """``text`` with line breaks as ``\n`` and no stray zero-width character, its control
    characters left: what JSON and JSON lines are split and parsed from (a raw U+0085
    inside a JSON string is no line break; each record's text is normalised after)."""
    return _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


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


# Bytes of an input looked at for the "{" that opens JSON: room for the white space
# and byte-order mark before it (a BOM and a blank line or two take under 20 bytes).
_JSON_SNIFF_BYTES = 1024


def _opens_json_object(raw: bytes) -> bool:
    """``raw`` opens with ``{`` (after a byte-order mark and white space)."""
    head = raw[:_JSON_SNIFF_BYTES].decode(bom_encoding(raw) or "latin-1", errors="ignore")
    return head.lstrip("\ufeff \t\r\n").startswith("{")


def _json_lines(text: str) -> list[str] | None:
    """The lines of ``text`` if it is JSON lines, else None: its first line that is not
    blank is a JSON object (whatever its keys: one with no ``"text"`` is then reported by
    its line, as in a .jsonl file, not read as an article of JSON syntax), and every other
    such line opens with ``{`` (a broken record is then reported by its line too, rather
    than the whole input read as one article of JSON)."""
    lines = text.split("\n")
    records = [line for line in lines if line.strip()]
    if not records or not all(line.lstrip().startswith("{") for line in records):
        return None
    try:
        first = json.loads(records[0])
    except (ValueError, RecursionError):  # JSONDecodeError, or an integer of over 4,300 digits
        return None
    return lines if isinstance(first, dict) else None


# The start of an XML document before its root element: white space, the XML
# declaration, processing instructions (a stylesheet), comments and a document type.
_XML_PROLOGUE = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
# The root element of a feed: RSS 0.9x/2.0 ``<rss>``, Atom's ``<feed>``, RSS 1.0's
# ``<rdf:RDF>`` (any namespace prefix).
_FEED_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s/>]")
# Bytes of an input looked at for a feed's root element (a prologue with a long comment
# or stylesheet instruction fits).
_FEED_SNIFF_BYTES = 4096


def looks_like_feed(raw: bytes) -> bool:
    """``raw`` is an RSS or Atom feed: its root element (after the XML declaration,
    comments, processing instructions and a document type) is ``rss``, ``feed`` or
    ``rdf:RDF``, in UTF-8, a legacy 8-bit encoding or a UTF-16/32 with its byte-order mark."""
    encoding = bom_encoding(raw)
    head = raw[: _FEED_SNIFF_BYTES * (4 if encoding and "32" in encoding else 2 if encoding else 1)]
    text = head.decode(encoding or "latin-1", errors="ignore").lstrip("\ufeff")
    prologue = _XML_PROLOGUE.match(text)
    return bool(_FEED_ROOT.match(text, prologue.end() if prologue else 0))


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _jsonl_lines(name: str, raw: bytes) -> list[str | None]:
    """The lines of a JSON-lines file, split at ``\\n``, ``\\r\\n`` or ``\\r`` only (U+2028
    or U+0085 inside a JSON string is not a line break; a bare CR cannot be in one). A file
    as a whole in one encoding is decoded as one; otherwise each line is UTF-8 or None, so
    that one garbage line (a crashed writer's NUL padding) costs that line only."""
    if not looks_binary(raw):
        try:
            return _lines_text(decode(name, raw)).split("\n")
        except InputError:
            pass
    else:
        try:
            return raw.decode("utf-8").split("\n")
        except UnicodeDecodeError:
            pass
    lines: list[str | None] = []
    for chunk in raw.split(b"\n"):
        try:
            lines.append(chunk.decode("utf-8-sig" if not lines else "utf-8"))
        except UnicodeDecodeError:
            lines.append(None)
    return lines


def _parse_jsonl(name: str, raw: bytes, max_article_bytes: int) -> Iterator[Article | Problem]:
    found = list(_jsonl_rows(name, _jsonl_lines(name, raw), max_article_bytes))
    if looks_binary(raw) and not any(isinstance(item, Article) for item in found):
        raise InputError(name, "looks like a binary file, not text")
    yield from found


def _jsonl_rows(name: str, lines: Iterable[str | None], max_article_bytes: int) -> Iterator[Article | Problem]:
    """One article or problem per line that is not blank, named ``name:LINE``; a line of
    over ``max_article_bytes`` (in UTF-8) is a problem, not read."""
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if line is None:
            yield Problem(where, "not UTF-8 text")
            continue
        if not line.strip():
            continue
        if len(line.encode("utf-8", "surrogatepass")) > max_article_bytes:
            yield Problem(where, f"record is larger than {max_article_bytes} bytes (max_article_bytes)")
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
    ``url``, and ``date`` (a string or a number, see :func:`article_date`); anything else
    is a problem named by ``where``."""
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return Problem(where, 'expected an object with a "text" string')
    text = normal_text(row["text"])
    if not text.strip():
        return Problem(where, "no text")
    fields = {key: row.get(key) for key in ("title", "source", "url")}
    bad = [key for key, value in fields.items() if value is not None and not isinstance(value, str)]
    if bad:
        return Problem(where, f"{', '.join(bad)} must be a string")
    date = row.get("date")
    if isinstance(date, bool) or not isinstance(date, (str, int, float, type(None))):
        return Problem(where, "date must be a string or a number")
    return Article(text=text, path=where, date=article_date(date), **fields)


# A date written as one number, ISO 8601's basic form (20250206): how a date is often
# stored as an integer.
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def article_date(value: str | int | float | None) -> str | None:
    """An article's given date as ISO ``YYYY-MM-DD``: any form
    :func:`summarizer.metadata.normalise_date` reads ("6 February 2025", an ISO timestamp),
    or ISO 8601's basic form, text or a number ("20250206"). None for a value that is not
    a date (an ambiguous "06/02/2025", a Unix time): it is neither shown nor ordered as
    one, and the date line of the article's text, if any, is used instead."""
    from summarizer.metadata import normalise_date

    if value is None:
        return None
    text = str(value).strip()
    basic = _BASIC_DATE.fullmatch(text)
    return normalise_date("-".join(basic.groups()) if basic else text)
