"""Countries of actors: an event no sentence gives a country takes the one country the table's other events
name for its people and state bodies (events.merge.actor_names.countries_of_known_actors)."""

from __future__ import annotations

import pandas as pd

from events.merge.actor_names import countries_of_known_actors


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
