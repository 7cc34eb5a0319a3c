"""What changed between two versions of the tables: the "since the last briefing" view and its note.

Events are matched by id (stable across rebuilds of the same articles). An event only in the newer
version is new; one in both is compared for sources, dates and type; one only in the older version
has gone (an analyst rejected it, or it was merged into another). Corrections made between the two
versions are listed as they were recorded: `corrections_between` finds them by the log's order and
the versions' write times, to the microsecond (older logs and versions were stamped to the second: a
correction in the very second a version was written belongs to that version only if it made it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from events.query.labels import day_label, when_label
from events.query.marking import escape_markdown
from events.schema import Tables, split_list
from events.store.curation import Correction
from events.store.generations import Version


@dataclass(frozen=True)
class Changed:
    """One event that changed, in the newer version's words: what was, and what is."""

    event_id: str
    title: str
    before: str
    after: str


@dataclass(frozen=True)
class CorrectionNote:
    """A correction as a reader is told it, its events named by title and date; `ids` names the
    correction and its events by id, for small print (a reader does not know "c-16d46f8e2864")."""

    text: str
    ids: str = ""


@dataclass(frozen=True)
class Changes:
    """The difference from an older version to a newer one; each list is in date order."""

    new_events: tuple[str, ...] = ()
    new_sources: tuple[Changed, ...] = ()  # before/after: the added articles' names / the count now
    redated: tuple[Changed, ...] = ()
    retyped: tuple[Changed, ...] = ()
    gone: tuple[Changed, ...] = ()  # before: its title then; after: "" (rejected or merged away)
    corrections: tuple[CorrectionNote, ...] = ()  # oldest first

    def sections(self) -> list[tuple[str, tuple[Changed, ...], str]]:
        """The changed events by kind, as every view lists them: (heading, events, how one reads)."""
        return [
            ("Events with new sources", self.new_sources, "{title}: new from {before} ({after})"),
            ("Changed dates", self.redated, "{title}: {before} → {after}"),
            ("Changed types", self.retyped, "{title}: {before} → {after}"),
        ]

    @property
    def is_empty(self) -> bool:
        return not (
            self.new_events
            or self.new_sources
            or self.redated
            or self.retyped
            or self.gone
            or self.corrections
        )


def _instant(text: str) -> dt.datetime | None:
    """ "2025-04-10T09:12:03.250000Z" -> that instant (UTC); None if it is not an ISO time."""
    try:
        instant = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)


def _exact(text: str) -> bool:
    """Stamped below the second ("09:12:03.250000Z"), as versions and corrections are now."""
    return "." in text


def held_corrections(log: Sequence[Correction], version: Version) -> int:
    """How many of the log's entries (oldest first, as they were appended) `version` was written after.

    A correction is recorded, then the version it makes is written, both under the data folder's lock:
    with times to the microsecond, an entry stamped no later than the version is in it. Stamped to the
    second, an entry of the very second the version was written is in it only if it made the version
    (its label is "correction: " and the entry's description); a build or an add of that second came
    before the entry, which then is not in it."""
    written = _instant(version.written)
    held = 0
    for index, correction in enumerate(log):
        when = _instant(correction.when)
        if written is None or when is None:  # not ISO times: their text, to the second, decides
            before = correction.when[:19] <= version.written[:19]
        elif _exact(version.written) and _exact(correction.when):
            before = when <= written
        elif when.replace(microsecond=0) == written.replace(microsecond=0):
            before = version.label == f"correction: {correction.describe()}"
        else:
            before = when < written
        if before:
            held = index + 1
    return held


def corrections_between(log: Sequence[Correction], older: Version, newer: Version) -> list[Correction]:
    """The entries recorded after `older` was written and by the time `newer` was (the log's order)."""
    return list(log[held_corrections(log, older) : held_corrections(log, newer)])


def compare_versions(
    older: Tables, newer: Tables, corrections: Sequence[CorrectionNote | str] = ()
) -> Changes:
    """The changes from `older` to `newer`; `corrections` say the corrections made in between."""
    old = older.events.sort_values(["date", "event_id"], kind="stable").set_index("event_id", drop=False)
    new = newer.events.sort_values(["date", "event_id"], kind="stable").set_index("event_id", drop=False)
    added = [event_id for event_id in new.index if event_id not in old.index]
    both = [event_id for event_id in new.index if event_id in old.index]
    sources, redated, retyped = [], [], []
    for event_id in both:
        was, now = old.loc[event_id], new.loc[event_id]
        title = str(now["title"])
        more = [a for a in split_list(now["sources"]) if a not in set(split_list(was["sources"]))]
        if more:
            sources.append(Changed(event_id, title, ", ".join(more), f"{int(now['n_sources'])} sources now"))
        before, after = _when(was), _when(now)
        if before != after:
            redated.append(Changed(event_id, title, before, after))
        if was["event_type"] != now["event_type"]:
            retyped.append(Changed(event_id, title, str(was["event_type"]), str(now["event_type"])))
    gone = [
        Changed(str(event_id), str(row["title"]), str(row["title"]), "")
        for event_id, row in old.iterrows()
        if event_id not in new.index
    ]
    return Changes(
        new_events=tuple(added),
        new_sources=tuple(sources),
        redated=tuple(redated),
        retyped=tuple(retyped),
        gone=tuple(gone),
        corrections=tuple(c if isinstance(c, CorrectionNote) else CorrectionNote(c) for c in corrections),
    )


def _when(row: pd.Series) -> str:
    return when_label(row["date"], row["date_end"], str(row["precision"]))


