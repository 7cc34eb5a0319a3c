"""The printable briefing in the dashboard: a PDF made on click (deferred), or the HTML to print."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from events.query.printing import briefing_html, chromium_path, print_pdf
from events.schema import Tables


def print_button(shown: Callable[[], Tables], title: str = "Briefing") -> None:
    """A download button whose page is written, and printed to PDF by Chromium, only when clicked: the
    page does not wait for it, and `shown` (the filtered tables) is read only then."""
    if chromium_path().exists():
        st.download_button(
            "Printable briefing (PDF, a page per day)",
            data=lambda: print_pdf(briefing_html(shown(), title)),
            file_name="briefing.pdf",
            mime="application/pdf",
            icon=":material/print:",
            on_click="ignore",
        )
    else:
        st.download_button(
            "Printable briefing (HTML: open it and print)",
            data=lambda: briefing_html(shown(), title).encode("utf-8"),
            file_name="briefing.html",
            mime="text/html",
            icon=":material/print:",
            on_click="ignore",
            help=f"No Chromium at {chromium_path()} to print a PDF here.",
        )
