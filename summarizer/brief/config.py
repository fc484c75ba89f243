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
file. An unknown key, or a value of the wrong type, is an
:class:`~summarizer.errors.OptionError` naming the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
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
    "date": (str, False),
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


def load_config(path: str | Path) -> BriefConfig:
    """Read and check a TOML configuration file."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise OptionError(f"--config {file}: no such file") from None
    except OSError as error:
        raise OptionError(f"--config {file}: cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise OptionError(f"--config {file}: not valid TOML: {error}") from None
    except UnicodeDecodeError as error:  # TOML is UTF-8: a Latin-1 or UTF-16 file is not read
        raise OptionError(f"--config {file}: not valid TOML: not UTF-8 text (byte {error.start + 1})") from None
    return parse_config(data, base=file.resolve().parent, name=str(file))


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
        values[key] = value
    return BriefConfig(**values)


def _resolve(item: str, base: Path) -> str:
    if item.startswith(("http://", "https://")) or item == "-":
        return item
    path = Path(item).expanduser()
    return str(path if path.is_absolute() else base / path)


def _kind_name(kind: type) -> str:
    return {list: "a list of paths", str: "a string", int: "a whole number", bool: "true or false"}[kind]
