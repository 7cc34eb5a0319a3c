"""Speakers: unnamed sources, a person named with the city they speak from, a firm named after its founder's
possessive, and "he said" after one unnamed voice of a body. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def speakers_of(text: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.speaker, m.speaker_country) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The source told the Daily Courier on Monday that the bank would delay its bond sale.",
            "Unnamed source",
        ),
        ('"If it holds, we will sign it on Friday," said one source.', "Unnamed source"),
        ("Sources said on Monday the harbour deal was close.", "Unnamed sources"),
        (
            "A person familiar with the talks told the Daily Courier on Monday that a deal was close.",
            "Person familiar with the talks",
        ),
        ("Banking sources said on Tuesday that the firm was seeking loans.", "Banking sources"),
    ],
)
def test_an_unnamed_source_speaks_and_the_outlet_told_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == [(speaker, "")]


def test_an_unnamed_source_is_not_the_body_heard_before_nor_the_one_it_speaks_of() -> None:
    text = (
        "Harbour Freight Lines said on Monday it would cut 400 jobs. "
        "Harbour Freight Lines has stopped hiring crews for its ferries, leaving hundreds out of work, an "
        "industry source told the Daily Courier on Tuesday. "
        "The ferries would not sail before Friday, the source said on Tuesday."
    )
    assert [s for s, _ in speakers_of(text)] == ["Harbour Freight Lines", "Industry source", "Unnamed source"]


def test_an_unnamed_source_keeps_the_country_it_is_described_by() -> None:
    assert speakers_of("A Kenyan government source said on Monday the deal was close.") == [
        ("Kenyan government source", "KEN")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez in Lima said on Monday that the roads were shut.", "Maria Lopez"),
        ("Jan Kowal in Warsaw said on Monday that the talks had failed.", "Jan Kowal"),
        ("Aid worker Tom Hale in Lima said on Monday the camp was full.", "Tom Hale"),
    ],
)
def test_a_person_speaking_from_a_known_city_speaks_not_the_city(text: str, speaker: str) -> None:
    assert [s for s, _ in speakers_of(text)] == [speaker]


def test_officials_in_a_known_city_stay_the_officials_there() -> None:
    assert speakers_of("Prosecutors in Lisbon said on Monday they would appeal against the sentence.") == [
        ("Prosecutors in Lisbon", "PRT")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Moody's Investors Service said on Monday it had cut the bank's rating.",
            "Moody's Investors Service",
        ),
        ("Lloyd's Banking Group said on Monday it would cut 300 jobs.", "Lloyd's Banking Group"),
        # a country's office keeps the country apart from its name
        ("Norway's Statistics Office said on Monday prices rose in April.", "Norway's Statistics Office"),
    ],
)
def test_a_firm_named_after_a_founders_possessive_keeps_the_whole_name(text: str, speaker: str) -> None:
    assert [s for s, _ in speakers_of(text)] == [speaker]


def test_he_said_after_an_unnamed_spokesman_is_that_spokesman() -> None:
    text = (
        "A spokesman for the transport ministry said on Monday that the line was shut. "
        '"We will know more on Tuesday," he said.'
    )
    assert [s for s, _ in speakers_of(text)] == ["Spokesman for the transport ministry"] * 2


def test_he_said_after_an_unnamed_spokeswoman_is_not_hers() -> None:
    text = (
        "A spokeswoman for the transport ministry said on Monday that the line was shut. "
        '"We will know more on Tuesday," he said.'
    )
    assert "Spokeswoman for the transport ministry" not in [s for s, _ in speakers_of(text)][1:]
