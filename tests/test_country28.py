"""The country a report is set in (`article_country`) when its places are too few to lead: its wire
dateline, else the country its names of countries clearly lead, a US state written with a possessive
counting as a place; never from a person's name or a quotation. A sentence naming no place of its own takes
it (`home_country`, the events table's country_basis "report")."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Gazetteer, article_country, load_gazetteer
from events.extract.mentions import extract_mentions


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def home(text: str, gazetteer: Gazetteer) -> str:
    return article_country(text, gazetteer.find(text))


def test_a_report_filed_from_a_city_is_set_in_its_country(gazetteer: Gazetteer) -> None:
    text = (
        "ZURICH (Wire) - A drug maker said on Monday it had made the first batch of a new vaccine.\n\n"
        "The company said it would start trials next month.\n"
    )
    assert home(text, gazetteer) == "CHE"


def test_a_dateline_gives_way_to_a_country_the_places_name_far_more(gazetteer: Gazetteer) -> None:
    text = "LONDON (Wire) - Floods hit Ohio, Texas, Iowa and Kansas on Monday.\n"
    assert home(text, gazetteer) == "USA"  # its places lead (four to one): the dateline is where it was filed
    # three US states to one London: the dateline gives way to the country its lead names most
    text = (
        "LONDON (Wire) - Floods hit Ohio, Texas and Iowa on Monday, and rain fell in Ecuador and in Peru.\n"
    )
    assert home(text, gazetteer) == "USA"


def test_a_report_that_names_its_country_more_than_its_places_is_set_there(gazetteer: Gazetteer) -> None:
    text = (
        "US officials said the leak slowed on Monday. The American company said crews in Ohio worked all "
        "night, and US regulators asked for a report. A French team flew in."
    )
    assert home(text, gazetteer) == "USA"


def test_a_country_named_only_as_whose_still_sets_no_report(gazetteer: Gazetteer) -> None:
    # no place of the US is named: "US" says whose ships, dollars and officials, not where
    text = "US Navy ships reached Ecuador. US dollars and US food aid followed, US officials said."
    assert home(text, gazetteer) == ""


def test_a_country_in_a_quotation_or_a_name_is_no_setting(gazetteer: Gazetteer) -> None:
    text = (
        'Crews in Ohio worked all night. "America is strong, America will rebuild, America is back," the '
        "governor said. Chad Smith said the pumps failed."
    )
    assert home(text, gazetteer) == ""


def test_a_states_possessive_names_where_the_report_is(gazetteer: Gazetteer) -> None:
    text = "Oil reached Louisiana's coast on Monday. Florida's beaches shut. Crews in Alabama waited."
    assert home(text, gazetteer) == "USA"
    # a surname's possessive is a person's: one place of the US is too few to set a report
    text = "Joe Montana's pass won the game. Crews in Iowa waited."
    assert home(text, gazetteer) == ""


def test_a_sentence_naming_no_place_takes_the_datelines_country() -> None:
    text = (
        "Vaccine plant burns\n\n"
        "ZURICH (Wire) - Police arrested two men on Monday after a fire destroyed a vaccine plant.\n\n"
        "The company said it would rebuild the plant.\n\n"
        "Trials will start in Kenya next month.\n"
    )
    article = prepare_article("vaccine.txt", text, SourceRow(published=dt.date(2026, 5, 18)))
    mentions = extract_mentions(article, load_gazetteer())
    said = [m for m in mentions if "rebuild" in m.sentence.text]
    assert said
    assert all((m.countries, m.home_country) == ((), "CHE") for m in said)
    trials = [m for m in mentions if "Kenya" in m.sentence.text]
    assert all(m.countries == ("KEN",) and m.home_country == "" for m in trials)
