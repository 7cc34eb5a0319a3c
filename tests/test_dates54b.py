"""A date inside a noun phrase names that thing, not the clause's act: "leading to the crash in March 2019",
"refunds for his cancelled April 2019 concerts". The act takes its report's dating; a happening so named may
be an event of its own. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import BODY_OPENING, body_mentions

TUESDAY = dt.date(2026, 5, 12)


def told(sentence: str) -> list[tuple[str, dt.date]]:
    """(clause, date) of each mention of `sentence`, read in the body of a report published on TUESDAY."""
    opening = BODY_OPENING.split("\n\n")[:2]
    found: list[Mention] = body_mentions(sentence, TUESDAY)
    return [(m.clause, m.date_start) for m in found if not m.sentence.text.startswith(tuple(opening))]


def test_a_month_of_a_stated_year_after_a_happening_told_of_dates_the_happening() -> None:
    found = told(
        "Investigators reviewed the hospital's records and press reports of her death in March 2019."
    )
    assert (found[0][1], ("The death took place", dt.date(2019, 3, 1))) == (TUESDAY, found[1])


def test_a_consequence_phrase_does_not_give_its_date_to_the_charge() -> None:
    found = told("The driver is charged with ignoring a red signal, leading to the crash in March 2019.")
    # ... and what it led to is named as a happening of its own, at its own date
    assert found == [
        ("The driver is charged with ignoring a red signal, leading to the crash in March 2019", TUESDAY),
        ("The crash took place", dt.date(2019, 3, 1)),
    ]


def test_a_happening_the_act_took_place_within_keeps_its_date() -> None:
    # "killed in the attack in March 2019": the killing is of the attack's time
    assert [day for _, day in told("Two soldiers were killed in the attack in March 2019.")] == [
        dt.date(2019, 3, 1)
    ]


def test_the_phrase_in_the_subject_keeps_its_date_for_the_act() -> None:
    # no verb before it: the coverage is what the sentence tells of, at that time
    assert [day for _, day in told("Coverage of her death in March 2019 drew complaints.")] == [
        dt.date(2019, 3, 1)
    ]


def test_a_dated_noun_with_a_participle_before_it_names_the_thing() -> None:
    assert [day for _, day in told("Fans sought refunds for his cancelled April 2019 concerts.")] == [TUESDAY]
    assert [day for _, day in told("The adviser was hired to help plan his postponed May 2019 rallies.")] == [
        TUESDAY
    ]


def test_a_date_of_no_stated_year_before_a_noun_still_dates_a_sentence_read_at_it() -> None:
    # ("the May 3 disaster": a thing of the news's own days, which is what such a sentence tells of)
    found = told(
        "Officials presented a report on their inquiry into the May 3 disaster, which killed nine miners."
    )
    assert [day for _, day in found] == [dt.date(2026, 5, 3)]
    found = told(
        "Officials presented a report on their inquiry into the May 2019 disaster, which killed nine miners."
    )
    assert [day for _, day in found] == [TUESDAY]


def test_an_act_read_at_the_noun_the_date_modifies_keeps_the_date() -> None:
    # the act is read at "attacks" itself: the dated noun is the act, not a thing it is told of
    found = told("The senator angered veterans by comparing the shutdown to the 2001 terrorist attacks.")
    assert [day for _, day in found] == [dt.date(2001, 1, 1)]
