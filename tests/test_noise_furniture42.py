"""What is no happening on unseen text (session 42): how the outlet came by a document, who will watch an
occasion closely, where the reader finds the outlet's programme, a verdict on a happening named by its day,
a passer-by's view and a mood kept. Every sentence here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.noise import (
    copy_obtained,
    mood_kept,
    to_the_reader,
    verdict_on_a_days_happening,
    watched_ahead,
)
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("A copy of her testimony was obtained by The Daily Post.", True),
        ("Copies of the draft memo were seen by Reuters on Tuesday.", True),
        ("An advance copy of the audit has been reviewed by the Harbour Times.", True),
        # the papers go on to tell something: that is what is read
        ("Papers obtained by The Daily Post show that warnings were raised in May.", False),
        ("A copy of the letter, obtained by the Post, shows the mayor knew of the leak.", False),
        # a copy handed over by a party is an act
        ("A copy of the contract was handed to prosecutors by the firm's auditor.", False),
    ],
)
def test_how_the_outlet_came_by_a_document_is_a_note_on_the_sources(text: str, note: bool) -> None:
    assert copy_obtained(text) is note


def test_a_copy_obtained_by_the_outlet_makes_no_event() -> None:
    assert mentions_below_lead("A copy of her testimony was obtained by The Daily Post.", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "framing"),
    [
        (
            "Thursday night's speech will be closely watched by farmers and insurers worried about the"
            " harvest.",
            True,
        ),
        ("The ruling is being watched closely by other airlines.", True),
        ("But the vote will be keenly followed by investors in the region.", True),
        # a body that does the watching as its work, with no adverb of attention, is left to the reading
        ("The vote on Sunday will be monitored by 300 observers from the regional bloc.", False),
        ("The ceasefire is monitored by the United Nations.", False),
        # an audience counted is the reach of a broadcast
        ("The final will be closely watched by millions of viewers.", False),
        # a subject that is a clause of its own
        ("Officials said the talks will be closely watched by both sides.", False),
    ],
)
def test_who_will_watch_an_occasion_closely_is_the_writers_framing(text: str, framing: bool) -> None:
    assert watched_ahead(text) is framing


def test_an_occasion_watched_closely_keeps_the_occasion_only() -> None:
    found = mentions_below_lead(
        "Thursday night's speech will be closely watched by farmers and insurers worried about the harvest.",
        THURSDAY,
    )
    # the speech named by its day is the one happening; who will watch it is no second one
    assert [m.planned for m in found] == [True]
    assert "watched" not in found[0].clause


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        (
            "Harbour Watch, Channel Four, Monday, 9 March at 2100 GMT Then available in the UK via the link"
            ' below "The authority appears to have ignored every warning," said a letter from two senators.',
            True,
        ),
        (
            "The Long Flood is shown on Channel Four on Friday at 2100 GMT, or afterwards on BBC iPlayer.",
            True,
        ),
        (
            "Hear Ana Roe's report on World Service Radio at 1100 GMT, or watch it on World News at 1300"
            " GMT.",
            True,
        ),
        ("RT @kessel_news: Within weeks, bread had the steepest price rise of the year in December.", True),
        # a broadcast that is itself the news, and a link named in what someone said, are left alone
        ("The two-hour appeal concert will be screened live from 0100 GMT on Saturday.", False),
        ("The ministry said the link between the two outbreaks was still unclear.", False),
    ],
)
def test_where_the_reader_finds_the_outlets_programme_is_page_furniture(text: str, furniture: bool) -> None:
    assert to_the_reader(text) is furniture


def test_a_listing_glued_to_a_quotation_makes_no_event() -> None:
    text = (
        "Harbour Watch, Channel Four, Monday, 9 March at 2100 GMT Then available in the UK via the link"
        ' below "The authority appears to have ignored every warning," said a letter from two senators.'
    )
    assert mentions_below_lead(text, THURSDAY) == []
    assert (
        mentions_below_lead("RT @kessel_news: Bread had the steepest price rise in December.", THURSDAY) == []
    )


VOTE_LEAD = "Voters in Ruritania went to the polls on Saturday to choose a new parliament.\n\n"
MONDAY = dt.date(2026, 3, 9)


def test_a_verdict_on_a_happening_named_by_its_day_is_a_statement_not_the_happening_again() -> None:
    found = mentions_below_lead(
        "International monitors said Saturday's election was peaceful and orderly.", MONDAY, VOTE_LEAD
    )
    # the election named by its day, and the monitors' view of it: one election, one statement
    assert sorted(m.event_type for m in found) == ["election", "statement"]


def test_words_that_tell_the_deed_named_by_its_day_are_left_to_the_deed() -> None:
    found = mentions_below_lead(
        "Police said Sunday's attack was carried out by two gunmen on motorbikes.", MONDAY, VOTE_LEAD
    )
    assert [m.event_type for m in found] == ["attack"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("International monitors said Saturday's election was peaceful and orderly.", True),
        ("The league called Sunday's final a disgrace to the sport.", True),
        ("Observers described last week's referendum as largely free.", True),
        ("Police said Sunday's attack was carried out by two gunmen.", False),
        ("The minister said Saturday's storm had been forecast by nobody.", False),
        ("The monitors said the count would end on Saturday.", False),
    ],
)
def test_a_verdict_on_a_days_happening(text: str, verdict: bool) -> None:
    assert verdict_on_a_days_happening(text) is verdict


BEACH_LEAD = "Tar balls washed up on Gull Beach on Thursday, closing a stretch of the shore.\n\n"
FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I think it is awful," said Tom Brill, walking along the beach with his two sons.',
        '"We are still waiting for the ferry," said Lia Holm, waiting with her baby at the pier.',
    ],
)
def test_a_person_brought_in_by_what_they_were_doing_on_the_spot_is_a_passer_by(sentence: str) -> None:
    assert mentions_below_lead(sentence, FRIDAY, BEACH_LEAD) == []


def test_an_office_before_the_name_is_no_passer_by() -> None:
    found = mentions_below_lead(
        '"We will reopen the beach as soon as it is safe," said Mayor Ana Roe, standing by the dunes.',
        FRIDAY,
        BEACH_LEAD,
    )
    assert [m.event_type for m in found] == ["statement"]


SEAL_LEAD = "Engineers fitted a new seal on the broken pipeline on Thursday night.\n\n"
SUNDAY = dt.date(2026, 3, 8)


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        (
            "This weekend the company remained cautiously optimistic that the seal fitted on Thursday night"
            " would hold back the gas.",
            True,
        ),
        ("The mayor stayed hopeful.", True),
        ("Investors remain wary of the harbour board's plans.", True),
        # an act joined on is read as that act
        ("Harbour chief Tom Vale ordered more tests but remained confident.", False),
        ("The mayor stayed hopeful, and on Saturday the port reopened.", False),
        # a subject that is a clause of its own
        ("Officials said the company remained optimistic.", False),
    ],
)
def test_a_mood_kept_is_no_happening(text: str, mood: bool) -> None:
    assert mood_kept(text) is mood


def test_a_mood_kept_on_a_day_makes_no_event() -> None:
    text = (
        "This weekend the company remained cautiously optimistic that the seal fitted on Thursday night would"
        " hold back the gas."
    )
    assert mentions_below_lead(text, SUNDAY, SEAL_LEAD) == []
