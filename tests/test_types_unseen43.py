"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text (the forty-third session's count of wrong types on two opened slices). Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import mentions_below_lead, report_mentions, types_below_lead

THURSDAY = dt.date(2031, 5, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Hal Greer said he had pleaded with the regional ministers to attend the inquiry.",
        "Minister Tom Raff said he has pressed the builder to work faster on the dykes.",
        "The mayor said she had urged residents of the lower town to leave their homes.",
        "The regional governor said he had called on the army to send more boats.",
        "The union said it had written to the minister about the closures.",
        "The mayor said she had appealed for calm on Monday.",
        "The mayor said she had appealed to residents to stay indoors.",
    ],
)
def test_a_speakers_own_act_of_words_stays_remarks(sentence: str) -> None:
    assert types_below_lead(sentence, THURSDAY) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a deed, whatever verb of words it looks like
        "The agency said it had called off the search for the two missing fishermen.",
        "The port authority said it had pressed ahead with the sale of the old quay.",
        "The ferry operator said it had suspended all crossings to the islands.",
        # a task given is a deed
        "The president announced that he had asked the former governor to draw up a recovery plan.",
        # a step of a case, not a plea
        "The union said it had appealed the decision to the labour court.",
        "The union said it had appealed against the fine on Monday.",
        "The union said it had appealed to the high court on Monday.",
        # a deed done with things, not words
        "The army said it had pressed into service 40 trucks.",
        "The insurer said it had written 2,000 cheques to families.",
    ],
)
def test_a_speakers_own_deed_is_still_the_deed(sentence: str) -> None:
    assert types_below_lead(sentence, THURSDAY) != ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Lina Marr directed on Wednesday that no new quarry permits be issued.",
        "The transport minister ordered that all flights from the islands be grounded.",
        "The council decreed on Wednesday that all covered markets remain shut until June.",
        "Governor Ann Lee ordered on Tuesday that all state offices be closed.",
    ],
)
def test_a_command_in_the_subjunctive_is_a_measure(sentence: str) -> None:
    assert types_below_lead(sentence, THURSDAY) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a proposal or a plea lays down no rule
        "The panel recommended on Wednesday that new quarry permits be issued only to safe sites.",
        # a court's or a coroner's order is a step of its case, whatever comes before its verb
        "The coroner ordered that the body be exhumed.",
        "A coroner on Tuesday directed that the body be exhumed.",
        "Judge Anna Berg ordered that the jury be sequestered.",
        "Judge Anna Berg ordered that all the documents be released.",
        "Justice Maria Kell directed that no further witnesses be called.",
        "The ruling ordered that the firm be fined.",
        "The judge directed that the jury be discharged.",
        "The minister said the court had ordered that all the ballots be recounted.",
        # a one-off order names no kind of case and lays down no rule
        "The general ordered on Tuesday that the prisoners be executed.",
        "The captain ordered that the ship be abandoned.",
        "The doctor ordered that the patient be moved to another ward.",
        "The referee ordered that the match be replayed.",
        # no subjunctive: words reported
        "The minister directed that question to her deputy on Wednesday.",
    ],
)
def test_no_command_in_the_subjunctive_no_measure(sentence: str) -> None:
    assert "policy" not in types_below_lead(sentence, THURSDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor will appoint Tom Gale to head the inquiry on Friday.",
        "The board is expected to name Karl Weiss as its new chief executive next week.",
        "The government is expected to appoint Anna Lind as its new ambassador next week.",
        "The board will on Monday name Karl Weiss as its new chairman.",
        "The council will name Jan Roe as its new mayor in June.",
    ],
)
def test_an_office_to_be_given_on_a_day_ahead_is_planned_leadership(sentence: str) -> None:
    found = mentions_below_lead(sentence, THURSDAY)
    assert [(m.event_type, m.planned) for m in found] == [("leadership", True)]
    assert found[0].date_start > THURSDAY


def test_an_office_to_be_given_takes_no_day_of_another_sentence() -> None:
    text = (
        "Floods swept through the province of Velora on Monday, officials said. The governor will appoint "
        "former senator Tom Gale and a retired judge to head the inquiry."
    )
    found = report_mentions(text, THURSDAY)
    assert not [m for m in found if m.event_type == "leadership" and not m.planned]


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecast with no day of its own
        "The government is expected to appoint Anna Lind as its new ambassador.",
        "The governor will appoint Tom Gale to head the inquiry.",
    ],
)
def test_an_office_to_be_given_on_no_day_is_no_done_leadership(sentence: str) -> None:
    found = mentions_below_lead(sentence, THURSDAY)
    assert not [m for m in found if m.event_type == "leadership" and not m.planned]


@pytest.mark.parametrize(
    "sentence",
    [
        # a demand that someone appoint
        "Lawmakers urged the king to appoint a new envoy to lead the talks.",
        # no office given
        "The minister will appoint the members of the panel in June.",
        "The court will name a date for the hearing next week.",
        # a hire names no office
        "The firm plans to hire 500 workers to run the new plant next month.",
        "The club plans to hire a new groundsman to run the pitch next season.",
        # a committee or a candidate is no holder named
        "The minister will appoint a committee to study the matter next week.",
        "The party will name its candidate on Monday.",
        # the clause ends before the office
        "The council will pick a site for the plant, which is set to lead the region's recovery.",
        # a phrasal verb, then a state
        "Winds are expected to pick up on Friday, causing the fire to be harder to contain.",
    ],
)
def test_no_office_in_the_doers_future_no_leadership(sentence: str) -> None:
    assert "leadership" not in types_below_lead(sentence, THURSDAY)
