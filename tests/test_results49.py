"""Dated deeds with no word of a named kind of happening (forty-ninth session): a result won with "beat",
whose past is its present, is past after a named subject with an object and a day gone by; a body's results
"reported" or "posted" (profit, loss, sales, earnings) are a deed of their day, not a saying with no speaker.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import body_mentions

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def kinds_of(sentence: str) -> list[tuple[str, str]]:
    """The type and the day of each mention the sentence yields in a report's body."""
    return [
        (m.event_type, str(m.date_start)[:10])
        for m in body_mentions(sentence, PUBLISHED)
        if m.sentence.text == sentence
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # sport: a result won, "beat" told of a day gone by
        ("Rovers beat the league leaders 2-1 at home on Saturday.", "2026-03-07"),
        ("Kenya beat Uganda 3-0 in a regional qualifier on Tuesday.", "2026-03-10"),
        ("The Lakers beat the Celtics in overtime on Sunday.", "2026-03-08"),
        ("Hale beat the defending champion in straight sets on Monday.", "2026-03-09"),
        # business: results put out
        ("The insurer reported higher quarterly profit on Wednesday.", "2026-03-11"),
        ("Norvik Bank reported a net loss of 40 million euros on Tuesday.", "2026-03-10"),
        ("The retailer reported weaker holiday sales on Tuesday.", "2026-03-10"),
        ("The carmaker posted its first annual loss in a decade on Friday.", "2026-03-06"),
        # culture and science: a studio's takings, an institute's accounts
        ("The studio reported record box-office earnings for the film on Sunday.", "2026-03-08"),
        ("The observatory reported its annual results on Monday.", "2026-03-09"),
    ],
)
def test_a_dated_deed_with_no_named_kind_is_a_happening(sentence: str, day: str) -> None:
    assert ("other", day) in kinds_of(sentence)


def test_a_court_win_keeps_its_kind() -> None:
    # (a deed in a case is the case's step, "beat" or not)
    assert kinds_of("Prosecutors beat a defence bid to move the trial on Wednesday.") == [
        ("legal", "2026-03-11")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit, with no day gone by
        "The drummers beat their drums every Saturday.",
        # "beat" with no object: a heart, the rain
        "The heart beat faster during the race on Monday.",
        "Rain beat down on the coastal city on Tuesday.",
        # a season, no day
        "Chelsea beat Arsenal 3-0 in last season's final.",
        # inside quotation marks: the coach's words
        '"We beat them on Saturday," the coach said.',
        # losses told to someone: words, not results
        "Residents reported losses to the police on Tuesday.",
        # a forecast of results
        "Analysts expect the bank to report higher profit on Thursday.",
    ],
)
def test_no_deed_of_a_day_gone_by(sentence: str) -> None:
    assert not [kind for kind in kinds_of(sentence) if kind[0] == "other" and kind[1] < "2026-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what was said of the results, after the day: a saying
        "The bank reported on Thursday that its profit rose.",
        "Police reported in a statement on Monday that sales of the drug had fallen.",
        "The ministry reported on Friday that exports fell in January.",
        # results with no day of their own: the period is the figures', the putting out stays a statement
        "The miner reported profits of $3 billion in the first half of the year, up from $1 billion.",
    ],
)
def test_a_report_that_a_figure_moved_is_said(sentence: str) -> None:
    assert [kind for kind, _ in kinds_of(sentence)] == ["statement"]
