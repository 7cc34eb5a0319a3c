"""A link stays short and means the same as the data grows: the sidebar offers no "Select all" that would
write up to 300 actor (country, place, outlet) names into it, and every type chosen is no type filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from events.query.frames import FrameQuery
from events.schema import Tables


@pytest.fixture
def app(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    return open_link("chronology")


@pytest.mark.parametrize("facet", ["actor", "country", "place", "outlet"])
def test_a_long_facet_offers_no_select_all(app: AppTest, facet: str) -> None:
    widget = app.sidebar.multiselect(key=f"w:filter:{facet}")
    assert widget.proto.select_all == 0  # 0: never shown


def test_every_type_chosen_is_no_type_filter(app: AppTest, tables: Tables) -> None:
    types = app.sidebar.multiselect(key="w:filter:type")
    assert types.proto.select_all != 0
    types.set_value(FrameQuery(tables).facet_options()["type"]).run()
    assert "type" not in app.query_params
    assert app.sidebar.multiselect(key="w:filter:type").value == []
    # One type fewer than all is a filter, and the link says it.
    app.sidebar.multiselect(key="w:filter:type").set_value(["claim", "denial"]).run()
    assert app.query_params.get("type") in (["claim", "denial"], "claim")
