"""The filtered events as files: CSV, JSON, TimelineJS JSON, a standalone offline HTML timeline, Markdown.

`render_export(tables, fmt)` makes the file of tables in memory; `write_export` writes the same bytes piece
by piece into a file (`python -m events export`), so a big export never exists twice in memory. Both read
an `ExportSource`: a few figures over all the events and their rows a piece at a time, in date order;
`source_of(tables)` is one piece, and `events.query.duck.EventQuery.export_source` reads a big table's
pieces from the stored files, so that the filtered table is never whole in memory (`write_source`).
Every format runs in time linear in the events (100k events in seconds: benchmarks/exports_scale.py).
With the filters' "only named countries" (`ExportSource.named_countries_only`) what a reader reads (the
HTML timeline's countries) leaves out the countries inferred from where a report is set, as the
dashboard does; the data files (CSV, JSON) keep the stored `countries` and `country_basis` (`_csv_chunks`).
Text from articles is data in every format: CSV cells that a spreadsheet would run as a formula are
neutralised, HTML (also inside TimelineJS, which renders its text as HTML) is escaped, and Markdown
is escaped.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO
from urllib.parse import urlencode

import numpy as np
import pandas as pd

from events.query.figures import OKABE_ITO, TYPE_STYLES, densest_period
from events.query.filters import REPORT_BASIS, Filters, outlet_labels
from events.query.keydates import KeyDate
from events.query.labels import (
    CONTESTED_LABEL,
    EventRow,
    countries_label,
    day_label,
    event_rows,
    outlet_shown,
    outlets_line,
    sources_label,
    split_outlets,
    when_label,
)
from events.query.marking import escape_markdown
from events.query.views import PAGE_KEYS, DateRange, State, View, is_data_version, to_query
from events.schema import EVENT_COLUMNS, FORMULA_STARTS, LIST_COLUMNS, Tables, split_list


@dataclass(frozen=True)
class ExportFormat:
    label: str
    extension: str
    mime: str


FORMATS = {
    "csv": ExportFormat("CSV table", "csv", "text/csv"),
    "json": ExportFormat("JSON", "json", "application/json"),
    "timelinejs": ExportFormat("TimelineJS JSON", "timeline.json", "application/json"),
    "html": ExportFormat("Offline HTML timeline", "html", "text/html"),
    "markdown": ExportFormat("Markdown briefing", "md", "text/markdown"),
}


@dataclass(frozen=True)
class ExportOrigin:
    """What made an export, written inside the file so that it still says so a week later: the filters
    (as the dashboard's link writes them, and in words), the view of the page that made it (its order,
    mode, key-dates count, ...: the link reopens that view, not only its filters), the data version,
    when it was made."""

    filters: Filters
    version: str = ""  # the data version (generation) the events were read from
    made: str = ""  # "2026-12-05 10:02 UTC"
    page: str = ""  # the dashboard page that made it ("chronology"); "": none (the command line)
    view: View = field(
        default_factory=View
    )  # that page's view state; only the keys the page writes reach the link
    base: str = ""  # the dashboard's address ("http://host:8501"), for a link read outside it

    def link_query(self) -> str:
        """ "type=claim&actor=Tony+Hayward&order=newest&v=g-...": the query string of the link that
        reopens the view (filters, then the page's view keys as its URL writes them), "" for the plain
        home view. A dashboard export's link pins the data version it was read from, as the sidebar's
        "Share this view" link does: opened after new articles are added, it shows the file's events."""
        view = self.view
        if self.page and not view.v and is_data_version(self.version):
            view = replace(view, v=self.version)
        return urlencode(to_query(State(self.filters, view), self.page), doseq=True)

    def link(self) -> str:
        """ "http://host:8501/chronology?type=claim&order=newest": the whole link, "" with no page."""
        if not self.page:
            return ""
        query = self.link_query()
        path = "" if self.page == "timeline" else self.page
        return f"{self.base}/{path}" + (f"?{query}" if query else "")

    @property
    def newest_first(self) -> bool:
        """The page listed the events latest first (the chronology's order): so does the file."""
        return "order" in PAGE_KEYS.get(self.page, ()) and self.view.order == "newest"

    def in_words(self) -> str:
        """ "type: claim; actor: Tony Hayward" or "none (every event)"."""
        chosen = self.filters.to_query()
        if not chosen:
            return "none (every event)"
        return "; ".join(f"{key}: {', '.join(values)}" for key, values in chosen.items())

    def view_in_words(self) -> str:
        """ "chronology: key dates (5 days), newest first": the page and how it showed the events."""
        if self.page == "chronology":
            shown = f"key dates ({self.view.days} days)" if self.view.mode == "keydates" else "every event"
            said = f"{shown}, {self.view.order} first"
            if self.view.mode == "events" and self.view.page > 1:
                said += f" (the page shown was {self.view.page}; the file has every page)"
            return f"chronology: {said}"
        return self.page

    def rows(self, count: int) -> list[tuple[str, str]]:
        """(what, value) pairs, as the filters.csv beside a CSV export and the notes' header say them."""
        rows = [("filters", self.in_words())]
        rows += [("view", self.view_in_words())] if self.page else []
        rows += [("link query", self.link_query())]
        rows += [("link", self.link())] if self.page else []
        rows += [("events", str(count))]
        rows += [("data version", self.version)] if self.version else []
        return rows + ([("made", self.made)] if self.made else [])


@dataclass(frozen=True)
class ExportSource:
    """The filtered events as an export reads them: what it says of all of them first, then their rows
    a piece at a time.

    `pieces(background)` gives the events (all of them when `background` is None, else only those whose
    `background` flag equals it), each piece with the mentions of its events (or more) and the sources:
    in date order, except that the events that are not background (False) come grouped as a briefing
    heads them (`day_groups`: by `span_label`, the groups in the order their first event comes), a
    group in one piece unless it alone outgrows one.
    """

    count: int
    first: pd.Timestamp | None  # the first day any event begins
    last: pd.Timestamp | None  # the last day any event ends
    types: frozenset[str]
    view: DateRange | None  # the densest period of the events that are not background
    overview: Callable[[], pd.DataFrame]  # the events the HTML overview draws: not background, in `view`
    pieces: Callable[[bool | None], Iterator[Tables]]
    # The filters' choice: an event's countries inferred from where its reports are set read as none.
    named_countries_only: bool = False
    origin: ExportOrigin | None = None  # what made it, said in the file; None: not said (tables given)
    # The chronology's "newest first": `pieces` come latest first, and the Markdown note reads them so
    # (its days, and each day's events, latest first; the background last), as the page lists them.
    newest_first: bool = False


def source_of(
    tables: Tables, *, named_countries_only: bool = False, newest_first: bool = False
) -> ExportSource:
    """Tables in memory as an export's source: one piece (`named_countries_only`: the filters' choice;
    `newest_first`: the chronology's order, which the Markdown note follows)."""
    events = tables.events

    def pieces(background: bool | None) -> Iterator[Tables]:
        if background is None:
            yield tables
        else:
            yield Tables(events[events["background"] == background], tables.mentions, tables.sources)

    main = events[~events["background"]]
    view = densest_period(main)
    return ExportSource(
        count=len(events),
        first=events["date"].min() if len(events) else None,
        last=events["date_end"].max() if len(events) else None,
        types=frozenset(str(t) for t in events["event_type"]),
        view=view,
        overview=lambda: overview_events(main, view),
        pieces=pieces,
        named_countries_only=named_countries_only,
        newest_first=newest_first,
    )


def overview_events(main: pd.DataFrame, view: DateRange | None) -> pd.DataFrame:
    """Of the events that are not background, those the HTML overview of `view` draws."""
    if view is None:
        return main.iloc[:0]
    first, last = pd.Timestamp(view.start), pd.Timestamp(view.end) + pd.Timedelta(days=1)
    return main[(main["date_end"] >= first) & (main["date"] < last)]


def export_chunks(tables: Tables, fmt: str) -> Iterator[str]:
    """The given (already filtered) tables as a file in format `fmt` (one of FORMATS), piece by piece."""
    return source_chunks(source_of(tables), fmt)


def source_chunks(source: ExportSource, fmt: str) -> Iterator[str]:
    """The events of `source` as a file in format `fmt` (one of FORMATS), piece by piece."""
    renderers: dict[str, Callable[[ExportSource], Iterator[str]]] = {
        "csv": _csv_chunks,
        "json": _json_chunks,
        "timelinejs": _timelinejs_chunks,
        "html": _html_chunks,
        "markdown": _markdown_chunks,
    }
    if fmt not in renderers:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](source)


