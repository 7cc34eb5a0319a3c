"""A year written once serves every date joined to it ("in March and August 2006"): the dates before it
take its year instead of the nearest one before the article. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates

PUBLISHED = dt.date(2010, 5, 30)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Strikes in March and August 2006 closed the two mills.", dt.date(2006, 3, 1)),
        ("The two ballots, on May 3 and June 5, 2009, were annulled by the court.", dt.date(2009, 5, 3)),
        ("Talks ran from December to January 2007 without a deal.", dt.date(2006, 12, 1)),
        ("Between 20 July and 2 August 2008 the port was shut.", dt.date(2008, 7, 20)),
        ("The floods of October or November 1998 destroyed the bridge.", dt.date(1998, 10, 1)),
    ],
)
def test_a_date_without_its_year_takes_the_year_written_after_it(sentence: str, first: dt.date) -> None:
    found = find_dates(sentence, PUBLISHED)
    assert found[0].date_start == first
    assert "takes the year of" in found[0].reason or found[0].date_start.year != PUBLISHED.year


def test_dates_of_separate_clauses_keep_their_own_years() -> None:
    found = find_dates("Floods in March and a drought in August 2009 hit the farms.", PUBLISHED)
    assert [d.date_start for d in found] == [dt.date(2010, 3, 1), dt.date(2009, 8, 1)]


def test_a_chronology_updated_after_its_page_date_keeps_its_order() -> None:
    page = (
        "How the dispute unfolded\n\n3 May: The union calls a strike at the port.\n\n"
        "20 May: Talks collapse.\n\n9 June: The port reopens under a court order.\n\n"
        "28 September: Both sides sign a deal."
    )
    found = find_dates(page, dt.date(2031, 5, 25))
    assert [d.date_start for d in found] == [
        dt.date(2031, 5, 3),
        dt.date(2031, 5, 20),
        dt.date(2031, 6, 9),
        dt.date(2031, 9, 28),
    ]
    assert "follows the chronology's entry above it" in found[-1].reason


def test_a_chronology_told_newest_first_keeps_its_years() -> None:
    page = (
        "Key dates\n\n20 May: Talks collapse.\n\n3 May: The union calls a strike.\n\n"
        "28 September: A first walkout at the port."
    )
    found = find_dates(page, dt.date(2031, 5, 25))
    assert [d.date_start.year for d in found] == [2031, 2031, 2030]
    assert not any("chronology" in d.reason for d in found)


def test_a_chronology_entry_whose_clause_looks_ahead_stays_in_the_run() -> None:
    page = (
        "Timeline\n\nMarch 2 - The union calls a strike at the port.\n\nMarch 9 - Talks collapse.\n\n"
        "March 12 - The board approves a plan to have mediators meet both sides.\n\n"
        "March 20 - The port reopens."
    )
    found = find_dates(page, dt.date(2031, 4, 1))
    assert [d.date_start for d in found] == [
        dt.date(2031, 3, 2),
        dt.date(2031, 3, 9),
        dt.date(2031, 3, 12),
        dt.date(2031, 3, 20),
    ]
