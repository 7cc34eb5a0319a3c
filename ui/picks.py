"""Picking things: an actor or country (a pill, or a point on a chart) adds it to the filters; an event
chosen in a select box becomes the view's event (the `event=` of the link)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from events.query.labels import event_rows
from events.query.views import State
from ui.render import md
from ui.state import update_state, update_view

TOP = 12


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
        format_func=lambda value: f"{md(name(value))} · {counts[value]}",  # pills render Markdown
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


def event_picker(events: pd.DataFrame, state: State, key: str) -> str:
    """A select box of `events` (by date) whose choice is the view's event; the link's event is kept as a
    choice, with a note, when the filters hide it. Returns the chosen event id ("" for none)."""
    shown = events.sort_values("date")
    labels = {row.event_id: f"{row.when} · {row.title}" for row in event_rows(shown)}
    choices = ["", *labels]
    if state.view.event and state.view.event not in labels:
        choices.append(state.view.event)
        st.info("This event is hidden by the current filters; it is shown because the link names it.")
    st.session_state[key] = state.view.event
    st.selectbox(
        "Event",
        choices,
        key=key,
        format_func=lambda event_id: labels.get(event_id, event_id) if event_id else "Choose an event…",
        on_change=lambda: update_view(event=st.session_state[key] or ""),
    )
    return state.view.event
