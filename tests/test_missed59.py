"""Happenings a report tells in forms once missed: office-holders named by a plural who speak, a "they"
that speaks after the doers of a passive, a place kept open by a decision, and a second happening told as
what "followed" on a day of its own. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


def test_office_holders_named_by_a_plural_speak_for_their_body() -> None:
    found = mentions_below_lead(
        "Norwegian ministers announced on Tuesday that the ferry link would close.", THURSDAY
    )
    assert [(m.event_type, m.speaker, m.date_start) for m in found] == [
        ("statement", "Norwegian ministers", dt.date(2026, 3, 10))
    ]


def test_they_who_speak_are_the_doers_of_the_passive_before() -> None:
    found = mentions_below_lead(
        "The new levy will be examined closely by harbour officials in Tarvik. "
        "They said today that efforts to clear the silt were failing.",
        THURSDAY,
    )
    assert [(m.event_type, m.speaker) for m in found if m.sentence.text.startswith("They")] == [
        ("statement", "Harbour officials")
    ]


def test_they_after_a_passive_done_by_one_body_is_no_one_named() -> None:
    found = mentions_below_lead(
        "The levy was examined by the council. They said today that the silt was rising.", THURSDAY
    )
    assert [m for m in found if m.sentence.text.startswith("They")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry port will remain open, the coastguard said on Tuesday.",
        "The ferry port will remain open and crews will keep sailing following a review by the coastguard.",
        "Both colleges stayed open under orders from the regional health board.",
    ],
)
def test_a_place_kept_open_by_a_decision_is_a_measure(sentence: str) -> None:
    assert "policy" in [m.event_type for m in mentions_below_lead(sentence, THURSDAY)]


@pytest.mark.parametrize(
    "sentence", ["Cafes along the seafront stayed open late.", "The schools have stayed open."]
)
def test_a_place_that_merely_stayed_open_is_no_measure(sentence: str) -> None:
    assert "policy" not in [m.event_type for m in mentions_below_lead(sentence, THURSDAY)]


def test_what_followed_on_a_day_of_its_own_is_a_happening_of_that_day() -> None:
    found = mentions_below_lead(
        "Water in the reservoir climbed to a record by Friday, followed on Saturday by the collapse of the "
        "main dam.",
        THURSDAY,
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("Water in the reservoir climbed to a record by Friday", dt.date(2026, 3, 6)),
        ("The collapse of the main dam followed on Saturday", dt.date(2026, 3, 7)),
    ]


def test_who_followed_takes_the_day_after_the_verb() -> None:
    found = mentions_below_lead(
        "The mayor resigned on Monday, followed by two of her deputies on Tuesday.", THURSDAY
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("The mayor resigned on Monday", dt.date(2026, 3, 9)),
        ("Two of her deputies followed on Tuesday", dt.date(2026, 3, 10)),
    ]
