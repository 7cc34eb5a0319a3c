"""An event reported by many articles whose outlets are not named (a bare folder of files) is one line
in the briefing note and on its card: the first outlets, then how many more, not a paragraph of names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CLAIM
from dashboard_pages import open_link

from events.query.labels import outlets_line
from events.schema import Tables
from events.store import write_tables

FILES = [f"harbour-{n:02d}.txt" for n in range(1, 10)]  # nine reports, no outlet named


def test_a_long_list_of_outlets_names_six_and_counts_the_rest() -> None:
    assert outlets_line(FILES) == ", ".join(FILES[:6]) + " and 3 more"
    # Seven fit whole: "and 1 more" would save nothing.
    assert outlets_line(FILES[:7]) == ", ".join(FILES[:7])
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


def test_the_chronologys_note_names_six_sources_of_nine(many_files: Path) -> None:
    app = open_link("chronology")
    app.session_state["w:chronology:note"] = True  # the reader opens the note
    app.run()
    note = app.code[0].value.replace("\\", "")
    (line,) = [line for line in note.splitlines() if "harbour-01.txt" in line]
    assert "harbour-06.txt and 3 more" in line and "harbour-09.txt" not in line
