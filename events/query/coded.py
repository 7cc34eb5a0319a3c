"""The events' filterable columns as numpy codes, made once per stored generation, so that what a filter
change asks (how many pass, facet counts, the timeline's counts, which rows make a page) is answered in
milliseconds at a million events instead of by a scan of the stored files per question.

    coded = CodedEvents.from_arrow(table, outlets, order)   # one read of the narrow columns
    mask = coded.types_in({"claim"}) & coded.cells["country"].has_any({"CHN"})
    coded.cells["actor"].counts(mask)               # {"Russia": 41_022, ...}: a facet's counts
    coded.days(mask)                                # the timeline's counts per day
    coded.page(mask, offset=0, limit=60)            # the row positions of a page, in date order
    coded.as_read(filters)                          # countries inferred from a report read as none

Each list column (actors, countries, locations, and the outlets named by an event's sources) is held as
the code of each event's cell among the column's distinct cells, and each distinct cell's items: a
facet count is a count of cell codes and then a weighted count of their items, the same sums DuckDB's
`unnest` and pandas' `explode` give (an item named twice in one cell counts twice, as there).
`events.query.duck.EventQuery` asks this for what it can and DuckDB for the rest (text search, rows).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from events.query.filters import Filters
from events.schema import LIST_SEPARATOR

# The facets whose column is a `;`-joined list, and that column in the events table ("outlet" is named
# from the `sources` cell through the sources table).
LIST_FACETS = ("actor", "country", "place", "outlet")


@dataclass(frozen=True)
class CodedCells:
    """One `;`-joined column: each event's cell as a code, and each distinct cell's items (CSR)."""

    codes: np.ndarray  # int32 per event: its cell among the distinct cells
    starts: np.ndarray  # int64 per distinct cell, and one past the last: where its items begin
    items: np.ndarray  # int32: each distinct cell's items in cell order, as codes into `names`
    names: list[str]  # item code -> the item (empty items kept: a cell "" is one empty item)
    lookup: dict[str, int]

    @classmethod
    def from_cells(cls, codes: np.ndarray, cells: pa.Array) -> CodedCells:
        """`codes` of each event into the distinct `cells` (strings)."""
        lists = pc.split_pattern(cells.cast(pa.string()).fill_null(""), pattern=LIST_SEPARATOR)
        starts = np.asarray(lists.offsets, dtype=np.int64)
        encoded = pc.dictionary_encode(pc.list_flatten(lists))
        names = [str(name) for name in encoded.dictionary.to_pylist()]
        items = np.asarray(encoded.indices, dtype=np.int32)
        return cls(codes.astype(np.int32), starts, items, names, {name: i for i, name in enumerate(names)})

    def has_any(self, values: Collection[str]) -> np.ndarray:
        """Whether each event's cell holds one of `values` as a whole item (`filters.has_any`; values
        without the separator in them)."""
        wanted = np.zeros(len(self.names), dtype=bool)
        wanted[[self.lookup[value] for value in values if value in self.lookup]] = True
        # A cell holds one when any of its items is one: a running count of wanted items over the cells.
        found = np.concatenate([[0], np.cumsum(wanted[self.items])])
        hit_cells = found[self.starts[1:]] > found[self.starts[:-1]]
        hit: np.ndarray = hit_cells[self.codes]
        return hit

    def counts(self, mask: np.ndarray) -> dict[str, int]:
        """How many times each non-empty item is named by the cells of the events in `mask`."""
        per_cell = np.bincount(self.codes[mask], minlength=len(self.starts) - 1)
        weights = np.repeat(per_cell, np.diff(self.starts))
        per_item = np.bincount(self.items, weights=weights, minlength=len(self.names))
        return {name: int(n) for name, n in zip(self.names, per_item.tolist(), strict=True) if n and name}

    def emptied(self, events: np.ndarray) -> CodedCells:
        """The same column with the cells of `events` (a mask per event) read as "": one more distinct
        cell, holding one empty item, as `from_cells` reads an empty cell. The rest is shared."""
        names, lookup = self.names, self.lookup
        empty = lookup.get("")
        if empty is None:
            empty = len(names)
            names, lookup = [*names, ""], {**lookup, "": empty}
        starts = np.append(self.starts, self.starts[-1] + 1)
        items = np.append(self.items, np.int32(empty)).astype(np.int32)
        codes = np.where(events, np.int32(len(self.starts) - 1), self.codes).astype(np.int32)
        return CodedCells(codes, starts, items, names, lookup)

    def lane_items(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each of `cells`' non-empty items, as (the index into `cells`, the item's name's code); a cell
        with none gets one row with code -1 (the timeline's "(none)" lane)."""
        lengths = np.diff(self.starts)[cells]
        owner = np.repeat(np.arange(len(cells)), lengths)
        firsts = np.repeat(self.starts[cells], lengths)
        within = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        items = self.items[firsts + within]
        empty = self.lookup.get("", -2)
        kept = items != empty
        owner, items = owner[kept], items[kept]
        named = np.zeros(len(cells), dtype=bool)
        named[owner] = True
        none = np.flatnonzero(~named)
        return np.concatenate([owner, none]), np.concatenate([items, np.full(len(none), -1, np.int32)])


