"""A sentence whose one date is a count measured from a dated time clause inside it ("The league fined the
club 11 weeks after the match was abandoned on 15 July"): two happenings, the main clause's at the counted
date and told without the count, and the time clause's at its own date. A count that is a stretch ("banned
for two years after ..."), a noun after "after" ("two weeks after the vote on 3 May") and a time clause
with no date of its own are no second happening; nor is a count inside a relative clause, one followed
by the main verb, or a statement. The day counted from does not set the time of the sentences below.
Texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2027, 9, 20)


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED, outlet="Outlet"))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "main", "main_day", "second", "second_day"),
    [
        (
            "The court convicted the owner nearly five months after the roof collapsed on 20 April.",
            "The court convicted the owner",
            dt.date(2027, 9, 1),
            "The roof collapsed",
            dt.date(2027, 4, 20),
        ),
        (
            "The league fined the club 11 weeks after the match was abandoned July 15.",
            "The league fined the club",
            dt.date(2027, 9, 30),
            "The match was abandoned",
            dt.date(2027, 7, 15),
        ),
        (
            "The minister resigned a week before the vote was held on 3 May.",
            "The minister resigned",
            dt.date(2027, 4, 26),
            "The vote was held",
            dt.date(2027, 5, 3),
        ),
        (
            "The club was relegated two weeks after its coach was sacked by the board on 3 May.",
            "The club was relegated",
            dt.date(2027, 5, 17),
            "Its coach was sacked by the board",
            dt.date(2027, 5, 3),
        ),
        (
            "The hospital reopened its ward two weeks after the outbreak was declared over on 1 March.",
            "The hospital reopened its ward",
            dt.date(2027, 3, 15),
            "The outbreak was declared over",
            dt.date(2027, 3, 1),
        ),
        (
            "Voters chose a new mayor three weeks after the council was dissolved on 2 March.",
            "Voters chose a new mayor",
            dt.date(2027, 3, 23),
            "The council was dissolved",
            dt.date(2027, 3, 2),
        ),
        # a year in the main clause's subject is a modifier: the count dates the main clause
        (
            "The club's 1990 signing was sold two years after he was injured on 4 May 2005.",
            "The club's 1990 signing was sold",
            dt.date(2007, 5, 4),
            "He was injured",
            dt.date(2005, 5, 4),
        ),
        # a pronoun or a bare plural for the subject of an irregular passive
        (
            "The ship was sold two weeks after it was built on 3 May.",
            "The ship was sold",
            dt.date(2027, 5, 17),
            "It was built",
            dt.date(2027, 5, 3),
        ),
        (
            "Officials were fired a week after ballots were found in a river on 8 May.",
            "Officials were fired",
            dt.date(2027, 5, 15),
            "Ballots were found in a river",
            dt.date(2027, 5, 8),
        ),
        # an agent after the passive ("was cut by the council") is still the time clause's verb
        (
            "The mayor resigned two days before the budget was cut by the council on 3 May.",
            "The mayor resigned",
            dt.date(2027, 5, 1),
            "The budget was cut by the council",
            dt.date(2027, 5, 3),
        ),
        # a main clause with a date of its own keeps it
        (
            "The board met on 26 April, a week before the ship was sold on 3 May.",
            "The board met on 26 April",
            dt.date(2027, 4, 26),
            "The ship was sold",
            dt.date(2027, 5, 3),
        ),
        (
            "The archive closed on 2 March, two weeks before the collection was moved on 16 March.",
            "The archive closed on 2 March",
            dt.date(2027, 3, 2),
            "The collection was moved",
            dt.date(2027, 3, 16),
        ),
    ],
)
def test_a_count_from_a_dated_time_clause_tells_two_happenings(
    text: str, main: str, main_day: dt.date, second: str, second_day: dt.date
) -> None:
    told = {m.clause.rstrip(" ."): m.date_start for m in _mentions(text)}
    assert told.get(main) == main_day
    assert told.get(second) == second_day


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # a noun after "after": the named happening is read as such, and the main clause keeps its words
        (
            "The court fined the club two weeks after the vote on 3 May.",
            "The court fined the club two weeks after the vote on 3 May",
        ),
        # a stretch, not a count back
        (
            "The bank was banned for two years after regulators fined it on 3 March.",
            "The bank was banned for two years after regulators fined it on 3 March",
        ),
        # no date inside the time clause: the count measures from nothing dated there
        (
            "The court convicted the owner five months after the roof collapsed.",
            "The court convicted the owner five months after the roof collapsed",
        ),
        # a count after a preposition is a term ("sentenced to five years"), no time counted back
        (
            "The singer was sentenced to five years after a jury convicted him on Monday.",
            "The singer was sentenced to five years after a jury convicted him on Monday",
        ),
        # a count back from the report's day, with no time clause
        ("The court convicted the owner five months ago.", "The court convicted the owner five months ago"),
        # a noun with no happening's name after "after"
        (
            "The striker was sold two weeks after the final on 3 May.",
            "The striker was sold two weeks after the final on 3 May",
        ),
    ],
)
def test_no_second_happening_without_a_dated_clause_counted_from(text: str, whole: str) -> None:
    mentions = _mentions(text)
    assert [m.clause.rstrip(" .") for m in mentions if m.clause.rstrip(" .") == whole] == [whole]


def test_an_after_clause_read_with_its_date_is_not_told_twice() -> None:
    text = "The senate passed the bill on 2 June, a month after the house approved it on 30 April."
    dates = [m.date_start for m in _mentions(text)]
    assert sorted(dates) == [dt.date(2027, 4, 30), dt.date(2027, 6, 2)]


@pytest.mark.parametrize(
    ("text", "anchor_day"),
    [
        # the count sits in a relative clause of the subject; the main verb follows the date
        ("Investors who bought shares two weeks after the company was listed on 3 May lost money.", (5, 3)),
        ("The man who was arrested two days after the shop was robbed on 6 May has been charged.", (5, 6)),
        # a reduced relative: the main verb follows the date
        ("A report published two months after the dam was breached on 3 March blamed the builders.", (3, 3)),
        # a second predicate of the main subject after the date
        (
            "The club fined the player two weeks after the match was abandoned on 3 May "
            "and banned him for a year.",
            (5, 3),
        ),
        # a statement's words are not cut
        ("The union warned of a strike a month before the contract was signed on 3 May.", (5, 3)),
    ],
)
def test_no_time_clause_split_when_the_count_is_not_in_the_main_clause(
    text: str, anchor_day: tuple[int, int]
) -> None:
    assert dt.date(2027, *anchor_day) not in [m.date_start for m in _mentions(text)]


def test_a_strike_called_a_month_before_a_dated_signing_is_split_from_it() -> None:
    # (since plans49 a union's strike called is a protest of its own, so the count back from the signing
    # dates it, and the signing is told apart: once one statement, now two happenings)
    mentions = _mentions("The union called a strike a month before the contract was signed on 3 May.")
    assert sorted(m.date_start for m in mentions) == [dt.date(2027, 4, 3), dt.date(2027, 5, 3)]


@pytest.mark.parametrize(
    ("text", "following"),
    [
        (
            "The patient died six days after doctors removed the tumour on 3 May. The hospital apologised.",
            "The hospital apologised",
        ),
        (
            "The court jailed the driver three months after two cyclists were killed on 5 March. "
            "The judge criticised the police.",
            "The judge criticised the police",
        ),
        (
            "The vaccine reached clinics a month before the trial was halted on 7 June. "
            "Doctors said patients were safe.",
            "Doctors said patients were safe",
        ),
    ],
)
def test_the_day_counted_from_does_not_date_the_next_sentence(text: str, following: str) -> None:
    # (the sentence below keeps the date it has without the split: the report's own day)
    told = {m.sentence.text.rstrip(" ."): m.date_start for m in _mentions(text)}
    assert told[following] == PUBLISHED


def test_remarks_told_apart_from_the_time_clause_keep_it_as_a_happening() -> None:
    text = "On Monday, two weeks after the plant was shut on 3 May, the minister announced it would be sold."
    told = {m.clause.rstrip(" ."): m.date_start for m in _mentions(text)}
    assert told.get("The plant was shut") == dt.date(2027, 5, 3)


def test_a_relative_clause_after_the_date_is_the_time_clauses_own() -> None:
    text = "The club sold its stadium two weeks after the 20 April fire that destroyed its stand."
    told = {m.clause.rstrip(" ."): m.date_start for m in _mentions(text)}
    assert told.get("The club sold its stadium") == dt.date(2027, 5, 4)
    assert dt.date(2027, 4, 20) in told.values()
