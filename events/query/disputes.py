"""Where sources disagree, derived from the event and mention tables: claims with the denials that
answer them ("contested"), figures that different sources give different values for, and days that
different sources date one event to ("sources differ on the date", never called contested: outlets
giving different dates is no dispute between parties)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from events.extract.quantities import SourcedFigure
from events.extract.quantities import disputed_figures as group_disputed
from events.query.filters import outlet_labels
from events.query.labels import OUTLETS_IN_A_LINE, outlets_line, split_outlets
from events.schema import Tables, split_list

ANSWER_TYPES = ("denial", "statement", "claim")


@dataclass(frozen=True)
class ClaimAnswers:
    """A claim and the events that answer it (denials first), by event id, oldest first."""

    claim: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class SourcedValue:
    """One source's value for a disputed figure."""

    text: str
    article: str
    outlet: str


@dataclass(frozen=True)
class DisputedFigure:
    """Figures of one event that count the same kind of thing but disagree."""

    event_id: str
    kind: str
    values: tuple[SourcedValue, ...]


# What a figure's kind counts, in words: "share" is a percentage with nothing said of what it is of.
_KIND_WORDS = {"share": "a percentage", "money": "a sum of money"}
# A currency sign before a figure's number, after its qualifier ("about $5.7 million").
_CURRENCY = re.compile(r"^[^0-9]*[$€£]")


def figure_in_words(kind: str) -> str:
    """ "a percentage", "a sum of money", "how many people", "how many miles": what the sources differ on."""
    return _KIND_WORDS.get(kind, f"how many {kind}")


def figure_sentence(mentions: pd.DataFrame, event_id: str, value: SourcedValue) -> str:
    """The sentence of `value`'s article that gives its figure for the event ("" when none is stored):
    a figure read alone ("6 percent") says nothing of what it counts."""
    rows = mentions[(mentions["event_id"] == event_id) & (mentions["article"] == value.article)]
    for sentence in rows["sentence"]:
        if value.text in str(sentence):
            return str(sentence)
    return ""


def claims_with_answers(events: pd.DataFrame) -> list[ClaimAnswers]:
    """Each claim that is contested or linked, with every linked event (either direction)."""
    by_id = events.set_index("event_id", drop=False)
    linked_to: dict[str, set[str]] = {}
    for event_id, linked in zip(events["event_id"], events["linked"], strict=True):
        for other in split_list(linked):
            linked_to.setdefault(event_id, set()).add(other)
            linked_to.setdefault(other, set()).add(event_id)
    claims = events[
        (events["event_type"] == "claim") & (events["contested"] | (events["event_id"].isin(linked_to)))
    ]
    out: list[ClaimAnswers] = []
    for claim in claims.sort_values(["date", "event_id"])["event_id"]:
        answers = [other for other in linked_to.get(claim, set()) if other in by_id.index]
        answers.sort(
            key=lambda other: (by_id.at[other, "event_type"] != "denial", by_id.at[other, "date"], other)
        )
        out.append(ClaimAnswers(claim=claim, answers=tuple(answers)))
    return out


def _sources_disagree(members: list[SourcedFigure]) -> bool:
    """Two articles give values of which none agree: one article's own two figures ("slipped from 64
    percent to 52 percent", "$30 to $50 billion"), or those and a third article repeating one of them,
    are no dispute between sources."""
    by_article: dict[str, set[tuple[float, str]]] = {}
    for m in members:
        if m.figure is not None:
            by_article.setdefault(m.article, set()).add((m.figure.value, m.figure.qualifier))
    given = list(by_article.values())
    return any(not a & b for i, a in enumerate(given) for b in given[i + 1 :])


