"""A table built from articles kept outside its data folder (`build --articles DIR --out DATA`) still shows
each article, and its cited sentence, from the folder the build read: the page that key dates and
drill-downs link to must not answer that the file cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_pages import open_link
from small_corpus import write_corpus

from events.__main__ import main
from events.store import load_tables


@pytest.fixture
def built_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    collection = write_corpus(tmp_path / "collection", build=False)
    out = tmp_path / "out"
    args = ["build", "--articles", str(collection / "articles"), "--sources", str(collection / "sources.csv")]
    assert main([*args, "--out", str(out)]) == 0
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(out))
    return out


def test_an_article_read_from_elsewhere_opens_with_its_cited_sentence(built_elsewhere: Path) -> None:
    mention = load_tables(built_elsewhere).mentions.iloc[0]
    cite = f"{mention['start']}-{mention['end']}"
    app = open_link("article", article=str(mention["article"]), cite=cite)
    assert not app.error, [e.value for e in app.error]
    shown = "\n".join(html.proto.body for html in app.main.get("html"))
    assert 'class="cited"' in shown or "<mark" in shown  # the sentence marked where it stands
    assert str(mention["sentence"]).split()[-1] in shown


def test_an_article_missing_everywhere_says_where_it_was_looked_for(built_elsewhere: Path) -> None:
    mention = load_tables(built_elsewhere).mentions.iloc[0]
    source = built_elsewhere.parent / "collection" / "articles" / str(mention["article"])
    source.unlink()
    app = open_link("article", article=str(mention["article"]))
    (error,) = app.error
    assert str(built_elsewhere / "articles") in error.value and str(source.parent) in error.value


def test_the_folder_the_build_read_wins_over_a_stale_file_in_the_data_folder(built_elsewhere: Path) -> None:
    mention = load_tables(built_elsewhere).mentions.iloc[0]
    stale = built_elsewhere / "articles" / str(mention["article"])
    stale.parent.mkdir(exist_ok=True)
    stale.write_text("An older draft of the piece, kept by mistake. It says nothing of the kind.\n")
    cite = f"{mention['start']}-{mention['end']}"
    app = open_link("article", article=str(mention["article"]), cite=cite)
    assert not app.error, [e.value for e in app.error]
    shown = "\n".join(html.proto.body for html in app.main.get("html"))
    assert "older draft" not in shown
    assert str(mention["sentence"]).split()[-1] in shown


def test_the_advice_to_fix_a_date_rebuilds_from_the_folder_the_build_read(built_elsewhere: Path) -> None:
    from ui.render import stored_date_fix

    collection = built_elsewhere.parent / "collection" / "articles"
    advice = stored_date_fix("harbour.txt")
    assert f"--articles {collection.resolve()}" in advice
    assert f"--sources {built_elsewhere / 'sources.csv'}" in advice
    # The command it gives rebuilds the table on the screen.
    command = advice.split("`python -m events ")[1].split("`")[0].split()
    assert main(command) == 0
    assert len(load_tables(built_elsewhere).mentions) > 0
