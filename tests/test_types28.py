"""Types on unseen text (types28): a trigger word's sense from its context, and the measures and case counts
of an outbreak told in the shapes news prose uses. "Trial" before another noun ("a trial program") names no
case; a request refused is no denial; "the disaster struck" is no attack; the injured whom others evacuate are
no toll; talks to sell a business are no diplomacy; schools to reopen or kept shut, travel advice and a
place's first case are measures and an outbreak's news. Every sentence is our own."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.reports import types_below_lead

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
types_of = partial(types_below_lead, published=PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ('"We broadcast a trial program on Tuesday," the station manager said.', "legal"),
        (
            "The firm said on Tuesday it did not know how long the trial run would last.",
            "legal",
        ),
        ("The appeals court on Tuesday denied the government's request for a stay.", "denial"),
        ("The singer was narrowly denied an entry in the top 10 on Tuesday, retailers said.", "denial"),
        # (a claim for money or leave refused, however many words stand between: no claim answered)
        (
            "The compensation fund is denying many of those filings outright, lawyers said on Tuesday.",
            "denial",
        ),
        ("The agency on Tuesday denied most of the fishing permit applications it received.", "denial"),
        ("Two days after the disaster struck, people still spoke of hearing voices.", "attack"),
        ("Rescuers were trying on Tuesday to evacuate injured people from the town.", "casualties"),
        (
            "Doctors said on Tuesday they feared the evacuation of injured people had stopped.",
            "casualties",
        ),
        (
            "Norvik is in exclusive talks to sell its refinery to a rival, sources said on Tuesday.",
            "diplomacy",
        ),
        ("He talks like he is just another worker on the beach, she said on Tuesday.", "diplomacy"),
        ("But the union leader was fired up on Tuesday.", "leadership"),
        ("Officials mounted political attacks on the chief executive on Tuesday.", "attack"),
        ("The flow of oil was stopped by the drilling mud on Tuesday.", "policy"),
        ("The committee warned on Tuesday of a move that could lead to travel advisories.", "policy"),
    ],
)
def test_a_trigger_word_in_another_sense_gives_not_its_type(sentence: str, wrong: str) -> None:
    assert wrong not in types_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("The trial of the former mayor opened in Harwick on Tuesday.", "legal"),
        ("The ministry on Tuesday denied that its troops had shelled the town.", "denial"),
        ("The appeals court on Tuesday denied the government's request for a stay.", "legal"),
        ("The court denied the mayor's appeal on Tuesday.", "legal"),
        ("The ministry on Tuesday denied that the firm's import licences were forged.", "denial"),
        ("The coach was fired on Tuesday.", "leadership"),
        ("The two leaders held talks in Harwick on Tuesday.", "diplomacy"),
        ("Twelve people were injured on Tuesday when a bus overturned.", "casualties"),
        ("Schools in the capital will reopen on Monday.", "policy"),
        (
            "The regional government said on Tuesday that schools, nightclubs and theatres there will remain "
            "shut for another week.",
            "policy",
        ),
        (
            "Tarvia put seven people who had been near two infected passengers in quarantine on Tuesday.",
            "policy",
        ),
        (
            "The agency on Tuesday lifted its advice that citizens avoid all non-essential travel to Velora.",
            "policy",
        ),
        (
            "Several countries suspended flights or warned citizens against travel to Velora on Tuesday.",
            "policy",
        ),
        ("The ministry issued a travel warning for Velora on Tuesday.", "policy"),
        ("Velora reported its first case on Tuesday, a woman who had travelled from Tarvia.", "disaster"),
        ("Tests confirmed the country's first case of the virus on Tuesday, the ministry said.", "disaster"),
        ("The agency reported 2,254 confirmed Tarvian cases of the virus on Tuesday.", "disaster"),
        (
            "There were 3,000 probable and confirmed cases in Tarvia on Tuesday, the ministry said.",
            "disaster",
        ),
    ],
)
def test_the_act_told_gives_its_type(sentence: str, right: str) -> None:
    assert right in types_of(sentence)


def test_a_trip_is_still_a_trip() -> None:
    # (the advice against travel is a measure; travelling somewhere is still a visit)
    assert "policy" not in types_of("The foreign minister travelled to Harwick on Tuesday for talks.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The president yanked the exploratory drilling permits for 33 rigs on Tuesday.",
        "The ministry cancelled a pending lease sale off the coast on Tuesday.",
        "But the plan was approved on Friday by the incident commander.",
        "In a letter on Tuesday, the regulator gave the mining firm four days to name a safer contractor.",
        "The coastguard chief gave Norvik another 24 hours to keep the valve shut, officials said.",
        "Authorities on Tuesday told pupils back from Harwick to stay away from school for a week.",
        "The president signed an executive order on Tuesday establishing a national ocean policy.",
        "Tarvia ordered the culling of all the country's pigs on Tuesday.",
        "The government said on Tuesday it was reopening more waters for commercial fishing.",
        "The assembly's transport committee voted in favor of barring unsafe firms on Tuesday.",
    ],
)
def test_a_measure_told_by_what_an_authority_did_is_policy(sentence: str) -> None:
    assert "policy" in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The doctor gave him two days to live, his wife said on Tuesday.",
        "The site manager ordered two giant screens and board games to help volunteers unwind.",
    ],
)
def test_a_prognosis_or_goods_ordered_is_no_measure(sentence: str) -> None:
    assert "policy" not in types_of(sentence)
