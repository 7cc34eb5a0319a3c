"""Reading and writing the stored tables: schema-checked, atomic as a set, locked, and crash-safe.

Layout of a data directory (only `articles/`, `sources.csv` and `corrections.jsonl` are inputs):

    data/
      tables.json            the manifest: which generation is current, with each file's size and sha256
      tables/g-<time>-<pid>-<rand>/
                             one generation: events/mentions/sources as .csv; sources.parquet; events
                             and mentions as Parquet partitioned by the event's year and month,
                             hive-style, so that a query engine reads only the months it asks for:
                               events/year=2025/month=04/part-0.parquet
                               events/year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__/...
                             (the second for rows with no date: a mention whose event is not in the
                             table); plus the uncorrected extraction when the writer passed it, in
                             the same layout (extracted-events/year=.../part-0.parquet, ...,
                             extracted-sources.parquet): a table no correction changed is the same
                             files under a second name (hard links). Generations written before
                             partitioning hold events.parquet and mentions.parquet (and
                             extracted-*.parquet); every layout is read.
      events.csv, mentions.csv, sources.csv
                             the current generation's CSVs under a second name (hard links, or
                             copies where there are none), for people and spreadsheets
      .journal/              only while a transaction runs (or after a crash in one): backups to roll back
      .lock                  the lock file that writers take turns on

A new generation is written in full, then `tables.json` is replaced in one rename: a reader (or a crash)
sees the old set of tables or the new one, never events from one build with mentions from another. A
file that would hold the same bytes as the current generation's file of that name (the partitions of
the months an add did not change) is that file under a second name (a hard link), once its bytes on
disk are found to be those (a damaged one is not shared); files are never written into once a manifest
names them, so sharing is safe.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import logging
import os
import re
import secrets
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from events.errors import DataError
from events.schema import (
    COLUMNS,
    FORMULA_STARTS,
    LIST_COLUMNS,
    Tables,
    any_schema_error,
    coerce_columns,
    validate,
    with_optional_columns,
)

DEFAULT_DATA = Path("data")
LOCK_NAME = ".lock"
LOCK_TIMEOUT_S = 60
MANIFEST_NAME = "tables.json"
GENERATIONS_DIR = "tables"
JOURNAL_DIR = ".journal"
JOURNAL_NAME = "journal.json"
TABLE_NAMES = ("events", "mentions", "sources")
# Generations kept besides the current one: a reader who read the manifest just before a write can
# still open the files it names, and a shared link pinned to a version (`?v=`) still opens the data
# it was made on. Older ones are removed by the next write (or `python -m events versions --keep N`).
KEEP_GENERATIONS = 20
VERSION_NAME = "version.json"
# Threads that wait for a new generation's files and folders to reach the disk (see `write_tables`).
SYNC_THREADS = 8
_LOAD_ATTEMPTS = 5
_Read = TypeVar("_Read")
# The manifest and the journal are a few KB; anything much bigger is not one of them.
STATE_FILE_MAX_BYTES = 16_000_000
_GENERATION_NAME = re.compile(r"g-[0-9T]{8,30}-[0-9]{1,10}-[0-9a-f]{1,16}")
_TABLE_FILE = re.compile(
    r"(extracted-)?(events|mentions|sources)\.(parquet|csv)"
    r"|(extracted-)?(events|mentions)/year=([0-9]{4}|__HIVE_DEFAULT_PARTITION__)"
    r"/month=([0-9]{2}|__HIVE_DEFAULT_PARTITION__)/part-0\.parquet"
)
# Tables stored partitioned by the year and month of the event's first day (mentions by their event's).
PARTITIONED = ("events", "mentions")
UNDATED = "__HIVE_DEFAULT_PARTITION__"  # the partition name Hive, Spark and pyarrow give a null key
# Each partition file carries the row's position in the table, so that the table reads back in order.
ROW_COLUMN = "table_row"
_BACKUP_NAME = re.compile(r"[0-9]{4,6}\.bak")

log = logging.getLogger(__name__)
_FILE_MODE = 0o644

_local = threading.local()


def _held_depths() -> dict[str, int]:
    depths: dict[str, int] | None = getattr(_local, "depths", None)
    if depths is None:
        depths = {}
        _local.depths = depths
    return depths


def _forget_locks_after_fork() -> None:
    # A forked child does not hold its parent's flock, whatever the parent's thread was doing.
    _local.depths = {}
    _local.transactions = {}


os.register_at_fork(after_in_child=_forget_locks_after_fork)


@contextlib.contextmanager
def locked(data_dir: Path, *, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the data directory's lock, so that two writers (threads or processes) take turns.

    Re-entrant within one thread: `add` holds the lock and calls `build`, which takes it again. The
    outermost acquisition first rolls back a transaction that a killed process left half done.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    key = str((data_dir / LOCK_NAME).resolve())
    depths = _held_depths()
    if depths.get(key, 0) > 0:
        depths[key] += 1
        try:
            yield
        finally:
            depths[key] -= 1
        return
    # A fresh FileLock per outermost hold: its own descriptor, so other threads' holds exclude it too.
    lock = FileLock(key, timeout=timeout)
    try:
        lock.acquire()
    except Timeout as error:
        raise DataError(
            f"{data_dir} is busy: another add, build or correction has held it for {timeout:.0f} s; "
            "try again."
        ) from error
    depths[key] = 1
    try:
        recover(data_dir)
        yield
    finally:
        depths[key] = 0
        lock.release()


def holds_lock(data_dir: Path) -> bool:
    """Whether this thread holds `locked(data_dir)`."""
    return _held_depths().get(str((data_dir / LOCK_NAME).resolve()), 0) > 0


def write_atomic(path: Path, data: bytes, *, mode: int = _FILE_MODE) -> None:
    """Replace `path` with `data` so that a reader, or a crash, sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _link_atomic(source: Path, path: Path) -> None:
    """Make `path` a second name of the file `source` (a hard link put in place by one rename), so that
    the CSV copies beside the manifest cost no second write of the 16 MB of 5,000 articles' tables;
    a copy where the file system has no hard links. Both names are only ever replaced, never written
    into, so neither can change the other."""
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        os.link(source, tmp)
    except OSError:
        write_atomic(path, source.read_bytes())
        return
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # When `path` already is a name of `source` (an add that changed no table), the rename does nothing
    # and leaves `tmp` in place (POSIX rename of two links to one file): it goes now, not at a recovery.
    tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # The rename itself must reach the disk, or a power cut could bring back the old name.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# A cell that starts like a formula, as `neutralise_cell` finds it (RE2 syntax, for pyarrow).
