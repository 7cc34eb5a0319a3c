"""A measure is its government's (`same_happening`): two governments' measures of one day are two acts,
however much else they share; one government's measure told by two reports is one. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article

SATURDAY = dt.date(2027, 5, 8)


def happenings(*texts: str) -> list[tuple[str, list[str]]]:
    """(type, first words of each report) of each event built from reports all published on one Saturday."""
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=SATURDAY, outlet=f"Outlet {i}"))
        for i, text in enumerate(texts)
    )
    tables = build_tables(Corpus(articles=articles))
    kinds = dict(zip(tables.events["event_id"], tables.events["event_type"], strict=True))
    return sorted(
        (kinds[event], sorted(s[:24] for s in group["sentence"]))
        for event, group in tables.mentions.groupby("event_id")
    )


def test_two_governments_closing_a_shared_border_take_two_measures() -> None:
    found = happenings(
        "Argentina on Saturday closed its border with Chile to stop the spread of the cattle fever, the farm "
        "ministry said.",
        "Chile on Saturday closed its border crossings with Argentina after the cattle fever outbreak, "
        "officials said.",
    )
    assert found == [("policy", ["Argentina on Saturday cl"]), ("policy", ["Chile on Saturday closed"])]


def test_a_ban_and_the_neighbours_reply_are_two_measures() -> None:
    found = happenings(
        "Kenya on Saturday banned imports of maize from Uganda after aflatoxin was found in grain stores.",
        "Uganda on Saturday banned maize exports to Kenya to keep grain for its own markets.",
    )
    assert found == [("policy", ["Kenya on Saturday banned"]), ("policy", ["Uganda on Saturday banne"])]


def test_one_governments_measure_told_twice_is_one() -> None:
    found = happenings(
        "Kenya on Saturday banned imports of maize from Uganda after aflatoxin was found in grain stores.",
        "Kenyan authorities on Saturday banned Ugandan maize imports, citing aflatoxin in grain stores.",
    )
    assert found == [("policy", ["Kenya on Saturday banned", "Kenyan authorities on Sa"])]
