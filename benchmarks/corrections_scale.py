"""A build over a long log of analysts' corrections: many fixes, accepts, rejects, restores, merges, splits
and undos written to a copy of a data folder, then `python -m events build` timed.

    .venv/bin/python benchmarks/corrections_scale.py [--corrections 100000] [--data data] [--seed 1]

Prints the seconds (wall clock and CPU) of a build with no corrections and with the log (the articles
come from the mention cache both times, so the difference is the replay), and how many entries applied
or were orphaned.
Goal: the replay is linear in the log, so 100,000 corrections add seconds to a build, not minutes.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events.schema import EVENT_TYPES, Tables  # noqa: E402
from events.store import generations as store  # noqa: E402
from events.store.curation import (  # noqa: E402
    CORRECTIONS_NAME,
    Correction,
    MentionKey,
    _mention_keys,
    _split_event_id,
    load_corrections,
    replay_corrections,
)

ACTORS = ("Volodymyr Zelenskyy", "Vladimir Putin", "Ukraine", "Russia", "China", "Finnish border guard")
COUNTRIES = ("UKR", "RUS", "CHN", "FIN", "Finland", "Ukraine", "US")
TITLE_WORDS = ("talks", "strike", "captured", "fighters", "statement", "border", "ministry", "detained")
# Of every 100 entries written (the rest are the undos and restores that cancel some of them).
ACTION_WEIGHTS = {"fix": 60, "accept": 12, "reject": 8, "merge": 6, "split": 4, "undo": 10}


def mixed_corrections(
    tables: Tables, count: int, seed: int, *, kept: float = 0.01, most_kept: float = 0.2
) -> list[Correction]:
    """`count` entries of every kind, as a team of analysts might write them over months: all but a few
    merges, rejects and splits are later undone or restored (else the events would soon all be gone),
    some fixes are undone, and later entries still name events by the ids they had when first seen.

    Each merge, reject or split stays in force with chance `kept`, until `most_kept` of the events are
    merged away (half that many rejected, and as many split)."""
    rng = random.Random(seed)
    anchors: dict[str, tuple[MentionKey, ...]] = {}
    articles: dict[str, list[str]] = {}
    mentions = tables.mentions
    for key, event_id in zip(_mention_keys(mentions), mentions["event_id"], strict=True):
        anchors[str(event_id)] = (*anchors.get(str(event_id), ()), key)
        reported = articles.setdefault(str(event_id), [])
        if key[0] not in reported:
            reported.append(key[0])
    ids = sorted(anchors)
    anchors = {e: tuple(sorted(keys)) for e, keys in anchors.items()}
    when = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    out: list[Correction] = []
    pending: list[Correction] = []  # entries to cancel a little later

    def entry(action: str, event_ids: tuple[str, ...], **fields: object) -> Correction:
        nonlocal when
        when += dt.timedelta(seconds=rng.randint(1, 600))
        number = len(out)
        correction = Correction(
            id=f"c-{number:012x}",
            when=when.isoformat(timespec="seconds").replace("+00:00", "Z"),
            who=rng.choice(("Priya", "Ana", "Jonas", "Mei")),
            action=action,
            event_ids=event_ids,
            **fields,  # type: ignore[arg-type]
        )
        out.append(correction)
        return correction

    in_force = {"reject": 0, "merge": 0, "split": 0}

    def keep_in_force(made: Correction) -> bool:
        share = most_kept if made.action == "merge" else most_kept / 2
        if in_force[made.action] < share * len(ids) and rng.random() < kept:
            in_force[made.action] += 1
            return True
        return False

    while len(out) < count:
        if pending and rng.random() < 0.3:
            target = pending.pop(rng.randrange(len(pending)))
            action = "restore" if target.action == "reject" else "undo"
            entry(action, target.event_ids, target=target.id, anchors=target.anchors)
            continue
        action = rng.choices(list(ACTION_WEIGHTS), weights=list(ACTION_WEIGHTS.values()))[0]
        event_id = rng.choice(ids)
        anchor = (anchors[event_id],)
        if action == "fix":
            field = rng.choice(("title", "title", "event_type", "date", "date", "actors", "countries"))
            new: object
            if field == "title":
                new = " ".join(rng.choices(TITLE_WORDS, k=rng.randint(2, 8))).capitalize()
            elif field == "event_type":
                new = rng.choice(EVENT_TYPES)
            elif field == "date":
                day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
                span = rng.choice((0, 0, 0, 6, 30))
                new = {
                    "date": day.isoformat(),
                    "date_end": (day + dt.timedelta(days=span)).isoformat(),
                    "precision": {0: "day", 6: "week", 30: "month"}[span],
                }
            elif field == "actors":
                new = rng.sample(ACTORS, rng.randint(0, 3))
            else:
                new = rng.sample(COUNTRIES, rng.randint(1, 3))
            entry("fix", (event_id,), field=field, old="", new=new, anchors=anchor)
        elif action == "accept":
            entry("accept", (event_id,), old={}, anchors=anchor)
        elif action == "reject":
            made = entry("reject", (event_id,), old={}, new="not an event", anchors=anchor)
            if not keep_in_force(made):
                pending.append(made)
        elif action == "merge":
            other = rng.choice(ids)
            if other == event_id:
                continue
            made = entry("merge", (event_id, other), old=[], anchors=(anchors[event_id], anchors[other]))
            if not keep_in_force(made):
                pending.append(made)
        elif action == "split":
            reported = articles[event_id]
            if len(reported) < 2:
                continue
            moved = sorted(rng.sample(reported, rng.randint(1, len(reported) - 1)))
            number = len(out)
            new_id = _split_event_id(f"c-{number:012x}")
            keys = anchors[event_id]
            made = entry(
                "split",
                (event_id, new_id),
                field="sources",
                old=[],
                new=moved,
                anchors=(keys, tuple(k for k in keys if k[0] in moved)),
            )
            if not keep_in_force(made):
                pending.append(made)
        elif out:
            target = rng.choice(out[-50:])
            if target.action in ("fix", "accept"):
                entry("undo", target.event_ids, target=target.id, anchors=target.anchors)
    return out[:count]


def timed_build(data_dir: Path) -> tuple[str, str]:
    """ "12.1 s (4.0 CPU-s)" for `python -m events build`, and the last line it printed."""
    started, cpu = time.perf_counter(), _child_cpu()
    done = subprocess.run(
        [sys.executable, "-m", "events", "build", "--data", str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, cpu = time.perf_counter() - started, _child_cpu() - cpu
    return f"{seconds:.1f} s ({cpu:.1f} CPU-s)", done.stdout.strip().splitlines()[-1]


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corrections", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="a data folder with articles")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        shutil.copytree(args.data, data_dir, ignore=shutil.ignore_patterns("corrections.jsonl"))
        timed_build(data_dir)  # fills the mention cache
        plain, summary = timed_build(data_dir)
        print(f"build, no corrections: {plain} ({summary})")
        extracted = store.load_extracted(data_dir) or store.load_tables(data_dir)
        log = mixed_corrections(extracted, args.corrections, args.seed)
        (data_dir / CORRECTIONS_NAME).write_text("".join(c.to_json() + "\n" for c in log), encoding="utf-8")
        kinds = {action: sum(c.action == action for c in log) for action in sorted({c.action for c in log})}
        size = (data_dir / CORRECTIONS_NAME).stat().st_size / 1e6
        print(f"log: {len(log)} corrections, {size:.0f} MB: {kinds}")
        started, cpu = time.perf_counter(), time.process_time()
        replay = replay_corrections(extracted, load_corrections(data_dir))
        print(
            f"reading and replaying the log: {time.perf_counter() - started:.1f} s "
            f"({time.process_time() - cpu:.1f} CPU-s), {len(replay.applied)} applied, "
            f"{len(replay.orphaned)} orphaned, {len(replay.tables.events)} events left"
        )
        seconds, summary = timed_build(data_dir)
        print(f"build with {len(log)} corrections: {seconds} ({summary})")


if __name__ == "__main__":
    main()