_FORMULA = "^[" + "".join("\\" + start if start in "-]\\^" else start for start in FORMULA_STARTS) + "]"


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """A table as CSV (see `_csv_buffer`)."""
    data: bytes = _csv_buffer(frame).to_pybytes()
    return data


def _csv_buffer(frame: pd.DataFrame) -> pa.Buffer:
    """A table as CSV for people and spreadsheets: days as 2025-04-09, text in quotes, and text cells
    that a spreadsheet would run as a formula ("=HYPERLINK(...)" from a headline) neutralised as
    `neutralise_cell` does in the CSV export.

    Written column by column by pyarrow's CSV writer: the 45,000 mentions of 5,000 articles take
    0.02 s, against 0.4 s cell by cell through pandas, on every build and every add.
    """
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for index, column in enumerate(table.schema):
        values = table.column(index)
        if pa.types.is_timestamp(column.type):
            table = table.set_column(index, column.name, pc.cast(values, pa.date32()))
        elif pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            formula = pc.match_substring_regex(values, _FORMULA)
            if not pc.any(formula).as_py():  # most columns hold none: left as they are, uncopied
                continue
            quoted = pc.binary_join_element_wise(
                pa.scalar("'", column.type), values, pa.scalar("", column.type)
            )
            table = table.set_column(index, column.name, pc.if_else(formula, quoted, values))
    sink = pa.BufferOutputStream()
    # The header written into the same buffer as the rows: the file's bytes copied once, not three times.
    sink.write((",".join(str(name) for name in frame.columns) + "\n").encode("utf-8"))
    pa_csv.write_csv(table, sink, pa_csv.WriteOptions(include_header=False, quoting_style="needed"))
    # Arrow's buffer itself, hashed and written as it is: a copy as Python bytes was another 25 MB
    # of new pages at 5,000 articles on every add.
    return sink.getvalue()


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    data: bytes = frame.to_parquet(index=False)
    return data


@dataclass(frozen=True)
class Manifest:
    """What `tables.json` says: the current generation and a fingerprint of each of its files."""

    generation: str
    written: str
    files: dict[str, dict[str, Any]]  # {"events.parquet": {"bytes": 1234, "sha256": "..."}, ...}
    extracted: bool
    label: str = ""  # what made this version, for people: "build of 5 articles", "added nbc.txt"
    # The folder the build read its articles from when it is not the data folder's own articles/
    # (`build --articles DIR --out DATA`): what an add needs to copy in before it can rebuild.
    articles_from: str = ""

    def to_json(self) -> bytes:
        body: dict[str, Any] = {
            "generation": self.generation,
            "written": self.written,
            "extracted": self.extracted,
            "files": self.files,
            "label": self.label,
        }
        if self.articles_from:
            body["articles_from"] = self.articles_from
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, where: Path) -> Manifest:
        """The manifest in `data`; DataError unless every part of it is what a writer writes (a
        generation name that is a plain folder name, and a size and checksum for each file)."""
        try:
            body = json.loads(data)
            manifest = cls(
                generation=str(body["generation"]),
                written=str(body.get("written", "")),
                files=dict(body["files"]),
                extracted=bool(body.get("extracted", False)),
                label=str(body.get("label", "")),
                articles_from=str(body.get("articles_from", "")),
            )
            if not _GENERATION_NAME.fullmatch(manifest.generation):
                raise ValueError(f"'{manifest.generation[:80]}' is not the name of a generation")
            for name, facts in manifest.files.items():
                if not (
                    _TABLE_FILE.fullmatch(name)
                    and isinstance(facts, dict)
                    and isinstance(facts.get("bytes"), int)
                    and isinstance(facts.get("sha256"), str)
                ):
                    raise ValueError(f"its entry for '{str(name)[:80]}' is not a table file's")
            return manifest
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise DataError(
                f"{where} is damaged ({error}); rebuild with `python -m events build`."
            ) from error