def changes_markdown(
    changes: Changes,
    newer: Tables,
    heading: str,
    link: Callable[[str], str],
    said: Sequence[tuple[str, str]] = (),
) -> str:
    """The changes as a Markdown note; `link(event_id)` gives the URL of an event's drill-down; `said`:
    (what, value) lines under the heading (the filters and data version that made it)."""
    events = newer.events.set_index("event_id", drop=False)

    def item(event_id: str, text: str) -> str:
        return f"- [{escape_markdown(text)}]({link(event_id)})"

    lines = [f"# {escape_markdown(heading)}", ""]
    if said:
        lines += [
            # The link's query as code, to copy as it is (urlencode leaves no backtick in it).
            f"- {escape_markdown(what.capitalize())}: "
            + (f"`{value}`" if what in ("link query", "link") and value else escape_markdown(value))
            for what, value in said
        ]
        lines += [""]
    if changes.is_empty:
        return "\n".join([*lines, "Nothing changed.", ""])
    if changes.new_events:
        lines += [f"## New events ({len(changes.new_events)})", ""]
        for event_id in changes.new_events:
            row = events.loc[event_id]
            assert isinstance(row, pd.Series)  # ids are unique (the schema says so)
            lines.append(item(event_id, f"{_when(row)} · {row['event_type']} · {row['title']}"))
        lines.append("")
    for name, items, shape in changes.sections():
        if items:
            lines += [f"## {name} ({len(items)})", ""]
            lines += [
                item(c.event_id, shape.format(title=c.title, before=c.before, after=c.after)) for c in items
            ]
            lines.append("")
    if changes.gone:
        lines += [f"## Gone: rejected or merged ({len(changes.gone)})", ""]
        lines += [f"- {escape_markdown(c.before)}" for c in changes.gone]
        lines.append("")
    if changes.corrections:
        lines += [f"## Corrections ({len(changes.corrections)})", ""]
        lines += [
            f"- {escape_markdown(note.text)}" + (f" ({escape_markdown(note.ids)})" if note.ids else "")
            for note in changes.corrections
        ]
        lines.append("")
    return "\n".join(lines)


_EVENT_ID = re.compile(r"\bev-[0-9a-f]{10}\b")


def event_names(events: pd.DataFrame) -> dict[str, str]:
    """ "ev-…" -> "“Finland detains crews” (Tue 4 Mar 2025)": how a correction names an event."""
    return {
        str(row["event_id"]): f"“{row['title']}” ({_when(row)})"
        for _, row in events[["event_id", "title", "date", "date_end", "precision"]].iterrows()
    }


def logged_names(log: Sequence[Correction]) -> dict[str, str]:
    """Names of events the tables may no longer hold, as the log recorded them when merged or rejected."""
    names: dict[str, str] = {}
    for correction in log:
        if correction.action == "merge" and isinstance(correction.old, list):
            names.update(
                (e, f"“{title}”") for e, title in zip(correction.event_ids, correction.old, strict=False)
            )
        elif correction.action == "reject" and isinstance(correction.old, dict):
            title, day = correction.old.get("title", ""), correction.old.get("date", "")
            when = f" ({day_label(pd.Timestamp(day))})" if day else ""
            names[correction.event_ids[0]] = f"“{title}”{when}"
    return names


def named_event_ids(corrections: Sequence[Correction], log: Sequence[Correction]) -> set[str]:
    """Every event id these corrections name, and those of the entries they undo (from the whole `log`)."""
    by_id = {c.id: c for c in log}
    named: set[str] = set()
    for correction in corrections:
        target = by_id.get(correction.target)
        for entry in (correction, target, by_id.get(target.target) if target else None):
            if entry is not None:
                named.update(entry.event_ids)
                named.update(_EVENT_ID.findall(entry.describe()))
    return named


def describe_correction(
    correction: Correction, log: Sequence[Correction], names: Mapping[str, str]
) -> CorrectionNote:
    """ "Ana undid: Ana merged “Two crews held” (Mon 3 Mar 2025) into “Finland detains crews” (Tue 4 Mar
    2025)": the events by title and date (`names`, e.g. from `event_names`), an undo by what it undid
    (looked up in the whole `log`); the ids go to `ids`."""
    by_id = {c.id: c for c in log}
    ids = [correction.id]
    if correction.action == "undo":
        target = by_id.get(correction.target)
        if target is None:
            return CorrectionNote(
                f"{correction.who} undid an earlier correction", f"{correction.id} undid {correction.target}"
            )
        redo = target.action == "undo" and target.target in by_id
        shown = by_id[target.target] if redo else target
        ids += [shown.id, *shown.event_ids]
        text = f"{correction.who} {'redid' if redo else 'undid'}: {_said(shown, names)}"
    else:
        ids += correction.event_ids
        text = _said(correction, names)
    return CorrectionNote(text, " · ".join(dict.fromkeys(ids)))


def _said(correction: Correction, names: Mapping[str, str]) -> str:
    def name(event_id: str) -> str:
        return names.get(event_id) or "an event no longer in the table"

    first = correction.event_ids[0] if correction.event_ids else ""
    if correction.action == "merge":
        return f"{correction.who} merged {name(correction.event_ids[1])} into {name(first)}"
    if correction.action == "split":
        moved = correction.new if isinstance(correction.new, list) else [correction.new]
        reports = ", ".join(str(article) for article in moved)
        return (
            f"{correction.who} split {name(first)}: the reports of {reports} became a separate event, "
            f"{name(correction.event_ids[1])}"
        )
    said = correction.describe()
    if correction.action == "fix":  # "Ana set title: 'A' → 'B'" names no event
        said = said.replace(f" set {correction.field}:", f" set the {correction.field} of {name(first)}:", 1)
    return _EVENT_ID.sub(lambda m: name(m[0]), said)
