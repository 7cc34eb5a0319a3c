"""Analysts' corrections to the extracted events: an append-only log, re-applied after every build.

The log is `data/corrections.jsonl`, one JSON object per line, never rewritten in place:

    {"id": "c-3f9a0b1c2d4e", "when": "2025-04-10T09:12:03Z", "who": "Priya", "action": "fix",
     "event_ids": ["ev-0123456789"], "field": "title", "old": "Ukraine captures...", "new": "Two captured...",
     "target": "", "anchors": [[["nbc.txt", 120, 231, "on Tuesday"]]]}

Actions: fix (field = date | event_type | title | actors | countries), merge (event_ids = [kept, absorbed]),
split (event_ids = [original, new]; the mentions from `new` articles move), reject, restore (target =
the reject it cancels), undo (target = the entry it cancels; an undone undo is a redo) and accept (an
analyst checked the event: it is marked reviewed and leaves the review queue).

Event ids are stable across rebuilds of the same articles, but an added article can merge two events
and so retire an id. Each entry therefore also keeps its events' mentions ("anchors": article, sentence
offsets, date text): an id that no longer exists is found again as the event now holding most of those
mentions. An entry whose events cannot be found is kept and reported as orphaned, never dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pycountry

from events.engines.local import build_tables
from events.errors import CurationError, DataError
from events.extract.corpus import Problem, load_corpus
from events.extract.entities import load_gazetteer
from events.schema import (
    EVENT_TYPES,
    FIRST_DAY,
    LAST_DAY,
    PRECISIONS,
    TITLE_MAX,
    Tables,
    in_table_range,
    join_list,
    split_list,
    validate,
    with_optional_columns,
)
from events.store import generations as store

CORRECTIONS_NAME = "corrections.jsonl"
# 100,000 corrections take about 40 MB; far beyond that the file is not a log this project wrote.
CORRECTIONS_MAX_BYTES = 512_000_000
_EVENT_ID = re.compile(r"ev-[0-9a-f]{10}")
ACTIONS = ("fix", "merge", "split", "reject", "restore", "undo", "accept")
EDITABLE_FIELDS = ("date", "event_type", "title", "actors", "countries")
WHO_MAX = 80
# A build names this many damaged lines or orphaned corrections one by one, then says how many more.
NOTES_SHOWN = 20
_SKIPPED = "; it was skipped"

log = logging.getLogger(__name__)

# (article, sentence start, sentence end, date text): one mention, the same in every build of the article.
MentionKey = tuple[str, int, int, str]


@dataclass(frozen=True)
class Correction:
    """One entry of the log. `old`/`new` are JSON values: a string, a list of names, or for a date
    {"date": "2025-04-08", "date_end": "2025-04-08", "precision": "day"}."""

    id: str
    when: str
    who: str
    action: str
    event_ids: tuple[str, ...]
    field: str = ""
    old: Any = None
    new: Any = None
    target: str = ""
    anchors: tuple[tuple[MentionKey, ...], ...] = ()

    def to_json(self) -> str:
        body = {
            "id": self.id,
            "when": self.when,
            "who": self.who,
            "action": self.action,
            "event_ids": list(self.event_ids),
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "target": self.target,
            "anchors": [[list(key) for key in keys] for keys in self.anchors],
        }
        return json.dumps(body, ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_json(cls, line: str) -> Correction:
        """One line of the log; ValueError (or KeyError, TypeError) saying what is wrong with it."""
        body = json.loads(line)
        if not isinstance(body, dict):
            raise ValueError("it is not a JSON object")
        correction = cls(
            id=str(body["id"]),
            when=str(body["when"]),
            who=str(body["who"]),
            action=str(body["action"]),
            event_ids=tuple(str(e) for e in body["event_ids"]),
            field=str(body.get("field", "")),
            old=body.get("old"),
            new=body.get("new"),
            target=str(body.get("target", "")),
            anchors=tuple(
                tuple([(str(a), int(s), int(e), str(d)) for a, s, e, d in keys])
                for keys in body.get("anchors", [])
            ),
        )
        correction.check()
        return correction

    def check(self) -> None:
        """ValueError unless the entry is one `_record` could have written: a known action with the
        right number of events, and for a date fix a range the tables can hold."""
        if self.action not in ACTIONS:
            raise ValueError(f"'{self.action[:40]}' is not an action ({', '.join(ACTIONS)})")
        wanted = {"fix": 1, "reject": 1, "restore": 1, "merge": 2, "split": 2}.get(self.action)
        if wanted is not None and len(self.event_ids) != wanted:
            raise ValueError(f"a {self.action} names {wanted} event(s), this one {len(self.event_ids)}")
        bad = [e for e in self.event_ids if not _EVENT_ID.fullmatch(e)]
        if bad:
            raise ValueError(f"'{bad[0][:40]}' is not an event id")
        if self.action in ("undo", "restore") and not self.target:
            raise ValueError(f"a {self.action} must name the entry it cancels")
        if self.action == "fix" and self.field not in EDITABLE_FIELDS:
            raise ValueError(f"'{self.field[:40]}' cannot be edited")
        if self.action == "fix" and self.field == "date":
            value = self.new if isinstance(self.new, dict) else {}
            start = _parse_date(value.get("date"), "date")
            end = _parse_date(value.get("date_end"), "date_end")
            if end < start or value.get("precision") not in PRECISIONS:
                raise ValueError("the date range is not valid")

    def describe(self) -> str:
        """One line for an event's history: "Priya set title: 'A' → 'B'"."""
        if self.action == "fix":
            return f"{self.who} set {self.field}: {_show(self.old)} → {_show(self.new)}"
        if self.action == "merge":
            return f"{self.who} merged {self.event_ids[1]} into {self.event_ids[0]}"
        if self.action == "split":
            return f"{self.who} split {self.event_ids[0]}: {_show(self.new)} moved to {self.event_ids[1]}"
        if self.action == "reject":
            reason = f" ({self.new})" if self.new else ""
            return f"{self.who} rejected {self.event_ids[0]}{reason}"
        if self.action == "restore":
            return f"{self.who} restored {self.event_ids[0]}"
        if self.action == "accept":
            return f"{self.who} accepted {self.event_ids[0]} as reviewed"
        return f"{self.who} undid {self.target}"


