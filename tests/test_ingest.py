"""Each input format, directories, charsets, and bad inputs reported by name."""

from __future__ import annotations

import codecs
import io
import json
import re

import pytest

from summarizer.errors import InputError
from summarizer.ingest import load, normal_text, parse
from summarizer.records import Article
from summarizer.markdowntext import markdown_to_text

BODY = "The river flooded the valley on Sunday. Hundreds of homes were evacuated by rescuers."


def test_txt_md_jsonl_html_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    sub = tmp_path / "deeper"
    sub.mkdir()
    (sub / "b.md").write_text("# Flood hits valley\n\n**Rescuers** moved hundreds of [families](http://x) to safety.\n")
    (sub / "c.jsonl").write_text(json.dumps({"text": BODY, "title": "Flood", "date": "2025-01-02", "source": "Wire"}) + "\n")
    (sub / "d.html").write_text(f"<html><head><title>Valley flood</title></head><body><article><p>{BODY}</p>"
                                f"<p>{BODY.replace('Sunday', 'Monday')}</p></article></body></html>")
    (sub / "ignored.csv").write_text("a,b\n")
    loaded = load([str(tmp_path)])
    paths = [a.path for a in loaded.articles]
    assert paths == sorted(paths) and len(paths) == 4
    by_suffix = {a.path.rsplit(".", 1)[-1].split(":")[0]: a for a in loaded.articles}
    assert "#" not in by_suffix["md"].text and "**" not in by_suffix["md"].text and "families" in by_suffix["md"].text
    assert by_suffix["jsonl"].title == "Flood" and by_suffix["jsonl"].date == "2025-01-02"
    assert by_suffix["jsonl"].path.endswith("c.jsonl:1")
    assert "flooded the valley" in by_suffix["html"].text and "<p>" not in by_suffix["html"].text
    assert loaded.problems == ()


def test_bad_jsonl_rows_named_by_line(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([json.dumps({"text": BODY}), "{not json", json.dumps({"title": "no text"}),
                               json.dumps({"text": BODY, "date": {"year": 2025}})]))
    loaded = load([str(path)])
    assert len(loaded.articles) == 1
    assert [p.path for p in loaded.problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]


def test_non_utf8_encodings(tmp_path):
    text = "Le président a annoncé une réforme générale des écoles élémentaires de la région. " * 3
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    loaded = load([str(tmp_path)])
    texts = {a.path.rsplit("/", 1)[-1]: a.text for a in loaded.articles}
    assert "président" in texts["latin.txt"]
    assert texts["bom.txt"] == BODY


def test_stdin_and_problems(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\x00\xfe" * 64)
    loaded = load(["-", str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"), str(tmp_path / "gone.txt")],
                  stdin=io.BytesIO(BODY.encode()))
    assert [a.path for a in loaded.articles] == ["<stdin>"]
    assert {p.path.rsplit("/", 1)[-1] for p in loaded.problems} == {"empty.txt", "bin.txt", "gone.txt"}


def test_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text(BODY * 100)
    loaded = load([str(tmp_path / "big.txt")], max_article_bytes=1000)
    assert not loaded.articles and "larger than 1000" in loaded.problems[0].message


def test_markdown_to_text_keeps_heading_lines():
    assert markdown_to_text("## Heading\ntext with _emphasis_").splitlines() == ["Heading", "text with emphasis"]
    # blank lines around headings stay: two headings are not glued into one line
    assert markdown_to_text("# Title, 2026-12-01\n\n## 1. Story\n\nText.\n") == "Title, 2026-12-01\n\n1. Story\n\nText.\n"


def test_json_article_or_array_when_named(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": BODY, "title": "Flood", "source": "Wire"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": BODY, "date": "2025-01-02"}, {"title": "no text"}, {"text": BODY, "url": 5}]))
    loaded = load([str(one), str(many)])
    assert [(a.path, a.title, a.date) for a in loaded.articles] == [(str(one), "Flood", None), (f"{many}[0]", None, "2025-01-02")]
    assert [p.path for p in loaded.problems] == [f"{many}[1]", f"{many}[2]"]
    assert "must be a string" in loaded.problems[1].message


