"""Picking an actor or country (a pill, or a point on a chart) adds it to the filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from events.views import State
from ui.state import update_state

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
        format_func=lambda value: f"{name(value)} · {counts[value]}",
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
