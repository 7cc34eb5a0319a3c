"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text (the forty-sixth session's count of wrong types on two opened slices and a
fresh draw): fault laid on another as the main verb, an appointment that only says who a judge is, and
the common vocabulary of storms, taxes, reshuffles, ousters, briefings and travel advice. Every
sentence is our own."""

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
        "On Saturday, the president blamed the collapse of the bridge on a failure of inspection.",
        "The minister on Monday blamed the flooding on poor drainage.",
        "Investigators on Monday blamed the crash on pilot error.",
        "The ruling party on Monday blamed the riots on foreign agents.",
        "The coach blamed the defeat on the referee on Sunday.",
    ],
)
def test_fault_laid_on_another_is_words_on_the_record(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the blame in a relative clause, or in the passive, leaves the main act its type
        ("The fire, which officials blamed on faulty wiring, destroyed 40 homes on Monday.", "disaster"),
        ("Police arrested six men on Monday after the riots, which the mayor blamed on gangs.", "arrest"),
        ("The storm killed 12 people on Monday; officials blamed the deaths on poor warnings.", "disaster"),
        ("The court ruled on Monday that the builder was to blame for the collapse.", "legal"),
    ],
)
def test_blame_outside_the_main_clause_leaves_its_type(sentence: str, kind: str) -> None:
    assert kind in types_of(sentence)
    assert "statement" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawyers asked that Judge Ann Roe, appointed to the bench by President Carter, hear the case on"
        " Monday.",
        "The ministry asked on Monday that the inquiry, appointed to the task by parliament, report by June.",
    ],
)
def test_who_appointed_a_judge_is_no_appointment(sentence: str) -> None:
    assert "leadership" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith was appointed to the board by shareholders on Monday.",
        "The president on Monday appointed Jane Smith to the supreme court.",
        "The president reshuffled his cabinet on Monday.",
        "The scandal forced the minister to resign on Monday.",
        "The minister was pressured to step down on Monday after the vote.",
    ],
)
def test_offices_given_reshuffled_or_forced_out_are_leadership(sentence: str) -> None:
    assert types_of(sentence) == ["leadership"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach reshuffled his lineup on Saturday.",
        "Rain forced the organisers to resign themselves to a delay on Monday.",
    ],
)
def test_a_lineup_or_a_resigned_mood_is_no_leadership(sentence: str) -> None:
    assert "leadership" not in types_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The storm was downgraded to a tropical depression on Friday.", "disaster"),
        ("A wildfire forced 5,000 people to flee their homes on Monday.", "disaster"),
        ("The flood forced the closure of the motorway on Monday.", "disaster"),
        ("The government unveiled a tax increase on cigarettes on Thursday.", "policy"),
        ("The chancellor raised the fuel duty by two pence on Wednesday.", "policy"),
        ("The company updated investors on the recall on Monday.", "statement"),
        ("The government on Monday advised against all but essential travel to the islands.", "policy"),
    ],
)
def test_the_common_words_of_news_give_the_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The firm cut its tax bill by moving its seat abroad last year.", "policy"),
        ("The firm updated its software on Monday.", "statement"),
        ("Doctors on Monday advised against eating raw eggs.", "policy"),
        ("The coach advised caution over the new signing on Monday.", "policy"),
        ("The spill forced the president to suspend plans to expand drilling on Monday.", "disaster"),
    ],
)
def test_a_payers_tax_bill_software_or_advice_on_food_is_none_of_them(sentence: str, kind: str) -> None:
    assert kind not in types_of(sentence)