def _show(value: Any) -> str:
    if isinstance(value, dict):
        date, end, precision = value.get("date", ""), value.get("date_end", ""), value.get("precision", "")
        return (
            f"{date}" + (f"..{end}" if end and end != date else "") + (f" ({precision})" if precision else "")
        )
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or "(none)"
    return f"'{value}'"


@dataclass(frozen=True)
class Orphan:
    """A correction that could not be applied to this build, and why; it stays in the log."""

    correction: Correction
    reason: str


@dataclass(frozen=True)
class Replay:
    """Tables with corrections applied, which corrections took effect and which are orphaned."""

    tables: Tables
    applied: tuple[str, ...] = ()
    orphaned: tuple[Orphan, ...] = field(default=())


def load_corrections(data_dir: Path) -> list[Correction]:
    """Every valid entry of `data_dir/corrections.jsonl` in the order written; [] if there is none.

    A damaged line (not UTF-8, not JSON, not a correction) is skipped: `correction_problems` says which.
    """
    return read_corrections(data_dir)[0]


def read_corrections(data_dir: Path) -> tuple[list[Correction], list[str]]:
    """The valid entries, and a note for each line that was skipped and why."""
    path = data_dir / CORRECTIONS_NAME
    try:
        with open(path, "rb") as handle:
            data = handle.read(CORRECTIONS_MAX_BYTES + 1)
    except FileNotFoundError:
        return [], []
    except OSError as error:
        raise DataError(f"{path} cannot be read ({error.strerror}).") from error
    if len(data) > CORRECTIONS_MAX_BYTES:
        raise DataError(
            f"{path} is over {CORRECTIONS_MAX_BYTES // 1_000_000} MB, far more than any log of corrections; "
            "move it away to continue."
        )
    corrections: list[Correction] = []
    notes: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            correction = Correction.from_json(raw.decode("utf-8"))
            if correction.id in seen:
                raise ValueError(f"the id {correction.id[:40]} is used by an earlier line")
        except UnicodeDecodeError:
            notes.append(f"line {number} is not UTF-8 text{_SKIPPED}")
        except (ValueError, KeyError, TypeError, CurationError) as error:
            notes.append(f"line {number} is not a valid correction ({str(error)[:200]}){_SKIPPED}")
        else:
            seen.add(correction.id)
            corrections.append(correction)
    if notes:
        log.warning("%s: %d damaged lines skipped; the first: %s", path, len(notes), notes[0])
    return corrections, notes


def correction_problems(data_dir: Path) -> list[Problem]:
    """What is wrong with the corrections log, line by line (the build and the pages show these)."""
    return _problems(read_corrections(data_dir)[1])


def skipped_lines_message(notes: Sequence[str], *, shown: int = 3) -> str:
    """What a page says about a damaged log (`read_corrections`' notes), "" when nothing was skipped:
    "2 lines of corrections.jsonl were skipped, so what they record is not applied: line 3 ..."."""
    if not notes:
        return ""
    count = len(notes)
    one = count == 1
    reasons = "; ".join(note.removesuffix(_SKIPPED) for note in notes[:shown])
    more = f"; and {count - shown} more" if count > shown else ""
    return (
        f"{'1 line' if one else f'{count} lines'} of {CORRECTIONS_NAME} {'was' if one else 'were'} skipped, "
        f"so what {'it records' if one else 'they record'} is not applied: {reasons}{more}. The other "
        f"corrections apply. To recover {'it' if one else 'them'}, mend or remove "
        f"{'that line' if one else 'those lines'} in the data folder's {CORRECTIONS_NAME} "
        "(`python -m events build` names them)."
    )


