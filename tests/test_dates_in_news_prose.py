"""Dates read as rules of English news prose: a journey's end is no figure forecast, a chance's deadline
is not the day the chance was given. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.dating import _days_named
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

FRIDAY = dt.date(2026, 5, 15)


def mentions_of(text: str, published: dt.date = FRIDAY) -> list[Mention]:
    article = prepare_article(
        "own.txt", "Headline of the story\n\n" + text + "\n", SourceRow(published=published)
    )
    return extract_mentions(article, load_gazetteer())


def test_a_ship_expected_to_reach_a_place_is_a_planned_arrival() -> None:
    found = mentions_of("A navy hospital ship is expected to reach Tarvia on Sunday, defence officials said.")
    assert any(m.planned and m.date_start == dt.date(2026, 5, 17) for m in found)


def test_reaching_the_island_in_a_few_days_is_dated_ahead() -> None:
    found = mentions_of("A navy ship is expected to reach the island in a couple of days, officials said.")
    assert any(m.planned and m.date_start > FRIDAY for m in found)


def test_a_figure_expected_to_reach_a_number_stays_a_forecast() -> None:
    found = mentions_of("Cases are expected to reach 5,000 by Sunday, health officials said.")
    assert not any(m.planned for m in found)


def test_the_deadline_of_a_chance_is_not_the_day_it_was_given() -> None:
    wednesday = dt.date(2026, 5, 13)
    found = mentions_of(
        "The weather service gave the storm a 30 percent chance of strengthening into a hurricane by Friday.",
        wednesday,
    )
    assert found
    assert all(m.date_start <= wednesday for m in found)


def test_a_deadline_without_odds_still_dates_the_act() -> None:
    wednesday = dt.date(2026, 5, 13)
    found = mentions_of("The agency ordered the company to seal the well by Friday.", wednesday)
    assert [m.date_start for m in found] == [dt.date(2026, 5, 15)]


def test_the_deadline_of_what_might_not_be_done_does_not_date_the_act() -> None:
    found = mentions_of(
        "Norvik Energy shares fell 5 percent as investors digested the news that the leak might not be "
        "stopped before August."
    )
    assert found
    assert all(m.date_start <= FRIDAY for m in found)


def test_an_awaited_happening_named_by_its_month_does_not_date_the_act() -> None:
    found = mentions_of(
        "The row erupted earlier this week when a magazine criticised how candidates were being picked for "
        "the June European elections.",
        dt.date(2026, 4, 29),
    )
    assert found
    assert all(dt.date(2026, 4, 27) <= m.date_start <= dt.date(2026, 4, 29) for m in found)


def test_an_editors_note_does_not_name_the_reports_own_day() -> None:
    text = (
        "Headline\n\nThe suit, lodged in a Harwick court yesterday, accuses the shipping firm of ignoring "
        "safety rules.\n\nThe complaint filed yesterday seeks damages for the harm done to the fisheries.\n\n"
        "pence This article was amended on 15 May 2026.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=FRIDAY))
    named, own_day = _days_named(article, FRIDAY, find_dates(article.text, FRIDAY))
    assert not own_day
    assert [d.date_start for d in named] == [dt.date(2026, 5, 14)] * 2


def test_earlier_this_month_ends_before_the_reports_own_day() -> None:
    # "earlier" sets the happening apart from the day of the report: a publication-dated report of the
    # same day must not narrow the verdict to that day
    (found,) = find_dates("The jury found him guilty earlier this month.", dt.date(2026, 11, 29))
    assert (found.date_start, found.date_end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 28))
    (week,) = find_dates("The union voted to strike earlier this week.", FRIDAY)
    assert (week.date_start, week.date_end) == (dt.date(2026, 5, 11), dt.date(2026, 5, 14))


def test_earlier_this_month_on_its_first_day_is_the_month_just_ended() -> None:
    # (no day of this month is left before the report's: the writer looks back on the one just ended)
    (found,) = find_dates("The council met earlier this month.", dt.date(2026, 6, 1))
    assert (found.date_start, found.date_end) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
