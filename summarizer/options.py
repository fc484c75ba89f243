"""The one options object: every tunable of a run, with its default, in one place.

The CLI builds it in one function (``summarizer.cli.build_options``); the library takes
it as ``summarize(articles, options)``. ``validated()`` checks every field and names the
field, the value and what is allowed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from summarizer.errors import OptionError

ORDERS = ("reading", "score")

DEFAULT_WORDS = 100

# MMR trade-off between relevance and novelty (Carbonell & Goldstein 1998): chosen on
# the validation sets by scripts/tune.py (a grid over 0.5..0.9); see README "Tuning".
DEFAULT_LAMBDA = 0.7


@dataclass(frozen=True)
class Options:
    """Options of one digest.

    At most one of ``words``/``chars``/``sentences``/``bytes`` is usually set; every budget that is
    set holds (none is ever exceeded). When none is set, ``words`` is 100.
    """

    method: str = "default"
    words: int | None = DEFAULT_WORDS
    chars: int | None = None
    sentences: int | None = None
    bytes: int | None = None
    mmr_lambda: float = DEFAULT_LAMBDA
    order: str = "reading"
    seed: int = 0
    clean: bool = True
    max_article_bytes: int = 20_000_000
    max_run_bytes: int = 500_000_000

    def validated(self) -> "Options":
        from summarizer.rankers import method_names

        for name in ("words", "chars", "sentences", "bytes"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 1):
                raise OptionError(f"--{name} must be a whole number of at least 1, got {value!r}")
        if all(getattr(self, name) is None for name in ("words", "chars", "sentences", "bytes")):
            raise OptionError("no length budget: give --words, --chars or --sentences")
        if not 0.0 <= self.mmr_lambda <= 1.0:
            raise OptionError(f"--lambda must be between 0 and 1, got {self.mmr_lambda!r}")
        if self.order not in ORDERS:
            raise OptionError(f"--order must be one of {', '.join(ORDERS)}, got {self.order!r}")
        if self.method not in method_names():
            raise OptionError(
                f"--method must be one of {', '.join(method_names())}, got {self.method!r}"
            )
        for name in ("max_article_bytes", "max_run_bytes"):
            if getattr(self, name) < 1:
                flag = {"max_article_bytes": "--max-bytes"}.get(name, name)
                raise OptionError(f"{flag} must be positive, got {getattr(self, name)!r}")
        return self

    def with_(self, **changes: Any) -> "Options":
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
