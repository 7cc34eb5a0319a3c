"""Dates a sentence misreads on its own: a Sunday paper's "last week", a past act done "as scheduled", and
the yardstick of a comparison ("twice as many as the flood nine years ago"). All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.dating import in_yardstick
from tests.reports import body_mentions

SUNDAY = dt.date(2026, 3, 15)
WEDNESDAY = dt.date(2026, 3, 11)
TUESDAY = dt.date(2026, 5, 12)
FRIDAY = dt.date(2026, 10, 2)


def span(text: str, published: dt.date) -> tuple[dt.date, dt.date]:
    (found,) = find_dates(text, published)
    return found.date_start, found.date_end


def days(sentence: str, published: dt.date = TUESDAY) -> list[dt.date]:
    return [m.date_start for m in body_mentions(sentence, published)]


def test_last_week_in_a_sunday_paper_is_the_week_just_ended() -> None:
    # Monday to Saturday before the Sunday of publication, not the whole week before it
    assert span("The appeals court ruled last week.", SUNDAY) == (dt.date(2026, 3, 9), dt.date(2026, 3, 14))
    assert span("Late last week the appeals court ruled.", SUNDAY) == (
        dt.date(2026, 3, 12),
        dt.date(2026, 3, 14),
    )


def test_last_week_on_a_weekday_is_the_week_before() -> None:
    assert span("The appeals court ruled last week.", WEDNESDAY) == (dt.date(2026, 3, 2), dt.date(2026, 3, 8))


def test_a_past_act_done_as_scheduled_is_not_read_as_ahead() -> None:
    assert days("The general retired, as scheduled, on June 30.", FRIDAY) == [dt.date(2026, 6, 30)]
    assert days("The judge stepped down from the bench, as planned, on June 30.", FRIDAY) == [
        dt.date(2026, 6, 30)
    ]


def test_an_act_ahead_as_planned_still_looks_ahead() -> None:
    assert days("The trade talks will resume as planned in January.", FRIDAY) == [dt.date(2027, 1, 1)]


def test_the_yardstick_of_a_comparison_does_not_date_the_act() -> None:
    assert days("The wildfire destroyed twice as many homes as the blaze nine years ago.") == [TUESDAY]
    assert days("The tremor was as strong as the one that hit the port city in 1985.") == [TUESDAY]


def test_a_ranking_against_a_past_happening_does_not_date_the_act() -> None:
    found = body_mentions(
        "Shares of the airline fell 4 percent, after dropping 6 percent in one of the markets hardest hit by "
        "the cholera outbreak nine years ago.",
        TUESDAY,
    )
    assert found
    assert all(m.date_start.year == TUESDAY.year for m in found)


def test_an_amount_given_as_many_as_is_no_comparison() -> None:
    assert days("As many as 300 people died in the floods on Monday.") == [dt.date(2026, 5, 11)]


def test_a_count_of_occasions_over_this_year_does_not_date_the_act() -> None:
    # "for the second time this year" counts occasions over the year; the act is the report's news
    assert days("The central bank has raised interest rates for the second time this year.") == [TUESDAY]
    # (a day the sentence gives still dates it)
    assert days("The central bank raised interest rates on Monday for the third time this month.") == [
        dt.date(2026, 5, 11)
    ]


def test_a_deadline_or_a_bare_size_is_no_yardstick() -> None:
    # "double the amount ... by next month": a deadline ahead; "doubled the size of its fleet in 2019": the
    # act's own year
    deadline = "The utility expects to double the amount of power it buys from abroad by next month."
    (ahead,) = find_dates(deadline, TUESDAY)
    assert not in_yardstick(ahead, deadline, 0, 0)
    grown = "The airline doubled the size of its fleet in 2019."
    (year,) = find_dates(grown, TUESDAY)
    assert not in_yardstick(year, grown, 0, grown.index("doubled"))
    assert days("The peso slid as much as 4 percent against the euro in Frankfurt on Monday.") == [
        dt.date(2026, 5, 11)
    ]


def test_a_place_battered_by_a_past_storm_dates_the_storm_not_the_act() -> None:
    # ("already battered by a hurricane in 2019": the year is the hurricane's, as with "ravaged by")
    (flood,) = body_mentions(
        "The storm surge flooded homes, endangering a coastal marsh already battered by a hurricane in 2019.",
        TUESDAY,
    )
    assert flood.date_start == TUESDAY
