"""A demonym that tells where people come from, or names a town's district, makes no country a party
("ethnic Vietnamese fishermen" in a Louisiana town, "Korean-American voters", "the French Quarter"), and a
country named in several words is read whole ("Turks and Caicos", not Turkey). Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def countries_of(sentence: str) -> set[str]:
    article = prepare_article("own.txt", sentence + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return {code for m in extract_mentions(article, load_gazetteer()) for code in m.countries}


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor addressed ethnic Vietnamese and Cambodian fishermen in the town on Thursday.",
        "Korean-American shop owners protested outside city hall on Monday.",
        "A fire destroyed two bars in the French Quarter on Monday, the fire department said.",
    ],
)
def test_an_origin_or_a_district_is_no_country(sentence: str) -> None:
    assert not countries_of(sentence) & {"VNM", "KHM", "KOR", "FRA"}


def test_a_demonym_before_a_state_body_is_still_its_country() -> None:
    assert countries_of("French police arrested two men in Lyon on Monday.") == {"FRA"}


def test_a_country_of_several_words_is_read_whole() -> None:
    assert countries_of(
        "Officials in Turks and Caicos said on Monday that 40 migrants had been detained."
    ) == {"TCA"}
