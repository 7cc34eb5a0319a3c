"""Since the last briefing: what changed between an earlier data version (or a day) and now."""

import streamlit as st

import ui
from events.query.changes import changes_markdown
from ui import curation
from ui import since as sc
from ui.versions import version_label

state = ui.current_state()

st.title("Since the last briefing")
curation.damaged_log_note()
older = sc.older_version(state.view.since)
sc.version_picker(state, older)
if older is None:
    st.info("No earlier data version is kept yet: every build and add makes one; come back after the next.")
    st.stop()
changes, newer = sc.changes_since(older, state.filters)
heading = f"Since {version_label(older)}"
st.caption(
    f"From the data of {version_label(older)} to the current data: new events, events with new sources, "
    "changed dates or types, and the analysts' corrections and rejections (among the events the filters "
    "show)."
)
base = sc.link_base()  # read now: the note is made when the button is clicked, outside this run
st.download_button(
    "Download as Markdown",
    lambda: changes_markdown(changes, newer, heading, lambda event_id: sc.event_url(event_id, base)).encode(),
    "since-last-briefing.md",
    "text/markdown",
    icon=":material/download:",
    on_click="ignore",
)
sc.show_changes(changes, newer, state)
