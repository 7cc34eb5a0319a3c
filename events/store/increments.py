"""Adding articles without rebuilding: what a build keeps of its merge, and the build that replays it.

    data/cache/merge/state.json, log-<token>.parquet, clusters-<token>.parquet, articles-<token>.parquet

A build that merged every article keeps its merge record (events.engines.local.MergeRecord) and, for
each article, a fingerprint of its file and sources.csv row, its mention-cache key, and the
problems loading it gave. The next build reads the record and, when the only difference is new
articles (the same files, rows, extraction and merge code, and the current generation's tables
before corrections are the ones it made: a correction since does not matter), extracts and merges
only the new articles (events.merge.incremental) and carries every other event's rows over from the
stored tables. Anything else (an article changed or removed, a date to infer, an event the schema
refuses, ids that would be renumbered) and the build merges everything, as without a record. The
record is a cache: deleting it only makes the next add slower.

The record's log is kept in blocks by kind (a speaker's country for remarks, the type for acts): a
mention is only ever compared with happenings of its own kind, so an add decodes and replays only the
logged mentions of the kinds its new mentions are of, and carries the other kinds' rows as stored,
never decoded (`BuildState.log_of`, `log_without`). Each happening's kind and place in the merge's
order are kept beside its ids, so that ids and the mentions' order are worked out over every
happening without the other kinds' logs. The header (`state.json`) keeps a checksum of each of the
record's files: a file changed on disk is not trusted, and the add builds everything.

The log is of the merge's pass; an event that `regroup` made of several of the pass's happenings (one
report's runs of one voice's remarks) is kept with the others it is made of, and an add joins again the
happenings of the articles its replay touched (`events.merge.incremental.regroup_replay`), decoding the
log of those articles' happenings of other kinds too.

Claims and denials are linked again only in pairs with a happening the add changed (`_links`): the
rest are as the record's tables have them. A second add in the same process (the dashboard's) takes
the record and the tables before corrections from memory (`_kept`), not from disk.

What an add to 5,000 articles still does in full (see README): it checks every article file against
the record by its stat (`cache.ArticleFiles`, no file read), reads the record's files and decodes its
happenings' ids and the articles' states, reads the tables before corrections, replays the
corrections (nothing to do when none is in force), and encodes a whole new generation (CSV through
pyarrow; the carried rows are checked
against the schema once, there; uncorrected tables are hard links to the corrected ones when no
correction is in force). A partition that comes out byte for byte as the current generation's (the
months before the first row the add changed: each file holds its rows' positions in the whole table,
which an event added in March shifts in every later month) is not written again but shared with the
current generation (`generations.write_tables`), once its bytes on disk are found to be the new ones.
A stored file found damaged when the tables are read back makes the add build everything, which
writes every file afresh.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import operator
import os
import secrets
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import events.engines
import events.merge
from events.engines.local import (
    MergeRecord,
    extract_all,
    finish_tables,
    numbered_mentions,
    read_extraction,
    sources_table,
)
from events.engines.scheduling import InProcess, Scheduler
from events.errors import DataError, InputError
from events.extract.corpus import (
    ARTICLE_SUFFIXES,
    Article,
    Corpus,
    Problem,
    SourceRow,
    load_article,
    load_sources_csv,
)
from events.extract.entities import Gazetteer
from events.extract.mentions import Mention
from events.merge.actor_names import settle_actors
from events.merge.clusters import (
    DENIAL_WINDOW,
    Cluster,
    ClusterIndex,
    DenialFacts,
    answers,
    event_id,
    sort_events,
    table_rows,
    unique_ids,
)
from events.merge.incremental import (
    LoggedMention,
    MergeLog,
    OrderKey,
    Ref,
    Regrouped,
    regroup_replay,
    replay,
    touched_articles,
)
from events.schema import LIST_SEPARATOR, Tables, split_list
from events.store import generations as store
from events.store.cache import (
    CACHE_DIR,
    ArticleFiles,
    CacheEntry,
    MentionCache,
    article_key,
    write_atomically,
)

MERGE_DIR = "merge"
STATE_NAME = "state.json"  # names the record's tables (log-<token>.parquet, ...) beside it
# 2: each happening's kind and order beside it, so that an add decodes only its kinds; checksums
# 3: the log is of the pass, and each event keeps the other happenings of the pass it is made of
# 4: a claim's or denial's parties, speakers and what is at issue, which linking them reads
FORMAT = 4


@functools.cache
def merge_version() -> str:
    """A hash of the code that decides how mentions become events (merge and engine)."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for package in (events.merge, events.engines):
        for path in sorted(Path(str(package.__file__)).resolve().parent.glob("*.py")):
            digest.update(path.name.encode() + b"\n" + path.read_bytes())
    return digest.hexdigest()


