"""One described by a post held once ("a former ambassador", "former press secretary to the governor")
speaks for no party to the story now: their view is comment, no happening. Testimony of a past act, the
speaker's own step or account, a figure, a toll, a possessive ("the former minister's lawyers") and a
sitting office stay news. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import former_holders_view
from tests.reports import mentions_below_lead

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        "However the former Dalish ambassador to Norland, Sir Tomas Hale, told the radio that the row had"
        ' become "a real problem, politically".',
        'Ana Ruiz, former press secretary to the governor, called the ruling a "strange choice."',
        "Some former federal mine inspectors suggested that the board, which sells the leases, should hand"
        " safety checks to a separate agency.",
        "Jon Pell, former president of Kestrel Gas Company, told reporters it was unfair to blame the chief"
        " executive.",
        '"It is a strange choice," said Ana Ruiz, a former press secretary.',
    ],
)
def test_former_holders_view_is_no_happening(sentence: str) -> None:
    assert former_holders_view(sentence)
    assert mentions_below_lead(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's own step ahead, or their own account
        "Former President Tomas Hale said he would travel to the region next week.",
        '"We saw the levee give way," said Ana Ruiz, a former press secretary.',
        # testimony of a past act, a figure, a toll
        "A former site manager told the panel that supervisors ignored the alarms.",
        "Former guards said 30 inmates were hurt.",
        "Jon Pell, former president of Kestrel Gas Company, said two workers died in the blast.",
        # a post held now too, a party's people, and a sitting office
        "Ida Fenn, a former lorry driver who now manages a bakery in Dalby, said trade was picking up.",
        "The former minister's lawyers said the charges were baseless.",
        "The interior minister said the plan was a mistake.",
    ],
)
def test_testimony_step_figure_or_sitting_office_is_not_read_as_a_former_holders_view(sentence: str) -> None:
    assert not former_holders_view(sentence)
