"""Two reports' remarks of one day by different voices stay two events (branch samespk59): a country the
sentence names only as where another voice is ("a radio network in Norway reported") is not the country
speaking, so it speaks through none of the country's named people. The same person's remarks told by two
outlets, and a country speaking as itself, still merge. All texts are our own."""

from __future__ import annotations

from tests.reports import saturday_happenings


def remarks(*texts: str) -> list[list[str]]:
    """The first words of the reports each event of remarks holds (acts the remarks tell left out)."""
    return [words for kind, words in saturday_happenings(*texts) if kind in ("statement", "claim")]


def test_a_network_placed_in_a_country_and_a_minister_are_two_voices() -> None:
    found = remarks(
        "A radio network in Norway reported on Friday that the ferry to the islands had been cancelled.",
        '"The ferries will run again next week," Norway\'s Transport Minister Ola Brekke said on Friday.',
    )
    assert len(found) == 2


def test_one_ministers_remarks_told_by_two_outlets_are_one_event() -> None:
    found = remarks(
        "Transport Minister Ola Brekke said on Friday that the ferries would run again next week.",
        "The ferries to the islands will run again next week, Norway's Transport Minister Ola Brekke said "
        "on Friday.",
    )
    assert len(found) == 1


def test_a_country_speaking_as_itself_still_speaks_through_its_minister() -> None:
    found = remarks(
        "Norway said on Friday that the ferries to the islands would run again next week.",
        "Norway's Transport Minister Ola Brekke said on Friday that the ferries would run again next week.",
    )
    assert len(found) == 1