@dataclasses.dataclass(frozen=True)
class ArticleState:
    """What a build knew of an article: its file's hash, its sources.csv row, its cache key, and the
    problems loading it gave."""

    file_sha256: str
    row: list[str]
    key: str
    problems: list[str]
    loaded_notes: int  # how many of its notes loading it gave (the rest came from reading it)


@dataclasses.dataclass(frozen=True)
class BuildState:
    """A build's merge record and its articles, tied to the tables it wrote (see `_extracted_checksum`)."""

    version: str
    extracted: str  # a checksum of the tables before corrections it made
    articles: dict[str, ArticleState]
    record: MergeRecord
    # Articles read in full by this build, whose sources.csv rows `save_state` checks.
    read: tuple[Article, ...] = ()
    # The log as stored (every mention, in no particular order), when the record was read from disk
    # or made by an add: `record.log` then holds none, and an add decodes only the kinds it meets.
    log_table: pa.Table | None = None
    # Each happening's kind and the place in the merge's order of the mention that started it (with
    # `log_table`; else worked out from `record.log`).
    creators: dict[Ref, tuple[str, OrderKey]] | None = None

    def log_rows(self) -> int:
        return self.log_table.num_rows if self.log_table is not None else len(self.record.log.mentions)

    def creator_facts(self) -> dict[Ref, tuple[str, OrderKey]]:
        """Each happening's kind and its first mention's place in the merge's order."""
        if self.creators is not None:
            return self.creators
        entries = {e.ref: e for e in self.record.log.mentions}
        return {ref: (entries[ref].kind, entries[ref].key) for ref in self.record.ids}

    def log_of(self, kinds: set[str]) -> MergeLog:
        """The logged mentions of these kinds, in the merge's order: a block the others cannot touch,
        since a mention is only ever compared with happenings of its own kind."""
        if self.log_table is None:
            return MergeLog(tuple(e for e in self.record.log.mentions if e.kind in kinds))
        table = self.log_table
        chosen = table.filter(pc.is_in(table["kind"], value_set=pa.array(sorted(kinds), pa.string())))
        return MergeLog(tuple(sorted(_decode_log(chosen.to_pydict()), key=_order)))

    def log_of_happenings_in(self, articles: set[str], kinds: set[str]) -> tuple[LoggedMention, ...]:
        """The logged mentions of the happenings `articles` started, of kinds other than `kinds`: what
        an add needs beside the kinds it replays to join again those articles' runs of remarks."""
        if not articles:
            return ()
        if self.log_table is None:
            return tuple(
                e
                for e in self.record.log.mentions
                if e.kind not in kinds and e.cluster is not None and e.cluster.article in articles
            )
        table = self.log_table
        chosen = table.filter(
            pc.and_(
                pc.is_in(table["cluster_article"], value_set=pa.array(sorted(articles), pa.string())),
                pc.invert(pc.is_in(table["kind"], value_set=pa.array(sorted(kinds), pa.string()))),
            )
        )
        return _decode_log(chosen.to_pydict())

    def log_without(self, kinds: set[str]) -> pa.Table:
        """The stored log of every other kind, as it is (never decoded)."""
        table = self.log_table if self.log_table is not None else _encode_log(self.record.log.mentions)
        return table.filter(
            pc.invert(pc.is_in(table["kind"], value_set=pa.array(sorted(kinds), pa.string())))
        )


def _order(entry: LoggedMention) -> OrderKey:
    return entry.key


def state_path(data_dir: Path) -> Path:
    return data_dir / CACHE_DIR / MERGE_DIR / STATE_NAME


def _row_of(rows: dict[str, Any], name: str) -> list[str]:
    row = rows.get(name)
    if row is None:
        return []
    return list(map(str, _source_row_fields(row)))


# Every field of a row at once (an add compares the rows of all its articles, twice).
_source_row_fields = operator.attrgetter(*(f.name for f in dataclasses.fields(SourceRow)))


