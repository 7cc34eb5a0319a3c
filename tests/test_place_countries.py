"""Countries from where a report's places are: US states as the news abbreviates them, datelines, a big
city used as a modifier, the country a report's places lead and the sentences that take it, and people named
like places."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import (
    Entity,
    Gazetteer,
    article_country,
    load_gazetteer,
    names_a_firms_home,
    takes_the_reports_country,
)
from events.extract.mentions import extract_mentions
from events.extract.places import AP_STATE_ABBREVIATIONS, state_names_by_code


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def wheres(entities: list[Entity]) -> list[tuple[str, str, str]]:
    return [(e.kind, e.name, e.country) for e in entities if e.kind in ("place", "country")]


def test_every_news_abbreviation_of_a_state_names_a_state() -> None:
    states = state_names_by_code()
    assert {states[code] for code in AP_STATE_ABBREVIATIONS.values()} <= set(states.values())
    assert states[AP_STATE_ABBREVIATIONS["Ore."]] == "Oregon"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Tom Pike of Millbrook, Ore., said the river rose overnight.", "Oregon"),
        ("The ferry left Bayview, Fla. on Sunday with forty cars.", "Florida"),
        ('"We lost the whole crop," said Ann Vale, of Cedar Flats, N.D., a grower.', "North Dakota"),
    ],
)
def test_a_state_abbreviated_after_a_town_is_the_state(gazetteer: Gazetteer, text: str, state: str) -> None:
    assert ("place", state, "USA") in wheres(gazetteer.find(text))


def test_an_abbreviation_after_no_town_is_no_state(gazetteer: Gazetteer) -> None:
    # a courtesy title, or a state's abbreviation with no town's name before its comma
    assert wheres(gazetteer.find("Miss. Lane will sing at the fair, said the host.")) == []
    assert wheres(gazetteer.find("The vote was 40, La. and others abstaining.")) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("DENVER (Wire) - The council voted to close the depot.", ("place", "Denver", "USA")),
        ("ROCKPORT, ORE. -- The council voted to close the depot.", ("place", "Oregon", "USA")),
        ("QUITO, ECUADOR -- The council voted to close the depot.", ("country", "Ecuador", "ECU")),
        ("Updated 9:10 GMT LYON (Wire) - The council voted to close the depot.", ("place", "Lyon", "FRA")),
    ],
)
def test_a_datelines_place_is_where_the_report_is_from(
    gazetteer: Gazetteer, text: str, where: tuple[str, str, str]
) -> None:
    assert where in wheres(gazetteer.find(text))


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE - The council voted to close the depot.",
        "OFF THE COAST OF ECUADOR -- Divers found the wreck.",
        "The council said, in a note - later withdrawn - that it would close the DENVER depot.",
    ],
)
def test_capitals_that_name_no_place_or_only_water_are_no_dateline(gazetteer: Gazetteer, text: str) -> None:
    assert wheres(gazetteer.find(text)) == []


def test_a_big_city_before_a_noun_is_where_when_the_text_names_its_country(gazetteer: Gazetteer) -> None:
    entities = gazetteer.find("Officials in Ohio met at a Denver hotel to plan the response.")
    assert ("place", "Denver", "USA") in wheres(entities)


def test_a_city_before_a_noun_takes_no_country_the_text_does_not_name(gazetteer: Gazetteer) -> None:
    # "Birmingham" is a city in two countries: with no other place named, the bigger one's is no evidence
    assert wheres(gazetteer.find("She met the players at a Birmingham hotel before the match.")) == []


def test_a_surname_like_a_city_before_a_noun_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Walter Denver sang in Ohio last year. A Denver song opened the show."
    assert ("place", "Denver", "USA") not in wheres(gazetteer.find(text))


def test_a_name_given_an_age_is_a_person_not_the_place(gazetteer: Gazetteer) -> None:
    text = "Her daughters Lima, 9, and Rosa, 7, waited in Ohio. Lima told the crowd she was proud."
    assert [w for w in wheres(gazetteer.find(text)) if w[1] == "Lima"] == []


def test_the_reports_country_is_the_one_its_places_clearly_lead(gazetteer: Gazetteer) -> None:
    text = "Storms hit Ohio. In Cincinnati, roofs fell. In Dayton, schools shut. A French team flew in."
    assert article_country(text, gazetteer.find(text)) == "USA"


def test_a_country_named_only_as_whose_is_not_where_the_report_is(gazetteer: Gazetteer) -> None:
    # "US Navy", "US dollars" say whose, not where: the one place named is Ecuador, named once
    text = "US Navy ships reached Ecuador. US dollars and US food aid followed, US officials said."
    assert article_country(text, gazetteer.find(text)) == ""


def test_no_country_leads_a_report_of_two(gazetteer: Gazetteer) -> None:
    text = "In Ohio and Texas, and in Quito and Guayaquil, Ecuador, teams worked. In Ecuador, roads shut."
    assert article_country(text, gazetteer.find(text)) == ""


@pytest.mark.parametrize(
    ("sentence", "takes"),
    [
        ("Crews worked through the night to fix the pump.", True),
        ("The Coast Guard said the pump was fixed.", True),
        ("The UN said the pump was fixed.", False),
        ("The World Food Programme said the pump was fixed.", False),
        ("The Royal Navy said the pump was fixed.", False),
        ("The Interior Department said the pump was fixed.", True),
        ("In Quito, crews fixed the pump.", False),
    ],
)
def test_a_sentence_naming_no_place_and_no_body_of_no_state_takes_the_reports_country(
    gazetteer: Gazetteer, sentence: str, takes: bool
) -> None:
    # (in a report of the world's news; in one country's story a body of no state acts there)
    assert takes_the_reports_country(gazetteer.find(sentence), told_of_the_world=True) is takes


def test_a_demonym_given_an_age_is_still_the_country(gazetteer: Gazetteer) -> None:
    text = "Nurses isolated the Peruvian, 31, who had flown in from Lima on Friday."
    assert ("country", "Peru", "PER") in wheres(gazetteer.find(text))


def test_the_nations_of_the_united_kingdom_are_places_of_it(gazetteer: Gazetteer) -> None:
    text = (
        "Polls closed in Scotland and in Wales on Thursday; counting in England and Northern Ireland went on."
    )
    assert wheres(gazetteer.find(text)) == [
        ("place", "Scotland", "GBR"),
        ("place", "Wales", "GBR"),
        ("place", "England", "GBR"),
        ("place", "Northern Ireland", "GBR"),
    ]
    # a longer name that holds one is another country's region
    text = "Bushfires burned across New South Wales as storms hit New England."
    assert wheres(gazetteer.find(text)) == [
        ("place", "New South Wales", "AUS"),
        ("place", "New England", "USA"),
    ]


def test_the_demonyms_of_the_united_kingdoms_nations_are_its_own(gazetteer: Gazetteer) -> None:
    text = "The Welsh health minister said on Monday that Scottish and Northern Irish hospitals were full."
    assert [w for w in wheres(gazetteer.find(text)) if w[0] == "country"] == [
        ("country", "United Kingdom", "GBR"),
        ("country", "United Kingdom", "GBR"),
        ("country", "United Kingdom", "GBR"),
    ]
    # a surname after a first name is a person, not the nation
    assert "GBR" not in [w[2] for w in wheres(gazetteer.find("The novelist Irvine Welsh signed copies."))]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Bavarian premier said on Monday that the floods had passed their peak.", "DEU"),
        ("A Texan was among the four climbers rescued on Sunday.", "USA"),
        ("Flemish parties walked out of the coalition talks on Friday.", "BEL"),
    ],
)
def test_a_regions_demonym_is_its_countrys(gazetteer: Gazetteer, text: str, country: str) -> None:
    assert [w[2] for w in wheres(gazetteer.find(text))] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "Houston Judge Maria Lopez set bail at $1 million on Thursday.",
        "A Houston jury found the contractor guilty of fraud on Wednesday.",
        "Houston police said two men had been held over the robbery.",
    ],
)
def test_a_big_citys_name_before_its_office_is_where_the_office_is(gazetteer: Gazetteer, text: str) -> None:
    assert ("place", "Houston", "USA") in wheres(gazetteer.find(text))


def test_a_smaller_citys_name_before_an_office_needs_its_country_in_the_text(gazetteer: Gazetteer) -> None:
    # a city under a million people shares its name with other countries' towns too often to be taken bare
    assert wheres(gazetteer.find("Lyon police said on Friday that the march had been peaceful.")) == []
    text = "Lyon police said on Friday that the march across France had been peaceful."
    assert ("place", "Lyon", "FRA") in wheres(gazetteer.find(text))


def test_a_country_named_like_a_us_state_is_the_state_in_a_report_of_american_places(
    gazetteer: Gazetteer,
) -> None:
    text = "Storms hit Georgia on Monday. In Atlanta the mayor closed schools, and Alabama was also hit."
    assert wheres(gazetteer.find(text))[0] == ("place", "Georgia", "USA")
    # the country where the report names it otherwise, or names no American place
    text = (
        "Protesters marched in Tbilisi on Sunday. Georgia's president vetoed the bill, and the US objected."
    )
    assert ("country", "Georgia", "GEO") in wheres(gazetteer.find(text))
    text = "Georgia's parliament passed the law on Tuesday, and Russia called it a provocation."
    assert ("country", "Georgia", "GEO") in wheres(gazetteer.find(text))
    # the people the shared name gave the country to go with it
    text = "Georgia Representative Jane Roe said the fund was too big. Lawmakers in Texas and Ohio agreed."
    assert [(e.name, e.country) for e in gazetteer.find(text) if e.kind == "actor"] == [("Jane Roe", "USA")]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The Dutch oil giant said on Tuesday it would sell its stake in the field.", True),
        ("A barge owned by Norway-based driller Fjordrig capsized off Angola on Monday.", True),
        # a state's firm acts for the state; a country's troops are the state's
        ("The Chinese state oil company signed the supply deal on Friday.", False),
        ("British troops arrived at the port on Monday.", False),
    ],
)
def test_a_country_that_says_where_a_firm_is_from_is_no_party(
    gazetteer: Gazetteer, text: str, home: bool
) -> None:
    country = next(e for e in gazetteer.find(text) if e.kind == "country")
    assert names_a_firms_home(text, country) is home


def test_an_act_of_a_foreign_firm_takes_the_reports_country() -> None:
    text = (
        "Pipeline leak\n\n"
        "Crews worked near Lima, in Cusco and in Arequipa on Sunday to contain the leak, Peru's officials "
        "said.\n\nThe Dutch oil giant shut the pipeline on Monday after the leak spread.\n"
    )
    article = prepare_article("leak.txt", text, SourceRow(published=dt.date(2026, 3, 3)))
    shut = [m for m in extract_mentions(article, load_gazetteer()) if "giant" in m.sentence.text]
    assert shut
    assert all((m.countries, m.home_country) == ((), "PER") for m in shut)
