#!/usr/bin/env python3
"""Render an HTML brief and screenshot it with headless Chromium (a visual check).

    python scripts/render_brief_html.py ../shared/seeds --multinews 3 --out-dir /tmp/brief-shot

writes ``OUT_DIR/brief.html`` (``summarizer brief --format html``) and
``OUT_DIR/brief.png`` (1200x1600). ``--multinews K`` adds the first K clusters of
``../shared/datasets/multinews-validation.jsonl``, one ``.txt`` file per document,
written to ``OUT_DIR/multinews/``. Chromium runs headless with no network features, a
throw-away profile, and the page itself loads nothing (its CSP forbids it).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHROMIUM = "/usr/bin/chromium"
# Documents shorter than this are Multi-News scraping leftovers ("Enable cookies"...).
MIN_WORDS = 40


def write_multinews(count: int, folder: Path) -> list[Path]:
    dataset = SHARED / "datasets" / "multinews-validation.jsonl"
    if not dataset.exists():
        raise SystemExit(f"{dataset} is absent: drop --multinews")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with dataset.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= count:
                break
            row = json.loads(line)
            for index, text in enumerate(row["documents"]):
                if len(text.split()) < MIN_WORDS:
                    continue
                path = folder / f"{row['id']}-{index}.txt"
                path.write_text(text, encoding="utf-8")
                written.append(path)
    return written


def screenshot(html: Path, png: Path, width: int = 1200, height: int = 1600) -> None:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={width},{height}",
            html.resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not png.exists():
        raise SystemExit(f"chromium failed ({done.returncode}): {done.stderr.strip()[-500:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="files and directories for the brief")
    parser.add_argument("--multinews", type=int, default=0, metavar="K", help="add the first K Multi-News clusters")
    parser.add_argument("--out-dir", type=Path, default=Path("brief-shot"), help="where brief.html and brief.png go")
    parser.add_argument("--stories", type=int, default=10)
    parser.add_argument("--words", type=int, default=80)
    args = parser.parse_args(argv)

    from summarizer.brief.run import BriefSettings, run_brief

    args.out_dir.mkdir(parents=True, exist_ok=True)
    inputs = list(args.inputs)
    if args.multinews:
        folder = args.out_dir / "multinews"
        shutil.rmtree(folder, ignore_errors=True)
        write_multinews(args.multinews, folder)
        inputs.append(str(folder))
    if not inputs:
        parser.error("give inputs or --multinews K")
    html = args.out_dir / "brief.html"
    png = args.out_dir / "brief.png"
    result = run_brief(BriefSettings(tuple(inputs), out=str(html), format="html", stories=args.stories, words=args.words, jobs=1))
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        print(f"{html} written; {CHROMIUM} not found, no screenshot", file=sys.stderr)
        return 1
    screenshot(html, png)
    print(f"{len(result.brief.stories)} stories: {html} and {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
