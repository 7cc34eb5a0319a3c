"""Every export format of a big table: seconds and peak memory, whole in pandas against streamed by DuckDB.

    .venv/bin/python benchmarks/exports_scale.py [--events 100000] [--formats csv json ...] [--keep DIR]

A synthetic table (benchmarks/timeline_figures.py, written as a stored generation by
benchmarks/query_paths.py) is exported whole, no filter, in each format, each run in its own process so
that its peak memory (VmHWM) is its own:
- pandas: `load_tables`, `apply_filters`, `render_export` (the bytes in memory), as the dashboard made a
  download before exports were streamed;
- streamed: `EventQuery.open`, `export_source`, `write_source` into a temporary file (as the dashboard's
  download does, `ui.downloads`), a piece of the events at a time.
Each line gives the wall time, the process's CPU time (all its threads: DuckDB's too), the file's size
and the peak memory, with the memory before opening (Python and the imports) beside it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.query_paths import _peak_mib, write_data
from events.query.exports import FORMATS


def run_export(data: Path, path: str, fmt: str) -> dict[str, Any]:
    from events.query.duck import EventQuery
    from events.query.exports import render_export, write_source
    from events.query.filters import Filters, apply_filters
    from events.store import load_tables

    baseline = _peak_mib()
    began, cpu = time.perf_counter(), time.process_time()
    if path == "pandas":
        size = len(render_export(apply_filters(load_tables(data), Filters()), fmt))
    else:
        with tempfile.TemporaryFile() as out:
            write_source(EventQuery.open(data).export_source(Filters()), fmt, out)
            size = out.tell()
    return {
        "seconds": time.perf_counter() - began,
        "cpu": time.process_time() - cpu,
        "bytes": size,
        "baseline_mib": baseline,
        "peak_mib": _peak_mib(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--formats", nargs="+", choices=list(FORMATS), default=list(FORMATS))
    parser.add_argument("--paths", nargs="+", choices=["pandas", "streamed"], default=["pandas", "streamed"])
    parser.add_argument("--keep", type=Path, help="write the data here and keep it (default: a temp dir)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_export(args.data, *args.child)))
        return
    header = (
        f"{'events':>9} {'format':<11} {'path':<9} {'wall s':>7} {'CPU s':>7} {'MB out':>8} {'peak MiB':>9}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        data = folder / f"data-{args.events}"
        if not (data / "tables.json").exists():
            data = write_data(folder, args.events)
        print(header)
        print("-" * len(header))
        for fmt in args.formats:
            for path in args.paths:
                out = subprocess.run(
                    [sys.executable, __file__, "--child", path, fmt, "--data", str(data)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                got = json.loads(out.stdout.strip().splitlines()[-1])
                print(
                    f"{args.events:>9,} {fmt:<11} {path:<9} {got['seconds']:>7.1f} {got['cpu']:>7.1f} "
                    f"{got['bytes'] / 1e6:>8.1f} {got['peak_mib']:>9.0f}  "
                    f"(before opening {got['baseline_mib']:.0f} MiB)"
                )


if __name__ == "__main__":
    main()
