"""Duplicates merging must not leave apart: the same speaker named with and without a country, a
speaker's remarks and the act the report goes on to tell in the speaker's voice ("It added that ..."), and
one strike told by one report as an attack and by another as a toll. Happenings that share only a day
and a type stay apart. All texts are our own."""

from __future__ import annotations

import dataclasses

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from events.merge.clusters import ClusterIndex, cluster_mentions
from tests.reports import MONDAY, build_monday_reports

build = build_monday_reports


def test_a_speaker_named_with_and_without_a_country_is_one_voice() -> None:
    text = "The Harbour Authority said on Sunday that its offices in the port had been destroyed.\n"
    article = prepare_article("own-a.txt", text, SourceRow(published=MONDAY, outlet="Outlet A"))
    [said] = [m for m in extract_mentions(article, load_gazetteer()) if m.is_speech]
    assert said.speaker == "Harbour Authority" and not said.speaker_country
    # another outlet's report of the same remarks, whose reading gave the speaker a country
    placed = dataclasses.replace(said, article="own-b.txt", outlet="Outlet B", speaker_country="GBR")
    assert ClusterIndex.kind(said) == ClusterIndex.kind(placed)
    [event] = cluster_mentions([said, placed])
    assert {m.article for m in event.mentions} == {"own-a.txt", "own-b.txt"}


def test_what_a_speaker_is_said_to_do_next_is_part_of_its_remarks() -> None:
    found = build(
        "The Harbour Authority said on Sunday that its offices in the port had been destroyed.\n\n"
        "It added that divers would inspect the piers before ferries could dock."
    )
    assert found == [("statement", "2026-03-08", 1)]


def test_a_speaker_telling_of_another_matter_by_name_is_not_merged_for_the_speaker_alone() -> None:
    found = build(
        "The Harbour Authority said on Sunday that its offices in the port had been destroyed.\n\n"
        "The Harbour Authority said it was sending a team of divers to the lighthouse."
    )
    assert len(found) == 2


def test_one_strike_told_as_an_attack_and_as_a_toll_is_one_event() -> None:
    found = build(
        "An air strike hit a crowded market in Kharkiv on Sunday, regional officials said.",
        "Twelve people were killed at a market in Kharkiv on Sunday.",
    )
    assert found == [("attack", "2026-03-08", 2)]


def test_an_attack_and_a_toll_elsewhere_on_the_same_day_stay_two_events() -> None:
    found = build(
        "An air strike hit a crowded market in Kharkiv on Sunday, regional officials said.",
        "Floods killed 12 people in the Brazilian state of Bahia on Sunday.",
    )
    assert [f[0] for f in found] == ["attack", "casualties"]
