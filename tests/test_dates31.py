"""Dates read in their context (helper dates31): the dates of a span, a weekday inside a plan, two weekdays
joined, and a toll told after the deed that took it. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

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


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade ministry summoned the envoy for talks on Wednesday.",
        "The governor invited the striking dockers to meet on Wednesday.",
        "The inquiry asked the port's chief executive to testify on Wednesday.",
    ],
)
def test_weekday_of_a_meeting_asked_for_is_the_coming_one(sentence: str) -> None:
    assert [d.date_start for d in find_dates(sentence, FRIDAY)] == [dt.date(2026, 4, 29)]


def test_weekday_of_the_asking_itself_stays_past() -> None:
    assert find_dates("The trade ministry summoned the envoy on Wednesday.", FRIDAY)[0].date_start == dt.date(
        2026, 4, 22
    )


def test_weekday_after_another_act_of_the_one_summoned_stays_past() -> None:
    text = "Police summoned the treasurer for questioning and arrested him on Wednesday."
    assert find_dates(text, FRIDAY)[0].date_start == dt.date(2026, 4, 22)


def test_summoning_for_talks_is_dated_by_the_report_and_the_talks_are_planned() -> None:
    found = body_mentions("The trade ministry summoned the envoy for talks on Wednesday.", FRIDAY)
    assert sorted((m.date_start, m.planned) for m in found) == [
        (FRIDAY, False),
        (dt.date(2026, 4, 29), True),
    ]
