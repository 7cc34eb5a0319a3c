"""Countries of places as news prose writes them: a wire dateline that carries its day ("QUITO, March 4
(Wire) -")."""

from __future__ import annotations

import pytest

from events.extract.entities import Entity, Gazetteer, article_country, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def wheres(entities: list[Entity]) -> list[tuple[str, str, str]]:
    return [(e.kind, e.name, e.country) for e in entities if e.kind in ("place", "country")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("QUITO, March 4 (Wire) - The council voted to close the depot.", ("place", "Quito", "ECU")),
        ("LYON, Sept. 12 (Daily Wire) – The council voted to close the depot.", ("place", "Lyon", "FRA")),
        ("THE HAGUE, Jan 9 (Wire) - Judges heard the appeal.", ("place", "The Hague", "NLD")),
    ],
)
def test_a_dateline_that_carries_its_day_is_where_the_report_is_from(
    gazetteer: Gazetteer, text: str, where: tuple[str, str, str]
) -> None:
    assert where in wheres(gazetteer.find(text))


def test_a_report_filed_with_its_day_is_set_where_its_dateline_is(gazetteer: Gazetteer) -> None:
    text = (
        "QUITO, March 4 (Wire) - Police detained a former trade minister at the airport in Quito on "
        "Thursday as he was about to board a flight to Madrid.\n\n"
        "Prosecutors say he moved money through accounts in Panama. He will appear in court in Quito on "
        "Monday.\n\nSpain's consulate said it had no request from him."
    )
    assert article_country(text, gazetteer.find(text)) == "ECU"
