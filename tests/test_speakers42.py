"""Speakers named by an office: a country's office, an office of a body after the verb, and a "he" or "she"
that does not jump over a person the lists do not know."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions


def mentions_of(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        ("Kenya's envoy said on Monday that the trade talks would resume in March.", "Kenya's envoy", "KEN"),
        (
            "Peru's envoy to the United Nations said on Monday the vote on the sanctions had been put off.",
            "Peru's envoy",
            "PER",
        ),
        (
            "France's foreign minister said on Tuesday the grain embargo would be lifted.",
            "France's foreign minister",
            "FRA",
        ),
        (
            "Brazil's central bank said on Tuesday it would raise interest rates.",
            "Brazil's central bank",
            "BRA",
        ),
        # ... closing the sentence, before or after its verb
        ("The polls closed on Friday, Kenya's envoy said.", "Kenya's envoy", "KEN"),
        ("The polls will close on Friday, said Kenya's envoy.", "Kenya's envoy", "KEN"),
    ],
)
def test_a_countrys_office_speaks_for_the_country_not_as_the_country(
    sentence: str, speaker: str, country: str
) -> None:
    said = {(m.speaker, m.speaker_country) for m in mentions_of(sentence) if m.speaker}
    assert said == {(speaker, country)}


@pytest.mark.parametrize("name", ["Tom Hale", "Ana Kellerby"])
def test_a_person_named_before_a_countrys_envoy_in_apposition_speaks(name: str) -> None:
    found = mentions_of(
        f"{name}, Chile's ambassador to Peru, said on Monday the border would reopen on Friday."
    )
    assert {m.speaker for m in found if m.speaker} == {name}


def test_a_person_named_after_a_countrys_office_still_speaks() -> None:
    found = mentions_of(
        "France's foreign minister Jean Dupont said on Tuesday the grain embargo would be lifted."
    )
    assert {m.speaker for m in found} == {"Jean Dupont"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The ballot boxes reached the capital on Monday, said the head of the election commission.",
            "Head of the election commission",
        ),
        (
            "The ferries will sail again on Friday, said a spokesman for the port authority.",
            "Spokesman for the port authority",
        ),
    ],
)
def test_an_office_of_a_body_after_the_verb_speaks_as_before_it(sentence: str, speaker: str) -> None:
    assert {m.speaker for m in mentions_of(sentence)} == {speaker}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The head of the election commission said the ballot boxes reached the capital on Monday.",
            "Head of the election commission",
        ),
        (
            "The ballot boxes reached the capital on Monday, the head of the election commission said.",
            "Head of the election commission",
        ),
        (
            "In a statement, the chairman of the electoral board said on Monday the count was over.",
            "Chairman of the electoral board",
        ),
    ],
)
def test_an_office_of_a_body_before_the_verb_speaks(sentence: str, speaker: str) -> None:
    assert {m.speaker for m in mentions_of(sentence)} == {speaker}


def test_a_spokesman_for_no_body_after_the_verb_is_still_nobody_named() -> None:
    assert not any(
        m.speaker
        for m in mentions_of("The ferries will sail again on Friday, said a spokesman for the family.")
    )


def test_a_pronoun_does_not_jump_over_a_name_the_lists_do_not_know() -> None:
    text = (
        "Senator Tom Hale said on Monday the harbour would reopen.\n\n"
        "Piet Mabuza, who has fished the bay for 30 years, watched the water rise.\n\n"
        '"The sea wall broke on Sunday night," he said.'
    )
    found = mentions_of(text)
    assert not any(m.speaker == "Tom Hale" and "sea wall" in m.sentence.text for m in found)


def test_a_pronoun_still_goes_over_a_place_that_opens_a_sentence() -> None:
    text = (
        "Senator Tom Hale said on Monday the harbour would reopen.\n\n"
        "New Zealand sent two ships on Sunday.\n\n"
        '"We welcome the help the navy sent on Sunday," he said.'
    )
    assert any(m.speaker == "Tom Hale" and "welcome" in m.sentence.text for m in mentions_of(text))
