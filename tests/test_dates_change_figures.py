"""The date of the figure a change starts from ("fell from 9% in March to 7% this month") is not the
change's own: the figure it reaches, or the report, dates it. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.mentions import Mention
from tests.reports import report_mentions

TUESDAY = dt.date(2026, 5, 12)


def mentions_of(text: str) -> list[Mention]:
    return report_mentions(text, TUESDAY)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # the day the change reached its figure
        (
            "The death toll from the floods rose from 12 on Monday to 30 on Wednesday.",
            "2026-05-06",
            "2026-05-06",
        ),
        # or the report's, when the change's end is "now"
        (
            "Ticket sales at the theatre have dropped from 9,000 last spring to 6,500 now.",
            "2026-05-12",
            "2026-05-12",
        ),
        # (a figure in any unit)
        (
            "Shares in the carmaker fell from 120 pence on Monday to 95 pence on Tuesday.",
            "2026-05-12",
            "2026-05-12",
        ),
        (
            "Temperatures dropped from 30 degrees on Saturday to 12 degrees on Sunday as the storm arrived.",
            "2026-05-10",
            "2026-05-10",
        ),
        (
            "Flu cases rose from 120 last week to 340 this week, health officials said.",
            "2026-05-11",
            "2026-05-12",
        ),
    ],
)
def test_the_date_a_change_starts_from_does_not_date_it(sentence: str, start: str, end: str) -> None:
    found = mentions_of(sentence)
    assert [(m.date_start.isoformat(), m.date_end.isoformat()) for m in found] == [(start, end)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # no figure it reaches: "from 5 percent" is the rate cut on Tuesday
        ("The central bank cut its rate from 5 percent on Monday, officials said.", "2026-05-11"),
        # the date after "to" is the change's, and the one after "from" is left as it was
        ("Turnout rose to 61 percent in the vote on Sunday from 55 percent in 2019.", "2026-05-10"),
        # no change of a figure: a stretch, or an act told with the figures it set
        ("The curfew will run from 2200 on Friday to 0500 on Monday, the army said.", "2026-05-15"),
        ("The central bank raised its key rate from 1.5 percent on Thursday to 2 percent.", "2026-05-07"),
        # no date of the figure reached: the first date may be the change's own
        ("Interest rates were raised from 0.5 percent on 3 March, to 0.75 percent.", "2026-03-03"),
    ],
)
def test_a_date_with_no_figure_reached_after_it_keeps_dating_the_change(sentence: str, day: str) -> None:
    assert [m.date_start.isoformat() for m in mentions_of(sentence)] == [day]
