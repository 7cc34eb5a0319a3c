"""A stray publication day (one article in a hundred, inferred from a date its report recalls) does not
stretch the timeline's opening frame over years: the chart opens on the days the archive was published."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from conftest import CLAIM
from dashboard_pages import open_link

from events.query.framing import publication_span
from events.query.views import DateRange
from events.schema import Tables
from events.store import write_tables

RECALLED = "ev-00000000b1"  # a day two years before the story, recalled by its reports


def days(*texts: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(texts)))


def inferred(*texts: str) -> pd.Series:
    """Which of `texts` were inferred: all but those marked with a leading "!" (given with the article)."""
    return pd.Series([t.startswith("!") for t in texts]).eq(False)


def span(*texts: str) -> DateRange | None:
    """The publication span of days `texts`, those marked with a leading "!" given, the rest inferred."""
    return publication_span(days(*(t.lstrip("!") for t in texts)), inferred(*texts))


OCTOBER = [f"2031-10-{d:02d}" for d in range(3, 23) for _ in range(10)]  # 200 articles, 3-22 Oct 2031
MONTHS = [f"2031-{m:02d}-{d:02d}" for m in range(3, 7) for d in range(1, 29, 3)]  # 40 articles, Mar-Jun


def test_a_stray_day_at_either_end_of_a_big_archive_is_left_out() -> None:
    assert span("2029-02-11", *OCTOBER, "2032-01-30") == DateRange(
        dt.date(2031, 10, 3), dt.date(2031, 10, 22)
    )
    # Far strays at both ends: neither end is measured against the other's stray.
    assert span("2029-02-11", *OCTOBER, "2035-01-30") == DateRange(
        dt.date(2031, 10, 3), dt.date(2031, 10, 22)
    )


def test_several_strays_more_than_one_in_a_hundred_are_all_left_out() -> None:
    strays = ["1998-05-01", "2007-09-11", "2030-04-07", "2030-05-28", "2030-09-09", "2031-06-02"]
    late = ["2031-12-04", "2033-05-31", "2034-05-02"]
    assert span(*strays, *OCTOBER, *late) == DateRange(dt.date(2031, 10, 3), dt.date(2031, 10, 22))


def test_given_days_are_never_set_aside() -> None:
    # Three follow-up articles eight months after a four-month story, given with their articles.
    follow_up = ["!2032-02-20", "!2032-02-21", "!2032-02-23"]
    assert span(*MONTHS, *follow_up) == DateRange(dt.date(2031, 3, 1), dt.date(2032, 2, 23))
    # A given day years early is a fact too; an inferred one as early is not.
    assert span("!2029-02-11", *OCTOBER) == DateRange(dt.date(2029, 2, 11), dt.date(2031, 10, 22))
    assert span("2029-02-11", *OCTOBER) == DateRange(dt.date(2031, 10, 3), dt.date(2031, 10, 22))


def test_days_close_to_the_rest_or_in_a_small_archive_are_all_kept() -> None:
    # A follow-up a week after the rest is part of the story, not a stray.
    assert span(*OCTOBER, "2031-10-29") == DateRange(dt.date(2031, 10, 3), dt.date(2031, 10, 29))
    # Three or ten articles: none of them can be told apart as a stray.
    assert span("2029-02-11", "2031-10-03", "2031-10-04") == DateRange(
        dt.date(2029, 2, 11), dt.date(2031, 10, 4)
    )
    ten = ["2029-02-11", *OCTOBER[::25], "2035-01-30"]
    assert span(*ten) == DateRange(dt.date(2029, 2, 11), dt.date(2035, 1, 30))
    # Two clusters of equal size are both the story.
    spring = [f"2030-03-{d:02d}" for d in range(1, 21) for _ in range(5)]
    assert span(*spring, *OCTOBER[:100]) == DateRange(dt.date(2030, 3, 1), dt.date(2031, 10, 12))
    # An archive without a known day has no span.
    assert publication_span(pd.Series(pd.to_datetime([None]))) is None


@pytest.fixture(scope="module")
def stray_data(tables: Tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test tables with a hundred more articles published within the story, one whose day was read
    years early, and an event of two years before that the stray's years would take in."""
    first = tables.sources.iloc[[0]]
    extra = [
        first.assign(article=f"wire-{n:03d}.txt", published=pd.Timestamp("2025-04-09")) for n in range(100)
    ]
    extra.append(
        first.assign(
            article="wire-stray.txt", published=pd.Timestamp("2019-05-01"), published_basis="inferred"
        )
    )
    folder = tmp_path_factory.mktemp("stray")
    sources = pd.concat([tables.sources, *extra], ignore_index=True)
    recalled = tables.events[tables.events["event_id"] == CLAIM].assign(
        event_id=RECALLED, date=pd.Timestamp("2023-06-01"), date_end=pd.Timestamp("2023-06-01"), linked=""
    )
    mentions = tables.mentions[tables.mentions["event_id"] == CLAIM].assign(event_id=RECALLED)
    write_tables(
        Tables(
            pd.concat([tables.events, recalled], ignore_index=True),
            pd.concat([tables.mentions, mentions], ignore_index=True),
            sources,
        ),
        folder,
    )
    return folder


def test_the_timeline_opens_on_the_story_not_on_a_stray_articles_day(
    stray_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(stray_data))
    app = open_link("timeline")
    (chart,) = app.get("plotly_chart")
    start, end = json.loads(chart.proto.spec)["layout"]["xaxis"]["range"]
    assert (str(start)[:10], str(end)[:10]) == ("2025-04-08", "2025-04-11")
