"""A build's tables are a function of its articles alone: not of how busy the machine is, the hash seed,
the order of the articles, or how the engine cuts them into batches and in which order it runs those.

A budget of seconds once cut articles short on a loaded machine (and the first article of each freshly
started Dask worker, which also paid for loading the date parser), so the Dask engine gave more events
than the local one. The budget now counts steps: these tests run a build with clocks that race and with
another hash seed, and hold its tables to those of an ordinary build."""

from __future__ import annotations

import csv
import os
import pickle
import random
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pytest

from events.engines import local
from events.extract.budget import Budget
from events.extract.corpus import Corpus, load_corpus
from events.schema import Tables

ROOT = Path(__file__).resolve().parents[1]
UNDATED = "ukraine-claims-dozens-of-chinese-nationals-fighting-for-russia.txt"
SMALL_BUDGET = 20  # steps: fewer than any bundled article takes, so that each is cut short

Item = TypeVar("Item")
Shared = TypeVar("Shared")
Result = TypeVar("Result")

# A machine a thousand times slower, as far as any clock can tell: every clock runs a thousand times
# fast from the moment the process starts. The build, with another hash seed, writes its tables.
RACING_BUILD = """
import pickle, sys, time
from pathlib import Path

def racing(clock):
    start = clock()
    return lambda: start + 1000 * (clock() - start)

for name in ("monotonic", "perf_counter", "time", "process_time"):
    setattr(time, name, racing(getattr(time, name)))

from events.engines import local
from events.extract.budget import Budget
from events.extract.corpus import load_corpus

folder, out, steps = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
corpus = load_corpus(folder / "articles", folder / "sources.csv")
whole = local.build_tables(corpus)
local.Budget = lambda: Budget(steps=steps)
with open(out, "wb") as handle:
    pickle.dump((whole, local.build_tables(corpus)), handle)
"""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled articles, one of them with its publication date left to the build's inference."""
    folder = tmp_path_factory.mktemp("bundled")
    shutil.copytree(ROOT / "data" / "articles", folder / "articles")
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8") as given:
        rows = [
            {
                "article": r["article"],
                "outlet": r["outlet"],
                "published": "" if r["article"] == UNDATED else r["published"],
            }
            for r in csv.DictReader(given)
        ]
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["article", "outlet", "published"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder


def corpus_of(folder: Path) -> Corpus:
    return load_corpus(folder / "articles", folder / "sources.csv")


@pytest.fixture(scope="module")
def ordinary(bundled: Path) -> Tables:
    corpus = corpus_of(bundled)
    assert any(a.published is None for a in corpus.articles)  # the inference step runs too
    return local.build_tables(corpus)


def assert_same_tables(actual: Tables, expected: Tables) -> None:
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(actual, name), getattr(expected, name))


def test_a_build_on_a_machine_a_thousand_times_slower_with_another_hash_seed_gives_the_same_tables(
    bundled: Path, ordinary: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tables.pickle"
    subprocess.run(
        [sys.executable, "-c", RACING_BUILD, str(bundled), str(out), str(SMALL_BUDGET)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "1"},
        check=True,
    )
    with out.open("rb") as handle:
        racing_whole, racing_cut = pickle.load(handle)
    assert_same_tables(racing_whole, ordinary)
    assert "split it" not in " ".join(ordinary.sources["notes"])
    # An article over its budget is cut at the same step however slow the machine, and the note says so.
    monkeypatch.setattr(local, "Budget", lambda: Budget(steps=SMALL_BUDGET))
    cut = local.build_tables(corpus_of(bundled))
    assert_same_tables(racing_cut, cut)
    assert "split it" in " ".join(cut.sources["notes"]) and len(cut.mentions) < len(ordinary.mentions)


class ShuffledBatches:
    """A scheduler that cuts the items into batches of random sizes and runs the batches in a random
    order, as Dask's partitions may be spread over workers and finished."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def map(
        self, step: Callable[[Sequence[Item], Shared], list[Result]], items: Sequence[Item], shared: Shared
    ) -> list[Result]:
        cuts = (
            sorted(self.random.sample(range(1, len(items)), min(3, len(items) - 1))) if len(items) > 1 else []
        )
        bounds = list(zip([0, *cuts], [*cuts, len(items)], strict=True))
        done: dict[int, list[Result]] = {}
        for start, end in self.random.sample(bounds, len(bounds)):
            done[start] = step(items[start:end], shared)
        return [result for start, _end in bounds for result in done[start]]


@pytest.mark.parametrize("seed", [1, 2])
def test_batches_in_any_order_and_articles_in_any_order_give_the_same_tables(
    bundled: Path, ordinary: Tables, seed: int
) -> None:
    corpus = corpus_of(bundled)
    articles = list(corpus.articles)
    random.Random(seed).shuffle(articles)
    shuffled = Corpus(tuple(articles), corpus.problems)
    tables = local.build_tables(shuffled, scheduler=ShuffledBatches(seed))
    pd.testing.assert_frame_equal(tables.events, ordinary.events)
    pd.testing.assert_frame_equal(tables.mentions, ordinary.mentions)
    by_article = tables.sources.set_index("article").sort_index()
    pd.testing.assert_frame_equal(by_article, ordinary.sources.set_index("article").sort_index())
