"""Key dates measured against journalists' timelines (Timeline17), with the news-tls protocol.

    .venv/bin/python benchmarks/keydates_tls.py [TLS_DIR] [--stories bpoil,MJ] [--rebuild] [--rouge reimpl]
        [--whole-story] [--no-baseline] [--diagnose] [--speed [--runs N]]

TLS_DIR (default ../shared/tls beside the repository) holds one folder per story: articles/, sources.csv
and timelines/ (tilse's format).

For each reference timeline, as news-tls does (Gholipour Ghalandari & Ifrim, ACL 2020; its
experiments/evaluate.py and data.ArticleCollection.articles): the input is the story's articles
published within the timeline's first..last day, and nothing later (an article published after the
range may be the very timeline being predicted: MJ's corpus holds the BBC's "trial timeline" of
2011-11-30, one day after its reference ends); ask for as many days as the timeline has (N), its average
number of sentences a day, rounded (K), over the same range; score Date-F1 on exact days, and ROUGE-1 /
ROUGE-2 with tilse's "align date-content costs, many-to-one" alignment; average precision and recall over
the timelines and take F from the averages. Each timeline is scored against itself alone (one reference
per ground truth), as news-tls does. `--whole-story` gives every timeline the whole story instead (not
news-tls; the figures this script printed before it restricted the input).

Each input (a story's articles in a range) is built once with the project's own build (`python -m events
build`, from a temporary folder holding those articles) into benchmarks/out/tls/<story>/<first>_<last>/,
sharing the story's mention cache, and reused while the story and the build code (events/extract, merge,
engines, store, schema.py) are unchanged (--rebuild to force).

ROUGE: by default tilse's "original" computation, the ROUGE-1.5.5 Perl script through the pyrouge copy
that tilse's wheel ships (stemming, SMART stop words removed), as in the papers; `--rouge reimpl` uses
tilse's Python reimplementation (faster, figures within a few thousandths). Timeline17's texts were
tokenised; the stored copies are detokenised, so both sides are tokenised again (NLTK's Treebank-style
word tokeniser) before tilse splits them on spaces.

The last line times `python -m events keydates --dates 50 --sentences 2` on the whole story with the
most articles (issue 8: under 2 s at 1,500 articles), start to finish in a new process, `--runs` times
(default 3): wall and CPU seconds, the fastest and the median, with the load average beside them (on a
shared machine the wall clock counts the time other processes held the CPU). `--speed` prints only
that line (no scoring).

The naive baseline is printed beside ours: days ranked by how many mentions the table dates to them, each
day's first K distinct sentences.

`--diagnose` prints, per timeline and summed over all, where our days go wrong (see `Diagnosis`): the
share of reference days that any mention `key_dates` can choose is dated (its ceiling), each wrong day's
lag to the nearest reference day and the date bases of the mentions that made it, and each missed
reference day's rank in our order with its signals. A wrong day one off a reference day is followed by
what made each of the two (its mentions by date basis and by when their article came out; undated
sentences counted on their article's news day told apart), and the summary says how many reference days
a perfect fix of one-day errors would gain (an oracle: a bound, not a method). It then sorts the misses
and the wrong days by cause: a missed reference day (a) has no mention key dates can choose, because no
article came out that day or the next, or it was only announced beforehand (planned), or its undated
sentences were counted on the day before (their article's news day), or its articles' mentions are dated
elsewhere; or (b) ranks below the cut (n+1..2n, 2n+1..5n, after 5n). A wrong day (c) is beside a reference
day we chose too or one we missed, within a week of one, or further; and how many wrong days are a
reference day of another timeline of the same story. Last, reference, chosen and right days by how
heavily their fortnight was covered (articles published within a week either side, terciles of the
range's days): whether the choice leans to the busiest periods.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events.query import keydates as kd  # noqa: E402
from events.query.keydates import key_dates  # noqa: E402
from events.schema import Tables  # noqa: E402
from events.store import load_tables  # noqa: E402

CACHE = ROOT / "benchmarks" / "out" / "tls"
MEASURES = ("rouge_1", "rouge_2")

# A timeline: day -> its sentences.
DaySentences = dict[dt.date, list[str]]
Method = Callable[[Tables, int, int, dt.date, dt.date], DaySentences]
# A timeline's first and last day.
Span = tuple[dt.date, dt.date]


@dataclass
class Averages:
    """Sums of precision and recall over timelines; F is taken from the averages (news-tls)."""

    n: int = 0
    sums: dict[str, list[float]] = field(default_factory=lambda: collections.defaultdict(lambda: [0.0, 0.0]))

    def add(self, scores: dict[str, tuple[float, float]]) -> None:
        self.n += 1
        for name, (precision, recall) in scores.items():
            self.sums[name][0] += precision
            self.sums[name][1] += recall

    def f1(self, name: str) -> float:
        precision, recall = (value / max(self.n, 1) for value in self.sums[name])
        return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)

    def line(self) -> str:
        return f"Date-F1 {self.f1('date'):.3f}  AR-1 {self.f1('rouge_1'):.3f}  AR-2 {self.f1('rouge_2'):.3f}"


def ours(tables: Tables, n: int, k: int, start: dt.date, end: dt.date) -> DaySentences:
    chosen = key_dates(tables, dates=n, sentences=k, start=start, end=end)
    return {day.day: [s.text for s in day.sentences] for day in chosen}


def naive(tables: Tables, n: int, k: int, start: dt.date, end: dt.date) -> DaySentences:
    """Days ranked by mention count (day-precision events only); each day's first K distinct sentences."""
    events = tables.events[tables.events["precision"] == "day"][["event_id", "date"]]
    mentions = tables.mentions.merge(events, on="event_id")
    mentions["day"] = mentions["date"].dt.date
    mentions = mentions[(mentions["day"] >= start) & (mentions["day"] <= end)]
    counts = mentions.groupby("day").size().sort_values(ascending=False, kind="stable")
    out: DaySentences = {}
    for day in counts.index[:n]:
        sentences = list(dict.fromkeys(mentions.loc[mentions["day"] == day, "sentence"]))
        out[day] = sentences[:k]
    return out


