"""A saying told in the simple present ("the office estimates", "the mayor says") is the speaker's view as
the report goes out: it is of the report's day, not of a day another sentence of its paragraph told in the
past. All sentences are our own."""

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


def test_a_view_in_the_simple_present_is_of_the_reports_day_not_its_paragraphs() -> None:
    text = (
        "Floodwater reached the outskirts of Dalmouth on Friday, officials said. "
        "The Regional Weather Office estimates that water could be rising by 30 centimetres an hour."
    )
    found = _mentions(text, TUESDAY)
    assert [m.date_start for m in _of(found, "Floodwater")] == [dt.date(2024, 3, 8)]
    estimate = _of(found, "The Regional")
    assert estimate
    assert all(m.date_start == TUESDAY for m in estimate)


def test_a_speaker_who_says_is_of_the_reports_day() -> None:
    text = (
        "The ferry ran aground near Halvik on Saturday, the harbour master said. "
        "The owner, Nordline, says the hull is not damaged."
    )
    says = _of(_mentions(text, TUESDAY), "The owner")
    assert says
    assert all(m.date_start == TUESDAY for m in says)


def test_a_saying_in_the_past_still_takes_its_paragraphs_day() -> None:
    text = (
        "The ferry ran aground near Halvik on Saturday, the harbour master said. "
        "The owner, Nordline, said the hull was not damaged."
    )
    said = _of(_mentions(text, TUESDAY), "The owner")
    assert said
    assert all(m.date_start == dt.date(2024, 3, 9) for m in said)
