"""A sentence that tells two happenings joined by "after" or "before", each with its own date: the count
that opens the after-clause ("a day", "three weeks") is no part of the main clause's title nor a second
day of the main happening, and an after-clause with an irregular past ("the team lost the final") is a
happening of its own. Texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.clauses import irregular_past_tells
from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions


def _mentions(text: str) -> list[Mention]:
    article = prepare_article(
        "own.txt", text + "\n", SourceRow(published=dt.date(2027, 6, 15), outlet="Outlet")
    )
    return extract_mentions(article, load_gazetteer())


def _dates_of(mentions: list[Mention], word: str) -> set[dt.date]:
    return {m.date_start for m in mentions if word in m.clause}


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The senate passed the bill on 2 June, a month after the house approved it on 30 April.",
            "senate",
            2,
        ),
        (
            "Shares of the carmaker fell sharply on 11 June, a day after it reported a loss on 10 June.",
            "fell",
            11,
        ),
        (
            "The minister resigned on 12 June, three days after the paper published the letters on 9 June.",
            "resigned",
            12,
        ),
        (
            "The union called off the strike on 8 June, hours after the company raised its offer on 7 June.",
            "strike",
            8,
        ),
        ("Floods hit the valley on 9 June, just days after a storm on 6 June.", "Floods", 9),
    ],
)
def test_a_count_after_the_main_date_is_no_second_day_nor_title(text: str, word: str, day: int) -> None:
    mentions = _mentions(text)
    assert _dates_of(mentions, word) == {dt.date(2027, 6, day)}
    main = next(m for m in mentions if word in m.clause)
    # ("Shares fell sharply on 11 June, a day"): the count opens the after-clause
    assert not main.clause.rstrip(" .").endswith(("day", "days", "hours", "month", "weeks"))


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The club sacked its coach on 3 June, two weeks after the team lost the cup final on 19 May.",
            "lost",
            (5, 19),
        ),
        ("The mine reopened on 2 June, a year after the roof fell in on 1 June 2026.", "roof", (6, 1)),
        (
            "Voters went to the polls on 6 June after the ruling party won a by-election on 2 May.",
            "won",
            (5, 2),
        ),
        ("The coach quit on 4 June, two days after his side lost the final on 2 June.", "lost", (6, 2)),
        (
            "Rescuers reached the village on 4 June, two days after the river broke its banks on 2 June.",
            "broke",
            (6, 2),
        ),
    ],
)
def test_an_after_clause_with_an_irregular_past_is_a_happening_of_its_own(
    text: str, word: str, day: tuple[int, int]
) -> None:
    year = 2026 if "2026" in text else 2027
    assert _dates_of(_mentions(text), word) == {dt.date(year, *day)}


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a participle after a noun, no clause of its own
        ("The council cut its budget on 4 June after jobs lost in the recession.", "Jobs lost"),
        ("The club sacked its coach on 3 June after talks held in the capital on 1 June.", "Talks held"),
        # a noun after "after", with no verb
        ("The talks resumed on 5 June after three weeks of silence.", "Three weeks"),
        # a second verb of the main clause after "and", no subject of its own
        ("The ferry caught fire on 3 May after a blast in its engine room and sank.", "A blast"),
        # remarks after "after"
        (
            "The club sacked its coach on 3 June after the chairman said results were poor.",
            "The chairman said",
        ),
    ],
)
def test_no_second_happening_from_a_participle_a_noun_or_remarks(text: str, told: str) -> None:
    assert not any(m.clause.startswith(told) for m in _mentions(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an object, not a count, before "before"
        ("The boxer served two years before his release on 3 June.", "two years"),
        ("The shop stayed open for two days, before the landlord closed it on 3 June.", "closed it"),
        ("The court fined the firm on 3 June, two years after the spill.", "fined the firm"),
    ],
)
def test_a_count_that_opens_no_after_clause_is_kept(text: str, kept: str) -> None:
    assert any(kept in m.clause for m in _mentions(text))


def test_dates_listed_after_the_act_still_each_tell_it() -> None:
    mentions = _mentions("The government survived two attempts to unseat it, in December and in March.")
    assert len({m.date_start for m in mentions if "survived" in m.clause}) == 2


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the date is the winning's, told in a relative clause with no "that"
        (
            "The company cut its forecast on 8 May, two weeks after the firm lost the contract it won"
            " on 3 March.",
            dt.date(2027, 3, 3),
        ),
        (
            "The club sacked its manager on 20 May, a week after the side lost to a team it beat on 2 April.",
            dt.date(2027, 4, 2),
        ),
    ],
)
def test_a_date_after_another_verb_in_the_after_clause_is_not_the_clauses(text: str, wrong: dt.date) -> None:
    assert wrong not in {m.date_start for m in _mentions(text)}


def test_the_after_clause_counted_back_when_its_date_is_another_verbs() -> None:
    mentions = _mentions(
        "The company cut its forecast on 8 May, two weeks after the firm lost the contract it won on 3 March."
    )
    assert _dates_of(mentions, "lost") == {dt.date(2027, 4, 24)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the count words the count rule of dating.py knows: tens, and "around"
        ("The factory closed on 3 May, twenty years after the firm built it on 2 May 2007.", "factory"),
        ("The singer died on 3 May, around two weeks after she fell ill on 19 April.", "died"),
        ("The port reopened on 9 May, a few hours after the storm passed on 9 May.", "port"),
    ],
)
def test_the_shared_count_rule_leaves_no_count_in_the_title(text: str, word: str) -> None:
    main = next(m for m in _mentions(text) if word in m.clause)
    assert not main.clause.rstrip(" .").endswith(("years", "weeks", "hours"))


@pytest.mark.parametrize(
    ("after", "finite"),
    [
        (" the previous spring on 1 June", False),
        (" a week earlier", False),
        (" the same day", False),
        (" two years ago", False),
        (" the final on 19 April", True),
        (" a seat in the north", True),
    ],
)
def test_a_time_phrase_is_no_object_of_a_past(after: str, finite: bool) -> None:
    # "jobs lost the previous spring" is a noun and its participle, "the team lost the final" a clause
    assert irregular_past_tells("lost", after) is finite


@pytest.mark.parametrize(
    ("text", "word", "gone"),
    [
        (
            "The mayor resigned on 2 June, three days before the court was scheduled to rule on 5 June.",
            "mayor",
            "court",
        ),
        (
            "Heavy snow fell on 3 March, a day before the marathon was due to be run on 4 March.",
            "snow",
            "marathon",
        ),
        (
            "The coach was sacked on 8 May, a week after the team lost to the side it beat on 3 March.",
            "sacked",
            "beat",
        ),
    ],
)
def test_a_counted_clause_leaves_the_title_when_the_sentence_is_not_cut(
    text: str, word: str, gone: str
) -> None:
    main = next(m for m in _mentions(text) if word in m.clause)
    assert gone not in main.clause


@pytest.mark.parametrize(
    "text",
    [
        "The striker served two years before his release on 3 May.",
        "The firm was banned for four years after it failed a test on 3 May.",
    ],
)
def test_a_count_with_no_comma_or_a_stretch_stays_in_the_title(text: str) -> None:
    assert any(("years before" in m.clause or "years after" in m.clause) for m in _mentions(text))


def test_a_counted_phrase_that_opens_the_sentence_is_not_cut_as_a_tail() -> None:
    # the count and its before-clause come before the main clause, which must keep its words
    mentions = _mentions(
        "On 16 May, two days before the dam burst in a flood, an engineer on the site flew to the capital."
    )
    assert all(m.clause.strip() not in ("On 16 May", "") for m in mentions)
