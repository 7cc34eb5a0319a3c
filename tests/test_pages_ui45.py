"""What a newcomer's walk through the dashboard found (session 45): each test failed before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from dashboard_pages import open_link

from events.query import exports


def test_the_key_dates_note_says_when_it_was_downloaded_and_is_made_only_then(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key dates' Markdown note is stamped "Made:" when it is downloaded, as every other export is:
    a page left open for an hour handed out a note dated an hour earlier. And, as the chronology's note,
    it is not written on every run of the page while its box is closed."""
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    data: dict[str, Any] = {}
    real = st.download_button

    def recording(label: str, payload: Any, file_name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        data[str(file_name)] = payload
        return real(label, payload, file_name, *args, **kwargs)

    written: list[int] = []
    original = exports.key_dates_markdown

    def counting(*args: Any, **kwargs: Any) -> str:
        written.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    monkeypatch.setattr("ui.keydates.key_dates_markdown", counting)
    monkeypatch.setattr("ui.downloads.now", lambda: "2031-01-01 09:00 UTC")  # the page is drawn
    app = open_link("chronology", mode="keydates")
    assert app.subheader  # some key dates
    assert written == []  # the note's box is closed: no note written
    note = data["key-dates.md"]
    assert callable(note)
    monkeypatch.setattr("ui.downloads.now", lambda: "2031-01-01 10:30 UTC")  # an hour later: the click
    text = note().decode()
    assert "Made: 2031-01-01 10:30 UTC" in text
