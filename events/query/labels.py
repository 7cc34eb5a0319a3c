"""Events as people read them: typed rows, date labels by precision, country names, "3 sources"."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

import pandas as pd

from events.errors import EventsError

_SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring"}
_SEASONS |= {6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


# Cached: a big export or list labels the same few thousand days hundreds of thousands of times.
@lru_cache(maxsize=8192)
def day_label(day: dt.date | pd.Timestamp) -> str:
    """2025-04-09 -> "Wed 9 Apr 2025"."""
    return f"{day:%a} {day.day} {day:%b %Y}"


@lru_cache(maxsize=8192)
def when_label(start: dt.date | pd.Timestamp, end: dt.date | pd.Timestamp, precision: str) -> str:
    """An event's date as its precision allows: "Tue 8 Apr 2025", "week of 7 Apr 2025", "April 2025"."""
    if precision == "day" or start == end:
        return day_label(start)
    # "late April or early May" (21 Apr-10 May) was labelled "April 2010", a month it may not be in: a
    # span that leaves its month (its year) is shown whole.
    crosses = (start.year, start.month) != (end.year, end.month) if precision == "month" else False
    crosses = crosses or (precision == "year" and start.year != end.year)
    if crosses:
        return f"{day_label(start)} – {day_label(end)}"
    if precision == "week":
        return f"week of {start.day} {start:%b %Y}"
    if precision == "month":
        return f"{start:%B %Y}"
    if precision == "season":
        return f"{_SEASONS[start.month]} {end.year if start.month == 12 else start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "year":
        return f"{start.year}"
    return f"{day_label(start)} – {day_label(end)}"


# What the `contested` flag means: a claim that a denial answers (events.merge sets it from the links). Said
# whole wherever the flag is shown, since "contested" alone reads as sources disagreeing with each other.
CONTESTED_LABEL = "contested: a denial answers it"


def published_label(published: dt.date | pd.Timestamp | None, basis: str) -> str:
    """ "published Wed 9 Apr 2025 (inferred)": an article's day with how it was found (sources.csv
    `published_basis`: given, read from the text, or inferred), or "publication date unknown"."""
    if published is None or pd.isna(published):
        return "publication date unknown"
    how = {"given": "", "text": " (from the article text)", "inferred": " (inferred: not in the article)"}
    return f"published {day_label(pd.Timestamp(published))}{how.get(basis, '')}"


def outlet_shown(outlet: str, article: str) -> str:
    """How a page names an article's outlet: "NBC News", or "outlet not named (nbc.txt)" when sources.csv
    gives none, so that a file name is not read as the name of a paper."""
    return outlet if outlet and outlet != article else f"outlet not named ({article})"


def sources_label(count: int) -> str:
    return f"{count} source" if count == 1 else f"{count} sources"


@lru_cache(maxsize=512)
def country_label(code: str) -> str:
    """ "CHN" -> "China"; the code itself when no name is known."""
    try:
        from events.extract.entities import country_name

        name = country_name(code)
    except (ImportError, EventsError):  # no gazetteer here: pycountry still knows the official names
        name = ""
    if not name:
        import pycountry

        country = pycountry.countries.get(alpha_3=code.upper())
        name = str(getattr(country, "common_name", None) or getattr(country, "name", "")) if country else ""
    return name or code


# Said beside an event's countries when no report of it names one: taken from where its reports are
# set (their dateline and places), which a researcher may want to tell from a named one.
REPORT_COUNTRY_NOTE = "from where the report is set"


def countries_label(countries: list[str], basis: str, codes: bool = True) -> str:
    """ "China (CHN)" ("China" without `codes`), or "China (CHN), from where the report is set" for an
    event whose countries no report names (country_basis "report"); "" for none."""
    shown = ", ".join(f"{country_label(c)} ({c})" if codes else country_label(c) for c in countries)
    return f"{shown}, {REPORT_COUNTRY_NOTE}" if shown and basis == "report" else shown


@dataclass(frozen=True)
class EventRow:
    """One row of the events table with typed fields, for code that reads events one at a time."""

    event_id: str
    date: pd.Timestamp
    date_end: pd.Timestamp
    precision: str
    event_type: str
    title: str
    actors: str
    countries: str
    locations: str
    figures: str
    sources: str
    n_sources: int
    contested: bool
    background: bool
    date_reason: str
    linked: str
    reviewed: bool = False  # an analyst accepted it (the review queue)
    country_basis: str = ""  # how its countries were found (events.schema.COUNTRY_BASES)

    @property
    def when(self) -> str:
        return when_label(self.date, self.date_end, self.precision)


