"""Types of unseen news (issue 7), each a class readers found on unseen articles: a count of people in
general that a speaker gives is a figure reported, not a claim; an attack or a war that is no fighting (of
the body, of words, of trade) is no attack; the dead named only to tell who a speaker is, or a trade's season
"killed", are no toll; a deed told only in a relative clause set apart by commas does not type the sentence;
a measure only asked for is words; a case only conceded ("despite the charges, ...") or a court of sport is
no step of a case, nor a claim for money filed outside a court; an act dated days after a disaster is the
act. Every sentence is our own."""

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
        "The regional health office said on Tuesday that 640 people had come to its clinics for advice.",
        "Hospital officials said on Tuesday that 2,300 people were still waiting for beds.",
    ],
)
def test_a_count_of_people_told_by_a_speaker_is_no_claim(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


def test_a_count_of_fighters_told_by_one_side_stays_its_claim() -> None:
    assert types_of(
        "The defence ministry of Tarvia said on Tuesday that 400 mercenaries were in the hills."
    ) == ["claim"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The senators were even harsher in their attacks on the chairman on Tuesday.", "statement"),
        (
            "The insurer was quickly on the attack on Tuesday, issuing a statement that blamed the builder.",
            "statement",
        ),
        (
            '"The vaccine trains the body to mount an immune attack on the germ," said Dr Ann Lowe.',
            "statement",
        ),
        ("A war of words broke out on Tuesday between the two carmakers over the recall.", "statement"),
        (
            "Two supermarket chains started a price war on Tuesday, cutting the price of bread by half.",
            "other",
        ),
    ],
)
def test_an_attack_or_a_war_that_is_no_fighting_is_no_attack(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels launched an attack on the army base at Kesso on Tuesday.",
        "The rebels were bolder in their attacks on the army on Tuesday, killing six soldiers.",
    ],
)
def test_an_armed_attack_stays_an_attack(sentence: str) -> None:
    assert types_of(sentence) == ["attack"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "A woman whose husband was among the dead said on Tuesday the minister had promised an inquiry.",
            "statement",
        ),
        ("A family whose two sons were badly injured in the crash on Tuesday asked for help.", "other"),
        (
            '"The ban killed the crab season before it began," said Tom Reed, a trawler captain, on Tuesday.',
            "statement",
        ),
    ],
)
def test_the_dead_named_in_an_aside_or_a_season_killed_is_no_toll(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Villagers whose homes were destroyed were killed in the flood on Tuesday.",
        "The blast killed nine miners on Tuesday, officials said.",
    ],
)
def test_the_dead_of_the_main_clause_stay_a_toll(sentence: str) -> None:
    assert types_of(sentence) == ["casualties"]


def test_a_deed_told_only_in_a_relative_aside_is_not_the_sentence_type() -> None:
    assert types_of(
        "Jo Marr, who has sued three mining firms before, hired two chemists on Tuesday to test the water."
    ) == ["other"]


def test_a_deed_of_the_main_clause_keeps_its_type_beside_an_aside() -> None:
    assert types_of("Jo Marr, who was arrested on Monday, was charged with fraud on Tuesday.") == [
        "arrest",
        "legal",
    ]


def test_a_ship_that_strikes_a_named_rock_is_a_disaster() -> None:
    assert types_of("On 3 May 1972 the supertanker Orla struck Gull Rock off the northern cape.") == [
        "disaster"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unions called on Tuesday for a curfew to be lifted in the port.",
        "Two fires on the platforms have spurred lawmakers to press the ministry to extend its ban on wells.",
    ],
)
def test_a_measure_only_asked_for_is_the_askers_words(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under pressure from farmers, the ministry lifted the ban on grain exports on Tuesday.",
        "The ministry urged residents to stay indoors and imposed a curfew on Tuesday.",
    ],
)
def test_a_measure_taken_beside_a_demand_stays_a_measure(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


def test_a_measure_that_is_an_act_of_its_own_after_a_demand_stays_a_measure() -> None:
    assert types_of(
        "Several lawmakers had been pushing for an independent panel and had introduced legislation on"
        " Tuesday to pressure the ministry."
    ) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite that sweeping indictment, the panel said on Tuesday the ministry had acted too harshly.",
        '"We must help the valley," Marta Lind told the centre court crowd on Sunday.',
    ],
)
def test_a_case_only_conceded_or_a_court_of_sport_is_no_step_of_a_case(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


def test_a_witness_telling_the_court_is_testimony() -> None:
    assert types_of("The witness told the court on Tuesday that she had seen the driver drinking.") == [
        "legal"
    ]


def test_claims_for_money_filed_are_no_suit() -> None:
    assert types_of(
        "By Sunday, 9,000 claims had been filed by shops that lost trade in the closure, an insurer said."
    ) == ["other"]


def test_a_claim_filed_in_a_court_is_a_suit() -> None:
    assert types_of(
        "A claim was filed in the high court on Tuesday by three farmers against the pipeline firm."
    ) == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers pulled a boy from the ruins of a school on Tuesday, nine days after the earthquake struck.",
        "The mill reopened on Tuesday, two months after the blast.",
    ],
)
def test_an_act_dated_days_after_a_disaster_is_the_act(sentence: str) -> None:
    assert types_of(sentence) == ["other"]


def test_what_follows_a_disaster_at_its_hour_stays_the_disaster() -> None:
    assert types_of("Thousands of people fled their homes on Tuesday after the earthquake struck.") == [
        "disaster"
    ]


def test_more_people_diagnosed_taking_the_total_up_is_the_outbreak() -> None:
    assert types_of(
        "Three more people from the north of Wales and Leeds were also diagnosed, taking the total in the"
        " country so far to 120, the health ministry said."
    ) == ["disaster"]
