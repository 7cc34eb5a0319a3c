"""A download's data made on click from the filtered events, written a piece at a time, saying inside
the file which filters and data version made it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from events.query.exports import ExportOrigin, export_file_name, write_source
from events.query.filters import Filters
from events.query.frames import TableQuery
from events.query.views import State

# A CSV cannot say inside itself what made it: comment lines would break a plain `read_csv` and show as
# rows in a spreadsheet, and a `comment="#"` reader would cut any row at a '#' in an unquoted cell (a
# hashtag in a title). So the plain CSV stays a plain CSV, named after its filters, and a second download,
# CSV_BUNDLE, is a zip of that same table with the filters beside it in a file of their own.
CSV_BUNDLE = "csv-zip"
CSV_TABLE = "events.csv"
CSV_ORIGIN = "filters.csv"


def link_base() -> str:
    """The dashboard's address (scheme and host), for links in a file read outside it ("" unknown)."""
    parts = urlsplit(st.context.url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


def export_origin(state: State, version: str, page: str = "") -> ExportOrigin:
    """What made an export made now: the view `state` of dashboard page `page` over data version
    `version`; the file's link reopens that view (its filters and the page's view keys)."""
    return ExportOrigin(
        filters=state.filters, version=version, made=now(), page=page, view=state.view, base=link_base()
    )


def now() -> str:
    """The time an export says it was made."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def streamed_export(
    query: TableQuery, state: State, fmt: str, version: str = "", page: str = ""
) -> Callable[[], bytes]:
    """The export of the events of view `state` (of dashboard page `page`) in format `fmt`, made only
    when its button is clicked, in the page's order (the chronology's newest first), saying inside which
    filters, view and data version made it; `fmt` CSV_BUNDLE is the CSV table zipped with `filters.csv`
    beside it (a plain CSV has no place for them).

    Streamlit 1.67 takes a download's data whole (bytes, a string, or a file it reads at once; no
    generator), so the export is written piece by piece into a temporary file and read back once: the
    filtered table is never whole in memory (a big table's pieces are read from the stored files), and
    the file exists once, not as pieces, text and bytes.
    """

    filters = state.filters
    origin = export_origin(state, version, page)  # the address is read now, in the page's run

    def make() -> bytes:
        origin_now = replace(origin, made=now())  # made on click, not when the page was drawn
        source = replace(query.export_source(filters, newest_first=origin.newest_first), origin=origin_now)
        with tempfile.TemporaryFile() as out:
            if fmt == CSV_BUNDLE:
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
                    # Dated now, not 1980 (zipfile's default for an entry written as a stream).
                    entry = zipfile.ZipInfo(CSV_TABLE, time.gmtime()[:6])
                    entry.compress_type = zipfile.ZIP_DEFLATED
                    with bundle.open(entry, "w", force_zip64=True) as table:
                        write_source(source, "csv", table)  # type: ignore[arg-type]
                    rows = origin_now.rows(source.count)
                    frame = pd.DataFrame(rows, columns=["what", "value"])
                    bundle.writestr(CSV_ORIGIN, frame.to_csv(index=False, lineterminator="\n"))
            else:
                write_source(source, fmt, out)
            out.seek(0)
            return out.read()

    return make


# Long enough for a few filters, short enough for every file system (255 bytes) and a download bar.
STEM_MAX = 80


def filtered_file_name(fmt: str, filters: Filters, stem: str = "events") -> str:
    """A download's file name that says which filters made it: `events.csv` for the whole table,
    `events_type-claim_actor-tony-hayward.csv` for a filtered one, so that two exports of different
    views neither overwrite each other nor pass for one another; CSV_BUNDLE's is `....csv.zip`."""
    parts = [
        re.sub(r"[^a-z0-9_]+", "-", "-".join([key, *values]).lower()).strip("-_")
        for key, values in filters.to_query().items()
        if values
    ]
    parts = [part for part in parts if part]
    named = "_".join([stem, *parts])
    if len(named) > STEM_MAX:
        # Whole filters only ("country-u" read as a country "u"), and a mark of the ones left out, with a
        # digest of them all, so that the name does not pass for the view without them.
        digest = hashlib.sha256(named.encode()).hexdigest()[:6]
        mark = f"_etc-{digest}"
        kept = stem
        for part in parts:
            if len(kept) + 1 + len(part) + len(mark) > STEM_MAX:
                break
            kept += f"_{part}"
        if kept == stem and parts:  # the first filter alone is too long: its start, cut
            kept = f"{stem}_{parts[0]}"[: STEM_MAX - len(mark)].rstrip("-_")
        named = kept + mark
    return f"{named}.csv.zip" if fmt == CSV_BUNDLE else export_file_name(fmt, named)
