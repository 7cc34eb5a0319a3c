"""The dashboard's queries on the pandas path against the DuckDB path: time and peak memory by table size.

    .venv/bin/python benchmarks/query_paths.py [--sizes 10000 100000 1000000] [--repeat 3] [--keep DIR]
    .venv/bin/python benchmarks/query_paths.py --sizes 10000000 --paths duckdb   # the DuckDB path alone

For each size a synthetic table (benchmarks/timeline_figures.py: five years, a dense fortnight, one to
six sources) is written as a stored generation (Parquet partitioned by year and month); then each path
runs in its own process, so that its peak memory (ru_maxrss) is its own:
- pandas: `load_tables` (the whole table in memory, as the dashboard held it), then `apply_filters`,
  `facet_counts` and `timeline_figure` on the result;
- DuckDB: `EventQuery.open` (the files only) and `coded()` (the filterable columns read once as
  numpy codes, events/query/coded.py: "open" includes it), then `events_page` (the first 60 visible
  events and their number: what reaches pandas instead of the filtered table), `facet_counts`, and
  `timeline_plot` (the same figure, from counts per day and lane when the table is big); "counts" is
  `timeline_counts` alone, the squares' aggregate (still one SQL statement over the files); "rerun"
  is everything the timeline page asks on a filter change (count, facet counts, figure, span, the
  list under the chart), with the connection's own caches emptied first, as for filters never seen,
  in wall and CPU milliseconds (the process's CPU, DuckDB's threads included).
"filter" is apply_filters on the pandas path and events_page on the DuckDB path; "figure" includes the
filtering it needs on both. Each time is the median of --repeat runs, in ms, per scenario of
benchmarks/timeline_figures.py. Memory is the process's peak resident size (VmHWM) after opening and
running everything, and its size before opening (Python and the imports).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timeline_figures import SCENARIOS, synthetic_tables


def _median_ms(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The median time of `repeat` runs in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), result


def _median_cpu_ms(repeat: int, work: Callable[[], Any]) -> tuple[float, float]:
    """The median wall time and the median CPU time of the process (every thread: DuckDB's too) of
    `repeat` runs, in milliseconds: on a loaded machine the CPU time is the steadier figure."""
    walls, cpus = [], []
    for _ in range(repeat):
        began, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - began) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _peak_mib() -> float:
    # VmHWM, not ru_maxrss: after exec, ru_maxrss still counts the parent's peak (the synthetic table).
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pandas_figure(tables: Any, filters: Any, lanes: str) -> Any:
    from events.query.figures import timeline_figure
    from events.query.filters import apply_filters

    return timeline_figure(apply_filters(tables, filters), lanes)


def run_pandas(data: Path, repeat: int) -> dict[str, Any]:
    from events.query.filters import apply_filters, facet_counts
    from events.store import load_tables

    baseline = _peak_mib()
    load_ms, tables = _median_ms(1, lambda: load_tables(data))
    rows = []
    for scenario in SCENARIOS:
        filters, lanes = scenario.filters, scenario.lanes
        filter_ms, shown = _median_ms(repeat, partial(apply_filters, tables, filters))
        facets_ms, _ = _median_ms(repeat, partial(facet_counts, tables, filters))
        figure_ms, plot = _median_ms(repeat, partial(_pandas_figure, tables, filters, lanes))
        rows.append(
            {
                "scenario": scenario.name,
                "shown": len(shown.events),
                "filter": filter_ms,
                "facets": facets_ms,
                "figure": figure_ms,
                "counts": None,
                "rerun": filter_ms + facets_ms + figure_ms,
                "rerun_cpu": None,
                "mode": plot.mode,
            }
        )
    return {"open_ms": load_ms, "baseline_mib": baseline, "peak_mib": _peak_mib(), "rows": rows}


def _first_page(query: Any, filters: Any) -> tuple[Any, int]:
    """The first 60 visible events and their number, not from the connection's cache of pages."""
    query._pages.cache_clear()
    page: tuple[Any, int] = query.events_page(filters, limit=60)
    return page


def _rerun(query: Any, filters: Any, lanes: str) -> None:
    """What the timeline page asks of the connection when the filters change, none of it cached."""
    query._pages.cache_clear()
    query._text_hits.cache_clear()
    query.count(filters)
    query.facet_counts(filters)
    plot = query.timeline_plot(filters, lanes, None, "", width_px=725)
    query.span(filters)
    query.events_page(filters, within=plot.view, offset=0, limit=60)


def run_duckdb(data: Path, repeat: int) -> dict[str, Any]:
    from events.query.duck import EventQuery

    baseline = _peak_mib()

    def opened() -> EventQuery:
        query = EventQuery.open(data)
        query.coded()
        return query

    open_ms, query = _median_ms(1, opened)
    query.facet_options()  # once per data version, as the dashboard's cached connection does
    rows = []
    for scenario in SCENARIOS:
        filters, lanes = scenario.filters, scenario.lanes
        filter_ms, (_, shown) = _median_ms(repeat, partial(_first_page, query, filters))
        facets_ms, _ = _median_ms(repeat, partial(query.facet_counts, filters))
        figure_ms, plot = _median_ms(repeat, partial(query.timeline_plot, filters, lanes))
        counts_ms, _ = _median_ms(repeat, partial(query.timeline_counts, filters, lanes))
        rerun_ms, rerun_cpu_ms = _median_cpu_ms(repeat, partial(_rerun, query, filters, lanes))
        rows.append(
            {
                "scenario": scenario.name,
                "shown": shown,
                "filter": filter_ms,
                "facets": facets_ms,
                "figure": figure_ms,
                "counts": counts_ms,
                "rerun": rerun_ms,
                "rerun_cpu": rerun_cpu_ms,
                "mode": plot.mode,
            }
        )
    return {"open_ms": open_ms, "baseline_mib": baseline, "peak_mib": _peak_mib(), "rows": rows}


def write_data(folder: Path, n: int) -> Path:
    from events.schema import Tables, validate
    from events.store import write_tables

    tables = synthetic_tables(n)
    sources = tables.sources.assign(
        published_basis="given", published_evidence="", sha256="0" * 64, title="Synthetic article"
    )
    checked = Tables(
        validate("events", tables.events), validate("mentions", tables.mentions), validate("sources", sources)
    )
    data = folder / f"data-{n}"
    data.mkdir(parents=True, exist_ok=True)
    write_tables(checked, data)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the data here and keep it (default: a temp dir)")
    parser.add_argument(
        "--paths",
        nargs="+",
        choices=["pandas", "duckdb"],
        default=["pandas", "duckdb"],
        help="the paths to run (the pandas path holds the whole table: about 8 GB at 10M events)",
    )
    parser.add_argument("--child", choices=["pandas", "duckdb"], help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run = run_pandas if args.child == "pandas" else run_duckdb
        print(json.dumps(run(args.data, args.repeat)))
        return

    header = (
        f"{'events':>9} {'path':<7} {'scenario':<14} {'shown':>9} {'mode':<7} {'filter ms':>10} "
        f"{'facets ms':>10} {'figure ms':>10} {'counts ms':>10} {'rerun ms':>10} {'(CPU ms)':>9}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        for n in args.sizes:
            began = time.perf_counter()
            data = folder / f"data-{n}"
            if not (data / "tables.json").exists():
                data = write_data(folder, n)
            print(f"\n{n:,} events: stored in {time.perf_counter() - began:.1f} s")
            print(header)
            print("-" * len(header))
            for path in ("pandas", "duckdb"):
                if path not in args.paths:
                    print(f"{n:>9,} {path:<7} not run (--paths {' '.join(args.paths)})")
                    continue
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        path,
                        "--data",
                        str(data),
                        "--repeat",
                        str(args.repeat),
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                result = json.loads(out.stdout.strip().splitlines()[-1])
                for row in result["rows"]:
                    counts = f"{row['counts']:>10.1f}" if row["counts"] is not None else f"{'-':>10}"
                    cpu = f"{row['rerun_cpu']:>9.1f}" if row["rerun_cpu"] is not None else f"{'-':>9}"
                    print(
                        f"{n:>9,} {path:<7} {row['scenario']:<14} {row['shown']:>9,} {row['mode']:<7} "
                        f"{row['filter']:>10.1f} {row['facets']:>10.1f} {row['figure']:>10.1f} {counts} "
                        f"{row['rerun']:>10.1f} {cpu}"
                    )
                print(
                    f"{n:>9,} {path:<7} open {result['open_ms']:.0f} ms; peak memory "
                    f"{result['peak_mib']:.0f} MiB (of which {result['baseline_mib']:.0f} MiB before opening)"
                )


if __name__ == "__main__":
    main()
