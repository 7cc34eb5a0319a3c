"""Where sources disagree, derived from the event table: claims with the denials that answer them,
and figures that different sources give different values for."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from events.extract.quantities import disputed_figures as group_disputed
from events.query.filters import outlet_labels
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


def disputed_figures(tables: Tables) -> list[DisputedFigure]:
    """Every event's figures that sources disagree on, grouped by what they count, each with its source."""
    outlets = outlet_labels(tables.sources)
    out: list[DisputedFigure] = []
    events = tables.events[tables.events["figures"].str.contains(";", regex=False)]
    for event_id, cell in zip(events["event_id"], events["figures"], strict=True):
        for kind, members in group_disputed(split_list(cell)).items():
            if len({m.article for m in members}) < 2:  # one article's own range ("$30 to $50 billion")
                continue
            values = tuple(
                SourcedValue(text=m.text, article=m.article, outlet=outlets.get(m.article, m.article))
                for m in members
            )
            out.append(DisputedFigure(event_id=event_id, kind=kind, values=values))
    return out
