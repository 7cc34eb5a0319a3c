"""Analysts' corrections in the dashboard: who is editing, the edit forms, an event's history with undo,
and the rejected events with restore.

Every change runs in a widget callback (before the next script run), so the run that follows already
reads the corrected tables; its outcome is kept as a message that run shows once. Errors from
`events.store.curation` (CurationError, a busy data folder) are shown as messages, never as tracebacks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from events.errors import EventsError
from events.query.filters import Filters, outlet_labels
from events.query.frames import TableQuery
from events.query.labels import EventRow, event_rows
from events.query.views import State
from events.schema import EVENT_TYPES, PRECISIONS, TITLE_MAX, Tables, split_list
from events.store import curation, tables_version
from events.store.curation import Correction
from ui import picks
from ui.data import data_dir, data_version
from ui.render import md
from ui.state import link_params, update_view

_WHO = "news:who"
_WHO_WIDGET = "w:who"
_MESSAGES = "news:curation:messages"


@dataclass(frozen=True)
class Message:
    """The outcome of a change, shown once: a text, or the correction saved (described when shown, with
    the event titles of that moment); `event_id` adds a link to that event."""

    kind: str  # "success" | "error" | "info"
    text: str
    event_id: str = ""
    saved: Correction | None = None


def analyst_name() -> str:
    name: str = st.session_state.get(_WHO, "")
    return name


def name_input() -> None:
    """The analyst's name, typed once per session and recorded with every correction."""
    st.session_state[_WHO_WIDGET] = analyst_name()
    st.text_input(
        "Your name",
        key=_WHO_WIDGET,
        max_chars=curation.WHO_MAX,
        placeholder="Recorded with every correction",
        help="Typed once per session; each correction records who made it and when.",
        on_change=_on_name,
    )
    if not analyst_name():
        st.caption("Type your name before making a correction.")


def _on_name() -> None:
    st.session_state[_WHO] = " ".join(str(st.session_state[_WHO_WIDGET]).split())


def _say(kind: str, text: str, event_id: str = "", saved: Correction | None = None) -> None:
    st.session_state.setdefault(_MESSAGES, []).append(Message(kind, text, event_id, saved))


_EVENT_ID = re.compile(r"\bev-[0-9a-f]{10}\b")


@dataclass(frozen=True)
class _Log:
    """The corrections by id, and a title for every event id they or the tables name."""

    by_id: dict[str, Correction]
    titles: dict[str, str]

    @classmethod
    def load(cls, query: TableQuery) -> _Log:
        corrections = curation.load_corrections(data_dir())
        titles: dict[str, str] = {}
        for correction in corrections:  # events merged away or rejected: their titles when it was done
            if correction.action == "merge" and isinstance(correction.old, list):
                titles.update(zip(correction.event_ids, map(str, correction.old), strict=False))
            elif correction.action == "reject" and isinstance(correction.old, dict):
                titles[correction.event_ids[0]] = str(correction.old.get("title", ""))
        # Titles of the events the log names only (not a dict of the whole table on every run).
        named = {event_id for c in corrections for event_id in c.event_ids}
        named |= {m[0] for c in corrections for m in _EVENT_ID.finditer(c.describe())}
        events = query.event_tables(named).events
        titles.update(zip(events["event_id"], events["title"], strict=True))
        return cls({c.id: c for c in corrections}, titles)

    def describe(self, correction: Correction) -> str:
        """ "Ana merged “Two crews held” into “Finland detains crews”"; an undo says what it undid."""
        target = self.by_id.get(correction.target)
        if correction.action == "undo" and target is not None:
            verb = "redid" if target.action == "undo" and target.target in self.by_id else "undid"
            shown = self.by_id[target.target] if verb == "redid" else target
            text = f"{correction.who} {verb}: {shown.describe()}"
        else:
            text = correction.describe()
        return _EVENT_ID.sub(lambda m: f"“{self.titles[m[0]]}”" if self.titles.get(m[0]) else m[0], text)


def show_messages(query: TableQuery, state: State) -> None:
    """The outcome of the last change, once."""
    messages: list[Message] = st.session_state.pop(_MESSAGES, [])
    named = {message.event_id for message in messages if message.event_id}
    known = set(query.event_tables(named).events["event_id"]) if named else set()
    try:
        log = _Log.load(query) if any(m.saved for m in messages) else None
    except EventsError:  # a damaged log: the history says so; describe without titles here
        log = None
    for message in messages:
        show = {"success": st.success, "error": st.error}.get(message.kind, st.info)
        text = message.text
        if message.saved is not None:
            text = f"Saved: {log.describe(message.saved) if log else message.saved.describe()}"
        show(md(text))
        if message.event_id in known:
            st.page_link(
                "app_pages/curate.py",
                label="Open that event",
                icon=":material/edit:",
                query_params=link_params(state, "curate", event=message.event_id),
            )


