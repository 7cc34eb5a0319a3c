"""The date an event takes from its reports: reports that date a happening loosely agree on the days they
share, or are bounded by a report published within them. All texts are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reports import build_reports, report_mentions

from events.merge.clusters import Cluster, event_date


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


def test_a_later_report_of_other_counts_is_a_later_count() -> None:
    found = build_reports(
        (
            dt.date(2027, 3, 9),
            "A further 212 patients were confirmed with measles in Wessex today, bringing the total to "
            "1,040 cases.",
        ),
        (
            dt.date(2027, 3, 11),
            "Eighty-four new measles cases have been confirmed by the health agency, taking the total "
            "number of cases in the county to 377.",
        ),
    )
    # two days apart, and no count in common: the Thursday report tells a count of its own days
    assert sorted((f[1], f[4]) for f in found) == [("2027-03-09", 1), ("2027-03-11", 1)]
