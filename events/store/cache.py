"""The mention cache: each article's mentions, kept in the data folder so that a rebuild or an add
extracts only the articles that are new or changed.

    data/cache/mentions/<extractor version>/<key[:2]>/<key>.json

An entry's key is a hash of what extraction reads of an article (its exact text, file name, outlet
and the publication date its dates are resolved against), so a changed article misses. The extractor
version is a hash of the extraction code (events/extract/*.py, events/schema.py), the gazetteer files
and pycountry's version: any rule change misses every entry, and no one has to remember to bump a
number. An entry is one line of SHA-256 over the lines that follow: a JSON header with the key and
the number of mentions, then one JSON line per mention. A truncated, corrupted or misplaced entry is
not trusted but extracted again and rewritten. Entries are written to a temporary
file and renamed, so a reader sees a whole entry or none. The folder can be deleted at any time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
import types
import typing
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import events.extract
from events.extract.corpus import MAX_ARTICLE_BYTES, Article, decode_article, read_limited, text_sha256
from events.extract.entities import COLUMNS, DEFAULT_GAZETTEER
from events.extract.firms import FIRMS_FILE
from events.extract.mentions import Mention

CACHE_DIR = "cache"
MENTIONS_DIR = "mentions"
FORMAT = 2  # the layout of an entry; part of the version (2: a line per mention)


@functools.lru_cache(maxsize=8)
def _version(gazetteer_dir: Path, stamps: tuple[tuple[str, int, int], ...]) -> str:
    digest = hashlib.sha256(f"format {FORMAT}\npycountry {metadata.version('pycountry')}\n".encode())
    for name, _size, _mtime in stamps:
        path = Path(name)
        digest.update(f"{path.parent.name}/{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extractor_version(gazetteer_dir: Path | None = None) -> str:
    """A hash of everything that decides what extraction yields for a given article."""
    package = Path(events.extract.__file__).resolve().parent
    folder = (gazetteer_dir or DEFAULT_GAZETTEER).resolve()
    files = [*sorted(package.glob("*.py")), package.parent / "schema.py", *(folder / n for n in COLUMNS)]
    # (the listed firms' homes place a firm's own business: an edit to them changes what extraction yields)
    files += [FIRMS_FILE] if FIRMS_FILE.exists() else []
    stamps = []
    for path in files:
        status = path.stat()
        stamps.append((str(path), status.st_size, status.st_mtime_ns))
    return _version(folder, tuple(stamps))


def article_key(article: Article, version: str) -> str:
    """Which entry holds an article's mentions."""
    published = article.published.isoformat() if article.published else ""
    text = hashlib.sha256(article.text.encode("utf-8")).hexdigest()  # exact: offsets point into it
    fields = json.dumps([version, text, article.name, article.outlet, published], ensure_ascii=False)
    return hashlib.sha256(fields.encode("utf-8")).hexdigest()


