"""Countries of events as news prose gives them: an outlet's, a firm's or a business person's home is not
where the happening is ("told US network NBS", "an Israeli businessman"); an outlet that speaks tells of the
happening from where it is based; a country's initials that open a firm's name ("DRC Group") name no country;
a city introduced as a nation's capital ("the capital, Lome") is a place, of the nation it is the capital
of."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.entities import Entity, Gazetteer, load_gazetteer, names_a_firms_home
from tests.reports import body_mentions

PUBLISHED = dt.date(2024, 3, 14)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def homes(gazetteer: Gazetteer, text: str) -> dict[str, bool]:
    """{a country's words in `text`: whether they only say where a firm, an outlet or a person of business is
    from}."""
    return {e.text: names_a_firms_home(text, e) for e in gazetteer.find(text) if e.kind == "country"}


def wheres(entities: list[Entity]) -> list[tuple[str, str]]:
    return [(e.text, e.country) for e in entities if e.kind in ("place", "country")]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The mayor told US network NBS that the dam would hold.", "US"),
        ("A French news agency reported that the count had been delayed.", "French"),
        ("The court's ruling was first reported by a German newspaper on Monday.", "German"),
        ("The American ratings agency cut the province's rating on Friday.", "American"),
        ("The port was sold last year to an Israeli businessman.", "Israeli"),
        ("The strike would cost the harbour dearly, a Canadian analyst said.", "Canadian"),
        ("The senator said he would have fired the British chief executive over his remarks.", "British"),
    ],
)
def test_an_outlets_or_a_business_persons_home_is_not_where_it_happened(
    gazetteer: Gazetteer, text: str, home: str
) -> None:
    assert homes(gazetteer, text)[home] is True


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The French president said the troops would stay.", "French"),
        ("Two British tourists were hurt when the storm hit the coast.", "British"),
        ("Iranian state television showed the tanker being boarded.", "Iranian"),
        ("The Chinese state oil company signed the deal on Monday.", "Chinese"),
        # a grid is no outlet, nor a count per day a newspaper
        ("Storms cut the Ukrainian power network on Monday.", "Ukrainian"),
        ("US daily cases rose for a third week.", "US"),
    ],
)
def test_a_state_its_office_and_its_people_still_count(gazetteer: Gazetteer, text: str, country: str) -> None:
    assert homes(gazetteer, text)[country] is False


def test_an_outlet_that_speaks_gives_no_country_to_what_it_reports() -> None:
    found = body_mentions(
        "Reuters reported on Wednesday that the ferry operator had cut 300 jobs.", PUBLISHED
    )
    assert found
    assert all("GBR" not in m.countries for m in found)


def test_a_countrys_initials_that_open_a_firms_name_name_no_country(gazetteer: Gazetteer) -> None:
    assert wheres(gazetteer.find("DRC Group let go half of its workers after the contract ended.")) == []
    assert wheres(gazetteer.find("UAE Holdings bought the port last year.")) == []
    # the initials alone, or before a body of the state, still name the country
    assert ("DRC", "COD") in wheres(gazetteer.find("The DRC army said rebels had taken the town."))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Ballots reached the capital, Tegucigalpa, on Friday.", ("Tegucigalpa", "HND")),
        ("Voting closed in Accra, the Ghanaian capital, at five.", ("Accra", "GHA")),
        ("Togo's capital Lome was calm after the vote.", ("Lome", "TGO")),
        ("Nuuk, the capital, had no power for a day.", ("Nuuk", "GRL")),
        # a nation's capital, not its bigger namesake elsewhere (Hong Kong's Victoria)
        ("Protesters marched in Victoria, the capital, on Monday.", ("Victoria", "SYC")),
    ],
)
def test_a_city_introduced_as_a_nations_capital_is_a_place_of_that_nation(
    gazetteer: Gazetteer, text: str, where: tuple[str, str]
) -> None:
    assert where in wheres(gazetteer.find(text))


def test_a_regions_capital_takes_no_nations_country(gazetteer: Gazetteer) -> None:
    # ("the provincial capital, Victoria" is Canada's, no nation's capital: left to the text's other words)
    assert ("Victoria", "SYC") not in wheres(gazetteer.find("Floods hit the provincial capital, Victoria."))


@pytest.mark.parametrize(
    "text",
    [
        "The observer mission, led by former Malian prime minister Ana Roe, said the count was calm.",
        "The bloc's envoy, former Senegalese foreign minister Ana Roe, will travel to Bissau on Saturday.",
        "The panel, chaired by ex-Dutch trade minister Ana Roe, met on Monday.",
    ],
)
def test_an_office_held_once_gives_the_person_no_state_to_act_for(gazetteer: Gazetteer, text: str) -> None:
    found = gazetteer.find(text)
    assert [e.country for e in found if e.kind == "actor"] == [""]
    assert all(names_a_firms_home(text, e) for e in found if e.kind == "country")


def test_an_office_held_now_still_gives_its_state(gazetteer: Gazetteer) -> None:
    text = "Malian Prime Minister Ana Roe said the count was calm."
    found = gazetteer.find(text)
    assert [e.country for e in found if e.kind == "actor"] == ["MLI"]
    assert not any(names_a_firms_home(text, e) for e in found if e.kind == "country")
