"""`summarizer brief`: many articles -> grouped, ranked, digested stories in one file.

Inputs are built here (invented stories, feeds written from templates) or read from
../shared (Multi-News clusters); nothing is pasted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from summarizer.feeds import parse_feed, read_feed
from summarizer.brief.render import safe_link
from summarizer.cli import main
from conftest import require_shared

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# --- builders -------------------------------------------------------------------------

# Invented stories: names, places and facts that no two stories share.
STORIES = {
    "flood": {
        "title": "Vessel River floods Alderbrook",
        "core": "The Vessel River burst its banks in Alderbrook on Monday, flooding hundreds of homes, Mayor Quinta Harrow said.",
        "facts": [
            "Rescue crews in Alderbrook used boats to reach families stranded on rooftops along the Vessel River.",
            "Mayor Quinta Harrow said the Alderbrook water treatment plant stopped working after the flood.",
            "Forecasters warned that more rain could push the Vessel River higher before Thursday.",
            "Schools across Alderbrook stayed closed while the flood water covered the main roads.",
            "Volunteers filled sandbags outside the Alderbrook town hall through the night.",
        ],
    },
    "election": {
        "title": "Brindlemoor elects Tovah Keszler",
        "core": "Tovah Keszler won the Brindlemoor mayoral election on Sunday with a clear majority of the ballots, officials said.",
        "facts": [
            "Keszler promised to expand the Brindlemoor tram network and freeze parking fees for two years.",
            "Turnout in Brindlemoor reached a record level, the electoral commission reported after counting.",
            "Her rival Osric Pallander conceded the Brindlemoor race in a short speech to supporters.",
            "Keszler will be sworn in as Brindlemoor mayor at the council chamber next month.",
            "Analysts said the Brindlemoor vote turned on housing costs and the tram dispute.",
        ],
    },
    "comet": {
        "title": "Astronomers track comet Ilvaray",
        "core": "Astronomers at the Quellspire Observatory confirmed on Friday that comet Ilvaray will pass close to Earth in spring.",
        "facts": [
            "The Quellspire team measured the tail of comet Ilvaray at several million kilometres.",
            "Comet Ilvaray should be visible without a telescope from dark sites in the northern hemisphere.",
            "Observers first spotted Ilvaray in old survey images taken by the Quellspire telescope.",
            "Quellspire astronomers said the nucleus of Ilvaray spins once every nineteen hours.",
            "Amateur astronomers plan viewing nights for comet Ilvaray across the region.",
        ],
    },
}


def article_text(story: str, index: int, extra: list[str] | None = None) -> str:
    """Article ``index`` of a story: its headline, the core fact, then facts rotated so
    that articles differ but overlap."""
    spec = STORIES[story]
    facts = spec["facts"]
    chosen = [facts[(index + k) % len(facts)] for k in range(3)]
    body = " ".join([spec["core"], *chosen, *(extra or [])])
    return f"{spec['title']} ({index + 1})\n\n{body}\n"


def write_stories(folder: Path, sizes: dict[str, int]) -> dict[str, list[str]]:
    """Write ``sizes[story]`` articles per story as .txt files; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, list[str]] = {}
    for story, size in sizes.items():
        for index in range(size):
            path = folder / f"{story}-{index}.txt"
            path.write_text(article_text(story, index), encoding="utf-8")
            paths.setdefault(story, []).append(str(path))
    return paths


def rss_feed(title: str, items: list[dict[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{i['title']}</title><link>{i['link']}</link><pubDate>{i['date']}</pubDate>"
        f"<description><![CDATA[<p>{i['text']}</p>]]></description></item>"
        for i in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'


def atom_feed(title: str, items: list[dict[str, str]]) -> str:
    entries = "".join(
        f'<entry><title>{i["title"]}</title><link href="{i["link"]}"/><id>{i["link"]}</id>'
        f'<updated>{i["date"]}</updated><content type="html">&lt;p&gt;{i["text"]}&lt;/p&gt;</content></entry>'
        for i in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>{entries}</feed>'


def billion_laughs(levels: int = 10) -> str:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{k} "{("&lol%d;" % (k - 1)) * 10}">' for k in range(1, levels)]
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(lines)}]>'
            f"<rss><channel><title>&lol{levels - 1};</title><item><title>x</title></item></channel></rss>")


def run_brief(*args: str) -> int:
    return main(["brief", *args])


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def news(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    folder = tmp_path / "news"
    return folder, write_stories(folder, {"flood": 4, "election": 3, "comet": 2})


# --- shape, paths, ranking, determinism -----------------------------------------------


def test_json_shape_lists_articles_by_input_path(news, tmp_path):
    folder, paths = news
    out = tmp_path / "brief.json"
    assert run_brief(str(folder), "--out", str(out), "--format", "json", "--stories", "5", "--date", "2025-03-04") == 0
    data = read_json(out)
    assert set(data) == {"date", "stories"} and data["date"] == "2025-03-04"
    assert len(data["stories"]) == 3
    for story in data["stories"]:
        assert set(story) == {"title", "articles", "digest"}
        assert isinstance(story["title"], str) and story["title"]
        assert {"sources", "lines", "words", "options", "problems"} <= set(story["digest"])
        assert 0 < story["digest"]["words"] <= 80
        assert [s["path"] for s in story["digest"]["sources"]] == story["articles"]
    # stories match what was written, ranked by outlets (here: files), largest first
    assert [sorted(s["articles"]) for s in data["stories"]] == [paths["flood"], paths["election"], paths["comet"]]
    assert "Alderbrook" in data["stories"][0]["digest"]["lines"][0]["text"]


def test_stories_limit_and_markdown(news, tmp_path, capsys):
    folder, _ = news
    out = tmp_path / "brief.md"
    assert run_brief(str(folder), "--out", str(out), "--stories", "2", "--words", "40") == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# News brief, ")
    assert text.count("\n## ") == 2 and "Alderbrook" in text and "Ilvaray" not in text
    capsys.readouterr()
    assert run_brief(str(folder), "--stories", "2", "--words", "40") == 0  # no --out: stdout
    assert capsys.readouterr().out == text


def test_same_inputs_same_bytes_whatever_the_jobs(news, tmp_path):
    folder, _ = news
    outs = []
    for name, jobs in (("a", "1"), ("b", "1"), ("c", "2")):
        out = tmp_path / f"{name}.json"
        assert run_brief(str(folder), "--out", str(out), "--format", "json", "--jobs", jobs) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    # without --date, the date is the newest article date (none here: today) -- and the
    # newest date wins when articles carry one
    assert read_json(tmp_path / "a.json")["date"]


def test_multinews_clusters_mixed_in_one_folder_come_back_as_three_stories(tmp_path):
    dataset = require_shared("datasets", "multinews-validation.jsonl")
    rows = [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines()[:40]]
    chosen = [r for r in rows if sum(len(d.split()) >= 150 for d in r["documents"]) >= 2][:3]
    folder = tmp_path / "mixed"
    folder.mkdir()
    expected = []
    for row in chosen:
        cluster = []
        for index, text in enumerate(row["documents"]):
            if len(text.split()) < 150:  # scraping leftovers ("enable JavaScript") are no article
                continue
            name = hashlib.sha1(f"{row['id']}-{index}".encode()).hexdigest()[:12]  # no hint of the cluster
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            cluster.append(str(path))
        expected.append(frozenset(cluster))
    out = tmp_path / "brief.json"
    assert run_brief(str(folder), "--out", str(out), "--format", "json", "--stories", "10", "--quiet") == 0
    got = {frozenset(s["articles"]) for s in read_json(out)["stories"]}
    assert got == set(expected)


def test_seeds_later_call_is_its_own_story(tmp_path):
    """The seeds: 000-003 report the ministers' call of Thursday 6 February; 004 a later
    call, on a Tuesday ("the third such conversation"). Same actors and much the same
    wording (cosines 0.05-0.09 with the others), a different event: two stories. The
    split comes from the articles' weekday names (brief/group.py, event days); mixed with
    other stories: the next test."""
    seeds = require_shared("seeds")
    out = tmp_path / "seedbrief.json"
    assert run_brief(str(seeds), "--out", str(out), "--format", "json", "--quiet") == 0
    stories = sorted(sorted(Path(a).name[:3] for a in s["articles"]) for s in read_json(out)["stories"])
    assert stories == [["000", "001", "002", "003"], ["004"]]


@pytest.mark.parametrize("clusters", [3, 10, 30])
def test_seeds_later_call_stays_apart_among_other_stories(tmp_path, clusters):
    """As in a real day's batch: the seeds mixed with the articles of the first Multi-News
    clusters, read as `brief` reads a folder (scripts/grouping_ari.py's helper). Their
    shared vocabulary is rare there, so their cosines are several times those of the
    seeds alone (004 with the others: 0.15-0.22 beside 30 clusters): the weekday discount
    alone joined all five. 000-003 must still be one story and 004 another, and no
    Multi-News article may join either."""
    import importlib.util

    require_shared("seeds")
    dataset = require_shared("datasets", "multinews-validation.jsonl")
    script = Path(__file__).resolve().parents[1] / "scripts" / "grouping_ari.py"
    spec = importlib.util.spec_from_file_location("grouping_ari", script)
    grouping_ari = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grouping_ari)
    with dataset.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line, _ in zip(handle, range(clusters))]
    assert grouping_ari.seed_stories(rows, tmp_path) == grouping_ari.SEED_STORIES


