"""Types a briefing officer would file a report under (issue 7): a count of the sick told by how many times it
grew is the outbreak's; grounds of a trade closed and a deadline given in the passive are measures; what a
court's panel wrote is its ruling; an accident named by its day is a disaster; lawmakers' and critics'
attacks are words, and a well "killed" counts no dead. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports


def types_of(text: str) -> list[str]:
    """The type of each event built from a one-paragraph report published on a Thursday."""
    return [kind for kind, *_ in build_reports((dt.date(2026, 3, 12), text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of measles cases among the island's pupils has tripled in a week to 300.",
        "Cholera cases in the delta have more than doubled to 1,400, the ministry said on Monday.",
    ],
)
def test_an_outbreaks_count_grown_by_times_is_the_outbreak(sentence: str) -> None:
    assert types_of(sentence) == ["disaster"]


def test_a_count_of_court_cases_doubled_is_no_outbreak() -> None:
    assert "disaster" not in types_of(
        "The number of court cases doubled last year, the ministry said on Monday."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The fisheries agency shut two more crabbing grounds off the cape on Tuesday.",
        "The state reopened the oyster beds on Monday.",
        "The contractor was given five days to name a new site manager, the ministry said on Monday.",
        "Squatters on the riverbank were given three days to leave on Monday.",
    ],
)
def test_grounds_closed_and_a_deadline_given_are_measures(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trawler reached the crabbing grounds on Monday.",
        "The patient was given two days to live.",
    ],
)
def test_no_measure_without_an_authority_acting(sentence: str) -> None:
    assert "policy" not in types_of(sentence)


def test_what_a_panel_of_judges_wrote_is_its_ruling() -> None:
    assert types_of("A five-judge panel wrote on Tuesday that the ban on night flights was lawful.") == [
        "legal"
    ]


def test_a_panel_of_experts_writing_stays_remarks() -> None:
    assert "legal" not in types_of("The panel of experts wrote on Monday that the dam was unsafe.")


def test_an_accident_named_by_its_day_is_a_disaster() -> None:
    assert types_of("Fish stocks in the lake collapsed after the March 3 accident at the dye works.") == [
        "disaster"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "MPs attacked the rail operator and its owners in a debate on Wednesday.",
        "Lawmakers attacked the minister on Tuesday over the delays.",
    ],
)
def test_an_attack_by_those_whose_weapons_are_words_is_no_armed_attack(sentence: str) -> None:
    assert "attack" not in types_of(sentence)


def test_rebels_still_attack() -> None:
    assert types_of("Rebels attacked the town on Monday.") == ["attack"]


def test_a_well_killed_in_quotation_marks_counts_no_dead() -> None:
    types = types_of('Engineers "killed" the leaking gas well off the cape on Sunday.')
    assert types == ["other"]


def test_people_killed_in_quotation_marks_are_still_a_toll() -> None:
    assert types_of('Gunmen "killed" 12 villagers on Monday.') == ["casualties"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor has now proposed raising the fuel tax on ferries.",
        "The minister proposed a new ferry route on Monday.",
    ],
)
def test_a_proposal_is_words_put_forward(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The proposed law was passed on Monday.",
        "Tom Hale proposed to his girlfriend on Monday.",
    ],
)
def test_no_proposal_in_a_law_described_or_a_marriage_asked_for(sentence: str) -> None:
    assert "statement" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor is expected to extend the curfew on the port city on Friday, her office said.",
        "The ministry on Monday began easing its warning against travel to the northern islands.",
    ],
)
def test_a_measure_kept_in_force_or_travel_advice_eased_is_policy(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


def test_a_contract_extended_is_no_measure() -> None:
    assert "policy" not in types_of("The league extended the striker's contract on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The government mobilised a quarter of its stockpile of flu drugs on Monday.",
        "The ministry released 2 million barrels from its strategic oil reserve on Monday.",
    ],
)
def test_a_state_drawing_on_its_reserves_is_policy(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


def test_a_bank_releasing_cash_reserves_is_no_measure() -> None:
    assert "policy" not in types_of("The bank released 5% of its reserves of cash on Monday.")
