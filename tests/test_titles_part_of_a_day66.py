"""A weekday that "the end of" or "the start of" is of stays in a title: without it the title would end on a
phrase that leads to nothing ("... to land in the capital by the end")."""

from __future__ import annotations

import pytest

from events.merge.titles import _without_dates


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        (
            "The second relief column is due to land in the capital by the end of Tuesday",
            "by the end of Tuesday",
        ),
        ("Ferry crossings should resume at the start of Saturday", "at the start of Saturday"),
    ],
)
def test_a_day_that_a_part_is_of_stays(clause: str, kept: str) -> None:
    assert _without_dates(clause).endswith(kept)


def test_a_plain_weekday_still_goes() -> None:
    assert _without_dates("The second relief column landed in the capital on Tuesday") == (
        "The second relief column landed in the capital"
    )
