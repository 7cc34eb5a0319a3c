"""A download's data made on click from the filtered events, written a piece at a time."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable

from events.query.exports import export_file_name, write_source
from events.query.filters import Filters
from events.query.frames import TableQuery


def streamed_export(query: TableQuery, filters: Filters, fmt: str) -> Callable[[], bytes]:
    """The export of the filtered events in format `fmt`, made only when its button is clicked.

    Streamlit 1.67 takes a download's data whole (bytes, a string, or a file it reads at once; no
    generator), so the export is written piece by piece into a temporary file and read back once: the
    filtered table is never whole in memory (a big table's pieces are read from the stored files), and
    the file exists once, not as pieces, text and bytes.
    """

    def make() -> bytes:
        with tempfile.TemporaryFile() as out:
            write_source(query.export_source(filters), fmt, out)
            out.seek(0)
            return out.read()

    return make


# Long enough for a few filters, short enough for every file system (255 bytes) and a download bar.
STEM_MAX = 80


def filtered_file_name(fmt: str, filters: Filters, stem: str = "events") -> str:
    """A download's file name that says which filters made it: `events.csv` for the whole table,
    `events_type-claim_actor-tony-hayward.csv` for a filtered one, so that two exports of different
    views neither overwrite each other nor pass for one another."""
    parts = ["-".join([key, *values]) for key, values in filters.to_query().items() if values]
    slug = re.sub(r"[^a-z0-9_]+", "-", "_".join(parts).lower()).strip("-_")
    named = f"{stem}_{slug}"[:STEM_MAX].rstrip("-_") if slug else stem
    return export_file_name(fmt, named)
