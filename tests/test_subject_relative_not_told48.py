"""A dated relative clause on the sentence's subject is not told as a happening of its own (two48 tried it and
took it out: the relative may tell of the noun inside an of-phrase, "The family of a teenager who was
stabbed ...", a class of people, "Passengers who travelled ...", or a standing, "The candidate who led the
polls ..."), and its date dates no other sentence of the paragraph. Texts are our own."""

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
    ("text", "wrong"),
    [
        (
            "The family of a teenager who was stabbed outside a nightclub on Saturday has appealed for help.",
            "The family of a teenager was stabbed",
        ),
        (
            "The brother of a man who was shot dead by police on Sunday was arrested on Tuesday.",
            "The brother of a man was shot",
        ),
        ("The coach of a team that lost 7-0 on Saturday was sacked.", "The coach of a team lost"),
        ("Customers who bought the heaters in May were told to return them.", "Customers bought"),
        ("The candidate who led the polls in August has fallen to third place.", "The candidate led"),
    ],
)
def test_no_happening_told_of_the_wrong_subject(text: str, wrong: str) -> None:
    assert not any(m.clause.startswith(wrong) for m in _mentions(text))


def test_the_relatives_date_dates_no_other_sentence() -> None:
    mentions = _mentions(
        "A climber who slipped on an icy path on Saturday has been rescued. Doctors said he was in a stable "
        "condition."
    )
    doctors = [m for m in mentions if m.event_type == "statement"]
    assert doctors and all(m.date_start == PUBLISHED for m in doctors)
