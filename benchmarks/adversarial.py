"""The long adversarial run: many fuzzed links over every page, many kill -9s during an add, and the
pathological texts timed, with the counts printed.

    .venv/bin/python benchmarks/adversarial.py [--links 1000] [--kills 50] [--seed 1]

Uses the machinery of tests/test_adversarial.py (which runs a sample of the same with a fixed seed).
Done when it prints zero exceptions, zero outcomes other than "before" or "after", and every text
reads (and a file of dated sentences is added) in linear time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import subprocess
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

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
PLACES = ("Kyiv", "Helsinki", "Moscow", "Beijing", "Kharkiv", "Odesa", "Oslo", "Tallinn")


def dated_sentences(size: int, seed: int = 1) -> str:
    """About `size` characters of different dated sentences (a repeated sentence is read only once)."""
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        sentence = (
            f"Officials said on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2025)} that "
            f"{rng.randint(2, 300)} crews were questioned in {rng.choice(PLACES)}. "
        )
        out.append(sentence)
        length += len(sentence)
    return "".join(out)


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "a line of '['": lambda n: "[" * n,
    "'](' repeated": lambda n: "](" * (n // 2),
    "'<script ' repeated": lambda n: "<script " * (n // 8),
    "'U.S. ' repeated": lambda n: "U.S. " * (n // 5),
    "'[' then '/'": lambda n: "[" + "/" * n,
    "dated sentences": lambda n: dated_sentences(n),
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
    print("(* the article's budget of steps ran out)")


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_adds(base: Path, work: Path, sizes: tuple[int, ...]) -> None:
    """Seconds of `python -m events add` of a file of different dated sentences, into a copy of `base`:
    wall clock, and in brackets CPU (what the machine's other jobs do not change)."""
    print("python -m events add".ljust(24) + "".join(f"{size // 1000:>15} KB" for size in sizes))
    cells = []
    for size in sizes:
        data_dir = work / f"add-{size}"
        shutil.copytree(base, data_dir)
        path = work / f"dated-{size}.txt"
        path.write_text("Officials question crews\n\n" + dated_sentences(size) + "\n", encoding="utf-8")
        started, cpu = time.perf_counter(), _child_cpu()
        command = [sys.executable, "-m", "events", "add", str(path), "--data", str(data_dir)]
        done = subprocess.run(
            [*command, "--published", "2025-03-07"], cwd=ROOT, capture_output=True, text=True
        )
        seconds, cpu = time.perf_counter() - started, _child_cpu() - cpu
        mark = "!" if done.returncode else "*" if "split it" in done.stdout else " "
        cells.append(f"{seconds:>9.1f}s ({cpu:.1f}s){mark}")
        shutil.rmtree(data_dir)
    print("dated sentences".ljust(24) + "".join(f"{cell:>18}" for cell in cells))
    print("(CPU seconds in brackets; * the budget of steps ran out, ! the add failed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default="50000,100000,200000")
    args = parser.parse_args()
    sizes = tuple(int(size) for size in args.sizes.split(","))
    time_texts(sizes)
    with tempfile.TemporaryDirectory() as folder:
        base = write_corpus(Path(folder) / "base")
        time_adds(base, Path(folder), (*sizes, 1_000_000))
        started = time.perf_counter()
        counts = open_links(base, list(fuzzed_links(args.links, args.seed)))
        print(f"links: {counts} in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        outcomes = kill_adds(base, Path(folder) / "kills", args.kills, args.seed)
        print(f"kill -9 during an add: {outcomes} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
