"""A speaker named by a job no list holds ("The coach said ...", "The farmer told reporters ..."): when the
report names that job for the first time, the job is the voice and the remarks are kept
(events.extract.mentions `_job_named_before`, events.extract.speakers `agent_named`). A thing of the same
shape, a job met on the scene ("a farmer said"), a job the report named before, and "said" inside a quotation
name nobody new, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports, report_mentions

WEDNESDAY_REPORT = dt.date(2026, 3, 12)


def _said(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.speaker) for m in report_mentions(text, WEDNESDAY_REPORT)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # sport
        ("The coach said on Wednesday the club would rest three players for the cup tie.", "Coach"),
        ("The goalkeeper told reporters on Wednesday that he would miss the final.", "Goalkeeper"),
        # farming
        ("The grower told a radio station on Wednesday that apple prices had collapsed.", "Grower"),
        # schools
        ("The teacher said on Wednesday that the exams would be held in the gym.", "Teacher"),
        ("The principal announced on Wednesday that the school would close for a week.", "Principal"),
        # health
        ("The nurse told reporters on Wednesday that the ward had run out of beds.", "Nurse"),
        ("The surgeon said on Wednesday the patient was recovering well.", "Surgeon"),
        # business
        ("The manager said on Wednesday the factory would cut 200 jobs.", "Manager"),
        ("The founder said on Wednesday the startup would move its offices to Leeds.", "Founder"),
        ("The investor warned on Wednesday that the fund could lose money.", "Investor"),
    ],
)
def test_a_job_named_for_the_first_time_speaks(sentence: str, speaker: str) -> None:
    assert ("statement", speaker) in _said(sentence)


def test_a_farmer_speaks_of_his_own_loss() -> None:
    assert [
        speaker
        for _kind, speaker in _said("The farmer said on Wednesday that the drought had ruined his wheat.")
    ] == ["Farmer"]


def test_a_job_after_another_job_just_heard_speaks_too() -> None:
    # (the farmer just heard cannot be the striker, nor can a report)
    text = (
        "The farmer told reporters on Wednesday that his crops had failed. "
        "The report said on Wednesday that the river had fallen. "
        "The striker said on Wednesday he would leave the club."
    )
    assert "Striker" in [speaker for _kind, speaker in _said(text)]


def test_the_title_names_the_job() -> None:
    titles = [
        title
        for *_rest, title, _n in build_reports(
            (WEDNESDAY_REPORT, "The coach said on Wednesday the team would rest three players.")
        )
    ]
    assert titles == ["Coach says the team would rest three players"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sign said on Wednesday that the shop was closed.",
        "The computer said on Wednesday the flight was late.",
        "The so-called expert said on Wednesday the market would fall.",
        # a job met on the scene is colour
        "A farmer said on Wednesday that his crops had failed.",
        "One nurse said on Wednesday the ward was full.",
        "The weather said nothing on Wednesday.",
        # a fragment
        "Whatever the coach said on Wednesday.",
    ],
)
def test_no_job_speaks(sentence: str) -> None:
    assert not [speaker for _kind, speaker in _said(sentence) if speaker]


def test_said_inside_a_quotation_gives_the_quoted_job_no_voice() -> None:
    assert _said('"The manager said we would win," Tom Reed told reporters on Wednesday.') == [
        ("statement", "Tom Reed")
    ]


def test_a_job_the_report_named_before_points_back() -> None:
    text = (
        "Tom Reed, a farmer near the river, lost his barn on Tuesday. "
        "The farmer said on Wednesday that he would rebuild it."
    )
    assert "Farmer" not in [speaker for _kind, speaker in _said(text)]


def test_a_job_just_after_a_person_quoted_names_nobody_new() -> None:
    text = (
        "Jane Roe said on Tuesday the plant would close. "
        "The engineer said on Wednesday the repairs would take weeks."
    )
    assert "Engineer" not in [speaker for _kind, speaker in _said(text)]


def test_a_paper_of_an_agents_form_is_no_job() -> None:
    assert _said("The letter said on Wednesday that the school would close.") == [("statement", "The letter")]
