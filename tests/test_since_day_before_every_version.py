"""'Since the last briefing' with a day before every kept data version: the only version to compare is
the current data itself, so the page says there is nothing to compare (and that the day picks a data
version, not news by its date) rather than "nothing changed", which reads as "no news since then"."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_pages import open_link

from events.store.generations import list_versions


def test_a_day_before_every_version_says_there_is_nothing_to_compare(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(list_versions(data_dir)) == 1  # one build: the current data is the only version
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("since", since="2001-03-05")
    said = [i.value for i in app.info]
    assert not [s for s in said if "Nothing changed" in s]
    (note,) = said
    assert "No data version was written before 2001-03-05" in note and "nothing to compare" in note
    assert app.query_params["since"] in ("2001-03-05", ["2001-03-05"])  # the link keeps the day
