"""How the build scales: synthetic corpora of growing size and the real Timeline17 articles, local
engine and Dask, cold and cached; and adding one article to a built corpus.

    .venv/bin/python benchmarks/build_scale.py [--sizes 500,2000,8000] [--add-sizes 500,5000]
        [--add-runs 2] [--engines local,dask] [--tls ../shared/tls] [--partitions N]

Every case runs in a fresh process, so that its peak memory (resident set, ru_maxrss) is its own;
Dask's worker processes are reported apart. "wall s" and "art/s" are wall-clock; "cpu s" and
"art/cpu" are this process's CPU time, which on a shared machine says more than the wall clock (for
Dask it leaves out the workers' CPU, so compare Dask by wall clock). "vs 1st" is the speed relative
to the first synthetic size. The real articles are read where they are (never copied); their cache
lives in a temporary folder that is deleted at the end. Goals (issue 10): articles/s at 8,000 at least
80 % of that at 500, a cached rebuild much faster than a cold one, an add to 5,000 articles under 2 s.

An add is timed three ways per attempt: "add s"/"cpu s" in a process that has imported the package
("decided": mentions the replayed merge decided again, -1 if it merged everything; "shared": of the
new version's partition files, how many are the previous version's, not written again); "next s"/"cpu s"
for a second add in that process, as the dashboard adds one article after another; and "command s"
for `python -m events add FILE --data DIR` end to end, starting Python included ("cpu s" after it
is that command's CPU time), with Python's compiled modules kept as after an installed program's first
run ("command s"), and compiling the package's modules on every run ("no .pyc s", as Python does when
PYTHONDONTWRITEBYTECODE is set: 0.3-0.4 CPU-s more). `--add-runs` adds that many times to each
size (each run adds new articles to the same folder); "load" is the machine's load average over the
last minute as the run's line is printed, since on a shared machine the wall clock follows it.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import article_text, write_corpus  # noqa: E402


def load_real(tls: Path) -> Any:
    """Every story's articles under `tls` as one corpus, read in place."""
    from events.extract.corpus import Corpus, load_corpus

    articles: list[Any] = []
    for story in sorted(p for p in tls.iterdir() if (p / "articles").is_dir()):
        articles.extend(load_corpus(story / "articles", story / "sources.csv").articles)
    return Corpus(tuple(articles))


def build_case(
    corpus_dir: str, tls: str, cache_dir: str, engine: str, partitions: int | None
) -> dict[str, Any]:
    """One build of a corpus (a synthetic folder, or the real articles) with the mention cache in
    `cache_dir`: cold when it is empty, cached when an earlier case filled it."""
    from events.engines.local import build_tables
    from events.extract.corpus import load_corpus
    from events.store.cache import MentionCache

    started, cpu = time.perf_counter(), time.process_time()
    if tls:
        corpus = load_real(Path(tls))
    else:
        corpus = load_corpus(Path(corpus_dir) / "articles", Path(corpus_dir) / "sources.csv")
    cache = MentionCache(Path(cache_dir))
    if engine == "dask":
        from events.engines.dask import DaskScheduler

        with DaskScheduler(partitions=partitions) as scheduler:
            tables = build_tables(corpus, scheduler=scheduler, cache=cache)
    else:
        tables = build_tables(corpus, cache=cache)
    return {
        "articles": len(corpus.articles),
        "events": len(tables.events),
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "extracted": cache.misses,
        **_peaks(),
    }


def add_case(data_dir: str) -> dict[str, Any]:
    """Add one new synthetic article to a built data folder, as `python -m events add` does (in this
    process, modules already imported): its time, and how many mentions the merge decided again
    (-1: it merged everything)."""
    from events.merge import incremental
    from events.store import increments
    from events.store.ingest import NewArticle, add_articles

    decided: list[int] = []
    real = incremental.replay

    def counting(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        decided.append(result.decided)
        return result

    setattr(increments, "replay", counting)  # noqa: B010 - counted where the build calls it
    timings = []
    shared = partitions = 0
    for attempt in range(2):  # the second as the dashboard's next add: in a process that has added before
        before = _partition_checksums(Path(data_dir))
        text = article_text(random.Random(time.time_ns()), dt.date(2025, 3, 3))
        item = NewArticle(text=text, outlet="Benchmark", title=f"Benchmark article {time.time_ns()}")
        started, cpu = time.perf_counter(), time.process_time()
        report = add_articles([item], Path(data_dir))
        assert report.added, report.summary()
        timings.append((time.perf_counter() - started, time.process_time() - cpu))
        if attempt == 0:
            after = _partition_checksums(Path(data_dir))
            shared = sum(1 for name, sha in after.items() if before.get(name) == sha)
            partitions = len(after)
    return {
        "seconds": timings[0][0],
        "cpu": timings[0][1],
        "next_seconds": timings[1][0],
        "next_cpu": timings[1][1],
        "decided": decided[0] if decided else -1,
        "shared": shared,
        "partitions": partitions,
        **_peaks(),
    }


def _partition_checksums(data_dir: Path) -> dict[str, str]:
    """The current version's partition files (events/..., mentions/...) and their checksums."""
    files = json.loads((data_dir / "tables.json").read_bytes())["files"]
    return {
        name: facts["sha256"] for name, facts in files.items() if name.startswith(("events/", "mentions/"))
    }


def add_command(data_dir: str, attempt: int, bytecode: str) -> dict[str, Any]:
    """`python -m events add FILE --data DIR` end to end, in its own process: wall-clock and CPU
    seconds (starting Python and importing the package included). `bytecode`: a folder where Python
    keeps the package's compiled modules, as an installed program has them after its first run
    ("": compile every module on each run, as Python does under PYTHONDONTWRITEBYTECODE)."""
    text = article_text(random.Random(time.time_ns() + attempt), dt.date(2025, 3, 3))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = bytecode
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    with tempfile.TemporaryDirectory(prefix="add-") as tmp:
        path = Path(tmp) / f"benchmark-command-{attempt}-{time.time_ns()}.txt"
        path.write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "events", "add", str(path), "--data", data_dir, "--outlet", "Benchmark"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu}


