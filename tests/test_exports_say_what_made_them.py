"""Exports say inside the file which filters and data version made them: a researcher who opens one a
week later can tell. A plain CSV has no place for them: a zip of the same table with a filters.csv
beside it is offered too."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from conftest import CLAIM

from events.query.exports import ExportOrigin, key_dates_markdown, render_export, source_chunks
from events.query.filters import Filters
from events.query.frames import FrameQuery
from events.query.views import State
from events.schema import Tables
from ui.downloads import CSV_BUNDLE, CSV_ORIGIN, CSV_TABLE, streamed_export

LINK = "type=claim&actor=Volodymyr+Zelensky"


@pytest.fixture(scope="module")
def claims() -> Filters:
    filters, notes = Filters.from_query(LINK)
    assert not notes
    return filters


def test_an_origin_says_the_filters_as_the_link_and_in_words(claims: Filters) -> None:
    origin = ExportOrigin(claims, version="g-1", made="2026-12-05 10:02 UTC")
    assert origin.link_query() == LINK
    assert origin.rows(3) == [
        ("filters", "type: claim; actor: Volodymyr Zelensky"),
        ("link query", LINK),
        ("events", "3"),
        ("data version", "g-1"),
        ("made", "2026-12-05 10:02 UTC"),
    ]
    assert ExportOrigin(Filters()).rows(25)[0] == ("filters", "none (every event)")


def test_a_csv_export_is_the_plain_table_with_its_filters_beside_it(tables: Tables, claims: Filters) -> None:
    query = FrameQuery(tables)
    made = streamed_export(query, State(claims), CSV_BUNDLE, "g-test")()
    with zipfile.ZipFile(io.BytesIO(made)) as bundle:
        assert bundle.namelist() == [CSV_TABLE, CSV_ORIGIN]
        table = bundle.read(CSV_TABLE)
        origin = pd.read_csv(bundle.open(CSV_ORIGIN), dtype=str, keep_default_na=False)
    # The table is the plain export's bytes: every reader of the CSV reads it as before.
    filtered = query.export_source(claims)
    assert table == b"".join(chunk.encode("utf-8") for chunk in source_chunks(filtered, "csv"))
    rows = pd.read_csv(io.BytesIO(table))
    assert set(rows["event_type"]) == {"claim"} and CLAIM in set(rows["event_id"])
    said = dict(zip(origin["what"], origin["value"], strict=True))
    assert said["filters"] == "type: claim; actor: Volodymyr Zelensky"
    assert said["link query"] == LINK
    assert said["events"] == str(len(rows))
    assert said["data version"] == "g-test"
    assert said["made"].endswith(" UTC")
    # ... and the plain CSV is that same table, for spreadsheets.
    assert streamed_export(query, State(claims), "csv", "g-test")() == table


@pytest.mark.parametrize("fmt", ["markdown", "html", "json", "timelinejs"])
def test_the_notes_and_data_files_say_their_filters_at_the_top(
    tables: Tables, claims: Filters, fmt: str
) -> None:
    made = streamed_export(FrameQuery(tables), State(claims), fmt, "g-test")().decode("utf-8")
    if fmt == "timelinejs":
        slide = json.loads(made)["title"]["text"]["text"]
        assert "Filters: type: claim; actor: Volodymyr Zelensky" in slide and "g-test" in slide
        return
    if fmt == "json":
        document = json.loads(made)
        assert document["made_by"]["link query"] == LINK
        assert document["made_by"]["data version"] == "g-test"
        assert {e["event_type"] for e in document["events"]} == {"claim"}
        return
    head = made[:2000]
    assert "claim; actor: Volodymyr Zelensky" in head
    assert "g-test" in head


def test_exports_of_given_tables_are_as_before(tables: Tables) -> None:
    # The command line and the whole-table export name no filters: their files are unchanged.
    assert render_export(tables, "json").startswith(b'{"events": [')
    assert b"Filters" not in render_export(tables, "markdown")[:300]


def test_the_key_dates_note_says_its_filters(claims: Filters) -> None:
    note = key_dates_markdown([], ExportOrigin(claims, version="g-test", made="2026-12-05 10:02 UTC"))
    assert "- Filters: type: claim; actor: Volodymyr Zelensky" in note
    assert "- Data version: g-test" in note
    assert f"- Link query: `{LINK}`" in note  # to copy as it is, no Markdown escapes


def test_the_exports_page_offers_the_plain_csv_and_the_csv_with_its_filters(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard_pages import open_link

    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    app = open_link("exports", type="claim")
    labels = [button.proto.label for button in app.main.get("download_button")]
    assert "CSV table" in labels
    assert any("events.csv and filters.csv" in label for label in labels)


def test_the_printable_briefing_says_its_filters(tables: Tables, claims: Filters) -> None:
    from events.query.filters import apply_filters
    from events.query.printing import briefing_html

    origin = ExportOrigin(claims, version="g-test", made="2026-12-05 10:02 UTC")
    page = briefing_html(apply_filters(tables, claims), "Briefing", origin)
    head = page[: page.index('<section class="day">')]
    assert "Filters: type: claim; actor: Volodymyr Zelensky" in head
    assert "Data version: g-test" in head
    assert "Filters:" not in briefing_html(tables)  # the command line's, as before


def test_the_printable_briefing_is_named_after_its_filters(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import streamlit as st
    from dashboard_pages import open_link

    names: list[str] = []
    real = st.download_button

    def recording(*args: object, **kwargs: object) -> object:
        names.append(str(kwargs.get("file_name", "")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(st, "download_button", recording)
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(data_dir))
    open_link("chronology", type="claim")
    assert any(name in ("briefing_type-claim.pdf", "briefing_type-claim.html") for name in names)


def test_the_since_note_says_its_filters_and_the_versions_it_compares(tables: Tables) -> None:
    from events.query.changes import changes_markdown, compare_versions

    said = [
        ("filters", "type: claim"),
        ("link query", "type=claim"),
        ("compared with", "build of 5 articles"),
        ("data version", "g-2"),
    ]
    note = changes_markdown(compare_versions(tables, tables, []), tables, "Since Monday", str, said)
    assert note.splitlines()[:6] == [
        "# Since Monday",
        "",
        "- Filters: type\\: claim",  # escaped for Streamlit and Markdown alike (escape_markdown)
        "- Link query: `type=claim`",
        "- Compared with: build of 5 articles",
        "- Data version: g\\-2",
    ]
