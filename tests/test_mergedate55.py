"""A report with no date of its own tells the news of its day (issue 7): another report's act of days
before is its happening only when it names that act's particulars, the same words of the act or the same
count. Sharing the story's company, place or topic is not enough. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports

MONDAY = dt.date(2026, 3, 9)
TUESDAY = dt.date(2026, 3, 10)
THURSDAY = dt.date(2026, 3, 12)

SHARES_FELL = "Shares of Norland Shipping fell 9 percent on Monday after the ferry strike in Velora."
SHARES_CLOSED = "Norland Shipping shares closed 2 percent higher at 31.40 crowns in Oslo trading."


def test_a_later_report_of_the_same_company_and_topic_is_news_of_its_own_day() -> None:
    found = build_reports((MONDAY, SHARES_FELL), (THURSDAY, SHARES_CLOSED))
    assert [(date, sources) for _type, date, _end, _title, sources in found] == [
        ("2026-03-09", 1),
        ("2026-03-12", 1),
    ]


def test_a_report_of_the_next_day_may_still_tell_the_day_before() -> None:
    # (a report's news is of its day or the day before: the window a day wide is left as it was)
    found = build_reports((MONDAY, SHARES_FELL), (TUESDAY, SHARES_CLOSED))
    assert [(date, sources) for _type, date, _end, _title, sources in found] == [("2026-03-09", 2)]


def test_a_later_report_telling_the_act_in_its_words_joins_it() -> None:
    found = build_reports(
        (
            MONDAY,
            "The city council delayed the vote on the harbour budget on Monday after a row over dredging.",
        ),
        (THURSDAY, "The city council delayed the vote on the harbour budget amid a row over dredging."),
    )
    assert [(date, sources) for _type, date, _end, _title, sources in found] == [("2026-03-09", 2)]


FLOODS = "Floods forced 3,000 people from their homes in the Arvik valley on Monday."


def test_a_later_report_giving_the_same_count_joins_it() -> None:
    found = build_reports(
        (MONDAY, FLOODS), (THURSDAY, "The floods left 3,000 people without shelter near Arvik.")
    )
    assert [(date, sources) for _type, date, _end, _title, sources in found] == [("2026-03-09", 2)]


def test_a_later_report_giving_another_count_is_news_of_its_day() -> None:
    found = build_reports(
        (MONDAY, FLOODS), (THURSDAY, "The floods left 2,000 people without shelter near Arvik.")
    )
    assert sorted((date, sources) for _type, date, _end, _title, sources in found) == [
        ("2026-03-09", 1),
        ("2026-03-12", 1),
    ]
