"""Drill-down: one event with its date reasoning, figures, linked claims or denials and every source."""

import streamlit as st

import ui
from ui import curation, picks

query = ui.table_query()
state = ui.current_state()

st.title("Event")
curation.damaged_log_note()
picks.event_picker(query, state, "w:view:event")
if state.view.event:
    ui.event_details(query, state.view.event, state, edited=curation.is_edited(query, state.view.event))
    curation.history_panel(query, state.view.event, state)
    st.page_link(
        "app_pages/timeline.py",
        label="Show on the timeline",
        icon=":material/timeline:",
        query_params=ui.link_params(state, "timeline", event=state.view.event),
    )
else:
    st.caption(
        "Choose an event above, or click one on the timeline or in the chronology, to see how its date "
        "was worked out and every source that reports it."
    )
