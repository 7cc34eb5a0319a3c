"""The shared sidebar: filter widgets with counts beside each option, one-click clear, and the share link."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode, urlsplit

import streamlit as st

from events.query.filters import FACETS, FacetCounts, Filters
from events.query.frames import TableQuery
from events.query.labels import country_label
from events.query.views import State, to_query
from ui.data import data_version
from ui.state import update_state

_FACET_LABELS = {
    "type": "Event type",
    "actor": "Actor",
    "country": "Country",
    "place": "Place",
    "outlet": "Outlet",
}
_WIDGET = "w:filter:"
FACET_OPTIONS_MAX = 300


def _set_filters(**changes: Any) -> None:
    update_state(lambda state: replace(state, filters=replace(state.filters, **changes)))


def _on_facet(facet: str, every: list[str]) -> None:
    chosen = st.session_state[f"{_WIDGET}{facet}"]
    if facet == "type" and set(chosen) >= set(every):
        # Every type is every event: no type filter, a short link that means the same as types are added.
        chosen = []
    update_state(lambda state: replace(state, filters=state.filters.with_facet(facet, chosen)))


def _on_dates(bounds: tuple[dt.date, dt.date]) -> None:
    chosen = st.session_state[f"{_WIDGET}dates"]
    if len(chosen) != 2:  # the reader has picked the first day only
        return
    start, end = chosen
    _set_filters(start=None if start == bounds[0] else start, end=None if end == bounds[1] else end)


def _on_value(name: str, field: str) -> None:
    _set_filters(**{field: st.session_state[f"{_WIDGET}{name}"]})


def _on_query() -> None:
    _set_filters(query=" ".join(str(st.session_state[f"{_WIDGET}q"]).split()))


def _clear() -> None:
    update_state(lambda state: replace(state, filters=Filters()))


def _seed(name: str, value: object) -> str:
    """Show the state in a widget: its value is set from the state before it is drawn, on every run."""
    key = f"{_WIDGET}{name}"
    st.session_state[key] = value
    return key


@st.cache_data(show_spinner=False, max_entries=64)
def _counts(version: str, filters: Filters, _query: TableQuery) -> FacetCounts:
    del version  # the cache key for the tables (not hashed: they are what this version holds)
    return _query.facet_counts(filters)


def filter_sidebar(query: TableQuery, state: State, in_view: str = "") -> None:
    """Draw the filters in the sidebar; every change goes through a callback into the state. `in_view`
    says how many of the events the page's view shows ("308 of them in the timeline's zoomed range")."""
    filters = state.filters
    # Cached per data version and filters: a click, a zoom or a presenter step does not count again.
    counts = _counts(data_version(), filters, query)  # its keys are every option, most common first
    total = query.total()
    with st.sidebar:
        st.subheader("Filters")
        st.caption(f"{counts.total:,} of {total:,} events shown")
        if in_view:
            st.caption(f"{in_view}: this count and the exports take all {counts.total:,}, whatever the zoom.")
        st.button(
            "Clear all filters",
            on_click=_clear,
            disabled=filters.is_default,
            icon=":material/filter_alt_off:",
            width="stretch",
        )
        st.text_input(
            "Search titles and source sentences",
            key=_seed("q", filters.query),
            on_change=_on_query,
            placeholder="e.g. passport",
        )
        bounds = query.date_bounds()
        if bounds is not None:
            start = max(filters.start or bounds[0], bounds[0])
            end = min(filters.end or bounds[1], bounds[1])
            st.date_input(
                "Dates",
                key=_seed("dates", (min(start, end), end)),
                min_value=bounds[0],
                max_value=bounds[1],
                on_change=_on_dates,
                args=(bounds,),
                format="YYYY-MM-DD",
            )
        for facet in FACETS:
            facet_count = counts.options[facet]
            chosen = [value for value in filters.facet(facet) if value in facet_count]
            # The most common options (a big table has thousands of outlets: one widget must not carry
            # them all); any other is typed by name, and the chosen ones are always there.
            # Most events under the other filters first, as the counts beside them say (Datasette's
            # facets): in the whole table's order, "Barack Obama · 31" came before "Tony Hayward · 35"
            # among statements, and a big table's cut could leave out the filtered view's top names.
            ranked = (
                list(facet_count)[:FACET_OPTIONS_MAX]
                if facet == "type"
                else heapq.nlargest(
                    FACET_OPTIONS_MAX, facet_count, key=facet_count.__getitem__
                )  # ties: table order
            )
            offered = list(dict.fromkeys([*ranked, *chosen]))
            more = len(facet_count) - FACET_OPTIONS_MAX
            st.multiselect(
                _FACET_LABELS[facet],
                offered,
                key=_seed(facet, chosen),
                format_func=_option_label(facet, facet_count),
                on_change=_on_facet,
                args=(facet, list(facet_count)),
                placeholder="Any",
                accept_new_options=more > 0,
                # "Select all" would write up to FACET_OPTIONS_MAX names into the link, meaning "these
                # 300" while the table grows: choosing none is every actor (or country...), and the
                # link stays short. The few types keep it: all of them is read as no type filter.
                select_all=facet == "type",
                help=f"The {FACET_OPTIONS_MAX} most common of {len(facet_count):,}; type another's exact "
                "name and press Enter to add it."
                if more > 0
                else None,
            )
            if facet == "country":
                st.checkbox(
                    "Only countries the reports name",
                    key=_seed("country_named", filters.named_countries_only),
                    on_change=_on_value,
                    args=("country_named", "named_countries_only"),
                    help="An event's countries are named by a sentence that reports it, or, when no "
                    "sentence names one, taken from where its report is set (its dateline and places). "
                    "Tick this to leave the inferred ones out of the country filter, its counts, the "
                    "actors and countries page, the timeline's country lanes and the HTML export "
                    f"({counts.report_countries:,} of the events shown have inferred countries). CSV and "
                    "JSON exports keep every country, with `country_basis` saying which were inferred.",
                )
        most = max(counts.min_sources)
        st.number_input(
            f"At least this many sources (max {most})",
            min_value=1,
            max_value=max(most, filters.min_sources),
            step=1,
            key=_seed("min_sources", filters.min_sources),
            on_change=_on_value,
            args=("min_sources", "min_sources"),
            help=" · ".join(f"≥{k}: {n:,} events" for k, n in counts.min_sources.items()),
        )
        st.checkbox(
            f"Contested claims only ({counts.contested:,})",
            help="Claims that a denial answers. Sources giving an event different dates or figures are "
            "shown in its drill-down and on the Claims page, not here.",
            key=_seed("contested", filters.contested_only),
            on_change=_on_value,
            args=("contested", "contested_only"),
        )
        st.checkbox(
            f"Include background events ({counts.background:,})",
            key=_seed("background", filters.include_background),
            on_change=_on_value,
            args=("background", "include_background"),
        )


