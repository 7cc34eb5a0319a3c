"""The long adversarial run: many fuzzed links over every page, many kill -9s during an add, and the
pathological texts timed, with the counts printed.

    .venv/bin/python benchmarks/adversarial.py [--links 1000] [--kills 50] [--seed 1]

Uses the machinery of tests/test_adversarial.py (which runs a sample of the same with a fixed seed).
Done when it prints zero exceptions, zero outcomes other than "before" or "after", and every text
reads in linear time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from small_corpus import write_corpus  # noqa: E402
from test_adversarial import fuzzed_links, kill_adds, open_links  # noqa: E402

from events.extract.budget import Budget  # noqa: E402
from events.extract.corpus import SourceRow, prepare_article  # noqa: E402
from events.extract.entities import load_gazetteer  # noqa: E402
from events.extract.mentions import extract_mentions  # noqa: E402
from events.store.ingest import markdown_to_text, strip_scripts  # noqa: E402

PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "a line of '['": lambda n: "[" * n,
    "'](' repeated": lambda n: "](" * (n // 2),
    "'<script ' repeated": lambda n: "<script " * (n // 8),
    "'U.S. ' repeated": lambda n: "U.S. " * (n // 5),
    "'[' then '/'": lambda n: "[" + "/" * n,
    "dated sentences": lambda n: "Officials said on 3 March 2025 the crews were questioned. " * (n // 58),
    "undated claims": lambda n: "The ministry said Russia had sent more troops. " * (n // 47),
}


def time_texts(sizes: tuple[int, ...]) -> None:
    """Seconds to read each pathological text for events, at each size: linear time doubles with size."""
    gazetteer = load_gazetteer()
    print("text".ljust(24) + "".join(f"{size // 1000:>9} KB" for size in sizes))
    for name, make in PATHOLOGICAL.items():
        cells = []
        for size in sizes:
            text = "Headline of the test article here\n\n" + make(size) + "\n"
            started = time.perf_counter()
            strip_scripts(markdown_to_text(text))
            article = prepare_article("x.txt", text, SourceRow(published=dt.date(2025, 3, 7)))
            budget = Budget()
            extract_mentions(article, gazetteer, budget=budget)
            cells.append(f"{time.perf_counter() - started:>10.2f}s" + ("*" if budget.exhausted else ""))
        print(name.ljust(24) + "".join(cells))
    print("(* the article's time budget ran out)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default="50000,100000,200000")
    args = parser.parse_args()
    time_texts(tuple(int(size) for size in args.sizes.split(",")))
    with tempfile.TemporaryDirectory() as folder:
        base = write_corpus(Path(folder) / "base")
        started = time.perf_counter()
        counts = open_links(base, list(fuzzed_links(args.links, args.seed)))
        print(f"links: {counts} in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        outcomes = kill_adds(base, Path(folder) / "kills", args.kills, args.seed)
        print(f"kill -9 during an add: {outcomes} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
