"""Speakers: "the statement said" speaks for the body the story has just heard put the statement out."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def speakers_of(text: str) -> list[tuple[str, str]]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 5, 12)))
    return [(m.speaker, m.speaker_country) for m in extract_mentions(article, load_gazetteer())]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's fisheries ministry issued a statement on Monday. "
        "The statement said the quota had been cut.",
        "Norway's fisheries ministry said in a statement on Monday that the quota would be cut. "
        "The statement also said the boats had been inspected.",
        "The boats had been inspected, Norway's fisheries ministry said in a statement on Monday. "
        "The quota would be cut by a fifth, the statement added.",
    ],
)
def test_the_statement_speaks_for_who_put_it_out(text: str) -> None:
    assert set(speakers_of(text)) == {("Norway's fisheries ministry", "NOR")}


def test_a_statement_no_one_was_heard_to_put_out_is_left_as_it_is() -> None:
    text = (
        "Norway's fisheries ministry said on Monday the quota would be cut. "
        "The statement said the boats had been inspected."
    )
    assert speakers_of(text)[-1][0] == "The statement"


def test_a_statement_that_names_whose_it_is_keeps_its_own_voice() -> None:
    text = (
        "Norway's fisheries ministry said in a statement on Monday that the quota would be cut. "
        "The union statement said the boats had been inspected."
    )
    assert speakers_of(text)[-1][0] != "Norway's fisheries ministry"


@pytest.mark.parametrize(
    "text",
    [
        "Officially called Dune B-2, the wall is part of the county's plan to hold back the sea.",
        "Possibly adding to the queue of creditors, Harbour Lines Plc idled four ships on Thursday.",
    ],
)
def test_an_adverb_opening_the_sentence_is_no_speaker(text: str) -> None:
    assert all("ly" not in speaker for speaker, _ in speakers_of(text))


def test_a_surname_ending_in_ly_still_speaks() -> None:
    assert speakers_of("Connolly said on Monday the port would reopen.") == [("Connolly", "")]


def test_each_sentence_of_the_statement_carries_it_on() -> None:
    text = (
        "Norway's fisheries ministry said in a statement on Monday that the quota would be cut by a fifth "
        "for the coming season. "
        + "The boats of the northern fleet had been inspected in the spring. " * 4
        + "The statement said the boats had been found sound. "
        + "The crews would be paid in full for the lost days at sea. " * 3
        + "The statement also said the quota would be reviewed."
    )
    assert speakers_of(text)[-1] == ("Norway's fisheries ministry", "NOR")
