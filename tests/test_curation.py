"""Corrections: recorded with who/when/what after checking them, re-applied to every build, undoable."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import (
    DETENTION_A,
    DETENTION_B,
    QUOTAS,
    detention_event,
    single_source,
    summons_event,
)

from events.errors import CurationError
from events.schema import Tables
from events.store import curation
from events.store import generations as store
from events.store.curation import Correction


@pytest.fixture
def data_dir(small_corpus_copy: Path) -> Path:
    return small_corpus_copy


def event_by_id(data_dir: Path, event_id: str) -> pd.Series:
    return store.load_tables(data_dir).events.set_index("event_id").loc[event_id]


def assert_same_tables(left: Tables, right: Tables) -> None:
    for (name, a), (_, b) in zip(left.items(), right.items(), strict=True):
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=name)


def test_fixing_a_title_changes_the_stored_table_and_logs_who_when_what(data_dir: Path) -> None:
    capture = detention_event(store.load_tables(data_dir))
    correction = curation.fix_event(
        data_dir, capture["event_id"], "title", "  Finland detains two   crews ", who="Ana"
    )
    assert event_by_id(data_dir, capture["event_id"])["title"] == "Finland detains two crews"
    line = json.loads((data_dir / "corrections.jsonl").read_text().splitlines()[0])
    assert line["id"] == correction.id and line["who"] == "Ana" and line["action"] == "fix"
    assert line["event_ids"] == [capture["event_id"]] and line["field"] == "title"
    assert line["old"] == capture["title"] and line["new"] == "Finland detains two crews"
    assert line["when"].endswith("Z") and line["when"][:4].isdigit()
    assert Correction.from_json((data_dir / "corrections.jsonl").read_text().splitlines()[0]) == correction


def test_fixing_the_date_sets_range_and_precision_together(data_dir: Path) -> None:
    capture = detention_event(store.load_tables(data_dir))
    curation.fix_date(
        data_dir, capture["event_id"], date="2025-03-03", date_end="2025-03-09", precision="week", who="Ana"
    )
    fixed = event_by_id(data_dir, capture["event_id"])
    assert (fixed["date"], fixed["date_end"], fixed["precision"]) == (
        pd.Timestamp("2025-03-03"),
        pd.Timestamp("2025-03-09"),
        "week",
    )
    assert fixed["date_reason"].startswith("corrected by Ana")


def test_fixing_type_actors_and_countries(data_dir: Path) -> None:
    summons = summons_event(store.load_tables(data_dir))["event_id"]
    curation.fix_event(data_dir, summons, "event_type", "Statement", who="Ana")
    curation.fix_event(data_dir, summons, "actors", ["Russian foreign ministry", " Finland "], who="Ana")
    curation.fix_event(data_dir, summons, "countries", "Russia;fin;SWE", who="Ana")
    fixed = event_by_id(data_dir, summons)
    assert (fixed["event_type"], fixed["actors"], fixed["countries"]) == (
        "statement",
        "Russian foreign ministry;Finland",
        "RUS;FIN;SWE",
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [("Finland", "FIN"), ("Russia", "RUS"), ("fin", "FIN"), ("SE", "SWE"), ("North Korea", "PRK")],
)
def test_countries_are_stored_as_iso_codes(name: str, code: str) -> None:
    assert curation.country_code(name) == code


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("event_type", "riot", "not one of"),
        ("title", "   ", "1 to 90 characters"),
        ("title", "x" * 91, "1 to 90 characters"),
        ("sources", "a.txt", "cannot be edited"),
        ("countries", ["Finland", "Narnia"], "'Narnia' is not a country"),
        ("date", "2025-03-01", "fix_date"),
    ],
)
def test_a_bad_value_is_refused_and_nothing_is_logged(
    data_dir: Path, field: str, value: str | list[str], message: str
) -> None:
    event_id = store.load_tables(data_dir).events["event_id"].iloc[0]
    with pytest.raises(CurationError, match=message):
        curation.fix_event(data_dir, event_id, field, value, who="Ana")
    assert not (data_dir / "corrections.jsonl").exists()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"date": "2025-03-05", "date_end": "2025-03-04"}, "before the start"),
        ({"date": "5 March"}, "not a date"),
        ({"date": "2025-03-05", "precision": "hour"}, "not one of"),
    ],
)
def test_a_bad_date_is_refused(data_dir: Path, kwargs: dict[str, str], message: str) -> None:
    event_id = store.load_tables(data_dir).events["event_id"].iloc[0]
    with pytest.raises(CurationError, match=message):
        curation.fix_date(data_dir, event_id, who="Ana", **kwargs)  # type: ignore[arg-type]


def test_an_unknown_event_a_missing_name_and_a_no_op_are_refused(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    with pytest.raises(CurationError, match="no event ev-0000000000"):
        curation.fix_event(data_dir, "ev-0000000000", "title", "New", who="Ana")
    event = tables.events.iloc[0]
    with pytest.raises(CurationError, match="Type your name"):
        curation.fix_event(data_dir, event["event_id"], "title", "New", who="  ")
    with pytest.raises(CurationError, match="nothing to change"):
        curation.fix_event(data_dir, event["event_id"], "title", event["title"], who="Ana")
    assert not (data_dir / "corrections.jsonl").exists()
    assert_same_tables(store.load_tables(data_dir), tables)


def test_merging_moves_mentions_and_sources_into_the_kept_event(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture, quotas = detention_event(tables), single_source(tables, QUOTAS)
    curation.merge_events(data_dir, capture["event_id"], quotas["event_id"], who="Ana")
    after = store.load_tables(data_dir)
    assert quotas["event_id"] not in set(after.events["event_id"])
    merged = after.events.set_index("event_id").loc[capture["event_id"]]
    assert merged["title"] == capture["title"]
    assert merged["sources"].split(";") == [QUOTAS, DETENTION_A, DETENTION_B]  # by publication date
    assert merged["n_sources"] == 3
    moved = tables.mentions[tables.mentions["event_id"] == quotas["event_id"]]
    assert set(after.mentions.loc[after.mentions["article"] == QUOTAS, "event_id"]) >= {capture["event_id"]}
    assert len(after.mentions) == len(tables.mentions) and len(moved) >= 1


def test_merging_an_event_with_itself_is_refused(data_dir: Path) -> None:
    event_id = store.load_tables(data_dir).events["event_id"].iloc[0]
    with pytest.raises(CurationError, match="itself"):
        curation.merge_events(data_dir, event_id, event_id, who="Ana")


def test_splitting_by_article_makes_a_new_event_of_its_mentions(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture = detention_event(tables)
    correction = curation.split_event(data_dir, capture["event_id"], [DETENTION_B], who="Ana")
    original_id, new_id = correction.event_ids
    after = store.load_tables(data_dir).events.set_index("event_id")
    assert original_id == capture["event_id"]
    assert (after.loc[original_id, "sources"], after.loc[original_id, "n_sources"]) == (DETENTION_A, 1)
    assert (after.loc[new_id, "sources"], after.loc[new_id, "n_sources"]) == (DETENTION_B, 1)
    assert after.loc[new_id, "event_type"] == capture["event_type"]
    mentions = store.load_tables(data_dir).mentions
    assert set(mentions.loc[mentions["event_id"] == new_id, "article"]) == {DETENTION_B}


def test_a_split_must_name_some_but_not_all_of_the_events_articles(data_dir: Path) -> None:
    capture = detention_event(store.load_tables(data_dir))["event_id"]
    with pytest.raises(CurationError, match="at least one source article"):
        curation.split_event(data_dir, capture, [DETENTION_A, DETENTION_B], who="Ana")
    with pytest.raises(CurationError, match=f"no mention from {QUOTAS}"):
        curation.split_event(data_dir, capture, [QUOTAS], who="Ana")
    with pytest.raises(CurationError, match="Choose the source articles"):
        curation.split_event(data_dir, capture, [], who="Ana")


def test_reject_removes_the_event_and_restore_brings_it_back_as_it_was(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    lone = single_source(tables, DETENTION_B)
    rejection = curation.reject_event(data_dir, lone["event_id"], who="Ana", reason="not what was said")
    rejected = store.load_tables(data_dir)
    assert lone["event_id"] not in set(rejected.events["event_id"])
    assert lone["event_id"] not in set(rejected.mentions["event_id"])
    assert [c.id for c in curation.rejected_events(data_dir)] == [rejection.id]
    assert rejection.old["title"] == lone["title"] and rejection.new == "not what was said"
    curation.restore_event(data_dir, lone["event_id"], who="Ben")
    assert_same_tables(store.load_tables(data_dir), tables)
    assert curation.rejected_events(data_dir) == []
    with pytest.raises(CurationError, match="not rejected"):
        curation.restore_event(data_dir, lone["event_id"], who="Ben")


def test_undo_restores_the_previous_state_and_a_redo_reapplies(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture = detention_event(tables)["event_id"]
    fix = curation.fix_event(data_dir, capture, "title", "Crews detained", who="Ana")
    fixed = store.load_tables(data_dir)
    undo = curation.undo(data_dir, fix.id, who="Ana")
    assert_same_tables(store.load_tables(data_dir), tables)
    with pytest.raises(CurationError, match="already undone"):
        curation.undo(data_dir, fix.id, who="Ana")
    curation.undo(data_dir, undo.id, who="Ben")
    assert_same_tables(store.load_tables(data_dir), fixed)
    with pytest.raises(CurationError, match="no correction c-missing"):
        curation.undo(data_dir, "c-missing", who="Ana")


def test_undoing_a_merge_separates_the_events_again(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture, summons = detention_event(tables)["event_id"], summons_event(tables)["event_id"]
    merge = curation.merge_events(data_dir, capture, summons, who="Ana")
    curation.undo(data_dir, merge.id, who="Ana")
    assert_same_tables(store.load_tables(data_dir), tables)


def test_history_lists_an_events_corrections_and_the_edited_mark(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture, summons = detention_event(tables)["event_id"], summons_event(tables)["event_id"]
    fix = curation.fix_event(data_dir, summons, "title", "Moscow summons envoy", who="Ana")
    merge = curation.merge_events(data_dir, capture, summons, who="Ben")
    undo = curation.undo(data_dir, fix.id, who="Ana")
    after = store.load_tables(data_dir)
    assert [c.id for c in curation.history(capture, data_dir, after)] == [fix.id, merge.id, undo.id]
    assert [c.id for c in curation.history(capture, data_dir)] == [merge.id]
    assert curation.edited_event_ids(after, data_dir) == {capture}
    assert [c.describe() for c in curation.history(capture, data_dir, after)] == [
        f"Ana set title: '{summons_event(tables)['title']}' → 'Moscow summons envoy'",
        f"Ben merged {summons} into {capture}",
        f"Ana undid {fix.id}",
    ]


def test_a_correction_whose_event_is_gone_is_kept_and_reported_as_orphaned(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    ghost = Correction(
        id="c-000000000001",
        when="2025-04-01T00:00:00Z",
        who="Ana",
        action="fix",
        event_ids=("ev-0000000000",),
        field="title",
        new="Ghost",
        anchors=((("gone.txt", 0, 10, "Monday"),),),
    )
    replay = curation.replay_corrections(tables, [ghost])
    assert [o.correction.id for o in replay.orphaned] == ["c-000000000001"]
    assert "not in this build" in replay.orphaned[0].reason
    assert_same_tables(replay.tables, tables)


def test_a_correction_follows_its_event_when_the_id_changes(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture = detention_event(tables)
    fix = curation.fix_event(data_dir, capture["event_id"], "title", "Crews detained", who="Ana")
    # A later build names the same happening differently (an earlier report arrived, say).
    renamed = Tables(
        tables.events.replace({"event_id": {capture["event_id"]: "ev-aaaaaaaaaa"}}),
        tables.mentions.replace({"event_id": {capture["event_id"]: "ev-aaaaaaaaaa"}}),
        tables.sources,
    )
    replay = curation.replay_corrections(renamed, [fix])
    assert replay.applied == (fix.id,)
    assert replay.tables.events.set_index("event_id").loc["ev-aaaaaaaaaa", "title"] == "Crews detained"


def test_corrections_apply_in_order_and_the_latest_fix_wins(data_dir: Path) -> None:
    event_id = detention_event(store.load_tables(data_dir))["event_id"]
    curation.fix_event(data_dir, event_id, "title", "First", who="Ana")
    curation.fix_event(data_dir, event_id, "title", "Second", who="Ben")
    assert event_by_id(data_dir, event_id)["title"] == "Second"
    assert len(curation.load_corrections(data_dir)) == 2


def test_no_corrections_leave_the_tables_as_they_are(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    assert_same_tables(curation.apply_stored_corrections(tables, data_dir), tables)


def test_a_damaged_log_line_is_skipped_and_reported_with_its_number(data_dir: Path) -> None:
    (data_dir / "corrections.jsonl").write_text('{"id": "c-1"}\n')
    assert curation.load_corrections(data_dir) == []
    (problem,) = curation.correction_problems(data_dir)
    assert problem.message.startswith("line 1 is not a valid correction")


def test_with_the_uncorrected_tables_stored_a_correction_needs_no_new_extraction(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = store.load_tables(data_dir)
    store.write_tables(tables, data_dir, extracted=tables)
    monkeypatch.setattr(
        "events.store.curation.build_tables", lambda *a, **k: pytest.fail("extracted everything again")
    )
    event_id = detention_event(tables)["event_id"]
    curation.fix_event(data_dir, event_id, "title", "Crews detained", who="Ana")
    quick = store.load_tables(data_dir)
    assert quick.events.set_index("event_id").loc[event_id, "title"] == "Crews detained"
    monkeypatch.undo()
    from events.store import build as pipeline

    pipeline.build(data_dir)
    assert_same_tables(store.load_tables(data_dir), quick)


def test_a_merged_event_keeps_the_better_founded_date(data_dir: Path) -> None:
    events = store.load_tables(data_dir).events
    # the event dated on the weakest ground: the publication day, or a day taken from the context (the
    # corpus's undated denial is dated by its report's lead, the day before publication)
    rank = {"explicit": 1, "resolved": 2, "context": 3, "publication": 4}
    weak = events.loc[events["date_basis"].map(rank).idxmax()]
    strong = events[(events["date_basis"] == "explicit") & (events["event_id"] != weak["event_id"])].iloc[0]
    curation.merge_events(data_dir, weak["event_id"], strong["event_id"], who="Ana")
    merged = event_by_id(data_dir, weak["event_id"])
    assert (merged["date"], merged["date_basis"]) == (strong["date"], "explicit")
    assert merged["date_reason"] == strong["date_reason"]


def test_a_mixed_log_replays_in_one_pass_as_each_entry_says(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    events = tables.events.set_index("event_id")
    capture, summons = detention_event(tables)["event_id"], summons_event(tables)["event_id"]
    denial = single_source(tables, DETENTION_B)["event_id"]
    quotas, arrest = (e for e in events.index[events["sources"] == QUOTAS])
    split_id = curation._split_event_id("c-09")
    moved_keys = tuple(k for k in curation._anchor(tables, capture) if k[0] == DETENTION_B)

    def entry(number: int, action: str, *ids: str, **fields: object) -> Correction:
        anchors = tuple(moved_keys if e == split_id else curation._anchor(tables, e) for e in ids)
        return Correction(
            f"c-{number:02d}",
            f"2025-04-0{number % 9 + 1}T00:00:00Z",
            "Ana",
            action,
            ids,
            anchors=anchors,
            **fields,
        )  # type: ignore[arg-type]

    week = {"date": "2025-03-03", "date_end": "2025-03-09", "precision": "week"}
    log = [
        entry(1, "fix", capture, field="title", new="Crews detained"),
        entry(2, "merge", capture, summons),
        entry(3, "fix", summons, field="date", new=week),  # named by the id it had: follows its mentions
        entry(4, "accept", summons),
        entry(5, "reject", denial),
        entry(6, "restore", denial, target="c-05"),
        entry(7, "fix", quotas, field="title", new="Quota talks"),
        entry(8, "undo", quotas, target="c-07"),
        entry(9, "split", capture, split_id, field="sources", new=[DETENTION_B]),
        entry(10, "reject", arrest),
        Correction(
            "c-11", "2025-04-09T00:00:00Z", "Ana", "fix", ("ev-0000000000",), "countries", new=["FIN"]
        ),
        entry(12, "fix", split_id, field="event_type", new="statement"),
    ]
    replay = curation.replay_corrections(tables, log)
    assert replay.applied == ("c-01", "c-02", "c-03", "c-04", "c-09", "c-10", "c-12")
    assert [o.correction.id for o in replay.orphaned] == ["c-11"]
    after = replay.tables.events.set_index("event_id")
    # the merged and the rejected events are gone, the split-off one is new; every other event is as built
    assert set(after.index) == (set(events.index) - {summons, arrest}) | {split_id}
    assert {capture, quotas, denial} <= set(after.index)
    kept, split_off = after.loc[capture], after.loc[split_id]
    assert (kept["title"], kept["precision"], kept["date"]) == (
        "Crews detained",
        "week",
        pd.Timestamp("2025-03-03"),
    )
    assert bool(kept["reviewed"]) and (kept["sources"], kept["n_sources"]) == (DETENTION_A, 1)
    assert (split_off["sources"], split_off["event_type"], split_off["title"]) == (
        DETENTION_B,
        "statement",
        "Crews detained",
    )
    assert after.loc[quotas, "title"] == events.loc[quotas, "title"]
    pd.testing.assert_series_equal(after.loc[denial], events.loc[denial].astype(after.loc[denial].dtype))
    mentions = replay.tables.mentions
    assert arrest not in set(mentions["event_id"]) and summons not in set(mentions["event_id"])
    assert set(mentions.loc[mentions["event_id"] == split_id, "article"]) == {DETENTION_B}
    assert len(mentions) == len(tables.mentions) - (tables.mentions["event_id"] == arrest).sum()
    # the same log read from the data folder gives the same tables in a build
    (data_dir / "corrections.jsonl").write_text("".join(c.to_json() + "\n" for c in log), encoding="utf-8")
    from events.store.build import build

    assert_same_tables(build(data_dir).tables, replay.tables)
