"""The forty-seventh session's dating rules: a date that closes a phrase of comparison ("compared with $3bn a
year ago", "up from 5.8% in March") dates the figure compared, not the act; "the Thursday before last" is a
week before last Thursday, and "the week before last" the calendar week before last week. All sentences are
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.dating import in_comparison
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

NOVEMBER = dt.date(2026, 11, 3)  # a Tuesday
MAY = dt.date(2026, 5, 15)  # a Friday


def _mentions(text: str, published: dt.date) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return list(extract_mentions(article, load_gazetteer()))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the only date compared: the act falls back to the report's day, not the year before
        (
            "The new levy cut the insurer's quarterly profit to $2.1bn, compared with $3.4bn a year ago.",
            NOVEMBER,
        ),
        # the act's own day stays; the month compared is not taken
        ("Unemployment in the region rose to 6.2% on Tuesday, up from 5.8% in March.", NOVEMBER),
        (
            "The hospital treated 300 flu patients on Sunday, compared with 120 a week ago.",
            dt.date(2026, 11, 1),
        ),
        (
            "The court fined the bank $5m on Monday, compared with the $2m penalty it paid in 2019.",
            dt.date(2026, 11, 2),
        ),
    ],
)
def test_a_date_closing_a_comparison_does_not_date_the_act(text: str, day: dt.date) -> None:
    found = _mentions(text, NOVEMBER)
    assert found
    assert all(m.date_start == day for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a clause of its own after "than" keeps its date
        ("Fewer fans than expected watched the final on Sunday.", dt.date(2026, 11, 1)),
        ("The airline carried more passengers in October than in any month before.", dt.date(2026, 10, 1)),
        ("The council voted on Monday to close the library, the mayor said.", dt.date(2026, 11, 2)),
    ],
)
def test_a_date_outside_a_comparison_still_dates_the_act(text: str, day: dt.date) -> None:
    found = _mentions(text, NOVEMBER)
    assert found
    assert any(m.date_start == day for m in found)


def test_the_weekday_before_last_is_a_week_before_the_last_one() -> None:
    dates = find_dates("The minister announced on the Thursday before last that the tax would rise.", MAY)
    assert [(d.text, d.date_start) for d in dates] == [("Thursday before last", dt.date(2026, 5, 7))]


def test_the_week_before_last_is_the_week_before_last_week() -> None:
    dates = find_dates("The club sacked its coach the week before last.", MAY)
    assert [(d.date_start, d.date_end, d.precision) for d in dates] == [
        (dt.date(2026, 4, 27), dt.date(2026, 5, 3), "week")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The union will strike on Friday before last-minute talks resume.",
        "The champions lost on the Saturday before last season's final.",
        "Police arrested two men on Saturday.",
    ],
)
def test_a_weekday_not_followed_by_before_last_is_not_moved(text: str) -> None:
    before = [d for d in find_dates(text, MAY) if d.precision == "day"]
    assert all("before last" not in d.text for d in before)
    assert all(d.date_start >= dt.date(2026, 5, 9) for d in before)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # a Monday paper: no earlier day is left in this week, so the week just ended
        (
            "Earlier in the week, officials raised their estimate of the flood damage.",
            dt.date(2026, 5, 4),
            dt.date(2026, 4, 27),
            dt.date(2026, 5, 3),
        ),
        # the 1st of a month: the month just ended
        (
            "Earlier this month the club signed a striker.",
            dt.date(2026, 6, 1),
            dt.date(2026, 5, 1),
            dt.date(2026, 5, 31),
        ),
        # a Wednesday paper keeps this week up to the day before
        (
            "Earlier this week the board sacked the manager.",
            dt.date(2026, 5, 6),
            dt.date(2026, 5, 4),
            dt.date(2026, 5, 5),
        ),
    ],
)
def test_earlier_this_week_on_its_first_day_is_the_week_just_ended(
    text: str, published: dt.date, start: dt.date, end: dt.date
) -> None:
    dates = find_dates(text, published)
    assert [(d.date_start, d.date_end) for d in dates] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        # "more than 10 percent" counts, it sets nothing beside another time
        ("Shares of the ferry operator fell more than 10 percent to a low after the crash on Monday.", False),
        ("More than half of the votes were counted on Monday.", False),
        ("Turnout was higher than last year.", True),
        ("Profit fell to $2bn, compared with $3bn in 2019.", True),
    ],
)
def test_more_than_a_quantity_is_no_comparison(text: str, compared: bool) -> None:
    (date,) = find_dates(text, NOVEMBER)
    assert in_comparison(date, 0, text, 0) is compared


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a change set in the past that takes effect just ahead: this year's day, not last year's
        (
            "The scandal spurred the board to replace its chief with an outsider, effective October 1.",
            dt.date(2026, 10, 1),
        ),
        ("The ministry raised the fuel tax, with effect from 1 October.", dt.date(2026, 10, 1)),
        # just behind stays behind
        ("The club appointed a new coach, effective September 1.", dt.date(2026, 9, 1)),
        ("As of August 30, the agency had counted 40 cases.", dt.date(2026, 8, 30)),
        # further off than two months: the reading by tense stays
        ("The firm named a new chairman, effective March 1.", dt.date(2026, 3, 1)),
    ],
)
def test_the_day_a_change_takes_effect_is_the_nearer_one(text: str, day: dt.date) -> None:
    (date,) = find_dates(text, dt.date(2026, 9, 19))
    assert date.date_start == day
