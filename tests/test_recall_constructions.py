"""Constructions of English news prose that report a happening and were read as none (issue 7, recall):
a doubt in an aside or a that-clause, and "not ... until" a day. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import report_mentions

from events.extract.mentions import Mention

PUBLISHED = dt.date(2026, 5, 12)  # a Tuesday


def mentions(text: str) -> list[Mention]:
    return report_mentions(text, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a doubt in an aside set off by commas leaves the main clause's act standing
        (
            "Traders, fearing the dock strike might spread to the other ports, sold the carrier's bonds "
            "on Monday.",
            dt.date(2026, 5, 11),
        ),
        # ... and so does one in a clause after "that"
        (
            "Inspectors closed the old footbridge on Monday after finding cracks that could make it unsafe.",
            dt.date(2026, 5, 11),
        ),
    ],
)
def test_a_doubt_outside_the_main_clause_leaves_its_act(sentence: str, day: dt.date) -> None:
    assert [m.date_start for m in mentions(sentence)] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "The merger could mean higher fares for travellers on Monday.",
        "If the levee holds, the town will be spared on Friday.",
    ],
)
def test_a_main_clause_that_tells_what_might_be_is_still_no_happening(sentence: str) -> None:
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The new tunnel will not open until August.", dt.date(2026, 8, 1)),
        (
            "The inquiry into the collapse is not due to publish its findings until January.",
            dt.date(2027, 1, 1),
        ),
        ("The results of the recount won't be known until Friday.", dt.date(2026, 5, 15)),
    ],
)
def test_not_until_a_day_ahead_is_when_the_act_is_planned(sentence: str, start: dt.date) -> None:
    found = mentions(sentence)
    assert [(m.date_start, m.planned) for m in found] == [(start, True)]


def test_a_state_that_lasts_until_a_day_is_still_no_planned_act() -> None:
    # "until" after a verb of lasting tells how long, not when anything happens
    assert mentions("The old tunnel will stay shut until August.") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "start"),
    [
        (
            "Shares in Norvik rose 5 percent on Thursday as a meeting with investors planned for Friday gave "
            "hope of a new dividend.",
            "A meeting with investors is planned for Friday",
            dt.date(2026, 5, 15),
        ),
        (
            "The minister visited Tarsk on Monday ahead of talks scheduled for next week.",
            "Talks are scheduled for next week",
            dt.date(2026, 5, 18),
        ),
        (
            "With rivers high across the north and a revised dredging bill expected to be published this "
            "week, the minister visited Tarsk on Monday.",
            "A revised dredging bill is expected to be published this week",
            dt.date(2026, 5, 12),  # still ahead: from the report's day
        ),
    ],
)
def test_a_thing_set_for_a_day_ahead_is_a_planned_happening_of_its_own(
    sentence: str, clause: str, start: dt.date
) -> None:
    found = mentions(sentence)
    assert (clause, start) in [(m.clause, m.date_start) for m in found]
    assert len(found) == 2  # and the sentence's own act stays


def test_a_clause_before_the_participle_is_no_noun_phrase() -> None:
    found = mentions("The minister visited Tarsk on Monday ahead of talks scheduled for next week.")
    assert not any(
        m.clause.startswith("The minister visited Tarsk on Monday ahead of talks are") for m in found
    )


def test_remarks_that_judge_something_as_one_thing_are_the_days_news() -> None:
    found = mentions("The Red Cross has described the flood as the worst crisis it has faced in its history.")
    assert [(m.speaker, m.event_type, m.date_start) for m in found] == [("Red Cross", "statement", PUBLISHED)]


def test_a_telling_of_how_something_went_is_still_no_remark_of_the_day() -> None:
    assert mentions("The Red Cross has described how the water rose in minutes.") == []
