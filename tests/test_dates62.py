"""A sentence's own date: the verb of a time clause tells its bare month's tense, a thing "due" on a day lies
ahead unless the sentence tells it in the past, "the first week of" a month is its first seven days, and a
when-clause right after a date tells what happened at that time. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dates import find_dates
from tests.reports import body_mentions

MONDAY = dt.date(2027, 10, 4)


def _dated(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.date_start.isoformat(), m.date_end.isoformat()) for m in find_dates(text, MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Growers fear the agency could ban the pesticide after inspectors in July found traces in rivers.",
        "The club may be fined once auditors in July uncovered the unpaid wages, fans fear.",
    ],
)
def test_a_past_verb_in_a_time_clause_puts_its_bare_month_behind(text: str) -> None:
    # the possibility ("could", "may") is the main clause's; the finding in July is told in the past
    assert _dated(text) == [("July", "2027-07-01", "2027-07-31")]


def test_a_time_clause_with_no_verb_after_the_month_keeps_the_tense_before() -> None:
    assert _dated("The agency will decide after hearings in July.") == [("July", "2028-07-01", "2028-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The miner's half-year figures due on Tuesday are expected to show a loss.", "2027-10-05"),
        ("A verdict in the bribery case is due on Thursday.", "2027-10-07"),
    ],
)
def test_a_thing_due_on_a_weekday_lies_ahead(text: str, expected: str) -> None:
    assert [start for _, start, _ in _dated(text)] == [expected]


def test_a_thing_due_in_a_month_told_in_the_past_fell_due_behind() -> None:
    assert _dated("The audit, due in September, was delayed by the strike.") == [
        ("September", "2027-09-01", "2027-09-30")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferries will resume in the first week of November.", ("2027-11-01", "2027-11-07")),
        ("The harvest was gathered in the last week of August.", ("2027-08-25", "2027-08-31")),
        ("Voting closes in the final week of March 2028.", ("2028-03-25", "2028-03-31")),
    ],
)
def test_the_first_or_last_week_of_a_month_is_its_first_or_last_seven_days(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(start, end) for _, start, end in _dated(text)] == [expected]


def test_last_week_alone_is_still_the_week_before() -> None:
    assert _dated("The harvest was gathered last week.") == [("last week", "2027-09-27", "2027-10-03")]


def test_a_when_clause_right_after_a_date_is_not_dated_by_a_later_stretch() -> None:
    found = body_mentions(
        "Shareholders welcomed the loan terms set out in August, when the carmaker agreed to give the "
        "lenders first claim on its export earnings to cover a repayment this year.",
        MONDAY,
    )
    # no mention of the agreeing takes "this year", which dates the repayment
    assert found
    assert all(m.date_end - m.date_start < dt.timedelta(days=300) for m in found)


def test_a_participle_aside_with_its_own_month_dates_its_own_happening() -> None:
    found = body_mentions(
        "The full cost of the blackout, caused in August by a fault at the main substation, became clear on "
        "Friday as engineers released new figures.",
        MONDAY,
    )
    assert [m.date_start for m in found if m.sentence.text.startswith("caused")] == [dt.date(2027, 8, 1)]
    assert dt.date(2027, 10, 1) in [m.date_start for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan of the story's past: the nearer of the two months, behind here, ahead there
        ("The admiral had planned to join the academy in May, but the move was delayed.", "2027-05-01"),
        ("The referendum had been scheduled for June.", "2027-06-01"),
        ("The referendum had been scheduled for November.", "2027-11-01"),
    ],
)
def test_a_plan_told_in_the_past_perfect_is_for_the_nearer_time(text: str, expected: str) -> None:
    assert [start for _, start, _ in _dated(text)] == [expected]


def test_a_month_after_a_possessive_names_the_measure_it_dates() -> None:
    found = body_mentions(
        "The appeals court refused the ministry's request that a tribunal's June order lifting the fishing "
        "ban be stayed.",
        MONDAY,
    )
    # the refusal is of the report's day; the order, named by its month, is a happening of its own then
    assert sorted((m.date_start, m.date_end) for m in found) == [
        (dt.date(2027, 6, 1), dt.date(2027, 6, 30)),
        (MONDAY, MONDAY),
    ]
