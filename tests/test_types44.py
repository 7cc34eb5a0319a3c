"""Types follow the act, not its subject (types44).

A happening's word that only names what a report, a review or an inquiry is about types nothing, unless the
topic carries its own day (a background happening); "charged with" a task is an office, not a charge;
testimony to a legislature's committee is a hearing, not a case. Verbs the types lacked: the hurt taken to
hospital after a long subject, an office kept past a retirement, a party's primary won or lost, deportations
suspended. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import body_kinds

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in body_kinds(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "The trade commission will release its full review of the tariffs and their aftermath next week.",
            "policy",
        ),
        ("The judge's inquiry into the flood will publish its report next week.", "disaster"),
        ("A report on the killings was published on Tuesday.", "casualties"),
        ("The auditors presented their study of the curfew to the council on Tuesday.", "policy"),
    ],
)
def test_a_happening_that_only_names_a_works_topic_types_nothing(sentence: str, wrong: str) -> None:
    assert wrong not in kinds(sentence)
    assert kinds(sentence)  # the work's own act is still an event


@pytest.mark.parametrize(
    "sentence",
    [
        "A report on the causes of the March 3 flood was published on Tuesday.",
        "The inquiry into last month's floods opened on Tuesday.",
    ],
)
def test_a_topic_with_its_own_day_is_still_a_background_happening(sentence: str) -> None:
    assert "disaster" in kinds(sentence)


def test_a_flood_told_as_the_news_stays_a_disaster() -> None:
    assert kinds("Floods swept through the valley on Tuesday, a report by the agency said.") == ["disaster"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel charged with guiding the reform of the courts will release its plan next week.",
        "The official charged with organising the vote resigned on Tuesday.",
    ],
)
def test_charged_with_a_task_is_no_charge(sentence: str) -> None:
    assert "legal" not in kinds(sentence)


def test_charged_with_an_offence_stays_legal() -> None:
    assert kinds("The driver was charged with killing two cyclists on Tuesday.") == ["legal"]


def test_testimony_to_a_committee_is_a_hearing_not_a_case() -> None:
    assert kinds("The minister will testify to a parliamentary committee on Thursday.") == ["other"]
    assert kinds("The bank's chief testified before the Senate banking committee on Tuesday.") != ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The witness testified at the trial on Tuesday.",
        "The accountant testified before a panel of three judges on Tuesday.",
        "The guard testified in the house of the magistrate on Tuesday.",
    ],
)
def test_testimony_in_a_case_stays_legal(sentence: str) -> None:
    assert kinds(sentence) == ["legal"]


def test_the_hurt_taken_to_hospital_after_a_long_subject() -> None:
    sentence = "Seven workers on a boat clearing debris from the harbour were taken to hospital on Wednesday."
    assert kinds(sentence) == ["casualties"]


def test_an_office_kept_past_a_retirement_is_leadership() -> None:
    sentence = (
        "The admiral will continue to serve as the president's envoy on the storm after he retires this "
        "month, the ministry said on Tuesday."
    )
    assert kinds(sentence) == ["leadership"]


def test_a_party_primary_lost_is_an_election() -> None:
    assert kinds("The senator lost the Republican primary on Tuesday to a local lawyer.") == ["election"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Migrants often cross by boat but deportations were suspended last week.",
        "The government halted all deportations last week.",
    ],
)
def test_deportations_suspended_are_policy(sentence: str) -> None:
    assert kinds(sentence) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven miners who died in the blast were honoured at a memorial service on Tuesday.",
        "Relatives of the 29 miners who were killed in the explosion held a vigil on Tuesday.",
    ],
)
def test_a_toll_that_only_says_who_the_subject_is_types_nothing(sentence: str) -> None:
    assert "casualties" not in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two soldiers who were wounded on Monday died on Tuesday.",
        "Eleven miners were killed in the blast on Tuesday.",
    ],
)
def test_a_toll_told_as_the_news_stays_casualties(sentence: str) -> None:
    assert kinds(sentence) == ["casualties"]
