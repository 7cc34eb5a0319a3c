"""Happenings a gate lost (forty-second session, issue 7): a speaker brought back with "a" and a word of how
they looked ("a weary-looking McTavish said"). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.speakers import speech_in


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
        '"The choir sings on Sunday," an emotional Ostby told the panel.',
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


@pytest.mark.parametrize(
    "sentence",
    [
        '"The bridge is shut," a young Hungarian told the radio.',
        '"We will not give in," a local Republican told reporters.',
    ],
)
def test_a_nationality_or_party_after_a_look_is_no_name(sentence: str) -> None:
    # what the person is, not who: "a young Hungarian" names nobody already in the report
    text = "Ministers met in Oslo on Tuesday. " + sentence
    assert all(speaker not in ("Hungarian", "Republican") for _, speaker in mentions_of(text, sentence))


def test_a_saying_in_a_relative_clause_closing_the_sentence_leaves_the_main_act() -> None:
    # the main clause, an act, is the news; the relative clause tells what the people it named said
    sentence = (
        "The chancellor toured a glassworks in Velmar to meet some apprentices, who told her the orders had "
        "doubled."
    )
    found = mentions_of("A trade fair opened in Velmar on Monday. " + sentence, sentence)
    assert found
    assert all(event_type != "statement" for event_type, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "A radio station interviewed the finance minister, who said Tarvia would cut its fuel levy.",
        "The paper spoke to two retired judges, who said the new court rules were unfair.",
    ],
)
def test_a_saying_brought_in_by_an_interview_stays_the_sentences(sentence: str) -> None:
    # "interviewed", "spoke to": the main clause only brings in the words, which are the news
    speech = speech_in(sentence)
    assert speech is not None
    assert speech.group() in ("said",)


def test_a_saying_after_a_deed_on_a_common_noun_is_not_the_sentences() -> None:
    assert (
        speech_in("The chancellor toured a glassworks in Velmar to meet some apprentices, who told her so.")
        is None
    )


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


def test_a_second_party_named_with_a_deed_of_its_own_is_a_second_happening() -> None:
    # "some" opens the second clause's object as "the" does, and a deed of no named kind by a party named
    # anew is its own happening
    sentence = (
        "Health officials confirmed 12 new cases and Norvik evacuated some staff from its plant on Sunday."
    )
    texts = [m.sentence.text for m in _mentions("Floods hit the north on Monday. " + sentence)]
    assert "Health officials confirmed 12 new cases" in texts
    assert "Norvik evacuated some staff from its plant on Sunday." in texts


def test_one_party_named_two_ways_is_one_party() -> None:
    # "Velko" and "Velko Dairies" are one party: its two deeds are read as one sentence
    for sentence in (
        "Velko confirmed 12 new cases and Velko Dairies evacuated some staff from its plant on Sunday.",
        "Velko Dairies confirmed 12 new cases and Velko evacuated some staff from its plant on Sunday.",
    ):
        texts = [m.sentence.text for m in _mentions("A trade fair opened in Velmar on Monday. " + sentence)]
        assert sentence in texts


@pytest.mark.parametrize(
    "sentence",
    [
        # a deed that points back to the first clause's leans on it: read whole
        "Health officials confirmed 12 new cases, and Senator Weld echoed that call on Sunday.",
        # nouns joined, a participle after them: one clause
        "Health officials confirmed 12 new cases and deaths reported some days ago.",
    ],
)
def test_a_deed_leaning_on_the_first_clause_is_read_whole(sentence: str) -> None:
    texts = [m.sentence.text for m in _mentions("Floods hit the north on Monday. " + sentence)]
    assert not any(t.startswith(("Senator Weld", "deaths")) for t in texts)


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return extract_mentions(article, load_gazetteer())


def test_adding_a_thing_opening_the_sentence_is_no_saying() -> None:
    sentence = (
        "Adding a new twist to the contest, a panel of Danish judges on Friday doubled the prize for the "
        "winning choir."
    )
    assert mentions_of("Floods hit the north on Monday. " + sentence, sentence)


def test_adding_that_still_says() -> None:
    sentence = '"The river is falling," Weld said, adding that the dams held.'
    assert ("statement", "Weld") in mentions_of("Floods hit the north on Monday. " + sentence, sentence)


def test_a_saying_after_a_noun_behind_a_preposition_stays_the_sentences() -> None:
    # "has gone down badly with farmers": the farmers are not acted on; what they say is the news
    speech = speech_in(
        "The new levy, set on 3 June, has gone down badly with farmers, who say they cannot pay it."
    )
    assert speech is not None
    assert speech.group() == "say"