def render_export(tables: Tables, fmt: str) -> bytes:
    """The given (already filtered) tables as a file in format `fmt` (one of FORMATS)."""
    return "".join(export_chunks(tables, fmt)).encode("utf-8")


def write_export(tables: Tables, fmt: str, out: BinaryIO) -> None:
    """`render_export`'s bytes written into `out` as they are made."""
    write_source(source_of(tables), fmt, out)


def write_source(source: ExportSource, fmt: str, out: BinaryIO) -> None:
    """The export of `source` written into `out` as it is made: one piece of the events in memory at
    a time."""
    for chunk in source_chunks(source, fmt):
        out.write(chunk.encode("utf-8"))


def export_file_name(fmt: str, stem: str = "events") -> str:
    return f"{stem}.{FORMATS[fmt].extension}"


def _ordered(events: pd.DataFrame) -> pd.DataFrame:
    return events.sort_values(["date", "date_end", "event_id"], kind="stable")


# Rows per piece of a CSV export: big enough for pandas' writer to be fast, small enough to stream.
CSV_BLOCK = 20_000


def _neutralised(column: pd.Series) -> pd.Series:
    """ "=HYPERLINK(...)" -> "'=HYPERLINK(...)" in a whole column at once (`neutralise_cell`)."""
    text = column.astype("str")
    return text.where(~text.str.startswith(FORMULA_STARTS), "'" + text)


