"""Nothing lost: concurrent adds all land, a kill -9 leaves the last good state, corrections survive
rebuilds and adds, and bad input leaves the data directory byte for byte as it was."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from small_corpus import (
    DETENTION_A,
    DETENTION_B,
    ROOT,
    THIRD_REPORT,
    add_town_article,
    detention_event,
    make_tables,
    single_source,
    snapshot,
    summons_event,
    town_article,
)

from events.errors import InputError
from events.extract.corpus import load_sources_csv
from events.schema import Tables
from events.store import build as pipeline
from events.store import curation
from events.store import generations as store
from events.store.ingest import NewArticle, add_articles, preview_article

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"


@pytest.fixture
def data_dir(small_corpus_copy: Path) -> Path:
    return small_corpus_copy


def article_files(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "articles").iterdir() if not p.name.startswith(".")}


def assert_consistent(data_dir: Path) -> Tables:
    """Article files, sources.csv and the stored tables all describe the same set of articles."""
    assert not (data_dir / store.JOURNAL_DIR).exists()
    tables = store.load_tables(data_dir)
    rows, _problems = load_sources_csv(data_dir / "sources.csv")
    files = article_files(data_dir)
    assert set(tables.sources["article"]) == files
    assert set(rows) == files
    assert set(tables.mentions["article"]) <= files
    return tables


def assert_same_tables(left: Tables, right: Tables) -> None:
    for (name, a), (_, b) in zip(left.items(), right.items(), strict=True):
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=name)


def test_twenty_concurrent_adds_from_threads_all_land(data_dir: Path) -> None:
    start = threading.Barrier(20)

    def add(index: int) -> str:
        start.wait()
        report = add_articles([NewArticle(text=town_article(index), published="2025-03-04")], data_dir)
        return report.added[0].file

    with ThreadPoolExecutor(max_workers=20) as pool:
        names = list(pool.map(add, range(20)))
    assert len(set(names)) == 20
    tables = assert_consistent(data_dir)
    assert set(names) <= set(tables.sources["article"])
    assert len(tables.sources) == 23


def test_twenty_concurrent_adds_from_processes_all_land(data_dir: Path) -> None:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["small_corpus", "events.store.ingest", "events.store.build"])
    with context.Pool(processes=20) as pool:
        names = pool.starmap(add_town_article, [(str(data_dir), index) for index in range(20)])
    assert len(set(names)) == 20
    tables = assert_consistent(data_dir)
    assert set(names) <= set(tables.sources["article"])
    assert len(tables.sources) == 23


def test_the_same_article_added_at_once_is_stored_once(data_dir: Path) -> None:
    start = threading.Barrier(5)

    def add(_index: int) -> tuple[int, int]:
        start.wait()
        report = add_articles([NewArticle(text=THIRD_REPORT, published="2025-03-08")], data_dir)
        return len(report.added), len(report.duplicates)

    with ThreadPoolExecutor(max_workers=5) as pool:
        outcomes = list(pool.map(add, range(5)))
    assert sorted(outcomes) == [(0, 1)] * 4 + [(1, 0)]
    assert len(assert_consistent(data_dir).sources) == 4


WRITE_LOOP = """
import sys
from pathlib import Path
from small_corpus import make_tables
from events.store import generations as store
data_dir = Path(sys.argv[1])
tables = {"A": make_tables("A", 40), "B": make_tables("B", 3)}
for count in range(100_000):
    store.write_tables(tables["AB"[count % 2]], data_dir)
    if count == 0:
        print("ready", flush=True)
"""

ADD_LOOP = """
import sys
from pathlib import Path
from small_corpus import town_article
from events.store.ingest import NewArticle, add_articles
data_dir, first = Path(sys.argv[1]), int(sys.argv[2])
print("ready", flush=True)
for index in range(first, first + 1000):
    report = add_articles([NewArticle(text=town_article(index), published="2025-03-04")], data_dir)
    assert report.added, report.summary()
    print("added", index, flush=True)
