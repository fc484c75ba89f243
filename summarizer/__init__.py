"""summarizer: extractive multi-document news summarisation.

>>> from summarizer import summarize, Options
>>> digest = summarize(["First article text ...", "Second article text ..."], Options(words=60))

Public API: :func:`summarize`, :func:`load`, :func:`render`, the records (:class:`Article`,
:class:`Digest`, :class:`DigestLine`, :class:`Source`), :class:`Options` and the errors.
"""

from summarizer.errors import ArgumentError, NothingToSummarize, OptionError, SummarizerError
from summarizer.options import Options
from summarizer.records import Article, Digest, DigestLine, Problem, Source
# Imported now (it is light), not on first call: importing the submodule later would set
# the package's ``render`` to the module, and ``summarizer.render(...)`` would then fail.
from summarizer.render import render

__all__ = [
    "ArgumentError", "Article", "Digest", "DigestLine", "NothingToSummarize", "OptionError", "Options",
    "Problem", "Source", "SummarizerError", "load", "render", "summarize",
]


def summarize(*args, **kwargs):  # noqa: D401 - thin lazy wrapper keeps `import summarizer` light
    """See :func:`summarizer.pipeline.summarize`."""
    from summarizer.pipeline import summarize as run

    return run(*args, **kwargs)


def load(*args, **kwargs):
    """See :func:`summarizer.ingest.load`."""
    from summarizer.ingest import load as run

    return run(*args, **kwargs)