def article_states(
    articles: Sequence[Article],
    problems: Sequence[Problem],
    articles_dir: Path,
    cache: MentionCache,
    files: ArticleFiles,
) -> dict[str, ArticleState]:
    """What to keep of each article (its sources.csv row is filled in by `save_state`)."""
    by_file: dict[str, list[str]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(problem.message)
    return {
        a.name: ArticleState(
            files.named(a.name).file_sha256,
            [],
            article_key(a, cache.version),
            by_file.get(a.name, []),
            len(a.notes),
        )
        for a in articles
    }


def build_state(
    corpus: Corpus, data_dir: Path, articles_dir: Path, cache: MentionCache, record: MergeRecord | None
) -> BuildState | None:
    """What to keep of a full build for the next add; None when an add could not replay it."""
    skipped = {p.file for p in corpus.problems} - {a.name for a in corpus.articles}
    if record is None or record.dropped or skipped:
        return None
    files = ArticleFiles(data_dir, articles_dir)
    try:
        articles = article_states(corpus.articles, corpus.problems, articles_dir, cache, files)
    except InputError:
        return None  # an article became unreadable since it was read: no record
    files.save()
    return BuildState(merge_version() + cache.version, "", articles, record, tuple(corpus.articles))


# The last record a build kept in this process, with the tables before corrections it wrote: the next
# add in the same process (the dashboard's) takes them from here instead of reading and decoding them
# again. Only one data folder's, and only for a record of up to KEPT_MENTIONS_MAX mentions, so that a
# server does not hold a large corpus's record for good.
KEPT_MENTIONS_MAX = 200_000


@dataclasses.dataclass(frozen=True)
class _Kept:
    folders: tuple[Path, Path]  # the data folder and the folder of the tables
    token: str  # of the record's files (state.json names them)
    generation: str  # the tables' generation that `extracted` is of
    state: BuildState
    extracted: Tables


_kept: list[_Kept] = []
_kept_lock = threading.Lock()


def _folders(data_dir: Path, out_dir: Path) -> tuple[Path, Path]:
    return data_dir.resolve(), out_dir.resolve()


def _remember(kept: _Kept | None, folders: tuple[Path, Path]) -> None:
    with _kept_lock:
        _kept[:] = [kept] if kept is not None else [k for k in _kept if k.folders != folders]


def _remembered(folders: tuple[Path, Path]) -> _Kept | None:
    with _kept_lock:
        return next((k for k in _kept if k.folders == folders), None)


def _shallow(tables: Tables) -> Tables:
    # New frames over the same data: pandas copies a column only when one of them changes it.
    return Tables(*(frame.copy(deep=False) for _, frame in tables.items()))


def save_state(
    data_dir: Path,
    out_dir: Path,
    state: BuildState | None,
    sources_csv: Path,
    *,
    written: tuple[str, Tables] | None = None,
) -> None:
    """Keep `state` for the next build, tied to the tables just written to `out_dir` and to the
    sources.csv rows as they are now (the build may have written its table back into that file);
    with none, or rows that would not give the articles this build read, remove any older one.
    `written` (the generation just written and its tables before corrections) is also kept in this
    process for its next add."""
    path = state_path(data_dir)
    folders = _folders(data_dir, out_dir)
    _remember(None, folders)
    rows, problems = load_sources_csv(sources_csv) if state is not None else ({}, [])
    if state is None or problems or not all(_row_gives(rows.get(a.name), a) for a in state.read):
        _remove_state(path)
        return
    articles = {name: _with_row(a, _row_of(rows, name)) for name, a in state.articles.items()}
    state = dataclasses.replace(state, extracted=_extracted_checksum(out_dir), articles=articles, read=())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The tables first, under a new name, then the header that names them: a reader sees a whole
        # record or the previous one.
        token = secrets.token_hex(8)
        checksums = {}
        for part, table in _encode_state(state).items():
            data = _parquet_bytes(table)
            checksums[part] = hashlib.sha256(data).hexdigest()
            write_atomically(path.parent / f"{part}-{token}.parquet", data)
        header = {"version": state.version, "extracted": state.extracted, "token": token, "sha256": checksums}
        write_atomically(path, json.dumps(header).encode("utf-8"))
        for stale in path.parent.glob("*.parquet"):
            if not stale.name.endswith(f"-{token}.parquet"):
                stale.unlink(missing_ok=True)
    except OSError:
        return  # a record that cannot be written only makes the next add slower
    if written is not None and state.log_rows() <= KEPT_MENTIONS_MAX:
        generation, extracted = written
        _remember(_Kept(folders, token, generation, state, _shallow(extracted)), folders)


def _with_row(article: ArticleState, row: list[str]) -> ArticleState:
    # The same record when its row is as kept, as it is for all but the new articles of an add.
    return article if article.row == row else dataclasses.replace(article, row=row)


def _remove_state(path: Path) -> None:
    path.unlink(missing_ok=True)
    if path.parent.is_dir():
        for stale in path.parent.glob("*.parquet"):
            stale.unlink(missing_ok=True)


def _parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue())


def _row_gives(row: SourceRow | None, article: Article) -> bool:
    """Whether a build reading `row` makes the article as this build made it."""
    row = row or SourceRow()
    given = article.published_basis == "given"
    return (row.outlet, row.title, row.url) == (article.outlet, article.title, article.url) and (
        row.published == article.published if given else row.published is None
    )


def _extracted_checksum(out_dir: Path) -> str:
    """What ties a record to the tables it made: the checksums of the current generation's tables
    before corrections ("" if it has none). A correction writes a new generation with the same
    extracted tables, byte for byte, so the record still serves the next add; a build does not."""
    try:
        files = json.loads((out_dir / store.MANIFEST_NAME).read_bytes())["files"]
        extracted = {name: facts["sha256"] for name, facts in files.items() if name.startswith("extracted-")}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return ""
    return hashlib.sha256(json.dumps(extracted, sort_keys=True).encode()).hexdigest() if extracted else ""


