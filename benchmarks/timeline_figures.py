"""Time to filter and build the timeline figure, and the size of the figure sent to the browser.

    .venv/bin/python benchmarks/timeline_figures.py [--sizes 10000 100000 1000000] [--repeat 3]

Synthetic tables: events over five years with a dense fortnight (like the April 2025 cluster), a tenth
of them known only to the week or month, 2% background, one to six sources and one mention each.
Goals: at most 100 ms at 100k events and 1 s at 1M; the figure JSON under 1 MB at every size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import plotly.io as pio

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from events.query.figures import timeline_figure
from events.query.filters import Filters, apply_filters
from events.schema import EVENT_TYPES, Tables

T = TypeVar("T")
GOAL_MS = {100_000: 100.0, 1_000_000: 1000.0}
GOAL_BYTES = 1_000_000
ACTORS = np.array(
    ["Russia", "Ukraine", "Volodymyr Zelensky", "Lin Jian", "China", "North Korea", "NATO", "USA"]
)
COUNTRIES = np.array(["RUS;UKR", "CHN", "UKR;CHN;RUS", "PRK;RUS", "USA", "IRN;RUS", "GBR"])
OUTLETS = np.array(["Al Jazeera", "NBC News", "Newsmax (AP)", "Reuters", "BBC", ""])


def synthetic_tables(n: int, seed: int = 7) -> Tables:
    rng = np.random.default_rng(seed)
    start = np.datetime64("2021-01-01")
    dense = rng.random(n) < 0.4
    days = np.where(dense, 1560 + rng.integers(0, 14, n), rng.integers(0, 1800, n))
    dates = (start + days.astype("timedelta64[D]")).astype("datetime64[ns]")
    precision = rng.choice(np.array(["day", "week", "month"]), n, p=[0.9, 0.07, 0.03])
    length = np.select([precision == "week", precision == "month"], [6, 29], 0).astype("timedelta64[D]")
    n_articles = max(50, n // 20)
    articles = np.char.add(np.char.add("article-", np.arange(n_articles).astype(str)), ".txt")
    first_source = rng.integers(0, n_articles, n)
    event_ids = np.char.add("ev-", np.char.zfill(np.char.mod("%x", np.arange(n)), 10))
    events = pd.DataFrame(
        {
            "event_id": event_ids,
            "date": dates,
            "date_end": dates + length.astype("timedelta64[ns]"),
            "precision": precision,
            "event_type": rng.choice(np.array(EVENT_TYPES), n),
            "title": "Something was reported about the war",
            "actors": ACTORS[rng.integers(0, len(ACTORS), n)],
            "countries": COUNTRIES[rng.integers(0, len(COUNTRIES), n)],
            "locations": "",
            "figures": "",
            "sources": articles[first_source],
            "n_sources": rng.integers(1, 7, n),
            "contested": rng.random(n) < 0.05,
            "background": rng.random(n) < 0.02,
            "planned": False,
            "confidence": 0.7,
            "date_basis": "explicit",
            "date_reason": "",
            "linked": "",
        }
    ).astype({"title": "str", "event_id": "str", "precision": "str", "event_type": "str", "actors": "str"})
    mentions = pd.DataFrame(
        {
            "event_id": events["event_id"],
            "article": events["sources"],
            "sentence": "Officials said on Tuesday that something had happened.",
            "start": 0,
            "end": 55,
            "date_text": "on Tuesday",
            "date_basis": "resolved",
            "date_reason": "",
            "figures": "",
        }
    )
    sources = pd.DataFrame(
        {
            "article": articles,
            "outlet": OUTLETS[np.arange(n_articles) % len(OUTLETS)],
            "title": "",
            "url": "",
            "published": pd.Timestamp("2025-04-10"),
        }
    )
    return Tables(events=events, mentions=mentions, sources=sources)


@dataclass(frozen=True)
class Scenario:
    name: str
    filters: Filters
    lanes: str = "type"


SCENARIOS = (
    Scenario("no filter", Filters()),
    Scenario("filtered", Filters(types=("claim", "denial", "capture"), countries=("CHN",), min_sources=2)),
    Scenario("dates", Filters(start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30))),
    Scenario("search", Filters(query="tuesday")),
    Scenario("country lanes", Filters(), lanes="country"),
)


def best_of(repeat: int, work: Callable[[], T]) -> tuple[float, T]:
    """The median time of `repeat` runs in milliseconds, and the last result."""
    times: list[float] = []
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), result


@dataclass(frozen=True)
class Measured:
    shown: int
    mode: str
    filter_ms: float
    figure_ms: float
    json_ms: float
    json_bytes: int


def measure(tables: Tables, scenario: Scenario, repeat: int) -> Measured:
    filter_ms, shown = best_of(repeat, lambda: apply_filters(tables, scenario.filters))
    figure_ms, plot = best_of(repeat, lambda: timeline_figure(shown, scenario.lanes))
    json_ms, spec = best_of(1, lambda: str(pio.to_json(plot.figure, validate=False)))
    return Measured(len(shown.events), plot.mode, filter_ms, figure_ms, json_ms, len(spec.encode("utf-8")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    header = f"{'events':>9} {'scenario':<14} {'shown':>9} {'mode':<7} {'filter ms':>10} {'figure ms':>10}"
    header += f" {'total ms':>9} {'json ms':>8} {'JSON bytes':>11}  goal"
    print(header)
    print("-" * len(header))
    failed = False
    for n in args.sizes:
        tables = synthetic_tables(n)
        for scenario in SCENARIOS:
            m = measure(tables, scenario, args.repeat)
            total = m.filter_ms + m.figure_ms
            goal_ms = GOAL_MS.get(n) if scenario.lanes == "type" else None
            ok = m.json_bytes < GOAL_BYTES and (goal_ms is None or total <= goal_ms)
            failed |= not ok
            goal = f"≤{goal_ms:.0f} ms" if goal_ms else "size only"
            print(
                f"{n:>9,} {scenario.name:<14} {m.shown:>9,} {m.mode:<7} {m.filter_ms:>10.1f} "
                f"{m.figure_ms:>10.1f} {total:>9.1f} {m.json_ms:>8.1f} {m.json_bytes:>11,}  "
                f"{goal} {'ok' if ok else 'MISSED'}"
            )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
