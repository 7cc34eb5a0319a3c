"""What the reader chose to see: a `Filters` value, its URL encoding, applying it, and facet counts.

Every URL key has an explicit encode/decode pair (`_KEYS`), so a shared link is read back exactly and
a malformed value is dropped with a note in plain words instead of raising:

    ?from=2025-04-08&to=2025-04-10&type=claim&type=denial&country=CHN&min_sources=2&contested=1

With `country_named=1` an event's countries are read as none where no sentence of it names one (its
`country_basis` is "report": taken from where its reports are set), in the country facet's choice and
counts and in everything a view counts or draws per country (`countries_as_read`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib import parse

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from events.schema import EVENT_TYPES, FIRST_DAY, LAST_DAY, LIST_SEPARATOR, Tables, in_table_range, split_list

QUERY_MAX = 200
# Bounds on what a link may carry, checked before anything else reads it: a value longer than any
# name, search or date (a 100 KB parameter is refused at once), more values per key than a reader
# picks, or more sources than any event could have.
VALUE_MAX = 1000
VALUES_PER_KEY_MAX = 100
MIN_SOURCES_MAX = 100_000
# Facets are the list-like filters whose options get counts beside them in the sidebar.
FACETS = ("type", "actor", "country", "place", "outlet")
_FACET_FIELDS = {
    "type": "types",
    "actor": "actors",
    "country": "countries",
    "place": "locations",
    "outlet": "outlets",
}
FACET_COLUMNS = {"type": "event_type", "actor": "actors", "country": "countries", "place": "locations"}
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{3}$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}

QueryParams = Mapping[str, Sequence[str] | str]


@dataclass(frozen=True)
class Filters:
    """The reader's choices; the default value shows every event."""

    start: dt.date | None = None
    end: dt.date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    query: str = ""
    min_sources: int = 1
    contested_only: bool = False
    include_background: bool = True
    # Only the countries a sentence of the event names: a country inferred from where its reports are
    # set (country_basis "report") is read as none, for a researcher who counts events per country.
    named_countries_only: bool = False

    @property
    def is_default(self) -> bool:
        return self == Filters()

    def facet(self, name: str) -> tuple[str, ...]:
        """The chosen options of one facet ("type", "actor", ...)."""
        values: tuple[str, ...] = getattr(self, _FACET_FIELDS[name])
        return values

    def with_facet(self, name: str, values: Sequence[str]) -> Filters:
        changes: dict[str, Any] = {_FACET_FIELDS[name]: _unique(values)}
        return replace(self, **changes)

    def to_query(self) -> dict[str, list[str]]:
        """URL parameters for the non-default choices, in a fixed key order."""
        out: dict[str, list[str]] = {}
        for key in _KEYS:
            value = getattr(self, key.field)
            if value != getattr(_DEFAULT, key.field):
                encoded = key.encode(value)
                if encoded:
                    out[key.name] = encoded
        return out

    @classmethod
    def from_query(
        cls, params: QueryParams | str, other_keys: Collection[str] = ()
    ) -> tuple[Filters, list[str]]:
        """Read URL parameters (a mapping, or a query string such as "type=claim&country=CHN").

        Returns the filters and a note for each parameter that was ignored; `other_keys` are parameters
        that belong to someone else (the view) and are not reported.
        """
        values: dict[str, Any] = {}
        notes: list[str] = []
        by_name = {key.name: key for key in _KEYS}
        for name, raw in parse_query(params).items():
            items = list(raw)
            key = by_name.get(name)
            if key is None:
                if name not in other_keys:
                    notes.append(f"Ignored the unknown link parameter “{shorten(name)}”.")
                continue
            items, bound_notes = bounded(items)
            notes.extend(f"Ignored “{name}”: {note}" for note in bound_notes)
            if not items:
                continue
            value, key_notes = key.decode(items)
            notes.extend(f"Ignored “{name}”: {note}" for note in key_notes)
            if value is not None:
                values[key.field] = value
        filters = cls(**values)
        if filters.start and filters.end and filters.start > filters.end:
            notes.append("Ignored the date range: “from” is after “to”.")
            filters = replace(filters, start=None, end=None)
        return filters, notes

    def within(self, tables: Tables) -> tuple[Filters, list[str]]:
        """The filters with dates moved into the table's span and a minimum of sources it can meet,
        with a note for each change: a link made for another table (or typed by hand) still opens."""
        most = int(tables.events["n_sources"].max()) if len(tables.events) else 1
        return self.within_span(date_bounds(tables.events), most)

    def within_span(self, bounds: tuple[dt.date, dt.date] | None, most: int) -> tuple[Filters, list[str]]:
        """`within` for a table known by its first and last day and its most sources per event (what a
        query over stored files answers without reading the table)."""
        notes: list[str] = []
        changes: dict[str, Any] = {}
        if bounds is not None:
            first, last = bounds
            for field_name, word in (("start", "from"), ("end", "to")):
                day = getattr(self, field_name)
                if day is not None and not first <= day <= last:
                    moved = min(max(day, first), last)
                    changes[field_name] = moved
                    where = "before the first" if day < first else "after the last"
                    notes.append(
                        f"“{word}” {day.isoformat()} is {where} event; it was moved to {moved.isoformat()}."
                    )
        if self.min_sources > max(most, 1):
            changes["min_sources"] = max(most, 1)
            notes.append(
                f"No event has {self.min_sources} sources (the most is {most}); "
                f"the minimum was set to {max(most, 1)}."
            )
        return (replace(self, **changes) if changes else self), notes

    def keep_known(self, options: Mapping[str, Collection[str]]) -> tuple[Filters, list[str]]:
        """Drop facet values that no event has (a stale link), with a note for each."""
        notes: list[str] = []
        kept = self
        for facet in FACETS:
            chosen: Sequence[str] = self.facet(facet)
            known = options.get(facet, ())
            if facet == "actor":
                chosen, renamed = _as_written(chosen, known)
                kept = kept.with_facet(facet, chosen)
                notes += renamed
            unknown = [value for value in chosen if value not in known]
            if unknown:
                kept = kept.with_facet(facet, [value for value in chosen if value in known])
                listed = ", ".join(f"“{shorten(value)}”" for value in unknown[:10])
                notes.append(f"No event has the {facet} {listed}; that choice was dropped.")
        return kept, notes

    def actors_as_written(self, known: Collection[str]) -> tuple[Filters, list[str]]:
        """The filters with each chosen actor that is another form of a name the table holds (`known`)
        under the table's form, as `keep_known` does, with a note for each; nothing dropped, so an export
        of an actor no event has stays empty rather than taking the whole table."""
        if not self.actors:
            return self, []
        chosen, notes = _as_written(self.actors, known)
        return self.with_facet("actor", chosen), notes