def prepare_case(data_dir: str, size: int) -> dict[str, Any]:
    from events.store.build import build

    write_corpus(Path(data_dir), size)
    started = time.perf_counter()
    build(Path(data_dir))
    return {"seconds": time.perf_counter() - started}


def _peaks() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": own, "worker_peak_mb": workers}


def in_fresh_process(function: Any, *args: Any) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result: dict[str, Any] = pool.submit(function, *args).result()
        return result


def row(label: str, result: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    """One build's figures; the ratios compare its speed with the first (smallest) synthetic corpus's."""
    rate = result["articles"] / result["seconds"]
    cpu_rate = result["articles"] / max(result["cpu"], 1e-9)
    if baseline:
        ratios = f"{rate / (baseline['articles'] / baseline['seconds']):>7.0%}"
        ratios += f"{cpu_rate / (baseline['articles'] / max(baseline['cpu'], 1e-9)):>7.0%}"
    else:
        ratios = f"{'':>14}"
    workers = f"{result['worker_peak_mb']:8.0f}" if result["worker_peak_mb"] else f"{'-':>8}"
    return (
        f"{label:34}{result['articles']:>7}{result['events']:>7}{result['extracted']:>8}"
        f"{result['seconds']:>8.1f}{result['cpu']:>7.1f}{rate:>8.1f}{cpu_rate:>8.1f}{ratios}"
        f"{result['peak_mb']:>8.0f}{workers}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,8000", help="synthetic corpus sizes")
    parser.add_argument("--add-sizes", default="500,5000", help="corpus sizes to add one article to")
    parser.add_argument("--add-runs", type=int, default=2, help="adds timed at each of those sizes")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--partitions", type=int, help="Dask partitions (default 4 per worker)")
    parser.add_argument("--tls", type=Path, default=ROOT.parent / "shared" / "tls", help="Timeline17 folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    add_sizes = [int(s) for s in args.add_sizes.split(",") if s]
    engines = [e for e in args.engines.split(",") if e]
    print(f"{dt.datetime.now():%Y-%m-%d %H:%M}, {multiprocessing.cpu_count()} CPUs")
    print(
        f"{'build':34}{'articles':>7}{'events':>7}{'extract':>8}{'wall s':>8}{'cpu s':>7}{'art/s':>8}"
        f"{'art/cpu':>8}{'vs 1st':>7}{'(cpu)':>7}{'peak MB':>8}{'workers':>8}"
    )
    with tempfile.TemporaryDirectory(prefix="build_scale-") as tmp:
        root = Path(tmp)
        corpora: list[tuple[str, str, str]] = []
        for size in sizes:
            folder = root / f"synthetic-{size}"
            write_corpus(folder, size)
            corpora.append((f"synthetic {size}", str(folder), ""))
        if (args.tls / "README.md").exists():
            corpora.append(("Timeline17 (real)", "", str(args.tls)))
        else:
            print(f"(no real articles at {args.tls}: skipped)")
        for engine in engines:
            baseline: dict[str, Any] | None = None
            for label, corpus_dir, real in corpora:
                cache = root / f"cache-{engine}-{label.replace(' ', '-')}"
                for state in ("cold", "cached"):
                    result = in_fresh_process(
                        build_case, corpus_dir, real, str(cache), engine, args.partitions
                    )
                    if label.startswith("synthetic") and state == "cold" and baseline is None:
                        baseline = result
                    shown = baseline if state == "cold" and label.startswith("synthetic") else None
                    print(row(f"{engine:6}{label:20}{state:>8}", result, shown), flush=True)
                shutil.rmtree(cache, ignore_errors=True)
        print()
        print(
            f"{'add one article':34}{'prepare s':>10}{'add s':>9}{'cpu s':>8}{'next s':>9}{'cpu s':>8}"
            f"{'peak MB':>9}{'decided':>9}{'shared':>9}{'command s':>11}{'cpu s':>8}"
            f"{'no .pyc s':>11}{'cpu s':>8}{'load':>6}"
        )
        bytecode = root / "bytecode"
        for size in add_sizes:
            added = root / f"add-{size}"
            prepared = in_fresh_process(prepare_case, str(added), size)
            if not bytecode.exists():  # the package's first run as a program: its modules compiled once
                add_command(str(added), 0, str(bytecode))
            for attempt in range(1, args.add_runs + 1):
                result = in_fresh_process(add_case, str(added))
                command = add_command(str(added), attempt, str(bytecode))
                compiling = add_command(str(added), attempt + 10, "")
                shared = f"{result['shared']}/{result['partitions']}"
                print(
                    f"{f'to {size} articles (#{attempt})':34}{prepared['seconds']:>10.1f}"
                    f"{result['seconds']:>9.2f}{result['cpu']:>8.2f}{result['next_seconds']:>9.2f}"
                    f"{result['next_cpu']:>8.2f}{result['peak_mb']:>9.0f}"
                    f"{result['decided']:>9}{shared:>9}"
                    f"{command['seconds']:>11.2f}{command['cpu']:>8.2f}"
                    f"{compiling['seconds']:>11.2f}{compiling['cpu']:>8.2f}{os.getloadavg()[0]:>6.1f}",
                    flush=True,
                )
            shutil.rmtree(added, ignore_errors=True)


if __name__ == "__main__":
    main()
