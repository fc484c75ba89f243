"""The brief's configuration file: TOML defaults for an unattended run.

Example (``brief.toml``)::

    inputs = ["feeds/", "articles/"]   # files and directories (a single string is fine)
    out = "briefs/today.html"
    format = "html"                    # markdown, html or json
    stories = 10
    words = 80                         # per story
    previous = "briefs/yesterday.json" # lines already reported are demoted
    jobs = 0                           # 0 = every core
    strict = false

Relative paths are taken from the configuration file's directory, so a crontab line can
run from anywhere. Every key is optional; flags given on the command line override the
file. ``date`` may be TOML's own date (``date = 2025-03-05``) or a string. The file is
UTF-8, with or without a byte-order mark. An unknown key, or a value of the wrong type
or out of range, is an :class:`~summarizer.errors.OptionError` naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from typing import Any

from summarizer.errors import OptionError

# key -> (type it must have, whether it names a path to resolve against the file)
_KEYS: dict[str, tuple[type, bool]] = {
    "inputs": (list, True),
    "out": (str, True),
    "format": (str, False),
    "stories": (int, False),
    "words": (int, False),
    "previous": (str, True),
    "date": (object, False),  # a string or a TOML date: see check_setting
    "jobs": (int, False),
    "strict": (bool, False),
}
KEYS = tuple(_KEYS)


@dataclass(frozen=True)
class BriefConfig:
    """Values read from a configuration file; None where the file does not set one."""

    inputs: tuple[str, ...] | None = None
    out: str | None = None
    format: str | None = None
    stories: int | None = None
    words: int | None = None
    previous: str | None = None
    date: str | None = None
    jobs: int | None = None
    strict: bool | None = None


# Settings checked the same way whether they come from a flag or from the file.
CHECKED = ("format", "stories", "words", "jobs", "date")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_UTF8_BOM = b"\xef\xbb\xbf"


def check_setting(key: str, value: Any, label: str) -> Any:
    """``value`` of the setting ``key`` (one of :data:`CHECKED`), checked and returned as
    the brief uses it (a date as ``YYYY-MM-DD``); else an :class:`OptionError` whose
    message starts with ``label`` ("--jobs", or "brief.toml: jobs")."""
    if key == "format":
        from summarizer.brief.render import FORMATS

        if value not in FORMATS:
            raise OptionError(f"{label} must be one of {', '.join(FORMATS)}, got {value!r}")
    elif key in ("stories", "words"):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise OptionError(f"{label} must be a whole number of at least 1, got {value!r}")
    elif key == "jobs":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise OptionError(f"{label} must be 0 (every core) or more, got {value!r}")
    elif key == "date":
        if isinstance(value, Date) and not isinstance(value, datetime):
            return value.isoformat()
        try:  # a calendar date only: fromisoformat alone takes 2025-W10-3 and 20250305
            if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
                raise ValueError
            Date.fromisoformat(value)
        except ValueError:
            raise OptionError(f"{label} must be a date as YYYY-MM-DD, got {value!r}") from None
    return value


def load_config(path: str | Path) -> BriefConfig:
    """Read and check a TOML configuration file."""
    if not str(path).strip():  # Path("") is the current folder
        raise OptionError(f"--config must name a file, got {str(path)!r}")
    file = Path(path)
    try:
        data = file.read_bytes()
        if data.startswith(_UTF8_BOM):  # as Windows' Notepad saves "UTF-8"
            data = data[len(_UTF8_BOM):]
        table = tomllib.loads(data.decode("utf-8"))
    except FileNotFoundError:
        raise OptionError(f"--config {file}: no such file") from None
    except OSError as error:
        raise OptionError(f"--config {file}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise OptionError(f"--config {file}: not valid TOML: {error}") from None
    except UnicodeDecodeError as error:  # TOML is UTF-8: a Latin-1 or UTF-16 file is not read
        raise OptionError(f"--config {file}: not valid TOML: not UTF-8 text (byte {error.start + 1})") from None
    return parse_config(table, base=file.resolve().parent, name=str(file))


def parse_config(data: dict[str, Any], *, base: Path, name: str = "config") -> BriefConfig:
    """Check ``data`` (a parsed TOML table) key by key and resolve its paths."""
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            raise OptionError(f"{name}: unknown key {key!r} (allowed: {', '.join(KEYS)})")
        kind, is_path = _KEYS[key]
        if key == "inputs" and isinstance(value, str):
            value = [value]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise OptionError(f"{name}: {key} must be {_kind_name(kind)}, got {value!r}")
        if key == "inputs":
            if not value or not all(isinstance(item, str) and item for item in value):
                raise OptionError(f"{name}: inputs must be a non-empty list of paths, got {value!r}")
            value = tuple(_resolve(item, base) for item in value)
        elif is_path:
            if not value.strip():  # not the configuration file's own folder
                raise OptionError(f"{name}: {key} must be a path, got {value!r}")
            value = _resolve(value, base)
        elif key in CHECKED:
            value = check_setting(key, value, f"{name}: {key}")
        values[key] = value
    return BriefConfig(**values)


def _resolve(item: str, base: Path) -> str:
    if item.startswith(("http://", "https://")) or item == "-":
        return item
    path = Path(item).expanduser()
    return str(path if path.is_absolute() else base / path)


def _kind_name(kind: type) -> str:
    return {list: "a list of paths", str: "a string", int: "a whole number", bool: "true or false"}[kind]
