"""Dates of news prose as unseen articles tell them (issue 7, session 42). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions

TUESDAY = dt.date(2011, 9, 13)


def day_of(text: str, words: str, published: dt.date = TUESDAY) -> dt.date:
    (mention,) = [m for m in find_dates(text, published) if m.text == words]
    return mention.date_start


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the stop of an abbreviation inside the sentence does not cut the clause from the words that tell
        # its tense: what is due, or will be, is ahead
        ("Its chief, Mark Rowan, is due to testify at a U.S. congressional hearing on Thursday.", 15),
        ("The bankers will face Sen. Ann Roe and her panel on Thursday.", 15),
        ("The envoys will brief the U.N. assembly on Thursday.", 15),
        # ... and the past stays past
        ("The bankers faced Sen. Ann Roe and her panel on Thursday.", 8),
        ("Its chief testified at a U.S. congressional hearing on Thursday.", 8),
    ],
)
def test_an_abbreviation_does_not_end_the_clause_of_a_date(sentence: str, day: int) -> None:
    assert day_of(sentence, "Thursday") == dt.date(2011, 9, day)


def test_initials_before_a_capital_still_end_a_sentence() -> None:
    # "... to the U.S. They": the next sentence's tense is not the date's
    text = "The envoys flew on Thursday to the U.S. They will meet the panel."
    assert day_of(text, "Thursday") == dt.date(2011, 9, 8)


def saying_dates(text: str, published: dt.date = TUESDAY) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [m.date_start for m in extract_mentions(article, load_gazetteer()) if m.speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # a long subject sets the opening date further from the verb than the date of what was said
        "On Friday, the navy commander overseeing the salvage, Adm Carl Weston, said the wreck of the sunken"
        " ferry could be lifted by Monday.",
        "On Friday, the chief spokesman for the harbour authority, Paul Lenner, told reporters the damaged"
        " berths might reopen early next month.",
    ],
)
def test_a_date_that_opens_the_sentence_dates_the_saying(sentence: str) -> None:
    assert saying_dates(sentence) == [dt.date(2011, 9, 9)]


def test_a_date_before_another_clause_does_not_date_a_later_saying() -> None:
    # the opening year is the fine's; the saying has its own day before its verb
    text = (
        "In 2005 the firm was fined for a leak, and on Friday its chief, Ana Ruiz, said it would"
        + " appeal by June."
    )
    assert dt.date(2011, 9, 9) in saying_dates(text)


def act_days(text: str, published: dt.date = TUESDAY) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [m.date_start for m in extract_mentions(article, load_gazetteer())]


def test_a_happening_after_since_told_by_its_relative_clause_keeps_its_day() -> None:
    # the relative clause right after the date tells what the happening named after "since" did
    text = (
        "Crews will be allowed the first burn of the tanker's fuel since a short fire on May 28 that"
        + " destroyed two barges."
    )
    assert set(act_days(text)) == {dt.date(2011, 5, 28)}
    text = "Crews will be allowed a first burn since a 30-minute blaze on May 28 that removed tons of fuel."
    assert set(act_days(text)) == {dt.date(2011, 5, 28)}


def test_a_stretch_since_a_date_still_dates_no_act() -> None:
    assert dt.date(1960, 1, 1) not in act_days("The province has been calm since independence in 1960.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline plans to sell two jets to cover its U.S. losses, Lisbon's Sunday Times reported.",
        "A Sunday Telegraph poll put the party ahead.",
    ],
)
def test_a_weekday_in_a_papers_name_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, TUESDAY) == []


def test_a_weekday_before_a_square_named_times_is_a_day() -> None:
    assert day_of("On Sunday Times Square filled with fans.", "Sunday") == dt.date(2011, 9, 11)


def test_a_dated_participle_phrase_between_subject_and_verb_is_an_aside() -> None:
    # the main clause is read apart from the phrase, whose date is its own
    text = (
        "The airline, still struggling to repair a fleet that was grounded on April 20 and is causing a"
        " crisis along the coast, is planning to sell two jets to cover the cost, the Lisbon Herald reported."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=TUESDAY))
    found = {(m.date_start, "sell two jets" in m.clause) for m in extract_mentions(article, load_gazetteer())}
    assert (dt.date(2011, 4, 20), False) in found
    assert any(told for day, told in found if day != dt.date(2011, 4, 20))
