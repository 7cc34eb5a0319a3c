"""What a newcomer, a briefing officer and a presenter meet on first opening a page (the forty-third
session's user trial)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import CLAIM
from dashboard_pages import open_link
from streamlit.testing.v1 import AppTest

from events.query.disputes import differing_days
from events.query.labels import when_label
from events.schema import Tables
from events.store import write_tables
from ui import picks


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


def _with_history(tables: Tables, years: tuple[int, ...]) -> Tables:
    """The test tables plus one day-dated background event in each of `years`, long before the story."""
    events, mentions = [tables.events], [tables.mentions]
    for year in years:
        event_id = f"ev-0000{year:06d}"
        row = tables.events[tables.events["event_id"] == CLAIM].assign(
            event_id=event_id,
            date=pd.Timestamp(f"{year}-05-01"),
            date_end=pd.Timestamp(f"{year}-05-01"),
            precision="day",
            title=f"A founding in {year}",
            background=True,
            linked="",
        )
        events.append(row)
        mentions.append(tables.mentions[tables.mentions["event_id"] == CLAIM].assign(event_id=event_id))
    return Tables(
        pd.concat(events, ignore_index=True), pd.concat(mentions, ignore_index=True), tables.sources
    )


def test_a_chronology_that_opens_on_pages_of_history_offers_the_page_where_the_story_begins(
    tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tables(_with_history(tables, (1931, 1948, 1962)), tmp_path)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(tmp_path))
    monkeypatch.setattr(picks, "LIST_PAGE", 2)  # three events of history fill the first page and more
    app = open_link("chronology")
    (note,) = [box.value for box in app.info if "story's dates begin" in box.value]
    found = re.search(r"hold the (\d+) events dated before the story's dates .* begin on page (\d+)\.", note)
    assert found, note
    before, story_page = int(found[1]), int(found[2])
    assert before >= 3 and story_page == before // 2 + 1
    app.button(key="w:chronology:story").click().run()
    assert app.query_params.get("page") in (str(story_page), [str(story_page)])
    assert not [box for box in app.info if "story's dates begin" in box.value]
    # Newest first, the story's own events come first: nothing to skip.
    newest = open_link("chronology", order="newest")
    assert not [box for box in newest.info if "story's dates begin" in box.value]


def test_back_from_a_page_reached_by_the_menu_reopens_the_list_page_that_was_left(
    tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Streamlit 1.67 writes the new page's query string under the old page's address as a history entry
    of its own; Back lands there. The run it asks for must show the view that was left."""
    write_tables(_with_history(tables, (1931, 1948, 1962)), tmp_path)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(tmp_path))
    monkeypatch.setattr(picks, "LIST_PAGE", 2)
    app = open_link("chronology", page="3", order="newest")
    assert app.query_params["page"] == "3"
    # A click in the page menu: the claims page, run with no query string.
    app.switch_page("app_pages/claims.py")
    app.query_params.clear()
    app.run()
    claims_query = dict(app.query_params)
    assert "page" not in claims_query
    # Back: the chronology with the claims page's query string (the entry Streamlit wrote).
    app.switch_page("app_pages/chronology.py")
    app.query_params.clear()
    app.query_params.update(claims_query)
    app.run()
    assert not app.exception
    assert app.query_params.get("page") == "3" and app.query_params.get("order") == "newest"


def test_reports_that_state_no_date_do_not_make_sources_differ_on_the_date() -> None:
    """events/query/disputes.py: a report dated only by its article's publication day gives no date."""
    undated = "no date in the sentence or its context; the article's publication date, Mon 3 Mar 2031"
    undated_next = "no date in the sentence or its context; the article's publication date, Tue 4 Mar 2031"
    friday = "'Friday' in a Daily Gazette article published Mon 3 Mar 2031 → Fri 28 Feb 2031"
    mentions = pd.DataFrame(
        {
            "article": ["gazette.txt", "courier.txt", "herald.txt"],
            "date_basis": ["resolved", "publication", "publication"],
            "date_reason": [friday, undated, undated_next],
        }
    )
    assert differing_days(mentions, {}) == []
    assert differing_days(mentions.iloc[1:], {}) == []
    # A report that does give another day still differs.
    saturday = "'Saturday' in a Courier article published Tue 4 Mar 2031 → Sat 1 Mar 2031"
    dated = mentions.assign(
        date_basis=["resolved", "resolved", "publication"], date_reason=[friday, saturday, undated]
    )
    assert [day.day for day in differing_days(dated, {})] == ["28 Feb 2031", "1 Mar 2031"]


def test_each_chronology_line_names_its_outlets(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("chronology", type="capture")
    labels = [link.proto.label.replace("\\", "") for link in app.main.get("page_link")]
    (capture,) = [label for label in labels if label.startswith("CAPTURE")]
    assert "sources: " in capture
    for outlet in ("Al Jazeera", "NBC News", "Newsmax (AP)"):
        assert outlet in capture, capture


def test_a_chronology_lines_warnings_come_before_its_outlets(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("chronology", contested="1")
    labels = [link.proto.label.replace("\\", "") for link in app.main.get("page_link")]
    contested = [label for label in labels if "⚠" in label]
    assert contested
    for label in contested:
        assert (
            label.index("⚠") < label.index(" sources: ")
            if " sources: " in label
            else label.index(" source: ")
        )


def test_a_date_that_leaves_its_month_is_not_labelled_with_one_month() -> None:
    """events/query/labels.py: "late June or early July" is not "June"."""
    start, end = pd.Timestamp("2033-06-21"), pd.Timestamp("2033-07-10")
    assert when_label(start, end, "month") == "Tue 21 Jun 2033 – Sun 10 Jul 2033"
    assert when_label(pd.Timestamp("2033-06-21"), pd.Timestamp("2033-06-30"), "month") == "June 2033"
    assert when_label(pd.Timestamp("2032-11-01"), pd.Timestamp("2033-02-28"), "year") == (
        "Mon 1 Nov 2032 – Mon 28 Feb 2033"
    )
    assert when_label(pd.Timestamp("2033-01-01"), pd.Timestamp("2033-12-31"), "year") == "2033"
