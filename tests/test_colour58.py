"""Colour and comparison told beside the news are no happenings of it: shops that stayed shut, queues that
formed, posts that soldiers manned, and a happening already told counted among its kind over a span of
time. Each rule keeps the act that closed, queued or happened, told in like words. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import record_comparison
from events.extract.noise import keeps_watch, scene_mood
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shops in the old quarter stayed shut and traffic was light.",
        "Most offices in the capital remained closed on Friday.",
        "Cafes along the seafront stayed largely shuttered.",
    ],
)
def test_a_place_that_stayed_shut_is_the_scene(sentence: str) -> None:
    assert scene_mood(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the closing is an act, and "were closed" may tell it
        "Schools were closed on Monday as the river rose.",
        # a decision that a place stays shut is news of its own
        "The ministry said schools would remain closed until Friday.",
        "Police closed the border crossing on Tuesday.",
    ],
)
def test_a_closing_or_a_decision_to_keep_shut_stays(sentence: str) -> None:
    assert not scene_mood(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Queues formed outside petrol stations across the city.",
        "Long lines snaked around the block outside the passport office.",
        "Soldiers manned checkpoints at the main crossroads.",
    ],
)
def test_queues_and_manned_posts_are_the_scene(sentence: str) -> None:
    assert keeps_watch(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


def test_lines_that_are_no_queue_are_not_the_scene() -> None:
    assert not keeps_watch("Lines of refugees crossed the border overnight.")
    assert not keeps_watch("The front lines stretched along the river after the army withdrew.")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the third coup in the region in two years.",
        "The closure was the latest such shutdown since 2019.",
        "It was the second evacuation of the valley this month.",
    ],
)
def test_a_happening_counted_among_its_kind_over_a_span_is_a_comparison(sentence: str) -> None:
    assert record_comparison(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the count is the act's own, told with its day
        "Rebels seized a third town in two days on Sunday.",
        # an act told after the count is news
        "It was the third attack on the base this week, and it killed four soldiers.",
    ],
)
def test_an_act_told_with_its_count_stays(sentence: str) -> None:
    assert not record_comparison(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "This represents the biggest weekly intake of refugees to be registered since the war.",
        "The rise marks the largest monthly jump since 2019.",
    ],
)
def test_a_count_that_marks_a_record_is_a_comparison(sentence: str) -> None:
    # "represents" and "marks" set the count against the record as "was" does; a passive infinitive only
    # measures the record
    assert record_comparison(sentence)


def test_an_act_told_after_a_marked_record_stays() -> None:
    assert not record_comparison(
        "The sale marked the largest takeover in the sector and was approved by regulators on Monday."
    )


def test_the_month_may_is_no_modal_verb_after_a_comparison() -> None:
    from events.extract.background import record_comparison

    assert record_comparison("It was the largest rally in the capital since May.")
    assert not record_comparison("It was the largest rally in years and may grow.")
