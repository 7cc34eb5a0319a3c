"""Open the dashboard as a fresh browser opens a shared link: one helper for the AppTest files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def open_link(page: str = "timeline", /, timeout: float = 60, **params: Any) -> AppTest:
    """The page (`timeline` or a file of app_pages/) run once with the link's query parameters, failing the
    test on any exception the page raised. The data folder is the caller's NEWS_TIMELINE_DATA."""
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    if page != "timeline":
        app.switch_page(f"app_pages/{page}.py")
    app.query_params.update(params)
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app
