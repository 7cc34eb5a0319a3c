"""How quickly the dashboard answers a reader, measured in Debian's Chromium through Playwright.

    python benchmarks/dashboard_browser.py                 # the bundled articles (built into a temp dir)
    python benchmarks/dashboard_browser.py --events 10000  # synthetic tables of 10k events
    python benchmarks/dashboard_browser.py --data DIR      # a folder already built (1M events, say)
    python benchmarks/dashboard_browser.py --screens DIR   # also save screenshots at 1400x900 and 1280x720
    python benchmarks/dashboard_browser.py --entry dashboard.py --paints 9  # first paint only, no preload
    python benchmarks/dashboard_browser.py --only-paint --paints 9 --entry serve.py --entry dashboard.py
        # first paints of both, one server each, visits taken in turn so that both see the same load

For each interaction it prints the time the browser waited (from the action until the chart is drawn
again and the script has finished) and the server's own time for each rerun it caused, as wall time
with the script thread's CPU time in brackets (the dashboard logs one line per run when
NEWS_TIMELINE_TIMING is set): on a busy machine the wall time grows with the load, the CPU time much
less. First paint is a fresh browser context (no cache) on a server that has already served one
visitor (warm caches), as a new visitor would see it, timed by the page's own clock from navigation
start to the chart's first SVG, with the largest downloads (start-end ms), the page's main-thread CPU
time and the CPU time of all of Chromium's processes and of the server during the visit. The load
average is printed first: every browser figure grows with it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
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
from typing import Any, NamedTuple

import psutil
from playwright.sync_api import Browser, CDPSession, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.query.printing import CHROMIUM_ARGS, DEFAULT_CHROMIUM  # noqa: E402

CHROMIUM = str(DEFAULT_CHROMIUM)
RUN_LINE = re.compile(r"^rerun (\S+) ([0-9.]+) ms cpu ([0-9.]+) ms$")
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
def dashboard_process(
    data: Path, log_path: Path, *, start_s: float = 120, entry: str = "serve.py"
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`streamlit run serve.py` (as `make run`; or `entry`) on `data`, on 127.0.0.1 only, logging each
    run's time; stopped after."""
    port = _free_port()
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", entry, "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
            cwd=ROOT,
            env={**os.environ, "NEWS_TIMELINE_DATA": str(data), "NEWS_TIMELINE_TIMING": "1"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + start_s
            while True:
                with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(log_path.read_text()[-2000:])
                time.sleep(0.3)
            yield url, server
        finally:
            server.terminate()
            server.wait(timeout=30)


class Run(NamedTuple):
    wall_ms: float
    cpu_ms: float  # the script thread's own CPU time: what the rerun costs whatever else the machine runs


class ServerTimes:
    """The rerun lines the dashboard logged since the last call."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.seen = 0

    def _runs(self) -> list[Run]:
        lines = self.log_path.read_text(errors="replace").splitlines()
        return [
            Run(float(m.group(2)), float(m.group(3))) for line in lines if (m := RUN_LINE.match(line.strip()))
        ]

    def count(self) -> int:
        return len(self._runs())

    def since_last(self) -> list[Run]:
        runs = self._runs()
        fresh, self.seen = runs[self.seen :], len(runs)
        return fresh


# In the page from its first byte: when the chart's element and its first drawn SVG appear (ms after
# navigation start), so that first paint is measured by the browser's own clock.
_MARK_CHART = """
window.__chart = {};
new MutationObserver(() => {
  if (!("element" in window.__chart) && document.querySelector('[data-testid="stPlotlyChart"]'))
    window.__chart.element = performance.now();
  if (!("drawn" in window.__chart) && document.querySelector('[data-testid="stPlotlyChart"] .main-svg'))
    window.__chart.drawn = performance.now();
}).observe(document, {subtree: true, childList: true});
"""
_RESOURCES = """() => performance.getEntriesByType("resource").map(e => ({
  name: e.name.split("/").pop(), start: e.startTime, end: e.responseEnd, bytes: e.transferSize}))"""


def settle(page: Page) -> None:
    """Wait until the script has finished and the timeline is drawn."""
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_selector(CHART, timeout=60_000)


def timed(page: Page, log: ServerTimes, action: Callable[[], None]) -> tuple[float, list[Run]]:
    """Browser time from the action until the rerun it caused has ended and the chart is drawn, and the
    server's time for each rerun it caused."""
    log.since_last()
    before = log.count()
    began = time.perf_counter()
    action()
    deadline = time.monotonic() + 30
    while log.count() == before:  # the rerun has not finished on the server yet
        if time.monotonic() > deadline:
            return float("nan"), []  # the action caused no rerun (a click on what was already chosen)
        page.wait_for_timeout(10)
    settle(page)
    return (time.perf_counter() - began) * 1000, log.since_last()


class FirstPaint(NamedTuple):
    wall_ms: float  # from page.goto to the chart's SVG (or the page's end), by the benchmark's clock
    chart_ms: float  # from navigation start to the chart's first SVG, by the page's clock
    element_ms: float  # ... to the chart's element, which appears once plotly's code has loaded and run
    bytes: int
    resources: list[dict[str, Any]]
    main_cpu_ms: float  # the page's main thread CPU time until then: what no load on the machine changes
    script_cpu_ms: float  # ... of which running JavaScript
    browser_cpu_ms: float  # every Chromium process (compiling, compositing, network): NaN when unknown
    server_cpu_ms: float  # the server's process (its static files, the script's run): NaN when unknown


def _cpu_metrics(cdp: CDPSession) -> dict[str, float]:
    return {m["name"]: float(m["value"]) * 1000 for m in cdp.send("Performance.getMetrics")["metrics"]}


def _cpu_s(processes: list[psutil.Process]) -> dict[int, float]:
    """CPU seconds so far of each process, by id."""
    seconds = {}
    for process in processes:
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            seconds[process.pid] = times.user + times.system
    return seconds


def _chromium_processes() -> list[psutil.Process]:
    """This benchmark's Chromium processes (Playwright's driver starts them: they descend from us)."""
    found = []
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "chrom" in process.name():
                found.append(process)
    return found


def _cpu_since(before: dict[int, float], now: dict[int, float]) -> float:
    """CPU ms spent since `before`; a process started since counts whole."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in now.items()) * 1000


def first_paint(
    browser: Browser, url: str, size: tuple[int, int], until: str = CHART, server: int | None = None
) -> FirstPaint:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    context.add_init_script(_MARK_CHART)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable", {"timeDomain": "threadTicks"})  # durations in CPU time
    serving = [psutil.Process(server)] if server else []
    browser_began, server_began = _cpu_s(_chromium_processes()), _cpu_s(serving)
    began = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(until, timeout=60_000)
    if until != CHART:  # a page without the chart: drawn when its script has finished
        page.wait_for_selector(IDLE, timeout=60_000)
    elapsed = (time.perf_counter() - began) * 1000
    browser_cpu = _cpu_since(browser_began, _cpu_s(_chromium_processes()))
    server_cpu = _cpu_since(server_began, _cpu_s(serving)) if server else float("nan")
    cpu = _cpu_metrics(cdp)
    marks = page.evaluate("window.__chart") or {"drawn": float("nan")}
    resources: list[dict[str, Any]] = page.evaluate(_RESOURCES)
    context.close()
    received = sum(int(r["bytes"]) for r in resources)
    return FirstPaint(
        elapsed,
        marks.get("drawn", float("nan")),
        marks.get("element", float("nan")),
        received,
        resources,
        cpu["ThreadTime"],
        cpu["ScriptDuration"],
        browser_cpu,
        server_cpu,
    )


def _chart_mark(page: Page, nth: int = 0) -> tuple[float, float]:
    """The centre of an event's mark inside the main plot area (the nth of the drawn marks there)."""
    box = page.locator(f"{CHART} .nsewdrag").first.bounding_box()
    assert box is not None
    for mark in page.locator(f"{CHART} .scatterlayer .point").all():
        where = mark.bounding_box()
        if where is None:
            continue
        x, y = where["x"] + where["width"] / 2, where["y"] + where["height"] / 2
        if box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"]:
            if nth == 0:
                return x, y
            nth -= 1
    raise SystemExit("no mark to click in the plot area")


class Served(NamedTuple):
    label: str
    url: str
    log: ServerTimes
    pid: int


def measure_first_paint(browser: Browser, servers: list[Served], runs: int) -> None:
    """First paints of new visitors on each server, the servers' visits taken in turn so that each
    sees the same load on the machine."""
    for served in servers:
        first_paint(browser, served.url, (1400, 900))  # warm the server's caches, as after any visitor
        served.log.since_last()
    paints: dict[str, list[FirstPaint]] = {served.label: [] for served in servers}
    loads = []
    for _ in range(runs):
        for served in servers:
            loads.append(os.getloadavg()[0])
            paints[served.label].append(first_paint(browser, served.url, (1400, 900), server=served.pid))
    if len(servers) > 1:
        print(f"{runs} visits to each of {len(servers)} servers in turn, load average {min(loads):.1f}-"
              f"{max(loads):.1f}")  # fmt: skip
    for served in servers:
        _print_first_paints(served, paints[served.label], min(loads), max(loads))


def _print_first_paints(served: Served, paints: list[FirstPaint], low_load: float, high_load: float) -> None:
    server = served.log.since_last()
    charts = [p.chart_ms for p in paints]

    def median(field: str) -> float:
        return float(statistics.median(getattr(p, field) for p in paints))

    print(
        f"[{served.label}] first paint (new visitor, 1400x900, {len(paints)} runs, load average "
        f"{low_load:.1f}-{high_load:.1f}): chart drawn {statistics.median(charts):.0f} ms after navigation "
        f"start (median; {min(charts):.0f}-{max(charts):.0f}; its code run at {median('element_ms'):.0f} "
        f"ms); "
        f"wall {median('wall_ms'):.0f} ms; {paints[0].bytes / 1e6:.1f} MB downloaded; page main thread CPU "
        f"{median('main_cpu_ms'):.0f} ms (JavaScript {median('script_cpu_ms'):.0f} ms); all of Chromium "
        f"{median('browser_cpu_ms'):.0f} ms CPU; server process {median('server_cpu_ms'):.0f} ms CPU, "
        f"its reruns {_ms(server)}"
    )
    for resource in sorted(paints[0].resources, key=lambda r: -int(r["bytes"]))[:5]:
        print(f"    {resource['bytes'] / 1e3:7.0f} kB  {resource['start']:5.0f}-{resource['end']:5.0f} ms  "
              f"{resource['name']}")  # fmt: skip


def measure(browser: Browser, served: Served, screens: Path | None) -> None:
    """The chronology's first paint, then filter changes, clicks and presenter steps."""
    url, log, label = served.url, served.log, served.label
    # The same for a page with no chart (the chronology): the difference is what the chart's code costs.
    try:
        plain = first_paint(browser, f"{url}/chronology", (1400, 900), "h1")  # once: slow on a big table
        print(
            f"[{label}] first paint of the chronology (no chart): wall {plain.wall_ms:.0f} ms; "
            f"{plain.bytes / 1e6:.1f} MB; page main thread CPU {plain.main_cpu_ms:.0f} ms "
            f"(JavaScript {plain.script_cpu_ms:.0f} ms)"
        )
    except PlaywrightTimeout:
        print(f"[{label}] first paint of the chronology (no chart): not finished within 60 s")
    log.since_last()

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(url)
    settle(page)
    if screens:
        page.screenshot(path=str(screens / f"{label}-timeline-1400.png"), full_page=True)

    checkbox = page.get_by_text(re.compile(r"^Contested only")).first
    for name in ("on (new filters)", "off", "on again (cached)", "off"):
        elapsed, server = timed(page, log, checkbox.click)
        print(f"[{label}] filter change (contested only {name}): {elapsed:.0f} ms; server {_ms(server)}")

    if page.get_by_text("too many to draw one by one").count():  # counts per period: a click zooms in
        x, y = _chart_mark(page)
        elapsed, server = timed(page, log, lambda: page.mouse.click(x, y))
        print(f"[{label}] click on a count square (zooms in): {elapsed:.0f} ms; server {_ms(server)}")
    clicks = []
    for nth in (0, 3, 6, 9):  # the first opens the drill-down beside the chart; the others change it
        x, y = _chart_mark(page, nth)
        clicks.append(timed(page, log, functools.partial(page.mouse.click, x, y)))
        if screens and nth == 0:
            page.screenshot(path=str(screens / f"{label}-clicked-1400.png"))
    print(f"[{label}] click on an event: " + ", ".join(f"{c[0]:.0f}" for c in clicks) + " ms; "
          f"server {_ms([run for c in clicks for run in c[1]])}")  # fmt: skip
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(url + "/?present=1")
    settle(page)
    steps = [timed(page, log, lambda: page.keyboard.press("ArrowRight")) for _ in range(6)]
    print(
        f"[{label}] presenter step (arrow key): median {statistics.median(s[0] for s in steps):.0f} ms; "
        f"server {_ms([run for s in steps for run in s[1]])}"
    )
    if screens:
        page.screenshot(path=str(screens / f"{label}-presenter-1280.png"))
    context.close()


def _ms(runs: list[Run]) -> str:
    """Each rerun's wall time on the server, with its CPU time in brackets."""
    if not runs:
        return "no rerun logged"
    return ", ".join(f"{run.wall_ms:.0f} ({run.cpu_ms:.0f})" for run in runs) + " ms"


def main() -> None:
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=0, help="synthetic events (0: the bundled articles)")
    parser.add_argument(
        "--data",
        type=Path,
        help="a data folder already built (pages_scale.py --keep's, say) instead of --events",
    )
    parser.add_argument("--screens", type=Path, help="save screenshots into this folder")
    parser.add_argument("--log", type=Path, help="keep the (first) dashboard's log (its rerun lines) here")
    parser.add_argument("--paints", type=int, default=5, help="first paints measured (median and range)")
    parser.add_argument("--only-paint", action="store_true", help="measure the first paint only")
    parser.add_argument(
        "--entry",
        action="append",
        help="the script streamlit runs (default serve.py; dashboard.py: without serve.py's help); "
        "given more than once, one server each, their first paints measured in turn",
    )
    args = parser.parse_args()
    entries: list[str] = args.entry or ["serve.py"]
    if args.screens:
        args.screens.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as servers:
        if args.data:
            data, label = args.data, args.data.resolve().parent.name
        elif args.events:
            data, label = synthetic_data(Path(folder), args.events), f"{args.events}-events"
        else:
            data, label = bundled_data(Path(folder)), "bundled"
        served = []
        for n, entry in enumerate(entries):
            log_path = Path(folder) / f"streamlit-{n}.log"
            url, process = servers.enter_context(dashboard_process(data, log_path, entry=entry))
            name = label + ("" if entry == "serve.py" else f"-{entry}")
            served.append(Served(name, url, ServerTimes(log_path), process.pid))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            measure_first_paint(browser, served, args.paints)
            if not args.only_paint:
                for one in served:
                    measure(browser, one, args.screens)
            browser.close()
        if args.log:
            shutil.copyfile(served[0].log.log_path, args.log)


if __name__ == "__main__":
    main()
