"""Whole build vs bare dateparser search over the same text, measured in one run: a synthetic corpus and
real news (the Timeline17 articles in ../shared/tls/, skipped when absent).

    .venv/bin/python benchmarks/build_speed.py [--articles 1000] [--real 400] [--tls ../shared/tls]

Prints articles/s for both, their ratio and the peak memory of each. Goal: the whole pipeline
(segmenting, dates, entities, merging, tables) is no slower than `search_dates(text, languages=['en'])`.
The gazetteer and its country and city data are loaded once before timing, as a running app has them.
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
from events.extract.corpus import load_corpus, load_sources_csv, read_article
from events.extract.entities import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
# ../shared/tls beside the checkout (or beside the folder of worktrees)
DEFAULT_TLS = next(
    (p / "shared" / "tls" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "tls").is_dir()),
    ROOT.parent / "shared" / "tls",
)


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


def write_real_sample(
    tls: Path, target: Path, count: int, exclude: frozenset[str] = frozenset()
) -> list[tuple[str, str, dt.date]]:
    """Every k-th article of each Timeline17 story (of those not in `exclude`), copied into target/articles
    with one sources.csv."""
    (target / "articles").mkdir(parents=True)
    stories = sorted(p for p in tls.iterdir() if (p / "articles").is_dir())
    per_story = max(1, count // max(1, len(stories)))
    rows = ["file,outlet,title,url,published"]
    files: list[tuple[str, str, dt.date]] = []
    for story in stories:
        sources, _problems = load_sources_csv(story / "sources.csv")
        names = sorted(
            name
            for name, row in sources.items()
            if row.published and name not in exclude and (story / "articles" / name).is_file()
        )
        step = max(1, len(names) // per_story)
        for name in names[::step][:per_story]:
            try:
                text = read_article(story / "articles" / name)
            except Exception:  # an empty or unreadable file is the build's problem to report, not ours
                continue
            published = sources[name].published
            assert published is not None
            (target / "articles" / name).write_text(text, encoding="utf-8")
            rows.append(f"{name},{sources[name].outlet},,,{published.isoformat()}")
            files.append((name, text, published))
    (target / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return files


def read_sample(folder: Path) -> list[tuple[str, str, dt.date]]:
    """(name, text, publication day) of each article `write_real_sample` wrote into folder."""
    sources, _problems = load_sources_csv(folder / "sources.csv")
    return [
        (name, read_article(folder / "articles" / name), row.published)
        for name, row in sorted(sources.items())
        if row.published is not None
    ]


def compare(
    label: str, directory: Path, files: list[tuple[str, str, dt.date]], warm_up: Path | None = None
) -> None:
    from dateparser.search import search_dates

    def whole_build(folder: Path = directory) -> None:
        corpus = load_corpus(folder / "articles", folder / "sources.csv")
        build_tables(corpus)

    def bare_search(sample: list[tuple[str, str, dt.date]] = files) -> None:
        for _name, text, published in sample:
            base = dt.datetime.combine(published, dt.time())
            search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    if warm_up is not None:
        # Both sides first read other articles of the same archive, untimed: one-time loading (dateparser's
        # language data, patterns compiled on first use) is then paid by neither, as in a running app, and
        # no cache holds the timed texts. Without it the side run first paid it alone: bare search measured
        # 19 s over the real sample after the synthetic corpus and 26 s alone, at the same load.
        whole_build(warm_up)
        bare_search(read_sample(warm_up))

    build_s, build_mb = measure(whole_build)
    search_s, search_mb = measure(bare_search)
    n = len(files)
    print(f"{label}: {n} articles")
    print(f"{'':24}{'seconds':>10}{'articles/s':>14}{'peak MB':>10}")
    print(f"{'whole build':24}{build_s:10.2f}{n / build_s:14.1f}{build_mb:10.1f}")
    print(f"{'bare search_dates':24}{search_s:10.2f}{n / search_s:14.1f}{search_mb:10.1f}")
    print(f"ratio (build speed / search speed): {search_s / build_s:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles (0 to skip)")
    parser.add_argument("--real", type=int, default=400, help="Timeline17 articles (0 to skip)")
    parser.add_argument("--tls", type=Path, default=DEFAULT_TLS)
    args = parser.parse_args()
    from dateparser.search import search_dates

    search_dates("warm up on Tuesday", languages=["en"])
    load_gazetteer().find("Warm up in Kathmandu, said the IAEA.")
    with tempfile.TemporaryDirectory() as tmp:
        if args.articles:
            synthetic = Path(tmp) / "synthetic"
            synthetic.mkdir()
            compare("synthetic corpus", synthetic, write_corpus(synthetic, args.articles))
        if args.real and args.tls.is_dir():
            real = Path(tmp) / "real"
            files = write_real_sample(args.tls, real, args.real)
            warm_up = Path(tmp) / "warm-up"
            write_real_sample(
                args.tls, warm_up, max(20, args.real // 10), exclude=frozenset(name for name, _t, _d in files)
            )
            compare(f"real news ({args.tls})", real, files, warm_up)
        elif args.real:
            print(f"real news: skipped, {args.tls} is absent")


if __name__ == "__main__":
    main()
