"""What a newcomer, a briefing officer and a presenter meet on first opening a page (the forty-third
session's user trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_pages import open_link
from streamlit.testing.v1 import AppTest


def _markdown(app: AppTest) -> str:
    return " ".join(block.value for block in app.main.get("markdown"))


def test_the_first_screen_says_what_the_tool_is_and_where_to_start(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link()
    text = _markdown(app)
    assert "A chronology of the story built from its news reports" in text
    assert "Click an event" in text and "Claims & denials" in text and "Add articles" in text
    assert " dated events drawn from " in text
