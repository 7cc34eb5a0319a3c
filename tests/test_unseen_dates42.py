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
        # the stop of a title, or of initials or a firm's abbreviation before a word in lower case, does not
        # cut the clause from the words that tell its tense: what is due, or will be, is ahead
        ("Its treasurer, Hal Moreno, is due to speak at a U.S. veterans' reunion on Thursday.", 15),
        ("The choir will sing for Sen. Ann Roe and her guests on Thursday.", 15),
        ("The jugglers will visit Lt. Tom Abara and his cadets on Thursday.", 15),
        ("The bakers will meet Acme Corp. executives on Thursday.", 15),
        # ... and the past stays past
        ("The choir sang for Sen. Ann Roe and her guests on Thursday.", 8),
        ("Its treasurer spoke at a U.S. veterans' reunion on Thursday.", 8),
    ],
)
def test_an_abbreviation_does_not_end_the_clause_of_a_date(sentence: str, day: int) -> None:
    assert day_of(sentence, "Thursday") == dt.date(2011, 9, day)


@pytest.mark.parametrize(
    "text",
    [
        # "... to the U.S. They": the next sentence's tense is not the date's
        "The cyclists rode on Thursday to the U.S. They will rest for a week.",
        # "St." may be "Street", the end of a sentence
        "Cyclists will ride down Elm St. A similar ride on Thursday drew 300 people.",
    ],
)
def test_a_stop_before_a_capital_may_still_end_a_sentence(text: str) -> None:
    assert day_of(text, "Thursday") == dt.date(2011, 9, 8)


def test_a_relative_clause_in_the_past_dates_its_own_day() -> None:
    # "that" and a past verb open a clause of their own: its day is behind, whatever the main clause foresees
    text = "The painter will return to Oslo after a tour of Peru that ended on Thursday."
    assert day_of(text, "Thursday") == dt.date(2011, 9, 8)
    # ("that" before an adjective in -ed and its noun is no relative clause)
    assert day_of("Crews said that damaged kiosks will be removed on Thursday.", "Thursday") == dt.date(
        2011, 9, 15
    )


def saying_dates(text: str, published: dt.date = TUESDAY) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [m.date_start for m in extract_mentions(article, load_gazetteer()) if m.speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # a long subject sets the opening date further from the verb than the date of what was said
        "On Friday, the head of the county's library board, Nora Vale, said the new reading room could"
        " open by Monday.",
        "On Friday, the chief curator of the town's toy museum, Paul Lenner, told reporters the puppet"
        " gallery might reopen early next month.",
    ],
)
def test_a_date_that_opens_the_sentence_dates_the_saying(sentence: str) -> None:
    assert saying_dates(sentence) == [dt.date(2011, 9, 9)]


def test_a_date_before_another_clause_does_not_date_a_later_saying() -> None:
    # the opening year is the award's; the saying has its own day before its verb
    text = (
        "In 2005 the bakery won a prize for its rye, and on Friday its owner, Ana Ruiz, said it would"
        + " open a second shop by June."
    )
    assert dt.date(2011, 9, 9) in saying_dates(text)


def test_an_opening_date_before_a_subject_in_lower_case_dates_the_saying() -> None:
    # no comma after the date, the subject opened by "the": still the saying's day
    text = "On Friday the head of the town's library board, Nora Vale, said the reading room could open soon."
    assert saying_dates(text) == [dt.date(2011, 9, 9)]


def act_days(text: str, published: dt.date = TUESDAY) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return [m.date_start for m in extract_mentions(article, load_gazetteer())]


def test_a_happening_after_since_told_by_its_relative_clause_keeps_its_day() -> None:
    # the relative clause right after the date tells what the happening named after "since" did
    text = "Bakers will hold the first fair since a brief strike on June 3 that halted three of their lines."
    assert set(act_days(text)) == {dt.date(2011, 6, 3)}
    text = "Dancers will stage a first show since a two-day walkout on June 3 that closed the theatre."
    assert set(act_days(text)) == {dt.date(2011, 6, 3)}


def test_a_stretch_since_a_date_still_dates_no_act() -> None:
    assert dt.date(1960, 1, 1) not in act_days("The province has been calm since independence in 1960.")


def test_a_weekday_after_a_possessive_in_a_papers_name_is_no_date() -> None:
    text = "The orchestra plans to sell two pianos to pay its debts, Lisbon's Sunday Times reported."
    assert find_dates(text, TUESDAY) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # after "on" or "late" a weekday is a day, whatever name follows it
        ("On Monday Independent councillors walked out of the hall.", 12),
        ("Late on Monday Tribune Co. sold its printing arm.", 12),
        ("On Sunday Herald Square filled with dancers.", 11),
        ("On Friday Express Freight agreed to buy a rival.", 9),
        # a poll in a paper named for its day is that day's
        ("A Sunday Express poll put the party ahead.", 11),
        ("On Sunday Times Square filled with fans.", 11),
    ],
)
def test_a_weekday_before_a_papers_word_is_a_day_unless_owned(sentence: str, day: int) -> None:
    (weekday,) = [m for m in find_dates(sentence, TUESDAY) if m.text.endswith("day")]
    assert weekday.date_start == dt.date(2011, 9, day)


@pytest.mark.parametrize("place", ["London", "Paris", "Oslo"])
def test_a_places_paper_is_the_speaker(place: str) -> None:
    text = f"The orchestra plans to sell two pianos to pay its debts, {place}'s Sunday Times reported."
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2011, 9, 11)))
    speakers = {m.speaker for m in extract_mentions(article, load_gazetteer())}
    assert speakers == {f"{place}'s Sunday Times"}


def test_a_dated_participle_phrase_between_subject_and_verb_is_an_aside() -> None:
    # the main clause is read apart from the phrase, whose date is its own
    text = (
        "The orchestra, still seeking a hall that was closed on April 20 and is causing a stir among its"
        " patrons, is planning to sell two pianos to pay its debts, the Lisbon Herald reported."
    )
    article = prepare_article("own.txt", text + "\n", SourceRow(published=TUESDAY))
    found = {
        (m.date_start, "sell two pianos" in m.clause) for m in extract_mentions(article, load_gazetteer())
    }
    assert (dt.date(2011, 4, 20), False) in found
    assert any(told for day, told in found if day != dt.date(2011, 4, 20))
