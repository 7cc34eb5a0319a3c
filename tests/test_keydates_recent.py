"""Key dates near the end of a table: a day the latest articles report has had less time to be reported
and cited than an older one, and is counted with the reports still to come.

The invented story: five days of a flood, each reported by one article the same day and two the next
day, so a third of a day's reports come out on the day itself. A day that ends the table (the horizon)
has only its same-day reports; an older day ("the levee day") has all of its three.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable

import pandas as pd
import pytest
from small_corpus import event_row, source_row

from events.query.keydates import _reason, key_dates, rank_days
from events.schema import Tables, validate

FIRST = dt.date(2024, 5, 1)
LEVEE_DAY = dt.date(2024, 5, 6)
LAST_DAY = dt.date(2024, 5, 10)


def _day(n: int) -> dt.date:
    return FIRST + dt.timedelta(days=n)


# (article, outlet, published, event day): days 0..4 and the levee day have one report the same day and
# two the next; the last day has two, both published on it.
REPORTS = [
    (f"r{n}-{k}.txt", f"Outlet {k}", day + dt.timedelta(days=1 if k else 0), day)
    for n, day in enumerate([*(_day(n) for n in range(5)), LEVEE_DAY])
    for k in range(3)
] + [(f"last-{k}.txt", f"Outlet {k}", LAST_DAY, LAST_DAY) for k in range(2)]


def _mentions() -> pd.DataFrame:
    rows = [
        {
            "article": article,
            "outlet": outlet,
            "published_day": published,
            "day": day,
            "event_type": "disaster",
            "contested": False,
            "date_basis": "publication" if published == day else "resolved",
        }
        for article, outlet, published, day in REPORTS
    ]
    return pd.DataFrame(rows)


def _even(mentions: pd.DataFrame) -> pd.Series:
    """Every article as much about the story as any other."""
    return pd.Series(1.0, index=pd.unique(mentions["article"]))


def test_the_day_the_table_ends_on_counts_the_reports_still_to_come() -> None:
    mentions = _mentions()
    ranked = rank_days(mentions, _even(mentions), horizon=LAST_DAY)
    # Two reports so far, of a day that gets a third of its reports on the day itself: six expected,
    # more than the levee day's three, all in.
    assert ranked.loc[LAST_DAY, "articles"] == 2
    assert ranked.loc[LAST_DAY, "expected"] == pytest.approx(6.0)
    assert ranked.loc[LEVEE_DAY, "expected"] == pytest.approx(3.0)
    assert list(ranked.index).index(LAST_DAY) < list(ranked.index).index(LEVEE_DAY)


def test_the_share_seen_is_counted_among_days_seen_long_enough() -> None:
    mentions = _mentions()
    ranked = rank_days(mentions, _even(mentions), horizon=LAST_DAY)
    # Of the reports of days seen for a day or more, 6 of 18 came out the same day: a third, not the
    # 8 of 20 of all reports (the last day's two could not yet have come later).
    assert ranked.loc[LAST_DAY, "seen_share"] == pytest.approx(1 / 3)
    assert ranked.loc[_day(0), "seen_share"] == 1.0


def test_a_day_long_before_the_latest_article_keeps_its_counts() -> None:
    mentions = _mentions()
    # The same reports in a table whose latest article came a month later: every day has been seen
    # for longer than any delay, the counts stand, and the levee day's three reports beat two.
    ranked = rank_days(mentions, _even(mentions), horizon=LAST_DAY + dt.timedelta(days=30))
    assert (ranked["expected"] == ranked["articles"]).all()
    assert list(ranked.index).index(LEVEE_DAY) < list(ranked.index).index(LAST_DAY)


def _tables() -> Tables:
    mentions, sources, events = [], [], []
    for number, (article, outlet, published, day) in enumerate(REPORTS):
        text = f"Floodwater from the swollen Kestrel river covered {number + 2} more streets of the town."
        event_id = f"ev-{number:010d}"
        mentions.append(
            {
                "event_id": event_id,
                "article": article,
                "sentence": text,
                "start": 0,
                "end": len(text),
                "date_text": "",
                "date_basis": "publication" if published == day else "resolved",
                "date_reason": "",
                "figures": "",
            }
        )
        sources.append(source_row(article, outlet, published, text))
        events.append(
            event_row(
                event_id,
                day,
                event_type="disaster",
                title="Floodwater covers more streets",
                locations="Kestrel",
                sources=article,
            )
        )
    return Tables(
        validate("events", pd.DataFrame(events)),
        validate("mentions", pd.DataFrame(mentions)),
        validate("sources", pd.DataFrame(sources)),
    )


def test_a_recent_day_is_chosen_and_says_its_reports_are_still_to_come() -> None:
    (top, second) = sorted(key_dates(_tables(), dates=2, sentences=1), key=lambda key: key.rank)
    assert top.day == LAST_DAY
    assert top.reason == (
        "reported by 2 articles from 2 outlets; most of its reports are likely still to come "
        "(the latest article is from that day)"
    )
    assert "still to come" not in second.reason


def test_a_table_seen_longer_than_its_articles_show_keeps_the_counts() -> None:
    # The same articles as part of a table whose latest article (on another topic, filtered out) came a
    # month later: the last flood day has been seen for a month and its two reports stand.
    days = key_dates(_tables(), dates=7, sentences=1, horizon=LAST_DAY + dt.timedelta(days=30))
    rank = {key.day: key.rank for key in days}
    assert rank[LEVEE_DAY] < rank[LAST_DAY]
    assert not any("still to come" in key.reason for key in days)


def test_a_day_seen_for_weeks_says_why_its_reports_are_still_to_come() -> None:
    # In an archive reported for a year, a day seen for fifty days may hold under half its reports: the
    # reason says so, or "still to come" beside "fifty days later" reads as a contradiction.
    row: dict[Hashable, float] = {
        "articles": 3,
        "outlets": 2,
        "cited_by": 0,
        "seen_share": 0.4,
        "days_seen": 50,
    }
    assert _reason(row) == (
        "reported by 3 articles from 2 outlets; most of its reports are likely still to come: the latest "
        "article came 50 days later, and in this archive a day gets most of its reports later than that"
    )
