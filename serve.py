"""How the dashboard is served (`streamlit run serve.py`): dashboard.py, with the chart's code fetched
from the first byte of the page instead of after the chart arrives.

Streamlit's page loads the code of each kind of element only when the first such element reaches the
browser. For the timeline that is plotly (4.7 MB, served uncompressed): fetched after the script has
run and the chart has been sent, then evaluated; and three small modules it imports queue behind the
sidebar's widgets on the browser's six connections. The page's HTML says nothing about it, so a `Link`
header on the HTML of the pages that open on a chart lists the chart's module and everything it
imports (`rel=modulepreload`): the browser fetches and compiles them while Streamlit's own code loads,
and the chart is evaluated and drawn as soon as it arrives.

The modules are found by name in the installed Streamlit's static folder and by reading their `import`
lines, so a Streamlit that names its chunks differently gets no header and works as before.
`streamlit run dashboard.py` still works, without the header.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import streamlit as st
from starlette.middleware import Middleware

# The pages (the URL's last segment) that open on a plotly chart: the timeline and the actors page.
CHART_PAGES = frozenset({"", "actors"})
CHART_MODULE = "PlotlyChart.*.js"
_IMPORT = re.compile(rb"""(?:\bimport\s*|\bfrom\s*)["'`]\./([\w.$-]+\.js)["'`]""")


def module_graph(
    folder: Path, pattern: str = CHART_MODULE, loaded: frozenset[str] = frozenset()
) -> list[str]:
    """The module named by `pattern` in `folder` and every module it imports, directly or not, except
    those in `loaded` (file names, the module first); none when the name matches no file or several."""
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        return []
    names, queue = [found[0].name], [found[0].name]
    while queue:
        text = (folder / queue.pop()).read_bytes()
        for match in _IMPORT.finditer(text[:20_000]):  # static imports open the module
            name = match.group(1).decode()
            if name not in names and name not in loaded and (folder / name).is_file():
                names.append(name)
                queue.append(name)
    return names


def page_modules(index_html: Path) -> frozenset[str]:
    """The modules the page's HTML loads itself (its script and its own modulepreload links)."""
    return frozenset(re.findall(r"""["']\./static/js/([\w.$-]+\.js)["']""", index_html.read_text()))


@functools.cache
def chart_link_header() -> bytes:
    """The `Link` header value that preloads the chart's modules ("" when none are found)."""
    from streamlit import file_util

    static = Path(file_util.get_static_dir())
    modules = module_graph(static / "static" / "js", loaded=page_modules(static / "index.html"))
    links = [f"<./static/js/{name}>; rel=modulepreload" for name in modules]
    return ", ".join(links).encode("latin-1")


def _page(path: str, root_path: str) -> str:
    """The page a document path opens: its last segment below the app's base path."""
    from streamlit import config

    base = "/".join(part for part in (root_path, str(config.get_option("server.baseUrlPath") or "")) if part)
    parts = [part for part in path.split("/") if part]
    for part in (part for part in base.split("/") if part):
        if parts and parts[0] == part:
            parts.pop(0)
    return parts[-1] if parts else ""


class PreloadChartCode:
    """ASGI middleware: the `Link` header on the HTML of a page that opens on a chart."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or _page(scope.get("path", ""), scope.get("root_path", "")) not in CHART_PAGES
        ):
            await self.app(scope, receive, send)
            return

        async def send_with_link(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                html = any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers)
                if html and (link := chart_link_header()):
                    message = {**message, "headers": [*headers, (b"link", link)]}
            await send(message)

        await self.app(scope, receive, send_with_link)


app = st.App("dashboard.py", middleware=[Middleware(PreloadChartCode)])
