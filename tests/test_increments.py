"""Adding articles replays the kept merge instead of merging everything, and stores the same tables,
row for row and value for value, as a build from nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from small_corpus import (
    DETENTION_A,
    DETENTION_B,
    QUOTAS,
    THIRD_REPORT,
    detention_event,
    single_source,
    town_article,
    write_corpus,
)

from benchmarks.synthetic import article_text
from benchmarks.synthetic import write_corpus as write_synthetic
from events.errors import DataError
from events.merge import incremental
from events.merge.clusters import merge_pass
from events.store import cache, curation, generations, increments, load_tables
from events.store.build import build
from events.store.ingest import NewArticle, add_articles, stored_fingerprints


def rebuilt_from_nothing(data_dir: Path, tmp_path: Path) -> Path:
    """A build of the same articles, sources.csv and corrections in a folder with no cache or record."""
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copytree(data_dir / "articles", fresh / "articles")
    shutil.copy(data_dir / "sources.csv", fresh / "sources.csv")
    if (data_dir / curation.CORRECTIONS_NAME).exists():
        shutil.copy(data_dir / curation.CORRECTIONS_NAME, fresh / curation.CORRECTIONS_NAME)
    build(fresh)
    return fresh


def assert_same_tables(left: Path, right: Path) -> None:
    one, other = load_tables(left), load_tables(right)
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(other, name))


@pytest.fixture
def replays(monkeypatch):
    """Counts the adds that replayed the kept merge, and fails if a build merged everything."""
    calls: list[int] = []
    real = incremental.replay

    def counting(*args, **kwargs):
        result = real(*args, **kwargs)
        calls.append(result.decided)
        return result

    monkeypatch.setattr(increments, "replay", counting)
    return calls


def test_an_article_reporting_a_known_event_joins_it_as_a_full_rebuild_would(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    before = load_tables(data_dir)
    report = add_articles(
        [NewArticle(text=THIRD_REPORT, outlet="Coast News", published="2025-03-05")], data_dir
    )
    (added,) = report.added
    assert replays, "the add merged everything instead of replaying the kept merge"
    after = load_tables(data_dir)
    detention = after.events[after.events["sources"].str.contains(added.file, regex=False)]
    assert any({DETENTION_A, DETENTION_B, added.file} <= set(s.split(";")) for s in detention["sources"])
    assert len(after.events) <= len(before.events) + 1
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_an_article_about_something_else_adds_events_as_a_full_rebuild_would(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    before = load_tables(data_dir)
    report = add_articles(
        [NewArticle(text=town_article(3), outlet="Town Crier", published="2025-03-04")], data_dir
    )
    (added,) = report.added
    assert replays
    after = load_tables(data_dir)
    assert len(after.events) > len(before.events)
    # the events it did not touch are carried over unchanged
    untouched = before.events.merge(after.events, how="inner")
    assert len(untouched) == len(before.events)
    assert added.file in set(after.sources["article"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_adds_one_after_another_equal_a_full_rebuild(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    for index in range(3):
        add_articles(
            [NewArticle(text=town_article(index), outlet="Town Crier", published="2025-03-04")], data_dir
        )
    add_articles([NewArticle(text=THIRD_REPORT, outlet="Coast News", published="2025-03-05")], data_dir)
    assert len(replays) == 4
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_adding_to_a_synthetic_corpus_equals_a_full_rebuild(tmp_path, replays):
    """Many reports of overlapping happenings: the new ones join some and start others."""
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 60)
    build(data_dir)
    rng = random.Random(11)
    texts = [
        article_text(rng, dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 120))) for _ in range(2)
    ]
    add_articles(
        [NewArticle(text=t, outlet="Benchmark", title=f"Added {i}") for i, t in enumerate(texts)], data_dir
    )
    assert replays and replays[0] > 0
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_changed_article_rebuilds_everything_and_still_equals_a_full_rebuild(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    path = data_dir / "articles" / DETENTION_B
    path.write_text(path.read_text(encoding="utf-8") + "\nMore talks are planned.\n", encoding="utf-8")
    build(data_dir)
    assert not replays
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_damaged_or_stale_record_is_not_used(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    increments.state_path(data_dir).write_text("{not json", encoding="utf-8")
    add_articles([NewArticle(text=town_article(5), outlet="Town Crier", published="2025-03-04")], data_dir)
    assert not replays  # merged everything, and kept a new record
    add_articles([NewArticle(text=town_article(6), outlet="Town Crier", published="2025-03-04")], data_dir)
    assert len(replays) == 1
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_replaying_mentions_gives_the_clusters_of_one_pass():
    """The replay alone, on mentions of many overlapping happenings, against the pass (`merge_pass`)."""
    from events.engines.local import extract_batch, read_extraction
    from events.extract.corpus import SourceRow, prepare_article
    from events.extract.entities import load_gazetteer

    rng = random.Random(3)
    gazetteer = load_gazetteer()
    numbered = []
    for n in range(40):
        published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 20))
        article = prepare_article(
            f"a{n:02d}.txt", article_text(rng, published), SourceRow(published=published)
        )
        (extraction,) = extract_batch([article], gazetteer)
        numbered.extend((m, i) for i, m in enumerate(read_extraction(extraction, [])))
    for new in ("a05.txt", "a39.txt"):
        old = [(m, i) for m, i in numbered if m.article != new]
        added = [(m, i) for m, i in numbered if m.article == new]
        clusters = merge_pass([m for m, _ in old])
        log = incremental.MergeLog.of(old, clusters)
        by_ref = {incremental.Ref(m.article, i): m for m, i in old}
        result = incremental.replay(log, added, by_ref.__getitem__)
        refs = {id(m): incremental.Ref(m.article, i) for m, i in numbered}

        def shape(cluster, refs=refs):
            return tuple(refs[id(m)] for m in cluster.mentions), cluster.event_type

        first = {incremental.Ref(c.best.article, refs[id(c.best)].position): c for c in clusters}
        replayed = {shape(c) for r, c in first.items() if r not in result.changed and r not in result.gone}
        replayed |= {shape(c) for c in result.changed.values()}
        full = {shape(c) for c in merge_pass([m for m, _ in numbered])}
        assert replayed == full


def test_a_damaged_cache_entry_of_a_stored_article_is_not_trusted_by_an_add(tmp_path):
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 30)
    build(data_dir)
    for entry in (data_dir / "cache" / "mentions").rglob("*.json"):
        entry.write_bytes(entry.read_bytes()[:-20])  # torn: its checksum no longer holds
    text = article_text(random.Random(5), dt.date(2025, 2, 1))
    (added,) = add_articles([NewArticle(text=text, outlet="Benchmark", title="Added")], data_dir).added
    assert added.file in set(load_tables(data_dir).sources["article"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_an_add_with_corrections_in_force_equals_a_full_rebuild(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    tables = load_tables(data_dir)
    detention = detention_event(tables)
    curation.fix_event(data_dir, detention["event_id"], "title", "Crews detained off Hailuoto", who="ed")
    other = single_source(load_tables(data_dir), QUOTAS)
    curation.reject_event(data_dir, other["event_id"], who="ed", reason="not news")
    add_articles([NewArticle(text=THIRD_REPORT, outlet="Coast News", published="2025-03-05")], data_dir)
    assert replays
    after = load_tables(data_dir)
    assert "Crews detained off Hailuoto" in set(after.events["title"])
    assert other["event_id"] not in set(after.events["event_id"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


@pytest.fixture
def hashes_kept_at_once(monkeypatch):
    """Files are remembered by their stat as soon as they are hashed (not only after two seconds)."""
    monkeypatch.setattr(cache, "SETTLED_NS", -(10**18))


def test_an_article_changed_in_place_after_its_hashes_were_kept_is_read_again(
    tmp_path, replays, hashes_kept_at_once
):
    data_dir = write_corpus(tmp_path / "data")
    assert (data_dir / "cache" / cache.FILES_NAME).exists()  # the build kept the articles' hashes
    path = data_dir / "articles" / DETENTION_B
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Tuesday", "Monday "), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert path.stat().st_size == before.st_size
    add_articles([NewArticle(text=town_article(7), outlet="Town Crier", published="2025-03-04")], data_dir)
    assert not replays  # the changed article was noticed: everything was merged again
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_duplicate_of_an_article_edited_since_the_build_is_found_by_its_new_text(
    tmp_path, hashes_kept_at_once
):
    data_dir = write_corpus(tmp_path / "data")
    path = data_dir / "articles" / QUOTAS
    path.chmod(0o644)
    path.write_text(town_article(9), encoding="utf-8")
    assert stored_fingerprints(data_dir / "articles")  # hashed again, not taken from the cache
    report = add_articles([NewArticle(text=town_article(9), outlet="Town Crier")], data_dir)
    assert not report.added and report.duplicates[0].duplicate_of == QUOTAS


def test_a_damaged_hash_cache_is_ignored(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    (data_dir / "cache" / cache.FILES_NAME).write_text('{"format": 1, "files": [', encoding="utf-8")
    add_articles([NewArticle(text=town_article(4), outlet="Town Crier", published="2025-03-04")], data_dir)
    assert replays
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_new_denial_answers_claims_carried_over_as_a_full_rebuild_would(tmp_path, replays):
    """Claims kept from the last build are linked to a denial an add brings, and only they change."""
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 60)
    build(data_dir)
    before = load_tables(data_dir).events.set_index("event_id")
    # (a claim about Russia, answered on its own day, denying what the synthetic corpus's claims say:
    # which claims it holds, and on which days, follows its random draw and how dates are read)
    claims = before[(before["event_type"] == "claim") & before["countries"].fillna("").str.contains("RUS")]
    day = pd.Timestamp(claims["date"].iloc[len(claims) // 2]).date()
    text = (
        f"Moscow rejects accusations\n\nPublished On {day:%-d %b %Y}\n\n"
        f"Maria Zakharova told reporters on {day:%A} that claims Moscow was recruiting foreign fighters "
        'were "absolutely baseless".\n'
    )
    add_articles([NewArticle(text=text, outlet="Wire", title="Moscow rejects accusations")], data_dir)
    assert replays
    after = load_tables(data_dir).events.set_index("event_id")
    carried = before.index.intersection(after.index)
    relinked = [e for e in carried if before.at[e, "linked"] != after.at[e, "linked"]]
    assert relinked and all(after.at[e, "event_type"] == "claim" for e in relinked)
    assert all(after.loc[relinked, "contested"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_second_add_in_the_same_process_takes_the_record_and_tables_it_kept(tmp_path, replays, monkeypatch):
    """The dashboard adds in one process: the record and tables the last add wrote are not read again."""
    from events.store import generations

    data_dir = write_corpus(tmp_path / "data")
    add_articles([NewArticle(text=town_article(1), outlet="Town Crier", published="2025-03-04")], data_dir)

    def unread(*args, **kwargs):
        raise AssertionError("read again")

    monkeypatch.setattr(generations, "load_extracted", unread)
    monkeypatch.setattr(increments, "_decode_state", unread)
    add_articles([NewArticle(text=THIRD_REPORT, outlet="Coast News", published="2025-03-05")], data_dir)
    assert len(replays) == 2
    monkeypatch.undo()
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_correction_between_two_adds_in_one_process_is_kept_by_the_second(tmp_path, replays):
    data_dir = write_corpus(tmp_path / "data")
    add_articles([NewArticle(text=town_article(2), outlet="Town Crier", published="2025-03-04")], data_dir)
    detention = detention_event(load_tables(data_dir))
    curation.fix_event(data_dir, detention["event_id"], "title", "Crews detained off Hailuoto", who="ed")
    add_articles([NewArticle(text=THIRD_REPORT, outlet="Coast News", published="2025-03-05")], data_dir)
    assert len(replays) == 2
    assert "Crews detained off Hailuoto" in set(load_tables(data_dir).events["title"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


# A report of days later than any synthetic article's (they end in May 2025): it changes no earlier month.
LATE_REPORT = """Shelling hits Kherson

