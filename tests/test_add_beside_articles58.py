"""An add into a table built from articles kept elsewhere (`build --articles DIR --out DATA`) is refused:
it would rebuild the table from DATA/articles alone and drop every other article's events. The build
records where it read them, so the articles can be copied in (command line or add page) and the add
goes ahead."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from conftest import ROOT
from small_corpus import write_corpus
from streamlit.testing.v1 import AppTest

from events.__main__ import main
from events.errors import ArticlesElsewhere, DataError
from events.store import load_tables
from events.store.generations import articles_source
from events.store.ingest import (
    NewArticle,
    add_articles,
    articles_kept_elsewhere,
    copy_articles_in,
    preview_article,
)

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
    with pytest.raises(ArticlesElsewhere, match=r"built from the articles in .*collection"):
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


def _previewed_on_the_add_page(data: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The add page pointed at `data`, with NEW typed in and previewed."""
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.switch_page("app_pages/add.py")
    app.run()
    app.text_area[0].set_value(NEW.text)
    next(w for w in app.text_input if w.label.startswith("Publication date")).set_value("2024-03-06")
    next(b for b in app.button if b.label.startswith("Preview the events")).click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def test_the_add_page_says_why_points_at_its_button_and_offers_no_save(
    built_elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _previewed_on_the_add_page(built_elsewhere, monkeypatch)
    refusal = app.error[0].value.replace("\\", "")
    assert "drop their events" in refusal
    # the page's own way, not the terminal's: the command line names `--copy-articles` (below)
    assert refusal.endswith("Copy them in first with the button below.")
    assert "python -m events" not in refusal and "on the add page" not in refusal
    assert [b for b in app.button if b.label.startswith("Copy the 3 articles")]
    assert not [b for b in app.button if b.label.startswith("Save")]
    assert not (built_elsewhere / "articles").exists()


def test_the_build_records_where_it_read_the_articles_only_when_elsewhere(
    built_elsewhere: Path, small_corpus_copy: Path
) -> None:
    assert articles_source(built_elsewhere) == (built_elsewhere.parent / "collection" / "articles").resolve()
    assert articles_source(small_corpus_copy) is None


def test_copying_the_articles_in_lets_the_add_keep_every_event(built_elsewhere: Path) -> None:
    before = load_tables(built_elsewhere)
    collection = built_elsewhere.parent / "collection" / "articles"
    originals = {path.name: path.read_bytes() for path in collection.iterdir()}
    assert copy_articles_in(built_elsewhere) == 3
    copied = built_elsewhere / "articles"
    assert {path.name: path.read_bytes() for path in copied.iterdir()} == originals
    assert all(not path.stat().st_mode & stat.S_IWUSR for path in copied.iterdir())  # stored read-only
    assert {path.name: path.read_bytes() for path in collection.iterdir()} == originals  # theirs, untouched
    assert copy_articles_in(built_elsewhere) == 0  # nothing left to copy
    report = add_articles([NEW], built_elsewhere)
    assert len(report.added) == 1
    after = load_tables(built_elsewhere)
    assert len(after.sources) == 4
    kept = after.mentions[after.mentions["article"].isin(originals)]
    assert len(kept) == len(before.mentions)  # every earlier article's mentions are still there


def test_a_moved_collection_is_named_and_nothing_is_copied(built_elsewhere: Path) -> None:
    collection = built_elsewhere.parent / "collection" / "articles"
    first = sorted(collection.iterdir())[0]
    first.unlink()
    with pytest.raises(DataError, match=rf"no longer in .*{first.name}|{first.name}.*no longer in"):
        copy_articles_in(built_elsewhere)
    assert not any((built_elsewhere / "articles").glob("*"))


def test_an_article_deleted_from_the_data_folder_is_not_called_kept_elsewhere(
    small_corpus_copy: Path,
) -> None:
    gone = sorted((small_corpus_copy / "articles").iterdir())[0]
    gone.unlink()
    with pytest.raises(ArticlesElsewhere, match="Put them back") as refusal:
        add_articles([NEW], small_corpus_copy)
    assert refusal.value.source == ""
    with pytest.raises(DataError, match="does not say where"):
        copy_articles_in(small_corpus_copy)


def test_the_command_line_copies_then_adds(
    built_elsewhere: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_file = tmp_path / "ferry.txt"
    new_file.write_text(NEW.text, encoding="utf-8")
    args = ["add", "--data", str(built_elsewhere), "--published", "2024-03-06", "--outlet", "Harbour Daily"]
    assert main([*args, str(new_file)]) != 0  # refused: it would drop the three
    assert "--copy-articles" in capsys.readouterr().err
    assert main([*args, "--copy-articles", str(new_file)]) == 0
    assert "Copied 3 articles" in capsys.readouterr().out
    assert len(load_tables(built_elsewhere).sources) == 4


def test_the_add_page_copies_the_articles_in_and_then_takes_the_add(
    built_elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _previewed_on_the_add_page(built_elsewhere, monkeypatch)
    next(b for b in app.button if b.label.startswith("Copy the 3 articles")).click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert "Copied 3 articles" in app.success[0].value
    assert len(list((built_elsewhere / "articles").iterdir())) == 3
    next(b for b in app.button if b.label.startswith("Preview the events")).click()
    app.run()
    assert not app.error, [e.value for e in app.error]
    next(b for b in app.button if b.label.startswith("Save")).click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert len(load_tables(built_elsewhere).sources) == 4


def test_several_files_get_one_refusal_and_one_copy_button(
    built_elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The refusal is the data folder's, not any file's: said once, with the files that wait for it.
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(built_elsewhere))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.switch_page("app_pages/add.py")
    app.run()
    next(w for w in app.get("button_group") if "Article" in str(w.label)).set_value("upload")
    app.run()
    app.file_uploader[0].set_value(
        [
            ("ferry.txt", NEW.text.encode() if NEW.text else b"", "text/plain"),
            (
                "harbour.txt",
                b"Harbour reopens\n\nThe harbour at Lorn reopened on Monday, its master said.",
                "",
            ),
        ]
    )
    app.run()
    next(w for w in app.text_input if w.label.startswith("Publication date")).set_value("2024-03-06")
    app.run()
    next(b for b in app.button if b.label.startswith("Preview the events")).click()
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert len(app.error) == 1 and "drop their events" in app.error[0].value.replace("\\", "")
    waiting = [c.value.replace("\\", "") for c in app.caption if c.value.startswith("Not previewed yet")]
    assert waiting == ["Not previewed yet: ferry.txt, harbour.txt."]
    assert len([b for b in app.button if b.label.startswith("Copy the 3 articles")]) == 1
    assert not [b for b in app.button if b.label.startswith("Save")]
    assert not (built_elsewhere / "articles").exists()
