"""The printable briefing: HTML with a page per day, printed to PDF by Chromium and read back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import CAPTURE, CLAIM, DENIAL, EVIL_TITLE
from pypdf import PdfReader

from events.query.filters import Filters, apply_filters
from events.query.printing import PrintError, briefing_html, print_pdf
from events.schema import Tables

CHROMIUM = Path("/usr/bin/chromium")


def titles(tables: Tables, *event_ids: str) -> list[str]:
    events = tables.events.set_index("event_id")
    return [str(events.loc[event_id, "title"]) for event_id in event_ids]


def test_each_day_starts_a_page_and_article_markup_stays_text(tables: Tables) -> None:
    page = briefing_html(tables, "Monday briefing")
    assert page.count('<section class="day">') == page.count("<h2>") >= 3
    assert "break-before:page" in page
    assert "<script>" not in page and "&lt;script&gt;" in page  # the hostile title, escaped
    assert EVIL_TITLE not in page


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium")
def test_the_printed_pdf_holds_the_filtered_titles_a_day_per_page(tables: Tables) -> None:
    shown = apply_filters(tables, Filters(types=("capture", "claim", "denial")))
    pdf = PdfReader(io.BytesIO(print_pdf(briefing_html(shown, "Claims and captures"))))
    pages = [" ".join(page.extract_text().split()) for page in pdf.pages]
    days = shown.events["date"].dt.normalize().nunique()
    assert len(pages) >= days
    assert pages[0].startswith("Claims and captures")
    for title in titles(tables, CAPTURE, CLAIM, DENIAL):
        assert sum(" ".join(title.split()) in page for page in pages) == 1


def test_without_chromium_printing_says_what_is_needed(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="needs Chromium"):
        print_pdf("<p>x</p>", tmp_path / "no-chromium")
