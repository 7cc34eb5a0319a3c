"""The views' questions about one version of the tables, answered the same way whatever holds them.

`TableQuery` is what a page may ask: counts, facet counts, a page of events in date order, the rows of a
few named events (a drill-down, a card), the timeline figure, the review queue's count and head, and the
filtered events with only the columns a whole-table computation reads (key dates, claims, actors, a diff
of versions), and the filtered events for an export, a piece at a time.
Two answer it with the same results (tests/test_query_duck.py compares them):

    FrameQuery(tables)              pandas over tables in memory: a small table, answered in microseconds
    duck.EventQuery.open(data_dir)  DuckDB over the stored files: a big table, never loaded whole

so a page never needs the whole table in memory, and never knows which of the two answers it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Sequence
from typing import Protocol

import numpy as np
import pandas as pd

from events.query import disputes
from events.query.actors import ActorCounts, actor_counts
from events.query.disputes import ClaimAnswers, DisputedFigure
from events.query.exports import ExportSource, source_of
from events.query.figures import TimelinePlot, timeline_figure
from events.query.filters import (
    FacetCounts,
    Filters,
    apply_filters,
    countries_as_read,
    date_bounds,
    facet_counts,
    facet_options,
)
from events.query.review import ReviewHead, ReviewItem, review_queue
from events.query.views import DateRange
from events.schema import Tables, empty_table, split_list


class TableQuery(Protocol):
    """The questions the dashboard asks of one version of the tables (see the module docstring)."""

    def total(self) -> int:
        """How many events the table holds."""
        ...

    def count(self, filters: Filters) -> int:
        """How many events pass the filters."""
        ...

    def sources(self) -> pd.DataFrame:
        """The sources table (one row per article: small next to the events)."""
        ...

    def date_bounds(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day any event covers, or None for an empty table."""
        ...

    def most_sources(self) -> int:
        """The most sources any event has (1 for an empty table)."""
        ...

    def span(
        self, filters: Filters, *, background: bool = False, exact: bool = False
    ) -> tuple[dt.date, dt.date] | None:
        """The first day and the last day of the filtered events that are not background (with
        `background`: of all the filtered events; with `exact`: of those dated to the day), or None."""
        ...

    def facet_options(self) -> dict[str, list[str]]: ...

    def facet_counts(self, filters: Filters) -> FacetCounts: ...

    def events_page(
        self, filters: Filters, *, within: DateRange | None = None, offset: int = 0, limit: int = 60
    ) -> tuple[pd.DataFrame, int]: ...

    def event_tables(self, event_ids: Collection[str]) -> Tables:
        """The named events (in table order) with their mentions, and the sources they cite or report."""
        ...

    def linked_to(self, event_id: str) -> list[str]:
        """The events whose `linked` cell names this one (its answers, or the claims it answers)."""
        ...

    def article_tables(self, article: str) -> Tables:
        """The events an article reports, with all their mentions (from any article), and their sources."""
        ...

    def filter_tables(
        self,
        filters: Filters,
        *,
        events: Sequence[str] | None = None,
        mentions: Sequence[str] | None = None,
    ) -> Tables:
        """`apply_filters`, with only the `events` and `mentions` columns named (None: all of them;
        an empty list: no rows of that table)."""
        ...

    def review_head(self, filters: Filters, limit: int, offset: int = 0) -> ReviewHead:
        """How many of the filtered events wait for review, and `limit` items of the review queue from
        `offset`: the whole table's queue (its order, and twins found among all events) kept to the
        filtered events."""
        ...

    def fingerprints(self, filters: Filters) -> np.ndarray:
        """A fingerprint (uint64) of each filtered event: its `event_id` and what a comparison of two
        versions reads (FINGERPRINTED), hashed. An event whose fingerprint in one version is among the
        other version's, both answered alike (both by pandas, or both by DuckDB), is the same event
        unchanged, so a comparison reads only the others (`events_without`)."""
        ...

    def events_without(self, filters: Filters, fingerprints: np.ndarray) -> Tables:
        """The filtered events whose fingerprint is not among `fingerprints` (another version's), as
        `event_tables` gives them: what a comparison of two versions reads of this one."""
        ...

    def actor_counts(self, filters: Filters) -> ActorCounts:
        """`actors.actor_counts` of the filtered events: the actors and countries page's numbers."""
        ...

    def claims_answered(self, filters: Filters) -> list[ClaimAnswers]:
        """`disputes.claims_with_answers` of the filtered events: each contested or linked claim, with
        the filtered events linked to it, in date order."""
        ...

    def disputed(self, filters: Filters) -> list[DisputedFigure]:
        """`disputes.disputed_figures` of the filtered events."""
        ...

    def timeline_plot(
        self,
        filters: Filters,
        lanes: str = "type",
        zoom: DateRange | None = None,
        selected: str = "",
        *,
        width_px: int = 900,
        height_px: int | None = None,
        compact: bool = False,
    ) -> TimelinePlot: ...

    def export_source(self, filters: Filters, *, newest_first: bool = False) -> ExportSource:
        """The filtered events as an export reads them, a piece at a time (`exports.ExportSource`);
        `newest_first`: latest first, as the chronology lists them (its Markdown note follows)."""
        ...


