"""A saying made in a research note or a note to a broker's clients is an analyst's published view: comment,
no happening, whatever figure it holds. A rating changed is the agency's own act and stays; so does a
statement with no note. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import research_note
from tests.reports import mentions_below_lead

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        "However, Kestrel Bank estimated in a research note on Wednesday that repair costs could total"
        " $9 billion.",
        '"The last thing the board needs is a fight," Norbank\'s Pell said in a research note.',
        "The damage could weigh on the insurer for years, Dalmer Securities wrote in a note to clients.",
    ],
)
def test_view_in_a_research_note_is_no_happening(sentence: str) -> None:
    assert research_note(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalmer Securities downgraded the insurer's shares to sell, it said in a note to clients.",
        "The insurer said in a statement that repair costs could total $9 billion.",
        "The insurer told investors in a note that it would sell its shipping unit.",
    ],
)
def test_rating_act_or_party_statement_is_not_a_research_note(sentence: str) -> None:
    assert not research_note(sentence)
