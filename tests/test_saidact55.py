"""Acts told through a speaker (saidact55): the speaker's own deed put in its own words after 'said it had'
('said it had "opened its reserve"') or told in the simple past by a verb that only tells a deed ('said it
signed the lease', 'said they arrested two men') is the act, not the remarks; a wish, a view or a figure
told the same way stays remarks. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.mentions import Mention
from events.schema import SPEECH_EVENT_TYPES
from tests.reports import mentions_below_lead

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday


def mentions_of(sentence: str) -> list[Mention]:
    return mentions_below_lead(sentence, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        'Halden Bank said on Friday that it had "opened an emergency lending line" for small firms.',
        "Norvik Power said on Tuesday it signed the lease for the new grid station.",
        "Norvik Power said on Tuesday it reached a $2 billion deal with Halden Bank.",
        "The Velora Election Commission said it suspended counting in two districts.",
    ],
)
def test_an_own_deed_told_through_the_speaker_is_the_act(sentence: str) -> None:
    found = mentions_of(sentence)
    assert found, sentence
    assert all(m.event_type not in SPEECH_EVENT_TYPES for m in found), [m.event_type for m in found]


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish, a figure, a view and a deed denied told the same way stay remarks
        "Norvik Power said it wanted a deal with Halden Bank.",
        "Norvik Power said it reached 40 percent of its target.",
        "Halden Bank said it had been right to hold its rates.",
        "Norvik Power said it never signed the lease for the new grid station.",
    ],
)
def test_a_wish_a_figure_or_a_view_stays_remarks(sentence: str) -> None:
    found = mentions_of(sentence)
    assert any(m.event_type in SPEECH_EVENT_TYPES for m in found), [m.event_type for m in found]
