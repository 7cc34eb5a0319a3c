"""A relative clause's own happening ("who was arrested on Monday") dates no other sentence of its paragraph.
All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 6, 19)


def mentions_of(body: str) -> list[Mention]:
    return report_mentions("Headline of the story\n\n" + body, FRIDAY)


def test_a_relative_clause_date_does_not_date_the_next_sentence_of_its_paragraph() -> None:
    found = mentions_of(
        "The mayor, who was questioned by police on Monday, stepped down from the council. "
        "The council appointed her deputy to lead it until the election."
    )
    assert any(m.date_start == dt.date(2026, 6, 15) and "questioned" in m.clause for m in found)
    appointed = [m for m in found if "appointed" in m.sentence.text]
    assert appointed and all(m.date_start == FRIDAY for m in appointed)
