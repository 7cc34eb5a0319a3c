"""dates27: dates that come out wrong on unseen text (events/extract/dates.py, events/extract/dating.py)."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from tests.reports import body_mentions

JANUARY = dt.date(2026, 1, 15)


def dated(text: str, published: dt.date = JANUARY) -> list[tuple[str, dt.date]]:
    return [(m.text, m.date_start) for m in find_dates(text, published)]


def test_a_live_page_stamped_without_colons_has_no_years() -> None:
    live = (
        "2300 We are ending our coverage for the night.\n\n"
        "2259 Our correspondent at the airport says the runway is busier than ever.\n\n"
        "1928 The relief agency says 40 trucks have left the port.\n\n"
        "1858 The minister tells reporters the border will reopen on Monday."
    )
    assert [text for text, _ in dated(live)] == ["Monday"]


def test_an_evening_live_page_counting_down_has_no_years() -> None:
    # no stamp lies ahead of publication as a year would, but the entries count down, newest first
    live = (
        "2010 The mayor says the curfew will hold.\n\n"
        "1945 Police say two men were arrested.\n\n"
        "1902 The agency says the death toll has risen to 12."
    )
    assert dated(live, dt.date(2011, 3, 4)) == []


def test_a_stamp_run_into_a_caption_is_no_year_but_a_placed_year_stays() -> None:
    live = (
        "2300 We are ending our coverage for the night.\n\n"
        "2259 Our correspondent says the runway is busier than ever.\n\n"
        "2237 The envoy says the comparison with the 2004 tsunami is apt.\n\n"
        "Survivors queue for water 1828 The aid chief says the rescue goes on, as it did in 2008."
    )
    assert [text for text, _ in dated(live)] == ["2004", "2008"]


def test_a_timeline_of_years_counting_up_keeps_its_years() -> None:
    timeline = "2000 The doctor opens a practice.\n\n2006 He meets the singer.\n\n2009 He is hired."
    assert [text for text, _ in dated(timeline, dt.date(2011, 11, 30))] == ["2000", "2006", "2009"]


def test_a_time_of_day_with_its_zone_is_no_year() -> None:
    assert dated("The programme is on Radio 4 at 2000 BST.") == []
    assert dated("The president speaks at 2000 (0000 GMT) to outline the plan.") == []
    assert dated("Crowds gathered between 1900 and 2200 EST.") == []
    assert dated("The cap was lowered at 1737GMT.") == []
    # a year before a capitalised word that is no zone stays a year
    assert [text for text, _ in dated("In 2009 Estonia joined the scheme.")] == ["2009"]


MAY = dt.date(2026, 5, 19)  # a Tuesday


def said_dates(sentence: str) -> list[tuple[str, dt.date]]:
    return [(m.event_type, m.date_start) for m in body_mentions(sentence, MAY)]


def test_a_statistic_is_news_of_the_day_it_was_released_not_of_the_period_it_measures() -> None:
    monday = dt.date(2026, 5, 18)
    for sentence in (
        "Industrial output fell 6.7 percent in March, the statistics office said on Monday.",
        "The government said on Monday that the economy grew 2 percent in 2025.",
        "Inflation hit 5 percent in April, the central bank said on Monday.",
    ):
        assert [day for _, day in said_dates(sentence)] == [monday], sentence
    # the stretch a figure is compared with dates nothing either
    assert dt.date(2026, 3, 1) not in [
        day for _, day in said_dates("Retail sales rose 1.2 percent in April from March, officials said.")
    ]


def test_a_forecast_is_a_statement_of_its_day_not_of_the_period_it_foresees() -> None:
    sentence = (
        "The lender has forecast that output across the islands should expand only 3.4 percent in 2026."
    )
    assert dt.date(2026, 1, 1) not in [day for _, day in said_dates(sentence)]
    sentence = "The economy will shrink by as much as 7 percent this year, the central bank warned on Monday."
    assert dt.date(2026, 1, 1) not in [day for _, day in said_dates(sentence)]


def test_a_market_move_keeps_its_own_stretch() -> None:
    # shares are no statistic released later: their move over a month is told as it happened
    assert said_dates("Norvik shares fell 5 percent in April.") == [("other", dt.date(2026, 4, 1))]


def test_forecast_is_a_past_verb_of_saying_unless_something_is_forecast_ahead() -> None:
    # "the bank forecast on Monday" is the forecast made that day, the Monday before publication
    assert dated("The bank forecast on Monday that the economy would contract.", MAY)[0] == (
        "Monday",
        dt.date(2026, 5, 18),
    )
    assert dated("On Monday the bank forecast a contraction.", MAY) == [("Monday", dt.date(2026, 5, 18))]
    # what is forecast lies ahead
    assert dated("Rain is forecast on Monday.", MAY) == [("Monday", dt.date(2026, 5, 25))]
    assert dated("The storm is forecast to reach the coast on Friday.", MAY) == [
        ("Friday", dt.date(2026, 5, 22))
    ]


def test_a_superlatives_yardstick_is_no_date_but_a_clause_after_since_keeps_its_own() -> None:
    sentence = (
        "The lender has forecast that output across the islands should expand only 3.4 percent in 2026, "
        "its weakest showing since the banking collapse a decade ago."
    )
    days = [day for _, day in said_dates(sentence)]
    assert dt.date(2016, 1, 1) not in days
    assert dt.date(2026, 1, 1) not in days
    sentence = "The beaches saw their worst day since the platform sank 30 days ago, officials said."
    assert dt.date(2026, 4, 19) in [day for _, day in said_dates(sentence)]
