"""The printable briefing in the dashboard: a PDF made on click (deferred), or the HTML to print."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from events.query.printing import briefing_html, chromium_path, print_pdf
from events.query.views import State
from events.schema import Tables
from ui.data import data_version
from ui.downloads import export_origin, filtered_file_name


def print_button(shown: Callable[[], Tables], state: State, page: str, title: str = "Briefing") -> None:
    """A download button whose page is written, and printed to PDF by Chromium, only when clicked: the
    page does not wait for it, and `shown` (the filtered tables) is read only then. The printout says
    which filters and data version made it, and its file is named after the filters, as the exports."""
    version = data_version()
    filters = state.filters
    origin = export_origin(state, version, page)
    # The HTML export's name, its extension swapped: "briefing_type-claim.pdf".
    stem = filtered_file_name("html", filters, "briefing").removesuffix(".html")
    if chromium_path().exists():
        st.download_button(
            "Printable briefing (PDF, a page per day)",
            data=lambda: print_pdf(briefing_html(shown(), title, origin)),
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            icon=":material/print:",
            on_click="ignore",
        )
    else:
        st.download_button(
            "Printable briefing (HTML: open it and print)",
            data=lambda: briefing_html(shown(), title, origin).encode("utf-8"),
            file_name=f"{stem}.html",
            mime="text/html",
            icon=":material/print:",
            on_click="ignore",
            help=f"No Chromium at {chromium_path()} to print a PDF here.",
        )
