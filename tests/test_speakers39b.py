"""Who speaks, second round: a body whose name joins its words by short lower-case words, and a place in the
description of a person who speaks. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Hundreds are in tents, afraid to go back to cracked homes Save the Children said it had been "
            "checking water supplies in the camps on Monday.",
            "Save the Children",
        ),
        (
            "Tents went up near Lyon, and Friends of the Earth said on Monday the plan would fail.",
            "Friends of the Earth",
        ),
    ],
)
def test_a_body_whose_name_joins_its_words_speaks_whole(sentence: str, body: str) -> None:
    assert _mentions(sentence)[-1].speaker == body


@pytest.mark.parametrize(
    "sentence",
    [
        "Nina Moss, a 16-year-old in Ilo, Peru, said on Monday she had lost her home.",
        "Aid workers in Tacna, Peru, said on Monday that 40 homes had collapsed.",
    ],
)
def test_a_place_describing_who_speaks_is_not_the_speaker(sentence: str) -> None:
    assert _mentions(sentence)[-1].speaker != "Peru"


def test_a_country_that_speaks_still_speaks() -> None:
    assert _mentions("Peru said on Monday that 40 homes had collapsed.")[-1].speaker == "Peru"


def test_one_who_works_for_a_body_the_country_owns_speaks_not_the_country() -> None:
    mention = _mentions("An engineer at Chile's biggest mine said on Monday the shaft was safe.")[-1]
    assert mention.speaker == "Engineer at Chile's biggest mine"
    assert "Chile" not in mention.actors


def test_one_from_a_body_of_the_state_leaves_the_country_its_voice() -> None:
    mention = _mentions("An official from Peru's foreign ministry said on Monday the talks had failed.")[-1]
    assert mention.speaker != "Official from Peru's foreign ministry"