def _encode_log(log: Sequence[LoggedMention]) -> pa.Table:
    # Columns by transposing the rows (zip), which is several times quicker than a pass per column.
    _refs, keys, kinds, lows, highs, firsts, lasts, clusters = _columns(log, len(LoggedMention._fields))
    return pa.table(
        {
            **dict(zip(_LOG_COLUMNS[:7], _columns(keys, 7), strict=True)),
            "kind": kinds,
            "low": lows,
            "high": highs,
            "first": firsts,
            "last": lasts,
            "cluster_article": [c.article if c else "" for c in clusters],
            "cluster_position": [c.position if c else -1 for c in clusters],
        },
        schema=_LOG_SCHEMA,
    )


def _encode_state(state: BuildState) -> dict[str, pa.Table]:
    record = state.record
    no_facts = DenialFacts("", dt.date.min, dt.date.min, frozenset(), frozenset())
    facts = [record.facts.get(ref, no_facts) for ref in record.ids]
    articles = list(state.articles.items())
    creators = state.creator_facts()
    made = [creators[ref] for ref in record.ids]
    weak, basis, precision, published, _article, start, _position = _columns([key for _, key in made], 7)
    return {
        "log": state.log_table if state.log_table is not None else _encode_log(record.log.mentions),
        "clusters": pa.table(
            {
                "article": [ref.article for ref in record.ids],
                "position": [ref.position for ref in record.ids],
                "base_id": [record.base_ids[ref] for ref in record.ids],
                "event_id": list(record.ids.values()),
                "type": [f.event_type for f in facts],
                "first": [f.start.toordinal() for f in facts],
                "last": [f.end.toordinal() for f in facts],
                "countries": [sorted(f.countries) for f in facts],
                "speakers": [sorted(f.speakers) for f in facts],
                "parties": pa.array([sorted(f.parties) for f in facts], pa.list_(pa.string())),
                "voices": pa.array([sorted(f.voices) for f in facts], pa.list_(pa.string())),
                "issue": pa.array([sorted(f.issue) for f in facts], pa.list_(pa.string())),
                "kind": [kind for kind, _ in made],
                "weak": pa.array(weak, pa.bool_()),
                "basis": pa.array(basis, pa.int64()),
                "precision": pa.array(precision, pa.int64()),
                "published": pa.array(published, pa.int64()),
                "start": pa.array(start, pa.int64()),
                "joined_article": pa.array(
                    [[r.article for r in record.joins.get(ref, ())] for ref in record.ids],
                    pa.list_(pa.string()),
                ),
                "joined_position": pa.array(
                    [[r.position for r in record.joins.get(ref, ())] for ref in record.ids],
                    pa.list_(pa.int64()),
                ),
            }
        ),
        "articles": pa.table(
            {
                "name": [name for name, _ in articles],
                "file_sha256": [a.file_sha256 for _, a in articles],
                "row": [a.row for _, a in articles],
                "key": [a.key for _, a in articles],
                "problems": [a.problems for _, a in articles],
                "loaded_notes": [a.loaded_notes for _, a in articles],
                "notes": [record.notes.get(name, []) for name, _ in articles],
            }
        ),
    }


def _columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[tuple[Any, ...]]:
    """Rows of `width` fields -> a tuple per field (empty ones when there are no rows)."""
    return list(zip(*rows, strict=True)) if rows else [()] * width


def load_state(data_dir: Path, out_dir: Path, version: str) -> BuildState | None:
    """The kept record if it is for this code and for the current tables of `out_dir`, else None."""
    path = state_path(data_dir)
    try:
        header = json.loads(path.read_bytes())
        extracted = header["extracted"]
        if header["version"] != version or not extracted or extracted != _extracted_checksum(out_dir):
            return None
        token = str(header["token"])
        kept = _remembered(_folders(data_dir, out_dir))
        if kept is not None and kept.token == token and kept.state.version == version:
            return kept.state
        # Each file checked against the checksum the header keeps: an add carries the rows of the
        # kinds it does not replay as they are stored, so a file changed on disk must not be read.
        tables = {}
        for part in ("log", "clusters", "articles"):
            data = (path.parent / f"{part}-{token}.parquet").read_bytes()
            if hashlib.sha256(data).hexdigest() != header["sha256"][part]:
                return None
            tables[part] = pq.ParquetFile(pa.BufferReader(data)).read()
        log = tables["log"]
        if log.schema != _LOG_SCHEMA:
            return None
        parts = {part: tables[part].to_pydict() for part in ("clusters", "articles")}
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        return None
    try:
        return _decode_state(header, log, parts)
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def _decode_log(log: dict[str, list[Any]]) -> tuple[LoggedMention, ...]:
    # map() over the columns: the 45,000 entries of 5,000 articles in a tenth of a second (the
    # columns are one Parquet table's, so of one length).
    refs = map(Ref, log["article"], log["position"])
    keys = zip(*(log[column] for column in _LOG_COLUMNS[:7]), strict=True)
    clusters_of = (
        Ref(article, position) if position >= 0 else None
        for article, position in zip(log["cluster_article"], log["cluster_position"], strict=True)
    )
    columns = (log[column] for column in ("kind", "low", "high", "first", "last"))
    return tuple(map(LoggedMention, refs, keys, *columns, clusters_of))


