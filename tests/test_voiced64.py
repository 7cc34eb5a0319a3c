"""Acts told through a speaker are typed by the act (issue 7): a deed done by a named doer, reported in the
pluperfect or as the speaker's own in the perfect, is the deed, while a view, a finding, a fate or a change
stays remarks; a witness telling an inquiry or an inquest gives evidence in a case, while an inquiry of
lawmakers hears remarks; a party asking a court or filing a motion goes to court; rules issued and a plan
cleared are measures; a bill or a deal killed is no toll. Every sentence is our own."""

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
        "The ministry said the crew had finished sealing the tunnel on Tuesday.",
        "The water board said on Tuesday it had reopened the bridge.",
        "The ferry operator said on Tuesday it had decided to close the route.",
    ],
)
def test_a_deed_done_told_through_a_speaker_is_the_deed(sentence: str) -> None:
    assert types_of(sentence) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a finding, an accusation, a change, a fate, a state, a thing done only so far
        "The water board said on Tuesday its divers had found a crack in the dam.",
        "The water board said on Tuesday the builder had misled the council.",
        "The water board said on Tuesday repair costs had doubled.",
        "Jane Roe said on Tuesday she had never seen such damage.",
        "The water board said on Tuesday the valley had been affected.",
        "The water board said on Tuesday its crews had tried the repair only in shallow water.",
        # a deed in the passive names no doer
        "The water board said on Tuesday the piers had been inspected and found sound.",
        # another's decision is his, told as remarks
        "The ferry operator said on Tuesday the union had decided to strike.",
    ],
)
def test_a_view_a_finding_or_a_change_told_stays_remarks(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, the site foreman, told the inquiry on Monday that the crane had been inspected.",
        "Karl Weiss, the site manager, told the inquest on Monday that the alarm never sounded.",
    ],
)
def test_a_witness_telling_an_inquiry_gives_evidence(sentence: str) -> None:
    assert types_of(sentence) == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, the site foreman, told the parliamentary inquiry on Monday that the crane was safe.",
    ],
)
def test_what_lawmakers_are_told_at_their_inquiry_is_remarks(sentence: str) -> None:
    assert types_of(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Anglers' Alliance asked the court on Tuesday to halt the quarry.",
        "The Anglers' Alliance petitioned the court on Tuesday to halt the quarry.",
        "The Anglers' Alliance filed a motion on Tuesday to block the sale of the quarry.",
    ],
)
def test_a_party_asking_a_court_goes_to_court(sentence: str) -> None:
    assert types_of(sentence) == ["legal"]


def test_a_request_to_a_ministry_stays_remarks() -> None:
    assert types_of("The Anglers' Alliance asked the ministry on Tuesday to block the sale.") == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry issued new rules for street traders on Tuesday.",
        "The ministry published new guidelines on Tuesday for schools.",
        "The agency said it had cleared the mining firm's plan to reopen the pit.",
    ],
)
def test_rules_issued_and_a_plan_cleared_are_measures(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


def test_a_bill_issued_by_a_hospital_is_no_measure() -> None:
    assert types_of("The hospital issued a bill on Tuesday for the treatment.") == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fuel tax bill was killed in committee on Tuesday.",
        "The merger deal was killed on Tuesday when the lender pulled out.",
    ],
)
def test_a_bill_or_a_deal_killed_is_no_toll(sentence: str) -> None:
    assert "casualties" not in types_of(sentence)


def test_people_killed_are_still_a_toll() -> None:
    assert types_of("Three miners were killed on Tuesday.") == ["casualties"]
