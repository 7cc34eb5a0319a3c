"""The numbers of the actors and countries page: how many events name each actor and country, each
one's events over time, and actors named together with countries. From a table in memory
(`actor_counts`, pandas) or from a data version's coded columns (`coded_actor_counts`, numpy: at a
million events the page's whole-table work is a few hundred milliseconds, and only the counts reach
pandas), with the same results.

An item's place among equals is where it is first met (table order, then its place in the cell), as
pandas' value_counts orders them; numpy does the same with `pd.factorize`, which numbers values in the
order they first come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from events.query.coded import CodedCells, CodedEvents
from events.query.figures import FacetTime, cooccurrence, facet_time, period_unit
from events.query.filters import facet_values
from events.schema import Tables

FACETS = ("actor", "country")
TOP = 15


@dataclass(frozen=True)
class ActorCounts:
    """The page's numbers for the filtered events."""

    total: int  # events shown
    counts: dict[str, pd.Series]  # per facet: events per value, most first
    over_time: dict[str, FacetTime]
    pairs: pd.DataFrame  # actor, country, count: the top actors and countries named together


def actor_counts(tables: Tables, top: int = TOP) -> ActorCounts:
    """The numbers from the filtered events' rows."""
    return ActorCounts(
        total=len(tables.events),
        counts={facet: facet_values(tables, facet).value_counts() for facet in FACETS},
        over_time={facet: facet_time(tables, facet, top) for facet in FACETS},
        pairs=cooccurrence(tables, top),
    )


def coded_actor_counts(coded: CodedEvents, mask: np.ndarray, top: int = TOP) -> ActorCounts:
    """The same numbers from the coded columns of the events in `mask`."""
    rows = np.flatnonzero(mask)
    rows = rows[np.argsort(coded.positions[rows], kind="stable")]  # table order
    counts = {}
    for facet in FACETS:
        cells = coded.cells[facet]
        _, items = _exploded(cells, rows)
        found, n = _value_counts(items)
        index = pd.Index(np.asarray([cells.names[i] for i in found.tolist()], dtype=object), dtype="str")
        counts[facet] = pd.Series(n, index=index, name="count")
    over_time = {facet: _facet_time(coded, rows, facet, top) for facet in FACETS}
    return ActorCounts(len(rows), counts, over_time, _pairs(coded, rows, top))


def _exploded(cells: CodedCells, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each non-empty item of the `rows`' cells, in row order and then cell order: (its row's index in
    `rows`, the item's code), as `filters.explode_cells` gives them."""
    codes = cells.codes[rows]
    lengths = np.diff(cells.starts)[codes]
    owner = np.repeat(np.arange(len(rows)), lengths)
    within = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    items = cells.items[np.repeat(cells.starts[codes], lengths) + within]
    empty = cells.lookup.get("")
    if empty is not None:
        kept = items != empty
        owner, items = owner[kept], items[kept]
    return owner, items


def _value_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, most frequent first and equals in the order first met, and their counts."""
    found, uniques = pd.factorize(values)
    n = np.bincount(found, minlength=len(uniques)).astype(np.int64)
    order = np.argsort(-n, kind="stable")
    return np.asarray(uniques)[order], n[order]


def _period_days(days: np.ndarray, unit: str) -> np.ndarray:
    """The first day (days since 1970) of each day's day, Monday-start week or month: worked out once
    per day of the span, then looked up."""
    if not len(days):
        return days.astype(np.int64)
    low = int(days.min())
    span = np.arange(low, int(days.max()) + 1, dtype=np.int64)
    if unit == "W":
        starts = span - (span + 3) % 7  # 1 January 1970 was a Thursday
    elif unit == "M":
        starts = span.astype("datetime64[D]").astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    else:
        starts = span
    found: np.ndarray = starts[days.astype(np.int64) - low]
    return found


def _facet_time(coded: CodedEvents, rows: np.ndarray, facet: str, top: int) -> FacetTime:
    """`figures.facet_time` of the events `rows` (in table order): the view of those not background."""
    main = rows[~coded.background[rows]]
    dates = pd.DataFrame({"date": coded.date[main], "background": np.zeros(len(main), dtype=bool)})
    unit, view = period_unit(dates)
    cells = coded.cells[facet]
    owner, items = _exploded(cells, rows)
    periods = _period_days(coded.day[rows][owner], unit)
    in_view = np.ones(len(items), dtype=bool)
    if view is not None:
        first = int(np.datetime64(view.start, "D").astype(np.int64))
        stop = int(np.datetime64(view.end + dt.timedelta(days=1), "D").astype(np.int64))
        in_view = (periods >= first) & (periods < stop)
    chosen = _value_counts(items[in_view])[0][:top]
    kept = np.isin(items, chosen)
    low = int(periods.min()) if len(periods) else 0
    width = int(periods.max()) - low + 1 if len(periods) else 1
    keys, n = _value_counts(items[kept].astype(np.int64) * width + (periods[kept] - low))
    names = np.asarray(cells.names, dtype=object)
    counts = pd.DataFrame(
        {
            "value": names[keys // width],  # text, as pandas infers it (object when empty, as there)
            "period": (keys % width + low).astype("datetime64[D]").astype("datetime64[ns]"),
            "count": n,
        }
    )
    return FacetTime(unit, view, tuple(str(names[code]) for code in chosen), counts)


def _pairs(coded: CodedEvents, rows: np.ndarray, top: int) -> pd.DataFrame:
    """`figures.cooccurrence` of the events `rows` (in table order): every (actor, country) an event
    names, in the order an inner merge of its actors with its countries gives them."""
    actor_cells, country_cells = coded.cells["actor"], coded.cells["country"]
    actor_owner, actor_items = _exploded(actor_cells, rows)
    country_owner, country_items = _exploded(country_cells, rows)
    per_event = np.bincount(country_owner, minlength=len(rows))
    first_country = np.cumsum(per_event) - per_event
    repeats = per_event[actor_owner]
    which = np.repeat(np.arange(len(actor_owner)), repeats)
    within = np.arange(len(which)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    actors = actor_items[which]
    countries = country_items[first_country[actor_owner[which]] + within]
    if not len(actors):
        return pd.DataFrame({"actor": [], "country": [], "count": []})
    kept = np.isin(actors, _value_counts(actors)[0][:top]) & np.isin(
        countries, _value_counts(countries)[0][:top]
    )
    width = len(country_cells.names)
    keys, n = np.unique(actors[kept].astype(np.int64) * width + countries[kept], return_counts=True)
    actor_names = np.asarray(actor_cells.names, dtype=object)
    country_names = np.asarray(country_cells.names, dtype=object)
    pairs = pd.DataFrame(
        {
            "actor": pd.array(actor_names[keys // width], dtype="str"),
            "country": pd.array(country_names[keys % width], dtype="str"),
            "count": n.astype(np.int64),
        }
    )
    return pairs.sort_values(["actor", "country"], ignore_index=True)


__all__ = ["FACETS", "ActorCounts", "actor_counts", "coded_actor_counts"]
