"""Key dates on a big table: the time of the chronology's Key dates mode on first open, stage by stage.

    python benchmarks/keydates_scale.py --events 1000000              # synthetic (as pages_scale.py)
    python benchmarks/keydates_scale.py --events 1000000 --keep DIR   # keep the data for a rerun
    python benchmarks/keydates_scale.py --data DIR [--runs 3] [--profile]

It does what the page does on a cold cache (`ui/keydates.py`, `_key_dates`): DuckDB hands over the
columns key dates read of the filtered events (here: no filter), then `key_dates_passed_over` ranks the
days and picks each chosen day's sentences; then it times `python -m events keydates --dates 10` start to
finish in a new process. For each stage: wall and CPU seconds (the CPU of all the process's threads,
which a loaded machine does not inflate), fastest of `--runs` runs, with the load average beside them.
`--profile` prints cProfile's 25 costliest functions of one ranking.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.dashboard_browser import synthetic_data  # noqa: E402
from benchmarks.keydates_tls import child_seconds  # noqa: E402


def _timed(work: object) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu, result


def page_stages(data: Path, days: int) -> list[tuple[str, float, float]]:
    """(stage, wall s, CPU s) of the Key dates mode's work on a cold cache."""
    from events.query.duck import EventQuery
    from events.query.filters import Filters
    from events.query.keydates import (
        EVENT_COLUMNS_READ,
        MENTION_COLUMNS_READ,
        key_dates_passed_over,
        latest_published,
    )

    query = EventQuery.open(data)
    try:
        read_wall, read_cpu, shown = _timed(
            lambda: query.filter_tables(Filters(), events=EVENT_COLUMNS_READ, mentions=MENTION_COLUMNS_READ)
        )
        horizon = latest_published(query.sources())
        rank_wall, rank_cpu, _ = _timed(
            lambda: key_dates_passed_over(shown, dates=days, sentences=2, horizon=horizon)  # type: ignore[arg-type]
        )
    finally:
        query.close()
    return [
        ("read the columns (DuckDB)", read_wall, read_cpu),
        ("rank the days, pick sentences", rank_wall, rank_cpu),
    ]


def command_time(data: Path, days: int) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of `python -m events keydates`."""
    command = [sys.executable, "-m", "events", "keydates", "--data", str(data), "--dates", str(days)]
    return child_seconds([*command, "--format", "json"])


def profile(data: Path, days: int) -> None:
    from events.query.duck import EventQuery
    from events.query.filters import Filters
    from events.query.keydates import EVENT_COLUMNS_READ, MENTION_COLUMNS_READ, key_dates_passed_over

    query = EventQuery.open(data)
    try:
        shown = query.filter_tables(Filters(), events=EVENT_COLUMNS_READ, mentions=MENTION_COLUMNS_READ)
    finally:
        query.close()
    profiler = cProfile.Profile()
    profiler.enable()
    key_dates_passed_over(shown, dates=days, sentences=2)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events (default 1,000,000)")
    parser.add_argument("--data", type=Path, help="a data folder written earlier (no synthetic table made)")
    parser.add_argument("--keep", type=Path, help="make the synthetic table in this folder and keep it")
    parser.add_argument("--days", type=int, default=10, help="days asked for (default 10, the page's)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each stage (default 3)")
    parser.add_argument("--profile", action="store_true", help="print cProfile's costliest functions")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="keydates-scale-") as scratch:
        data = args.data
        if data is None:
            folder = args.keep or Path(scratch)
            folder.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            data = synthetic_data(folder, args.events)
            print(f"made {args.events:,} synthetic events in {data} in {time.perf_counter() - started:.0f} s")
        best: dict[str, tuple[float, float]] = {}
        for _ in range(args.runs):
            for stage, wall, cpu in [
                *page_stages(data, args.days),
                ("python -m events keydates", *command_time(data, args.days)),
            ]:
                old = best.get(stage)
                best[stage] = (min(wall, old[0]), min(cpu, old[1])) if old else (wall, cpu)
        load = os.getloadavg()[0]
        print(
            f"Key dates on {data} ({args.days} days), fastest of {args.runs} runs, load average {load:.1f}:"
        )
        page = [best[stage] for stage in best if stage != "python -m events keydates"]
        for stage, (wall, cpu) in best.items():
            print(f"  {stage:32s} {wall:6.2f} s wall  {cpu:6.2f} s CPU")
        wall, cpu = sum(w for w, _ in page), sum(c for _, c in page)
        print(f"  {'the page on first open (sum)':32s} {wall:6.2f} s wall  {cpu:6.2f} s CPU")
        if args.profile:
            profile(data, args.days)
    return 0


if __name__ == "__main__":
    sys.exit(main())
