"""Picking things: an actor or country (a pill, or a point on a chart) adds it to the filters; an event
found by a search and chosen in a select box becomes the view's event (the `event=` of the link).

Lists that can be as long as the table (events, claims, articles) are shown a page at a time: a widget
or a message never holds the whole table (a select box of a million events is a 77 MB message).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from events.query.filters import QUERY_MAX, Filters, apply_filters
from events.query.frames import TableQuery
from events.query.labels import event_rows
from events.query.views import State
from ui.render import md
from ui.state import current_state, settle_view, update_state, update_view

TOP = 12
# Events offered by one page of a picker: enough to scan, few enough for a select box.
PICK_PAGE = 50
# Lines of one page of the chronology, and cards of one page of the claims.
LIST_PAGE = 200
CARDS_PAGE = 20


def _add(facet: str, value: str) -> None:
    def change(state: State) -> State:
        chosen = state.filters.facet(facet)
        return replace(state, filters=state.filters.with_facet(facet, [*chosen, value]))

    update_state(change)


def facet_pills(facet: str, counts: pd.Series, state: State, name: Callable[[str], str]) -> None:
    """The most frequent options as pills; the chosen ones are the facet's filter."""
    options = list(counts.index[:TOP])
    chosen = [value for value in state.filters.facet(facet) if value in options]
    key = f"w:pick:{facet}"
    st.session_state[key] = chosen

    def on_change() -> None:
        picked = st.session_state[key] or []
        others = [value for value in state.filters.facet(facet) if value not in options]
        update_state(lambda s: replace(s, filters=s.filters.with_facet(facet, [*others, *picked])))

    st.pills(
        f"Filter by {facet}",
        options,
        selection_mode="multi",
        key=key,
        format_func=lambda value: f"{md(name(value))} · {counts[value]:,}",  # pills render Markdown
        on_change=on_change,
    )


def pick_chart(figure: go.Figure, name: str, kind: str) -> None:
    """A chart whose points carry [value] (or [actor, country]) in customdata; clicking one filters."""
    key = f"w:chart:{name}"

    def on_select() -> None:
        for point in st.session_state[key].selection.get("points", []):
            custom = point.get("customdata") or []
            if kind == "pair" and len(custom) == 2:
                _add("actor", str(custom[0]))
                _add("country", str(custom[1]))
            elif custom:
                _add(kind, str(custom[0]))
            return

    st.plotly_chart(
        figure, key=key, on_select=on_select, selection_mode="points", config={"displaylogo": False}
    )