def _csv_chunks(source: ExportSource) -> Iterator[str]:
    # The stored columns, whatever `named_countries_only` says (JSON likewise): a data file is what a
    # researcher counts from again, and with `country_basis` beside `countries` they can leave out the
    # inferred ones ("report") and get the dashboard's counts, or keep them; blanked cells could not be
    # told from events that have no country, and the inferred countries would be lost to the file.
    header = True
    for piece in source.pieces(None):
        ordered = _ordered(piece.events)[EVENT_COLUMNS]
        for first in range(0, max(len(ordered), 1 if header else 0), CSV_BLOCK):
            out = ordered.iloc[first : first + CSV_BLOCK].copy()
            for column in ("date", "date_end"):
                out[column] = out[column].dt.strftime("%Y-%m-%d")
            for column in out.columns:
                if out[column].dtype == "str" or out[column].dtype == object:
                    out[column] = _neutralised(out[column])
            yield out.to_csv(index=False, header=header, lineterminator="\n")
            header = False
    if header:  # no piece at all: the header alone
        yield pd.DataFrame(columns=list(EVENT_COLUMNS)).to_csv(index=False, lineterminator="\n")


@dataclass(frozen=True)
class _Source:
    article: str
    outlet: str
    published: str
    url: str
    sentence: str
    date_text: str


def _sources_by_event(tables: Tables) -> dict[str, list[_Source]]:
    outlets = outlet_labels(tables.sources)
    published = dict(
        zip(tables.sources["article"], tables.sources["published"].dt.strftime("%Y-%m-%d"), strict=True)
    )
    urls = dict(zip(tables.sources["article"], tables.sources["url"], strict=True))
    out: dict[str, list[_Source]] = {}
    mentions = tables.mentions
    for event_id, article, sentence, date_text in zip(
        mentions["event_id"], mentions["article"], mentions["sentence"], mentions["date_text"], strict=True
    ):
        out.setdefault(str(event_id), []).append(
            _Source(
                article=str(article),
                outlet=outlets.get(str(article), str(article)),
                published=str(published.get(article) or ""),
                url=str(urls.get(article, "")),
                sentence=str(sentence),
                date_text=str(date_text),
            )
        )
    return out


def _records(tables: Tables) -> Iterator[dict[str, Any]]:
    sources = _sources_by_event(tables)
    ordered = _ordered(tables.events)
    # Column by column (plain Python values), then zipped: faster than reading the rows one by one.
    columns: dict[str, list[Any]] = {}
    for column in EVENT_COLUMNS:
        cells = ordered[column]
        if column in ("date", "date_end"):
            columns[column] = cells.dt.strftime("%Y-%m-%d").tolist()
        elif column in LIST_COLUMNS:
            columns[column] = [split_list(value) for value in cells.tolist()]
        else:
            columns[column] = cells.tolist()
    whens: dict[tuple[pd.Timestamp, pd.Timestamp, str], str] = {}
    spans = zip(ordered["date"], ordered["date_end"], ordered["precision"], strict=True)
    for values, span in zip(zip(*columns.values(), strict=True), spans, strict=True):
        record = dict(zip(EVENT_COLUMNS, values, strict=True))
        if span not in whens:
            whens[span] = when_label(*span)
        record["when"] = whens[span]
        record["mentions"] = [source.__dict__ for source in sources.get(record["event_id"], [])]
        yield record


