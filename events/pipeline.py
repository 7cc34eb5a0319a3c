"""The build: a corpus of articles -> the events, mentions and sources tables.

Articles whose publication date is neither given nor stated get one inferred here: the date on which
their relative dates ("Tuesday", "a day earlier") land on the happenings other articles date, and on
which their weekdays fall closest together, never before the latest date they state.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from events import store
from events.corpus import Article, Corpus, Problem, load_corpus, stated_dates
from events.entities import Gazetteer, load_gazetteer
from events.extraction import Mention, extract_mentions
from events.merging import Cluster, cluster_mentions, same_happening, to_tables
from events.schema import SOURCE_COLUMNS, Tables, empty_table, validate

WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(said|announced|told|reported|stated|revealed|confirmed)\b", re.IGNORECASE)
# How far after the latest date an article states, or around the corpus's dates, its own may lie.
INFERENCE_DAYS = 7
INFERENCE_CANDIDATES = 21


@dataclass(frozen=True)
class BuildResult:
    tables: Tables
    problems: tuple[Problem, ...]

    def summary(self) -> str:
        events, mentions, sources = self.tables.events, self.tables.mentions, self.tables.sources
        return f"{len(events)} events from {len(mentions)} mentions in {len(sources)} articles"


def build_tables(corpus: Corpus, gazetteer: Gazetteer | None = None) -> Tables:
    """Extract, date, merge and tabulate; no I/O."""
    gazetteer = gazetteer or load_gazetteer()
    articles = list(corpus.articles)
    known = [a for a in articles if a.published is not None]
    mentions: list[Mention] = []
    for article in known:
        mentions.extend(extract_mentions(article, gazetteer))
    reference = cluster_mentions(mentions)
    corpus_dates = [a.published for a in known if a.published is not None]
    dated: dict[str, Article] = {a.name: a for a in known}
    for article in articles:
        if article.published is None:
            published, evidence = infer_publication(article, reference, corpus_dates, gazetteer)
            article = replace(
                article, published=published, published_basis="inferred", published_evidence=evidence
            )
            mentions.extend(extract_mentions(article, gazetteer))
            dated[article.name] = article
    events, mention_table = to_tables(cluster_mentions(mentions))
    sources = sources_table([dated[a.name] for a in articles])
    if events.empty:
        return Tables(empty_table("events"), empty_table("mentions"), validate("sources", sources))
    return Tables(
        validate("events", events), validate("mentions", mention_table), validate("sources", sources)
    )


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


def build(
    data_dir: Path,
    *,
    articles_dir: Path | None = None,
    sources_csv: Path | None = None,
    out_dir: Path | None = None,
) -> BuildResult:
    """Load the corpus, build the tables, re-apply analysts' corrections and store the result, as one
    transaction: a concurrent add waits for it, and a crash leaves the previous tables."""
    articles_dir = articles_dir or data_dir / "articles"
    sources_csv = sources_csv or data_dir / "sources.csv"
    out_dir = out_dir or data_dir
    with store.transaction(out_dir) as tx:
        corpus = load_corpus(articles_dir, sources_csv)
        extracted = build_tables(corpus)
        tables = _apply_corrections(extracted, data_dir)
        carried = _rows_not_built(sources_csv, set(tables.sources["article"])) if sources_csv.exists() else []
        store.write_tables(tables, out_dir, extracted=extracted)
        written = out_dir / "sources.csv"
        if carried and written.resolve() == sources_csv.resolve():
            # The input list and the built table share a file: keep the rows of articles that did not load.
            buffer = io.StringIO()
            columns = ["article", *SOURCE_COLUMNS[1:]]
            csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore").writerows(carried)
            tx.write(written, written.read_bytes() + buffer.getvalue().encode("utf-8"))
    return BuildResult(tables=tables, problems=corpus.problems)


def _apply_corrections(tables: Tables, data_dir: Path) -> Tables:
    from events.curation import apply_stored_corrections  # curation imports this module

    return apply_stored_corrections(tables, data_dir)


def _rows_not_built(path: Path, built: set[str]) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8", errors="replace") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        name = row.get("article") or row.get("file") or ""
        if name and name not in built:
            out.append({**row, "article": name})
    return out
