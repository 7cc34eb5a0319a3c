"""Only the countries the reports name: a researcher counting events per country can leave out the
countries inferred from where a report is set (country_basis "report"), from a shared link, alike on the
pandas, coded and DuckDB paths, in the sidebar, the exports, the briefing and the command line."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from conftest import ROOT, build_data_dir
from small_corpus import event_row, source_row
from streamlit.testing.v1 import AppTest

from events.query.coded import CodedCells
from events.query.duck import EventQuery
from events.query.exports import render_export, source_of, write_source
from events.query.filters import Filters, apply_filters, countries_as_read, facet_counts
from events.query.frames import FrameQuery
from events.query.printing import briefing_html
from events.schema import Tables, validate
from events.store import load_tables, write_tables

NAMED = "ev-000000000a"  # "the Chinese foreign ministry said": China named
INFERRED = "ev-000000000b"  # a Beijing dateline, no country in the sentence: China inferred
UNKNOWN = "ev-000000000c"  # written before country_basis: how China was found is not known
NONE = "ev-000000000d"  # no country at all
ONLY_NAMED = Filters(named_countries_only=True)


def country_tables() -> Tables:
    """Four events on made-up reports: China named, China inferred, China of an older table, none."""
    rows = [
        (NAMED, "2025-03-04", "CHN;RUS", "named", "Ministry rejects the claims"),
        (INFERRED, "2025-03-05", "CHN", "report", "Officials open the new bridge"),
        (UNKNOWN, "2025-03-06", "CHN", "", "Talks resume after a pause"),
        (NONE, "2025-03-07", "", "", "Markets close higher"),
    ]
    events = pd.DataFrame(
        [
            event_row(event_id, day, countries=countries, country_basis=basis, title=title, sources="a.txt")
            for event_id, day, countries, basis, title in rows
        ]
    )
    mentions = pd.DataFrame(
        {
            "event_id": [row[0] for row in rows],
            "article": "a.txt",
            "sentence": [f"{row[4]}." for row in rows],
            "start": [0, 40, 80, 120],
            "end": [30, 70, 110, 150],
            "date_text": "",
            "date_basis": "explicit",
            "date_reason": "",
            "figures": "",
        }
    )
    sources = pd.DataFrame([source_row("a.txt", "Wire", "2025-03-08", "a")])
    return Tables(validate("events", events), validate("mentions", mentions), validate("sources", sources))


def shown_ids(tables: Tables, filters: Filters) -> list[str]:
    return apply_filters(tables, filters).events["event_id"].tolist()


def test_the_choice_is_written_in_a_link_and_read_back() -> None:
    assert ONLY_NAMED.to_query() == {"country_named": ["1"]}
    assert Filters().to_query() == {}
    read, notes = Filters.from_query("country=CHN&country_named=1")
    assert read == Filters(countries=("CHN",), named_countries_only=True) and notes == []
    assert Filters.from_query("country_named=off") == (Filters(), [])


def test_a_bad_value_of_the_choice_is_dropped_with_a_note() -> None:
    read, notes = Filters.from_query("country_named=maybe")
    assert read == Filters()
    assert notes == ["Ignored “country_named”: “maybe” is not 1 or 0."]


def test_only_named_countries_leaves_out_an_inferred_country_from_the_country_filter() -> None:
    tables = country_tables()
    assert shown_ids(tables, Filters(countries=("CHN",))) == [NAMED, INFERRED, UNKNOWN]
    # A table written before the column says nothing was inferred: its countries are kept.
    assert shown_ids(tables, Filters(countries=("CHN",), named_countries_only=True)) == [NAMED, UNKNOWN]
    # Without a country chosen, every event is still shown: only what is read of its countries changes.
    assert shown_ids(tables, ONLY_NAMED) == [NAMED, INFERRED, UNKNOWN, NONE]


def test_the_facet_counts_count_only_named_countries() -> None:
    tables = country_tables()
    assert facet_counts(tables, Filters()).options["country"] == {"CHN": 3, "RUS": 1}
    counted = facet_counts(tables, ONLY_NAMED)
    assert counted.options["country"] == {"CHN": 2, "RUS": 1}
    assert counted.report_countries == 1 == facet_counts(tables, Filters()).report_countries
    assert facet_counts(tables, Filters(countries=("CHN",), named_countries_only=True)).total == 2


def test_the_events_as_read_have_no_inferred_country_and_keep_the_stored_basis() -> None:
    tables = country_tables()
    read = countries_as_read(tables, ONLY_NAMED).events.set_index("event_id")
    assert read["countries"].to_dict() == {NAMED: "CHN;RUS", INFERRED: "", UNKNOWN: "CHN", NONE: ""}
    assert read.loc[INFERRED, "country_basis"] == "report"
    assert countries_as_read(tables, Filters()) is tables
    # The filtered tables keep the stored cells: an export of data reads them.
    assert apply_filters(tables, ONLY_NAMED).events["countries"].tolist()[1] == "CHN"


def test_the_actors_page_and_the_country_lanes_count_only_named_countries() -> None:
    frames = FrameQuery(country_tables())
    assert frames.actor_counts(Filters()).counts["country"].to_dict() == {"CHN": 3, "RUS": 1}
    assert frames.actor_counts(ONLY_NAMED).counts["country"].to_dict() == {"CHN": 2, "RUS": 1}
    lanes = frames.timeline_plot(ONLY_NAMED, "country").figure.to_plotly_json()["layout"]["yaxis"]
    every = frames.timeline_plot(Filters(), "country").figure.to_plotly_json()["layout"]["yaxis"]
    assert lanes != every  # the inferred event moved to the lane of events with no country


def test_an_emptied_cell_reads_as_none_in_the_coded_columns() -> None:
    cells = CodedCells.from_cells(np.array([0, 1, 0, 2]), pa.array(["CHN;RUS", "CHN", "USA"]))
    emptied = cells.emptied(np.array([False, True, False, False]))
    everyone = np.ones(4, dtype=bool)
    assert cells.counts(everyone) == {"CHN": 3, "RUS": 2, "USA": 1}
    assert emptied.counts(everyone) == {"CHN": 2, "RUS": 2, "USA": 1}
    assert emptied.has_any({"CHN"}).tolist() == [True, False, True, False]
    owner, items = emptied.lane_items(np.unique(emptied.codes))
    assert -1 in items.tolist() and len(owner) == len(items)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("named")
    write_tables(country_tables(), folder)
    return folder


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        ONLY_NAMED,
        Filters(countries=("CHN",)),
        Filters(countries=("CHN",), named_countries_only=True),
        Filters(countries=("RUS",), named_countries_only=True),
    ],
    ids=repr,
)
def test_the_duckdb_and_coded_paths_answer_as_pandas(stored: Path, filters: Filters) -> None:
    frames, query = FrameQuery(load_tables(stored)), EventQuery.open(stored)
    try:
        assert query.count(filters) == frames.count(filters)
        assert query.facet_counts(filters) == frames.facet_counts(filters)
        pd.testing.assert_series_equal(
            query.actor_counts(filters).counts["country"], frames.actor_counts(filters).counts["country"]
        )
        drawn, expected = query.timeline_plot(filters, "country"), frames.timeline_plot(filters, "country")
        assert drawn.figure.to_plotly_json() == expected.figure.to_plotly_json()
        counted = query.timeline_counts(filters, "country")
        read = countries_as_read(apply_filters(load_tables(stored), filters), filters).events
        assert sum(cell.count for cell in counted.cells) == sum(
            len([c for c in cell.split(";") if c]) for cell in read["countries"]
        )
        for fmt in ("csv", "html"):
            streamed, whole = io.BytesIO(), io.BytesIO()
            write_source(query.export_source(filters), fmt, streamed)
            write_source(frames.export_source(filters), fmt, whole)
            assert streamed.getvalue() == whole.getvalue()
    finally:
        query.close()


def without_country_basis(folder: Path) -> None:
    """Rewrite the stored events as a table written before `country_basis` was a column."""
    for path in (folder / "tables").rglob("events/**/*.parquet"):
        pd.read_parquet(path).drop(columns=["country_basis"]).to_parquet(path, index=False)
    manifest = json.loads((folder / "tables.json").read_text())
    for name, entry in manifest["files"].items():
        data = (folder / "tables" / manifest["generation"] / name).read_bytes()
        entry.update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    (folder / "tables.json").write_text(json.dumps(manifest))
    (folder / "tables" / manifest["generation"] / "version.json").write_text(json.dumps(manifest))


def test_a_table_written_before_the_basis_keeps_every_country_on_both_paths(tmp_path: Path) -> None:
    write_tables(country_tables(), tmp_path)
    without_country_basis(tmp_path)
    chosen = Filters(countries=("CHN",), named_countries_only=True)
    frames, query = FrameQuery(load_tables(tmp_path)), EventQuery.open(tmp_path)
    try:
        assert query.count(chosen) == frames.count(chosen) == 3  # nothing says any was inferred
        assert query.facet_counts(ONLY_NAMED) == frames.facet_counts(ONLY_NAMED)
        assert query.facet_counts(ONLY_NAMED).report_countries == 0
    finally:
        query.close()


def test_the_html_export_leaves_out_inferred_countries_and_the_csv_keeps_them() -> None:
    tables = country_tables()
    everything = render_export(tables, "html").decode()
    assert "China, from where the report is set" in everything
    page = io.BytesIO()
    write_source(source_of(tables, named_countries_only=True), "html", page)
    html = page.getvalue().decode()
    assert "from where the report is set" not in html
    assert html.count("Countries: China") == 2  # the named one (with Russia) and the older table's
    assert "Countries: only those the reports name" in html
    csv = io.BytesIO()
    write_source(source_of(tables, named_countries_only=True), "csv", csv)
    assert csv.getvalue() == render_export(tables, "csv")  # stored countries, with country_basis


def test_the_briefing_says_where_an_inferred_country_comes_from() -> None:
    tables = country_tables()
    page = briefing_html(tables)
    assert "Countries: China, from where the report is set" in page
    assert "Countries: China, Russia" in page
    only = briefing_html(countries_as_read(tables, ONLY_NAMED))
    assert "from where the report is set" not in only and "Countries: China, Russia" in only


def test_the_command_line_export_takes_the_choice(stored: Path) -> None:
    def export(query: str) -> str:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "events",
                "export",
                "--data",
                str(stored),
                "--format=html",
                f"--query={query}",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "from where the report is set" in export("country=CHN")
    named = export("country=CHN&country_named=1")
    assert "from where the report is set" not in named and "News timeline: 2 events" in named


@pytest.fixture(scope="module")
def inferred_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data with two events' countries inferred from where their report is set."""
    folder = build_data_dir(tmp_path_factory.mktemp("inferred"))
    tables = load_tables(folder)
    events = tables.events.copy()
    inferred = events["title"].str.contains("absolutely groundless|<script>", regex=True)
    assert inferred.sum() == 2
    events["country_basis"] = np.where(inferred, "report", np.where(events["countries"] != "", "named", ""))
    write_tables(Tables(validate("events", events), tables.mentions, tables.sources), folder)
    return folder