_ROW_FIELDS = [f.name for f in fields(EventRow)]


def event_rows(events: pd.DataFrame) -> list[EventRow]:
    """The events table's rows, in order, as EventRow values."""
    # Column by column, then zipped: reading a big table row by row (to_dict) costs twice as much.
    columns: dict[str, list[Any]] = {}
    for name in (c for c in _ROW_FIELDS if c in events.columns):
        column = events[name]
        if name in ("date", "date_end"):
            columns[name] = list(column)  # Timestamps
        elif name == "n_sources":
            columns[name] = [int(value) for value in column.to_numpy()]
        elif name in _TYPED:
            columns[name] = [bool(value) for value in column.to_numpy()]
        else:
            columns[name] = [str(value) for value in column.tolist()]
    names = list(columns)
    return [
        EventRow(**dict(zip(names, values, strict=True))) for values in zip(*columns.values(), strict=True)
    ]


_TYPED = ("date", "date_end", "n_sources", "contested", "background", "reviewed")


@dataclass(frozen=True)
class MentionRow:
    """One row of the mentions table: a sentence of one article that reports one event."""

    event_id: str
    article: str
    sentence: str
    start: int
    end: int
    date_text: str
    date_reason: str


def mention_rows(mentions: pd.DataFrame) -> list[MentionRow]:
    return [
        MentionRow(
            event_id=str(row["event_id"]),
            article=str(row["article"]),
            sentence=str(row["sentence"]),
            start=int(row["start"]),
            end=int(row["end"]),
            date_text=str(row["date_text"]),
            date_reason=str(row["date_reason"]),
        )
        for row in mentions.to_dict("records")
    ]


# Outlets a line names before counting the rest (a line, not a paragraph of names); a line of several
# lists (a day each) names half as many in each.
OUTLETS_IN_A_LINE = 6


def articles_label(count: int) -> str:
    return f"{count} article" if count == 1 else f"{count} articles"


def unnamed_outlets(count: int) -> str:
    """ "3 articles, outlets not named": the articles whose sources.csv row names no outlet, counted, not
    listed by file name (a file name reads as the name of a paper)."""
    return f"{articles_label(count)}, {'outlet' if count == 1 else 'outlets'} not named"


def split_outlets(articles: Sequence[str], outlets: Mapping[str, str]) -> tuple[list[str], int]:
    """The outlets of `articles` that name one (one per article, in order) and how many name none.
    `outlets` maps an article to its outlet as `outlet_labels` (the article itself when none) or
    `outlet_shown` ("outlet not named (x.txt)") gives it; an article missing from it names none."""
    named = [
        name
        for article in articles
        if (name := outlets.get(article, "")) not in ("", article, outlet_shown("", article))
    ]
    return named, len(articles) - len(named)


def outlets_line(outlets: Sequence[str], unnamed: int = 0, most: int = OUTLETS_IN_A_LINE) -> str:
    """A line of outlets, each named once, not one per article ("The Guardian, The Guardian", or 45 names,
    mostly repeats, for a story every paper ran): repeated outlets counted and first ("BBC (12), Reuters
    (3), Fox News"), the first `most` then how many more, then the `unnamed` articles that name no outlet,
    counted rather than listed by file name:

        BBC, BBC, Reuters  ->  "BBC (2), Reuters"
        nine outlets  ->  "A, B, C, D, E, F and 3 more"
        no outlet, 56 articles  ->  "56 articles, outlets not named"
        BBC and 2 articles with none  ->  "BBC; 2 articles, outlets not named"
    """
    counts = Counter(outlets)
    named = [name if n == 1 else f"{name} ({n})" for name, n in counts.most_common()]
    # Seven fit whole: "and 1 more" would save nothing.
    line = (
        ", ".join(named[:most]) + f" and {len(named) - most} more"
        if len(named) > most + 1
        else ", ".join(named)
    )
    if not unnamed:
        return line
    return f"{line}; {unnamed_outlets(unnamed)}" if line else unnamed_outlets(unnamed)
