"""Every page through Streamlit's AppTest: renders, follows the filters, round-trips its URL, survives bad
links with a note, and shows article text inert."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import AJ, CAPTURE, CLAIM, DENIAL, EVIL, HOSTILE, ROOT, article_text
from dashboard_pages import open_link
from streamlit.testing.v1 import AppTest

from events.query import exports
from events.schema import EVENT_TYPES, Tables, empty_table
from events.store import write_tables

OpenApp = Callable[..., AppTest]

# For each page: a link that uses its own keys and some filters, written as the app writes it.
LINKS: dict[str, dict[str, Any]] = {
    "timeline": {
        "type": ["capture", "claim"],
        "lanes": "country",
        "zoom": "2025-04-08..2025-04-10",
        "event": CAPTURE,
    },
    "event": {"country": "CHN", "event": CLAIM},
    "chronology": {"type": ["claim", "denial"], "order": "newest"},
    "article": {"min_sources": "2", "article": AJ, "cite": "PLACEHOLDER"},
    "actors": {"actor": "Russia"},
    "claims": {"contested": "1"},
    "exports": {"q": "Chinese", "background": "0"},
    "curate": {"type": ["capture", "claim", "denial"], "event": DENIAL},
    "review": {"type": ["claim", "denial"]},
}
PAGES = list(LINKS)


@pytest.fixture
def open_app(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> OpenApp:
    """Open a page as a fresh browser would open a shared link to it."""
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))

    def open_(page: str = "timeline", /, **params: Any) -> AppTest:
        return open_link(page, **params)

    return open_


def cited_span(data_dir: Path) -> str:
    text = article_text(data_dir / "articles", AJ)
    sentence = "On Wednesday, Zelenskyy said he was willing to exchange the two prisoners of war"
    start = text.index(sentence)
    end = text.index(".", start) + 1
    return f"{start}-{end}"


def link_for(page: str, data_dir: Path) -> dict[str, Any]:
    link = dict(LINKS[page])
    if "cite" in link:
        link["cite"] = cited_span(data_dir)
    return link


def elements(node: Any) -> Iterator[Any]:
    for child in getattr(node, "children", {}).values():
        yield child
        yield from elements(child)


def shown(app: AppTest) -> str:
    """Everything a reader sees in the main area, as text (chart data and widget options included)."""
    parts = []
    for element in elements(app.main):
        kind = getattr(element, "type", "")
        if kind == "plotly_chart":
            parts.append(element.proto.spec)
        elif kind == "page_link":
            parts.append(element.proto.label + element.proto.query_string)
        elif hasattr(element, "options"):
            parts.append(repr(element.options))
        elif kind == "arrow_data_frame":
            parts.append(element.value.to_csv())
        elif isinstance(getattr(element, "value", None), str):
            parts.append(element.value)
        elif kind == "html":
            parts.append(element.proto.body)
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_with_a_title_and_no_error(open_app: OpenApp, page: str) -> None:
    app = open_app(page)
    assert len(app.title) == 1
    assert not app.error
    assert app.sidebar.multiselect(key="w:filter:type") is not None


@pytest.mark.parametrize("page", PAGES)
def test_a_filter_changes_what_the_page_shows(open_app: OpenApp, data_dir: Path, page: str) -> None:
    link = {k: v for k, v in link_for(page, data_dir).items() if k in ("article", "cite", "event")}
    app = open_app(page, **link)
    before = shown(app)
    app.sidebar.multiselect(key="w:filter:type").set_value(["denial"]).run()
    assert not app.exception
    assert app.query_params["type"] == "denial"
    assert shown(app) != before


@pytest.mark.parametrize("page", PAGES)
def test_a_link_round_trips_set_view_same_url(open_app: OpenApp, data_dir: Path, page: str) -> None:
    link = link_for(page, data_dir)
    app = open_app(page, **link)
    assert app.query_params == link
    # No note on the link (an event's inferred publication day is warned of, whatever the link).
    assert not [w.value for w in app.warning if "Publication date inferred" not in w.value]
    app.run()  # a rerun (as after any click) keeps the same URL
    assert app.query_params == link


@pytest.mark.parametrize("page", PAGES)
def test_malformed_parameters_are_ignored_with_a_visible_note(open_app: OpenApp, page: str) -> None:
    app = open_app(page, type=["claim", "rumour"], min_sources="lots", zoom="yesterday", utm_source="x")
    (note,) = app.warning
    assert "rumour" in note.value and "lots" in note.value and "yesterday" in note.value
    assert "utm" in note.value
    assert app.query_params == {"type": "claim"}


def test_values_no_event_has_and_unknown_events_are_noted(open_app: OpenApp) -> None:
    app = open_app("event", actor=["Lin Jian", "Nobody"], event="ev-0123456789")
    (note,) = app.warning
    assert "Nobody" in note.value and "0123456789" in note.value
    assert app.query_params == {"actor": "Lin Jian"}


def test_a_links_actor_in_another_form_opens_the_tables_actor_with_a_note(open_app: OpenApp) -> None:
    # A link made before names were settled ("Zelensky" for "Volodymyr Zelensky") opens that actor; the
    # note said "not understood" over a link that was understood and shown.
    app = open_app("chronology", actor="Zelensky")
    (note,) = app.warning
    assert "not understood" not in note.value
    assert "opened with some changes" in note.value and "Volodymyr Zelensky" in note.value
    assert app.query_params == {"actor": "Volodymyr Zelensky"}


def test_the_sidebar_counts_options_and_clears_in_one_click(open_app: OpenApp) -> None:
    app = open_app("chronology", type="claim", contested="1")
    types = app.sidebar.multiselect(key="w:filter:type")
    assert types.format_func("denial") == "denial · 0"  # contested only: no denial would be left
    assert types.format_func("claim") == "claim · 1"
    app.sidebar.button[0].click().run()
    assert app.query_params == {}
    assert app.sidebar.multiselect(key="w:filter:type").value == []


def test_when_nothing_matches_the_timeline_says_so_and_the_filters_stay(open_app: OpenApp) -> None:
    app = open_app("timeline", q="nothing-reports-this-word")
    assert any("No events match these filters" in info.value for info in app.info)
    assert not [e for e in elements(app.main) if getattr(e, "type", "") == "plotly_chart"]
    assert app.sidebar.text_input(key="w:filter:q").value == "nothing-reports-this-word"
    clear = next(b for b in app.sidebar.button if b.label == "Clear all filters")
    assert not clear.disabled
    clear.click().run()
    assert app.query_params == {}


def test_clicking_in_the_menu_keeps_the_filters(open_app: OpenApp) -> None:
    app = open_app("timeline", type="claim", lanes="actor")
    app.query_params.clear()  # the page menu drops the query string
    app.switch_page("app_pages/chronology.py").run()
    assert app.query_params == {"type": "claim"}
    app.query_params.clear()
    app.switch_page("app_pages/timeline.py").run()
    assert app.query_params == {"type": "claim", "lanes": "actor"}


def test_the_timeline_shows_the_selected_events_sources(open_app: OpenApp) -> None:
    app = open_app("timeline", event=CAPTURE)
    text = shown(app)
    for outlet in ("Al Jazeera", "NBC News", r"Newsmax \(AP\)"):
        assert outlet in text
    assert "military had captured two" in text
    assert "Tuesday</mark>" in text  # the date words are highlighted


def test_lanes_and_zoom_controls_write_the_url(open_app: OpenApp) -> None:
    app = open_app("timeline")
    app.button_group[0].set_value("outlet").run()
    assert app.query_params == {"lanes": "outlet"}
    app.slider(key="w:view:zoom").set_range(dt.date(2025, 4, 8), dt.date(2025, 4, 9)).run()
    assert app.query_params == {"lanes": "outlet", "zoom": "2025-04-08..2025-04-09"}


def test_presenter_mode_steps_through_the_filtered_events(open_app: OpenApp) -> None:
    app = open_app("timeline", type=["claim", "denial", "capture"], present="1", step="2")
    assert not app.sidebar.multiselect  # controls hidden
    assert any("Step 2 of 3" in m.value for m in app.markdown)
    assert "155 Chinese citizens" in shown(app)  # the claim, second in date order, with its sources
    next_button = next(b for b in app.button if b.label == "Next")
    next_button.click().run()
    assert app.query_params["step"] == "3"
    assert any("Step 3 of 3" in m.value for m in app.markdown)
    assert DENIAL in shown(app)


def test_picking_an_actor_filters_by_it(open_app: OpenApp) -> None:
    app = open_app("actors")
    app.button_group[0].set_value(["Russia"]).run()
    assert app.query_params == {"actor": "Russia"}


def test_choosing_an_event_on_the_event_page_writes_it_to_the_url(open_app: OpenApp) -> None:
    app = open_app("event")
    app.selectbox(key="w:view:event").set_value(DENIAL).run()
    assert app.query_params == {"event": DENIAL}
    assert "absolutely groundless" in shown(app)


@pytest.mark.parametrize("least", ["0", str(10**9)])  # every table answered by DuckDB, then none
def test_the_event_page_says_a_country_was_taken_from_where_the_report_is_set(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, least: str
) -> None:
    import shutil

    import streamlit as st

    from events.query.labels import REPORT_COUNTRY_NOTE
    from events.store import load_tables

    folder = tmp_path / "data"
    shutil.copytree(data_dir, folder)
    tables = load_tables(folder)
    events = tables.events.copy()
    inferred = events["event_id"] == DENIAL
    events.loc[inferred, ["countries", "country_basis"]] = ["CHN", "report"]
    events.loc[~inferred & (events["countries"] != ""), "country_basis"] = "named"
    write_tables(Tables(events, tables.mentions, tables.sources), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    monkeypatch.setenv("NEWS_TIMELINE_DUCKDB_MIN_EVENTS", least)
    st.cache_data.clear()
    st.cache_resource.clear()
    for event, says in ((DENIAL, True), (CLAIM, False)):
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        app.switch_page("app_pages/event.py")
        app.query_params.update({"event": event})
        app.run()
        assert not app.exception, [e.value for e in app.exception]
        assert (REPORT_COUNTRY_NOTE in shown(app)) is says, event


def test_the_article_view_shows_the_cited_sentence_first(open_app: OpenApp, data_dir: Path) -> None:
    app = open_app("article", article=AJ, cite=cited_span(data_dir))
    bodies = [element.proto.body for element in elements(app.main) if getattr(element, "type", "") == "html"]
    first = next(body for body in bodies if "nt-quote" in body)
    assert "willing to exchange the two prisoners" in first
    assert 'class="hl-cited"' in bodies[-1]


RAW_MARKUP = (
    "<script",
    "<b>",
    "<i>",
    "<img",
    "![tracker]",
    "](javascript",
    ":red[alarm]",
    "$x^2$",
    "[Elsewhere](",
)


def test_article_text_renders_inert_everywhere(open_app: OpenApp) -> None:
    pages = [
        open_app("event", event=HOSTILE),
        open_app("article", article=EVIL),
        open_app("chronology"),
        open_app("timeline", event=HOSTILE),
        open_app("claims"),
        open_app("actors"),
        open_app("curate", event=HOSTILE),
    ]
    for app in pages:
        for element in elements(app.main):
            kind = getattr(element, "type", "")
            if kind == "markdown":
                assert not element.proto.allow_html
            if kind == "html":
                body = element.proto.body
                assert not re.search(r"<(script|img|b|i)\b", body), body
            elif kind == "plotly_chart":
                assert "<script" not in element.proto.spec and "<b>Mallory" not in element.proto.spec
            elif kind in ("markdown", "caption", "title", "subheader", "header", "page_link"):
                text = element.proto.label if kind == "page_link" else element.value
                text = re.sub(r"\\.", "", text)  # what is left once escaped characters are taken out
                for raw in RAW_MARKUP:
                    assert raw not in text, (kind, text)
    article_page = shown(pages[1])
    assert "&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;" in article_page
    assert "![tracker](http://evil.test/pixel.png)" in article_page  # shown as the characters it is
    drill_down = shown(pages[0])
    assert r"\<script\>alert\(1\)\</script\>" in drill_down
    assert "Evil \\<i\\>Gazette\\</i\\>" in drill_down


def test_the_share_link_holds_the_view(open_app: OpenApp) -> None:
    app = open_app("chronology", type="claim", order="newest")
    (link,) = [t for t in app.sidebar.text_input if t.label == "Link to this view"]
    assert re.search(r"/chronology\?type=claim&order=newest&v=g-[0-9T]+-\d+-[0-9a-f]{6}$", link.value)


def test_a_missing_table_shows_what_to_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not app.exception
    assert "python -m events build" in app.error[0].value


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_on_an_empty_table(
    page: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = Tables(empty_table("events"), empty_table("mentions"), empty_table("sources"))
    write_tables(empty, tmp_path)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(tmp_path))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if page != "timeline":
        app.switch_page(f"app_pages/{page}.py")
    app.query_params["present"] = "1"
    app.run()
    assert not app.exception
    assert "python -m events build" in app.info[0].value


def test_no_pages_directory_next_to_the_entry_script() -> None:
    # Streamlit runs a `pages/` folder beside the entry script as its own (v1) multipage app on a fresh
    # server, which bypasses st.navigation and the shared sidebar for deep links. Pages live in app_pages/.
    assert not (ROOT / "pages").exists()


def choices(app: AppTest, key: str) -> list[str]:
    return [option for option in app.selectbox(key=key).options if option != "Choose an event…"]


def event_links(app: AppTest) -> list[str]:
    return [
        element.proto.query_string
        for element in elements(app.main)
        if getattr(element, "type", "") == "page_link" and "event=" in element.proto.query_string
    ]


def test_the_event_picker_offers_a_page_of_events_and_a_search(
    open_app: OpenApp, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 2)
    app = open_app("event")
    first = choices(app, "w:view:event")
    assert len(first) == 2  # a page, not the whole table
    page = app.number_input(key="w:view:event:page")
    assert page.label == f"Page (of {-(-len(tables.events) // 2)})"
    page.set_value(2).run()
    second = choices(app, "w:view:event")
    assert len(second) == 2 and not set(first) & set(second)
    assert app.query_params == {"page": "2"}  # in the link
    app.text_input(key="w:view:event:find").set_value("  groundless ").run()
    found = choices(app, "w:view:event")
    assert 0 < len(found) <= 2
    assert all("groundless" in label.lower() or "groundless" in shown(app) for label in found)
    assert app.query_params == {"find": "groundless"}  # a new search starts on its first page


@pytest.mark.parametrize("page", ["event", "curate"])
def test_a_shared_link_reopens_the_event_pickers_search_and_page(
    page: str, open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 2)
    key = "w:view:event" if page == "event" else "w:curate:event"
    searched = open_app(page)
    searched.text_input(key=f"{key}:find").set_value("Chinese").run()
    searched.number_input(key=f"{key}:page").set_value(2).run()
    link = dict(searched.query_params)
    assert link == {"find": "Chinese", "page": "2"}
    # A fresh browser opening that link sees the same search, page and events.
    opened = open_app(page, **link)
    assert opened.text_input(key=f"{key}:find").value == "Chinese"
    assert opened.number_input(key=f"{key}:page").value == 2
    assert choices(opened, key) == choices(searched, key)
    assert dict(opened.query_params) == link


def test_a_links_page_past_the_end_shows_the_last_page_and_says_so_in_the_url(
    open_app: OpenApp, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 2)
    last = -(-len(tables.events) // 2)
    app = open_app("event", page="999")
    assert app.number_input(key="w:view:event:page").value == last
    assert len(choices(app, "w:view:event")) >= 1
    assert app.query_params == {"page": str(last)}


def test_a_links_bad_search_or_page_is_ignored_with_a_note(open_app: OpenApp) -> None:
    app = open_app("event", find="x" * 201, page="-3")
    notes = " ".join(w.value for w in app.warning) + " ".join(i.value for i in app.info)
    assert "“find”" in notes and "“page”" in notes
    assert app.text_input(key="w:view:event:find").value == ""
    assert app.query_params == {}


def test_new_filters_put_the_list_back_on_its_first_page(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 2)
    app = open_app("event", page="2", find="Chinese")
    app.sidebar.checkbox(key="w:filter:contested").check().run()
    assert app.query_params.get("page") is None and app.query_params["find"] == "Chinese"


def test_another_page_opens_its_list_at_the_start(open_app: OpenApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 2)
    app = open_app("event", page="2", find="Chinese")
    app.switch_page("app_pages/article.py")
    app.query_params.clear()  # the page menu drops the query string
    app.run()
    assert app.text_input(key="w:view:article:find").value == ""
    assert "find" not in app.query_params and "page" not in app.query_params


def test_a_linked_event_off_the_page_stays_chosen(open_app: OpenApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 1)
    app = open_app("event", event=DENIAL)
    assert app.selectbox(key="w:view:event").value == DENIAL
    assert not app.info  # it passes the filters: no "hidden by the filters" note
    assert "absolutely groundless" in shown(app)


def test_the_chronology_lists_a_page_of_events_at_a_time(
    open_app: OpenApp, tables: Tables, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.picks.LIST_PAGE", 3)
    app = open_app("chronology")
    first = event_links(app)
    assert len(first) == 3
    assert f"of {len(tables.events)}" in " ".join(c.value for c in app.caption)
    app.number_input(key="w:chronology:page").set_value(2).run()
    second = event_links(app)
    assert len(second) == 3 and not set(first) & set(second)
    assert app.query_params == {"page": "2"}
    assert event_links(open_app("chronology", page="2")) == second  # the link reopens that page
    newest = open_app("chronology", order="newest")
    assert event_links(newest)[0] != first[0]


def test_the_chronology_note_is_made_only_when_downloaded(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    original = exports.source_chunks

    def counting(source: exports.ExportSource, fmt: str) -> Iterator[str]:
        made.append(f"{fmt}:{source.count}")
        return original(source, fmt)

    monkeypatch.setattr("events.query.exports.source_chunks", counting)
    monkeypatch.setattr("ui.picks.LIST_PAGE", 2)
    app = open_app("chronology")
    assert made == [] and not app.code  # the note's box is closed: nothing made, no highlighter loaded
    app.session_state["w:chronology:note"] = True  # the reader opens it
    app.run()
    assert made == ["markdown:2"]  # the page's note is shown; the whole note waits for the click
    assert app.code


def test_the_merge_form_searches_every_event(open_app: OpenApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.picks.PICK_PAGE", 3)
    app = open_app("curate", event=CLAIM, type="claim")
    merge = next(s for s in app.selectbox if s.label == "Event reporting the same happening")
    assert 0 < len(merge.options) <= 3 and CLAIM not in merge.options
    app.text_input(key="w:curate:merge:find").set_value("groundless").run()
    merge = next(s for s in app.selectbox if s.label == "Event reporting the same happening")
    assert any("groundless" in label.lower() for label in merge.options)  # beyond the sidebar's filters


def test_the_article_picker_searches_outlets_and_titles(open_app: OpenApp) -> None:
    app = open_app("article")
    every = app.selectbox(key="w:view:article").options
    app.text_input(key="w:view:article:find").set_value("al jazeera").run()
    found = app.selectbox(key="w:view:article").options
    assert 0 < len(found) < len(every)
    assert all("Al Jazeera" in label for label in found)
    assert app.query_params == {"find": "al jazeera"}
    reopened = open_app("article", find="al jazeera")
    assert reopened.selectbox(key="w:view:article").options == found


def _paged_list() -> None:
    import streamlit as st

    from ui.picks import page_control

    st.write(f"offset {page_control(45, 20, 'w:list:page', 'claims')}")


def test_a_long_list_gets_a_page_number_and_says_which_items_it_shows() -> None:
    app = AppTest.from_function(_paged_list, default_timeout=30).run()
    page = app.number_input(key="w:list:page")
    assert page.label == "Page (of 3)"
    assert app.markdown[0].value == "offset 0" and app.caption[0].value == "Claims 1–20 of 45."
    page.set_value(3).run()
    assert app.markdown[0].value == "offset 40" and app.caption[0].value == "Claims 41–45 of 45."


def test_one_claim_is_shown_without_a_page_number(open_app: OpenApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.picks.CARDS_PAGE", 1)
    app = open_app("claims")
    assert not app.main.number_input  # one claim, one disputed figure: no page number
    assert "155 Chinese citizens" in shown(app)


def test_a_facet_with_many_options_offers_the_most_common_and_takes_any_typed(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.sidebar.FACET_OPTIONS_MAX", 2)
    app = open_app("chronology", actor="Lin Jian")
    actors = app.sidebar.multiselect(key="w:filter:actor")
    assert len(actors.options) == 3  # the two most common, and the chosen one
    assert actors.value == ["Lin Jian"]
    assert "The 2 most common of" in (actors.help or "")
    types = app.sidebar.multiselect(key="w:filter:type")
    assert len(types.options) <= 2


def test_facet_options_come_most_events_first_under_the_other_filters(open_app: OpenApp) -> None:
    # Listed in the whole table's order, the statement-only view offered "Russia · 0" and "Volodymyr
    # Zelensky · 0" before the one actor with a statement.
    app = open_app("chronology", type="statement")
    options = app.sidebar.multiselect(key="w:filter:actor").options
    counts = [int(option.rsplit(" · ", 1)[1]) for option in options]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    types = app.sidebar.multiselect(key="w:filter:type").options
    names = [option.rsplit(" · ", 1)[0] for option in types]
    assert names == sorted(names, key=EVENT_TYPES.index)  # types keep the schema's order


@pytest.mark.parametrize(
    ("page", "hint"), [("event", "Choose an event above"), ("article", "Choose an article")]
)
def test_a_page_with_nothing_chosen_says_what_to_do(page: str, hint: str, open_app: OpenApp) -> None:
    app = open_app(page)
    assert any(hint in caption.value for caption in app.main.caption)


@pytest.fixture
def three_claims(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The claims page with three claims (the table's one, thrice) and one card a page."""
    import streamlit as st

    from events.query import disputes

    real = disputes.claims_with_answers
    monkeypatch.setattr("ui.picks.CARDS_PAGE", 1)
    monkeypatch.setattr("events.query.disputes.claims_with_answers", lambda events: list(real(events)) * 3)
    st.cache_resource.clear()  # the page keeps its claims per data version and filters
    yield
    st.cache_resource.clear()


