"""Whole build vs bare dateparser search over the same synthetic corpus, measured in one run.

    .venv/bin/python benchmarks/build_speed.py [--articles 1000]

Prints articles/s for both, their ratio and the peak memory of each. Goal: the whole pipeline
(segmenting, dates, entities, merging, tables) is no slower than `search_dates` alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import write_corpus
from events.engines.local import build_tables
from events.extract.corpus import load_corpus


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    from dateparser.search import search_dates

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        corpus_files = write_corpus(directory, args.articles)

        def whole_build() -> None:
            corpus = load_corpus(directory / "articles", directory / "sources.csv")
            build_tables(corpus)

        def bare_search() -> None:
            for _name, text, published in corpus_files:
                base = dt.datetime.combine(published, dt.time())
                search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

        search_dates("warm up on Tuesday", languages=["en"])
        build_s, build_mb = measure(whole_build)
        search_s, search_mb = measure(bare_search)
    n = args.articles
    print(f"articles: {n}")
    print(f"{'':24}{'seconds':>10}{'articles/s':>14}{'peak MB':>10}")
    print(f"{'whole build':24}{build_s:10.2f}{n / build_s:14.1f}{build_mb:10.1f}")
    print(f"{'bare search_dates':24}{search_s:10.2f}{n / search_s:14.1f}{search_mb:10.1f}")
    print(f"ratio (build speed / search speed): {search_s / build_s:.2f}x")


if __name__ == "__main__":
    main()
