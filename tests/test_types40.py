"""Types of unseen news (issue 7): a count of people in general that a speaker gives is a figure reported,
not a claim about another party's acts. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports


def types_of(text: str) -> list[str]:
    """The type of each event built from a one-paragraph report published on a Thursday."""
    return [kind for kind, *_ in build_reports((dt.date(2026, 3, 12), text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional health office said on Tuesday that 640 people had come to its clinics for advice.",
        "Hospital officials said on Tuesday that 2,300 people were still waiting for beds.",
    ],
)
def test_a_count_of_people_told_by_a_speaker_is_no_claim(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


def test_a_count_of_fighters_told_by_one_side_stays_its_claim() -> None:
    assert types_of("The defence ministry of Tarvia said on Tuesday that 400 mercenaries were in the hills.") == [
        "claim"
    ]
