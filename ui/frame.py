"""What every page shares: the tables, the state synced with the URL, styles, the sidebar and link notes."""

from __future__ import annotations

import streamlit as st

from events.query.views import page_name
from ui.curation import damaged_log_note
from ui.data import load_tables
from ui.render import inject_css, show_notes
from ui.review import sidebar_count
from ui.sidebar import filter_sidebar, share_view
from ui.state import sync_with_url
from ui.versions import version_notice


def shared_frame(url_path: str) -> None:
    """Run before the page: load, sync the URL, and draw the sidebar (hidden in presenter mode)."""
    page = page_name(url_path)
    tables = load_tables(missing_ok=page == "add")
    state = sync_with_url(page, tables)
    present = state.view.present and page == "timeline"
    inject_css(present=present)
    if not present:
        if not tables.events.empty:
            sidebar_count()
            damaged_log_note(sidebar=True)
        filter_sidebar(tables, state)
        share_view(state, page)
    show_notes()
    version_notice(state)
    if tables.events.empty and page != "add":
        st.info("The event table is empty: add articles and run `python -m events build`.")
