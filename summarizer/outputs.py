"""Writing outputs atomically: a temporary file in the same directory, flushed and
fsynced, then renamed over the target, so a reader sees the old file or the new one,
never half of one, and a failed run leaves any previous output untouched."""

from __future__ import annotations

import errno
import os
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Iterable

from summarizer.errors import OutputError


def encode_output(text: str) -> bytes:
    """Text as the UTF-8 bytes every output gets. Lone surrogates (a file name that is
    not UTF-8, decoded by Python with ``surrogateescape``) become their original bytes
    again; any other lone surrogate (say, from a JSON ``\\ud800`` escape) is written as
    a ``\\ud800`` escape: an output is never refused for its characters."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


TEMP_SUFFIX = ".tmp"
# The random part tempfile.mkstemp puts in a name: 8 characters of a-z, 0-9 and "_".
_TEMP_RANDOM = "[a-z0-9_]{8}"


def _temp_prefix(target: Path) -> str:
    """``write_atomic``'s temporary files for ``target`` are ``.NAME.XXXXXXXX.tmp``:
    hidden, beside it, never read as inputs."""
    return f".{target.name}."


def format_of(output: str | os.PathLike[str] | None, by_suffix: dict[str, str], default: str) -> str:
    """The format the suffix of ``output`` names in ``by_suffix`` (any case: ``.HTML``),
    else ``default`` (stdout, ``-``, another suffix): used when no format is given."""
    if output is None or str(output) == "-":
        return default
    return by_suffix.get(Path(output).suffix.lower(), default)


def remove_stale_temp_files(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files of ``path`` that runs killed during :func:`write_atomic`
    left behind, and return them. Only for a caller that alone writes ``path`` (the
    brief, holding the output's lock); what cannot be listed or removed stays. Through a
    symbolic link, the temporary files are the link target's (where :func:`write_atomic`
    puts them)."""
    target = _link_target(Path(path))
    pattern = re.compile(re.escape(_temp_prefix(target)) + _TEMP_RANDOM + re.escape(TEMP_SUFFIX))
    directory = target.parent if str(target.parent) else Path(".")
    removed: list[Path] = []
    try:
        stale = sorted(p for p in directory.iterdir() if pattern.fullmatch(p.name) and p.is_file())
    except OSError:
        return []
    for file in stale:
        try:
            file.unlink()
        except OSError:
            continue
        removed.append(file)
    return removed


def require_stdout() -> None:
    """Raise :class:`OutputError` when there is no stdout to write to (started with it
    closed, ``>&-``): a command that prints can say so before any work."""
    if sys.stdout is None or sys.stdout.closed:
        raise OutputError("stdout: cannot write: it is closed (give an output file)")


def write_stdout(text: str) -> None:
    """``text`` on stdout as UTF-8, as files get it, whatever the locale (never refused
    for its characters). No stdout, or a write that fails (``>/dev/full``), is an
    :class:`OutputError`; a closed pipe (``| head``) stays a BrokenPipeError, which the
    CLI ends quietly."""
    require_stdout()
    try:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (tests)
            sys.stdout.write(text)
        else:
            buffer.write(encode_output(text))
            buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"stdout: cannot write: {error.strerror or error}") from None


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` atomically; through a symbolic link, the file it points
    to is replaced (its temporary file beside it), and the link stays a link."""
    target = _link_target(Path(path))
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: cannot write: directory {directory} does not exist")
    if target.is_dir():
        raise OutputError(f"{target}: cannot write: is a directory")
    if _in_place(target):
        _write_in_place(target, text)
        return
    fd = -1
    tmp = ""
    try:
        fd, tmp = _create_temp(directory, target)
        data = encode_output(text)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():  # a replaced file keeps its mode; a new one has 0666 less the umask
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
        tmp = ""
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {error.strerror or error}") from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def is_written_in_place(path: str | os.PathLike[str]) -> bool:
    """``path`` is a device, FIFO or terminal, or a link to the shell's stream (``-o
    /dev/stdout``, ``/dev/null``): :func:`write_atomic` writes it in place, with no
    temporary file (so a caller has no temporary file to clean and nothing to lock)."""
    return _in_place(_link_target(Path(path)))


def _in_place(target: Path) -> bool:
    return target.exists() and (not target.is_file() or _is_system_file(target))


_RANDOM = random.SystemRandom()
_TEMP_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _create_temp(directory: Path, target: Path) -> tuple[int, str]:
    """A new temporary file for ``target`` in ``directory`` (named as tempfile.mkstemp
    names them, see :func:`_temp_prefix`), opened for writing. Created with mode 0666, so
    that the umask (and a default ACL) gives it the mode of any new file; mkstemp makes
    0600, which the old code replaced by 0644 whatever the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = directory / f"{_temp_prefix(target)}{''.join(_RANDOM.choices(_TEMP_CHARS, k=8))}{TEMP_SUFFIX}"
        try:
            return os.open(name, flags, 0o666), str(name)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(directory))


def _link_target(path: Path) -> Path:
    """The file a symbolic link ``path`` ends at (followed through every link, even when
    that file does not exist yet); any other path as it is. A link to a device or FIFO
    (``/dev/stdout``) is left as it is: those are written in place, through the link;
    so is a system file (:func:`_is_system_file`: ``/dev/stdout`` sent to a file)."""
    if not path.is_symlink() or (path.exists() and not path.is_file()) or _is_system_file(path):
        return path
    return Path(os.path.realpath(path))


def _is_system_file(path: Path) -> bool:
    """A link under /dev or /proc (``/dev/stdout``, ``/proc/self/fd/1``): a window on a
    stream the shell opened, even when it leads to a regular file (``-o /dev/stdout >>
    log``), so it is written in place, never replaced. A file itself there (``/dev/shm/
    out.txt``, a memory file system) is replaced as any other."""
    return path.is_symlink() and Path(os.path.abspath(path)).parts[1:2] in (("dev",), ("proc",))


def _write_in_place(target: Path, text: str) -> None:
    """A device, FIFO or terminal (``-o /dev/stdout``, ``/dev/null``) is written to, never
    replaced by a renamed file (which, run as root, would replace the device node); opened
    for appending, so that a stream the shell opened to append (``>> log``) is not cut."""
    try:
        with open(target, "ab") as handle:
            handle.write(encode_output(text))
            handle.flush()
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {error.strerror or error}") from None


def refuse_input(output: str | os.PathLike[str] | None, files: Iterable[str]) -> None:
    """Raise :class:`OutputError` when ``output`` is an existing file that the run reads:
    one of ``files`` (the inputs as the run expands them: named files and the files of a
    directory's walk; an iterator is only walked when ``output`` exists), however spelled
    or linked. Checked before any work, so that writing a digest over an article (``-o
    story/00.txt``) never destroys what the user gave."""
    if output is None:
        return
    target = Path(output)
    if not target.is_file():
        return
    for name in files:
        try:
            if name != "-" and "://" not in name and os.path.samefile(name, target):
                raise OutputError(f"{target}: not written: it is one of this run's inputs ({name})")
        except OSError:
            continue
