"""What a page says when the filters leave nothing (no empty downloads), and counts past a thousand
written with separators ("2,025 events", never a number that reads as a year)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from dashboard_pages import open_link
from streamlit.testing.v1 import AppTest

from events.extract.quantities import parse_figure_cell
from events.query.filters import Filters
from events.schema import Tables, split_list
from events.store import write_tables
from ui.downloads import filtered_file_name
from ui.render import md, outlets_line

COPIES = 120  # copies of the test events: past a thousand
NOTHING = {"q": "nothing-reports-this-word"}


def open_page(data: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: Any) -> AppTest:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data))
    return open_link(page, **params)


def download_buttons(app: AppTest) -> list[Any]:
    return [e for e in app.main.get("download_button")]


def test_exports_of_nothing_say_so_and_offer_no_empty_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(data_dir, monkeypatch, "exports", **NOTHING)
    assert any("No events match the filters" in info.value for info in app.info)
    assert not any("Download the" in text.value for text in app.markdown)
    buttons = download_buttons(app)
    assert len(buttons) == 6  # five formats, and the CSV with its filters
    assert all(button.proto.disabled for button in buttons)


def test_exports_of_some_events_count_them_and_can_be_downloaded(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(data_dir, monkeypatch, "exports", type="claim")
    assert any(re.match(r"Download the \*\*[1-9]\d*\*\* events", text.value) for text in app.markdown)
    assert not app.info
    assert not any(button.proto.disabled for button in download_buttons(app))


@pytest.mark.parametrize("mode", ["events", "keydates"])
def test_a_chronology_of_nothing_says_so_without_a_note_or_printout(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    app = open_page(data_dir, monkeypatch, "chronology", mode=mode, **NOTHING)
    # Both modes say it is the filters, not "no day has a dated sentence" in key-dates mode.
    assert [info.value for info in app.info if "No events match the filters" in info.value]
    assert not download_buttons(app)
    assert not [box for box in app.main.get("expandable") if "Briefing note" in box.label]


def many_events(tables: Tables, copies: int) -> Tables:
    """The test tables' events `copies` times over, each copy with its own ids (and mentions)."""
    events, mentions = [], []
    for copy in range(copies):
        ids = {old: f"ev-{copy:04x}{old[-6:]}" for old in tables.events["event_id"]}
        events.append(
            tables.events.assign(
                event_id=tables.events["event_id"].map(ids),
                linked="",
                contested=False,
            )
        )
        mentions.append(tables.mentions.assign(event_id=tables.mentions["event_id"].map(ids)))
    return Tables(
        pd.concat(events, ignore_index=True), pd.concat(mentions, ignore_index=True), tables.sources
    )


@pytest.fixture(scope="module")
def big_data(tables: Tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    write_tables(many_events(tables, COPIES), folder)
    return folder


def test_counts_past_a_thousand_have_separators(
    big_data: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = COPIES * len(tables.events)
    assert total >= 1000
    app = open_page(big_data, monkeypatch, "timeline")
    shown = f"{total:,} of {total:,} events shown"
    assert [c.value for c in app.sidebar.caption if c.value == shown]
    listed = [t.value for t in app.markdown if "events in this view" in t.value]
    assert listed and all("," in text for text in listed), listed


def test_an_events_figures_are_one_line_each_with_their_outlet(
    data_dir: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Beside the timeline the drill-down is narrow: a box per figure in columns broke words apart.
    with_figures = tables.events[tables.events["figures"].fillna("") != ""]
    event_id = str(with_figures["event_id"].iloc[0])
    items = [parse_figure_cell(cell) for cell in split_list(with_figures["figures"].iloc[0])]
    app = open_page(data_dir, monkeypatch, "timeline", event=event_id)
    (block,) = [t.value for t in app.markdown if t.value.startswith("**Figures**")]
    lines = block.splitlines()[2:]
    assert len(lines) == len(items)
    for line, item in zip(lines, items, strict=True):
        assert line.startswith(f"- **{md(item.text)}** · ")


def test_the_timeline_says_how_many_filtered_events_fall_outside_its_dates(
    data_dir: Path, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(data_dir, monkeypatch, "timeline", zoom="2025-04-09..2025-04-09")
    (listed,) = [t.value for t in app.markdown if "events in this view" in t.value]
    in_view = int(re.search(r"The ([\d,]+) events", listed).group(1).replace(",", ""))  # type: ignore[union-attr]
    shown = int(re.search(r"([\d,]+) of", app.sidebar.caption[0].value).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert in_view < shown
    assert [c.value for c in app.caption if c.value.startswith(f"{shown - in_view} of the {shown} filtered")]
    whole = open_page(data_dir, monkeypatch, "timeline", zoom="2020-01-01..2030-01-01")
    assert not [c.value for c in whole.caption if "fall outside these dates" in c.value]


def test_a_cards_outlets_are_named_once_each_with_their_article_count() -> None:
    # A story every paper ran: one name per article was a wall of "BBC, Reuters, BBC, BBC, ...".
    names = ["BBC", "Reuters", "BBC", "The Guardian", "BBC", "Reuters"]
    assert outlets_line(names) == "BBC (3), Reuters (2), The Guardian"
    assert outlets_line(["Al Jazeera", "NBC News"]) == "Al Jazeera, NBC News"
    assert outlets_line([]) == ""


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("", "events.csv"),
        ("type=claim&actor=Tony Hayward", "events_type-claim_actor-tony-hayward.csv"),
        ("from=2010-05-01&to=2010-05-31", "events_from-2010-05-01_to-2010-05-31.csv"),
    ],
)
def test_an_exports_file_name_says_which_filters_made_it(query: str, name: str) -> None:
    filters, notes = Filters.from_query(query)
    assert not notes
    assert filtered_file_name("csv", filters) == name


def test_a_file_name_of_many_filters_stays_short() -> None:
    filters, _ = Filters.from_query("&".join(f"actor=Someone number {i}" for i in range(40)))
    name = filtered_file_name("markdown", filters, "briefing")
    assert name.startswith("briefing_actor-someone-number-0-someone-number-1")
    assert len(name) <= 80 + len(".md")
    assert not name.removesuffix(".md").endswith(("-", "_"))


def test_the_exports_page_names_its_files_after_the_filters(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A deferred download keeps its file name on the server, out of AppTest's sight: record it.
    names: set[str] = set()
    real = st.download_button

    def recording(*args: Any, **kwargs: Any) -> Any:
        names.add(kwargs["file_name"])
        return real(*args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    open_page(data_dir, monkeypatch, "exports", type="claim")
    assert "events_type-claim.csv" in names
    assert "events_type-claim.csv.zip" in names  # the same table with its filters
    assert "events_type-claim.md" in names
