"""A country's or city's word inside another name is no country (`Gazetteer.find`): a person's hyphened
first name ("Paris-Anne"), a body of many states ("Inter-American", "Pan-African"); a hyphen between
two places or countries still names both. A place a size is measured by ("bigger than Wales") is no where."""

from __future__ import annotations

import pytest

from events.extract.entities import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def countries(text: str, gazetteer: Gazetteer) -> list[str]:
    return [e.country for e in gazetteer.find(text) if e.country]


def test_a_city_hyphened_to_a_first_name_is_a_persons_name(gazetteer: Gazetteer) -> None:
    text = "The singer's daughter, Paris-Anne Doyle, testified in the fraud trial on Monday."
    assert countries(text, gazetteer) == []


def test_a_body_of_many_states_is_of_none_of_them(gazetteer: Gazetteer) -> None:
    assert countries("The Inter-American Development Bank approved a loan for the port.", gazetteer) == []
    assert countries("A Pan-African trade summit opened in Accra.", gazetteer) == ["GHA"]


def test_a_hyphen_between_places_or_countries_names_each(gazetteer: Gazetteer) -> None:
    assert countries("US-China trade talks resumed.", gazetteer) == ["USA", "CHN"]
    assert countries("The Israel-Hamas war went on.", gazetteer) == ["ISR"]
    assert countries("Flights on the Shanghai-Hong Kong route were cut.", gazetteer) == ["CHN", "HKG"]
    assert countries("The Moscow-Kyiv talks failed.", gazetteer) == ["RUS", "UKR"]


def test_a_place_an_area_is_measured_by_is_no_where(gazetteer: Gazetteer) -> None:
    text = "The wildfire, now bigger than both Belgium and Wales, crept towards towns in Oregon."
    assert countries(text, gazetteer) == ["USA"]
    assert countries("Floods covered an area the size of Jamaica in Peru.", gazetteer) == ["PER"]
    assert countries("The new reservoir is twice as large as Luxembourg.", gazetteer) == []
