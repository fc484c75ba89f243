"""Shared fixtures: where ``../shared`` is, and articles built by helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI (.ci/run sets HYPOTHESIS_PROFILE=ci) explores the same examples every run, so a
# landing never depends on luck; a developer's run draws fresh ones.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "sample"


def require_shared(*parts: str) -> Path:
    """Path under ../shared; skip visibly when absent, fail when CI requires it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent (the shared evaluation data sits beside the project)"
        if os.environ.get("SUMMARIZER_REQUIRE_SHARED") == "1":
            pytest.fail(message + " and SUMMARIZER_REQUIRE_SHARED=1")
        pytest.skip(message)
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return require_shared("seeds")


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE
