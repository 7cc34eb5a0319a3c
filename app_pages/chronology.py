"""Chronology for briefings: the filtered events by day, one line each, a page at a time, or only the key
dates with their sentences; a Markdown note of them all to download (made only when asked for)."""

from dataclasses import replace

import streamlit as st

import ui
from events.query.exports import day_rows, source_chunks, source_of
from events.query.filters import countries_as_read
from events.query.frames import no_rows
from events.query.labels import CONTESTED_LABEL, outlets_line, sources_label, split_outlets
from events.schema import Tables, split_list
from ui import picks
from ui import timeline as tl
from ui.data import data_version
from ui.downloads import export_origin, filtered_file_name, streamed_export
from ui.keydates import key_dates_view
from ui.printing import print_button
from ui.render import dates_differ, shown_outlets

query = ui.table_query()
state = ui.current_state()
newest_first = state.view.order == "newest"

st.title("Chronology")
st.session_state["w:view:mode"] = state.view.mode
st.segmented_control(
    "Show",
    ["events", "keydates"],
    key="w:view:mode",
    format_func={"events": "Every event", "keydates": "Key dates"}.__getitem__,
    required=True,
    on_change=lambda: ui.update_view(mode=st.session_state["w:view:mode"] or "events"),
)
st.session_state["w:view:order"] = state.view.order
st.segmented_control(
    "Order",
    ["oldest", "newest"],
    key="w:view:order",
    format_func={"oldest": "Oldest first", "newest": "Newest first"}.__getitem__,
    required=True,
    on_change=lambda: ui.update_view(order=st.session_state["w:view:order"] or "oldest"),
)
total = query.events_page(state.filters, offset=0, limit=0)[1]
if total == 0:
    # No note or printout of nothing, in either mode: an empty briefing looks like a finished one, and
    # "no day has a dated sentence" would hide that it is the filters that leave nothing.
    st.info("No events match the filters. Loosen or clear them (sidebar).", icon=":material/filter_alt_off:")
    st.stop()
if state.view.mode == "keydates":
    key_dates_view(query, state, total)
    st.stop()


def every_event() -> Tables:
    """The filtered tables, read only when a download is asked for (a button's data made on click)."""
    return countries_as_read(query.filter_tables(state.filters), state.filters)


# One page of the events in date order, counted from the end for newest first.
size = picks.LIST_PAGE
offset = picks.page_control(total, size, "w:chronology:page", "events", linked=True)
tl.story_pages_note(state.filters, total, size, offset // size + 1, newest_first=newest_first)
start = max(total - offset - size, 0) if newest_first else offset
page = query.events_page(state.filters, offset=start, limit=min(size, total - offset))[0]
shown = Tables(page, no_rows("mentions"), query.sources())

# The note is written out only while its box is open: st.code's highlighter is 1.6 MB of code that
# the page would otherwise load, and the note's Markdown is made for nothing on every run.
origin = export_origin(state, data_version(), "chronology")
note_box = st.expander(
    "Briefing note (Markdown): copy or download", key="w:chronology:note", on_change="rerun"
)
with note_box:
    st.download_button(
        f"Download the note ({total:,} events, {state.view.order} first)",
        streamed_export(query, state, "markdown", data_version(), "chronology"),
        filtered_file_name("markdown", state.filters, "briefing"),
        "text/markdown",
        on_click="ignore",
        icon=":material/download:",
    )
    if total > len(page):
        st.caption(f"Below, the note of the {len(page):,} events of this page; the download has them all.")
    if note_box.open:
        page_source = replace(source_of(shown, newest_first=newest_first), origin=origin)
        note = "".join(source_chunks(page_source, "markdown"))
        st.code(note, language="markdown", wrap_lines=True)
print_button(every_event, state, "chronology")

# Read for this page's events only: a briefing's dates are its first check.
differing = dates_differ(query, set(page["event_id"]))
outlets = shown_outlets(query.sources())
for label, rows in day_rows(page, newest_first=newest_first):
    st.subheader(ui.md(label), anchor=False, divider="gray")
    for row in rows:
        when = "" if label != "Background" else f"{row.when}: "
        contested = " · ⚠ sources differ on the date" if row.event_id in differing else ""
        contested += f" · ⚠ {CONTESTED_LABEL}" if row.contested else ""
        contested += " · ✓ reviewed" if row.reviewed else ""
        # The outlets, as the note has them: which papers carry a line is a briefing's first question.
        # Three at most and after the warnings: a link's label does not wrap, and a long line lost its
        # end (the warnings with it) at the column's edge.
        names = outlets_line(*split_outlets(split_list(row.sources), outlets), most=3)
        st.page_link(
            "app_pages/event.py",
            label=ui.md(
                f"{row.event_type.upper()} · {when}{row.title}{contested} · {sources_label(row.n_sources)}"
                f"{': ' + names if names else ''}"
            ),
            query_params=ui.link_params(state, "event", event=row.event_id),
        )