def sidebar_state(app: AppTest) -> tuple[bool, str, list[str]]:
    checkbox = app.sidebar.checkbox(key="w:filter:country_named")
    countries = app.sidebar.multiselect(key="w:filter:country")
    labels = list(countries.options)
    caption = next(c.value for c in app.sidebar.caption if "events shown" in c.value)
    return checkbox.value, caption, labels


@pytest.mark.parametrize("page", ["timeline", "actors"])
def test_a_link_opens_with_only_named_countries_and_the_counts_follow(
    inferred_data_dir: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(inferred_data_dir))
    seen = {}
    for link in ({"country": "CHN"}, {"country": "CHN", "country_named": "1"}):
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        if page != "timeline":
            app.switch_page(f"app_pages/{page}.py")
        app.query_params.update(link)
        app.run()
        assert not app.exception, [e.value for e in app.exception]
        seen[len(link)] = sidebar_state(app)
        said = [caption.value for caption in app.main.caption]
        assert (page == "actors" and len(link) == 2) == any("countries the reports name" in c for c in said)
    (off, off_caption, off_labels), (on, on_caption, on_labels) = seen[1], seen[2]
    assert not off and on
    assert off_caption.startswith("4 of 9") and on_caption.startswith("3 of 9")
    assert "China (CHN) · 4" in off_labels and "China (CHN) · 3" in on_labels
    assert "United Kingdom (GBR) · 1" in off_labels and "United Kingdom (GBR) · 0" in on_labels


def test_ticking_the_box_writes_the_choice_into_the_link(
    inferred_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_TIMELINE_DATA", str(inferred_data_dir))
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    app.query_params.update({"country": "CHN"})
    app.run()
    assert not app.exception
    app.sidebar.checkbox(key="w:filter:country_named").check().run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.query_params["country_named"] == "1"
    assert sidebar_state(app)[1].startswith("3 of 9")
    app.sidebar.checkbox(key="w:filter:country_named").uncheck().run()
    assert "country_named" not in app.query_params
    assert sidebar_state(app)[1].startswith("4 of 9")
