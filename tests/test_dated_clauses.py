"""Every dated happening in a sentence: two dated clauses give two mentions; an announcement is dated when
it is made and what it announces is planned at its own date. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

TUESDAY = dt.date(2026, 5, 12)


def mentions_of(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=TUESDAY))
    return extract_mentions(article, load_gazetteer())


def test_two_dated_clauses_give_two_mentions() -> None:
    found = mentions_of(
        "Talks between the two governments began in March and the agreement takes effect on 1 June, "
        "the ministry said."
    )
    assert [(m.event_type, m.date_start) for m in found] == [
        ("diplomacy", dt.date(2026, 3, 1)),
        ("agreement", dt.date(2026, 6, 1)),
    ]
    assert found[1].planned


def test_announcement_and_what_it_announces_are_dated_apart() -> None:
    found = mentions_of(
        "The trade ministry said on Monday it would impose 20% tariffs on imported steel, which will take "
        "effect on Friday."
    )
    assert [(m.event_type, m.date_start, m.planned) for m in found] == [
        ("policy", dt.date(2026, 5, 11), False),
        ("policy", dt.date(2026, 5, 15), True),
    ]
    # each mention points at its own clause of the sentence
    assert found[1].sentence.text.startswith("which will take effect on Friday")
    assert found[0].sentence.end <= found[1].sentence.start


def test_one_dated_clause_gives_one_mention() -> None:
    found = mentions_of("Police arrested two men near the harbour on Monday and questioned them for hours.")
    assert [(m.event_type, m.date_start) for m in found] == [("arrest", dt.date(2026, 5, 11))]


def test_a_second_dated_clause_keeps_the_subject_it_shares() -> None:
    text = (
        "Headline of the story\n\n"
        "He was arrested in Chad in March 2022 and transferred to The Hague the following month.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 8, 20)))
    clauses = [(m.clause, m.date_start) for m in extract_mentions(article, load_gazetteer())]
    assert clauses[-1] == ("He was transferred to The Hague the following month", dt.date(2022, 4, 1))


def test_a_dated_relative_clause_in_the_past_tells_of_its_noun() -> None:
    text = (
        "Headline of the story\n\n"
        "Divers removed the leaking cap Saturday that had been placed on the leak in early June.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 7, 12)))
    clauses = [(m.clause, m.date_start) for m in extract_mentions(article, load_gazetteer())]
    assert clauses == [
        ("Divers removed the leaking cap Saturday", dt.date(2026, 7, 11)),
        ("The leaking cap had been placed on the leak in early June", dt.date(2026, 6, 1)),
    ]
