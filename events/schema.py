"""One schema for each stored table (events, mentions, sources), checked by the writer and the loader."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import pandera.pandas as pa

# The kinds of happening, each defined once with the nearest CAMEO root code (Conflict and Mediation
# Event Observations, Gerner et al. 2002) so that researchers can map the table onto theirs.
# docs/event_types.md shows the same table with examples.
EVENT_TYPE_DEFINITIONS: dict[str, tuple[str, str]] = {
    "capture": (
        "fighters or soldiers taken prisoner in war, ships or aircraft seized",
        "18 Assault (181 abduct, take hostage)",
    ),
    "claim": ("an assertion about another party's acts, by a speaker", "11 Disapprove (112 accuse)"),
    "denial": ("a speaker rejects a claim or an accusation", "01 Make public statement (016 deny)"),
    "statement": ("other public remarks: positions, appeals, warnings", "01 Make public statement"),
    "attack": ("a strike, shelling, bombing or raid by armed forces", "19 Fight"),
    "offensive": ("an invasion, offensive or incursion begins", "19 Fight (192 occupy territory)"),
    "deployment": ("troops or weapons sent or moved", "15 Exhibit force posture"),
    "casualties": ("people killed or wounded in fighting or violence", "19 Fight"),
    "recruitment": ("fighters recruited or enlisted", "15 Exhibit force posture (154 mobilise)"),
    "exchange": ("prisoners or captives swapped or released", "08 Yield (084 return, release)"),
    "sanction": ("sanctions, embargoes or asset freezes imposed", "16 Reduce relations (163 sanctions)"),
    "diplomacy": ("talks, visits, envoys, summonses, negotiations", "04 Consult"),
    "election": ("a vote held, counted or won; a referendum", "none (CAMEO codes no elections)"),
    "protest": ("demonstrations, rallies, strikes, riots", "14 Protest"),
    "arrest": ("people arrested, detained or taken into custody", "17 Coerce (173 arrest, detain)"),
    "legal": ("charges, lawsuits, trials, rulings, convictions, sentences", "17 Coerce (173) / 11 (115 sue)"),
    "agreement": ("a deal, treaty or ceasefire signed or agreed", "05 Diplomatic cooperation (057 sign)"),
    "leadership": (
        "coups, resignations, ousters, appointments, swearing-in",
        "08 Yield (083 leadership change)",
    ),
    "disaster": ("earthquakes, floods, storms, fires, spills, epidemics", "none (CAMEO codes no disasters)"),
    "policy": (
        "laws, bans, tariffs, export controls, moratoriums, curfews",
        "16 Reduce relations (when aimed abroad)",
    ),
    "other": ("a dated act of no type above", "none"),
}
EVENT_TYPES = tuple(EVENT_TYPE_DEFINITIONS)
# Types that are somebody's words rather than deeds; one speaker's remarks of a day are one event.
SPEECH_EVENT_TYPES = ("claim", "denial", "statement")
PRECISIONS = ("day", "week", "month", "season", "quarter", "year")
# How an event's (or a mention's) date was worked out, from most to least direct.
DATE_BASES = ("explicit", "resolved", "context", "publication")
PUBLISHED_BASES = ("given", "text", "inferred")

LIST_SEPARATOR = ";"
TITLE_MAX = 90
# The days a table can hold: pandas' nanosecond timestamps end in 1677 and 2262. A date outside is
# kept as text with a reason (see events.engines.local), never stored.
FIRST_DAY = dt.date(1678, 1, 1)
LAST_DAY = dt.date(2261, 12, 31)
# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

EVENT_COLUMNS = [
    "event_id",
    "date",
    "date_end",
    "precision",
    "event_type",
    "title",
    "actors",
    "countries",
    "locations",
    "figures",
    "sources",
    "n_sources",
    "contested",
    "background",
    "planned",
    "confidence",
    "date_basis",
    "date_reason",
    "linked",
    "reviewed",
]
MENTION_COLUMNS = [
    "event_id",
    "article",
    "sentence",
    "start",
    "end",
    "date_text",
    "date_basis",
    "date_reason",
    "figures",
]
SOURCE_COLUMNS = [
    "article",
    "outlet",
    "title",
    "url",
    "published",
    "published_basis",
    "published_evidence",
    "sha256",
    "notes",
]
# Columns a table written before they existed may lack: read as this value.
OPTIONAL_COLUMNS: dict[str, dict[str, str | bool]] = {"sources": {"notes": ""}, "events": {"reviewed": False}}

# Columns that hold several values joined by LIST_SEPARATOR ("Ukraine;China").
LIST_COLUMNS = ("actors", "countries", "locations", "figures", "sources", "linked")


# Built on first use: pandera costs a third of a second to import, which a command that only reads the
# stored tables (keydates, print, export) never needs to pay.
@functools.cache
def schemas() -> dict[str, pa.DataFrameSchema]:
    """The pandera schema of each stored table."""
    import pandera.pandas as pa

    def _text(nullable: bool = False) -> pa.Column:
        return pa.Column(str, nullable=nullable)

    events_schema = pa.DataFrameSchema(
        {
            "event_id": pa.Column(str, pa.Check.str_matches(r"^ev-[0-9a-f]{10}$"), unique=True),
            "date": pa.Column("datetime64[ns]"),
            "date_end": pa.Column("datetime64[ns]"),
            "precision": pa.Column(str, pa.Check.isin(PRECISIONS)),
            "event_type": pa.Column(str, pa.Check.isin(EVENT_TYPES)),
            "title": pa.Column(str, pa.Check.str_length(1, TITLE_MAX)),
            "actors": _text(),
            "countries": _text(),
            "locations": _text(),
            "figures": _text(),
            "sources": pa.Column(str, pa.Check.str_length(min_value=1)),
            "n_sources": pa.Column(int, pa.Check.ge(1)),
            "contested": pa.Column(bool),
            "background": pa.Column(bool),
            "planned": pa.Column(bool),
            "confidence": pa.Column(float, pa.Check.in_range(0.0, 1.0)),
            "date_basis": pa.Column(str, pa.Check.isin(DATE_BASES)),
            "date_reason": _text(),
            "linked": _text(),
            # An analyst accepted the event as extracted (or as corrected): set by "accept" corrections only,
            # so tables written before the column existed read as not reviewed (OPTIONAL_COLUMNS).
            "reviewed": pa.Column(bool),
        },
        checks=[pa.Check(lambda df: (df["date_end"] >= df["date"]).all(), error="date_end before date")],
        strict=True,
        ordered=True,
        coerce=True,
    )

    mentions_schema = pa.DataFrameSchema(
        {
            "event_id": pa.Column(str, pa.Check.str_matches(r"^ev-[0-9a-f]{10}$")),
            "article": pa.Column(str, pa.Check.str_length(min_value=1)),
            "sentence": pa.Column(str, pa.Check.str_length(min_value=1)),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(0)),
            "date_text": _text(),
            "date_basis": pa.Column(str, pa.Check.isin(DATE_BASES)),
            "date_reason": _text(),
            "figures": _text(),
        },
        checks=[pa.Check(lambda df: (df["end"] > df["start"]).all(), error="end not after start")],
        strict=True,
        ordered=True,
        coerce=True,
    )

    sources_schema = pa.DataFrameSchema(
        {
            "article": pa.Column(str, pa.Check.str_length(min_value=1), unique=True),
            "outlet": _text(),
            "title": _text(),
            "url": _text(),
            "published": pa.Column("datetime64[ns]"),
            "published_basis": pa.Column(str, pa.Check.isin(PUBLISHED_BASES)),
            "published_evidence": _text(),
            "sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
            "notes": _text(),
        },
        strict=True,
        ordered=True,
        coerce=True,
    )

    return {"events": events_schema, "mentions": mentions_schema, "sources": sources_schema}


COLUMNS = {"events": EVENT_COLUMNS, "mentions": MENTION_COLUMNS, "sources": SOURCE_COLUMNS}
DATE_COLUMNS = {"events": ("date", "date_end"), "mentions": (), "sources": ("published",)}


@dataclass(frozen=True)
class Tables:
    """The three tables a build produces; `events` is the one every view reads."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    sources: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [("events", self.events), ("mentions", self.mentions), ("sources", self.sources)]


