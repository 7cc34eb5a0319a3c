"""Types taken from words that are not the act (types47): a happening that only says who people are or
what a day remembers ("survivors of the floods"), criticism told with a verb of violence ("attacked for
his silence", "hit out at"), and voters named with no vote held. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_kinds, families_in, said_in

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("The verdict drew bitter responses from relatives of the victims of the 2019 bombing.", "attack"),
        ("The new levy angered survivors of the 2015 attacks.", "attack"),
        ("Widows of the miners lost in the 2021 mine explosion met the governor.", "disaster"),
        ("Crowds gathered on the anniversary of the earthquake.", "disaster"),
    ],
)
def test_a_happening_that_says_who_people_are_types_nothing(sentence: str, family: str) -> None:
    assert family not in families_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Gunmen attacked a bus carrying pilgrims near the border.", "attack"),
        ("The victims were attacked by a gang near the station.", "attack"),
        ("Floods swept through three villages of the valley.", "disaster"),
    ],
)
def test_the_happening_itself_still_types(sentence: str, family: str) -> None:
    assert family in families_in(sentence)


def test_people_of_a_past_attack_are_no_attack_of_the_day() -> None:
    kinds = body_kinds(
        "The ruling on Tuesday angered survivors of the 2015 bombing of the market.", PUBLISHED
    )
    assert all(kind != "attack" for kind, _ in kinds)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was attacked afterwards for her refusal to answer questions.",
        "Shareholders attacked the board for failing to warn of the losses.",
        "The coach was attacked on Tuesday for his choice of players.",
    ],
)
def test_attacked_for_a_deed_is_criticism(sentence: str) -> None:
    assert "attack" not in families_in(sentence)
    assert any(word.startswith("attacked") for word in said_in(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels attacked the convoy for the second time in a week.",
        "Militants attacked a police post on Tuesday.",
    ],
)
def test_attacked_with_no_blame_is_still_an_attack(sentence: str) -> None:
    assert "attack" in families_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The union leader hit out at the airline on Tuesday over job cuts.",
        "The premier lashed out at his critics in parliament.",
    ],
)
def test_hitting_out_at_someone_is_words_said(sentence: str) -> None:
    assert any("out at" in word for word in said_in(sentence))
    assert [kind for kind, _ in body_kinds(sentence, PUBLISHED)] in ([], ["statement"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor sought to reassure voters that the dam was safe.",
        "Analysts warn that voters may punish the ruling party.",
        "The campaign targets young voters in the suburbs.",
    ],
)
def test_voters_named_hold_no_vote(sentence: str) -> None:
    assert "election" not in families_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters in the capital went to the polls on Sunday.",
        "Voters rejected the new charter by a wide margin.",
        "Voters will choose a new parliament on Sunday.",
    ],
)
def test_voters_who_vote_are_an_election(sentence: str) -> None:
    assert "election" in families_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Rents will rise, according to a trial lawyer who advises landlords.", "legal"),
        ("Turnout was low, an election official said.", "election"),
        ("Flood victims queued for food parcels in the square.", "disaster"),
    ],
)
def test_a_happening_that_names_a_job_or_who_was_hurt_types_nothing(sentence: str, family: str) -> None:
    assert family not in families_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Mr Okafor was elected president for a second term.", "election"),
        ("She held a press conference with President Okafor.", "diplomacy"),
    ],
)
def test_a_verb_or_a_title_before_a_name_is_no_compound(sentence: str, family: str) -> None:
    assert family in families_in(sentence)
