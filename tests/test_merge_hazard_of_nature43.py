"""A hazard of nature two reports date to one day is one event (events.merge.clusters
`_one_hazard_of_nature_of_the_day`): an earthquake, hurricane, cyclone, typhoon or tsunami named by its noun
("the quake", "Tuesday's tremor") in a report of its day and in a later one is one happening, whatever else
each says of it. Two hazards of another kind, quakes in two named countries or places, storms of two names,
a further shock of the day, or a storm or flood (many of a day) stay apart. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from tests.reports import report_mentions

FIRST_DAY = dt.date(2031, 9, 10)  # a Wednesday
LATER_DAY = dt.date(2031, 9, 24)
QUAKE = "A powerful earthquake struck the mountain town of Valdera on Tuesday, flattening hundreds of homes."


def joined(first: str, later: str, first_day: dt.date = FIRST_DAY, later_day: dt.date = LATER_DAY) -> bool:
    """Whether `first`, reported on `first_day`, and `later`, in another report of `later_day`, end in one
    event."""
    mentions = [
        *report_mentions(first, first_day, name="first.txt"),
        *report_mentions(later, later_day, name="later.txt"),
    ]
    return any(
        {"first.txt", "later.txt"} <= {m.article for m in c.mentions if m.sentence.text in (first, later)}
        for c in cluster_mentions(mentions)
    )


def test_a_later_report_naming_the_quake_by_its_date_joins_it() -> None:
    later = "Relief flights reached survivors of the 9 September earthquake."
    assert joined(QUAKE, later)


def test_the_quake_by_its_day_in_another_report_of_that_week_joins_it() -> None:
    later = "Aid groups flew tents to the survivors of Tuesday's quake."
    assert joined(QUAKE, later, later_day=dt.date(2031, 9, 12))


def test_a_quake_in_another_country_stays_apart() -> None:
    later = "Thousands fled their homes after the 9 September earthquake in Peru."
    first = "A powerful earthquake struck the mountain town of Valdera in Chile on Tuesday."
    assert not joined(first, later)


def test_a_further_quake_of_the_day_stays_apart() -> None:
    later = "A second quake struck on 9 September, toppling a bridge."
    assert not joined(QUAKE, later)


def test_hurricanes_of_two_names_stay_apart() -> None:
    first = "Hurricane Osric struck on Tuesday, tearing roofs off homes."
    later = "Hurricane Tamsin hit on 9 September, sinking fishing boats."
    assert not joined(first, later)


def test_storms_of_one_day_stay_apart() -> None:
    first = "A storm struck the eastern plains on Tuesday, flattening crops."
    later = "A storm hit on 9 September, bringing down power lines."
    assert not joined(first, later)


def test_a_quake_and_a_fire_of_the_day_stay_apart() -> None:
    later = "A fire on 9 September destroyed a timber mill."
    assert not joined(QUAKE, later)
