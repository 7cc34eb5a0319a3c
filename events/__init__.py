"""News articles -> dated, sourced, de-duplicated events. No Streamlit here: usable from any script.

from events import build, load_tables, find_dates
build(Path("data"))                       # articles -> data/events.csv, mentions.csv, sources.csv
tables = load_tables(Path("data"))        # the schema-checked event, mention and source tables
find_dates("said on Tuesday", date(2025, 4, 9))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from events.errors import CurationError, DataError, DuplicateArticle, EventsError, InputError

if TYPE_CHECKING:
    from events.engines.local import build_tables
    from events.extract.dates import DateMention, find_dates
    from events.extract.entities import Entity, load_gazetteer
    from events.schema import Tables
    from events.store import load_tables, write_tables
    from events.store.build import build

# Imported on first use: every `python -m events ...` command and every `events.x.y` import runs this
# file first, and loading the build engine, the extractors and pandera for a command that only reads
# the tables (keydates, export) costs most of a second.
_LAZY = {
    "build_tables": "events.engines.local",
    "DateMention": "events.extract.dates",
    "find_dates": "events.extract.dates",
    "Entity": "events.extract.entities",
    "load_gazetteer": "events.extract.entities",
    "Tables": "events.schema",
    "load_tables": "events.store",
    "write_tables": "events.store",
    "build": "events.store.build",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'events' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "CurationError",
    "DataError",
    "DateMention",
    "DuplicateArticle",
    "Entity",
    "EventsError",
    "InputError",
    "Tables",
    "build",
    "build_tables",
    "find_dates",
    "load_gazetteer",
    "load_tables",
    "write_tables",
]
