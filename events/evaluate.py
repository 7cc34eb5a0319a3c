"""Precision, recall and date accuracy of a built events table against hand-labelled events.

Two matchings are reported. The strict one (the figures the tests hold) pairs a labelled event with a
built one of the same kind. The open one pairs them whatever the type, so that it can say how many labelled
happenings were found at all, with the right date, with the right type; how many built events match no
labelled happening (in articles that were labelled); how precise each confidence band is, and how well
confidence orders the events (its AUC); how many titles are cut off or are no clause, and how many
have a bare pronoun for their subject.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from events.errors import InputError
from events.extract.corpus import (
    Article,
    Corpus,
    Problem,
    SourceRow,
    load_sources_csv,
    prepare_article,
    read_article,
)
from events.merge.titles import is_fragment, pronoun_subject
from events.schema import SPEECH_EVENT_TYPES, Tables, split_list

# Confidence bands for the review queue: [low, high) each, the last one closed.
CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.0))


@dataclass(frozen=True)
class GoldEvent:
    gold_id: str
    event_type: str
    date: dt.date
    date_end: dt.date
    sources: frozenset[str]
    keywords: re.Pattern[str]
    note: str


@dataclass(frozen=True)
class Match:
    gold: GoldEvent
    event_id: str
    date_correct: bool
    type_correct: bool = True


@dataclass(frozen=True)
class OpenScores:
    """The open matching (any type) over the events whose sources were all labelled."""

    n_events: int
    matches: tuple[Match, ...]
    n_gold: int
    bands: tuple[tuple[float, float, int, int], ...]  # (low, high, events, matched)
    fragments: int
    n_titles: int
    # How often an event found with the right date has a higher confidence than one that is not (ties
    # count half): 0.5 is no better than chance. Band precisions hang on where the edges fall; this does not.
    confidence_auc: float = float("nan")
    # Titles whose subject is a bare pronoun ("It will reopen ...", "They denied ..."): whole clauses, so
    # not among the fragments, but a headline names who
    pronoun_led: int = 0

    @property
    def n_unmatched(self) -> int:
        """Built events that match no labelled happening (one event may match several articles' labels)."""
        return self.n_events - len({m.event_id for m in self.matches})

    def shares(self) -> list[str]:
        """The lines of the shares: found, with the right date and type, matching nothing, and the titles
        that fall short of a headline."""
        found = len(self.matches)
        dated = sum(m.date_correct for m in self.matches)
        typed = sum(m.type_correct for m in self.matches)
        return [
            "whatever the type:",
            f"  found              {found}/{self.n_gold} = {_share(found, self.n_gold)}",
            f"  found, right date  {dated}/{self.n_gold} = {_share(dated, self.n_gold)}",
            f"  right type (found) {typed}/{found} = {_share(typed, found)}",
            f"  matching no labelled happening {self.n_unmatched}/{self.n_events} = "
            f"{_share(self.n_unmatched, self.n_events)}",
            f"  titles cut off or no clause {self.fragments}/{self.n_titles} = "
            f"{_share(self.fragments, self.n_titles)}",
            f"  titles whose subject is a bare pronoun {self.pronoun_led}/{self.n_titles} = "
            f"{_share(self.pronoun_led, self.n_titles)}",
        ]

    def report(self) -> str:
        lines = [
            *self.shares(),
            "precision by confidence band:",
        ]
        for low, high, events, matched in self.bands:
            close = "]" if high >= 1 else ")"
            lines.append(f"  [{low:.2f}, {high:.2f}{close}  {matched}/{events} = {_share(matched, events)}")
        lines.append(
            f"  ranks a right-dated event above another (AUC, 0.5 = chance) {self.confidence_auc:.3f}"
        )
        lines += [
            f"  wrong type: {m.gold.gold_id} ({m.gold.event_type}) -> {m.event_id}"
            for m in self.matches
            if not m.type_correct
        ]
        return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


@dataclass(frozen=True)
class Scores:
    n_events: int
    n_gold: int
    matches: tuple[Match, ...]
    missed: tuple[GoldEvent, ...]
    unmatched_events: tuple[str, ...]

    @property
    def precision(self) -> float:
        """The share of built events that match a labelled happening."""
        matched = len({m.event_id for m in self.matches})
        return matched / self.n_events if self.n_events else 0.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.n_gold if self.n_gold else 0.0

    @property
    def date_accuracy(self) -> float:
        """Of the matched events, the share whose date interval lies within the labelled one."""
        return sum(m.date_correct for m in self.matches) / len(self.matches) if self.matches else 0.0

    def report(self) -> str:
        lines = [
            f"events {self.n_events}  labelled {self.n_gold}  matched {len(self.matches)}",
            f"precision     {self.precision:.3f}",
            f"recall        {self.recall:.3f}",
            f"date accuracy {self.date_accuracy:.3f}",
        ]
        lines += [f"  missed: {g.gold_id} ({g.event_type} {g.date}) {g.note}" for g in self.missed]
        lines += [
            f"  wrong date: {m.gold.gold_id} -> {m.event_id}" for m in self.matches if not m.date_correct
        ]
        return "\n".join(lines)


GOLD_COLUMNS = ("gold_id", "event_type", "date", "date_end", "sources", "keywords")


def load_gold(path: Path) -> list[GoldEvent]:
    """The labelled events of a gold file; a file that is not one, or a row that cannot be read, is an
    `InputError` naming the line, so that a scorer never prints figures from half a file."""
    if not path.exists():
        raise InputError(f"{path}: no such file of labelled events.")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        absent = [column for column in GOLD_COLUMNS if column not in (reader.fieldnames or ())]
        if absent:
            raise InputError(f"{path}: not a file of labelled events: no column {', '.join(absent)}.")
        rows = list(reader)
    if not rows:
        raise InputError(f"{path}: no labelled events in it, only a header.")
    gold = []
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        try:
            gold.append(
                GoldEvent(
                    gold_id=row["gold_id"],
                    event_type=row["event_type"],
                    date=dt.date.fromisoformat(row["date"] or ""),
                    date_end=dt.date.fromisoformat(row["date_end"] or ""),
                    sources=frozenset(split_list(row["sources"])),
                    keywords=re.compile(row["keywords"] or "", re.IGNORECASE),
                    note=row.get("note") or "",
                )
            )
        except (ValueError, re.error) as error:
            raise InputError(f"{path}, line {line} ({row['gold_id']}): {error}.") from None
    return gold


def _same_kind(a: str, b: str) -> bool:
    return a == b or (a in SPEECH_EVENT_TYPES and b in SPEECH_EVENT_TYPES)


def evaluate_open(tables: Tables, gold: list[GoldEvent]) -> OpenScores:
    """Match labelled to built events whatever their type, over the events whose every source article was
    labelled (an event from an unlabelled article can be neither right nor wrong)."""
    labelled = set().union(*(g.sources for g in gold)) if gold else set()
    events = tables.events[tables.events["sources"].map(lambda cell: set(split_list(cell)) <= labelled)]
    scoped = Tables(events=events, mentions=tables.mentions, sources=tables.sources)
    matches = _match(scoped, gold, any_type=True)
    matched = {m.event_id for m in matches}
    bands = []
    for low, high in CONFIDENCE_BANDS:
        last = high >= CONFIDENCE_BANDS[-1][1]
        in_band = events[
            (events["confidence"] >= low)
            & ((events["confidence"] <= high) if last else (events["confidence"] < high))
        ]
        bands.append((low, high, len(in_band), int(in_band["event_id"].isin(matched).sum())))
    # Plain strings: an empty table's title column may be a string dtype, whose sum of no booleans is "".
    titles = [str(title) for title in events["title"]]
    right = events["event_id"].isin({m.event_id for m in matches if m.date_correct})
    return OpenScores(
        n_events=len(events),
        matches=tuple(matches),
        n_gold=len(gold),
        bands=tuple(bands),
        fragments=sum(map(is_fragment, titles)),
        n_titles=len(titles),
        pronoun_led=sum(map(pronoun_subject, titles)),
        confidence_auc=ranking_auc(events["confidence"].astype(float), right),
    )


def ranking_auc(scores: pd.Series, positive: pd.Series) -> float:
    """The share of (positive, negative) pairs the scores put in the right order, ties counting half
    (the Mann-Whitney statistic from average ranks); NaN without both kinds."""
    n_positive = int(positive.sum())
    n_negative = len(positive) - n_positive
    if not n_positive or not n_negative:
        return float("nan")
    ranks = scores.rank(method="average")
    return float(
        (ranks[positive.to_numpy(bool)].sum() - n_positive * (n_positive + 1) / 2) / (n_positive * n_negative)
    )


def evaluate(tables: Tables, gold: list[GoldEvent]) -> Scores:
    """Match each labelled event to at most one built event: same kind, a shared source article, and
    its keywords in one of the event's source sentences; the best overlap of sources wins."""
    matches = _match(tables, gold, any_type=False)
    taken_gold = {m.gold.gold_id for m in matches}
    taken_events = {m.event_id for m in matches}
    return Scores(
        n_events=len(tables.events),
        n_gold=len(gold),
        matches=tuple(matches),
        missed=tuple(g for g in gold if g.gold_id not in taken_gold),
        unmatched_events=tuple(e for e in tables.events["event_id"] if e not in taken_events),
    )


_Candidate = tuple[float, str, GoldEvent, dict[Any, Any]]


def _match(tables: Tables, gold: list[GoldEvent], any_type: bool) -> list[Match]:
    """Pair labels with built events, best first. A label is matched once; an event once per source
    article: the same happening labelled in two articles is one event when merging is right, and it
    answers both labels (a set labelled article by article must not reward leaving reports apart).

    Best-first alone can leave a label unmatched when the event it fits was given to a label that had
    another event to take; each unmatched label then tries to free one by moving its holder (an
    augmenting path, as in a maximum bipartite matching), so that every label that can be answered is."""
    sentences = tables.mentions.groupby("event_id")["sentence"].apply(" ".join).to_dict()
    candidates: list[_Candidate] = []
    for event in tables.events.to_dict("records"):
        sources = set(split_list(event["sources"]))
        text = f"{event['title']} {sentences.get(event['event_id'], '')}"
        for g in gold:
            shared = len(sources & g.sources)
            same = _same_kind(str(event["event_type"]), g.event_type)
            if shared and (same or any_type) and g.keywords.search(text):
                exact_type = event["event_type"] == g.event_type
                start, end = pd.Timestamp(event["date"]).date(), pd.Timestamp(event["date_end"]).date()
                # of two built events that fit a label equally, the one with its date is the one meant
                dated = 0.5 * (g.date <= start and end <= g.date_end)
                candidates.append((shared + exact_type + same + dated, str(event["event_id"]), g, event))
    ordered = sorted(candidates, key=lambda c: -c[0])
    by_gold: dict[str, list[_Candidate]] = {}
    for candidate in ordered:
        by_gold.setdefault(candidate[2].gold_id, []).append(candidate)
    holder: dict[tuple[str, str], str] = {}  # (event, source article) -> the label it answers
    chosen: dict[str, _Candidate] = {}

    def reports(candidate: _Candidate) -> set[tuple[str, str]]:
        names = set(split_list(str(candidate[3]["sources"]))) & candidate[2].sources
        return {(candidate[1], name) for name in names}

    def seat(candidate: _Candidate) -> None:
        chosen[candidate[2].gold_id] = candidate
        holder.update(dict.fromkeys(reports(candidate), candidate[2].gold_id))

    def unseat(gold_id: str) -> _Candidate:
        candidate = chosen.pop(gold_id)
        for report in reports(candidate):
            holder.pop(report, None)
        return candidate

    def place(gold_id: str, visited: set[str]) -> bool:
        for candidate in by_gold[gold_id]:
            wanted = reports(candidate)
            blockers = {holder[r] for r in wanted if r in holder}
            if not blockers:
                seat(candidate)
                return True
            if len(blockers) > 1 or blockers & visited:
                continue
            blocker = blockers.pop()
            visited.add(blocker)
            before = unseat(blocker)
            seat(candidate)  # held while its former holder looks for another event
            if place(blocker, visited):
                return True
            unseat(gold_id)
            seat(before)
        return False

    for candidate in ordered:
        if candidate[2].gold_id not in chosen and not reports(candidate) & holder.keys():
            seat(candidate)
    for gold_id in by_gold:
        if gold_id not in chosen:
            place(gold_id, {gold_id})
    matches = []
    for candidate in sorted(chosen.values(), key=lambda c: -c[0]):
        _score, event_id, g, event = candidate
        start, end = pd.Timestamp(str(event["date"])).date(), pd.Timestamp(str(event["date_end"])).date()
        type_right = _same_kind(str(event["event_type"]), g.event_type)
        matches.append(Match(g, event_id, g.date <= start and end <= g.date_end, type_right))
    return matches


def gold_corpus(gold: list[GoldEvent], roots: list[Path]) -> Corpus:
    """The labelled articles, looked up by file name under any of `roots` (searched recursively), each
    with the row of a sources.csv beside it or in its parent folder (the layout of ../shared/tls/)."""
    wanted = sorted(set().union(*(g.sources for g in gold))) if gold else []
    paths: dict[str, Path] = {}
    for root in roots:
        if not root.is_dir():
            raise InputError(f"{root} is not a folder of articles.")
        for candidate in root.rglob("*"):
            if candidate.name in wanted and candidate.name not in paths and candidate.is_file():
                paths[candidate.name] = candidate
    rows: dict[Path, dict[str, SourceRow]] = {}
    articles: list[Article] = []
    problems: list[Problem] = []
    for name in wanted:
        path = paths.get(name)
        if path is None:
            problems.append(Problem(name, "labelled but not found under " + ", ".join(map(str, roots))))
            continue
        row = SourceRow()
        for folder in (path.parent, path.parent.parent):
            if folder not in rows:
                rows[folder] = load_sources_csv(folder / "sources.csv")[0]
            if name in rows[folder]:
                row = rows[folder][name]
                break
        articles.append(prepare_article(name, read_article(path), row))
    return Corpus(articles=tuple(articles), problems=tuple(problems))
