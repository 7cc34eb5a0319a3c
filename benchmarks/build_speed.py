"""Whole build vs bare dateparser search over the same text, measured in one run: a synthetic corpus and
real news (the Timeline17 articles in ../shared/tls/, skipped when absent).

    .venv/bin/python benchmarks/build_speed.py [--articles 1000] [--real 400] [--tls ../shared/tls]
        [--workers N]

Prints articles/s for both, their ratio and the peak memory of each. Goal: the whole pipeline
(segmenting, dates, entities, merging, tables) is no slower than `search_dates(text, languages=['en'])`.
The gazetteer and its country and city data are loaded once before timing, as a running app has them.

With `--workers N` both are measured again on a Dask cluster of N worker processes the script starts on
127.0.0.1 (and closes after): the build with the Dask engine, and bare search over the same batches of
articles on the same workers, so that many cores are compared like for like. The cluster's build is checked
to give the one-process build's tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import write_corpus
from events.engines.local import build_tables
from events.extract.corpus import load_corpus, load_sources_csv, read_article
from events.extract.entities import load_gazetteer
from events.schema import Tables

ROOT = Path(__file__).resolve().parent.parent
# ../shared/tls beside the checkout (or beside the folder of worktrees)
DEFAULT_TLS = next(
    (p / "shared" / "tls" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "tls").is_dir()),
    ROOT.parent / "shared" / "tls",
)


def measure(run: Callable[[], object]) -> tuple[float, float]:
    """Seconds of one call (untraced), then the peak Python memory (MB) of a second, traced call."""
    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 1e6


def write_real_sample(
    tls: Path, target: Path, count: int, exclude: frozenset[str] = frozenset()
) -> list[tuple[str, str, dt.date]]:
    """Every k-th article of each Timeline17 story (of those not in `exclude`), copied into target/articles
    with one sources.csv."""
    (target / "articles").mkdir(parents=True)
    stories = sorted(p for p in tls.iterdir() if (p / "articles").is_dir())
    per_story = max(1, count // max(1, len(stories)))
    rows = ["file,outlet,title,url,published"]
    files: list[tuple[str, str, dt.date]] = []
    for story in stories:
        sources, _problems = load_sources_csv(story / "sources.csv")
        names = sorted(
            name
            for name, row in sources.items()
            if row.published and name not in exclude and (story / "articles" / name).is_file()
        )
        step = max(1, len(names) // per_story)
        for name in names[::step][:per_story]:
            try:
                text = read_article(story / "articles" / name)
            except Exception:  # an empty or unreadable file is the build's problem to report, not ours
                continue
            published = sources[name].published
            assert published is not None
            (target / "articles" / name).write_text(text, encoding="utf-8")
            rows.append(f"{name},{sources[name].outlet},,,{published.isoformat()}")
            files.append((name, text, published))
    (target / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return files


def read_sample(folder: Path) -> list[tuple[str, str, dt.date]]:
    """(name, text, publication day) of each article `write_real_sample` wrote into folder."""
    sources, _problems = load_sources_csv(folder / "sources.csv")
    return [
        (name, read_article(folder / "articles" / name), row.published)
        for name, row in sorted(sources.items())
        if row.published is not None
    ]


def search_batch(batch: Sequence[tuple[str, str, dt.date]], _shared: object) -> list[int]:
    """Bare search over a batch of articles (a step of the Dask engine's shape): how many dates each holds."""
    from dateparser.search import search_dates

    found = []
    for _name, text, published in batch:
        base = dt.datetime.combine(published, dt.time())
        found.append(len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or ()))
    return found


def compare(
    label: str,
    directory: Path,
    files: list[tuple[str, str, dt.date]],
    warm_up: Path | None = None,
    workers: int = 0,
) -> None:
    built: list[Tables] = []

    def whole_build(folder: Path = directory) -> None:
        corpus = load_corpus(folder / "articles", folder / "sources.csv")
        built.append(build_tables(corpus))

    def bare_search(sample: list[tuple[str, str, dt.date]] = files) -> None:
        search_batch(sample, None)

    if warm_up is not None:
        # Both sides first read other articles of the same archive, untimed: one-time loading (dateparser's
        # language data, patterns compiled on first use) is then paid by neither, as in a running app, and
        # no cache holds the timed texts. Without it the side run first paid it alone: bare search measured
        # 19 s over the real sample after the synthetic corpus and 26 s alone, at the same load.
        whole_build(warm_up)
        bare_search(read_sample(warm_up))

    build_s, build_mb = measure(whole_build)
    search_s, search_mb = measure(bare_search)
    n = len(files)
    print(f"{label}: {n} articles")
    print(f"{'':24}{'seconds':>10}{'articles/s':>14}{'peak MB':>10}")
    print(f"{'whole build':24}{build_s:10.2f}{n / build_s:14.1f}{build_mb:10.1f}")
    print(f"{'bare search_dates':24}{search_s:10.2f}{n / search_s:14.1f}{search_mb:10.1f}")
    print(f"ratio (build speed / search speed): {search_s / build_s:.2f}x")
    if workers:
        compare_on_cluster(directory, files, warm_up, workers, built[-1], build_s, search_s)