# --- feeds ------------------------------------------------------------------------------


def _feed_items(story: str, host: str, date: str) -> list[dict[str, str]]:
    return [
        {"title": f"{STORIES[story]['title']} {k}", "link": f"https://{host}/{story}/{k}", "date": date,
         "text": article_text(story, k).split("\n\n", 1)[1].strip()}
        for k in range(2)
    ]


def test_rss_and_atom_feeds_are_read(tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "daily.rss").write_text(rss_feed("Daily Courier", _feed_items("flood", "courier.example", "Tue, 04 Mar 2025 08:00:00 GMT")), encoding="utf-8")
    (folder / "wire.atom").write_text(atom_feed("Wire Atom", _feed_items("flood", "wire.example", "2025-03-05T09:00:00Z")), encoding="utf-8")
    parsed = read_feed(str(folder / "wire.atom"), max_bytes=1_000_000)
    assert [a.path for a in parsed] == [f"{folder / 'wire.atom'}#1", f"{folder / 'wire.atom'}#2"]
    assert parsed[0].source == "Wire Atom" and parsed[0].date == "2025-03-05" and parsed[0].url.startswith("https://wire.example/")
    out = tmp_path / "brief.json"
    assert run_brief(str(folder), "--out", str(out), "--format", "json") == 0
    data = read_json(out)
    assert data["date"] == "2025-03-05"  # the newest article date
    [story] = data["stories"]
    assert sorted(story["articles"]) == sorted([f"{folder / 'daily.rss'}#1", f"{folder / 'daily.rss'}#2",
                                                f"{folder / 'wire.atom'}#1", f"{folder / 'wire.atom'}#2"])
    sources = story["digest"]["sources"]
    assert {s["source"] for s in sources} == {"Daily Courier", "Wire Atom"}
    assert all(s["url"].startswith("https://") for s in sources)


def test_a_feed_entry_text_is_normalised_as_every_input(tmp_path):
    # a zero-width space at a line's start and a lone carriage return, as in a file
    feed = tmp_path / "wire.rss"
    items = [{"title": "Flood", "link": "https://wire.example/1", "date": "Mon, 03 Mar 2025 09:00:00 GMT",
              "text": "\u200bThe river flooded the valley on Sunday.\rHundreds of homes were evacuated overnight."}]
    feed.write_text(rss_feed("Wire", items), encoding="utf-8")
    (article,) = read_feed(str(feed), max_bytes=1_000_000)
    assert "\u200b" not in article.text and "\r" not in article.text


def test_a_feed_from_a_url_or_stdin_is_read_as_its_entries(tmp_path, monkeypatch, capsys):
    """A feed was a feed only by a file's suffix: from a URL or stdin its XML was one
    article of text ("<item><title>…" in the brief). It is recognised by its content."""
    import http.server
    import io
    import threading
    from functools import partial

    feeds = tmp_path / "feeds"
    feeds.mkdir()
    rss = rss_feed("Daily Courier", _feed_items("flood", "courier.example", "Tue, 04 Mar 2025 08:00:00 GMT"))
    (feeds / "daily.rss").write_text(rss, encoding="utf-8")
    (feeds / "wire.atom").write_text(atom_feed("Wire Atom", _feed_items("flood", "wire.example", "2025-03-05T09:00:00Z")), encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(feeds))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        assert run_brief(f"{base}/daily.rss", f"{base}/wire.atom", "--format", "json", "-j1") == 0
    finally:
        server.shutdown()
        server.server_close()
    [story] = json.loads(capsys.readouterr().out)["stories"]
    assert story["articles"] == [f"{base}/daily.rss#1", f"{base}/daily.rss#2", f"{base}/wire.atom#1", f"{base}/wire.atom#2"]
    assert {s["source"] for s in story["digest"]["sources"]} == {"Daily Courier", "Wire Atom"}
    assert not any("<" in line["text"] for line in story["digest"]["lines"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(rss.encode("utf-8"))))
    assert run_brief("-", "--format", "json", "-j1") == 0
    [story] = json.loads(capsys.readouterr().out)["stories"]
    assert story["articles"] == ["<stdin>#1", "<stdin>#2"] and story["digest"]["sources"][0]["source"] == "Daily Courier"
    # digest reads a feed as the brief does, named or piped: its entries, not its XML
    for args, stdin in (([str(feeds / "daily.rss")], None), (["-"], rss)):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        assert main(["digest", *args, "--format", "json"]) == 0
        digest = json.loads(capsys.readouterr().out)
        assert [s["source"] for s in digest["sources"]] == ["Daily Courier", "Daily Courier"]
        assert digest["sources"][0]["path"].endswith(("daily.rss#1", "<stdin>#1"))
        assert not any("<" in line["text"] for line in digest["lines"])


