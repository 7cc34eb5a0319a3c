"""A country's name that opens a person's name is no country (newcomer read: a deputy secretary whose given
name is a country's was read as that country speaking). All texts are our own."""

from __future__ import annotations

import pytest

from events.extract.entities import load_gazetteer


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in load_gazetteer().find(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The rules will change," Jordan Vell, deputy secretary of labor, was quoted as saying.',
        "Chad Evans, a spokesman for the port, said the berths would reopen.",
    ],
)
def test_a_country_name_opening_a_described_persons_name_is_no_country(sentence: str) -> None:
    assert all(kind != "country" for _, kind in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Troops crossed into Jordan, a close ally, on Monday.", "Jordan"),
        ("Aid reached Chad, Niger and Mali by Friday.", "Chad"),
    ],
)
def test_a_country_described_or_listed_stays_a_country(sentence: str, country: str) -> None:
    assert (country, "country") in found(sentence)
