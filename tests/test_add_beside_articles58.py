"""An add into a table built from articles kept elsewhere (`build --articles DIR --out DATA`) is refused:
it would rebuild the table from DATA/articles alone and drop every other article's events."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from small_corpus import write_corpus
from streamlit.testing.v1 import AppTest

from events.__main__ import main
from events.errors import DataError
from events.store import load_tables
from events.store.ingest import NewArticle, add_articles, articles_kept_elsewhere, preview_article

NEW = NewArticle(
    text="Ferry service resumes\n\nThe ferry between Kessa and Lorn resumed on Monday after a strike "
    "halted it for a week, the operator said on Tuesday.",
    outlet="Harbour Daily",
    published="2024-03-06",
)


@pytest.fixture
def built_elsewhere(tmp_path: Path) -> Path:
    collection = write_corpus(tmp_path / "collection", build=False)
    out = tmp_path / "out"
    args = ["build", "--articles", str(collection / "articles"), "--sources", str(collection / "sources.csv")]
    assert main([*args, "--out", str(out)]) == 0
    return out


def test_a_table_of_articles_kept_elsewhere_refuses_an_add_and_keeps_its_events(
    built_elsewhere: Path,
) -> None:
    before = load_tables(built_elsewhere).events
    assert len(articles_kept_elsewhere(built_elsewhere)) == 3
    with pytest.raises(DataError, match="kept outside"):
        add_articles([NEW], built_elsewhere)
    with pytest.raises(DataError, match="drop their events"):
        preview_article(NEW, built_elsewhere)
    assert load_tables(built_elsewhere).events.equals(before)
    assert not (built_elsewhere / "articles").exists()


def test_a_data_folder_that_holds_its_articles_takes_the_add(small_corpus_copy: Path) -> None:
    assert articles_kept_elsewhere(small_corpus_copy) == []
    report = add_articles([NEW], small_corpus_copy)
    assert len(report.added) == 1
    sources = load_tables(small_corpus_copy).sources
    assert len(sources) == 4  # the three articles kept, the new one beside them


def test_the_add_page_says_why_and_offers_no_save(
    built_elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(built_elsewhere))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.switch_page("app_pages/add.py")
    app.run()
    app.text_area[0].set_value(NEW.text)
    next(w for w in app.text_input if w.label.startswith("Publication date")).set_value("2024-03-06")
    next(b for b in app.button if b.label.startswith("Preview the events")).click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert "drop their events" in app.error[0].value.replace("\\", "")
    assert not [b for b in app.button if b.label.startswith("Save")]
    assert not (built_elsewhere / "articles").exists()