def test_json_that_is_not_an_article_is_skipped_not_read_as_text(tmp_path):
    # a labels file named with the articles (the seeds' gold.json) is not an article
    labels = tmp_path / "gold.json"
    labels.write_text(json.dumps({"about": "hand labels", "documents": {"a.txt": {"title": "Flood"}}}))
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "The river')
    empty_list = tmp_path / "empty.json"
    empty_list.write_text("[]")
    names = tmp_path / "names.json"  # an array with no object in it: one problem for the file
    names.write_text(json.dumps(["a.txt", "b.txt", 3] * 1000))
    deep = tmp_path / "deep.json"  # nesting past Python's recursion limit
    deep.write_text("[" * 5000 + "]" * 5000)
    blank = tmp_path / "blank.json"
    blank.write_text(" \n")
    inputs = [labels, broken, empty_list, names, deep, blank]
    loaded = load([str(path) for path in inputs])
    assert loaded.articles == ()
    assert [p.path for p in loaded.problems] == [str(path) for path in inputs]
    assert "not valid JSON" in loaded.problems[1].message
    assert "nested too deeply" in loaded.problems[4].message and loaded.problems[5].message == "no text"
    long_number = tmp_path / "number.json"  # over Python's 4,300-digit limit for int()
    long_number.write_text("[" + "7" * 5000 + "]")
    assert "number too long" in load([str(long_number)]).problems[0].message


def test_deep_jsonl_row_is_one_problem(tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("[" * 5000 + "]" * 5000 + "\n" + json.dumps({"text": BODY}) + "\n")
    loaded = load([str(rows)])
    assert len(loaded.articles) == 1 and [p.path for p in loaded.problems] == [f"{rows}:1"]


def test_stdin_and_urls_sniffed_as_json():
    article = json.dumps({"text": BODY, "title": "Flood"}).encode()
    labels = json.dumps({"about": "labels"}).encode()
    found = list(parse("-", article))
    assert [(a.path, a.title, a.text) for a in found] == [("<stdin>", "Flood", BODY)]
    for name in ("-", "https://example.org/labels.json", "https://example.org/labels"):
        with pytest.raises(InputError, match="expected an article object"):
            list(parse(name, labels))  # reported by load(), not read as text
    assert [a.title for a in parse("https://example.org/feed/story.json?x=1", article)] == ["Flood"]
    # text that only opens with a bracket stays text; a URL's other suffixes are still sniffed
    assert [a.text for a in parse("-", b"[Updated] " + BODY.encode())] == ["[Updated] " + BODY]
    html = f"<html><body><article><p>{BODY}</p></article></body></html>".encode()
    assert "<p>" not in next(iter(parse("https://example.org/story.php", html))).text
    assert "<p>" not in next(iter(parse("https://example.org/story.json", html))).text  # a page after all
    assert [a.text for a in parse("-", b"[" + b"7" * 5000 + b"]")] == ["[" + "7" * 5000 + "]"]  # not JSON to Python


def test_directory_walk_leaves_json_files_alone(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "gold.json").write_text(json.dumps({"about": "labels"}))
    loaded = load([str(tmp_path)])
    assert [a.path for a in loaded.articles] == [str(tmp_path / "a.txt")] and loaded.problems == ()


RSS = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- a comment -->\n<?xml-stylesheet href="feed.xsl"?>\n'
       '<rss version="2.0"><channel><title>Wire</title><item><title>Flood</title><link>https://wire.example/1</link>'
       f"<description>{BODY}</description></item></channel></rss>")
ATOM = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><entry><title>Flood</title>'
        f'<link href="https://atom.example/1"/><id>tag:atom.example,2025:1</id><content type="text">{BODY}</content>'
        "</entry></feed>")


def test_a_feed_is_recognised_by_its_content_from_stdin_a_url_or_a_file_of_no_known_suffix(tmp_path):
    for name, raw in (("-", RSS.encode()), ("https://example.org/feed", ATOM.encode()),
                      ("https://example.org/rss.php?x=1", RSS.replace('"utf-8"', '"utf-16"').encode("utf-16")), (str(tmp_path / "feed.cgi"), RSS.encode())):
        [article] = parse(name, raw)
        assert article.text == BODY and article.title == "Flood" and article.path.endswith("#1")
        assert article.source in ("Wire", "Atom Wire") and article.url.endswith("example/1")
    # a named .rss/.atom/.xml file is a feed, in digest's load as in the brief
    (tmp_path / "wire.rss").write_text(RSS)
    loaded = load([str(tmp_path / "wire.rss")])
    assert [(a.path, a.text) for a in loaded.articles] == [(f"{tmp_path / 'wire.rss'}#1", BODY)]
    # text, HTML and a .txt file holding XML are not feeds
    assert [a.text for a in parse("-", b"The rss feed of <feed> tags. " + BODY.encode())][0].startswith("The rss")
    assert [a.path for a in parse(str(tmp_path / "notes.txt"), RSS.encode())] == [str(tmp_path / "notes.txt")]


