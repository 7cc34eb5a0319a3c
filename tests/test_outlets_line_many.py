"""An event reported by many articles is one line in the briefing note and on its card: the first outlets,
then how many more, not a paragraph of names; articles whose outlets are not named (a bare folder of
files) are counted, not listed by file name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CLAIM
from dashboard_pages import open_link

from events.query.labels import outlets_line
from events.schema import Tables
from events.store import write_tables

FILES = [f"harbour-{n:02d}.txt" for n in range(1, 10)]  # nine reports, no outlet named
OUTLETS = [f"Quay Herald {n}" for n in range(1, 10)]  # nine outlets


def test_a_long_list_of_outlets_names_six_and_counts_the_rest() -> None:
    assert outlets_line(OUTLETS) == ", ".join(OUTLETS[:6]) + " and 3 more"
    # Seven fit whole: "and 1 more" would save nothing.
    assert outlets_line(OUTLETS[:7]) == ", ".join(OUTLETS[:7])
    assert outlets_line(["Tide Post", "Tide Post", "Quay News"]) == "Tide Post (2), Quay News"


@pytest.fixture
def many_files(tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    events = tables.events.copy()
    claim = events["event_id"] == CLAIM
    events.loc[claim, "sources"] = ";".join(FILES)
    events.loc[claim, "n_sources"] = len(FILES)
    folder = tmp_path / "files"
    write_tables(Tables(events, tables.mentions, tables.sources), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    return folder


def test_the_chronologys_note_counts_nine_sources_with_no_outlet_named(many_files: Path) -> None:
    app = open_link("chronology")
    app.session_state["w:chronology:note"] = True  # the reader opens the note
    app.run()
    note = app.code[0].value.replace("\\", "")
    assert [line for line in note.splitlines() if "9 articles, outlets not named" in line]
    assert "harbour-0" not in note
