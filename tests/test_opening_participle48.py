"""A past participle phrase that opens the sentence with a date of its own, before a main clause with a date
of its own ("Arrested in March, the two men were charged on Monday"), tells two happenings: the phrase's, told
of the main clause's subject at its date ("The two men were arrested in March"), and the main clause's at
its own. Not for a thing's origin or a person's career ("Founded in 1998, ...", "Elected governor in 2008,
..."), for being asked or reached ("Reached by telephone on Tuesday, the mayor said"), nor when the main
clause has no date of its own. Texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2027, 9, 22)  # a Wednesday


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED, outlet="Outlet"))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "main", "main_day", "phrase", "phrase_day"),
    [
        (
            "Arrested in March, the two men were charged on Monday.",
            "The two men were charged on Monday",
            dt.date(2027, 9, 20),
            "The two men were arrested in March",
            dt.date(2027, 3, 1),
        ),
        (
            "Jailed in 2015, the activist was released on Friday.",
            "The activist was released on Friday",
            dt.date(2027, 9, 17),
            "The activist was jailed in 2015",
            dt.date(2015, 1, 1),
        ),
        (
            "Injured in March, the striker returned to training on Monday.",
            "The striker returned to training on Monday",
            dt.date(2027, 9, 20),
            "The striker was injured in March",
            dt.date(2027, 3, 1),
        ),
        (
            "Fined $1,000 in May, the club was relegated on Saturday.",
            "The club was relegated on Saturday",
            dt.date(2027, 9, 18),
            "The club was fined $1,000 in May",
            dt.date(2027, 5, 1),
        ),
        (
            "Delayed by a storm on Friday, the ferry finally sailed on Sunday.",
            "The ferry finally sailed on Sunday",
            dt.date(2027, 9, 19),
            "The ferry was delayed by a storm on Friday",
            dt.date(2027, 9, 17),
        ),
    ],
)
def test_a_dated_opening_participle_is_a_happening_of_its_own(
    text: str, main: str, main_day: dt.date, phrase: str, phrase_day: dt.date
) -> None:
    told = {m.clause.rstrip(" ."): m.date_start for m in _mentions(text)}
    assert told.get(main) == main_day
    assert told.get(phrase) == phrase_day


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1998, the firm was sold to a rival on Tuesday.",
        "Elected governor in 2008, she was appointed to the cabinet last year.",
        "Built in 1962, the bridge was closed on Tuesday.",
        "Reached by telephone on Tuesday, the mayor said the road would reopen next week.",
        "Asked on Monday whether he would resign, the minister said he would not.",
        "Arrested in May, the suspect has been charged.",
    ],
)
def test_no_happening_of_an_opening_participle_that_is_not_so(text: str) -> None:
    participle = text.split()[0].lower()
    # no title tells the phrase as a clause of its own ("The firm was founded in 1998")
    assert not any(
        f"was {participle}" in m.clause or f"were {participle}" in m.clause for m in _mentions(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # (a plan or an expectation is no happening: the review of two48)
        "Scheduled for March, the election was postponed on Monday by the electoral commission.",
        "Scheduled to open in March, the hospital was finally opened by the health minister on Tuesday.",
        "Expected in June, the court's ruling was delayed again on Monday.",
    ],
)
def test_no_happening_of_a_plan_or_an_expectation(text: str) -> None:
    participle = text.split()[0].lower()
    assert not any(
        f"was {participle}" in m.clause or f"were {participle}" in m.clause for m in _mentions(text)
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the date after the comma is the reported rise's, not the report's: Monday stays the saying's day
        (
            "Released on Monday, the report said unemployment had risen sharply in October.",
            dt.date(2027, 9, 20),
        ),
        (
            "Confronted with the figures on Monday, the minister admitted that the target set in March had "
            "been missed.",
            dt.date(2027, 9, 20),
        ),
    ],
)
def test_a_date_a_saying_governs_is_not_the_main_clauses(text: str, day: dt.date) -> None:
    mentions = _mentions(text)
    participle = text.split()[0].lower()
    assert not any(f"was {participle}" in m.clause for m in mentions)
    assert any(m.event_type == "statement" and m.date_start == day for m in mentions)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a name takes "was", a plural without -s "were", and a past that is also a noun stays in the subject
        ("Charged with fraud in March, Mr Jones was convicted by a jury on Monday.", "Mr Jones was charged"),
        ("Criticised by inspectors in March, the police apologised on Monday.", "The police were criticised"),
        ("Suspended in April, Ms Davies returned to the squad on Saturday.", "Ms Davies was suspended"),
    ],
)
def test_the_phrase_is_told_in_the_number_of_its_subject(text: str, phrase: str) -> None:
    assert any(m.clause.startswith(phrase) for m in _mentions(text))


def test_a_past_that_is_also_a_noun_stays_in_the_subject() -> None:
    assert not any(
        m.clause.startswith("The tax was")
        for m in _mentions("Promised in March, the tax cut was finally approved by parliament on Wednesday.")
    )
