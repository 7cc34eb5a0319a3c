"""The pages that write, through AppTest on a copy of the small corpus: Add articles and Curate (with the
drill-down's edited mark, history and undo)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from small_corpus import (
    DETENTION_A,
    DETENTION_B,
    QUOTAS,
    THIRD_REPORT,
    detention_event,
    single_source,
    snapshot,
    town_article,
)
from streamlit.testing.v1 import AppTest

from events.store import curation
from events.store import generations as store
from events.store.ingest import NewArticle, add_articles

FIXTURES = Path(__file__).parent / "fixtures"
OpenPage = Callable[..., AppTest]
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés "
    "par la sécheresse. Selon le ministre, les aides seront versées avant la fin du mois de juin."
)


@pytest.fixture
def data(small_corpus_copy: Path) -> Path:
    return small_corpus_copy


@pytest.fixture
def open_page(data: Path, monkeypatch: pytest.MonkeyPatch) -> OpenPage:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data))

    def open_(page: str, **params: Any) -> AppTest:
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        app.switch_page(f"app_pages/{page}.py")
        app.query_params.update(params)
        return run(app)

    return open_


def run(app: AppTest) -> AppTest:
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def labelled(widgets: Any, label: str) -> Any:
    """The widget whose label starts with `label` (keys of the add page change after each save)."""
    return next(w for w in widgets if w.label.startswith(label))


def click(app: AppTest, label: str) -> AppTest:
    labelled(app.button, label).click()
    return run(app)


def texts(elements: Any) -> str:
    return "\n".join(element.value for element in elements)


def page_links(app: AppTest) -> list[str]:
    return [link.proto.label for link in app.main.get("page_link")]


def html_text(app: AppTest) -> str:
    """The bodies of st.html elements without the highlight marks that the page adds."""
    return "\n".join(re.sub(r"</?mark[^>]*>", "", h.proto.body) for h in app.main.get("html"))


def unescaped(text: str) -> str:
    return text.replace("\\", "")


def paste(app: AppTest, text: str, *, outlet: str = "", published: str = "") -> AppTest:
    app.text_area[0].set_value(text)
    labelled(app.text_input, "Outlet").set_value(outlet)
    labelled(app.text_input, "Publication date").set_value(published)
    return click(app, "Preview the events")


def test_a_pasted_article_is_previewed_then_saved_and_joins_the_stored_event(
    open_page: OpenPage, data: Path
) -> None:
    before = store.load_tables(data)
    detention = detention_event(before)
    app = paste(open_page("add"), THIRD_REPORT, outlet="Coast Watch", published="2025-03-08")
    assert "1 event**: 0 new, 1 already reported by stored articles" in texts(app.markdown)
    assert "near Hailuoto** · Tue 4 Mar 2025" in unescaped(texts(app.markdown))
    captions = unescaped(texts(app.caption))
    assert "Title: Finnish coastguard holds Russian fishermen · outlet: Coast Watch" in captions
    assert "Joins the reports of Baltic Wire, Nordic Post" in captions
    assert "detained two Russian trawler crews near Hailuoto" in html_text(app)
    assert store.load_tables(data).events.equals(before.events)  # a preview saves nothing

    app = click(app, "Save the article")
    file = "coast-watch_finnish-coastguard-holds-russian-fishermen.txt"
    assert f"(pasted text) as {file}" in unescaped(app.success[0].value)
    after = store.load_tables(data)
    merged = after.events.set_index("event_id").loc[detention["event_id"]]
    assert merged["sources"].split(";") == [DETENTION_A, DETENTION_B, file]
    assert any(
        label.endswith("near Hailuoto · joins 2 other reports") for label in map(unescaped, page_links(app))
    )
    assert app.text_area[0].value == ""  # the inputs start afresh for the next article
    app.switch_page("app_pages/event.py")
    app.query_params.update({"event": detention["event_id"]})
    assert "Coast Watch" in texts(run(app).markdown)


def test_article_markup_in_the_preview_is_inert_text(open_page: OpenPage) -> None:
    hostile = (
        "<b>Finnish</b> border guards detained two Russian trawler crews near Hailuoto on 4 March 2025, "
        "said [the ministry](javascript:alert(1)) :red[today] <img src=x onerror=alert(2)>.\n"
    )
    app = paste(open_page("add"), hostile, published="2025-03-08")
    bodies = html_text(app)
    assert "&lt;b&gt;Finnish&lt;/b&gt;" in bodies and "&lt;img src=x" in bodies
    assert not re.search(r"<(b|img|script)\b", bodies)
    shown = re.sub(r"\\.", "", texts(app.markdown) + texts(app.caption))  # escaped characters taken out
    assert "](javascript" not in shown and ":red[" not in shown and "<b>" not in shown
    assert all(not m.proto.allow_html for m in app.markdown)


def test_bad_input_shows_a_message_and_leaves_the_data_dir_byte_identical(
    open_page: OpenPage, data: Path
) -> None:
    before = snapshot(data)
    app = open_page("add")
    stored = (data / "articles" / DETENTION_B).read_text("utf-8")
    for text, message in [
        ("   \n\t ", "The pasted text is empty"),
        (FRENCH, "The text looks like French, not English"),
        (stored, f"The same text is already stored as {DETENTION_B}"),
    ]:
        app = paste(app, text)
        assert message in unescaped(app.error[0].value)
        assert not [b for b in app.button if b.label.startswith("Save")]
    assert any(DETENTION_B in unescaped(label) for label in page_links(app))  # a link to the stored one

    labelled(app.get("button_group"), "Article").set_value("upload")
    run(app).file_uploader[0].set_value(
        [
            ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "text/plain"),
            ("odd.txt", b"caf\x81 \x8d\x8f", ""),
        ]
    )
    app = click(run(app), "Preview the events")
    assert "PNG image" in unescaped(app.error[0].value)
    assert "neither UTF-8 nor Windows-1252" in unescaped(app.error[1].value)
    assert snapshot(data) == before


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2999-01-01", "The publication date 2999-01-01 is in the future"),
        ("next Tuesday", "The publication date 'next Tuesday' cannot be read: give it as YYYY-MM-DD"),
    ],
)
def test_a_future_or_unreadable_publication_date_is_asked_for_again(
    open_page: OpenPage, data: Path, typed: str, message: str
) -> None:
    before = snapshot(data)
    app = open_page("add")
    app.text_area[0].set_value(THIRD_REPORT)
    labelled(app.text_input, "Publication date").set_value(typed)
    run(app)
    assert message in unescaped(app.error[0].value)
    assert labelled(app.button, "Preview the events").disabled
    labelled(app.text_input, "Publication date").set_value("2025-03-08")
    assert not run(app).error
    assert not labelled(app.button, "Preview the events").disabled
    assert snapshot(data) == before


def test_uploaded_files_are_added_as_a_batch_with_what_each_brought(open_page: OpenPage, data: Path) -> None:
    app = open_page("add")
    labelled(app.get("button_group"), "Article").set_value("upload")
    run(app).file_uploader[0].set_value(
        [
            ("news_page.html", (FIXTURES / "news_page.html").read_bytes(), "text/html"),
            ("bridge.txt", town_article(3).encode(), "text/plain"),
            ("library.md", b"# Library\n\nThe new library is popular with children and parents.\n", ""),
        ]
    )
    app = click(run(app), "Preview the events")
    captions = unescaped(texts(app.caption))
    assert "Title: Coastguard rescues crew of stricken cargo ship off Halden Point" in captions
    assert "outlet: The Northport Herald · published: Thu 14 Mar 2024" in captions
    assert "no dates found in the text: it is stored, but yields no events" in unescaped(texts(app.info))

    app = click(app, "Save the 3 articles")
    saved = unescaped(texts(app.success))
    assert "Halden Point” (news_page.html) as the-northport-herald_coastguard-rescues" in saved
    assert "(bridge.txt) as" in saved
    assert "Saved library.md as library.txt: 0 events" in saved
    assert len(store.load_tables(data).sources) == 6


def fix_title(app: AppTest, title: str) -> AppTest:
    labelled(app.text_input, "Title").set_value(title)
    return click(app, "Save corrections")


def with_name(app: AppTest, name: str = "Ana") -> AppTest:
    labelled(app.text_input, "Your name").set_value(name)
    return run(app)


def test_without_a_name_nothing_is_recorded(open_page: OpenPage, data: Path) -> None:
    event_id = detention_event(store.load_tables(data))["event_id"]
    before = snapshot(data)
    app = fix_title(open_page("curate", event=event_id), "Finland detains two crews")
    assert "Type your name first" in unescaped(app.error[0].value)
    assert snapshot(data) == before


def test_a_fixed_title_is_in_the_history_the_drill_down_marks_it_and_undo_restores_it(
    open_page: OpenPage, data: Path
) -> None:
    detention = detention_event(store.load_tables(data))
    event_id = detention["event_id"]
    assert detention["countries"] == "FIN;RUS"
    app = with_name(open_page("curate", event=event_id))
    labelled(app.text_input, "Countries").set_value("Finland; RU; Sweden")
    labelled(app.selectbox, "Precision").set_value("week")
    labelled(app.date_input, "Last day").set_value(dt.date(2025, 3, 9))
    app = fix_title(app, "Finland detains two crews")
    history = unescaped(texts(app.markdown))
    assert f"Ana set title: '{detention['title']}' → 'Finland detains two crews'" in history
    assert "Ana set countries: FIN; RUS → FIN; RUS; SWE" in history
    assert "Ana set date: 2025-03-04 (day) → 2025-03-04..2025-03-09 (week)" in history
    assert "Nothing to save" in click(app, "Save corrections").info[0].value  # the form shows what is stored
    stored = store.load_tables(data).events.set_index("event_id").loc[event_id]
    assert (stored["title"], stored["countries"], stored["precision"]) == (
        "Finland detains two crews",
        "FIN;RUS;SWE",
        "week",
    )

    app.switch_page("app_pages/event.py")
    app.query_params.update({"event": event_id})
    run(app)
    assert any("Edited by an analyst" in html.proto.body for html in app.main.get("html"))
    assert app.expander[0].label == "History of corrections"
    assert any(unescaped(label).startswith("Correct, merge, split or reject") for label in page_links(app))
    (title_fix,) = [c for c in curation.load_corrections(data) if c.field == "title"]
    app.button(key=f"w:undo:{title_fix.id}").click()
    run(app)
    assert store.load_tables(data).events.set_index("event_id").loc[event_id, "title"] == detention["title"]
    history = unescaped(texts(app.expander[0].markdown))
    assert f"Ana undid: Ana set title: '{detention['title']}'" in history
    assert "→ 'Finland detains two crews' (undone)" in history


def test_a_rejected_event_leaves_every_view_and_restore_brings_it_back(
    open_page: OpenPage, data: Path
) -> None:
    event = single_source(store.load_tables(data), QUOTAS)
    app = with_name(open_page("curate", event=event["event_id"]))
    labelled(app.text_input, "Reason").set_value("a duplicate headline")
    app = click(app, "Reject this event")
    assert event["event_id"] not in set(store.load_tables(data).events["event_id"])
    assert app.query_params.get("event") is None
    assert f"Ana rejected “{event['title']}” (a duplicate headline)" in unescaped(app.success[0].value)
    assert event["title"] in unescaped(texts(app.markdown))  # listed under Rejected events

    app = click(app, "Restore")
    assert event["event_id"] in set(store.load_tables(data).events["event_id"])
    assert "No event is rejected." in texts(app.caption)


def test_merging_and_splitting_from_the_curate_page(open_page: OpenPage, data: Path) -> None:
    tables = store.load_tables(data)
    keep, other = detention_event(tables), single_source(tables, QUOTAS)
    app = with_name(open_page("curate", event=keep["event_id"]))
    labelled(app.selectbox, "Event reporting the same happening").set_value(other["event_id"])
    app = click(app, "Merge into this event")
    assert f"Ana merged “{other['title']}” into “{keep['title']}”" in unescaped(app.success[0].value)
    keep, other = keep["event_id"], other["event_id"]
    merged = store.load_tables(data).events.set_index("event_id")
    assert other not in merged.index
    assert merged.loc[keep, "sources"].split(";") == [QUOTAS, DETENTION_A, DETENTION_B]

    labelled(app.multiselect, "Source articles that report").set_value([QUOTAS])
    app = click(app, "Split off a new event")
    split = store.load_tables(data).events.set_index("event_id")
    assert split.loc[keep, "sources"].split(";") == [DETENTION_A, DETENTION_B]
    assert (split["sources"] == QUOTAS).sum() >= 1
    assert "Open that event" in page_links(app)


def test_the_add_page_opens_on_a_folder_with_no_tables_yet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.switch_page("app_pages/add.py")
    app = paste(run(app), THIRD_REPORT, published="2025-03-08")
    assert not app.error
    app = click(app, "Save the article")
    assert "(pasted text) as" in unescaped(app.success[0].value)
    assert len(store.load_tables(tmp_path).events) >= 1


def review_ids(app: AppTest, action: str) -> list[str]:
    prefix = f"w:review:{action}:"
    return [b.key.removeprefix(prefix) for b in app.button if b.key and b.key.startswith(prefix)]


def waiting(app: AppTest) -> int:
    (label,) = [
        link.proto.label for link in app.sidebar.get("page_link") if "Review queue" in link.proto.label
    ]
    return int(re.search(r"(\d+) waiting", label)[1])  # type: ignore[index]


def test_the_review_queue_accepts_rejects_and_fixes_and_the_sidebar_counts_what_waits(
    open_page: OpenPage, data: Path
) -> None:
    app = with_name(open_page("review"))
    before = waiting(app)
    accepted = review_ids(app, "accept")[0]
    app.button(key=f"w:review:accept:{accepted}").click()
    app = run(app)
    assert bool(store.load_tables(data).events.set_index("event_id").loc[accepted, "reviewed"])
    assert waiting(app) == before - 1 and accepted not in review_ids(app, "accept")

    rejected = review_ids(app, "reject")[0]
    app.button(key=f"w:review:reject:{rejected}").click()
    app = run(app)
    assert rejected not in set(store.load_tables(data).events["event_id"])

    fixed = review_ids(app, "accept")[0]
    forms = [
        d for d in app.date_input if d.key and d.key.startswith("w:review:fix:") and d.label == "First day"
    ]
    (position,) = [i for i, d in enumerate(forms) if d.key.startswith(f"w:review:fix:{fixed}:")]
    forms[position].set_value(dt.date(2025, 3, 3))
    [d for d in app.date_input if d.label == "Last day"][position].set_value(dt.date(2025, 3, 3))
    [b for b in app.button if b.label == "Save the fix and accept"][position].click()
    app = run(app)
    event = store.load_tables(data).events.set_index("event_id").loc[fixed]
    assert event["date"] == dt.datetime(2025, 3, 3) and bool(event["reviewed"])
    assert "Reviewed" in html_text(open_page("event", event=fixed))


def test_since_the_last_briefing_lists_the_added_articles_event_and_a_pinned_link_says_newer_exists(
    open_page: OpenPage, data: Path
) -> None:
    first = store.list_versions(data)[0].generation
    report = add_articles(
        [NewArticle(text=town_article(5), outlet="Town Crier", published="2025-03-04")], data
    )
    assert len(report.added) == 1
    since = open_page("since")
    assert since.title[0].value == "Since the last briefing"
    assert any("bridge number 5" in label for label in page_links(since))
    assert "New events" in texts(since.subheader)

    pinned = open_page("chronology", v=first)
    assert "You are seeing the data as of" in texts(pinned.markdown)
    assert not any("bridge number 5" in label for label in page_links(pinned))
    pinned.button(key="w:version:latest").click()
    latest = run(pinned)
    assert "v" not in latest.query_params
    assert any("bridge number 5" in label for label in page_links(latest))


def test_a_big_tables_review_count_is_made_in_the_background_and_then_shown(
    open_page: OpenPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.review

    expected = waiting(open_page("timeline"))  # counted on the page, as a small table is
    monkeypatch.setenv("NEWS_TIMELINE_DUCKDB_MIN_EVENTS", "0")
    monkeypatch.setattr(ui.review, "BACKGROUND_COUNT_EVENTS", 0)  # as a table of a million would be
    app = open_page("timeline")
    labels = [link.proto.label for link in app.sidebar.get("page_link") if "Review queue" in link.proto.label]
    assert labels in (["Review queue: counting…"], [f"Review queue: {expected} waiting"])
    ui.review._COUNTER.submit(lambda: None).result(timeout=60)  # the count, queued before, is done
    assert waiting(run(app)) == expected


INFERRED = "Publication date inferred, not given"


def warnings_of(app: AppTest) -> list[str]:
    return [unescaped(w.value) for w in app.warning]


def test_an_inferred_publication_date_is_unmistakable_wherever_the_article_is_shown(
    open_page: OpenPage, data: Path
) -> None:
    app = paste(open_page("add"), THIRD_REPORT, outlet="Coast Watch")
    assert "(inferred: not in the article)" in unescaped("\n".join(c.value for c in app.caption))
    (said,) = [w for w in warnings_of(app) if INFERRED in w]
    assert "The article states no date of its own. How it was inferred: " in said
    assert "type it under **Publication date** above and preview again" in said

    app = click(app, "Save the article")
    (said,) = [w for w in warnings_of(app) if INFERRED in w]
    file = "coast-watch_finnish-coastguard-holds-russian-fishermen.txt"
    assert f"write it as `published` for {file} with `published_basis` `given`" in said
    # The folder the app reads, not data/: the reader edits and rebuilds the table on the screen.
    assert f"in {data / 'sources.csv'} write it" in said
    assert f"(`python -m events build --data {data}`)" in said
    source = store.load_tables(data).sources.set_index("article").loc[file]
    assert source["published_basis"] == "inferred"

    app.switch_page("app_pages/article.py")
    app.query_params.update({"article": file})
    assert any(INFERRED in w and file in w for w in warnings_of(run(app)))
    event = store.load_tables(data).mentions.set_index("article").loc[[file], "event_id"].iloc[0]
    app.switch_page("app_pages/event.py")
    app.query_params.clear()
    app.query_params.update({"event": event})
    drill = warnings_of(run(app))
    assert sum(INFERRED in w for w in drill) == 1  # the new report only: the stored ones give their dates


def test_a_typed_date_leaves_no_inferred_warning(open_page: OpenPage) -> None:
    app = paste(open_page("add"), THIRD_REPORT, outlet="Coast Watch", published="2025-03-08")
    assert not [w for w in warnings_of(app) if INFERRED in w]
