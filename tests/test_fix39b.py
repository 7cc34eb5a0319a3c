"""Guards on the types and titles of session 39 (issue 7): an attack told in a statement or made on a
place stays an attack, a crowd out to celebrate is no protest, staff leaving their jobs and a resignation
offered on a condition or refused are no change of leadership, a quotation cut keeps its content, and an
aside that qualifies a claim stays in its title. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.extract.triggers import settled_type
from events.merge.titles import fit, tidy


@pytest.mark.parametrize(
    "sentence",
    [
        "A man attacked three cyclists with a knife on Friday, the council said in a statement.",
        "A crowd attacked a mosque near the harbour on Sunday, the imam said in a statement.",
        "Hackers attacked the insurer's servers on Thursday, the insurer said in a statement.",
        "Mr Ostrov's attack on the river town on Monday left the bridge in ruins.",
        "Valdoria launched its fiercest attack yet on the hill town of Brenn on Wednesday.",
    ],
)
def test_an_attack_told_in_a_statement_or_made_on_a_place_stays_an_attack(sentence: str) -> None:
    assert settled_type("attack", sentence) == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ida Lund launched her sharpest attack yet on the bank's board on Thursday.",
        "Ms Perrin's attack on the transport plan drew cheers in the chamber on Friday.",
        "Mr Kell's attack came on Monday, calling the levy a tax on the poor.",
        "The governor attacked the new levy in a radio interview on Tuesday.",
    ],
)
def test_an_attack_on_a_person_or_a_plan_made_in_words_is_a_statement(sentence: str) -> None:
    assert settled_type("attack", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters took to the streets on Saturday to celebrate the club's promotion.",
        "Thousands gathered outside the town hall on Sunday to mourn the mayor, chanting her name.",
        "Hundreds of fans gathered outside the arena on Friday, chanting the striker's name.",
    ],
)
def test_a_crowd_out_to_celebrate_or_mourn_is_no_protest(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


def test_a_crowd_in_the_streets_with_a_demand_stays_a_protest() -> None:
    sentence = "Students took to the streets of Kessel on Monday to demand lower fees."
    assert settled_type("other", sentence) == "protest"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of teachers quit their jobs on Tuesday, the union said.",
        "Dozens of pilots quit their job at the carrier last month.",
    ],
)
def test_staff_who_quit_their_jobs_leave_no_office(sentence: str) -> None:
    assert settled_type("other", sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The deputy mayor quit his job on Wednesday after the vote.",
        "Two ministers quit their cabinet posts on Friday.",
    ],
)
def test_an_office_quit_stays_a_change_of_leadership(sentence: str) -> None:
    assert settled_type("other", sentence) == "leadership"


@pytest.mark.parametrize(
    "sentence",
    [
        "The treasurer said on Monday he would resign if the audit found any fraud.",
        "The governor said on Friday she would step down unless the budget passed.",
        "The chairman said on Thursday his resignation was not on the agenda.",
        "The mayor said on Wednesday that her resignation isn't an option.",
    ],
)
def test_a_resignation_on_a_condition_or_refused_stays_remarks(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "clause",
    [
        "The new levy has, in theory, ended all sales of used tyres in the province",
        "The treaty has, on paper, opened every port of the coast to the fleet",
        "The board has, so far, refused all offers for the mill",
        "The clinic has, at best, slowed the waiting lists",
    ],
)
def test_an_aside_that_qualifies_the_claim_stays(clause: str) -> None:
    assert tidy(clause) == clause


def test_a_thought_is_not_cut_from_what_was_thought() -> None:
    # ("going | to have" is one verb phrase; the break before "that" would keep only "we can all conclude")
    title = fit(
        "Ana Roe: “I think we can all conclude that the new ferry is not going to have a single passenger"
        " in its first winter”"
    )
    assert title.startswith("Ana Roe: “I think we can all conclude that the new ferry is not going to"), title


def test_a_verb_phrase_with_no_room_for_its_infinitive_is_cut_before_its_to() -> None:
    assert (
        fit(
            "Officials in the three northern provinces think that the new ferry service is unlikely to start"
            " running before the spring"
        )
        == "Officials in the three northern provinces think that the new ferry service is unlikely"
    )
