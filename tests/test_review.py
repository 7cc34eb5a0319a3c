"""The review queue: which events wait, in what order, with which reasons and suggested twins."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from small_corpus import detention_event

from events.query.review import review_queue, suggest_twins
from events.schema import Tables
from events.store import curation
from events.store import generations as store
from events.store.build import build


@pytest.fixture
def corpus_dir(small_corpus_copy: Path) -> Path:
    return small_corpus_copy


def with_events(tables: Tables, **changes: object) -> Tables:
    events = tables.events.copy()
    for column, value in changes.items():
        events[column] = value
    return Tables(events, tables.mentions, tables.sources)


def test_doubtful_events_come_first_with_their_reasons_in_words(tables: Tables) -> None:
    events = tables.events.copy()
    events["confidence"] = 0.9
    events["date_basis"] = "explicit"
    events["contested"] = False
    events["n_sources"] = 2
    doubtful, plain = events["event_id"].iloc[0], events["event_id"].iloc[1]
    events.loc[events["event_id"] == doubtful, ["confidence", "date_basis"]] = [0.3, "context"]
    events.loc[events["event_id"] == plain, "n_sources"] = 1
    queue = review_queue(Tables(events, tables.mentions.iloc[0:0], tables.sources))
    assert [item.event_id for item in queue[:2]] == [doubtful, plain]
    assert "low confidence (0.30)" in queue[0].reasons
    assert any(reason.startswith("date taken from the context") for reason in queue[0].reasons)
    assert queue[1].reasons == ("a single source",)


def test_reviewed_and_undoubted_events_do_not_wait(tables: Tables) -> None:
    calm = with_events(tables, confidence=0.9, date_basis="explicit", contested=False, n_sources=3)
    assert review_queue(Tables(calm.events, calm.mentions.iloc[0:0], calm.sources)) == []
    done = with_events(tables, reviewed=True)
    assert review_queue(done) == []


def test_an_event_of_the_same_type_days_apart_naming_the_same_actor_is_its_twin() -> None:
    events = pd.DataFrame(
        {
            "event_id": ["ev-0000000001", "ev-0000000002", "ev-0000000003"],
            "event_type": ["capture", "capture", "capture"],
            "date": pd.to_datetime(["2025-04-08", "2025-04-09", "2025-04-30"]),
            "actors": ["Ukraine", "Ukraine;Zelensky", "Ukraine"],
            "title": ["Ukraine captures two fighters", "Two fighters captured", "Another capture"],
        }
    )
    twins = suggest_twins(events)
    assert twins["ev-0000000001"] == "ev-0000000002" and twins["ev-0000000002"] == "ev-0000000001"
    assert "ev-0000000003" not in twins  # three weeks later


def test_an_accepted_event_is_marked_reviewed_and_stays_so_after_a_rebuild(corpus_dir: Path) -> None:
    data_dir = corpus_dir
    event_id = detention_event(store.load_tables(data_dir))["event_id"]
    curation.accept_event(data_dir, event_id, who="Ana")
    build(data_dir)
    events = store.load_tables(data_dir).events.set_index("event_id")
    assert bool(events.loc[event_id, "reviewed"]) is True
    assert int(events["reviewed"].sum()) == 1
    assert event_id not in {item.event_id for item in review_queue(store.load_tables(data_dir))}
    with pytest.raises(Exception, match="already marked reviewed"):
        curation.accept_event(data_dir, event_id, who="Ana")