def reachable(tables: Tables, reference: DaySentences) -> float:
    """The share of the reference's days that some day-precise event of the input is dated: the best
    Date-F1 any choice of N days from this table could reach (N = the reference's days), i.e. how much
    of a gap is left to the ranking and how much to extraction (a day no event is dated never competes)."""
    events = tables.events[tables.events["precision"] == "day"]
    days = set(events["date"].dt.date)
    return sum(day in days for day in reference) / max(len(reference), 1)


# The date bases of mentions (events.schema.DATE_BASES), in the order the diagnosis prints them.
BASES = ("explicit", "resolved", "context", "publication")


# A mention's date basis as the diagnosis prints it ("undated": dated by its article's publication day,
# or by the date another mention gave its event).
_BASIS_WORDS = {
    "explicit": "explicit date",
    "resolved": "relative or weekday date",
    "context": "date from context",
    "publication": "undated",
}


def _lag_bucket(days: int) -> str:
    return (
        f"{days:+d}"
        if abs(days) <= 1
        else ("-2..-7" if -7 <= days < 0 else "+2..+7" if days <= 7 else "beyond 7")
    )


def _timing(lag: int) -> str:
    """A mention's publication day against the day it is dated."""
    return "before" if lag < 0 else "same day" if lag == 0 else "next day" if lag == 1 else "later"


