"""A report that names a body's head by office alone ("the head of the Harbour Authority said") and by name
elsewhere ("Harbour Authority chief executive Ana Lund") tells one person's remarks: one event with both
sentences. The head speaks for themselves, so the body's own statements stay apart, and so does the head of
another body. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article

MONDAY = dt.date(2026, 3, 9)


def remarks(text: str) -> list[tuple[str, int]]:
    """(type, number of sentences) of each event one report of our own, published on a Monday, gives."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=MONDAY))
    tables = build_tables(Corpus(articles=(article,)))
    sentences = tables.mentions.groupby("event_id").size()
    return sorted(zip(tables.events["event_type"], tables.events["event_id"].map(sentences), strict=True))


def test_a_head_named_by_office_and_by_name_is_one_voice() -> None:
    found = remarks(
        "The head of the Harbour Authority said on Sunday that the storm was the worst the port had seen "
        "in a decade.\n\n"
        '"We expect the quays to reopen within a week," Harbour Authority chief executive Ana Lund told '
        "reporters on Sunday."
    )
    assert found == [("statement", 2)]


def test_a_head_named_in_apposition_is_one_voice() -> None:
    found = remarks(
        "Ana Lund, the head of the Harbour Authority, said on Sunday that the quays would reopen within a "
        "week.\n\n"
        "The storm was the worst the port had seen in a decade, the head of the Harbour Authority said on "
        "Sunday."
    )
    assert found == [("statement", 2)]


def test_the_head_and_the_body_speak_apart() -> None:
    found = remarks(
        "The Harbour Authority said on Sunday that all ferry crossings were cancelled until Tuesday.\n\n"
        "The head of the Harbour Authority said on Sunday that the storm was the worst the port had seen "
        "in a decade."
    )
    assert ("statement", 2) not in found


def test_the_head_of_another_body_is_another_voice() -> None:
    found = remarks(
        "The head of the Harbour Authority said on Sunday that the storm was the worst the port had seen "
        "in a decade.\n\n"
        '"Our pumps kept the tunnels dry," Water Board chief executive Ana Lund told reporters on Sunday.'
    )
    assert found == [("statement", 1), ("statement", 1)]
