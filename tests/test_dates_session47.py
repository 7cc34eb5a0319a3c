"""The forty-seventh session's dating rules, checked on the events a report builds: a date that closes a
phrase of comparison across a decimal figure ("compared with $3.4bn a year ago") dates the figure compared,
not the act; "the Thursday before last" is a week before the last Thursday and "the week before last" the week
before the one "last week" names; "earlier this week" in a Monday paper (earlier this month on the 1st) is
the week or month just ended. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports


def _days(text: str, published: str) -> list[tuple[str, str, str]]:
    """(first words of the title, date, date_end) of each event a report of `text` builds."""
    built = build_reports((dt.date.fromisoformat(published), text))
    return sorted((title[:24], day, end) for _kind, day, end, title, _n in built)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the only date is the compared figure's: the act falls back to the report's day, not the year before
        (
            "The new levy cut the insurer's quarterly profit to $2.1bn, compared with $3.4bn a year ago.",
            "2026-11-03",
            "2026-11-03",
        ),
        (
            "The airline's quarterly revenue climbed to $4.7bn, up from $4.2bn in the same period last year.",
            "2026-11-05",
            "2026-11-05",
        ),
        # the act's own day stays; the month compared is not taken
        (
            "Unemployment in the region rose to 6.2% on Tuesday, up from 5.8% in March.",
            "2026-11-05",
            "2026-11-03",
        ),
        # a decimal figure outside any comparison leaves its date alone
        ("The team scored 2.5 goals a game in October, the coach said.", "2026-11-04", "2026-10-01"),
    ],
)
def test_a_date_closing_a_comparison_across_a_decimal_figure_does_not_date_the_act(
    text: str, published: str, day: str
) -> None:
    assert [start for _title, start, _end in _days(text, published)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a span of time, a yardstick of no date, a fixture: nothing compared, the date is the act's
        (
            "Voters queued for more than an hour at polling stations in the capital on Tuesday as turnout"
            " surged.",
            "2026-11-05",
            "2026-11-03",
        ),
        (
            "Firefighters battled the blaze for more than a week in August before it was contained.",
            "2026-10-15",
            "2026-08-01",
        ),
        (
            "The retailer reported stronger than forecast half-year sales on Tuesday, sending its shares up"
            " 8%.",
            "2026-11-05",
            "2026-11-03",
        ),
        (
            "Turnout was higher than usual at polling stations in the north on Sunday, officials said.",
            "2026-11-10",
            "2026-11-08",
        ),
        (
            "The second Test versus India on Thursday was abandoned because of rain.",
            "2026-11-07",
            "2026-11-05",
        ),
        ("Arsenal vs. Chelsea on Sunday drew a record crowd of 62,000.", "2026-11-10", "2026-11-08"),
    ],
)
def test_a_date_after_no_comparison_dates_the_act(text: str, published: str, day: str) -> None:
    assert [start for _title, start, _end in _days(text, published)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # a Monday paper: no earlier day is left in this week, so the week just ended
        (
            "Earlier this week the central bank raised interest rates by half a point.",
            "2026-11-09",
            "2026-11-02",
            "2026-11-08",
        ),
        # the 1st of a month: the month just ended
        (
            "Earlier this month the club signed a striker from Benfica.",
            "2026-12-01",
            "2026-11-01",
            "2026-11-30",
        ),
        # a Wednesday paper keeps this week up to the day before
        ("Earlier this week the board sacked the manager.", "2026-11-11", "2026-11-09", "2026-11-10"),
    ],
)
def test_earlier_this_week_on_its_first_day_is_the_week_just_ended(
    text: str, published: str, start: str, end: str
) -> None:
    assert [(s, e) for _title, s, e in _days(text, published)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "The court convicted the former mayor of fraud on the Tuesday before last.",
            "2026-11-12",
            "2026-11-03",
        ),
        (
            "The opposition leader announced on the Thursday before last that she would stand for president.",
            "2026-11-13",
            "2026-11-05",
        ),
        (
            "The firm's shares slumped on the Monday before last after it cut its forecast.",
            "2026-11-11",
            "2026-11-02",
        ),
        # a Friday paper: the last Friday is a week ago, not the report's own day
        ("The minister resigned on the Friday before last, aides said.", "2026-11-13", "2026-10-30"),
        ("Storms battered the coast the week before last, killing two people.", "2026-11-10", "2026-10-26"),
    ],
)
def test_the_one_before_last_is_a_week_before_the_last(text: str, published: str, day: str) -> None:
    assert [start for _title, start, _end in _days(text, published)] == [day]


def test_the_week_before_last_in_a_sunday_paper_is_the_week_before_its_last_week() -> None:
    text = "The club sacked its coach last week. The chairman had resigned the week before last."
    assert [(s, e) for _title, s, e in _days(text, "2026-11-15")] == [
        ("2026-11-02", "2026-11-08"),
        ("2026-11-09", "2026-11-14"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # "last" opens another time: the weekday is the plain one
        (
            "The council met in private on the Friday before last weekend to discuss the budget.",
            "2026-11-10",
            "2026-11-06",
        ),
        ("The champions lost on the Saturday before last season's final.", "2026-11-10", "2026-11-07"),
        ("The senator voted on the Monday before last night's debate.", "2026-11-10", "2026-11-09"),
        # "a week before": a span of time, no week of the calendar
        ("The coach was sacked a week before last season ended.", "2026-11-12", "2026-11-12"),
        ("The jury was sent home the week before last term began.", "2026-11-12", "2026-11-12"),
    ],
)
def test_before_last_that_opens_another_time_moves_nothing(text: str, published: str, day: str) -> None:
    assert day in [start for _title, start, _end in _days(text, published)]
    assert all(start >= "2026-11-01" for _title, start, _end in _days(text, published))
