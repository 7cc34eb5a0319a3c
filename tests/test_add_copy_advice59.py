"""The add page's refusal of a table built from articles elsewhere points at the page's own copy button,
not at the command line (the command says the same thing for the terminal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from small_corpus import write_corpus
from streamlit.testing.v1 import AppTest

from events.__main__ import main
from events.errors import ArticlesElsewhere
from events.store.ingest import NewArticle, preview_article

NEW = NewArticle(
    text="Bridge reopens after repairs\n\nThe old toll bridge at Farrow reopened to traffic on Friday "
    "after three months of repairs, the county council said on Saturday.",
    outlet="Valley Courier",
    published="2023-09-02",
)


@pytest.fixture
def built_elsewhere(tmp_path: Path) -> Path:
    collection = write_corpus(tmp_path / "collection", build=False)
    out = tmp_path / "out"
    args = ["build", "--articles", str(collection / "articles"), "--sources", str(collection / "sources.csv")]
    assert main([*args, "--out", str(out)]) == 0
    return out


def test_the_command_line_refusal_names_the_command(built_elsewhere: Path) -> None:
    with pytest.raises(ArticlesElsewhere, match="--copy-articles"):
        preview_article(NEW, built_elsewhere)


def test_the_add_page_refusal_points_at_its_button_once(
    built_elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(built_elsewhere))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.switch_page("app_pages/add.py")
    app.run()
    app.text_area[0].set_value(NEW.text)
    next(w for w in app.text_input if w.label.startswith("Publication date")).set_value("2023-09-02")
    next(b for b in app.button if b.label.startswith("Preview the events")).click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    refusal = app.error[0].value.replace("\\", "")
    assert "drop their events" in refusal
    assert refusal.endswith("Copy them in first with the button below.")
    assert "python -m events" not in refusal and "on the add page" not in refusal
    assert [b for b in app.button if b.label.startswith("Copy the 3 articles")]