def test_the_same_entry_in_two_feeds_is_read_once(tmp_path, capsys):
    """A mirror feed copying an outlet's items (same links) made one item "2 articles, 2
    outlets" and its lines cite [2, 3], the same URL twice."""
    from summarizer.feeds import link_key
    from summarizer.brief.run import load_inputs
    from summarizer.options import Options

    feeds = tmp_path / "feeds"
    feeds.mkdir()
    items = _feed_items("flood", "courier.example", "Tue, 04 Mar 2025 08:00:00 GMT")
    (feeds / "a-courier.rss").write_text(rss_feed("Daily Courier", items), encoding="utf-8")
    other = [article_text("flood", k).split("\n\n", 1)[1].strip() for k in (2, 3)]
    copies = [dict(items[0], link="https://WWW.courier.example/flood/0/?utm_source=mirror#top"),
              dict(items[1], link="https://mirror.example/other", text=other[0])]
    (feeds / "b-mirror.rss").write_text(rss_feed("Mirror", copies), encoding="utf-8")
    # the same item by its guid (a tag: URI), under another link
    for name, link in (("c-wire.atom", "https://wire.example/x"), ("d-wire2.atom", "https://wire2.example/y")):
        atom = atom_feed("Wire", [dict(items[1], link=link, text=other[1])])
        (feeds / name).write_text(atom.replace(f"<id>{link}</id>", "<id>tag:courier.example,2025:flood-1</id>"), encoding="utf-8")
    loaded = load_inputs([str(feeds)], Options())
    assert [a.path for a in loaded.articles] == [f"{feeds / 'a-courier.rss'}#1", f"{feeds / 'a-courier.rss'}#2",
                                                 f"{feeds / 'b-mirror.rss'}#2", f"{feeds / 'c-wire.atom'}#1"]
    assert loaded.problems == ()
    assert run_brief(str(feeds), "--format", "json", "-j1", "--strict", "-v") == 0  # not a skipped input
    captured = capsys.readouterr()
    [story] = json.loads(captured.out)["stories"]
    urls = [s["url"] for s in story["digest"]["sources"]]
    assert len(urls) == len(set(urls)) == 4 and all(len(set(line["citations"])) == len(line["citations"])
                                                    for line in story["digest"]["lines"])
    assert f"{feeds / 'b-mirror.rss'}#1 is {feeds / 'a-courier.rss'}#1 again" in captured.err
    assert f"{feeds / 'd-wire2.atom'}#1 is {feeds / 'c-wire.atom'}#1 again" in captured.err
    # a guid that is unique only within its outlet ("urn:0", "123") joins entries of that outlet only
    seen: dict[str, str] = {}
    for outlet, link in (("Post", "https://post.example/a"), ("Times", "https://times.example/b"), ("Post", "https://post.example/c")):
        feed = atom_feed(outlet, [dict(items[0], link=link)]).replace(f"<id>{link}</id>", "<id>urn:0</id>")
        parse_feed(f"{outlet}-{link[-1]}.atom", feed.encode(), seen)
    assert sorted(set(seen.values())) == ["Post-a.atom#1", "Times-b.atom#1"]
    assert link_key("http://www.Example.org:80/a/b/?utm_medium=x&id=3#c") == link_key("https://example.org/a/b?id=3")
    assert link_key("https://example.org/a?id=3") != link_key("https://example.org/a?id=4")


def test_the_run_limit_counts_every_input_of_the_brief(tmp_path):
    """max_run_bytes (500 MB) is per run, feeds included, not per file."""
    from summarizer.brief.run import load_inputs
    from summarizer.options import Options

    folder = tmp_path / "news"
    folder.mkdir()
    items = _feed_items("flood", "wire.example", "Mon, 03 Mar 2025 09:00:00 GMT")
    (folder / "a.rss").write_text(rss_feed("Wire", items), encoding="utf-8")
    for index, story in enumerate(("election", "comet")):
        (folder / f"b{index}.txt").write_text(article_text(story, 0), encoding="utf-8")
    first_two = (folder / "a.rss").stat().st_size + (folder / "b0.txt").stat().st_size
    loaded = load_inputs([str(folder)], Options(max_run_bytes=first_two))
    assert {a.path.split("#")[0] for a in loaded.articles} == {str(folder / "a.rss"), str(folder / "b0.txt")}
    [problem] = loaded.problems
    assert problem.path == str(folder / "b1.txt") and "max_run_bytes" in problem.message
    loaded = load_inputs([str(folder)], Options(max_run_bytes=first_two - 1))
    assert [p.path for p in loaded.problems] == [str(folder / "b0.txt")]
    assert {a.path.split("#")[0] for a in loaded.articles} == {str(folder / "a.rss")}


def test_billion_laughs_is_refused_quickly_and_the_rest_is_written(news, tmp_path, capsys):
    folder, _ = news
    bomb = folder / "bomb.xml"
    bomb.write_text(billion_laughs(), encoding="utf-8")
    started = time.perf_counter()
    [problem] = parse_feed(str(bomb), bomb.read_bytes())
    assert time.perf_counter() - started < 2.0
    assert "entit" in problem.message
    # also when the document is not well-formed XML after the declarations
    assert "entit" in parse_feed("x.xml", billion_laughs().encode()[:-10] + b"<<<")[0].message
    out = tmp_path / "brief.json"
    started = time.perf_counter()
    assert run_brief(str(folder), "--out", str(out), "--format", "json") == 0
    assert time.perf_counter() - started < 20.0
    assert len(read_json(out)["stories"]) == 3
    err = capsys.readouterr().err
    assert f"skipped {bomb}: refused" in err
    assert run_brief(str(folder), "--out", str(out), "--format", "json", "--strict") == 3
    capsys.readouterr()
    assert run_brief(str(folder), "--out", str(out), "--format", "json", "--quiet") == 0
    assert capsys.readouterr().err == ""


# --- HTML safety ------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"


