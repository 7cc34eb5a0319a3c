"""Countries of places as news prose writes them: a wire dateline that carries its day ("QUITO, March 4
(Wire) -"), a short report naming one country's places twice, a hyphened city's name spelled as copy often
writes it ("Port au Prince")."""

from __future__ import annotations

import pytest

from events.extract.entities import Entity, Gazetteer, article_country, load_gazetteer
from events.extract.places import city_index, hyphen_variants


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def wheres(entities: list[Entity]) -> list[tuple[str, str, str]]:
    return [(e.kind, e.name, e.country) for e in entities if e.kind in ("place", "country")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("QUITO, March 4 (Wire) - The council voted to close the depot.", ("place", "Quito", "ECU")),
        ("LYON, Sept. 12 (Daily Wire) – The council voted to close the depot.", ("place", "Lyon", "FRA")),
        ("THE HAGUE, Jan 9 (Wire) - Judges heard the appeal.", ("place", "The Hague", "NLD")),
    ],
)
def test_a_dateline_that_carries_its_day_is_where_the_report_is_from(
    gazetteer: Gazetteer, text: str, where: tuple[str, str, str]
) -> None:
    assert where in wheres(gazetteer.find(text))


def test_a_report_filed_with_its_day_is_set_where_its_dateline_is(gazetteer: Gazetteer) -> None:
    text = (
        "QUITO, March 4 (Wire) - Police detained a former trade minister at the airport in Quito on "
        "Thursday as he was about to board a flight to Madrid.\n\n"
        "Prosecutors say he moved money through accounts in Panama. He will appear in court in Quito on "
        "Monday.\n\nSpain's consulate said it had no request from him."
    )
    assert article_country(text, gazetteer.find(text)) == "ECU"


def test_a_short_report_naming_one_countrys_places_twice_is_set_there(gazetteer: Gazetteer) -> None:
    text = (
        "Heavy rain flooded streets in Porto on Tuesday and the river burst its banks near Braga, officials "
        "said.\n\nSchools were closed and about 300 people spent the night in shelters."
    )
    assert article_country(text, gazetteer.find(text)) == "PRT"


@pytest.mark.parametrize(
    "text",
    [
        # another country named: the report may be set in either
        "Heavy rain flooded streets in Porto on Tuesday and a rescue team from Spain reached Braga.",
        # a country named twice, never as where: it may be told of from anywhere
        "The Portuguese minister resigned on Tuesday. Portuguese officials gave no reason.",
    ],
)
def test_a_report_of_two_countries_or_none_named_as_where_is_set_nowhere(
    gazetteer: Gazetteer, text: str
) -> None:
    assert article_country(text, gazetteer.find(text)) == ""


def test_a_hyphened_citys_name_spaced_or_capitalised_is_the_city(gazetteer: Gazetteer) -> None:
    assert hyphen_variants("Aix-en-Provence") == ["Aix en Provence", "Aix-En-Provence", "Aix En Provence"]
    index = city_index()
    assert index["Aix en Provence"].country == "FRA"
    assert index["Port Au Prince"].country == "HTI"
    text = "Voters queued for hours in Aix en Provence on Sunday."
    assert ("Aix en Provence", "FRA") in [(e.text, e.country) for e in gazetteer.find(text)]
