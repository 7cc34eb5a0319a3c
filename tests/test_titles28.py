"""Scraped pages read as a briefing officer reads them (titles28): a live page's entry times, a list's bullets
(the mark, or the word "cents" a wrong decoding left of it), a heading in capitals and then a caption run into
the paragraph, and a caption's subject named again, are not the words of the sentence a title is made from.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from events.extract.corpus import SourceRow, lead_in, prepare_article, run_in_caption
from events.extract.patterns import TIME_ZONE

ROW = SourceRow(published=dt.date(2025, 3, 6), outlet="news")


def sentences(page: str) -> list[str]:
    return [s.text for s in prepare_article("page.txt", page, ROW).sentences]


LIVE_PAGE = """Live: floods in the north

1412 The army is sending 300 soldiers to the flooded towns, officials say.

1358 The agency says two bridges have been closed.

0905 A reporter in the valley says the water is still rising.
"""


def test_a_live_pages_entry_times_do_not_open_its_sentences() -> None:
    assert sentences(LIVE_PAGE) == [
        "The army is sending 300 soldiers to the flooded towns, officials say.",
        "The agency says two bridges have been closed.",
        "A reporter in the valley says the water is still rising.",
    ]


CHRONOLOGY = """Timeline of the case

1999 Dr Roe opens a clinic in the city.

2006 Dr Roe meets the singer.

2009 The singer dies in June.
"""


def test_a_chronologys_years_are_no_entry_times() -> None:
    # every item opens with a year: the page is a chronology, not a live page, and the years stay
    assert sentences(CHRONOLOGY)[-1] == "2009 The singer dies in June."


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "10.30 am ET: Sad news: the minister will not appear today.",
            "Sad news: the minister will not appear today.",
        ),
        ("3.15 pm CDT: The coast guard has closed the port.", "The coast guard has closed the port."),
        ("11.05am: The ferry has docked.", "The ferry has docked."),
    ],
)
def test_a_live_entrys_time_and_colon_are_no_words_of_it(text: str, sentence: str) -> None:
    assert text[lead_in(text) :] == sentence


def test_bullets_set_items_apart_and_a_list_of_linked_headlines_is_no_sentence() -> None:
    page = """Ferry report published

Follow our reporter at the hearing @reporter cents The company has published its report into the sinking.

cents The union has criticised the report, calling it a whitewash.

• The captain told the inquiry the radar had failed.

Port closed for a week cents Ferry firm shares fall cents Crew praised for rescue

The shares fell by 5 cents to close at a low, a trader said.
"""
    assert sentences(page) == [
        "The company has published its report into the sinking.",
        "The union has criticised the report, calling it a whitewash.",
        "The captain told the inquiry the radar had failed.",
        "The shares fell by 5 cents to close at a low, a trader said.",
    ]


def test_headlines_a_bullet_closes_before_the_first_sentence_are_left_out() -> None:
    page = (
        "Ferry firm fined cents Owners to appeal against the ruling cents Crew cleared of blame "
        "The ferry firm was fined two million pounds on Tuesday for the sinking.\n"
    )
    assert sentences("Ferry news\n\n" + page) == [
        "The ferry firm was fined two million pounds on Tuesday for the sinking."
    ]


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        # a heading in capitals, then the caption of the picture, then the paragraph's sentence
        (
            "JANE ROE, FERRY NURSE Jane Roe came out of the wreck without a scratch Also on Sunday, divers "
            "rescued two of the crew from the hull.",
            "Also on Sunday, divers rescued two of the crew from the hull.",
        ),
        # the caption's subject, named again as the subject of its verb
        (
            "Tom Hale was found when divers heard him knocking Tom Hale was pulled from the hull on Monday.",
            "Tom Hale was pulled from the hull on Monday.",
        ),
        # a kind of people, capitalised only where a sentence opens
        (
            "The boy was cold and wet but otherwise unhurt Nurses at the harbour clinic gave him blankets.",
            "Nurses at the harbour clinic gave him blankets.",
        ),
    ],
)
def test_a_caption_run_into_a_paragraph_is_cut_off(line: str, sentence: str) -> None:
    assert sentences("The ferry sank on Sunday.\n\n" + line)[-1] == sentence


@pytest.mark.parametrize(
    "line",
    [
        # "Also" opening an item of a box, not a sentence with its time set off
        "The daily bulletin is broadcast on FM in six cities Also available online and on the radio service.",
        # a name told twice in one sentence is not a caption's subject named again
        "Tom Hale said the crew had asked whether Tom Hale had read the warnings before sailing.",
    ],
)
def test_no_caption_is_cut_where_no_sentence_opens(line: str) -> None:
    assert run_in_caption(line) == 0


@pytest.mark.parametrize("zone", ["GMT", "BST", "UTC", "CET", "CEST", "EDT", "EST", "CDT", "PST", "ET", "PT"])
def test_one_time_zone_pattern_knows_every_zone(zone: str) -> None:
    assert re.fullmatch(TIME_ZONE, zone)
    assert not re.fullmatch(TIME_ZONE, zone.lower() + "x")
