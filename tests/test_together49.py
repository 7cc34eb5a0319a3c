"""One happening a report tells several times stays one event: a fire told as it broke out and again,
further down, by where it began, is one fire whatever measures (a depth, a distance) each telling gives.
A count of people is what tells two tolls apart; a measure of depth, distance or time counts nobody. All
texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import _counts
from tests.reports import build_reports, report_mentions

TUESDAY = dt.date(2026, 10, 13)


def disasters_of(text: str) -> list[tuple[str, str, int]]:
    return [
        (kind, day, n) for kind, day, _end, _title, n in build_reports((TUESDAY, text)) if kind == "disaster"
    ]


def test_a_measure_is_no_count_of_people() -> None:
    text = "Monday's fire began in a grain store about 40 feet below the deck, some 12 miles from the town."
    mention = next(m for m in report_mentions(text, TUESDAY) if m.sentence.text.startswith("Monday's"))
    assert _counts(mention) == frozenset()


def test_a_count_of_people_beside_a_measure_is_still_counted() -> None:
    text = "The fire forced 23 dockers to leave a ship moored 40 metres from the silo on Monday."
    mention = report_mentions(text, TUESDAY)[0]
    assert _counts(mention) == frozenset({23.0})


def test_a_fire_told_again_with_its_depth_is_one_fire() -> None:
    text = (
        "A fire broke out at a grain terminal on the river port on Monday, and 23 dockers were led to "
        "safety, according to the port authority.\n\n"
        "Barges were kept away from the quays for the rest of the day.\n\n"
        "Monday's fire began in a grain store about 40 feet below the loading deck."
    )
    assert disasters_of(text) == [("disaster", "2026-10-12", 1)]


def test_two_tolls_with_other_counts_of_people_stay_apart() -> None:
    # (the distance each gives is no count: the counts of people still tell the two fires apart)
    text = (
        "A fire at a grain terminal on Monday injured 23 dockers some 12 miles from the town, the port "
        "authority said.\n\n"
        "A second fire broke out at the terminal's grain store on Monday and hurt 14 drivers 30 feet below "
        "the deck, the port authority said."
    )
    kinds = [kind for kind, _day, _end, _title, _n in build_reports((TUESDAY, text))]
    assert sorted(kinds) == ["casualties", "disaster"]