def test_hidden_files_and_folders_in_a_walk_are_left_out_but_read_when_named(tmp_path, monkeypatch):
    news = tmp_path / ".news"  # the folder given may itself be hidden
    for name in ("a.txt", ".draft.txt", ".git/notes.txt", ".~tmp~/partial.txt", "sub/.cache/b.txt", "sub/c.txt"):
        (news / name).parent.mkdir(parents=True, exist_ok=True)
        (news / name).write_text(BODY)
    (news / ".locked").mkdir(mode=0)  # an unreadable hidden folder is no problem either
    loaded = load([str(news)])
    assert [a.path for a in loaded.articles] == [str(news / "a.txt"), str(news / "sub" / "c.txt")]
    assert loaded.problems == ()
    named = load([str(news / ".draft.txt"), str(news / ".git")])
    assert [a.path for a in named.articles] == [str(news / ".draft.txt"), str(news / ".git" / "notes.txt")]
    monkeypatch.chdir(news / "sub")
    assert [a.path for a in load([".", ".."]).articles] == ["c.txt", "../a.txt"]


def test_a_file_given_twice_is_read_once(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(BODY)
    (story / "b.txt").write_text(BODY.replace("Sunday", "Monday"))
    (tmp_path / "link").symlink_to(story, target_is_directory=True)
    loaded = load([str(story), str(story / "a.txt"), f"{story}/../story/b.txt", str(tmp_path / "link")])
    assert [a.path for a in loaded.articles] == [str(story / "a.txt"), str(story / "b.txt")]
    assert loaded.problems == ()


def test_a_walk_follows_links_to_folders_and_reports_links_that_lead_nowhere(tmp_path):
    """rglob did not follow a linked folder (its articles silently unread, even with
    --strict), and a broken link or a loop of links was passed over without a word."""
    news = tmp_path / "news"
    (news / "own").mkdir(parents=True)
    (news / "own" / "a.txt").write_text(BODY)
    wire = tmp_path / "wire"
    wire.mkdir()
    (wire / "w.txt").write_text(BODY.replace("Sunday", "Monday"))
    (news / "wire").symlink_to(wire, target_is_directory=True)
    (news / "own" / "up").symlink_to(news, target_is_directory=True)  # a loop back to the walk's top
    (news / "own" / "again").symlink_to(news / "own", target_is_directory=True)  # a folder it is in
    (news / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (news / "folder-gone").symlink_to(tmp_path / "nowhere")
    (news / "picture.jpg").symlink_to(tmp_path / "nowhere.jpg")  # not a file the walk reads: no word
    (news / "x.txt").symlink_to(news / "y.txt")
    (news / "y.txt").symlink_to(news / "x.txt")
    (news / ".hidden").symlink_to(wire, target_is_directory=True)  # hidden: left out as before
    loaded = load([str(news)])
    assert [a.path for a in loaded.articles] == [str(news / "own" / "a.txt"), str(news / "wire" / "w.txt")]
    assert [(p.path.removeprefix(str(news) + "/"), p.message.split(":")[0]) for p in loaded.problems] == [
        ("folder-gone", "broken link"), ("gone.txt", "broken link"), ("own/again", "link loop"),
        ("own/up", "link loop"), ("x.txt", "link loop"), ("y.txt", "link loop")]
    assert "its target " + str(tmp_path / "nowhere.txt") + " does not exist" in loaded.problems[1].message
    # a folder and a link to it: read once, under the folder's own name
    both = load([str(tmp_path)])
    assert [a.path for a in both.articles] == [str(news / "own" / "a.txt"), str(wire / "w.txt")]
    # a broken link named itself says so
    assert [p.message for p in load([str(news / "gone.txt")]).problems][0].startswith("broken link")


def test_a_fifo_or_device_is_refused_not_read(tmp_path):
    """A named FIFO given as an input blocked the run for ever (and a brief run kept its
    lock); in a walk it was passed over."""
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(BODY)
    loaded = load([str(fifo), "/dev/zero"])  # would block, or never end
    assert [(p.path, p.message) for p in loaded.problems] == [
        (str(fifo), "not a regular file (a FIFO): not read"), ("/dev/zero", "not a regular file (a character device): not read")]
    walked = load([str(tmp_path)])
    assert [a.path for a in walked.articles] == [str(tmp_path / "a.txt")]
    assert [(p.path, p.message) for p in walked.problems] == [(str(fifo), "not a regular file (a FIFO): not read")]


def test_an_empty_path_is_a_problem_not_the_current_directory(tmp_path):
    loaded = load(["", "  "])
    assert loaded.articles == () and [p.message for p in loaded.problems] == ["empty path", "empty path"]


def test_windows_1252_english_is_read_as_written(tmp_path):
    # nearly all ASCII, with curly quotes, a dash and a euro sign: charset detection
    # alone read such text as cp775 or cp1250 ("\u00f4new plan\u00f6", "\u0106 5 million")
    text = ("The mayor said the \u201cnew plan\u201d would cost \u20ac5 million \u2014 a figure critics called "
            "na\u00efve \u2014 and that work in Z\u00fcrich would start in May. The council will vote on it next week.")
    path = tmp_path / "w1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert [a.text for a in load([str(path)]).articles] == [text]


def test_a_page_declaring_its_charset_is_read_in_it(tmp_path):
    # mostly ASCII markup around Cyrillic text: the declared charset wins over the
    # Windows-1252 reading of nearly-ASCII text
    body = "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b \u0437\u0430\u043a\u043e\u043d."
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            + '<div class="layout">' * 100 + f"<article><p>{body} {body}</p></article>" + "</div>" * 100 + "</body></html>")
    path = tmp_path / "page.txt"  # read as text: the bytes are decoded before any HTML is parsed
    path.write_bytes(page.encode("cp1251"))
    assert body in load([str(path)]).articles[0].text


def test_declared_labels_read_as_browsers_do_and_polish_stays_polish(tmp_path):
    english = "The mayor said the \u201cnew plan\u201d would cost \u20ac5 million \u2014 critics disagreed on Monday."
    latin1_label = tmp_path / "latin1.html"  # "ISO-8859-1" on a page means Windows-1252
    latin1_label.write_bytes(f'<html><head><meta charset="ISO-8859-1"></head><body><article><p>{english} {english}</p>'
                             f"</article></body></html>".encode("cp1252"))
    assert english in load([str(latin1_label)]).articles[0].text
    # Polish in Windows-1250 with its charset declared past a long inline script, and with
    # none: mostly ASCII, but with letters that are rare signs in Windows-1252
    polish = "Prezydent podpisa\u0142 w \u015brod\u0119 ustaw\u0119 o zmianie przepis\u00f3w dotycz\u0105cych podatk\u00f3w."
    late = tmp_path / "late.txt"
    late.write_bytes(("<html><head><script>" + "var x = 1;" * 500 + '</script><meta charset="windows-1250"></head>'
                      f"<body><p>{polish}</p></body></html>").encode("cp1250"))
    plain = tmp_path / "plain.txt"
    plain.write_bytes((" ".join([polish] * 8)).encode("cp1250"))
    assert polish in load([str(late)]).articles[0].text and polish in load([str(plain)]).articles[0].text


def _with_bom(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding`` after that encoding's byte-order mark."""
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
            "utf-32-be": codecs.BOM_UTF32_BE, "utf-8": codecs.BOM_UTF8}
    return boms[encoding] + text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_a_byte_order_mark_names_the_encoding(tmp_path, encoding):
    # Windows' "Unicode" text is UTF-16 with a BOM: read as Windows-1252 it had a NUL
    # between letters, and a UTF-16 .jsonl was taken for a binary file
    body = BODY + " The caf\u00e9 \u201cstayed open\u201d."
    (tmp_path / "a.txt").write_bytes(_with_bom(body, encoding))
    (tmp_path / "b.md").write_bytes(_with_bom(f"# Flood\n\n{body}\n", encoding))
    (tmp_path / "c.html").write_bytes(_with_bom(f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>", encoding))
    (tmp_path / "d.jsonl").write_bytes(_with_bom(json.dumps({"text": body, "title": "Flood"}) + "\n", encoding))
    loaded = load([str(tmp_path)])
    assert loaded.problems == () and len(loaded.articles) == 4
    assert all(body in a.text and "\x00" not in a.text and "\ufeff" not in a.text for a in loaded.articles)
    assert loaded.articles[3].title == "Flood"


def test_an_invalid_url_is_reported_and_the_rest_read(tmp_path):
    # a space in the path or the host, a broken IPv6 address: refused before any
    # connection, so no network is needed; the run went on to exit 70 before
    (tmp_path / "a.txt").write_text(BODY)
    urls = ["http://example.com/a b.html", "https://exa mple.com/", "http://[::1/story"]
    loaded = load([*urls, str(tmp_path / "a.txt")])
    assert [a.path for a in loaded.articles] == [str(tmp_path / "a.txt")]
    assert [p.path for p in loaded.problems] == urls
    assert all(p.message.startswith("not a valid URL: ") for p in loaded.problems)


def test_a_fetch_has_a_total_deadline_and_http_errors_say_their_status(monkeypatch):
    # a server trickling a byte at a time held a fetch 43 s with a 20 s timeout (one per
    # read); a 404 was "cannot fetch (offline or unreachable?): File not found"
    import http.server
    import threading
    import time

    import summarizer.ingest as ingest

    body = BODY.encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/missing":
                self.send_error(404, "Not Found")
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(0.1 if self.path == "/slow" else 0)
            except OSError:
                pass  # the client gave up

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setattr(ingest, "URL_TIMEOUT_SECONDS", 1)
    try:
        assert [a.text for a in load([f"{base}/fast"]).articles] == [BODY]
        started = time.monotonic()
        slow = load([f"{base}/slow"])
        assert time.monotonic() - started < 3
        assert [(p.path, p.message) for p in slow.problems] == [(f"{base}/slow", "cannot fetch: took over 1 s (timeout)")]
        missing = load([f"{base}/missing"])
        assert [(p.path, p.message) for p in missing.problems] == [(f"{base}/missing", "HTTP 404 Not Found")]
    finally:
        server.shutdown()


def test_the_article_limit_applies_to_each_json_lines_record(tmp_path):
    # --max-bytes is per article: five 1.5 KB records under a 5,000-byte limit were
    # skipped as one file over it
    record = " ".join([BODY] * 17)  # about 1.5 KB
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": f"{n}. {record}"}) + "\n" for n in range(5)))
    assert rows.stat().st_size > 5000
    assert len(load([str(rows)], max_article_bytes=5000).articles) == 5
    # a record over the limit is reported by line and skipped; the others are read
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join(json.dumps({"text": text}) for text in (BODY, record * 4, BODY.upper())) + "\n")
    loaded = load([str(mixed)], max_article_bytes=5000)
    assert [a.text for a in loaded.articles] == [BODY, BODY.upper()]
    assert [(p.path, p.message) for p in loaded.problems] == [(f"{mixed}:2", "record is larger than 5000 bytes (max_article_bytes)")]
    # the run's limit still holds for the whole file: it is not read, and the rest is skipped
    after = tmp_path / "after.txt"
    after.write_text(BODY)
    loaded = load([str(rows), str(after)], max_article_bytes=5000, max_run_bytes=rows.stat().st_size - 1)
    assert loaded.articles == () and [p.path for p in loaded.problems] == [str(rows)]
    assert "max_run_bytes" in loaded.problems[0].message


def test_json_lines_on_stdin_are_read_record_by_record():
    # `cat many.jsonl | summarizer digest -` was one article of raw JSON text
    rows = [{"text": BODY, "title": "Flood"}, {"text": BODY.replace("Sunday", "Monday"), "date": "2025-01-02"}]
    piped = "".join(json.dumps(row) + "\n" for row in rows) + "\n{broken\n"
    loaded = load(["-"], stdin=io.BytesIO(piped.encode()))
    assert [(a.path, a.title, a.text) for a in loaded.articles] == [("<stdin>:1", "Flood", BODY), ("<stdin>:2", None, rows[1]["text"])]
    assert [p.path for p in loaded.problems] == ["<stdin>:4"]  # a broken record, reported by line
    # rows with other keys (an evaluation dataset piped in) are refused row by row, as the
    # same file by name is; they were read as one article of JSON syntax
    dataset = "".join(json.dumps({"id": f"c{n}", "documents": [BODY], "references": ["x"]}) + "\n" for n in range(2))
    loaded = load(["-"], stdin=io.BytesIO(dataset.encode()))
    assert loaded.articles == () and [(p.path, p.message) for p in loaded.problems] == [
        (f"<stdin>:{n}", 'expected an object with a "text" string') for n in (1, 2)]
    mixed = json.dumps({"title": "no text"}) + "\n" + json.dumps(rows[0]) + "\n"
    loaded = load(["-"], stdin=io.BytesIO(mixed.encode()))
    assert [a.path for a in loaded.articles] == ["<stdin>:2"] and [p.path for p in loaded.problems] == ["<stdin>:1"]
    # past the article limit, stdin of JSON lines is limited record by record, like a .jsonl file
    big = "".join(json.dumps({"text": f"{n}. {BODY}"}) + "\n" for n in range(40))
    assert len(big) > 2000 and len(load(["-"], stdin=io.BytesIO(big.encode()), max_article_bytes=2000).articles) == 40
    # text whose lines only open with a brace is text, and one article over the limit is refused
    braces = "{Updated} " + BODY + "\n{Note} Hundreds moved.\n"
    assert [a.text for a in load(["-"], stdin=io.BytesIO(braces.encode())).articles] == [braces]
    refused = load(["-"], stdin=io.BytesIO(json.dumps({"text": BODY * 40}).encode()), max_article_bytes=2000)
    assert refused.articles == () and "larger than 2000 bytes" in refused.problems[0].message


def test_cr_and_crlf_line_endings_are_line_breaks_in_every_format(tmp_path):
    # an old Mac file's lone CRs were not line breaks: its title, "Date:" line and first
    # paragraph ran together into one sentence
    lines = ["Flood Hits the Valley", "Date: 2025-01-02", "", BODY, "", "Rescuers worked through the night."]
    plain = "\n".join(lines) + "\n"
    for ending in ("\r", "\r\n"):
        folder = tmp_path / repr(ending).strip("'\\")
        folder.mkdir()
        text = plain.replace("\n", ending)
        (folder / "a.txt").write_bytes(text.encode())
        (folder / "b.md").write_bytes(text.replace("Flood", "# Flood").encode())
        (folder / "c.html").write_bytes(f"<html><body><article><pre>{text}</pre></article></body></html>".encode())
        (folder / "d.jsonl").write_bytes((json.dumps({"text": text}) + ending + json.dumps({"text": text})).encode())
        loaded = load([str(folder)])
        assert loaded.problems == () and len(loaded.articles) == 5
        assert all("\r" not in a.text for a in loaded.articles)
        assert [a.text for a in loaded.articles if not a.path.endswith(("b.md", "c.html"))] == [plain] * 3
        stdin = load(["-"], stdin=io.BytesIO(text.encode())).articles
        assert [a.text for a in stdin] == [plain]


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", "\u2060", "\u200d"])
def test_zero_width_characters_are_not_kept_in_the_text(tmp_path, mark):
    # one at a line's start hid the "date ..." prefix and the dateline from the cut
    from summarizer.clean import clean_cluster

    lead = "NEW DELHI: Defence Minister Rajnath Singh spoke with his US counterpart on Thursday."
    inside = "" if mark == "\u200d" else mark  # a joiner inside a word is kept (below)
    text = f"{mark}date 2025-02-07 {lead}\n\nThe two mini{inside}sters reviewed defence cooperation across all domains.\n"
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": text}) + "\n")
    for article in load([str(tmp_path)]).articles:
        assert article.text == text.replace(mark, "")
        cleaned = clean_cluster([article])[0]
        assert cleaned.article.date == "2025-02-07"
        assert cleaned.sentences[0].text == lead.removeprefix("NEW DELHI: ")
    # between two letters the zero-width joiners shape words (Persian, Indic) and emoji: kept
    joined = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F468\u200d\U0001F469 " + BODY
    (tmp_path / "joined.txt").write_text(joined)
    assert load([str(tmp_path / "joined.txt")]).articles[0].text == joined


def test_control_characters_never_reach_the_text(tmp_path):
    # an article's ESC, BEL, NUL and bidi overrides went raw to the terminal in digest
    # and clean; a terminal's escape sequence goes whole, a line-ending control ends a line
    sent = "The council approved the budget on Monday after a long debate among members."
    text = ("The council approved the \x1b[31mbudget\x1b[0m on Monday\x07 after a long debate\x00 among members."
            "\x0cRescuers \u202eworked\u202c through the \x1b]0;pwned\x07night.\x85Done.\ttab\n")
    (tmp_path / "a.txt").write_text(text.replace("\x00", ""))  # a NUL in a file: "binary", skipped
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": text}) + "\n")
    (tmp_path / "c.html").write_text(f"<html><body><article><p>{text.replace(chr(0), '')}</p></article></body></html>")
    articles = load([str(tmp_path)]).articles
    assert len(articles) == 3
    for article in articles:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", article.text)
        assert sent in article.text and "worked through the night." in article.text
    assert articles[0].text == articles[1].text == sent + "\nRescuers worked through the night.\nDone.\ttab\n"
    # an escape that never ends takes its ESC and bracket, not the rest of the article
    assert normal_text("Rescuers \x1b]worked through the night.\nDone.") == "Rescuers worked through the night.\nDone."


def test_given_dates_are_normalised_and_a_number_is_a_date(tmp_path):
    # "6 February 2025" was shown as is and ordered as a string before "2025-02-07";
    # an integer date dropped its article ("date must be a string")
    rows = tmp_path / "dates.jsonl"
    given = ["2025-02-07", "6 February 2025", 20250206, "2025-02-05T23:30:00-05:00", "06/02/2025", "soon"]
    rows.write_text("".join(json.dumps({"text": BODY, "date": date}) + "\n" for date in given))
    array = tmp_path / "dates.json"
    array.write_text(json.dumps([{"text": BODY, "date": date} for date in given]))
    expected = ["2025-02-07", "2025-02-06", "2025-02-06", "2025-02-05", None, None]  # not a date: not shown as one
    for path in (rows, array):
        loaded = load([str(path)])
        assert [a.date for a in loaded.articles] == expected and loaded.problems == ()


def test_markdown_front_matter_gives_title_and_date_and_quotes_are_text(tmp_path):
    # the front matter was kept as a sentence ("--- title: … date: …") and "> " stayed
    # at the start of a quoted paragraph's digest line
    page = tmp_path / "post.md"
    page.write_text('---\ntitle: "Flood: the valley evacuated"\ndate: 6 February 2025\ntags:\n  - weather\n'
                    "  - rescue\n---\n\n# Flood\n\n" + BODY + "\n\n> The water rose a metre in an hour, a rescuer said.\n"
                    "> > Nobody was hurt.\n>\n> Schools stay shut.\n")
    article = load([str(page)]).articles[0]
    assert (article.title, article.date) == ("Flood: the valley evacuated", "2025-02-06")
    assert article.text == ("\nFlood\n\n" + BODY + "\n\nThe water rose a metre in an hour, a rescuer said.\n"
                            "Nobody was hurt.\n\nSchools stay shut.\n")
    # rules around a paragraph, which no key opens, are not front matter
    ruled = tmp_path / "ruled.md"
    ruled.write_text("---\nOfficials said: the river rose.\n---\n" + BODY + "\n")
    assert [(a.text, a.title) for a in load([str(ruled)]).articles] == [(ruled.read_text(), None)]


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.json", "-"])
def test_a_raw_nel_inside_a_json_string_is_no_line_break(name):
    """JSON allows U+0085 (NEL) raw inside a string (json.dumps(ensure_ascii=False)
    writes it so): the records are split and parsed before the text is normalised, where
    NEL ends a line of the article's text."""
    rows = [{"text": "The first story opens here.\u0085It goes on in its second sentence."},
            {"text": "Another article is about the weather in the city today."}]
    if name.endswith(".json"):
        raw = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    else:
        raw = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode("utf-8") + b"\n"
    items = list(parse(name, raw))
    assert all(isinstance(item, Article) for item in items) and len(items) == 2
    assert items[0].text == "The first story opens here.\nIt goes on in its second sentence."