def _problems(notes: Sequence[str]) -> list[Problem]:
    """One problem for each of the first NOTES_SHOWN skipped lines, then one saying how many more."""
    problems = [Problem(CORRECTIONS_NAME, note) for note in notes[:NOTES_SHOWN]]
    if len(notes) > NOTES_SHOWN:
        more = len(notes) - NOTES_SHOWN
        problems.append(Problem(CORRECTIONS_NAME, f"{more} more damaged lines were skipped"))
    return problems


def cancelled_ids(corrections: Sequence[Correction]) -> frozenset[str]:
    """Ids of entries cancelled by a later undo or restore that is itself in force."""
    cancelled: set[str] = set()
    # An undo names an earlier entry, so walking backwards settles each canceller before its target.
    for correction in reversed(corrections):
        if correction.action in ("undo", "restore") and correction.id not in cancelled:
            cancelled.add(correction.target)
    return frozenset(cancelled)


def active_corrections(corrections: Sequence[Correction]) -> list[Correction]:
    """The entries that change the tables: not undone, and not themselves undo or restore entries."""
    cancelled = cancelled_ids(corrections)
    return [c for c in corrections if c.id not in cancelled and c.action not in ("undo", "restore")]


def apply_corrections(tables: Tables, corrections: list[Correction]) -> Tables:
    """The extracted tables with the corrections in force applied, in the order they were made."""
    return replay_corrections(tables, corrections).tables


def replay_corrections(tables: Tables, corrections: Sequence[Correction]) -> Replay:
    """As `apply_corrections`, also saying which entries applied and which are orphaned."""
    if not active_corrections(corrections):
        # Nothing in force (most data folders): the tables as given, without taking them apart row by
        # row, which costs half a second at 5,000 articles on every build and add.
        events = with_optional_columns("events", tables.events)
        order = ["date", "event_type", "event_id"]
        if not events.empty and not _in_order(events[order]):
            events = events.sort_values(order, kind="stable")
        mentions = tables.mentions
        return Replay(Tables(_numbered(events), _numbered(mentions), tables.sources), (), ())
    state = _State(tables)
    applied: list[str] = []
    orphaned: list[Orphan] = []
    for correction in active_corrections(corrections):
        try:
            state.apply(correction)
        except _Orphaned as problem:
            orphaned.append(Orphan(correction, str(problem)))
        else:
            applied.append(correction.id)
    return Replay(tables=state.to_tables(tables.sources), applied=tuple(applied), orphaned=tuple(orphaned))


def _in_order(frame: pd.DataFrame) -> bool:
    """Whether the rows are already sorted by the columns, in order (ties allowed)."""
    return bool(pd.MultiIndex.from_frame(frame).is_monotonic_increasing)


