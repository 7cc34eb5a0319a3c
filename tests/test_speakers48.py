"""Who said it, fifth round: a person named after a rank or an office held once ("retired", "former") in
a body speaks, not the body."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import report_mentions

DAY = dt.date(2026, 5, 12)


def report_speakers(text: str) -> list[str]:
    return [m.speaker for m in report_mentions(text, DAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The levee will hold through the storm," said retired Coast Guard Adm. Mark Dale.',
        '"We will rebuild every school," said former Coast Guard Adm. Mark Dale, who led the relief team.',
        "The ferries will sail again on Friday, according to a statement from retired Coast Guard Adm. Mark "
        "Dale, the federal point man on the storm.",
    ],
)
def test_a_person_after_a_rank_in_a_body_held_once_speaks_not_the_body(sentence: str) -> None:
    assert report_speakers(sentence) == ["Mark Dale"]


def test_a_body_after_a_word_of_time_with_no_person_still_speaks() -> None:
    sentence = '"The count was fair and complete," said the former Electoral Commission.'
    assert report_speakers(sentence) == ["Electoral Commission"]