def _decode_state(
    header: dict[str, Any], log: pa.Table, parts: dict[str, dict[str, list[Any]]]
) -> BuildState:
    clusters = parts["clusters"]
    base_ids, ids, facts = {}, {}, {}
    creators: dict[Ref, tuple[str, OrderKey]] = {}
    joins: dict[Ref, tuple[Ref, ...]] = {}
    for article, position, base, final, event_type, first, last, countries, speakers, *rest in zip(
        *(clusters[column] for column in _CLUSTER_COLUMNS), strict=True
    ):
        creator = Ref(article, position)
        base_ids[creator], ids[creator] = base, final
        parties, voices, issue, kind, *order = rest
        weak, basis, precision, published, start, joined_articles, joined_positions = order
        if joined_articles:
            joins[creator] = tuple(Ref(a, p) for a, p in zip(joined_articles, joined_positions, strict=True))
        if not isinstance(weak, bool) or not isinstance(kind, str):
            raise TypeError("a happening's kind or order is missing")
        creators[creator] = (kind, (weak, basis, precision, published, article, start, position))
        if event_type:
            facts[creator] = DenialFacts(
                event_type,
                dt.date.fromordinal(first),
                dt.date.fromordinal(last),
                frozenset(countries),
                frozenset(speakers),
                frozenset(parties),
                frozenset(voices),
                frozenset(issue),
            )
    table = parts["articles"]
    articles, notes = {}, {}
    for name, sha, row, key, problems, loaded, found in zip(
        *(table[column] for column in _ARTICLE_COLUMNS), strict=True
    ):
        articles[name] = ArticleState(sha, list(row), key, list(problems), loaded)
        notes[name] = list(found)
    record = MergeRecord(MergeLog(()), base_ids, ids, facts, notes, dropped=False, joins=joins)
    return BuildState(
        str(header["version"]), str(header["extracted"]), articles, record, log_table=log, creators=creators
    )


_LOG_COLUMNS = (
    "weak",
    "basis",
    "precision",
    "published",
    "article",
    "start",
    "position",
    "kind",
    "low",
    "high",
    "first",
    "last",
    "cluster_article",
    "cluster_position",
)
_LOG_SCHEMA = pa.schema(
    [
        ("weak", pa.bool_()),
        *((name, pa.int64()) for name in ("basis", "precision", "published")),
        ("article", pa.string()),
        *((name, pa.int64()) for name in ("start", "position")),
        ("kind", pa.string()),
        *((name, pa.int64()) for name in ("low", "high", "first", "last")),
        ("cluster_article", pa.string()),
        ("cluster_position", pa.int64()),
    ]
)
_CLUSTER_COLUMNS = (
    "article",
    "position",
    "base_id",
    "event_id",
    "type",
    "first",
    "last",
    "countries",
    "speakers",
    "parties",
    "voices",
    "issue",
    "kind",
    "weak",
    "basis",
    "precision",
    "published",
    "start",
    "joined_article",
    "joined_position",
)
_ARTICLE_COLUMNS = ("name", "file_sha256", "row", "key", "problems", "loaded_notes", "notes")


@dataclasses.dataclass(frozen=True)
class Increment:
    """An add done by replaying the merge: the tables before corrections, the loaded corpus (new
    articles in full; the others as the record knows them), and the problems met."""

    tables: Tables
    corpus_problems: tuple[Problem, ...]
    article_problems: list[Problem]
    state: BuildState


