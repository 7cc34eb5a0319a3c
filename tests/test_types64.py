"""Types a briefing officer would file a report under (issue 7): a disaster told by a stage of its own course,
with its noun the subject, is the disaster; new cases found, told by their count or their newness, are the
outbreak's; a resignation rumoured or near is no change of office. What responders do to a disaster, a court's
case and a resignation done or set for a day stay as they were. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports


def types_of(text: str) -> list[str]:
    """The type of each event built from a one-paragraph report published on a Thursday."""
    return [kind for kind, *_ in build_reports((dt.date(2026, 3, 12), text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The virus first emerged in Tarvia in March.",
        "Cholera broke out in the camps on Monday.",
        "The disease originated in Tarvia in March.",
        "The wildfire jumped the river on Monday.",
        "A cluster of thunderstorms formed into a tropical storm on Thursday.",
        "Aftershocks rattled the port city of Varna on Monday.",
        "The fires continued to burn in the hills on Monday.",
        "Floodwaters rose to the rooftops on Monday.",
        "The river overflowed its banks on Monday.",
        "The flu has now reached 30 countries.",
    ],
)
def test_a_disaster_told_by_a_stage_of_its_own_course_is_the_disaster(sentence: str) -> None:
    assert types_of(sentence) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine new cases were found in Tarvia on Monday.",
        "Three cases were initially diagnosed at the school on Monday.",
        "The first case was found in a school in Varna on Tuesday.",
        "A new case was detected in the capital on Tuesday.",
    ],
)
def test_new_cases_found_are_the_outbreaks(sentence: str) -> None:
    assert types_of(sentence) == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what responders do to a disaster is their work
        "The well was capped on Thursday.",
        # a court's case, found to be something, is no one sick
        "The first case was found to have merit by the tribunal on Tuesday.",
    ],
)
def test_work_on_a_disaster_and_a_courts_case_are_no_disaster(sentence: str) -> None:
    assert "disaster" not in types_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Rumours swirled on Monday that the mayor was preparing to step down.", "other"),
        ("The minister told reporters on Monday that the chief was about to resign.", "statement"),
    ],
)
def test_a_resignation_rumoured_or_near_is_no_change_of_office(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chief executive will step down at the end of the year, the bank said on Monday.",
        "The prime minister resigned on Monday amid rumours of a split in the cabinet.",
    ],
)
def test_a_resignation_done_or_set_for_a_day_stays_a_change_of_office(sentence: str) -> None:
    assert "leadership" in types_of(sentence)
