"""A figure disputed by many sources names three of them in its heading and counts the rest (the table
below lists each), as the drill-down's "sources differ on the date" does: a heading that names a dozen
files is a paragraph to read past, not a heading."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import CLAIM
from dashboard_pages import open_link

from events.schema import Tables
from events.store import write_tables

WIRES = [f"wire-{n}.txt" for n in range(1, 8)]  # seven reports, each with its own count of people


@pytest.fixture
def many_sources(tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cell = ";".join(f"{100 + 10 * n} people [{name}]" for n, name in enumerate(WIRES))
    events = tables.events.copy()
    events.loc[events["event_id"] == CLAIM, "figures"] = cell
    folder = tmp_path / "many"
    first = tables.sources.iloc[[0]]
    wires = [first.assign(article=name, outlet=f"Wire {n}") for n, name in enumerate(WIRES, start=1)]
    sources = pd.concat([tables.sources, *wires], ignore_index=True)
    write_tables(Tables(events, tables.mentions, sources), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    return folder


def test_a_figure_disputed_by_seven_sources_names_three_and_counts_four(many_sources: Path) -> None:
    app = open_link("claims")
    (said,) = [m.value for m in app.main.get("markdown") if "how many people" in m.value]
    said = said.replace("\\", "")
    assert "Wire 1, Wire 2, Wire 3 and 4 more" in said
    assert "Wire 7" not in said
    table = app.dataframe[-1].value
    assert len(table) == 7  # every source is still in the table
