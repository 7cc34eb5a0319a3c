"""A sentence takes the date of a body's earlier remarks only when the body speaks or acts in it, as the
subject of one of its clauses; a sentence that only names the body (in quoted words, as the owner of
another noun, after a preposition or a verb) keeps its own context. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.dating import acts_in_sentence
from events.extract.entities import Entity
from events.extract.mentions import Mention
from tests.reports import opening, report_mentions

PUBLISHED = dt.date(2026, 9, 16)  # a Wednesday
MONDAY = dt.date(2026, 9, 14)

# The body speaks on Monday; the sentence under test stands in a paragraph of its own below
LEAD = (
    "The Harbour Authority said on Monday it would close the east dock to tankers.\n\n"
    "Fishermen protested outside the port offices.\n\n"
)


def mentions_of(sentence: str) -> list[Mention]:
    return report_mentions(f"Report\n\n{LEAD}{sentence}\n", PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        # in the quoted words of someone else
        '"The Harbour Authority has lost the town\'s trust," said Petra Hale, a town councillor.',
        # the owner of another noun: its officer acts, on a day of his own
        "The Harbour Authority's chief executive, Tom Berry, resigned.",
        # the object of another's act
        "Shipping agents accused the Harbour Authority of acting without warning.",
    ],
)
def test_a_body_only_named_lends_no_date_of_its_remarks(sentence: str) -> None:
    found = mentions_of(sentence)
    tested = opening(found, sentence[:30])
    assert tested.date_start == PUBLISHED


def test_a_body_that_acts_in_the_sentence_is_dated_by_its_remarks() -> None:
    found = mentions_of("The Harbour Authority closed the west dock as well.")
    assert opening(found, "The Harbour Authority closed").date_start == MONDAY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Acme has lost our trust," she said.', "Acme"),
        ("A source at Acme said the talks had stalled.", "Acme"),
        ("The governor demanded that Acme pay.", "Acme"),
    ],
)
def test_a_name_only_mentioned_is_no_subject(text: str, name: str) -> None:
    at = text.index(name)
    entity = Entity("actor", name, "", at, at + len(name), name)
    assert not acts_in_sentence(entity, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme closed the plant.", "Acme"),
        ("After Acme announced the cuts, the mayor called a meeting.", "Acme"),
        ("Talks went on, but Acme refused to sign.", "Acme"),
        ("Neither the mayor nor Acme gave a figure.", "Acme"),
        ("At noon, Chief Executive Jo Acme left the building.", "Acme"),
    ],
)
def test_the_subject_of_a_clause_acts_in_it(text: str, name: str) -> None:
    at = text.index(name)
    entity = Entity("actor", name, "", at, at + len(name), name)
    assert acts_in_sentence(entity, text)
