"""Happenings that made no mention at all: an outbreak's count told as where it stands, a toll with its
place before its verb, the living brought out of rubble, an installation named in an aside before the verb
that wrecks it, and a sentence told in an irregular simple past. Every sentence is our own."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from events.extract.background import PAST_TENSE
from tests.reports import body_kinds, body_mentions

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday


kinds = partial(body_kinds, published=PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        # the tally as a whole, told as where it stands or as what it has reached
        "The total number of confirmed cases in Tarvia stands at 1,240.",
        "The number of people infected in the northern province has risen to 17.",
        "The tally of confirmed infections reached 3,100 across 19 countries.",
        # a place's new cases, with the total they bring or as what there was
        "A single new case turned up in the coastal region, bringing the total to eleven.",
        "Nine more pupils fell ill in an outbreak now totalling 58 cases at a boarding school.",
        # the disease reaching new places
        "The new strain has now spread to 24 countries.",
    ],
)
def test_an_outbreaks_count_told_as_where_it_stands_is_a_disaster_of_the_report_day(sentence: str) -> None:
    assert kinds(sentence) == [("disaster", PUBLISHED)]


def test_a_toll_with_its_place_before_the_verb_is_casualties() -> None:
    assert kinds("The death toll in the border province rose to 42.") == [("casualties", PUBLISHED)]


def test_a_count_foreseen_is_no_count_reached() -> None:
    assert all(
        kind != "disaster"
        for kind, _ in kinds("The number of cases could rise to 500 by the end of the month, experts warned.")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "An elderly man was pulled from the rubble of the town hall on Wednesday.",
        "Two sisters were lifted out of the ruins of their school on Wednesday.",
        "A young driver was dug out alive from the wreckage of a petrol station on Wednesday.",
    ],
)
def test_the_living_brought_out_of_rubble_are_a_rescue(sentence: str) -> None:
    assert kinds(sentence) == [("other", dt.date(2026, 5, 13))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of bodies were pulled from the rubble of the hotel overnight.",
        "Neighbours said her body had been pulled from the debris of the bakery.",
    ],
)
def test_the_dead_brought_out_of_rubble_are_no_rescue(sentence: str) -> None:
    assert all(kind != "other" for kind, _ in kinds(sentence))


def test_an_installation_named_in_an_aside_before_its_verb_is_a_disaster() -> None:
    mentions = body_mentions(
        "The chemical plant, which employs 300 people, exploded on Tuesday night.", PUBLISHED
    )
    assert [(m.event_type, m.date_start) for m in mentions] == [("disaster", dt.date(2026, 5, 12))]


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("the freighter sank", True),
        ("the storm tore roofs off", True),
        ("crews dug a trench", True),
        ("a gust blew the tent away", True),
        # as often a noun, an adjective or a state as a verb in the past
        ("a bit more oil", False),
        ("felt duty bound to add", False),
        ("fish stuck in oil", False),
        ("the cap is meant to hold", False),
    ],
)
def test_a_verb_in_the_past_is_any_irregular_simple_past(text: str, past: bool) -> None:
    assert (PAST_TENSE.search(text) is not None) is past
