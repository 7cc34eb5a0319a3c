"""How the dashboard is served (`streamlit run serve.py`): dashboard.py, with the chart's code fetched
from the first byte of the page, compiled off the page's main thread, and run while the server runs
the script, instead of all three after the chart arrives.

Streamlit's page loads the code of each kind of element only when the first such element reaches the
browser. For the timeline that is plotly (4.7 MB, served uncompressed): fetched after the script has
run and the chart has been sent, then evaluated (about a second of the page's main thread, half of it
compiling plotly's functions one by one as they are first called). On the pages that open on a chart:

- a `Link` header on the HTML lists the chart's module and everything it imports
  (`rel=modulepreload`), so the browser fetches them while Streamlit's own code loads;
- the chart's module is served with V8's compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136
  and later; a comment to every other engine), so Chromium compiles it on a background thread as it
  arrives instead of on the main thread during its evaluation;
- a small script in the HTML imports the module as soon as the page reports that the server is running
  the script (`data-test-script-state="running"` on Streamlit's app element): the page's main thread
  would otherwise wait idle for the server, and the chart is drawn as soon as it arrives.

The modules are found by name in the installed Streamlit's static folder and by reading their `import`
lines, so a Streamlit that names its chunks differently gets none of this and works as before; one
whose app element does not report the script's state loads the chart's code when the chart arrives,
as before. `streamlit run dashboard.py` still works, without any of it.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import streamlit as st
from starlette.middleware import Middleware

# The pages (the URL's last segment) that open on a plotly chart: the timeline and the actors page.
CHART_PAGES = frozenset({"", "actors"})
CHART_MODULE = "PlotlyChart.*.js"
_IMPORT = re.compile(rb"""(?:\bimport\s*|\bfrom\s*)["'`]\./([\w.$-]+\.js)["'`]""")
# V8's explicit compile hint: every function of the file is compiled eagerly, off the main thread.
COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"
_STATIC_JS = "/static/js/"


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
def chart_modules() -> tuple[str, ...]:
    """The chart's module and the modules it imports that the page does not load itself (none when
    the installed Streamlit has no single chart module)."""
    from streamlit import file_util

    static = Path(file_util.get_static_dir())
    return tuple(module_graph(static / "static" / "js", loaded=page_modules(static / "index.html")))


def chart_link_header() -> bytes:
    """The `Link` header value that preloads the chart's modules ("" when none are found)."""
    links = [f"<./static/js/{name}>; rel=modulepreload" for name in chart_modules()]
    return ", ".join(links).encode("latin-1")


def early_import_script(module: str) -> bytes:
    """An inline script that imports the chart's module once the server has begun the script's run:
    before, the page's main thread is busy starting Streamlit (and would hold up the connection)."""
    source = f"./static/js/{module}"
    return (
        '<script type="module">const w=new MutationObserver(()=>{'
        'if(document.querySelector(\'[data-testid="stApp"][data-test-script-state="running"]\'))'
        f"{{w.disconnect();setTimeout(()=>import({json.dumps(source)}),0)}}}});"
        "w.observe(document,{subtree:true,childList:true,attributes:true,"
        'attributeFilter:["data-test-script-state"]})</script>'
    ).encode()


def with_early_import(html: bytes, module: str) -> bytes:
    """The page's HTML with the early import before `</head>` (unchanged when it has none)."""
    head_end = html.find(b"</head>")
    if head_end < 0:
        return html
    return html[:head_end] + early_import_script(module) + html[head_end:]


def _page(path: str, root_path: str) -> str:
    """The page a document path opens: its last segment below the app's base path."""
    from streamlit import config

    base = "/".join(part for part in (root_path, str(config.get_option("server.baseUrlPath") or "")) if part)
    parts = [part for part in path.split("/") if part]
    for part in (part for part in base.split("/") if part):
        if parts and parts[0] == part:
            parts.pop(0)
    return parts[-1] if parts else ""


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _with_length(headers: list[tuple[bytes, bytes]], length: int) -> list[tuple[bytes, bytes]]:
    return [
        (key, str(length).encode() if key.lower() == b"content-length" else value) for key, value in headers
    ]


class ChartCodeFirst:
    """ASGI middleware: on a page that opens on a chart, the chart's code is preloaded and imported
    early (the HTML); the chart's module is served with the compile hint."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        modules = chart_modules() if scope["type"] == "http" and scope.get("method") == "GET" else ()
        if not modules:
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        # Whole bodies pass through `send` here, not a file path (the "pathsend" extension).
        plain = {
            **scope,
            "extensions": {
                k: v for k, v in scope.get("extensions", {}).items() if k != "http.response.pathsend"
            },
        }
        if path.endswith(_STATIC_JS + modules[0]):
            await self.app(plain, receive, _hinted(send))
        elif _page(path, str(scope.get("root_path", ""))) in CHART_PAGES:
            await self.app(plain, receive, _html_with_chart_code(send, modules[0]))
        else:
            await self.app(scope, receive, send)


def _hinted(send: Any) -> Any:
    """`send` with the compile hint before a whole (not ranged) JavaScript body."""
    first = True
    hint = False

    async def hinted(message: dict[str, Any]) -> None:
        nonlocal first, hint
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            length = _header(headers, b"content-length")
            hint = (
                message["status"] == 200 and length is not None and _header(headers, b"content-range") is None
            )
            if hint and length is not None:
                message = {**message, "headers": _with_length(headers, int(length) + len(COMPILE_HINT))}
        elif message["type"] == "http.response.body" and hint and first:
            first = False
            message = {**message, "body": COMPILE_HINT + message.get("body", b"")}
        await send(message)

    return hinted


def _html_with_chart_code(send: Any, module: str) -> Any:
    """`send` with the `Link` header and the early import added to an HTML page (held until whole)."""
    start: dict[str, Any] | None = None
    body = b""

    async def with_code(message: dict[str, Any]) -> None:
        nonlocal start, body
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            content_type = _header(headers, b"content-type") or b""
            if message["status"] != 200 or not content_type.startswith(b"text/html"):
                await send(message)  # not the page: passed on as it is
                return
            start = {**message, "headers": [*headers, (b"link", chart_link_header())]}
            return
        elif message["type"] == "http.response.body" and start is not None:
            body += message.get("body", b"")
            if message.get("more_body", False):
                return
            html = with_early_import(body, module)
            await send({**start, "headers": _with_length(start["headers"], len(html))})
            message = {"type": "http.response.body", "body": html}
        await send(message)

    return with_code


app = st.App("dashboard.py", middleware=[Middleware(ChartCodeFirst)])
