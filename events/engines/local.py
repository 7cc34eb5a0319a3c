"""The local engine: a corpus of articles -> the events, mentions and sources tables, in this process.

Articles whose publication date is neither given nor stated get one inferred here: the date on which
their relative dates ("Tuesday", "a day earlier") land on the happenings other articles date, and on
which their weekdays fall closest together, never before the latest date they state.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import pandas as pd

from events.engines.collector import collection_paused
from events.engines.scheduling import InProcess, MentionCache, Scheduler
from events.extract.budget import Budget
from events.extract.corpus import (
    BUILD_DAY_EVIDENCE,
    Article,
    Corpus,
    Problem,
    publication_problem,
    stated_dates,
)
from events.extract.entities import Gazetteer, load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.patterns import WEEKDAY_WORD
from events.merge.actor_names import settle_actors
from events.merge.clusters import (
    Cluster,
    ClusterIndex,
    DenialFacts,
    cluster_mentions,
    event_id,
    joined,
    link_facts,
    merge_pass,
    occasions,
    tabulate,
    unique_ids,
)
from events.merge.incremental import MergeLog, Ref
from events.schema import (
    FIRST_DAY,
    LAST_DAY,
    SOURCE_COLUMNS,
    TITLE_MAX,
    Tables,
    empty_table,
    in_table_range,
    schema_errors,
    validate,
)

if TYPE_CHECKING:
    import pandera.errors

WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(said|announced|told|reported|stated|revealed|confirmed)\b", re.IGNORECASE)
# How far after the latest date an article states, or around the corpus's dates, its own may lie.
INFERENCE_DAYS = 7
INFERENCE_CANDIDATES = 21


def build_tables(
    corpus: Corpus,
    gazetteer: Gazetteer | None = None,
    *,
    scheduler: Scheduler | None = None,
    cache: MentionCache | None = None,
) -> Tables:
    """Extract, date, merge and tabulate; no I/O but the cache's. What went wrong with one article is
    in its `notes`."""
    return build_tables_noted(corpus, gazetteer, scheduler=scheduler, cache=cache)[0]


@dataclass(frozen=True)
class MergeRecord:
    """What a build keeps of its merge so that an add can replay it (events.merge.incremental): the
    pass, which of its happenings `regroup` made one event, each event's id before and after ids were
    made unique (by the mention that started its first happening),
    the claim-and-denial facts of each happening, each article's notes before the schema check, and
    whether that check left any event out (an add then rebuilds everything)."""

    log: MergeLog
    base_ids: dict[Ref, str]
    ids: dict[Ref, str]
    facts: dict[Ref, DenialFacts]
    notes: dict[str, list[str]]
    dropped: bool
    # An event made of several of the pass's happenings (`regroup`) -> the others it is made of
    joins: dict[Ref, tuple[Ref, ...]] = field(default_factory=dict)


def build_tables_noted(
    corpus: Corpus,
    gazetteer: Gazetteer | None = None,
    *,
    scheduler: Scheduler | None = None,
    cache: MentionCache | None = None,
) -> tuple[Tables, list[Problem]]:
    tables, problems, _record = build_tables_recorded(corpus, gazetteer, scheduler=scheduler, cache=cache)
    return tables, problems


def build_tables_recorded(
    corpus: Corpus,
    gazetteer: Gazetteer | None = None,
    *,
    scheduler: Scheduler | None = None,
    cache: MentionCache | None = None,
) -> tuple[Tables, list[Problem], MergeRecord | None]:
    """As `build_tables`, also returning the problems met with single articles, which the sources
    table's `notes` repeat. A problem confined to one article never stops the build: that article's
    events are left out (or the dates it cannot hold), with a note saying so.

    Every engine runs these steps in this order; `scheduler` only decides where the per-article
    steps (extraction, publication-date inference) run: here by default, or on Dask. Articles the
    `cache` holds are not extracted again. The record of the merge is None when an article's
    publication date was inferred (inference reads every event: an add then rebuilds everything)."""
    with collection_paused():
        return _build_tables_recorded(corpus, gazetteer, scheduler, cache)


def _build_tables_recorded(
    corpus: Corpus, gazetteer: Gazetteer | None, scheduler: Scheduler | None, cache: MentionCache | None
) -> tuple[Tables, list[Problem], MergeRecord | None]:
    gazetteer = gazetteer or load_gazetteer()
    scheduler = scheduler or InProcess()
    articles = list(corpus.articles)
    notes: dict[str, list[str]] = {a.name: list(a.notes) for a in articles}
    known = [a for a in articles if a.published is not None]
    mentions: list[Mention] = []
    numbered: list[tuple[Mention, int]] = []
    for article, extraction in zip(known, extract_all(known, gazetteer, scheduler, cache), strict=True):
        kept = read_extraction(extraction, notes[article.name])
        mentions.extend(kept)
        numbered.extend(numbered_mentions(extraction, kept))
    dated: dict[str, Article] = {a.name: a for a in known}
    undated = [a for a in articles if a.published is None]
    if undated:
        # Publication dates are inferred against the events of the dated articles: a first merge.
        corpus_dates = [a.published for a in known if a.published is not None]
        reference = Reference(ReferenceEvents(cluster_mentions(mentions)), corpus_dates, gazetteer)
        inferred = scheduler.map(infer_batch, undated, reference)
        now_dated = [article for article, _note in inferred]
        extractions = extract_all(now_dated, gazetteer, scheduler, cache)
        for (article, note), extraction in zip(inferred, extractions, strict=True):
            if note:
                notes[article.name].append(note)
            found = read_extraction(extraction, notes[article.name])
            if article.published_evidence == BUILD_DAY_EVIDENCE and found:
                notes[article.name].append(BUILD_DAY_NOTE)
                found = [replace(m, date_reason=m.date_reason + BUILD_DAY_REASON) for m in found]
            mentions.extend(found)
            dated[article.name] = article
    passed = merge_pass(mentions)
    groups = occasions(passed)
    clusters = [joined([passed[at] for at in group]) for group in groups]
    base_ids = [event_id(c) for c in clusters]
    ids = unique_ids(base_ids)
    facts = [DenialFacts.of(c) for c in clusters]
    links = link_facts(facts)
    events, mention_table = tabulate(clusters, ids, [sorted(ids[j] for j in links[i]) for i in links])
    merge_notes = {name: list(found) for name, found in notes.items()}
    rows_before = len(events)
    events, mention_table = finish_tables(events, mention_table, notes)
    # (reports name one actor in several forms: the table, where they meet, writes each as one; an event
    # of no country takes its people's, which the table's other events name)
    events = settle_actors(events)
    sources = validate("sources", sources_table([dated[a.name] for a in articles], notes))
    problems = [Problem(a.name, note) for a in articles for note in notes[a.name][len(a.notes) :]]
    record = None
    if not undated:
        # The log is of the pass; an event is named by the first of the pass's happenings it is made of,
        # and the others it is made of are kept beside it, so that an add joins them again.
        log = MergeLog.of(numbered, passed)
        index_of = {id(m): i for m, i in numbered}
        starts = [Ref(c.best.article, index_of[id(c.best)]) for c in passed]
        creators = [starts[group[0]] for group in groups]
        record = MergeRecord(
            log=log,
            base_ids=dict(zip(creators, base_ids, strict=True)),
            ids=dict(zip(creators, ids, strict=True)),
            facts={r: f for r, f in zip(creators, facts, strict=True) if f.event_type in ("claim", "denial")},
            notes=merge_notes,
            dropped=len(events) != rows_before,
            joins={starts[g[0]]: tuple(starts[at] for at in g[1:]) for g in groups if len(g) > 1},
        )
    return Tables(events, mention_table, sources), problems, record


def finish_tables(
    events: pd.DataFrame, mentions: pd.DataFrame, notes: dict[str, list[str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The merge's rows with titles the schema accepts, checked against the schema: events it refuses
    are left out with a note on their articles."""
    if events.empty:
        return empty_table("events"), empty_table("mentions")
    events = with_titles(events, mentions)
    return _schema_checked(events, mentions, notes)


