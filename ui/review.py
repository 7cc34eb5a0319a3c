"""The review queue in the dashboard: one card per doubtful event, with one-click (or one-key) decisions.

Every decision is a correction (`events.store.curation`), so it survives rebuilds and adds; fixing a
date or a type from the queue also accepts the event, which takes it out of the queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import streamlit as st

from events.query.filters import Filters
from events.query.frames import FrameQuery, TableQuery
from events.query.labels import event_rows, mention_rows
from events.query.marking import sentence_marks, to_html
from events.query.review import ReviewHead, ReviewItem
from events.query.rows import shorten
from events.query.views import State
from events.schema import EVENT_TYPES, PRECISIONS, Tables
from events.store import curation
from events.store.curation import Correction
from ui.curation import record_change
from ui.data import data_version, table_query
from ui.render import md, type_badge
from ui.state import link_params

PAGE_SIZE = 12

# The twin's title on the merge button: cut at a word with "…", so a cut title is not read as whole.
TWIN_SHOWN = 40


def merge_label(twin: str) -> str:
    """ "Merge into “The harbour authority says the crane…”" (it was cut mid-word: "…crane wa”")."""
    return f"Merge into “{md(shorten(twin, TWIN_SHOWN))}”"


# A resource, not data: one page of frozen items shared by every session as it is. A data cache
# unpickles its copy on every call.
@st.cache_resource(show_spinner=False, max_entries=32)
def _queue(version: str, filters: Filters, offset: int, _query: TableQuery) -> ReviewHead:
    del version  # part of the cache key: every write of the tables changes it
    # The count and one page only: a big table's queue can hold every event (hundreds of megabytes of
    # items); its query keeps the ranked queue as arrays and words only the page's items.
    return _query.review_head(filters, PAGE_SIZE, offset)


# Items made of the whole queue by the background count (the sidebar's number).
HEAD = 5 * PAGE_SIZE


def queue_page(filters: Filters, offset: int) -> ReviewHead | None:
    """The events waiting for review among those the filters show (how many, and the page of them from
    `offset`), most doubtful first; None while a big table's queue is still being ranked."""
    query = table_query()
    if in_background(query):
        counting = _counting(data_version(), query)
        if not counting.done():
            return None
        counting.result()  # its error, if ranking failed
    return _queue(data_version(), filters, offset, query)


@st.fragment(run_every=3)
def rerun_when_ranked() -> None:
    """While a big table's queue is being ranked: look again every 3 s, and show the page when it is."""
    if waiting_count() is not None:
        st.rerun()


def waiting_count() -> int | None:
    """How many events wait for review (the whole table's queue, as the review page unfiltered shows it).
    None while a big table's count is still being made: ranking a million events takes the better part of
    a minute, and no page waits for it (the sidebar shows it when it is ready)."""
    query = table_query()
    if not in_background(query):
        return _queue(data_version(), Filters(), 0, query).waiting
    counting = _counting(data_version(), query)
    return counting.result().waiting if counting.done() else None


@st.cache_resource(show_spinner=False, max_entries=4)
def _counting(version: str, _query: TableQuery) -> Future[ReviewHead]:
    """The whole queue's head of a big table, made once per version in a thread of its own."""
    del version  # the cache key
    return _COUNTER.submit(_query.review_head, Filters(), HEAD)


# From how many events the sidebar's count is made in the background: ranking takes some 45 µs of CPU
# an event in DuckDB (about 4 s at this size, 45 s at a million: benchmarks/pages_scale.py).
BACKGROUND_COUNT_EVENTS = 100_000


def in_background(query: TableQuery) -> bool:
    """Whether the whole queue's count is made in a thread, the sidebar showing it when it is ready."""
    return not isinstance(query, FrameQuery) and query.total() >= BACKGROUND_COUNT_EVENTS


_COUNTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="review-count")


def _link(waiting: int | None) -> None:
    if waiting is None:
        label = "Review queue: counting…"
    else:
        label = f"Review queue: {waiting:,} waiting" if waiting else "Review queue: nothing waiting"
    st.page_link("app_pages/review.py", label=label, icon=":material/fact_check:")


# Only while a big table's count is being made: the link looks again every 3 s until it has a number
# (a cached lookup); a page drawn once the count is ready shows the number with no timer.
@st.fragment(run_every=3)
def _link_when_counted() -> None:
    _link(waiting_count())


def sidebar_count() -> None:
    """How many events wait for review, linking to the queue (a big table's count when it is ready)."""
    with st.sidebar:
        waiting = waiting_count()
        if waiting is None:
            _link_when_counted()
        else:
            _link(waiting)


Change = Callable[[Path, str], Correction]


def _decide(change: str, event_id: str, other: str = "") -> None:
    """A button's callback: record the decision as a correction (messages say what happened)."""
    record_change(_CHANGES[change](event_id, other))


def _accept(event_id: str, _: str) -> Change:
    return lambda folder, who: curation.accept_event(folder, event_id, who=who)


