"""A standing fact or a scene is not a happening: a figure of what a thing is, told by a verb of state in
the present (a population, a staff, a length, a distance), gives no event; a figure that changed, a toll, or
an act joined to the state is still news. A scene with no doer's act (a thing seen moving in place, a place
told by how still it is) gives no event either. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import scene_only, standing_figure
from tests.reports import mentions_below_lead

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        "The island, hit by the storm, has a population of 40,000.",
        "The reef lies 30 miles offshore from the port where the tanker sank.",
        "The refinery, struck by the blast, employs about 3,000 people.",
        "The dam wall stands 200 metres high above the flooded valley.",
        "The valley is home to some 80,000 people.",
    ],
)
def test_standing_figure_is_no_happening(sentence: str) -> None:
    assert standing_figure(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a standing figure that changed is news
        "The refinery now employs 2,000 people, down from 3,000.",
        "The island has a population of 40,000 and was evacuated.",
        # a toll is news
        "The death toll stands at 83.",
        "The dead number 40.",
        # an act in the subject's clause
        "Officials say the island has a population of 40,000.",
    ],
)
def test_changed_figure_toll_or_act_stays(sentence: str) -> None:
    assert not standing_figure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure someone found or reports is a finding
        "According to the survey, the cloud of silt is 12 miles long and 2 miles wide.",
        # an act joined a few words on
        "The cloud is more than 4 miles wide and its spread was first seen by divers.",
    ],
)
def test_reported_finding_or_joined_act_stays(sentence: str) -> None:
    assert not standing_figure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thick clumps of tar are churning in the surf.",
        "The streets of the flooded town were eerily quiet on Tuesday.",
        "-- Brown foam is still lapping at the seawall.",
    ],
)
def test_scene_with_no_doers_act_is_no_happening(sentence: str) -> None:
    assert scene_only(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a calm set against what broke it, or an act told with the scene
        "The capital was quiet on Monday after two days of riots.",
        "The beaches were deserted on Sunday as the tar washed in.",
        # a doer's act
        "Divers are working in the surf near the pier.",
        "Officials say clumps of tar are churning in the surf.",
    ],
)
def test_scene_with_an_act_or_broken_calm_stays(sentence: str) -> None:
    assert not scene_only(sentence)
