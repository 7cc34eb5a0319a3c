"""Types a briefing officer would file a report under (issue 7), for verbs that news prose uses both for words
and for deeds: a chamber that confirms a nominee in an office fills the office; a sum pledged is money given.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.clauses import what_was_said
from events.extract.triggers import SPEECH, settled_type
from tests.reports import mentions_below_lead, types_below_lead

TUESDAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senate confirmed Ana Roe as finance minister in a 70-12 vote on Monday, filling a key post.",
        "The board confirmed Tom Ley as its new chief executive on Monday.",
        "Lawmakers on Monday confirmed the nomination of Karl Weiss as ambassador to Peru.",
        "The senate confirmed the premier’s nomination of Mayor Jo Roe as minister on Monday.",
        "Ana Roe was confirmed as governor by the state assembly on Monday.",
    ],
)
def test_a_nominee_confirmed_in_an_office_is_a_change_of_office(sentence: str) -> None:
    assert "leadership" in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police confirmed Tom Ley as the driver of the lorry on Monday.",
        "The ministry confirmed on Monday that the finance minister had flown to Oslo for talks.",
        "A spokesman did not confirm Tom Ley as the new chief executive on Monday.",
        "Police confirmed Ana Roe as the head of the gang on Monday.",
        "Detectives confirmed Tom Ley as the captain of the barge that sank off Brenn on Monday.",
        "The man pulled from the canal was confirmed as the missing governor, police said on Monday.",
        "Sunday's race was confirmed as the coach's last in charge, the club said on Monday.",
    ],
)
def test_a_fact_confirmed_fills_no_office(sentence: str) -> None:
    assert "leadership" not in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional council pledged $40 million on Monday to rebuild the flooded bridges.",
        "Nordic states have pledged more than 300m euros ($350m) from a joint fund to help the isle recover.",
        "The mining firm pledged $20m (#14m) to study the river's recovery.",
    ],
)
def test_a_sum_pledged_is_money_given(sentence: str) -> None:
    types = types_below_lead(sentence, TUESDAY)
    assert "other" in types
    assert "statement" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "The mining firm pledged on Monday to pay every claim from the valley.",
        "The minister pledged on Monday that the bridges would be rebuilt by June.",
    ],
)
def test_a_pledge_with_no_sum_stays_words(sentence: str) -> None:
    assert "statement" in types_below_lead(sentence, TUESDAY)


def test_a_sum_pledged_on_a_condition_stays_words() -> None:
    sentence = "The candidate pledged $3bn for new clinics if elected, she told supporters on Monday."
    assert "other" not in types_below_lead(sentence, TUESDAY)


def test_the_deadline_of_what_a_sum_is_for_does_not_date_the_pledge() -> None:
    sentence = (
        "The state has pledged $4 billion to halve river pollution by 2031, the minister said on Monday."
    )
    (mention,) = mentions_below_lead(sentence, TUESDAY)
    assert mention.date_start == dt.date(2026, 3, 9)
    assert not mention.planned


@pytest.mark.parametrize(
    "sentence",
    [
        "The trouble began on March 3, when the Harmony, a cargo ship owned by a shipping line, caught"
        " fire and sank, killing four sailors.",
        "The Brenn Star, a freighter, exploded in the harbour on Monday.",
        "The Brenn Star, a freighter bound for Lyme, broke up on Monday.",
        "The Kestrel Deep platform leased by a drilling firm exploded on Monday.",
    ],
)
def test_a_craft_named_before_its_kind_that_burns_or_sinks_is_a_disaster(sentence: str) -> None:
    assert "disaster" in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Roe, a ferry captain from the islands, told reporters on Monday that she had been fired.",
        "Kova Energy, a refinery operator based in Brenn, sank 6% on Monday after its results.",
        "Tom Ley, the plant manager, blew up at the auditors on Monday.",
    ],
)
def test_a_person_or_firm_named_by_a_trade_is_no_wreck(sentence: str) -> None:
    assert "disaster" not in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry issued new hygiene guidelines for kitchens on Monday.",
        "On Monday, the state's fisheries board announced severe restrictions on trawling north of the bay.",
        "The port authority issued stricter fire and noise requirements for harbour cranes on Monday.",
        "The central bank announced tighter lending curbs on Monday.",
    ],
)
def test_rules_issued_by_their_name_are_a_measure(sentence: str) -> None:
    assert "policy" in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has not issued guidelines for schools, a union official said on Monday.",
        "The carrier announced higher earnings despite border restrictions on Monday.",
        "The firm unveiled a tablet meeting the new requirements on Monday.",
    ],
)
def test_rules_not_issued_are_no_measure(sentence: str) -> None:
    assert "policy" not in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity said on May 22 it was setting aside $4 million to help growers replant the orchards.",
        "The charity said on 3 March that it was shipping 900 pumps to the orchards.",
    ],
)
def test_an_act_under_way_said_on_a_calendar_day_is_the_act(sentence: str) -> None:
    assert types_below_lead(sentence, TUESDAY) == ["other"]


def test_a_view_said_on_a_calendar_day_stays_words() -> None:
    sentence = "The charity said on May 22 it was hoping for a quick end to the dispute."
    assert types_below_lead(sentence, TUESDAY) == ["statement"]


def test_what_was_said_on_a_calendar_day_opens_after_the_day() -> None:
    text = "The charity said on May 22 it was setting aside $4 million to help growers replant the orchards."
    speech = SPEECH.search(text)
    assert speech is not None
    assert what_was_said(text, speech).startswith("it was setting aside")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kova Air suspends flights to Lyme until Friday to let a storm pass, a spokesman said on Monday.",
        "Norland halts exports of grain to Vestria, the trade minister said on Monday.",
    ],
)
def test_a_halt_told_in_a_headline_present_is_a_measure(sentence: str) -> None:
    assert "policy" in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland isn't suspending flights to Vestria, the minister said on Monday.",
        "The board said on Monday that states should stop suspending flights to Vestria.",
        "If the strike goes ahead, the carrier is suspending flights to Lyme, a spokesman said on Monday.",
        "The ash plume is grounding flights across the north, forecasters said on Monday.",
        "The plan was rejected on Monday on the grounds that exports would suffer.",
    ],
)
def test_a_halt_denied_asked_for_or_on_a_condition_is_no_measure(sentence: str) -> None:
    assert "policy" not in types_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve pupils at a school in Lyme have fallen ill with measles, the mayor said on Monday.",
        "Officials suspect children at a second school have been taken ill with typhoid, the mayor said.",
    ],
)
def test_people_fallen_ill_with_a_catching_disease_told_by_a_speaker_are_new_cases(sentence: str) -> None:
    assert settled_type("statement", sentence) == "disaster"


def test_people_fallen_ill_with_no_catching_disease_are_no_new_cases() -> None:
    sentence = "Twelve pupils at a school in Lyme fell ill with food poisoning, the mayor said on Monday."
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "No pupils have fallen ill with measles, the mayor said on Monday.",
        "Nurses warned that children could become ill with measles if not vaccinated, the mayor said.",
        "Twelve pupils at the school have not fallen ill with typhoid, the mayor said on Monday.",
    ],
)
def test_no_one_fallen_ill_or_only_at_risk_is_no_new_case(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"