@dataclass(frozen=True)
class CodedEvents:
    """The columns a filter, a facet count or the timeline's counts read, one entry per event in the
    order they were read (`positions`: each event's row position in the stored table)."""

    positions: np.ndarray  # int64
    date: np.ndarray  # datetime64[ns]
    date_end: np.ndarray  # datetime64[ns]
    day: np.ndarray  # int32 days since 1970 of `date` (its DATE)
    last: np.ndarray  # int32 days since 1970 of `date_end`
    exact: np.ndarray  # precision is "day"
    precision_codes: np.ndarray  # int8 into precision_names
    precision_names: list[str]
    type_codes: np.ndarray  # int32 into type_names
    type_names: list[str]
    n_sources: np.ndarray  # int32
    contested: np.ndarray
    background: np.ndarray
    report_country: np.ndarray  # country_basis is "report": its countries are inferred, not named
    cells: dict[str, CodedCells]  # LIST_FACETS
    groups: np.ndarray  # int32 per event: its (day, last, background, exact) among `group_keys`
    group_keys: pd.DataFrame  # day, last (datetime64), background, exact: sorted, one row per group
    rank: np.ndarray  # int32 per event: its place in date order (date, date_end, event_id, position)
    index_of: np.ndarray  # int64 per row position: the event's index here (-1: no such position)
    # These events with their inferred countries read as none (`as_read`), made once when first asked.
    _named: list[CodedEvents] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def from_arrow(cls, table: pa.Table, outlets: pd.DataFrame, order: np.ndarray) -> CodedEvents:
        """`table`: the events' row_position, date, date_end, precision, event_type,
        actors, countries, locations, sources, n_sources, contested and background (and report_country:
        whether its country_basis is "report"; without it no event's countries are inferred), in any order;
        `outlets`: each distinct `sources` cell and its `outlets` (`filters.event_outlets`); `order`: the
        row positions in date order."""
        positions = np.asarray(table["row_position"].to_numpy(), dtype=np.int64)
        date = _stamps(table["date"])
        date_end = _stamps(table["date_end"])
        day = date.astype("datetime64[D]").astype(np.int32)
        last = date_end.astype("datetime64[D]").astype(np.int32)
        precision = pc.dictionary_encode(table["precision"].combine_chunks())
        precision_names = [str(name) for name in precision.dictionary.to_pylist()]
        precision_codes = np.asarray(precision.indices, dtype=np.int8)
        exact = np.isin(precision_codes, [i for i, name in enumerate(precision_names) if name == "day"])
        types = pc.dictionary_encode(table["event_type"].combine_chunks())
        background = _flags(table["background"])
        cells: dict[str, CodedCells] = {}
        for facet, column in (("actor", "actors"), ("country", "countries"), ("place", "locations")):
            encoded = pc.dictionary_encode(table[column].combine_chunks())
            cells[facet] = CodedCells.from_cells(np.asarray(encoded.indices), encoded.dictionary)
        sources = pc.dictionary_encode(table["sources"].combine_chunks())
        named = dict(zip(outlets["sources"].astype(str), outlets["outlets"].astype(str), strict=True))
        listed = [named.get(str(cell), "") for cell in sources.dictionary.to_pylist()]
        outlet_cells = pa.array(listed, pa.string())
        cells["outlet"] = CodedCells.from_cells(np.asarray(sources.indices), outlet_cells)
        groups, group_keys = _day_groups(day, last, background, exact)
        index_of = np.full(int(positions.max()) + 1 if len(positions) else 0, -1, dtype=np.int64)
        index_of[positions] = np.arange(len(positions))
        place = np.empty(len(positions), dtype=np.int32)
        at = index_of[order]
        place[at] = np.arange(len(order))
        return cls(
            positions=positions,
            date=date,
            date_end=date_end,
            day=day,
            last=last,
            exact=exact,
            precision_codes=precision_codes,
            precision_names=precision_names,
            type_codes=np.asarray(types.indices, dtype=np.int32),
            type_names=[str(name) for name in types.dictionary.to_pylist()],
            n_sources=np.asarray(table["n_sources"].to_numpy(), dtype=np.int32),
            contested=_flags(table["contested"]),
            background=background,
            report_country=(
                _flags(table["report_country"])
                if "report_country" in table.column_names
                else np.zeros(table.num_rows, dtype=bool)
            ),
            cells=cells,
            groups=groups,
            group_keys=group_keys,
            rank=place,
            index_of=index_of,
        )

    def __len__(self) -> int:
        return len(self.positions)

    def as_read(self, filters: Filters) -> CodedEvents:
        """These events as the filters read their countries: with `named_countries_only`, the countries of
        an event whose country_basis is "report" read as none (its own cell codes: the other columns
        are shared, and the new codes made once)."""
        if not filters.named_countries_only or not self.report_country.any():
            return self
        if not self._named:
            country = self.cells["country"].emptied(self.report_country)
            self._named.append(replace(self, cells={**self.cells, "country": country}, _named=[]))
        return self._named[0]

    def everything(self) -> np.ndarray:
        return np.ones(len(self), dtype=bool)

    def in_dates(self, start: np.datetime64 | None, end: np.datetime64 | None) -> np.ndarray:
        """The events ending on or after `start` and beginning on or before `end` (None: no bound)."""
        mask = self.everything()
        if start is not None:
            mask &= self.date_end >= start
        if end is not None:
            mask &= self.date <= end
        return mask

    def types_in(self, chosen: Collection[str]) -> np.ndarray:
        wanted = np.array([name in set(chosen) for name in self.type_names], dtype=bool)
        hit: np.ndarray = wanted[self.type_codes]
        return hit

    def at(self, positions: Sequence[int] | np.ndarray) -> np.ndarray:
        """The indexes of the events at these row positions (each present)."""
        found: np.ndarray = self.index_of[np.asarray(positions, dtype=np.int64)]
        return found

    def type_counts(self, mask: np.ndarray) -> dict[str, int]:
        per_type = np.bincount(self.type_codes[mask], minlength=len(self.type_names))
        return {name: int(n) for name, n in zip(self.type_names, per_type.tolist(), strict=True) if n}

    def days(self, mask: np.ndarray) -> pd.DataFrame:
        """One row per (day, last, background, exact) of the events in `mask`, with their number `n`,
        sorted by all four: `figures.CountedEvents.days`."""
        per_group = np.bincount(self.groups[mask], minlength=len(self.group_keys))
        present = per_group > 0
        out = self.group_keys[present].reset_index(drop=True)
        out["n"] = per_group[present].astype(np.int64)
        return out

    def page(self, mask: np.ndarray, offset: int, limit: int) -> np.ndarray:
        """The row positions of the events in `mask` from `offset` to `offset + limit` in date order."""
        chosen = np.flatnonzero(mask)
        wanted = offset + limit
        if limit <= 0 or offset >= len(chosen):
            return np.zeros(0, dtype=np.int64)
        ranks = self.rank[chosen]
        if wanted < len(chosen):
            first = np.argpartition(ranks, wanted - 1)[:wanted]
            chosen, ranks = chosen[first], ranks[first]
        ordered = chosen[np.argsort(ranks, kind="stable")]
        page: np.ndarray = self.positions[ordered[offset:wanted]]
        return page

    def lane_days(
        self, mask: np.ndarray, lanes: str, in_zoom: np.ndarray, none_name: str = ""
    ) -> pd.DataFrame:
        """One row per (lane, day, in_zoom) of the events in `mask`, with their number `n`, sorted by lane,
        day and in_zoom: an event counts once in each lane of its cell (a type, or each non-empty item;
        `none_name` for a cell with none)."""
        rows = np.flatnonzero(mask)
        first = int(self.day.min()) if len(self) else 0
        width = int(self.day.max()) - first + 1 if len(self) else 1
        days = (self.day[rows].astype(np.int64) - first) * 2 + in_zoom[rows].astype(np.int64)
        if lanes == "type":
            names = self.type_names
            found, n = _counted((self.type_codes[rows].astype(np.int64) + 1) * width * 2 + days)
        else:
            # Counted per (cell, day, in_zoom) first: many events share a cell, so only those groups are
            # spread over the cells' items.
            coded = self.cells[lanes]
            names = coded.names
            groups, per_group = _counted(coded.codes[rows].astype(np.int64) * width * 2 + days)
            owner, items = coded.lane_items(groups // (width * 2))
            keys = (items.astype(np.int64) + 1) * width * 2 + groups[owner] % (width * 2)
            found, n = _counted(keys, per_group[owner])
        labels = np.array([none_name, *names], dtype=object)
        counted = pd.DataFrame(
            {
                "lane": labels[found // 2 // width],
                "day": (found // 2 % width + first).astype("datetime64[D]").astype("datetime64[s]"),
                "in_zoom": (found % 2).astype(bool),
                "n": n,
            }
        )
        return counted.sort_values(["lane", "day", "in_zoom"], kind="stable", ignore_index=True)


def _counted(keys: np.ndarray, weights: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The distinct keys and how many times each occurs, or the sum of its `weights` (hashed: a sort of
    a million keys is slower)."""
    if weights is None:
        counts = pd.Series(keys, copy=False).value_counts(sort=False)
    else:
        counts = pd.Series(weights, copy=False).groupby(keys, sort=False).sum()
    return counts.index.to_numpy(np.int64), counts.to_numpy(np.int64)


def _day_groups(
    day: np.ndarray, last: np.ndarray, background: np.ndarray, exact: np.ndarray
) -> tuple[np.ndarray, pd.DataFrame]:
    """Each event's group of (day, last, background, exact), and the groups sorted by all four."""
    if not len(day):
        empty = np.zeros(0, dtype=np.int64).astype("datetime64[s]")
        keys = {"day": empty, "last": empty, "background": np.zeros(0, bool), "exact": np.zeros(0, bool)}
        return np.zeros(0, dtype=np.int32), pd.DataFrame(keys)
    day, last = day.astype(np.int64), last.astype(np.int64)
    first_day, first_last = int(day.min()), int(last.min())
    lasts = int(last.max()) - first_last + 1
    key = ((day - first_day) * lasts + (last - first_last)) * 4
    key += background.astype(np.int64) * 2 + exact.astype(np.int64)
    found, groups = np.unique(key, return_inverse=True)
    days = found // 4 // lasts + first_day
    keys = {
        "day": days.astype("datetime64[D]").astype("datetime64[s]"),
        "last": (found // 4 % lasts + first_last).astype("datetime64[D]").astype("datetime64[s]"),
        "background": (found // 2 % 2).astype(bool),
        "exact": (found % 2).astype(bool),
    }
    return groups.astype(np.int32), pd.DataFrame(keys)


def _stamps(column: pa.ChunkedArray) -> np.ndarray:
    values: np.ndarray = column.cast(pa.timestamp("ns")).to_numpy().astype("datetime64[ns]")
    return values


def _flags(column: pa.ChunkedArray) -> np.ndarray:
    return np.asarray(column.fill_null(False).to_numpy(), dtype=bool)


__all__ = ["LIST_FACETS", "CodedCells", "CodedEvents"]
