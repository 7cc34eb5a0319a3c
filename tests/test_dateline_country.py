"""A wire dateline is where the reporter filed from: weak evidence of where the news is. The country the
lead names as where, and the places name most, is the report's over the dateline's (`article_country`);
a sentence that names a country of its own keeps it. A country named in half a report's places and twice
as often as any other sets it (twice in all, when no other is named); an event told by several reports
takes the country most of them are set in; a sentence of the world or of many countries takes none."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Gazetteer, article_country, load_gazetteer
from events.extract.mentions import extract_mentions
from events.merge.clusters import _countries


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def home(text: str, gazetteer: Gazetteer) -> str:
    return article_country(text, gazetteer.find(text))


def test_a_report_filed_from_abroad_is_set_where_its_lead_tells(gazetteer: Gazetteer) -> None:
    text = (
        "WASHINGTON (Wire) - The Treasury imposed sanctions on Monday on two militia leaders over killings "
        "in Somalia's south.\n\n"
        "The militia said the sanctions were unfair.\n"
    )
    assert home(text, gazetteer) == "SOM"


def test_a_country_of_the_lead_that_the_places_name_less_leaves_the_dateline(gazetteer: Gazetteer) -> None:
    # a trip to Peru named in the lead; the report's places are in the US, where it was filed
    text = (
        "WASHINGTON (Wire) - The president put off a trip to Peru on Monday to deal with floods.\n\n"
        "Rivers rose in Ohio and Kentucky, and crews in Cincinnati worked all night.\n"
    )
    assert home(text, gazetteer) == "USA"


def test_a_lead_that_names_no_other_country_keeps_the_datelines(gazetteer: Gazetteer) -> None:
    text = (
        "ZURICH (Wire) - A drug maker said on Monday it had made the first batch of a new vaccine.\n\n"
        "The company said it would start trials next month.\n"
    )
    assert home(text, gazetteer) == "CHE"


def test_a_sentence_of_a_report_filed_from_abroad_takes_the_leads_country() -> None:
    text = (
        "Sanctions over killings\n\n"
        "WASHINGTON (Wire) - The Treasury imposed sanctions on Monday on two militia leaders over killings "
        "in Somalia's south.\n\n"
        "The militia said on Tuesday the sanctions were unfair.\n\n"
        "Fighting went on in Mogadishu on Tuesday, aid workers said.\n\n"
        "Talks will resume in Kenya next week.\n"
    )
    article = prepare_article("sanctions.txt", text, SourceRow(published=dt.date(2026, 5, 19)))
    mentions = extract_mentions(article, load_gazetteer())
    said = [m for m in mentions if "unfair" in m.sentence.text]
    assert said
    assert all((m.countries, m.home_country) == ((), "SOM") for m in said)
    talks = [m for m in mentions if "Kenya" in m.sentence.text]
    assert all(m.countries == ("KEN",) and m.home_country == "" for m in talks)


def test_a_country_named_in_half_the_places_and_twice_any_other_sets_the_report(gazetteer: Gazetteer) -> None:
    # four places of Ecuador, four other countries named once each (observers, ballots, teams)
    text = (
        "Voters in Ecuador queued on Sunday. In Quito, in Guayaquil and in Cuenca, lines were long. "
        "Observers from Peru watched, ballots went to Panama, and a team in Chile and one in Spain waited.\n"
    )
    assert home(text, gazetteer) == "ECU"


def test_an_event_told_by_several_reports_takes_the_country_most_are_set_in() -> None:
    text = (
        "Ferry runs aground\n\n"
        "QUITO, ECUADOR -- A ferry ran aground near Guayaquil on Monday.\n\n"
        "The operator suspended every crossing on Tuesday.\n"
    )
    article = prepare_article("ferry.txt", text, SourceRow(published=dt.date(2026, 5, 19)))
    (told,) = [m for m in extract_mentions(article, load_gazetteer()) if "suspended" in m.sentence.text]
    assert told.home_country == "ECU"
    abroad = dataclasses.replace(told, article="abroad.txt", home_country="PER")
    assert _countries([told, told, abroad]) == ("ECU", "report")
    assert _countries([told, abroad]) == ("ECU;PER", "report")  # as many for each: both


def test_two_places_of_one_country_set_a_report_that_names_no_other(gazetteer: Gazetteer) -> None:
    # one name may be a comparison or a passing mention; two of one country, and no other country, set it
    text = "Crews worked through the night to restore power. In Ohio, lines were down."
    assert home(text, gazetteer) == ""
    text = (
        "Crews worked through the night to restore power. In Ohio, lines were down. Schools in Dayton shut "
        "on Monday. The utility said repairs would take a week."
    )
    assert home(text, gazetteer) == "USA"
    text = (
        "Crews worked through the night. In Ohio, lines were down. Schools in Indiana shut on Monday. "
        "Crews from Kentucky helped, and the utility said repairs would take a week."
    )
    assert home(text, gazetteer) == "USA"


def test_a_sentence_of_the_world_takes_no_reports_country() -> None:
    text = (
        "Measles cases rise\n\n"
        "QUITO, ECUADOR -- Health officials in Ecuador confirmed 40 new measles cases on Monday.\n\n"
        "The ministry said on Tuesday it would open ten vaccination centres.\n\n"
        "Worldwide, more than 9,000 cases were reported last month.\n\n"
        "The disease has spread to 31 countries this year.\n"
    )
    article = prepare_article("measles.txt", text, SourceRow(published=dt.date(2026, 5, 19)))
    mentions = extract_mentions(article, load_gazetteer())
    ministry = [m for m in mentions if "vaccination" in m.sentence.text]
    assert ministry
    assert all(m.home_country == "ECU" for m in ministry)
    world = [m for m in mentions if "Worldwide" in m.sentence.text or "31 countries" in m.sentence.text]
    assert world
    assert all((m.countries, m.home_country) == ((), "") for m in world)


def test_a_lead_abroad_filed_from_a_capital_the_report_never_names_again_takes_no_dateline(
    gazetteer: Gazetteer,
) -> None:
    # the capital is where the wire's desk is; the news is in Yemen, and Oman is named as often
    text = (
        "LONDON (Wire) - A tanker ran aground in Yemen on Monday, spilling fuel, the shipping line said.\n\n"
        "A second ship of the line was held in Oman last year.\n"
    )
    assert home(text, gazetteer) == ""
    # a town's dateline is where the reporter went for the news
    text = (
        "GALVESTON, TEXAS (Wire) - A tanker ran aground on Monday with fuel bought in Mexico, the shipping "
        "line said.\n\n"
        "A second ship of the line was held in Cuba last year.\n"
    )
    assert home(text, gazetteer) == "USA"