"""


def run_and_kill(code: str, args: list[str], delay: float) -> list[str]:
    """Start `code` in a new interpreter, wait for "ready", kill -9 it `delay` seconds later."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])}
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    output = process.stdout.read().split("\n")
    process.wait()
    assert process.returncode == -signal.SIGKILL
    return [line for line in output if line]


def test_kill_during_table_writes_leaves_a_loadable_consistent_table(tmp_path: Path) -> None:
    written = {tag: make_tables(tag, n) for tag, n in (("A", 40), ("B", 3))}
    rng = random.Random(4)
    for _attempt in range(4):
        run_and_kill(WRITE_LOOP, [str(tmp_path)], rng.uniform(0.05, 0.5))
        loaded = store.load_tables(tmp_path)
        tag = loaded.sources["article"].iloc[0].removesuffix(".txt")
        assert_same_tables(loaded, written[tag])  # all three tables from one write, none torn
        with store.locked(tmp_path):  # the next writer sweeps what the dead one left
            pass
        assert len(list((tmp_path / "tables").iterdir())) <= store.KEEP_GENERATIONS + 1


def test_kill_during_adds_leaves_the_last_good_state(data_dir: Path) -> None:
    rng = random.Random(7)
    done = 0
    for _attempt in range(3):
        before = len(article_files(data_dir))
        lines = run_and_kill(ADD_LOOP, [str(data_dir), str(100 + 10 * _attempt)], rng.uniform(0.3, 1.2))
        done = sum(line.startswith("added") for line in lines)
        # Readers see committed tables even before anyone recovers.
        committed = len(store.load_tables(data_dir).sources)
        assert committed in (before + done, before + done + 1)
        with store.locked(data_dir):
            pass
        tables = assert_consistent(data_dir)
        assert len(tables.sources) == committed
    assert pipeline.build(data_dir).tables.events.equals(store.load_tables(data_dir).events)


