"""Dates of months with no year seen from a time told in the past, and elections named by a bare month
(session 44): invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import Sentence
from events.extract.dates import find_dates
from events.extract.dating import dated_clauses


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a future seen from a time told in the past: the nearer of the two months, behind or ahead
        ("The library was to reopen in December after the repairs.", 2010),
        ("The tunnel was expected to open in September, engineers said.", 2010),
        ("Repairs to the pier were to be finished in January.", 2011),
    ],
)
def test_a_month_ahead_of_a_time_told_in_the_past_is_the_nearer_one(text: str, year: int) -> None:
    (found,) = [m for m in find_dates(text, dt.date(2010, 11, 4)) if m.precision == "month"]
    assert found.date_start.year == year
    assert "nearer of the two" in found.reason


def test_a_month_the_report_looks_ahead_to_stays_ahead() -> None:
    # "would", "will" and what was agreed to be done keep the month ahead of the report
    for text in (
        "The mayor said the library would reopen in June.",
        "The council agreed to hold a referendum in June.",
    ):
        (found,) = [m for m in find_dates(text, dt.date(2010, 11, 4)) if m.precision == "month"]
        assert found.date_start.year == 2011, text


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # elections named by their month after a preposition, with no article: the nearer of the two
        ("Pensions are the main theme in October regional elections.", 2010),
        ("Parties are campaigning hard for September polls.", 2010),
        # told in the past before the month: those already held
        ("The union won twelve seats in March local elections.", 2010),
        ("Turnout fell sharply in November elections.", 2009),
    ],
)
def test_elections_named_by_a_bare_month_are_the_nearer_ones(text: str, year: int) -> None:
    (found,) = [m for m in find_dates(text, dt.date(2010, 6, 15)) if m.precision == "month"]
    assert found.date_start.year == year


def test_a_date_naming_a_mishap_cuts_no_clause_of_its_own() -> None:
    text = (
        "Ivo Marek was convicted in 2004 and jailed for twenty years for his part in the May 1997 bombing "
        "of a depot near Gdansk."
    )
    sentence = Sentence(0, len(text), text, 0)
    parts = dated_clauses(sentence, find_dates(text, dt.date(2011, 2, 8)))
    assert [p.text for p in parts] == [text]


def test_clauses_with_dates_of_their_own_are_still_cut() -> None:
    text = "The governor resigned on Monday, and on Thursday the assembly chose a successor."
    sentence = Sentence(0, len(text), text, 0)
    assert len(dated_clauses(sentence, find_dates(text, dt.date(2011, 2, 8)))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid farmers in April for losses from the February 2009 storm, and in June it cut rates.",
        "Crews cleared debris left by the February 2009 storm. In June the fund cut its rates.",
    ],
)
def test_a_month_after_a_date_naming_a_happening_keeps_the_reports_year(text: str) -> None:
    (june,) = [m for m in find_dates(text, dt.date(2010, 8, 2)) if m.text == "June"]
    assert june.date_start == dt.date(2010, 6, 1)


def test_a_month_after_a_date_of_the_story_takes_the_story_year() -> None:
    text = "Rebels took the harbour on 3 February 2009. In June, they seized the airport."
    (june,) = [m for m in find_dates(text, dt.date(2010, 8, 2)) if m.text == "June"]
    assert june.date_start == dt.date(2009, 6, 1)


def test_a_mishap_whose_relative_clause_tells_what_it_did_keeps_its_clause() -> None:
    text = "The society was founded in 1983 after the 1982 earthquake in Chile which killed hundreds."
    sentence = Sentence(0, len(text), text, 0)
    assert len(dated_clauses(sentence, find_dates(text, dt.date(2011, 2, 8)))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The carrier said it had a cargo plane standing by to fly tents to the island on Saturday.",
        "Two ferries were on standby to carry families off the coast on Saturday.",
    ],
)
def test_a_weekday_of_what_is_held_ready_is_ahead(text: str) -> None:
    (found,) = find_dates(text, dt.date(2010, 1, 15))  # a Friday
    assert found.date_start == dt.date(2010, 1, 16)
