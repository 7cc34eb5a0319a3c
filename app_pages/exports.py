"""Exports of the filtered events: CSV, JSON, TimelineJS, an offline HTML timeline, a Markdown briefing."""

import tempfile
from collections.abc import Callable

import streamlit as st

import ui
from events.query.exports import FORMATS, export_file_name, write_source

query = ui.table_query()
state = ui.current_state()
_, total = query.events_page(state.filters, offset=0, limit=0)  # the count only

st.title("Exports")
st.markdown(f"Download the **{total:,}** events that match the filters.")


def render(fmt: str) -> Callable[[], bytes]:
    """Made only when the button is clicked: a large table is neither filtered nor exported on a rerun.

    Streamlit 1.67 takes a download's data whole (bytes, a string, or a file it reads at once; no
    generator), so the export is written piece by piece into a temporary file and read back once: the
    filtered table is never whole in memory, and the file exists once (not as pieces, text and bytes).
    """

    def make() -> bytes:
        with tempfile.TemporaryFile() as out:
            write_source(query.export_source(state.filters), fmt, out)
            out.seek(0)
            return out.read()

    return make


for fmt, spec in FORMATS.items():
    st.download_button(
        spec.label,
        render(fmt),
        file_name=export_file_name(fmt),
        mime=spec.mime,
        icon=":material/download:",
        key=f"w:export:{fmt}",
        on_click="ignore",
    )
st.caption(
    "CSV cells starting with =, +, -, @, tab or carriage return get a leading ' so spreadsheets show "
    "them as text. The HTML timeline is a single file that works offline and runs no scripts."
)
