"""The persisted build: load the corpus, run the engine, re-apply analysts' corrections and store the
tables as one new generation."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from events.engines.collector import collection_paused
from events.engines.local import build_tables_recorded
from events.engines.scheduling import Scheduler
from events.errors import DataError
from events.extract.corpus import Corpus, Problem, load_corpus, read_sources_rows
from events.extract.entities import Gazetteer, load_gazetteer
from events.schema import SOURCE_COLUMNS, Tables, neutralise_cell
from events.store import generations as store
from events.store.cache import MentionCache
from events.store.curation import apply_stored_corrections_noted
from events.store.increments import BuildState, build_increment, build_state, save_state

ARTICLES_DIR = "articles"
GAZETTEER_DIR = "gazetteer"


@dataclass(frozen=True)
class BuildResult:
    tables: Tables
    problems: tuple[Problem, ...]

    def summary(self) -> str:
        events, mentions, sources = self.tables.events, self.tables.mentions, self.tables.sources
        return f"{len(events)} events from {len(mentions)} mentions in {len(sources)} articles"


def default_sources(data_dir: Path, articles_dir: Path | None) -> Path:
    """The sources.csv that describes a build's articles when none is named: a folder of articles given
    with its own sources.csv beside them (as a downloaded collection comes) is described by that one, not by
    the data folder's list of other articles, which would leave every one of them without its outlet and
    publication day. Collections also come as `STORY/articles/` with `STORY/sources.csv` one level up
    (Timeline17, news-tls): that list is taken when it names at least one of the folder's files, so a
    parent's unrelated sources.csv is never read as theirs."""
    if articles_dir is not None:
        if (articles_dir / "sources.csv").is_file():
            return articles_dir / "sources.csv"
        beside = articles_dir.parent / "sources.csv"
        elsewhere = beside.resolve() != (data_dir / "sources.csv").resolve()
        if elsewhere and beside.is_file() and _names_any_file(beside, articles_dir):
            return beside
    return data_dir / "sources.csv"


def _names_any_file(sources_csv: Path, articles_dir: Path) -> bool:
    """Whether a sources.csv lists a file that is in `articles_dir` (a list that cannot be read names none:
    the data folder's list is used and the build reports its own problems)."""
    try:
        header, records = read_sources_rows(sources_csv)
    except (OSError, UnicodeDecodeError, csv.Error, DataError):
        return False
    key = next((k for k in ("file", "article") if k in header), None)
    if key is None:
        return False
    return any(
        (articles_dir / (record.get(key) or "").strip()).is_file() for record in records if record.get(key)
    )


def build(
    data_dir: Path,
    *,
    articles_dir: Path | None = None,
    sources_csv: Path | None = None,
    out_dir: Path | None = None,
    scheduler: Scheduler | None = None,
    label: str = "",
) -> BuildResult:
    """Load the corpus, build the tables, re-apply analysts' corrections and store the result, as one
    transaction: a concurrent add waits for it, and a crash leaves the previous tables.

    Articles are extracted where `scheduler` says (here by default; see events.engines.dask) and only
    when the mention cache in `data_dir/cache/` does not already hold them. When the only change
    since the last build is new articles, only they are extracted and merged, and the events they do
    not touch are carried over (see events.store.increments): the tables are the same either way."""
    sources_csv = sources_csv or default_sources(data_dir, articles_dir)
    articles_dir = articles_dir or data_dir / "articles"
    out_dir = out_dir or data_dir
    with store.transaction(out_dir) as tx, collection_paused():
        cache = data_cache(data_dir)
        gazetteer = data_gazetteer(data_dir)
        increment = build_increment(data_dir, out_dir, articles_dir, sources_csv, gazetteer, cache, scheduler)
        state: BuildState | None
        if increment is not None:
            extracted, state = increment.tables, increment.state
            corpus_problems, article_problems = increment.corpus_problems, increment.article_problems
        else:
            corpus = load_corpus(articles_dir, sources_csv)
            extracted, article_problems, record = build_tables_recorded(
                corpus, gazetteer, scheduler=scheduler, cache=cache
            )
            cache.prune()
            state = build_state(corpus, data_dir, articles_dir, cache, record)
            corpus_problems = corpus.problems
        tables, correction_problems = apply_stored_corrections_noted(extracted, data_dir)
        carried = _rows_not_built(sources_csv, set(tables.sources["article"]))
        label = label or f"build of {len(tables.sources)} articles"
        outside = articles_dir.resolve() != (out_dir / ARTICLES_DIR).resolve()
        generation = store.write_tables(
            tables, out_dir, extracted=extracted, label=label, articles_from=articles_dir if outside else None
        )
        save_state(data_dir, out_dir, state, sources_csv, written=(generation, extracted))
        written = out_dir / "sources.csv"
        if carried and written.resolve() == sources_csv.resolve():
            # The input list and the built table share a file: keep the rows of articles that did not load.
            buffer = io.StringIO()
            columns = ["article", *SOURCE_COLUMNS[1:]]
            writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
            writer.writerows({k: neutralise_cell(v) for k, v in row.items()} for row in carried)
            tx.write(written, written.read_bytes() + buffer.getvalue().encode("utf-8"))
    problems = (*corpus_problems, *article_problems, *correction_problems)
    return BuildResult(tables=tables, problems=problems)


def data_gazetteer(data_dir: Path) -> Gazetteer:
    """The gazetteer of the data folder (DATA/gazetteer) when it has one, else the bundled one."""
    folder = data_dir / GAZETTEER_DIR
    return load_gazetteer(folder if folder.is_dir() else None)


def data_cache(data_dir: Path, *, writable: bool = True) -> MentionCache:
    """The mention cache of the data folder, for the gazetteer `data_gazetteer` loads."""
    folder = data_dir / GAZETTEER_DIR
    return MentionCache(data_dir, folder if folder.is_dir() else None, writable=writable)


def load_readable_corpus(data_dir: Path) -> Corpus:
    """The data folder's articles as a reader sees them: without the files an unfinished add is writing."""
    return load_corpus(
        data_dir / ARTICLES_DIR,
        data_dir / "sources.csv",
        uncommitted=lambda: store.uncommitted_files(data_dir, ARTICLES_DIR),
    )


def _rows_not_built(path: Path, built: set[str]) -> list[dict[str, str]]:
    _header, rows = read_sources_rows(path)
    out = []
    for row in rows:
        name = row.get("article") or row.get("file") or ""
        if name and name not in built:
            out.append({**row, "article": name})
    return out
