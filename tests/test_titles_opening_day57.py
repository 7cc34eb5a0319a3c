"""Titles lose the day that opens the sentence whole, "early" or "late" with it, comma or none (newcomer
read: "Early the scientists ..." was left of "Early Thursday morning the scientists ...")."""

from __future__ import annotations

import pytest

from events.merge.titles import tidy


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "Early Thursday morning the delegates ate breakfast before the talks",
            "The delegates ate breakfast before the talks",
        ),
        ("Late Tuesday night rebels shelled the airport", "Rebels shelled the airport"),
        ("Early on Friday the court freed the editor", "The court freed the editor"),
        ("Late Tuesday night, the rebels shelled the airport", "The rebels shelled the airport"),
    ],
)
def test_an_opening_day_led_by_early_or_late_goes_whole(clause: str, title: str) -> None:
    assert tidy(clause) == title


def test_a_day_that_names_a_happening_stays() -> None:
    # ("Late Tuesday night's concert" is the concert's name of a kind: the subject, not the date of an act)
    assert (
        tidy("Late Tuesday night's concert drew 40,000 fans")
        == "Late Tuesday night's concert drew 40,000 fans"
    )
