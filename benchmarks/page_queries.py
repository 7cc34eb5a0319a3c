"""What the claims, actors and "since" pages compute over every filtered event, timed in one process.

    .venv/bin/python benchmarks/page_queries.py --data DIR        # a folder kept by pages_scale.py --keep
    .venv/bin/python benchmarks/page_queries.py --data DIR --profile 15

Each page's whole-table work, as the page asks it of the data version (events/query/duck.py), with no
filter and with two: the claims with their answers and the disputed figures (`claims_answered`,
`disputed`), the actors page's counts and charts (`actor_counts`, then its figures drawn), and the
comparison of the current version with the one before it (`fingerprints` of each, `events_without`
each, `changes.compare_versions`). Printed: wall time and this process's CPU time (all threads,
DuckDB's too); the version's coded columns, which every page reads, are read first and not counted.
`--profile N` prints the N costliest calls of each (cProfile, cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.query.changes import compare_versions  # noqa: E402
from events.query.duck import EventQuery  # noqa: E402
from events.query.figures import facet_time_figure, pairs_figure  # noqa: E402
from events.query.filters import Filters  # noqa: E402
from events.store.generations import list_versions  # noqa: E402

FILTERS = {
    "no filter": Filters(),
    "claims and denials in April 2025": Filters(
        types=("claim", "denial"), start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30)
    ),
    "search 'officials'": Filters(query="officials"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a data folder with two versions")
    parser.add_argument("--profile", type=int, default=0, help="print this many calls of each profile")
    args = parser.parse_args()
    kept = list_versions(args.data)
    if len(kept) < 2:
        raise SystemExit("the data folder needs two versions (pages_scale.py --keep writes them)")
    newer, older = (EventQuery.open(args.data, version.generation) for version in kept[:2])
    newer.coded()
    newer.sources()

    def claims(filters: Filters) -> str:
        return f"{len(newer.claims_answered(filters))} claims, {len(newer.disputed(filters))} disputed"

    def actors(filters: Filters) -> str:
        found = newer.actor_counts(filters)
        for facet in ("actor", "country"):
            facet_time_figure(found.over_time[facet], facet)
        pairs_figure(found.pairs)
        return f"{found.total} events, {len(found.counts['actor'])} actors"

    def since(filters: Filters) -> str:
        was, now = older.fingerprints(filters), newer.fingerprints(filters)
        changes = compare_versions(older.events_without(filters, now), newer.events_without(filters, was))
        return f"{len(changes.new_events)} new, {len(changes.redated)} redated, {len(changes.gone)} gone"

    pages: dict[str, Callable[[Filters], str]] = {"claims": claims, "actors": actors, "since": since}
    print(f"{'page':<8} {'filters':<34} {'wall s':>7} {'CPU s':>7}  result")
    for name, work in pages.items():
        for label, filters in FILTERS.items():
            profile = cProfile.Profile()
            began, cpu = time.perf_counter(), time.process_time()
            with profile:
                result = work(filters)
            wall, used = time.perf_counter() - began, time.process_time() - cpu
            print(f"{name:<8} {label:<34} {wall:>7.2f} {used:>7.2f}  {result}", flush=True)
            if args.profile:
                pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
