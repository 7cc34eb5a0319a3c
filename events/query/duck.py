"""The dashboard's queries as SQL over a stored generation: only visible rows and counts reach pandas.

`EventQuery.open(data_dir)` opens the current generation (or a kept one) read-only: an in-memory DuckDB
connection whose views read the generation's Parquet partitions, with every other file access refused
and its settings locked. Each method answers what `events.query.filters` answers from a whole table in
memory, with the same result:

    query = EventQuery.open(Path("data"))
    query.filter_tables(Filters(countries=("CHN",)))    # == apply_filters(load_tables(...), ...)
    query.facet_counts(Filters(types=("claim",)))       # == facet_counts(load_tables(...), ...)
    query.events_page(filters, offset=0, limit=60)      # one page of the visible events, in date order
    query.timeline_counts(filters, lanes="type")        # events per lane and day/week/month/year
    query.timeline_plot(filters, "type", zoom)          # == timeline_figure(apply_filters(...), ...)

What a filter change asks (count, span, facet counts, the timeline's counts, which events make a page)
is counted in memory over the columns `events.query.coded` reads once per generation; SQL reads the rows
to show, text searches, and what whole-table views read (`filter_tables`, the review queue).

What the reader chose reaches SQL only as bound parameters, never as text of a statement. Read-only:
the connection lives in memory, may read only the generation's files (`allowed_paths`, external
access off, configuration locked), and no method writes; tests/test_query_duck.py tries to write.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from events.errors import DataError
from events.query.actors import ActorCounts, coded_actor_counts
from events.query.coded import LIST_FACETS, CodedEvents
from events.query.disputes import ClaimAnswers, DisputedFigure, disputed_figures
from events.query.exports import ExportSource, overview_events, span_label
from events.query.figures import (
    BACKGROUND,
    MAX_MARKS,
    MAX_STRIP_MARKS,
    ROUGH,
    CountedEvents,
    TimelinePlot,
    counted_timeline_figure,
    counted_view,
    densest_period,
    rough_days,
    timeline_figure,
)
from events.query.filters import FACETS, REPORT_BASIS, FacetCounts, Filters, event_outlets
from events.query.frames import FINGERPRINTED, no_rows, with_sources
from events.query.memory import release_memory
from events.query.review import (
    CONTESTED,
    FROM_CONTEXT,
    FROM_PUBLICATION,
    LOW_CONFIDENCE,
    MIN_WORD,
    MIXED_WORDS,
    NEIGHBOURS,
    SINGLE_SOURCE,
    STOP,
    TWIN,
    TWIN_DAYS,
    WORD,
    ReviewHead,
    review_item,
)
from events.query.search import SPACE, TokenIndex
from events.query.views import DateRange
from events.schema import COLUMNS, EVENT_TYPES, LIST_SEPARATOR, OPTIONAL_COLUMNS, Tables, empty_table
from events.store.generations import StoredTable, stored_tables

# The facets' columns in the events view; outlets come from the `outlet_cells` lookup (see _open).
_FACET_CELLS = {"actor": "e.actors", "country": "e.countries", "place": "e.locations", "outlet": "o.outlets"}
# The timeline's lanes, as `lane_rows` in events.query.figures draws them.
_LANE_CELLS = {"country": "e.countries", "actor": "e.actors", "outlet": "o.outlets"}
# An event's countries as `filters.countries_read` reads them when only named countries count.
_NAMED_COUNTRIES = f"CASE WHEN e.country_basis = '{REPORT_BASIS}' THEN '' ELSE e.countries END"
MEMORY_LIMIT = "512MB"
ROW = "row_position"  # each view's column with the row's position in its stored table
# What the timeline draws of an event, read for the events it draws one by one.
_TIMELINE_COLUMNS = (
    f"e.{ROW}, e.event_id, e.date, e.date_end, e.precision, e.event_type, e.title, e.n_sources, "
    "e.background, e.reviewed"
)
# An event's fingerprint (`TableQuery.fingerprints`): its id and what a comparison of versions reads.
_FINGERPRINT = "hash({})".format(", ".join(f'e."{column}"' for column in ("event_id", *FINGERPRINTED)))
# Rows read by position are bound as a list of this many positions at most per statement.
ROWS_BY_POSITION = 100_000
# Events per piece of a streamed export: each piece's rows and mentions are read by one statement.
EXPORT_PIECE_ROWS = 20_000


@dataclass(frozen=True)
class RankedQueue:
    """The whole table's review queue: each waiting event's place in it, and per place its event, its
    likely twin ("" if none) and whether its mentions date it in words that differ."""

    place: np.ndarray  # int32 per event (in `coded()` order): its place in the queue; -1: not waiting
    events: np.ndarray  # int32 per place: the event's index in `coded()`
    twins: pa.Array  # string per place: the twin's event_id
    mixed: np.ndarray  # bool per place


@dataclass(frozen=True)
class PeriodCount:
    """How many events of one lane begin in one period: a square of the timeline's large-table mode."""

    lane: str
    start: dt.date
    count: int


@dataclass(frozen=True)
class TimelineCounts:
    """Events per lane and period, in the finest unit (day, week, month, year) with at most `max_bins`
    periods over the span, as the timeline draws them when there are too many to draw one by one."""

    unit: str
    span: DateRange | None
    cells: list[PeriodCount]


