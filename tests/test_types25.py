"""Event types wrong in general ways (issue 7, type): a new case of a catching disease told of the sick
("were confirmed with the flu", "had been diagnosed with the virus") is a disaster, service members sent or
carried in are a deployment, a quake's magnitude told between the quake and its verb keeps it a disaster,
and an epidemiologist's "attack rate" is no attack. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import body_mentions

WED = dt.date(2026, 3, 11)  # Wednesday 11 March 2026


def types_of(sentence: str) -> list[str]:
    found: list[Mention] = body_mentions(sentence, WED)
    return [m.event_type for m in found]


def test_the_sick_confirmed_or_diagnosed_with_a_catching_disease_are_new_cases() -> None:
    for sentence in (
        "A further 63 patients were confirmed with the new flu in Leeds today.",
        "One more person, a nurse who has come back from Lima, was confirmed to have swine flu today.",
        "A pupil who had visited Peru during the holidays had already been diagnosed with the virus.",
    ):
        assert types_of(sentence) == ["disaster"], sentence


def test_a_diagnosis_of_no_catching_disease_is_no_outbreak() -> None:
    assert "disaster" not in types_of("The singer was diagnosed with cancer in 2019.")
    # ("confirmed to have died" is a death, not a case)
    assert "disaster" not in types_of("The patient was confirmed to have died on Monday.")


def test_service_members_sent_or_carried_in_are_a_deployment() -> None:
    for sentence in (
        "The government announced on Monday it was sending another 3,000 sailors and marines to Tarvia.",
        "The army airlifted 300 soldiers to the island on Monday.",
    ):
        assert types_of(sentence) == ["deployment"], sentence
    assert "deployment" in types_of(
        "The foreign presence grew on Monday as helicopters dropped scores of troops into the port."
    )


def test_what_is_landed_without_troops_is_no_deployment() -> None:
    assert "deployment" not in types_of("The sales team landed a big contract on Monday.")


def test_a_quake_told_with_its_magnitude_before_its_verb_is_a_disaster() -> None:
    assert types_of("The quake - with a magnitude of 6.8 - struck at 0412 local time on Tuesday.") == [
        "disaster"
    ]
    # (rebels who struck are still an attack)
    assert types_of("Rebels struck the port with drones on Tuesday.") == ["attack"]


def test_an_attack_rate_is_no_attack() -> None:
    assert "attack" not in types_of(
        "The secondary attack rate of the virus among contacts was 20 percent, officials said on Monday."
    )
    assert types_of("Gunmen attacked a police station on Monday.") == ["attack"]


def test_a_public_body_that_halts_an_operation_makes_a_measure() -> None:
    assert types_of("State officials halted the dredging near the harbour on Tuesday.") == ["policy"]
    # (a company's halt is its own act; a halt told by officials is theirs to tell, not to make)
    assert "policy" not in types_of("The company halted its dredging near the harbour on Tuesday.")
    assert "policy" not in types_of("Officials said the dredging near the harbour was halted on Tuesday.")


def test_a_body_described_by_what_it_stopped_makes_no_measure() -> None:
    assert "policy" not in types_of(
        "The government that stopped fishermen from working the harbour now wants to run the fund."
    )