Published On 3 Jul 2025

At least 12 civilians were killed on Wednesday when shelling struck Kherson, regional officials said.

Ukrainian forces captured two soldiers near Belgorod on 1 July, the army said.
"""


def _generation(data_dir: Path) -> tuple[Path, dict[str, dict[str, object]]]:
    manifest = json.loads((data_dir / "tables.json").read_bytes())
    return data_dir / "tables" / manifest["generation"], manifest["files"]


def _partitions(files: dict[str, dict[str, object]]) -> list[str]:
    return sorted(name for name in files if name.startswith(("events/", "mentions/")))


def test_an_add_shares_the_files_of_the_months_it_did_not_change(tmp_path, replays):
    """The partitions before the first row an add changes are the previous generation's files (hard
    links), byte for byte what a full rebuild writes; the previous version still reads as it was."""
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 40)
    build(data_dir)
    before, before_files = _generation(data_dir)
    tables_before = load_tables(data_dir)
    add_articles([NewArticle(text=LATE_REPORT, outlet="Benchmark", title="Added late")], data_dir)
    assert replays
    after, after_files = _generation(data_dir)
    assert after != before
    shared = [
        name
        for name in _partitions(after_files)
        if before_files.get(name, {}).get("sha256") == after_files[name]["sha256"]
    ]
    changed = [name for name in _partitions(after_files) if name not in shared]
    assert shared and changed  # the early months kept, the late ones written
    fresh = rebuilt_from_nothing(data_dir, tmp_path)
    fresh_generation, _fresh_files = _generation(fresh)
    for name in shared:
        assert os.path.samefile(before / name, after / name)
        assert (after / name).read_bytes() == (fresh_generation / name).read_bytes()
    assert_same_tables(data_dir, fresh)
    old = generations.load_version(data_dir, before.name)
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(old, name), getattr(tables_before, name))


def test_a_damaged_file_of_the_current_generation_is_written_afresh_not_shared(tmp_path, replays):
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 40)
    build(data_dir)
    before, before_files = _generation(data_dir)
    damaged = _partitions(before_files)[0]
    data = bytearray((before / damaged).read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, other bytes: only the checksum tells
    (before / damaged).write_bytes(bytes(data))
    add_articles([NewArticle(text=LATE_REPORT, outlet="Benchmark", title="Added late")], data_dir)
    assert replays  # the tables came from memory: only sharing the file could have carried the damage
    after, after_files = _generation(data_dir)
    assert not os.path.samefile(before / damaged, after / damaged)
    assert generations.sha256_bytes((after / damaged).read_bytes()) == after_files[damaged]["sha256"]
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))
    with pytest.raises(DataError, match="damaged"):
        generations.load_version(data_dir, before.name)


def test_an_add_in_a_new_process_after_a_stored_file_was_damaged_builds_everything(
    tmp_path, replays, monkeypatch
):
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 30)
    build(data_dir)
    before, before_files = _generation(data_dir)
    damaged = _partitions(before_files)[-1]
    (before / damaged).write_bytes(b"\0" * (before / damaged).stat().st_size)
    monkeypatch.setattr(increments, "_kept", [])  # nothing kept in memory, as in a new process
    text = article_text(random.Random(4), dt.date(2025, 2, 1))
    (added,) = add_articles([NewArticle(text=text, outlet="Benchmark", title="Added")], data_dir).added
    assert not replays
    assert added.file in set(load_tables(data_dir).sources["article"])
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_adds_in_new_processes_decode_only_the_kinds_they_meet_and_equal_a_full_rebuild(
    tmp_path, replays, monkeypatch
):
    """Each add reads the record from disk, decodes the logged mentions of the kinds its article's
    mentions are of and carries every other kind's rows as stored: the tables still equal a full
    rebuild, add after add."""
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 60)
    build(data_dir)
    decoded: list[int] = []
    real = increments.BuildState.log_of

    def counting(self, kinds):
        log = real(self, kinds)
        decoded.append(len(log.mentions))
        return log

    monkeypatch.setattr(increments.BuildState, "log_of", counting)
    rng = random.Random(5)
    for index in range(3):
        increments._kept.clear()  # nothing kept in memory, as in a new process
        text = article_text(rng, dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 120)))
        add_articles([NewArticle(text=text, outlet="Benchmark", title=f"Added {index}")], data_dir)
        stored = pq.read_table(next(increments.state_path(data_dir).parent.glob("log-*.parquet")))
        assert decoded[-1] < stored.num_rows  # not every kind was decoded
    assert len(replays) == 3
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))
    # and the record the adds left gives the next add what a full build's record would
    increments._kept.clear()
    add_articles([NewArticle(text=LATE_REPORT, outlet="Benchmark", title="Added late")], data_dir)
    assert len(replays) == 4
    (tmp_path / "again").mkdir()
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path / "again"))


def test_a_damaged_file_of_the_kept_merge_record_is_not_trusted(tmp_path, replays, monkeypatch):
    """The record's files are checked against the checksums its header keeps: a file changed on disk
    (even one that still reads as Parquet) makes the add build everything rather than carry its rows."""
    data_dir = tmp_path / "data"
    write_synthetic(data_dir, 30)
    build(data_dir)
    log = next(increments.state_path(data_dir).parent.glob("log-*.parquet"))
    table = pq.read_table(log)
    flipped = table.set_column(
        table.schema.get_field_index("cluster_position"),
        "cluster_position",
        pa.array([p + 1 if p >= 0 else p for p in table["cluster_position"].to_pylist()], pa.int64()),
    )
    pq.write_table(flipped, log)  # a readable file that says something else
    monkeypatch.setattr(increments, "_kept", [])  # nothing kept in memory, as in a new process
    version = increments.merge_version() + cache.MentionCache(data_dir).version
    assert increments.load_state(data_dir, data_dir, version) is None
    text = article_text(random.Random(8), dt.date(2025, 2, 1))
    add_articles([NewArticle(text=text, outlet="Benchmark", title="Added")], data_dir)
    assert not replays
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))
