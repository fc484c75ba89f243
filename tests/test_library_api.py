"""The library's arguments: what `load`, `summarize`, `render` and `Article` take, and
the clear `SummarizerError` (never a KeyError, AttributeError or a silent misreading)
for what they do not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer import Article, ArgumentError, OptionError, Options, SummarizerError, load, render, summarize

from helpers import story

BODY = "The river flooded the valley on Sunday. Hundreds of homes were evacuated by rescuers."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "a.txt").write_text(BODY)
    (tmp_path / "story" / "b.txt").write_text(BODY.replace("Sunday", "Monday"))
    return tmp_path / "story"


def test_one_path_as_str_or_path_is_one_input(folder, monkeypatch):
    expected = load([str(folder)])
    assert len(expected.articles) == 2 and expected.problems == ()
    assert load(str(folder)) == expected  # not its characters: "/" walked the whole disk
    assert load(folder) == expected
    assert load([folder]) == load((p for p in [str(folder)])) == expected
    monkeypatch.chdir(folder)
    assert [a.path for a in load("a.txt").articles] == ["a.txt"]
    missing = load("story.txt")
    assert missing.articles == () and [p.path for p in missing.problems] == ["story.txt"]


class FsPath:
    """An os.PathLike that is not a pathlib.Path."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


def test_any_path_like_is_accepted(folder):
    assert len(load([FsPath(str(folder / "a.txt")), os.fsencode(folder / "b.txt").decode()]).articles) == 2


@pytest.mark.parametrize("bad", [3, None, b"story.txt", [b"story.txt"], ["a.txt", 3], [None]])
def test_anything_else_is_an_argument_error(bad):
    with pytest.raises(ArgumentError, match="load"):
        load(bad)
    assert issubclass(ArgumentError, SummarizerError) and issubclass(ArgumentError, TypeError)


def test_render_names_its_formats_for_another():
    digest = summarize(story("fire"), Options(words=30))
    with pytest.raises(OptionError, match="text, markdown, json.*'html'"):
        render(digest, "html")


@pytest.mark.parametrize("fields,name", [({"text": None}, "text"), ({"text": b"bytes"}, "text"),
                                         ({"path": None}, "path"), ({"title": 5}, "title"),
                                         ({"date": 20250206}, "date")])
def test_article_fields_must_be_text(fields, name):
    with pytest.raises(ArgumentError, match=f"Article {name}"):
        Article(**{"text": BODY, "path": "x.txt", **fields})


def test_bytes_documents_are_refused_not_summarised_as_their_repr():
    with pytest.raises(ArgumentError, match="decode"):
        summarize([b"The river rose in Paris today after heavy rain fell."])
    with pytest.raises(ArgumentError):
        summarize(b"The river rose in Paris today after heavy rain fell.")
    with pytest.raises(ArgumentError, match="document 2"):
        summarize([BODY, 42])


def test_one_text_alone_is_one_document():
    digest = summarize(BODY, Options(words=30))
    assert digest.lines and [s.path for s in digest.sources] == ["<text 1>"]


def test_render_stays_the_function_after_use():
    import summarizer
    import summarizer.render  # noqa: F401 - importing the module must not replace the function

    digest = summarizer.summarize(story("fire"), Options(words=30))
    for _ in range(2):
        assert summarizer.render(digest, "text").startswith(digest.lines[0].text)


def test_a_chain_of_with_keeps_the_default_words_a_default():
    # the 100-word default, passed on by one with_, is still dropped by a later budget
    options = Options().with_(method="textrank").with_(sentences=2)
    assert options.words is None and options.sentences == 2
    assert Options().with_(method="textrank").words == 100
    assert Options(words=50).with_(sentences=2).words == 50  # words asked for stay


def test_the_render_module_names_are_imported_from_it():
    # ``summarizer.render`` is the function; the module's other names come from the module
    from summarizer.render import FORMATS, to_json

    assert "json" in FORMATS and callable(to_json)


def test_a_mapping_wrong_options_no_input_and_bad_problems_are_clear_errors():
    from summarizer import NothingToSummarize
    from summarizer.records import Problem

    # a dict's keys were summarised as documents ("text"), a dict of options raised
    # AttributeError, no input named "any of the 0 inputs ()", problems=["x"] broke render
    with pytest.raises(ArgumentError, match="got a mapping"):
        summarize({"text": BODY})
    with pytest.raises(ArgumentError, match="options must be an Options"):
        summarize(BODY, {"words": 5})
    with pytest.raises(NothingToSummarize, match="^nothing to summarise: no input given$"):
        summarize([])
    for problems in (["x"], "x", [Problem("a.txt", "unreadable"), 3]):
        with pytest.raises(ArgumentError, match="problems must be"):
            summarize(BODY, problems=problems)
    digest = summarize(BODY, problems=iter([Problem("a.txt", "unreadable")]))
    assert digest.problems == (Problem("a.txt", "unreadable"),) and "a.txt" in render(digest, "json")
    # an option that does not exist is an OptionError (it was a TypeError or ValueError)
    for bad in ({"bogus": 1}, {"default_budget": True}):
        with pytest.raises(OptionError, match="unknown option"):
            Options().with_(**bad)
