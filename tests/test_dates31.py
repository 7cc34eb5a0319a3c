"""Dates read in their context (helper dates31): the dates of a span, a weekday inside a plan, two weekdays
joined, and a toll told after the deed that took it. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import dates_naming_a_time, find_dates
from events.extract.dating import weekdays_joined
from tests.reports import body_mentions

FRIDAY = dt.date(2026, 4, 24)


def test_dates_naming_a_time_leave_out_now_and_dates_outside_the_span() -> None:
    text = "Counting is now under way after polls closed on Thursday; results come on Monday."
    found = find_dates(text, FRIDAY)
    clause = (text.index("after"), text.index(";"))
    assert [d.text for d in dates_naming_a_time(found, *clause)] == ["Thursday"]
    assert [d.text for d in dates_naming_a_time(found, 0, len(text))] == ["Thursday", "Monday"]


def test_two_weekdays_joined_by_and_are_one_happening_over_both_days() -> None:
    found = body_mentions("Nurses walked out at the state hospitals on Monday and Tuesday over pay.", FRIDAY)
    assert [(m.date_start, m.date_end) for m in found] == [(dt.date(2026, 4, 20), dt.date(2026, 4, 21))]


def test_two_weekdays_ahead_joined_by_and_are_one_planned_stretch() -> None:
    found = body_mentions("The president will tour the flooded provinces on Monday and Tuesday.", FRIDAY)
    assert [(m.date_start, m.date_end) for m in found] == [(dt.date(2026, 4, 27), dt.date(2026, 4, 28))]


def test_weekdays_in_two_clauses_stay_apart() -> None:
    text = "The lower house passed the budget on Monday, and on Wednesday the senate rejected it."
    dates = weekdays_joined(find_dates(text, FRIDAY), text)
    assert [(d.date_start, d.date_end) for d in dates] == [
        (dt.date(2026, 4, 20), dt.date(2026, 4, 20)),
        (dt.date(2026, 4, 22), dt.date(2026, 4, 22)),
    ]


def test_toll_after_a_dated_attack_is_the_attacks_own() -> None:
    found = body_mentions(
        "Militants shelled the border town on Sunday, and at least nine people were killed.", FRIDAY
    )
    assert [(m.event_type, m.date_start) for m in found] == [("attack", dt.date(2026, 4, 19))]


def test_second_act_of_another_kind_after_a_dated_deed_is_its_own() -> None:
    found = body_mentions(
        "The court convicted the former mayor on Tuesday, and the jury acquitted his aide.", FRIDAY
    )
    assert [m.date_start for m in found] == [dt.date(2026, 4, 21), dt.date(2026, 4, 21)]
