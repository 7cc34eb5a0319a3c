"""Pages say why they show what they show: an empty event or article list says whether the sidebar's
filters or the list's own search left nothing, with what to do (a bare "No event matches." under an empty
search box sent a reader whose sidebar search hid every event looking for a search never typed); the
claims page says how its pairs read."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_pages import open_link
from streamlit.testing.v1 import AppTest


def _captions(app: AppTest) -> str:
    return " ".join(caption.value for caption in app.main.get("caption"))


@pytest.mark.parametrize("page", ["event", "curate"])
def test_filters_that_leave_no_event_are_named_as_the_reason(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link(page, q="qwertyuiop")
    assert "No event passes the sidebar's filters" in _captions(app)


def test_the_lists_own_search_is_quoted_when_it_finds_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("event", find="qwertyuiop")
    assert "No event matches “qwertyuiop”: try other words." in _captions(app)
    app = open_link("event", find="qwertyuiop", type="claim")
    assert "among the events the sidebar's filters leave" in _captions(app)


def test_an_article_search_that_finds_nothing_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("article", find="qwertyuiop")
    assert "No article matches “qwertyuiop”" in _captions(app)


def test_the_claims_page_says_how_its_pairs_read(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A denial answering two claims stood twice on the page with nothing to say why.
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("claims")
    assert "a denial that answers several claims stands beside each of them" in _captions(app)
