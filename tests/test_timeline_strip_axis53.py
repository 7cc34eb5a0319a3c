"""The timeline's rough-dates strip shares the lanes' date scale, on the page as a reader gets it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import CLAIM
from dashboard_pages import open_link

from events.schema import Tables
from events.store import load_tables, write_tables


def test_the_rough_dates_strip_is_drawn_on_the_same_dates_as_the_lanes(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(shutil.copytree(data_dir, tmp_path / "data"))
    tables = load_tables(folder)
    events = tables.events.copy()
    row = events["event_id"] == CLAIM  # "in 2025": far wider than a view of days
    events.loc[row, ["date", "date_end", "precision"]] = [
        pd.Timestamp("2025-01-01"),
        pd.Timestamp("2025-12-31"),
        "year",
    ]
    write_tables(Tables(events, tables.mentions, tables.sources), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    app = open_link("timeline", zoom="2025-04-08..2025-04-10")
    (chart,) = app.main.get("plotly_chart")
    layout = json.loads(chart.proto.spec)["layout"]
    assert "Rough dates" in layout["yaxis2"]["ticktext"]
    assert layout["xaxis"]["range"] == ["2025-04-08", "2025-04-11"]
    assert layout["xaxis2"]["range"] == layout["xaxis"]["range"]
    assert layout["xaxis2"]["matches"] == "x"  # a zoom in the browser moves both
