"""Date finding quality and speed: our find_dates against bare dateparser.search.search_dates.

Run from the repository root:

    python -m benchmarks.dates_quality            # the table
    python -m benchmarks.dates_quality --misses   # and every wrong or missed mention, for both

Both run over the hand-labelled sentences in benchmarks/data/dates_gold.jsonl, each resolved against its
own publication date. A found mention is correct when its text overlaps a gold mention's text and its
start date equals the gold date_start (for dateparser, the date of the datetime it returns); each gold
mention can be matched once. Precision = correct / found, recall = matched gold / gold.

The lenient columns also accept a found date anywhere inside the gold interval. Bare dateparser gives
"October 2024" as 2024-10-09 when the article is from the 9th (today's day of the month), which the
strict rule counts as wrong; the lenient rule shows how much of the gap that accounts for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import dateparser.search

from events.extract.dates import find_dates

GOLD = Path(__file__).resolve().parent / "data" / "dates_gold.jsonl"
OURS = "events.extract.dates.find_dates"
BARE = "dateparser search_dates"


@dataclass(frozen=True)
class Found:
    """A mention as the scorer sees it: a character span and the first and last day it stands for."""

    start: int
    end: int
    text: str
    day: dt.date
    last_day: dt.date


@dataclass(frozen=True)
class Sentence:
    text: str
    published: dt.date
    gold: list[Found]


@dataclass(frozen=True)
class Score:
    found: int
    gold: int
    correct: int
    lenient_correct: int
    seconds: float
    sentences: int
    misses: list[str]

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def lenient_precision(self) -> float:
        return self.lenient_correct / self.found if self.found else 0.0

    @property
    def lenient_recall(self) -> float:
        return self.lenient_correct / self.gold if self.gold else 0.0

    @property
    def throughput(self) -> float:
        return self.sentences / self.seconds if self.seconds else float("inf")


def load_gold(path: Path) -> list[Sentence]:
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, dates = row["text"], row["dates"]
        starts = locate(text, [mention["text"] for mention in dates])
        gold = [
            Found(
                start,
                start + len(mention["text"]),
                mention["text"],
                dt.date.fromisoformat(mention["date_start"]),
                dt.date.fromisoformat(mention["date_end"]),
            )
            for start, mention in zip(starts, dates, strict=True)
        ]
        sentences.append(Sentence(text, dt.date.fromisoformat(row["published"]), gold))
    return sentences


def locate(text: str, pieces: Iterable[str]) -> list[int]:
    """Start offset of each piece, searching on from the end of the previous one (then from the start)."""
    starts, position = [], 0
    for piece in pieces:
        at = text.find(piece, position)
        if at < 0:
            at = text.find(piece)
        starts.append(at)
        if at >= 0:
            position = at + len(piece)
    return starts


def ours(sentence: Sentence) -> list[Found]:
    mentions = find_dates(sentence.text, sentence.published)
    return [Found(m.start, m.end, m.text, m.date_start, m.date_end) for m in mentions]


def bare_dateparser(sentence: Sentence) -> list[Found]:
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(sentence.published, dt.time()),
        "PREFER_DATES_FROM": "past",
    }
    results = dateparser.search.search_dates(sentence.text, languages=["en"], settings=settings) or []
    starts = locate(sentence.text, [piece for piece, _ in results])
    return [
        Found(start, start + len(piece), piece, moment.date(), moment.date())
        for start, (piece, moment) in zip(starts, results, strict=True)
        if start >= 0
    ]


def score(finder: Callable[[Sentence], list[Found]], sentences: list[Sentence], repeat: int) -> Score:
    started = time.perf_counter()
    for _ in range(repeat):
        answers = [finder(sentence) for sentence in sentences]
    seconds = (time.perf_counter() - started) / repeat
    found = gold = correct = lenient_correct = 0
    misses: list[str] = []
    for sentence, answer in zip(sentences, answers, strict=True):
        gold += len(sentence.gold)
        found += len(answer)
        wrong, missed = match(answer, sentence.gold, lambda f, g: f.day == g.day)
        correct += len(answer) - len(wrong)
        misses += [f"  wrong   {f.text!r} -> {f.day}   in: {sentence.text}" for f in wrong]
        misses += [f"  missed  {g.text!r} = {g.day}   in: {sentence.text}" for g in missed]
        wrong, _ = match(answer, sentence.gold, lambda f, g: g.day <= f.day <= g.last_day)
        lenient_correct += len(answer) - len(wrong)
    return Score(found, gold, correct, lenient_correct, seconds, len(sentences), misses)


def match(
    found: list[Found], gold: list[Found], same_date: Callable[[Found, Found], bool]
) -> tuple[list[Found], list[Found]]:
    """Pair found and gold mentions one to one (text overlaps, `same_date`); return the unpaired of each."""
    unmatched = list(gold)
    wrong = []
    for mention in found:
        hit = next((g for g in unmatched if overlaps(mention, g) and same_date(mention, g)), None)
        if hit is None:
            wrong.append(mention)
        else:
            unmatched.remove(hit)
    return wrong, unmatched


def overlaps(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def time_joined(finder: Callable[[Sentence], list[Found]], sentences: list[Sentence], repeat: int) -> float:
    """Seconds for one run of `finder` over all the sentences joined into a single text."""
    joined = Sentence(" ".join(s.text for s in sentences), sentences[0].published, [])
    started = time.perf_counter()
    for _ in range(repeat):
        finder(joined)
    return (time.perf_counter() - started) / repeat


def print_table(results: dict[str, Score], joined: dict[str, float]) -> None:
    header = (
        "found",
        "correct",
        "precision",
        "recall",
        "lenient P",
        "lenient R",
        "sentences/s",
        "joined text",
    )
    widths = (7, 9, 11, 8, 11, 11, 13, 14)
    print(" " * 26 + "".join(f"{title:>{width}}" for title, width in zip(header, widths, strict=True)))
    for name, result in results.items():
        cells = (
            f"{result.found}",
            f"{result.correct}",
            f"{result.precision:.1%}",
            f"{result.recall:.1%}",
            f"{result.lenient_precision:.1%}",
            f"{result.lenient_recall:.1%}",
            f"{result.throughput:,.0f}",
            f"{joined[name] * 1000:.2f} ms",
        )
        print(f"{name:26}" + "".join(f"{cell:>{width}}" for cell, width in zip(cells, widths, strict=True)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--misses", action="store_true", help="list every wrong and missed mention")
    parser.add_argument("--repeat", type=int, default=20, help="timing runs of find_dates (dateparser: 2)")
    args = parser.parse_args(argv)

    sentences = load_gold(args.gold)
    bare_dateparser(
        sentences[0]
    )  # the first call loads dateparser's language data: keep it out of the timing
    results = {OURS: score(ours, sentences, args.repeat), BARE: score(bare_dateparser, sentences, 2)}
    joined = {
        OURS: time_joined(ours, sentences, args.repeat),
        BARE: time_joined(bare_dateparser, sentences, 2),
    }

    total_gold = sum(len(s.gold) for s in sentences)
    joined_chars = sum(len(s.text) for s in sentences) + len(sentences) - 1
    print(f"{len(sentences)} sentences, {total_gold} gold mentions ({args.gold.name})\n")
    print_table(results, joined)
    ratio = results[OURS].throughput / results[BARE].throughput
    print(f"\nfind_dates: {ratio:,.0f}x the throughput of search_dates on these sentences.")
    print(f"joined text: one run over all the sentences joined into one {joined_chars:,}-character text.")
    print("lenient: a found date anywhere inside the gold interval counts (strict: only the first day).")
    if args.misses:
        for name, result in results.items():
            print(f"\n{name}: {len(result.misses)} wrong or missed")
            print("\n".join(result.misses))


if __name__ == "__main__":
    main()
