"""Sentences that tell no happening a briefing would list, in shapes common to English news prose. A
happening set against the record by the verb "to be" ("Tuesday's storm was the worst in a century") is a
comparison: the storm is told where it struck. Each sentence of the first test made a mention before the
rule. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import record_comparison
from tests.reports import body_mentions

MON = dt.date(2026, 3, 16)  # Monday 16 March 2026


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuesday's storm was the worst in a century.",
        "This was the largest earthquake to hit the northern coast.",
        "The flood was the worst since records began.",
        "The earthquake was the strongest to hit the region since records began.",
    ],
)
def test_a_record_comparison_by_the_verb_to_be_is_no_happening(sentence: str) -> None:
    assert record_comparison(sentence)
    # ("Tuesday's storm" may still name the storm itself, dated Tuesday: "The storm took place")
    assert [m.clause for m in body_mentions(sentence, MON) if " took place" not in m.clause] == []


def test_a_first_set_against_a_span_of_time_is_a_record_comparison() -> None:
    assert record_comparison("It is the first flu pandemic in 40 years.")
    assert record_comparison("It was the first such closure since 1990.")
    assert not record_comparison("It was the first confirmed case in the region.")


@pytest.mark.parametrize(
    "sentence",
    [
        # a happening told in the subject or after the comparison
        "The storm, which killed 30 people on Sunday, was the strongest to hit the island.",
        "The quake was the strongest in a century and forced 2,000 people from their homes.",
        "It was the largest rally in years, with police making 20 arrests.",
        # a first, a highest or a lowest is news of its own
        "It was the first confirmed case in the region.",
        "The death toll is the highest since 2005.",
        # the superlative is no comparison told by "to be"
        "Police arrested the biggest gang in the city on Monday.",
    ],
)
def test_a_sentence_that_tells_an_act_beside_a_superlative_is_no_record_comparison(sentence: str) -> None:
    assert not record_comparison(sentence)


def test_the_happening_compared_is_still_told_where_it_struck() -> None:
    mentions = body_mentions("A powerful earthquake struck the northern coast on Saturday.", MON)
    assert [m.event_type for m in mentions] == ["disaster"]