def join_list(values: Iterable[str]) -> str:
    """["Ukraine", "China"] -> "Ukraine;China", keeping first-seen order and dropping repeats and blanks."""
    seen: dict[str, None] = {}
    for value in values:
        cleaned = value.replace(LIST_SEPARATOR, ",").strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return LIST_SEPARATOR.join(seen)


def in_table_range(day: dt.date) -> bool:
    """Whether a table can hold the day (see FIRST_DAY)."""
    return FIRST_DAY <= day <= LAST_DAY


def neutralise_cell(value: str) -> str:
    """ "=HYPERLINK(...)" -> "'=HYPERLINK(...)": shown as text by spreadsheets, not evaluated."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def restore_cell(value: str) -> str:
    """The inverse of `neutralise_cell`, for CSV files this project wrote and reads back."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def split_list(cell: object) -> list[str]:
    """ "Ukraine;China" -> ["Ukraine", "China"]; empty or missing cells give []."""
    if not isinstance(cell, str) or not cell:
        return []
    return [part for part in cell.split(LIST_SEPARATOR) if part]


# The dtype of each column that is not text (str), as the schemas coerce them; `empty_table` needs no
# pandera for them (tests/test_schema_dtypes.py checks they agree with the schemas).
NON_TEXT_DTYPES: dict[str, dict[str, str]] = {
    "events": {
        "date": "datetime64[ns]",
        "date_end": "datetime64[ns]",
        "n_sources": "int64",
        "contested": "bool",
        "background": "bool",
        "planned": "bool",
        "confidence": "float64",
        "reviewed": "bool",
    },
    "mentions": {"start": "int64", "end": "int64"},
    "sources": {"published": "datetime64[ns]"},
}


def empty_table(name: str) -> pd.DataFrame:
    """A table with no rows but the right columns and dtypes."""
    dtypes = NON_TEXT_DTYPES[name]
    return pd.DataFrame({column: pd.Series(dtype=dtypes.get(column, "str")) for column in COLUMNS[name]})


def with_optional_columns(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with the optional columns it lacks added (in schema order) at their default value."""
    missing = {c: v for c, v in OPTIONAL_COLUMNS.get(name, {}).items() if c not in frame.columns}
    if not missing:
        return frame
    frame = frame.assign(**{column: value for column, value in missing.items()})
    known = [c for c in COLUMNS[name] if c in frame.columns]
    return frame[known + [c for c in frame.columns if c not in known]]


@functools.cache
def _text_columns(name: str) -> tuple[str, ...]:
    """The columns of a table that hold text (str), as its schema says."""
    columns = schemas()[name].columns.items()
    return tuple(c for c, spec in columns if isinstance(spec.dtype.type, pd.StringDtype))


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Check (and coerce) a table against its schema; raises pandera's SchemaErrors on mismatch.

    Missing text cells (NaN after a CSV round trip) become "" so that text columns hold only str.
    """
    schema = schemas()[name]
    frame = with_optional_columns(name, frame.copy())
    for column in DATE_COLUMNS[name]:
        if column in frame:
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    for column in _text_columns(name):
        if column in frame:
            frame[column] = frame[column].fillna("").astype(str)
    return schema.validate(frame, lazy=True)
