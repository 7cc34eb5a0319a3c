"""Names of bodies read whole: a first word that also qualifies a role, a hyphened word after "for the",
a second head word, "of the" inside a name the lists do not know. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def speaker_of(sentence: str) -> str:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    return mention.speaker


def actors_of(sentence: str) -> list[str]:
    return [e.name for e in load_gazetteer().find(sentence) if e.kind == "actor"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body's name that opens with a word of a role ("Health Minister"), no role's head after it
        (
            "Health Protection Tarvia said on Monday that 12 new cases had been confirmed.",
            "Health Protection Tarvia",
        ),
        (
            "Officials at Energy Saving Valdora said on Monday that 300 homes had lost power.",
            "Energy Saving Valdora",
        ),
        # a hyphened word after "for the" goes on to the rest of the name
        (
            "A spokesman for the Office for the Co-ordination of Relief Affairs said on Monday that 40 trucks"
            " had reached the town.",
            "Office for the Co-ordination of Relief Affairs",
        ),
        # two head words in one capitalised run name one body
        (
            "The Westfield University Student Union said on Monday that the vote had been cancelled.",
            "Westfield University Student Union",
        ),
        (
            "Northern Service Enterprise Group said on Monday that it had cut 400 jobs.",
            "Northern Service Enterprise Group",
        ),
        # "of the" and "for the" inside a name no list knows
        ("Friends of the Marshes said on Monday that 3,000 birds had died.", "Friends of the Marshes"),
        (
            "Transport for the Lowlands said on Monday that the line had been closed.",
            "Transport for the Lowlands",
        ),
    ],
)
def test_a_body_is_named_whole(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence) == speaker


def test_a_role_stays_out_of_the_name() -> None:
    # a role's modifier before its head is still the role, not the name
    assert speaker_of("Health Secretary Nicola Roe said on Monday that 12 new cases had been confirmed.") == (
        "Nicola Roe"
    )


def test_a_word_of_standing_opens_no_body() -> None:
    # "Former", "Acting", "Senior" qualify a person only
    speaker = speaker_of("Former Tarvian Jane Roe said on Monday that the talks had failed.")
    assert not speaker.startswith("Former")


def test_a_participle_after_a_hyphen_is_no_part_of_the_name() -> None:
    # "Energy-funded" says who paid, the ministry's name closes at "Energy"
    assert "Ministry of Energy" in actors_of(
        "The Ministry of Energy-funded laboratory said the test had failed."
    )


def test_a_rank_after_a_body_is_no_second_head() -> None:
    # "Rear Admiral" holds no head word: the body and the officer stay apart
    actors = actors_of("The Coast Guard Rear Admiral Jane Roe said the leak had slowed.")
    assert "Coast Guard" in actors
    assert "Jane Roe" in actors


def test_a_known_body_opens_a_larger_bodys_name() -> None:
    # the office is the body that speaks, its name opening with the listed body's
    said = "Staff at the UN Office for the Co-ordination of Relief Affairs said on Monday that 40"
    assert (
        speaker_of(said + " trucks had reached the town.")
        == "UN Office for the Co-ordination of Relief Affairs"
    )
    assert actors_of("Doctors at the Royal Valley NHS Trust said four patients had died.") == [
        "Royal Valley NHS Trust"
    ]


def test_a_legal_form_keeps_the_companys_name() -> None:
    # "XCO Plc" is the company XCO, named as the text names it elsewhere
    assert actors_of("XCO Plc said on Monday that the well had been sealed.") == ["XCO"]