def disputed_figures(tables: Tables) -> list[DisputedFigure]:
    """Every event's figures that sources disagree on, grouped by what they count, each with its source:
    only where one article gives a value another does not."""
    outlets = outlet_labels(tables.sources)
    out: list[DisputedFigure] = []
    events = tables.events[tables.events["figures"].str.contains(";", regex=False)]
    for event_id, cell in zip(events["event_id"], events["figures"], strict=True):
        for kind, members in group_disputed(split_list(cell)).items():
            if not _sources_disagree(members):
                continue
            values = tuple(
                SourcedValue(text=m.text, article=m.article, outlet=outlets.get(m.article, m.article))
                for m in members
            )
            if kind == "share" and all(_CURRENCY.search(value.text) for value in values):
                kind = "money"  # "nearly $16", "about $5.7 million": sums of money, not percentages
            out.append(DisputedFigure(event_id=event_id, kind=kind, values=values))
    return out


# The day a mention's date reason ends on: "'Tuesday' in an NBC News article published Thu 10 Apr 2025 →
# Tue 8 Apr 2025", "…; the article's publication date, Wed 9 Apr 2025". A span ("Mon 7–Thu 10 Apr 2025",
# "April 2025") names no one day and contradicts none, so it is left out.
_REASON_DAY = re.compile(
    r"(?:→|publication date,) (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(?P<day>\d{1,2} [A-Z][a-z]{2} \d{4})"
    r"(?: \([^)]*\))?$"  # "… → Tue 13 Jul 2010 (the sentence looks ahead)"
)
# "'Friday, March 12, 2010' stated in the text": a whole date, day and year, in the sentence itself.
_STATED = re.compile(r"^'(?P<text>[^']*\b\d{1,2}\b[^']*\b\d{4}\b[^']*)' stated in the text$")


@dataclass(frozen=True)
class SourcesOnADay:
    """One day that some of an event's sources give it, and those sources' outlets (each once)."""

    day: str  # "8 Apr 2025"
    outlets: tuple[str, ...]  # the outlets named, each once
    unnamed: int = 0  # the articles that name no outlet


def mention_day(date_reason: str) -> str:
    """The one day a mention's date reason settles on ("8 Apr 2025"), or "" for a span or no day."""
    reason = date_reason.strip()
    found = _REASON_DAY.search(reason)
    if found:
        return found["day"]
    stated = _STATED.match(reason)
    if stated is None:
        return ""
    day = pd.to_datetime(stated["text"], errors="coerce", format="mixed")
    return "" if pd.isna(day) else f"{day.day} {day:%b %Y}"


def differing_days(mentions: pd.DataFrame, outlets: dict[str, str]) -> list[SourcesOnADay]:
    """The days an event's sources date it to, when they give more than one ("sources differ on the
    date": 8 Apr by NBC News and Al Jazeera, 9 Apr by another report); [] when they agree.

    Read from one event's mention rows; the day most sources give first."""
    by_day: dict[str, dict[str, None]] = {}
    # A report that states no date was given its article's publication day: it says nothing of when the
    # event happened, so it disagrees with no one (two undated reports published a day apart, or an
    # event dated "late last year" by one report, were said to be dated differently by their sources).
    undated = (
        mentions["date_basis"].eq("publication").to_numpy()
        if "date_basis" in mentions
        else [False] * len(mentions)
    )
    for article, reason, fallback in zip(mentions["article"], mentions["date_reason"], undated, strict=True):
        if fallback:
            continue
        day = mention_day(str(reason))
        if day:
            by_day.setdefault(day, {})[str(article)] = None
    if len(by_day) < 2:
        return []
    days = sorted(by_day.items(), key=lambda item: (-len(item[1]), pd.Timestamp(item[0])))
    out = []
    for day, articles in days:
        named, unnamed = split_outlets(list(articles), outlets)
        out.append(SourcesOnADay(day=day, outlets=tuple(dict.fromkeys(named)), unnamed=unnamed))
    return out


def differing_days_line(days: list[SourcesOnADay]) -> str:
    """ "Sources differ on the date: 8 Apr 2025 (NBC News, Al Jazeera) vs 9 Apr 2025 (Reuters)"."""
    if not days:
        return ""
    return "Sources differ on the date: " + " vs ".join(
        f"{d.day} ({outlets_line(d.outlets, d.unnamed, OUTLETS_IN_A_LINE // 2)})" for d in days
    )
