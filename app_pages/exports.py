"""Exports of the filtered events: CSV, JSON, TimelineJS, an offline HTML timeline, a Markdown briefing."""

import streamlit as st

import ui
from events.query.exports import FORMATS
from ui import timeline as tl
from ui.data import data_version
from ui.downloads import CSV_BUNDLE, filtered_file_name, streamed_export

query = ui.table_query()
state = ui.current_state()
_, total = query.events_page(state.filters, offset=0, limit=0)  # the count only

st.title("Exports")
if total:
    st.markdown(f"Download the **{total:,}** events that match the filters.")
    dates = tl.timeline_dates(state)
    if dates is not None:  # a researcher coming from a zoomed timeline may expect its events only
        st.caption(f"{dates.describe()}: the exports hold all {total:,}, whatever the timeline's zoom.")
else:
    # An empty file looks like a failed export: say so, and offer nothing to download.
    st.info(
        "No events match the filters, so there is nothing to export. Loosen or clear them (sidebar).",
        icon=":material/filter_alt_off:",
    )

version = data_version()
# The plain CSV first, for spreadsheets; then the same table zipped with what made it, for the record.
choices = [(fmt, spec.label, spec.mime) for fmt, spec in FORMATS.items()]
at = next(i for i, (fmt, _, _) in enumerate(choices) if fmt == "csv") + 1
choices.insert(
    at, (CSV_BUNDLE, "CSV table with its filters (a zip: events.csv and filters.csv)", "application/zip")
)
for fmt, label, mime in choices:
    st.download_button(
        label,
        # Made on click, a piece of the filtered events at a time: a rerun neither filters nor exports.
        streamed_export(query, state, fmt, version, "exports"),
        file_name=filtered_file_name(fmt, state.filters),
        mime=mime,
        icon=":material/download:",
        key=f"w:export:{fmt}",
        on_click="ignore",
        disabled=not total,
    )
st.caption(
    "Each file says which filters made it: its name, and inside it the Markdown, HTML and JSON at their "
    "top, TimelineJS on its title slide. A plain CSV has no place for them: the zip keeps them in "
    "filters.csv beside the same events.csv (read it with "
    "`pandas.read_csv(zipfile.ZipFile(path).open('events.csv'))`). "
    "CSV cells starting with =, +, -, @, tab or carriage return get a leading ' so spreadsheets show "
    "them as text. The HTML timeline is a single file that works offline and runs no scripts."
)