# What `changes.compare_versions` compares of an event in two versions (its title is only shown).
FINGERPRINTED = ("date", "date_end", "precision", "event_type", "sources", "n_sources")


@functools.cache
def no_rows(name: str) -> pd.DataFrame:
    """The table's empty frame, made once (`schema.empty_table` takes some 40 ms): shared, never changed."""
    return empty_table(name)


def _fingerprints(events: pd.DataFrame) -> np.ndarray:
    hashed = pd.util.hash_pandas_object(events[["event_id", *FINGERPRINTED]], index=False)
    return hashed.to_numpy(np.uint64)


def within_period(events: pd.DataFrame, within: DateRange) -> pd.DataFrame:
    """The events that overlap the period, background ones too: the strip above the lanes shares their
    dates, so a background event of 1918 is not in a view of 2010 (nor in its list, nor its count)."""
    start, end = pd.Timestamp(within.start), pd.Timestamp(within.end)
    return events[(events["date_end"] >= start) & (events["date"] <= end)]


def in_date_order(events: pd.DataFrame) -> pd.DataFrame:
    """The timeline's order: date, then end, then id (stable, so table order breaks the last ties)."""
    return events.sort_values(["date", "date_end", "event_id"], kind="stable")


def narrow(frame: pd.DataFrame, columns: Sequence[str] | None) -> pd.DataFrame:
    """`columns` of the frame (None: all; an empty list: no rows and no columns)."""
    if columns is None:
        return frame
    if not columns:
        return frame.iloc[:0, :0]
    return frame[list(columns)]


def with_sources(events: pd.DataFrame, mentions: pd.DataFrame, sources: pd.DataFrame) -> Tables:
    """A few events and their mentions, with only the sources those cite or report (a card or a
    drill-down builds a lookup of the sources it is given: not of every article in the table)."""
    cited = {article for cell in events["sources"] for article in split_list(cell)}
    cited |= set(mentions["article"])
    return Tables(events, mentions, sources[sources["article"].isin(cited)])


