"""The real thing: `streamlit run serve.py` (as `make run`) driven by Debian's Chromium through Playwright."""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import CAPTURE, CLAIM, DENIAL, ROOT, build_data_dir
from playwright.sync_api import Browser, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from small_corpus import write_corpus

from events.query.exports import render_export
from events.query.printing import CHROMIUM_ARGS, DEFAULT_CHROMIUM
from events.store import load_tables
from events.store.generations import list_versions

CHROMIUM = DEFAULT_CHROMIUM
ARTIFACTS = ROOT / "tests" / "artifacts"
STARTUP_S = 60
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'  # no script run under way

pytestmark = [
    pytest.mark.browser,
    # One worker of `make test`'s pytest-xdist runs them all: one Chromium, one shared server.
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium (`make browser`)"
    ),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def dashboard(data: Path) -> Iterator[str]:
    """A dashboard server on a free localhost port, reading `data`; stopped on leaving."""
    port = free_port()
    log = (data / "streamlit.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "serve.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, "NEWS_TIMELINE_DATA": str(data)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start: {(data / 'streamlit.log').read_text()[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The dashboard on a temporary copy of the test data (read only: no test writes to it)."""
    with dashboard(build_data_dir(tmp_path_factory.mktemp("browser") / "data")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_the_timeline_asks_for_the_charts_code_once_with_its_first_byte(
    app_url: str, browser: Browser
) -> None:
    """serve.py: the chart's modules are asked for with the page (its Link header), not after the script
    ran; the chart's module comes with V8's compile hint and the page imports it early; a page without
    a chart gets none of this. Streamlit's code is gzipped for a browser that accepts it."""
    with urllib.request.urlopen(f"{app_url}/", timeout=10) as reply:
        link = reply.headers.get("Link", "")
        html = reply.read().decode()
    modules = re.findall(r"<\./static/js/([^>]+)>; rel=modulepreload", link)
    assert modules and modules[0].startswith("PlotlyChart.")
    assert f'import("./static/js/{modules[0]}")' in html
    for name in modules:
        with urllib.request.urlopen(f"{app_url}/static/js/{name}", timeout=10) as reply:
            assert reply.status == 200
            code = reply.read()
            assert len(code) == int(reply.headers["Content-Length"])
            assert code.startswith(b"//# allFunctionsCalledOnLoad\n") == (name == modules[0])
        gzipped = urllib.request.Request(f"{app_url}/static/js/{name}", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(gzipped, timeout=10) as reply:
            assert reply.headers["Content-Encoding"] == "gzip"
            assert gzip.decompress(reply.read()) == code
    with urllib.request.urlopen(f"{app_url}/chronology", timeout=10) as reply:
        assert reply.headers.get("Link") is None
        assert "PlotlyChart" not in reply.read().decode()

    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{app_url}/")
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=30_000)
    fetched = page.evaluate(
        """() => performance.getEntriesByType("resource").filter(e => e.name.includes("/PlotlyChart."))
                 .map(e => e.startTime)"""
    )
    navigation = page.evaluate('performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd')
    page.close()
    assert len(fetched) == 1  # the preload is the module the chart imports, not a second download
    assert fetched[0] < navigation  # asked for while Streamlit's own code was loading


def test_a_shared_link_opens_the_drill_down_with_the_events_sources(app_url: str, browser: Browser) -> None:
    query = f"type=capture&type=claim&lanes=country&event={CAPTURE}"
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    page.goto(f"{app_url}/?{query}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Read it in the article")).to_have_count(4, timeout=30_000)

    assert main.get_by_text("Ukraine captures two Chinese nationals fighting for Russia").first.is_visible()
    for outlet in ("Al Jazeera", "NBC News", "Newsmax (AP)"):
        assert main.get_by_text(outlet, exact=True).count() >= 1, outlet
    # (waited for, as the rest: on a loaded machine a fresh-clone CI read an element the run had not yet
    # replaced, "April 8", while the sources above were already drawn)
    expect(main.locator("mark.hl-date").first).to_have_text("on Tuesday", timeout=30_000)
    # (the sidebar may render after the main column: wait for it as for the rest)
    expect(page.get_by_test_id("stSidebar").get_by_text("2 of 9 events shown")).to_be_visible(timeout=30_000)
    # The address is kept exactly as shared (Playwright's page.url misses history.replaceState).
    assert page.evaluate("location.search") == f"?{query}"

    chart = page.get_by_test_id("stPlotlyChart").first
    chart.wait_for()
    page.wait_for_timeout(500)  # let plotly finish drawing
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    chart.screenshot(path=str(ARTIFACTS / "timeline.png"))
    page.screenshot(path=str(ARTIFACTS / "timeline-page.png"), full_page=True)
    page.close()


def test_a_link_from_the_share_box_reopens_the_same_view_in_a_fresh_browser(
    app_url: str, browser: Browser
) -> None:
    first = browser.new_context().new_page()
    first.goto(f"{app_url}/chronology?type=claim&type=denial&order=newest&bogus=1")
    first.get_by_text("This link was opened with some changes").wait_for(timeout=30_000)
    box = first.get_by_test_id("stSidebar").get_by_role("textbox", name="Link to this view")
    # A click while the script still runs can land on an expander that the run then draws again closed (seen
    # on a loaded machine): open it once the run is over, and again if it was redrawn closed.
    for _ in range(3):
        first.locator(SCRIPT_DONE).wait_for(timeout=30_000)
        first.get_by_text("Share this view").click()
        try:
            box.wait_for(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            continue
    # The field is filled once the expander's content is drawn.
    expect(box).to_have_value(
        re.compile(r"/chronology\?type=claim&type=denial&order=newest&v=g-"), timeout=30_000
    )
    shared = box.input_value().strip()

    fresh = browser.new_context().new_page()
    fresh.goto(shared)
    main = fresh.get_by_test_id("stMain")
    links = main.get_by_test_id("stPageLink")
    expect(links).to_have_count(2, timeout=30_000)
    titles = links.all_inner_texts()
    assert [t.split(" · ")[0].split()[-1] for t in titles] == ["DENIAL", "CLAIM"]  # newest first, 2 events
    assert fresh.evaluate("location.pathname + location.search") == shared.split(app_url)[1]


def test_the_share_box_of_the_timeline_gives_its_address_with_its_slash(
    app_url: str, browser: Browser
) -> None:
    """The timeline's link was "http://host:port?type=claim": no "/" before the query, unlike the address
    bar's and every other page's link (a browser mends it; a link checked or compared as text does not)."""
    page = browser.new_context().new_page()
    page.goto(f"{app_url}/?type=claim")
    box = page.get_by_test_id("stSidebar").get_by_role("textbox", name="Link to this view")
    for _ in range(3):  # (as above: a click during a run can land on an expander drawn again closed)
        page.locator(SCRIPT_DONE).wait_for(timeout=30_000)
        page.get_by_text("Share this view").click()
        try:
            box.wait_for(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            continue
    expect(box).to_have_value(re.compile(r"type=claim&v=g-"), timeout=30_000)
    assert box.input_value().startswith(f"{app_url}/?type=claim&v=g-")
    page.context.close()


NEW_ARTICLE = (
    "Latvia summons Belarusian envoy\n\n"
    "Latvia's foreign ministry summoned the Belarusian charge d'affaires on 13 March 2025 over a border "
    "incident, officials in Riga said.\n"
)


def test_an_article_pasted_on_the_add_page_appears_on_the_timeline(tmp_path: Path, browser: Browser) -> None:
    data = write_corpus(tmp_path / "data")
    before = list_versions(data)[0].generation
    with dashboard(data) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1400})
        page.goto(f"{url}/add")
        main = page.get_by_test_id("stMain")
        main.get_by_role("textbox", name="Article text").fill(NEW_ARTICLE)
        main.get_by_role("textbox", name="Outlet (optional)").fill("Baltic Times")
        main.get_by_role("textbox", name="Publication date (optional)").fill("2025-03-14")
        main.get_by_role("button", name="Preview the events").click()
        expect(main.get_by_text("1 new, 0 already reported")).to_be_visible(timeout=30_000)
        main.get_by_role("button", name="Save the article").click()
        expect(main.get_by_text("Saved “Latvia summons Belarusian envoy”")).to_be_visible(timeout=60_000)
        link = main.get_by_test_id("stPageLink").filter(has_text="13 Mar 2025").get_by_role("link")
        event_id = parse_qs(urlsplit(link.get_attribute("href") or "").query)["event"][0]

        main.get_by_text("See the timeline").click()
        chart = page.get_by_test_id("stPlotlyChart").first
        chart.wait_for(timeout=30_000)
        total = len(load_tables(data).events)
        expect(
            page.get_by_test_id("stSidebar").get_by_text(f"{total} of {total} events shown")
        ).to_be_visible()
        drawn = page.wait_for_function(
            "id => [...document.querySelectorAll('.js-plotly-plot')].some(plot => (plot.data || [])"
            ".some(trace => (trace.customdata || []).some(custom => custom && custom[0] === id)))",
            arg=event_id,
            timeout=30_000,
        )
        assert drawn.json_value()
        page.goto(f"{url}/?event={event_id}")
        expect(page.get_by_test_id("stMain").get_by_text("Baltic Times").first).to_be_visible(timeout=30_000)

        # A link shared before the add still shows the data it was made on, and says newer data exists.
        page.goto(f"{url}/chronology?v={before}")
        pinned = page.get_by_test_id("stMain")
        expect(pinned.get_by_text("You are seeing the data as of")).to_be_visible(timeout=30_000)
        expect(pinned.get_by_text("Newer data exists", exact=False)).to_be_visible()
        expect(pinned.get_by_test_id("stPageLink").filter(has_text="Latvia")).to_have_count(0)

        page.goto(f"{url}/since")
        since = page.get_by_test_id("stMain")
        expect(since.get_by_text("New events (1)")).to_be_visible(timeout=30_000)
        expect(since.get_by_test_id("stPageLink").filter(has_text="Latvia")).to_have_count(1)
        page.close()


def test_event_titles_are_written_on_the_timeline_without_hovering(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app_url)
    page.locator('[data-testid="stPlotlyChart"] .textpoint text').first.wait_for(timeout=30_000)
    written = page.locator('[data-testid="stPlotlyChart"] .textpoint text').all_text_contents()
    assert any(text.startswith("Ukraine captures") for text in written)
    page.close()


def test_a_review_walk_accept_reject_fix_shows_in_the_chronology_after_a_rebuild(
    tmp_path: Path, browser: Browser
) -> None:
    data = write_corpus(tmp_path / "data")
    with dashboard(data) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1400})
        page.goto(f"{url}/review")
        main = page.get_by_test_id("stMain")
        main.get_by_role("textbox", name="Your name").fill("Ana")
        main.get_by_role("textbox", name="Your name").press("Enter")
        expect(main.get_by_text("Type your name before making a correction")).to_have_count(0, timeout=30_000)
        cards = main.locator("[class*='st-key-review-ev-']")
        cards.first.wait_for(timeout=30_000)

        def settle() -> None:
            # A decision reruns the page. Until that run ends, the place of the card that left can show the
            # next card's frame around the old card's widgets: Streamlit keeps a container's children when
            # one of the same kind is drawn in its place, until the new ones arrive (0.5 s seen on an idle
            # machine). Read or press a card only once the run is over: else the fix goes into the form of
            # the card just rejected, and the card shown stays in the queue.
            page.locator(SCRIPT_DONE).wait_for(timeout=30_000)

        settle()

        def card_id(index: int) -> str:
            name = next(
                c for c in (cards.nth(index).get_attribute("class") or "").split() if "review-ev-" in c
            )
            return name.removeprefix("st-key-review-")

        accepted = card_id(0)
        cards.first.get_by_role("button", name="Accept").click()
        expect(main.locator(f".st-key-review-{accepted}")).to_have_count(0, timeout=30_000)
        settle()
        rejected = card_id(0)
        cards.first.get_by_role("button", name="Reject").click()
        expect(main.locator(f".st-key-review-{rejected}")).to_have_count(0, timeout=30_000)
        settle()
        fixed = card_id(0)
        cards.first.get_by_text("Fix the date or type").click()
        for name in ("First day", "Last day"):
            day = cards.first.get_by_test_id("stDateInput").filter(has_text=name).locator("input").first
            day.fill("2025-03-03")
            day.press("Enter")  # the dates are in a form: they reach the server with its submit, no rerun
            expect(day).to_have_value(re.compile(r"2025.03.03"))
        cards.first.get_by_role("button", name="Save the fix and accept").click()
        expect(main.locator(f".st-key-review-{fixed}")).to_have_count(0, timeout=30_000)

        subprocess.run([sys.executable, "-m", "events", "build", "--data", str(data)], cwd=ROOT, check=True)
        events = load_tables(data).events.set_index("event_id")
        assert rejected not in events.index
        assert bool(events.loc[accepted, "reviewed"]) and bool(events.loc[fixed, "reviewed"])
        assert str(events.loc[fixed, "date"].date()) == "2025-03-03"
        page.goto(f"{url}/chronology")
        chronology = page.get_by_test_id("stMain")
        expect(chronology.get_by_text("Mon 3 Mar 2025")).to_be_visible(timeout=30_000)
        expect(chronology.get_by_text("✓ reviewed")).to_have_count(2)
        page.close()


