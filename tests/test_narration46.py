"""The writer's own narration in the first person, outside any quotation, is no happening: a diary, a
column, a reader's comment or a speech printed without marks tells what its writer did."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import writer_narrates
from tests.reports import FLOOD_LEAD, mentions_below_lead, report_mentions

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's act after an opening of time, with or without a comma
        "Last Wednesday, after the flood, I decided to fly out to the delta.",
        "Yesterday I visited the polling station on the edge of town.",
        "About three days ago we started getting tents by helicopter.",
        "When I woke up this Sunday, I checked the returns again.",
        "A few months ago, I approved a plan to widen the harbour.",
        "And today, as we look to the coast, we see a way of life under threat.",
        # "my"/"our" and a noun before a verb in the past
        "Our village flooded twice that spring.",
    ],
)
def test_the_writer_telling_what_they_did_is_narration(sentence: str) -> None:
    assert writer_narrates(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # someone quoted, with marks or a verb of saying
        '"We have deployed 500 police to the border," the minister said.',
        "We have deployed 500 police to the border, the minister said on Monday.",
        # a hedge set off inside a sentence whose subject is another
        "The minister, we understand, resigned on Monday.",
        "The minister, I am told, resigned on Monday.",
        # what the writer knows may be a happening told in the clause after
        "We now know that the dam failed on 15 July.",
        # a plan announced by a speech's speaker
        "Tomorrow, I will meet the chairman of the bank.",
        # a pull quote run into the report's own sentence
        "We have to leave so the aid can get in The nine volunteers searched the school on Thursday.",
        "We do not accept the account given by the monitors But Jane Roe, head of the panel, rejected it.",
        # no first person as the subject
        "World War I ended in 1918.",
        "Our correspondent in the capital is following the count.",
        "A further 40 ballots were found today (I think this is a record), bringing the total to 900.",
    ],
)
def test_first_person_that_is_not_the_writers_narration(sentence: str) -> None:
    assert not writer_narrates(sentence)


def test_a_piece_narrated_by_its_writer_makes_no_event_of_the_narration() -> None:
    diary = (
        "Yesterday I visited the shelter beside the river.\n\n"
        "About two days ago we started receiving sandbags from the army.\n\n"
    )
    found = report_mentions(FLOOD_LEAD + diary, THURSDAY)
    assert [
        m.sentence.text for m in found if "shelter" in m.sentence.text or "sandbags" in m.sentence.text
    ] == []


def test_one_first_person_sentence_in_a_report_told_in_the_third_is_left_alone() -> None:
    # more likely a party's words whose quotation marks the page lost than a writer's diary
    lone = "Yesterday we evacuated 2,000 people from the low districts."
    assert mentions_below_lead(lone, THURSDAY) != []


def test_a_first_person_inside_an_open_quotation_is_the_speakers() -> None:
    # the quotation opened in the sentence before is still open: the minister's own act, not the writer's
    lead = 'The interior minister spoke to reporters on Tuesday. "The river broke its banks overnight. '
    found = mentions_below_lead("Yesterday we evacuated 2,000 people from the low districts.", THURSDAY, lead)
    assert found != []
