"""Build the event table of a few one-paragraph reports, each with its own publication day and outlet,
for tests that read how a report's wording dates and merges what it tells."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article


def build_reports(*reports: tuple[dt.date, str]) -> list[tuple[str, str, str, str, int]]:
    """(type, date, date_end, title, number of sources) of each event, sorted."""
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=published, outlet=f"Outlet {i}"))
        for i, (published, text) in enumerate(reports)
    )
    events = build_tables(Corpus(articles=articles)).events
    return sorted(
        zip(
            events["event_type"],
            events["date"].dt.strftime("%Y-%m-%d"),
            events["date_end"].dt.strftime("%Y-%m-%d"),
            events["title"],
            events["n_sources"],
            strict=True,
        )
    )


MONDAY = dt.date(2026, 3, 9)


def build_monday_reports(*texts: str) -> list[tuple[str, str, int]]:
    """(type, date, number of sources) of each event of reports all published on one Monday, sorted."""
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=MONDAY, outlet=f"Outlet {i}"))
        for i, text in enumerate(texts)
    )
    events = build_tables(Corpus(articles=articles)).events
    return sorted(
        zip(events["event_type"], events["date"].dt.strftime("%Y-%m-%d"), events["n_sources"], strict=True)
    )
