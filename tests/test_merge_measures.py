"""A measure is its government's (`same_happening`): two governments' measures of one day are two acts,
however much else they share; one government's measure told by two reports is one. All texts are our own."""

from __future__ import annotations

from reports import saturday_happenings


def test_two_governments_closing_a_shared_border_take_two_measures() -> None:
    found = saturday_happenings(
        "Argentina on Saturday closed its border with Chile to stop the spread of the cattle grivosis, the "
        "farm "
        "ministry said.",
        "Chile on Saturday closed its border crossings with Argentina after the cattle grivosis outbreak, "
        "officials said.",
    )
    assert found == [("policy", ["Argentina on Saturday cl"]), ("policy", ["Chile on Saturday closed"])]


def test_a_ban_and_the_neighbours_reply_are_two_measures() -> None:
    found = saturday_happenings(
        "Kenya on Saturday banned imports of maize from Uganda after aflatoxin was found in grain stores.",
        "Uganda on Saturday banned maize exports to Kenya to keep grain for its own markets.",
    )
    assert found == [("policy", ["Kenya on Saturday banned"]), ("policy", ["Uganda on Saturday banne"])]


def test_one_governments_measure_told_twice_is_one() -> None:
    found = saturday_happenings(
        "Kenya on Saturday banned imports of maize from Uganda after aflatoxin was found in grain stores.",
        "Kenyan authorities on Saturday banned Ugandan maize imports, citing aflatoxin in grain stores.",
    )
    assert found == [("policy", ["Kenya on Saturday banned", "Kenyan authorities on Sa"])]