class FrameQuery:
    """`TableQuery` answered by pandas over tables held in memory (a small table)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self._options: dict[str, list[str]] | None = None
        self._queue: list[ReviewItem] | None = None  # the whole table's review queue, once asked for
        # A page asks for one event's rows several times (its card, its form, its label): once each.
        self._event_rows = functools.lru_cache(maxsize=256)(self._read_event_rows)

    def total(self) -> int:
        return len(self.tables.events)

    def count(self, filters: Filters) -> int:
        return len(apply_filters(self.tables, filters).events)

    def sources(self) -> pd.DataFrame:
        return self.tables.sources

    def date_bounds(self) -> tuple[dt.date, dt.date] | None:
        return date_bounds(self.tables.events)

    def most_sources(self) -> int:
        events = self.tables.events
        return int(events["n_sources"].max()) if len(events) else 1

    def span(
        self, filters: Filters, *, background: bool = False, exact: bool = False
    ) -> tuple[dt.date, dt.date] | None:
        events = apply_filters(self.tables, filters).events
        main = events if background else events[~events["background"]]
        if exact:
            main = main[main["precision"] == "day"]
        if main.empty:
            return None
        return main["date"].min().date(), main["date_end"].max().date()

    def facet_options(self) -> dict[str, list[str]]:
        if self._options is None:
            self._options = facet_options(self.tables)
        return self._options

    def facet_counts(self, filters: Filters) -> FacetCounts:
        return facet_counts(self.tables, filters)

    def events_page(
        self, filters: Filters, *, within: DateRange | None = None, offset: int = 0, limit: int = 60
    ) -> tuple[pd.DataFrame, int]:
        events = apply_filters(self.tables, filters).events
        if within is not None:
            events = within_period(events, within)
        events = in_date_order(events)
        first = max(0, int(offset))
        return events.iloc[first : first + max(0, int(limit))], len(events)

    def event_tables(self, event_ids: Collection[str]) -> Tables:
        return self._event_rows(frozenset(str(event_id) for event_id in event_ids))

    def _read_event_rows(self, wanted: frozenset[str]) -> Tables:
        events, mentions = self.tables.events, self.tables.mentions
        return with_sources(
            events[events["event_id"].isin(wanted)],
            mentions[mentions["event_id"].isin(wanted)],
            self.sources(),
        )

    def linked_to(self, event_id: str) -> list[str]:
        events = self.tables.events
        naming = events["linked"].map(lambda cell: event_id in split_list(cell)).astype(bool)
        return [str(other) for other in events.loc[naming, "event_id"]]

    def article_tables(self, article: str) -> Tables:
        mentions = self.tables.mentions
        return self.event_tables(set(mentions.loc[mentions["article"] == article, "event_id"]))

    def filter_tables(
        self,
        filters: Filters,
        *,
        events: Sequence[str] | None = None,
        mentions: Sequence[str] | None = None,
    ) -> Tables:
        shown = apply_filters(self.tables, filters)
        return Tables(narrow(shown.events, events), narrow(shown.mentions, mentions), shown.sources)

    def review_head(self, filters: Filters, limit: int, offset: int = 0) -> ReviewHead:
        if self._queue is None:
            self._queue = review_queue(self.tables)
        if filters.is_default:
            kept = self._queue
        else:
            shown = set(apply_filters(self.tables, filters).events["event_id"].astype(str))
            kept = [item for item in self._queue if item.event_id in shown]
        first = max(0, int(offset))
        return ReviewHead(len(kept), tuple(kept[first : first + max(0, int(limit))]))

    def fingerprints(self, filters: Filters) -> np.ndarray:
        return _fingerprints(apply_filters(self.tables, filters).events)

    def events_without(self, filters: Filters, fingerprints: np.ndarray) -> Tables:
        events = apply_filters(self.tables, filters).events
        differing = ~np.isin(_fingerprints(events), fingerprints)
        return self.event_tables(set(events.loc[differing, "event_id"].astype(str)))

    def actor_counts(self, filters: Filters) -> ActorCounts:
        return actor_counts(countries_as_read(apply_filters(self.tables, filters), filters))

    def claims_answered(self, filters: Filters) -> list[ClaimAnswers]:
        return disputes.claims_with_answers(apply_filters(self.tables, filters).events)

    def disputed(self, filters: Filters) -> list[DisputedFigure]:
        return disputes.disputed_figures(apply_filters(self.tables, filters))

    def export_source(self, filters: Filters, *, newest_first: bool = False) -> ExportSource:
        return source_of(
            apply_filters(self.tables, filters),
            named_countries_only=filters.named_countries_only,
            newest_first=newest_first,
        )

    def timeline_plot(
        self,
        filters: Filters,
        lanes: str = "type",
        zoom: DateRange | None = None,
        selected: str = "",
        *,
        width_px: int = 900,
        height_px: int | None = None,
        compact: bool = False,
    ) -> TimelinePlot:
        return timeline_figure(
            countries_as_read(apply_filters(self.tables, filters), filters),
            lanes,
            zoom,
            selected,
            width_px=width_px,
            height_px=height_px,
            compact=compact,
        )


__all__ = [
    "FINGERPRINTED",
    "FrameQuery",
    "TableQuery",
    "in_date_order",
    "narrow",
    "no_rows",
    "with_sources",
    "within_period",
]
