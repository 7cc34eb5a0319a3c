"""How quickly the dashboard answers a reader, measured in Debian's Chromium through Playwright.

    python benchmarks/dashboard_browser.py                 # the bundled articles (built into a temp dir)
    python benchmarks/dashboard_browser.py --events 10000  # synthetic tables of 10k events
    python benchmarks/dashboard_browser.py --screens DIR   # also save screenshots at 1400x900 and 1280x720

For each interaction it prints the time the browser waited (from the action until the chart is drawn
again and the script has finished) and the server's own time for the reruns it caused (the dashboard
logs one line per run when NEWS_TIMELINE_TIMING is set). First paint is a fresh browser context (no
cache) on a server that has already served one visitor (warm caches), as a new visitor would see it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.query.printing import CHROMIUM_ARGS, DEFAULT_CHROMIUM  # noqa: E402

CHROMIUM = str(DEFAULT_CHROMIUM)
RUN_LINE = re.compile(r"^rerun (\S+) ([0-9.]+) ms$")
CHART = '[data-testid="stPlotlyChart"] .main-svg'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def bundled_data(folder: Path) -> Path:
    """A copy of data/ with its tables built, so the repository's data/ is never written."""
    data = folder / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("tables", "tables.json", ".*"))
    subprocess.run([sys.executable, "-m", "events", "build", "--data", str(data)], cwd=ROOT, check=True)
    return data


def synthetic_data(folder: Path, n_events: int) -> Path:
    from benchmarks.timeline_figures import synthetic_tables
    from events.schema import Tables, validate
    from events.store import write_tables

    tables = synthetic_tables(n_events)
    sources = tables.sources.assign(
        published_basis="given", published_evidence="", sha256="0" * 64, title="Synthetic article"
    )
    checked = Tables(
        validate("events", tables.events), validate("mentions", tables.mentions), validate("sources", sources)
    )
    data = folder / "data"
    data.mkdir()
    write_tables(checked, data)
    return data


@contextlib.contextmanager
def dashboard(data: Path, log_path: Path) -> Iterator[str]:
    port = _free_port()
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT,
            env={**os.environ, "NEWS_TIMELINE_DATA": str(data), "NEWS_TIMELINE_TIMING": "1"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(log_path.read_text()[-2000:])
                time.sleep(0.3)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


class ServerTimes:
    """The rerun lines the dashboard logged since the last call."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.seen = 0

    def since_last(self) -> list[float]:
        lines = self.log_path.read_text(errors="replace").splitlines()
        fresh, self.seen = lines[self.seen :], len(lines)
        return [float(m.group(2)) for line in fresh if (m := RUN_LINE.match(line.strip()))]


def settle(page: Page) -> None:
    """Wait until the script has finished and the timeline is drawn."""
    page.wait_for_timeout(60)  # let the rerun start before waiting for it to end
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_selector(CHART, timeout=60_000)


def timed(page: Page, action: Callable[[], None]) -> float:
    began = time.perf_counter()
    action()
    settle(page)
    return (time.perf_counter() - began) * 1000


def first_paint(browser: Browser, url: str, size: tuple[int, int]) -> tuple[float, int]:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    received = 0

    def count(response: object) -> None:
        nonlocal received
        with contextlib.suppress(Exception):
            received += int(response.headers.get("content-length", "0"))  # type: ignore[attr-defined]

    page.on("response", count)
    began = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(CHART, timeout=60_000)
    elapsed = (time.perf_counter() - began) * 1000
    context.close()
    return elapsed, received


def measure(browser: Browser, url: str, log: ServerTimes, screens: Path | None, label: str) -> None:
    first_paint(browser, url, (1400, 900))  # warm the server's caches, as after any earlier visitor
    log.since_last()
    paints = [first_paint(browser, url, (1400, 900)) for _ in range(3)]
    server = log.since_last()
    print(f"[{label}] first paint (new visitor): median {statistics.median(p[0] for p in paints):.0f} ms, "
          f"{paints[0][1] / 1e6:.1f} MB over the wire (content-length); server {_ms(server)}")  # fmt: skip

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(url)
    settle(page)
    log.since_last()
    if screens:
        page.screenshot(path=str(screens / f"{label}-timeline-1400.png"), full_page=True)

    checkbox = page.get_by_text(re.compile(r"^Contested only")).first
    for name, action in (
        ("filter change (contested only on)", checkbox.click),
        ("filter change (contested only off)", checkbox.click),
    ):
        print(f"[{label}] {name}: {timed(page, action):.0f} ms; server {_ms(log.since_last())}")

    mark = page.locator(f"{CHART} .scatterlayer .point").first
    print(f"[{label}] click on an event: {timed(page, lambda: mark.click(force=True)):.0f} ms; "
          f"server {_ms(log.since_last())}")  # fmt: skip
    if screens:
        page.screenshot(path=str(screens / f"{label}-clicked-1400.png"))
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(url + "/?present=1")
    settle(page)
    log.since_last()
    steps = []
    for _ in range(4):
        steps.append(timed(page, lambda: page.keyboard.press("ArrowRight")))
    server = log.since_last()
    print(
        f"[{label}] presenter step (arrow key): median {statistics.median(steps):.0f} ms; "
        f"server {_ms(server)}"
    )
    if screens:
        page.screenshot(path=str(screens / f"{label}-presenter-1280.png"))
    context.close()


def _ms(values: list[float]) -> str:
    if not values:
        return "no rerun logged"
    return f"{len(values)} rerun(s), " + ", ".join(f"{v:.0f}" for v in values) + " ms"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=0, help="synthetic events (0: the bundled articles)")
    parser.add_argument("--screens", type=Path, help="save screenshots into this folder")
    args = parser.parse_args()
    if args.screens:
        args.screens.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data = synthetic_data(Path(folder), args.events) if args.events else bundled_data(Path(folder))
        label = f"{args.events} events" if args.events else "bundled"
        log_path = Path(folder) / "streamlit.log"
        with dashboard(data, log_path) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            measure(browser, url, ServerTimes(log_path), args.screens, label.replace(" ", "-"))
            browser.close()


if __name__ == "__main__":
    main()
