"""An undated act in the present perfect that joins no dated report (issue 7, recall on unseen text): a named
doer's arrival, departure, deployment, sending, opening or ending has just happened and is news of its
report's day; an act told over a span of time, or by nobody named, is still an aside and dropped. Every
sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import _movement_of_the_day
from tests.reports import build_reports

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026

LEAD = "The storm flooded the coastal towns of the province on Tuesday, officials said."


def events_of(sentence: str) -> list[tuple[str, str]]:
    return [(day, title) for _kind, day, _end, title, _n in build_reports((THU, LEAD + "\n\n" + sentence))]


def test_a_named_doers_arrival_sending_or_ending_is_news_of_the_day() -> None:
    for sentence in (
        "Two Ruritanian navy ships carrying tents have docked at the main harbour of the province.",
        "The Red Cross has sent a second team of nurses to the flooded towns.",
        "Army engineers from Northland have been deployed to rebuild the washed-out bridges.",
        "Meanwhile, the Coastal Railway has reopened its line between the two largest towns.",
    ):
        assert _movement_of_the_day(sentence), sentence
        found = events_of(sentence)
        # the storm of Tuesday, and the act on the report's own day
        assert sorted(day for day, _title in found) == ["2026-03-10", THU.isoformat()], (sentence, found)


def test_an_act_told_over_a_span_of_time_is_an_aside() -> None:
    for sentence in (
        "Since the spring, volunteers from the Red Cross have arrived in the valley every weekend.",
        "The Coastal Railway has often closed the line in winter storms.",
        "For years Northland has sent engineers to the region.",
    ):
        assert not _movement_of_the_day(sentence), sentence


def test_an_act_by_nobody_named_or_a_state_is_still_dropped() -> None:
    assert not _movement_of_the_day("The search for the two fishermen has ended.")
    assert not _movement_of_the_day("Parts of the Coastal Railway have been closed for repairs.")
    assert not _movement_of_the_day("If the Red Cross has sent nurses, the clinics will reopen.")