class MentionCache:
    """Mentions by article in `data_dir/cache/`, for one gazetteer (default: the bundled one).
    A cache that is not `writable` only reads (a preview must leave the data folder as it was)."""

    def __init__(self, data_dir: Path, gazetteer_dir: Path | None = None, *, writable: bool = True) -> None:
        self.writable = writable
        self.version = extractor_version(gazetteer_dir)
        self.root = data_dir / CACHE_DIR / MENTIONS_DIR
        self.folder = self.root / self.version[:24]
        self._folder_name = str(self.folder)
        self.hits = 0
        self.misses = 0
        self.rejected: list[str] = []  # entries found but not trusted (file names), for reports and tests

    def path(self, article: Article) -> Path:
        key = article_key(article, self.version)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> list[Mention] | None:
        return self.get_by_key(article_key(article, self.version))

    def entry(self, key: str) -> CacheEntry | None:
        """The entry `key` (see `article_key`), checked but not yet decoded; None if there is none
        that can be trusted."""
        # A string path: a replayed merge reads thousands of entries, and a Path object each cost a
        # fifth of reading them.
        try:
            with open(os.path.join(self._folder_name, key[:2], key + ".json"), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        items = _entry_items(data, key)
        return None if items is None else CacheEntry(items)

    def get_by_key(self, key: str) -> list[Mention] | None:
        """The mentions of the entry `key` (see `article_key`), or None."""
        path = self.folder / key[:2] / f"{key}.json"
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        mentions = _decode_entry(data, path.stem)
        if mentions is None:
            self.rejected.append(path.name)
            self.misses += 1
            return None
        self.hits += 1
        return mentions

    def put(self, article: Article, mentions: Sequence[Mention]) -> None:
        if not self.writable:
            return
        path = self.path(article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, _encode_entry(path.stem, mentions))
        except OSError:
            return  # a cache that cannot be written only makes the next build slower

    def prune(self) -> None:
        """Remove the entries of other extractor versions (they can never be read again)."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.is_dir() and folder.name != self.folder.name:
                shutil.rmtree(folder, ignore_errors=True)


def _encode_entry(key: str, mentions: Sequence[Mention]) -> bytes:
    # One JSON line per mention, so that a replayed merge, which needs a mention or two of each of
    # many articles, parses only those lines (JSON never puts a raw line break inside a value).
    lines = [json.dumps({"key": key, "mentions": len(mentions)}, ensure_ascii=False)]
    lines.extend(json.dumps(_encode(m), ensure_ascii=False, separators=(",", ":")) for m in mentions)
    payload = "\n".join(lines).encode("utf-8")
    return hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


class CacheEntry:
    """One article's cached mentions, each parsed and decoded when first asked for (a replayed merge
    reads a few mentions of many articles)."""

    def __init__(self, items: list[bytes]) -> None:
        self._items = items
        self._decoded: dict[int, Mention] = {}

    def __len__(self) -> int:
        return len(self._items)

    def mention(self, position: int) -> Mention:
        """The mention at `position`; IndexError, or ValueError/TypeError if it is damaged."""
        found = self._decoded.get(position)
        if found is None:
            found = self._decoded[position] = _decode_mention(json.loads(self._items[position]))
        return found


def _entry_items(data: bytes, key: str) -> list[bytes] | None:
    """The encoded mentions of an entry (a JSON line each), or None unless its checksum, key and
    count are as written."""
    checksum, _, payload = data.partition(b"\n")
    if hashlib.sha256(payload).hexdigest().encode("ascii") != checksum:
        return None
    header, *items = payload.split(b"\n")
    try:
        content = json.loads(header)
        if content["key"] != key or content["mentions"] != len(items):
            return None
    except (ValueError, KeyError, TypeError):
        return None
    return items


def _decode_entry(data: bytes, key: str) -> list[Mention] | None:
    """The mentions of an entry, or None unless its checksum, key and every field are as written."""
    items = _entry_items(data, key)
    if items is None:
        return None
    try:
        return [_decode_mention(json.loads(item)) for item in items]
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def write_atomically(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all (a temporary file renamed over it); readers never see a part."""
    # No fsync: a torn entry after a crash fails its checksum and is extracted again.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _encode(value: Any) -> Any:
    """Dataclasses as lists of their fields in order, dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [_encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


Decoder = Callable[[Any], Any]


def _decoder(annotation: Any) -> Decoder:
    """How to rebuild a value of a field's declared type from its JSON form; checks the JSON type."""
    if annotation is dt.date:
        return _date
    if dataclasses.is_dataclass(annotation) and isinstance(annotation, type):
        return _record_decoder(annotation)
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        inner = _decoder(arguments[0])
        if inner is _as_is:
            return lambda value: tuple(_list(value))
        return lambda value: tuple([inner(item) for item in _list(value)])
    if origin in (typing.Union, types.UnionType) and type(None) in arguments:
        (inner,) = [_decoder(a) for a in arguments if a is not type(None)]
        return lambda value: None if value is None else inner(value)
    if annotation in (str, int, bool):
        return _as_is
    if annotation is float:
        return _float
    raise TypeError(f"cannot cache a field of type {annotation}")


