"""A tournament named with "Open" is no timetable's present ("won the French Open on Sunday" is behind), and a
deadline told with "is" that a clause after "but" or "yet" tells was met or missed has come. All sentences
are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates

WEDNESDAY = dt.date(2026, 7, 8)


def _dates(text: str) -> list[tuple[dt.date, str]]:
    return [(m.date_start, m.tense) for m in find_dates(text, WEDNESDAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Spaniard won the French Open on Sunday.", dt.date(2026, 7, 5)),
        ("She reached the quarter-finals of the Australian Open on Monday.", dt.date(2026, 7, 6)),
        ("He led the Scottish Open on Friday after a round of 64.", dt.date(2026, 7, 3)),
        ("Rain halted play at the Italian Open on Tuesday.", dt.date(2026, 7, 7)),
        ("The golfer withdrew from the Canadian Open on Sunday with a sore wrist.", dt.date(2026, 7, 5)),
    ],
)
def test_a_capitalised_open_in_a_tournaments_name_is_no_verb(text: str, day: dt.date) -> None:
    assert _dates(text) == [(day, "past")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Applications open on Monday, the council said.", dt.date(2026, 7, 13)),
        ("The new wing opens on Friday.", dt.date(2026, 7, 10)),
        ("Schools reopen on Monday after the floods.", dt.date(2026, 7, 13)),
        ("Polls open at 7 a.m. Sunday.", dt.date(2026, 7, 12)),
        ("Entries close on Friday, the organisers said.", dt.date(2026, 7, 10)),
    ],
)
def test_a_timetables_open_in_lower_case_stays_ahead(text: str, day: dt.date) -> None:
    assert _dates(text) == [(day, "future")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The deadline is on Tuesday, but few firms met it, the regulator said.", dt.date(2026, 7, 7)),
        ("The deadline is on Monday, yet most councils missed it.", dt.date(2026, 7, 6)),
        ("The filing deadline is on Tuesday, but it passed without a single bid.", dt.date(2026, 7, 7)),
    ],
)
def test_a_deadline_told_as_met_or_missed_is_behind(text: str, day: dt.date) -> None:
    assert _dates(text) == [(day, "past")]


@pytest.mark.parametrize(
    "text",
    [
        "The deadline is on Friday, the regulator said.",
        "The deadline is on Friday, but officials said it could slip.",
        "The deadline is on Friday, but firms have met it already.",
        "The final is on Friday, but the coach named his side early.",
    ],
)
def test_a_deadline_or_fixture_not_told_as_met_stays_ahead(text: str) -> None:
    assert _dates(text) == [(dt.date(2026, 7, 10), "future")]
