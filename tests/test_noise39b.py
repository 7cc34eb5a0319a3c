"""A standing fact is not a happening: a figure of what a thing is, told by a verb of state in the present
(a population, a staff, a length, a distance), gives no event; a figure that changed, a toll, or an act
joined to the state is still news. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import standing_figure
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
