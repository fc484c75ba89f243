"""Evaluation datasets: clusters of documents with reference summaries.

Three layouts:

- JSON lines ``{"id", "documents": [str], "references": [str]}`` (optional ``titles``),
  the form of ``../shared/datasets/*.jsonl``;
- DUC/TAC-style directories: ``DIR/docs/<cluster>/<files>`` and reference summaries
  ``DIR/models/<cluster>*`` (one or more files whose names start with the cluster id;
  ``.`` / ``_`` / ``-`` separate the id from the rest);
- Multi-News' own files: ``X.src`` (or ``X.source``) with one cluster a line, articles
  joined by ``|||||``, next to ``X.tgt`` (or ``X.target``) with the summary a line.

A bad row or cluster is reported with its line number (or directory) and skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError
from summarizer.records import Problem

MULTINEWS_SEPARATOR = "|||||"


@dataclass(frozen=True)
class EvalCluster:
    id: str
    documents: tuple[str, ...]
    references: tuple[str, ...]
    titles: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class Dataset:
    name: str
    clusters: tuple[EvalCluster, ...]
    problems: tuple[Problem, ...]


def load_dataset(path: str | Path, limit: int | None = None) -> Dataset:
    path = Path(path)
    if path.is_dir():
        clusters, problems = _duc_directory(path)
    elif path.suffix in (".src", ".source"):
        clusters, problems = _multinews_files(path)
    elif path.is_file():
        clusters, problems = _jsonl(path)
    else:
        raise InputError(str(path), "no such dataset file or directory")
    if limit is not None:
        clusters = clusters[:limit]
    if not clusters:
        raise InputError(str(path), "no usable cluster in this dataset")
    return Dataset(path.stem, tuple(clusters), tuple(problems))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


def _jsonl(path: Path) -> tuple[list[EvalCluster], list[Problem]]:
    clusters, problems = [], []
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(Problem(where, f"not valid JSON ({error.msg})"))
            continue
        documents = row.get("documents") if isinstance(row, dict) else None
        references = row.get("references") if isinstance(row, dict) else None
        if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
            problems.append(Problem(where, '"documents" must be a list of strings'))
            continue
        if not isinstance(references, list) or not references or not all(isinstance(r, str) and r.strip() for r in references):
            problems.append(Problem(where, '"references" must be a non-empty list of strings'))
            continue
        documents = [d for d in documents if d.strip()]
        if not documents:
            problems.append(Problem(where, "no non-empty document"))
            continue
        titles = row.get("titles") or ()
        titles = tuple(t if isinstance(t, str) else None for t in titles) if isinstance(titles, list) and len(titles) == len(documents) else ()
        clusters.append(EvalCluster(str(row.get("id", f"{path.stem}-{number}")), tuple(documents), tuple(references), titles))
    return clusters, problems


def _duc_directory(path: Path) -> tuple[list[EvalCluster], list[Problem]]:
    docs_dir = next((path / name for name in ("docs", "documents", "source") if (path / name).is_dir()), None)
    models_dir = next((path / name for name in ("models", "summaries", "references", "model") if (path / name).is_dir()), None)
    if docs_dir is None or models_dir is None:
        raise InputError(str(path), "a DUC/TAC-style dataset needs docs/<cluster>/ and models/ folders")
    models = sorted(p for p in models_dir.iterdir() if p.is_file())
    clusters, problems = [], []
    for cluster_dir in sorted(p for p in docs_dir.iterdir() if p.is_dir()):
        cid = cluster_dir.name
        documents = [_read(p) for p in sorted(cluster_dir.iterdir()) if p.is_file()]
        documents = [d for d in documents if d.strip()]
        references = [_read(p) for p in models if _names_cluster(p.name, cid)]
        if not documents or not references:
            problems.append(Problem(str(cluster_dir), "no documents" if not documents else "no reference summary in models/"))
            continue
        clusters.append(EvalCluster(cid, tuple(documents), tuple(references)))
    return clusters, problems


def _names_cluster(filename: str, cid: str) -> bool:
    lower, key = filename.lower(), cid.lower()
    return lower == key or (lower.startswith(key) and lower[len(key)] in "._-") or f".{key}." in lower


def _multinews_files(path: Path) -> tuple[list[EvalCluster], list[Problem]]:
    target = next((path.with_suffix(s) for s in (".tgt", ".target") if path.with_suffix(s).exists()), None)
    if target is None:
        raise InputError(str(path), "no matching .tgt/.target file of reference summaries")
    sources, targets = _read(path).splitlines(), _read(target).splitlines()
    if len(sources) != len(targets):
        raise InputError(str(path), f"{len(sources)} source lines but {len(targets)} summaries in {target.name}")
    clusters, problems = [], []
    for number, (src, tgt) in enumerate(zip(sources, targets), start=1):
        documents = [d.replace("NEWLINE_CHAR", "\n").strip() for d in src.split(MULTINEWS_SEPARATOR)]
        documents = [d for d in documents if d]
        reference = tgt.lstrip("– -").strip()
        if not documents or not reference:
            problems.append(Problem(f"{path}:{number}", "empty documents or summary"))
            continue
        clusters.append(EvalCluster(f"{path.stem}-{number - 1:04d}", tuple(documents), (reference,)))
    return clusters, problems
