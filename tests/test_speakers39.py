"""Who speaks and who acts: the body a bare kind points back to, a state's lone voice, a job that names a
person described before, the addressee of a letter, and a body acting on people. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


def test_a_government_named_after_a_preposition_is_not_the_one_that_speaks_next() -> None:
    text = (
        "Peru faces a diesel shortage after its largest refinery shut on Monday.\n\n"
        "Lima hopes to buy fuel from the Chilean government and from traders in Quito.\n\n"
        "The government said on Tuesday it would ration petrol."
    )
    last = _mentions(text)[-1]
    assert last.speaker != "Chilean government"
    assert "Chilean government" not in last.actors


def test_a_government_named_as_a_subject_is_still_the_one_meant() -> None:
    text = (
        "The Chilean government closed two ports on Monday.\n\n"
        "The government said on Tuesday it would reopen them in a week."
    )
    assert _mentions(text)[-1].speaker == "Chilean government"


@pytest.mark.parametrize(
    "sentence",
    [
        "A Kenyan official told reporters on Tuesday that the talks had failed.",
        "A senior Kenyan government official said on Tuesday that the talks had failed.",
    ],
)
def test_a_lone_voice_of_a_state_acts_for_it(sentence: str) -> None:
    mention = _mentions(sentence)[-1]
    assert mention.speaker == "Kenya"
    assert "Kenya" in mention.actors


def test_a_job_points_back_to_the_person_described_by_it() -> None:
    text = (
        "Harbour Lights singer Mira Tolsen left the stage in Lyon on Friday after a fall.\n\n"
        "The rock singer says she will be back on tour on Tuesday."
    )
    assert _mentions(text)[-1].speaker == "Mira Tolsen"


def test_a_job_set_after_a_name_is_pointed_back_to_as_well() -> None:
    text = (
        "Ivo Panek, the club's striker, scored twice in Brno on Saturday.\n\n"
        '"We deserved the points," the striker said on Sunday.'
    )
    assert _mentions(text)[-1].speaker == "Ivo Panek"


def test_an_administration_named_before_speaks_by_its_name() -> None:
    text = (
        "Aid groups have criticised the Varga administration over the cuts.\n\n"
        "The administration said on Tuesday that the budget would be restored."
    )
    assert _mentions(text)[-1].speaker == "Varga administration"


def test_the_addressee_of_a_letter_does_not_speak() -> None:
    text = (
        "Nine senators wrote on Monday about the leaks at the Halvex plant.\n\n"
        "The letter to company chief executive Tomas Brandt said the leaks must stop."
    )
    last = _mentions(text)[-1]
    assert last.speaker != "Tomas Brandt"
    assert "Tomas Brandt" not in last.actors


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Police arrested protesters gathered outside the parliament in Accra on Tuesday.", "Police"),
        ("The army evacuated villagers trapped by the flood on Tuesday.", "Army"),
    ],
)
def test_a_body_acting_on_people_described_after_them_acts(sentence: str, actor: str) -> None:
    assert actor in _mentions(sentence)[0].actors


def test_a_body_described_by_a_participle_still_does_not_act() -> None:
    assert _mentions("The police involved were suspended on Tuesday.")[0].actors == ()


def test_a_body_of_people_that_releases_a_letter_speaks_not_its_addressee() -> None:
    mention = _mentions(
        "Four Danish lawmakers issued a letter on Friday to port chief Lene Ostby saying the dredging "
        "must wait."
    )[-1]
    assert mention.speaker == "Four Danish lawmakers"
    assert "Lene Ostby" not in mention.actors


def test_one_person_of_a_country_named_by_a_demonym_is_not_the_state() -> None:
    mention = _mentions("The Kenyan was quoted by a Lagos paper on Monday saying that the port would close.")[
        -1
    ]
    assert mention.speaker != "Kenya"
    assert "Kenya" not in mention.actors


def test_a_job_brought_in_anew_by_a_is_not_the_person_named_before() -> None:
    text = (
        "Ivo Panek wrote on Monday to fellow drilling engineer Ana Roe about the casing.\n\n"
        "Late that night a company engineer phoned the head office.\n\n"
        '"We may have cracked the seal," the engineer said on Tuesday.'
    )
    assert _mentions(text)[-1].speaker != "Ana Roe"


def test_a_person_from_a_place_then_described_speaks_not_the_body_in_the_description() -> None:
    mention = _mentions(
        "Councillor Tomas Ekre from Halden county, the senior Liberal on the transport board, said on Friday "
        "that shutting the tunnel would hurt local bakers."
    )[-1]
    assert mention.speaker == "Tomas Ekre"


def test_a_body_whose_name_opens_with_its_country_speaks_not_the_state() -> None:
    mention = _mentions("The Kenyan Chamber of Shipping said on Monday the levy was hastily put together.")[
        -1
    ]
    assert mention.speaker == "Kenyan Chamber of Shipping"
    assert mention.speaker_country == "KEN"


def test_others_joined_by_but_speak_not_a_name_of_the_first_clause() -> None:
    mention = _mentions(
        "A few drivers interviewed by the Kesby Post on Monday had been paid, but others said they were "
        "still waiting."
    )[-1]
    assert mention.speaker == "Others"