def write_tables(
    tables: Tables,
    out_dir: Path,
    *,
    extracted: Tables | None = None,
    label: str = "",
    articles_from: Path | None = None,
) -> str:
    """Validate all three tables, then write them as one new generation and switch to it in one rename;
    returns the generation's name.

    `extracted` (the build's tables before corrections) is stored alongside when given, so that a new
    correction can be applied without extracting every article again. `articles_from` is recorded in the
    manifest: the folder the articles were read from, when it is not `out_dir`'s own articles/.
    """
    checked = {name: _checked(name, frame) for name, frame in tables.items()}
    given = dict(tables.items())
    raw = (
        {  # the extracted tables are most often the very same frames: none of them was corrected
            name: checked[name] if frame is given[name] else _checked(name, frame)
            for name, frame in extracted.items()
        }
        if extracted is not None
        else {}
    )
    # Each file's and folder's sync to disk is waited for in a few threads, while the next file is
    # encoded: the file system then commits many of them to its journal at once, where one after
    # another each waited for a commit of its own (an add to 5,000 articles syncs some 60 files and
    # folders). All of them are done before the manifest names the generation.
    with locked(out_dir), ThreadPoolExecutor(SYNC_THREADS, thread_name_prefix="events-sync") as syncs:
        # The generations no one can still need are removed while this one is encoded, not after it:
        # removing folders is waiting on the disk (a quarter of a second for one old generation of a
        # 5,000-article table here), which the encoding's CPU then hides. Listed before this
        # generation's folder exists, so one fewer is kept of the others.
        doomed = _unneeded_generations(out_dir, KEEP_GENERATIONS - 1)
        garbage = syncs.submit(_remove_generations, doomed)
        generation = _new_generation_name()
        gen_dir = out_dir / GENERATIONS_DIR / generation
        gen_dir.mkdir(parents=True)
        earlier = _reusable_files(out_dir)
        facts: dict[str, dict[str, Any]] = {}
        synced: list[Future[None]] = []

        def store_file(file_name: str, data: bytes | pa.Buffer) -> None:
            # Each file written (or shared) as soon as it is encoded and its bytes let go: an add to
            # 5,000 articles held some 40 MB of encoded files at once, every page of it newly mapped.
            facts[file_name] = {"bytes": len(data), "sha256": sha256_bytes(data)}
            (gen_dir / file_name).parent.mkdir(parents=True, exist_ok=True)
            if not _reuse(earlier, file_name, facts[file_name], data, gen_dir / file_name):
                synced.append(syncs.submit(_sync_and_close, _written(gen_dir / file_name, data)))

        stored: dict[str, list[str]] = {}  # table -> its files
        for name, frame in checked.items():
            files = (
                _partition_files(name, frame, checked["events"])
                if name in PARTITIONED
                else iter([(f"{name}.parquet", to_parquet_bytes(frame))])
            )
            stored[name] = []
            for file_name, data in files:
                store_file(file_name, data)
                stored[name].append(file_name)
            store_file(f"{name}.csv", _csv_buffer(frame))
        # An extracted table that no correction changed is the table itself: its files are stored once,
        # with a second name (the same bytes either way, so the record of the merge still matches when
        # a correction later writes them out in full).
        aliases: dict[str, str] = {}
        for name, frame in raw.items():
            if frame is checked[name] and (name != "mentions" or raw["events"] is checked["events"]):
                aliases.update({f"extracted-{file_name}": file_name for file_name in stored[name]})
            elif name in PARTITIONED:
                for file_name, data in _partition_files(name, frame, raw["events"]):
                    store_file(f"extracted-{file_name}", data)
            else:
                store_file(f"extracted-{name}.parquet", to_parquet_bytes(frame))
        written = list(facts)
        for alias, file_name in aliases.items():
            (gen_dir / alias).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(gen_dir / file_name, gen_dir / alias)
            except OSError:  # a file system without hard links
                _write_durable(gen_dir / alias, (gen_dir / file_name).read_bytes())
        written += list(aliases)
        folders = sorted({(gen_dir / file_name).parent for file_name in written}, reverse=True)
        synced.extend(syncs.submit(_fsync_dir, folder) for folder in [*folders, gen_dir])
        for done in synced:
            done.result()  # a failed write or sync fails the write of the tables, before any manifest
        facts.update({alias: facts[file_name] for alias, file_name in aliases.items()})
        manifest = Manifest(
            generation=generation,
            written=_utc_now(),
            files=facts,
            extracted=bool(raw),
            label=label,
            articles_from=str(articles_from.resolve()) if articles_from is not None else "",
        )
        # The manifest again inside the generation: the version's label and files once it is not current.
        _write_durable(gen_dir / VERSION_NAME, manifest.to_json())
        write_atomic(out_dir / MANIFEST_NAME, manifest.to_json())
        for name in TABLE_NAMES:
            if name == "sources":
                # A file of its own: README invites analysts to edit `sources.csv` (it is also the input
                # list), and an editor that writes into the file would change the stored version too.
                write_atomic(out_dir / f"{name}.csv", (gen_dir / f"{name}.csv").read_bytes())
            else:
                _link_atomic(gen_dir / f"{name}.csv", out_dir / f"{name}.csv")
        for name in TABLE_NAMES:  # the pre-generation layout's files, which would now only mislead
            with contextlib.suppress(FileNotFoundError):
                (out_dir / f"{name}.parquet").unlink()
        garbage.result()
        return generation


def partition_of(days: pd.Series) -> pd.DataFrame:
    """The year and month folder names of each day: 2025-04-09 -> ("2025", "04"); NaT -> the undated one."""
    dated = days.notna()
    year = pd.Series(UNDATED, index=days.index, dtype="str")
    month = pd.Series(UNDATED, index=days.index, dtype="str")
    year[dated] = days[dated].dt.year.map("{:04d}".format)
    month[dated] = days[dated].dt.month.map("{:02d}".format)
    return pd.DataFrame({"year": year, "month": month})