@pytest.mark.usefixtures("three_claims")
def test_the_claims_pages_are_in_the_link_and_clamped(open_app: OpenApp) -> None:
    app = open_app("claims")
    app.number_input(key="w:claims:page").set_value(3).run()
    assert app.query_params == {"claims_page": "3"}
    assert open_app("claims", claims_page="3").number_input(key="w:claims:page").value == 3
    # Past the end of either list: its last page, and the link says so (one disputed figure: page 1).
    past = open_app("claims", claims_page="99", figures_page="7")
    assert past.number_input(key="w:claims:page").value == 3
    assert past.query_params == {"claims_page": "3"}
    assert "155 Chinese citizens" in shown(past)


@pytest.mark.usefixtures("three_claims")
def test_new_filters_show_the_claims_from_their_first_page(open_app: OpenApp) -> None:
    app = open_app("claims", claims_page="2")
    app.sidebar.checkbox(key="w:filter:contested").check().run()
    assert "claims_page" not in app.query_params and app.query_params["contested"] == "1"
    assert app.number_input(key="w:claims:page").value == 1


def test_a_links_bad_claims_page_is_ignored_with_a_note(open_app: OpenApp) -> None:
    app = open_app("claims", claims_page="two", figures_page="0")
    notes = " ".join(w.value for w in app.warning) + " ".join(i.value for i in app.info)
    assert "“two” is not a page number" in notes and "“0” is not a page number" in notes
    assert app.query_params == {}