def test_html_escapes_article_text_and_links_only_http(tmp_path):
    folder = tmp_path / "evil"
    folder.mkdir()
    text = ("Firefighters fought a fire at the Kestrel harbor warehouse on Tuesday night. "
            f"Someone had painted {SCRIPT} on the Kestrel harbor gate before the fire started, police said. "
            "The Kestrel harbor fire burned for six hours before crews brought it under control.")
    rows = [
        {"text": text, "title": f"{SCRIPT} Kestrel harbor fire", "url": "javascript:alert(1)", "source": "Gazette"},
        {"text": text.replace("Tuesday", "Tuesday evening"), "title": "Kestrel harbor fire", "source": "Herald",
         "url": "https://herald.example/fire?a=1&b=2"},
        {"text": text.replace("six", "seven"), "title": "Fire <b>x</b>", "url": " JavaScript:alert(2)", "source": "Post"},
    ]
    (folder / "fire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "brief.html"
    assert run_brief(str(folder), "--out", str(out), "--format", "html", "--words", "200") == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert f"{escaped} Kestrel harbor fire</h2>" in page  # the title
    assert f"painted {escaped} on the" in page  # a line
    assert 'href="javascript' not in page.lower() and "href=\" javascript" not in page.lower()
    assert 'href="https://herald.example/fire?a=1&amp;b=2"' in page
    assert "<link" not in page and "src=" not in page  # standalone: no external asset
    markdown = tmp_path / "brief.md"
    assert run_brief(str(folder), "--out", str(markdown), "--words", "200") == 0
    assert "<script>" not in markdown.read_text(encoding="utf-8")
    assert "](<javascript" not in markdown.read_text(encoding="utf-8").lower()


def _fire_text(variant: str) -> str:
    return ("Firefighters fought a fire at the Kestrel harbor warehouse on Tuesday night. "
            f"Crews from three stations reached the Kestrel harbor gate {variant}, police said. "
            "The Kestrel harbor fire burned for six hours before crews brought it under control.")


def test_control_bidi_and_undecodable_bytes_are_escaped_in_markdown_and_html(tmp_path):
    """A title ``Third\\u202eevil\\u0007bell`` came out raw (BEL and RLO in markdown, an
    invalid code point in HTML), and a file name that is not UTF-8 put its raw 0xFF byte
    into a page declared UTF-8; now both formats escape them as ``digest`` does."""
    import re

    folder = tmp_path / "news"
    folder.mkdir()
    rows = [{"text": _fire_text("first"), "title": "Third\u202eevil\u0007bell", "source": "Out\u0007let\u2066"},
            {"text": _fire_text("soon after"), "title": "Kestrel harbor fire", "source": "Herald"}]
    (folder / "fire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "w", encoding="utf-8") as handle:
        handle.write(_fire_text("at dawn") + "\n")
    for fmt in ("markdown", "html"):
        out = tmp_path / f"brief.{fmt}"
        assert run_brief(str(folder), "--out", str(out), "--format", fmt) == 0
        text = out.read_bytes().decode("utf-8")  # strict: valid UTF-8
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]", text)
        for shown in ("Third\\u202eevil\\x07bell", "Out\\x07let\\u2066", "bad\\xff.txt"):
            assert (shown.replace("\\", "\\\\") if fmt == "markdown" else shown) in text, (fmt, shown, text)


def test_a_source_s_path_is_shown_once_and_normalised(tmp_path, monkeypatch):
    """A source with no title showed its path twice (``a/x.txt — a/x.txt``), and as typed
    (``cfg/../news/x.txt``)."""
    (tmp_path / "cfg").mkdir()
    folder = tmp_path / "news"
    folder.mkdir()
    for name, variant in (("one.jsonl", "first"), ("two.jsonl", "soon after")):
        (folder / name).write_text(json.dumps({"text": _fire_text(variant), "source": "Herald"}) + "\n", encoding="utf-8")
    (folder / "three.txt").write_text(_fire_text("at dawn") + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for fmt in ("markdown", "html"):
        out = tmp_path / f"brief.{fmt}"
        assert run_brief("cfg/../news", "--out", str(out), "--format", fmt) == 0
        text = out.read_text(encoding="utf-8")
        assert "cfg/.." not in text and "news/one.jsonl:1" in text
        assert text.count("news/three.txt") == 1, text


@pytest.mark.parametrize("url, ok", [
    ("https://a.example/x", True), ("http://a.example", True), ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False), ("data:text/html,x", False), ("https://a.example/\"onmouseover=x", False),
    ("//a.example", False), ("https://a.example/ x", False), (None, False),
])
def test_safe_link(url, ok):
    assert (safe_link(url) is not None) == ok


# --- locking, dying runs, config --------------------------------------------------------


def test_second_run_while_locked_exits_5(news, tmp_path, capsys):
    from filelock import FileLock

    folder, _ = news
    out = tmp_path / "brief.json"
    with FileLock(str(out) + ".lock", timeout=0):
        assert run_brief(str(folder), "--out", str(out), "--format", "json") == 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("summarizer: error:") and "lock" in err
    assert not out.exists()
    assert run_brief(str(folder), "--out", str(out), "--format", "json") == 0  # lock released


def test_the_lock_is_the_written_file_s_however_it_is_named(news, tmp_path, capsys):
    """``-o today.md`` (a link to arch/2025.md) and ``-o arch/2025.md`` write one file:
    they took two locks (today.md.lock, 2025.md.lock) and both ran."""
    from filelock import FileLock

    folder, _ = news
    (tmp_path / "arch").mkdir()
    (tmp_path / "today.md").symlink_to("arch/2025.md")
    with FileLock(str(tmp_path / "arch" / "2025.md.lock"), timeout=0):
        for out in (tmp_path / "today.md", tmp_path / "arch" / ".." / "arch" / "2025.md"):
            assert run_brief(str(folder), "--out", str(out)) == 5
            assert "lock" in capsys.readouterr().err
    assert not (tmp_path / "arch" / "2025.md").exists() and not (tmp_path / "today.md.lock").exists()
    assert run_brief(str(folder), "--out", str(tmp_path / "today.md")) == 0
    assert (tmp_path / "today.md").is_symlink() and (tmp_path / "arch" / "2025.md").is_file()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_output_takes_no_lock_and_cleans_nothing(news, tmp_path, monkeypatch):
    """``-o /dev/null`` as root made /dev/null.lock (and looked for temporary files in /dev)."""
    import filelock

    from summarizer.brief import run

    folder, _ = news
    monkeypatch.setattr(filelock, "FileLock", lambda *args, **kwargs: pytest.fail(f"a lock was taken: {args}"))
    monkeypatch.setattr(run, "remove_stale_temp_files", lambda *args: pytest.fail("temporary files were looked for"))
    link = tmp_path / "null.md"
    link.symlink_to("/dev/null")
    for out in ("/dev/null", str(link)):
        assert run_brief(str(folder), "--out", out, "--stories", "1", "-j1") == 0
    assert not Path("/dev/null.lock").exists() and not list(tmp_path.glob("*.lock"))


def test_run_killed_before_the_rename_leaves_the_previous_brief(news, tmp_path):
    folder, _ = news
    out = tmp_path / "brief.json"
    assert run_brief(str(folder), "--out", str(out), "--format", "json", "--stories", "1") == 0
    before = out.read_bytes()
    # The child writes the whole new brief to its temporary file, then is killed with
    # SIGKILL instead of renaming it over the old one: the moment a crash hurts most.
    child = textwrap.dedent(f"""
        import os, signal, sys
        import summarizer.outputs
        summarizer.outputs.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
        from summarizer.cli import main
        sys.exit(main(["brief", {str(folder)!r}, "--out", {str(out)!r}, "--format", "json", "--stories", "3"]))
    """)
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert out.read_bytes() == before
    [left] = tmp_path.glob(".brief.json.*.tmp")  # killed at the rename, the new brief complete
    assert len(json.loads(left.read_text(encoding="utf-8"))["stories"]) == 3
    # the lock died with the process; the next run, holding it, removes the dead run's
    # temporary file, and only that output's (not another output's, not a look-alike)
    others = [tmp_path / name for name in (".brief.json.x.tmp", ".brief.json.abcdefgh.tmp.keep", ".other.json.abcdefgh.tmp")]
    for other in others:
        other.write_text("{}")
    assert run_brief(str(folder), "--out", str(out), "--format", "json", "--stories", "3") == 0
    assert len(read_json(out)["stories"]) == 3
    assert not left.exists() and all(other.exists() for other in others)


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """``pid`` exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or multiprocessing.get_start_method() != "fork",
                    reason="reads /proc; the stalled workers are set up through fork")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_do_not_outlive_a_killed_run(news, tmp_path, how):
    """A run killed (SIGKILL) or stopped (SIGTERM, a timeout) while its --jobs workers
    digest leaves none behind; each worker here would otherwise sleep for ten minutes."""
    folder, _ = news
    out = tmp_path / "brief.json"
    child = textwrap.dedent(f"""
        import sys, time
        import summarizer.pipeline
        summarizer.pipeline.summarize = lambda *args, **kwargs: time.sleep(600)  # forked into the workers
        from summarizer.cli import main
        sys.exit(main(["brief", {str(folder)!r}, "--out", {str(out)!r}, "--format", "json", "-j2"]))
    """)
    run = subprocess.Popen([sys.executable, "-c", child])
    workers: set[int] = set()
    try:
        assert _wait_for(lambda: len(_children(run.pid)) == 2, 60), "the workers never started"
        workers = _children(run.pid)
        run.send_signal(how)
        assert run.wait(timeout=10) == -how
        assert _wait_for(lambda: not any(_running(pid) for pid in workers), 5), "workers outlived the run"
    finally:  # a failing run leaves nothing behind either
        run.kill()
        run.wait()
        for pid in filter(_running, workers):
            os.kill(pid, signal.SIGKILL)
    assert not out.exists()
    assert run_brief(str(folder), "--out", str(out), "--format", "json") == 0  # the lock was released


def test_output_inside_the_input_folder_is_not_read_back(news, tmp_path):
    folder, paths = news
    out = folder / "brief.md"
    for _ in range(2):
        assert run_brief(str(folder), "--out", str(out), "--format", "markdown", "--strict") == 0
    assert out.read_text(encoding="utf-8").count("\n## ") == 3


def test_out_naming_an_article_of_a_walked_folder_is_refused_before_any_work(news, tmp_path, capsys):
    folder, paths = news
    article = Path(paths["flood"][0])
    before = article.read_bytes()
    assert run_brief(str(folder), "--out", str(article), "--format", "json") == 4
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error:") and err.count("\n") == 1 and "one of this run's inputs" in err
    assert article.read_bytes() == before and not Path(str(article) + ".lock").exists()
    # an earlier brief there, in any format and under any name, is the daily rerun's to replace
    today = folder / "today.txt"
    for _ in range(2):
        assert run_brief(str(folder), "--out", str(today), "--format", "json") == 0
    assert len(read_json(today)["stories"]) == 3


def test_config_defaults_and_flags_override(news, tmp_path, capsys):
    folder, _ = news
    config = tmp_path / "conf" / "brief.toml"
    config.parent.mkdir()
    config.write_text(textwrap.dedent(f"""
        inputs = [{str(folder)!r}]
        out = "briefs/today.json"
        format = "json"
        stories = 1
        words = 30
    """), encoding="utf-8")
    (config.parent / "briefs").mkdir()
    assert run_brief("--config", str(config)) == 0
    data = read_json(config.parent / "briefs" / "today.json")  # relative to the config file
    assert len(data["stories"]) == 1 and data["stories"][0]["digest"]["words"] <= 30
    other = tmp_path / "other.md"
    assert run_brief("--config", str(config), "--stories", "2", "--format", "markdown", "--out", str(other)) == 0
    assert other.read_text(encoding="utf-8").count("\n## ") == 2
    config.write_text('inputs = ["x"]\nstorys = 3\n', encoding="utf-8")
    capsys.readouterr()
    assert run_brief("--config", str(config)) == 2
    assert "storys" in capsys.readouterr().err


def test_bad_options_exit_2(news, tmp_path):
    folder, _ = news
    assert run_brief(str(folder), "--format", "pdf") == 2
    assert run_brief(str(folder), "--date", "04/03/2025") == 2
    assert run_brief(str(folder), "--stories", "0") == 2
    assert run_brief(str(folder), "--out", str(tmp_path / "missing" / "b.json")) == 4


@pytest.mark.parametrize("day", ["2025-W10-3", "20250305", "2025-02-30", "2025-3-05", "２０２５-03-05", "2025-03-05T10:00"])
def test_date_is_a_calendar_day_as_yyyy_mm_dd(news, day, capsys):
    """``--date 2025-W10-3`` (ten characters, which fromisoformat takes) was accepted, and
    the brief's heading was then not recognised as a brief's."""
    folder, _ = news
    assert run_brief(str(folder), "--date", day) == 2
    err = capsys.readouterr().err
    assert err == f"summarizer: error: --date must be a date as YYYY-MM-DD, got {day!r}\n"


def test_config_file_values_are_checked_and_named_by_file_and_key(news, tmp_path, capsys):
    """TOML's own date was refused; a bad value in the file was reported as a flag
    (``--jobs must be…``); a UTF-8 byte-order mark was "Invalid statement"; ``--config ""``
    was "--config .: cannot read: Is a directory"."""
    folder, _ = news
    config = tmp_path / "brief.toml"
    out = tmp_path / "b.json"
    config.write_bytes(b"\xef\xbb\xbf" + f"inputs = [{str(folder)!r}]\ndate = 2025-03-05\njobs = 1\n".encode())
    assert run_brief("--config", str(config), "--out", str(out), "--format", "json") == 0
    assert read_json(out)["date"] == "2025-03-05"
    for line, needle in (("jobs = -1", "jobs must be 0 (every core) or more, got -1"),
                         ("stories = 0", "stories must be a whole number of at least 1, got 0"),
                         ('format = "pdf"', "format must be one of markdown, html, json, got 'pdf'"),
                         ('date = "2025-W10-3"', "date must be a date as YYYY-MM-DD, got '2025-W10-3'"),
                         ("date = 2025-03-05T10:00:00", "date must be a date as YYYY-MM-DD")):
        config.write_text(f"inputs = [{str(folder)!r}]\n{line}\n", encoding="utf-8")
        capsys.readouterr()
        assert run_brief("--config", str(config)) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"summarizer: error: {config}: {needle}") and err.count("\n") == 1, err
    for empty in ("", " "):
        assert run_brief("--config", empty) == 2
        assert capsys.readouterr().err == f"summarizer: error: --config must name a file, got {empty!r}\n"


def test_settings_of_the_config_file_can_be_undone_by_flags(news, tmp_path, capsys, monkeypatch):
    """``-o -`` wrote files named ``-`` and ``-.lock``; there was no --no-strict; and
    ``--previous ""`` was read as the current folder."""
    folder, _ = news
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")  # a skipped input
    (tmp_path / "corrupt.md").write_text("not a brief\n", encoding="utf-8")  # another one, as --previous
    config = tmp_path / "brief.toml"
    config.write_text(f'inputs = [{str(folder)!r}]\nout = "today.md"\nstrict = true\nprevious = "corrupt.md"\n',
                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_brief("--config", str(config)) == 3
    assert (tmp_path / "today.md").exists()
    (tmp_path / "today.md").unlink()
    capsys.readouterr()
    assert run_brief("--config", str(config), "-o", "-", "--no-strict", "--previous", "", "-n", "1") == 0
    out, err = capsys.readouterr()
    assert out.startswith("# News brief, ") and "corrupt.md" not in err and "empty.txt" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.toml", "corrupt.md", "news", "today.md.lock"]
    assert run_brief("--config", str(config), "--no-strict") == 0  # the file's previous read (and skipped)
    assert "corrupt.md" in capsys.readouterr().err


def test_the_format_follows_the_out_suffix_when_none_is_given(news, tmp_path):
    """``-o x.html`` with no --format wrote markdown into the page."""
    folder, _ = news
    starts = {"html": "<!DOCTYPE html>", "json": "{", "markdown": "# News brief, "}
    for name, fmt in (("b.html", "html"), ("b.HTM", "html"), ("b.json", "json"), ("b.md", "markdown"),
                      ("b.txt", "markdown")):
        assert run_brief(str(folder), "--out", str(tmp_path / name), "-n", "1") == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts[fmt]), name
    assert run_brief(str(folder), "--out", str(tmp_path / "x.html"), "-n", "1", "--format", "json") == 0
    assert (tmp_path / "x.html").read_text(encoding="utf-8").startswith("{")  # a given format wins
    config = tmp_path / "brief.toml"
    config.write_text(f'inputs = [{str(folder)!r}]\nout = "c.html"\nstories = 1\n', encoding="utf-8")
    assert run_brief("--config", str(config)) == 0
    assert (tmp_path / "c.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    config.write_text(f'inputs = [{str(folder)!r}]\nout = "c.html"\nformat = "json"\nstories = 1\n', encoding="utf-8")
    assert run_brief("--config", str(config)) == 0
    assert (tmp_path / "c.html").read_text(encoding="utf-8").startswith("{")


def test_an_empty_or_directory_out_is_refused_before_any_work(news, tmp_path, capsys, monkeypatch):
    """Not a whole run, then status 4 and a stray lock file ("..lock", "out.lock")."""
    from summarizer.brief import run

    folder, _ = news
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(run, "load_inputs", lambda *args, **kwargs: pytest.fail("the inputs were read"))
    (tmp_path / "out").mkdir()
    for out, status in (("", 2), ("out", 4), (".", 4)):
        capsys.readouterr()
        assert run_brief(str(folder), "--out", out) == status
        err = capsys.readouterr().err
        assert err.startswith("summarizer: error:") and err.count("\n") == 1
    config = tmp_path / "brief.toml"
    config.write_text(f'inputs = [{str(folder)!r}]\nout = ""\n', encoding="utf-8")
    assert run_brief("--config", str(config)) == 2
    assert not list(tmp_path.rglob("*.lock"))


def test_dates_of_json_lines_are_compared_as_dates(tmp_path, capsys):
    """Raw dates compared as strings made "yesterday" the heading and put Thursday's
    "Thu, 06 Feb 2025 …" after Friday's "2025-02-07"."""
    from summarizer.brief.stories import rank_stories
    from summarizer.records import Article

    dates = {"flood": ["2025-02-05", "Thu, 06 Feb 2025 10:00:00 GMT"], "election": ["yesterday", "2025-02-04"]}
    rows = [{"text": article_text(story, i), "source": f"Outlet {i}", "date": date}
            for story, days in dates.items() for i, date in enumerate(days)]
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert run_brief(str(wire), "--format", "json", "-j1") == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2025-02-06"
    thursday, friday = (Article(text="x", path=f"{day}.txt", date=date)
                        for day, date in (("thu", "Thu, 06 Feb 2025 10:00:00 GMT"), ("fri", "2025-02-07")))
    assert rank_stories([(thursday,), (friday,)]) == [(friday,), (thursday,)]
    undated = Article(text="x", path="undated.txt", date="yesterday")
    assert rank_stories([(undated,), (thursday,)]) == [(thursday,), (undated,)]


def test_a_date_later_than_the_run_is_not_trusted(tmp_path, capsys):
    """An entry dated 2027 made the brief "News brief, 2027-03-05" and ranked its story
    first; a date later than the run's (--date, else today) is now read as no date."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    comet = _feed_items("comet", "courier.example", "Fri, 05 Mar 2027 10:00:00 GMT")
    comet[1]["date"] = "Sat, 01 Mar 2025 08:00:00 GMT"
    (feeds / "a.rss").write_text(rss_feed("Courier", comet + _feed_items("flood", "courier.example", "Tue, 04 Mar 2025 08:00:00 GMT")
                                          + _feed_items("election", "courier.example", "Mon, 03 Mar 2025 08:00:00 GMT")))
    assert run_brief(str(feeds), "--format", "json", "-j1", "--date", "2025-03-04") == 0
    captured = capsys.readouterr()
    assert f"ignored the date of {feeds / 'a.rss'}#1: 2027-03-05 is later than the run's date 2025-03-04" in captured.err
    data = json.loads(captured.out)
    dates = {s["path"]: s["date"] for story in data["stories"] for s in story["digest"]["sources"]}
    assert dates[f"{feeds / 'a.rss'}#1"] is None and "2027-03-05" not in captured.out
    # stories of one outlet and two articles each: the newest date ranks them, 2027 no longer does
    assert [story["articles"] for story in data["stories"]] == [[f"{feeds / 'a.rss'}#{k}", f"{feeds / 'a.rss'}#{k + 1}"]
                                                                for k in (3, 5, 1)]
    # without --date: today (wherever on Earth it is already today), and the heading is 2025's
    from datetime import date

    from summarizer.brief.run import latest_today

    assert date.today().isoformat() <= latest_today() < "2027-03-05"
    assert run_brief(str(feeds), "--format", "json", "-j1", "--strict") == 0  # a date ignored is no input skipped
    captured = capsys.readouterr()
    assert json.loads(captured.out)["date"] == "2025-03-04" and "ignored the date of" in captured.err


def test_a_feed_date_that_is_not_a_date_is_left_out(tmp_path):
    """feedparser's own reading gave 1741-08-07 for a Unix time, 0001-01-01, 9999-12-31."""
    dates = ["1741219200", "0001-01-01T00:00:00Z", "9999-12-31", "Wed, 05 Mar 25 10:00:00 GMT", "20250305",
             "2025-03-05T23:30:00-08:00"]
    items = [{"title": f"Item {k}", "link": f"https://a.example/{k}", "date": date, "text": "Some text of the item."}
             for k, date in enumerate(dates)]
    found = parse_feed("a.rss", rss_feed("A", items).encode())
    assert [a.date for a in found] == [None, None, None, "2025-03-05", "2025-03-05", "2025-03-05"]


# --- previous brief ---------------------------------------------------------------------

NEW_FACTS = [
    "Engineers began rebuilding the Alderbrook footbridge on Wednesday after the flood water fell.",
    "Insurers estimated the Alderbrook flood damage at forty million pounds on Wednesday.",
    "Mayor Quinta Harrow opened an emergency fund for Alderbrook families on Wednesday.",
]


def test_previous_brief_demotes_what_was_already_said(tmp_path):
    day1 = tmp_path / "day1"
    write_stories(day1, {"flood": 3, "election": 2})
    brief1 = tmp_path / "day1.json"
    assert run_brief(str(day1), "--out", str(brief1), "--format", "json") == 0
    said = {line["text"] for story in read_json(brief1)["stories"] for line in story["digest"]["lines"]}

    day2 = tmp_path / "day2"
    write_stories(day2, {"flood": 3, "election": 2})
    for k in range(3):  # the next day's articles repeat the core fact, then add news
        (day2 / f"flood-new-{k}.txt").write_text(
            article_text("flood", k, extra=NEW_FACTS[k:] + NEW_FACTS[:k]), encoding="utf-8")

    def lead(previous: tuple[str, ...]) -> str:
        out = tmp_path / f"day2-{len(previous)}.json"
        assert run_brief(str(day2), "--out", str(out), "--format", "json", *previous) == 0
        [flood] = [s for s in read_json(out)["stories"] if any("flood-" in p for p in s["articles"])]
        return flood["digest"]["lines"][0]["text"]

    assert lead(()) in said  # without --previous, yesterday's lead leads again
    new_lead = lead(("--previous", str(brief1)))
    assert new_lead not in said and new_lead in NEW_FACTS
    # --previous may be the --out file itself, in any format: read before it is replaced
    for fmt in ("markdown", "html"):
        same = tmp_path / f"same.{fmt}"
        assert run_brief(str(day1), "--out", str(same), "--format", fmt) == 0
        assert run_brief(str(day2), "--out", str(same), "--format", "json", "--previous", str(same)) == 0
        [flood] = [s for s in read_json(same)["stories"] if any("flood-" in p for p in s["articles"])]
        assert flood["digest"]["lines"][0]["text"] == new_lead
    # a missing previous brief (the first run) is no error
    assert run_brief(str(day2), "--out", str(tmp_path / "x.json"), "--previous", str(tmp_path / "none.json")) == 0


def test_a_previous_file_nested_too_deeply_is_skipped_like_any_corrupt_one(news, tmp_path, capsys):
    folder, _ = news
    deep = tmp_path / "deep.json"
    deep.write_text('{"a": ' * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
    out = tmp_path / "brief.md"
    assert run_brief(str(folder), "--out", str(out), "--previous", str(deep)) == 0
    err = capsys.readouterr().err
    assert f"skipped {deep}: not a brief written by `summarizer brief` (RecursionError)" in err and out.exists()


def test_a_fifo_input_or_previous_is_refused_and_previous_is_limited(news, tmp_path, capsys):
    """A FIFO as an input hung the run, holding its lock; --previous /dev/zero grew to
    4.6 GB: neither is read, and --previous is limited as an article is."""
    folder, _ = news
    fifo = tmp_path / "pipe.rss"
    os.mkfifo(fifo)
    out = tmp_path / "brief.md"
    assert run_brief(str(folder), str(fifo), "--out", str(out), "--previous", "/dev/zero", "--strict") == 3
    err = capsys.readouterr().err
    assert f"skipped {fifo}: not a regular file (a FIFO): not read" in err
    assert "skipped /dev/zero: cannot read the previous brief: not a regular file (a character device): not read" in err
    assert out.exists()
    from summarizer.brief.run import read_previous

    big = tmp_path / "old.md"
    big.write_text("# News brief, 2025-03-04\n\n" + "- A line said before. \\[1\\]\n" * 200)
    skipped = []
    assert read_previous(str(big), skipped.append, logging.getLogger("test"), 1000) == ()
    assert skipped[0].message == "cannot read the previous brief: file is larger than 1000 bytes (max_article_bytes)"
    assert read_previous(str(big), skipped.append, logging.getLogger("test"), 100_000)


def test_articles_left_empty_by_cleaning_do_not_rank_a_story():
    """Three pages of the same crawl notice group as one story of three outlets; cleaning
    leaves one sentence of one of them. That story ranks by what is left (one outlet),
    below a real story told by two."""
    from summarizer.brief.stories import build_stories
    from summarizer.options import Options
    from summarizer.records import Article

    notice = ("These crawls are part of an effort to archive pages as they are created and archive the pages that "
              "they refer to. That way, as the pages that are referenced are changed or taken from the web, a link "
              "to the version that was live when the page was written will be preserved.")
    crawled = [Article(text=notice, path=f"crawl{i}.txt", source=f"Site {i}") for i in range(3)]
    # (the sentence comes first: a page that opens with the notice is the notice throughout)
    crawled[0] = Article(text="The mayor of Port Alder opened the new harbour bridge on Monday morning.\n\n" + notice,
                         path="crawl0.txt", source="Site 0")
    flood = [Article(text=f"The river flooded the valley of Kestrel on Sunday, {who} said. Hundreds of homes in the "
                          "valley were evacuated by rescuers overnight.", path=f"flood{i}.txt", source=who)
             for i, who in enumerate(("the Herald", "the Courier"))]
    stories = build_stories(crawled + flood, Options(words=60), count=5)
    assert [len(story.articles) for story in stories] == [2, 1]
    assert "flooded" in stories[0].digest.lines[0].text and stories[1].outlets == 1
    # with room for one story, the shrunk one makes way for the next group
    (top,) = build_stories(crawled + flood, Options(words=60), count=1)
    assert "flooded" in top.digest.lines[0].text


def test_outlets_are_counted_as_the_digest_knows_them():
    """Three files of one agency, its name found by cleaning in each dateline ("(AP) —"),
    are one outlet: the story counted (and ranked as) three, above a story told by two."""
    from summarizer.brief.stories import build_stories
    from summarizer.options import Options
    from summarizer.records import Article

    def wired(index: int) -> Article:
        title, body = article_text("flood", index).split("\n\n", 1)
        return Article(text=f"{title}\n\nALDERBROOK (AP) — {body}", path=f"flood{index}.txt")

    articles = [wired(i) for i in range(3)] + [Article(article_text("election", i), f"election{i}.txt") for i in range(2)]
    election, flood = build_stories(articles, Options(), count=5)
    assert [s.source for s in flood.digest.sources] == ["AP"] * 3 and (len(flood.articles), flood.outlets) == (3, 1)
    assert "Brindlemoor" in election.title and (len(election.articles), election.outlets) == (2, 2)
    (top,) = build_stories(articles, Options(), count=1)  # the flood made way for the next group
    assert "Brindlemoor" in top.title


def test_demoting_a_previous_line_gives_no_nan_warning():
    """A line the previous brief said (similarity at the cap) next to a sentence that may
    not be picked (-inf): no NaN and no RuntimeWarning on a cron job's stderr."""
    import warnings

    import numpy as np

    from summarizer.brief.stories import Demotion
    from summarizer.options import Options
    from summarizer.pipeline import prepare
    from summarizer.records import Article

    said = "The river flooded the valley of Kestrel on Sunday."
    cluster, _ = prepare([Article(f"{said} Hundreds of homes in the valley were evacuated overnight.", "a.txt")], Options())
    assert len(cluster.sentences) == 2
    scores = np.array([-np.inf, 1.0])  # the line said before may not be picked anyway
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        demoted = Demotion((said,))(cluster, scores)
    assert demoted[0] == -np.inf and np.isfinite(demoted[1])


def test_a_story_with_no_line_within_the_budget_is_skipped():
    from summarizer.brief.stories import build_stories
    from summarizer.options import Options
    from summarizer.records import Article

    text = "The river flooded the valley of Kestrel on Sunday. Hundreds of homes in the valley were evacuated overnight."
    articles = [Article(text=text, path=f"a{i}.txt", source=f"Outlet {i}") for i in range(2)]
    skipped = []
    assert build_stories(articles, Options(words=3), count=5, on_skip=lambda group, why: skipped.append(why)) == []
    assert skipped == ["no sentence fits the budget of words"]
    assert len(build_stories(articles, Options(words=30), count=5)) == 1


def test_an_earlier_brief_beside_the_articles_is_not_read_back(tmp_path):
    from summarizer.brief.run import load_inputs
    from summarizer.options import Options

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("The river flooded the valley of Kestrel on Sunday. Hundreds of homes were evacuated.")
    (news / "old.md").write_text("# News brief, 2026-12-01\n\n## 1. Flood in Kestrel\n\n*2 articles, 2 outlets*\n\n"
                                 "- The river flooded the valley. \\[1\\]\n")
    (news / "old.html").write_text("<!doctype html><html><head><title>News brief, 2026-12-01</title></head><body>"
                                   "<h1>News brief</h1><h2>1. Flood</h2><p>2 articles, 2 outlets</p>"
                                   "<p>The river flooded the valley of Kestrel on Sunday.</p></body></html>")
    # an outlet's own page of short items called "News brief" is an article
    (news / "outlet.html").write_text("<!doctype html><html><head><title>News brief</title></head><body><article>"
                                      "<p>The council of Kestrel approved a new harbour bridge on Monday night.</p>"
                                      "</article></body></html>")
    loaded = load_inputs([str(news)], Options())
    assert [a.path for a in loaded.articles] == [str(news / "a.txt"), str(news / "outlet.html")] and loaded.problems == ()


@pytest.mark.parametrize("fmt, name", [("markdown", "old.md"), ("html", "old.html"), ("json", "old.txt"),
                                       ("html", "old.xml"), ("html", "old-page.txt"), ("markdown", "old-notes.txt"),
                                       ("json", "old.jsonl"), ("json", "old.json"), ("json", "compact.jsonl")])
def test_a_brief_in_any_format_beside_the_articles_is_not_read_back(news, tmp_path, fmt, name):
    """The brief as this command writes it (the HTML's "N articles · N outlets" line, a
    JSON brief saved as .txt), kept in the folder under another name than --out."""
    from summarizer.brief.run import load_inputs
    from summarizer.options import Options

    folder, paths = news
    earlier = tmp_path / "earlier"
    assert run_brief(str(folder), "--out", str(earlier), "--format", fmt, "--date", "2025-03-04") == 0
    raw = earlier.read_bytes()
    if name == "compact.jsonl":  # a JSON brief on one line: one record of JSON lines, with no "text"
        raw = json.dumps(json.loads(raw)).encode()
    (folder / name).write_bytes(raw)
    # a JSON brief kept as .jsonl was read line by line (1,168 "not valid JSON" lines of
    # the user's; --strict exited 3), as .json as one bad article object; named or walked
    for inputs in ([str(folder)], [*(p for group in paths.values() for p in group), str(folder / name)]):
        loaded = load_inputs(inputs, Options())
        assert sorted(a.path for a in loaded.articles) == sorted(p for group in paths.values() for p in group)
        assert loaded.problems == ()


def test_a_brief_run_leaves_the_callers_logging_as_it_was(tmp_path):
    """run_brief sets the package logger's level and stops it propagating while it runs
    (one line each on stderr); a library caller's set-up is restored afterwards."""
    import logging

    from summarizer.brief.run import LOGGER_NAME, BriefSettings, run_brief

    write_stories(tmp_path / "news", {"flood": 2})
    log = logging.getLogger(LOGGER_NAME)
    before = (log.level, log.propagate, list(log.handlers))
    run_brief(BriefSettings(inputs=(str(tmp_path / "news"),), out=str(tmp_path / "b.md"), jobs=1))
    assert (log.level, log.propagate, list(log.handlers)) == before


def test_entries_sharing_only_a_home_page_link_or_an_untitled_feeds_guid_are_all_read(tmp_path):
    """Review finding: a feed giving every item its site's home page as the link kept
    only its first entry, and two feeds with no title and local guids ("1") lost the
    second feed's entry, as if they were the same item read twice."""
    from summarizer.brief.run import load_inputs
    from summarizer.options import Options

    feeds = tmp_path / "feeds"
    feeds.mkdir()
    items = [dict(item, link="https://courier.example/") for item in _feed_items("flood", "courier.example", "Tue, 04 Mar 2025 08:00:00 GMT")]
    (feeds / "a-home.rss").write_text(rss_feed("Daily Courier", items), encoding="utf-8")
    untitled = _feed_items("election", "ledger.example", "Tue, 04 Mar 2025 08:00:00 GMT")
    for name, item in (("b-one.rss", untitled[0]), ("c-two.rss", untitled[1])):
        feed = rss_feed("", [item]).replace("<title></title>", "").replace("</item>", "<guid isPermaLink=\"false\">1</guid></item>")
        (feeds / name).write_text(feed, encoding="utf-8")
    loaded = load_inputs([str(feeds)], Options())
    assert len(loaded.articles) == 4 and loaded.problems == ()


def test_a_future_date_found_in_an_articles_text_is_not_shown(tmp_path, capsys):
    """Review finding: a date later than the run's, found by cleaning in the text
    ("Published: March 5, 2027"), was shown on the brief's source lines."""
    paths = write_stories(tmp_path / "news", {"flood": 2})
    for path in paths["flood"]:
        Path(path).write_text("Published: March 5, 2027\n\n" + Path(path).read_text(encoding="utf-8"), encoding="utf-8")
    assert run_brief(str(tmp_path / "news"), "--date", "2025-03-06", "--format", "json", "-j1") == 0
    captured = capsys.readouterr()
    [story] = json.loads(captured.out)["stories"]
    assert all(source["date"] != "2027-03-05" for source in story["digest"]["sources"])
    assert "2027-03-05 is later than the run's date 2025-03-06" in captured.err
