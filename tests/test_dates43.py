"""Dates of the forty-third session: which time expression dates which clause (issue 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates

TUE = dt.date(2024, 3, 12)  # Tuesday 12 March 2024


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Over the next week the ministry will open three new clinics.", dt.date(2024, 3, 19)),
        ("Within the next week, engineers are to test the pumps.", dt.date(2024, 3, 19)),
        ("During the coming week the ferry company will add two sailings.", dt.date(2024, 3, 19)),
        ("A ruling is expected in the next week or two.", dt.date(2024, 3, 26)),
        ("Over the next month the council will repave the square.", dt.date(2024, 4, 12)),
    ],
)
def test_the_next_week_after_a_preposition_is_the_stretch_from_the_report(text: str, end: dt.date) -> None:
    (found,) = find_dates(text, TUE)
    assert (found.date_start, found.date_end) == (TUE, end)
    assert "the stretch from its day" in found.reason


def test_next_week_alone_is_still_the_calendar_week() -> None:
    (found,) = find_dates("The vote is scheduled for next week.", TUE)
    assert (found.date_start, found.date_end) == (dt.date(2024, 3, 18), dt.date(2024, 3, 24))


def test_the_next_week_told_in_the_past_is_no_date_of_the_report() -> None:
    text = "Over the next week, volunteers pulled 40 people from the mud."
    assert find_dates(text, TUE) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The senator called for calm in a speech to the assembly in February.", dt.date(2024, 2, 1)),
        ("She urged restraint during her tour of the northern towns in January.", dt.date(2024, 1, 1)),
        ("The mayor called for new elections in a statement on Saturday.", dt.date(2024, 3, 9)),
        ("The bishop urged donors at a rally on Sunday to give more.", dt.date(2024, 3, 10)),
    ],
)
def test_a_call_made_at_an_occasion_is_dated_by_the_occasion(text: str, start: dt.date) -> None:
    (found,) = find_dates(text, TUE)
    assert found.date_start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The senator called for new elections in February.", dt.date(2025, 2, 1)),
        ("The union called for a meeting on Friday.", dt.date(2024, 3, 15)),
    ],
)
def test_what_is_called_for_stays_ahead_without_an_occasion(text: str, start: dt.date) -> None:
    (found,) = find_dates(text, TUE)
    assert found.date_start == start
