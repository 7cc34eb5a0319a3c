"""Streamlit helpers shared by the pages: data loading, URL state, sidebar filters, rendering, and the
parts of the pages that write (`ui.adding`, `ui.curation`).

Only this package, the pages and dashboard.py import streamlit; the logic they call lives in `events/`.
"""

from ui.data import article_folders, article_text, table_query
from ui.frame import shared_frame, shared_sidebar
from ui.render import event_card, event_details, md, type_badge, warm_up
from ui.state import current_state, link_params, update_state, update_view

__all__ = [
    "article_folders",
    "article_text",
    "current_state",
    "event_card",
    "event_details",
    "link_params",
    "md",
    "shared_frame",
    "shared_sidebar",
    "table_query",
    "type_badge",
    "update_state",
    "update_view",
    "warm_up",
]