def _partition_files(name: str, frame: pd.DataFrame, events: pd.DataFrame) -> Iterator[tuple[str, pa.Buffer]]:
    """A table as Parquet files, one per year and month of its events' first day ("events/year=2025/
    month=04/part-0.parquet"); an empty table still gets one (empty) file, which carries the schema.

    The table is made an Arrow table once and cut into months by position: the same files as pandas
    writes for each month's rows (`to_parquet_bytes`), at half the cost."""
    if name == "events":
        days = frame["date"].to_numpy("datetime64[ns]")
    else:  # a mention lies in its event's partition, so that a date query prunes both tables alike
        position = pd.Index(events["event_id"]).get_indexer(frame["event_id"])
        first_days = events["date"].to_numpy("datetime64[ns]")
        days = np.full(len(frame), np.datetime64("NaT"), dtype="datetime64[ns]")
        days[position >= 0] = first_days[position[position >= 0]]
    positioned = frame.reset_index(drop=True).assign(**{ROW_COLUMN: range(len(frame))})
    table = pa.Table.from_pandas(positioned, preserve_index=False)
    if not len(frame):
        yield f"{name}/year={UNDATED}/month={UNDATED}/part-0.parquet", _table_bytes(table)
        return
    # Months since 1970-01 (2025-04 -> 663); the undated rows last, as their folder name sorts last.
    undated = np.isnat(days)
    months = np.where(undated, np.iinfo(np.int64).max, days.astype("datetime64[M]").astype(np.int64))
    # The rows put in month order once (stable: each month's rows keep the table's order), and each
    # month a slice of that (no copy). The events table is in date order already: no gather at all.
    if not (months[1:] >= months[:-1]).all():
        order = np.argsort(months, kind="stable")
        table, months, undated = table.take(order), months[order], undated[order]
    starts = [0, *(np.flatnonzero(np.diff(months)) + 1).tolist(), len(months)]
    for start, end in itertools.pairwise(starts):
        if undated[start]:
            folder = f"year={UNDATED}/month={UNDATED}"
        else:
            month = int(months[start])
            folder = f"year={1970 + month // 12:04d}/month={month % 12 + 1:02d}"
        yield f"{name}/{folder}/part-0.parquet", _table_bytes(table.slice(start, end - start))


def _reusable_files(out_dir: Path) -> tuple[Path, dict[str, dict[str, Any]]]:
    """The folder and files of the current generation, whose files a new one may share ({} if none)."""
    try:
        manifest = _read_manifest(out_dir / MANIFEST_NAME)
    except DataError:
        return out_dir, {}
    if manifest is None:
        return out_dir, {}
    return out_dir / GENERATIONS_DIR / manifest.generation, manifest.files


def _reuse(
    earlier: tuple[Path, dict[str, dict[str, Any]]],
    file_name: str,
    facts: dict[str, Any],
    data: bytes | pa.Buffer,
    path: Path,
) -> bool:
    """Give `path` the current generation's file of the same name, by a hard link, when that file holds
    the very bytes to be written (its size and checksum in the manifest, and on disk, are theirs).

    An add changes a few months of a corpus: the partitions of the others (and an unchanged table) are
    then the same file in both generations rather than written and synced again. Sharing is safe
    because a generation's files are never written into once its manifest names them (every write
    makes a new file), and deleting one generation's folder leaves the other's name of the file. A
    file whose bytes no longer match its checksum (damaged on disk) is not shared: the new generation
    gets fresh bytes."""
    folder, files = earlier
    known = files.get(file_name)
    if known is None or known.get("bytes") != facts["bytes"] or known.get("sha256") != facts["sha256"]:
        return False
    source = folder / file_name
    try:
        # The very bytes (compared, which is many times quicker than hashing them again): then its
        # checksum is the one just worked out for them, and the manifest's.
        if not stat.S_ISREG(os.lstat(source).st_mode) or source.read_bytes() != data:
            return False
        os.link(source, path)
    except OSError:  # gone (collected), unreadable, or a file system without hard links: write it
        return False
    return True


def _table_bytes(table: pa.Table) -> pa.Buffer:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue()  # Arrow's buffer, not copied: it is hashed and written as it is


