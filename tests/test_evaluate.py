"""`summarizer evaluate` and its datasets: the interface outside checks call, the three
dataset layouts, bad rows reported by line, and the report's shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.datasets import load_dataset

ROOT = Path(__file__).resolve().parents[1]

STORY = [
    "The river burst its banks on Sunday and flooded the valley town. Rescuers moved hundreds of families to safety. "
    "The mayor said damage would run into millions.",
    "Floodwater covered the valley town on Sunday after the river burst its banks. Hundreds of families were moved by rescuers. "
    "Schools will stay closed until Friday.",
]
REFERENCE = "The river flooded a valley town on Sunday; rescuers moved hundreds of families and schools stay closed."


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, cwd=ROOT, timeout=300)


def test_jsonl_bad_rows_reported_by_line(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "a", "documents": STORY, "references": [REFERENCE]},
        "{broken",
        {"id": "b", "documents": STORY},
        {"id": "c", "documents": ["", " "], "references": [REFERENCE]},
    ])
    data = load_dataset(path)
    assert [c.id for c in data.clusters] == ["a"]
    assert [p.path for p in data.problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]


def test_duc_directory_and_multinews_files(tmp_path):
    duc = tmp_path / "duc"
    for cluster in ("d301", "d302"):
        (duc / "docs" / cluster).mkdir(parents=True)
        for i, text in enumerate(STORY):
            (duc / "docs" / cluster / f"doc{i}.txt").write_text(text)
    (duc / "models").mkdir()
    (duc / "models" / "d301.M.100.A").write_text(REFERENCE)
    (duc / "models" / "d301.M.100.B").write_text(REFERENCE.upper())
    data = load_dataset(duc)
    assert [c.id for c in data.clusters] == ["d301"] and len(data.clusters[0].references) == 2
    assert [p.path.rsplit("/", 1)[-1] for p in data.problems] == ["d302"]

    (tmp_path / "test.src").write_text(" ||||| ".join(STORY) + "\n" + "|||||" + "\n")
    (tmp_path / "test.tgt").write_text("– " + REFERENCE + "\n" + "\n")
    data = load_dataset(tmp_path / "test.src")
    assert len(data.clusters) == 1 and len(data.clusters[0].documents) == 2
    assert data.clusters[0].references == (REFERENCE,)
    assert [p.path for p in data.problems] == [f"{tmp_path / 'test.src'}:2"]


def test_missing_dataset_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load_dataset(tmp_path / "nothing.jsonl")


def test_evaluate_interface(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": f"c{i}", "documents": STORY, "references": [REFERENCE]} for i in range(3)])
    out = tmp_path / "summaries.jsonl"
    result = run("evaluate", str(path), "--methods", "default,lead", "--words", "20", "--summaries-out", str(out),
                 "--format", "json", "--jobs", "1", "--compare", "default,lead")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["methods"]) == {"default", "lead"}
    for method in report["methods"].values():
        assert {"rouge-1", "rouge-2", "rouge-l", "rouge-su4"} <= set(method)
        assert 0 <= method["rouge-2"]["f1"] <= 100 and method["mean_words"] <= 20
    assert report["comparisons"][0]["a"] == "default"
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {(r["id"], r["method"]) for r in rows} == {(f"c{i}", m) for i in range(3) for m in ("default", "lead")}
    assert all(len(r["summary"].split()) <= 20 for r in rows)


def test_evaluate_table_formats_and_bad_options(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "c", "documents": STORY, "references": [REFERENCE]}])
    markdown = run("evaluate", str(path), "--methods", "lead,oracle", "--words", "20", "--jobs", "1")
    assert markdown.returncode == 0 and markdown.stdout.decode().startswith("| method |")
    csv = run("evaluate", str(path), "--methods", "lead", "--bytes", "120", "--format", "csv", "--jobs", "1")
    assert csv.returncode == 0 and csv.stdout.decode().startswith("method,metric,")
    for args in (["--methods", "nope"], ["--compare", "default"], ["--limit", "0"], ["--scorer", "java"], ["--format", "xml"]):
        bad = run("evaluate", str(path), *args)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr.decode(), args


def test_clean_command_on_txt_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Advertisement\n\n" + STORY[0] + "\n\nShare this article\n")
    (tmp_path / "b.html").write_text(f"<html><head><title>Flood</title></head><body><nav>Home | News</nav>"
                                     f"<article><p>{STORY[1]}</p><p>{STORY[0]}</p></article></body></html>")
    write_jsonl(tmp_path / "c.jsonl", [{"text": STORY[0] + "\nFollow us on Twitter @paper", "title": "Flood"}])
    for name in ("a.txt", "b.html", "c.jsonl"):
        result = run("clean", str(tmp_path / name), "--format", "json")
        assert result.returncode == 0, result.stderr
        record = json.loads(result.stdout)
        assert {"title", "date", "source", "kept", "removed"} <= set(record)
        assert any("valley town" in k for k in record["kept"])
    removed = json.loads(run("clean", str(tmp_path / "a.txt"), "--format", "json").stdout)["removed"]
    assert {r["text"] for r in removed} >= {"Advertisement", "Share this article"}
    assert all(r["reason"] for r in removed)
