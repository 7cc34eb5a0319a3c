"""Names read whole on unseen text: a place that opens a body's name ("Geneva Water Authority"), two fields
paired by "and" in one body's name, and a person named after where they are from and what they do ("said
Kenyan farmer Jim Bell"). Every name is made up or a plain place."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Entity, load_gazetteer
from events.extract.mentions import extract_mentions


def speaker_of(sentence: str) -> tuple[str, str]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    (mention,) = extract_mentions(article, load_gazetteer())
    return mention.speaker, mention.speaker_country


def actors(sentence: str) -> list[Entity]:
    return [e for e in load_gazetteer().find(sentence) if e.kind == "actor"]


def actor_names(sentence: str) -> list[str]:
    return [e.name for e in actors(sentence)]


@pytest.mark.parametrize(
    ("sentence", "body", "country"),
    [
        (
            "The Geneva Water Authority said on Monday that the lake was safe.",
            "Geneva Water Authority",
            "CHE",
        ),
        (
            "The Dubai Port Services Authority fined the shipping line on Tuesday.",
            "Dubai Port Services Authority",
            "ARE",
        ),
    ],
)
def test_a_place_before_a_bodys_head_opens_its_name_and_gives_its_country(
    sentence: str, body: str, country: str
) -> None:
    assert [(e.name, e.country) for e in actors(sentence)] == [(body, country)]


def test_a_place_after_in_is_where_the_body_is_not_its_name() -> None:
    assert actor_names("Talks in Geneva Tuesday between Foreign Ministry officials ended.") == [
        "Foreign Ministry"
    ]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The beaches will stay closed, a spokesman for the Tarvia Department of Health and Hospitals"
            " said on Monday.",
            "Tarvia Department of Health and Hospitals",
        ),
        (
            "Lena Varga, director of the Valdora Centre for Prosthetics and Orthotics, said on Monday that"
            " 300 people had been fitted.",
            "Valdora Centre for Prosthetics and Orthotics",
        ),
    ],
)
def test_two_fields_paired_by_and_are_one_bodys_name(sentence: str, body: str) -> None:
    assert body in actor_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Health and Unicef said on Monday that the vaccines had arrived.",
        "The Ministry of Health and Red Cross volunteers said on Monday that the vaccines had arrived.",
    ],
)
def test_a_second_body_after_and_is_not_a_field(sentence: str) -> None:
    assert "Ministry of Health" in actor_names(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        ('"We have waited enough," said Springfield County Councilman John Roe.', "John Roe", ""),
        ('"The wells are dry," said Kenyan farmer Jim Bell.', "Jim Bell", "KEN"),
    ],
)
def test_where_a_person_is_from_and_their_calling_are_no_part_of_their_name(
    sentence: str, speaker: str, country: str
) -> None:
    people = [(e.name, e.country) for e in actors(sentence)]
    assert people == [(speaker, country)]


def test_a_councillor_named_after_his_district_speaks() -> None:
    assert (
        speaker_of('"We have waited enough," said Springfield County Councilman John Roe.')[0] == "John Roe"
    )


def test_officials_after_a_place_are_no_person() -> None:
    assert actor_names('"The wells are dry," said Texas officials in Austin.') == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Varga administration said on Monday that the company must pay for the clean-up.",
        "The Varga government has said it will not raise taxes this year.",
    ],
)
def test_a_government_named_after_its_leader_speaks(sentence: str) -> None:
    assert speaker_of(sentence)[0] in ("Varga administration", "Varga government")


def test_a_government_named_in_passing_is_left_unread() -> None:
    assert actor_names("Taxes rose under the Varga administration.") == []


def test_a_big_place_in_a_bodys_name_gives_its_country_when_the_text_names_it() -> None:
    text = (
        "Oil reached the U.S. coast on Monday. Lena Varga, a professor at the University of Oregon, said"
        " the marshes would recover. An Oregon State University team took samples."
    )
    assert {e.name: e.country for e in actors(text) if "University" in e.name} == {
        "University of Oregon": "USA",
        "Oregon State University": "USA",
    }


def test_a_place_in_a_bodys_name_gives_no_country_the_text_does_not_name() -> None:
    text = "An Oregon State University team took samples on Monday."
    assert [(e.name, e.country) for e in actors(text)] == [("Oregon State University", "")]


def test_an_administration_official_is_still_a_person() -> None:
    text = (
        "A senior administration official told reporters on Monday that no law was needed.\n\n"
        '"The agency can act alone," the official said.\n'
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 5, 12)))
    speakers = [m.speaker for m in extract_mentions(article, load_gazetteer())]
    assert speakers == ["Senior administration official"] * 2