def _write_durable(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fchmod(handle.fileno(), _FILE_MODE)
        os.fsync(handle.fileno())


def _written(path: Path, data: bytes | pa.Buffer) -> int:
    """Write a new file and return its descriptor, still open, for `_sync_and_close`."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fchmod(fd, _FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _sync_and_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_generation_name() -> str:
    # Sortable by time, unique across processes and threads.
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"g-{stamp}-{os.getpid()}-{secrets.token_hex(3)}"


def _utc_now() -> str:
    # To the microsecond: a correction recorded in the same second as a build must be told apart from it
    # ("since the last briefing" lists the corrections made after a version).
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _collect_garbage(data_dir: Path, keep: int = KEEP_GENERATIONS) -> None:
    """Remove generations nobody can still need; called with the lock held."""
    _remove_generations(_unneeded_generations(data_dir, keep))


def _unneeded_generations(data_dir: Path, keep: int) -> list[Path]:
    """The generation folders (and stray temporary files) beyond the newest `keep`, never the current
    one or one a transaction may roll back to; listed with the lock held."""
    root = data_dir / GENERATIONS_DIR
    if not root.is_dir():
        return []
    kept: set[str] = set()
    for manifest in (_read_manifest(data_dir / MANIFEST_NAME), _journal_manifest(data_dir)):
        if manifest is not None:
            kept.add(manifest.generation)
    names = sorted((p.name for p in root.iterdir() if p.is_dir()), reverse=True)
    kept.update(names[:keep])
    return [root / name for name in names if name not in kept] + list(root.glob(".*.tmp"))


def _remove_generations(paths: list[Path]) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Version:
    """One kept generation of the tables, as a shared link names it (`?v=<generation>`)."""

    generation: str
    written: str  # ISO time, UTC
    label: str
    current: bool


def list_versions(data_dir: Path) -> list[Version]:
    """The kept versions, newest first; [] when nothing has been built."""
    root = data_dir / GENERATIONS_DIR
    committed = _committed_manifest(data_dir)
    current = committed.generation if committed else ""
    out = []
    for gen_dir in sorted((p for p in root.iterdir() if p.is_dir()), reverse=True) if root.is_dir() else []:
        manifest = _read_manifest(gen_dir / VERSION_NAME)
        if manifest is None and gen_dir.name != current:
            continue  # written before versions were labelled, or half-written: not offered
        manifest = manifest or committed
        assert manifest is not None
        out.append(Version(gen_dir.name, manifest.written, manifest.label, gen_dir.name == current))
    return out


def load_version(data_dir: Path, generation: str) -> Tables:
    """The tables of a kept version; DataError if it is not kept (any more)."""
    manifest = _read_manifest(data_dir / GENERATIONS_DIR / generation / VERSION_NAME)
    if manifest is None or manifest.generation != generation:
        raise DataError(f"Version {generation} is not kept in {data_dir}/ (the last {KEEP_GENERATIONS} are).")
    frames = {name: _load_from(manifest, data_dir, name) for name in TABLE_NAMES}
    return Tables(**frames)


def prune_versions(data_dir: Path, keep: int) -> list[str]:
    """Remove all but the newest `keep` versions (never the current one); returns the removed names."""
    if keep < 1:
        raise DataError("Keep at least one version (the current one).")
    with locked(data_dir):
        before = {v.generation for v in list_versions(data_dir)}
        _collect_garbage(data_dir, keep=keep)
        return sorted(before - {v.generation for v in list_versions(data_dir)})


def tables_version(data_dir: Path) -> str:
    """An identifier of the committed tables that changes with every write (a cache key); "" if none."""
    manifest = _committed_manifest(data_dir)
    if manifest is not None:
        return manifest.generation
    legacy = data_dir / "events.parquet"
    return f"legacy-{legacy.stat().st_mtime_ns}" if legacy.exists() else ""


def load_table(name: str, data_dir: Path) -> pd.DataFrame:
    """One stored table, checked against its schema; DataError says what is wrong and what to run."""
    return _load_frames(data_dir, (name,), prefix="")[name]


def load_tables(
    data_dir: Path, *, events: Sequence[str] | None = None, mentions: Sequence[str] | None = None
) -> Tables:
    """The three tables of one generation: the last one committed, whatever a writer is doing.

    `events` and `mentions` name the only columns to read of those tables (None: all of them), as
    `EventQuery.filter_tables` does: a whole-table computation (key dates) then reads of a big table
    only what it uses, the titles, actors and places staying on disk. Such columns are the loaded
    table's, row for row and in its dtypes; their files are checked against the manifest's checksums,
    their rows not against the schema (which checks whole rows: the writer did)."""
    columns = {"events": events, "mentions": mentions}
    frames = _load_frames(data_dir, TABLE_NAMES, prefix="", columns=columns)
    return Tables(events=frames["events"], mentions=frames["mentions"], sources=frames["sources"])


def load_extracted(data_dir: Path, *, checked: bool = True) -> Tables | None:
    """The current generation's tables before corrections, if its writer stored them.

    With `checked` False the rows are not checked against the schema again (their files are still
    checked against the manifest's checksums): for a writer that takes them as the start of tables it
    checks whole before it writes them (an add carries over thousands of rows it did not change).
    """
    manifest = _committed_manifest(data_dir)
    if manifest is None or not manifest.extracted:
        return None
    frames = _load_frames(data_dir, TABLE_NAMES, prefix="extracted-", checked=checked)
    return Tables(events=frames["events"], mentions=frames["mentions"], sources=frames["sources"])


def _load_frames(
    data_dir: Path,
    names: tuple[str, ...],
    *,
    prefix: str,
    checked: bool = True,
    columns: Mapping[str, Sequence[str] | None] | None = None,
) -> dict[str, pd.DataFrame]:
    wanted = columns or {}

    def read() -> dict[str, pd.DataFrame]:
        manifest = _committed_manifest(data_dir)
        if manifest is None:
            return {name: _columns(name, _load_legacy(name, data_dir), wanted.get(name)) for name in names}
        return {
            name: _load_from(manifest, data_dir, f"{prefix}{name}", checked=checked, columns=wanted.get(name))
            for name in names
        }

    return _read_current(data_dir, read)


def _read_current(data_dir: Path, read: Callable[[], _Read]) -> _Read:
    """`read()` again, after a short wait, when a file its manifest named is gone: a writer collected that
    generation after we read the manifest, so the next reading finds the newer one."""
    for attempt in range(_LOAD_ATTEMPTS):
        try:
            return read()
        except FileNotFoundError:
            if attempt == _LOAD_ATTEMPTS - 1:
                raise DataError(
                    f"The tables in {data_dir}/ changed too often to be read; try again."
                ) from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def table_file_names(manifest: Manifest, stem: str) -> list[str]:
    """The files that hold one table of a generation, relative to its folder: its partitions in
    year and month order, or the one file of an unpartitioned table; DataError if there are none."""
    if f"{stem}.parquet" in manifest.files:
        return [f"{stem}.parquet"]
    parts = sorted(name for name in manifest.files if name.startswith(f"{stem}/"))
    if not parts:
        raise DataError(f"The manifest lists no {stem} table; rebuild with `python -m events build`.")
    return parts


def _verified_bytes(manifest: Manifest, data_dir: Path, file_name: str) -> bytes:
    """A file of the generation, checked against the manifest's size and checksum."""
    path = data_dir / GENERATIONS_DIR / manifest.generation / file_name
    expected = manifest.files[file_name]
    size = path.stat().st_size
    if size != expected.get("bytes"):
        raise DataError(f"{path} is damaged (its size differs); rebuild with `python -m events build`.")
    data = path.read_bytes()
    if sha256_bytes(data) != expected.get("sha256"):
        raise DataError(f"{path} is damaged (its checksum differs); rebuild with `python -m events build`.")
    return data


def _load_from(
    manifest: Manifest,
    data_dir: Path,
    stem: str,
    *,
    checked: bool = True,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    # Each file read by pyarrow and the months made one table before pandas sees them: half the time
    # of a DataFrame per month (an add in a new process reads every month of the table before
    # corrections), the same frame, and no import of pyarrow.dataset, which `pd.read_parquet` brings.
    name = stem.removeprefix("extracted-")
    if columns is not None:
        _known(name, columns)
    tables = []
    for file_name in table_file_names(manifest, stem):
        data = _verified_bytes(manifest, data_dir, file_name)
        try:
            parquet = pq.ParquetFile(pa.BufferReader(data))
            # (a column the file lacks is an optional one added since, filled in below)
            present = None if columns is None else _present(parquet, columns)
            tables.append(parquet.read(present, use_pandas_metadata=True))
        except Exception as error:  # pyarrow raises several unrelated types for a damaged file
            path = data_dir / GENERATIONS_DIR / manifest.generation / file_name
            raise DataError(
                f"{path} cannot be read ({error}); rebuild it with `python -m events build`."
            ) from error
    try:
        frame = (tables[0] if len(tables) == 1 else pa.concat_tables(tables)).to_pandas()
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # months of different columns (not written so today)
        frame = pd.concat([table.to_pandas() for table in tables], ignore_index=True)
    if ROW_COLUMN in frame.columns:
        rows = frame[ROW_COLUMN].to_numpy()
        if (
            len(rows) > 1 and not (rows[1:] > rows[:-1]).all()
        ):  # the months in order are most often the table's
            frame = frame.sort_values(ROW_COLUMN, kind="stable")
        frame = frame.drop(columns=ROW_COLUMN).reset_index(drop=True)
    if columns is not None:
        return _columns(name, frame, columns)
    return _checked(name, frame) if checked else with_optional_columns(name, frame)


def _known(name: str, columns: Sequence[str]) -> None:
    unknown = [column for column in columns if column not in COLUMNS[name]]
    if unknown:
        raise ValueError(f"no column {', '.join(unknown)} in the {name} table")


def _present(parquet: pq.ParquetFile, columns: Sequence[str]) -> list[str]:
    """Of `columns` and the row column, those the file holds."""
    held = set(parquet.schema_arrow.names)
    return [column for column in (*columns, ROW_COLUMN) if column in held]


def _columns(name: str, frame: pd.DataFrame, columns: Sequence[str] | None) -> pd.DataFrame:
    """`columns` of a table read (all of them, as read, for None), in the schema's dtypes."""
    if columns is None:
        return frame
    _known(name, columns)
    frame = with_optional_columns(name, frame)  # a table written before a column was added
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise DataError(f"The {name} table lacks the columns {', '.join(missing)}.")
    return coerce_columns(name, frame[list(columns)])


@dataclass(frozen=True)
class StoredTable:
    """Where one table of a generation lies on disk, for a query engine that reads the files itself."""

    name: str
    paths: tuple[Path, ...]  # partitions in year and month order, or the table's one file
    ordered_by: str  # the column that gives the table's row order ("" when the file is in order)


def stored_tables(data_dir: Path, generation: str = "") -> tuple[str, dict[str, StoredTable]]:
    """The files of the current generation's three tables (or of a kept `generation`), each checked
    once against the manifest's size and checksum: (the generation, {"events": ..., ...}).

    DataError when nothing is stored in generations (a table of the old flat layout is not offered)
    or a file is damaged; the files are never written again once the manifest names them.
    """

    def read() -> tuple[str, dict[str, StoredTable]]:
        manifest = (
            _read_manifest(data_dir / GENERATIONS_DIR / generation / VERSION_NAME)
            if generation
            else _committed_manifest(data_dir)
        )
        if manifest is None or (generation and manifest.generation != generation):
            raise DataError(
                f"No stored tables in {data_dir}/ to query: run `python -m events build --data {data_dir}`."
            )
        found = {}
        for name in TABLE_NAMES:
            names = table_file_names(manifest, name)
            for file_name in names:
                _verified_bytes(manifest, data_dir, file_name)
            folder = data_dir / GENERATIONS_DIR / manifest.generation
            ordered = ROW_COLUMN if names != [f"{name}.parquet"] else ""
            found[name] = StoredTable(name, tuple(folder / n for n in names), ordered)
        return manifest.generation, found

    return _read_current(data_dir, read)


def _load_legacy(name: str, data_dir: Path) -> pd.DataFrame:
    path = data_dir / f"{name}.parquet"
    if not path.exists():
        raise DataError(
            f"No {name} table in {data_dir}/: run `python -m events build --data {data_dir}` first."
        )
    try:
        frame = pd.read_parquet(path)
    except Exception as error:  # pyarrow raises several unrelated types for a damaged file
        raise DataError(
            f"{path} cannot be read ({error}); rebuild it with `python -m events build`."
        ) from error
    return _checked(name, frame)


def articles_source(data_dir: Path) -> Path | None:
    """The folder the current tables' articles were read from, when the build recorded one outside the
    data folder (see `Manifest.articles_from`); None for a data folder that holds its own articles."""
    manifest = _committed_manifest(data_dir)
    return Path(manifest.articles_from) if manifest is not None and manifest.articles_from else None


def _read_manifest(path: Path) -> Manifest | None:
    data = _read_state_file(path)
    return None if data is None else Manifest.from_json(data, path)


def _read_state_file(path: Path) -> bytes | None:
    """A manifest or journal file's bytes (None if there is none), read only if it is of a size one
    can be."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(STATE_FILE_MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DataError(f"{path} cannot be read ({error.strerror}).") from error
    if len(data) > STATE_FILE_MAX_BYTES:
        raise DataError(f"{path} is damaged (it is far too large); move it away to continue.")
    return data


def stored_event_count(data_dir: Path, generation: str) -> int | None:
    """How many events a kept generation holds, from its Parquet footers alone (a few KB read, no checksum
    of the files): enough to choose how to query a version before opening it. None when the generation or
    a footer cannot be read; whoever then opens the tables says what is wrong."""
    try:
        manifest = _read_manifest(data_dir / GENERATIONS_DIR / generation / VERSION_NAME)
        if manifest is None:
            return None
        folder = data_dir / GENERATIONS_DIR / generation
        return sum(
            int(pq.read_metadata(folder / name).num_rows) for name in table_file_names(manifest, "events")
        )
    except (OSError, ValueError, DataError):
        return None


def _committed_manifest(data_dir: Path) -> Manifest | None:
    """The manifest as it stood before any unfinished transaction: that is what readers see."""
    found, before = _manifest_before_transaction(data_dir)
    if found:
        return before
    return _read_manifest(data_dir / MANIFEST_NAME)


def _journal_manifest(data_dir: Path) -> Manifest | None:
    return _manifest_before_transaction(data_dir)[1]


def _manifest_before_transaction(data_dir: Path) -> tuple[bool, Manifest | None]:
    """(True, the manifest or None if there was none) while a transaction is open; else (False, None)."""
    try:
        entries = _journal_entries(data_dir)
    except DataError:
        return False, None
    for entry in entries or ():
        if entry.path != MANIFEST_NAME:
            continue
        if entry.backup is None:
            return True, None
        backup = data_dir / JOURNAL_DIR / entry.backup
        data = _read_state_file(backup)
        if data is None:  # committed a moment ago: the live manifest is the committed one
            return False, None
        return True, Manifest.from_json(data, backup)
    return False, None


def uncommitted_files(data_dir: Path, folder: str) -> frozenset[str]:
    """Names of the files in `data_dir/folder` that an unfinished transaction created: another
    writer's that is still running, or a killed one's that the next writer will roll back. For a
    reader they are not there yet. The thread that holds the lock sees its own files as they are.

    List the folder before calling this: a file listed then is either named in the journal read now,
    or was committed before.
    """
    if holds_lock(data_dir):
        return frozenset()
    try:
        entries = _journal_entries(data_dir)
    except DataError:
        return frozenset()
    names = set()
    for entry in entries or ():
        parent, _, name = entry.path.rpartition("/")
        if entry.backup is None and parent == folder:
            names.add(name)
    return frozenset(names)


def _checked(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    frame = with_optional_columns(name, frame)  # a table written before a column was added
    missing = [column for column in COLUMNS[name] if column not in frame.columns]
    if missing:
        raise DataError(f"The {name} table lacks the columns {', '.join(missing)}.")
    try:
        return validate(name, frame[[column for column in COLUMNS[name] if column in frame.columns]])
    except any_schema_error() as error:  # pandera is imported only when the table fails its checks
        raise DataError(f"The {name} table does not match its schema:\n{error}") from error


class Transaction:
    """Files changed together: all of the changes stay, or (after a failure or a kill) none do.

    Each file is backed up into `.journal/` before its first change; the journal is deleted when the
    transaction completes. A journal found by the next `locked()` means a writer died: it is rolled back.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._journal_dir = data_dir / JOURNAL_DIR
        self._entries: list[dict[str, str | None]] = []

    def protect(self, *paths: Path) -> None:
        """Back up each of `paths` (or note that it does not exist) so that a rollback restores it
        exactly; one write of the journal for all of them (each is a file and a folder synced to disk)."""
        added = False
        for path in paths:
            relative = self._relative(path)
            if any(entry["path"] == relative for entry in self._entries):
                continue
            backup: str | None = None
            if path.exists():
                backup = f"{len(self._entries):04d}.bak"
                try:
                    # Every change replaces a file whole (`write_atomic`), never writing into the old one,
                    # so a hard link keeps the old content without copying it (the CSV copies of 5,000
                    # articles are 16 MB); the journal's own write below makes the link durable.
                    os.link(path, self._journal_dir / backup)
                except OSError:  # a file system without hard links
                    _write_durable(self._journal_dir / backup, path.read_bytes())
            self._entries.append({"path": relative, "backup": backup, "mode": _mode_of(path)})
            added = True
        if added:
            write_atomic(self._journal_dir / JOURNAL_NAME, _journal_bytes(self._entries))

    def write(self, path: Path, data: bytes, *, mode: int = _FILE_MODE) -> None:
        """Write `path` atomically as part of the transaction."""
        self.protect(path)
        write_atomic(path, data, mode=mode)

    def create(self, path: Path, data: bytes, *, mode: int = _FILE_MODE) -> None:
        """Write a new file; DataError if something already has that name (nothing is overwritten)."""
        if path.exists():
            raise DataError(f"{path} already exists; it is not overwritten.")
        self.write(path, data, mode=mode)

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.data_dir.resolve()).as_posix()
        except ValueError as error:
            raise DataError(
                f"{path} is outside {self.data_dir}; a transaction only changes its own files."
            ) from error


def _mode_of(path: Path) -> str | None:
    try:
        return oct(path.stat().st_mode & 0o777)
    except FileNotFoundError:
        return None


def _journal_bytes(entries: list[dict[str, str | None]]) -> bytes:
    return (json.dumps({"entries": entries}, indent=2) + "\n").encode("utf-8")


@contextlib.contextmanager
def transaction(data_dir: Path) -> Iterator[Transaction]:
    """Hold the lock and make every write through the yielded Transaction (and `write_tables`) one unit.

    Re-entrant: a transaction opened inside another (by the same thread, on the same directory) joins it.

    The manifest and the CSV copies are protected from the start, so a rollback also brings back the
    tables that were current when the transaction began; readers see those until it completes.
    """
    with locked(data_dir):
        key = str(data_dir.resolve())
        open_here = _open_transactions()
        if key in open_here:  # a nested one joins the outer: that one commits or rolls back everything
            yield open_here[key]
            return
        tx = Transaction(data_dir)
        (data_dir / JOURNAL_DIR).mkdir()
        open_here[key] = tx
        try:
            tx.protect(data_dir / MANIFEST_NAME, *(data_dir / f"{name}.csv" for name in TABLE_NAMES))
            yield tx
        except BaseException:
            _roll_back(data_dir)
            raise
        else:
            _commit(data_dir)
        finally:
            del open_here[key]


def _open_transactions() -> dict[str, Transaction]:
    open_here: dict[str, Transaction] | None = getattr(_local, "transactions", None)
    if open_here is None:
        open_here = {}
        _local.transactions = open_here
    return open_here


def _commit(data_dir: Path) -> None:
    journal_dir = data_dir / JOURNAL_DIR
    (journal_dir / JOURNAL_NAME).unlink()  # the commit point
    _fsync_dir(journal_dir)
    shutil.rmtree(journal_dir, ignore_errors=True)


@dataclass(frozen=True)
class _JournalEntry:
    path: str  # relative to the data folder, "/"-separated, checked to stay inside it
    backup: str | None  # file name in the journal folder, or None: the file did not exist
    mode: int


def _journal_entries(data_dir: Path) -> list[_JournalEntry] | None:
    """The open transaction's entries (None if there is none). An entry that names a path outside the
    data folder, or a backup that is not one of the journal's own files, is dropped with a warning: a
    tampered journal must not make the next writer write or delete files elsewhere."""
    path = data_dir / JOURNAL_DIR / JOURNAL_NAME
    data = _read_state_file(path)
    if data is None:
        return None
    try:
        body = json.loads(data)
        raw_entries = body["entries"]
        if not isinstance(raw_entries, list):
            raise TypeError("its entries are not a list")
    except (ValueError, KeyError, TypeError) as error:  # written atomically: someone edited it by hand
        raise DataError(f"{path} is damaged ({error}); move it away to continue.") from error
    entries = []
    for raw in raw_entries:
        entry = _journal_entry(raw, data_dir)
        if entry is None:
            log.warning("%s: ignored an entry that is not one of this folder's files: %.200r", path, raw)
        else:
            entries.append(entry)
    return entries


def _journal_entry(raw: object, data_dir: Path) -> _JournalEntry | None:
    if not isinstance(raw, dict):
        return None
    relative, backup, mode = raw.get("path"), raw.get("backup"), raw.get("mode")
    if not isinstance(relative, str) or not _inside(data_dir, relative):
        return None
    if backup is not None and not (isinstance(backup, str) and _BACKUP_NAME.fullmatch(backup)):
        return None
    try:
        permissions = int(mode, 8) & 0o777 if isinstance(mode, str) and mode else _FILE_MODE
    except ValueError:
        return None
    return _JournalEntry(relative, backup, permissions)


def _inside(data_dir: Path, relative: str) -> bool:
    """Whether `relative` names a file inside `data_dir` (not the folder itself, nor the journal)."""
    parts = relative.split("/")
    if not relative or relative.startswith("/") or "\\" in relative or "\x00" in relative:
        return False
    if any(part in ("", ".", "..") for part in parts) or parts[0] == JOURNAL_DIR:
        return False
    try:
        return (data_dir / relative).resolve().is_relative_to(data_dir.resolve())
    except (OSError, ValueError):
        return False


def _roll_back(data_dir: Path) -> None:
    """Put every protected file back as it was; safe to repeat if interrupted."""
    entries = _journal_entries(data_dir)
    if entries is not None:
        for entry in reversed(entries):
            target = data_dir / entry.path
            if entry.backup is None:
                target.unlink(missing_ok=True)
            else:
                backup = data_dir / JOURNAL_DIR / entry.backup
                if backup.is_file():
                    write_atomic(target, backup.read_bytes(), mode=entry.mode)
        _commit(data_dir)
    shutil.rmtree(data_dir / JOURNAL_DIR, ignore_errors=True)


def recover(data_dir: Path) -> bool:
    """Roll back a transaction that a killed writer left open, and sweep its temporary files.

    Called by `locked()`; True if there was anything to roll back.
    """
    journal_dir = data_dir / JOURNAL_DIR
    found = (journal_dir / JOURNAL_NAME).exists()
    if journal_dir.exists():
        _roll_back(data_dir)
    for folder in (data_dir, data_dir / "articles"):
        if folder.is_dir():
            for stray in folder.glob(".*.tmp"):
                stray.unlink(missing_ok=True)
    return found


__all__ = [
    "DEFAULT_DATA",
    "LIST_COLUMNS",
    "PARTITIONED",
    "ROW_COLUMN",
    "StoredTable",
    "Transaction",
    "holds_lock",
    "load_extracted",
    "load_table",
    "load_tables",
    "locked",
    "partition_of",
    "recover",
    "stored_tables",
    "table_file_names",
    "tables_version",
    "transaction",
    "write_atomic",
    "write_tables",
]
