"""The persisted build: load the corpus, run the engine, re-apply analysts' corrections and store the
tables as one new generation."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from events.engines.local import build_tables
from events.engines.scheduling import Scheduler
from events.extract.corpus import Problem, load_corpus
from events.schema import SOURCE_COLUMNS, Tables
from events.store import generations as store
from events.store.cache import MentionCache
from events.store.curation import apply_stored_corrections


@dataclass(frozen=True)
class BuildResult:
    tables: Tables
    problems: tuple[Problem, ...]

    def summary(self) -> str:
        events, mentions, sources = self.tables.events, self.tables.mentions, self.tables.sources
        return f"{len(events)} events from {len(mentions)} mentions in {len(sources)} articles"


def build(
    data_dir: Path,
    *,
    articles_dir: Path | None = None,
    sources_csv: Path | None = None,
    out_dir: Path | None = None,
    scheduler: Scheduler | None = None,
) -> BuildResult:
    """Load the corpus, build the tables, re-apply analysts' corrections and store the result, as one
    transaction: a concurrent add waits for it, and a crash leaves the previous tables.

    Articles are extracted where `scheduler` says (here by default; see events.engines.dask) and only
    when the mention cache in `data_dir/cache/` does not already hold them."""
    articles_dir = articles_dir or data_dir / "articles"
    sources_csv = sources_csv or data_dir / "sources.csv"
    out_dir = out_dir or data_dir
    with store.transaction(out_dir) as tx:
        corpus = load_corpus(articles_dir, sources_csv)
        cache = MentionCache(data_dir)
        extracted = build_tables(corpus, scheduler=scheduler, cache=cache)
        cache.prune()
        tables = apply_stored_corrections(extracted, data_dir)
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


def _rows_not_built(path: Path, built: set[str]) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8", errors="replace") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        name = row.get("article") or row.get("file") or ""
        if name and name not in built:
            out.append({**row, "article": name})
    return out