@functools.cache
def _record_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    if any(not f.init for f in fields):
        raise TypeError(f"cannot cache {cls.__name__}: a field is not set by its constructor")
    names = [f.name for f in fields]
    decoders = [_decoder(hints[f.name]) for f in fields]
    # Text, counts and flags come back from JSON as they went in (the checksum vouches for them): only
    # the other fields need converting, which keeps a cached rebuild of thousands of articles quick.
    converted = [(i, d) for i, d in enumerate(decoders) if d is not _as_is]
    plain = not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")

    def decode(value: Any) -> Any:
        values = _list(value)
        if len(values) != len(names):
            raise ValueError(f"{cls.__name__}: {len(values)} values for {len(names)} fields")
        for i, convert in converted:
            values[i] = convert(values[i])
        if not plain:
            return cls(*values)
        # A frozen dataclass's __init__ sets each field through object.__setattr__: filling its
        # __dict__ gives the same object several times faster.
        record: Any = object.__new__(cls)
        record.__dict__.update(zip(names, values, strict=True))
        return record

    return decode


def _decode_mention(value: Any) -> Mention:
    mention: Mention = _record_decoder(Mention)(value)
    return mention


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _as_is(value: Any) -> Any:
    return value


def _checked(kind: type, value: Any) -> Any:
    if type(value) is not kind:
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _float(value: Any) -> float:
    if type(value) not in (int, float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value)


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(_checked(str, value))


FILES_NAME = "files.json"
FILES_FORMAT = 1
# A file rewritten within one tick of the file system's clock keeps its size and times; one changed this
# recently is hashed but not remembered (git treats its "racily clean" index entries the same way).
SETTLED_NS = 2_000_000_000


@dataclasses.dataclass(frozen=True)
class FileHashes:
    """An article file's hashes: of its bytes (has it changed?) and of its text (is it a duplicate?)."""

    file_sha256: str
    text_sha256: str


class ArticleFiles:
    """The hashes of a folder's article files, remembered in `data/cache/files.json` with each file's
    identity (device, inode, size, modification and change times), so that an add to thousands of
    articles reads only the files touched since they were last hashed, not every one.

        {"format": 1, "folder": "/abs/data/articles",
         "files": {"bbc.txt": [[dev, inode, size, mtime_ns, ctime_ns], file_sha256, text_sha256]}}

    Like the mention cache it can be deleted at any time; a damaged one is ignored. Only ordinary files
    (not links) are remembered, and a file whose stat differs in any way is read again.
    """

    def __init__(self, data_dir: Path, folder: Path, *, writable: bool = True) -> None:
        self.path = data_dir / CACHE_DIR / FILES_NAME
        self.folder = folder
        self._folder_name = str(folder)
        self.writable = writable
        self._known = self._load()
        self._changed = False

    def _load(self) -> dict[str, Any]:
        try:
            body = json.loads(self.path.read_bytes())
            if body.get("format") != FILES_FORMAT or body.get("folder") != str(self.folder.resolve()):
                return {}
            files = body["files"]
            return files if isinstance(files, dict) else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def hashes(self, path: Path) -> FileHashes:
        """The hashes of `path` (a file of the folder); InputError as `read_article` for a file that
        cannot be an article."""
        return self.named(path.name)

    def named(self, name: str) -> FileHashes:
        """The hashes of the folder's file `name`, as `hashes` (a name, not a Path: an add asks for
        every file of the folder, and making 5,000 Path objects cost more than checking them)."""
        try:
            status = os.lstat(os.path.join(self._folder_name, name))
            stamp = [status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns]
            regular = stat.S_ISREG(status.st_mode)
        except OSError:
            stamp, regular = [], False
        known = self._known.get(name)
        if regular and isinstance(known, list) and len(known) == 3 and known[0] == stamp:
            return FileHashes(str(known[1]), str(known[2]))
        data = read_limited(self.folder / name, MAX_ARTICLE_BYTES, folder=self.folder)
        found = FileHashes(hashlib.sha256(data).hexdigest(), text_sha256(decode_article(data, name)))
        if regular and time.time_ns() - max(stamp[3], stamp[4]) > SETTLED_NS:
            self._known[name] = [stamp, found.file_sha256, found.text_sha256]
            self._changed = True
        return found

    def save(self) -> None:
        """Remember what was hashed (dropping files that are gone); nothing if nothing changed."""
        if not (self.writable and self._changed):
            return
        present = {p.name for p in self.folder.iterdir()} if self.folder.is_dir() else set()
        files = {name: facts for name, facts in self._known.items() if name in present}
        body = {"format": FILES_FORMAT, "folder": str(self.folder.resolve()), "files": files}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps(body, separators=(",", ":")).encode("utf-8"))
        except OSError:
            return  # not remembered: the next add reads the files again
        self._changed = False
