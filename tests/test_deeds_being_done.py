"""Kinds of happening a report names in words the triggers missed (missed42): a thing ordered shut by its
participle ("ordered the border sealed"), people allowed back, the sick treated as cases, a death told as
pronounced; a working group named by its rank ("managers held a session"); and a happening named only as
what is to be explained, where something is, or to come; a call for help is no saying. Every sentence is
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.clauses import first_trigger
from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.triggers import SPEECH
from tests.reports import FLOOD_LEAD, mentions_below_lead

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
LEAD = FLOOD_LEAD


def mentions_of(sentence: str) -> list[Mention]:
    return mentions_below_lead(sentence, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor ordered all schools in the province closed until further notice.",
        "The transport ministry ordered domestic flights suspended for two days.",
    ],
)
def test_a_thing_ordered_shut_is_a_measure(sentence: str) -> None:
    trigger = first_trigger(sentence)
    assert trigger is not None and trigger.event_type == "policy", sentence


def test_an_order_of_a_thing_described_is_no_measure() -> None:
    trigger = first_trigger("The mayor ordered a closed session of the council for the budget talks.")
    assert trigger is None or trigger.event_type != "policy"


def test_a_death_pronounced_is_a_casualty() -> None:
    trigger = first_trigger("The driver was pronounced dead at the district hospital an hour later.")
    assert trigger is not None and trigger.event_type == "casualties"


def test_people_allowed_back_is_a_measure_eased() -> None:
    trigger = first_trigger(
        "Residents of the flooded valley were allowed to return to their homes on Friday."
    )
    assert trigger is not None and trigger.event_type == "policy"


def test_the_sick_treated_as_cases_are_counted() -> None:
    trigger = first_trigger("Two ferry passengers are being treated as suspected cases of cholera.")
    assert trigger is not None and trigger.family == "case count"
    assert first_trigger("The warehouse fire is being treated as arson by the district police.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers from the port authority are working to find out why the tanker sank in calm water.",
        "The fishermen now avoid the spot where the ferry capsized in a storm three winters ago.",
        "Insurers raised premiums across the delta, and many owners will be left unprotected as the "
        "next storm strikes the coast.",
    ],
)
def test_a_happening_to_be_explained_placed_or_to_come_is_no_disaster_of_the_day(sentence: str) -> None:
    assert all(m.event_type != "disaster" for m in mentions_of(sentence)), sentence


# Sentences that put the one read below the report's opening, where an undated lead is the day's act anyway
BODY = (
    "Rivers across the province rose by more than two metres. "
    "The weather service expects more rain in the hills this week. "
    "Several roads in the valley remain under water.\n\n"
)


def test_managers_and_staff_act_as_a_working_group() -> None:
    sentence = (
        "At the regional health conference, senior hospital managers held a session to rework their plans."
    )
    article = prepare_article("own.txt", LEAD + BODY + sentence + "\n", SourceRow(published=PUBLISHED))
    found = [m for m in extract_mentions(article, load_gazetteer()) if "managers" in m.sentence.text]
    assert found and found[0].date_start == PUBLISHED, [m.date_start for m in found]


def test_a_call_for_help_is_no_saying() -> None:
    assert SPEECH.search("A passer-by called the police when the wall of the old mill gave way.") is None
    assert SPEECH.search("The fisherman called an ambulance for his injured brother.") is None
    assert SPEECH.search("The mayor called the flood defences a disgrace.") is not None
