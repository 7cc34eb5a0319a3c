"""How the dashboard is served (`streamlit run serve.py`): dashboard.py, with the chart's code fetched
from the first byte of the page, compiled off the page's main thread, and run while the server runs
the script, instead of all three after the chart arrives; and Streamlit's code compressed.

Streamlit's page loads the code of each kind of element only when the first such element reaches the
browser. For the timeline that is plotly (4.7 MB, 1.4 MB gzipped): fetched after the script has
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

On every page, Streamlit's JavaScript and CSS are served from memory, gzipped (once per server) for a
browser that accepts it: Streamlit 1.67 compresses nothing under `/static/`, and the timeline's first
view is 8.0 MB of it (2.7 MB gzipped), which a reader on a remote connection waits for.

The modules are found by name in the installed Streamlit's static folder and by reading their `import`
lines, so a Streamlit that names its chunks differently gets none of this and works as before; one
whose app element does not report the script's state loads the chart's code when the chart arrives,
as before. `streamlit run dashboard.py` still works, without any of it.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import anyio
import streamlit as st
from starlette.middleware import Middleware

# The pages (the URL's last segment) that open on a plotly chart: the timeline and the actors page.
CHART_PAGES = frozenset({"", "actors"})
CHART_MODULE = "PlotlyChart.*.js"
_IMPORT = re.compile(rb"""(?:\bimport\s*|\bfrom\s*)["'`]\./([\w.$-]+\.js)["'`]""")
# V8's explicit compile hint: every function of the file is compiled eagerly, off the main thread.
COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"
# Streamlit's file names under /static/ carry their content's hash: a browser may keep them a year.
STATIC_CACHE = b"public, immutable, max-age=31536000"
_TEXT_TYPES = {
    ".js": b"text/javascript; charset=utf-8",
    ".css": b"text/css; charset=utf-8",
    ".svg": b"image/svg+xml",
}


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
    parts = _below_base(path, root_path)
    return parts[-1] if parts else ""


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _with_length(headers: list[tuple[bytes, bytes]], length: int) -> list[tuple[bytes, bytes]]:
    return [
        (key, str(length).encode() if key.lower() == b"content-length" else value) for key, value in headers
    ]


class ChartCodeFirst:
    """ASGI middleware: on a page that opens on a chart, the HTML has the chart's code preloaded and
    imported early."""

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
        if _page(path, str(scope.get("root_path", ""))) in CHART_PAGES:
            await self.app(plain, receive, _html_with_chart_code(send, modules[0]))
        else:
            await self.app(scope, receive, send)


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


def _below_base(path: str, root_path: str) -> list[str]:
    """The segments of a request's path below the app's base path."""
    from streamlit import config

    base = "/".join(part for part in (root_path, str(config.get_option("server.baseUrlPath") or "")) if part)
    parts = [part for part in path.split("/") if part]
    for part in (part for part in base.split("/") if part):
        if parts and parts[0] == part:
            parts.pop(0)
    return parts


@functools.cache
def static_texts() -> dict[str, Path]:
    """Streamlit's text assets by the path they are served at ("static/js/index.abc.js"): its fonts and
    images are compressed already."""
    from streamlit import file_util

    root = Path(file_util.get_static_dir())
    found = (root / "static").rglob("*")
    return {
        path.relative_to(root).as_posix(): path
        for path in found
        if path.suffix in _TEXT_TYPES and path.is_file()
    }


@functools.cache
def static_body(name: str, gzipped: bool) -> tuple[bytes, bytes]:
    """What is sent for a text asset, and its ETag: the file (the chart's module with the compile hint
    before it), gzipped once per server when the browser accepts it."""
    body = static_texts()[name].read_bytes()
    modules = chart_modules()
    if modules and name == f"static/js/{modules[0]}":
        body = COMPILE_HINT + body
    if gzipped:
        body = gzip.compress(body, compresslevel=6, mtime=0)
    return body, f'"{hashlib.sha1(body).hexdigest()}"'.encode()


class CompressedStatic:
    """ASGI middleware: Streamlit's JavaScript and CSS served from memory, gzipped for a browser that
    accepts it (Streamlit 1.67 compresses none of `/static/`: 8 MB for the timeline's first view)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        name = "/".join(_below_base(str(scope.get("path", "")), str(scope.get("root_path", ""))))
        headers = {key.lower(): value for key, value in scope.get("headers", [])}
        if name not in static_texts() or b"range" in headers:  # ranges: Streamlit's own answer
            await self.app(scope, receive, send)
            return
        gzipped = b"gzip" in headers.get(b"accept-encoding", b"")
        body, etag = await anyio.to_thread.run_sync(static_body, name, gzipped)
        fresh = etag in headers.get(b"if-none-match", b"")
        response = [
            (b"content-type", _TEXT_TYPES[Path(name).suffix]),
            (b"cache-control", STATIC_CACHE),
            (b"etag", etag),
            (b"vary", b"accept-encoding"),
        ]
        if fresh:
            await send({"type": "http.response.start", "status": 304, "headers": response})
            await send({"type": "http.response.body", "body": b""})
            return
        response.append((b"content-length", str(len(body)).encode()))
        if gzipped:
            response.append((b"content-encoding", b"gzip"))
        await send({"type": "http.response.start", "status": 200, "headers": response})
        await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


app = st.App("dashboard.py", middleware=[Middleware(CompressedStatic), Middleware(ChartCodeFirst)])
