"""Other orders of the key dates (benchmarks/keydates_variants.py): a day scored by its happenings, event
kinds weighed by the table's own later citations, adjacent days told apart by repeated sentences.
Made-up stories only (the dam burst of tests/test_keydates.py)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from test_keydates import BURST_DAY, DRAINING_DAY, PROMISE_DAY, make_tables

from benchmarks.keydates_variants import VARIANTS, _repeats_neighbour, ordered, signals, timeline
from events.query import keydates as kd

ONE = dt.timedelta(days=1)
START, END = dt.date(2024, 3, 1), dt.date(2024, 3, 31)


def _signals() -> tuple[pd.DataFrame, pd.DataFrame]:
    return signals(make_tables(), START, END)


def test_a_day_of_one_event_scores_that_event_by_its_maximum_or_soft_maximum() -> None:
    table, _mentions = _signals()
    # 6 March holds one event (the governor's promise): its strongest event is all of it
    assert np.isclose(table.loc[PROMISE_DAY, "max_event_day"], table.loc[PROMISE_DAY, "soft_event_day"])
    # 4 March holds two (the burst, the deaths): the soft maximum adds the second to the strongest
    assert table.loc[BURST_DAY, "soft_event_day"] > table.loc[BURST_DAY, "max_event_day"]


def test_the_burst_is_the_strongest_happening_whichever_way_days_are_scored() -> None:
    table, _mentions = _signals()
    for column in ("current", "max_mention_day", "max_event_day", "alike_max", "typed_reports"):
        assert table[column].idxmax() == BURST_DAY, column


def test_every_variant_orders_every_day_once() -> None:
    table, _mentions = _signals()
    for variant in VARIANTS:
        days = ordered(variant, table, 2, (END - START).days + 1)
        assert sorted(days) == sorted(table.index), variant.label


def test_a_day_whose_sentence_repeats_a_chosen_neighbours_is_the_same_happening_told_again() -> None:
    vectors = kd.SentenceVectors({})
    chosen = {BURST_DAY: ["Floodwater from the burst dam swept through three riverside villages."]}
    retold = ["Floodwater from the burst dam swept through three villages by the river."]
    other = ["The regional governor promised to rebuild every damaged home within a year."]
    assert _repeats_neighbour(BURST_DAY + ONE, retold, chosen, vectors)
    assert _repeats_neighbour(BURST_DAY - ONE, retold, chosen, vectors)
    assert not _repeats_neighbour(BURST_DAY + ONE, other, chosen, vectors)
    # two days away is another day's news, whatever it repeats
    assert not _repeats_neighbour(BURST_DAY + 2 * ONE, retold, chosen, vectors)


def test_spread_by_content_keeps_every_day_it_has_room_for() -> None:
    table, mentions = _signals()
    in_range = kd._within(mentions, START, END)
    weights = kd.StoryWords.of(in_range["sentence"].tolist()).weights()
    days = ordered(VARIANTS[0], table, 3, (END - START).days + 1)
    plain = timeline(days, mentions, 3, 1, weights)
    spread = timeline(days, mentions, 3, 1, weights, by_content=True)
    # none of the dam story's days repeats a neighbour's sentence: the same days either way
    assert set(spread) == set(plain) == {BURST_DAY, PROMISE_DAY, DRAINING_DAY}


def test_weeks_share_the_dates_asked_so_a_quiet_weeks_milestone_gets_a_seat() -> None:
    from benchmarks.keydates_variants import _by_weeks

    busy = [dt.date(2024, 3, 4), dt.date(2024, 3, 5), dt.date(2024, 3, 6)]  # one Monday-to-Sunday week
    quiet = dt.date(2024, 3, 20)
    days = [*busy, quiet]
    scores = np.array([3.0, 3.0, 3.0, 2.5])
    # the plain order takes the busy week's three days; shared by weeks (9 against 2.5, Sainte-Laguë),
    # the third seat goes to the quiet week (9 / 5 < 2.5 / 1)
    assert _by_weeks(days, scores, 3)[:3] == [busy[0], busy[1], quiet]
    assert _by_weeks(days, scores, 2)[:2] == busy[:2]
    assert sorted(_by_weeks(days, scores, 3)) == sorted(days)


def test_a_later_citation_weighs_more_the_later_it_comes_and_official_acts_are_counted() -> None:
    table, _mentions = _signals()
    # log2 of a lag of two days or more is one or more: weighted citations never count less
    assert (table["cited_far"] >= table["recomputed"] - 1e-9).all()
    assert np.allclose(table["recomputed"], table["current"])
    assert (table["official"] >= 0).all() and (table["window_outlets"] >= 0).all()


def test_citations_in_leads_are_a_part_of_all_citations_and_weeks_share_only_when_asked() -> None:
    table, _mentions = _signals()
    assert (table["cited_in_leads"] <= table["recomputed"] + 1e-9).all()
    dense = next(v for v in VARIANTS if v.spread == "weeks_dense")
    sparse = next(v for v in VARIANTS if v.spread == "weeks_sparse")
    plain = ordered(VARIANTS[0], table, 2, 31)
    weekly = next(v for v in VARIANTS if v.spread == "weeks")
    # 2 dates over a 31-day range (5 weeks) is fewer than one a week: only the sparse rule shares them
    assert ordered(dense, table, 2, 31) == plain
    assert ordered(sparse, table, 2, 31) == ordered(weekly, table, 2, 31)


def test_each_kind_of_deed_has_one_first_day() -> None:
    table, mentions = _signals()
    deeds = kd._within(mentions, START, END)
    deeds = deeds[~deeds["event_type"].isin(("claim", "denial", "statement", "other"))]
    assert table["firsts"].sum() == deeds["event_type"].nunique()
