"""A sentence's own date: a past verb after a clause break puts a bare month behind the report, a thing
"due" on a day lies ahead, a happening a past act came "ahead of" is the nearest such day, and a date a
possessive subject holds names that noun's happening. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates
from tests.reports import body_mentions

WEDNESDAY = dt.date(2026, 10, 14)


def _dated(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    return [(m.text, m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The miners' union plans to strike, but the board in July voted to close the pit.",
        "Residents fear the dam will fail, and engineers in July found new cracks in its wall.",
    ],
)
def test_a_past_verb_after_a_clause_break_puts_a_bare_month_behind(text: str) -> None:
    # the cue of the future ("plans", "will") is the first clause's; the month's own is told in the past
    assert _dated(text, WEDNESDAY) == [("July", "2026-07-01", "2026-07-31")]


def test_a_clause_break_leaves_a_month_ahead_when_its_own_clause_looks_ahead() -> None:
    assert _dated(
        "The ferry firm plans to appeal, but a tribunal in July will rule on the fines.", WEDNESDAY
    ) == [("July", "2027-07-01", "2027-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a happening a past act came ahead of is near that act: yesterday, not next week
        ("The envoy was speaking to reporters ahead of a summit in Oslo on Tuesday evening.", "2026-10-13"),
        ("The admiral spoke ahead of talks on Tuesday.", "2026-10-13"),
        # (the nearer of the two, whichever side of the report it falls)
        ("Bond prices slipped on Monday ahead of a rate decision on Thursday.", "2026-10-15"),
        # ("will speak" looks ahead from the report itself)
        ("The admiral will speak ahead of talks on Tuesday.", "2026-10-20"),
    ],
)
def test_a_happening_ahead_of_a_past_act_is_the_nearest_such_day(text: str, expected: str) -> None:
    assert [
        day for text_, day, _ in _dated(text, WEDNESDAY) if text_.startswith(("Tuesday", "Thursday"))
    ] == [expected]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A lower court's June 3 order was overturned by the supreme court.", dt.date(2026, 6, 3)),
        ("The ministry's March 5 decree was quietly withdrawn.", dt.date(2026, 3, 5)),
    ],
)
def test_a_date_a_possessive_subject_holds_does_not_date_what_is_done_to_it(
    text: str, named: dt.date
) -> None:
    # the order's day is not the overturning's, which is of the report's day; the order, named by its day,
    # is a happening of its own on that day
    assert sorted(m.date_start for m in body_mentions(text, WEDNESDAY)) == [named, WEDNESDAY]


def test_a_date_on_a_subject_with_no_possessive_still_dates_the_act() -> None:
    assert [
        m.date_start for m in body_mentions("The June 3 blast was felt across the valley.", WEDNESDAY)
    ] == [dt.date(2026, 6, 3)]
