"""The clause a mention's title is made from is the one that tells what happened, not an opening that
tells who said it."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

from events.extract.mentions import Mention

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _mentions(text: str) -> list[Mention]:
    return report_mentions(text, PUBLISHED)


def test_an_opening_as_attribution_is_not_the_clause() -> None:
    # "As X put it on Wednesday, ...": the opening tells who said what follows, and when
    clauses = [
        m.clause
        for m in _mentions(
            'As the agency\'s chief inspector put it on Wednesday, the ban is "a serious error".'
        )
    ]
    assert clauses
    assert all("put it" not in clause for clause in clauses)
    assert all(clause.lower().startswith("the ban is") for clause in clauses)


def test_estimates_after_of_is_the_noun_and_no_verb_of_saying() -> None:
    # "gave a wide range of estimates": nobody "estimates" what the opening phrase says
    found = _mentions(
        "Trying to settle what has been a long and bitter dispute, city officials gave a wide range of "
        "estimates last night."
    )
    assert found
    assert all(not m.clause.startswith("Trying") for m in found)
    assert any(
        m.clause.startswith("City officials gave") or m.clause.startswith("city officials gave")
        for m in found
    )


def test_a_capital_that_opening_the_words_is_kept() -> None:
    # '"That estimate ...": the determiner of the subject, not the "that" after a verb of saying
    clauses = [m.clause for m in _mentions("That estimate was revised on Monday, the agency said.")]
    assert clauses
    assert all(clause.startswith("That estimate") for clause in clauses)
