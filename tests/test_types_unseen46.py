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
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # blame and another act in one clause: the act gives the type, not the blame
        ("The judge blamed the defendant for the crash and jailed him for six years on Tuesday.", "legal"),
        ("Police blamed the fire on arson and arrested two men on Monday.", "arrest"),
        ("The club sacked its coach on Monday and blamed him for the poor run of results.", "leadership"),
        (
            "The central bank blamed high energy prices for inflation on Tuesday and raised interest rates by"
            " half a point.",
            "policy",
        ),
        ("The court blamed the police on Monday for failing to act.", "legal"),
        (
            "The army blamed the rebels for the bombing that killed 30 people in the market on Monday.",
            "attack",
        ),
        # a participle followed at once by "for" or "by" is passive: no one laid blame in words
        ("The driver blamed for the crash was jailed for five years on Friday.", "legal"),
        ("A gunman blamed for the attack was arrested on Monday for murder.", "arrest"),
        (
            "The pilot was widely blamed by investigators for the crash and was charged with manslaughter on"
            " Monday.",
            "legal",
        ),
        ("A fire blamed for three deaths closed the factory for a week in March.", "other"),
    ],
)
def test_blame_beside_another_act_or_in_the_passive_leaves_its_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawyers asked that Judge Ann Roe, appointed to the bench by President Carter, hear the case on"
        " Monday.",
        "The ministry asked on Monday that the inquiry, appointed to the task by parliament, report by June.",
    ],
)
def test_who_appointed_a_judge_is_no_appointment(sentence: str) -> None:
    assert types_of(sentence) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith was appointed to the board by shareholders on Monday.",
        "The president on Monday appointed Jane Smith to the supreme court.",
        "The president reshuffled his cabinet on Monday.",
        "The scandal forced the minister to resign on Monday.",
        "The coach was forced to resign on Sunday after the defeat.",
    ],
)
def test_offices_given_reshuffled_or_forced_out_are_leadership(sentence: str) -> None:
    assert types_of(sentence) == ["leadership"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The coach reshuffled his lineup on Saturday.", "other"),
        ("Rain forced the organisers to resign themselves to a delay on Monday.", "other"),
        # a demand to leave, which the holder may refuse, moves no one
        (
            "Opposition lawmakers pressured the mayor to resign on Monday over the contracts, but he"
            " refused.",
            "other",
        ),
        (
            "Shareholders pressed the chief executive to resign on Thursday, but the board backed him.",
            "other",
        ),
        # what may yet happen, and candidates or troops standing down, are no office left
        (
            "The party could be forced to stand down candidates in three seats, officials said on Monday.",
            "statement",
        ),
        ("The general told his forces to stand down on Sunday as talks began.", "diplomacy"),
    ],
)
def test_a_lineup_a_demand_or_troops_are_no_leadership(sentence: str, kind: str) -> None:
    assert types_of(sentence)[0] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The storm was downgraded to a tropical depression on Friday.", "disaster"),
        ("The typhoon was upgraded to a super typhoon on Sunday.", "disaster"),
        ("The tsunami wiped out entire villages along the coast on Sunday.", "disaster"),
        ("A wildfire forced 5,000 people to flee their homes on Monday.", "disaster"),
        ("The flood forced the closure of the motorway on Monday.", "disaster"),
        ("The government unveiled a tax increase on cigarettes on Thursday.", "policy"),
        ("The chancellor raised the fuel duty by two pence on Wednesday.", "policy"),
        ("The company updated investors on the recall on Monday.", "statement"),
        ("The minister updated parliament on the flood response on Monday.", "statement"),
        ("The government imposed a levy on sugary drinks on Monday.", "policy"),
        ("The government on Monday advised against all but essential travel to the islands.", "policy"),
    ],
)
def test_the_common_words_of_news_give_the_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The firm cut its tax bill by moving its seat abroad last year.", "other"),
        ("The firm updated its software on Monday.", "other"),
        ("The company updated its staff training programme on Tuesday.", "other"),
        ("Doctors on Monday advised against eating raw eggs.", "other"),
        ("Doctors advised against travel for pregnant women in the last month on Monday.", "other"),
        ("The spill forced the president to suspend plans to expand drilling on Monday.", "other"),
        # no tax laid or changed: words about taxes, revenue, a payer's own rate, a charge in its accounts,
        # a post on duty and duty-free goods
        (
            "Business leaders raised concerns about taxes at a meeting with the finance minister on Monday.",
            "statement",
        ),
        ("The senator raised the question of taxes on imported cars during the hearing on Tuesday.", "other"),
        ("The city raised billions in taxes last year, the auditor said on Monday.", "other"),
        (
            "The company lowered its effective tax rate to 15% last year, its filing showed on Monday.",
            "other",
        ),
        ("The company announced a tax charge of $2 billion on Monday.", "statement"),
        ("The airport unveiled new duty-free shops in its main terminal on Monday.", "other"),
        ("The retailer slashed prices on duty-free goods at the airport on Monday.", "other"),
        ("The minister raised the duty of care owed by landlords on Monday.", "other"),
        # those a hazard touched, rated by others, and a race's lead are no hazard at work
        ("Insurers exposed to the hurricane were downgraded by Moody's on Monday.", "other"),
        ("Passengers delayed by the storm were upgraded to first class on Monday.", "other"),
        ("The accident wiped out his lead in the championship on Sunday.", "other"),
    ],
)
def test_a_payers_tax_a_hazards_bystanders_or_advice_on_food_are_none_of_them(
    sentence: str, kind: str
) -> None:
    assert types_of(sentence) == [kind]