def test_no_page_and_no_export_asks_an_outside_host_for_anything(
    app_url: str, browser: Browser, tmp_path: Path
) -> None:
    """As on a network with no way out: every request not to this machine is refused and recorded."""
    outside: list[str] = []

    def only_local(route: Any) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "file:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route("**/*", only_local)
    for path in (
        "/",
        "/event",
        "/chronology",
        "/article",
        "/actors",
        "/claims",
        "/exports",
        "/add",
        "/curate",
    ):
        page.goto(f"{app_url}{path}")
        page.get_by_test_id("stMain").get_by_role("heading").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    icons = page.evaluate(
        "() => Array.from(document.fonts).filter(f => f.family.includes('Material')).map(f => f.status)"
    )
    assert "loaded" in icons  # the icons are drawn from the bundled font
    assert page.evaluate("document.querySelector('link[rel~=icon]').href").startswith(("data:", "http://127"))
    exported = tmp_path / "events.html"
    exported.write_bytes(render_export(load_tables(build_data_dir(tmp_path / "data")), "html"))
    page.goto(exported.as_uri())
    page.wait_for_timeout(500)
    page.close()
    assert outside == []


_TITLES_PAST_THE_EDGE = """() => {
  const out = [];
  for (const chart of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    const plot = chart.querySelector('.nsewdrag').getBoundingClientRect();
    for (const text of chart.querySelectorAll('.scatterlayer .textpoint text')) {
      const box = text.getBoundingClientRect();
      const inside = box.top >= plot.top && box.bottom <= plot.bottom && box.left < plot.right;
      if (box.width > 0 && inside && box.right > plot.right + 1) out.push(text.textContent);
    }
  }
  return out;
}"""


@pytest.mark.parametrize("query", ["", f"?event={CAPTURE}", "?present=1&step=3"])
def test_no_title_runs_past_the_charts_right_edge_on_a_1280_screen(
    app_url: str, browser: Browser, query: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{app_url}/{query}")
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=30_000)
    page.wait_for_selector(SCRIPT_DONE)
    page.wait_for_timeout(500)  # let plotly finish drawing
    cut = page.evaluate(_TITLES_PAST_THE_EDGE)
    page.close()
    assert cut == []  # the plot would cut these off mid-word


def test_key_dates_chosen_by_clicks_reopen_from_their_link_and_lead_to_the_cited_sentence(
    app_url: str, browser: Browser
) -> None:
    """A briefing officer's path: Key dates, two days, newest first; the address reopens exactly that in
    a fresh browser, and a day's sentence leads to its article with the sentence marked."""
    first = browser.new_context().new_page()
    first.goto(f"{app_url}/chronology")
    main = first.get_by_test_id("stMain")
    first.locator(SCRIPT_DONE).wait_for(timeout=30_000)
    main.get_by_text("Key dates", exact=True).click()
    days = main.get_by_role("spinbutton", name="How many days")
    days.wait_for(timeout=30_000)
    first.locator(SCRIPT_DONE).wait_for(timeout=30_000)
    days.fill("2")
    days.press("Enter")
    expect(main.locator("h3")).to_have_count(2, timeout=30_000)
    first.locator(SCRIPT_DONE).wait_for(timeout=30_000)
    main.get_by_text("Newest first", exact=True).click()
    for _ in range(60):  # the address follows the run that the click started
        if "order=newest" in first.evaluate("location.search"):
            break
        first.wait_for_timeout(500)
    first.locator(SCRIPT_DONE).wait_for(timeout=30_000)
    address = first.evaluate("location.pathname + location.search")
    assert set(urlsplit(address).query.split("&")) >= {"mode=keydates", "days=2", "order=newest"}
    shown = main.locator("h3").all_inner_texts()

    fresh = browser.new_context().new_page()
    fresh.goto(f"{app_url}{address}")
    again = fresh.get_by_test_id("stMain")
    expect(again.locator("h3")).to_have_count(2, timeout=30_000)
    assert again.locator("h3").all_inner_texts() == shown
    assert fresh.evaluate("location.pathname + location.search") == address
    fresh.locator(SCRIPT_DONE).wait_for(timeout=30_000)
    again.get_by_text("Read it in the article").first.click()
    expect(again.locator("mark").first).to_be_visible(timeout=30_000)
    assert fresh.evaluate("location.pathname") == "/article"
    assert "cite=" in fresh.evaluate("location.search")
    first.context.close()
    fresh.context.close()


def test_a_claims_link_to_its_denial_moves_the_address_bar_to_the_denial(
    app_url: str, browser: Browser
) -> None:
    """A presenter's path: from a claim's drill-down to the denial that answers it (a link to the page it is
    on). The page showed the denial while the address bar kept the claim, so a copied address opened the
    claim."""
    page = browser.new_context().new_page()
    page.goto(f"{app_url}/event?event={CLAIM}")
    main = page.get_by_test_id("stMain")
    link = main.get_by_test_id("stPageLink").filter(has_text="denial:")
    link.first.wait_for(timeout=30_000)
    page.locator(SCRIPT_DONE).wait_for(timeout=30_000)
    link.first.click()
    expect(main.get_by_text("Answers these claims")).to_be_visible(timeout=30_000)
    for _ in range(20):  # the address follows the run that the click started
        if DENIAL in page.evaluate("location.search"):
            break
        page.wait_for_timeout(500)
    assert page.evaluate("location.search") == f"?event={DENIAL}"
    page.context.close()
