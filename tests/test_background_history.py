"""History and standing positions told beside the news are no happenings of it: the last happening of the
story's kind, named to compare with; a position or a practice held for years; happenings counted over a span
of years; a past year's statistic. Each rule keeps the story's own happenings told in the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import compared_opening, figure_of_a_year, standing_position, tally_over_years
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The last major strike at the port was in May 1984, when dockers walked out for a year.",
        "The last such storm struck the coast in October 2005, killing 12 people.",
        "A similar blackout in August 2003 left 50 million people without power.",
    ],
)
def test_the_last_happening_of_its_kind_dated_by_month_and_year_is_a_comparison(sentence: str) -> None:
    assert compared_opening(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a day dates the story's own happening, whatever the sentence compares it with
        "A similar fire destroyed a warehouse in the port on Monday.",
        "The last patients left the field hospital on Friday.",
        # the compared thing is the object of an act that is itself the news
        "Her predecessor vetoed a similar bill in May 2024, but parliament overrode the veto.",
    ],
)
def test_a_happening_of_the_story_told_beside_a_comparison_stays(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers have for years complained that the irrigation canals are blocked.",
        "The miners' union has for decades fought plans to close the pit.",
        "Election monitors have said for some time that the voter rolls are out of date.",
    ],
)
def test_a_position_held_for_years_is_no_happening(sentence: str) -> None:
    assert standing_position(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_the_first_time_in_years_is_an_occasion() -> None:
    sentence = "The court has for the first time ordered the ministry to pay damages."
    assert not standing_position(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "The province has been hit by floods three times in the past decade.",
        "The river town has flooded four times since 2010.",
        "Storms of this strength have struck the islands twice in the last 20 years.",
    ],
)
def test_happenings_counted_over_years_are_a_record_not_news(sentence: str) -> None:
    assert tally_over_years(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels have attacked the border post three times this week.",
        "The central bank raised interest rates twice in March.",
    ],
)
def test_happenings_counted_over_days_stay(sentence: str) -> None:
    assert not tally_over_years(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


def test_a_past_year_set_against_the_story_after_unlike_is_a_comparison() -> None:
    # the floods of that year are named to set the story's against; nothing of the story's days is told
    assert (
        mentions_below_lead(
            "Unlike the 2011 floods, which swept away the old bridge, the new levees held.", THURSDAY
        )
        == []
    )


def test_a_warning_measured_as_in_a_past_years_happening_is_not_dated_to_that_year() -> None:
    # "as in the 1998 floods" measures the warned-of flood against that year's; nothing happened in 1998
    sentence = (
        "Engineers warn that a flood capable of swamping as many homes as in the 1998 floods could hit the "
        "delta within a decade."
    )
    assert all(m.date_start.year != 1998 for m in mentions_below_lead(sentence, THURSDAY))


def test_unlike_someone_the_act_of_the_day_stays() -> None:
    sentence = "Unlike his predecessor, the new mayor opened the budget talks on Monday."
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019, the island's fishing fleet was worth $240 million.",
        "The airline generated more than $3 billion of revenue last year.",
        "Tourism accounted for 12 percent of the economy in 2018.",
    ],
)
def test_a_past_years_statistic_is_background(sentence: str) -> None:
    assert figure_of_a_year(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an act of that year beside its figure, and a figure of the story's days
        "In 2019, the carrier reported $408 million in losses and cut 2,000 jobs.",
        "The airline generated $3 billion of revenue on Monday, the company said.",
        "The ministry paid $40 million in compensation to flood victims last year.",
    ],
)
def test_an_act_or_a_figure_of_the_days_stays(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []
