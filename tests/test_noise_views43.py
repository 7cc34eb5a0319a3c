"""Views of people with no part in the story are no happenings: one expert left unnamed, and a commentator
named by trade (an analyst, a pollster, a strategist) closing a quotation of their view; nor is a spokesman's
"no information" to give. Each rule keeps a body's own experts, testimony, what the speaker saw done, an act
joined on and a view given on a day of its own. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import commentators_quote
from events.extract.noise import only_a_non_answer, unnamed_experts_view
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "While the ash already made it the worst eruption in decades, one expert stressed that it was "
        "impossible to know how much had fallen.",
        "One branding expert told the Daily Courier that the ministry erred by changing its name.",
        "Another geologist said the valley would take years to recover.",
    ],
)
def test_one_unnamed_expert_gives_commentary(sentence: str) -> None:
    assert unnamed_experts_view(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # testimony, and experts who speak for a body or a party
        "An expert witness said the surgeon had left the patient alone for an hour.",
        "An expert panel said the dam at Kellby was unsafe.",
        "A government scientist said the plume was moving north.",
        "One scientist hired by the county said the water was safe to drink.",
        "One expert told the Senate that the rules were too weak.",
        "A scientist at the Weather Service said the storm would turn north.",
        # what one expert did is a happening
        "One geologist found a second crack in the dam.",
    ],
)
def test_an_expert_of_a_party_or_at_a_hearing_is_kept(sentence: str) -> None:
    assert not unnamed_experts_view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I feel for the crews who are out there," said mining analyst Tom Berra.',
        '"This flood has just got to make matters worse," said pollster Ana Kim.',
        '"Right now jobs matter more than taxes," said economist Lea Marsh of Kestrel Analytics.',
        '"The board has lost the trust of the town," Tom Berra, a political strategist, said.',
    ],
)
def test_a_commentators_quoted_view_is_comment(sentence: str) -> None:
    assert commentators_quote(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # one who speaks for a party: a campaign's, a candidate's or a central bank's
        '"We will win this seat," said campaign strategist Dan Cole.',
        '"The plan is sound," said Roe\'s strategist Dan Cole.',
        '"Rates will stay on hold," said Ana Roe, chief economist at the central bank.',
        '"The scare is a minor event for the world economy," said IMF chief economist Ana Roe.',
        # a day or a toll in the quotation is news, whoever tells it
        '"Norvik sold its stake on Monday," said analyst Tom Berra.',
        '"The flood killed 40 people," said historian Ana Kim.',
        # an official by office, not by trade
        '"We are sending 40 trucks," said Tom Berra, the agency director.',
    ],
)
def test_a_partys_voice_or_a_dated_deed_is_not_comment(sentence: str) -> None:
    assert not commentators_quote(sentence)


def test_a_brokers_chief_strategist_is_a_commentator() -> None:
    sentence = '"Faith in the firm has gone," said Kelso Trading chief markets strategist Joe Rand.'
    assert commentators_quote(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A ferry company spokesman said he had no immediate information on whether the ramp was repaired.",
        "Tom Hale, the state's flood chief, said he had no information on the mill's future plans.",
    ],
)
def test_no_information_to_give_is_a_non_answer(sentence: str) -> None:
    assert only_a_non_answer(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an act or an undertaking joined on is the news
        "The ministry said it had no information on the missing climbers but sent a helicopter to the pass.",
        "The council said it had no information on the cost but would publish the figures on Friday.",
        "Police had no details about the gunman, who fled on foot.",
    ],
)
def test_no_information_beside_an_act_is_kept(sentence: str) -> None:
    assert not only_a_non_answer(sentence)


def test_one_expert_placed_in_the_story_is_kept() -> None:
    # a scientist at a hospital or a lab speaks from within the story
    assert not unnamed_experts_view("A scientist at the hospital said the boy died of heart failure.")
    assert not unnamed_experts_view("One researcher from the river lab said the fish were dying.")
