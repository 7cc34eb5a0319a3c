"""Titles that read whole to a briefing officer: a date dropped from a noun phrase leaves its article
agreeing, a demonstrative after a preposition stays, an "it" that stands for nothing is left as written, a
thing claimed is no saying, and a relative clause split off names the noun it tells of. Every sentence is
our own."""

from __future__ import annotations

import pytest

from events.extract.speakers import _EMPTY_IT
from events.merge.titles import headline, pronoun_subject, tidy, with_named_pronoun


@pytest.mark.parametrize(
    ("clause", "tidied"),
    [
        # the date went from between the article and its noun: the article agrees with the noun now after it
        (
            "Inspectors blamed an August 9 levee breach for the flooding",
            "Inspectors blamed a levee breach for the flooding",
        ),
        ("The panel reviewed a 14 October election recount", "The panel reviewed an election recount"),
        # an article the sentence wrote beside its own word stays
        ("An angry crowd gathered outside the court on Monday", "An angry crowd gathered outside the court"),
    ],
)
def test_a_dropped_date_leaves_its_article_agreeing(clause: str, tidied: str) -> None:
    assert tidy(clause) == tidied


def test_that_after_a_preposition_is_no_relative_pronoun() -> None:
    title = tidy("A clear sign of that came in a ruling by the appeals court")
    assert title == "A clear sign of that came in a ruling by the appeals court"
    # a noun and its relative clause is still told as a clause
    assert tidy("The firm that won the port contract") == "The firm won the port contract"


def test_a_weekday_that_is_the_subject_stays_before_an_adverb() -> None:
    assert tidy("Saturday also marked the first day of early voting") == (
        "Saturday also marked the first day of early voting"
    )


@pytest.mark.parametrize(
    "clause",
    [
        "It now appears that a fault in the pump caused the blackout",
        "It appears that the ballots were counted twice",
        "It now seems that the court will rule next month",
    ],
)
def test_an_it_before_appears_or_seems_stands_for_nothing(clause: str) -> None:
    assert _EMPTY_IT.match(clause) is not None
    assert not pronoun_subject(clause)


def test_an_it_that_acts_still_stands_for_somebody() -> None:
    assert _EMPTY_IT.match("It now holds a majority in the assembly") is None
    assert pronoun_subject("It now holds a majority in the assembly")


def test_a_thing_claimed_is_no_saying() -> None:
    title = headline(
        "sovereignty over the northern reefs",
        speaker="Ruritania",
        speech=True,
        sentence="Ruritania still claims sovereignty over the northern reefs and has sent two frigates.",
    )
    assert title == "Ruritania claims sovereignty over the northern reefs"
    # a clause claimed is said
    title = headline(
        "the reefs are its own",
        speaker="Ruritania",
        speech=True,
        sentence="Ruritania claims the reefs are its own.",
    )
    assert title == "Ruritania says the reefs are its own"


@pytest.mark.parametrize(
    ("sentence", "clause", "named"),
    [
        (
            "Forecasters expect a wet monsoon, which is due to arrive in late June.",
            "which is due to arrive in late June",
            "A wet monsoon is due to arrive in late June",
        ),
        (
            "Guards detained Jane Roe, whose brother was hurt in the riot.",
            "whose brother was hurt in the riot",
            "Jane Roe's brother was hurt in the riot",
        ),
    ],
)
def test_a_relative_clause_split_off_names_its_noun(sentence: str, clause: str, named: str) -> None:
    assert with_named_pronoun(sentence, clause) == named


def test_a_relative_clause_of_a_whole_clause_is_left() -> None:
    # "which" tells of the rise, not of a noun with its determiner
    sentence = "Fares rose by 8 percent, which angered commuters."
    assert with_named_pronoun(sentence, "which angered commuters") == "which angered commuters"


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        # an aside set off by commas goes before the verb of what was said does
        (
            "The ferry operator, a family firm founded by three brothers on the island, will cut its winter "
            "timetable next month",
            "Harbour Board says the ferry operator will cut its winter timetable next month",
        ),
        # a phrase of place after a subject of four words or more
        (
            "A sharp increase in measles cases in the three northern provinces could signal a wider outbreak",
            "Harbour Board says a sharp increase in measles cases could signal a wider outbreak",
        ),
    ],
)
def test_a_shorter_subject_said_makes_room_for_its_verb(clause: str, title: str) -> None:
    assert headline(clause, speaker="Harbour Board", speech=True) == title


def test_a_short_subject_said_keeps_the_phrase_that_says_of_what() -> None:
    # "a sharp increase could signal ..." would not say an increase of what
    title = headline(
        "A sharp increase in measles cases in the three northern provinces and the capital district could "
        "signal a wider outbreak this winter",
        speaker="Harbour Board",
        speech=True,
    )
    assert "increase in measles cases" in title
