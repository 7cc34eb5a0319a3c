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