@dataclass
class Diagnosis:
    """Where chosen days go wrong, counted over one or more timelines (`--diagnose`).

    - ceiling: reference days that some mention `key_dates` can choose (day-precise, not planned, in the
      range) is dated, over all reference days;
    - wrong days (chosen, not in the reference): by lag to the nearest reference day, and for a lag of one
      day whether that neighbour was chosen too; the date bases and the publication timing (published the
      same day as the day they are dated, the next, later) of their mentions, beside those of right days;
    - missed reference days: by their rank in our order (n = the days asked), and their mentions' bases.
    """

    reference: int = 0
    choosable: int = 0
    chosen: int = 0
    right: int = 0
    lags: collections.Counter[str] = field(default_factory=collections.Counter)
    beside: collections.Counter[str] = field(default_factory=collections.Counter)
    bases: dict[str, collections.Counter[str]] = field(
        default_factory=lambda: collections.defaultdict(collections.Counter)
    )
    timing: dict[str, collections.Counter[str]] = field(
        default_factory=lambda: collections.defaultdict(collections.Counter)
    )
    missed_ranks: collections.Counter[str] = field(default_factory=collections.Counter)
    # Bounds of fixing one-day errors perfectly: reference days a wrong day one off an unchosen reference
    # day would gain if moved onto it; and those gained if each wrong day beside a chosen reference day
    # (one happening counted twice) gave its place to the next day of our order.
    gain_if_moved: int = 0
    gain_if_echo_dropped: int = 0
    # Why each reference day was missed and what each wrong day is (`missed_cause`, `wrong_cause`), and
    # reference, chosen and right days by the coverage of their fortnight (`coverage_bands`).
    causes: collections.Counter[str] = field(default_factory=collections.Counter)
    bands: dict[str, collections.Counter[str]] = field(
        default_factory=lambda: collections.defaultdict(collections.Counter)
    )

    def add(self, other: Diagnosis) -> None:
        self.reference += other.reference
        self.choosable += other.choosable
        self.chosen += other.chosen
        self.right += other.right
        self.lags.update(other.lags)
        self.beside.update(other.beside)
        self.missed_ranks.update(other.missed_ranks)
        self.gain_if_moved += other.gain_if_moved
        self.gain_if_echo_dropped += other.gain_if_echo_dropped
        for group, counts in other.bases.items():
            self.bases[group].update(counts)
        for group, counts in other.timing.items():
            self.timing[group].update(counts)
        self.causes.update(other.causes)
        for group, counts in other.bands.items():
            self.bands[group].update(counts)

    def lines(self) -> list[str]:
        wrong = self.chosen - self.right

        def shares(counts: collections.Counter[str], keys: Sequence[str]) -> str:
            total = max(sum(counts.values()), 1)
            return " ".join(f"{key} {counts[key] / total:.2f}" for key in keys)

        out = [
            f"ceiling {self.choosable}/{self.reference} = {self.choosable / max(self.reference, 1):.3f} of "
            f"reference days have a choosable mention; chosen {self.chosen}, right {self.right}, "
            f"wrong {wrong}",
            "wrong days by lag to the nearest reference day: "
            + ", ".join(f"{key} {self.lags[key]}" for key in ("-1", "+1", "-2..-7", "+2..+7", "beyond 7")),
            "wrong days one day off, that neighbour: "
            + ", ".join(f"{key} {value}" for key, value in sorted(self.beside.items())),
            f"one-day errors fixed by an oracle: moving each onto its unchosen reference neighbour gains "
            f"{self.gain_if_moved} right days; replacing each beside a chosen reference day by the next "
            f"day of our order gains {self.gain_if_echo_dropped} (of {self.reference} reference days)",
            "missed reference days by their rank in our order: "
            + ", ".join(
                f"{key} {self.missed_ranks[key]}" for key in ("n+1..2n", "2n+1..5n", "after 5n", "absent")
            ),
        ]
        for group in ("right", "wrong -1", "wrong +1", "wrong other", "missed"):
            out.append(
                f"mentions of {group + ' days':<17} basis: {shares(self.bases[group], BASES)} | published: "
                + shares(self.timing[group], ("before", "same day", "next day", "later"))
                + f"  ({sum(self.bases[group].values())} mentions)"
            )
        for side, title in (("missed", "missed reference days, why"), ("wrong", "wrong days, what they are")):
            counts = {key: n for key, n in self.causes.items() if key.startswith(side + " ")}
            out.append(
                f"{title}: "
                + "; ".join(
                    f"{key[len(side) + 1 :]} {n}"
                    for key, n in sorted(counts.items(), key=lambda item: (" (" not in item[0], item[0]))
                )
            )
        out.append(
            "days by the coverage of their fortnight (articles published within a week either side, "
            "terciles of the range's days), low/mid/high: "
            + "; ".join(
                f"{group} " + "/".join(str(self.bands[group][band]) for band in BANDS)
                for group in ("reference", "chosen", "right")
            )
        )
        return out


BANDS = ("low", "mid", "high")
# A week either side: the window of news coverage `coverage_bands` measures a day's period by.
COVERAGE_WINDOW = 7


