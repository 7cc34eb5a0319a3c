"""A count's comma is no clause's end: the happening a "since ..., when" clause tells keeps its whole count
(newcomer read: "when a ... killed more than 1" was left of a count with a thousands comma)."""

from __future__ import annotations

import datetime as dt

from tests.reports import build_reports

PUBLISHED = dt.date(2025, 3, 6)


def test_a_when_clause_after_since_keeps_its_count_whole() -> None:
    found = build_reports(
        (
            PUBLISHED,
            "The minister said the floods were the worst since 1953, when a storm surge killed "
            "more than 1,800 people.",
        )
    )
    assert ("casualties", "1953-01-01", "A storm surge killed more than 1,800 people") in [
        (kind, date, title) for kind, date, _end, title, _sources in found
    ]


def test_a_count_back_since_keeps_its_count_whole() -> None:
    found = build_reports(
        (
            PUBLISHED,
            "In the three weeks since a ferry carrying 1,200 passengers sank off Tarvos, divers "
            "have found 40 bodies.",
        )
    )
    # (three weeks back from Thursday 6 March, and the count whole in the title)
    assert ("2025-02-11", "2025-02-15", "A ferry carrying 1,200 passengers sank off Tarvos") in [
        (date, end, title) for _kind, date, end, title, _sources in found
    ]