class EventQuery:
    """Read-only SQL over one generation of the stored tables; safe to share between threads."""

    def __init__(self, generation: str, stored: dict[str, StoredTable]) -> None:
        self.generation = generation
        self._lock = threading.Lock()
        self._con = _open(stored)
        self._cursors = 0  # statements running (under self._lock)
        self._closing = False
        self._options: dict[str, list[str]] | None = None
        self._total: int | None = None
        self._most: int | None = None
        self._bounds: tuple[tuple[dt.date, dt.date] | None] | None = None
        self._sources: pd.DataFrame | None = None
        # The rows of the events last asked for by any reader (a few rows each; frames shared as they
        # are, copy-on-write keeping them unchanged), thread-safe as functools.lru_cache is.
        self._event_rows = functools.lru_cache(maxsize=256)(self._read_event_rows)
        # Likewise the pages of events last shown (every reader of a page with the same filters asks
        # for the same one).
        self._pages = functools.lru_cache(maxsize=64)(self._read_page)
        # The filterable columns as codes (events.query.coded), read once when first asked for: what a
        # filter change asks is then counted in memory, and the files are read only for rows to show.
        self._coded_lock = threading.Lock()
        self._coded: CodedEvents | None = None
        self._text_hits = functools.lru_cache(maxsize=16)(self._read_text_hits)
        # The search's token index (events.query.search), made in a thread of its own from the first
        # search on (about 50 MB at a million events): until it is ready a search is answered in SQL.
        self._index_lock = threading.Lock()
        self._index: Future[TokenIndex] | None = None
        # A rerun asks for the same filters' parts several times (count, facets, figure, span, page).
        self._parts = functools.lru_cache(maxsize=4)(self._read_parts)
        self._mask = functools.lru_cache(maxsize=4)(self._read_mask)
        self._queue_lock = threading.Lock()
        self._queue: RankedQueue | None = None

    @classmethod
    def open(cls, data_dir: Path, generation: str = "") -> EventQuery:
        """The current generation (or the kept `generation`), its files checked against the manifest.

        Each query reads the generation's Parquet files (DuckDB caches what it read), the only files
        the connection may touch: a copy of the tables in DuckDB's memory measured slower and 4x bigger.
        """
        found, stored = stored_tables(data_dir, generation)
        return cls(found, stored)

    def close(self) -> None:
        """Close the connection once no statement runs on it (a reader still running one, when a cache
        lets this version go, finishes it)."""
        with self._lock:
            self._closing = True
            if not self._cursors:
                self._con.close()

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of the shared connection for one statement; DuckDB's errors as DataError."""
        with self._lock:
            if self._closing:
                raise DataError("This data version was closed; reload the page.")
            cursor = self._con.cursor()
            self._cursors += 1
        try:
            yield cursor
        except duckdb.Error as error:
            raise DataError(f"The stored tables could not be queried ({error}).") from error
        finally:
            cursor.close()
            with self._lock:
                self._cursors -= 1
                if self._closing and not self._cursors:
                    self._con.close()

    def _frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        with self._cursor() as cursor:
            return cursor.execute(sql, list(params)).df()

    def sources(self) -> pd.DataFrame:
        """The sources table (one row per article: small next to the events), read once."""
        if self._sources is None:
            self._sources = _as_table("sources", self._frame(f"SELECT * FROM sources ORDER BY {ROW}"))
        return self._sources  # copy-on-write: what a caller derives from it never changes it

    def count(self, filters: Filters) -> int:
        """How many events pass the filters."""
        return int(self._mask(filters).sum())

    def coded(self) -> CodedEvents:
        """The filterable columns as codes, read from the files the first time any reader asks."""
        with self._coded_lock:
            if self._coded is None:
                with self._cursor() as cursor:
                    table = cursor.sql(
                        # In the order the scan gives (no sort of a million rows): rows keep their positions.
                        f"SELECT {ROW} AS row_position, date, date_end, precision, event_type, "
                        "actors, countries, locations, sources, n_sources, contested, background, "
                        f"country_basis = '{REPORT_BASIS}' AS report_country FROM events"
                    ).to_arrow_table()
                outlets = self._frame("SELECT sources, outlets FROM outlet_cells")
                order = self._frame(f"SELECT {ROW} FROM events ORDER BY date, date_end, event_id, {ROW}")
                self._coded = CodedEvents.from_arrow(table, outlets, order[ROW].to_numpy(np.int64))
                del table, outlets, order
                release_memory()  # the read's peak (some 200 MB over what is kept, at a million events)
            return self._coded

    def text_index(self, *, wait: bool = True) -> TokenIndex | None:
        """The free-text search's token index of this generation, made in a thread of its own the first
        time it is asked for (some CPU-seconds at a million events; searches use it once it is ready, SQL
        before); with `wait` False, None until it is ready. DataError if it could not be made."""
        with self._index_lock:
            if self._index is None:
                self._index = Future()
                threading.Thread(
                    target=self._make_text_index, args=(self._index,), name="search-index", daemon=True
                ).start()
            made = self._index
        if not wait and not made.done():
            return None
        return made.result()

    def _make_text_index(self, made: Future[TokenIndex]) -> None:
        try:
            coded = self.coded()
            with self._cursor() as cursor:
                # Each distinct token of the lowered titles and reporting sentences (split as the search
                # splits them) and the row positions of the events whose texts hold it.
                found = cursor.sql(
                    f"""SELECT token, list(pos::INTEGER) AS positions FROM (
                            SELECT DISTINCT token, pos FROM (
                                SELECT e.{ROW} AS pos,
                                       unnest(string_split(lower(e.title), '{SPACE}')) AS token
                                FROM events e
                                UNION ALL
                                SELECT e.{ROW}, unnest(string_split(lower(m.sentence), '{SPACE}'))
                                FROM mentions m JOIN events e ON m.event_id = e.event_id)
                            WHERE token <> '')
                        GROUP BY token"""
                ).to_arrow_table()
            tokens, positions = (found[column].combine_chunks() for column in ("token", "positions"))
            made.set_result(TokenIndex.from_postings(tokens, positions, coded.index_of, len(coded)))
            del found, tokens, positions
            release_memory()
        except Exception as error:  # the searches that wait for it are told; the others use SQL
            made.set_exception(error)

    def _read_text_hits(self, text: str) -> np.ndarray:
        """Whether each event (in `coded()` order) has a title or a reporting sentence that contains
        `text`, as the SQL path words it (`_flags`): from the token index when it is ready."""
        try:
            index = self.text_index(wait=False)  # the first search starts it
        except DataError:
            index = None  # it could not be made: SQL answers
        if index is None:
            return self._text_hits_in_sql(text, None)
        lowered = str(self._frame("SELECT lower(?) AS lowered", [text])["lowered"].iloc[0])
        candidates, exact = index.search(lowered)
        if exact or not candidates.any():
            return candidates
        return self._text_hits_in_sql(text, candidates)

    def _text_hits_in_sql(self, text: str, candidates: np.ndarray | None) -> np.ndarray:
        """The search in SQL, over all events or only the `candidates` (when few enough to bind)."""
        coded = self.coded()
        clause = _flags(Filters(query=text))["base"]
        sql, params = f"SELECT e.{ROW} FROM events e WHERE {clause.sql}", list(clause.params)
        if candidates is not None and int(candidates.sum()) <= ROWS_BY_POSITION:
            sql += f" AND e.{ROW} IN (SELECT unnest(?::BIGINT[]))"
            params.append(coded.positions[candidates].tolist())
        hits = np.zeros(len(coded), dtype=bool)
        hits[coded.at(self._frame(sql, params)[ROW].to_numpy(np.int64))] = True
        return hits

    def _read_parts(self, filters: Filters) -> dict[str, np.ndarray | None]:
        """Each part of the filters as the events it keeps (None when that part chooses nothing), as
        `_flags` words them in SQL; read-only, as they are shared."""
        coded = self.coded()
        base = None
        if filters.start is not None or filters.end is not None:
            base = coded.in_dates(
                None if filters.start is None else np.datetime64(filters.start, "ns"),
                None if filters.end is None else np.datetime64(filters.end, "ns"),
            )
        if filters.query:
            hits = self._text_hits(filters.query)
            hits.setflags(write=False)  # shared by every filters with this search
            base = hits if base is None else base & hits
        parts: dict[str, np.ndarray | None] = {
            "base": base,
            "background": None if filters.include_background else ~coded.background,
            "min_sources": coded.n_sources >= int(filters.min_sources) if filters.min_sources > 1 else None,
            "contested": coded.contested if filters.contested_only else None,
            "type": coded.types_in(filters.types) if filters.types else None,
        }
        read = coded.as_read(filters)
        for facet in LIST_FACETS:
            chosen = filters.facet(facet)
            if not chosen:
                parts[facet] = None
            elif any(LIST_SEPARATOR in value for value in chosen):  # a run of items: matched in SQL
                clause = _flags(filters)[facet]
                found = self._frame(f"SELECT e.{ROW} FROM events e WHERE {clause.sql}", clause.params)
                hits = np.zeros(len(coded), dtype=bool)
                hits[coded.at(found[ROW].to_numpy(np.int64))] = True
                parts[facet] = hits
            else:
                parts[facet] = read.cells[facet].has_any(chosen)
        for part in parts.values():
            if part is not None:
                part.setflags(write=False)
        return parts

    def _read_mask(self, filters: Filters) -> np.ndarray:
        """The events (in `coded()` order) that pass the filters; read-only, as it is shared."""
        mask = _passing(self._parts(filters), len(self.coded()))
        mask.setflags(write=False)
        return mask

    def total(self) -> int:
        """How many events the table holds."""
        if self._total is None:
            self._total = int(self._frame("SELECT count(*) AS n FROM events")["n"].iloc[0])
        return self._total

    def filter_tables(
        self,
        filters: Filters,
        *,
        events: Sequence[str] | None = None,
        mentions: Sequence[str] | None = None,
    ) -> Tables:
        """The events that pass the filters, with only their mentions and the sources those cite:
        `apply_filters` of the whole table, row for row and label for label. Only the `events` and
        `mentions` columns named are read (None: all; an empty list: none of that table's rows), so a
        whole-table computation brings into memory only what it reads."""
        where = _Where.of(filters)
        matching = f"SELECT e.event_id FROM {where.source} WHERE {where.sql}"
        if events is None or events:
            found = self._frame(
                f"SELECT {_selected('e', 'events', events)} FROM {where.source} WHERE {where.sql} "
                f"ORDER BY e.{ROW}",
                where.params,
            )
            events_out = _as_table("events", found, events)
            everything = len(events_out) == self.total()
        else:
            events_out = _as_table("events", pd.DataFrame({ROW: []}), [])
            everything = self.count(filters) == self.total()
        if mentions is not None and not mentions:
            mentions_out = _as_table("mentions", pd.DataFrame({ROW: []}), [])
        elif everything:
            found = self._frame(
                f"SELECT {_selected('m', 'mentions', mentions)} FROM mentions m ORDER BY {ROW}"
            )
            mentions_out = _as_table("mentions", found, mentions)
        else:
            found = self._frame(
                f"SELECT {_selected('m', 'mentions', mentions)} FROM mentions m "
                f"SEMI JOIN ({matching}) c ON m.event_id = c.event_id ORDER BY m.{ROW}",
                where.params,
            )
            mentions_out = _as_table("mentions", found, mentions)
        sources = self.sources()
        if not everything:
            # The articles the filtered events cite in their `sources` cells or report in their mentions.
            cited = self._frame(
                f"""SELECT DISTINCT unnest(string_split(e.sources, '{LIST_SEPARATOR}')) AS article
                    FROM {where.source} WHERE {where.sql}
                    UNION SELECT DISTINCT m.article FROM mentions m
                    SEMI JOIN ({matching}) c ON m.event_id = c.event_id""",
                [*where.params, *where.params],
            )
            sources = sources[sources["article"].isin(set(cited["article"]))]
        return Tables(events=events_out, mentions=mentions_out, sources=sources)

    def review_head(self, filters: Filters, limit: int, offset: int = 0) -> ReviewHead:
        """`review.review_head` of the filtered events: how many of them wait for review, and `limit`
        items of the queue from `offset`, in queue order. The whole table's queue is ranked once
        (`review_queue`); a filter keeps its events, in that order and with the twins found among
        all events. Only the rows of the items asked for reach pandas, whose `review_item` words them."""
        queue = self.review_queue()
        coded = self.coded()
        mask = self._mask(filters)
        places = queue.place[mask]
        places = np.sort(places[places >= 0])
        head = places[max(0, int(offset)) : max(0, int(offset)) + max(0, int(limit))]
        if not len(head):
            return ReviewHead(len(places), ())
        events = queue.events[head]
        rows = self._rows_at(
            coded.positions[events],
            f"e.{ROW}, e.event_id, e.confidence, e.n_sources, e.date_basis, e.contested",
        )
        rows = rows.iloc[pd.Index(rows[ROW].to_numpy(np.int64)).get_indexer(coded.positions[events])]
        twins = queue.twins.take(pa.array(head)).to_pylist()
        items = [
            review_item(row, str(twin), bool(mixed))
            for row, twin, mixed in zip(rows.itertuples(index=False), twins, queue.mixed[head], strict=True)
        ]
        first = sorted((item for item in items if item is not None), key=lambda i: (-i.score, i.event_id))
        return ReviewHead(len(places), tuple(first))

    def review_ready(self) -> bool:
        """Whether the whole table's review queue is ranked (`review_queue` returns at once)."""
        return self._queue is not None

    def review_queue(self) -> RankedQueue:
        """The whole table's review queue, ranked once by one statement over narrow columns (ids, dates,
        types, titles, actors and the mentions' date words): some 45 µs of CPU an event, the better part
        of a minute at a million events."""
        with self._queue_lock:
            if self._queue is None:
                coded = self.coded()
                # As Arrow, not pandas: a million twins' ids as Python strings would hold some 100 MB.
                with self._cursor() as cursor:
                    frame = cursor.sql(
                        f"""WITH shown AS (
                    SELECT e.event_id, e.event_type, e.date::DATE AS day, e.confidence, e.n_sources,
                           e.date_basis, e.contested, e.reviewed, e.{ROW},
                           list_distinct(list_filter(
                               regexp_extract_all(lower(e.title), '{WORD}'),
                               lambda w: length(w) >= {MIN_WORD} AND NOT list_contains(?::VARCHAR[], w)
                           )) AS words,
                           list_distinct(list_filter(string_split(e.actors, '{LIST_SEPARATOR}'),
                                                     lambda a: a <> '')) AS named
                    FROM events e),
                nexts AS MATERIALIZED (  -- suggest_twins' order (type, date, id, table order), and
                    -- the NEIGHBOURS after each event in it: one sort, no join
                    SELECT *, row_number() OVER w AS place, {_leads()}
                    FROM shown WINDOW w AS (ORDER BY event_type, day, event_id, {ROW})),
                pairs AS (  -- each event and one of those after it of its type, within TWIN_DAYS
                    {_pairs()}),
                alike AS (
                    SELECT one, one_place, other, other_place,
                           shared + CASE WHEN same_actor THEN 0.5::DOUBLE ELSE 0.0::DOUBLE END
                               - '0.1'::DOUBLE * apart AS likeness
                    FROM pairs WHERE same_actor OR shared >= 0.5::DOUBLE),
                twins AS (  -- the likeliest; of equals, the first met (the other's place in that order)
                    SELECT event, twin FROM (
                        SELECT one AS event, other AS twin, likeness, other_place AS met FROM alike
                        UNION ALL
                        SELECT other, one, likeness, one_place FROM alike)
                    QUALIFY row_number() OVER (PARTITION BY event ORDER BY likeness DESC, met) = 1),
                mixed AS (
                    SELECT m.event_id FROM mentions m SEMI JOIN shown s ON m.event_id = s.event_id
                    WHERE regexp_matches(m.date_text, '{_NOT_SPACE}')
                    GROUP BY m.event_id HAVING count(DISTINCT lower(m.date_text)) > 1),
                doubted AS (
                    SELECT s.event_id, s.{ROW}, s.confidence, s.n_sources, s.date_basis, s.contested,
                           coalesce(t.twin, '') AS twin, x.event_id IS NOT NULL AS mixed
                    FROM shown s LEFT JOIN twins t ON t.event = s.event_id
                    LEFT JOIN mixed x ON x.event_id = s.event_id
                    WHERE NOT s.reviewed),
                waiting AS MATERIALIZED (
                    SELECT *, {_score_sql()} AS score FROM doubted
                    WHERE confidence < {_double(LOW_CONFIDENCE)} OR n_sources <= 1
                       OR date_basis IN ('context', 'publication') OR contested OR mixed OR twin <> '')
                    SELECT w.{ROW}, w.twin, w.mixed FROM waiting w
                    ORDER BY round(w.score, 3) DESC, w.event_id""",
                        params=[sorted(STOP)],
                    ).to_arrow_table()
                events = coded.at(frame[ROW].to_numpy()).astype(np.int32)
                place = np.full(len(coded), -1, dtype=np.int32)
                place[events] = np.arange(len(events))
                self._queue = RankedQueue(
                    place=place,
                    events=events,
                    twins=frame["twin"].combine_chunks().cast(pa.string()),
                    mixed=np.asarray(frame["mixed"].to_numpy(), dtype=bool),
                )
                del frame
                release_memory()
            return self._queue

    def fingerprints(self, filters: Filters) -> np.ndarray:
        """Each filtered event's fingerprint (`TableQuery.fingerprints`), hashed by DuckDB in SQL: only
        numbers reach pandas, and a version compared with another never loads its coded columns."""
        where = _Where.of(filters)
        with self._cursor() as cursor:
            table = cursor.sql(
                f"SELECT {_FINGERPRINT} AS fingerprint FROM {where.source} WHERE {where.sql}",
                params=list(where.params),
            ).to_arrow_table()
        return np.asarray(table["fingerprint"].to_numpy(), dtype=np.uint64)

    def events_without(self, filters: Filters, fingerprints: np.ndarray) -> Tables:
        """The filtered events whose fingerprint is not among `fingerprints`: DuckDB compares them (the
        other version's handed over as an Arrow array), and only the differing rows and their mentions
        are read."""
        where = _Where.of(filters)
        theirs = pa.table({"fingerprint": pa.array(np.asarray(fingerprints, dtype=np.uint64), pa.uint64())})
        name = f"theirs_{uuid.uuid4().hex}"  # the cursor's own name for them, whatever else runs
        with self._cursor() as cursor:
            cursor.register(name, theirs)
            try:
                events = cursor.sql(
                    f"SELECT e.* FROM {where.source} ANTI JOIN {name} t ON t.fingerprint = {_FINGERPRINT} "
                    f"WHERE {where.sql} ORDER BY e.{ROW}",
                    params=list(where.params),
                ).df()
            finally:
                cursor.unregister(name)
        if events.empty:
            return self.event_tables(())
        return self._with_mentions(_as_table("events", events))

    def actor_counts(self, filters: Filters) -> ActorCounts:
        """`actors.actor_counts` of the filtered events, counted over the coded columns."""
        return coded_actor_counts(self.coded().as_read(filters), self._mask(filters))

    def claims_answered(self, filters: Filters) -> list[ClaimAnswers]:
        """`disputes.claims_with_answers` of the filtered events, in one statement: only the claims'
        and their answers' ids reach Python."""
        where = _Where.of(filters)
        sep = f"'{LIST_SEPARATOR}'"
        with self._cursor() as cursor:
            found = cursor.sql(
                f"""WITH shown AS MATERIALIZED (
                        SELECT e.event_id, e.event_type, e.date, coalesce(e.contested, FALSE) AS contested,
                               e.linked
                        FROM {where.source} WHERE {where.sql}),
                    links AS (  -- each event and each event its `linked` cell names
                        SELECT event_id AS one, unnest(string_split(linked, {sep})) AS other
                        FROM shown WHERE linked <> ''),
                    edges AS (  -- both ways, once each
                        SELECT one, other FROM links WHERE other <> ''
                        UNION SELECT other, one FROM links WHERE other <> ''),
                    claims AS (
                        SELECT event_id, date FROM shown
                        WHERE event_type = 'claim' AND (contested OR event_id IN (SELECT one FROM edges)))
                    SELECT c.event_id AS claim,
                           coalesce(list(a.event_id ORDER BY a.event_type <> 'denial', a.date, a.event_id)
                                    FILTER (WHERE a.event_id IS NOT NULL), []) AS answers
                    FROM claims c LEFT JOIN edges d ON d.one = c.event_id
                    LEFT JOIN shown a ON a.event_id = d.other
                    GROUP BY c.event_id, c.date ORDER BY c.date, c.event_id""",
                params=list(where.params),
            ).fetchall()
        return [ClaimAnswers(claim=str(claim), answers=tuple(map(str, answers))) for claim, answers in found]

    def disputed(self, filters: Filters) -> list[DisputedFigure]:
        """`disputes.disputed_figures` of the filtered events: only the events with more than one
        figure reach pandas."""
        where = _Where.of(filters)
        events = self._frame(
            f"SELECT e.event_id, e.figures, e.{ROW} FROM {where.source} "
            f"WHERE {where.sql} AND contains(e.figures, '{LIST_SEPARATOR}') ORDER BY e.{ROW}",
            where.params,
        )
        shown = _as_table("events", events, ["event_id", "figures"])
        return disputed_figures(Tables(shown, no_rows("mentions"), self.sources()))

    def most_sources(self) -> int:
        """The most sources any event has (1 for an empty table)."""
        if self._most is None:
            frame = self._frame("SELECT coalesce(max(n_sources), 1) AS most FROM events")
            self._most = int(frame["most"].iloc[0])
        return self._most

    def span(
        self, filters: Filters, *, background: bool = False, exact: bool = False
    ) -> tuple[dt.date, dt.date] | None:
        """The first day and the last day of the filtered events that are not background (with
        `background`: of all the filtered events; with `exact`: of those dated to the day), or None."""
        coded = self.coded()
        main = self._mask(filters) if background else self._mask(filters) & ~coded.background
        if exact:
            main = main & coded.exact
        if not main.any():
            return None
        # Over nanoseconds, without copying the chosen dates out first.
        first = int(np.min(coded.date.view(np.int64), where=main, initial=np.iinfo(np.int64).max))
        last = int(np.max(coded.date_end.view(np.int64), where=main, initial=np.iinfo(np.int64).min))
        return pd.Timestamp(first, unit="ns").date(), pd.Timestamp(last, unit="ns").date()

    def event_tables(self, event_ids: Collection[str]) -> Tables:
        """The named events (in table order) with their mentions, and every source: a drill-down's or
        a card's rows, read from the files without the rest of the table."""
        return self._event_rows(tuple(sorted({str(event_id) for event_id in event_ids})))

    def _read_event_rows(self, wanted: tuple[str, ...]) -> Tables:
        # Each lookup scans the ids of the whole table (a second or so at a million events): the same
        # cards and drill-downs, asked for by every reader, are read once (see __init__).
        if not wanted:
            return with_sources(no_rows("events"), no_rows("mentions"), self.sources())
        events = self._frame(
            f"SELECT * FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY {ROW}",
            [list(wanted)],
        )
        return self._with_mentions(_as_table("events", events))

    def _with_mentions(self, events: pd.DataFrame) -> Tables:
        """These events (rows of the table) with their mentions and the sources they cite or report."""
        mentions = self._frame(
            f"SELECT * FROM mentions WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY {ROW}",
            [events["event_id"].astype(str).tolist()],
        )
        return with_sources(events, _as_table("mentions", mentions), self.sources())

    def linked_to(self, event_id: str) -> list[str]:
        """The events whose `linked` cell names this one, in table order."""
        frame = self._frame(
            f"SELECT event_id FROM events WHERE contains(linked, ?) "
            f"AND list_contains(string_split(linked, '{LIST_SEPARATOR}'), ?) ORDER BY {ROW}",
            [event_id, event_id],
        )
        return [str(other) for other in frame["event_id"]]

    def article_tables(self, article: str) -> Tables:
        """The events an article reports, with all their mentions (from any article), and every source."""
        frame = self._frame("SELECT DISTINCT event_id FROM mentions WHERE article = ?", [article])
        return self.event_tables(set(frame["event_id"].astype(str)))

    def timeline_tables(self, filters: Filters, lanes: str = "type") -> Tables:
        """What `figures.timeline_figure` reads of the filtered events, and nothing else: the columns it
        draws and the lane column, in table order (the mentions left empty). The figure drawn from it
        is the figure drawn from `filter_tables(filters)`."""
        countries = f"{_NAMED_COUNTRIES} AS countries" if filters.named_countries_only else "e.countries"
        lane = {"actor": ", e.actors", "country": f", {countries}", "outlet": ", e.sources"}.get(lanes, "")
        events = self._rows_of(self._mask(filters), f"{_TIMELINE_COLUMNS}{lane}")
        return Tables(events=events, mentions=no_rows("mentions"), sources=self.sources())

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
        """`figures.timeline_figure` of the filtered events, the same figure: for a big table drawn from
        counts per day and lane (only those reach pandas), else from the events' rows."""
        if not compact:
            plot = self._counted_plot(filters, lanes, zoom, selected, width_px, height_px)
            if plot is not None:
                return plot
        return timeline_figure(
            self.timeline_tables(filters, lanes),
            lanes,
            zoom,
            selected,
            width_px=width_px,
            height_px=height_px,
            compact=compact,
        )

    def _counted_plot(
        self,
        filters: Filters,
        lanes: str,
        zoom: DateRange | None,
        selected: str,
        width_px: int,
        height_px: int | None,
    ) -> TimelinePlot | None:
        if lanes != "type" and lanes not in _LANE_CELLS:
            raise ValueError(f"unknown lanes {lanes!r}; choose one of type, {', '.join(_LANE_CELLS)}")
        coded = self.coded()
        shown = self._mask(filters)
        days = coded.days(shown)
        if int(days["n"].sum()) <= MAX_MARKS:  # few enough to draw one by one: from their rows
            return None
        counted = CountedEvents(days)
        view = counted_view(counted, zoom)
        widest = rough_days(view)
        width = coded.last - coded.day + 1
        main = shown & ~coded.background
        if widest is not None:
            main &= width <= widest
        in_zoom = np.ones(len(coded), dtype=bool)
        if zoom is not None:
            in_zoom = (coded.last >= _day_number(zoom.start)) & (coded.day <= _day_number(zoom.end))
        lane_days = coded.as_read(filters).lane_days(main, lanes, in_zoom)
        strips: dict[str, pd.DataFrame] = {}
        background = int(days.loc[days["background"], "n"].sum())
        if 0 < background <= min(MAX_MARKS, MAX_STRIP_MARKS):
            strips[BACKGROUND] = self._rows_of(shown & coded.background, _TIMELINE_COLUMNS)
        if widest is not None:
            wide = days[~days["background"]]
            lasting = (wide["last"] - wide["day"]).dt.days + 1
            rough = int(wide.loc[lasting > widest, "n"].sum())
            if 0 < rough <= min(MAX_MARKS, MAX_STRIP_MARKS):
                strips[ROUGH] = self._rows_of(shown & ~coded.background & (width > widest), _TIMELINE_COLUMNS)
        return counted_timeline_figure(
            counted, lane_days, strips, lanes, zoom, selected, width_px=width_px, height_px=height_px
        )

    def _rows_of(self, mask: np.ndarray, columns: str) -> pd.DataFrame:
        """The `columns` of the events in `mask` (in `coded()` order), in table order, labelled by their
        row position: read by position from the files their dates lie in, a slice of positions at once."""
        coded = self.coded()
        positions = coded.positions[np.flatnonzero(mask)]
        frames = [
            self._rows_at(positions[at : at + ROWS_BY_POSITION], columns)
            for at in range(0, len(positions), ROWS_BY_POSITION)
        ] or [self._rows_at(positions, columns)]
        events = pd.concat(frames) if len(frames) > 1 else frames[0]
        events = events.sort_values(ROW, kind="stable")
        events.index = pd.Index(events.pop(ROW).to_numpy(np.int64))
        return events

    def _rows_at(self, positions: np.ndarray, columns: str) -> pd.DataFrame:
        """The `columns` (with the row position) of the events at `positions`, in no particular order."""
        if not len(positions):
            return self._frame(f"SELECT {columns} FROM events e WHERE FALSE")
        coded = self.coded()
        dates = coded.date[coded.at(positions)]
        # The dates bound the scan to the partitions (and row groups) that can hold the rows.
        first = pd.Timestamp(dates.min()).floor("D").to_pydatetime()
        last = pd.Timestamp(dates.max()).ceil("D").to_pydatetime()
        return self._frame(
            f"SELECT {columns} FROM events e WHERE e.date >= ? AND e.date <= ? "
            f"AND e.{ROW} IN (SELECT unnest(?::BIGINT[]))",
            [first, last, positions.tolist()],
        )

    def events_page(
        self,
        filters: Filters,
        *,
        within: DateRange | None = None,
        offset: int = 0,
        limit: int = 60,
    ) -> tuple[pd.DataFrame, int]:
        """One page of the visible events in date order (date, end, id) and how many there are in all.

        `within` keeps the events that overlap the period (background ones too, by their dates), as the
        timeline's list under the chart does.
        """
        return self._pages(filters, within, max(0, int(offset)), max(0, int(limit)))

    def _read_page(
        self, filters: Filters, within: DateRange | None, offset: int, limit: int
    ) -> tuple[pd.DataFrame, int]:
        coded = self.coded()
        shown = self._mask(filters)
        if within is not None:
            overlaps = (coded.date_end >= np.datetime64(within.start, "ns")) & (
                coded.date <= np.datetime64(within.end, "ns")
            )
            shown = shown & overlaps
        positions = coded.page(shown, offset, limit)
        rows = self._rows_at(positions, "e.*")
        if len(positions):  # in date order, as the page's positions are
            rows = rows.iloc[pd.Index(rows[ROW].to_numpy(np.int64)).get_indexer(positions)]
        return _as_table("events", rows), int(shown.sum())

    def export_source(
        self, filters: Filters, piece_rows: int = EXPORT_PIECE_ROWS, *, newest_first: bool = False
    ) -> ExportSource:
        """The filtered events as an export reads them (`exports.ExportSource`): their count, first and
        last day and types counted in memory, and their rows read from the files `piece_rows` events at
        a time (more when a day has more), with those events' mentions; `newest_first`: the pieces
        latest first (each piece's rows stay in date order: the note reverses them)."""
        coded = self.coded()
        shown = self._mask(filters)
        main = shown & ~coded.background
        dates = pd.DataFrame({"date": coded.date[main], "background": np.zeros(int(main.sum()), dtype=bool)})
        view = densest_period(dates)

        def overview() -> pd.DataFrame:  # read only by the HTML export
            if view is None:
                return no_rows("events")
            first = np.datetime64(view.start, "ns")
            last = np.datetime64(view.end + dt.timedelta(days=1), "ns")
            drawn = self._rows_of(main & (coded.date_end >= first) & (coded.date < last), "e.*")
            return overview_events(_as_table("events", drawn.assign(**{ROW: drawn.index})), view)

        def pieces(background: bool | None) -> Iterator[Tables]:
            kept = shown if background is None else shown & (coded.background == background)
            grouped = background is False
            chosen: Iterable[np.ndarray] = _pieces(coded, kept, piece_rows, grouped=grouped)
            if newest_first:  # row positions only: every piece's rows are still read one piece at a time
                chosen = list(chosen)[::-1]
            for positions in chosen:
                events = _as_table("events", self._rows_at(positions, "e.*").sort_values(ROW, kind="stable"))
                mentions = self._frame(
                    f"SELECT m.* FROM mentions m WHERE m.event_id IN (SELECT unnest(?::VARCHAR[])) "
                    f"ORDER BY m.{ROW}",
                    [events["event_id"].astype(str).tolist()],
                )
                yield Tables(events, _as_table("mentions", mentions), self.sources())

        count = int(shown.sum())
        return ExportSource(
            count=count,
            first=pd.Timestamp(coded.date[shown].min()) if count else None,
            last=pd.Timestamp(coded.date_end[shown].max()) if count else None,
            types=frozenset(coded.type_counts(shown)),
            view=view,
            overview=overview,
            pieces=pieces,
            named_countries_only=filters.named_countries_only,
            newest_first=newest_first,
        )

    def facet_options(self) -> dict[str, list[str]]:
        """Every option of every facet in the whole table, most common first (types in schema order):
        `filters.facet_options` of the whole table."""
        if self._options is None:
            present = set(self._frame("SELECT DISTINCT event_type FROM events")["event_type"])
            options = {"type": [t for t in EVENT_TYPES if t in present]}
            for facet in FACETS[1:]:
                cells = f"SELECT e.{_FLAG_CELLS[facet]} AS cell, count(*) AS n, min(e.{ROW}) AS first "
                cells += "FROM events e GROUP BY ALL"
                if facet == "outlet":  # per source list, then named by the (small) lookup
                    cells = f"SELECT o.outlets AS cell, c.n, c.first FROM ({cells}) c JOIN outlet_cells o "
                    cells += "ON o.sources = c.cell"
                # Items in the order they first appear (row, then place in the cell), as pandas' hash
                # table meets them; then value_counts' stable sort by count.
                counted = self._frame(
                    f"""WITH cells AS ({cells}), items AS (
                            SELECT unnest(string_split(cell, '{LIST_SEPARATOR}')) AS item,
                                   generate_subscripts(string_split(cell, '{LIST_SEPARATOR}'), 1) AS i,
                                   n, first
                            FROM cells
                        )
                        SELECT item, sum(n)::BIGINT AS n, min([first, i]) AS seen
                        FROM items WHERE item <> '' GROUP BY item ORDER BY seen"""
                )
                series = pd.Series(counted["n"].to_numpy(), index=counted["item"].to_numpy())
                options[facet] = [
                    str(item) for item in series.sort_values(ascending=False, kind="stable").index
                ]
            self._options = options
        return self._options

    def facet_counts(self, filters: Filters) -> FacetCounts:
        """Datasette-style counts, `filters.facet_counts` of the whole table: for each option, the events
        left if it were the (added) choice, each facet counted with its own choice cleared.

        One statement: every part of the filters is evaluated once per event, as a flag, and each count
        combines the flags it needs.
        """
        coded = self.coded()
        parts = self._parts(filters)

        def passing(dropped: str = "") -> np.ndarray:
            return _passing({name: part for name, part in parts.items() if name != dropped}, len(coded))

        found = {"type": coded.type_counts(passing("type"))}
        read = coded.as_read(filters)
        for facet in LIST_FACETS:
            found[facet] = read.cells[facet].counts(passing(facet))
        all_options = self.facet_options()
        options = {
            facet: {option: found[facet].get(option, 0) for option in all_options[facet]} for facet in FACETS
        }
        # The events shown whatever is read of their countries: only a chosen country reads them.
        any_basis = (
            self._mask(replace(filters, named_countries_only=False)) if filters.countries else passing()
        )
        sources, per_source = np.unique(coded.n_sources[passing("min_sources")], return_counts=True)
        per_k = {int(k): int(n) for k, n in zip(sources.tolist(), per_source.tolist(), strict=True)}
        most = max(per_k, default=1)
        at_least, running = {}, 0
        for k in range(max(most, 1), 0, -1):
            running += per_k.get(k, 0)
            at_least[k] = running
        return FacetCounts(
            options=options,
            contested=int((coded.contested & passing("contested")).sum()),
            background=int((coded.background & passing("background")).sum()),
            min_sources={k: at_least[k] for k in range(1, max(most, 1) + 1)},
            total=int(passing().sum()),
            report_countries=int((coded.report_country & any_basis).sum()),
        )

    def date_bounds(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day any event covers, or None for an empty table."""
        if self._bounds is None:
            frame = self._frame("SELECT min(date) AS first, max(date_end) AS last FROM events")
            first, last = frame["first"].iloc[0], frame["last"].iloc[0]
            found = None if pd.isna(first) else (pd.Timestamp(first).date(), pd.Timestamp(last).date())
            self._bounds = (found,)
        return self._bounds[0]

    def timeline_counts(
        self,
        filters: Filters,
        lanes: str = "type",
        span: DateRange | None = None,
        *,
        max_bins: int = 160,
    ) -> TimelineCounts:
        """How many of the filtered non-background events begin in each period, per lane, in the finest
        of day / week (from Monday) / month / year that gives at most `max_bins` periods over `span`
        (by default the events' own first to last day): the squares of the timeline's large-table mode."""
        where = _Where.of(replace(filters, include_background=False), outlets=lanes == "outlet")
        if span is None:
            bounds = self._frame(
                f"SELECT min(e.date) AS first, max(e.date_end) AS last FROM {where.source} WHERE {where.sql}",
                where.params,
            )
            if pd.isna(bounds["first"].iloc[0]):
                return TimelineCounts("day", None, [])
            first, last = (pd.Timestamp(bounds[c].iloc[0]).date() for c in ("first", "last"))
            span = DateRange(first, last)
        unit = _unit_for(span, max_bins)
        lane, source = _lane_source(lanes, where.source, none_lane=False, filters=filters)
        frame = self._frame(
            f"SELECT {lane} AS lane, date_trunc('{unit}', e.date)::DATE AS start, count(*) AS n "
            f"FROM {source} WHERE {where.sql} AND {lane} <> '' AND e.date >= ? AND e.date < ? "
            "GROUP BY ALL ORDER BY lane, start",
            [*where.params, _timestamp(span.start), _timestamp(span.end + dt.timedelta(days=1))],
        )
        cells = [
            PeriodCount(str(lane_name), pd.Timestamp(start).date(), int(n))
            for lane_name, start, n in zip(frame["lane"], frame["start"], frame["n"], strict=True)
        ]
        return TimelineCounts(unit, span, cells)


def _unit_for(span: DateRange, max_bins: int) -> str:
    """The finest period with at most `max_bins` of them over the span (as the timeline's `_bins`)."""
    first, last = np.datetime64(span.start, "D"), np.datetime64(span.end, "D")
    weeks = int((last.astype(np.int64) + 3) // 7 - (first.astype(np.int64) + 3) // 7 + 1)
    months = int((last.astype("datetime64[M]") - first.astype("datetime64[M]")).astype(np.int64) + 1)
    days = int((last - first).astype(np.int64) + 1)
    for unit, n_bins in (("day", days), ("week", weeks), ("month", months)):
        if n_bins <= max_bins:
            return unit
    return "year"


# Each event's outlets: a lookup from an event's `sources` cell to its `;`-joined outlet names, made once
# per generation (few distinct source lists even in a big table), joined only where a query needs it.
_OUTLET_JOIN = "LEFT JOIN outlet_cells o ON o.sources = e.sources"
_FLAG_CELLS = {"actor": "actors", "country": "countries", "place": "locations", "outlet": "sources"}


def _pieces(coded: CodedEvents, mask: np.ndarray, rows: int, *, grouped: bool) -> Iterator[np.ndarray]:
    """The row positions of the events in `mask` in date order, about `rows` at a time; `grouped`: in
    the groups of a briefing (`exports.day_groups`), each piece running on to the end of its last group."""
    chosen = np.flatnonzero(mask)
    chosen = chosen[np.argsort(coded.rank[chosen], kind="stable")]
    groups = np.zeros(len(chosen), dtype=np.int64)
    if grouped and len(chosen):
        spans = pd.MultiIndex.from_arrays(
            [coded.date[chosen], coded.date_end[chosen], coded.precision_codes[chosen]]
        )
        span_codes, distinct = pd.factorize(spans)  # in the order each span first comes
        labels = [
            span_label(pd.Timestamp(start), pd.Timestamp(end), coded.precision_names[precision])
            for start, end, precision in distinct
        ]
        groups, _ = pd.factorize(np.asarray(labels, dtype=object)[span_codes])
        order = np.argsort(groups, kind="stable")
        chosen, groups = chosen[order], groups[order]
    first = 0
    while first < len(chosen):
        end = min(first + max(1, rows), len(chosen))
        while grouped and end < len(chosen) and groups[end] == groups[end - 1]:
            end += 1
        yield coded.positions[chosen[first:end]]
        first = end


def _passing(parts: dict[str, np.ndarray | None], n: int) -> np.ndarray:
    """The events every given part keeps (a part None keeps all)."""
    mask = np.ones(n, dtype=bool)
    for part in parts.values():
        if part is not None:
            mask &= part
    return mask


def _day_number(day: dt.date) -> int:
    """Days since 1970-01-01, as `CodedEvents.day` counts them."""
    return int(np.datetime64(day, "D").astype(np.int64))


def _timestamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


@dataclass(frozen=True)
class _Clause:
    """A condition on `events e` (joined to `outlet_cells o`) and the values bound to its `?`s."""

    sql: str
    params: tuple[Any, ...] = ()


def _has_any(cell: str, values: tuple[str, ...]) -> _Clause:
    """`filters.has_any`: whether a `;`-joined cell holds one of the values as whole items."""
    if any(LIST_SEPARATOR in value for value in values):
        # A value with the separator in it matches a run of items, as the pandas path's regex does.
        sep = f"'{LIST_SEPARATOR}'"
        found = f"contains({sep} || {cell} || {sep}, {sep} || v || {sep})"
        sql = f"len(list_filter(?::VARCHAR[], lambda v: {found})) > 0"
        return _Clause(sql, (list(values),))
    return _Clause(f"list_has_any(string_split({cell}, '{LIST_SEPARATOR}'), ?::VARCHAR[])", (list(values),))


def _flags(filters: Filters) -> dict[str, _Clause]:
    """Each part of the filters as its own condition (TRUE when that part chooses nothing)."""
    base: list[str] = ["TRUE"]
    base_params: list[Any] = []
    if filters.start is not None:
        base.append("e.date_end >= ?")
        base_params.append(_timestamp(filters.start))
    if filters.end is not None:
        base.append("e.date <= ?")
        base_params.append(_timestamp(filters.end))
    if filters.query:
        # Case-insensitive search in titles and in the sentences that report each event (substrings,
        # no wildcards: lower() on both sides measured 2.5x faster than ILIKE).
        base.append(
            "(contains(lower(e.title), lower(?)) OR e.event_id IN "
            "(SELECT event_id FROM mentions WHERE contains(lower(sentence), lower(?))))"
        )
        base_params += [filters.query] * 2
    flags = {"base": _Clause(" AND ".join(base), tuple(base_params))}
    flags["background"] = _Clause("TRUE" if filters.include_background else "NOT e.background")
    flags["min_sources"] = (
        _Clause("e.n_sources >= ?", (int(filters.min_sources),))
        if filters.min_sources > 1
        else _Clause("TRUE")
    )
    flags["contested"] = _Clause("e.contested" if filters.contested_only else "TRUE")
    flags["type"] = (
        _Clause("list_contains(?::VARCHAR[], e.event_type)", (list(filters.types),))
        if filters.types
        else _Clause("TRUE")
    )
    for facet in FACETS[1:]:
        chosen = filters.facet(facet)
        if not chosen:
            flags[facet] = _Clause("TRUE")
        elif facet == "outlet":  # the source lists that name one of the outlets, found in the small lookup
            named = _has_any("o.outlets", chosen)
            sql = f"e.sources IN (SELECT o.sources FROM outlet_cells o WHERE {named.sql})"
            flags[facet] = _Clause(sql, named.params)
        elif facet == "country" and filters.named_countries_only:
            flags[facet] = _has_any(f"({_NAMED_COUNTRIES})", chosen)
        else:
            flags[facet] = _has_any(_FACET_CELLS[facet], chosen)
    return flags


def _lane_source(lanes: str, source: str, *, none_lane: bool, filters: Filters) -> tuple[str, str]:
    """The SQL of each row's lane and the FROM clause that gives a row per lane: the type, or one row per
    item of a list cell. With `none_lane`, an event with no item gets one row with lane "" (the figure's
    "(none)" lane); without it such an event has no row, and callers drop empty items themselves."""
    if lanes == "type":
        return "e.event_type", source
    if lanes not in _LANE_CELLS:
        raise ValueError(f"unknown lanes {lanes!r}; choose one of type, {', '.join(_LANE_CELLS)}")
    cell = _NAMED_COUNTRIES if lanes == "country" and filters.named_countries_only else _LANE_CELLS[lanes]
    items = f"string_split({cell}, '{LIST_SEPARATOR}')"
    if none_lane:
        kept = f"list_filter({items}, lambda x: x <> '')"
        items = f"CASE WHEN len({kept}) = 0 THEN [''] ELSE {kept} END"
    return "lane_item", f"{source}, unnest({items}) AS l(lane_item)"


@dataclass(frozen=True)
class _Where:
    """The filters as one WHERE clause, and the FROM it needs (outlets joined only when asked for)."""

    sql: str
    params: tuple[Any, ...]
    source: str

    @classmethod
    def of(cls, filters: Filters, *, outlets: bool = False) -> _Where:
        """`outlets`: join each event's outlets (`o.outlets`), for a query that reads them."""
        flags = _flags(filters)
        sql = " AND ".join(clause.sql for clause in flags.values() if clause.sql != "TRUE") or "TRUE"
        params = tuple(param for clause in flags.values() for param in clause.params)
        return cls(sql, params, f"events e {_OUTLET_JOIN}" if outlets else "events e")


def _as_table(name: str, frame: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Rows from DuckDB in the table's own dtypes (only `columns`, if named), labelled by their position
    in the stored table, as the rows of a loaded table (and of `apply_filters`' result) are."""
    labels = frame[ROW].to_numpy(np.int64) if ROW in frame.columns else np.arange(len(frame))
    kept = list(COLUMNS[name]) if columns is None else list(columns)
    dtypes = _dtypes(name)
    out = frame[kept].astype({column: dtypes[column] for column in kept})
    out.index = pd.Index(labels)
    return out


def _selected(alias: str, name: str, columns: Sequence[str] | None) -> str:
    """The SELECT list of a table's `columns` (None: all) and its row position."""
    if columns is None:
        return f"{alias}.*"
    unknown = [column for column in columns if column not in COLUMNS[name]]
    if unknown:
        raise ValueError(f"no column {', '.join(unknown)} in the {name} table")
    return ", ".join([*(f'{alias}."{column}"' for column in columns), f"{alias}.{ROW}"])


@functools.cache
def _dtypes(name: str) -> dict[str, Any]:
    return {str(column): dtype for column, dtype in empty_table(name).dtypes.items()}


def _open(stored: dict[str, StoredTable]) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with one view per table over its files, and no other file access."""
    con = duckdb.connect(
        ":memory:",
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            # What DuckDB may hold (its cache of the files read, and each query's working memory; the
            # default is 80% of the machine's): the server's whole budget at a million events is 1.5 GB
            # (issue 10), and a million events' files, compressed, are some 40 MB.
            "memory_limit": MEMORY_LIMIT,
            # What a query frees is given back to the system by DuckDB's allocator in the background,
            # not kept for later (measured at a million events: 70 MB less held after a few whole-table
            # reads; events.query.memory gives back the rest of the process's).
            "allocator_background_threads": True,
        },
    )
    try:
        paths = [str(path.resolve()) for table in stored.values() for path in table.paths]
        for table in stored.values():
            files = [str(path.resolve()) for path in table.paths]
            present = set(
                con.execute("SELECT name FROM parquet_schema(?)", [files[0]]).df()["name"].astype(str)
            )
            columns = [
                f'"{column}"'
                if column in present
                else f'{_sql_literal(OPTIONAL_COLUMNS[table.name][column])} AS "{column}"'
                for column in COLUMNS[table.name]
            ]
            if table.ordered_by:
                order, options = f"{table.ordered_by} AS {ROW}", ""
            else:  # one file, in table order
                order, options = f"file_row_number AS {ROW}", ", file_row_number = true"
            # A view's text cannot hold a parameter: the file names (ours, from the manifest) are quoted.
            listed = ", ".join(_sql_literal(path) for path in files)
            con.execute(
                f"CREATE VIEW {table.name} AS SELECT {', '.join(columns)}, {order} "
                f"FROM read_parquet([{listed}]{options})"
            )
        _make_outlet_cells(con)
        con.execute("SET allowed_paths = ?", [paths])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except duckdb.Error as error:
        con.close()
        raise DataError(f"The stored tables could not be opened for queries ({error}).") from error
    return con


_NEXT = {"event_id": "id", "event_type": "type", "day": "day", "named": "named", "words": "words"}


def _leads() -> str:
    """Of each of the NEIGHBOURS events after one in the window `w`, what the twins compare."""
    return ", ".join(
        f"lead({column}, {k}) OVER w AS {name}{k}"
        for k in range(1, NEIGHBOURS + 1)
        for column, name in _NEXT.items()
    )


def _pairs() -> str:
    """One row per event and one of the NEIGHBOURS after it of the same type, at most TWIN_DAYS later."""
    return " UNION ALL ".join(
        f"""SELECT event_id AS one, place AS one_place, id{k} AS other, place + {k} AS other_place,
                   len(list_intersect(named, named{k})) > 0 AS same_actor,
                   len(list_intersect(words, words{k}))::DOUBLE
                       / greatest(least(len(words), len(words{k})), 1)::DOUBLE AS shared,
                   (day{k} - day)::DOUBLE AS apart
            FROM nexts WHERE type{k} = event_type AND day{k} - day <= {TWIN_DAYS}"""
        for k in range(1, NEIGHBOURS + 1)
    )


def _double(value: float) -> str:
    """A float constant of ours as the same DOUBLE (a bare 0.3 is a DECIMAL in DuckDB)."""
    return f"'{float(value)!r}'::DOUBLE"


def _score_sql() -> str:
    """`review._doubts`' score, summed in its order (each term a DOUBLE, so the sum is Python's)."""
    terms = [
        ("n_sources <= 1", SINGLE_SOURCE),
        ("date_basis = 'context'", FROM_CONTEXT),
        ("date_basis = 'publication'", FROM_PUBLICATION),
        ("contested", CONTESTED),
        ("mixed", MIXED_WORDS),
        ("twin <> ''", TWIN),
    ]
    added = " ".join(
        f"+ CASE WHEN {when} THEN {_double(value)} ELSE {_double(0.0)} END" for when, value in terms
    )
    return f"({_double(1.0)} - confidence) {added}"


# A character Python's str.strip() keeps (RE2's \s is ASCII only; \p{Z} the Unicode spaces).
_NOT_SPACE = r"[^\s\x0b\x1c-\x1f\x85\p{Z}]"


def _sql_literal(value: object) -> str:
    """A constant of ours as SQL text: file paths this module listed and the schema's defaults."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return "'" + str(value).replace("'", "''") + "'"


def _make_outlet_cells(con: duckdb.DuckDBPyConnection) -> None:
    """The `outlet_cells` table: each distinct `sources` cell of the events and its outlets, named as
    `filters.event_outlets` names them (the article's outlet, else its file name; in source order)."""
    cells = con.execute("SELECT DISTINCT sources FROM events").df()
    sources = con.execute("SELECT * FROM sources ORDER BY row_position").df()
    lookup = pd.DataFrame(
        {
            "sources": cells["sources"].astype("str"),
            "outlets": event_outlets(cells, sources).astype("str") if len(cells) else pd.Series(dtype="str"),
        }
    )
    con.register("outlet_frame", lookup)
    con.execute(
        "CREATE TABLE outlet_cells AS "
        "SELECT sources::VARCHAR AS sources, outlets::VARCHAR AS outlets FROM outlet_frame"
    )
    con.unregister("outlet_frame")


__all__ = ["EventQuery", "PeriodCount", "TimelineCounts"]