def _all_records(source: ExportSource) -> Iterator[dict[str, Any]]:
    for piece in source.pieces(None):
        yield from _records(piece)


def _json_chunks(source: ExportSource) -> Iterator[str]:
    # One event per line, each dumped by json's C encoder (an indented dump of the whole list runs in
    # pure Python, and holds the file twice).
    if source.origin is not None:  # a key beside "events": readers of data["events"] see no change
        origin = dict(source.origin.rows(source.count))
        yield '{"made_by": ' + json.dumps(origin, ensure_ascii=False) + ", "
    else:
        yield "{"
    yield '"events": ['
    for index, record in enumerate(_all_records(source)):
        yield ("\n" if index == 0 else ",\n") + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"


def _timelinejs_date(day: pd.Timestamp, precision: str) -> dict[str, str]:
    date = {"year": str(day.year)}
    if precision != "year":
        date["month"] = str(day.month)
    if precision in ("day", "week"):
        date["day"] = str(day.day)
    return date


def _timelinejs_chunks(source: ExportSource) -> Iterator[str]:
    """TimelineJS3 JSON; headline and text are escaped because TimelineJS renders them as HTML."""
    said = f"<p>{source.count} events</p>"
    if source.origin is not None:  # on the title slide, which TimelineJS shows first
        said += "".join(
            f"<p>{html.escape(what.capitalize())}: {html.escape(value)}</p>"
            for what, value in source.origin.rows(source.count)
            if what != "events"
        )
    title = {"text": {"headline": "News timeline", "text": said}}
    yield '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    for index, record in enumerate(_all_records(source)):
        start, end = pd.Timestamp(record["date"]), pd.Timestamp(record["date_end"])
        outlets = list(dict.fromkeys(m["outlet"] for m in record["mentions"]))
        text = [f"<p>{html.escape(record['when'])} · {html.escape(sources_label(record['n_sources']))}: "]
        text.append(html.escape(", ".join(outlets)) + "</p>")
        if record["contested"]:
            text.append(f"<p><strong>{CONTESTED_LABEL.capitalize()}.</strong></p>")
        for mention in record["mentions"][:3]:
            quote, outlet = html.escape(mention["sentence"]), html.escape(mention["outlet"])
            text.append(f"<blockquote>{quote} — {outlet}</blockquote>")
        item: dict[str, Any] = {
            "unique_id": record["event_id"],
            "start_date": _timelinejs_date(start, record["precision"]),
            "display_date": html.escape(record["when"]),
            "text": {"headline": html.escape(record["title"]), "text": "".join(text)},
            "group": "background" if record["background"] else record["event_type"],
        }
        if end != start:
            item["end_date"] = _timelinejs_date(end, "day")
        yield ("\n" if index == 0 else ",\n") + json.dumps(item, ensure_ascii=False)
    yield "\n]}\n"


