"""A printable briefing: the (filtered) chronology as a PDF, one day per page, printed by Chromium.

The page is plain HTML with inline CSS and no scripts (article text in it stays inert); Chromium's own
print-to-PDF (driven through Playwright) lays it out, so what is printed is what a browser shows.
Chromium is found at NEWS_TIMELINE_CHROMIUM or /usr/bin/chromium (Debian's package).
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from events.errors import EventsError
from events.query.exports import ExportOrigin, day_rows
from events.query.figures import TYPE_STYLES
from events.query.filters import outlet_labels
from events.query.labels import (
    CONTESTED_LABEL,
    countries_label,
    day_label,
    outlets_line,
    sources_label,
    split_outlets,
)
from events.schema import Tables, split_list

CHROMIUM_ENV = "NEWS_TIMELINE_CHROMIUM"
DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_CSS = """
@page{size:A4;margin:18mm 16mm}
body{font:11pt/1.45 "DejaVu Sans",system-ui,sans-serif;color:#111;margin:0;font-variant-ligatures:none}
h1{font-size:18pt;margin:0 0 .3rem 0}.lead{color:#444;margin:0 0 1rem 0}
section.day{break-before:page}section.day:first-of-type{break-before:auto}
h2{font-size:14pt;border-bottom:2px solid #333;padding-bottom:.15rem;margin:0 0 .6rem 0}
.event{margin:0 0 .7rem 0;padding-left:.6rem;border-left:5px solid #999;break-inside:avoid}
.type{font-size:8.5pt;text-transform:uppercase;letter-spacing:.04em;font-weight:700}
.title{font-weight:700}.meta{color:#333;font-size:9.5pt}
.mark{font-size:8.5pt;border:1px solid #333;border-radius:3px;padding:0 .3rem;margin-left:.3rem}
"""


class PrintError(EventsError):
    """The PDF could not be printed (no Chromium, or it failed)."""


def briefing_html(tables: Tables, title: str = "Briefing", origin: ExportOrigin | None = None) -> str:
    """The chronology as a printable page: a heading, then one section (and page) per day.

    Each event's countries are printed as the drill-down words them ("China, from where the report is
    set" when no sentence names one); give the tables through `filters.countries_as_read` for only the
    countries the reports name. `origin`: the filters and data version that made it, printed under the
    lead, so that a printout read later still says what it covers."""
    events = tables.events
    outlets = outlet_labels(tables.sources)
    lead = f"{len(events)} events"
    if not events.empty:
        first, last = day_label(events["date"].min()), day_label(events["date_end"].max())
        newest = origin is not None and origin.newest_first
        lead += f", {last} back to {first}, newest first" if newest else f", {first} to {last}"
    body = [f"<h1>{html.escape(title)}</h1>", f'<p class="lead">{html.escape(lead)}.</p>']
    if origin is not None:
        said = [(what, value) for what, value in origin.rows(len(events)) if what != "events"]
        body.append(
            '<p class="meta">'
            + " · ".join(f"{html.escape(what.capitalize())}: {html.escape(value)}" for what, value in said)
            + "</p>"
        )
    # In the order of the page that made it (the chronology's newest first), as its link reopens it.
    newest_first = origin is not None and origin.newest_first
    for label, rows in day_rows(events, newest_first=newest_first):
        body.append(f'<section class="day"><h2>{html.escape(label)}</h2>')
        for row in rows:
            colour = TYPE_STYLES.get(row.event_type, TYPE_STYLES["other"]).color
            names = outlets_line(*split_outlets(split_list(row.sources), outlets))
            marks = "".join(
                f'<span class="mark">{word}</span>'
                for word, shown in ((CONTESTED_LABEL, row.contested), ("reviewed", row.reviewed))
                if shown
            )
            reason = f" · date: {html.escape(row.date_reason)}" if row.date_reason else ""
            countries = countries_label(split_list(row.countries), row.country_basis, codes=False)
            where = f'<div class="meta">Countries: {html.escape(countries)}</div>' if countries else ""
            body.append(
                f'<div class="event" style="border-left-color:{colour}">'
                f'<div class="type">{html.escape(row.event_type)}{marks}</div>'
                f'<div class="title">{html.escape(row.title)}</div>'
                f'<div class="meta">{html.escape(row.when)}{reason}</div>'
                f'<div class="meta">{sources_label(row.n_sources)}: {html.escape(names)}</div>{where}</div>'
            )
        body.append("</section>")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def chromium_path() -> Path:
    return Path(os.environ.get(CHROMIUM_ENV, str(DEFAULT_CHROMIUM)))


def print_pdf(page_html: str, chromium: Path | None = None) -> bytes:
    """The page printed to an A4 PDF by Chromium (with background colours, as on screen)."""
    browser_path = chromium or chromium_path()
    if not browser_path.exists():
        raise PrintError(
            f"Printing to PDF needs Chromium at {browser_path} (Debian: apt-get install chromium, or set "
            f"{CHROMIUM_ENV}); the HTML briefing can be printed from any browser instead."
        )
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(browser_path), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.set_content(page_html, wait_until="load")
                pdf: bytes = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
            finally:
                browser.close()
    except Error as error:
        raise PrintError(f"Chromium could not print the briefing: {error}") from error
    return pdf
