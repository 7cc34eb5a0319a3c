"""One schema for each stored table (events, mentions, sources), checked by the writer and the loader."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    import pandera.errors
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
# How an event's countries were found: "named" by a sentence that reports it; "report", inferred
# because no sentence names one: the country its reports are set in (their dateline and places), else the
# one country the table's other events name for its people and state bodies; "" when it has none.
COUNTRY_BASES = ("named", "report", "")

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
    "country_basis",
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
OPTIONAL_COLUMNS: dict[str, dict[str, str | bool]] = {
    "sources": {"notes": ""},
    "events": {"country_basis": "", "reviewed": False},
}

# Columns that hold several values joined by LIST_SEPARATOR ("Ukraine;China").
LIST_COLUMNS = ("actors", "countries", "locations", "figures", "sources", "linked")


@dataclass(frozen=True)
class Rule:
    """What every cell of one column must be: its dtype, never missing, and each check given here.

    Each check is one of pandera's built-in checks (named beside it), so that the pandera schema
    (`schemas`) and the plain check of a table already of the right dtypes (`_conforms`) are made
    from the same declaration and judge alike."""

    dtype: str = "str"  # as the schema coerces to: "str" (text), or one of NON_TEXT_DTYPES' values
    matches: str = ""  # Check.str_matches: matched from the cell's start (Series.str.match)
    one_of: tuple[str, ...] = ()  # Check.isin
    length: tuple[int, int | None] | None = None  # Check.str_length(min, max)
    at_least: float | None = None  # Check.ge, or Check.in_range with `at_most`
    at_most: float | None = None
    unique: bool = False


_EVENT_ID = r"^ev-[0-9a-f]{10}$"
_TEXT = Rule()
_SOME_TEXT = Rule(length=(1, None))

RULES: dict[str, dict[str, Rule]] = {
    "events": {
        "event_id": Rule(matches=_EVENT_ID, unique=True),
        "date": Rule("datetime64[ns]"),
        "date_end": Rule("datetime64[ns]"),
        "precision": Rule(one_of=PRECISIONS),
        "event_type": Rule(one_of=EVENT_TYPES),
        "title": Rule(length=(1, TITLE_MAX)),
        "actors": _TEXT,
        "countries": _TEXT,
        # Tables written before the column read as "" (OPTIONAL_COLUMNS): how their countries were
        # found is not known.
        "country_basis": Rule(one_of=COUNTRY_BASES),
        "locations": _TEXT,
        "figures": _TEXT,
        "sources": _SOME_TEXT,
        "n_sources": Rule("int64", at_least=1),
        "contested": Rule("bool"),
        "background": Rule("bool"),
        "planned": Rule("bool"),
        "confidence": Rule("float64", at_least=0.0, at_most=1.0),
        "date_basis": Rule(one_of=DATE_BASES),
        "date_reason": _TEXT,
        "linked": _TEXT,
        # An analyst accepted the event as extracted (or as corrected): set by "accept" corrections only,
        # so tables written before the column existed read as not reviewed (OPTIONAL_COLUMNS).
        "reviewed": Rule("bool"),
    },
    "mentions": {
        "event_id": Rule(matches=_EVENT_ID),
        "article": _SOME_TEXT,
        "sentence": _SOME_TEXT,
        "start": Rule("int64", at_least=0),
        "end": Rule("int64", at_least=0),
        "date_text": _TEXT,
        "date_basis": Rule(one_of=DATE_BASES),
        "date_reason": _TEXT,
        "figures": _TEXT,
    },
    "sources": {
        "article": Rule(length=(1, None), unique=True),
        "outlet": _TEXT,
        "title": _TEXT,
        "url": _TEXT,
        "published": Rule("datetime64[ns]"),
        "published_basis": Rule(one_of=PUBLISHED_BASES),
        "published_evidence": _TEXT,
        "sha256": Rule(matches=r"^[0-9a-f]{64}$"),
        "notes": _TEXT,
    },
}
# Checks across columns: (later, earlier, whether it must be strictly later, the error's words).
ORDER_RULES: dict[str, tuple[str, str, bool, str]] = {
    "events": ("date_end", "date", False, "date_end before date"),
    "mentions": ("end", "start", True, "end not after start"),
}


# Built on first use: pandera costs a third of a second to import, which a command that only reads the
# stored tables (keydates, print, export), or a table that passes `_conforms`, never needs to pay.
@functools.cache
def schemas() -> dict[str, pa.DataFrameSchema]:
    """The pandera schema of each stored table, made from RULES and ORDER_RULES."""
    import pandera.pandas as pa

    def column(rule: Rule) -> pa.Column:
        checks = []
        if rule.matches:
            checks.append(pa.Check.str_matches(rule.matches))
        if rule.one_of:
            checks.append(pa.Check.isin(rule.one_of))
        if rule.length is not None:
            low, high = rule.length
            checks.append(pa.Check.str_length(min_value=low, max_value=high))  # one number is an exact length
        if rule.at_least is not None and rule.at_most is not None:
            checks.append(pa.Check.in_range(rule.at_least, rule.at_most))
        elif rule.at_least is not None:
            checks.append(pa.Check.ge(rule.at_least))
        dtype: Any = {"str": str, "int64": int, "bool": bool, "float64": float}.get(rule.dtype, rule.dtype)
        return pa.Column(dtype, checks, unique=rule.unique)

    def ordered(name: str) -> list[pa.Check]:
        if name not in ORDER_RULES:
            return []
        later, earlier, strictly, error = ORDER_RULES[name]
        if strictly:
            return [pa.Check(lambda df: (df[later] > df[earlier]).all(), error=error)]
        return [pa.Check(lambda df: (df[later] >= df[earlier]).all(), error=error)]

    return {
        name: pa.DataFrameSchema(
            {column_name: column(rule) for column_name, rule in rules.items()},
            checks=ordered(name),
            strict=True,
            ordered=True,
            coerce=True,
        )
        for name, rules in RULES.items()
    }


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
    name: {column: rule.dtype for column, rule in rules.items() if rule.dtype != "str"}
    for name, rules in RULES.items()
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


def schema_errors() -> type[pandera.errors.SchemaErrors]:
    """What `validate` raises for a table that fails its schema, imported only when asked for: name it
    in an `except` clause, which is evaluated only when an exception is raised."""
    import pandera.errors

    return pandera.errors.SchemaErrors


def any_schema_error() -> tuple[type[pandera.errors.SchemaError], type[pandera.errors.SchemaErrors]]:
    """`schema_errors` and the single error pandera raises when not checking lazily."""
    import pandera.errors

    return pandera.errors.SchemaError, pandera.errors.SchemaErrors


def _text_columns(name: str) -> tuple[str, ...]:
    """The columns of a table that hold text (str), as its schema says."""
    return tuple(column for column, rule in RULES[name].items() if rule.dtype == "str")


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Check (and coerce) a table against its schema; raises pandera's SchemaErrors on mismatch.

    Missing text cells (NaN after a CSV round trip) become "" so that text columns hold only str. A
    table already of the schema's columns and dtypes is checked by `_conforms`, without pandera (a
    sixth of a second to import, and more to check, in an add of one article to thousands); one that
    fails there, or needs coercing, is checked by pandera, whose verdict and message stand.
    """
    # Columns are replaced below, never written into: the caller's frame stays as it was.
    frame = _dates_and_text(name, with_optional_columns(name, frame.copy(deep=False)))
    if _conforms(name, frame):
        return frame
    return schemas()[name].validate(frame, lazy=True)


