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
    for args in (["--methods", "nope"], ["--compare", "default"], ["--limit", "0"], ["--scorer", "java"], ["--format", "xml"],
                 ["--methods", "lead,lead"], ["--methods", "lead, default,lead"], ["--compare", "default,default"]):
        bad = run("evaluate", str(path), *args)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr.decode(), args
        assert len(bad.stderr.decode().strip().splitlines()) == 1, args
    # a method named twice was scored twice: 2 summaries a cluster, narrower intervals
    assert "lead more than once" in run("evaluate", str(path), "--methods", "lead,lead").stderr.decode()
    assert "two different methods" in run("evaluate", str(path), "--compare", "default,default").stderr.decode()


def test_clean_command_on_txt_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Advertisement\n\n" + STORY[0] + "\n\nShare this article\n")
    (tmp_path / "b.html").write_text(f"<html><head><title>Flood</title></head><body><nav>Home | News</nav>"
                                     f"<article><p>{STORY[1]}</p><p>{STORY[0]}</p></article></body></html>")
    write_jsonl(tmp_path / "c.jsonl", [{"text": STORY[0] + "\nFollow us on Twitter @paper", "title": "Flood"}])
    for name in ("a.txt", "b.html", "c.jsonl"):
        result = run("clean", str(tmp_path / name), "--format", "json")
        assert result.returncode == 0, result.stderr
        [record] = json.loads(result.stdout)  # always an array: one input was an object, several an array
        assert {"path", "title", "date", "source", "headings", "kept", "removed"} <= set(record)
        assert any("valley town" in k for k in record["kept"])
    folder = json.loads(run("clean", str(tmp_path), "--format", "json").stdout)
    assert [r["path"].rsplit("/", 1)[-1] for r in folder] == ["a.txt", "b.html", "c.jsonl:1"]
    removed = json.loads(run("clean", str(tmp_path / "a.txt"), "--format", "json").stdout)[0]["removed"]
    assert {r["text"] for r in removed} >= {"Advertisement", "Share this article"}
    assert all(r["reason"] for r in removed)


def test_duplicate_cluster_ids_are_refused(tmp_path):
    path = write_jsonl(tmp_path / "dup.jsonl", [{"id": "c1", "documents": STORY, "references": [REFERENCE]},
                                                {"id": "c1", "documents": STORY[::-1], "references": [REFERENCE.upper()]}])
    with pytest.raises(InputError, match="'c1' on line 2 is already the id of line 1"):
        load_dataset(path)
    result = run("evaluate", str(path), "--methods", "lead", "--jobs", "1")
    assert result.returncode == 1 and "ids must be unique" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_perl_scores_pair_summaries_with_their_own_references():
    """Summaries meet their cluster's references by position, not by id (a Dataset built
    by hand may repeat one); the report counts clusters, not ids."""
    from summarizer.evaluation.datasets import Dataset, EvalCluster
    from summarizer.evaluation.perl_rouge import perl_missing_reason
    from summarizer.evaluation.report import summarize_results
    from summarizer.evaluation.runner import run as run_methods
    from summarizer.options import Options

    if perl_missing_reason() is not None:
        pytest.skip(f"the official ROUGE-1.5.5 script cannot run: {perl_missing_reason()}")
    other = "Markets fell sharply on Tuesday as investors sold bank shares across Europe."
    clusters = (EvalCluster("same", tuple(STORY), (REFERENCE,)), EvalCluster("same", (other, other + " Again."), (other,)))
    data = Dataset("hand", clusters, ())
    python = run_methods(data, ["lead"], Options(words=20), jobs=1)
    perl = run_methods(data, ["lead"], Options(words=20), scorer="perl", jobs=1)
    for a, b in zip(python, perl):
        assert a.scores["rouge-1"].fmeasure == pytest.approx(b.scores["rouge-1"].fmeasure, abs=1e-4)
    assert perl[1].scores["rouge-1"].fmeasure > 0.5
    assert summarize_results(perl)["clusters"] == 2