def _as_written(chosen: Sequence[str], known: Collection[str]) -> tuple[list[str], list[str]]:
    """Actors of a link as the table writes them: a table names each actor once ("Barack Obama" for
    "Obama", "BP" for "BP PLC"), so a link made on another build, or typed by hand, with another form of
    a name it holds still opens that actor, with a note, rather than dropping the choice."""
    missing = [value for value in chosen if value not in known]
    if not missing:
        return list(chosen), []
    # Imported here: the naming rules read the gazetteer, which a page that filters nothing never needs.
    from events.merge.actor_names import settled_names

    settled = settled_names([*known, *missing])
    written = {value: settled[value] for value in missing if settled.get(value) in known}
    notes = [
        f"The actor “{shorten(old)}” is written “{shorten(new)}” in this table."
        for old, new in written.items()
    ]
    return list(dict.fromkeys(written.get(value, value) for value in chosen)), notes


_DEFAULT = Filters()


def parse_query(params: QueryParams | str) -> dict[str, list[str]]:
    """A query string or a mapping -> each key's list of values ("type=a&type=b" -> {"type": ["a", "b"]})."""
    if isinstance(params, str):
        return parse.parse_qs(params.lstrip("?"), keep_blank_values=True)
    return {name: [raw] if isinstance(raw, str) else list(raw) for name, raw in params.items()}


def bounded(items: Sequence[str]) -> tuple[list[str], list[str]]:
    """A parameter's values without those too long to be meant (over VALUE_MAX characters) and beyond
    the first VALUES_PER_KEY_MAX, with a note for what was left out. Cheap on any input."""
    notes = []
    kept = [item for item in items[:VALUES_PER_KEY_MAX] if len(item) <= VALUE_MAX]
    if len(items) > VALUES_PER_KEY_MAX:
        notes.append(f"only its first {VALUES_PER_KEY_MAX} values were read.")
    if len(kept) < min(len(items), VALUES_PER_KEY_MAX):
        notes.append(f"a value over {VALUE_MAX} characters was dropped.")
    return kept, notes


def shorten(text: str, width: int = 60) -> str:
    """A value as a note quotes it: at most `width` characters."""
    return text if len(text) <= width else text[: width - 1] + "…"


