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


def test_a_range_of_weekdays_goes_whole() -> None:
    assert _without_dates("Dock workers stayed off the job from Monday through Thursday") == (
        "Dock workers stayed off the job"
    )


@pytest.mark.parametrize(
    ("clause", "left"),
    [
        ("The curfew on the island runs from Friday", "The curfew on the island runs"),
        ("Two tankers left the port on Friday and Saturday", "Two tankers left the port"),
    ],
)
def test_a_day_leaves_no_word_that_led_to_it(clause: str, left: str) -> None:
    assert _without_dates(clause) == left


def test_the_part_of_the_last_day_goes_with_the_range() -> None:
    assert _without_dates("The port authority closed the harbour from Tuesday until Thursday evening") == (
        "The port authority closed the harbour"
    )


def test_a_long_subjects_head_never_ends_on_a_phrase_its_of_completes() -> None:
    from events.merge.titles import headline

    title = headline(
        "International efforts to rebuild the valley's bridges in the wake of Monday's floods are gathering "
        "pace as engineers from four countries arrive with cranes and temporary spans."
    )
    assert title == "International efforts to rebuild the valley's bridges are gathering pace"
