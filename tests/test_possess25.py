"""A date that owns a happening's noun ("last Tuesday's earthquake", "Saturday's attack") names that
happening. After a preposition of origin, cause or sequence ("from the rubble of last Tuesday's quake",
"arrested over Monday's bombing"), or in the subject before the act's verb ("Walls weakened by last week's
quake collapsed"), it does not date the act the sentence tells, which is then of its report's day; an act
that took place within the happening named ("killed in Saturday's attack") is of its date. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import body_mentions

MON = dt.date(2026, 3, 16)  # Monday 16 March 2026
SAT = dt.date(2026, 3, 14)
TUE_BEFORE = dt.date(2026, 3, 10)
LAST_WEEK = (dt.date(2026, 3, 9), dt.date(2026, 3, 15))


def mentions_of(sentence: str) -> list[Mention]:
    return body_mentions(sentence, MON)


def act_of(sentence: str) -> Mention:
    """The mention of the act the sentence tells (not the happening it only names)."""
    acts = [m for m in mentions_of(sentence) if " took place" not in m.clause]
    assert len(acts) == 1, (sentence, acts)
    return acts[0]


def test_a_possessive_date_after_a_preposition_of_origin_or_cause_names_the_happening() -> None:
    for sentence in (
        "Rescuers pulled a woman from the rubble of last Tuesday's earthquake.",
        "Police arrested two men over Saturday's bombing.",
        "Residents fled the town after Saturday's explosion.",
    ):
        act = act_of(sentence)
        assert (act.date_start, act.date_basis) == (MON, "publication"), sentence


def test_a_possessive_date_in_the_subject_before_the_verb_names_the_happening() -> None:
    act = act_of("Some walls already weakened by last week's quake collapsed.")
    assert (act.date_start, act.date_basis) == (MON, "publication")


def test_the_happening_named_keeps_its_date() -> None:
    named = [
        m
        for m in mentions_of("Rescuers pulled a woman from the rubble of last Tuesday's earthquake.")
        if " took place" in m.clause
    ]
    assert [(m.event_type, m.date_start) for m in named] == [("disaster", TUE_BEFORE)]


def test_an_act_within_the_happening_named_is_of_its_date() -> None:
    for sentence in (
        "Two soldiers were killed in Saturday's attack.",
        "The opposition won 40 seats in Saturday's election.",
    ):
        assert [m.date_start for m in mentions_of(sentence)] == [SAT], sentence


def test_an_opening_phrase_within_the_happening_dates_the_act() -> None:
    found = mentions_of("In last week's quake, many buildings collapsed.")
    assert [(m.date_start, m.date_end) for m in found] == [LAST_WEEK]


def test_an_act_the_happening_named_did_is_of_its_date() -> None:
    act = act_of("The station was damaged by Saturday's storm.")
    assert act.date_start == SAT
