"""The one options object: every tunable of a run, with its default, in one place.

The CLI builds it in one function (``summarizer.cli.build_options``); the library takes
it as ``summarize(articles, options)``. Every value is checked when the object is built
(``validated()`` also checks the method's name against the registry); an error names the
field, the value and what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from numbers import Real
from typing import Any, Sequence

from summarizer.errors import OptionError

ORDERS = ("reading", "score")
BUDGETS = ("words", "chars", "sentences", "bytes")

DEFAULT_WORDS = 100

# MMR trade-off between relevance and novelty (Carbonell & Goldstein 1998): chosen on
# the validation sets by scripts/tune.py (a grid over 0.5..0.9); see README "Tuning".
DEFAULT_LAMBDA = 0.7


@dataclass(frozen=True)
class Options:
    """Options of one digest.

    At most one of ``words``/``chars``/``sentences``/``bytes`` is usually set; every budget that is
    set holds (none is ever exceeded). When none is set, ``words`` is 100 (``Options(sentences=1)``
    has no cap of words; ``Options().with_(sentences=1)`` neither). Construction checks
    every value's type and range and raises :class:`OptionError`; ``validated()`` also
    checks the method's name against the registry.
    """

    method: str = "default"
    words: int | None = None
    chars: int | None = None
    sentences: int | None = None
    bytes: int | None = None
    mmr_lambda: float = DEFAULT_LAMBDA
    order: str = "reading"
    seed: int = 0
    clean: bool = True
    max_article_bytes: int = 20_000_000
    max_run_bytes: int = 500_000_000
    # True when ``words`` is the default of a run given no budget (not a budget asked for):
    # ``with_`` then drops it when another budget is given.
    default_budget: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if all(getattr(self, name) is None for name in BUDGETS):
            object.__setattr__(self, "words", DEFAULT_WORDS)
            object.__setattr__(self, "default_budget", True)
        self.check_values()

    def check_values(self) -> None:
        """Raise :class:`OptionError` for a value of the wrong type or out of range."""
        for name in BUDGETS:
            value = getattr(self, name)
            if value is not None and not _is_count(value, 1):
                raise OptionError(f"--{name} must be a whole number of at least 1, got {value!r}")
        lam = self.mmr_lambda
        if not isinstance(lam, Real) or isinstance(lam, bool) or not 0.0 <= lam <= 1.0:
            raise OptionError(f"--lambda must be a number between 0 and 1, got {lam!r}")
        check_choice("--order", self.order, ORDERS)
        if not _is_count(self.seed, 0):
            raise OptionError(f"--seed must be a whole number of at least 0, got {self.seed!r}")
        if not isinstance(self.clean, bool):
            raise OptionError(f"clean must be True or False, got {self.clean!r}")
        for name in ("max_article_bytes", "max_run_bytes"):
            if not _is_count(getattr(self, name), 1):
                flag = {"max_article_bytes": "--max-bytes"}.get(name, name)
                raise OptionError(f"{flag} must be positive, got {getattr(self, name)!r}")

    def validated(self) -> "Options":
        """The options, once the method's name is checked too (values are checked when built)."""
        from summarizer.rankers import method_names

        if not isinstance(self.method, str) or self.method not in method_names():
            usable = ", ".join(method_names(with_references=False))
            evaluation = ", ".join(n for n in method_names() if n not in method_names(with_references=False))
            raise OptionError(f"--method must be one of {usable} ({evaluation}: with reference summaries,"
                              f" in `summarizer evaluate`), got {self.method!r}")
        return self

    def with_(self, **changes: Any) -> "Options":
        """A copy with ``changes``; giving a budget drops the default ``words`` of options
        built with none (as ``Options(sentences=1)`` has none). The default is passed on as
        the default, not as words asked for, so a later ``with_`` drops it too. A name that
        is not an option raises :class:`OptionError`, as a bad value does."""
        known = [f.name for f in fields(self) if f.init]
        unknown = [name for name in changes if name not in known]
        if unknown:
            raise OptionError(f"unknown option {', '.join(map(repr, unknown))}; options are {', '.join(known)}")
        if self.default_budget and "words" not in changes:
            changes = {**changes, "words": None}  # set again by __post_init__ when no budget is given
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}


def _is_count(value: object, least: int) -> bool:
    """``value`` is an int (not a bool) of at least ``least``."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def check_choice(name: str, value: object, allowed: Sequence[str]) -> str:
    """``value`` when it is one of ``allowed``; else :class:`OptionError` naming ``name``,
    the value and the choices."""
    if not isinstance(value, str) or value not in allowed:
        raise OptionError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return value