def whole_number(text: str, most: int) -> int | None:
    """ "12" -> 12; None for anything but ASCII digits ("²", "1e3", "-1") or a number above `most`."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(most)):
        return None
    number = int(text)
    return number if number <= most else None


@dataclass(frozen=True)
class _Key:
    """One URL key: which Filters field it carries and how its value is written and read."""

    name: str
    field: str
    encode: Callable[[Any], list[str]]
    decode: Callable[[list[str]], tuple[Any, list[str]]]


def _encode_date(value: dt.date) -> list[str]:
    return [value.isoformat()]


def _decode_date(items: list[str]) -> tuple[dt.date | None, list[str]]:
    text = items[-1].strip()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None, [f"“{shorten(text)}” is not a date like 2025-04-09."]
    if not in_table_range(day):
        return None, [f"{text} is outside the dates a table can hold ({FIRST_DAY.year}–{LAST_DAY.year})."]
    return day, _once(items)


def _encode_list(values: tuple[str, ...]) -> list[str]:
    return list(values)


def _decode_list(items: list[str]) -> tuple[tuple[str, ...], list[str]]:
    return _unique(item.strip() for item in items), []


def _decode_types(items: list[str]) -> tuple[tuple[str, ...], list[str]]:
    wanted = [item.strip().lower() for item in items if item.strip()]
    unknown = [item for item in wanted if item not in EVENT_TYPES]
    notes = [f"“{shorten(item)}” is not an event type." for item in unknown]
    return _unique(item for item in wanted if item in EVENT_TYPES), notes


def _decode_countries(items: list[str]) -> tuple[tuple[str, ...], list[str]]:
    wanted = [item.strip() for item in items if item.strip()]
    notes = [
        f"“{shorten(item)}” is not a three-letter country code like CHN."
        for item in wanted
        if not _COUNTRY_CODE.match(item)
    ]
    return _unique(item.upper() for item in wanted if _COUNTRY_CODE.match(item)), notes


def _encode_text(value: str) -> list[str]:
    return [value]


def _decode_text(items: list[str]) -> tuple[str, list[str]]:
    text = " ".join(items[-1].split())
    if len(text) > QUERY_MAX:
        return text[:QUERY_MAX], [f"the search was cut to {QUERY_MAX} characters."]
    return text, _once(items)


def _encode_int(value: int) -> list[str]:
    return [str(value)]


def _decode_min_sources(items: list[str]) -> tuple[int | None, list[str]]:
    text = items[-1].strip()
    number = whole_number(text, MIN_SOURCES_MAX)
    if number is None or number < 1:
        return None, [f"“{shorten(text)}” is not a whole number of sources from 1 to {MIN_SOURCES_MAX:,}."]
    return number, _once(items)


def _encode_flag(value: bool) -> list[str]:
    return ["1" if value else "0"]


def _decode_flag(items: list[str]) -> tuple[bool | None, list[str]]:
    text = items[-1].strip().lower()
    if text in _TRUE:
        return True, _once(items)
    if text in _FALSE:
        return False, _once(items)
    return None, [f"“{shorten(items[-1])}” is not 1 or 0."]


def _once(items: list[str]) -> list[str]:
    return ["given more than once; the last value was used."] if len(items) > 1 else []


_KEYS = (
    _Key("from", "start", _encode_date, _decode_date),
    _Key("to", "end", _encode_date, _decode_date),
    _Key("type", "types", _encode_list, _decode_types),
    _Key("actor", "actors", _encode_list, _decode_list),
    _Key("country", "countries", _encode_list, _decode_countries),
    _Key("place", "locations", _encode_list, _decode_list),
    _Key("outlet", "outlets", _encode_list, _decode_list),
    _Key("q", "query", _encode_text, _decode_text),
    _Key("min_sources", "min_sources", _encode_int, _decode_min_sources),
    _Key("contested", "contested_only", _encode_flag, _decode_flag),
    _Key("background", "include_background", _encode_flag, _decode_flag),
    _Key("country_named", "named_countries_only", _encode_flag, _decode_flag),
)
FILTER_KEYS = tuple(key.name for key in _KEYS)
assert {key.field for key in _KEYS} == {f.name for f in fields(Filters)}


def _unique(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))


def outlet_labels(sources: pd.DataFrame) -> dict[str, str]:
    """article file -> how readers name its outlet (the file name when the outlet is unknown)."""
    outlets = sources["outlet"].where(sources["outlet"] != "", sources["article"])
    return dict(zip(sources["article"], outlets, strict=True))


def event_outlets(events: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """Each event's outlets as a `;`-joined cell, in the order of its sources."""
    labels = outlet_labels(sources)
    # Many events share a source list: name the outlets of each distinct list once.
    codes, cells = pd.factorize(events["sources"])
    named = [
        LIST_SEPARATOR.join(dict.fromkeys(labels.get(article, article) for article in split_list(cell)))
        for cell in cells
    ]
    joined = np.array(named, dtype=object)[codes] if len(codes) else np.array([], dtype=object)
    return pd.Series(joined, index=events.index, dtype="str")


