"""Remarks in the present with no date are the report's news of its day, whatever tense their own words
take (issue 7, right date): "The ferry line says 40 boats have been damaged" was said on the day the
report tells it, not some time in the year before, so it is not the speaker's remarks of another week.
Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from events.merge.clusters import (
    _SAYS_NOW,
    SAID_AGAIN,
    Cluster,
    _said_on_its_day,
    cluster_mentions,
    same_happening,
    window,
)
from tests.reports import BODY_OPENING, report_mentions

TUESDAY = dt.date(2026, 3, 10)
NEXT_MONDAY = dt.date(2026, 3, 16)

TIMETABLE = (
    "The Lakeside Ferry Company said on Monday that its winter timetable had been changed"
    " to add two crossings."
)


def dated_on_monday(sentence: str) -> Cluster:
    """The remarks a Tuesday report dates to Monday."""
    return Cluster([report_mentions(sentence, TUESDAY, name="first.txt")[0]])


def undated_remarks(sentence: str, published: dt.date) -> Mention:
    """The mention of `sentence` read in the body of a later report, below its dated lead."""
    found = report_mentions(BODY_OPENING + sentence, published, name="later.txt")
    said = next(m for m in found if m.sentence.start >= len(BODY_OPENING))
    assert said.is_speech and said.date_basis == "publication", sentence
    return said


def test_remarks_in_the_present_about_a_perfect_are_of_the_reports_day() -> None:
    said = undated_remarks(
        "The Lakeside Ferry Company says its night crossing has been changed to call at Ormby.", NEXT_MONDAY
    )
    assert said.undated_past  # (the perfect of the remarks' words, read as an undated act)
    assert _said_on_its_day(said)
    assert window(said) == (NEXT_MONDAY - SAID_AGAIN, NEXT_MONDAY)
    # the speaker's remarks of a week before on another matter are another occasion
    assert not same_happening(said, dated_on_monday(TIMETABLE))


def test_remarks_in_the_present_telling_the_speakers_words_of_days_before_are_those() -> None:
    # (reports write "says" of remarks days old: the same speaker's words of the same matter are one event)
    said = undated_remarks(
        "The Lakeside Ferry Company says its winter timetable has been changed to add two crossings.",
        NEXT_MONDAY,
    )
    assert same_happening(said, dated_on_monday(TIMETABLE))
    # ... but not those of another voice, nor those of another month
    assert not same_happening(
        said,
        dated_on_monday(
            "The Harbour Board of Lakeside said on Monday that the winter timetable had been changed to add"
            " two crossings."
        ),
    )
    assert not same_happening(
        undated_remarks(
            "The Lakeside Ferry Company says its winter timetable has been changed to add two crossings.",
            NEXT_MONDAY + dt.timedelta(days=30),
        ),
        dated_on_monday(TIMETABLE),
    )


def events_of(text: str) -> set[str]:
    """The sentences of every event the report's merge keeps."""
    clusters = cluster_mentions(report_mentions(text, NEXT_MONDAY))
    return {m.sentence.text for c in clusters for m in c.mentions}


def test_views_and_asides_in_the_present_are_no_news_of_their_own() -> None:
    # (a view argued, a paper's remark, or remarks after a clause of years before, joining no event, are
    # asides of the report, as any undated act in the perfect is: not news of its day)
    text = (
        "The council adopted the harbour plan on Friday after a long debate.\n\n"
        "The plan moves the fish market to the east quay.\n\n"
        "Planner Rosa Venn of the Tollick Trust argues that the plan has brought more visitors than expected."
        "\n\nEight years after the then mayor Piet Orle promised a new quay, the Courier says little has"
        " changed on the waterfront."
    )
    kept = events_of(text)
    assert not any("argues" in s or "Courier" in s for s in kept), kept


def test_a_plural_noun_is_no_saying_in_the_present() -> None:
    assert _SAYS_NOW.search("The slow claims process is one of many complaints of the passengers") is None
    assert _SAYS_NOW.search("Fares in the United States have risen") is None
    assert _SAYS_NOW.search("The port authority estimates that 40 wrecks have been raised") is not None


def test_news_told_in_the_present_by_a_voice_named_stands_alone() -> None:
    news = "The Red Kestrel Trust says up to nine thousand families have been affected."
    assert news in events_of(BODY_OPENING + news)


def test_remarks_in_the_present_by_a_pronoun_are_no_news_of_their_own() -> None:
    # (a pronoun may have been read as another voice than the one meant: "It says" of a report)
    aside = "It says up to nine thousand families have been affected by the ban."
    assert aside not in events_of(
        BODY_OPENING + "The Velden Port Authority published its yearly review on Friday.\n\n" + aside
    )


def test_remarks_in_the_present_of_a_thing_unnamed_are_no_news_of_their_own() -> None:
    # (a document or a body the sentence does not name: its words are the report's aside)
    aside = "The review says up to nine thousand families have been affected by the ban."
    assert aside not in events_of(BODY_OPENING + aside)