def record_change(change: Callable[[Path, str], Correction]) -> Correction | None:
    """Make one change as the analyst (for other pages' forms, such as the review queue)."""
    return _record(change)


def _record(change: Callable[[Path, str], Correction], *, link_new: bool = False) -> Correction | None:
    """Make one change as the analyst; say what was recorded, or why not."""
    try:
        correction = change(data_dir(), analyst_name())
    except EventsError as error:
        _say("error", str(error))
        return None
    _say("success", "", correction.event_ids[-1] if link_new else "", saved=correction)
    return correction


@dataclass(frozen=True)
class _Fields:
    """An event's editable fields as the form shows them (lists as "A; B")."""

    date: dt.date | None
    date_end: dt.date | None
    precision: str
    event_type: str
    title: str
    actors: str
    countries: str

    @classmethod
    def of(cls, row: EventRow) -> _Fields:
        return cls(
            date=row.date.date(),
            date_end=row.date_end.date(),
            precision=row.precision,
            event_type=row.event_type,
            title=row.title,
            actors="; ".join(split_list(row.actors)),
            countries="; ".join(split_list(row.countries)),
        )


def _form_key(event_id: str, name: str) -> str:
    # The stored tables' version is part of the key: after any write the form shows the stored values.
    return f"w:curate:{event_id}:{tables_version(data_dir())}:{name}"


def _names(cell: str) -> list[str]:
    """ "A; B ;" -> ["A", "B"]."""
    return [name.strip() for name in split_list(cell) if name.strip()]


def _same(field_name: str, typed: str, stored: str) -> bool:
    if field_name == "countries":
        try:  # "Finland; RU" is what "FIN; RUS" says
            return [curation.country_code(name) for name in _names(typed)] == _names(stored)
        except EventsError:
            return False  # the fix says what is wrong with the name
    if field_name == "actors":
        return _names(typed) == _names(stored)
    return " ".join(typed.split()) == stored


def _on_fix(event_id: str, keys: dict[str, str], before: _Fields) -> None:
    typed = _Fields(**{name: st.session_state[key] for name, key in keys.items()})
    changes: list[Callable[[Path, str], Correction]] = []
    if (typed.date, typed.date_end, typed.precision) != (before.date, before.date_end, before.precision):
        start = typed.date
        if start is None:
            _say("error", "Give the event's date (its first day).")
            return
        changes.append(
            lambda folder, who: curation.fix_date(
                folder, event_id, date=start, date_end=typed.date_end, precision=typed.precision, who=who
            )
        )
    for name in ("event_type", "title", "actors", "countries"):
        value = str(getattr(typed, name))
        if not _same(name, value, getattr(before, name)):
            changes.append(_fix(event_id, name, value))
    if not changes:
        _say("info", "Nothing to save: the fields are as stored.")
    for change in changes:
        if _record(change) is None:
            return


def _fix(event_id: str, field_name: str, value: str) -> Callable[[Path, str], Correction]:
    return lambda folder, who: curation.fix_event(folder, event_id, field_name, value, who=who)


def correction_form(row: EventRow) -> None:
    """Date (first day, last day, precision), type, title, actors and countries, saved together."""
    before = _Fields.of(row)
    keys = {name: _form_key(row.event_id, name) for name in before.__dataclass_fields__}
    with st.form(_form_key(row.event_id, "form"), border=False):
        first, last, precision = st.columns([2, 2, 1])
        first.date_input("Date (first day)", before.date, key=keys["date"], format="YYYY-MM-DD")
        last.date_input("Last day", before.date_end, key=keys["date_end"], format="YYYY-MM-DD")
        precision.selectbox(
            "Precision", PRECISIONS, index=PRECISIONS.index(before.precision), key=keys["precision"]
        )
        st.selectbox("Type", EVENT_TYPES, index=EVENT_TYPES.index(before.event_type), key=keys["event_type"])
        st.text_input("Title", before.title, max_chars=TITLE_MAX, key=keys["title"])
        st.text_input("Actors (separated by ;)", before.actors, key=keys["actors"])
        st.text_input(
            "Countries (names or ISO codes, separated by ;)",
            before.countries,
            key=keys["countries"],
            help="Names are stored as ISO 3166 alpha-3 codes: “Finland; RU” → FIN; RUS.",
        )
        st.form_submit_button(
            "Save corrections",
            type="primary",
            icon=":material/save:",
            on_click=_on_fix,
            args=(row.event_id, keys, before),
        )


def _on_merge(event_id: str, key: str) -> None:
    other = st.session_state[key]
    if not other:
        _say("error", "Choose the event to merge into this one.")
        return
    _record(lambda folder, who: curation.merge_events(folder, event_id, other, who=who))


