"""A download's data made on click from the filtered events, written a piece at a time."""

from __future__ import annotations

import tempfile
from collections.abc import Callable

from events.query.exports import write_source
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
