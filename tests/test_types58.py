"""Types of counts, tolls and accidents settled by the words' sense: another's estimate or figures disputed
is a `denial`; an authority's count of the sick is the outbreak's (`disaster`); a well, a bill or an engine
"killed" is no toll; a toll of animals is a `disaster`'s harm; an installation named after its kind that
explodes or sinks, and a vehicle that overturns or plunges into a ravine, make an accident (`disaster`).
All texts are our own (mining, health, roads, shipping, parliaments)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article


def types_of(text: str) -> list[str]:
    """The type of each event built from a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return list(build_tables(Corpus(articles=(article,))).events["event_type"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz, the mine's chief operating officer, disputed the new estimates on Tuesday, saying the leak was"
        " smaller.",
        "The ministry contests the figures, a spokesman said on Monday.",
    ],
)
def test_another_partys_figures_disputed_is_a_denial(sentence: str) -> None:
    assert types_of(sentence) == ["denial"]


def test_an_authoritys_count_of_the_sick_is_the_outbreaks() -> None:
    sentence = (
        "The health agency has confirmed 79 cases of a virus it said had spread from the capital, raising"
        " fears on Monday."
    )
    assert types_of(sentence) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A cement plug has permanently killed the runaway well off the coast, the firm said on Monday.",
        "Engineers hope to get the well killed by the end of the month, the company said on Tuesday.",
        "The senator killed the bill on Tuesday.",
    ],
)
def test_a_thing_killed_is_no_toll(sentence: str) -> None:
    assert "casualties" not in types_of(sentence)


def test_people_killed_stay_a_toll() -> None:
    assert types_of("Gunmen killed the mayor's driver on Tuesday.") == ["casualties"]


def test_a_toll_of_animals_is_a_disasters_harm() -> None:
    assert types_of(
        "The toll of dead and injured seabirds is climbing along the coast, rangers said on Monday."
    ) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gas has leaked into the bay since the production platform Sea Lion exploded near the cape on"
        " 2 April.",
        "A drilling rig called the Sea Lion blew up and sank on Monday.",
        "A minibus overturned on the highway on Sunday, police said.",
        "A lorry carrying fuel veered off the road near the border on Monday.",
        "On Tuesday a bus carrying pilgrims plunged into a ravine in the mountains, police said.",
    ],
)
def test_an_installation_or_a_vehicle_that_gives_way_is_an_accident(sentence: str) -> None:
    assert "disaster" in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in the bus operator plunged into the red on Monday.",
        "The bus driver's conviction was overturned on Monday.",
    ],
)
def test_a_vehicles_word_near_another_fall_makes_no_accident(sentence: str) -> None:
    assert "disaster" not in types_of(sentence)


def test_a_toll_named_by_its_count_alone_is_a_toll() -> None:
    assert types_of("The number of dead rose to 212 on Tuesday.") == ["casualties"]
    assert types_of("By Tuesday the toll had reached 212, the civil defence agency said.") == ["casualties"]


def test_a_toll_of_money_is_no_casualty() -> None:
    assert "casualties" not in types_of("The toll rose to 12 euros on Monday, the bridge operator said.")


def test_a_first_death_suffered_is_a_toll() -> None:
    sentence = (
        "The island suffered its first death from the fever on Sunday, when an elderly farmer died in a"
        " clinic in the capital."
    )
    assert types_of(sentence) == ["casualties"]


def test_a_person_told_by_age_confirmed_with_the_illness_is_a_case() -> None:
    sentence = "A 40-year-old from the port has been confirmed with the fever, the ministry said on Monday."
    assert types_of(sentence) == ["disaster"]


def test_the_world_pandemic_alert_raised_declares_the_outbreak() -> None:
    sentence = (
        "The UN health agency raised its pandemic alert on 3 May to 5 on the scale, meaning a pandemic is"
        " imminent."
    )
    assert types_of(sentence) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week, the insurer said it would appoint a mediator to settle any disputes over claims that"
        " arise.",
        "University geologists also disputed the agency's claim on Tuesday, saying most of the ash remains.",
    ],
)
def test_a_quarrel_or_a_view_against_a_view_denies_nothing(sentence: str) -> None:
    assert "denial" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fever has claimed its first victim in the north, health officials said on Sunday.",
        "The avalanche claimed the lives of three climbers on Tuesday.",
    ],
)
def test_deaths_a_killer_claims_are_a_toll(sentence: str) -> None:
    assert types_of(sentence) == ["casualties"]


def test_victories_claimed_are_no_toll() -> None:
    assert "casualties" not in types_of("The firm claimed its first victory in the case on Monday.")