def compare_on_cluster(
    directory: Path,
    files: list[tuple[str, str, dt.date]],
    warm_up: Path | None,
    workers: int,
    expected: Tables,
    build_s: float,
    search_s: float,
) -> None:
    """Both sides again on a local cluster of `workers` processes, beside the one-process seconds."""
    import distributed

    from events.engines.dask import DaskScheduler

    gazetteer = load_gazetteer()

    def build_on(scheduler: DaskScheduler, folder: Path = directory) -> Tables:
        return build_tables(
            load_corpus(folder / "articles", folder / "sources.csv"), gazetteer, scheduler=scheduler
        )

    def search_on(scheduler: DaskScheduler, sample: list[tuple[str, str, dt.date]] = files) -> None:
        scheduler.map(search_batch, sample, None)

    with (
        distributed.LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,  # one article at a time per process, as the one-process figures
            processes=True,
            host="127.0.0.1",
            scheduler_port=0,
            dashboard_address=None,
            silence_logs=logging.ERROR,  # (a worker slow to stop under load is killed with a warning)
        ) as cluster,
        DaskScheduler(cluster.scheduler_address) as scheduler,
    ):
        if warm_up is not None:  # (the synthetic corpus has none: each worker's first loading is counted)
            # each worker reads other articles first (dateparser's data, patterns compiled on first use),
            # as the one-process sides did
            build_on(scheduler, warm_up)
            search_on(scheduler, read_sample(warm_up))

        def cpu_seconds() -> float:
            # this process (which merges, and runs the scheduler) and every worker: the work done, which a
            # busy machine leaves as it is while it stretches the wall seconds
            return time.process_time() + float(sum(client.run(time.process_time).values()))

        with distributed.Client(cluster) as client:  # type: ignore[no-untyped-call]
            cpu, started = cpu_seconds(), time.perf_counter()
            tables = build_on(scheduler)
            cluster_build = time.perf_counter() - started, cpu_seconds() - cpu
            cpu, started = cpu_seconds(), time.perf_counter()
            search_on(scheduler)
            cluster_search = time.perf_counter() - started, cpu_seconds() - cpu
    n = len(files)
    print(f"on a local Dask cluster of {workers} worker processes (one process beside it)")
    print(f"{'':24}{'seconds':>10}{'CPU s':>8}{'articles/s':>14}{'1 process':>12}{'speed-up':>10}")
    for side, (seconds, cpu), alone in (
        ("whole build (dask)", cluster_build, build_s),
        ("bare search_dates", cluster_search, search_s),
    ):
        print(
            f"{side:24}{seconds:10.2f}{cpu:8.2f}{n / seconds:14.1f}{n / alone:12.1f}{alone / seconds:9.2f}x"
        )
    ratio = cluster_search[0] / cluster_build[0]
    print(f"ratio on {workers} workers (build speed / search speed): {ratio:.2f}x")
    same = all(
        getattr(tables, name).equals(getattr(expected, name)) for name in ("events", "mentions", "sources")
    )
    print(f"the cluster's tables are the one-process build's: {'yes' if same else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles (0 to skip)")
    parser.add_argument("--real", type=int, default=400, help="Timeline17 articles (0 to skip)")
    parser.add_argument("--tls", type=Path, default=DEFAULT_TLS)
    parser.add_argument(
        "--workers", type=int, default=0, help="also measure both on a local Dask cluster of N processes"
    )
    args = parser.parse_args()
    from dateparser.search import search_dates

    search_dates("warm up on Tuesday", languages=["en"])
    load_gazetteer().find("Warm up in Kathmandu, said the IAEA.")
    with tempfile.TemporaryDirectory() as tmp:
        if args.articles:
            synthetic = Path(tmp) / "synthetic"
            synthetic.mkdir()
            compare(
                "synthetic corpus", synthetic, write_corpus(synthetic, args.articles), workers=args.workers
            )
        if args.real and args.tls.is_dir():
            real = Path(tmp) / "real"
            files = write_real_sample(args.tls, real, args.real)
            warm_up = Path(tmp) / "warm-up"
            write_real_sample(
                args.tls, warm_up, max(20, args.real // 10), exclude=frozenset(name for name, _t, _d in files)
            )
            compare(f"real news ({args.tls})", real, files, warm_up, args.workers)
        elif args.real:
            print(f"real news: skipped, {args.tls} is absent")


if __name__ == "__main__":
    main()