def _background_apart(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(background events, the others), each in date order."""
    ordered = _ordered(events)
    return ordered[ordered["background"]], ordered[~ordered["background"]]


def _day_codes(main: pd.DataFrame) -> tuple[np.ndarray, list[str]]:
    """Each row's day (or period) as a number, and the labels: the days in the order their first row
    comes. Each distinct (start, end, precision) is labelled once, so this is one pass however many
    days there are."""
    if main.empty:
        return np.zeros(0, dtype=np.int64), []
    spans = main.groupby(["date", "date_end", "precision"], sort=False).ngroup().to_numpy()
    # ngroup numbers the spans in the order they first appear: the first row of each, in row order.
    firsts = main.groupby(spans, sort=True).head(1)
    span_labels = [
        span_label(start, end, precision)
        for start, end, precision in zip(firsts["date"], firsts["date_end"], firsts["precision"], strict=True)
    ]
    codes, names = pd.factorize(np.asarray(span_labels, dtype=object)[spans])
    return codes, [str(name) for name in names]


def span_label(start: pd.Timestamp, end: pd.Timestamp, precision: str) -> str:
    """The heading an event's dates go under in a briefing: its day, or its period ("April 2022")."""
    return day_label(start) if precision == "day" or start == end else when_label(start, end, precision)


def day_groups(events: pd.DataFrame, newest_first: bool = False) -> Iterator[tuple[str, pd.DataFrame]]:
    """One group per day (or per period for week/month/... events), with background events apart;
    `newest_first`: the mirror of the oldest-first groups (the last group first, each one's events
    latest first, the background last), so that a note read in pieces is the same note."""
    background, main = _background_apart(events)
    codes, names = _day_codes(main)
    # Every code from 0 to len(names) - 1 has rows: the groups come in the order of the names.
    groups = list(zip(names, (group for _, group in main.groupby(codes, sort=True)), strict=True))
    if newest_first:
        yield from ((name, group.iloc[::-1]) for name, group in reversed(groups))
        if not background.empty:
            yield "Background", background.iloc[::-1]
        return
    if not background.empty:
        yield "Background", background
    yield from groups


def day_rows(events: pd.DataFrame, newest_first: bool = False) -> Iterator[tuple[str, list[EventRow]]]:
    """`day_groups` as rows: the events read once for all the days (a table of 100k events has
    thousands of days, and reading each day's rows apart costs more than the rows themselves)."""
    background, main = _background_apart(events)
    codes, names = _day_codes(main)
    days: list[list[EventRow]] = [[] for _ in names]
    for code, row in zip(codes.tolist(), event_rows(main), strict=True):
        days[code].append(row)
    if newest_first:
        yield from ((name, rows[::-1]) for name, rows in zip(names[::-1], days[::-1], strict=True))
        if not background.empty:
            yield "Background", event_rows(background)[::-1]
        return
    if not background.empty:
        yield "Background", event_rows(background)
    yield from zip(names, days, strict=True)


def _md(text: str) -> str:
    return escape_markdown(text, for_streamlit=False)


def _source_day_rows(source: ExportSource) -> Iterator[tuple[str, list[EventRow], Tables]]:
    """`day_rows` over the pieces: the background events, then each day's (a label may come in several
    groups running on: the background's pieces), each with the piece it comes from; newest first (as
    `source.newest_first` asks), the days latest first and the background last, as the chronology."""
    newest = source.newest_first

    def background() -> Iterator[tuple[str, list[EventRow], Tables]]:
        for piece in source.pieces(True):
            if len(piece.events):
                rows = event_rows(_ordered(piece.events))
                yield "Background", rows[::-1] if newest else rows, piece

    if not newest:
        yield from background()
    for piece in source.pieces(False):
        for label, rows in day_rows(piece.events, newest_first=newest):
            yield label, rows, piece
    if newest:
        yield from background()


def _origin_line(what: str, value: str) -> str:
    """ "- Filters: type: claim" as a note's header line; the link's query as code, to copy as it is
    (urlencode leaves no backtick in it)."""
    shown = f"`{value}`" if what in ("link query", "link") and value else _md(value)
    return f"- {what.capitalize()}: {shown}"


def _markdown_chunks(source: ExportSource) -> Iterator[str]:
    """A briefing note: one line per event under its day, with outlets; titles escaped as Markdown."""
    lines = [f"# Briefing: {source.count} events", ""]
    if source.origin is not None:
        # Plain lines, not YAML front matter: read the same in any viewer, and printed with the note.
        said = [(what, value) for what, value in source.origin.rows(source.count) if what != "events"]
        lines += [_origin_line(what, value) for what, value in said] + [""]
    if source.first is not None and source.last is not None:
        if source.newest_first:
            span = f"{day_label(source.last)} back to {day_label(source.first)}, newest first"
        else:
            span = f"{day_label(source.first)} to {day_label(source.last)}, oldest first"
        lines += [f"{span}. Each line: type, what happened, sources.", ""]
    previous: str | None = None
    outlets: dict[str, str] = {}
    sources_of: pd.DataFrame | None = None
    for label, rows, piece in _source_day_rows(source):
        if piece.sources is not sources_of:
            sources_of, outlets = piece.sources, outlet_labels(piece.sources)
        if label != previous:
            if previous is not None:
                lines.append("")
            yield "\n".join(lines) + "\n"
            lines = [f"## {_md(label)}", ""]
            previous = label
        for row in rows:
            names = _md(outlets_line(*split_outlets(split_list(row.sources), outlets)))
            contested = f" **{CONTESTED_LABEL}**" if row.contested else ""
            when = "" if label != "Background" else f"{_md(row.when)}: "
            lines.append(
                f"- **{row.event_type}** {when}{_md(row.title)} "
                f"({sources_label(row.n_sources)}: {names}){contested}"
            )
    if previous is not None:
        lines.append("")
    yield "\n".join(lines)


def key_dates_markdown(
    days: Sequence[KeyDate], origin: ExportOrigin | None = None, *, newest_first: bool = False
) -> str:
    """A briefing note of key dates: each day, why it was chosen, and its sentences with their outlets;
    with `origin`, the filters and view that made it under the title. `days` in date order; the note
    lists them latest first when `newest_first` (the chronology's order)."""
    lines = [f"# Key dates: {len(days)} days", ""]
    if origin is not None:
        rows = [(what, value) for what, value in origin.rows(len(days)) if what != "events"]
        lines += [_origin_line(what, value) for what, value in rows] + [""]
    if days:
        first, last = day_label(days[0].day), day_label(days[-1].day)
        span = f"{last} back to {first}, newest first" if newest_first else f"{first} to {last}, oldest first"
        lines += [f"{span}; sentences quoted verbatim.", ""]
    for key in reversed(days) if newest_first else days:
        lines += [f"## {day_label(key.day)}", "", f"*Chosen because: {_md(key.reason)}.*", ""]
        for sentence in key.sentences:
            # As the dashboard says it: a file name is not passed off as the name of a paper.
            outlet = outlet_shown(sentence.outlet, sentence.article)
            lines.append(f"- “{_md(sentence.text)}” ({_md(outlet)}; event {sentence.event_id})")
        lines.append("")
    return "\n".join(lines)


# Nothing may load or run: the file is read offline, and article text in it must stay inert.
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:960px;margin:2rem auto;
padding:0 1rem;color:#111}
h1{font-size:1.6rem}h2{font-size:1.15rem;border-bottom:1px solid #ddd;margin-top:2rem}
.overview{width:100%;height:auto;border:1px solid #ddd;background:#fafafa}
.event{margin:.75rem 0;padding:.5rem .75rem;border-left:6px solid #999;background:#fff}
.type{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:.3rem;color:#fff;margin-right:.4rem}
.meta{color:#444;font-size:.9rem}.contested{color:#b30000;font-weight:600}
blockquote{margin:.3rem 0 .3rem 1rem;color:#333;font-size:.92rem}
.legend span{margin-right:1rem;white-space:nowrap}
@media print{.overview{display:none}.event{break-inside:avoid}}
"""


def _text_colour(background: str) -> str:
    return (
        "#000" if background in (OKABE_ITO["yellow"], OKABE_ITO["orange"], OKABE_ITO["sky blue"]) else "#fff"
    )


def _overview_svg(shown: pd.DataFrame, view: DateRange | None) -> str:
    """The densest stretch of days (as the dashboard opens on), one mark per event linking to it below
    (`shown`: the events of `overview_events`)."""
    if view is None:
        return ""
    width, height, pad = 900, 150, 55
    first = pd.Timestamp(view.start)
    last = pd.Timestamp(view.end) + pd.Timedelta(days=1)
    span = max(float((last - first).total_seconds()), 1.0)

    def x_of(day: pd.Timestamp) -> float:
        clipped = min(max(day, first), last)
        return pad + (width - 2 * pad) * float((clipped - first).total_seconds()) / span

    parts = [
        f'<svg class="overview" viewBox="0 0 {width} {height}" role="img" aria-label="Events over time">',
        f'<line x1="{pad}" y1="{height - 25}" x2="{width - pad}" y2="{height - 25}" stroke="#888"/>',
    ]
    for day in pd.date_range(first, last - pd.Timedelta(days=1), periods=min(8, (last - first).days)):
        x = x_of(day.normalize())
        parts.append(f'<line x1="{x:.1f}" y1="{height - 28}" x2="{x:.1f}" y2="{height - 22}" stroke="#888"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="11" text-anchor="middle">')
        parts.append(f"{html.escape(day_label(day.normalize()))}</text>")
    # Bars (week, month... events) lie along the bottom, one row each; day events stack above them.
    bar_rows = min(int((shown["precision"] != "day").sum()), 3)
    stacks: dict[int, int] = {}
    for row in event_rows(_ordered(shown)):
        x0, x1 = x_of(row.date), x_of(row.date_end + pd.Timedelta(days=1))
        column = round((x0 + x1) / 2 / 6) if row.precision == "day" else -1
        level = stacks.get(column, 0)
        stacks[column] = level + 1
        level = min(level, bar_rows - 1) if column == -1 else bar_rows + min(level, 8)
        y = height - 38 - 11 * level
        colour = TYPE_STYLES[row.event_type].color
        tip = html.escape(f"{row.when}: {row.title}")
        mark = (
            f'<rect x="{x0:.1f}" y="{y - 4}" width="{max(x1 - x0, 2):.1f}" height="8" fill="{colour}" '
            f'fill-opacity=".45"/>'
            if row.precision != "day"
            else f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y}" r="5" fill="{colour}" stroke="#333"/>'
        )
        parts.append(f'<a href="#{html.escape(row.event_id)}"><title>{tip}</title>{mark}</a>')
    parts.append("</svg>")
    return "".join(parts)


def _countries_shown(row: EventRow, named_countries_only: bool) -> str:
    """An event's countries as a reader's view gives them: "" for inferred ones when only named count."""
    if named_countries_only and row.country_basis == REPORT_BASIS:
        return ""
    return countries_label(split_list(row.countries), row.country_basis, codes=False)


def _html_chunks(source: ExportSource) -> Iterator[str]:
    """A single HTML file that needs nothing else: inline CSS and SVG, no scripts, no network."""
    yield (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>News timeline</title><style>{_CSS}</style></head><body>\n"
    )
    body = [
        f"<h1>News timeline: {source.count} events</h1>",
        *(
            [
                '<p class="meta">'
                + " · ".join(
                    f"{html.escape(what.capitalize())}: {html.escape(value)}"
                    for what, value in source.origin.rows(source.count)
                )
                + "</p>"
            ]
            if source.origin is not None
            else []
        ),
        *(
            ["<p>Countries: only those the reports name, none inferred from where a report is set.</p>"]
            if source.named_countries_only
            else []
        ),
        _overview_svg(source.overview(), source.view),
        '<p class="legend">'
        + "".join(
            f'<span><span class="type" style="background:{style.color};color:{_text_colour(style.color)}">'
            f"{event_type}</span></span>"
            for event_type, style in TYPE_STYLES.items()
            if event_type in source.types
        )
        + "</p>",
    ]
    previous: str | None = None
    read: tuple[pd.DataFrame, pd.DataFrame] | None = None
    sources: dict[str, list[_Source]] = {}
    for label, rows, piece in _source_day_rows(source):
        if read is None or piece.mentions is not read[0] or piece.sources is not read[1]:
            read, sources = (piece.mentions, piece.sources), _sources_by_event(piece)
        if label != previous:
            yield "\n".join(body) + "\n"
            body = [f"<h2>{html.escape(label)}</h2>"]
            previous = label
        for row in rows:
            style = TYPE_STYLES[row.event_type]
            meta = [html.escape(row.when)]
            if row.date_reason:
                meta.append(html.escape(row.date_reason))
            facts = [
                ("Actors", ", ".join(split_list(row.actors))),
                ("Countries", _countries_shown(row, source.named_countries_only)),
                ("Places", ", ".join(split_list(row.locations))),
                ("Figures", "; ".join(split_list(row.figures))),
            ]
            quotes = "".join(
                f"<blockquote>{html.escape(s.sentence)}<br><small>— {html.escape(s.outlet)}"
                f"{', ' + html.escape(s.published) if s.published else ''}</small></blockquote>"
                for s in sources.get(row.event_id, [])
            )
            badge = f"background:{style.color};color:{_text_colour(style.color)}"
            contested = f' <span class="contested">{CONTESTED_LABEL}</span>' if row.contested else ""
            details = "".join(
                f'<div class="meta">{name}: {html.escape(value)}</div>' for name, value in facts if value
            )
            anchor = html.escape(row.event_id)
            body.append(
                f'<div class="event" id="{anchor}" style="border-left-color:{style.color}">'
                f'<span class="type" style="{badge}">{html.escape(row.event_type)}</span>'
                f"<strong>{html.escape(row.title)}</strong>{contested}"
                f'<div class="meta">{" · ".join(meta)} · {sources_label(row.n_sources)}</div>'
                f"{details}<details><summary>Sources</summary>{quotes}</details></div>"
            )
    yield "\n".join(body) + "\n</body></html>\n"
