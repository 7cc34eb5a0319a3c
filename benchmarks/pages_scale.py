"""Every page of the dashboard on a big table, in Debian's Chromium: server time, message size, memory.

    python benchmarks/pages_scale.py --events 100000          # synthetic (benchmarks/timeline_figures.py)
    python benchmarks/pages_scale.py --events 1000000 --keep /tmp/pages-1m   # keep the data for a rerun
    python benchmarks/pages_scale.py --data /tmp/pages-1m/data  # reuse data written by an earlier --keep
    python benchmarks/pages_scale.py --events 100000 --pages chronology event --readers 5

The data folder gets a second version (a few events redated and one added), so that "Since the last
briefing" has something to compare, and one article file, so that the article page has a text to show.
For each page it prints, for one reader, its first opening (what the first reader of a data version
and filters waits for: the page's caches are cold; with the CPU all the server's processes used
meanwhile), then a second one (a fresh browser context, after the server has served the page once):
the time until the script finished in the browser, the server's own time (the NEWS_TIMELINE_TIMING
line: wall time and the script's own CPU time, which a loaded machine does not inflate; "no rerun
logged" when the page stopped early), the biggest websocket message the browser received, and the
server's memory (RSS of the streamlit process and its children) after it. Then five readers open
every page at once (peak RSS while they run), and the RSS again when they have left.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
from playwright.sync_api import Browser, Page, WebSocket, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.dashboard_browser import RUN_LINE, dashboard_process, synthetic_data  # noqa: E402
from events.query.printing import CHROMIUM_ARGS, DEFAULT_CHROMIUM  # noqa: E402

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
TITLE = "h1"
PAGES = [
    "timeline",
    "chronology",
    "event",
    "claims",
    "actors",
    "curate",
    "review",
    "since",
    "exports",
    "article",
]
ARTICLE = "article-1.txt"
SENTENCE = "Officials said on Tuesday that something had happened."


def prepare(data: Path) -> None:
    """A second data version (for "since") and the text of one article (for "article")."""
    import pandas as pd

    from events.store import load_tables, write_tables

    tables = load_tables(data)
    events = tables.events.copy()
    moved = events.index[:50]
    events.loc[moved, "date"] = events.loc[moved, "date"] + pd.Timedelta(days=1)
    events.loc[moved, "date_end"] = events.loc[moved, "date_end"] + pd.Timedelta(days=1)
    write_tables(type(tables)(events, tables.mentions, tables.sources), data, label="redated 50 events")
    articles = data / "articles"
    articles.mkdir(exist_ok=True)
    (articles / ARTICLE).write_text(SENTENCE + "\n", encoding="utf-8")


def first_event(data: Path) -> str:
    from events.query.duck import EventQuery
    from events.query.filters import Filters

    query = EventQuery.open(data)
    try:
        page, _ = query.events_page(Filters(), offset=0, limit=1)
        return str(page["event_id"].iloc[0])
    finally:
        query.close()


def page_paths(data: Path) -> dict[str, str]:
    event = first_event(data)
    return {
        "timeline": "/",
        "chronology": "/chronology",
        "event": f"/event?event={event}",
        "claims": "/claims",
        "actors": "/actors",
        "curate": f"/curate?event={event}",
        "review": "/review",
        "since": "/since",
        "exports": "/exports",
        "article": f"/article?article={ARTICLE}",
    }


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    seen: int = 0

    def rss_mib(self) -> float:
        try:
            root = psutil.Process(self.process.pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0.0
        total = 0
        for process in tree:
            with contextlib.suppress(psutil.NoSuchProcess):
                total += process.memory_info().rss
        return total / 2**20

    def cpu_s(self) -> float:
        """CPU seconds (user and system) the server's processes have used, all their threads."""
        total = 0.0
        with contextlib.suppress(psutil.NoSuchProcess):
            root = psutil.Process(self.process.pid)
            for process in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.NoSuchProcess):
                    times = process.cpu_times()
                    total += times.user + times.system
        return total

    def times(self) -> list[tuple[str, float, float]]:
        """The rerun lines logged since the last call: (page, wall ms, the script's CPU ms)."""
        lines = self.log_path.read_text(errors="replace").splitlines()
        fresh, self.seen = lines[self.seen :], len(lines)
        return [
            (m.group(1), float(m.group(2)), float(m.group(3)))
            for line in fresh
            if (m := RUN_LINE.match(line.strip()))
        ]


@contextlib.contextmanager
def dashboard(data: Path, log_path: Path) -> Iterator[Server]:
    with dashboard_process(data, log_path) as (url, process):
        yield Server(url, process, log_path)


