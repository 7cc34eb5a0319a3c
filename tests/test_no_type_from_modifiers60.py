"""No type and no event: a happening's noun that only says which year or fund, a writer's question."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.extract.noise import only_a_question


def _types(sentence: str) -> list[str]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 3, 12)))
    return [m.event_type for m in extract_mentions(article, load_gazetteer())]


def test_a_noun_that_only_names_a_year_types_nothing() -> None:
    # "an election year" is a year; the poll's finding is no election
    assert "election" not in _types(
        "Some 60 percent said the council had done a poor job, a blow in an election year."
    )


def test_the_happening_itself_keeps_its_type() -> None:
    assert "election" in _types("Voters went to the polls on Sunday in a presidential election.")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("So why do the forecasters keep getting it wrong?", True),
        ("To whom will the company give this money -- the farmers or its friends?", True),
        ("And will the levee hold?", True),
        ("So far, 40 people have died.", False),
        ("To the north, the river burst its banks on Monday.", False),
    ],
)
def test_a_writers_question_opened_by_a_joining_word_is_a_question(text: str, asks: bool) -> None:
    assert only_a_question(text) is asks
