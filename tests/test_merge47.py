"""merge47: a measure's government is asked of every report of the happening (`same_happening`), not only of
its best dated one. All texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest
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


OTHER_MEASURES = [
    (
        "Imports of poultry were banned on Saturday after bird flu was found on two farms, officials said.",
        "France on Saturday banned imports of poultry from Belgium after bird flu was found on two farms.",
        "Belgium on Saturday banned poultry imports from France after bird flu was found on two farms.",
        "French authorities on Saturday banned Belgian poultry imports after bird flu was found on farms.",
    ),
    (
        "A curfew was imposed on Saturday after riots over the disputed election, officials said.",
        "Kenya on Saturday imposed a curfew in towns along its border with Tanzania after election riots.",
        "Tanzania on Saturday imposed a curfew in towns along its border with Kenya after election riots.",
        "Kenyan authorities on Saturday imposed a curfew in the border towns after election riots.",
    ),
    (
        "Fans were banned from stadiums on Saturday after the cup final riot, officials said.",
        "Italy on Saturday banned fans from stadiums after the riot at the cup final against Spain.",
        "Spain on Saturday banned fans from stadiums after the riot at the cup final against Italy.",
        "Italian authorities on Saturday banned fans from stadiums after the cup final riot.",
    ),
    (
        "Public gatherings were banned on Saturday over the fever outbreak, officials said.",
        "Peru on Saturday banned public gatherings in towns along its border with Ecuador over the fever "
        "outbreak.",
        "Ecuador on Saturday banned public gatherings in towns along its border with Peru over the fever "
        "outbreak.",
        "Peruvian authorities on Saturday banned public gatherings over the fever outbreak.",
    ),
]


@pytest.mark.parametrize(("unnamed", "named", "neighbour", "again"), OTHER_MEASURES)
def test_measures_of_other_kinds_keep_their_government(
    unnamed: str, named: str, neighbour: str, again: str
) -> None:
    # a ban on imports, a curfew, a ban on fans, a ban on gatherings: the neighbour's measure of the day,
    # naming the first government as the other side, stays apart; the first government's told again joins
    happening = Cluster([_first(unnamed, "a.txt")])
    first = _first(named, "b.txt")
    assert same_happening(first, happening)
    happening.add(first)
    assert not same_happening(_first(neighbour, "c.txt"), happening)
    assert same_happening(_first(again, "d.txt"), happening)
