"""dates28: the day of a figure's release or forecast, and of remarks made to a paper's edition
(events/extract/dating.py, events/extract/dates.py)."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from tests.reports import body_mentions

MAY = dt.date(2026, 5, 19)  # a Tuesday


def said_dates(sentence: str, published: dt.date = MAY) -> list[tuple[str, dt.date]]:
    return [(m.event_type, m.date_start) for m in body_mentions(sentence, published)]


def test_a_forecast_told_in_the_perfect_is_news_of_the_report_not_a_standing_view() -> None:
    # the year foreseen dates nothing, and remarks in the perfect with no date would be a standing view;
    # a figure foreseen for a stretch of time is the report's news
    for sentence in (
        "The World Bank has forecast that the region's economies will grow just 3.4 percent in 2026.",
        "The World Bank has forecast that its economies are likely to grow only 2 percent this year.",
        "The IMF has said that inflation will reach 9 percent in the second quarter.",
    ):
        assert said_dates(sentence) == [("statement", MAY)], sentence


def test_a_forecast_in_the_perfect_with_no_figure_for_a_stretch_stays_a_standing_view() -> None:
    assert said_dates("The World Bank has forecast that the region's economies will stall.") == []


SUNDAY = dt.date(2026, 5, 17)


def dated(text: str, published: dt.date) -> list[tuple[str, dt.date]]:
    return [(m.text, m.date_start) for m in find_dates(text, published)]


def test_a_papers_edition_named_for_the_next_day_is_out_on_the_reports_day() -> None:
    # a Sunday report quoting Monday's paper: that edition is out on Sunday evening, not six days ago
    for sentence in (
        "The minister told Monday's edition of Le Soir that the talks had failed.",
        "The president will visit the region, according to Monday's papers.",
        "In an interview with Monday's Daily Ledger Times, the envoy said the truce was holding.",
    ):
        assert [day for _, day in dated(sentence, SUNDAY)] == [SUNDAY], sentence
    # an edition already out is the latest of its day
    assert dated("Friday's Evening Post reported that the deal was off.", SUNDAY) == [
        ("Friday", dt.date(2026, 5, 15))
    ]
    # a day that is no paper's is read as before
    assert dated("Monday's vote was postponed.", SUNDAY) == [("Monday", dt.date(2026, 5, 11))]
