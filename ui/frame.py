"""What every page shares: the tables, the state synced with the URL, styles, the sidebar and link notes."""

from __future__ import annotations

import streamlit as st

from events.query.views import page_name
from ui.curation import damaged_log_note
from ui.data import data_version, table_query
from ui.render import inject_css, show_notes
from ui.review import sidebar_count
from ui.sessions import watch_reader
from ui.sidebar import filter_sidebar, share_view
from ui.state import current_state, sync_with_url
from ui.timeline import timeline_dates
from ui.versions import version_notice


def shared_frame(url_path: str) -> None:
    """Run before the page: load, sync the URL, styles and the notes above the page."""
    page = page_name(url_path)
    watch_reader()
    query = table_query(missing_ok=page == "add")
    state = sync_with_url(page, query, data_version())
    inject_css(present=state.view.present and page == "timeline")
    show_notes()
    version_notice(state)
    if query.total() == 0 and page != "add":
        st.info("The event table is empty: add articles and run `python -m events build`.")


def shared_sidebar(url_path: str) -> None:
    """The filters and the share box (none in presenter mode), before the page or, for a page that
    never stops early, after it (see dashboard.py)."""
    page = page_name(url_path)
    state = current_state()
    if state.view.present and page == "timeline":
        return
    query = table_query(missing_ok=page == "add")
    with st.sidebar:
        if query.total():
            sidebar_count()
            damaged_log_note(sidebar=True)
        # The timeline's zoom hides events that the count (and every export) takes: say how many.
        dates = timeline_dates(state) if page == "timeline" and query.total() else None
        filter_sidebar(query, state, dates.describe() if dates else "")
        share_view(state, page)
