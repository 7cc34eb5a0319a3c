"""A trigger word's sense from its object (types27): "capture" takes people in war and oil in a clean-up,
"deploy" sends a force or puts equipment to work, "struck" and "attacks" are blows or words, and animals
killed are what a disaster did, not casualties. Every sentence is our own."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.reports import types_below_lead

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
types_of = partial(types_below_lead, published=PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarvian troops captured two foreign fighters near the river on Tuesday, the army said.",
        "Three sailors were captured near the port on Tuesday, the navy said.",
        "The rebel commander was captured by government forces on Tuesday.",
        "The militia captured them at a checkpoint on Tuesday.",
        "Four soldiers were taken prisoner on Tuesday.",
        "He spoke of the two soldiers Tarvia captured on Tuesday.",
        "The two men his forces had captured on Tuesday were shown on television.",
        "Rebels captured a cargo ship off the coast on Tuesday, residents said.",
    ],
)
def test_people_taken_are_a_capture(sentence: str) -> None:
    assert "capture" in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norvik said on Tuesday its new system was capturing some of the leaking oil.",
        "The pipe inserted into the well on Tuesday captures some oil and gas.",
        "The rescue of the girl was captured by television crews on Tuesday.",
        "The flooded valley captured front pages around the world on Tuesday.",
        "The town, in the days after it was captured, saw hundreds killed, a report said on Tuesday.",
    ],
)
def test_oil_collected_and_scenes_recorded_are_no_capture(sentence: str) -> None:
    assert "capture" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army deployed boats and helicopters to the flooded villages on Tuesday.",
        "The Red Cross is dispatching a relief team to Velora on Tuesday.",
        "The peacekeepers, who had kept order in the capital, were deployed to the port on Tuesday.",
        "Announcing the deployment of Largs Bay on Tuesday, the minister said the ship would carry tents.",
        "Norway deployed 300 marines to the island on Tuesday.",
    ],
)
def test_a_force_or_a_rescue_team_sent_is_a_deployment(sentence: str) -> None:
    assert "deployment" in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The response firms deployed more than 90 percent of their equipment on Tuesday.",
        "Norvik dispatched a giant oil tanker to the site on Tuesday.",
        "A veteran reporter was dispatched to cover the floods on Tuesday.",
        "The crew reassembled the pumps and deployed them again on Tuesday.",
    ],
)
def test_equipment_put_to_work_or_a_reporter_sent_is_no_deployment(sentence: str) -> None:
    assert "deployment" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts have been struck by the large number of dead fish washed up on Tuesday.",
        "The deal struck at the ministry on Tuesday was meant to reassure farmers.",
        "The president made personal attacks on the bank's chief executive on Tuesday.",
        "The shipping firm struck back on Tuesday, accusing the regulator of hiding its own failings.",
    ],
)
def test_impressions_deals_and_words_are_no_attack(sentence: str) -> None:
    assert "attack" not in types_of(sentence)


def test_a_ruling_struck_down_with_its_object_between_is_legal() -> None:
    assert types_of("A district court struck the first ban down on Tuesday.") == ["legal"]


def test_blows_struck_stay_attacks() -> None:
    assert types_of("Drones struck the port overnight on Tuesday.") == ["attack"]
    assert types_of("The town was struck by a missile on Tuesday.") == ["attack"]
    assert types_of("Government forces struck back on Tuesday, shelling rebel positions.") == ["attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The spill killed at least 36,000 seabirds on Tuesday.",
        "An estimated 15,000 birds were killed on Tuesday.",
        "Crews found about 130 dead birds on the beach on Monday.",
        "Rescuers found scores of oiled pelicans on Tuesday.",
        "The flood has fouled 120 miles of coastline, killing birds, turtles and dolphins.",
    ],
)
def test_animals_killed_are_what_a_disaster_did(sentence: str) -> None:
    assert types_of(sentence) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a guess, a yardstick, a cull named as an act
        "The spill will have killed some fish, but far more are caught by trawlers every year.",
        "The damage will be far worse than a few dead birds along the coast.",
        "The agency said on Tuesday that killing the pigs would be a mistake.",
    ],
)
def test_animals_killed_only_in_a_guess_or_a_cull_are_no_disaster(sentence: str) -> None:
    assert "disaster" not in types_of(sentence)


def test_people_killed_stay_casualties_beside_animals() -> None:
    assert types_of("The blast killed 11 workers and thousands of birds on Tuesday.") == ["casualties"]
    assert types_of("Twelve soldiers were killed in the clashes on Tuesday.") == ["casualties"]


def test_a_market_move_amid_fears_is_still_no_disaster() -> None:
    # ("about" before a number is the count's; before a noun it still names a topic)
    assert "disaster" not in types_of("Shares fell on Monday amid fears over the outbreak.")


def test_found_liable_and_testimony_to_a_hearing_are_legal() -> None:
    assert types_of("The firm was found liable for damages of $287 million on Tuesday.") == ["legal"]
    assert types_of("Executives told a U.S. congressional hearing on Tuesday that the firm cut corners.") == [
        "legal"
    ]
