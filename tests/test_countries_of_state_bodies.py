"""Countries of actors. A state's body a report names once with its country ("the U.S. Coast Guard") and
then without it ("the Coast Guard said") is that country's body wherever it is named: one actor, with its
country, so that the events it alone names are counted for that country. And an event no sentence gives a
country takes the one country the table's other events name for its people and state bodies."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import Gazetteer, load_gazetteer
from events.extract.mentions import extract_mentions
from events.merge.actor_names import countries_of_known_actors


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def actors(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    return [(e.name, e.country) for e in gazetteer.find(text) if e.kind == "actor"]


def test_a_body_named_with_its_country_once_is_that_countrys_body_after(gazetteer: Gazetteer) -> None:
    text = (
        "The U.S. Coast Guard searched for the trawler's crew on Monday. "
        "The Coast Guard said on Tuesday that two fishermen had been found."
    )
    assert actors(text, gazetteer) == [("U.S. Coast Guard", "USA"), ("U.S. Coast Guard", "USA")]


def test_a_body_of_a_country_written_as_whose_is_that_countrys(gazetteer: Gazetteer) -> None:
    text = (
        "Nigeria's Electoral Commission postponed the vote. "
        "The Electoral Commission gave no new date for the ballot."
    )
    assert [n for n, _ in actors(text, gazetteer)] == ["Nigeria's Electoral Commission"] * 2
    assert {c for _, c in actors(text, gazetteer)} == {"NGA"}


def test_the_body_of_two_countries_named_bare_is_left_as_written(gazetteer: Gazetteer) -> None:
    text = (
        "The U.S. Coast Guard and the Mexican Coast Guard searched the gulf after the storm. "
        "The Coast Guard said three boats were missing."
    )
    assert ("Coast Guard", "") in actors(text, gazetteer)


def test_a_firm_is_not_given_its_home_as_a_state_body_is(gazetteer: Gazetteer) -> None:
    text = "Korea's Hanbit Shipping Co said it would appeal. Hanbit Shipping declined to comment further."
    assert all(country == "" for name, country in actors(text, gazetteer) if name == "Hanbit Shipping")


def test_the_events_the_bare_body_names_are_that_countrys(gazetteer: Gazetteer) -> None:
    text = (
        "The U.S. Coast Guard searched for the trawler's crew on Monday.\n\n"
        "The Coast Guard rescued two fishermen on Tuesday.\n"
    )
    article = prepare_article("storm.txt", text, SourceRow(published=dt.date(2026, 3, 11)))
    rescue = [m for m in extract_mentions(article, gazetteer) if "rescued" in m.sentence.text]
    assert rescue and rescue[0].countries == ("USA",)
    assert rescue[0].actors == ("U.S. Coast Guard",)


def events_table(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actors": [r[0] for r in rows],
            "countries": [r[1] for r in rows],
            "country_basis": [r[2] for r in rows],
        },
        dtype="str",
    )


def test_an_event_of_no_country_takes_the_one_its_person_s_events_name() -> None:
    named = [("Ana Okafor", "NGA", "named")] * 3
    events = events_table(*named, ("Ana Okafor;Delta Freight", "", ""))
    settled = countries_of_known_actors(events)
    assert settled.iloc[-1].tolist() == ["Ana Okafor;Delta Freight", "NGA", "report"]


def test_a_person_whose_events_name_several_countries_gives_none() -> None:
    named = [("Ana Okafor", "NGA", "named")] * 3 + [("Ana Okafor", "GHA", "named")] * 2
    events = events_table(*named, ("Ana Okafor", "", ""))
    assert countries_of_known_actors(events).iloc[-1]["countries"] == ""


def test_a_firm_or_a_body_of_the_world_gives_no_country() -> None:
    # (a firm's events are wherever it works; a body of the world's wherever it acts)
    named = [("Kestrel Mining PLC;World Maritime Council", "NGA", "named")] * 4
    events = events_table(*named, ("Kestrel Mining PLC", "", ""), ("World Maritime Council", "", ""))
    assert countries_of_known_actors(events)["countries"].tolist()[-2:] == ["", ""]


def test_an_event_with_a_country_of_its_own_keeps_it() -> None:
    named = [("Ana Okafor", "NGA", "named")] * 3
    events = events_table(*named, ("Ana Okafor", "GHA", "report"))
    assert countries_of_known_actors(events).iloc[-1]["countries"] == "GHA"


def test_two_people_of_two_countries_leave_the_event_without_one() -> None:
    named = [("Ana Okafor", "NGA", "named")] * 3 + [("Kwame Mensah", "GHA", "named")] * 3
    events = events_table(*named, ("Ana Okafor;Kwame Mensah", "", ""))
    assert countries_of_known_actors(events).iloc[-1]["countries"] == ""
