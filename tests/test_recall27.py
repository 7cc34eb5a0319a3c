"""Happenings that made no mention on unseen text: an act in the present perfect whose participle is
irregular ("have been found", "has begun", "have laid"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.reports import body_kinds, report_mentions

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday


kinds = partial(body_kinds, published=PUBLISHED)


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
    # (one mention, of the report's day; its type is the trigger words' to decide: seabirds found oiled are
    # a disaster's harm, tests/test_types27.py)
    assert [day for _, day in kinds(sentence)] == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        # a state held over a stretch of time, a view about the act, an act denied or foreseen
        "The regiment has held the northern base since 1998 without a break.",
        "Doctors think the virus cannot be contained now it has spread to the coast.",
        "No survivors have been found in the wreckage of the ferry so far.",
        "If the talks fail, the union may have begun a strike by the weekend.",
        "The corner shop has sold out of face masks and hand gel.",
        # the perfect of a relative clause or of an infinitive
        "Strong currents keep scattering the booms that the crews have laid along the shore.",
        "Divers who have flown in from the capital are searching the hull of the ferry.",
        "Once the valve closes, the pressure test can be said to have begun.",
        # participles of no act
        "The flooding has done great harm to the farms of the valley.",
        "Bad weather has made it impossible to reach the wreck.",
    ],
)
def test_an_irregular_perfect_that_tells_no_act_makes_no_mention(sentence: str) -> None:
    assert kinds(sentence) == []


# A timeline's heading and first entry, so that the entry under test is read below them (an opening line that
# ends in a weekday would run into the entry's date)
TIMELINE_OPENING = (
    "Main events since the leak began at the offshore well.\n\nApr. 20 - The rig explodes and sinks.\n"
)


def entry_kinds(entry: str) -> list[tuple[str, dt.date]]:
    text = TIMELINE_OPENING + entry + "\n"
    mentions = report_mentions(text, PUBLISHED)
    return [(m.event_type, m.date_start) for m in mentions if m.sentence.text == entry]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("May 5 - Engineers begin lowering a steel dome over the leaking pipe.", dt.date(2026, 5, 5)),
        ("Apr. 28 - Efforts to close the valve with robots fail.", dt.date(2026, 4, 28)),
        ("3 May 2026 Divers reach the sunken ferry for the first time.", dt.date(2026, 5, 3)),
        ("May 11 \u2013 Ministers from both countries meet in the border town.", dt.date(2026, 5, 11)),
    ],
)
def test_a_timelines_entry_told_in_the_present_is_its_days_act(sentence: str, day: dt.date) -> None:
    assert entry_kinds(sentence) == [("other", day)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of places by day, no act told; a day that is the subject of the sentence
        "4 Aug 1998: Port Selby, Tarvia.",
        "May 5 is a bad day for the company and its staff.",
    ],
)
def test_a_dated_line_that_tells_no_act_makes_no_mention(sentence: str) -> None:
    assert entry_kinds(sentence) == []
