"""Curate: correct an event's date, type, title, actors or countries; merge, split or reject it; undo."""

import streamlit as st

import ui
from ui import curation, picks

query = ui.table_query()
state = ui.current_state()

st.title("Curate events")
curation.damaged_log_note()
curation.name_input()
curation.show_messages(query, state)
event = curation.event_row(query, picks.event_picker(query, state, "w:curate:event"))
if event is not None:
    ui.event_card(query.event_tables([event.event_id]), event.event_id, state)
    # A key (and tracked state) keeps the open tab when the messages above it come and go.
    fix, merge, split, reject = st.tabs(
        ["Correct", "Merge", "Split", "Reject"], key="w:curate:tab", on_change="rerun"
    )
    with fix:
        curation.correction_form(event)
    with merge:
        curation.merge_form(query, event.event_id)
    with split:
        curation.split_form(query, event.event_id)
    with reject:
        curation.reject_form(event.event_id)
    st.subheader("History", anchor=False)
    curation.history_list(query, event.event_id)
st.header("Rejected events", anchor=False)
curation.rejected_list()
