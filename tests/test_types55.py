"""A word's sense in its sentence decides the type it gives: a belief held "with conviction" is no verdict,
control taken of a task or a body is no ground won, a view "widely agreed" is no deal, a trade's summit is
no meeting of states, people named as a source of words or as the speaker protest nothing; and a public
body's order or deadline to those it governs is a measure, however it was made known. All texts are our own
(elections, courts, trade, storms)."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.triggers import settled_type
from tests.reports import types_below_lead

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    "sentence",
    [
        '"To the voters of the valley, we say with conviction that you will not be forgotten," the governor '
        "said on Tuesday.",
        "The senator spoke on Tuesday of her deep conviction that the tariffs would hurt farmers.",
    ],
)
def test_a_belief_held_with_conviction_is_no_verdict(sentence: str) -> None:
    assert "legal" not in types_below_lead(sentence, DAY)


def test_a_conviction_for_a_crime_stays_legal() -> None:
    assert types_below_lead("The former mayor's conviction for fraud was overturned on Tuesday.", DAY) == [
        "legal"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional agency had taken control of the relief effort on Tuesday.",
        "A hedge fund took control of the shipping company on Tuesday.",
        "The opposition seized control of the budget committee on Tuesday.",
    ],
)
def test_control_of_a_task_or_a_body_is_no_offensive(sentence: str) -> None:
    assert "offensive" not in types_below_lead(sentence, DAY)


def test_control_of_a_place_stays_an_offensive() -> None:
    assert types_below_lead("Rebels seized control of the airport on Tuesday.", DAY) == ["offensive"]


def test_a_view_widely_agreed_is_no_deal() -> None:
    sentence = "The cost of the new bridge was widely agreed to be about $40 million on Tuesday."
    assert "agreement" not in types_below_lead(sentence, DAY)


def test_a_side_that_agreed_to_act_stays_an_agreement() -> None:
    assert types_below_lead("The union agreed to end the strike on Tuesday.", DAY) == ["agreement"]


def test_a_trades_summit_is_no_diplomacy() -> None:
    sentence = (
        '"Demand is holding up," the chief executive told the Global Shipping Summit in Rotterdam on Tuesday.'
    )
    assert types_below_lead(sentence, DAY) == ["statement"]


def test_a_summit_of_leaders_stays_diplomacy() -> None:
    sentence = "The prime minister flew to Lima on Tuesday for a summit of Pacific leaders."
    assert types_below_lead(sentence, DAY) == ["diplomacy"]


@pytest.mark.parametrize(
    "sentence",
    [
        'One of the demonstrators said on Tuesday: "The council must listen."',
        "The mayor suggested on Tuesday that the criticism from protesters was hypocritical.",
    ],
)
def test_protesters_as_speakers_or_a_source_of_words_make_remarks(sentence: str) -> None:
    assert types_below_lead(sentence, DAY) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of protesters gathered outside parliament on Tuesday.",
        "The road to the port was blocked by demonstrators on Tuesday.",
    ],
)
def test_protesters_at_a_protest_stay_a_protest(sentence: str) -> None:
    assert types_below_lead(sentence, DAY) == ["protest"]


@pytest.mark.parametrize(
    ("event_type", "sentence"),
    [
        (
            "statement",
            "The health ministry has asked hospitals across the country to trace anyone who met the patient.",
        ),
        ("statement", "The president told government offices and private firms to close from Friday."),
        ("statement", "The police told residents of the valley on Tuesday to leave their homes."),
        (
            "other",
            "The trade regulator informed the port's managers late Wednesday that the firm has 48 hours to "
            "reopen the terminal.",
        ),
    ],
)
def test_a_public_bodys_order_or_deadline_is_a_measure(event_type: str, sentence: str) -> None:
    assert settled_type(event_type, sentence) == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told reporters on Tuesday that officials had worked hard to contain the fire.",
        "The mayor told people on Tuesday that the storm would pass.",
        "The union asked its members to back the pay offer.",
    ],
)
def test_remarks_to_reporters_or_a_request_by_no_public_body_stay_remarks(sentence: str) -> None:
    assert settled_type("statement", sentence) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "In a televised speech to the nation on Tuesday night, the president took aim at the opposition.",
        "Analysts at a Zurich bank took a gloomier view of the airline's prospects in a note on Monday.",
        "The weather service gave the storm a 40 percent chance of strengthening into a hurricane by Friday.",
    ],
)
def test_words_a_view_or_a_forecasts_odds_on_the_record_are_a_statement(sentence: str) -> None:
    assert settled_type("other", sentence) == "statement"


def test_an_act_announced_in_a_speech_stays_the_act() -> None:
    sentence = (
        "In a speech on Tuesday, the minister announced that the ministry had sold its stake in the airline."
    )
    assert settled_type("other", sentence) == "other"


def test_a_force_named_after_a_preposition_and_described_by_deployed_is_no_deployment() -> None:
    sentence = "The training ground for soldiers deployed to the border reopened on Tuesday."
    assert "deployment" not in types_below_lead(sentence, DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of troops deployed to the border on Tuesday.",
        "Extra police officers were deployed to the stadium on Tuesday.",
    ],
)
def test_a_force_deployed_stays_a_deployment(sentence: str) -> None:
    assert types_below_lead(sentence, DAY) == ["deployment"]