@dataclass(frozen=True)
class Extraction:
    """What reading one article gave: its mentions, or the error that stopped it; `exhausted` when
    its budget of steps ran out before its last sentence (then `budget_steps` says how many it had)."""

    mentions: list[Mention]
    error: str = ""
    exhausted: bool = False
    budget_steps: int = 0

    @property
    def complete(self) -> bool:
        """Read to the end without error: the same next time, so worth caching."""
        return not self.error and not self.exhausted


class ReferenceEvents:
    """The dated articles' events, indexed as the merge indexes them: an undated article's mention meets
    only the events of its kind whose dates overlap its own, and its names only the events naming them,
    so inferring a date costs the same however large the corpus. Results come in the events' order."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.clusters = clusters
        self._index = ClusterIndex()
        self._by_actor: dict[str, list[Cluster]] = {}
        for cluster in clusters:
            self._index.add(cluster)
            for actor in cluster.actors:
                self._by_actor.setdefault(actor, []).append(cluster)
        self._position = {cluster: i for i, cluster in enumerate(clusters)}

    def matching(self, mention: Mention) -> list[Cluster]:
        """The events `mention` could be (`same_happening`), in their order."""
        return sorted(self._index.matches(mention), key=self._position.__getitem__)

    def naming(self, names: set[str]) -> list[Cluster]:
        """The events whose reports name any of `names`, in their order."""
        found = {cluster for name in names for cluster in self._by_actor.get(name, ())}
        return sorted(found, key=self._position.__getitem__)


# An article that nothing dates is dated the day of the build: every date read from it says so, where the
# dashboard shows why an event has its date, and so does the article's note
BUILD_DAY_REASON = (
    "; the article states no date and none was given, so its publication date is the day the table was "
    "built: give `published` in sources.csv"
)
BUILD_DAY_NOTE = (
    "it states no date and no dated article was built with it: its events are dated from the day the table "
    "was built, which may be far from when it was written; give `published`"
)


@dataclass(frozen=True)
class Reference:
    """What an undated article's publication date is inferred against: the dated articles' events."""

    events: ReferenceEvents
    corpus_dates: list[dt.date]
    gazetteer: Gazetteer


def extract_batch(articles: Sequence[Article], gazetteer: Gazetteer) -> list[Extraction]:
    """The step every engine schedules: each article read for mentions, dated by its publication date.
    An article that fails gives its error, never an exception: one article must not stop the build."""
    out = []
    for article in articles:
        budget = Budget()
        try:
            found = extract_mentions(article, gazetteer, budget=budget)
        except Exception as error:
            out.append(Extraction([], error=f"{type(error).__name__}: {error}"))
            continue
        out.append(Extraction(found, exhausted=budget.exhausted, budget_steps=budget.steps))
    return out


def infer_batch(articles: Sequence[Article], reference: Reference) -> list[tuple[Article, str]]:
    """Each article with its inferred publication date and the evidence for it, and a note when the
    inference failed (the article is then given the corpus's latest date)."""
    out = []
    for article in articles:
        note = ""
        try:
            published, evidence = infer_publication(
                article, reference.events, reference.corpus_dates, reference.gazetteer
            )
        except Exception as error:  # one article's failure must not stop the build
            published, evidence = _fallback_publication(reference.corpus_dates)
            note = f"its publication date could not be inferred ({error})"
        dated = replace(article, published=published, published_basis="inferred", published_evidence=evidence)
        out.append((dated, note))
    return out


def extract_all(
    articles: Sequence[Article], gazetteer: Gazetteer, scheduler: Scheduler, cache: MentionCache | None
) -> list[Extraction]:
    """Each article's extraction: from the cache when it holds the article, else scheduled (and
    cached when it read the whole article)."""
    cached = [cache.get(a) if cache else None for a in articles]
    found = [None if mentions is None else Extraction(mentions) for mentions in cached]
    missing = [i for i, extraction in enumerate(found) if extraction is None]
    fresh = scheduler.map(extract_batch, [articles[i] for i in missing], gazetteer)
    for i, extraction in zip(missing, fresh, strict=True):
        found[i] = extraction
        if cache is not None and extraction.complete:
            cache.put(articles[i], extraction.mentions)
    return [extraction or Extraction([]) for extraction in found]


def numbered_mentions(extraction: Extraction, kept: list[Mention]) -> list[tuple[Mention, int]]:
    """Each kept mention with its place among all the article's mentions (as the cache holds them)."""
    place = {id(m): i for i, m in enumerate(extraction.mentions)}
    return [(m, place[id(m)]) for m in kept]


def read_extraction(extraction: Extraction, notes: list[str]) -> list[Mention]:
    """The article's mentions that a table can hold; what it cannot is noted, never raised."""
    if extraction.error:
        notes.append(f"skipped: its text could not be read for events ({extraction.error})")
        return []
    if extraction.exhausted:
        notes.append(
            f"only part of its text was read for events ({extraction.budget_steps:,} sentences, clauses and "
            "mentions are the most one article is given, and it is unusually long or dense); split it to "
            "read all of it"
        )
    kept = []
    for mention in extraction.mentions:
        if in_table_range(mention.date_start) and in_table_range(mention.date_end):
            kept.append(mention)
        else:
            notes.append(
                f"'{mention.date_text}' in \"{_clip(mention.sentence.text)}\" is dated "
                f"{mention.date_start.isoformat()}, outside the dates the table can hold "
                f"({FIRST_DAY.year}–{LAST_DAY.year}); that sentence is left out"
            )
    return kept


def _clip(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fallback_publication(corpus_dates: list[dt.date]) -> tuple[dt.date, str]:
    day = max(corpus_dates) if corpus_dates else dt.date.today()
    return day, f"dated {day:%a %-d %b %Y} because its date could not be inferred; give `published`"


def with_titles(events: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Every event with a title the schema accepts: an empty one (a sentence of symbols, say) becomes
    the start of its first sentence, else "<Type> reported by <article>"; a long one is cut."""
    titles = events["title"].fillna("").astype(str).map(lambda t: " ".join(t.split()))
    empty = titles == ""
    if empty.any():
        first = mentions.drop_duplicates("event_id").set_index("event_id")
        for index in events.index[empty]:
            event_id = events.at[index, "event_id"]
            sentence = " ".join(str(first["sentence"].get(event_id, "")).split())
            article = str(first["article"].get(event_id, ""))
            fallback = sentence if any(ch.isalnum() for ch in sentence) else ""
            titles.at[index] = (
                fallback or f"{str(events.at[index, 'event_type']).capitalize()} reported by {article}"
            )
    long = titles.str.len() > TITLE_MAX
    titles[long] = titles[long].str.slice(0, TITLE_MAX - 1).str.rstrip() + "…"
    return events.assign(title=titles)


def _schema_checked(
    events: pd.DataFrame, mentions: pd.DataFrame, notes: dict[str, list[str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The validated tables; events the schema refuses are left out with a note on their articles, so
    that a defect met in one article's text cannot fail the whole build."""
    events, mentions = events.reset_index(drop=True), mentions.reset_index(drop=True)
    backwards = set(events.loc[events["date_end"] < events["date"], "event_id"])
    if backwards:
        events, mentions = _without(backwards, events, mentions, notes)
    for _attempt in range(5):
        try:
            checked_events = validate("events", events)
        except schema_errors() as error:  # pandera is imported only when a table fails its checks
            events, mentions = _without(_failing_ids(error, events), events, mentions, notes)
            continue
        try:
            return checked_events, validate("mentions", mentions)
        except schema_errors() as error:
            events, mentions = _without(_failing_ids(error, mentions), events, mentions, notes)
    return validate("events", events), validate("mentions", mentions)


def _failing_ids(error: pandera.errors.SchemaErrors, frame: pd.DataFrame) -> set[str]:
    rows = {int(i) for i in error.failure_cases["index"].dropna() if isinstance(i, int | float)}
    ids = set(frame.loc[sorted(rows & set(frame.index)), "event_id"])
    if not ids:
        raise error  # not a defect of some rows (a wrong column): a bug to fix, not to hide
    return ids


def _without(
    ids: set[str], events: pd.DataFrame, mentions: pd.DataFrame, notes: dict[str, list[str]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    dropped = mentions[mentions["event_id"].isin(ids)]
    for article, count in dropped["article"].value_counts().sort_index().items():
        notes.setdefault(str(article), []).append(
            f"{count} of its sentences were left out: the events they make do not fit the table's schema"
        )
    return (
        events[~events["event_id"].isin(ids)].reset_index(drop=True),
        mentions[~mentions["event_id"].isin(ids)].reset_index(drop=True),
    )


def sources_table(articles: list[Article], notes: dict[str, list[str]] | None = None) -> pd.DataFrame:
    notes = notes or {}
    rows = [
        {
            "article": a.name,
            "outlet": a.outlet,
            "title": a.title,
            "url": a.url,
            "published": pd.Timestamp(a.published) if a.published else pd.NaT,
            "published_basis": a.published_basis,
            "published_evidence": a.published_evidence,
            "sha256": a.sha256,
            "notes": "; ".join(dict.fromkeys(notes.get(a.name, a.notes))),
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def infer_publication(
    article: Article,
    reference: ReferenceEvents | list[Cluster],
    corpus_dates: list[dt.date],
    gazetteer: Gazetteer,
) -> tuple[dt.date, str]:
    """A publication date for an article that states none, with the evidence in plain words."""
    if not isinstance(reference, ReferenceEvents):
        reference = ReferenceEvents(reference)
    # A stated date that could not be the publication date ("12 April 2263") bounds nothing.
    stated = [item for item in stated_dates(article.text) if not publication_problem(item[1], "")]
    latest = max(stated, key=lambda item: item[1]) if stated else None
    if latest is not None:
        candidates = [latest[1] + dt.timedelta(days=k) for k in range(INFERENCE_DAYS + 1)]
    else:
        shared = _candidates_from_shared_actors(article, reference, gazetteer)
        candidates = shared or sorted(set(corpus_dates))[-1:]
    if not candidates:
        return dt.date.today(), BUILD_DAY_EVIDENCE
    scored: list[tuple[int, int, int, dt.date, list[tuple[Mention, Cluster]]]] = []
    for candidate in candidates:
        # Each reading has a budget of its own, as an extraction has: one shared by all the candidates
        # would weigh the later days on less of the text than the earlier ones.
        budget = Budget()
        mentions = extract_mentions(article, gazetteer, candidate, budget=budget)
        matched = [
            (m, c)
            for m in mentions
            if m.date_basis in ("explicit", "resolved") and m.precision in ("day", "week")
            for c in reference.matching(m)
        ]
        # Weekdays tell the publication day apart; "a day earlier" moves with any candidate, so not it.
        relative = [
            m.date_start for m in mentions if m.date_basis == "resolved" and WEEKDAY.search(m.date_text)
        ]
        spread = (max(relative) - min(relative)).days if relative else 0
        # "announced on April 8" cannot be in an article of 2 April
        reported_later = sum(
            1 for m in mentions if m.date_start > candidate and REPORTED.search(m.sentence.text)
        )
        scored.append((reported_later, -len({id(m) for m, _ in matched}), spread, candidate, matched))
        if budget.exhausted:  # a huge article, one reading cut short: judge by the candidates weighed so far
            break
    _late, _score, spread, chosen, matched = min(scored, key=lambda item: item[:4])
    if not matched and latest is None and not spread and corpus_dates:
        newest = max(corpus_dates)
        return newest, (
            "no date evidence in the text: given the corpus's latest publication date, "
            f"{newest:%a %-d %b %Y}; set `published` in sources.csv"
        )
    return chosen, _evidence(chosen, matched, latest, spread)


def _candidates_from_shared_actors(
    article: Article, reference: ReferenceEvents, gazetteer: Gazetteer
) -> list[dt.date]:
    """Days the article may be from: within a week after the day-dated happenings of the people it
    names. Bounded, so the search does not grow with the span of the corpus."""
    names = {e.name for e in gazetteer.find(article.text) if e.kind == "actor"}
    counts: dict[dt.date, int] = {}
    for cluster in reference.naming(names):
        best = cluster.best
        if best.precision == "day":
            for k in range(INFERENCE_DAYS + 1):
                day = best.date_start + dt.timedelta(days=k)
                counts[day] = counts.get(day, 0) + 1
    ranked = sorted(counts, key=lambda day: (-counts[day], day))[:INFERENCE_CANDIDATES]
    return sorted(ranked)


def _evidence(
    chosen: dt.date,
    matched: list[tuple[Mention, Cluster]],
    latest: tuple[int, dt.date, str] | None,
    spread: int,
) -> str:
    parts = []
    if matched:
        seen: dict[str, str] = {}
        for mention, cluster in matched:
            other = cluster.best
            seen.setdefault(
                mention.date_text,
                f"'{mention.date_text}' → {mention.date_start:%a %-d %b %Y}, the date "
                f"{other.outlet or other.article} gives the same {cluster.event_type}",
            )
        parts.append("; ".join(list(seen.values())[:3]))
    if latest is not None:
        parts.append(f"the latest date it states is '{latest[2]}'")
    if spread:
        parts.append(f"its weekdays then fall within {spread + 1} days")
    reason = "; ".join(parts) or "the earliest date consistent with the corpus"
    return f"inferred {chosen:%a %-d %b %Y}: {reason}"
