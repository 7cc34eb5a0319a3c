"""Exports (CSV, JSON, TimelineJS, offline HTML, Markdown) and the escaping that keeps article text inert."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from conftest import CAPTURE, CLAIM, DENIAL, EVIL_TITLE, HOSTILE, INVASION, KURSK, OFFENSIVE

from events.query.disputes import claims_with_answers, disputed_figures
from events.query.exports import FORMATS, day_groups, day_rows, render_export, write_export
from events.query.filters import Filters, apply_filters
from events.query.labels import event_rows, when_label
from events.query.marking import Mark, escape_markdown, segments, to_html
from events.schema import Tables, neutralise_cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("155 Chinese citizens", "155 Chinese citizens"),
        ("", ""),
    ],
)
def test_csv_cells_that_spreadsheets_would_run_are_neutralised(cell: str, expected: str) -> None:
    assert neutralise_cell(cell) == expected


def test_csv_export_has_every_event_in_date_order_and_no_formula_cells(tables: Tables) -> None:
    rows = list(csv.DictReader(io.StringIO(render_export(tables, "csv").decode("utf-8"))))
    assert [row["event_id"] for row in rows][:2] == [INVASION, KURSK]
    assert len(rows) == len(tables.events)
    hostile = next(row for row in rows if row["event_id"] == HOSTILE)
    assert hostile["figures"].startswith("'=1+2")
    assert all(not value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())
    assert rows[0]["date"] == "2022-02-01" and rows[0]["n_sources"] == "2"


def test_json_export_has_lists_dates_and_the_sources_of_each_event(tables: Tables) -> None:
    data = json.loads(render_export(tables, "json"))
    capture = next(e for e in data["events"] if e["event_id"] == CAPTURE)
    assert capture["date"] == "2025-04-08"
    assert capture["countries"] == ["UKR", "CHN", "RUS"]
    assert capture["n_sources"] == 4 and capture["contested"] is False
    assert {m["outlet"] for m in capture["mentions"]} >= {"Al Jazeera", "NBC News", "Newsmax (AP)"}
    assert capture["when"] == "Tue 8 Apr 2025"


def test_timelinejs_export_follows_its_format_and_escapes_html(tables: Tables) -> None:
    data = json.loads(render_export(tables, "timelinejs"))
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id[CAPTURE]["start_date"] == {"year": "2025", "month": "4", "day": "8"}
    assert by_id[INVASION]["start_date"] == {"year": "2022", "month": "2"}  # month precision: no day
    assert by_id[OFFENSIVE]["end_date"] == {"year": "2025", "month": "4", "day": "13"}
    assert by_id[INVASION]["group"] == "background"
    assert by_id[HOSTILE]["text"]["headline"].startswith("&lt;script&gt;")
    assert "<script" not in json.dumps(data)
    assert data["title"]["text"]["headline"]


def test_html_export_is_standalone_and_inert(tables: Tables) -> None:
    page = render_export(tables, "html").decode("utf-8")
    assert page.startswith("<!doctype html>")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # Nothing is fetched: no external scripts, styles, images or fonts; a CSP forbids them anyway.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "default-src 'none'" in page
    assert f'id="{CLAIM}"' in page and f'href="#{CLAIM}"' in page
    assert "<svg" in page


def test_markdown_briefing_groups_events_by_day_with_markup_escaped(tables: Tables) -> None:
    note = render_export(tables, "markdown").decode("utf-8")
    headings = [line for line in note.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Background",
        "## week of 7 Apr 2025",
        "## Tue 8 Apr 2025",
        "## Wed 9 Apr 2025",
        "## Thu 10 Apr 2025",
    ]
    claim = next(line for line in note.splitlines() if "155 Chinese" in line)
    assert (
        claim.startswith("- **claim** ")
        and "**contested: a denial answers it**" in claim
        and "3 sources" in claim
    )
    hostile = next(line for line in note.splitlines() if "alert(1)" in line)
    assert r"\<script\>" in hostile and r"\!\[x\]" in hostile
    assert not re.search(r"(?<!\\)[\[\]<>]", hostile)  # every bracket is escaped: no link, image or tag
    assert "full-scale" in note  # readable: ordinary punctuation is not escaped


def test_exports_cover_only_the_filtered_events(tables: Tables) -> None:
    shown = apply_filters(tables, Filters(types=("denial",)))
    data = json.loads(render_export(shown, "json"))
    assert [e["event_id"] for e in data["events"]] == [DENIAL]


def test_every_format_renders_an_empty_table(tables: Tables) -> None:
    empty = apply_filters(tables, Filters(query="no such words anywhere"))
    for fmt in FORMATS:
        assert render_export(empty, fmt)


def test_an_unknown_format_is_refused(tables: Tables) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        render_export(tables, "xlsx")


def test_html_highlighting_escapes_text_before_wrapping_it() -> None:
    text = "On <b>Tuesday</b> & then"
    html = to_html(text, [Mark(3, 17, "date", 'say "hi"')])
    assert (
        html
        == 'On <mark class="hl-date" title="say &quot;hi&quot;">&lt;b&gt;Tuesday&lt;/b&gt;</mark> &amp; then'
    )


def test_overlapping_marks_nest_without_losing_text() -> None:
    text = "Zelensky said on Tuesday"
    parts = segments(text, [Mark(0, 24, "event"), Mark(14, 24, "date"), Mark(0, 8, "name")])
    assert "".join(p.text for p in parts) == text
    assert [p.text for p in parts] == ["Zelensky", " said ", "on Tuesday"]
    assert [m.kind for m in parts[2].marks] == ["event", "date"]
    assert to_html(text, [Mark(30, 40, "date"), Mark(5, 2, "x")]) == text  # out of range or empty: ignored


def test_markdown_escaping_leaves_no_markup_for_streamlit() -> None:
    escaped = escape_markdown(EVIL_TITLE + " :red[x] $y$ **b**")
    for raw in ("<script>", "![", "](", ":red[", "$y$", "**"):
        assert raw not in escaped
    assert escaped.replace("\\", "").replace("\u200b", "") == EVIL_TITLE + " :red[x] $y$ **b**"


def test_bare_urls_and_addresses_are_kept_from_becoming_links() -> None:
    escaped = escape_markdown("see https://evil.test, www.evil.test or spy@evil.test")
    assert "https://" not in escaped.replace("\\", "") and "www." not in escaped.replace("\\", "")
    assert "y@e" not in escaped
    assert escape_markdown("a@ b :) www") == r"a@ b \:\) www"


def test_claims_are_paired_with_the_denials_that_answer_them(tables: Tables) -> None:
    pairs = claims_with_answers(tables.events)
    assert [(p.claim, p.answers) for p in pairs] == [(CLAIM, (DENIAL,))]


def test_disputed_figures_list_each_source_value(tables: Tables) -> None:
    (dispute,) = disputed_figures(tables)
    assert dispute.event_id == CLAIM
    assert [(v.outlet, v.text) for v in dispute.values] == [
        ("Al Jazeera", "155 Chinese nationals"),
        ("NBC News", "More than 150 Chinese citizens"),
        ("ukraine-claims-dozens-of-chinese-nationals-fighting-for-russia.txt", "168 Chinese citizens"),
    ]


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2025-04-08", "2025-04-08", "day", "Tue 8 Apr 2025"),
        ("2025-04-07", "2025-04-13", "week", "week of 7 Apr 2025"),
        ("2022-02-01", "2022-02-28", "month", "February 2022"),
        ("2024-09-01", "2024-11-30", "season", "autumn 2024"),
        ("2024-12-01", "2025-02-28", "season", "winter 2025"),
        ("2024-10-01", "2024-12-31", "quarter", "Q4 2024"),
        ("2024-01-01", "2024-12-31", "year", "2024"),
    ],
)
def test_dates_are_labelled_as_precisely_as_known(
    start: str, end: str, precision: str, expected: str
) -> None:
    import pandas as pd

    assert when_label(pd.Timestamp(start), pd.Timestamp(end), precision) == expected


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_file_written_piece_by_piece_is_the_download(tables: Tables, fmt: str) -> None:
    written = io.BytesIO()
    write_export(tables, fmt, written)
    assert written.getvalue() == render_export(tables, fmt)


@pytest.mark.parametrize("newest_first", [False, True])
def test_day_rows_are_the_day_groups_read_once(tables: Tables, newest_first: bool) -> None:
    groups = [(label, event_rows(group)) for label, group in day_groups(tables.events, newest_first)]
    assert list(day_rows(tables.events, newest_first)) == groups
    labels = [label for label, _ in groups]
    assert len(labels) == len(set(labels))  # each day once, however its events are ordered


def test_exports_say_how_an_events_countries_were_found(tables: Tables) -> None:
    events = tables.events.copy()
    inferred = events["event_id"] == DENIAL
    events.loc[inferred, ["countries", "country_basis"]] = ["CHN", "report"]
    events.loc[~inferred & (events["countries"] != ""), "country_basis"] = "named"
    marked = Tables(events, tables.mentions, tables.sources)
    rows = {
        r["event_id"]: r for r in csv.DictReader(io.StringIO(render_export(marked, "csv").decode("utf-8")))
    }
    assert (rows[DENIAL]["countries"], rows[DENIAL]["country_basis"]) == ("CHN", "report")
    assert rows[CLAIM]["country_basis"] == "named"
    records = json.loads(render_export(marked, "json").decode("utf-8"))
    listed = records["events"] if isinstance(records, dict) else records
    assert {r["event_id"]: r["country_basis"] for r in listed}[DENIAL] == "report"
    page = render_export(marked, "html").decode("utf-8")
    assert page.count("from where the report is set") == 1
