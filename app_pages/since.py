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
older = sc.older_version(state.view.since)
sc.version_picker(state, older)
if older is None:
    st.info("No earlier data version is kept yet: every build and add makes one; come back after the next.")
    st.stop()
if older.current:
    # The current data compared with itself would say "nothing changed", read as "no news since then".
    st.info(
        f"No data version was written before {state.view.since}: the oldest kept is the current data "
        f"({version_label(older)}), so there is nothing to compare it with. The day picks a version of the "
        "data by when it was built or added to, not the news by its date (the sidebar's Dates do that)."
        if state.view.since[:1].isdigit()
        else "That version is the current data: pick an earlier one to compare it with."
    )
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
