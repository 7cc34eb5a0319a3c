"""Chronology for briefings: the filtered events by day, one line each, or only the key dates with their
sentences; a Markdown note to copy or save."""

import streamlit as st

import ui
from events.query.exports import day_groups, export_file_name, render_export
from events.query.filters import apply_filters
from events.query.labels import event_rows, sources_label
from ui.keydates import key_dates_view
from ui.printing import print_button

LIMIT = 500

tables = ui.load_tables()
state = ui.current_state()
shown = apply_filters(tables, state.filters)
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
if state.view.mode == "keydates":
    key_dates_view(shown, state)
    st.stop()
with st.expander("Briefing note (Markdown): copy or download"):
    note = render_export(shown, "markdown")
    st.download_button("Download the note", note, export_file_name("markdown", "briefing"), "text/markdown")
    st.code(note.decode("utf-8"), language="markdown", wrap_lines=True)
print_button(shown)

if shown.events.empty:
    st.info("No events match the filters.")
latest = shown.events.sort_values(["date", "event_id"], ascending=not newest_first).head(LIMIT)
groups = list(day_groups(latest, newest_first=newest_first))
for label, group in groups:
    st.subheader(ui.md(label), anchor=False, divider="gray")
    for row in event_rows(group):
        when = "" if label != "Background" else f"{row.when}: "
        contested = " · ⚠ contested" if row.contested else ""
        contested += " · ✓ reviewed" if row.reviewed else ""
        st.page_link(
            "app_pages/event.py",
            label=ui.md(
                f"{row.event_type.upper()} · {when}{row.title} · {sources_label(row.n_sources)}{contested}"
            ),
            query_params=ui.link_params(state, "event", event=row.event_id),
        )
if len(shown.events) > LIMIT:
    st.caption(f"The first {LIMIT} of {len(shown.events)} events; the briefing note has them all.")
