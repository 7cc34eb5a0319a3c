"""A watch kept, a meeting's agenda, where a total's cases lie and what has not happened yet are no events.

Made-up sentences of the shapes news prose uses: what a body says it is watching, what a meeting will talk
about, and how a count told elsewhere is spread; and beside each, the same words with an act or a day that
make them news (totals28).
"""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.mentions import Mention
from events.extract.noise import agenda, keeps_an_eye, not_yet_done, share_of_a_total
from tests.reports import report_mentions

PUBLISHED = dt.date(2026, 5, 14)  # a Thursday
LEAD = "The ministry closed 40 schools on Monday, officials said.\n\n"


def after_lead(sentence: str) -> list[Mention]:
    """The mentions of a sentence that follows a plain lead (a first sentence is read as a lead)."""
    return [m for m in report_mentions(LEAD + sentence, PUBLISHED) if m.sentence.text == sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # a watch kept, in the body's words or the writer's
        "The health agency said it was closely monitoring the situation.",
        "The Ruritanian health institute has said it is watching the outbreak in the north closely, but it "
        "was not clear yet whether the cases would lead to a higher alert.",
        "The coastguard said it was keeping a close eye on the storm in case it turned towards the islands.",
        'After the briefing, a spokesman for the airline told reporters the company was "monitoring the '
        'situation."',
        "The port authority is monitoring air quality near the depot to measure the effect of the fire.",
        # a meeting's agenda, with no date
        "The meeting will also discuss the needs of poorer regions for water and medicine.",
        "The summit is expected to focus on fishing quotas and the border.",
        # where the cases or the dead of a total lie
        "Almost all of the 52 dead were in the capital, but most patients have had mild symptoms.",
        "The other deaths have been in the two border provinces, where 10 people have died.",
        "Most of the new cases are in the south, which has seen 900 cases so far, the agency said.",
        # what has not happened yet, or is not known
        "A decision has yet to be reached.",
        "The coastguard has not yet reported its costs.",
        "She said the agency has not yet decided if it will recommend the new shots.",
        "Health officials said the cause of the illness was unclear.",
        "Envoys in the capital said the council had not yet named a leader, and it was unclear whether the "
        "whole army backed it.",
    ],
)
def test_a_watch_an_agenda_or_a_totals_spread_is_no_event(sentence: str) -> None:
    assert after_lead(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an act joined to the watch, or news told after it
        "The Navy said it was monitoring the situation closely and called on Chad to release the ship and "
        "its crew immediately.",
        "Airline officials said they were monitoring the strike, but so far the stoppage was not affecting "
        "any of their flights.",
        # what is watched told with its toll, a lead's news
        "Health officials around the world are closely watching an outbreak of a new flu that has killed at "
        "least 60 people in the south.",
        # the watch told with its day
        "The health agency said on Tuesday it was closely monitoring the situation.",
        # a meeting told with its day, or people who will talk at it
        "The summit on Friday will discuss fishing quotas.",
        "Foreign ministers will review relations with the neighbour at a meeting next month, an official "
        "said.",
        # a spread that tells an act of its own
        "Most of the victims were from the village and were buried on Monday.",
        # an act beside what has not happened yet
        "Oil has reached the beaches of the bay, but the heavier tar has yet to come ashore.",
        "Although the firm has agreed to supply 60m doses, nobody yet knows how many patients those doses "
        "will reach.",
    ],
)
def test_a_watch_or_an_agenda_with_an_act_or_a_day_stays(sentence: str) -> None:
    assert len(after_lead(sentence)) >= 1


def test_the_tests_name_each_shape() -> None:
    assert keeps_an_eye("The bureau said it was keeping a close eye on the storm front.")
    assert not keeps_an_eye('"I saw it on the news," said Tom, who was watching with his mother.')
    assert agenda("The talks will cover the border and trade.")
    assert not agenda("The talks on Monday will cover the border.")
    assert share_of_a_total("The other 12 deaths were in the two northern provinces.")
    assert not share_of_a_total("The remaining victims were taken to hospital.")
    assert not_yet_done("The firm told reporters it had yet to respond to the letter.")
    assert not not_yet_done("The measure, which passed 61-39, has yet to be debated by the upper house.")
