"""The chronology's key-dates mode: the most salient days, each with its sentences, outlets and reason."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from events.query.exports import key_dates_markdown
from events.query.filters import Filters
from events.query.frames import TableQuery
from events.query.keydates import (
    EVENT_COLUMNS_READ,
    MENTION_COLUMNS_READ,
    KeyDate,
    key_dates_passed_over,
    latest_published,
)
from events.query.labels import day_label, outlet_shown
from events.query.views import KEY_DAYS_MAX, Span, State
from ui import downloads
from ui.data import data_version
from ui.downloads import export_origin, filtered_file_name
from ui.render import md
from ui.state import link_params, update_view

# Sentences shown under each day: enough to say what happened, few enough to scan.
SENTENCES_PER_DAY = 2


# Shared by every session as they are (frozen values): ranking the days of a big table takes seconds
# (about 4 CPU-s at a million events, benchmarks/keydates_scale.py), so the first reader of a data
# version and filters is told what the page is doing while it does it.
@st.cache_resource(
    show_spinner="Choosing the key dates: reading the filtered events' sentences and ranking their days…",
    max_entries=16,
)
def _key_dates(
    version: str, filters: Filters, days: int, _query: TableQuery
) -> tuple[tuple[KeyDate, ...], int]:
    """The key dates, and how many ranked days were passed over for want of a sentence to quote."""
    del version  # part of the cache key: every write of the tables changes it
    # The columns key dates read: for a big table, all DuckDB hands to pandas.
    shown = _query.filter_tables(filters, events=EVENT_COLUMNS_READ, mentions=MENTION_COLUMNS_READ)
    # How long a day has been seen is the whole table's matter, not the filtered articles'.
    horizon = latest_published(_query.sources())
    chosen, passed = key_dates_passed_over(
        shown,
        dates=days,
        sentences=SENTENCES_PER_DAY,
        start=filters.start,
        end=filters.end,
        horizon=horizon,
    )
    return tuple(chosen), passed


def key_dates_view(query: TableQuery, state: State, total: int) -> None:
    """Draw the key dates of the `total` filtered events: the day-count control, the note, then the days."""
    widget = "w:view:days"
    st.session_state[widget] = state.view.days
    control, _rest = st.columns([1, 3])
    control.number_input(
        "How many days",
        min_value=1,
        max_value=KEY_DAYS_MAX,
        step=1,
        key=widget,
        help="The most salient days of the filtered events: reported by the most articles and outlets, "
        "and cited back by later articles.",
        on_change=lambda: update_view(days=int(st.session_state[widget] or state.view.days)),
    )
    chosen, passed = _key_dates(data_version(), state.filters, state.view.days, query)
    days = list(chosen)
    if not days:
        # No note to download either: an empty note reads as a day with nothing in it.
        # Said with why: the sidebar counts events this view leaves out, and "no day" alone reads as a fault.
        # "Not dated to a day" would be untrue of an event dated to a day but planned.
        events = "the filtered event is not" if total == 1 else f"none of the {total:,} filtered events is"
        why = (
            f"the {passed:,} days the filtered events date to the day have no sentence to quote"
            if passed
            else f"{events} a past event dated to a day"
        )
        st.info(
            f"No key dates: {why}. Key dates rank the days of events dated to the day, leaving out those "
            "known only to a week, month or year and those planned for later; “Every event” lists them all."
        )
        return
    # Written out only while open: st.code's highlighter is 1.6 MB of code the page would otherwise load.
    note_box = st.expander(
        "Briefing note (Markdown): copy or download", key="w:keydates:note", on_change="rerun"
    )
    with note_box:
        origin = export_origin(state, data_version(), "chronology")  # the address is read in the page's run

        def note(made: str) -> str:
            return key_dates_markdown(days, replace(origin, made=made), newest_first=origin.newest_first)

        st.download_button(
            "Download the note",
            # Made on click, as every export: its "Made:" is when it was downloaded, not when the page
            # was drawn (a page left open handed out a note dated when it was opened), and a closed box
            # writes no note on every run.
            lambda: note(downloads.now()).encode("utf-8"),
            filtered_file_name("markdown", state.filters, "key-dates"),
            "text/markdown",
            on_click="ignore",
        )
        if note_box.open:
            st.code(note(origin.made), language="markdown", wrap_lines=True)
    order = "newest" if state.view.order == "newest" else "oldest"
    if len(days) < state.view.days and not passed:
        # Fewer than asked for: every day the filtered events date to the day is shown, none held back.
        st.caption(
            f"All {len(days)} days with events dated to the day ({state.view.days} asked for), {order} first."
        )
    elif len(days) < state.view.days:
        # Some days were passed over (no sentence of theirs fit to quote): "all" would be untrue.
        st.caption(
            f"{len(days)} days with events dated to the day ({state.view.days} asked for; {passed:,} more "
            f"{'has' if passed == 1 else 'have'} no sentence fit to quote), {order} first."
        )
    else:
        st.caption(f"{len(days)} key dates, {order} first.")
    _inferred_note(query)
    named = query.event_tables({e for day in days for e in day.event_ids}).events
    titles = dict(zip(named["event_id"], named["title"], strict=True))
    ordered = list(reversed(days)) if state.view.order == "newest" else days
    for key_date in ordered:
        _day(key_date, titles, state)


def _day(key_date: KeyDate, titles: dict[str, str], state: State) -> None:
    st.subheader(md(day_label(key_date.day)), anchor=False, divider="gray")
    st.caption(md(f"Chosen because: {key_date.reason}."))
    for sentence in key_date.sentences:
        # A blank outlet comes as the file name: said as such, not read as the name of a paper.
        st.markdown(f"> {md(sentence.text)}\n>\n> — {md(outlet_shown(sentence.outlet, sentence.article))}")
        # The sentence where it stands in its article: what a briefing officer checks before quoting it.
        st.page_link(
            "app_pages/article.py",
            label="Read it in the article",
            icon=":material/article:",
            query_params=link_params(
                state, "article", article=sentence.article, cite=Span(sentence.start, sentence.end)
            ),
        )
    for event_id in key_date.event_ids:
        st.page_link(
            "app_pages/event.py",
            label=md(f"Event: {titles.get(event_id, event_id)}"),
            icon=":material/info:",
            query_params=link_params(state, "event", event=event_id),
        )


def _inferred_note(query: TableQuery) -> None:
    """Say so when most articles' publication days were inferred: a sentence with no date of its own
    counts for its article's day, so the days and counts above lean on those estimates."""
    basis = query.sources()["published_basis"]
    inferred = int((basis == "inferred").sum())
    if inferred * 2 <= len(basis):
        return
    st.caption(
        f"{inferred:,} of the {len(basis):,} articles have a publication day inferred from their text, "
        "not given (sources.csv): the sentences with no date of their own count for those days, so a "
        "day's counts may be off. The article pages say how each day was inferred."
    )