def build_increment(
    data_dir: Path,
    out_dir: Path,
    articles_dir: Path,
    sources_csv: Path,
    gazetteer: Gazetteer,
    cache: MentionCache,
    scheduler: Scheduler | None,
) -> Increment | None:
    """The tables a full build would give, made by adding the new articles to the kept merge; None
    when the kept record does not allow it (then build everything)."""
    state = load_state(data_dir, out_dir, merge_version() + cache.version)
    if state is None or not articles_dir.is_dir():
        return None
    remembered = _remembered(_folders(data_dir, out_dir))
    if (
        remembered is not None
        and remembered.state is state
        and remembered.generation == store.tables_version(out_dir)
    ):
        previous: Tables | None = _shallow(remembered.extracted)
    else:
        # Not checked against the schema here: the tables written from them are checked whole.
        try:
            previous = store.load_extracted(out_dir, checked=False)
        except DataError:
            return None  # a stored file is damaged: build everything, which writes every file afresh
    if previous is None:
        return None
    rows, row_problems = load_sources_csv(sources_csv)
    if row_problems:
        return None
    names = sorted(os.listdir(articles_dir))  # names, not Path objects: 5,000 of them made per add
    if set(state.articles) - set(names) or set(rows) - set(names):
        return None  # an article removed, or a row with no article: the full build reports it
    uncommitted = (
        store.uncommitted_files(data_dir, articles_dir.name) if articles_dir.parent == data_dir else ()
    )
    new_articles: list[Article] = []
    known_texts = set()
    files = ArticleFiles(data_dir, articles_dir)
    for name in names:
        if (
            name in uncommitted
            or name.startswith(".")
            or os.path.splitext(name)[1].lower() not in ARTICLE_SUFFIXES
        ):
            return None
        kept = state.articles.get(name)
        try:
            if kept is not None:
                if kept.row != _row_of(rows, name) or kept.file_sha256 != files.named(name).file_sha256:
                    return None
                continue
            article = load_article(articles_dir / name, articles_dir, rows.get(name) or SourceRow())
        except InputError:
            return None
        if article.published is None or article.notes or not article.sentences:
            return None  # a date to infer, or problems to report: the full build does both
        new_articles.append(article)
        known_texts.add(article.sha256)
    if not new_articles:
        return None
    stored_texts = set(previous.sources["sha256"])
    if known_texts & stored_texts or len(known_texts) != len(new_articles):
        return None  # the same text twice: the full build says which is skipped

    notes: dict[str, list[str]] = {a.name: list(a.notes) for a in new_articles}
    added: list[tuple[Mention, int]] = []
    extractions = extract_all(new_articles, gazetteer, scheduler or InProcess(), cache)
    for article, extraction in zip(new_articles, extractions, strict=True):
        added.extend(numbered_mentions(extraction, read_extraction(extraction, notes[article.name])))

    entries: dict[str, CacheEntry] = {}

    def load(ref: Ref) -> Mention:
        entry = entries.get(ref.article)
        if entry is None:
            entry = cache.entry(state.articles[ref.article].key)
            if entry is None:
                raise _Stale(ref.article)
            entries[ref.article] = entry
        return entry.mention(ref.position)

    # Only the happenings of the kinds the new mentions are of can change (see `BuildState.log_of`).
    kinds = {ClusterIndex.kind(mention) for mention, _index in added}
    try:
        result = replay(state.log_of(kinds), added, load)
    except (_Stale, IndexError, ValueError, KeyError, TypeError):
        return None  # a kept article's entry is gone or damaged: build everything
    new_mentions = {Ref(m.article, i): m for m, i in added}

    def read(ref: Ref) -> Mention:
        return new_mentions[ref] if ref in new_mentions else load(ref)

    # The runs of remarks the full build joins after its pass, joined again in the articles the replay
    # touched (only an article's own happenings are joined: the others' events are as kept).
    others = state.log_of_happenings_in(touched_articles(result), kinds)
    try:
        events = regroup_replay(result, state.record.joins, state.record.ids, others, read)
    except (_Stale, IndexError, ValueError, KeyError, TypeError):
        return None
    # The cache entries read for the replay (their lines, some 15 MB at 5,000 articles) let go before
    # the tables are put together and encoded, which then reuse that memory instead of new pages.
    entries.clear()
    increment = _assemble(state, previous, result.log, events, kinds, new_articles, notes, names)
    if increment is None:
        return None
    try:
        fresh = article_states(new_articles, [], articles_dir, cache, files)
    except InputError:
        return None
    files.save()
    return dataclasses.replace(
        increment,
        state=dataclasses.replace(
            increment.state, articles={**state.articles, **fresh}, read=tuple(new_articles)
        ),
    )


class _Stale(Exception):
    """A kept article's mentions are no longer in the cache."""


