"""Remarks marked as made before the report's day, or over a span of time, are background
(tests/data/DEV_SET.md, "Conventions for disputed classes", (b)); a present-perfect remark with no such mark
stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import remark_marked_earlier
from tests.reports import report_mentions

PUBLISHED = dt.date(2031, 3, 14)

# A report whose lead tells the day's remarks in the past simple
PAST_LEAD = (
    "The port authority said on Thursday it would close the northern terminal for repairs after a crane "
    "collapsed.\n\n"
    "The closure will last at least two weeks, the authority's director told reporters.\n\n"
    "Shipping lines said cargo would be moved to the southern terminal.\n\n"
)


def _statements(text: str, words: str) -> list[str]:
    return [
        m.event_type
        for m in report_mentions(text, PUBLISHED)
        if m.sentence.text.startswith(words) and m.event_type in ("statement", "claim", "denial")
    ]


def test_a_perfect_remark_with_no_mark_of_time_stays_an_event() -> None:
    # (a report led in the past simple may still tell the day's reactions in the present perfect)
    sentence = "The crane's maker has denied that the machine was faulty."
    assert _statements(PAST_LEAD + sentence + "\n", sentence[:20])


def test_the_same_remark_told_with_said_is_the_days() -> None:
    sentence = "The dockworkers' union said the authority had ignored safety warnings."
    assert _statements(PAST_LEAD + sentence + "\n", sentence[:20])


@pytest.mark.parametrize(
    "sentence",
    [
        "The dockworkers' union has said in the past that the cranes are unsafe.",
        "The crane's maker has already denied that the machine was faulty.",
        "The city council previously said it would review the lease of the terminal.",
    ],
)
def test_a_remark_marked_as_earlier_below_the_lead_is_background(sentence: str) -> None:
    assert not _statements(PAST_LEAD + sentence + "\n", sentence[:20])


def test_a_remark_marked_as_earlier_is_background_in_any_report() -> None:
    text = (
        "The port authority has closed the northern terminal for repairs after a crane collapsed.\n\n"
        "Shipping lines said cargo would be moved to the southern terminal.\n\n"
        "Since the collapse, the union has accused the authority of cutting the maintenance budget.\n"
    )
    assert not _statements(text, "Since the collapse")


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Lawyers for the nurse have suggested in recent months that she acted alone.", True),
        ("The mayor has said in the past that the bridge is safe.", True),
        ("Since the storm, farmers have accused the water board of neglect.", True),
        ("The mayor has said the bridge is safe.", False),
    ],
)
def test_remark_marked_earlier(sentence: str, earlier: bool) -> None:
    assert remark_marked_earlier(sentence) is earlier
