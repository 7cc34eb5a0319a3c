"""Timeline (home): the filtered events on a date axis in lanes; click one to see where it comes from."""

import streamlit as st

import ui
from ui import picks
from ui import timeline as tl

query = ui.table_query()
state = ui.current_state()
view = state.view

if view.present:
    shown = tl.shown_tables(state.filters)
    current = tl.presenter_controls(shown, state)
    tl.presenter_title(query, current)
    if current:
        zoom = tl.presenter_zoom(shown, view.zoom, current)
        plot = tl.timeline_plot(
            state, zoom, current, width_px=tl.PRESENTER_PLOT_PX, height_px=tl.PRESENTER_CHART_PX
        )
        tl.timeline_chart(plot, state)
        ui.event_details(query, current, state, heading=False)
        tl.prefetch_steps(shown, state)
    else:
        tl.no_match(state.filters)
else:
    st.title("Timeline")
    tl.intro(query)
    # Filled after the chart is sent: the chart's element reaches the browser first, so its code (the
    # largest download of the page) starts loading sooner.
    controls = st.container()
    if not tl.shown_count(state.filters):  # no st.stop() on this page: its sidebar is drawn after it
        with controls:
            tl.view_controls(view)
        tl.no_match(state.filters)
    else:
        beside = bool(view.event)
        # No zoom in the link: the story's own dates, not every year its reports mention.
        frame = tl.story_frame(state.filters, view.event) if view.zoom is None else None
        plot = tl.timeline_plot(
            state,
            view.zoom or (frame.view if frame else None),
            view.event,
            width_px=tl.PLOT_BESIDE_PX if beside else tl.PLOT_PX,
        )
        chart, details = st.columns([3, 2]) if beside else (st.container(), None)
        with chart:
            tl.timeline_chart(plot, state)
            st.caption(plot.note or tl.CHART_HELP)
        with controls:
            tl.view_controls(view)
            tl.zoom_control(state.filters, plot)
            if frame is not None:
                tl.frame_note(frame)
        if details is not None:
            # Beside the chart, where the eye is after the click; scrolls on its own when long.
            with details, st.container(height=640, border=True):
                tl.clear_selection_button()
                if not picks.passes(query, view.event, state.filters):
                    # Else the reader looks for it on the chart in vain (a link's event, or filters changed).
                    st.info("This event is hidden by the current filters: it is not on the chart.")
                ui.event_details(query, view.event, state)
        tl.events_in_view(state.filters, plot, state, framed=frame is not None)
