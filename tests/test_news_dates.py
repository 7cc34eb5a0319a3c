"""How a report's wording dates what it tells: remarks and acts in the present perfect as the report's
news, recurring days that are no date, and which report's date an event keeps. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article


def build(*reports: tuple[dt.date, str]) -> list[tuple[str, str, str, str]]:
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
            strict=True,
        )
    )


def test_remarks_told_in_the_present_perfect_below_the_lead_are_the_days_news() -> None:
    found = build(
        (
            dt.date(2026, 3, 12),
            "Floodwaters reached the centre of Tamale on Tuesday, forcing thousands from their homes.\n\n"
            "Rescue boats were sent to the northern districts on Wednesday.\n\n"
            "The Ghanaian military has defended its handling of the evacuation, saying crews reached "
            "every district within hours.",
        )
    )
    speech = [(f[1], f[2]) for f in found if f[0] in ("statement", "claim", "denial")]
    assert speech == [("2026-03-12", "2026-03-12")]


def test_a_weekday_that_recurs_is_no_date() -> None:
    from events.extract.dates import find_dates

    wed = dt.date(2026, 3, 11)
    assert (
        find_dates("Its results, normally published on the last Tuesday of the month, are late.", wed) == []
    )
    assert find_dates("The committee meets every Monday to hear the claims.", wed) == []
    # "Monday of last week" is still a day
    [day] = find_dates("The strike began on Monday of last week.", wed)
    assert (day.date_start, day.date_end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 2))