def _assemble(
    state: BuildState,
    previous: Tables,
    log: MergeLog,
    events_now: Regrouped,
    kinds: set[str],
    new_articles: list[Article],
    notes: dict[str, list[str]],
    names: list[str],
) -> Increment | None:
    record = state.record
    entries = {e.ref: e for e in log.mentions}
    changed: dict[Ref, Cluster] = events_now.changed
    gone = events_now.gone
    # The events of the kinds replayed, as the replay left them, and every other one as kept; an event
    # is named by its first happening, the others it is made of are none.
    absorbed = {part for parts in events_now.joined.values() for part in parts}
    made = {
        ref: facts
        for ref, facts in state.creator_facts().items()
        if facts[0] not in kinds and ref not in gone
    }
    for entry in log.mentions:
        if entry.cluster is not None and entry.cluster not in made and entry.cluster not in absorbed:
            first = entries[entry.cluster]
            made[entry.cluster] = (first.kind, first.key)
    made.update(events_now.made)
    creators = sorted(made, key=lambda ref: made[ref][1])
    base = [event_id(changed[c]) if c in changed else record.base_ids[c] for c in creators]
    ids = unique_ids(base)
    final = dict(zip(creators, ids, strict=True))
    if any(final[c] != record.ids[c] for c in creators if c not in changed):
        return None  # an id made unique differently: rows would be renumbered
    facts, linked, relinked = _links(record, changed, gone, final, previous.events)

    changed_order = [c for c in creators if c in changed]
    event_rows, mention_rows = table_rows(
        [changed[c] for c in changed_order],
        [final[c] for c in changed_order],
        [linked[c] for c in changed_order],
    )
    check_notes: dict[str, list[str]] = {}
    new_events, new_mentions = finish_tables(
        pd.DataFrame(event_rows), pd.DataFrame(mention_rows), check_notes
    )
    if check_notes or len(new_events) != len(event_rows):
        return None  # the schema refused an event: the full build notes it the way it does

    replaced = {record.ids[c] for c in (*changed, *gone) if c in record.ids}
    # Each table is put together in one take of its rows (carried and new side by side, without the
    # replaced ones, in the table's order): every pass over a table copies all its text columns, and a
    # filter, a sort and a reorder were a fifth of a second at 5,000 articles.
    events = pd.concat([previous.events, new_events], ignore_index=True)
    kept = np.concatenate(
        [~previous.events["event_id"].isin(replaced).to_numpy(bool), np.ones(len(new_events), bool)]
    )
    # A claim or denial carried over may now answer, or be answered by, a changed event.
    if relinked:
        update = events["event_id"].isin(relinked).to_numpy(bool) & kept
        events.loc[update, "linked"] = events.loc[update, "event_id"].map(relinked)
        events.loc[update, "contested"] = (events.loc[update, "event_type"] == "claim") & (
            events.loc[update, "linked"] != ""
        )
    rows = sort_events(events.loc[kept, ["date", "event_type", "event_id"]].reset_index(names="row"))["row"]
    events = events.take(rows.to_numpy(np.int64)).reset_index(drop=True)
    # (an actor's forms settled over the whole table, as a full build settles them: a new report's "Okafor"
    # is the "Ana Okafor" of the reports kept)
    events = settle_actors(events)
    # Mentions in their events' order, sources in the articles' (a hashed lookup of the whole column:
    # Series.map with a dict took a tenth of a second at 5,000 articles).
    mentions = pd.concat([previous.mentions, new_mentions], ignore_index=True)
    carried = np.flatnonzero(
        np.concatenate(
            [~previous.mentions["event_id"].isin(replaced).to_numpy(bool), np.ones(len(new_mentions), bool)]
        )
    )
    order = pd.Index(ids).get_indexer(pd.Index(mentions["event_id"].take(carried)))
    mentions = mentions.take(carried[np.argsort(order, kind="stable")]).reset_index(drop=True)

    fresh_sources = sources_table(new_articles, notes)
    sources = pd.concat([previous.sources, fresh_sources], ignore_index=True)
    position = pd.Index(names).get_indexer(pd.Index(sources["article"]))
    sources = sources.take(np.argsort(position, kind="stable")).reset_index(drop=True)
    # Carried and new rows are each checked already; writing the tables checks them again.
    tables = Tables(events, mentions, sources)

    corpus_problems = tuple(
        Problem(name, message)
        for name in names
        for message in (state.articles[name].problems if name in state.articles else [])
    )
    all_notes = {**record.notes, **notes}
    article_problems = [
        Problem(name, note)
        for name in names
        for note in all_notes.get(name, [])[
            state.articles[name].loaded_notes if name in state.articles else _loaded(new_articles, name) :
        ]
    ]
    new_record = MergeRecord(
        log=MergeLog(()),
        base_ids=dict(zip(creators, base, strict=True)),
        ids=final,
        facts=facts,
        notes=all_notes,
        dropped=False,
        joins=events_now.joined,
    )
    # The log of the kinds replayed encoded again; the others' rows as they were stored.
    log_table = pa.concat_tables([state.log_without(kinds), _encode_log(log.mentions)])
    new_state = dataclasses.replace(
        state, record=new_record, log_table=log_table, creators={ref: made[ref] for ref in creators}
    )
    return Increment(tables, corpus_problems, article_problems, new_state)


