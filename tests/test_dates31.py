"""Dates read in their context (helper dates31): the dates of a span, a weekday inside a plan, two weekdays
joined, and a toll told after the deed that took it. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import dates_naming_a_time, find_dates

FRIDAY = dt.date(2026, 4, 24)


def test_dates_naming_a_time_leave_out_now_and_dates_outside_the_span() -> None:
    text = "Counting is now under way after polls closed on Thursday; results come on Monday."
    found = find_dates(text, FRIDAY)
    clause = (text.index("after"), text.index(";"))
    assert [d.text for d in dates_naming_a_time(found, *clause)] == ["Thursday"]
    assert [d.text for d in dates_naming_a_time(found, 0, len(text))] == ["Thursday", "Monday"]
