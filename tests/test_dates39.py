"""Dates of remarks and of the days they name. (A rule dating remarks in the simple present by the report's
day was reverted in the thirty-ninth session: it lost "Police say they are not treating the deaths as
suspicious" after a dated fire.) All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

TUESDAY = dt.date(2024, 3, 12)


def _mentions(text: str, published: dt.date) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=published))
    return list(extract_mentions(article, load_gazetteer()))


def _of(found: list[Mention], opening: str) -> list[Mention]:
    return [m for m in found if m.sentence.text.startswith(opening)]


def test_a_saying_in_the_past_still_takes_its_paragraphs_day() -> None:
    text = (
        "The ferry ran aground near Halvik on Saturday, the harbour master said. "
        "The owner, Nordline, said the hull was not damaged."
    )
    said = _of(_mentions(text, TUESDAY), "The owner")
    assert said
    assert all(m.date_start == dt.date(2024, 3, 9) for m in said)


def test_figures_a_body_publishes_on_a_weekday_in_the_present_are_ahead() -> None:
    from events.extract.dates import find_dates

    wednesday = dt.date(2024, 6, 12)
    found = find_dates(
        "The Lenmark Bank, which reports its quarterly results on Thursday, said sales rose.", wednesday
    )
    assert [(d.text, d.date_start) for d in found] == [("Thursday", dt.date(2024, 6, 13))]
    found = find_dates("The statistics office publishes its monthly figures on Friday.", wednesday)
    assert [d.date_start for d in found] == [dt.date(2024, 6, 14)]
    # (told in the past, the figures came out on the Thursday before)
    found = find_dates("The Lenmark Bank reported its quarterly results on Thursday.", wednesday)
    assert [d.date_start for d in found] == [dt.date(2024, 6, 6)]


def test_a_past_act_beside_an_aside_of_figures_ahead_is_of_the_reports_day() -> None:
    found = _mentions(
        "The Lenmark Bank, which reports its quarterly results on Thursday, said sales rose.", TUESDAY
    )
    assert found
    assert all(m.date_start == TUESDAY and not m.planned for m in found)
    # (the aside's day dates no past act of the main clause, whatever that act is)
    found = _mentions(
        "The Brannock Trust, which publishes its annual accounts on Friday, cut 300 jobs.", TUESDAY
    )
    assert found
    assert all(m.date_start == TUESDAY and not m.planned for m in found)
    # (an act the main clause tells as intended still goes with the day ahead)
    found = _mentions(
        "Aides said the premier planned to meet the envoy at the summit, which is to be held on Friday.",
        TUESDAY,
    )
    assert found
    assert all(m.date_start == dt.date(2024, 3, 15) for m in found)


def test_a_participle_after_the_object_of_a_verb_ahead_does_not_put_a_deadline_behind() -> None:
    from events.extract.dates import find_dates

    may = dt.date(2024, 5, 8)
    for text in (
        "The guild expects to drop the quotas it set on wool buyers by June 1, its clerk wrote.",
        "The ministry said it will lift the curbs imposed on grain traders by June 1.",
        "The council said it hopes to reopen the roads closed by the landslide by June 1.",
    ):
        assert [d.date_start for d in find_dates(text, may)] == [dt.date(2024, 6, 1)], text
    # ("by" right after the participle, of a verb that undoes nothing: the participle's own deadline)
    for text in (
        "Auditors will check the invoices approved by March 1, the treasurer said.",
        "The board is to examine every permit granted by April 30.",
    ):
        assert [d.date_start for d in find_dates(text, may)][:1] == [
            dt.date(2024, 3, 1) if "March" in text else dt.date(2024, 4, 30)
        ], text
    # (the act told in the past keeps its deadline behind; a participle's own date is its own)
    assert [
        d.date_start for d in find_dates("The fund plans to sell the shares acquired in March.", may)
    ] == [dt.date(2024, 3, 1)]


def test_a_day_that_names_a_sudden_happening_is_behind_whatever_the_clause_foresees() -> None:
    from events.extract.dates import find_dates

    thursday = dt.date(2024, 6, 13)
    for text, day in (
        ("The toll from Tuesday's earthquake in Varnia will rise, officials said.", dt.date(2024, 6, 11)),
        ("Hundreds are expected to have died in Tuesday's devastating earthquake.", dt.date(2024, 6, 11)),
        (
            "Winds will carry the smoke to the hills, darkened since the April 20 blast at the Kesby depot.",
            dt.date(2024, 4, 20),
        ),
        ("Tuesday's bombing killed six, and the mourning will last a week.", dt.date(2024, 6, 11)),
    ):
        assert [d.date_start for d in find_dates(text, thursday)] == [day], text
    # (a day of the clause's own, and a happening that may be awaited, still look ahead)
    for text, day in (
        ("Engineers will try the new valve on Monday after the blast.", dt.date(2024, 6, 17)),
        ("Voters will go to the polls in the June 21 election.", dt.date(2024, 6, 21)),
        # (a sudden word that only describes a planned thing's noun: a drill, a memorial, a trial, a test)
        ("Saturday's tsunami drill will involve 4,000 people in Welby.", dt.date(2024, 6, 15)),
        ("The governor will speak at Friday's bombing memorial in Astel.", dt.date(2024, 6, 14)),
        ("Monday's shooting trial will hear from eight witnesses.", dt.date(2024, 6, 17)),
        ("Saturday's crash test of the new tram will be shown live.", dt.date(2024, 6, 15)),
    ):
        assert [d.date_start for d in find_dates(text, thursday)] == [day], text
