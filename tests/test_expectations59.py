"""What a speaker believes will come is no planned happening: remarks that officials "were expecting to see"
more delays by winter, that "it is likely that" a line opens in a later year, that a lender has "confidence" a
loan would be repaid next year, are the remarks of their day and nothing more. A plan said to be set for a day
("the line would open on Friday") is still a planned happening of its own. A date in a condition of what was
said ("if the drought lasts into the autumn") dates neither the saying nor anything done. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import EXPECTATION
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 11)
LEAD = "The city council approved the new transport budget on Tuesday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ines Varga said on Tuesday that officials were expecting to see more delays this winter.",
        '"It is likely that we will finish the tram line in 2031," Mayor Ines Varga said on Tuesday.',
        "The Oakridge Bank said on Tuesday it had growing confidence the city would repay the loan in 2027.",
    ],
)
def test_a_belief_about_what_will_come_is_no_planned_happening(sentence: str) -> None:
    assert EXPECTATION.search(sentence)
    found = report_mentions(LEAD + sentence, WEDNESDAY)
    said = [m for m in found if m.sentence.text == sentence]
    assert [m.planned for m in said] == [False]
    assert said[0].date_start == dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "The transport minister said on Tuesday the new bridge would open on Friday.",
        "The council said on Tuesday the new line would open on Friday.",
    ],
)
def test_a_plan_told_for_its_day_is_still_planned(sentence: str) -> None:
    assert not EXPECTATION.search(sentence)
    found = report_mentions(LEAD + sentence, WEDNESDAY)
    planned = [m for m in found if m.sentence.text == sentence and m.planned]
    assert [m.date_start for m in planned] == [dt.date(2026, 3, 13)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a hope to do an act oneself is a plan of one's own, not a belief about what others will do
        "The operator hopes to reopen the port on Friday.",
        "Officials expect the storm to reach the coast on Friday.",
    ],
)
def test_aims_and_forecasts_of_acts_are_not_beliefs(sentence: str) -> None:
    assert not EXPECTATION.search(sentence)


def test_a_condition_in_what_was_said_does_not_date_the_remarks() -> None:
    # the autumn is when the drought might last to, not when anyone spoke or acted; told without it, the same
    # remarks by unnamed officials on what could happen are no happening either
    dated = "Regional officials say if the drought lasts into the autumn the river could run dry near Tarsk."
    undated = "Regional officials say if the drought lasts much longer the river could run dry near Tarsk."
    for sentence in (dated, undated):
        assert [m for m in report_mentions(LEAD + sentence, WEDNESDAY) if m.sentence.text == sentence] == []


def test_a_plan_with_a_condition_keeps_its_day() -> None:
    sentence = "The transport minister said on Tuesday the line would open on Friday if the tests pass."
    found = [m for m in report_mentions(LEAD + sentence, WEDNESDAY) if m.sentence.text == sentence]
    assert sorted((m.planned, m.date_start) for m in found) == [
        (False, dt.date(2026, 3, 10)),
        (True, dt.date(2026, 3, 13)),
    ]
