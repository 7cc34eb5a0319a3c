"""'Since the last briefing' with a day before every kept version when more than one is kept: the page
compares from the oldest kept version and says so, rather than quietly reporting "nothing changed" as if
the data had stood still since that day. A day after the current version says the data has not changed
since then, not that no version was written before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_pages import open_link
from small_corpus import town_article

from events.store.generations import list_versions
from events.store.ingest import NewArticle, add_articles


@pytest.fixture
def two_versions(small_corpus_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    add_articles(
        [NewArticle(text=town_article(1), outlet="Town Crier", published="2025-03-04")], small_corpus_copy
    )
    assert len(list_versions(small_corpus_copy)) == 2
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(small_corpus_copy))
    return small_corpus_copy


def test_a_day_before_every_version_compares_from_the_oldest_and_says_so(two_versions: Path) -> None:
    app = open_link("since", since="2001-03-05")
    assert not app.error, [e.value for e in app.error]
    said = [i.value for i in app.info]
    notes = [s for s in said if "No data version was written before 2001-03-05" in s]
    assert len(notes) == 1 and "oldest kept" in notes[0]
    assert "build of" in notes[0]  # names the version it compares from
    assert "New events" in [h.value.split(" (")[0] for h in app.subheader]  # the added article's events


def test_a_day_after_the_current_version_says_the_data_has_not_changed_since(two_versions: Path) -> None:
    app = open_link("since", since="2200-01-01")
    said = [i.value for i in app.info]
    assert [s for s in said if "has not changed since 2200-01-01" in s]
    assert not [s for s in said if "No data version was written" in s or "Nothing changed" in s]