def test_duc_2004_names_docsets_and_models_apart(tmp_path):
    """DUC 2004: docs/d30001t/ and models/D30001.M.100.T.A (case, and the selector
    letter 't' left out of the model's name); TAC: D0801A-A and D0801-A.M.100.A.A."""
    duc = tmp_path / "duc"
    for cluster in ("d30001t", "d30002t", "D0801A-A"):
        (duc / "docs" / cluster).mkdir(parents=True)
        for i, text in enumerate(STORY):
            (duc / "docs" / cluster / f"APW19981016.{i}").write_text(text)
    (duc / "models").mkdir()
    for name in ("D30001.M.100.T.A", "D30001.M.100.T.B", "D30002.M.100.T.C", "D0801-A.M.100.A.A", "D0801-B.M.100.A.A"):
        (duc / "models" / name).write_text(REFERENCE)
    data = load_dataset(duc)
    assert {c.id: len(c.references) for c in data.clusters} == {"D0801A-A": 1, "d30001t": 2, "d30002t": 1}
    assert data.problems == ()


def test_no_usable_cluster_says_why(tmp_path):
    duc = tmp_path / "duc"
    for cluster in ("d30001t", "d30002t", "d30003t", "d30004t", "d30005t"):
        (duc / "docs" / cluster).mkdir(parents=True)
        (duc / "docs" / cluster / "a").write_text(STORY[0])
    (duc / "models").mkdir()
    (duc / "models" / "D31111.M.100.T.A").write_text(REFERENCE)
    with pytest.raises(InputError, match=r"no usable cluster.*d30001t: no reference summary.*d30003t.*and 2 more\)$"):
        load_dataset(duc)
    result = run("evaluate", str(duc), "--methods", "lead", "--jobs", "1")
    assert result.returncode == 1 and "d30001t: no reference summary" in result.stderr.decode()
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_jsonl_dataset_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.jsonl"
    rows = [{"id": f"c{i}", "documents": STORY, "references": [REFERENCE]} for i in range(2)]
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(json.dumps(r) for r in rows).encode("utf-8"))
    data = load_dataset(path)
    assert [c.id for c in data.clusters] == ["c0", "c1"] and data.problems == ()


def test_rows_split_at_line_feeds_only(tmp_path):
    # U+2028, U+0085 and U+001C-1E inside a JSON string or a Multi-News article split
    # the row: str.splitlines() broke every such row into "not valid JSON" pieces
    odd = STORY[0].replace(". ", ".\u2028", 1) + "\x1c" + STORY[1].replace(". ", ".\u0085", 1)
    path = tmp_path / "ls.jsonl"
    path.write_bytes("\r\n".join(json.dumps({"id": f"c{i}", "documents": [odd, STORY[1]], "references": [REFERENCE + "\u2028"]},
                                            ensure_ascii=False) for i in range(2)).encode() + b"\r\n")
    data = load_dataset(path)
    assert [c.id for c in data.clusters] == ["c0", "c1"] and data.problems == ()
    assert data.clusters[0].documents[0] == odd
    (tmp_path / "mn.src").write_text(" ||||| ".join([odd, STORY[1]]) + "\n" + " ||||| ".join(STORY) + "\n")
    (tmp_path / "mn.tgt").write_text("– " + REFERENCE + "\u0085 More.\n" + REFERENCE + "\n")
    data = load_dataset(tmp_path / "mn.src")
    assert len(data.clusters) == 2 and data.problems == () and data.clusters[0].documents[0] == odd


def test_an_all_boilerplate_cluster_is_reported_and_scored_zero(tmp_path):
    # it was scored 0 silently; README promised a report on stderr
    boiler = ["Advertisement\n\nShare this article\n\nFollow us on Twitter", "Advertisement\n\nSubscribe to our newsletter"]
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "good", "documents": STORY, "references": [REFERENCE]},
                                              {"id": "boiler", "documents": boiler, "references": [REFERENCE]}])
    result = run("evaluate", str(path), "--methods", "lead,default", "--words", "20", "--jobs", "1", "--format", "json")
    assert result.returncode == 0, result.stderr
    stderr = result.stderr.decode().strip().splitlines()
    assert len(stderr) == 1 and stderr[0].startswith("summarizer: cluster boiler: ") and "scores 0" in stderr[0]
    report = json.loads(result.stdout)
    assert report["clusters"] == 2
