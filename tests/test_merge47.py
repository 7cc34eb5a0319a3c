"""merge47: a measure's government is asked of every report of the happening (`same_happening`), not only of
its best dated one. All texts are our own."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

from events.extract.mentions import Mention
from events.merge.clusters import Cluster, same_happening

SATURDAY = dt.date(2026, 3, 14)


def _first(text: str, name: str) -> Mention:
    return report_mentions(text, SATURDAY, name=name)[0]


def test_a_measure_naming_no_government_lets_only_its_governments_measure_join() -> None:
    # the best dated report names no government; Kenya's closing joins it, and then Uganda's closing of the
    # same day (which names Kenya as the border it closed along) is another government's measure
    unnamed = _first(
        "Schools were closed on Saturday to stop the spread of the cattle grivosis, officials said.", "a.txt"
    )
    kenya = _first("Kenya on Saturday closed all schools to stop the spread of the cattle grivosis.", "b.txt")
    uganda = _first(
        "Uganda on Saturday closed all schools along its border with Kenya to stop the spread of the cattle "
        "grivosis.",
        "c.txt",
    )
    happening = Cluster([unnamed])
    assert same_happening(kenya, happening)
    happening.add(kenya)
    assert not same_happening(uganda, happening)


def test_the_same_governments_measure_still_joins() -> None:
    unnamed = _first(
        "Schools were closed on Saturday to stop the spread of the cattle grivosis, officials said.", "a.txt"
    )
    kenya = _first("Kenya on Saturday closed all schools to stop the spread of the cattle grivosis.", "b.txt")
    again = _first("Kenyan authorities on Saturday closed all schools, citing the cattle grivosis.", "c.txt")
    happening = Cluster([unnamed, kenya])
    assert same_happening(again, happening)
