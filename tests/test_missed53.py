"""Happenings of plain news prose that no mention was made of (missed53): a plan told with the bare "is to",
as made ready or as intended ("The council is to vote on ...", "The ministry is preparing to announce
...", "The ministry plans to reopen ..."), and an act in the present perfect whose subject is an
initialism of two letters ("EU has spent ..."). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_kinds

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


# --- a plan told with the bare "is to" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The city council is to vote on the new housing plan.",
        "The Scottish government is to double its grants to flooded farms.",
        "The electoral commission is to recount the ballots in two districts.",
        "The fisheries ministry is preparing to announce new limits on cod catches.",
        "The transport ministry plans to reopen the coastal railway after repairs.",
        "The city council intends to sell the old harbour site to developers.",
    ],
)
def test_a_plan_told_with_is_to_is_news_of_the_reports_day(sentence: str) -> None:
    assert [day for _, day in body_kinds(sentence, PUBLISHED)] == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        # an aim, a task or a way made the subject is no party's arrangement
        "The task of the new committee is to review the election rules.",
        "The government's priority is to restore power to the northern towns.",
        "Its mission is to protect the coastline from further storms.",
        "What the union wants is to reopen the talks with the employers.",
        # a plan named as a noun is no party planning
        "The government's plan to sell the port is meant to raise money.",
        # a state foreseen or a judgement, not an act
        "The new law is to take effect next year after a vote.",
        "Critics say the board is to blame for the collapse.",
        "The ministry is to be reorganised into three departments.",
        "The port city is preparing to face the worst of the gales.",
        # nobody named or a body: people at large making ready
        "Residents are preparing to leave their homes as the river rises.",
    ],
)
def test_is_to_after_an_aim_or_before_a_state_is_no_plan(sentence: str) -> None:
    assert body_kinds(sentence, PUBLISHED) == []


# --- an act in the present perfect by an initialism -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "EU has spent more than $40m so far on flood defences in the delta.",
        "UN has begun to ship tents to the camps on the border.",
        "BT has laid 300 miles of new cable under the estuary.",
    ],
)
def test_an_initialism_that_has_acted_is_news_of_the_reports_day(sentence: str) -> None:
    assert [day for _, day in body_kinds(sentence, PUBLISHED)] == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun of two letters is no initialism
        "He has laid 300 miles of new cable under the estuary.",
        "It has spent more than $40m so far on flood defences in the delta.",
        # a verb of state, as for any subject
        "EU has remained the largest buyer of the region's wheat.",
    ],
)
def test_a_pronoun_or_a_state_after_two_letters_is_no_act(sentence: str) -> None:
    assert body_kinds(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The carmaker has lost 40% of its market value since the recall.",
        "GM has lost more than $9bn in market capitalisation over the recall.",
    ],
)
def test_market_worth_lost_is_a_running_tally_not_an_act(sentence: str) -> None:
    assert body_kinds(sentence, PUBLISHED) == []


# --- states as a group act as one body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Member states are to send 300 police officers to the island.",
        "Several states are requiring masks in shops and on buses.",
    ],
)
def test_states_as_a_group_act_as_one_body(sentence: str) -> None:
    assert [day for _, day in body_kinds(sentence, PUBLISHED)] == [PUBLISHED]
