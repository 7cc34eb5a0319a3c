"""The "since the last briefing" view: which version to compare from, and the changes as links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

from events.query.changes import (
    Changes,
    compare_versions,
    corrections_between,
    describe_correction,
    event_names,
    logged_names,
    named_event_ids,
)
from events.query.filters import Filters
from events.query.frames import TableQuery
from events.query.labels import event_rows
from events.query.views import State
from events.schema import Tables
from events.store import tables_version
from events.store.curation import load_corrections
from events.store.generations import Version
from ui.data import data_dir, version_query, versions
from ui.downloads import link_base
from ui.render import md
from ui.state import link_params, update_view
from ui.versions import version_label

# Items shown of each kind of change; the note (downloaded) has them all.
SHOWN = 100


@dataclass(frozen=True)
class Baseline:
    """The version to compare the current data with (None when no version is kept), and whether the day
    named (`since`) lies before every kept version: then `version` is the oldest kept, and the page says
    so rather than compare quietly from a later day than the one asked for."""

    version: Version | None
    before_every: bool = False


def is_day(since: str) -> bool:
    """Whether `since` names a day (2025-03-04), not a version (g-...) or nothing."""
    return since[:1].isdigit()


def older_version(since: str) -> Baseline:
    """The version to compare the current data with: the one named, the newest written before the
    day named (the oldest kept, noted, when every version was written on or after it), or (by default)
    the one before the current version."""
    kept = versions()
    if not kept:
        return Baseline(None)
    if since.startswith("g-"):
        return Baseline(next((v for v in kept if v.generation == since), None))
    if since:
        before = next((v for v in kept if v.written[:10] < since), None)
        return Baseline(kept[-1], before_every=True) if before is None else Baseline(before)
    return Baseline(kept[1] if len(kept) > 1 else None)


def baseline_note(baseline: Baseline, since: str) -> str | None:
    """What the page says before (or instead of) the changes: why there is nothing to compare, or that a
    day before every kept version is compared from the oldest; None when the comparison needs no note."""
    older = baseline.version
    if older is None:
        return "No earlier data version is kept yet: every build and add makes one; come back after the next."
    how = (
        "The day picks a version of the data by when it was built or added to, not the news by its date "
        "(the sidebar's Dates do that)."
    )
    if older.current:
        # The current data compared with itself would say "nothing changed", read as "no news since then".
        if is_day(since) and not baseline.before_every:
            return (
                f"The data has not changed since {since}: the current version ({version_label(older)}) "
                f"was written before that day. {how}"
            )
        if is_day(since):
            return (
                f"No data version was written before {since}: the oldest kept is the current data "
                f"({version_label(older)}), so there is nothing to compare it with. {how}"
            )
        return "That version is the current data: pick an earlier one to compare it with."
    if baseline.before_every:
        return (
            f"No data version was written before {since}: the changes are counted from the oldest kept, "
            f"{version_label(older)}. {how}"
        )
    return None


def _differing(old: TableQuery, new: TableQuery, filters: Filters) -> tuple[Tables, Tables]:
    """The filtered events of each version that may differ from the other's: an event the same in both
    (its fingerprint unchanged) changes nothing in the comparison, so only the others are read."""
    was, now = old.fingerprints(filters), new.fingerprints(filters)
    return old.events_without(filters, now), new.events_without(filters, was)


@st.cache_data(show_spinner=False, max_entries=8)
def _compare(path: str, older: str, newer: str, filters: Filters) -> tuple[Changes, Tables]:
    older_query, newer_query = version_query(older), version_query(newer)
    old, new = _differing(older_query, newer_query, filters)
    kept = {v.generation: v for v in versions()}
    log = load_corrections(Path(path))
    made = corrections_between(log, kept[older], kept[newer])
    # Events by title and date: as the log recorded them, else as the older data has them, else the newer.
    named = named_event_ids(made, log)
    names = logged_names(log)
    names |= event_names(older_query.event_tables(named).events)
    names |= event_names(newer_query.event_tables(named).events)
    changes = compare_versions(old, new, [describe_correction(c, log, names) for c in made])
    # Only the new events' rows are read afterwards: the cache (copied out on every run) keeps no more.
    added = new.events[new.events["event_id"].isin(set(changes.new_events))]
    return changes, Tables(added, new.mentions.iloc[:0], new.sources.iloc[:0])


def changes_since(older: Version, filters: Filters) -> tuple[Changes, Tables]:
    """The changes among the events the filters show, from `older` to the current data, and the rows
    of the new events."""
    folder = data_dir()
    return _compare(str(folder.resolve()), older.generation, tables_version(folder), filters)


def version_picker(state: State, chosen: Version | None) -> None:
    """Compare with a version (newest first) or with the data as it was before a day."""
    kept = [v for v in versions() if not v.current]
    left, right = st.columns([3, 1])
    with left:
        key = "w:since:version"
        names = [v.generation for v in kept]
        st.session_state[key] = chosen.generation if chosen and chosen.generation in names else None
        labels = {v.generation: version_label(v) for v in kept}
        st.selectbox(
            "Compare the current data with the version of",
            names,
            key=key,
            format_func=labels.__getitem__,
            placeholder="No earlier version is kept",
            on_change=lambda: update_view(since=st.session_state[key] or ""),
        )
    with right:
        day_key = "w:since:day"
        st.session_state[day_key] = (
            dt.date.fromisoformat(state.view.since) if is_day(state.view.since) else None
        )
        st.date_input(
            "or since a day",
            key=day_key,
            help="The data as it stood before this day (its versions are written by each build and add), "
            "not the news dated since it: the sidebar's Dates filter the news by date.",
            format="YYYY-MM-DD",
            on_change=lambda: update_view(
                since=st.session_state[day_key].isoformat() if st.session_state[day_key] else ""
            ),
        )


def event_url(event_id: str, base: str | None = None) -> str:
    return f"{link_base() if base is None else base}/event?{urlencode({'event': event_id})}"


def _more(count: int) -> None:
    if count > SHOWN:
        st.caption(f"And {count - SHOWN:,} more: the Markdown note has them all.")


def show_changes(changes: Changes, newer: Tables, state: State) -> None:
    """Each kind of change as a section (its first SHOWN items); every event links to its drill-down."""
    if changes.is_empty:
        st.info("Nothing changed between these versions.")
        return
    events = newer.events
    if changes.new_events:
        st.subheader(f"New events ({len(changes.new_events):,})", anchor=False)
        added = events[events["event_id"].isin(changes.new_events)].sort_values("date")
        for row in event_rows(added.head(SHOWN)):
            _link(row.event_id, f"{row.when} · {row.event_type} · {row.title}", state)
        _more(len(changes.new_events))
    for name, items, shape in changes.sections():
        if items:
            st.subheader(f"{name} ({len(items):,})", anchor=False)
            for item in items[:SHOWN]:
                _link(
                    item.event_id, shape.format(title=item.title, before=item.before, after=item.after), state
                )
            _more(len(items))
    if changes.gone:
        st.subheader(f"Gone: rejected or merged ({len(changes.gone):,})", anchor=False)
        st.markdown("\n".join(f"- {md(item.before)}" for item in changes.gone[:SHOWN]))
        _more(len(changes.gone))
    if changes.corrections:
        st.subheader(f"Corrections ({len(changes.corrections):,})", anchor=False)
        for note in changes.corrections[:SHOWN]:
            st.markdown(f"- {md(note.text)}", help=md(note.ids) if note.ids else None)
        _more(len(changes.corrections))


def _link(event_id: str, text: str, state: State) -> None:
    st.page_link(
        "app_pages/event.py",
        label=md(text),
        icon=":material/info:",
        query_params=link_params(state, "event", event=event_id, v=""),
    )
