"""The local engine: a corpus of articles -> the events, mentions and sources tables, in this process.

Articles whose publication date is neither given nor stated get one inferred here: the date on which
their relative dates ("Tuesday", "a day earlier") land on the happenings other articles date, and on
which their weekdays fall closest together, never before the latest date they state.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

from events.engines.scheduling import InProcess, MentionCache, Scheduler
from events.extract.corpus import Article, Corpus, stated_dates
from events.extract.entities import Gazetteer, load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.clusters import Cluster, cluster_mentions, same_happening, to_tables
from events.schema import SOURCE_COLUMNS, Tables, empty_table, validate

WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
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
    """Extract, date, merge and tabulate; no I/O but the cache's. Every engine runs these steps in this
    order; `scheduler` only decides where the per-article steps run (here by default, or on Dask)."""
    gazetteer = gazetteer or load_gazetteer()
    scheduler = scheduler or InProcess()
    articles = list(corpus.articles)
    known = [a for a in articles if a.published is not None]
    mentions = [m for found in extract_all(known, gazetteer, scheduler, cache) for m in found]
    dated: dict[str, Article] = {a.name: a for a in known}
    undated = [a for a in articles if a.published is None]
    if undated:
        # Publication dates are inferred against the events of the dated articles: a first merge.
        corpus_dates = [a.published for a in known if a.published is not None]
        reference = Reference(cluster_mentions(mentions), corpus_dates, gazetteer)
        inferred = scheduler.map(infer_batch, undated, reference)
        for article, found in zip(inferred, extract_all(inferred, gazetteer, scheduler, cache), strict=True):
            mentions.extend(found)
            dated[article.name] = article
    events, mention_table = to_tables(cluster_mentions(mentions))
    sources = sources_table([dated[a.name] for a in articles])
    if events.empty:
        return Tables(empty_table("events"), empty_table("mentions"), validate("sources", sources))
    return Tables(
        validate("events", events), validate("mentions", mention_table), validate("sources", sources)
    )


@dataclass(frozen=True)
class Reference:
    """What an undated article's publication date is inferred against: the dated articles' events."""

    clusters: list[Cluster]
    corpus_dates: list[dt.date]
    gazetteer: Gazetteer


def extract_batch(articles: Sequence[Article], gazetteer: Gazetteer) -> list[list[Mention]]:
    """The step every engine schedules: the mentions of each article, dated by its publication date."""
    return [extract_mentions(article, gazetteer) for article in articles]


def infer_batch(articles: Sequence[Article], reference: Reference) -> list[Article]:
    """Each article with its inferred publication date and the evidence for it."""
    out = []
    for article in articles:
        published, evidence = infer_publication(
            article, reference.clusters, reference.corpus_dates, reference.gazetteer
        )
        out.append(
            replace(article, published=published, published_basis="inferred", published_evidence=evidence)
        )
    return out


def extract_all(
    articles: Sequence[Article], gazetteer: Gazetteer, scheduler: Scheduler, cache: MentionCache | None
) -> list[list[Mention]]:
    """The mentions of each article: from the cache when it has them, else extracted (and cached)."""
    found: list[list[Mention] | None] = [cache.get(a) if cache else None for a in articles]
    missing = [i for i, mentions in enumerate(found) if mentions is None]
    fresh = scheduler.map(extract_batch, [articles[i] for i in missing], gazetteer)
    for i, mentions in zip(missing, fresh, strict=True):
        found[i] = mentions
        if cache is not None:
            cache.put(articles[i], mentions)
    return [mentions or [] for mentions in found]


def sources_table(articles: list[Article]) -> pd.DataFrame:
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
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def infer_publication(
    article: Article, reference: list[Cluster], corpus_dates: list[dt.date], gazetteer: Gazetteer
) -> tuple[dt.date, str]:
    """A publication date for an article that states none, with the evidence in plain words."""
    stated = stated_dates(article.text)
    latest = max(stated, key=lambda item: item[1]) if stated else None
    if latest is not None:
        candidates = [latest[1] + dt.timedelta(days=k) for k in range(INFERENCE_DAYS + 1)]
    else:
        shared = _candidates_from_shared_actors(article, reference, gazetteer)
        candidates = shared or sorted(set(corpus_dates))[-1:]
    if not candidates:
        return dt.date.today(), (
            "no date in the text and no dated article to compare with: dated the day it was built; "
            "give `published` in sources.csv"
        )
    scored = []
    for candidate in candidates:
        mentions = extract_mentions(article, gazetteer, candidate)
        matched = [
            (m, c)
            for m in mentions
            if m.date_basis in ("explicit", "resolved") and m.precision in ("day", "week")
            for c in reference
            if same_happening(m, c)
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
    _late, _score, spread, chosen, matched = min(scored, key=lambda item: item[:4])
    if not matched and latest is None and not spread and corpus_dates:
        newest = max(corpus_dates)
        return newest, (
            "no date evidence in the text: given the corpus's latest publication date, "
            f"{newest:%a %-d %b %Y}; set `published` in sources.csv"
        )
    return chosen, _evidence(chosen, matched, latest, spread)


def _candidates_from_shared_actors(
    article: Article, reference: list[Cluster], gazetteer: Gazetteer
) -> list[dt.date]:
    """Days the article may be from: within a week after the day-dated happenings of the people it
    names. Bounded, so the search does not grow with the span of the corpus."""
    names = {e.name for e in gazetteer.find(article.text) if e.kind == "actor"}
    counts: dict[dt.date, int] = {}
    for cluster in reference:
        best = cluster.best
        if best.precision == "day" and names & {a for m in cluster.mentions for a in m.actors}:
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
