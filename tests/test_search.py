"""The free-text search's token index finds exactly the events the SQL path and the pandas path find."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from test_query_duck import varied_tables

from events.query.duck import EventQuery
from events.query.filters import Filters, apply_filters, facet_counts
from events.query.search import TokenIndex
from events.schema import Tables
from events.store import load_tables, write_tables

# Titles are "Report about <word>" and sentences "Officials said <word>" (test_query_duck.WORDS):
# single tokens, pieces of tokens, runs of words across the title's or the sentence's spaces,
# punctuation, accents, wildcards of SQL, and spaces at either end.
SEARCHES = [
    "tuesday",
    "TUES",
    "zelensky",
    "50%",
    "50% of",
    "% o",
    "a_b",
    "o'brien",
    "kyiv's",
    "NAÏVE",
    "aïve",
    "drone",
    "about",
    "about tuesday",
    "t about t",
    "said a_b",
    "officials said",
    "ls said zel",
    "report  about",
    " drone",
    "drone ",
    " ",
    "'; drop table events; --",
    "drop table",
    "nothing",
    "about nothing",
]


@pytest.fixture(scope="module")
def varied_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search")
    write_tables(varied_tables(1500, seed=5), folder)
    return folder


@pytest.fixture(scope="module")
def indexed(varied_dir: Path) -> EventQuery:
    query = EventQuery.open(varied_dir)
    assert query.text_index() is not None  # waits for it: the searches below use it
    return query


@pytest.fixture(scope="module")
def varied(varied_dir: Path) -> Tables:
    """`varied_dir`'s tables loaded once for the module: the pandas answers. Read only."""
    return load_tables(varied_dir)


@pytest.mark.parametrize("text", SEARCHES)
def test_a_search_through_the_index_finds_what_sql_and_pandas_find(
    varied_dir: Path, varied: Tables, indexed: EventQuery, text: str
) -> None:
    tables = varied
    without_index = EventQuery.open(varied_dir)  # never asked for its index: SQL answers
    for filters in (Filters(query=text), Filters(query=text, types=("claim",), min_sources=2)):
        expected = len(apply_filters(tables, filters).events)
        assert indexed.count(filters) == expected
        assert without_index.count(filters) == expected
        assert indexed.facet_counts(filters) == facet_counts(tables, filters)
        page, total = indexed.events_page(filters, limit=20)
        assert total == expected
        assert list(page["event_id"]) == list(
            apply_filters(tables, filters)
            .events.sort_values(["date", "date_end", "event_id"], kind="stable")["event_id"]
            .head(20)
        )


def test_the_first_search_is_answered_in_sql_while_it_starts_the_index(varied_dir: Path) -> None:
    tables = load_tables(varied_dir)
    query = EventQuery.open(varied_dir)
    filters = Filters(query="tuesday")
    assert query.count(filters) == len(apply_filters(tables, filters).events)
    assert query.text_index() is not None  # started by that search; waited for here


def index_of(texts: dict[int, list[str]], size: int) -> TokenIndex:
    """An index of lowered texts per event, split at spaces as the stored tables' index is."""
    postings: dict[str, set[int]] = {}
    for event, event_texts in texts.items():
        for text in event_texts:
            for token in text.split(" "):
                if token:
                    postings.setdefault(token, set()).add(event)
    tokens = sorted(postings)
    lists = pa.array([sorted(postings[token]) for token in tokens], pa.list_(pa.int64()))
    return TokenIndex.from_postings(pa.array(tokens), lists, np.arange(size), size)


TEXTS = {0: ["troops crossed the border,", "the army said"], 1: ["border talks"], 2: [""], 3: ["a  b"]}


def test_a_query_without_a_space_is_answered_exactly_from_the_tokens() -> None:
    index = index_of(TEXTS, 4)
    found, exact = index.search("border")
    assert exact and found.tolist() == [True, True, False, False]
    found, exact = index.search("der,")  # punctuation stays in its token
    assert exact and found.tolist() == [True, False, False, False]
    found, exact = index.search("zzz")
    assert exact and not found.any()


def test_a_query_with_spaces_gives_candidates_holding_every_piece() -> None:
    index = index_of(TEXTS, 4)
    found, exact = index.search("border talks")
    assert not exact and found.tolist() == [False, True, False, False]
    found, exact = index.search("the border")  # both words are in event 0, not side by side
    assert not exact and found.tolist() == [True, False, False, False]
    found, exact = index.search("  ")  # spaces only: any event may hold it
    assert not exact and found.all()
