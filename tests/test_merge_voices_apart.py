"""One report's happenings that merging keeps apart (branch merged24): two people named in full who speak
for one body, and two acts of one kind that the report dates one to its day and the other to a year only.
All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions
from tests.reports import build_monday_reports, report_mentions


def test_two_officers_of_one_body_named_in_one_report_are_two_voices() -> None:
    found = build_monday_reports(
        "Water Board energy adviser Mark Roe said on Sunday that the pipes under the river were safe.\n\n"
        "Ana Lund, the Water Board's chief operating officer, said on Sunday that the repairs would cost "
        "$4 million."
    )
    assert found == [("statement", "2026-03-08", 1), ("statement", "2026-03-08", 1)]


def test_an_officer_and_the_body_are_still_one_voice() -> None:
    found = build_monday_reports(
        "Ana Lund, the Water Board's chief operating officer, said on Sunday that the pipes were safe.\n\n"
        "The Water Board said on Sunday that the pipes under the river had been tested twice."
    )
    assert found == [("statement", "2026-03-08", 1)]


def test_a_person_named_in_full_then_by_surname_is_one_voice() -> None:
    found = build_monday_reports(
        "Water Board energy adviser Ana Lund said on Sunday that the pipes under the river were safe.\n\n"
        "Lund said on Sunday that the repairs would cost $4 million."
    )
    assert found == [("statement", "2026-03-08", 1)]


def test_an_act_of_the_day_and_one_of_the_year_are_two_acts() -> None:
    mentions = report_mentions(
        "Prime Minister Ana Lund held talks with the president of Norway in Oslo on Thursday.\n\n"
        "Ana Lund has cancelled a state visit to Norway twice this year.\n",
        dt.date(2026, 3, 12),
    )
    assert sorted(m.precision for m in mentions) == ["day", "year"]
    assert len(cluster_mentions(mentions)) == 2