def page_control(
    total: int, size: int, key: str, noun: str, *, linked: bool = False, view_key: str = "page"
) -> int:
    """Which page of `total` items (`size` a page) to show: a page number under the list when there is
    more than one page; returns the offset of the page's first item. `linked`: the page is the view's
    (`view_key`, `page=` unless a page has two lists), clamped to the pages there are; otherwise it is
    kept for the session."""
    pages = max(1, -(-total // size))
    wanted = getattr(current_state().view, view_key) if linked else int(st.session_state.get(key) or 1)
    page = min(max(wanted, 1), pages)
    if linked and page != wanted:
        settle_view(**{view_key: page})  # a link's page past the end: the link now names the last page
    if pages > 1:
        st.session_state[key] = page
        st.number_input(
            f"Page (of {pages:,})",
            min_value=1,
            max_value=pages,
            step=1,
            key=key,
            on_change=(lambda: update_view(**{view_key: int(st.session_state[key] or 1)}))
            if linked
            else None,
        )
        first = (page - 1) * size
        st.caption(f"{noun.capitalize()} {first + 1:,}–{min(first + size, total):,} of {total:,}.")
    return (page - 1) * size


def search_text(key: str) -> str:
    """A search box's words, whitespace collapsed."""
    return " ".join(str(st.session_state.get(key) or "").split())


def search_box(key: str, label: str, placeholder: str, page_key: str, *, linked: bool, **options: Any) -> str:
    """A search box whose new text shows the first page of its list; returns the text. `linked`: the
    text is the view's (`find=` in the link); otherwise it is kept for the session (and the page under
    `page_key`)."""
    if linked:
        st.session_state[key] = current_state().view.find
        on_change = lambda: update_view(find=search_text(key), page=1)  # noqa: E731
    else:
        on_change = lambda: st.session_state.pop(page_key, None)  # noqa: E731
    st.text_input(
        label, key=key, max_chars=QUERY_MAX, placeholder=placeholder, on_change=on_change, **options
    )
    return current_state().view.find if linked else search_text(key)


def event_search(
    query: TableQuery, filters: Filters, key: str, label: str = "Find an event", *, linked: bool = False
) -> pd.DataFrame:
    """A search box over the events that pass `filters` (words of a title or of a source's sentence)
    and one page of those that match, in date order; the page number is drawn under the caller's list
    by `search_pages`. `linked`: the search and the page are the view's, in the link."""
    text = search_box(
        f"{key}:find",
        label,
        "Words from its title or its sources' sentences",
        f"{key}:page",
        linked=linked,
        help="The search replaces the sidebar's text search for this list only.",
    )
    matching = replace(filters, query=text) if text else filters
    page = max(current_state().view.page if linked else int(st.session_state.get(f"{key}:page") or 1), 1)
    events, total = query.events_page(matching, offset=(page - 1) * PICK_PAGE, limit=PICK_PAGE)
    if events.empty and total and page > 1:  # past the end of the list: its last page
        page = -(-total // PICK_PAGE)
        if linked:
            settle_view(page=page)
        else:
            st.session_state[f"{key}:page"] = page
        events, total = query.events_page(matching, offset=(page - 1) * PICK_PAGE, limit=PICK_PAGE)
    st.session_state[f"{key}:total"] = total
    st.session_state[f"{key}:empty"] = _why_empty(text, matching) if total == 0 else ""
    return events


def _why_empty(text: str, matching: Filters) -> str:
    """Why a search list is empty, with what to do: a bare "No event matches." under an empty search box
    left a reader whose sidebar filters hid every event looking for the search that failed."""
    others = replace(matching, query="")
    if text:
        within = "" if others.is_default else " among the events the sidebar's filters leave"
        return f"No event matches “{text}”{within}: try other words."
    if not matching.is_default:
        return "No event passes the sidebar's filters: loosen or clear them (sidebar) to choose one."
    return "No event matches."


def search_pages(key: str, *, linked: bool = False) -> None:
    """The page number of an `event_search` list, when its matches fill more than one page."""
    total = int(st.session_state.get(f"{key}:total") or 0)
    if total == 0:
        st.caption(st.session_state.get(f"{key}:empty") or "No event matches.")
    page_control(total, PICK_PAGE, f"{key}:page", "events", linked=linked)


def passes(query: TableQuery, event_id: str, filters: Filters) -> bool:
    """Whether the event passes the filters (each filter reads only the event, its mentions and the
    sources: filtering its rows alone answers without filtering the whole table)."""
    mine = query.event_tables([event_id])
    return not mine.events.empty and not apply_filters(mine, filters).events.empty


def distinct_labels(labels: dict[str, str]) -> dict[str, str]:
    """The labels with the key added to each one that another shares ("Tue 8 Apr · X" twice -> "... ·
    ev-1", "... · ev-2"). A select box keeps its choice by its label across reruns: two options with one
    label turn a choice of the second into the first, so that a split's copy (same date, same title) or
    an outlet's untitled articles would open, and be corrected as, the wrong one."""
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    return {key: f"{label} · {key}" if seen[label] > 1 else label for key, label in labels.items()}


def event_label(query: TableQuery, event_id: str) -> str:
    rows = event_rows(query.event_tables([event_id]).events)
    return f"{rows[0].when} · {rows[0].title}" if rows else event_id


def event_picker(query: TableQuery, state: State, key: str) -> str:
    """A search and a select box of a page of the filtered events (by date) whose choice is the view's
    event; the link's event is kept as a choice, with a note when the filters hide it. The search and
    the page are in the link (`find=`, `page=`). Returns the chosen event id ("" for none)."""
    events = event_search(query, state.filters, key, linked=True)
    labels = {row.event_id: f"{row.when} · {row.title}" for row in event_rows(events)}
    choices = ["", *labels]
    if state.view.event and state.view.event not in labels:
        choices.append(state.view.event)
        labels[state.view.event] = event_label(query, state.view.event)
        if not passes(query, state.view.event, state.filters):
            st.info("This event is hidden by the current filters; it is shown because the link names it.")
    labels = distinct_labels(labels)
    st.session_state[key] = state.view.event
    st.selectbox(
        "Event",
        choices,
        key=key,
        format_func=lambda event_id: labels.get(event_id, event_id) if event_id else "Choose an event…",
        on_change=lambda: update_view(event=st.session_state[key] or ""),
    )
    search_pages(key, linked=True)
    return state.view.event
