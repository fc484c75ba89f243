"""Bytes to text: an input's encoding told by its byte-order mark, by UTF-8's validity,
by the charset a page declares, by a share of ASCII that says Windows-1252, or else
detected by charset-normalizer (:func:`decode`); input with NUL bytes and no byte-order
mark is binary (:func:`looks_binary`). Used by :mod:`summarizer.ingest` for every input.
"""

from __future__ import annotations

import codecs
import re

from summarizer.errors import InputError

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


# Byte-order marks and the encodings they name, UTF-32's first: its little-endian mark
# begins with UTF-16's. Windows' "Unicode" text (Notepad, PowerShell's redirection) is
# UTF-16 with a BOM.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# How far into a file a NUL byte marks it as binary (text has none; UTF-16 and UTF-32
# are told by their BOM): the first 8 KiB, as git's binary check reads 8,000 bytes.
_BINARY_SNIFF_BYTES = 8192


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``raw`` names, or None."""
    return next((encoding for bom, encoding in _BOMS if raw.startswith(bom)), None)


def looks_binary(raw: bytes) -> bool:
    """NUL bytes near the start and no byte-order mark (UTF-16 and UTF-32 text has NULs)."""
    return b"\x00" in raw[:_BINARY_SNIFF_BYTES] and bom_encoding(raw) is None


def decode(name: str, raw: bytes) -> str:
    """Bytes to text: by the byte-order mark when there is one (UTF-8, UTF-16, UTF-32;
    a byte sequence invalid in it becomes U+FFFD, as browsers decode); else UTF-8 when
    valid; else the charset a page declares (``<meta charset>``, ``<?xml encoding>``);
    else Windows-1252 for text that is nearly all ASCII and decodes as it; else detected
    by charset-normalizer; binary or undecodable input is an :class:`InputError`."""
    encoding = bom_encoding(raw)
    if encoding is not None:
        return raw.decode(encoding, errors="replace")  # the WHATWG decode: BOM first, then replacement
    if looks_binary(raw):
        raise InputError(name, "looks like a binary file, not text")
    try:
        return raw.decode("utf-8")
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