def test_a_correction_survives_a_rebuild_and_an_add(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture = detention_event(tables)["event_id"]
    curation.fix_event(data_dir, capture, "title", "Crews detained off Hailuoto", who="Ana")
    curation.fix_event(data_dir, capture, "countries", ["FIN", "RUS", "SWE"], who="Ana")
    pipeline.build(data_dir)
    add_articles([NewArticle(text=town_article(1), published="2025-03-04")], data_dir)
    add_articles([NewArticle(text=THIRD_REPORT, published="2025-03-08")], data_dir)  # a third report of it
    after = store.load_tables(data_dir).events.set_index("event_id")
    assert after.loc[capture, "title"] == "Crews detained off Hailuoto"
    assert after.loc[capture, "countries"] == "FIN;RUS;SWE"
    assert after.loc[capture, "n_sources"] == 3


def test_a_correction_survives_an_add_that_gives_its_event_a_new_id(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    capture = detention_event(tables)["event_id"]
    curation.fix_event(data_dir, capture, "title", "Crews detained off Hailuoto", who="Ana")
    # An earlier report of the detention: the event's id comes from its first report, so it changes.
    add_articles([NewArticle(text=THIRD_REPORT, published="2025-03-04")], data_dir)
    after = store.load_tables(data_dir)
    now = after.events[
        after.events["sources"].str.contains(DETENTION_A) & after.events["sources"].str.count(";").ge(2)
    ]
    assert len(now) == 1 and now.iloc[0]["date"] == pd.Timestamp("2025-03-04")
    assert now.iloc[0]["title"] == "Crews detained off Hailuoto"
    assert curation.edited_event_ids(after, data_dir) == {now.iloc[0]["event_id"]}


def test_a_merged_pair_stays_merged_after_rebuilds_and_adds(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    kept, lone = detention_event(tables)["event_id"], single_source(tables, DETENTION_B)["event_id"]
    curation.merge_events(data_dir, kept, lone, who="Ana")
    for step in range(2):
        pipeline.build(data_dir)
        add_articles([NewArticle(text=town_article(step), published="2025-03-04")], data_dir)
        after = store.load_tables(data_dir)
        assert lone not in set(after.events["event_id"])
        lone_mentions = tables.mentions[tables.mentions["event_id"] == lone]
        moved = after.mentions.merge(
            lone_mentions[["article", "start", "end"]], on=["article", "start", "end"]
        )
        assert len(moved) == len(lone_mentions) and set(moved["event_id"]) == {kept}


def test_an_undo_restores_the_previous_state_across_a_rebuild(data_dir: Path) -> None:
    original = store.load_tables(data_dir)
    event_id = original.events["event_id"].iloc[0]
    rejection = curation.reject_event(data_dir, event_id, who="Ana")
    pipeline.build(data_dir)
    assert event_id not in set(store.load_tables(data_dir).events["event_id"])
    curation.undo(data_dir, rejection.id, who="Ana")
    pipeline.build(data_dir)
    assert_same_tables(store.load_tables(data_dir), original)


def test_a_rebuild_from_the_articles_and_corrections_reproduces_the_table_exactly(data_dir: Path) -> None:
    tables = store.load_tables(data_dir)
    curation.fix_date(data_dir, detention_event(tables)["event_id"], date="2025-03-03", who="Ana")
    curation.split_event(data_dir, summons_event(tables)["event_id"], [DETENTION_A], who="Ben")
    curation.reject_event(data_dir, single_source(tables, DETENTION_B)["event_id"], who="Ana")
    stored = store.load_tables(data_dir)
    for _ in range(2):
        pipeline.build(data_dir)
        assert_same_tables(store.load_tables(data_dir), stored)


def bad_inputs() -> list[NewArticle]:
    page = (FIXTURES / "news_page.html").read_text()
    return [
        NewArticle(text=""),
        NewArticle(text="   \n\t  \n"),
        NewArticle(data=b"", filename="empty.txt"),
        NewArticle(data=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), filename="photo.txt"),
        NewArticle(data=bytes(range(256)) * 8, filename="blob.html"),
        NewArticle(data=b"caf\x81 \x8d\x8f\x90\x9d ol\xe9", filename="odd.txt"),
        NewArticle(text="The council met. " * 150_000),
        NewArticle(data=b"The council met. " * 150_000, filename="huge.md"),
        NewArticle(
            text="Le conseil municipal a voté mardi la fermeture du pont pour travaux pendant trois mois."
        ),
        NewArticle(text="Der Stadtrat hat am Dienstag beschlossen, die Brücke drei Monate lang zu sperren."),
        NewArticle(text="The council said the bridge shut on 2 March 2025.", published="2999-01-01"),
        NewArticle(text="The council said the bridge shut on 2 March 2025.", published="last Tuesday"),
        NewArticle(data=page.encode(), filename="page.html", published="31/12/2024"),
        NewArticle(data=b"%PDF-1.7\n%binary", filename="report.pdf"),
        NewArticle(text="<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>"),
        NewArticle(text=THIRD_REPORT, published="soon"),
        NewArticle(data="  \n\t ".encode("utf-16"), filename="blank16.txt"),
    ]


def test_the_bad_input_set_leaves_the_data_directory_byte_identical(data_dir: Path) -> None:
    stored = (data_dir / "articles" / DETENTION_A).read_text()
    duplicates = [NewArticle(text=stored), NewArticle(data=stored.encode("utf-16"), filename="again.txt")]
    items = [*bad_inputs(), *duplicates]
    before = snapshot(data_dir)
    report = add_articles(items, data_dir)
    assert report.added == ()
    assert len(report.refused) == len(items) - 2 and len(report.duplicates) == 2
    assert all(refusal.message for refusal in report.refused)
    for item in items:
        add_articles([item], data_dir)
        with pytest.raises(InputError):
            preview_article(item, data_dir)
    assert snapshot(data_dir) == before
