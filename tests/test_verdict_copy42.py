"""A verdict on a happening named by its day, and how a news agency came by a document (session 42, second
pass): what each is, and the news left alone around them. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import copy_obtained, verdict_on_a_days_happening
from tests.reports import mentions_below_lead

POLL_LEAD = "Voters in Valdoria chose a new assembly on Saturday in a contest held under heavy guard.\n\n"
MONDAY = dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Foreign observers said Saturday's ballot was calm and credible.", True),
        ("The federation called Sunday's derby a shambles from start to finish.", True),
        ("Envoys described last week's plebiscite as broadly fair.", True),
        ("The opposition said Friday's count was neither free nor fair.", True),
        # what became of the happening is news, not a view of it
        ("The electoral board said Sunday's ballot was postponed until June because of the floods.", False),
        ("Aides said Thursday's summit had been called off at the last minute.", False),
        ("Geologists said Wednesday's quake was centred 30 km north of the port.", False),
        ("Police said Sunday's raid was carried out by three masked men.", False),
        ("The board said the count would end on Saturday.", False),
    ],
)
def test_a_verdict_needs_an_evaluative_complement(text: str, verdict: bool) -> None:
    assert verdict_on_a_days_happening(text) is verdict


def test_a_verdict_on_a_happening_named_by_its_day_is_one_happening_and_one_statement() -> None:
    found = mentions_below_lead(
        "Foreign observers said Saturday's election was calm and credible.", MONDAY, POLL_LEAD
    )
    assert sorted(m.event_type for m in found) == ["election", "statement"]


def test_a_postponement_said_of_a_days_happening_is_no_statement() -> None:
    found = mentions_below_lead(
        "The electoral board said Saturday's election was postponed until June because of the floods.",
        MONDAY,
        POLL_LEAD,
    )
    assert "statement" not in [m.event_type for m in found]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("A copy of the ruling was obtained by The Associated Press.", True),
        ("Copies of the minutes were seen by Reuters.", True),
        ("An advance copy of the audit has been reviewed by this newspaper.", True),
        # a deed or a day of the document's own is news
        ("A copy of the warrant unsealed on Tuesday was obtained by the Courier.", False),
        ("A copy of the memo sent to the trustees on Monday was seen by Reuters.", False),
        ("A copy of the warrant was obtained by Europol on Tuesday.", False),
        # any other body may be the one that obtained it
        ("A copy of the contract was obtained by the Courier.", False),
        ("A copy of the ledger, obtained by Reuters, shows the mayor knew of the debt.", False),
    ],
)
def test_how_a_news_agency_came_by_a_document_is_a_note(text: str, note: bool) -> None:
    assert copy_obtained(text) is note


FEUD_LEAD = "The mayor of Tarnby denied on Wednesday that she had misled the council.\n\n"
THURSDAY = dt.date(2026, 3, 12)


def test_a_copy_obtained_by_a_news_agency_makes_no_event() -> None:
    assert (
        mentions_below_lead("A copy of the ruling was obtained by The Associated Press.", THURSDAY, FEUD_LEAD)
        == []
    )
