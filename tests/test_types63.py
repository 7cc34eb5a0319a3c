"""Types a briefing officer would file a report under (issue 7): an office taken over from someone is a change
of leadership; a toll a speaker estimates is the toll; an outbreak declared a pandemic is the outbreak; checks
a body says it will start are a measure; a claim for money refused is no saying; a participant's appraisal of
a meeting is his remarks; a gathering of states set for next week is diplomacy; what another had briefed is
the speaker's claim; an illness that infected people is the outbreak; a court where reporters were told
something is only the place. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.triggers import SPEECH, settled_type
from tests.reports import build_reports


def types_of(text: str) -> list[str]:
    """The type of each event built from a one-paragraph report published on a Thursday."""
    return [kind for kind, *_ in build_reports((dt.date(2026, 3, 12), text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Weiss took over from Anna Berg as chairman of the rail authority on 3 March.",
        "Jane Roe, the bank's deputy governor, took over the day-to-day running of the bank on Monday.",
    ],
)
def test_an_office_or_a_bodys_running_taken_over_is_leadership(sentence: str) -> None:
    assert types_of(sentence) == ["leadership"]


def test_ground_taken_over_is_no_change_of_office() -> None:
    assert "leadership" not in types_of("Rebels took over the port of Alvar on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor says hundreds may have died in the floods.",
        "The president said on Monday that thousands are feared to have died.",
    ],
)
def test_a_toll_a_speaker_estimates_is_the_toll(sentence: str) -> None:
    assert settled_type("statement", sentence) == "casualties"


def test_a_toll_of_cattle_is_no_toll_of_people() -> None:
    assert settled_type("statement", "The farmer said hundreds of cattle may have died.") != "casualties"


@pytest.mark.parametrize(
    "sentence",
    [
        "The health agency declared it a global pandemic on Friday.",
        "The ministry declared the outbreak an epidemic on Monday.",
        "The ministry declared the outbreak over on Monday.",
    ],
)
def test_an_outbreak_declared_is_the_outbreak(sentence: str) -> None:
    assert settled_type("other", sentence) == "disaster"


def test_a_state_of_emergency_declared_stays_a_measure() -> None:
    assert settled_type("policy", "The governor declared a state of emergency on Monday.") == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said on Monday it would start random checks of imported grain.",
        "The agency said it would launch a surveillance scheme at the ports.",
        "The council says it will lift the curfew on Friday.",
    ],
)
def test_a_measure_a_body_says_it_will_take_is_the_measure(sentence: str) -> None:
    assert settled_type("statement", sentence) == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "The union said the curfew will hurt shops.",
        "The engineers said they would begin checks on the valve.",
    ],
)
def test_a_measure_only_talked_of_stays_remarks(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


def test_a_claim_for_money_refused_is_no_saying() -> None:
    refused = "Hydrel last week declined to settle a claim by the port authority for $40m."
    assert SPEECH.search(refused) is None
    assert SPEECH.search("He claims the vote was rigged.") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ortiz told reporters the meeting had resolved most open questions.",
        "The envoy said the talks had made good progress.",
    ],
)
def test_a_participants_appraisal_of_a_meeting_is_his_remarks(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"
    assert settled_type("diplomacy", sentence) == "statement"


def test_talks_ended_on_a_day_stay_the_talks() -> None:
    assert settled_type("diplomacy", "The envoy said the talks had ended on Friday.") == "diplomacy"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers sent the draft on to next week's ministerial conference in Lisbon.",
        "The text goes to a donors' meeting next month.",
    ],
)
def test_a_gathering_of_states_set_ahead_is_diplomacy(sentence: str) -> None:
    assert settled_type("other", sentence) == "diplomacy"


def test_a_firms_sales_conference_is_no_diplomacy() -> None:
    assert settled_type("other", "The firm will show its results at next week's sales conference.") == "other"


def test_what_another_had_briefed_is_the_speakers_claim() -> None:
    sentence = "A minister said the board had privately informed him of the sale of the mine."
    assert settled_type("other", sentence) == "claim"


def test_an_illness_that_infected_people_is_the_outbreak() -> None:
    assert types_of(
        "The fever, first seen in a border town, probably infected pupils as early as autumn."
    ) == ["disaster"]


def test_reporters_told_outside_court_is_no_step_of_a_case() -> None:
    outside = "The mayor told reporters outside court on Tuesday that he would appeal."
    assert settled_type("statement", outside) == "statement"
    assert settled_type("statement", "The nurse told the court on Tuesday that she saw him leave.") == "legal"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank will finish its report ahead of the June 23-24 ministerial meeting in Oslo.",
        "Baltic states are preparing to hold an emergency meeting on the grain tariffs.",
    ],
)
def test_a_gathering_of_states_named_with_its_days_or_to_be_held_is_diplomacy(sentence: str) -> None:
    assert settled_type("other", sentence) == "diplomacy"


def test_shareholders_meeting_is_no_diplomacy() -> None:
    assert settled_type("other", "Shareholders will hold a meeting next week.") == "other"


def test_a_trip_abroad_being_cut_short_is_diplomacy() -> None:
    assert types_of("The foreign minister said on Monday that she was cutting short a trip to Chile.") == [
        "diplomacy"
    ]
