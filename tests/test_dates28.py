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


JUNE = dt.date(2026, 6, 10)


def test_a_month_ahead_is_not_read_as_past_by_words_that_are_no_past_verb() -> None:
    # an -ed word after a possessive qualifies a noun, so the clause's "expects" tells its tense
    assert dated("Peru expects oil from the firm's damaged well to reach its shores by December.", JUNE) == [
        ("December", dt.date(2026, 12, 1))
    ]
    # "than expected" is a yardstick, no verb of the past
    assert dated("The peak will come earlier than expected, perhaps in September.", JUNE) == [
        ("September", dt.date(2026, 9, 1))
    ]
    # what was hoped for lies ahead of the hoping
    assert dated("The ministry hoped to get the first doses of vaccine in August.", JUNE) == [
        ("August", dt.date(2026, 8, 1))
    ]
    # the second of two joined months shares the tense that follows both
    assert dated("Winds in October and November will push the slick east.", JUNE) == [
        ("October", dt.date(2026, 10, 1)),
        ("November", dt.date(2026, 11, 1)),
    ]


def test_a_past_clause_keeps_its_past_month() -> None:
    assert dated("The firm's shares fell in March.", JUNE) == [("March", dt.date(2026, 3, 1))]
    assert dated("Output fell in October and November.", JUNE) == [
        ("October", dt.date(2025, 10, 1)),
        ("November", dt.date(2025, 11, 1)),
    ]
    # a pronoun's "'s" is "has" or "is", and the verb after it keeps its past
    assert dated("It's closed since March.", JUNE)[0][1] == dt.date(2026, 3, 1)
    assert dated("The peak came earlier than expected, in March.", JUNE) == [("March", dt.date(2026, 3, 1))]
    # a hope told in the pluperfect is of the story's past
    assert dated("He had hoped to raise money by cycling round the park on Sunday.", JUNE) == [
        ("Sunday", dt.date(2026, 6, 7))
    ]


def test_what_is_likely_lies_ahead() -> None:
    wednesday = dt.date(2026, 5, 13)
    assert dated("Shops have been closed and are likely to reopen on Friday.", wednesday) == [
        ("Friday", dt.date(2026, 5, 15))
    ]
    autumn = dated("Experts say the virus is likely to return in the autumn.", wednesday)
    assert autumn[0][1] == dt.date(2026, 9, 1)
    # a likelihood told of the story's past is no future of the report's
    assert dated("The storm, which hit on Friday, is likely to weaken.", wednesday) == [
        ("Friday", dt.date(2026, 5, 8))
    ]
