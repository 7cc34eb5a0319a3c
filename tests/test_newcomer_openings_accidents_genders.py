"""What a newcomer reading fresh reports found (4 Dec 2026, newcomer41): a clause that opens on the last word
of a phrase it lost ("Afternoon, a team was called ..."), accidents and crashes that a date names and no
rule knew as happenings, a "he" that speaks read as the woman who spoke last, and titles whose verb of saying
lost what was said ("The senator said last March") that the fragment count missed. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.reference import person_gender
from events.merge.titles import is_fragment, tidy


def events_of(text: str) -> list[tuple[str, str, str, str]]:
    """(date, type, speaker or actors, title) of each event built from a report of Thursday 12 March 2026."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    events = build_tables(Corpus(articles=(article,))).events
    return [
        (str(e["date"])[:10], str(e["event_type"]), str(e["actors"]), str(e["title"]))
        for _, e in events.iterrows()
    ]


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        (
            "But on Sunday morning, election officials in the northern province were called to a polling"
            " station where ballots had gone missing.",
            "Election officials",
        ),
        (
            "In one case last week, two lawyers for the defence were told by a court clerk they could not"
            " see the evidence.",
            "Two lawyers",
        ),
        ("In the storm and flooding, nine fishermen died, with more missing.", "Nine fishermen"),
        (
            "On Tuesday evening the river burst its banks above the town and flooded the market.",
            "The river burst",
        ),
    ],
)
def test_a_title_never_opens_on_the_last_words_of_an_opening_phrase(sentence: str, opening: str) -> None:
    (event,) = events_of(sentence)
    assert event[3].startswith(opening)


def test_a_phrase_opening_that_holds_the_clause_verb_stays() -> None:
    # ("In Lagos police arrested ...": the words after "In Lagos" are the clause, not a stub of its phrase)
    titles = [title for *_, title in events_of("In Lagos police arrested two union leaders on Tuesday.")]
    assert titles == ["Police arrested two union leaders"]


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        (
            "The rail operator has paid compensation to the families of the victims of the 9 February"
            " derailment.",
            "derailment",
        ),
        ("Two days after the March 3 crash, the airline grounded its whole fleet.", "crash"),
        (
            "Insurers have paid out on most claims from the 2 March collision at the ferry terminal.",
            "collision",
        ),
    ],
)
def test_an_accident_a_date_names_is_a_disaster_of_that_day(sentence: str, noun: str) -> None:
    happened = [e for e in events_of(sentence) if e[1] == "disaster"]
    assert [(date[5:], title) for date, _, _, title in happened] == [
        (
            {"derailment": "02-09", "crash": "03-03", "collision": "03-02"}[noun],
            f"The {noun} took place",
        )
    ]


def test_crashes_in_the_plural_name_a_kind_not_a_happening() -> None:
    sentence = "A board that has investigated rail crashes since 1998 opened an inquiry on Tuesday."
    assert all(event_type != "disaster" for _, event_type, _, _ in events_of(sentence))


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Tom Okafor", "he"),  # a man's given name, and nothing else said
        ("Linda Okafor", "she"),
        ("Jordan Okafor", ""),  # a name given to both
        ("Okafor", ""),  # a surname alone
    ],
)
def test_a_given_name_tells_the_gender_when_the_text_does_not(name: str, gender: str) -> None:
    text = f"{name} spoke to reporters outside the court. The hearing resumes on Monday."
    assert person_gender(name, text) == gender


def test_what_the_text_says_outvotes_the_given_name() -> None:
    # ("Mrs Linda Okafor ... Mrs Okafor said she": a title and a pronoun say more than a list of names)
    text = "Tom Okafor, a spokeswoman for the court, spoke first. Mrs Okafor said she would appeal."
    assert person_gender("Tom Okafor", text) == "she"


def test_a_he_who_speaks_is_the_man_named_before_not_the_woman_heard_last() -> None:
    text = (
        "Tom Hale, who sells fish by the quay, said on Monday that trade had halved since the strike"
        " began.\n\n"
        '"We have seen no damage to the piers," said Linda Moss, an engineer at the port, on Tuesday.\n\n'
        '"We are losing the market to the north," he said on Wednesday.'
    )
    speakers = {
        title: actors for _, event_type, actors, title in events_of(text) if event_type == "statement"
    }
    assert speakers["Tom Hale: “We are losing the market to the north”"] == "Tom Hale"


@pytest.mark.parametrize(
    "title",
    [
        "The senator said last March",
        "The appeals panel recommended three years ago",
        "A panel of election observers estimated that",
        "The governor reveals in a recorded interview that",
        "The party announced on Tuesday",
    ],
)
def test_a_verb_of_saying_that_lost_what_was_said_is_a_fragment(title: str) -> None:
    assert is_fragment(title)


@pytest.mark.parametrize(
    "title",
    [
        "Three new cases were confirmed on Tuesday",  # a passive is whole
        "The minister says a rise in prices could change that",  # the "that" is the object of "change"
        "The court ruled on Tuesday",
        "Turnout was confirmed in Japan",
        "The union said on Monday that the strike would go on",
    ],
)
def test_a_whole_clause_with_a_time_or_that_at_its_end_is_no_fragment(title: str) -> None:
    assert not is_fragment(title)


def test_an_article_nothing_dates_says_its_dates_stand_on_the_build_day() -> None:
    # (no publication date given, no date in the text, no dated article beside it: the table needs a date,
    # and the build day stands in; every reason for a date, and the article's note, say so)
    text = "The county council voted on Tuesday to close the old ferry bridge.\n"
    article = prepare_article("own.txt", text, SourceRow(outlet="Own"))
    tables = build_tables(Corpus(articles=(article,)))
    assert list(tables.sources["published_basis"]) == ["inferred"]
    assert "the day it was built" in tables.sources["published_evidence"].iloc[0]
    assert "the day the table was built" in tables.sources["notes"].iloc[0]
    assert len(tables.events) == 1
    assert all("the day the table was built" in reason for reason in tables.events["date_reason"])
    assert all("the day the table was built" in reason for reason in tables.mentions["date_reason"])


def test_an_undated_article_beside_dated_ones_keeps_its_reasons() -> None:
    dated = prepare_article(
        "dated.txt",
        "The county council voted on Tuesday to close the old ferry bridge.\n",
        SourceRow(published=dt.date(2026, 3, 12), outlet="Own"),
    )
    undated = prepare_article(
        "undated.txt", "The harbour board met on Monday to discuss the bridge.\n", SourceRow()
    )
    tables = build_tables(Corpus(articles=(dated, undated)))
    assert not any("the day the table was built" in reason for reason in tables.mentions["date_reason"])


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "The senator said last March that judges who took the payments should resign",
            "The senator said that judges who took the payments should resign",
        ),
        (
            "The electoral board announced last week that the count would be repeated",
            "The electoral board announced that the count would be repeated",
        ),
    ],
)
def test_when_the_words_were_said_goes_before_what_was_said(clause: str, title: str) -> None:
    # ("said last March that ...": the date has its own column; left in, the title reads as cut off)
    assert tidy(clause) == title
    assert not is_fragment(title)
