"""Drill-down: one event with its date reasoning, figures, linked claims or denials and every source."""

import streamlit as st

import ui
from events.filters import apply_filters
from events.labels import event_rows

tables = ui.load_tables()
state = ui.current_state()
shown = apply_filters(tables, state.filters).events.sort_values("date")

st.title("Event")
choices = ["", *shown["event_id"]]
labels = {row.event_id: f"{row.when} · {row.title}" for row in event_rows(shown)}
if state.view.event and state.view.event not in labels:
    choices.append(state.view.event)
    st.info("This event is hidden by the current filters; it is shown because the link names it.")
st.session_state["w:view:event"] = state.view.event
st.selectbox(
    "Event",
    choices,
    key="w:view:event",
    format_func=lambda event_id: labels.get(event_id, event_id) if event_id else "Choose an event…",
    on_change=lambda: ui.update_view(event=st.session_state["w:view:event"] or ""),
)
if state.view.event:
    ui.event_details(tables, state.view.event, state)
    st.page_link(
        "app_pages/timeline.py",
        label="Show on the timeline",
        icon=":material/timeline:",
        query_params=ui.link_params(state, "timeline", event=state.view.event),
    )
