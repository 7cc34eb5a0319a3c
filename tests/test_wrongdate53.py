"""How a sentence of news prose gets its date: quoted words whose speaker the sentence above shows acting
on a named day, an act ordered to run from a day on, a month still ahead after a passage set in a past year,
and what is denied or regretted with a week or year of its own. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.mentions import Mention
from tests.reports import opening, report_mentions

WEDNESDAY = dt.date(2026, 9, 16)
MONDAY = dt.date(2026, 9, 14)


def mentions_of(body: str, published: dt.date = WEDNESDAY) -> list[Mention]:
    return report_mentions(f"Report\n\n{body}\n", published)


def test_quoted_words_said_by_one_shown_acting_on_a_day_just_above_take_that_day() -> None:
    found = mentions_of(
        "Heavy rain flooded farms across the river valley this week.\n\n"
        "Agriculture Minister Jane Roe toured the flooded farms on Monday.\n\n"
        '"We will not leave these towns behind," Roe said after meeting farmers.'
    )
    said = opening(found, '"We will not leave')
    assert said.date_start == said.date_end == MONDAY


def test_quoted_words_of_another_speaker_keep_the_reports_day() -> None:
    found = mentions_of(
        "Trade Secretary Tom Vale met exporters in the port city on Monday.\n\n"
        '"Exporters are angry, and they told him so," said Fiona Marsh, a union leader.'
    )
    said = opening(found, '"Exporters are angry')
    assert said.date_start == WEDNESDAY


def test_quoted_words_that_name_a_time_of_their_own_take_no_day_from_above() -> None:
    found = mentions_of(
        "Agriculture Minister Jane Roe toured the flooded farms on Monday.\n\n"
        '"The levees will be rebuilt next year," Roe said.'
    )
    said = opening(found, '"The levees will be rebuilt')
    assert said.date_start != MONDAY


def test_an_act_ordered_to_run_from_a_day_on_lies_ahead_of_the_order() -> None:
    (friday,) = find_dates(
        "The governor told state offices to close beginning on Friday to slow the spread of the fever.",
        WEDNESDAY,
    )
    assert friday.date_start == dt.date(2026, 9, 18)
    (sunday,) = find_dates("The transit board voted to raise fares starting Sunday.", WEDNESDAY)
    assert sunday.date_start == dt.date(2026, 9, 20)


def test_a_day_from_which_a_told_happening_ran_stays_behind() -> None:
    (friday,) = find_dates("Protests beginning on Friday spread to five cities.", WEDNESDAY)
    assert friday.date_start == dt.date(2026, 9, 11)
    (monday,) = find_dates("The carmaker began to lay off workers starting on Monday.", WEDNESDAY)
    assert monday.date_start == MONDAY


def test_a_month_still_ahead_leaves_a_passage_set_in_a_past_year() -> None:
    text = (
        "The former mayor pleaded not guilty to the bribery charges in March 2019.\n\n"
        "A jury is due to hear his case when the court sits again in September."
    )
    september = [d for d in find_dates(text, dt.date(2021, 7, 26)) if d.text == "September"]
    assert [d.date_start for d in september] == [dt.date(2021, 9, 1)]


def test_a_month_told_in_the_past_stays_in_its_passages_year() -> None:
    text = (
        "In 2019, the river burst its banks twice. In March the town was flooded, and in September the "
        "levee broke."
    )
    september = [d for d in find_dates(text, dt.date(2021, 7, 26)) if d.text == "September"]
    assert [d.date_start for d in september] == [dt.date(2019, 9, 1)]


def test_a_week_or_year_closing_what_is_denied_or_regretted_dates_that_deed_not_the_denial() -> None:
    found = mentions_of(
        "The finance minister said he did not regret meeting the bank chiefs last week.\n\n"
        "The senator denied taking money from the lobbyist last year."
    )
    regret = opening(found, "The finance minister")
    denial = opening(found, "The senator")
    assert regret.date_start == WEDNESDAY
    assert denial.date_start.year == WEDNESDAY.year


def test_a_day_after_what_is_admitted_stays_the_admissions_day() -> None:
    found = mentions_of("A lorry driver admitted causing the crash at a court hearing on Tuesday.")
    assert opening(found, "A lorry driver").date_start == dt.date(2026, 9, 15)


def test_a_denial_of_wrongdoing_is_dated_by_the_week_that_closes_it() -> None:
    found = mentions_of("The senator denied any wrongdoing in a televised interview last week.")
    assert opening(found, "The senator").date_start == dt.date(2026, 9, 7)


def test_the_deadline_a_demand_sets_is_no_date_of_the_letter_that_made_it() -> None:
    found = mentions_of(
        "Two senators sent a letter to the airline's chief executive demanding a briefing by Sept. 25.\n\n"
        "The regulator wrote to the bank asking for its loan records by Friday."
    )
    assert opening(found, "Two senators").date_start == WEDNESDAY
    assert opening(found, "The regulator").date_start == WEDNESDAY


def test_a_deadline_asked_for_now_or_ahead_keeps_its_day() -> None:
    found = mentions_of("The ministry will send a letter demanding answers from the contractor by Friday.")
    assert opening(found, "The ministry").date_start == dt.date(2026, 9, 18)