def _reject(event_id: str, _: str) -> Change:
    return lambda folder, who: curation.reject_event(
        folder, event_id, who=who, reason="from the review queue"
    )


def _merge(event_id: str, twin: str) -> Change:
    return lambda folder, who: curation.merge_events(folder, twin, event_id, who=who)


_CHANGES = {"accept": _accept, "reject": _reject, "merge": _merge}


def _fix_and_accept(event_id: str, key: str) -> None:
    """The fix form's callback: the new date and type (whichever changed), then accept."""
    start = st.session_state[f"{key}:first"]
    end = max(st.session_state[f"{key}:last"], start)
    precision = str(st.session_state[f"{key}:precision"])
    event_type = str(st.session_state[f"{key}:type"])
    original = st.session_state[f"{key}:was"]

    def change(folder: Path, who: str) -> Correction:
        if (start, end, precision) != original[:3]:
            curation.fix_date(folder, event_id, date=start, date_end=end, precision=precision, who=who)
        if event_type != original[3]:
            curation.fix_event(folder, event_id, "event_type", event_type, who=who)
        return curation.accept_event(folder, event_id, who=who)

    record_change(change)


def card_tables(query: TableQuery, items: Sequence[ReviewItem]) -> Tables:
    """The rows the cards of `items` read (their events, twins and mentions), not the whole table."""
    return query.event_tables({item.event_id for item in items} | {item.twin for item in items if item.twin})


def review_card(tables: Tables, item: ReviewItem, state: State, *, first: bool) -> None:
    """One event: why it is doubtful, its sentence and date reason, and the decisions."""
    rows = event_rows(tables.events[tables.events["event_id"] == item.event_id])
    if not rows:
        return
    event = rows[0]
    with st.container(border=True, key=f"review-{item.event_id}"):
        st.html(type_badge(event.event_type))
        st.markdown(f"**{md(event.title)}**  \n{md(event.when)} ({event.precision} precision)")
        twin = _title(tables, item.twin)
        reasons = [r.replace(item.twin, f"“{twin}”") if item.twin and twin else r for r in item.reasons]
        st.caption("Why it is here: " + md("; ".join(reasons)))
        mentions = mention_rows(tables.mentions[tables.mentions["event_id"] == item.event_id])
        for mention in mentions[:2]:
            marks = sentence_marks(mention.sentence, mention.date_text)
            st.html(f'<div class="nt-quote">{to_html(mention.sentence, marks)}</div>')
        if event.date_reason:
            st.caption(f"Date: {md(event.date_reason)}")
        accept, reject, merge, more = st.columns([1, 1, 2, 2], vertical_alignment="center")
        with accept:
            st.button("Accept", key=f"w:review:accept:{item.event_id}", type="primary",
                      icon=":material/check:", shortcut="A" if first else None,
                      on_click=_decide, args=("accept", item.event_id), width="stretch")  # fmt: skip
        with reject:
            st.button("Reject", key=f"w:review:reject:{item.event_id}", icon=":material/block:",
                      shortcut="D" if first else None,
                      on_click=_decide, args=("reject", item.event_id), width="stretch")  # fmt: skip
        with merge:
            if twin:
                st.button(merge_label(twin), key=f"w:review:merge:{item.event_id}",
                          icon=":material/merge:", shortcut="M" if first else None,
                          on_click=_decide, args=("merge", item.event_id, item.twin),
                          help=md(f"Merge into: {twin}"), width="stretch")  # fmt: skip
        with more:
            st.page_link("app_pages/event.py", label="All its sources", icon=":material/info:",
                         query_params=link_params(state, "event", event=item.event_id))  # fmt: skip
        with st.expander("Fix the date or type (and accept)"):
            _fix_form(
                event.event_id, event.date.date(), event.date_end.date(), event.precision, event.event_type
            )


def _fix_form(event_id: str, start: dt.date, end: dt.date, precision: str, event_type: str) -> None:
    key = f"w:review:fix:{event_id}:{data_version()}"
    st.session_state[f"{key}:was"] = (start, end, precision, event_type)
    with st.form(key=key, border=False):
        first, last, how, kind = st.columns(4)
        with first:
            st.date_input("First day", value=start, key=f"{key}:first", format="YYYY-MM-DD")
        with last:
            st.date_input("Last day", value=end, key=f"{key}:last", format="YYYY-MM-DD")
        with how:
            st.selectbox("Precision", PRECISIONS, index=PRECISIONS.index(precision), key=f"{key}:precision")
        with kind:
            st.selectbox("Type", EVENT_TYPES, index=EVENT_TYPES.index(event_type), key=f"{key}:type")
        st.form_submit_button("Save the fix and accept", on_click=_fix_and_accept, args=(event_id, key))


def _title(tables: Tables, event_id: str) -> str:
    if not event_id:
        return ""
    titles = tables.events.loc[tables.events["event_id"] == event_id, "title"]
    return str(titles.iloc[0]) if len(titles) else ""
