"""Testimony and going to court are steps of a case (issue 7): a witness named with an apposition who tells
an inquiry or an inquest gives evidence as one named alone does, while a lawmaker telling the hearing they
hold makes remarks; a party asking or petitioning a court, a judge or a tribunal, or filing a motion, goes to
court, while a request to a council or a ministry and a chamber's motion of no confidence are no case. Every
sentence is our own."""

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
        "Tom Hale, the site foreman, told the inquiry on Monday that the crane had been inspected.",
        "Tom Hale told the inquiry on Monday that the crane had been inspected.",
        "Karl Weiss, the site manager, told the inquest on Monday that the alarm never sounded.",
    ],
)
def test_a_witness_described_by_an_apposition_still_gives_evidence(sentence: str) -> None:
    assert types_of(sentence) == ["legal"]


def test_what_describes_the_speaker_still_fires_nothing() -> None:
    # the apposition is who speaks, not an act
    assert types_of("Jane Roe, a lawyer who filed the suit on Monday, said the plant would close.") == [
        "statement"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Anglers' Alliance asked the court on Tuesday to halt the quarry.",
        "The Anglers' Alliance petitioned the court on Tuesday to halt the quarry.",
        "The Anglers' Alliance petitioned the High Court for a review on Tuesday.",
        "The Anglers' Alliance filed a motion on Tuesday to block the sale of the quarry.",
        "Defence lawyers filed a motion to dismiss the case on Tuesday.",
    ],
)
def test_a_party_asking_a_court_or_filing_a_motion_goes_to_court(sentence: str) -> None:
    assert types_of(sentence) == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Anglers' Alliance petitioned the council on Tuesday to halt the quarry.",
        "The Anglers' Alliance asked the ministry on Tuesday to block the sale.",
        "The Anglers' Alliance urged the agency on Tuesday to block the sale.",
        "Opposition lawmakers filed a motion of no confidence in the cabinet on Tuesday.",
        "Opposition lawmakers filed a motion in parliament on Tuesday to censure the minister.",
    ],
)
def test_a_request_to_a_council_or_a_motion_of_no_confidence_is_no_case(sentence: str) -> None:
    assert "legal" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe, the chair of the transport committee, told a hearing on Tuesday that the firm had failed.",
        "Senator Jane Roe told the hearing on Tuesday that the rail firm had failed commuters.",
    ],
)
def test_a_lawmaker_telling_the_hearing_they_hold_makes_remarks(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


def test_a_witness_telling_lawmakers_makes_remarks() -> None:
    # (since the thirty-ninth session what a witness tells a hearing of lawmakers is remarks, as the labels of
    # the development set have it; an inquest or a court's inquiry is a step of a case, above)
    for sentence in (
        "Tom Hale, a rail executive, told a Senate hearing on Tuesday that the line was safe.",
        "Tom Hale, the site foreman, told the parliamentary inquiry on Monday that the crane was safe.",
    ):
        assert types_of(sentence) == ["statement"]
