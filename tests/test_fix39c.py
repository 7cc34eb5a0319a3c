"""News kept from the colour rules: a named person's account after a one-word verdict, a pledge after a
feeling, a rescuer's or a lawmaker's warning, an engineer's at a state institute, a boss's plan and a
resident's loss all stay events. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import (
    bystander_in_the_present,
    quoted_guess_only,
    quoted_opinion_only,
    scholars_guess,
)
from tests.reports import mentions_below_lead

TUESDAY = dt.date(2026, 4, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        # a verdict that the speaker's account goes on from
        '"It was awful, the roof came down on my van," said Pella Grieve.',
        # a feeling, then a firm's pledge; "from" a firm is no home
        '"I understand the frustration, and we will refund every passenger," said Oskar Brandt from Velmora.',
        '"I can\'t believe the council ignored our letters for months," said Ida Marsh from Fenwatch.',
    ],
)
def test_a_verdict_that_is_not_the_whole_quotation_or_a_firm_after_from_stays(sentence: str) -> None:
    assert not quoted_opinion_only(sentence)
    assert mentions_below_lead(sentence, TUESDAY)


def test_a_whole_wish_of_one_from_a_known_place_is_still_colour() -> None:
    assert quoted_opinion_only('"I miss the old bridge so much," said Pella Grieve from Leeds.')


@pytest.mark.parametrize(
    "sentence",
    [
        '"There could be more miners trapped below the shaft," said Rui Andrade, a paramedic at the scene.',
        '"This tariff could cost farmers millions," said Carl Vint, a Republican from Iowa.',
    ],
)
def test_a_guess_by_a_name_with_a_description_stays(sentence: str) -> None:
    assert not quoted_guess_only(sentence)
    assert mentions_below_lead(sentence, TUESDAY)


def test_a_guess_by_a_bare_name_is_still_colour() -> None:
    assert quoted_guess_only('"The queues could last all summer," said Rui Andrade.')


@pytest.mark.parametrize(
    "sentence",
    [
        "The levee could give way within hours, said Lena Moor, chief engineer at the Delta Flood Institute.",
        '"The glacier might collapse within weeks," said Ivo Brant of the National Institute of Glaciology.',
    ],
)
def test_an_institutes_engineer_is_no_scholar(sentence: str) -> None:
    assert not scholars_guess(sentence)
    assert mentions_below_lead(sentence, TUESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        # a boss of a definite thing holds an office
        '"We may have to close the mill by August," said Ida Marsh, who runs the Brookfield mill.',
        # a loss told in the present is the witness's account
        '"My shop is gone," said Pella Grieve, who lives by the harbour.',
    ],
)
def test_a_boss_or_a_loss_in_the_present_stays(sentence: str) -> None:
    assert not bystander_in_the_present(sentence)
    assert mentions_below_lead(sentence, TUESDAY)


def test_one_who_runs_a_shop_is_still_a_bystander() -> None:
    assert bystander_in_the_present(
        '"We are still waiting for the bus," said Ida Marsh, who runs a cafe on the quay.'
    )