def _numbered(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its rows numbered 0, 1, ... (the same frame when they are)."""
    if frame.index.equals(pd.RangeIndex(len(frame))):
        return frame
    return frame.reset_index(drop=True)


def apply_stored_corrections(tables: Tables, data_dir: Path) -> Tables:
    """The build's hook: apply `data_dir`'s corrections; orphaned ones are logged, not fatal."""
    return apply_stored_corrections_noted(tables, data_dir)[0]


def apply_stored_corrections_noted(tables: Tables, data_dir: Path) -> tuple[Tables, list[Problem]]:
    """As `apply_stored_corrections`, reading the log once, with a problem for each damaged line."""
    corrections, notes = read_corrections(data_dir)
    replay = replay_corrections(tables, corrections)
    for orphan in replay.orphaned[:NOTES_SHOWN]:
        log.warning(
            "correction %s (%s) not applied: %s",
            orphan.correction.id,
            orphan.correction.action,
            orphan.reason,
        )
    if len(replay.orphaned) > NOTES_SHOWN:
        log.warning("%d more corrections not applied", len(replay.orphaned) - NOTES_SHOWN)
    return replay.tables, _problems(notes)


def history(event_id: str, data_dir: Path, tables: Tables | None = None) -> list[Correction]:
    """Every entry about the event, undone ones and the undos included, oldest first.

    With `tables` (the stored, corrected tables), entries recorded under an id the event no longer has
    (it absorbed another event, or a new article merged two) are found through their mentions too.
    """
    corrections = load_corrections(data_dir)
    holders = _holders(tables.mentions) if tables is not None else None
    ids = set(tables.events["event_id"]) if tables is not None else set()
    by_id = {c.id: c for c in corrections}
    out = []
    for correction in corrections:
        named = correction
        if correction.action in ("undo", "restore") and correction.target in by_id:
            named = by_id[correction.target]
        if event_id in named.event_ids or (
            holders is not None and event_id in _resolved_ids(named, ids, holders)
        ):
            out.append(correction)
    return out


def edited_event_ids(tables: Tables, data_dir: Path) -> frozenset[str]:
    """Ids of the events in `tables` that a correction in force has changed (for an "edited" mark)."""
    corrections = active_corrections(load_corrections(data_dir))
    holders = _holders(tables.mentions)
    ids = set(tables.events["event_id"])
    edited: set[str] = set()
    for correction in corrections:
        edited.update(_resolved_ids(correction, ids, holders))
    return frozenset(edited)


def rejected_events(data_dir: Path) -> list[Correction]:
    """The rejections in force, newest first; `old` holds the event as it was (title, date, type)."""
    return [c for c in reversed(active_corrections(load_corrections(data_dir))) if c.action == "reject"]


def fix_date(
    data_dir: Path,
    event_id: str,
    *,
    date: dt.date | str,
    date_end: dt.date | str | None = None,
    precision: str = "day",
    who: str,
) -> Correction:
    """Set an event's date range and precision; `date_end` defaults to `date`."""
    start = _parse_date(date, "date")
    end = _parse_date(date_end, "date_end") if date_end not in (None, "") else start
    if end < start:
        raise CurationError(f"The end date {end} is before the start date {start}.")
    if precision not in PRECISIONS:
        raise CurationError(f"Precision '{precision}' is not one of {', '.join(PRECISIONS)}.")
    value = {"date": start.isoformat(), "date_end": end.isoformat(), "precision": precision}
    return _record_fix(data_dir, event_id, "date", value, who)


def fix_event(
    data_dir: Path, event_id: str, field_name: str, value: str | Sequence[str], *, who: str
) -> Correction:
    """Set an event's type, title, actors or countries (lists as a list of names or "A;B")."""
    if field_name == "date":
        raise CurationError("Dates are fixed with fix_date (date, date_end and precision together).")
    if field_name not in EDITABLE_FIELDS:
        raise CurationError(f"'{field_name}' cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}.")
    return _record_fix(data_dir, event_id, field_name, _clean_value(field_name, value), who)


def merge_events(data_dir: Path, keep_id: str, other_id: str, *, who: str) -> Correction:
    """Make two events one: `other_id`'s mentions and sources join `keep_id`, which keeps its fields."""
    if keep_id == other_id:
        raise CurationError("An event cannot be merged with itself; choose two different events.")

    def make(current: Tables) -> Correction:
        keep, other = _event_row(current, keep_id), _event_row(current, other_id)
        return _new(
            who,
            "merge",
            (keep_id, other_id),
            field_name="",
            old=[str(keep["title"]), str(other["title"])],
            anchors=(_anchor(current, keep_id), _anchor(current, other_id)),
        )

    return _record(data_dir, make)


def split_event(data_dir: Path, event_id: str, articles: Iterable[str], *, who: str) -> Correction:
    """Move the mentions from `articles` out of the event into a new one (a copy of its fields)."""
    moved = sorted(set(articles))
    if not moved:
        raise CurationError("Choose the source articles whose mentions form the new event.")

    def make(current: Tables) -> Correction:
        row = _event_row(current, event_id)
        reported = _mention_articles(current, event_id)
        unknown = [a for a in moved if a not in reported]
        if unknown:
            raise CurationError(f"{event_id} has no mention from {', '.join(unknown)}.")
        if set(reported) <= set(moved):
            raise CurationError("A split must leave at least one source article with the original event.")
        correction_id = _new_id()
        new_id = _split_event_id(correction_id)
        if new_id in set(current.events["event_id"]):
            raise CurationError("Please try again (the new event's id is taken).")
        keys = _anchor(current, event_id)
        return _new(
            who,
            "split",
            (event_id, new_id),
            field_name="sources",
            old=split_list(row["sources"]),
            new=moved,
            anchors=(keys, tuple(k for k in keys if k[0] in moved)),
            correction_id=correction_id,
        )

    return _record(data_dir, make)


def reject_event(data_dir: Path, event_id: str, *, who: str, reason: str = "") -> Correction:
    """Take the event (and its mentions) out of every view; `restore_event` brings it back."""

    def make(current: Tables) -> Correction:
        row = _event_row(current, event_id)
        snapshot = {
            "title": str(row["title"]),
            "date": pd.Timestamp(row["date"]).date().isoformat(),
            "event_type": str(row["event_type"]),
            "sources": split_list(row["sources"]),
        }
        return _new(
            who,
            "reject",
            (event_id,),
            old=snapshot,
            new=reason.strip(),
            anchors=(_anchor(current, event_id),),
        )

    return _record(data_dir, make)


def accept_event(data_dir: Path, event_id: str, *, who: str) -> Correction:
    """Mark the event reviewed: an analyst has checked it (as it stands, corrections included)."""

    def make(current: Tables) -> Correction:
        row = _event_row(current, event_id)
        if bool(row.get("reviewed", False)):
            raise CurationError(f"{event_id} is already marked reviewed.")
        snapshot = {"title": str(row["title"]), "date": pd.Timestamp(row["date"]).date().isoformat()}
        return _new(who, "accept", (event_id,), old=snapshot, anchors=(_anchor(current, event_id),))

    return _record(data_dir, make)


def restore_event(data_dir: Path, event_id: str, *, who: str) -> Correction:
    """Cancel the rejection in force for `event_id`."""

    def make(current: Tables) -> Correction:
        rejection = next((c for c in rejected_events(data_dir) if c.event_ids[0] == event_id), None)
        if rejection is None:
            raise CurationError(f"{event_id} is not rejected, so there is nothing to restore.")
        return _new(who, "restore", rejection.event_ids, target=rejection.id, anchors=rejection.anchors)

    return _record(data_dir, make)


def undo(data_dir: Path, correction_id: str, *, who: str) -> Correction:
    """Cancel an earlier entry (undoing an undo re-applies what it undid)."""

    def make(current: Tables) -> Correction:
        corrections = load_corrections(data_dir)
        target = next((c for c in corrections if c.id == correction_id), None)
        if target is None:
            raise CurationError(f"There is no correction {correction_id} to undo.")
        if target.id in cancelled_ids(corrections):
            raise CurationError(f"{correction_id} is already undone.")
        return _new(who, "undo", target.event_ids, target=target.id, anchors=target.anchors)

    return _record(data_dir, make)


def _record_fix(data_dir: Path, event_id: str, field_name: str, value: Any, who: str) -> Correction:
    def make(current: Tables) -> Correction:
        row = _event_row(current, event_id)
        old = _field_value(row, field_name)
        if old == value:
            raise CurationError(f"{event_id} already has that {field_name}; nothing to change.")
        return _new(
            who,
            "fix",
            (event_id,),
            field_name=field_name,
            old=old,
            new=value,
            anchors=(_anchor(current, event_id),),
        )

    return _record(data_dir, make)


def _record(data_dir: Path, make: Callable[[Tables], Correction]) -> Correction:
    """Validate against the stored tables, append to the log and store the re-applied tables, as one unit."""
    with store.transaction(data_dir) as tx:
        current = store.load_tables(data_dir)
        correction = make(current)
        corrections = [*load_corrections(data_dir), correction]
        path = data_dir / CORRECTIONS_NAME
        previous = path.read_bytes() if path.exists() else b""
        if previous and not previous.endswith(b"\n"):
            previous += b"\n"
        extracted = store.load_extracted(data_dir)
        if extracted is None:
            # Tables stored without their uncorrected form: extract again (slower, same result).
            from events.store.build import data_cache, data_gazetteer  # build imports this module

            corpus = load_corpus(data_dir / "articles", data_dir / "sources.csv")
            extracted = build_tables(corpus, data_gazetteer(data_dir), cache=data_cache(data_dir))
        replay = replay_corrections(extracted, corrections)
        _refuse_if_orphaned(replay, correction)
        tx.write(path, previous + (correction.to_json() + "\n").encode("utf-8"))
        store.write_tables(
            replay.tables, data_dir, extracted=extracted, label=f"correction: {correction.describe()}"
        )
    return correction


def _refuse_if_orphaned(replay: Replay, correction: Correction) -> None:
    for orphan in replay.orphaned:
        if orphan.correction.id == correction.id:
            raise CurationError(f"This correction cannot be applied: {orphan.reason}")


def _new(
    who: str,
    action: str,
    event_ids: tuple[str, ...],
    *,
    field_name: str = "",
    old: Any = None,
    new: Any = None,
    target: str = "",
    anchors: tuple[tuple[MentionKey, ...], ...] = (),
    correction_id: str = "",
) -> Correction:
    name = " ".join(who.split())
    if not name:
        raise CurationError("Type your name first: every correction records who made it.")
    if len(name) > WHO_MAX:
        raise CurationError(f"A name of at most {WHO_MAX} characters, please.")
    return Correction(
        id=correction_id or _new_id(),
        # To the microsecond, as versions are written: which versions hold it is then never a guess.
        when=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z"),
        who=name,
        action=action,
        event_ids=event_ids,
        field=field_name,
        old=old,
        new=new,
        target=target,
        anchors=anchors,
    )


def _new_id() -> str:
    return "c-" + secrets.token_hex(6)


def _split_event_id(correction_id: str) -> str:
    # Derived from the correction, so the split-off event has the same id after every rebuild.
    return "ev-" + hashlib.sha1(f"split|{correction_id}".encode()).hexdigest()[:10]


def _event_row(tables: Tables, event_id: str) -> pd.Series:
    rows = tables.events[tables.events["event_id"] == event_id]
    if rows.empty:
        raise CurationError(
            f"There is no event {event_id} (it may have been merged or rejected); reload and retry."
        )
    return rows.iloc[0]


def _anchor(tables: Tables, event_id: str) -> tuple[MentionKey, ...]:
    mentions = tables.mentions[tables.mentions["event_id"] == event_id]
    return tuple(sorted(_mention_keys(mentions)))


def _mention_keys(mentions: pd.DataFrame) -> list[MentionKey]:
    return [
        (str(a), int(s), int(e), str(d))
        for a, s, e, d in zip(
            mentions["article"], mentions["start"], mentions["end"], mentions["date_text"], strict=True
        )
    ]


def _mention_articles(tables: Tables, event_id: str) -> list[str]:
    mentions = tables.mentions[tables.mentions["event_id"] == event_id]
    return list(dict.fromkeys(str(a) for a in mentions["article"]))


def _field_value(row: pd.Series, field_name: str) -> Any:
    if field_name == "date":
        return {
            "date": pd.Timestamp(row["date"]).date().isoformat(),
            "date_end": pd.Timestamp(row["date_end"]).date().isoformat(),
            "precision": str(row["precision"]),
        }
    if field_name in ("actors", "countries"):
        return split_list(row[field_name])
    return str(row[field_name])


def _parse_date(value: dt.date | str | None, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        day = dt.date.fromisoformat(str(value).strip()[:40])
    except ValueError:
        raise CurationError(
            f"The {name} '{str(value)[:40]}' is not a date; write it as YYYY-MM-DD."
        ) from None
    if not in_table_range(day):
        raise CurationError(
            f"The {name} {day.isoformat()} is outside the dates the table can hold "
            f"({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})."
        )
    return day


def _clean_value(field_name: str, value: str | Sequence[str]) -> Any:
    """A fix's value checked against the events schema, in the form the log stores it."""
    if field_name == "event_type":
        text = str(value).strip().lower()
        if text not in EVENT_TYPES:
            raise CurationError(f"Type '{value}' is not one of {', '.join(EVENT_TYPES)}.")
        return text
    if field_name == "title":
        text = " ".join(str(value).split())
        if not 1 <= len(text) <= TITLE_MAX:
            raise CurationError(f"A title of 1 to {TITLE_MAX} characters, please (this one has {len(text)}).")
        return text
    items = split_list(value) if isinstance(value, str) else [str(v) for v in value]
    # ";" separates the items of a stored cell; a name containing one would split in two.
    names = split_list(join_list(" ".join(item.split()) for item in items))
    if field_name == "countries":
        return list(dict.fromkeys(country_code(name) for name in names))
    return names


def country_code(name: str) -> str:
    """ "Finland", "Russia", "FI" or "fin" -> the ISO alpha-3 code the events table holds ("FIN", "RUS")."""
    text = name.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}", text):
        code = text.upper()
        country = (
            pycountry.countries.get(alpha_3=code) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
        )
        if country is not None:
            return str(country.alpha_3)
    found = [e for e in load_gazetteer().find(text) if e.kind == "country" and e.country and e.text == text]
    if found:
        return found[0].country
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        raise CurationError(f"'{name}' is not a country; give its name or ISO code (FIN, RUS).") from None


def _holders(mentions: pd.DataFrame) -> dict[MentionKey, list[str]]:
    """Mention key -> the events holding a mention with that key (a sentence can report two events)."""
    holders: dict[MentionKey, list[str]] = {}
    for key, event_id in zip(_mention_keys(mentions), mentions["event_id"], strict=True):
        holders.setdefault(key, []).append(str(event_id))
    return holders


def _best_holder(anchor: Iterable[MentionKey], holders: Mapping[MentionKey, list[str]]) -> str:
    """The event holding most of the anchor's mentions (ties: the smallest id); "" if none holds any."""
    counts: dict[str, int] = {}
    for key in anchor:
        for event_id in holders.get(key, []):
            counts[event_id] = counts.get(event_id, 0) + 1
    if not counts:
        return ""
    return min(counts, key=lambda e: (-counts[e], e))


def _resolve(
    event_id: str, anchor: Sequence[MentionKey], holders: Mapping[MentionKey, list[str]], ids: Set[str]
) -> str:
    """Where an event named by a correction is now: its id if that still holds one of its mentions (or
    nothing else does), else the event holding most of them; "" if it is gone."""
    if event_id in ids:
        if not anchor or any(event_id in holders.get(key, []) for key in anchor):
            return event_id
        return _best_holder(anchor, holders) or event_id
    return _best_holder(anchor, holders)


def _anchor_of(correction: Correction, index: int) -> tuple[MentionKey, ...]:
    return correction.anchors[index] if index < len(correction.anchors) else ()


def _resolved_ids(correction: Correction, ids: set[str], holders: dict[MentionKey, list[str]]) -> set[str]:
    """The events of `ids` that the correction's events are now."""
    found = (_resolve(e, _anchor_of(correction, i), holders, ids) for i, e in enumerate(correction.event_ids))
    return {event_id for event_id in found if event_id}


class _Orphaned(Exception):
    """Raised inside a replay for a correction that cannot be applied to these tables."""


class _State:
    """The tables being corrected, held so that each correction costs time in what it touches, not in
    the size of the tables: event rows by id, and for the mentions their event, their keys and each
    event's mentions. The frames are built once, at the end (`to_tables`)."""

    def __init__(self, tables: Tables) -> None:
        events = tables.events
        events = with_optional_columns("events", events)  # tables made before a column existed
        self.columns = list(events.columns)
        self.rows: dict[str, dict[str, Any]] = {
            str(row["event_id"]): {str(k): v for k, v in row.items()} for row in events.to_dict("records")
        }
        self.mentions = tables.mentions.reset_index(drop=True)
        keys = _mention_keys(self.mentions)
        self.owner = [str(e) for e in self.mentions["event_id"]]  # mention -> its event now
        self.alive = [True] * len(keys)  # False once its event is rejected
        self.articles = [str(a) for a in self.mentions["article"]]
        self.held: dict[str, list[int]] = {}  # event -> its mentions
        self.holders: dict[MentionKey, list[int]] = {}  # key -> the mentions with it
        for index, (key, event_id) in enumerate(zip(keys, self.owner, strict=True)):
            self.held.setdefault(event_id, []).append(index)
            self.holders.setdefault(key, []).append(index)
        self.published = dict(zip(tables.sources["article"], tables.sources["published"], strict=True))
        # event -> events whose `linked` cell names it (entries go stale; `_relink` checks them)
        self.linked_by: dict[str, set[str]] = {}
        self.links_clean = False

    def to_tables(self, sources: pd.DataFrame) -> Tables:
        events = pd.DataFrame.from_records(list(self.rows.values()), columns=self.columns)
        if not events.empty:
            events = events.sort_values(["date", "event_type", "event_id"], kind="stable").reset_index(
                drop=True
            )
        mentions = self.mentions.assign(event_id=self.owner)[self.alive].reset_index(drop=True)
        return Tables(validate("events", events), validate("mentions", mentions), sources)

    def _holder_ids(self, key: MentionKey) -> list[str]:
        return [self.owner[index] for index in self.holders.get(key, ()) if self.alive[index]]

    def resolve(self, correction: Correction, index: int = 0) -> str:
        event_id = correction.event_ids[index]
        anchor = _anchor_of(correction, index)
        holders = {key: self._holder_ids(key) for key in anchor}
        found = _resolve(event_id, anchor, holders, self.rows.keys())
        if not found:
            raise _Orphaned(f"event {event_id} is not in this build, and none of its mentions is")
        return found

    def apply(self, correction: Correction) -> None:
        if correction.action == "fix":
            self._fix(correction)
        elif correction.action == "merge":
            keep, other = self.resolve(correction, 0), self.resolve(correction, 1)
            if keep != other:
                self._merge(keep, other)
        elif correction.action == "split":
            self._split(correction)
        elif correction.action == "reject":
            event_id = self.resolve(correction)
            del self.rows[event_id]
            for index in self.held.pop(event_id, []):
                self.alive[index] = False
        elif correction.action == "accept":
            self.rows[self.resolve(correction)]["reviewed"] = True
        else:
            raise _Orphaned(f"unknown action '{correction.action}'")

    def _fix(self, correction: Correction) -> None:
        row = self.rows[self.resolve(correction)]
        try:
            if correction.field == "date":
                value = correction.new
                start, end = _parse_date(value["date"], "date"), _parse_date(value["date_end"], "date_end")
                if end < start or value["precision"] not in PRECISIONS:
                    raise CurationError("the stored date range is not valid")
                row["date"] = pd.Timestamp(start)
                row["date_end"] = pd.Timestamp(end)
                row["precision"] = value["precision"]
                row["date_reason"] = f"corrected by {correction.who} ({correction.when[:10]})"
            elif correction.field in EDITABLE_FIELDS:
                cleaned = _clean_value(correction.field, correction.new)
                row[correction.field] = join_list(cleaned) if isinstance(cleaned, list) else cleaned
                if correction.field == "countries":
                    # named by the analyst: no longer taken from where the reports are set
                    row["country_basis"] = "named" if row["countries"] else ""
            else:
                raise CurationError(f"'{correction.field}' cannot be edited")
        except (CurationError, KeyError, TypeError, ValueError) as error:
            raise _Orphaned(f"the stored value cannot be applied ({error})") from error

    def _merge(self, keep: str, other: str) -> None:
        a, b = self.rows[keep], self.rows.pop(other)
        moved = self.held.pop(other, [])
        for index in moved:
            self.owner[index] = keep
        self.held.setdefault(keep, []).extend(moved)
        row = dict(a)
        if _date_strength(b) < _date_strength(a):
            # the merged happening keeps the better-founded date of the two (an analyst's date first)
            for column in ("date", "date_end", "precision", "date_basis", "date_reason"):
                row[column] = b[column]
        for column in ("actors", "locations", "figures"):
            row[column] = join_list([*split_list(a[column]), *split_list(b[column])])
        row["countries"], row["country_basis"] = _merged_countries(a, b)
        row["contested"] = bool(a["contested"] or b["contested"])
        row["planned"] = bool(a["planned"] or b["planned"])
        row["background"] = bool(a["background"] and b["background"])
        row["confidence"] = max(float(a["confidence"]), float(b["confidence"]))
        row["linked"] = join_list(
            e for e in [*split_list(a["linked"]), *split_list(b["linked"])] if e not in (keep, other)
        )
        self.rows[keep] = row
        self._note_links(keep)
        self._set_sources(keep)
        self._relink(other, keep)

    def _split(self, correction: Correction) -> None:
        original = self.resolve(correction)
        new_id = correction.event_ids[1]
        moved_articles = set(correction.new or [])
        if new_id in self.rows:
            raise _Orphaned(f"the split-off event {new_id} already exists")
        mine = self.held.get(original, [])
        moving = [index for index in mine if self.articles[index] in moved_articles]
        if not moving:
            raise _Orphaned(f"{original} no longer has mentions from {', '.join(sorted(moved_articles))}")
        if len(moving) == len(mine):
            raise _Orphaned(f"{original} has no mention left once {', '.join(sorted(moved_articles))} move")
        for index in moving:
            self.owner[index] = new_id
        self.held[original] = [index for index in mine if self.owner[index] == original]
        self.held[new_id] = moving
        row = dict(self.rows[original])
        row["event_id"] = new_id
        row["linked"] = ""
        self.rows[new_id] = row
        for event_id in (original, new_id):
            articles = self._articles(event_id)
            figures = [f for f in split_list(row["figures"]) if _figure_article(f) in articles | {""}]
            self.rows[event_id]["figures"] = join_list(figures)
            self._set_sources(event_id)

    def _articles(self, event_id: str) -> set[str]:
        return {self.articles[index] for index in self.held.get(event_id, [])}

    def _set_sources(self, event_id: str) -> None:
        never = pd.Timestamp.max
        ordered = sorted(self._articles(event_id), key=lambda a: (_or(self.published.get(a), never), a))
        self.rows[event_id]["sources"] = join_list(ordered)
        self.rows[event_id]["n_sources"] = len(ordered)

    def _note_links(self, event_id: str) -> None:
        for linked in split_list(self.rows[event_id]["linked"]):
            self.linked_by.setdefault(linked, set()).add(event_id)

    def _relink(self, old: str, new: str) -> None:
        """`old` is now `new` in every event's links; no event links to itself."""

        def relinked(event_id: str, cell: str) -> str:
            swapped = join_list(new if e == old else e for e in split_list(cell))
            return join_list(e for e in split_list(swapped) if e != event_id)

        if not self.links_clean:
            # The first time, every cell (as extracted, it may not be in join_list's form); after that
            # only the cells that name `old` can change.
            for event_id, row in self.rows.items():
                row["linked"] = relinked(event_id, row["linked"])
                self._note_links(event_id)
            self.links_clean = True
            return
        for event_id in sorted(self.linked_by.pop(old, set())):
            holder = self.rows.get(event_id)
            if holder is not None and old in split_list(holder["linked"]):
                holder["linked"] = relinked(event_id, holder["linked"])
                self._note_links(event_id)


def _merged_countries(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, str]:
    """The countries of two events merged, and their basis, as the build gives a happening's: those
    named, when either names one; else those its reports are set in (and any of unknown basis)."""
    named = [row for row in (a, b) if row.get("country_basis") == "named"]
    if named:
        return join_list(c for row in named for c in split_list(row["countries"])), "named"
    countries = join_list([*split_list(a["countries"]), *split_list(b["countries"])])
    inferred = countries and any(row.get("country_basis") == "report" for row in (a, b))
    return countries, "report" if inferred else ""


def _or(value: pd.Timestamp | None, default: pd.Timestamp) -> pd.Timestamp:
    return default if value is None or pd.isna(value) else value


def _figure_article(cell: str) -> str:
    """ "155 Chinese citizens [al-jazeera.txt]" -> "al-jazeera.txt"; "" when the cell names none."""
    if cell.endswith("]") and "[" in cell:
        return cell[cell.rindex("[") + 1 : -1]
    return ""


_BASIS_RANK = {"explicit": 1, "resolved": 2, "context": 3, "publication": 4}


def _date_strength(row: Mapping[str, Any]) -> tuple[int, int]:
    """Lower is better: an analyst's date, then explicit, resolved, context, publication; then narrower."""
    corrected = str(row["date_reason"]).startswith("corrected by")
    rank = 0 if corrected else _BASIS_RANK.get(str(row["date_basis"]), 5)
    return rank, int((pd.Timestamp(row["date_end"]) - pd.Timestamp(row["date"])).days)
