"""Happenings that made no mention on unseen text: an act in the present perfect whose participle is
irregular ("have been found", "has begun", "have laid"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_mentions

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday


def kinds(sentence: str) -> list[tuple[str, dt.date]]:
    return [(m.event_type, m.date_start) for m in body_mentions(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two more climbers have been found alive near the northern ridge.",
        "Dozens of oiled seabirds have been found on the beaches of the eastern bay.",
        "Salvage crews have begun to clear the rubble from the market square.",
        "The ministry has begun a cull of poultry in three provinces.",
        "Crews have laid more than 20 miles of boom around the marshes.",
        "The insurer has paid nearly $40 million in claims to shop owners.",
        "The committee has already held two hearings into the collapse.",
        "A video of the blast has been made public by the port authority.",
    ],
)
def test_an_act_in_the_perfect_with_an_irregular_participle_is_news_of_the_report(sentence: str) -> None:
    assert kinds(sentence) == [("other", PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a state held over a stretch of time, a view about the act, an act denied or foreseen
        "The regiment has held the northern base since 1998 without a break.",
        "Doctors think the virus cannot be contained now it has spread to the coast.",
        "No survivors have been found in the wreckage of the ferry so far.",
        "If the talks fail, the union may have begun a strike by the weekend.",
        "The corner shop has sold out of face masks and hand gel.",
        # participles of no act
        "The flooding has done great harm to the farms of the valley.",
        "Bad weather has made it impossible to reach the wreck.",
    ],
)
def test_an_irregular_perfect_that_tells_no_act_makes_no_mention(sentence: str) -> None:
    assert kinds(sentence) == []
