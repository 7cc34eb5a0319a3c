"""Named holidays read as their day in the year the tense points to, and a day named inside a quotation
("yesterday", "today") counted from the day its attribution says the words were spoken."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates

WED = dt.date(2025, 6, 11)


def _dated(text: str, published: dt.date = WED) -> list[tuple[str, str, str]]:
    return [(m.text, m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the United States' federal holidays fixed to a weekday of a month
        ("Parades filled the streets on Memorial Day.", ("Memorial Day", "2025-05-26", "2025-05-26")),
        ("The strike began on Labor Day.", ("Labor Day", "2024-09-02", "2024-09-02")),
        ("The senator will speak after Thanksgiving.", ("Thanksgiving", "2025-11-27", "2025-11-27")),
        ("Fireworks lit the harbour on Independence Day.", ("Independence Day", "2024-07-04", "2024-07-04")),
        (
            "She will address the rally on Martin Luther King Jr. Day.",
            ("Martin Luther King Jr. Day", "2026-01-19", "2026-01-19"),
        ),
        # the feasts counted from Easter
        ("Pilgrims walked to the shrine on Good Friday.", ("Good Friday", "2025-04-18", "2025-04-18")),
        ("The ferry sank on Easter Monday.", ("Easter Monday", "2025-04-21", "2025-04-21")),
        ("Easter 2012 was the coldest on record.", ("Easter 2012", "2012-04-08", "2012-04-08")),
        ("Easter of 2009 was the coldest on record.", ("Easter of 2009", "2009-04-12", "2009-04-12")),
        # a day counted from the holiday
        (
            "It was the day before Thanksgiving in 2011 when the barn burned.",
            ("the day before Thanksgiving in 2011", "2011-11-23", "2011-11-23"),
        ),
        ("Shops reopened the day after Christmas.", ("the day after Christmas", "2024-12-26", "2024-12-26")),
        # the long weekend a holiday names
        (
            "Traffic jammed the highways over the Memorial Day weekend.",
            ("Memorial Day weekend", "2025-05-24", "2025-05-26"),
        ),
        ("The talks stalled over the Easter weekend.", ("Easter weekend", "2025-04-18", "2025-04-21")),
    ],
)
def test_a_named_holiday_is_its_day_in_the_year_the_tense_points_to(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _dated(text) == [expected]


def test_good_friday_is_the_feast_not_the_coming_friday() -> None:
    # (in a Wednesday 11 June article a bare "Friday" would be 13 June)
    assert _dated("Crowds gathered for Good Friday prayers.") == [("Good Friday", "2025-04-18", "2025-04-18")]


def test_a_holiday_days_ahead_of_publication_is_this_years() -> None:
    # published nine days before Good Friday 2025: the one just ahead, as a bare "April 18" would be
    assert _dated("Crowds gathered in the square on Good Friday.", dt.date(2025, 4, 9)) == [
        ("Good Friday", "2025-04-18", "2025-04-18")
    ]


def test_a_holiday_told_in_the_future_days_before_it_falls_is_this_years() -> None:
    assert _dated("Crowds will gather in the square on Good Friday.", dt.date(2025, 4, 9)) == [
        ("Good Friday", "2025-04-18", "2025-04-18")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tourists flew to Easter Island.",
        "The Easter Rising inspired the poem.",
        "Easter eggs sold out across the town.",
        "Vendors began Thanksgiving deliveries.",
        # the days off around a holiday, a span the text does not give
        "A pupil who visited Spain during the Easter holidays fell ill.",
        "Lawmakers left for the Thanksgiving recess.",
        # another country's national day: its date differs from the United States'
        "Ghana's Independence Day parade was cancelled.",
        "Mexican Independence Day celebrations were muted.",
        "Canadian Thanksgiving fell early that year.",
        "Protesters marched on the country's Labor Day.",
    ],
)
def test_a_holiday_word_in_another_name_or_another_countrys_day_gives_no_date(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We found him yesterday," the officer said on Monday.', ("yesterday", "2025-06-08")),
        (
            "“The bridge will reopen tomorrow,” the mayor told reporters on Monday.",
            ("tomorrow", "2025-06-10"),
        ),
        ('"Talks resume today," she said Monday.', ("today", "2025-06-09")),
        (
            '"Shots rang out last night," a farmer told Reuters by telephone on Monday.',
            ("last night", "2025-06-08"),
        ),
        # the quotation may run over several sentences before its speaker is named
        ('"We found him yesterday. He was alive," said the officer on Monday.', ("yesterday", "2025-06-08")),
    ],
)
def test_a_day_named_in_a_quotation_counts_from_the_day_it_was_said(
    text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], expected[1]) in [(m.text, m.date_start.isoformat()) for m in find_dates(text, WED)]


@pytest.mark.parametrize(
    "text",
    [
        # no day of saying
        '"We found him yesterday," the officer said.',
        # the later date belongs to another act the attribution goes on to tell
        '"We found him yesterday," the officer said, adding that a search on Monday had failed.',
        # not inside a quotation
        "The officer said the boy was found yesterday, and police closed the case on Monday.",
    ],
)
def test_a_day_named_without_a_dated_attribution_counts_from_publication(text: str) -> None:
    assert ("yesterday", "2025-06-10") in [(m.text, m.date_start.isoformat()) for m in find_dates(text, WED)]


def test_a_holiday_weekend_under_way_on_publication_is_that_weekend() -> None:
    # a report of Memorial Day 2025 (Monday 26 May): "would" does not push it to the next year's
    assert _dated("The marina would be busy during the long Memorial Day weekend.", dt.date(2025, 5, 26)) == [
        ("Memorial Day weekend", "2025-05-24", "2025-05-26")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The marina would normally be busy during the long Memorial Day weekend.",
        "Shops in the old town usually close on Good Friday.",
        "Every year the club holds a race on Labor Day.",
    ],
)
def test_a_holiday_in_a_clause_of_what_happens_as_a_rule_gives_no_date(text: str) -> None:
    assert find_dates(text, WED) == []