def coerce_columns(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Some of a table's columns in the schema's dtypes, coerced as `validate` coerces them (dates,
    text with a missing cell as "", the other columns cast), without its checks: for a reader of a few
    columns of a stored table (the rows were checked whole when they were written). The caller's frame
    stays as it was."""
    frame = _dates_and_text(name, frame.copy(deep=False))
    casts: dict[str, Any] = {
        column: dtype
        for column, dtype in NON_TEXT_DTYPES[name].items()
        if column in frame and column not in DATE_COLUMNS[name] and frame[column].dtype != np.dtype(dtype)
    }
    return frame.astype(casts) if casts else frame


def _dates_and_text(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (a copy the caller owns) with its date columns as datetime64[ns] and its text columns as
    str, a missing cell as ""."""
    for column in DATE_COLUMNS[name]:
        if column in frame and frame[column].dtype != _DATETIME:
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    for column in _text_columns(name):
        if column in frame and (frame[column].dtype != _TEXT_DTYPE or frame[column].hasnans):
            frame[column] = frame[column].fillna("").astype(str)
    return frame


_DATETIME = np.dtype("datetime64[ns]")
_TEXT_DTYPE = pd.Series([], dtype="str").dtype  # what pandas makes of "str" (and pandera coerces to)


def _conforms(name: str, frame: pd.DataFrame) -> bool:
    """Whether the table passes every check of its schema as it is: its columns in order, of the
    schema's dtypes (nothing to coerce), no cell missing, each RULES check and the ORDER_RULES check
    true of every row, computed as pandera's built-in checks compute them. False says only "ask
    pandera", which then reports what is wrong."""
    rules = RULES[name]
    if list(frame.columns) != list(rules):
        return False
    for column, rule in rules.items():
        values = frame[column]
        if values.dtype != (_TEXT_DTYPE if rule.dtype == "str" else np.dtype(rule.dtype)) or values.hasnans:
            return False
        if rule.matches and not values.str.match(rule.matches, na=False).all():
            return False
        if rule.one_of and not values.isin(rule.one_of).all():
            return False
        if rule.length is not None:
            low, high = rule.length
            lengths = values.str.len()
            if not (lengths >= low).all() or (high is not None and not (lengths <= high).all()):
                return False
        if rule.at_least is not None and not (values >= rule.at_least).all():
            return False
        if rule.at_most is not None and not (values <= rule.at_most).all():
            return False
        if rule.unique and values.duplicated().any():
            return False
    if name in ORDER_RULES:
        later, earlier, strictly, _error = ORDER_RULES[name]
        after = frame[later] > frame[earlier] if strictly else frame[later] >= frame[earlier]
        if not after.all():
            return False
    return True