def coverage_bands(published: Sequence[dt.date], start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """Each day of start..end -> "low", "mid" or "high": the tercile, among the range's days, of the
    articles published within a week either side of it (how heavily its period was covered)."""
    counts = collections.Counter(published)
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    window = range(-COVERAGE_WINDOW, COVERAGE_WINDOW + 1)
    around = {day: sum(counts[day + dt.timedelta(days=i)] for i in window) for day in days}
    ordered = sorted(around.values())
    low, high = (ordered[(len(ordered) - 1) * k // 3] for k in (1, 2))
    return {day: "low" if n <= low else "mid" if n <= high else "high" for day, n in around.items()}


def missed_cause(
    day: dt.date,
    rank: int | None,
    n: int,
    published: collections.Counter[dt.date],
    announced: set[dt.date],
    moved_before: set[dt.date],
) -> str:
    """Why a reference day was not chosen. With no choosable mention dated to it (a): no article of the
    input came out that day or the next (nothing to date); only announcements of it were dated to it
    (planned events, which key dates leave out); its undated sentences were counted on their article's
    news day, the day before; or its articles' mentions are dated elsewhere. With mentions (b): its rank
    in our order against the n days asked."""
    if rank is None:
        if day in moved_before:
            return "(a) its undated sentences counted on the day before (news day)"
        if day in announced:
            return "(a) only announced beforehand (planned)"
        if not published[day] and not published[day + dt.timedelta(days=1)]:
            return "(a) no article published that day or the next"
        return "(a) articles of that day or the next, mentions dated elsewhere"
    return "(b) rank " + ("n+1..2n" if rank <= 2 * n else "2n+1..5n" if rank <= 5 * n else "after 5n")


def wrong_cause(day: dt.date, reference: Sequence[dt.date], chosen: set[dt.date]) -> str:
    """What a chosen day not in the reference is (c): beside a reference day (one off) that we chose
    too (a second day of one happening, or a neighbour the journalist left out) or missed; within a
    week of a reference day; or further from every one."""
    offset = min(((day - ref).days for ref in reference), key=lambda lag: (abs(lag), lag))
    if abs(offset) == 1:
        neighbour = day - dt.timedelta(days=offset)
        return "(c) beside a reference day " + ("we chose too" if neighbour in chosen else "we missed")
    return "(c) within a week of a reference day" if abs(offset) <= 7 else "(c) over a week from any"


def diagnose(
    tables: Tables,
    reference: DaySentences,
    chosen: Sequence[dt.date],
    start: dt.date,
    end: dt.date,
    others: set[dt.date] | None = None,
) -> tuple[Diagnosis, list[str]]:
    """The counts of `Diagnosis` for one timeline, and a line per wrong and per missed day."""
    mentions = kd._within(kd._dated_mentions(tables), start, end)
    relevance = kd.StoryWords.of(mentions["sentence"].tolist()).relevance(mentions)
    ranked = kd.rank_days(mentions, relevance, kd.latest_published(tables.sources))
    rank = {day: i + 1 for i, day in enumerate(ranked.index)}
    lag = (pd.to_datetime(mentions["published_day"]) - pd.to_datetime(mentions["day"])).dt.days
    mentions = mentions.assign(timing=[_timing(int(x)) if x == x else "unknown" for x in lag])
    bases = {day: collections.Counter(group.tolist()) for day, group in mentions.groupby("day")["date_basis"]}
    timing = {day: collections.Counter(group.tolist()) for day, group in mentions.groupby("day")["timing"]}
    articles, cited = ranked["articles"].to_dict(), ranked["cited_by"].to_dict()
    n = len(reference)
    found = Diagnosis(reference=n, chosen=len(chosen))
    found.choosable = sum(day in rank for day in reference)
    lines: list[str] = []

    def describe(day: dt.date) -> str:
        if day not in rank:
            return "no mention"
        mix = bases[day]
        return f"rank {rank[day]:>3}, {int(articles[day])} articles, cited by {int(cited[day])}, " + " ".join(
            f"{basis[:4]} {mix[basis]}" for basis in BASES
        )

    def count(group: str, day: dt.date) -> None:
        if day in rank:
            found.bases[group].update(bases[day])
            found.timing[group].update(timing[day])

    # What made a day, mention by mention: its date basis and when its article came out; an undated
    # sentence counted on its article's news day (the day before publication) is told apart, and so are
    # the undated sentences this day lost to the day before.
    kinds = [
        "undated, on its article's news day (published next day)"
        if moved
        else f"{_BASIS_WORDS.get(basis, basis)}, published {when}"
        for basis, when, moved in zip(
            mentions["date_basis"], mentions["timing"], mentions["on_news_day"], strict=True
        )
    ]
    kinds_by_day: dict[dt.date, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for day, kind in zip(mentions["day"], kinds, strict=True):
        kinds_by_day[day][kind] += 1
    moved_away = collections.Counter(mentions.loc[mentions["on_news_day"], "date"].dt.date)

    def made_of(day: dt.date) -> str:
        mix = kinds_by_day[day]
        text = ", ".join(f"{kind} {number}" for kind, number in mix.most_common(5)) or "no mention"
        if moved_away[day]:
            text += f"; {moved_away[day]} undated sentences published that day counted on the day before"
        return text

    ordered_reference = sorted(reference)
    # The days that would come next in our order, for the oracle that drops a counted-twice happening.
    following = iter(day for day in ranked.index if day not in set(chosen))
    claimed: set[dt.date] = set()
    for day in sorted(chosen):
        if day in reference:
            found.right += 1
            count("right", day)
            continue
        nearest = min(ordered_reference, key=lambda ref: (abs((day - ref).days), ref))
        offset = (day - nearest).days
        bucket = _lag_bucket(offset)
        found.lags[bucket] += 1
        if abs(offset) == 1:
            found.beside["neighbour chosen too" if nearest in chosen else "neighbour missed"] += 1
        count(f"wrong {bucket}" if abs(offset) == 1 else "wrong other", day)
        lines.append(f"    wrong  {day} ({offset:+d} from {nearest}): {describe(day)}")
        neighbours = [day + dt.timedelta(days=d) for d in (-1, 1)]
        neighbours = [ref for ref in neighbours if ref in reference]
        if not neighbours:
            continue
        lines.append(f"        ours {day}: {made_of(day)}")
        for ref in neighbours:
            lines.append(
                f"        reference {ref} ({'chosen' if ref in chosen else 'missed'}): {made_of(ref)}"
            )
        free = [ref for ref in neighbours if ref not in chosen and ref not in claimed]
        if free:
            claimed.add(free[0])
            found.gain_if_moved += 1
        elif all(ref in chosen for ref in neighbours):
            found.gain_if_echo_dropped += int(next(following, None) in reference)
    for day in ordered_reference:
        if day in chosen:
            continue
        at = rank.get(day)
        found.missed_ranks[
            "absent"
            if at is None
            else "n+1..2n"
            if at <= 2 * n
            else "2n+1..5n"
            if at <= 5 * n
            else "after 5n"
        ] += 1
        count("missed", day)
        near = [f"{d:+d}" for d in (-1, 1) if day + dt.timedelta(days=d) in chosen]
        lines.append(
            f"    missed {day}: {describe(day)}" + (f"; chosen beside it: {','.join(near)}" if near else "")
        )
    # Why each reference day was missed, what each wrong day is, and the coverage of their periods.
    published = collections.Counter(tables.sources["published"].dropna().dt.date)
    events = tables.events[tables.events["precision"] == "day"]
    announced = set(events.loc[events["planned"], "date"].dt.date)
    everything = kd._dated_mentions(tables)
    moved_before = set(everything.loc[everything["on_news_day"], "date"].dt.date)
    picked = set(chosen)
    for day in ordered_reference:
        if day not in picked:
            found.causes[
                "missed " + missed_cause(day, rank.get(day), n, published, announced, moved_before)
            ] += 1
    for day in picked - set(reference):
        found.causes["wrong " + wrong_cause(day, ordered_reference, picked)] += 1
        if others and day in others:
            found.causes["wrong of which a reference day of another timeline of the story"] += 1
    bands = coverage_bands(list(published.elements()), start, end)
    for group, days in (
        ("reference", set(reference)),
        ("chosen", picked),
        ("right", picked & set(reference)),
    ):
        found.bands[group].update(bands[day] for day in days if day in bands)
    return found, lines


def build_fingerprint(story: Path, span: Span | None) -> str:
    """What the built tables depend on: the story's article list, the range, and the code that builds."""
    digest = hashlib.sha256((story / "sources.csv").read_bytes())
    digest.update(repr(span).encode())
    for part in ("extract", "merge", "engines", "store"):
        for path in sorted((ROOT / "events" / part).rglob("*.py")):
            digest.update(path.read_bytes())
    digest.update((ROOT / "events" / "schema.py").read_bytes())
    return digest.hexdigest()


def build_input(story: Path, span: Span | None, rebuild: bool) -> Path:
    """The tables of the story's articles published within `span` (all of them for None), built again
    when the build code, the story or the range changed since the cached build."""
    home = CACHE / story.name
    out = home / (f"{span[0]}_{span[1]}" if span else "whole")
    stamp = out / "build-fingerprint.txt"
    fingerprint = build_fingerprint(story, span)
    current = (out / "tables.json").exists() and stamp.exists() and stamp.read_text() == fingerprint
    if rebuild or not current:
        out.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="keydates-tls-") as folder:
            articles, sources = within(story, span, Path(folder))
            command = [sys.executable, "-m", "events", "build", "--articles", str(articles)]
            command += ["--sources", str(sources), "--out", str(out), "--data", str(home)]
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0:
                last = done.stderr.strip().splitlines()[-1:] or ["(no message)"]
                print(
                    f"{out.relative_to(CACHE)}: the build failed ({last[0][:200]}); building in-process "
                    "without the rows the schema rejects"
                )
                build_leniently(articles, sources, out)
        stamp.write_text(fingerprint)
        print(f"{out.relative_to(CACHE)}: built in {time.perf_counter() - started:.0f} s")
    return out


def within(story: Path, span: Span | None, folder: Path) -> tuple[Path, Path]:
    """A folder with the story's articles published within `span`, and their sources.csv rows."""
    with (story / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if span is not None:
        first, last = (day.isoformat() for day in span)
        rows = [row for row in rows if first <= row["published"][:10] <= last]
    articles = folder / "articles"
    articles.mkdir()
    for row in rows:
        if (story / "articles" / row["file"]).is_file():
            shutil.copyfile(story / "articles" / row["file"], articles / row["file"])
    sources = folder / "sources.csv"
    with sources.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["file", "published"])
        writer.writeheader()
        writer.writerows(rows)
    return articles, sources


def build_leniently(articles: Path, sources: Path, out: Path) -> None:
    """The project's build, with events the schema would reject (a date pandas cannot hold, an empty or
    overlong title) dropped with their mentions instead of failing the whole story."""
    import importlib

    import pandas as pd

    from events import schema, store
    from events.extract.corpus import load_corpus

    engine = None
    for name in ("events.engines.local", "events.pipeline"):
        try:
            engine = importlib.import_module(name)
            break
        except ImportError:
            continue
    assert engine is not None and hasattr(engine, "build_tables")
    strict = schema.validate
    kept: set[str] = set()

    def lenient(name: str, frame: pd.DataFrame) -> pd.DataFrame:
        if name == "events":
            fine = frame["title"].astype(str).str.len().between(1, schema.TITLE_MAX)
            for column in ("date", "date_end"):
                fine &= frame[column].map(
                    lambda v: 1678 < pd.Timestamp(v).year < 2262 if pd.notna(v) else False
                )
            frame = frame[fine]
            kept.clear()
            kept.update(frame["event_id"])
        elif name == "mentions":
            frame = frame[frame["event_id"].isin(kept)]
        return strict(name, frame)

    setattr(engine, "validate", lenient)  # noqa: B010 (mypy cannot see the module attribute)
    try:
        corpus = load_corpus(articles, sources)
        tables = engine.build_tables(corpus)
    finally:
        setattr(engine, "validate", strict)  # noqa: B010
    store.write_tables(tables, out)


class Scorer:
    """tilse's date and alignment-ROUGE scores for one predicted timeline against one reference."""

    def __init__(self, rouge_computation: str) -> None:
        from nltk.tokenize import NLTKWordTokenizer
        from tilse.evaluation import rouge

        self._tokenizer = NLTKWordTokenizer()
        self._evaluator = rouge.TimelineRougeEvaluator(
            measures=list(MEASURES), rouge_computation=rouge_computation
        )

    def _timeline(self, days: DaySentences) -> object:
        from tilse.data.timelines import Timeline

        return Timeline(
            {
                day: [" ".join(self._tokenizer.tokenize(s)) for s in sentences]
                for day, sentences in days.items()
            }
        )

    def score(self, predicted: DaySentences, reference: DaySentences) -> dict[str, tuple[float, float]]:
        from tilse.data.timelines import GroundTruth
        from tilse.evaluation.dates import evaluate_dates

        if not predicted:
            return {"date": (0.0, 0.0), **{m: (0.0, 0.0) for m in MEASURES}}
        pred = self._timeline(predicted)
        truth = GroundTruth([self._timeline(reference)])
        dates = evaluate_dates(pred, truth)
        aligned = self._evaluator.evaluate_align_date_content_costs_many_to_one(pred, truth)
        scores = {"date": (dates["precision"], dates["recall"])}
        scores |= {m: (aligned[m]["precision"], aligned[m]["recall"]) for m in MEASURES}
        return scores


def read_reference(path: Path) -> DaySentences:
    from tilse.data.timelines import Timeline

    with path.open(encoding="utf-8", errors="replace") as handle:
        timeline = Timeline.from_file(handle)
    days = {day: list(timeline[day]) for day in timeline.get_dates() if day is not None}
    if len(days) < len(timeline.get_dates()):
        # tilse files a day whose date line does not parse ("2011-04-0") under None: leave it out.
        print(f"  note: {path.name}: a day with no readable date line was left out")
    return days


def f1_of(scores: dict[str, tuple[float, float]], name: str) -> float:
    precision, recall = scores[name]
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def run_story(
    story: Path,
    methods: dict[str, Method],
    scorer: Scorer,
    totals: dict[str, Averages],
    rebuild: bool,
    whole_story: bool,
    ceilings: list[float],
    diagnosis: Diagnosis | None = None,
) -> dict[str, Averages]:
    print(f"\n== {story.name}")
    per_story = {name: Averages() for name in methods}
    seconds: dict[str, float] = collections.defaultdict(float)
    for path in sorted((story / "timelines").glob("*.txt")):
        reference = read_reference(path)
        days = sorted(reference)
        n = len(days)
        k = round(sum(len(s) for s in reference.values()) / n)
        tables = load_tables(build_input(story, None if whole_story else (days[0], days[-1]), rebuild))
        ceiling = reachable(tables, reference)
        ceilings.append(ceiling)
        cells = [f"{len(tables.sources):>4} articles, days reachable {ceiling:.3f}"]
        for name, method in methods.items():
            started = time.perf_counter()
            predicted = method(tables, n, k, days[0], days[-1])
            seconds[name] += time.perf_counter() - started
            scores = scorer.score(predicted, reference)
            per_story[name].add(scores)
            totals[name].add(scores)
            cells.append(
                f"{name} D {f1_of(scores, 'date'):.3f} R1 {f1_of(scores, 'rouge_1'):.3f} "
                f"R2 {f1_of(scores, 'rouge_2'):.3f}"
            )
        print(f"  {path.stem:<40} N={n:<3} K={k}  {days[0]}..{days[-1]}  " + " | ".join(cells))
        if diagnosis is not None:
            chosen = [key.day for key in key_dates(tables, dates=n, sentences=k, start=days[0], end=days[-1])]
            others = {
                day
                for other in sorted((story / "timelines").glob("*.txt"))
                if other != path
                for day in read_reference(other)
            }
            found, lines = diagnose(tables, reference, chosen, days[0], days[-1], others)
            diagnosis.add(found)
            print("\n".join(["    " + line for line in found.lines()] + lines))
    for name in methods:
        print(f"  {story.name} {name:<6} {per_story[name].line()}  ({seconds[name]:.2f} s for the story)")
    return per_story


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tls", nargs="?", type=Path, default=ROOT.parent / "shared" / "tls")
    parser.add_argument("--stories", default="", help="comma-separated story folders (default: all)")
    parser.add_argument("--rebuild", action="store_true", help="build the tables again")
    parser.add_argument("--rouge", choices=("original", "reimpl"), default="original")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument(
        "--whole-story",
        action="store_true",
        help="give each timeline the whole story, articles published after its range too (not news-tls)",
    )
    parser.add_argument(
        "--diagnose", action="store_true", help="print where the chosen days go wrong (see Diagnosis)"
    )
    parser.add_argument(
        "--speed", action="store_true", help="only time `keydates` on the largest story (no scoring)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of the timed command (default 3)")
    args = parser.parse_args(argv)
    if not args.tls.is_dir():
        print(f"skipped: no Timeline17 stories at {args.tls}")
        return
    wanted = {s for s in args.stories.split(",") if s}
    stories = [
        p
        for p in sorted(args.tls.iterdir())
        if (p / "timelines").is_dir() and (not wanted or p.name in wanted)
    ]
    if not stories:
        print(f"skipped: no story folders (articles/, sources.csv, timelines/) in {args.tls}")
        return
    largest = max(stories, key=article_count)
    if args.speed:
        speed(build_input(largest, None, args.rebuild), max(args.runs, 1))
        return
    methods: dict[str, Method] = {"ours": ours} if args.no_baseline else {"ours": ours, "naive": naive}
    scorer = Scorer(args.rouge)
    totals = {name: Averages() for name in methods}
    ceilings: list[float] = []
    diagnosis = Diagnosis() if args.diagnose else None
    per_story = [
        run_story(story, methods, scorer, totals, args.rebuild, args.whole_story, ceilings, diagnosis)
        for story in stories
    ]
    print(f"\n== overall, {totals['ours'].n} timelines of {len(stories)} stories (ROUGE: {args.rouge})")
    print("   averaged over timelines (news-tls), then the plain mean of the per-story F")
    for name in methods:
        print(f"  {name:<6} {totals[name].line()}")
        means = {
            m: sum(story[name].f1(m) for story in per_story) / len(per_story) for m in ("date", *MEASURES)
        }
        print(
            f"  {name:<6} Date-F1 {means['date']:.3f}  AR-1 {means['rouge_1']:.3f}  "
            f"AR-2 {means['rouge_2']:.3f}  (mean of stories)"
        )
    print(
        f"  reachable days (reference days some day-precise event is dated; the Date-F1 ceiling of any "
        f"ranking of this table): {sum(ceilings) / max(len(ceilings), 1):.3f} averaged over timelines"
    )
    if diagnosis is not None:
        print("\n== where our days go wrong, over all timelines")
        print("\n".join("  " + line for line in diagnosis.lines()))
    speed(build_input(largest, None, args.rebuild), max(args.runs, 1))


def article_count(story: Path) -> int:
    with (story / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return sum(1 for _row in csv.DictReader(handle))


def child_seconds(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` in the checkout, its output thrown away. On a shared
    machine the wall clock counts the time other processes held the CPU; the CPU time (user + system) of
    the command is what it costs alone."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def speed(data: Path, runs: int) -> None:
    """Seconds for 50 key dates of 2 sentences: the call on loaded tables, and the whole command,
    `runs` times (the fastest and the median)."""
    tables = load_tables(data)
    started, cpu_started = time.perf_counter(), time.process_time()
    key_dates(tables, dates=50, sentences=2)
    call, call_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    command = [
        sys.executable,
        "-m",
        "events",
        "keydates",
        "--data",
        str(data),
        "--dates",
        "50",
        "--sentences",
        "2",
    ]
    walls, cpus = [], []
    for _run in range(runs):
        wall, cpu = child_seconds(command)
        walls.append(wall)
        cpus.append(cpu)
    # Python compiles the project's modules in every run when it may not keep their bytecode.
    compiled = "compiled every run" if sys.flags.dont_write_bytecode else "compiled modules kept"
    print(
        f"\nspeed ({data.parent.name}: {len(tables.sources)} articles, {len(tables.events)} events), "
        f"50 days x 2 sentences: key_dates {call:.2f} s ({call_cpu:.2f} s of CPU) on loaded tables; "
        f"`python -m events keydates` start to finish, {runs} runs: {min(walls):.2f} s fastest, "
        f"{statistics.median(walls):.2f} s median ({min(cpus):.2f} / {statistics.median(cpus):.2f} s of "
        f"CPU; {compiled}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    main()
