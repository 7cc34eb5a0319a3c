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
        # (a government is no side of a dispute where it names none; "because of smoke" blames no party)
        "The government said on Monday that 2,000 people had been moved from the coast.",
        "Health officials said on Monday that 60 people had been treated because of smoke from the fire.",
    ],
)
def test_a_count_of_people_told_by_a_speaker_is_no_claim(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel commander said on Monday that 5,000 people in the hills went hungry because of a siege.",
        "Opposition leader Ana Vell said on Monday that under 200 people had come to the governor's rally.",
        "The dockers' union said on Monday that 3,000 people had lost their jobs since the merger.",
        "The mayor said on Monday that 900 people had fallen ill because of the factory's waste.",
        "The government said on Monday that under 400 people had joined the opposition march in Karo.",
    ],
)
def test_a_count_of_people_told_by_a_side_or_laying_blame_stays_a_claim(sentence: str) -> None:
    assert types_of(sentence) == ["claim"]


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
        ("A bidding war for the striker broke out on Tuesday between two clubs.", "other"),
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


def test_a_turf_war_of_gangs_is_fighting() -> None:
    assert types_of(
        "A turf war between two gangs broke out in the port on Monday, emptying the streets."
    ) == ["offensive"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "A woman whose husband was among the dead said on Tuesday the minister had promised an inquiry.",
            "statement",
        ),
        ("A family whose two sons were badly injured in the crash on Tuesday asked for help.", "other"),
        (
            '"The ban killed the oyster season before it began," said Ana Vell, a boat owner, on Tuesday.',
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
        # (a noun of a trade or a party that is no last word of the object names people: they are the dead)
        "Gunmen killed four party officials in Lessa on Tuesday, police said.",
        "The explosion killed 11 market porters at the depot on Tuesday.",
        "The blast injured two tourism inspectors near the pier on Tuesday.",
        "Storms killed the trade's three oldest salt makers on Tuesday.",
        # (bodies counted by the clause, the dead of the aside among them)
        "Divers recovered nine bodies on Monday, some of the 30 crew lost in the storm, from the hull.",
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
    assert types_of("On 3 May 1972 the steamer Orla struck Tarn Rocks off the northern cape.") == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Unions called on Tuesday for a curfew to be lifted in the port.",
        "Three fires at the depot spurred lawmakers to press the ministry to extend its ban on night work.",
    ],
)
def test_a_measure_only_asked_for_is_the_askers_words(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under pressure from farmers, the ministry lifted the ban on grain exports on Tuesday.",
        "The ministry urged residents to stay indoors and imposed a curfew on Tuesday.",
        # (a push with no "for" or "to" asks for nothing: the measure is taken)
        "The ministry pressed ahead on Monday with its curfew in the capital.",
        "The council pressed on with its ban on night markets on Monday despite protests.",
        "Lobbying by traders led the council to lift the ban on night markets on Monday.",
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


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite the suit filed on Monday by nine landlords, the council said it would press on.",
        "Despite being charged with fraud on Monday, Marr was freed on bail.",
    ],
)
def test_a_dated_step_of_a_case_in_a_leading_concession_stays_legal(sentence: str) -> None:
    assert types_of(sentence)[0] == "legal"


def test_a_witness_telling_the_court_is_testimony() -> None:
    assert types_of("The witness told the court on Tuesday that she had seen the driver drinking.") == [
        "legal"
    ]


def test_claims_for_money_filed_are_no_suit() -> None:
    assert types_of(
        "By Sunday, 9,000 claims had been filed by shops that lost trade in the closure, an insurer said."
    ) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A claim was filed in the high court on Tuesday by three farmers against the pipeline firm.",
        "Over 200 claims were filed against the bus company on Monday by injured passengers.",
    ],
)
def test_a_claim_filed_in_a_court_or_against_a_party_is_a_suit(sentence: str) -> None:
    assert types_of(sentence) == ["legal"]


def test_claims_filed_against_a_fund_are_claims_for_money() -> None:
    assert types_of(
        "By Sunday, 9,000 claims had been filed against the relief fund by farmers, an official said."
    ) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers pulled a boy from a collapsed mine on Tuesday, nine days after the landslide struck.",
        "Villagers began rebuilding their homes on Tuesday, ten days after the storm struck.",
    ],
)
def test_an_act_dated_days_after_a_disaster_is_the_act(sentence: str) -> None:
    assert types_of(sentence) == ["other"]


def test_what_follows_a_disaster_at_its_hour_stays_the_disaster() -> None:
    assert types_of("Thousands of people fled their homes on Tuesday after the landslide struck.") == [
        "disaster"
    ]


def test_more_people_diagnosed_taking_the_total_up_is_the_outbreak() -> None:
    assert types_of(
        "Four more pupils at a school in Varne were also diagnosed, bringing the total in the region to 75,"
        " officials said."
    ) == ["disaster"]
