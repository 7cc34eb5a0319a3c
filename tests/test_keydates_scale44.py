"""Key dates counted with days as timestamps and articles as numbers (the vectorised ranking): the same
counts, days and candidate sentences as counting the date objects and strings one by one, with the
awkward rows a real table holds (an article missing from sources.csv, a blank outlet, no publication
day, event times within the day)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from test_keydates import BURST_DAY, make_tables

from events.query import keydates
from events.schema import Tables


def test_days_of_timestamps_are_their_dates_and_missing_stays_missing() -> None:
    stamps = pd.Series(pd.to_datetime(["2024-03-04 17:30", None, "2024-03-04 00:00", "2023-12-31 23:59"]))
    made = keydates._dates_of(stamps).tolist()
    assert made[0] == made[2] == dt.date(2024, 3, 4)
    assert made[3] == dt.date(2023, 12, 31)
    assert made[1] is pd.NaT
    stamped = keydates._day_stamps(
        pd.Series([dt.date(2024, 3, 4), None, dt.date(2023, 12, 31)], dtype=object)
    )
    assert stamped.tolist()[0] == pd.Timestamp("2024-03-04")
    assert stamped.tolist()[2] == pd.Timestamp("2023-12-31")
    assert pd.isna(stamped.iloc[1])


def _awkward() -> Tables:
    """The small corpus with one article left out of sources.csv, one outlet blank and one article with
    no publication day."""
    tables = make_tables()
    sources = tables.sources[tables.sources["article"] != "ledger-burst.txt"].copy()
    sources.loc[sources["article"] == "post-burst.txt", "outlet"] = ""
    sources.loc[sources["article"] == "herald-promise.txt", "published"] = pd.NaT
    return Tables(tables.events, tables.mentions, sources)


def test_each_days_counts_are_those_counted_one_row_at_a_time() -> None:
    mentions = keydates._dated_mentions(_awkward())
    relevance = pd.Series(1.0, index=pd.unique(mentions["article"]))
    horizon = dt.date(2024, 3, 20)
    ranked = keydates.rank_days(mentions, relevance, horizon)
    assert all(type(day) is dt.date for day in ranked.index)
    rows = mentions.to_dict("records")
    for day, row in ranked.iterrows():
        on_day = [m for m in rows if m["day"] == day]
        assert row["articles"] == len({m["article"] for m in on_day})
        assert row["mentions"] == len(on_day)
        assert row["outlets"] == len({m["outlet"] for m in on_day if m["outlet_named"]})
        assert row["unnamed"] == len({m["article"] for m in on_day if not m["outlet_named"]})
        assert row["days_seen"] == (horizon - day).days
    burst = ranked.loc[BURST_DAY]
    # the article missing from sources.csv and the one with a blank outlet name no outlet
    assert burst["unnamed"] == 2
    # the later articles naming 4 March (published from 12 March) cite it; none other does
    assert burst["cited_by"] == 2
    assert ranked["cited_by"].sum() == 2


def test_a_days_candidates_come_in_article_then_text_order() -> None:
    mentions = keydates._dated_mentions(_awkward())
    pool = keydates._CandidatePool(mentions)
    dated, leads = pool.of(BURST_DAY)
    expected = mentions[mentions["date"].dt.date == BURST_DAY].sort_values(
        ["article", "start"], kind="stable"
    )
    assert [(c.article, c.start) for c in dated] == list(
        zip(expected["article"], expected["start"], strict=True)
    )
    assert all(type(c.start) is int and type(c.named) is bool for c in dated)
    # the leads of the articles published that day or the next whose own dates name no day
    assert {c.article for c in leads} <= set(mentions["article"])
    assert all(not c.named for c in leads)
