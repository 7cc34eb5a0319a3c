"""Reading article files, classifying page noise, and publication dates stated in the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from events.errors import InputError
from events.extract.corpus import (
    MAX_ARTICLE_BYTES,
    SourceRow,
    classify_lines,
    decode_article,
    load_corpus,
    prepare_article,
    split_sentences,
)

PAGE = """Skip to main content
Share

Drone strike hits port city as talks stall

Published On 3 Mar 2025

A burned-out truck stands outside the warehouse [Jane Roe/Reuters]

Officials in the port city said on Sunday that three drones struck a grain warehouse overnight.

The regional governor said the fire was put out by morning.

A firefighter sprays water on the ruins on March 2, 2025.
John Doe / AP

Advertisement

Talks between the two delegations are due to resume next week, a diplomat said.

Copyright 2025 Example Wire. All rights reserved.
Sign up for our newsletter
Officials in the port city said on Sunday that three drones struck a grain warehouse overnight.
"""


def kinds(text: str) -> dict[str, str]:
    return {line.text.strip(): line.kind for line in classify_lines(text)}


def test_body_lines_are_the_sentences_of_the_story() -> None:
    found = kinds(PAGE)
    assert found["The regional governor said the fire was put out by morning."] == "body"
    assert found["Talks between the two delegations are due to resume next week, a diplomat said."] == "body"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Skip to main content", "boilerplate"),
        ("Share", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Drone strike hits port city as talks stall", "headline"),
        ("Published On 3 Mar 2025", "dateline"),
        ("A burned-out truck stands outside the warehouse [Jane Roe/Reuters]", "caption"),
        ("A firefighter sprays water on the ruins on March 2, 2025.", "caption"),
        ("John Doe / AP", "credit"),
        ("Copyright 2025 Example Wire. All rights reserved.", "footer"),
        ("Sign up for our newsletter", "footer"),
    ],
)
def test_page_noise_is_not_body(line: str, kind: str) -> None:
    assert kinds(PAGE)[line] == kind


def test_repeated_lead_in_the_footer_is_read_once() -> None:
    article = prepare_article("port.txt", PAGE, SourceRow())
    texts = [s.text for s in article.sentences]
    assert (
        texts.count(
            "Officials in the port city said on Sunday that three drones struck a grain warehouse overnight."
        )
        == 1
    )
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)


def test_publication_date_is_read_from_the_dateline() -> None:
    article = prepare_article("port.txt", PAGE, SourceRow())
    assert article.published == dt.date(2025, 3, 3)
    assert article.published_basis == "text"
    assert "3 Mar 2025" in article.published_evidence


def test_weekday_dateline_with_time_and_zone_is_read() -> None:
    text = (
        "Title of the story here\n\nMonday, 17 February 2025 09:15 AM EST\n\n"
        "The minister said on Monday that talks went well.\n"
    )
    assert prepare_article("a.txt", text, SourceRow()).published == dt.date(2025, 2, 17)


def test_publication_date_in_sources_csv_wins_over_the_text() -> None:
    article = prepare_article("port.txt", PAGE, SourceRow(published=dt.date(2025, 3, 4)))
    assert (article.published, article.published_basis) == (dt.date(2025, 3, 4), "given")


def test_corrupt_date_in_a_footer_is_ignored() -> None:
    text = PAGE.replace("Published On 3 Mar 2025", "2025-33-09")
    article = prepare_article("port.txt", text, SourceRow())
    assert article.published is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The U.S. envoy arrived. He met Gen. Smith on Friday.",
            ["The U.S. envoy arrived.", "He met Gen. Smith on Friday."],
        ),
        ('"We are ready," he said. Talks resume.', ['"We are ready," he said.', "Talks resume."]),
        ("It cost $3.5 million. Nobody objected.", ["It cost $3.5 million.", "Nobody objected."]),
        (
            "The U.S. State Department said so. Nobody objected.",
            ["The U.S. State Department said so.", "Nobody objected."],
        ),
    ],
)
def test_sentences_split_at_full_stops_but_not_abbreviations(paragraph: str, expected: list[str]) -> None:
    assert [text for _s, _e, text in split_sentences(paragraph)] == expected


def test_cp1252_text_is_decoded() -> None:
    assert (
        decode_article("Kyiv’s mayor said on Monday".encode("cp1252"), "a.txt")
        == "Kyiv’s mayor said on Monday"
    )


def test_utf16_with_bom_is_decoded() -> None:
    assert decode_article("Talks resumed on Monday.".encode("utf-16"), "a.txt") == "Talks resumed on Monday."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"%PDF-1.7 binary", "PDF"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (b"caf\x81\x8d\x8f\x90\x9d", "neither UTF-8 nor Windows-1252"),
        (b"a" * (MAX_ARTICLE_BYTES + 1), "limit"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_article(data, "bad.txt")


def test_corpus_skips_bad_files_and_builds_the_rest(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(PAGE, encoding="utf-8")
    (articles / "empty.txt").write_bytes(b"")
    (articles / "binary.txt").write_bytes(b"\x00\xff" * 50)
    (articles / "copy.txt").write_text(PAGE, encoding="utf-8")
    corpus = load_corpus(articles, tmp_path / "sources.csv")
    assert [a.name for a in corpus.articles] == ["copy.txt"] or [a.name for a in corpus.articles] == [
        "good.txt"
    ]
    problems = {p.file: p.message for p in corpus.problems}
    assert "empty" in problems["empty.txt"]
    assert "binary" in problems["binary.txt"]
    assert "same text" in (problems.get("good.txt") or problems.get("copy.txt") or "")


def test_article_without_a_sources_row_still_loads(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "lonely.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet,title,url,published\nother.txt,X,,,\n", encoding="utf-8"
    )
    corpus = load_corpus(articles, tmp_path / "sources.csv")
    assert [a.name for a in corpus.articles] == ["lonely.txt"]
    assert corpus.articles[0].title == "Drone strike hits port city as talks stall"
    assert any(p.file == "other.txt" and "no such article file" in p.message for p in corpus.problems)


def test_sources_csv_kept_among_the_articles_is_no_skipped_article(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "port.txt").write_text(PAGE, encoding="utf-8")
    (articles / "sources.csv").write_text("file,outlet\nport.txt,Herald\n", encoding="utf-8")
    corpus = load_corpus(articles, articles / "sources.csv")
    assert [a.name for a in corpus.articles] == ["port.txt"]
    assert corpus.articles[0].outlet == "Herald"
    assert not [p for p in corpus.problems if p.file == "sources.csv"]


def test_unreadable_published_value_is_reported_and_the_text_date_used(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "port.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published,extra\nport.txt,last tuesday,x\n", encoding="utf-8")
    corpus = load_corpus(articles, tmp_path / "sources.csv")
    assert corpus.articles[0].published == dt.date(2025, 3, 3)
    assert any("not a date" in p.message for p in corpus.problems)


def test_furniture_named_anywhere_in_a_line_is_boilerplate_but_not_across_a_rejoined_break() -> None:
    # "newsletter" anywhere in a line makes it furniture; a line put back together from two (a line cut
    # after a bracket, "(D-Ore.)", goes on in lower case) is read as before: the word must hold the whole
    # of it
    from events.extract.corpus import _is_boilerplate

    assert _is_boilerplate("Get the morning briefing: sign up for our daily newsletter today")
    assert _is_boilerplate("Views expressed here do not reflect those of the station")
    assert not _is_boilerplate("The harbour board met on Tuesday to discuss the dredging contract.")
    assert not _is_boilerplate("Sen. Ada Kroll (D-Ore.)\nsent her newsletter")
    assert not _is_boilerplate("Sen. Ada Kroll (D-Ore.) wrote in her newsletter\nthat the port will reopen.")
