"""Happenings a gate lost (forty-second session, issue 7): a speaker brought back with "a" and a word of how
they looked ("a weary-looking McTavish said"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def mentions_of(text: str, sentence: str) -> list[tuple[str, str]]:
    """(event type, speaker) of each mention read from `sentence` in a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return [
        (m.event_type, m.speaker)
        for m in extract_mentions(article, load_gazetteer())
        if m.sentence.text == sentence
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We regret the harm done to the fishermen," a weary-looking McTavish said, adding that the '
        "ministry lacked the staff to inspect the mills.",
        '"We will pay every claim," an emotional Ostby told the panel.',
        "A visibly shaken Ostby told reporters the mill would close.",
    ],
)
def test_a_speaker_described_by_a_look_still_speaks(sentence: str) -> None:
    text = "Ministers met in Oslo on Tuesday. " + sentence
    speaker = "McTavish" if "McTavish" in sentence else "Ostby"
    assert ("statement", speaker) in mentions_of(text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an unnamed voice of a body stays the body's, and a plural is no name
        '"We regret the harm done," a senior Ostby Group official said.',
        '"The vote was rigged," a few Democrats said.',
    ],
)
def test_a_described_voice_is_not_read_as_a_name(sentence: str) -> None:
    text = "Ministers met in Oslo on Tuesday. " + sentence
    assert all(speaker not in ("Democrats", "Ostby") for _, speaker in mentions_of(text, sentence))


def test_a_saying_in_a_relative_clause_closing_the_sentence_leaves_the_main_act() -> None:
    # the main clause, an act, is the news; the relative clause tells what the people it named said
    sentence = (
        "The prime minister visited Tarnow to inspect the damage and hear from local mayors, who told him "
        "the river had crested."
    )
    found = mentions_of("Floods hit the north on Monday. " + sentence, sentence)
    assert found
    assert all(event_type != "statement" for event_type, _ in found)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a relative clause opening the sentence, before the main verb, is handled apart and keeps its rule
        ("Jane Weld, who chairs the board, said the deal was fair.", "Jane Weld"),
        # a saying in the main clause is the sentence's own
        ("Harbour officials said on Monday the river had crested.", "Harbour officials"),
    ],
)
def test_a_saying_of_the_main_clause_stays(sentence: str, speaker: str) -> None:
    found = mentions_of("Floods hit the north on Monday. " + sentence, sentence)
    assert speaker in [who for _, who in found]
