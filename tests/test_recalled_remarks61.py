"""Remarks in the present perfect recalled in a report that tells its own day's remarks in the past simple,
and remarks marked as made earlier, are background (tests/data/DEV_SET.md, "Conventions for disputed
classes", (b)); a present-perfect remark that is the report's news stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import remark_marked_earlier, said_in_the_perfect, told_as_of_now
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


@pytest.mark.parametrize(
    "sentence",
    [
        "The dockworkers' union has accused the authority of ignoring safety warnings for years.",
        "The crane's maker has denied that the machine was faulty.",
        "The city council has said it will review the lease of the terminal.",
    ],
)
def test_a_perfect_remark_below_a_lead_told_in_the_past_is_background(sentence: str) -> None:
    assert not _statements(PAST_LEAD + sentence + "\n", sentence[:20])


def test_the_same_remark_told_with_said_is_the_days() -> None:
    sentence = "The dockworkers' union said the authority had ignored safety warnings."
    assert _statements(PAST_LEAD + sentence + "\n", sentence[:20])


def test_a_perfect_remark_in_a_report_led_in_the_perfect_is_the_days() -> None:
    # (the lead tells the day's news in the present perfect, so its reactions are told so too)
    text = (
        "The port authority has closed the northern terminal for repairs after a crane collapsed.\n\n"
        "Shipping lines said cargo would be moved to the southern terminal.\n\n"
        "The director told reporters the closure would last two weeks.\n\n"
        "The dockworkers' union has accused the authority of ignoring safety warnings.\n"
    )
    assert _statements(text, "The dockworkers' union")


def test_a_perfect_remark_after_news_told_in_the_perfect_goes_on_telling_the_day() -> None:
    text = (
        PAST_LEAD + "The repairs have been criticised by exporters for coming in the harvest season.\n\n"
        "The growers' association has accused the authority of poor planning.\n"
    )
    assert _statements(text, "The growers' association")


def test_a_remark_marked_as_earlier_is_background_in_any_report() -> None:
    text = (
        "The port authority has closed the northern terminal for repairs after a crane collapsed.\n\n"
        "Shipping lines said cargo would be moved to the southern terminal.\n\n"
        "Since the collapse, the union has accused the authority of cutting the maintenance budget.\n"
    )
    assert not _statements(text, "Since the collapse")


@pytest.mark.parametrize(
    ("sentence", "perfect"),
    [
        ("The ministry has said it will review the contract.", True),
        ("Rail unions have also accused the operator of cutting corners.", True),
        # (an aside: the main clause tells the day's act)
        ("The regulator, which has said it will review the deal, fined the bank.", False),
        # (told that day by someone else, in the past simple)
        ("The minister has urged students to stay home, the national news agency reported.", False),
        ("The ministry said it would review the contract.", False),
    ],
)
def test_said_in_the_perfect(sentence: str, perfect: bool) -> None:
    assert said_in_the_perfect(sentence) is perfect


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


@pytest.mark.parametrize(
    ("sentence", "now"),
    [
        ("Fishing groups also accuse the company of hiding the figures.", True),
        ("The plan has been criticised by exporters.", True),
        ("The trial of the surgeon, who denies negligence, began.", False),
        ("The union said it would strike.", False),
    ],
)
def test_told_as_of_now(sentence: str, now: bool) -> None:
    assert told_as_of_now(sentence) is now


def test_a_lead_told_in_the_perfect_with_its_source_at_the_close_keeps_the_perfect_remarks() -> None:
    text = (
        "The region is better prepared than ever for the drought, a senior water official has said.\n\n"
        "Farmers said reservoirs were lower than last year.\n\n"
        "The irrigation board told reporters it would ration supplies.\n\n"
        "The farmers' union has warned that crops may fail in the south.\n"
    )
    assert _statements(text, "The farmers' union")


def test_a_meeting_called_is_no_remark() -> None:
    assert not said_in_the_perfect("The health agency has called a meeting of experts for Wednesday.")
    assert said_in_the_perfect("The health agency has called for calm.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The transport regulator has told the ferry operator to submit a new safety plan within a week.",
        "Some 900 workers are being sent to the coast, the president has announced.",
    ],
)
def test_a_demand_and_an_announcement_in_the_perfect_are_no_recalled_remark(sentence: str) -> None:
    assert not said_in_the_perfect(sentence)
