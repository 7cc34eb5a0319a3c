"""The sidebar's date filter: set in the widget, written to the link, and the link reopens the same view."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from dashboard_pages import open_link


def shown_count(app: object) -> str:
    captions = [c.value for c in app.sidebar.caption]  # type: ignore[attr-defined]
    return next(c for c in captions if re.search(r"of [\d,]+ events shown", c))


@pytest.mark.parametrize("page", ["timeline", "chronology", "exports"])
def test_a_date_range_set_in_the_sidebar_is_in_the_link_and_reopens_the_same_view(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link(page, country="UKR")
    before = shown_count(app)
    app.sidebar.date_input(key="w:filter:dates").set_value((dt.date(2025, 4, 9), dt.date(2025, 4, 9))).run()
    assert not app.exception
    assert app.query_params["from"] == "2025-04-09" and app.query_params["to"] == "2025-04-09"
    after = shown_count(app)
    assert after != before
    again = open_link(page, **dict(app.query_params))
    assert shown_count(again) == after
    assert again.sidebar.date_input(key="w:filter:dates").value == (dt.date(2025, 4, 9), dt.date(2025, 4, 9))
