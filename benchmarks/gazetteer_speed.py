"""The gazetteer's search over one long article: milliseconds per call (median of repeated runs).

    .venv/bin/python benchmarks/gazetteer_speed.py [--chars 5000] [--runs 30]

Entity finding runs on every sentence of every article, so its cost per character decides a big part
of the build's time. The text is a made-up news paragraph, repeated to the length asked for, with
people, countries, cities and organisations of the kind real reporting names. Printed: the median and
the fastest call, in milliseconds, and the entities found (so that a faster run that finds fewer
shows it). This was a timed test once; timing belongs here, not in the suite (the machines are noisy).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.extract.entities import load_gazetteer  # noqa: E402

PARAGRAPH = (
    "Ukrainian President Volodymyr Zelensky said on Wednesday that Russia had recruited Chinese "
    "citizens, and Chinese foreign ministry spokesperson Lin Jian rejected the claim in Beijing. "
    "Lin said China wanted peace. Polish Defence Minister Tomasz Wieczorek visited Kyiv as drones "
    "struck the Sumy and Kharkiv regions, the Ukrainian air force said, while Moscow blamed "
    "Washington for the delay.\n\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=5000, help="length of the article (default 5000)")
    parser.add_argument("--runs", type=int, default=30, help="calls to time (default 30)")
    args = parser.parse_args()
    text = (PARAGRAPH * (args.chars // len(PARAGRAPH) + 1))[: args.chars]
    gazetteer = load_gazetteer()
    found = len(gazetteer.find(text))  # the first call also warms what the gazetteer builds lazily
    timings = []
    for _ in range(args.runs):
        began = time.perf_counter()
        gazetteer.find(text)
        timings.append(time.perf_counter() - began)
    print(f"gazetteer.find on {args.chars} characters, {args.runs} runs: {found} entities")
    print(f"  median {statistics.median(timings) * 1000:.1f} ms, fastest {min(timings) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
