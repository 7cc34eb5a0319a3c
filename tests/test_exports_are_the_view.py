"""An export is the view that made it: the chronology's note lists the events in the page's order (or
its key dates, in that order) and says so, and the link written inside any export reopens the whole view
(filters, page, order, key-dates count, selected event...), not only its filters."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import streamlit as st
from conftest import AJ, CLAIM, NBC

from events.query.exports import ExportOrigin, key_dates_markdown, render_export, source_chunks, source_of
from events.query.filters import Filters
from events.query.keydates import KeyDate
from events.query.views import PAGE_KEYS, DateRange, Span, State, View, from_query, to_query
from events.schema import Tables

CLAIMS = Filters(types=("claim", "denial"), actors=("Volodymyr Zelensky",))
# A view with every key away from its default: each page keeps those it writes.
EVERY_KEY = View(
    lanes="country",
    zoom=DateRange(dt.date(2025, 4, 7), dt.date(2025, 4, 11)),
    event=CLAIM,
    present=True,
    step=3,
    order="newest",
    article="nbc.txt",
    cite=Span(10, 40),
    mode="keydates",
    days=5,
    since="2025-04-08",
    find="chinese",
    page=2,
    claims_page=2,
    figures_page=3,
)


@pytest.mark.parametrize("page", sorted(PAGE_KEYS))
def test_an_exports_link_reopens_the_whole_view_of_its_page(page: str) -> None:
    origin = ExportOrigin(CLAIMS, page=page, view=EVERY_KEY, base="http://host:8501")
    reopened, notes = from_query(origin.link_query())
    assert not notes
    assert reopened.filters == CLAIMS
    # Every key the page's URL holds comes back; the link is that URL's query, the same bytes.
    for key in PAGE_KEYS[page]:
        assert getattr(reopened.view, key) == getattr(EVERY_KEY, key), key
    assert from_query(origin.link_query())[0] == from_query(to_query(State(CLAIMS, EVERY_KEY), page))[0]
    link = urlsplit(origin.link())
    assert (link.scheme, link.netloc) == ("http", "host:8501")
    assert link.path == ("/" if page == "timeline" else f"/{page}")
    assert link.query == origin.link_query()


def test_a_dashboard_exports_link_pins_its_data_version() -> None:
    version = "g-20250410T091203000000-123-a1b2c3"
    pinned = ExportOrigin(CLAIMS, version=version, page="exports")
    assert from_query(pinned.link_query())[0].view.v == version
    # A link already on a version keeps it; the command line's export names no page and pins nothing.
    kept = ExportOrigin(
        CLAIMS, version=version, page="exports", view=View(v="g-20250101T000000000000-1-aaaaaa")
    )
    assert "v=g-20250101T" in kept.link_query()
    assert "v=" not in ExportOrigin(CLAIMS, version=version).link_query()


def test_an_origin_says_the_chronologys_view_in_words() -> None:
    keydates = ExportOrigin(CLAIMS, page="chronology", view=View(mode="keydates", days=5, order="newest"))
    said = dict(keydates.rows(5))
    assert said["view"] == "chronology: key dates (5 days), newest first"
    assert said["link query"].endswith("order=newest&mode=keydates&days=5")
    assert said["link"] == "/chronology?" + said["link query"]
    assert keydates.newest_first
    # The exports page has no order of its own: a session's chronology order does not reach its files.
    assert not ExportOrigin(CLAIMS, page="exports", view=View(order="newest")).newest_first


def _headings(note: str) -> list[str]:
    return re.findall(r"^## (.+)$", note, flags=re.MULTILINE)


def test_a_newest_first_note_is_the_oldest_first_note_reversed(tables: Tables) -> None:
    oldest = "".join(source_chunks(source_of(tables), "markdown"))
    newest = "".join(source_chunks(source_of(tables, newest_first=True), "markdown"))
    assert oldest == render_export(tables, "markdown").decode()  # the command line's note, as before
    days = [h for h in _headings(oldest) if h != "Background"]
    assert _headings(oldest)[0] == "Background" and _headings(newest)[-1] == "Background"
    assert [h for h in _headings(newest) if h != "Background"] == days[::-1]
    assert "oldest first" in oldest[:400] and "newest first" in newest[:400]
    # The same event lines, each day's latest first.
    assert sorted(oldest.splitlines()[4:]) == sorted(newest.splitlines()[4:])


def test_a_key_dates_note_newest_first_lists_its_days_latest_first() -> None:
    days = [
        KeyDate(
            dt.date(2025, 4, d),
            rank=i,
            score=1.0,
            articles=2,
            outlets=2,
            cited_by=0,
            reason="many reports",
            sentences=(),
            event_ids=(),
        )
        for i, d in enumerate((7, 8, 9), start=1)
    ]
    note = key_dates_markdown(days, newest_first=True)
    assert _headings(note) == ["Wed 9 Apr 2025", "Tue 8 Apr 2025", "Mon 7 Apr 2025"]
    assert "newest first" in note


def _downloads(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = []
    real = st.download_button

    def recording(*args: Any, **kwargs: Any) -> Any:
        made.append(
            {
                "label": args[0] if args else kwargs.get("label"),
                "data": args[1] if len(args) > 1 else kwargs.get("data"),
            }
        )
        return real(*args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    return made


def _data(download: dict[str, Any]) -> str:
    data = download["data"]
    data = data() if callable(data) else data
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


def test_the_chronologys_note_is_in_the_pages_order_and_links_its_view(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    made = _downloads(monkeypatch)
    app = open_link("chronology", order="newest")
    note = _data(next(d for d in made if str(d["label"]).startswith("Download the note")))
    shown = [h.value for h in app.main.get("subheader")]
    assert [h for h in _headings(note)] == [h.replace("\\", "") for h in shown]
    assert "- View: chronology: every event, newest first" in note
    # The page's query, and the data version pinned as the sidebar's share link pins it.
    assert re.search(r"^- Link query: `order=newest&v=g-[0-9T-]+-[0-9a-f]{6}`$", note, flags=re.MULTILINE)
    reopened, notes = from_query(re.findall(r"^- Link query: `(.*)`$", note, flags=re.MULTILINE)[0])
    assert not notes and reopened.view.order == "newest" and reopened.view.v


def test_the_key_dates_note_is_in_the_pages_order_and_links_its_view(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    made = _downloads(monkeypatch)
    app = open_link("chronology", order="newest", mode="keydates", days="3", actor="Volodymyr Zelensky")
    note = _data(next(d for d in made if d["label"] == "Download the note"))
    shown = [h.value for h in app.main.get("subheader")]
    assert len(shown) >= 2 and _headings(note) == [h.replace("\\", "") for h in shown]
    assert "- Link query: `actor=Volodymyr+Zelensky&order=newest&mode=keydates&days=3&v=g-" in note
    reopened, notes = from_query("actor=Volodymyr+Zelensky&order=newest&mode=keydates&days=3")
    assert not notes and reopened.view == View(order="newest", mode="keydates", days=3)


def test_a_briefing_names_each_outlet_once_with_its_article_count(tables: Tables) -> None:
    from events.query.printing import briefing_html

    # Two reports of one outlet: "The Guardian (2)", not "The Guardian, The Guardian".
    sources = tables.sources.copy()
    sources.loc[sources["article"].isin([AJ, NBC]), "outlet"] = "The Guardian"
    same = Tables(tables.events, tables.mentions, sources)
    note = render_export(same, "markdown").decode()
    both = tables.events[
        tables.events["sources"].str.contains(AJ) & tables.events["sources"].str.contains(NBC)
    ]
    assert len(both)
    assert "The Guardian, The Guardian" not in note and "The Guardian (2)" in note
    assert "The Guardian, The Guardian" not in briefing_html(same)
