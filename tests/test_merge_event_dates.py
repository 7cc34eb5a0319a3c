"""The date an event takes from its reports, and what keeps two happenings of one story apart: reports
that date a happening loosely agree on the days they share or are bounded by a report published within
them; one voice's remarks in another report, on another matter, are another occasion; an act of no named
kind in another report needs more than the story's words. All texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reports import build_reports, report_mentions

from events.merge.clusters import Cluster, _same_act, event_date


def test_a_week_narrows_to_the_day_a_report_within_it_told_the_happening() -> None:
    found = build_reports(
        (
            dt.date(2027, 6, 21),
            "Northgate Shipping last week agreed to put $2bn into a compensation fund for the fishermen.",
        ),
        (
            dt.date(2027, 6, 16),
            "Northgate Shipping agreed to put $2bn into a compensation fund for the fishermen, the firm "
            "said.",
        ),
    )
    # "last week" of a Monday report is 14-20 June; the Wednesday report already told it
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [("agreement", "2027-06-16", "2027-06-16", 2)]


def test_two_reports_own_dates_agree_on_the_days_they_share() -> None:
    found = build_reports(
        (dt.date(2027, 5, 8), "Oil began washing ashore on the Marrow Islands last week."),
        (dt.date(2027, 5, 14), "Oil began washing ashore on the Marrow Islands in late April."),
    )
    # "last week" of a Saturday 8 May report is 26 April - 2 May; "late April" is April: 26-30 April
    assert [(f[1], f[2], f[4]) for f in found] == [("2027-04-26", "2027-04-30", 2)]


def test_a_planned_happening_keeps_the_date_it_is_planned_for() -> None:
    [plan] = [
        m
        for m in report_mentions(
            "Northgate Shipping will finish the new dock in August.", dt.date(2027, 6, 1), "plan.txt"
        )
        if m.planned
    ]
    told = dataclasses.replace(
        plan, article="told.txt", date_start=dt.date(2027, 8, 3), date_end=dt.date(2027, 8, 3)
    )
    told = dataclasses.replace(told, date_basis="publication", precision="day", published=dt.date(2027, 8, 3))
    when = event_date(Cluster([plan, told]))
    assert (when.start, when.end) == (dt.date(2027, 8, 1), dt.date(2027, 8, 31))


def test_one_voices_remarks_in_another_report_on_another_matter_are_another_occasion() -> None:
    found = build_reports(
        (
            dt.date(2027, 7, 12),
            "Output from the Karsk field is dropping about 10 percent a year, Norland Petroleum said on "
            "Sunday.",
        ),
        (dt.date(2027, 7, 12), "Norland Petroleum said the clean-up of the bay had cost it $3bn so far."),
        (
            dt.date(2027, 7, 12),
            "Norland Petroleum said the clean-up of the bay had been slower than planned.",
        ),
    )
    # the two reports that tell of the clean-up are one occasion; Sunday's output figures are another
    assert sorted((f[1], f[4]) for f in found) == [("2027-07-11", 1), ("2027-07-12", 2)]


def test_an_act_of_no_named_kind_in_another_report_needs_more_than_the_storys_words() -> None:
    fell = report_mentions(
        "Northgate Shipping's shares fell sharply on Tuesday after the failure of its attempt to refloat "
        "the tanker.",
        dt.date(2027, 6, 1),
        "fell.txt",
    )[0]
    watched = report_mentions(
        "On Tuesday, in a shed by the harbour, a fisherman watched the news as Northgate Shipping "
        "abandoned its attempt to save the tanker.",
        dt.date(2027, 6, 5),
        "watched.txt",
    )[0]
    party = ("Northgate Shipping",)
    fell, watched = (dataclasses.replace(m, actors=party) for m in (fell, watched))
    # "attempt" and "tanker", the story's words, are all the two reports share besides the company
    assert not _same_act(watched, Cluster([fell]), set(party))
    # within one report the same two words still tell one act
    assert _same_act(dataclasses.replace(watched, article="fell.txt"), Cluster([fell]), set(party))
