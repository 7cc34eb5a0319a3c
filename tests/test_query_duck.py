"""The DuckDB query path answers as the pandas path does, reads the stored partitions only, and serves the
dashboard."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from conftest import CLAIM, ROOT
from small_corpus import make_tables
from streamlit.testing.v1 import AppTest

from benchmarks.timeline_figures import synthetic_tables
from events.errors import DataError
from events.query.actors import ActorCounts
from events.query.changes import compare_versions
from events.query.disputes import claims_with_answers, disputed_figures
from events.query.duck import EventQuery
from events.query.exports import FORMATS, render_export, write_source
from events.query.figures import _bins, facet_time_figure, pairs_figure, timeline_figure
from events.query.filters import (
    Filters,
    apply_filters,
    countries_as_read,
    facet_counts,
    facet_options,
    facet_values,
)
from events.query.frames import FrameQuery
from events.query.review import ReviewHead
from events.query.views import DateRange
from events.schema import Tables, validate
from events.store import generations as store
from events.store import load_tables, write_tables

WORDS = [
    "Tuesday",
    "ZELENSKY",
    "50% of",
    "a_b",
    "O'Brien",
    "Kyiv's",
    "naïve",
    "drone",
    "'; DROP TABLE events; --",
]


def varied_tables(n: int = 4000, seed: int = 3) -> Tables:
    """The benchmark's synthetic table with every column a filter reads made to vary: places, several
    sources per event, outlets with and without names, titles and sentences with quotes, wildcards and
    accents, repeated items, a value holding the separator, and events that answer others."""
    rng = np.random.default_rng(seed)
    tables = synthetic_tables(n, seed=seed)
    events = tables.events.copy()
    articles = tables.sources["article"].to_numpy()
    places = np.array(["Kyiv", "Kharkiv;Odesa", "", "Odesa", "Kyiv;Kyiv", "O'Brien Street"])
    events["locations"] = places[rng.integers(0, len(places), n)]
    actors = np.array(["Russia", "Ukraine;Russia", "O'Brien", "", "NATO;USA;NATO", "Lin Jian"])
    events["actors"] = actors[rng.integers(0, len(actors), n)]
    second = articles[rng.integers(0, len(articles), n)]
    several = rng.random(n) < 0.3
    events["sources"] = np.where(
        several,
        np.char.add(np.char.add(events["sources"].to_numpy(str), ";"), second),
        events["sources"].to_numpy(str),
    )
    # Some events have no country, and of those that have one about a third are inferred from where
    # their report is set ("report"), which "only countries the reports name" reads as none.
    countries = np.array(["RUS;UKR", "CHN", "", "UKR;CHN;RUS", "PRK;RUS", "USA", "GBR", ""])
    events["countries"] = countries[rng.integers(0, len(countries), n)]
    inferred = rng.random(n) < 0.35
    events["country_basis"] = np.where(events["countries"] == "", "", np.where(inferred, "report", "named"))
    words = np.array(WORDS)
    events["background"] = rng.random(n) < 0.09  # more than the timeline draws one by one
    events["title"] = np.char.add("Report about ", words[rng.integers(0, len(words), n)])
    ids = events["event_id"].to_numpy(str)  # some answer another event, or two
    answers = np.where(
        rng.random(n) < 0.3, np.char.add(np.char.add(np.roll(ids, 1), ";"), np.roll(ids, 2)), np.roll(ids, 1)
    )
    events["linked"] = np.where(rng.random(n) < 0.05, answers, "")
    mentions = tables.mentions.copy()
    mentions["sentence"] = np.char.add("Officials said ", words[rng.integers(0, len(words), n)])
    sources = tables.sources.assign(
        published_basis="given", published_evidence="", sha256="0" * 64, title="Synthetic article"
    )
    sources["outlet"] = np.where(np.arange(len(sources)) % 4 == 0, "", sources["outlet"].to_numpy(str))
    return Tables(validate("events", events), validate("mentions", mentions), validate("sources", sources))


@pytest.fixture(scope="module")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    write_tables(varied_tables(), folder)
    return folder


@pytest.fixture(scope="module")
def synthetic_query(synthetic_dir: Path) -> Iterator[EventQuery]:
    """One query of `synthetic_dir` for the module, as the dashboard shares one between its readers and
    reruns: opening a connection over the many monthly files and reading the coded columns is paid once
    per worker, not once per test. Read only; a test about opening or closing opens its own."""
    query = EventQuery.open(synthetic_dir)
    yield query
    query.close()


@pytest.fixture(scope="module")
def loaded_synthetic(synthetic_dir: Path) -> Tables:
    """`synthetic_dir`'s tables loaded once for the module: the pandas answers every test compares with.
    Read only (pandas' copy-on-write keeps a test's derived frames from writing into them)."""
    return load_tables(synthetic_dir)


FILTERS = [
    Filters(),
    Filters(start=dt.date(2025, 4, 9)),
    Filters(end=dt.date(2024, 2, 1)),
    Filters(start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30)),
    Filters(types=("claim", "denial", "capture")),
    Filters(actors=("Russia",)),
    Filters(actors=("O'Brien", "NATO")),
    Filters(actors=("Ukraine;Russia",)),  # a run of items, as the pandas path's pattern matches it
    Filters(countries=("CHN",)),
    Filters(countries=("RUS", "PRK")),
    Filters(locations=("Kyiv",)),
    Filters(locations=("Odesa", "O'Brien Street")),
    Filters(outlets=("BBC",)),
    Filters(outlets=("Reuters", "article-0.txt")),
    Filters(query="tuesday"),
    Filters(query="zelensky"),
    Filters(query="50%"),
    Filters(query="a_b"),
    Filters(query="'; DROP TABLE events; --"),
    Filters(query="NAÏVE"),
    Filters(query="Officials"),
    Filters(query="nothing at all"),
    Filters(min_sources=3),
    Filters(min_sources=99),
    Filters(contested_only=True),
    Filters(include_background=False),
    Filters(
        start=dt.date(2023, 1, 1),
        types=("claim", "attack"),
        actors=("Russia",),
        outlets=("BBC",),
        min_sources=2,
        include_background=False,
    ),
    Filters(named_countries_only=True),
    Filters(countries=("CHN",), named_countries_only=True),
    Filters(countries=("RUS", "GBR"), types=("claim", "attack"), named_countries_only=True),
    Filters(countries=("UKR;CHN",), named_countries_only=True),  # a run of items: matched in SQL
    Filters(actors=("Russia",), min_sources=2, named_countries_only=True),
]
BUNDLED_FILTERS = [
    Filters(),
    Filters(types=("claim", "denial")),
    Filters(countries=("CHN",)),
    Filters(actors=("Russia",)),
    Filters(query="chinese"),
    Filters(contested_only=True),
    Filters(min_sources=2),
    Filters(include_background=False),
    Filters(start=dt.date(2025, 4, 9), end=dt.date(2025, 4, 10)),
    Filters(outlets=("NBC News",)),
    Filters(locations=("Kyiv",)),
    # Tables written before `country_basis` read "" there: every country is kept as named.
    Filters(countries=("CHN",), named_countries_only=True),
]


def assert_same_tables(left: Tables, right: Tables) -> None:
    for (name, a), (_, b) in zip(left.items(), right.items(), strict=True):
        pd.testing.assert_frame_equal(a, b, obj=name)


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_filters_and_facet_counts_equal_the_pandas_path_on_a_synthetic_table(
    synthetic_query: EventQuery, loaded_synthetic: Tables, filters: Filters
) -> None:
    tables = loaded_synthetic
    query = synthetic_query
    assert_same_tables(query.filter_tables(filters), apply_filters(tables, filters))
    assert query.facet_counts(filters) == facet_counts(tables, filters)
    assert query.count(filters) == len(apply_filters(tables, filters).events)


@pytest.mark.parametrize("filters", BUNDLED_FILTERS, ids=repr)
def test_filters_and_facet_counts_equal_the_pandas_path_on_the_bundled_data(
    data_dir: Path, tables: Tables, filters: Filters
) -> None:
    query = EventQuery.open(data_dir)
    assert_same_tables(query.filter_tables(filters), apply_filters(tables, filters))
    assert query.facet_counts(filters) == facet_counts(tables, filters)


# What the pages read of the filtered events: the projections they ask for (see ui/ and app_pages/).
PROJECTIONS: list[tuple[tuple[str, ...] | None, tuple[str, ...] | None]] = [
    (("event_id", "date", "date_end", "precision", "background"), ()),
    (("event_id", "event_type", "date", "contested", "linked", "figures"), ()),
    (("date", "background", "actors", "countries"), ()),
    (
        ("event_id", "date", "event_type", "contested", "precision", "planned"),
        ("event_id", "sentence", "start"),
    ),
    (("event_id",), ("article", "start", "end", "date_text", "event_id")),
    ((), ("event_id", "date_text")),
    (None, ()),
]


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_every_question_a_page_asks_gets_the_pandas_answer(
    synthetic_query: EventQuery, loaded_synthetic: Tables, filters: Filters
) -> None:
    frames = FrameQuery(loaded_synthetic)
    query = synthetic_query
    assert query.count(filters) == frames.count(filters)
    assert query.span(filters) == frames.span(filters)
    for background, exact in ((True, False), (False, True), (True, True)):
        assert query.span(filters, background=background, exact=exact) == frames.span(
            filters, background=background, exact=exact
        )
    for events, mentions in PROJECTIONS:
        assert_same_tables(
            query.filter_tables(filters, events=events, mentions=mentions),
            frames.filter_tables(filters, events=events, mentions=mentions),
        )
    for offset, limit in ((0, 0), (0, 7), (30, 50)):
        got, total = query.events_page(filters, offset=offset, limit=limit)
        expected, expected_total = frames.events_page(filters, offset=offset, limit=limit)
        assert total == expected_total
        pd.testing.assert_frame_equal(got, expected)
    # Fingerprints differ in kind between the paths; each gives one per filtered event.
    assert len(query.fingerprints(filters)) == len(frames.fingerprints(filters)) == frames.count(filters)


@pytest.mark.parametrize("where", ["synthetic", "bundled"])
def test_one_events_rows_links_and_articles_are_the_pandas_answers(
    synthetic_dir: Path, data_dir: Path, where: str
) -> None:
    folder = synthetic_dir if where == "synthetic" else data_dir
    tables = load_tables(folder)
    frames, query = FrameQuery(tables), EventQuery.open(folder)
    assert (query.total(), query.date_bounds(), query.most_sources()) == (
        frames.total(),
        frames.date_bounds(),
        frames.most_sources(),
    )
    linked = tables.events.loc[tables.events["linked"] != "", "linked"]
    answered = {other for cell in linked for other in cell.split(";")}
    chosen = [*list(tables.events["event_id"].iloc[::97]), *sorted(answered)[:5], "ev-not-there"]
    for event_id in chosen:
        assert_same_tables(query.event_tables([event_id]), frames.event_tables([event_id]))
        assert query.linked_to(event_id) == frames.linked_to(event_id)
    assert any(query.linked_to(event_id) for event_id in answered)
    assert_same_tables(query.event_tables(chosen), frames.event_tables(chosen))
    assert_same_tables(query.event_tables([]), frames.event_tables([]))
    for article in [*list(tables.sources["article"].iloc[::7]), "no-such-article.txt"]:
        assert_same_tables(query.article_tables(article), frames.article_tables(article))


def doubtful_tables(n: int = 3000, seed: int = 5) -> Tables:
    """`varied_tables` with every reason for doubt made to vary: confidences (some equal, some at the
    threshold), date bases, reviewed events, twins (titles sharing words, actors in common, a few days
    apart) and events whose mentions date them in words that differ, or differ only in case or spaces."""
    rng = np.random.default_rng(seed)
    tables = varied_tables(n, seed=seed)
    events = tables.events.copy()
    events["confidence"] = np.where(
        rng.random(n) < 0.5, rng.choice([0.2, 0.5, 0.65, 0.8], n), rng.random(n).round(4)
    )
    events["date_basis"] = rng.choice(["explicit", "resolved", "context", "publication"], n)
    events["reviewed"] = rng.random(n) < 0.2
    titles = np.array(["Strike on the port of Odesa", "Port of Odesa struck again", "Talks in Geneva",
                       "The talks in GENEVA resume", "Naïve claim about drones", "An"])  # fmt: skip
    events["title"] = titles[rng.integers(0, len(titles), n)]
    mentions = tables.mentions.copy()
    again = mentions.sample(frac=0.4, random_state=seed).copy()
    words = np.array(["8 April", "on tuesday", "On Tuesday", " ", "\u00a0", "", "last week"])
    again["date_text"] = words[rng.integers(0, len(words), len(again))]
    mentions = pd.concat([mentions, again], ignore_index=True)
    return validate_tables(Tables(events, mentions, tables.sources))


def validate_tables(tables: Tables) -> Tables:
    return Tables(*(validate(name, frame) for name, frame in tables.items()))


@pytest.fixture(scope="module")
def doubtful_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("doubtful")
    write_tables(doubtful_tables(), folder)
    return folder


@pytest.fixture(scope="module")
def doubtful_query(doubtful_dir: Path) -> Iterator[EventQuery]:
    """One query of `doubtful_dir` for the module (its review queue ranked once, as a shared query ranks
    it once for every reader)."""
    query = EventQuery.open(doubtful_dir)
    yield query
    query.close()


@pytest.fixture(scope="module")
def loaded_doubtful(doubtful_dir: Path) -> Tables:
    return load_tables(doubtful_dir)


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(types=("claim", "denial")), Filters(actors=("Russia",)), Filters(query="zzz")],
    ids=repr,
)
def test_the_review_queues_count_and_head_are_the_pandas_answer(
    doubtful_query: EventQuery, loaded_doubtful: Tables, filters: Filters
) -> None:
    whole = FrameQuery(loaded_doubtful).review_head(filters, 10_000)
    query = doubtful_query
    for limit in (0, 1, 60, 10_000):
        assert query.review_head(filters, limit) == ReviewHead(whole.waiting, whole.first[:limit])
    for offset in (1, 12, 24, whole.waiting - 5, whole.waiting + 1):  # pages further down
        page = query.review_head(filters, 12, offset)
        assert page == ReviewHead(whole.waiting, whole.first[offset : offset + 12])
    reasons = {reason.split(" ")[0] for item in whole.first for reason in item.reasons}
    if filters == Filters():  # every reason is met, and twins are offered
        assert {"low", "a", "date", "dated", "contested:", "merged", "may"} <= reasons
    assert 0 < whole.waiting < 3000 or filters.query


def test_a_filtered_review_queue_is_the_whole_queue_kept_to_the_filtered_events(
    doubtful_query: EventQuery, loaded_doubtful: Tables
) -> None:
    tables = loaded_doubtful
    whole = FrameQuery(tables).review_head(Filters(), 10_000).first
    query = doubtful_query
    hidden_twins = 0
    for filters in (Filters(types=("claim", "denial")), Filters(query="odesa"), Filters(min_sources=3)):
        shown = set(apply_filters(tables, filters).events["event_id"])
        kept = tuple(item for item in whole if item.event_id in shown)
        assert query.review_head(filters, 10_000) == ReviewHead(len(kept), kept)
        hidden_twins += sum(1 for item in kept if item.twin and item.twin not in shown)
    assert (
        hidden_twins
    )  # a twin is offered whether or not the filters show it: it is a duplicate all the same


def test_an_unchanged_event_keeps_its_fingerprint_and_a_changed_one_does_not(tmp_path: Path) -> None:
    tables = varied_tables(n=300)
    write_tables(tables, tmp_path)
    first = store.tables_version(tmp_path)
    events = tables.events.copy()
    events.loc[events.index[:3], "event_type"] = "other"
    write_tables(Tables(events, tables.mentions, tables.sources), tmp_path)
    for old, new in (
        (EventQuery.open(tmp_path, first), EventQuery.open(tmp_path)),
        (FrameQuery(store.load_version(tmp_path, first)), FrameQuery(load_tables(tmp_path))),
    ):
        was, now = old.fingerprints(Filters()), new.fingerprints(Filters())
        changed = sorted(events["event_id"].iloc[:3])
        before, after = old.events_without(Filters(), now), new.events_without(Filters(), was)
        assert sorted(before.events["event_id"]) == sorted(after.events["event_id"]) == changed
        assert_same_tables(after, new.event_tables(changed))  # with their mentions and sources
        assert_same_tables(before, old.event_tables(changed))
        assert new.events_without(Filters(), new.fingerprints(Filters())).events.empty


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_claims_with_their_answers_are_the_pandas_answers(
    synthetic_query: EventQuery, loaded_synthetic: Tables, filters: Filters
) -> None:
    expected = claims_with_answers(apply_filters(loaded_synthetic, filters).events)
    query = synthetic_query
    assert query.claims_answered(filters) == FrameQuery(loaded_synthetic).claims_answered(filters) == expected
    assert query.disputed(filters) == disputed_figures(apply_filters(loaded_synthetic, filters))


def test_the_bundled_claims_and_disputed_figures_are_the_pandas_answers(
    data_dir: Path, tables: Tables
) -> None:
    query, frames = EventQuery.open(data_dir), FrameQuery(tables)
    for filters in (Filters(), Filters(contested_only=True), Filters(countries=("CHN",))):
        assert query.claims_answered(filters) == frames.claims_answered(filters)
        assert query.disputed(filters) == frames.disputed(filters)
    assert query.claims_answered(Filters()) and query.disputed(Filters())


@pytest.mark.parametrize(
    "filters", [Filters(), Filters(types=("claim", "statement")), Filters(query="drone")]
)
def test_the_changes_since_a_version_read_from_the_differing_events_are_the_whole_tables_changes(
    tmp_path: Path, filters: Filters
) -> None:
    tables = varied_tables(n=400)
    write_tables(tables, tmp_path)
    first = store.tables_version(tmp_path)
    events = tables.events.copy()
    events.loc[events.index[:4], "event_type"] = "claim"  # retyped
    events.loc[events.index[4:9], "date"] += pd.Timedelta(days=2)  # redated
    events.loc[events.index[4:9], "date_end"] += pd.Timedelta(days=2)
    events.loc[events.index[9:12], "sources"] += ";" + str(tables.sources["article"].iloc[-1])
    gone = events.index[12:15]
    mentions = tables.mentions[~tables.mentions["event_id"].isin(events.loc[gone, "event_id"])]
    write_tables(Tables(events.drop(gone), mentions, tables.sources), tmp_path)
    older, newer = store.load_version(tmp_path, first), load_tables(tmp_path)
    expected = compare_versions(apply_filters(older, filters), apply_filters(newer, filters))
    assert not expected.is_empty
    for old, new in (
        (EventQuery.open(tmp_path, first), EventQuery.open(tmp_path)),
        (FrameQuery(older), FrameQuery(newer)),
    ):
        was, now = old.fingerprints(filters), new.fingerprints(filters)
        changes = compare_versions(old.events_without(filters, now), new.events_without(filters, was))
        assert changes == expected


def test_facet_options_come_in_the_pandas_order(
    synthetic_query: EventQuery, loaded_synthetic: Tables, data_dir: Path, tables: Tables
) -> None:
    assert EventQuery.open(data_dir).facet_options() == facet_options(tables)
    options = synthetic_query.facet_options()
    assert options == facet_options(loaded_synthetic)
    assert list(options["outlet"]) == list(facet_options(loaded_synthetic)["outlet"])


def test_a_page_of_events_is_the_date_ordered_slice(
    synthetic_query: EventQuery, loaded_synthetic: Tables
) -> None:
    tables = loaded_synthetic
    query = synthetic_query
    filters = Filters(types=("claim", "attack"))
    within = DateRange(dt.date(2025, 4, 1), dt.date(2025, 4, 20))
    events = apply_filters(tables, filters).events
    # Background events by their dates too: the strip above the lanes shares the lanes' date axis.
    inside = (events["date_end"] >= pd.Timestamp(within.start)) & (events["date"] <= pd.Timestamp(within.end))
    ordered = events[inside].sort_values(["date", "date_end", "event_id"], kind="stable")
    page, total = query.events_page(filters, within=within, offset=40, limit=25)
    assert total == len(ordered)
    pd.testing.assert_frame_equal(page, ordered.iloc[40:65])
    empty, total = query.events_page(filters, within=within, offset=10**6, limit=25)
    assert empty.empty and total == len(ordered)


@pytest.mark.parametrize("named", [False, True])
@pytest.mark.parametrize("lanes", ["type", "country", "actor", "outlet"])
def test_timeline_counts_are_the_figures_squares(
    synthetic_query: EventQuery, loaded_synthetic: Tables, lanes: str, named: bool
) -> None:
    tables = loaded_synthetic
    filters = Filters(min_sources=2, named_countries_only=named)
    counts = synthetic_query.timeline_counts(filters, lanes)
    shown = countries_as_read(apply_filters(tables, filters), filters)
    main = Tables(shown.events[~shown.events["background"]], shown.mentions, shown.sources)
    assert counts.span == DateRange(main.events["date"].min().date(), main.events["date_end"].max().date())
    lane_of = main.events["event_type"] if lanes == "type" else facet_values(main, lanes)
    days = main.events.loc[lane_of.index, "date"].to_numpy("datetime64[D]")
    index, starts, unit = _bins(days, counts.span)
    expected = (
        pd.Series(1, index=pd.MultiIndex.from_arrays([lane_of.to_numpy(str), starts[index]]))
        .groupby(level=[0, 1])
        .sum()
    )
    got = {(cell.lane, np.datetime64(cell.start, "D")): cell.count for cell in counts.cells}
    assert unit == counts.unit
    assert got == {(lane, start): int(n) for (lane, start), n in expected.items()}


def test_queries_read_the_stored_files_and_never_write(synthetic_dir: Path, tmp_path: Path) -> None:
    def fingerprint() -> dict[str, tuple[str, int]]:
        return {
            str(path): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for path in sorted(synthetic_dir.rglob("*"))
            if path.is_file()
        }

    before = fingerprint()
    query = EventQuery.open(synthetic_dir)
    for filters in FILTERS[:6]:
        query.filter_tables(filters)
        query.facet_counts(filters)
        query.events_page(filters)
        query.timeline_counts(filters)
    assert fingerprint() == before
    connection: Any = query._con  # the test reaches in: no method of EventQuery writes
    generation = next((synthetic_dir / "tables").iterdir())
    for statement in (
        f"COPY events TO '{generation / 'copy.parquet'}' (FORMAT parquet)",
        f"COPY events TO '{tmp_path / 'elsewhere.csv'}'",
        f"ATTACH '{tmp_path / 'other.duckdb'}'",
        "SET enable_external_access = true",
        "SELECT * FROM read_csv('/etc/hostname')",
    ):
        for handle in (connection, connection.cursor()):  # each query runs on a cursor of the connection
            with pytest.raises(Exception, match=r"Permission|configuration"):
                handle.execute(statement)
    assert fingerprint() == before
    assert not (generation / "copy.parquet").exists() and not list(tmp_path.iterdir())


def test_a_damaged_partition_is_refused_when_opened(tmp_path: Path) -> None:
    write_tables(make_tables("alpha"), tmp_path)
    (part,) = (tmp_path / "tables").glob("*/events/year=*/month=*/part-0.parquet")
    part.write_bytes(part.read_bytes()[:-10])
    with pytest.raises(DataError, match="damaged"):
        EventQuery.open(tmp_path)


def test_mentions_without_a_dated_event_lie_in_the_undated_partition_and_are_queried(tmp_path: Path) -> None:
    tables = make_tables("alpha", n_events=2)
    orphan = tables.mentions.iloc[[0]].assign(event_id="ev-00000000aa", sentence="An orphan sentence.")
    stored = Tables(tables.events, pd.concat([tables.mentions, orphan], ignore_index=True), tables.sources)
    write_tables(stored, tmp_path)
    (generation,) = (tmp_path / "tables").iterdir()
    undated = generation / f"mentions/year={store.UNDATED}/month={store.UNDATED}/part-0.parquet"
    assert undated.is_file()
    query = EventQuery.open(tmp_path)
    loaded = load_tables(tmp_path)
    assert_same_tables(query.filter_tables(Filters()), apply_filters(loaded, Filters()))
    assert query.count(Filters(query="orphan")) == 0
    assert query.facet_counts(Filters(query="alpha")) == facet_counts(loaded, Filters(query="alpha"))


def test_an_empty_table_is_queried_as_empty(tmp_path: Path) -> None:
    tables = make_tables("empty")
    write_tables(Tables(tables.events.iloc[0:0], tables.mentions.iloc[0:0], tables.sources), tmp_path)
    loaded = load_tables(tmp_path)
    query = EventQuery.open(tmp_path)
    assert query.total() == 0 and query.date_bounds() is None
    assert query.facet_counts(Filters()) == facet_counts(loaded, Filters())
    assert_same_tables(query.filter_tables(Filters()), apply_filters(loaded, Filters()))
    assert query.timeline_counts(Filters()).cells == []


def test_a_kept_older_version_is_queried_as_it_was(tmp_path: Path) -> None:
    write_tables(make_tables("first", n_events=3), tmp_path)
    first = store.tables_version(tmp_path)
    write_tables(make_tables("second", n_events=1), tmp_path)
    assert EventQuery.open(tmp_path, first).total() == 3
    assert EventQuery.open(tmp_path).total() == 1


def sidebar_labels(app: AppTest) -> dict[str, list[str]]:
    labels = {}
    for widget in app.sidebar.multiselect:
        labels[widget.label] = [widget.format_func(option) for option in widget.options]
    labels["caption"] = [caption.value for caption in app.sidebar.caption]
    labels["checkboxes"] = [box.label for box in app.sidebar.checkbox]
    return labels


def test_the_timeline_page_on_the_duckdb_path_shows_what_the_pandas_path_shows(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    asked: list[Filters] = []
    counted = EventQuery.facet_counts

    def counting(self: EventQuery, filters: Filters) -> Any:
        asked.append(filters)
        return counted(self, filters)

    monkeypatch.setattr(EventQuery, "facet_counts", counting)
    link = {"type": ["capture", "claim", "denial"], "country": "CHN", "event": CLAIM}
    runs = {}
    for path, least in (("duckdb", "0"), ("pandas", str(10**9))):
        monkeypatch.setenv("NEWS_TIMELINE_DUCKDB_MIN_EVENTS", least)
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        app.query_params.update(link)
        app.run()
        assert not app.exception, [e.value for e in app.exception]
        assert app.get("plotly_chart")
        runs[path] = sidebar_labels(app)
        app.sidebar.multiselect(key="w:filter:type").set_value(["denial"]).run()
        assert not app.exception
        runs[f"{path} after"] = sidebar_labels(app)
    assert len(asked) == 2  # the DuckDB path's two runs asked DuckDB; the pandas path's did not
    assert runs["duckdb"] == runs["pandas"]
    assert runs["duckdb after"] == runs["pandas after"]
    assert any("· 0" in label for label in runs["duckdb"]["Event type"])


@pytest.mark.parametrize("lanes", ["type", "country", "outlet"])
def test_the_timeline_figure_from_the_duckdb_rows_is_the_pandas_one(
    synthetic_query: EventQuery, loaded_synthetic: Tables, lanes: str
) -> None:
    tables = loaded_synthetic
    query = synthetic_query
    for filters in (
        Filters(types=("claim",), countries=("CHN",)),
        Filters(start=dt.date(2025, 4, 1)),
        Filters(start=dt.date(2025, 4, 1), named_countries_only=True),
    ):
        expected = timeline_figure(
            countries_as_read(apply_filters(tables, filters), filters), lanes, selected=""
        )
        drawn = timeline_figure(query.timeline_tables(filters, lanes), lanes, selected="")
        assert (drawn.mode, drawn.shown, drawn.note, drawn.view) == (
            expected.mode,
            expected.shown,
            expected.note,
            expected.view,
        )
        assert drawn.figure.to_plotly_json() == expected.figure.to_plotly_json()


@pytest.mark.parametrize("lanes", ["type", "country", "actor", "outlet"])
def test_the_counted_timeline_of_a_big_table_is_the_pandas_figure(
    synthetic_query: EventQuery, loaded_synthetic: Tables, lanes: str
) -> None:
    tables = loaded_synthetic
    query = synthetic_query
    modes, strip_marks = [], []
    for filters, zoom in (
        (Filters(), None),  # counts, with both strips counted
        (Filters(), DateRange(dt.date(2024, 1, 1), dt.date(2025, 6, 30))),  # counts inside a long zoom
        (Filters(min_sources=3), None),  # the background strip few enough to draw one by one
        (Filters(), DateRange(dt.date(2025, 4, 10), dt.date(2025, 4, 11))),  # marks: drawn from rows
        (Filters(named_countries_only=True), None),  # counts, inferred countries in the "(none)" lane
        (Filters(named_countries_only=True), DateRange(dt.date(2025, 4, 10), dt.date(2025, 4, 11))),
    ):
        expected = FrameQuery(tables).timeline_plot(filters, lanes, zoom)
        drawn = query.timeline_plot(filters, lanes, zoom)
        modes.append(drawn.mode)
        strip_marks.append(  # a single event drawn in the strip above the lanes
            any(
                trace.get("xaxis") == "x2" and str(trace["customdata"][0][0]).startswith("ev-")
                for trace in drawn.figure.to_plotly_json()["data"]
                if len(trace.get("customdata", []))
            )
        )
        assert (drawn.mode, drawn.shown, drawn.note, drawn.view) == (
            expected.mode,
            expected.shown,
            expected.note,
            expected.view,
        )
        assert drawn.figure.to_plotly_json() == expected.figure.to_plotly_json()
    assert modes[0] == modes[2] == "counts" and modes[3] == "events", modes
    assert strip_marks[2] and not strip_marks[0]


def _views_script() -> None:
    import streamlit as st

    from events.query.filters import Filters
    from ui import data

    query = data.table_query()
    filters = Filters(types=("claim", "denial", "capture"))
    plot = query.timeline_plot(filters, "country", None, "", width_px=850)
    page, total = query.events_page(filters, offset=1, limit=2)
    st.session_state["answers"] = {
        "duckdb": data.is_big(query),
        "figure": plot.figure.to_plotly_json(),
        "note": plot.note,
        "page": list(page["event_id"]),
        "total": total,
        "counts": query.facet_counts(filters),
        "span": query.span(filters),
        "bounds": query.date_bounds(),
        "most": query.most_sources(),
    }


def test_the_dashboards_views_answer_alike_on_both_paths(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    answers = {}
    for least in ("0", str(10**9)):
        monkeypatch.setenv("NEWS_TIMELINE_DUCKDB_MIN_EVENTS", least)
        app = AppTest.from_function(_views_script, default_timeout=60).run()
        assert not app.exception, [e.value for e in app.exception]
        answers[least] = dict(app.session_state["answers"])
    assert answers["0"].pop("duckdb") and not answers[str(10**9)].pop("duckdb")
    assert answers["0"] == answers[str(10**9)]
    assert answers["0"]["total"] == 3 and len(answers["0"]["page"]) == 2


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(types=("claim", "denial")),
        Filters(countries=("CHN",), include_background=False),
        Filters(countries=("CHN",), named_countries_only=True),
    ],
    ids=repr,
)
def test_an_export_streamed_in_pieces_from_the_files_is_the_pandas_export(
    synthetic_query: EventQuery, loaded_synthetic: Tables, fmt: str, filters: Filters
) -> None:
    tables = loaded_synthetic
    out = io.BytesIO()
    # Small pieces, so that days, the background and the CSV's header meet piece boundaries.
    write_source(synthetic_query.export_source(filters, piece_rows=300), fmt, out)
    expected = io.BytesIO()
    write_source(FrameQuery(tables).export_source(filters), fmt, expected)
    assert out.getvalue() == expected.getvalue()


def test_an_export_of_no_events_is_the_pandas_export(
    synthetic_query: EventQuery, loaded_synthetic: Tables
) -> None:
    nothing = Filters(query="nothing at all")
    query = synthetic_query
    for fmt in FORMATS:
        out = io.BytesIO()
        write_source(query.export_source(nothing), fmt, out)
        assert out.getvalue() == render_export(apply_filters(loaded_synthetic, nothing), fmt)


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_the_actors_pages_numbers_are_the_pandas_answers(
    synthetic_query: EventQuery, loaded_synthetic: Tables, filters: Filters
) -> None:
    query = synthetic_query
    assert_same_actor_counts(query.actor_counts(filters), FrameQuery(loaded_synthetic).actor_counts(filters))


def test_the_bundled_actors_pages_numbers_are_the_pandas_answers(data_dir: Path, tables: Tables) -> None:
    query, frames = EventQuery.open(data_dir), FrameQuery(tables)
    for filters in (Filters(), Filters(countries=("CHN",)), Filters(include_background=True)):
        assert_same_actor_counts(query.actor_counts(filters), frames.actor_counts(filters))


def assert_same_actor_counts(got: ActorCounts, expected: ActorCounts) -> None:
    assert got.total == expected.total
    for facet in ("actor", "country"):
        pd.testing.assert_series_equal(got.counts[facet], expected.counts[facet])
        mine, theirs = got.over_time[facet], expected.over_time[facet]
        assert (mine.unit, mine.view, mine.chosen) == (theirs.unit, theirs.view, theirs.chosen)
        pd.testing.assert_frame_equal(mine.counts, theirs.counts)
        assert facet_time_figure(mine, facet) == facet_time_figure(theirs, facet)
    pd.testing.assert_frame_equal(got.pairs, expected.pairs)
    assert pairs_figure(got.pairs) == pairs_figure(expected.pairs)


@pytest.mark.parametrize("filters", [Filters(), Filters(types=("claim", "denial"))], ids=repr)
def test_a_newest_first_note_streamed_in_pieces_is_the_pandas_note(
    synthetic_query: EventQuery, loaded_synthetic: Tables, filters: Filters
) -> None:
    # The chronology's "newest first" note: the pieces come latest first, each day's events latest first.
    out = io.BytesIO()
    write_source(synthetic_query.export_source(filters, piece_rows=300, newest_first=True), "markdown", out)
    expected = io.BytesIO()
    write_source(FrameQuery(loaded_synthetic).export_source(filters, newest_first=True), "markdown", expected)
    assert out.getvalue() == expected.getvalue()
    assert b"newest first" in out.getvalue()[:500]
