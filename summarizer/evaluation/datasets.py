"""Evaluation datasets: clusters of documents with reference summaries.

Three layouts:

- JSON lines ``{"id", "documents": [str], "references": [str]}`` (optional ``titles``),
  the form of ``../shared/datasets/*.jsonl``; a dataset in which two rows have one id
  is refused (the report counts clusters, and ``--summaries-out`` names them, by id);
- DUC/TAC-style directories: ``DIR/docs/<cluster>/<files>`` and reference summaries
  ``DIR/models/<cluster>*`` (one or more files whose names start with the cluster id,
  in any case; ``.`` / ``_`` / ``-`` separate the id from the rest; the docset's selector
  letter after its number may be left out, as DUC names them: ``docs/d30001t/`` and
  ``models/D30001.M.100.T.A``);
- Multi-News' own files: ``X.src`` (or ``X.source``) with one cluster a line, articles
  joined by ``|||||``, next to ``X.tgt`` (or ``X.target``) with the summary a line.

A bad row or cluster is reported with its line number (or directory) and skipped; when
none is left, the error gives the first reasons. Files are read as UTF-8, a byte-order
mark ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import InputError
from summarizer.records import Problem

MULTINEWS_SEPARATOR = "|||||"
# How many of the skipped rows or clusters the error names when none is usable.
REASONS_SHOWN = 3
# A DUC/TAC docset's selector letter after its number (d30001t, D0801A-A), which the
# names of its model summaries leave out (D30001.M.100.T.A, D0801-A.M.100.A.A).
_SELECTOR = re.compile(r"^([a-z]*\d+)[a-z](?=$|[-_])")


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
        raise InputError(str(path), "no usable cluster in this dataset" + _reasons(problems))
    return Dataset(path.stem, tuple(clusters), tuple(problems))


def _reasons(problems: list[Problem]) -> str:
    """The first few problems, for the one-line error of a dataset with no usable cluster."""
    if not problems:
        return ""
    shown = "; ".join(f"{p.path}: {p.message}" for p in problems[:REASONS_SHOWN])
    more = len(problems) - REASONS_SHOWN
    return f" ({shown}{f'; and {more} more' if more > 0 else ''})"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


def _lines(text: str) -> list[str]:
    """A dataset file's lines: split at ``\n`` only (a trailing ``\r`` dropped), not at
    every line break :meth:`str.splitlines` knows: U+2028, U+0085 or U+001C-1E inside a
    JSON string or a Multi-News article is part of the row, not the end of it."""
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    return lines[:-1] if lines and not lines[-1] else lines


def _jsonl(path: Path) -> tuple[list[EvalCluster], list[Problem]]:
    clusters, problems = [], []
    lines: dict[str, int] = {}  # the line of each cluster id
    for number, line in enumerate(_lines(_read(path)), start=1):
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
        cid = str(row.get("id", f"{path.stem}-{number}"))
        if cid in lines:
            raise InputError(str(path), f"cluster id {cid!r} on line {number} is already the id of line {lines[cid]}: ids must be unique")
        lines[cid] = number
        clusters.append(EvalCluster(cid, tuple(documents), tuple(references), titles))
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
        references = [_read(p) for p in _model_files(models, cid)]
        if not documents or not references:
            problems.append(Problem(str(cluster_dir), "no documents" if not documents else "no reference summary in models/"))
            continue
        clusters.append(EvalCluster(cid, tuple(documents), tuple(references)))
    return clusters, problems


def _model_files(models: list[Path], cid: str) -> list[Path]:
    """The model summaries of cluster ``cid``: those named by its id or, when none is,
    by its id without the docset's selector letter (``d30001t``: ``D30001.M.100.T.A``)."""
    key = cid.lower()
    for key in dict.fromkeys((key, _SELECTOR.sub(r"\1", key))):
        found = [p for p in models if _names_cluster(p.name, key)]
        if found:
            return found
    return []


def _names_cluster(filename: str, cid: str) -> bool:
    """A file name names the cluster, in any case: it is the id, starts with it (then
    ``.``, ``_`` or ``-``) or holds it between dots."""
    lower, key = filename.lower(), cid.lower()
    return lower == key or (lower.startswith(key) and lower[len(key)] in "._-") or f".{key}." in lower


def _multinews_files(path: Path) -> tuple[list[EvalCluster], list[Problem]]:
    target = next((path.with_suffix(s) for s in (".tgt", ".target") if path.with_suffix(s).exists()), None)
    if target is None:
        raise InputError(str(path), "no matching .tgt/.target file of reference summaries")
    sources, targets = _lines(_read(path)), _lines(_read(target))
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
