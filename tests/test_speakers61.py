"""Who speaks, when the sentence names others near the speaker (sixty-first session): the name an apposition
describes, not the owner inside it; a news outlet no list names, not its country; "it" closing a sentence,
not a body named in a phrase before it; an anonymous source placed in a body, not the body. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def speakers_of(text: str, sentence: str) -> list[tuple[str, str]]:
    """(speaker, speaker's country) of each mention read from `sentence` in a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return [
        (m.speaker, m.speaker_country)
        for m in extract_mentions(article, load_gazetteer())
        if m.sentence.text == sentence
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Dellmar Freight, the co-owner of BP's depot in Rotterdam, said on Monday the depot would shut.",
            "Dellmar Freight",
        ),
        (
            "Prices fell on Tuesday after Hollis Carbon, a supplier to BP, said its plant had flooded.",
            "Hollis Carbon",
        ),
        (
            "Rep. Mara Quist of Ohio, the senior Democrat on the House Agriculture Committee, said on Monday "
            "the bill would fail.",
            "Mara Quist",
        ),
    ],
)
def test_the_name_an_apposition_describes_speaks_not_a_body_named_inside_it(
    sentence: str, speaker: str
) -> None:
    assert [who for who, _country in speakers_of(sentence, sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker", "country"),
    [
        (
            "Ghana's state broadcaster reported on Monday that the ferry had sunk on Lake Volta.",
            "Ghana's state broadcaster",
            "GHA",
        ),
        (
            "The ferry sank on Lake Volta in Ghana on Monday, the state broadcaster reported.",
            "State broadcaster",
            "",
        ),
    ],
)
def test_a_news_outlet_speaks_as_itself_not_as_its_country(sentence: str, speaker: str, country: str) -> None:
    assert speakers_of(sentence, sentence) == [(speaker, country)]


def test_it_closing_a_sentence_is_the_body_heard_not_a_country_named_in_a_phrase_before() -> None:
    second = (
        "Its engineers raised the flood barrier on Sunday, drawing on rainfall figures from the Canadian "
        "government, it said."
    )
    text = "The Harbour Trust published its flood forecast on Monday. " + second
    assert [who for who, _country in speakers_of(text, second)] == ["Harbour Trust"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A source at Harbour Trust said on Monday the flood barrier would be raised.",
        "Sources inside the Harbour Trust said on Monday the flood barrier would be raised.",
    ],
)
def test_an_anonymous_source_placed_in_a_body_is_no_voice_of_the_body(sentence: str) -> None:
    speakers = [who for who, _country in speakers_of(sentence, sentence)]
    assert len(speakers) == 1
    assert speakers[0].lower().startswith("source")


def test_people_in_a_place_are_not_an_anonymous_source() -> None:
    sentence = "People in Accra said on Monday the flood barrier had held."
    assert not any(who.lower().startswith("people in") for who, _c in speakers_of(sentence, sentence))


def test_it_closing_a_sentence_is_the_body_named_before_when_none_was_heard_speaking() -> None:
    second = "Crane drivers from the Ghanaian transport ministry had not been trained, it said."
    text = "The Harbour Trust published an audit of the docks on Monday. " + second
    assert [who for who, _country in speakers_of(text, second)] == ["Harbour Trust"]


def test_a_body_opening_the_sentence_is_what_it_stands_for() -> None:
    sentence = (
        "The Harbour Trust raised its flood barrier on Sunday, citing figures from Norvik Mining, it said."
    )
    assert [who for who, _country in speakers_of(sentence, sentence)] == ["Harbour Trust"]
