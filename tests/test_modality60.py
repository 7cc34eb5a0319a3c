"""What is only supposed dates nothing, and what is foreseen for a day is planned for it. A simile, a
counterfactual or a scene the reader is asked to imagine ("It would be like a hurricane hitting the capital on
Friday", "as if the harbour had closed on Monday") tells no happening, done or planned, and its date dates
nothing; a participle that names a real happening inside it ("the truce signed on Monday") keeps its day.
When a thing foreseen as coming will come ("the cyclone could make landfall as early as Friday", "the new
terminal could be completed by the end of the month") is a planned happening of that day; a risk ("the dam
could fail by Friday") stays no plan. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import SCHEDULED_POSSIBILITY
from events.extract.corpus import Sentence
from events.extract.dates import find_dates
from events.extract.dating import in_supposed_scene, supposed_scenes
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 11)
FRIDAY = dt.date(2026, 3, 13)
LEAD = "The city council approved the new transport budget on Tuesday.\n\n"


def _own(sentence: str) -> list[tuple[dt.date, str, bool]]:
    found = report_mentions(LEAD + sentence, WEDNESDAY)
    return [
        (m.date_start, m.event_type, m.planned) for m in found if m.sentence.text.startswith(sentence[:30])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It would be like watching the canal freeze over tomorrow," said Lena Ortiz of the port.',
        '"It would be like having a hurricane hit the capital on Friday," the mayor said.',
        '"It\'s not as though the bridge will collapse on Friday," the engineer said.',
        '"Imagine the harbour closing on Friday," said the port chief Anna Weiss.',
        "The minister said the party would have won the vote on Sunday had turnout been higher.",
    ],
)
def test_a_supposed_scene_is_neither_planned_nor_a_happening(sentence: str) -> None:
    found = _own(sentence)
    assert not [f for f in found if f[2]]  # nothing planned
    assert not [f for f in found if f[1] not in ("statement", "claim")]  # the remarks at most
    assert not [f for f in found if f[0] > WEDNESDAY]


@pytest.mark.parametrize(
    ("text", "supposed"),
    [
        ("It would be like having snow in the capital tomorrow.", True),
        ("The rebels behaved as if the border had reopened on Monday.", True),
        ("Nobody knows what would happen if the vote were held on Sunday.", True),
        ("The minister said the party would have won the vote on Sunday had turnout been higher.", True),
        ("Without the levee, the river would have flooded the town on Monday.", True),
        # a question asked, not a condition supposed
        ("Reporters asked if the minister had resigned on Monday.", False),
        # the truce is real: its participle names it inside the picture
        ("The rebels acted as if the truce signed on Monday had never been agreed.", False),
        # a time a when-clause tells of is real, whatever it is compared to
        ("The next dive will be like last week, when the crew went down 300 metres.", False),
        # the simile ends with its clause: the saying after the comma is dated
        ("Shares rose as if nothing had happened, traders said on Tuesday.", False),
    ],
)
def test_where_a_supposed_scene_runs(text: str, supposed: bool) -> None:
    sentence = Sentence(0, len(text), text, 0)
    dates = find_dates(text, WEDNESDAY)
    assert dates
    assert in_supposed_scene(dates[-1], sentence) is supposed


def test_a_plain_plan_has_no_supposed_scene() -> None:
    assert (
        supposed_scenes("The senate will vote on the bill on Tuesday, and the law takes effect in May.") == []
    )


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The storm could make landfall as early as Friday.", FRIDAY),
        ("The relief convoy could reach the border town on Friday.", FRIDAY),
        ("The new ferry terminal could be completed by the end of the month.", dt.date(2026, 3, 25)),
    ],
)
def test_a_thing_foreseen_for_a_day_is_planned_for_it(sentence: str, day: dt.date) -> None:
    assert SCHEDULED_POSSIBILITY.search(sentence)
    assert [(d, p) for d, _, p in _own(sentence)] == [(day, True)]


def test_a_forecast_told_by_a_speaker_is_planned_beside_the_remarks() -> None:
    sentence = "Forecasters said the cyclone might make landfall as early as Friday."
    found = _own(sentence)
    assert (FRIDAY, True) in [(d, p) for d, _, p in found]
    assert [t for _, t, p in found if not p] == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The dam could fail by Friday, engineers warned.",
        "The talks could collapse on Friday.",
        # a hope the story has moved past
        "Port officials had hoped that the first ships could start arriving on Friday.",
        # a consequence weighed, however soon
        "Doing so could trigger fines as early as next month.",
        "Engineers said the toll could reach 500 by Friday.",
    ],
)
def test_a_risk_or_a_figure_foreseen_is_no_plan(sentence: str) -> None:
    assert not [f for f in _own(sentence) if f[2]]
