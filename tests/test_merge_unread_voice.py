"""Remarks whose speaker was not read, but which name one before their verb of saying ('"...," Voss told
the radio station'), go with that speaker's other remarks of the day in the same report. All texts are
our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reports import report_mentions

from events.extract.mentions import Mention
from events.merge.clusters import Cluster, _named_voice, _same_speaker, same_happening

TUESDAY = dt.date(2026, 3, 10)


def opening(text: str, name: str = "own-voice.txt") -> Mention:
    [mention] = [m for m in report_mentions(text, TUESDAY, name, "Outlet") if m.is_speech]
    return mention


MINISTER = "Harbour Minister Lena Voss said on Tuesday the port would stay open through the storm."


def unread(first: Mention, text: str, article: str = "") -> Mention:
    """A later sentence of the report (or of another report) whose speaker was not read."""
    start = first.sentence.end + 2
    sentence = dataclasses.replace(
        first.sentence, start=start, end=start + len(text), text=text, paragraph=first.sentence.paragraph + 1
    )
    return dataclasses.replace(
        first,
        sentence=sentence,
        clause=text,
        speaker="",
        speaker_country="",
        article=article or first.article,
        entities=(),
    )


def test_remarks_naming_the_speaker_before_the_verb_are_the_speakers() -> None:
    first = opening(MINISTER)
    quoted = unread(
        first, '"The ferries will sail again once the wind drops," Ms Voss told the radio station.'
    )
    assert _named_voice(quoted) == "voss"
    assert _same_speaker(quoted, first) and _same_speaker(first, quoted)
    assert same_happening(quoted, Cluster([first]))
    # a newspaper named shorter the second time: "The Evening Gazette", "the Gazette"
    said = opening("The Evening Gazette said on Tuesday the council had lost the vote.")
    wrote = unread(said, '"The council has to answer for the missing money," the Gazette wrote.')
    assert _same_speaker(wrote, said)


def test_remarks_naming_another_voice_stay_apart() -> None:
    first = opening(MINISTER)
    quoted = unread(first, '"The ferries will not sail before Friday," Hale told the radio station.')
    assert _named_voice(quoted) == "hale"
    assert not _same_speaker(quoted, first)
    assert not same_happening(quoted, Cluster([first]))


def test_the_name_must_be_of_the_same_report() -> None:
    first = opening(MINISTER)
    elsewhere = unread(first, '"The ferries will wait," Voss told the radio station.', "own-other.txt")
    assert not _same_speaker(elsewhere, first)


def test_no_single_name_no_voice() -> None:
    first = opening(MINISTER)
    # two names before verbs of saying: which one the remarks are is not told
    both = unread(
        first, "Port chief Omar Reyes said the quays were flooded, and Voss told the radio station so."
    )
    assert _named_voice(both) == ""
    # a pronoun names nobody
    assert _named_voice(unread(first, '"The ferries will wait," she told the radio station.')) == ""
