"""The review queue of a big table: ranking the whole queue once, then a filtered page of it.

    .venv/bin/python benchmarks/review_scale.py --data DIR    # a folder kept by pages_scale.py --keep

Opens the current version as the dashboard does (`EventQuery`, its coded columns read first), ranks the
whole table's queue (what the dashboard does in the background for the sidebar's count), then asks for
the first page of 12 under a few filters, as the review page does. Prints wall and CPU time (the
process's: DuckDB's threads included), how many wait, and the first event of each page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events.query.duck import EventQuery
from events.query.filters import Filters

CASES = [
    ("whole table", Filters()),
    ("types claim, denial", Filters(types=("claim", "denial"))),
    ("country CHN", Filters(countries=("CHN",))),
    ("April 2025", Filters(start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30))),
    ("contested only", Filters(contested_only=True)),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a built data folder")
    args = parser.parse_args()
    query = EventQuery.open(args.data)
    query.coded()
    for name, filters in CASES:
        began, cpu = time.perf_counter(), time.process_time()
        page = query.review_head(filters, 12)
        wall, used = time.perf_counter() - began, time.process_time() - cpu
        first = page.first[0].event_id if page.first else "-"
        print(f"{name:<20} {page.waiting:>9} waiting, first {first}: wall {wall:.2f} s, CPU {used:.2f} s")


if __name__ == "__main__":
    main()
