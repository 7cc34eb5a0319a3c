"""Countries of reports that name few places: a report naming one country only, a city's name that several
countries' cities share, a city of a million before a noun, and a firm's home in a clause read apart."""

from __future__ import annotations

import dataclasses

import pytest

from events.extract.entities import Entity, Gazetteer, article_country, load_gazetteer, names_a_firms_home
from events.extract.places import city_index


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def wheres(entities: list[Entity]) -> list[tuple[str, str, str]]:
    return [(e.kind, e.name, e.country) for e in entities if e.kind in ("place", "country")]


def home(text: str, gazetteer: Gazetteer) -> str:
    return article_country(text, gazetteer.find(text))


def test_a_report_naming_one_country_only_is_set_there(gazetteer: Gazetteer) -> None:
    # one place, and the state's bodies and officials: too few places to lead, but no other country at all
    text = (
        "The White House said on Monday that the levee would be rebuilt. US engineers arrived in Ohio on "
        "Tuesday, and the White House promised more money. The contractor said work would take a year."
    )
    assert home(text, gazetteer) == "USA"


def test_a_report_naming_another_country_is_set_by_its_places_alone(gazetteer: Gazetteer) -> None:
    text = (
        "The White House said on Monday that the levee would be rebuilt. US engineers arrived in Ohio on "
        "Tuesday, and a Dutch engineer advised them. The White House promised more money."
    )
    assert home(text, gazetteer) == ""


def test_a_country_named_once_is_too_little_even_alone(gazetteer: Gazetteer) -> None:
    text = "The White House said on Monday that the levee would be rebuilt."
    assert home(text, gazetteer) == ""
    # twice, once as where, and no other country named: the report is set there (test_places54.py)
    text = "The White House said on Monday that the levee would be rebuilt. Crews worked in Ohio all night."
    assert home(text, gazetteer) == "USA"


def test_a_news_outlet_and_a_firms_home_set_no_report(gazetteer: Gazetteer) -> None:
    # the wire that tells it and the firm's home are neither of them where the news is
    text = (
        "The British company said on Monday it had stopped the leak, Reuters reported. The British company "
        "said repairs would take a week, the BBC said."
    )
    assert home(text, gazetteer) == ""


def test_a_city_shared_by_two_countries_is_the_one_of_the_reports_country(gazetteer: Gazetteer) -> None:
    assert "USA-AL" in city_index()["Birmingham"].namesakes
    text = (
        "The senator lost the runoff in Montgomery, Alabama, on Tuesday to a Birmingham lawyer, and the "
        "count in Mobile, Alabama, was delayed."
    )
    assert ("place", "Birmingham", "USA") in wheres(gazetteer.find(text))
    # a report that names no state of a namesake keeps the bigger city, wherever it is set
    text = "Officials in Ohio and Texas said on Monday that the agency in Geneva had raised its alert."
    assert ("place", "Geneva", "CHE") in wheres(gazetteer.find(text))
    # the bigger city's country named: it stays that city
    text = "After the match in Manchester on Saturday, fans met at a Birmingham pub."
    assert ("place", "Birmingham", "GBR") in wheres(gazetteer.find(text))


def test_a_city_of_a_million_before_a_noun_needs_no_other_place(gazetteer: Gazetteer) -> None:
    text = "The trial opened in a Chicago courtroom on Monday, and the jury heard two witnesses."
    assert ("place", "Chicago", "USA") in wheres(gazetteer.find(text))
    text = "The minister spoke at a Karachi hotel on Friday about the tariff talks."
    assert ("place", "Karachi", "PAK") in wheres(gazetteer.find(text))
    # a name another country's city bears still needs the text's word (tests/test_place_countries.py)
    assert wheres(gazetteer.find("She met the players at a Birmingham hotel before the match.")) == []


def test_a_firms_home_is_found_in_a_clause_read_without_its_pronoun(gazetteer: Gazetteer) -> None:
    # "..., which follows the grounding ...": the aside is read without "which ", its names' offsets those
    # of the clause so read, six characters off the words kept
    aside = "which follows the grounding of a tanker owned by Greek-based shipping company Halcyon last week"
    greek = next(e for e in gazetteer.find(aside) if e.text == "Greek")
    read_apart = dataclasses.replace(greek, start=greek.start - len("which "), end=greek.end - len("which "))
    assert names_a_firms_home(aside, read_apart)
    assert not names_a_firms_home("Greek ships reached the port.", dataclasses.replace(greek, start=0, end=5))


def test_a_firm_named_again_and_again_with_its_home_once_sets_no_report(gazetteer: Gazetteer) -> None:
    # "Norway's Fjordane Shipping Company" gives the firm its country; the firm named twice more is no place
    text = (
        "The partners in the harbour project, Castell Ports and Norway's Fjordane Shipping Company, were "
        "asked on Monday to pay $40m. Fjordane said it would contest the claim. Fjordane owns a tenth of the "
        "project, and the harbour authority said on Tuesday that it would wait."
    )
    entities = gazetteer.find(text)
    assert sum(1 for e in entities if e.country == "NOR") >= 3
    assert article_country(text, entities) == ""
