"""The Dask engine runs the local engine's steps: the same tables, row for row and value for value."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import distributed
import pandas as pd
import pytest

from benchmarks.synthetic import write_corpus
from events.__main__ import main
from events.engines.dask import DaskScheduler
from events.engines.local import build_tables
from events.extract.corpus import Corpus, load_corpus
from events.schema import Tables

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def synthetic_dask(tmp_path_factory) -> Corpus:
    """Twenty synthetic articles and the five bundled ones, one of which states no publication date,
    so that the inference step runs too."""
    folder = tmp_path_factory.mktemp("synthetic_dask")
    write_corpus(folder, 20)
    for path in (ROOT / "data" / "articles").iterdir():
        shutil.copy(path, folder / "articles" / path.name)
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8") as bundled:
        rows = [[row["article"], row["outlet"], row["title"], "", ""] for row in csv.DictReader(bundled)]
    with (folder / "sources.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)  # publication dates left to the build
    corpus = load_corpus(folder / "articles", folder / "sources.csv")
    assert any(a.published is None for a in corpus.articles)
    return corpus


@pytest.fixture(scope="module")
def local_tables(synthetic_dask) -> Tables:
    return build_tables(synthetic_dask)


def assert_same_tables(actual: Tables, expected: Tables) -> None:
    for name in ("events", "mentions", "sources"):
        pd.testing.assert_frame_equal(getattr(actual, name), getattr(expected, name))
    assert len(expected.events) > 20


def test_dask_in_local_processes_equals_the_local_engine(synthetic_dask, local_tables):
    with DaskScheduler(partitions=3) as scheduler:
        assert_same_tables(build_tables(synthetic_dask, scheduler=scheduler), local_tables)


def test_dask_on_a_distributed_cluster_equals_the_local_engine(synthetic_dask, local_tables):
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            scheduler_port=0,
            dashboard_address=None,
        ) as cluster,
        DaskScheduler(cluster.scheduler_address, partitions=4) as scheduler,
    ):
        tables = build_tables(synthetic_dask, scheduler=scheduler)
    assert_same_tables(tables, local_tables)


def test_the_command_line_builds_with_dask_into_the_same_tables(tmp_path):
    for engine in ("local", "dask"):
        data = tmp_path / engine
        shutil.copytree(ROOT / "data" / "articles", data / "articles")
        shutil.copy(ROOT / "data" / "sources.csv", data / "sources.csv")
        args = ["build", "--data", str(data)] + (
            ["--engine", "dask", "--partitions", "2"] if engine == "dask" else []
        )
        assert main(args) == 0
    for name in ("events.csv", "mentions.csv", "sources.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()


def test_scheduler_options_need_the_dask_engine(tmp_path, capsys):
    assert main(["build", "--data", str(tmp_path), "--partitions", "2"]) == 2
    assert "--engine dask" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_a_clear_error_and_stores_nothing(tmp_path, capsys, monkeypatch):
    # The engine gives a scheduler 10 s to answer; nothing ever answers here, so the test gives it 1 s
    # (the same refusal and the same message, without ten idle seconds of a test worker).
    made = []

    class QuickClient(distributed.Client):
        def __init__(self, address, timeout=None, **kwargs):
            made.append(timeout)
            super().__init__(address, timeout="1s", **kwargs)

    monkeypatch.setattr(distributed, "Client", QuickClient)
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", data / "articles")
    shutil.copy(ROOT / "data" / "sources.csv", data / "sources.csv")
    # port 9 (discard) on this machine: nothing listens there
    assert main(["build", "--data", str(data), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
    assert not (data / "tables.json").exists()
    assert made == ["10s"]  # the engine's own call, only its wait shortened
