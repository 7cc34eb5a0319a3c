"""Key dates of a story whose sources.csv names no outlet (articles built from a bare folder): the reason
counts articles, not file names as outlets; each sentence says its outlet is not named and links to
where it stands in its article; a date disputed by many sources names a few and counts the rest."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from dashboard_pages import open_link
from test_keydates import BURST_DAY, elements, make_tables, page_text

from events.query.disputes import SourcesOnADay, differing_days_line
from events.query.exports import key_dates_markdown
from events.query.keydates import key_dates, to_json
from events.schema import Tables
from events.store import write_tables


def without_outlets(tables: Tables, articles: set[str] | None = None) -> Tables:
    """The tables with the outlet of `articles` (all by default) left blank, as a bare folder builds."""
    sources = tables.sources.copy()
    blank = sources["article"].isin(articles) if articles is not None else pd.Series(True, sources.index)
    sources.loc[blank, "outlet"] = ""
    return replace(tables, sources=sources)


def test_articles_with_no_outlet_are_not_counted_as_outlets() -> None:
    (winner,) = key_dates(without_outlets(make_tables()), dates=1, sentences=2)
    assert winner.day == BURST_DAY
    assert winner.outlets == 0
    assert winner.unnamed == 6  # the JSON counts them apart from the outlets
    assert winner.reason == "reported by 6 articles (their outlets not named); cited by 2 later articles"


def test_a_day_with_some_outlets_named_counts_those_and_the_rest_apart() -> None:
    (winner,) = key_dates(without_outlets(make_tables(), {"ledger-burst.txt"}), dates=1, sentences=2)
    # Said apart: "6 articles from 3 outlets and 1 with no outlet named" can be read as 4 outlets.
    assert winner.reason.startswith("reported by 6 articles: 5 from 3 outlets, 1 with no outlet named")
    assert winner.outlets == 3  # the Ledger is still named by its other report of the day
    assert winner.unnamed == 1
    (record,) = json.loads(to_json([winner]))
    assert (record["articles"], record["outlets"], record["unnamed"]) == (6, 3, 1)


def test_a_day_whose_outlets_are_all_named_reads_as_before() -> None:
    (winner,) = key_dates(make_tables(), dates=1, sentences=2)
    assert winner.reason == "reported by 6 articles from 3 outlets; cited by 2 later articles"


@pytest.fixture
def bare_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "bare"
    write_tables(without_outlets(make_tables()), root)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(root))
    return root


def test_key_date_sentences_name_no_file_as_an_outlet_and_link_to_the_article(bare_story: Path) -> None:
    app = open_link("chronology", mode="keydates", days="1")
    text = page_text(app).replace("\\", "")  # Markdown escapes dropped
    assert "reported by 6 articles (their outlets not named)" in text
    quotes = [m.value for m in app.markdown if str(m.value).startswith("> ")]
    assert quotes and all("— outlet not named (" in str(q).replace("\\", "") for q in quotes)
    links = [
        link
        for link in elements(app.main)
        if getattr(link, "type", "") == "page_link" and link.proto.label == "Read it in the article"
    ]
    assert len(links) == len(quotes)
    query = links[0].proto.query_string
    assert "article=" in query and "cite=" in query and "mode=" not in query


def test_a_date_disputed_by_many_sources_names_three_and_counts_the_rest() -> None:
    many = tuple(f"Outlet {n}" for n in range(1, 9))
    line = differing_days_line([SourcesOnADay("8 Apr 2025", many), SourcesOnADay("9 Apr 2025", ("Wire",))])
    assert (
        line == "Sources differ on the date: 8 Apr 2025 (Outlet 1, Outlet 2, Outlet 3 and 5 more) "
        "vs 9 Apr 2025 (Wire)"
    )
    four = many[:4]
    assert "(Outlet 1, Outlet 2, Outlet 3, Outlet 4)" in differing_days_line(
        [SourcesOnADay("8 Apr 2025", four), SourcesOnADay("9 Apr 2025", ("Wire",))]
    )


def test_the_briefing_note_of_key_dates_says_an_outlet_is_not_named() -> None:
    (winner,) = key_dates(without_outlets(make_tables()), dates=1, sentences=2)
    note = key_dates_markdown([winner]).replace("\\", "")
    assert "(their outlets not named)" in note
    assert note.count("(outlet not named (") == 2


def test_key_dates_of_events_none_dated_to_a_day_say_why_there_are_none(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("chronology", mode="keydates", **{"from": "2022-02-01", "to": "2022-02-28"})
    every = open_link("chronology", **{"from": "2022-02-01", "to": "2022-02-28"})
    assert every.main.subheader  # "Every event" lists something for these dates
    (info,) = app.info
    assert "not a past event dated to a day" in info.value and "Every event" in info.value


def test_fewer_key_dates_than_asked_for_says_all_are_shown(bare_story: Path) -> None:
    app = open_link("chronology", mode="keydates", days="50")
    days = len(app.main.subheader)
    assert 0 < days < 50
    assert f"All {days} days with events dated to the day (50 asked for), oldest first." in [
        c.value for c in app.caption
    ]


def with_basis(tables: Tables, basis: str) -> Tables:
    return replace(tables, sources=tables.sources.assign(published_basis=basis))


@pytest.mark.parametrize(("basis", "said"), [("inferred", True), ("given", False)])
def test_key_dates_say_when_most_publication_days_are_inferred(
    basis: str, said: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / basis
    write_tables(with_basis(make_tables(), basis), root)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(root))
    app = open_link("chronology", mode="keydates", days="2")
    notes = [c.value for c in app.caption if "inferred from their text" in str(c.value)]
    assert bool(notes) == said
    if said:
        assert notes[0].startswith(
            f"{len(make_tables().sources)} of the {len(make_tables().sources)} articles"
        )