def explode_cells(cells: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """`;`-joined cells -> (the position of each item's cell, the items); empty items are dropped.

    Done in pyarrow: splitting a million cells with pandas' str.split().explode() takes seconds.
    """
    lists = pc.split_pattern(pa.array(cells.fillna("").astype("str")), pattern=LIST_SEPARATOR)
    positions = np.asarray(pc.list_parent_indices(lists), dtype=np.int64)
    items = pd.Series(pd.array(pc.list_flatten(lists), dtype="str"))
    present = (items != "").to_numpy(bool)
    return positions[present], items[present].reset_index(drop=True)


def has_any(cells: pd.Series, values: Collection[str]) -> pd.Series:
    """Whether each `;`-joined cell holds at least one of `values` (whole items, not substrings)."""
    if not values:
        return pd.Series(False, index=cells.index)
    # One pass of a regex (RE2 in pyarrow): "(?:^|;)(?:Russia|Lin Jian)(?:;|$)".
    either = "|".join(re.escape(value) for value in values)
    pattern = f"(?:^|{LIST_SEPARATOR})(?:{either})(?:{LIST_SEPARATOR}|$)"
    return cells.fillna("").str.contains(pattern, regex=True)


def is_in(values: pd.Series, chosen: pd.Series | Collection[str]) -> np.ndarray:
    """values.isin(chosen) for text, hashed in pyarrow: pandas' own isin is slow for many chosen values."""
    if len(chosen) == 0 or len(values) == 0:
        return np.zeros(len(values), dtype=bool)
    wanted = (
        pa.array(chosen.astype("str"))
        if isinstance(chosen, pd.Series)
        else pa.array(list(chosen), pa.string())
    )
    found = pc.is_in(pa.array(values.astype("str")), value_set=wanted)
    return np.asarray(found.fill_null(False), dtype=bool)


# What `country_basis` says of an event whose countries no sentence names: they are inferred from where
# its reports are set. Tables written before the column read "" there (OPTIONAL_COLUMNS): their
# countries are kept as named, since nothing says they were inferred.
REPORT_BASIS = "report"


def countries_read(events: pd.DataFrame, named_only: bool) -> pd.Series:
    """Each event's `countries` cell as the filters read it: "" for an event whose countries are
    inferred (country_basis "report") when only named countries count, else the stored cell."""
    if not named_only or "country_basis" not in events.columns:
        return events["countries"]
    return events["countries"].where(events["country_basis"] != REPORT_BASIS, "")


def countries_as_read(tables: Tables, filters: Filters) -> Tables:
    """The tables with each event's countries as the filters read them (`countries_read`): what a view
    counts or draws per country (facet counts, the actors and countries page, the timeline's country
    lanes, the HTML export) reads these. The stored cells are what the filtered tables keep."""
    events = tables.events
    if not filters.named_countries_only or not {"countries", "country_basis"} <= set(events.columns):
        return tables
    read = countries_read(events, named_only=True)
    return Tables(events.assign(countries=read), tables.mentions, tables.sources)


def _event_mask(tables: Tables, filters: Filters) -> pd.Series:
    events = tables.events
    mask = pd.Series(True, index=events.index)
    if not filters.include_background:
        mask &= ~events["background"]
    if filters.start is not None:
        mask &= events["date_end"] >= pd.Timestamp(filters.start)
    if filters.end is not None:
        mask &= events["date"] <= pd.Timestamp(filters.end)
    if filters.min_sources > 1:
        mask &= events["n_sources"] >= filters.min_sources
    if filters.contested_only:
        mask &= events["contested"]
    if filters.types:
        mask &= is_in(events["event_type"], filters.types)
    for facet in ("actor", "place"):
        chosen = filters.facet(facet)
        if chosen:
            mask &= has_any(events[FACET_COLUMNS[facet]], chosen)
    if filters.countries:
        mask &= has_any(countries_read(events, filters.named_countries_only), filters.countries)
    if filters.outlets:
        mask &= has_any(event_outlets(events, tables.sources), filters.outlets)
    if filters.query:
        mask &= _matches_text(tables, filters.query)
    return mask


def _matches_text(tables: Tables, query: str) -> pd.Series:
    """Case-insensitive search in titles and in the sentences that report each event."""
    events, mentions = tables.events, tables.mentions
    in_title = events["title"].str.contains(query, case=False, regex=False)
    hits = mentions.loc[mentions["sentence"].str.contains(query, case=False, regex=False), "event_id"]
    return in_title | is_in(events["event_id"], hits)


def apply_filters(tables: Tables, filters: Filters) -> Tables:
    """The events that pass the filters, with only their mentions and the sources those cite."""
    events = tables.events[_event_mask(tables, filters)]
    return _restrict(tables, events)


def _restrict(tables: Tables, events: pd.DataFrame) -> Tables:
    if len(events) == len(tables.events):
        return Tables(events=events, mentions=tables.mentions, sources=tables.sources)
    mentions = tables.mentions[is_in(tables.mentions["event_id"], events["event_id"])]
    # Few distinct source lists and articles even in a big table: split those, not every row.
    cited = {article for cell in pd.unique(events["sources"]) for article in str(cell).split(LIST_SEPARATOR)}
    cited |= set(pd.unique(mentions["article"]))
    sources = tables.sources[is_in(tables.sources["article"], cited)]
    return Tables(events=events, mentions=mentions, sources=sources)


def facet_values(tables: Tables, facet: str) -> pd.Series:
    """One row per (event, option) of a facet, indexed by the event's row label."""
    events = tables.events
    if facet == "type":
        return events["event_type"]
    cells = event_outlets(events, tables.sources) if facet == "outlet" else events[FACET_COLUMNS[facet]]
    positions, items = explode_cells(cells)
    return pd.Series(items.array, index=events.index[positions])


def facet_options(tables: Tables) -> dict[str, list[str]]:
    """Every option of every facet in the whole table, most common first (types in schema order)."""
    present = set(pd.unique(tables.events["event_type"]))
    options: dict[str, list[str]] = {"type": [t for t in EVENT_TYPES if t in present]}
    for facet in FACETS[1:]:
        options[facet] = list(facet_values(tables, facet).value_counts(sort=True).index)
    return options


@dataclass(frozen=True)
class FacetCounts:
    """How many events each choice would leave, given every other current choice."""

    options: dict[str, dict[str, int]]
    contested: int
    background: int
    min_sources: dict[int, int]
    total: int
    # Of the events shown with every choice but "only named countries", those whose countries are
    # inferred from where their reports are set (what that choice reads as none).
    report_countries: int = 0


def facet_counts(tables: Tables, filters: Filters) -> FacetCounts:
    """Datasette-style counts: for each option, the events left if it were the (added) choice.

    Each facet is counted with its own choice cleared, so that options stay comparable and a zero
    means "choosing this shows nothing" rather than "not chosen".
    """
    all_options = facet_options(tables)
    options: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        others = filters.with_facet(facet, ())
        kept = Tables(tables.events[_event_mask(tables, others)], tables.mentions, tables.sources)
        counted = facet_values(countries_as_read(kept, filters) if facet == "country" else kept, facet)
        counted = counted.value_counts()
        options[facet] = {option: int(counted.get(option, 0)) for option in all_options[facet]}
    without_contested = tables.events[_event_mask(tables, replace(filters, contested_only=False))]
    with_background = tables.events[_event_mask(tables, replace(filters, include_background=True))]
    any_sources = tables.events[_event_mask(tables, replace(filters, min_sources=1))]
    most = int(any_sources["n_sources"].max()) if len(any_sources) else 1
    by_sources = {k: int((any_sources["n_sources"] >= k).sum()) for k in range(1, max(most, 1) + 1)}
    shown = _event_mask(tables, filters)
    any_basis = (
        _event_mask(tables, replace(filters, named_countries_only=False)) if filters.countries else shown
    )
    return FacetCounts(
        options=options,
        contested=int(without_contested["contested"].sum()),
        background=int(with_background["background"].sum()),
        min_sources=by_sources,
        total=int(shown.sum()),
        report_countries=int((any_basis & (tables.events["country_basis"] == REPORT_BASIS)).sum()),
    )


def date_bounds(events: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """The first and last day any event covers, or None for an empty table."""
    if events.empty:
        return None
    return events["date"].min().date(), events["date_end"].max().date()
