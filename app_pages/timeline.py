"""Timeline (home): the filtered events on a date axis in lanes; click one to see where it comes from."""

import streamlit as st

import ui
from events.query.figures import timeline_figure
from events.query.filters import apply_filters
from ui import timeline as tl

tables = ui.load_tables()
state = ui.current_state()
view = state.view
shown = apply_filters(tables, state.filters)

if view.present:
    current = tl.presenter_controls(shown, state)
    tl.presenter_title(tables, current)
    plot = timeline_figure(shown, view.lanes, tl.presenter_zoom(shown, view.zoom, current), current)
    tl.timeline_chart(plot, state)
    if current:
        ui.event_details(tables, current, state, heading=False)
else:
    st.title("Timeline")
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    with left:
        tl.lanes_picker(view)
    with right:
        tl.presenter_toggle(view)
    plot = timeline_figure(shown, view.lanes, view.zoom, view.event)
    tl.zoom_control(shown, plot)
    tl.timeline_chart(plot, state)
    st.caption(
        plot.note
        or "Click an event to see its sources; drag across the chart to zoom. "
        "Marker size: number of sources. Bars: events known only to the week, month or season."
    )
    if view.event:
        st.divider()
        st.caption("Selected event")
        ui.event_details(tables, view.event, state)
        tl.clear_selection_button()
