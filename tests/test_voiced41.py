"""A body's own completed deed told through its own voice is typed as the deed (issue 7): "The ministry said
it had closed the crossing" is news of the crossing closed, the saying only how it became known. Denials,
another's acts, plans, views, counts and changes that befall no doer stay as they were. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.triggers import settled_type
from tests.reports import build_reports


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        ("Norvik Holdings Plc said it had reached a significant milestone overnight.", "other"),
        (
            "The space agency said earlier this week it had completed the first test flight of its capsule.",
            "other",
        ),
        (
            "Ravenna Oil vice-president Jo Roe said the company had finished pumping cement into the well.",
            "other",
        ),
        ("The carmaker said it has recalled 40,000 cars over faulty brakes.", "other"),
        ("Kestrel Air said it cancelled 30 flights out of Dunmore.", "policy"),
        ("Police in Tarnow said they had arrested six men after a raid on a depot.", "arrest"),
        ("The health ministry said it had sent 40 doctors to the flooded province.", "deployment"),
        ("A spokeswoman for the regulator said the regulator had fined the lender $40m.", "legal"),
    ],
)
def test_a_bodys_own_deed_told_in_its_voice_is_the_deed(sentence: str, deed: str) -> None:
    assert settled_type("statement", sentence, sentence) == deed


def test_an_own_deed_told_with_the_week_it_was_said_is_built_as_the_deed() -> None:
    built = build_reports(
        (
            dt.date(2026, 3, 12),
            "The space agency said earlier this week it had completed the first test of its capsule.",
        )
    )
    assert [row[0] for row in built] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial
        "The ministry said it had not closed the crossing.",
        "The airline said it hadn't cancelled any flights.",
        # another's act, and an accusation of another
        "The union said the company had cheated its workers.",
        "Managers said they had been bullied by the board.",
        "The ministry said the rebels had seized the bridge.",
        # plans and promises
        "The ministry said it would close the crossing.",
        "The ministry said it plans to close the crossing.",
        "The company said it had decided to sell the plant.",
        "The lender said it had offered to buy the bonds back.",
        # opinions and findings
        "The company said it believed the valve had failed.",
        "The agency said it had found that the pipe was cracked.",
        "The firm said it had limited funds for the cleanup.",
        # a change with no doer
        "The agency said prices had risen.",
        "The ministry said the virus had mutated.",
        "The company said it had lost $2bn in the quarter.",
        # a person speaking of something else, and speakers for no body
        "Jane Roe said it had closed the crossing.",
        "Residents said they had fled the town.",
        # a view that takes a clause
        "Port officials said they doubted the ferry would sail before the weekend.",
        # a defence of its own part, and a deed set at a time counted from another happening
        "A Dalbek executive, Jo Roe, said the company safely finished the welding ten hours before the fire.",
        "The contractor said it had completed the work according to accepted industry practice.",
        "Kestrel Air said it had inspected the engine two days before the crash.",
        # passed on and passive
        "The newspaper said it had obtained the letters.",
        "The airline said it had been forced to cancel 30 flights.",
    ],
)
def test_what_is_no_own_deed_done_stays_as_it_was(sentence: str) -> None:
    assert settled_type("statement", sentence, sentence) == "statement"
    assert settled_type("claim", sentence, sentence) == "claim"


def test_a_count_of_the_dead_given_by_a_body_stays_the_toll() -> None:
    sentence = "The ministry said 40 people had died in the floods."
    assert settled_type("statement", sentence, sentence) == "casualties"


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairman of Kestrel Freight, Ivo Lind, said the company had acted recklessly.",
        "The ministry said it had complied with every ruling of the court.",
        "A spokeswoman for the airline said it had responded too slowly to the storm warnings.",
    ],
)
def test_how_a_body_conducted_itself_is_a_judgement_not_a_deed(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"