def _links(
    record: MergeRecord,
    changed: dict[Ref, Cluster],
    gone: set[Ref],
    final: dict[Ref, str],
    events: pd.DataFrame,
) -> tuple[dict[Ref, DenialFacts], dict[Ref, list[str]], dict[str, str]]:
    """Claims and denials linked as `link_facts` over every happening would link them, working out
    only the pairs a changed happening is in: a pair of two others is as the kept merge linked it.

    Returns the facts of every claim and denial after the add, the linked ids of each changed
    happening, and the new `linked` cell of each carried-over event whose links changed (by id).
    """
    touched = changed.keys() | gone
    facts = {c: f for c, f in record.facts.items() if c not in touched}
    for creator, cluster in changed.items():
        found = DenialFacts.of(cluster)
        if found.event_type in ("claim", "denial"):
            facts[creator] = found
    partners: dict[Ref, list[Ref]] = {c: [] for c in changed}
    gained: dict[str, set[str]] = {}  # a carried-over event's id -> changed events it now links to
    candidates = _Candidates(facts)
    for creator in changed:
        mine = facts.get(creator)
        if mine is None:
            continue
        for other in dict.fromkeys(candidates.of(mine)):  # once each: it may share two parties
            theirs = facts[other]
            if answers(mine, theirs) or answers(theirs, mine):
                partners[creator].append(other)
                if other not in touched:
                    gained.setdefault(final[other], set()).add(final[creator])
    linked = {c: sorted(final[o] for o in found) for c, found in partners.items()}
    # Carried-over events that linked to a happening now changed or gone lose that link (it is
    # linked again above if it still holds) and gain the links found above.
    dropped = {record.ids[c] for c in touched if c in record.ids}
    before = events.loc[events["event_id"].isin(dropped), "linked"]
    losing = {other for cell in before for other in split_list(cell)} - dropped
    relinked = {}
    cells = events.loc[events["event_id"].isin(losing | gained.keys()), ["event_id", "linked"]]
    for event, cell in zip(cells["event_id"], cells["linked"], strict=True):
        now = (set(split_list(cell)) - dropped) | gained.get(event, set())
        # Event ids (the schema's "ev-" and ten hex digits: no separator, no blanks), each once, so
        # joined as `join_list` would join them without its cleaning of each value: a claim denied
        # hundreds of times holds hundreds of ids, and cleaning them was a tenth of some adds.
        relinked[event] = LIST_SEPARATOR.join(sorted(now))
    return facts, linked, relinked


class _Candidates:
    """The claims a denial could answer and the denials that could answer a claim, by the parties
    (countries and names) the claim names and the denial's speakers are, and the days, so that an add
    that changed many claims or denials does not compare each with every other (made on first use,
    once per add)."""

    def __init__(self, facts: dict[Ref, DenialFacts]) -> None:
        self._facts = facts
        self._denials: dict[tuple[str, int], list[Ref]] | None = None
        self._claims: dict[str, tuple[list[int], list[Ref], int]] | None = None

    def of(self, mine: DenialFacts) -> list[Ref]:
        if mine.event_type == "denial":
            return self._claims_answered(mine)
        return self._answers(mine)

    def _answers(self, claim: DenialFacts) -> list[Ref]:
        if self._denials is None:
            self._denials = {}
            for ref, fact in self._facts.items():
                if fact.event_type == "denial":
                    for party in fact.deniers:
                        self._denials.setdefault((party, fact.start.toordinal()), []).append(ref)
        first = (claim.start - DENIAL_WINDOW[0]).toordinal()
        last = (claim.end + DENIAL_WINDOW[1]).toordinal()
        return [
            ref
            for party in claim.named
            for day in range(first, last + 1)
            for ref in self._denials.get((party, day), ())
        ]

    def _claims_answered(self, denial: DenialFacts) -> list[Ref]:
        if self._claims is None:
            about: dict[str, list[tuple[int, Ref, int]]] = {}
            for ref, fact in self._facts.items():
                if fact.event_type == "claim":
                    span = (fact.end - fact.start).days
                    for party in fact.named:
                        about.setdefault(party, []).append((fact.start.toordinal(), ref, span))
            self._claims = {}
            for party, found in about.items():
                found.sort(key=lambda item: item[0])
                starts = [start for start, _ref, _span in found]
                refs = [ref for _start, ref, _span in found]
                self._claims[party] = (starts, refs, max(span for _start, _ref, span in found))
        day = denial.start.toordinal()
        out: list[Ref] = []
        for party in denial.deniers:
            starts, refs, longest = self._claims.get(party, ([], [], 0))
            # a claim it answers starts at most a day after it, and ends at most four days before
            low = bisect.bisect_left(starts, day - DENIAL_WINDOW[1].days - longest)
            high = bisect.bisect_right(starts, day + DENIAL_WINDOW[0].days)
            out.extend(refs[low:high])
        return out


def _loaded(articles: list[Article], name: str) -> int:
    return next(len(a.notes) for a in articles if a.name == name)
