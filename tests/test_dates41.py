"""Dates of found happenings read as English news prose tells them (helper dates41): a bracketed aside does
not set the tense of the clause it interrupts, a count of months from now lies ahead, a count of days later
goes on with the story past an undated sentence, and a first line opened by the page's stamp keeps its
whole first sentence and its date. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 4, 24)


def test_a_bracketed_aside_in_the_future_does_not_send_a_weekday_ahead() -> None:
    text = (
        "Run by two former aides (whom voters may remember from the last campaign), the agency is behind "
        "the senator's Thursday broadcast on the budget."
    )
    assert [d.date_start for d in find_dates(text, FRIDAY)] == [dt.date(2026, 4, 23)]


def test_a_weekday_in_a_future_clause_outside_brackets_stays_ahead() -> None:
    text = "The agency (founded in the spring) will air the senator's broadcast on Thursday."
    assert [d.date_start for d in find_dates(text, FRIDAY) if d.text == "Thursday"] == [dt.date(2026, 4, 30)]


def test_a_count_of_months_from_now_lies_in_the_month_it_reaches() -> None:
    found = find_dates("The board said it will publish the audit in about two months.", FRIDAY)
    assert [(d.date_start, d.date_end, d.precision) for d in found] == [
        (dt.date(2026, 6, 1), dt.date(2026, 6, 30), "month")
    ]


def test_a_count_of_months_told_of_the_past_is_a_stretch_and_no_date() -> None:
    assert find_dates("Prices rose by a fifth in two months.", FRIDAY) == []


def test_the_next_few_months_is_a_stretch_and_no_month() -> None:
    assert find_dates("The firm will hire 500 staff in the next six months.", FRIDAY) == []


def test_a_count_of_days_later_goes_on_past_an_undated_sentence() -> None:
    text = (
        "The cargo ship ran aground off the northern cape on 3 May, spilling fuel into the bay, the "
        "coastguard said.\n\nMost of its crew were lifted off by helicopter, but two sailors drowned.\n\n"
        "The ship sank two days later.\n"
    )
    found = report_mentions(text, dt.date(2026, 5, 22))
    assert [m.date_start for m in found if "sank" in m.sentence.text] == [dt.date(2026, 5, 5)]


def test_a_count_of_days_later_does_not_reach_three_sentences_back() -> None:
    text = (
        "The cargo ship ran aground off the northern cape on 3 May, the coastguard said.\n\n"
        "Most of its crew were lifted off by helicopter.\n\nTwo sailors drowned.\n\n"
        "Salvage teams reached the wreck.\n\nThe ship sank two days later.\n"
    )
    found = report_mentions(text, dt.date(2026, 5, 22))
    assert dt.date(2026, 5, 5) not in [m.date_start for m in found if "sank" in m.sentence.text]


def test_a_line_opened_by_the_pages_stamp_keeps_its_whole_first_sentence_and_its_date() -> None:
    text = (
        "Friday, April 24, 2026; 9:06 AM Presenting the findings of the inquiry last week, chief "
        "investigator Ana Roe said she found no sign of sabotage at the dam.\n"
    )
    found = report_mentions(text, FRIDAY)
    assert [m.sentence.text[:10] for m in found] == ["Presenting"]
    assert [(m.date_start, m.date_end) for m in found] == [(dt.date(2026, 4, 13), dt.date(2026, 4, 19))]