class Peak:
    """The highest RSS of the server while a block runs, sampled every 100 ms."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.mib = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            self.mib = max(self.mib, self.server.rss_mib())

    def __enter__(self) -> Peak:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.mib = max(self.mib, self.server.rss_mib())


class Reader:
    """One browser context on one page; records the biggest websocket message it receives."""

    def __init__(self, browser: Browser) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page: Page = self.context.new_page()
        self.biggest = 0
        self.page.on("websocket", self._watch)

    def _watch(self, socket: WebSocket) -> None:
        def frame(payload: str | bytes) -> None:
            self.biggest = max(self.biggest, len(payload))

        socket.on("framereceived", frame)

    def start(self, url: str) -> float:
        began = time.perf_counter()
        self.page.goto(url, wait_until="commit")
        return began

    def wait(self, timeout_ms: int) -> None:
        self.page.wait_for_selector(TITLE, timeout=timeout_ms)
        self.page.wait_for_timeout(100)
        self.page.wait_for_selector(IDLE, timeout=timeout_ms)

    def close(self) -> None:
        self.context.close()


def _ms(times: list[tuple[str, float, float]]) -> str:
    if not times:
        return "no rerun logged"
    return ", ".join(f"{wall:.0f} ms (cpu {cpu:.0f})" for _, wall, cpu in times)


def one_reader(
    browser: Browser, server: Server, name: str, path: str, timeout_ms: int, *, first: bool = False
) -> None:
    """`first`: the server has served nothing yet, so print the first opening too (what the first reader
    after a start waits for: the caches are cold)."""
    for attempt in ("warm", "measured"):
        reader = Reader(browser)
        server.times()
        cpu = server.cpu_s()
        began = reader.start(server.url + path)
        try:
            reader.wait(timeout_ms)
            outcome = f"{(time.perf_counter() - began) * 1000:.0f} ms in the browser"
        except Exception as error:  # a timeout: say so and go on with the next page
            outcome = f"not done after {timeout_ms / 1000:.0f} s ({type(error).__name__})"
        logged = [t for t in server.times() if t[0] == name]
        if attempt == "warm":
            load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
            what = "first page after the start" if first else "first opening (page caches cold)"
            print(f"  {name:<11} {what}: {outcome}; server {_ms(logged)}; "
                  f"server processes' CPU {server.cpu_s() - cpu:.1f} s; load average {load}",
                  flush=True)  # fmt: skip
        if attempt == "measured":
            size = f"biggest message {reader.biggest / 1e6:.2f} MB"
            print(
                f"  {name:<11} {outcome}; server {_ms(logged)}; {size}; RSS {server.rss_mib():.0f} MiB",
                flush=True,
            )
        reader.close()


def five_readers(browser: Browser, server: Server, paths: dict[str, str], timeout_ms: int) -> None:
    readers = [Reader(browser) for _ in range(5)]
    server.times()
    walls: list[float] = []
    with Peak(server) as peak:
        for name, path in paths.items():
            starts = [reader.start(server.url + path) for reader in readers]
            for reader, began in zip(readers, starts, strict=True):
                try:
                    reader.wait(timeout_ms)
                    walls.append((time.perf_counter() - began) * 1000)
                except Exception:
                    print(f"  {name}: a reader was not done after {timeout_ms / 1000:.0f} s", flush=True)
            logged = [t for t in server.times() if t[0] == name]
            print(f"  {name:<11} five at once: server {_ms(logged)}; RSS now {server.rss_mib():.0f} MiB",
                  flush=True)  # fmt: skip
    print(f"  five readers over every page: peak RSS {peak.mib:.0f} MiB; median page "
          f"{statistics.median(walls) if walls else 0:.0f} ms in the browser", flush=True)  # fmt: skip
    for reader in readers:
        reader.close()
    for wait in (5, 30):
        time.sleep(wait if wait == 5 else 25)
        print(f"  {wait} s after they left: RSS {server.rss_mib():.0f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events")
    parser.add_argument("--data", type=Path, help="an existing data folder (from --keep) instead")
    parser.add_argument("--keep", type=Path, help="write the data here and keep it")
    parser.add_argument("--pages", nargs="+", choices=PAGES, default=PAGES)
    parser.add_argument("--readers", type=int, choices=(1, 5), nargs="+", default=[1, 5])
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for one page")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if args.data:
            data = args.data
        else:
            folder = args.keep or work
            if args.keep:
                shutil.rmtree(args.keep / "data", ignore_errors=True)
                args.keep.mkdir(parents=True, exist_ok=True)
            began = time.perf_counter()
            data = synthetic_data(folder, args.events)
            prepare(data)
            print(f"data: {args.events} events written in {time.perf_counter() - began:.0f} s", flush=True)
        paths = {name: path for name, path in page_paths(data).items() if name in args.pages}
        server = stack.enter_context(dashboard(data, work / "streamlit.log"))
        print(f"server up: RSS {server.rss_mib():.0f} MiB", flush=True)
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=str(DEFAULT_CHROMIUM), args=CHROMIUM_ARGS)
        timeout_ms = int(args.timeout * 1000)
        if 1 in args.readers:
            print("one reader (each page opened twice, the second measured):", flush=True)
            for number, (name, path) in enumerate(paths.items()):
                one_reader(browser, server, name, path, timeout_ms, first=number == 0)
        if 5 in args.readers:
            print("five readers at once:", flush=True)
            five_readers(browser, server, paths, timeout_ms)
        browser.close()


if __name__ == "__main__":
    main()
