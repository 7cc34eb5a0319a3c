"""A happening the report dated once and names again by a definite noun, telling a deed of it without a
date: the deed is of that happening's day, not of the report's. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import report_mentions

PUBLISHED = dt.date(2026, 9, 18)
MARCH_3 = dt.date(2026, 3, 3)


def mention_of(text: str, opening: str) -> Mention:
    found = [m for m in report_mentions(text, PUBLISHED) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0]


def test_a_deed_of_a_happening_dated_months_before_takes_its_day() -> None:
    text = (
        "Mine inquiry\n\nThe inquiry into the March 3 disaster at the Kelvar coal mine published its "
        "findings on Wednesday, blaming the operator for poor ventilation.\n\n"
        "Investigators interviewed more than 200 miners over the summer.\n\n"
        "The explosion at the mine killed 14 miners and trapped 40 more underground.\n"
    )
    toll = mention_of(text, "The explosion at the mine killed")
    assert (toll.date_start, toll.date_basis) == (MARCH_3, "context")


def test_a_happening_of_another_kind_lends_no_day() -> None:
    text = (
        "Port reopens\n\nThe harbour authority reopened the port on Wednesday, months after the March 3 "
        "attack on its customs office.\n\n"
        "The storm killed two dock workers and destroyed 30 homes along the coast.\n"
    )
    storm = mention_of(text, "The storm killed")
    assert storm.date_start != MARCH_3


def test_the_sentence_that_told_the_happening_gives_its_day() -> None:
    text = (
        "Dam report\n\nA landslide buried the village of Orsk on March 3, weeks after engineers warned "
        "of cracks in the dam above it.\n\n"
        "The regional council approved a rebuilding plan on Wednesday.\n\n"
        "The landslide destroyed 60 houses and the village school.\n"
    )
    damage = mention_of(text, "The landslide destroyed")
    assert (damage.date_start, damage.date_basis) == (MARCH_3, "context")
