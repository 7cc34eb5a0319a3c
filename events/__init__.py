"""News articles -> dated, sourced, de-duplicated events. No Streamlit here: usable from any script.

from events import build, load_tables, find_dates
build(Path("data"))                       # articles -> data/events.csv, mentions.csv, sources.csv
tables = load_tables(Path("data"))        # the schema-checked event, mention and source tables
find_dates("said on Tuesday", date(2025, 4, 9))
"""

from events.engines.local import build_tables
from events.errors import CurationError, DataError, DuplicateArticle, EventsError, InputError
from events.extract.dates import DateMention, find_dates
from events.extract.entities import Entity, load_gazetteer
from events.schema import Tables
from events.store import load_tables, write_tables
from events.store.build import build

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
