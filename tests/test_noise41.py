"""What is no happening on unseen text: a writer's guess whose subject is broken by an aside, the view of
unnamed onlookers told in the perfect, and the closing sentence of a quotation read as the quotation. Every
sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import only_a_feeling, reopened_quotation
from events.extract.noise import onlookers_view, writers_guess
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        # a condition with no verb of its own, set off inside the subject
        (
            "The threat of lawsuits, especially if brought against the council as well as its builders, could"
            " weaken its hand in talks with insurers.",
            True,
        ),
        (
            "The prospect of a strike, particularly if called in the holiday season, may cost the port.",
            True,
        ),
        # a noun phrase in apposition, two nouns joined by "as well as"
        ("The new levy, a first for the province as well as the country, might raise $300m a year.", True),
        # "once" in an aside means "formerly", and a question put is the occasion of a saying
        ("The Senate, once held by the farmers' party, may vote on the bill next week.", False),
        ("The minister, when asked, could only say that 12 people had died.", False),
        # an aside with a verb of its own is a clause, and a plan on a condition is no guess
        ("The pump, if all goes well, could be switched on early next week.", False),
        # a relative clause in the aside tells an act, and is left alone
        ("The plan, which ministers backed in March, could cost $2bn.", False),
        # a subject named after a verb of saying is someone's words
        (
            "The agency said that the barrier, a 40-tonne steel frame, could hold back most of the water.",
            False,
        ),
    ],
)
def test_a_subject_broken_by_an_aside_before_the_modal_is_a_guess(text: str, guess: bool) -> None:
    assert writers_guess(text) is guess


@pytest.mark.parametrize(
    "sentence",
    [
        "Some analysts have predicted that the storm could force smaller growers to sell up.",
        "Many economists have expected the central bank to hold rates through the summer.",
        "Several observers have suggested that the ruling coalition could split.",
    ],
)
def test_unnamed_onlookers_view_told_in_the_perfect_is_commentary(sentence: str) -> None:
    assert onlookers_view(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an act of its own joined to the view by ", and": the act is news
        "Some investors have feared the worst, and the share index fell 6% on Tuesday.",
        "Other traders have expected the reserve bank to raise its rate, and it raised it by half a point on"
        " Wednesday.",
        "Many critics doubted the ferry would sail, and the first crossing was made on Tuesday.",
    ],
)
def test_onlookers_view_with_an_act_joined_to_it_is_kept(sentence: str) -> None:
    assert not onlookers_view(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a bystander's view in the present, the quotation opened in the sentence before
        'I am still not back at work," said Jim Walden, who runs a bakery off the square.',
        "It is so sad to see the square like this,” said Tom Reed, 54.",
    ],
)
def test_the_last_sentence_of_a_quotation_is_read_as_the_quotation(sentence: str) -> None:
    assert reopened_quotation(sentence).startswith("\u201c")
    assert only_a_feeling(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a straight mark after a colon opens a quotation
        'The mayor said: "We will rebuild the bridge.',
        # a phrase quoted inside the sentence
        'The council said it would "look again" at the plan.',
    ],
)
def test_a_quotation_opened_in_the_sentence_is_left_as_it_is(sentence: str) -> None:
    assert reopened_quotation(sentence) == sentence


def test_what_a_witness_lacks_where_they_are_closing_a_quotation_is_kept() -> None:
    # how things stand on the spot, told in the present: news a briefing keeps
    assert not only_a_feeling('There is no water and no food in the shelter," said Tom Reed, 54.')
    assert not only_a_feeling('We have no power and no medicines here," said Tom Reed, 54.')
