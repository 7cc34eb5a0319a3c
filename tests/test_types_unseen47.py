"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text (the forty-seventh session's count of wrong types on two opened slices): an
assent with its day, terms or pressure between "agreed" and what was agreed, several laws passed at once, a
declaration of what is so, and a body's account of the care it took. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports

THURSDAY = dt.date(2031, 5, 8)


def types_of(sentence: str) -> list[str]:
    return [event[0] for event in build_reports((THURSDAY, sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two unions agreed on Tuesday to end the strike at the port.",
        "The carmaker agreed last month under pressure from regulators to recall 40,000 vehicles.",
        "The rival bidders agreed in principle to split the broadcasting rights.",
        "The football club agreed late Friday to sell its stadium to the city council.",
        "The hospital trust agreed under pressure from patients to reopen the maternity ward.",
    ],
)
def test_an_assent_with_its_day_or_terms_is_an_agreement(sentence: str) -> None:
    assert types_of(sentence) == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a view shared, a date fixed, a finding endorsed: no deal
        "Scientists agreed on Tuesday that the drug was safe for children.",
        "The two teams agreed on a date for the replay.",
        "It was widely agreed on Monday to be the best result in years.",
        "The firm agreed with the report's findings on Wednesday.",
    ],
)
def test_agreed_without_an_act_to_come_is_no_agreement(sentence: str) -> None:
    assert "agreement" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Senate on Wednesday passed two bills that would raise the minimum wage.",
        "The regional assembly approved three laws on Thursday to protect wetlands.",
    ],
)
def test_several_laws_passed_are_a_measure(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters on Tuesday passed the time queuing in the rain outside the town hall.",
        "The driver paid two bills on Monday and left the garage.",
    ],
)
def test_bills_paid_or_time_passed_are_no_measure(sentence: str) -> None:
    assert "policy" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach confidently declared on Friday that his side would win the league.",
        "The candidate declared in a speech that she would cut income tax.",
    ],
)
def test_a_clause_declared_is_words_on_the_record(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what is declared as an act keeps the act's type
        ("The governor declared a state of emergency on Monday that will last a week.", "policy"),
        ("The health agency declared the outbreak over on Friday.", "disaster"),
        ("The athlete declared on Sunday for the national team.", "other"),
    ],
)
def test_an_act_declared_keeps_its_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen stormed a wedding party on Friday, killing 12 people.",
        "Rebels ambushed a convoy near the border on Monday, killing six soldiers.",
        "A gunman opened fire in a shopping centre on Saturday, killing five.",
        "The agency quoted a witness as saying police had opened fire on looters in a market on Tuesday,"
        " killing at least one of them.",
    ],
)
def test_the_toll_of_an_act_of_violence_is_casualties(sentence: str) -> None:
    assert types_of(sentence) == ["casualties"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a disaster's toll stays the disaster's; animals, hopes or a game killed count no one
        ("The rig blew up on Monday, killing 11 workers.", "disaster"),
        ("Hunters shot at the flock on Monday, killing 40 geese.", "other"),
        ("The firm fired its chief executive on Monday, killing hopes of a merger.", "leadership"),
        ("The striker shot from distance on Saturday, killing off the tie.", "other"),
    ],
)
def test_a_toll_of_no_violence_keeps_its_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


def test_a_body_s_care_in_its_own_conduct_is_its_words() -> None:
    # how carefully it acted is the body's defence, not news of a deed
    sentence = (
        "Late on Saturday, a spokeswoman said the airline had taken the complaints seriously and"
        " investigated them thoroughly."
    )
    assert types_of(sentence) == ["statement"]
