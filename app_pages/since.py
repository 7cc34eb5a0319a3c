"""Since the last briefing: what changed between an earlier data version (or a day) and now."""

import streamlit as st

import ui
from events.query.changes import changes_markdown
from ui import curation
from ui import since as sc
from ui.data import data_version
from ui.downloads import export_origin, filtered_file_name, link_base
from ui.versions import version_label

state = ui.current_state()

st.title("Since the last briefing")
curation.damaged_log_note()
baseline = sc.older_version(state.view.since)
sc.version_picker(state, baseline.version)
note = sc.baseline_note(baseline, state.view.since)
if note:
    st.info(note)
older = baseline.version
if older is None or older.current:
    st.stop()
changes, newer = sc.changes_since(older, state.filters)
heading = f"Since {version_label(older)}"
st.caption(
    f"From the data of {version_label(older)} to the current data: new events, events with new sources, "
    "changed dates or types, and the analysts' corrections and rejections (among the events the filters "
    "show)."
)
base = link_base()  # read now: the note is made when the button is clicked, outside this run
# The filters and versions compared, said inside the note: a note read next week still says what it covers.
origin = export_origin(state, data_version(), "since")
said = [(what, value) for what, value in origin.rows(0) if what != "events"]
said.insert(2, ("compared with", version_label(older)))
st.download_button(
    "Download as Markdown",
    lambda: changes_markdown(
        changes, newer, heading, lambda event_id: sc.event_url(event_id, base), said
    ).encode(),
    filtered_file_name("markdown", state.filters, "since-last-briefing"),
    "text/markdown",
    icon=":material/download:",
    on_click="ignore",
)
sc.show_changes(changes, newer, state)
