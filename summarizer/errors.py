"""One hierarchy of errors; the CLI turns each into a one-line message and an exit status.

Exit statuses (documented in the README):

===  ==========================================================
0    success
1    nothing could be summarised (every input empty, unreadable or all boilerplate)
2    a wrong option or usage
3    some inputs were skipped and ``--strict`` was given
4    an output could not be written
5    another run holds the lock on this output (``brief``)
70   an internal error (a bug); ``--debug`` shows the traceback
130  interrupted (Ctrl-C, SIGINT); the CLI says ``summarizer: interrupted``
===  ==========================================================
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: ``str(error)`` is the one line shown to users."""

    exit_status = 1


class NothingToSummarize(SummarizerError):
    """No input had any text left to summarise."""

    exit_status = 1


class InputError(SummarizerError):
    """One input cannot be read or parsed; the message names it."""

    exit_status = 1

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class OptionError(SummarizerError):
    """An option has a value outside what it allows; the message names both."""

    exit_status = 2


class ArgumentError(SummarizerError, TypeError):
    """A library call got an argument of a type it does not take (the message names the
    argument, what it got and what it takes); also a :class:`TypeError`."""

    exit_status = 2


class SkippedInputs(SummarizerError):
    """Raised under ``--strict`` when any input was skipped."""

    exit_status = 3


class OutputError(SummarizerError):
    """An output file could not be written; any previous file is left untouched."""

    exit_status = 4


class LockedError(SummarizerError):
    """Another run holds the lock on the same output."""

    exit_status = 5


class LimitExceeded(InputError):
    """An input is larger than a configured limit (reported and skipped like any
    unreadable input)."""