def merge_form(query: TableQuery, event_id: str) -> None:
    """Merge another event into this one: its sources join, this event keeps its fields."""
    key = _form_key(event_id, "merge")
    others = picks.event_search(query, Filters(), "w:curate:merge", "Find the event to merge")
    others = others[others["event_id"] != event_id]
    labels = {row.event_id: f"{row.when} · {row.event_type} · {row.title}" for row in event_rows(others)}
    chosen = st.session_state.get(key)
    if chosen and chosen not in labels:  # chosen from an earlier page or search: still the choice
        labels = {chosen: picks.event_label(query, chosen), **labels}
    labels = picks.distinct_labels(labels)
    st.selectbox(
        "Event reporting the same happening",
        list(labels),
        index=None,
        key=key,
        format_func=labels.__getitem__,
        placeholder="Choose an event…",
    )
    picks.search_pages("w:curate:merge")
    st.caption("Its sources and mentions join this event, which keeps its date, type and title.")
    st.button("Merge into this event", icon=":material/merge:", on_click=_on_merge, args=(event_id, key))


def _on_split(event_id: str, key: str) -> None:
    moved = list(st.session_state[key] or [])
    _record(lambda folder, who: curation.split_event(folder, event_id, moved, who=who), link_new=True)


def split_form(query: TableQuery, event_id: str) -> None:
    """Move the mentions of some source articles out into a new event."""
    tables = query.event_tables([event_id])
    mentions = tables.mentions[tables.mentions["event_id"] == event_id]
    articles = list(dict.fromkeys(str(a) for a in mentions["article"]))
    if len(articles) < 2:
        st.caption("Only one article reports this event, so there is nothing to split.")
        return
    outlets = outlet_labels(tables.sources)
    key = _form_key(event_id, "split")
    st.multiselect(
        "Source articles that report a different happening",
        articles,
        key=key,
        format_func=lambda article: f"{outlets.get(article, article)} ({article})",
        placeholder="Choose articles…",
        select_all=False,  # every article is the one choice a split refuses
    )
    st.caption("Their mentions move to a new event (a copy of this one's fields, to correct afterwards).")
    st.button("Split off a new event", icon=":material/call_split:", on_click=_on_split, args=(event_id, key))


def _on_reject(event_id: str, key: str) -> None:
    reason = str(st.session_state[key])
    if _record(lambda folder, who: curation.reject_event(folder, event_id, who=who, reason=reason)):
        update_view(event="")


def reject_form(event_id: str) -> None:
    key = _form_key(event_id, "reason")
    st.text_input("Reason (optional)", key=key, placeholder="e.g. not an event: a headline repeated")
    st.caption("A rejected event leaves every view; it is listed below, where it can be restored.")
    st.button("Reject this event", icon=":material/delete:", on_click=_on_reject, args=(event_id, key))


def _when(correction: Correction) -> str:
    """ "2025-04-10T09:12:03Z" -> "2025-04-10 09:12 UTC"."""
    return f"{correction.when[:10]} {correction.when[11:16]} UTC".strip()


def _on_undo(correction_id: str) -> None:
    _record(lambda folder, who: curation.undo(folder, correction_id, who=who))


def _log_stamp() -> tuple[int, int]:
    """The corrections log's modification time and size: part of the key of what is derived from it."""
    try:
        stat = (data_dir() / curation.CORRECTIONS_NAME).stat()
    except OSError:
        return 0, 0
    return stat.st_mtime_ns, stat.st_size


def _id_tables(query: TableQuery) -> Tables:
    """What following an event through changed ids reads: every event's id and every mention's key."""
    return query.filter_tables(
        Filters(), events=("event_id",), mentions=("article", "start", "end", "date_text", "event_id")
    )


# Both read every mention of the table to follow events that changed ids: once per data version and log
# for every reader, not on each drill-down (half a second at 100k events, with or without corrections).
@st.cache_resource(show_spinner=False, max_entries=4)
def _edited(path: str, version: str, stamp: tuple[int, int], _query: TableQuery) -> frozenset[str]:
    del version  # the cache key: a correction or another data version changes them
    if stamp == (0, 0):  # no log: nothing edited, and no need to read the table
        return frozenset()
    return curation.edited_event_ids(_id_tables(_query), Path(path))


@st.cache_data(show_spinner=False, max_entries=64)
def _history(
    path: str, version: str, stamp: tuple[int, int], event_id: str, _query: TableQuery
) -> list[Correction]:
    del version  # the cache key: another data version changes it
    if stamp == (0, 0):  # no log: nothing to read through the mentions
        return []
    return curation.history(event_id, Path(path), _id_tables(_query))


