"""A filter change on the timeline page of a big table: the server's time for the rerun (Streamlit's AppTest).

    .venv/bin/python benchmarks/filter_change.py --data DIR      # a folder kept by pages_scale.py --keep
    .venv/bin/python benchmarks/filter_change.py --events 100000

The dashboard (dashboard.py) runs in this process on the data folder, as the server runs it: the first run
opens the data version (DuckDB's connection and the coded columns, events/query/coded.py) and draws the
timeline, and the review queue's count and the search's token index (events/query/search.py), both made
in the background, are waited for (their CPU would be counted in the steps'); then each step changes the
sidebar's filters as a reader does, and the rerun it
causes is timed (wall, and this process's CPU: the script, Streamlit's and DuckDB's threads). Every
step's filters are new to the server, so nothing comes from a cache but what the data version keeps
(facet options, coded columns). The events each step shows are printed beside its times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from benchmarks.dashboard_browser import synthetic_data  # noqa: E402

Step = tuple[str, Callable[[AppTest], object]]


def _facet(key: str, values: list[str]) -> Callable[[AppTest], object]:
    return lambda app: app.sidebar.multiselect(key=f"w:filter:{key}").set_value(values).run()


def _dates(start: dt.date, end: dt.date) -> Callable[[AppTest], object]:
    return lambda app: app.sidebar.date_input(key="w:filter:dates").set_value((start, end)).run()


STEPS: list[Step] = [
    ("type: claim, denial", _facet("type", ["claim", "denial"])),
    ("+ country CHN", _facet("country", ["CHN"])),
    (
        "+ at least 2 sources",
        lambda app: app.sidebar.number_input(key="w:filter:min_sources").set_value(2).run(),
    ),
    ("type: attack", _facet("type", ["attack"])),
    ("clear all filters", lambda app: app.sidebar.button[0].click().run()),
    ("dates: April 2025", _dates(dt.date(2025, 4, 1), dt.date(2025, 4, 30))),
    ("contested only", lambda app: app.sidebar.checkbox(key="w:filter:contested").check().run()),
    ("search: officials", lambda app: app.sidebar.text_input(key="w:filter:q").set_value("officials").run()),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a built data folder")
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events, when no --data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data = args.data or synthetic_data(Path(scratch), args.events)
        os.environ["NEWS_TIMELINE_DATA"] = str(data)
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
        began, cpu = time.perf_counter(), time.process_time()
        app.run()
        wall, used = time.perf_counter() - began, time.process_time() - cpu
        print(f"first run (opens the data version): {wall:.2f} s, CPU {used:.2f} s")
        from ui.review import _COUNTER  # the thread that counts the review queue, one task at a time

        _COUNTER.submit(lambda: None).result()
        from events.store import tables_version
        from ui.data import _cached_query, data_dir, duckdb_min_events

        # The current version's connection, as the first run opened it (a cached resource).
        query = _cached_query(str(data_dir().resolve()), tables_version(data_dir()))
        if query.total() >= duckdb_min_events():
            began, cpu = time.perf_counter(), time.process_time()
            query.text_index()
            wall, used = time.perf_counter() - began, time.process_time() - cpu
            print(f"search index ready after a further {wall:.2f} s (CPU {used:.2f} s, all threads)")
        print(f"{'step':<24} {'wall ms':>8} {'CPU ms':>8}  shown")
        for name, step in STEPS:
            began, cpu = time.perf_counter(), time.process_time()
            step(app)
            wall, used = (time.perf_counter() - began) * 1000, (time.process_time() - cpu) * 1000
            problems = [str(e.value)[:80] for e in app.exception]
            shown = next((c.value for c in app.sidebar.caption if "events shown" in str(c.value)), "")
            print(f"{name:<24} {wall:>8.0f} {used:>8.0f}  {shown} {'; '.join(problems)}")


if __name__ == "__main__":
    main()