def test_a_reader_leaving_gives_back_the_memory_their_pages_took(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from streamlit.runtime.caching.cache_resource_api import _resource_caches, clear_session_cache

    from ui import sessions

    # Readers of earlier tests in this process leave first, and a release they set on its way is
    # stopped, so that what is counted below is this reader's leaving alone.
    monkeypatch.setattr(sessions, "release_memory", lambda: None)
    for session in [session for session in list(_resource_caches._function_caches) if session is not None]:
        clear_session_cache(session)
    with sessions._lock:
        if sessions._pending is not None:
            sessions._pending.cancel()
            sessions._pending = None
    released = threading.Event()
    monkeypatch.setattr(sessions, "RELEASE_DELAY_S", 0.0)
    monkeypatch.setattr(sessions, "release_memory", released.set)
    open_app("timeline")
    assert not released.is_set()  # nobody has left yet
    readers = [session for session in list(_resource_caches._function_caches) if session is not None]
    assert readers
    for session in readers:  # what Streamlit does when a reader's connection closes
        clear_session_cache(session)
    assert released.wait(10)


@pytest.mark.parametrize("page", ["claims", "actors", "since"])
def test_the_pages_over_every_filtered_event_show_the_same_on_the_duckdb_path(
    page: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import pandas as pd
    import streamlit as st

    from events.store import load_tables

    folder = tmp_path / "data"
    shutil.copytree(data_dir, folder)
    tables = load_tables(folder)
    events = tables.events.copy()  # a second version, for "since": two events redated, one retyped
    events.loc[events.index[:2], ["date", "date_end"]] += pd.Timedelta(days=1)
    events.loc[events.index[2], "event_type"] = "statement"
    write_tables(Tables(events, tables.mentions, tables.sources), folder)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(folder))
    seen = {}
    for least in ("0", str(10**9)):  # every table answered by DuckDB, then none
        monkeypatch.setenv("NEWS_TIMELINE_DUCKDB_MIN_EVENTS", least)
        st.cache_data.clear()
        st.cache_resource.clear()  # the pages keep their results per data version and filters
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        app.switch_page(f"app_pages/{page}.py")
        app.run()
        assert not app.exception, [e.value for e in app.exception]
        seen[least] = shown(app)
    assert seen["0"] == seen[str(10**9)]
    expected = {"claims": "155 Chinese citizens", "actors": "Actors together", "since": "Changed types (1)"}
    assert expected[page] in seen["0"]