def history_list(query: TableQuery, event_id: str) -> None:
    """The event's corrections, newest first, each with who, when and what, and an Undo (or Redo) button."""
    try:
        entries = _history(str(data_dir().resolve()), data_version(), _log_stamp(), event_id, query)
        log = _Log.load(query)
    except EventsError as error:
        st.error(md(str(error)))
        return
    if not entries:
        st.caption("No corrections yet: the event is as extracted from the articles.")
        return
    cancelled = curation.cancelled_ids(list(log.by_id.values()))
    for entry in reversed(entries):
        text, button = st.columns([6, 1], vertical_alignment="center")
        undone = " (undone)" if entry.id in cancelled else ""
        text.markdown(md(log.describe(entry) + undone))
        text.caption(_when(entry))
        if entry.id not in cancelled:
            button.button(
                "Redo" if entry.action == "undo" else "Undo",
                key=f"w:undo:{entry.id}",
                icon=":material/redo:" if entry.action == "undo" else ":material/undo:",
                on_click=_on_undo,
                args=(entry.id,),
                help="Undoing an undo re-applies what it undid.",
            )


def _on_restore(event_id: str) -> None:
    _record(lambda folder, who: curation.restore_event(folder, event_id, who=who), link_new=True)


def rejected_list() -> None:
    """The rejections in force, newest first, each with a Restore button."""
    try:
        rejections = curation.rejected_events(data_dir())
    except EventsError as error:
        st.error(md(str(error)))
        return
    if not rejections:
        st.caption("No event is rejected.")
    for rejection in rejections:
        old = rejection.old if isinstance(rejection.old, dict) else {}
        reason = f": {rejection.new}" if rejection.new else ""
        with st.container(border=True):
            text, button = st.columns([6, 1], vertical_alignment="center")
            text.markdown(
                f"**{md(str(old.get('title', rejection.event_ids[0])))}** · {md(str(old.get('date', '')))} · "
                f"{md(str(old.get('event_type', '')))}"
            )
            text.caption(md(f"Rejected by {rejection.who} on {_when(rejection)}{reason}"))
            button.button(
                "Restore",
                key=f"w:restore:{rejection.id}",
                icon=":material/restore_from_trash:",
                on_click=_on_restore,
                args=(rejection.event_ids[0],),
            )


def is_edited(query: TableQuery, event_id: str) -> bool:
    """Whether a correction in force changed the event (for the "Edited by an analyst" mark)."""
    try:
        return event_id in _edited(str(data_dir().resolve()), data_version(), _log_stamp(), query)
    except EventsError:
        return False


def history_panel(query: TableQuery, event_id: str, state: State) -> None:
    """For the drill-down: the outcome of an undo, the history (collapsed), and a link to correct it."""
    with st.expander("History of corrections", icon=":material/history:", key="w:history"):
        show_messages(query, state)
        if not analyst_name():
            name_input()
        history_list(query, event_id)
    st.page_link(
        "app_pages/curate.py",
        label="Correct, merge, split or reject this event",
        icon=":material/edit:",
        query_params=link_params(state, "curate", event=event_id),
    )


def event_row(query: TableQuery, event_id: str) -> EventRow | None:
    rows = event_rows(query.event_tables([event_id] if event_id else []).events)
    return rows[0] if rows else None


@st.cache_data(show_spinner=False, max_entries=4)
def _skipped_lines(folder: str, stamp: tuple[int, int, int]) -> tuple[list[str], str]:
    """The notes on the log's damaged lines, or why it cannot be read at all; keyed by its file's state."""
    del stamp  # part of the cache key only: every append changes it
    try:
        return curation.read_corrections(Path(folder))[1], ""
    except EventsError as error:
        return [], str(error)


def damaged_log_note(*, sidebar: bool = False) -> None:
    """A warning when lines of the corrections log were skipped (or it cannot be read), so that an
    analyst knows some corrections are not applied; in the sidebar, a short one."""
    folder = data_dir()
    try:
        status = (folder / curation.CORRECTIONS_NAME).stat()
    except OSError:
        return  # no log yet: nothing was skipped
    notes, error = _skipped_lines(str(folder.resolve()), (status.st_mtime_ns, status.st_size, status.st_ino))
    if not notes and not error:
        return
    if sidebar:
        count = len(notes)
        what = f"{count} damaged line{'s' if count != 1 else ''} of" if notes else "The"
        done = ("were skipped" if count != 1 else "was skipped") if notes else "cannot be read"
        st.sidebar.warning(
            f"{what} {curation.CORRECTIONS_NAME} {done}: some corrections are not applied (Curate says why)."
        )
    else:
        st.warning(md(error or curation.skipped_lines_message(notes)))