def _option_label(facet: str, counts: dict[str, int]) -> Callable[[str], str]:
    def label(value: str) -> str:
        name = f"{country_label(value)} ({value})" if facet == "country" else value
        return f"{name} · {counts.get(value, 0):,}"

    return label


def share_url(state: State, page: str) -> str:
    """The link that reproduces this view: the page's address and its query string."""
    base = st.context.url or f"/{page}"
    if not urlsplit(base).path:  # the timeline's address comes as "http://host:port": its "/" is written
        base += "/"
    params = to_query(state, page)
    # The link records the data it was made on, so that it shows the same events after later adds.
    params.setdefault("v", [data_version()])
    query = urlencode(params, doseq=True)
    return f"{base}?{query}" if query else base


def share_view(state: State, page: str) -> None:
    """A "Share this view" control in the sidebar showing the link (with a copy button)."""
    with st.sidebar, st.expander("Share this view", icon=":material/link:"):
        st.caption(
            "Anyone opening this link sees these filters, this page and this selection, on the data of "
            "now (with a note and a switch when newer data exists)."
        )
        # A text field rather than st.code, whose syntax highlighter (1.6 MB) would load with every page.
        key = "w:share:link"
        st.session_state[key] = share_url(state, page)
        st.text_input("Link to this view", key=key, help="Click, select all and copy.")
