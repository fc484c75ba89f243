"""The benchmark's inputs are reproducible, and ``scripts/bench.py --quick`` runs."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, require_shared

SCRIPTS = ROOT / "scripts"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def inputs():
    require_shared("datasets", "multinews-validation.jsonl")
    return _module("bench_inputs")


def test_story_cluster_is_deterministic(inputs):
    first = inputs.story_cluster(30, seed=7)
    assert len(first) == 30
    assert inputs.fingerprint(first) == inputs.fingerprint(inputs.story_cluster(30, seed=7))
    assert inputs.fingerprint(first) != inputs.fingerprint(inputs.story_cluster(30, seed=8))


def test_news_day_is_deterministic_and_labelled(inputs):
    texts = inputs.news_day(200, seed=3)
    assert len(texts) == 200
    assert inputs.fingerprint(texts) == inputs.fingerprint(inputs.news_day(200, seed=3))
    stories = inputs.source_stories(200, seed=3)
    assert len(stories) == 200
    assert 1 < len(set(stories)) < 200  # several stories, with near-duplicates in them


def test_perturbed_copies_are_made_of_the_source_paragraphs(inputs):
    source = "Title line\n\nFirst.\n\nSecond.\n\nThird.\n\nFourth.\n"
    for seed in range(20):
        copy = inputs.perturb(source, random.Random(seed))
        parts = inputs.paragraphs(copy)
        assert parts[0] == "Title line"
        assert set(parts) <= set(inputs.paragraphs(source))
        assert len(parts) >= 3


def test_written_files_round_trip(inputs, tmp_path):
    texts = inputs.story_cluster(5, seed=1)
    paths = inputs.write_articles(texts, tmp_path)
    assert [p.name for p in paths] == [f"{i:06d}.txt" for i in range(5)]
    assert [p.read_text(encoding="utf-8") for p in paths] == texts


def test_quick_bench_runs(inputs, tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "bench.py"), "--quick", "--silent", "--json", str(out)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| Articles |" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    story = data["digest"][0]
    for key in ("floor", "digest", "lexrank", "textrank"):
        assert "error" not in story[key], story[key]
        assert story[key]["peak_rss"] > 0
    assert story["digest"]["lines"] >= 1
    assert all(row["ok"] for row in data["brief"])
    assert {row["command"] for row in data["cli"]} >= {"summarizer --help"}
    assert all(row["status"] == 0 for row in data["cli"])
