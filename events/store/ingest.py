"""Adding articles: an upload, a file or pasted text is checked, stored in data/articles/ and built in.

    NewArticle --prepare_article--> PreparedArticle --add_articles--> articles/<slug>.txt
       (bytes or text)  (decode, HTML -> text, checks)          + a sources.csv row + rebuilt tables

Every check happens before anything is written, and the write itself (article files, sources.csv
rows, the rebuilt tables) is one `store.transaction`: it lands whole or not at all.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from events.engines.local import build_tables
from events.errors import (
    ArticlesElsewhere,
    DataError,
    DuplicateArticle,
    InputError,
    NotEnglish,
    PublicationDateError,
)
from events.extract import corpus
from events.extract.corpus import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    TITLE_STORED_MAX,
    Corpus,
    SourceRow,
    decode_article,
    read_limited,
    read_sources_rows,
    text_sha256,
)
from events.extract.dates import find_dates
from events.extract.language import check_english
from events.schema import Tables
from events.store import curation
from events.store import generations as store
from events.store.build import build, data_cache, data_gazetteer, load_readable_corpus
from events.store.cache import ArticleFiles

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
ARTICLES_DIR = "articles"
SOURCES_NAME = "sources.csv"
DEFAULT_SOURCE_COLUMNS = ("file", "outlet", "title", "url", "published")
SLUG_MAX = 60
# Lock waits for an add: up to twenty adds may queue behind one another, each with a rebuild.
ADD_LOCK_TIMEOUT_S = 600

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class NewArticle:
    """An article to add: file bytes with their file name (an upload, a CLI path), or pasted text.

    `published` may be a date or what the user typed ("2025-04-09"); it is checked, not trusted.
    """

    data: bytes | None = None
    filename: str = ""
    text: str | None = None
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: dt.date | str | None = None

    @classmethod
    def from_path(
        cls,
        path: Path,
        *,
        outlet: str = "",
        title: str = "",
        url: str = "",
        published: dt.date | str | None = None,
    ) -> NewArticle:
        """Read a file; InputError if it is not an ordinary file (a folder, a pipe), is a link that leads
        out of its own folder (a link to a system file), cannot be read or is too large (checked before
        reading, and no more than the limit is ever read)."""
        data = read_limited(path, MAX_ARTICLE_BYTES, folder=path.absolute().parent)
        return cls(data=data, filename=path.name, outlet=outlet, title=title, url=url, published=published)

    @property
    def label(self) -> str:
        """How messages name the article: its file name, else "pasted text"."""
        return self.filename or "pasted text"


@dataclass(frozen=True)
class PreparedArticle:
    """A new article that passed every check, with the metadata it will be stored with."""

    label: str
    text: str
    title: str
    outlet: str
    url: str
    published: dt.date | None
    sha256: str
    kind: str  # "text" | "markdown" | "html"
    notes: tuple[str, ...] = ()
    n_dates: int = 0  # date expressions in the text ("4 March 2025", "on Tuesday")


@dataclass(frozen=True)
class AddedArticle:
    """An article now in the corpus: the file it is stored as, and what it brought."""

    label: str
    file: str
    title: str
    outlet: str
    published: dt.date | None
    n_events: int
    n_shared: int  # of those events, how many other articles report too
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefusedArticle:
    """An article not added, and why (the message does not repeat the label; for a duplicate,
    `duplicate_of` is the stored file with the same text)."""

    label: str
    message: str
    duplicate_of: str = ""
    asks_for_date: bool = False


@dataclass(frozen=True)
class AddReport:
    added: tuple[AddedArticle, ...] = ()
    duplicates: tuple[RefusedArticle, ...] = ()
    refused: tuple[RefusedArticle, ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Nothing was refused (duplicates are reported, not errors)."""
        return not self.refused

    def summary(self) -> str:
        lines = []
        for a in self.added:
            shared = f", {a.n_shared} also reported elsewhere" if a.n_shared else ""
            lines.append(f"added {a.label} as {a.file}: {a.n_events} events{shared}")
            lines.extend(f"  note: {note}" for note in a.notes)
        lines.extend(f"duplicate {d.label}: {d.message}" for d in self.duplicates)
        lines.extend(f"refused {r.label}: {r.message}" for r in self.refused)
        if not lines:
            lines.append("nothing to add")
        return "\n".join(lines)


def parse_published(value: dt.date | str | None, *, today: dt.date | None = None) -> dt.date | None:
    """A publication date as typed or given -> a date (None if left empty); PublicationDateError if it
    cannot be read or lies in the future."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    else:
        date = _iso_date(str(value).strip())
    latest = today or latest_today()
    if date > latest:
        raise PublicationDateError(
            f"The publication date {date.isoformat()} is in the future (today is {latest.isoformat()}): "
            "check it and give it again."
        )
    if date.year < 1900:
        raise PublicationDateError(
            f"The publication date {date.isoformat()} is not plausible: give it again."
        )
    return date


def latest_today() -> dt.date:
    """Today here or in UTC, whichever is later: an article from a time zone ahead is not in the future."""
    return max(dt.date.today(), dt.datetime.now(dt.UTC).date())


def _iso_date(text: str) -> dt.date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            # Written as asked, so asking for the form again would puzzle: the day itself does not exist.
            raise PublicationDateError(
                f"The publication date '{text}' is no day of the calendar ({text[:10]} does not exist): "
                "check the month and day."
            ) from None
    raise PublicationDateError(
        f"The publication date '{text}' cannot be read: give it as YYYY-MM-DD, for example 2025-04-09."
    )


def prepare_article(item: NewArticle, *, today: dt.date | None = None) -> PreparedArticle:
    """Decode and check a new article without touching the data directory; InputError says what is wrong."""
    label = item.label
    published = parse_published(item.published, today=today)
    text = _decoded(item)
    suffix = Path(item.filename).suffix.lower()
    if item.filename and suffix not in ACCEPTED_SUFFIXES:
        raise InputError(f"{label}: only {', '.join(ACCEPTED_SUFFIXES)} files can be added.")
    notes: list[str] = []
    title, outlet, url = item.title.strip(), item.outlet.strip(), item.url.strip()
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        page = html_to_article(text, label)
        text = page.text
        title = title or page.title
        outlet = outlet or page.sitename
        url = url or page.url
        if published is None and page.date is not None:
            published = parse_published(page.date, today=today)
        elif published is not None and page.date is not None and page.date != published:
            notes.append(f"the page gives {page.date.isoformat()}; the date you gave is used")
        kind = "html"
        notes.extend(page.notes)
    else:
        text, removed = strip_scripts(text)
        if removed:
            notes.append(f"removed {removed} script block{'s' if removed > 1 else ''} from the text")
        kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
        if kind == "markdown":
            text = markdown_to_text(text)
    text = _normalised(text)
    if not text.strip():
        raise InputError(f"{label}: there is no article text (it is empty or only white space).")
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{label}: the text is over the {MAX_ARTICLE_BYTES // 1_000_000} MB limit for one article; "
            "split it or trim it to the article text."
        )
    check_english(text, label)
    if published is None:
        _check_dateline(text, today)
    if len(title) > TITLE_STORED_MAX:
        title = title[:TITLE_STORED_MAX].rstrip() + "…"
        notes.append(f"the title was cut to {TITLE_STORED_MAX} characters")
    n_dates = len(find_dates(text, published or latest_today()))
    return PreparedArticle(
        label=label,
        text=text,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        sha256=text_sha256(text),
        kind=kind,
        notes=tuple(notes),
        n_dates=n_dates,
    )


def _check_dateline(text: str, today: dt.date | None) -> None:
    """PublicationDateError for a dateline in the text that `--published` would refuse (a date in the
    future, or not a plausible one): the user is asked for the date, as for a typed one."""
    found = corpus.published_in_text(corpus.classify_lines(text))
    if found is None:
        return
    problem = corpus.publication_problem(found[0], f"the article's dateline '{found[1]}'", today=today)
    if problem:
        raise PublicationDateError(f"{problem[:1].upper()}{problem[1:]}: give the publication date.")


def _decoded(item: NewArticle) -> str:
    if item.text is not None and item.data is not None:
        raise InputError("Give either a file or pasted text, not both.")
    if item.text is not None:
        text = item.text
        if len(text.encode("utf-8", errors="replace")) > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{item.label}: the text is over the {MAX_ARTICLE_BYTES // 1_000_000} MB limit for one "
                "article; split it or trim it to the article text."
            )
        if not text.strip():
            raise InputError("The pasted text is empty (or only white space); there is no article to read.")
        return text
    if item.data is None:
        raise InputError("Nothing to add: give a file or paste the article text.")
    text = decode_article(item.data, item.label)  # refuses empty, binary, undecodable, too large
    return _with_declared_charset(item.data, text, item.label)


# Codecs Python marks as text encodings that still cannot be an HTML page's charset.
_NOT_TEXT_ENCODINGS = frozenset({"undefined", "punycode", "idna", "raw-unicode-escape", "unicode-escape"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _with_declared_charset(data: bytes, text: str, label: str) -> str:
    """An HTML page read in the charset it declares (<meta charset="windows-1251">), when that is neither
    of the encodings `decode_article` tries and the bytes decode in it; else `text` as decoded.

    InputError for a declared "charset" that is a codec but not a text encoding (rot-13, base64, hex,
    zlib, punycode, undefined): such a page is broken or built to mislead.
    """
    found = _META_CHARSET.search(data[:4096])
    if not found or not looks_like_html(text):
        return text
    declared = found.group(1).decode("ascii", errors="replace")[:40]
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return text
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_TEXT_ENCODINGS:
        raise InputError(
            f"{label}: the page declares its charset as '{declared}', which is not a text encoding; "
            "save the page again as UTF-8 and add it again."
        )
    if info.name in ("utf-8", "cp1252"):
        return text
    try:
        return data.decode(info.name)
    except (UnicodeError, ValueError):  # "undefined" refuses every byte; punycode raises its own errors
        return text


def _normalised(text: str) -> str:
    """Line breaks as "\\n", no trailing blanks at line ends, one newline at the end."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
# [^<>] rather than [^>]: with the latter, a text of many "<script" without ">" took quadratic time.
_SCRIPT_BLOCK = re.compile(r"<script\b[^<>]*>.*?(</script\s*>|\Z)", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """Clearly an HTML document (not just text with a tag in it): a doctype or <html>, or a <body>."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return bool(
        re.search(r"<body[\s>]", text, re.IGNORECASE) and re.search(r"</(p|div)>", text, re.IGNORECASE)
    )


def strip_scripts(text: str) -> tuple[str, int]:
    """Text without <script> blocks, and how many there were."""
    stripped, count = _SCRIPT_BLOCK.subn("", text)
    return stripped, count


@dataclass(frozen=True)
class PageText:
    """What trafilatura reads from a news page: the article text and the page's own metadata."""

    text: str
    title: str = ""
    sitename: str = ""
    url: str = ""
    date: dt.date | None = None
    notes: tuple[str, ...] = ()


def html_to_article(html: str, label: str = "page") -> PageText:
    """The article in an HTML page, without navigation, footers or scripts, plus its title, date and site."""
    import trafilatura  # here, not above: a quarter of a second of imports that only HTML needs

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found = document.as_dict() if isinstance(document, trafilatura.settings.Document) else {}
    body = str(found.get("text") or "")
    if not body.strip() or not corpus.prepare_article(label, body, SourceRow()).sentences:
        # A page of menus and links only (trafilatura falls back to whatever text it finds).
        raise InputError(f"{label}: no article text found in this HTML page.")
    body, _removed = strip_scripts(body)
    # trafilatura puts each paragraph on one line; a blank line between them reads like the other articles.
    text = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    notes = []
    date = None
    raw_date = str(found.get("date") or "")
    if raw_date:
        try:
            date = dt.date.fromisoformat(raw_date[:10])
        except ValueError:
            notes.append(f"the page's date '{raw_date}' cannot be read; give the publication date")
    sitename = str(found.get("sitename") or "").strip()
    hostname = str(found.get("hostname") or "").strip()
    if not sitename and hostname:
        sitename = hostname
        notes.append(f"the page names no site; the outlet is taken from its address ({sitename})")
    return PageText(
        text=text,
        title=str(found.get("title") or "").strip(),
        sitename=sitename,
        url=str(found.get("url") or "").strip(),
        date=date,
        notes=tuple(notes),
    )


# Linear time on any input: brackets and parentheses are excluded from the runs between them, so that
# a line of many "[" (or "](") is not rescanned to its end from each one, as `[^\]]*` and `[^)]*` were.
# An address may hold one level of parentheses ("(https://en.wikipedia.org/wiki/Kursk_(region))").
_MD_TARGET = r"\((?:[^()]*\([^()]*\))*[^()]*\)"
_MD_IMAGE = re.compile(rf"!\[([^\[\]]*)\]{_MD_TARGET}")
_MD_LINK = re.compile(rf"\[([^\[\]]+)\]{_MD_TARGET}")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_STRONG = re.compile(r"(\*\*|__)(.+?)\1")


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown article: links keep their words, images and heading marks go."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    return _MD_STRONG.sub(r"\2", text)


def articles_kept_elsewhere(data_dir: Path) -> list[str]:
    """The stored table's articles that are not in the data folder's articles/, as the table names them.

    A table made by `build --articles DIR --out DATA` read its articles from DIR; an add rebuilds from
    DATA/articles alone, so it would keep only the added article's events and drop every other."""
    try:
        listed = store.load_table("sources", data_dir)["article"]
    except DataError:  # no table yet: nothing to lose
        return []
    articles_dir = data_dir / ARTICLES_DIR
    # (one listing of the folder, not a look-up per article: the add page asks on every preview)
    present = set(os.listdir(articles_dir)) if articles_dir.is_dir() else set()
    return [str(name) for name in listed if str(name) not in present]


def _refuse_if_kept_elsewhere(data_dir: Path) -> None:
    missing = articles_kept_elsewhere(data_dir)
    if not missing:
        return
    lost = (
        f"{len(missing):,} of its articles, such as {missing[0]}, are not in {data_dir / ARTICLES_DIR}, "
        "and adding one would rebuild the table from that folder alone and drop their events."
    )
    source = store.articles_source(data_dir)
    if source is None:  # the table was built here and articles were deleted or moved since
        raise ArticlesElsewhere(
            lost,
            f"Put them back, or build again without them (`python -m events build --data {data_dir}`), "
            "then add.",
            "",
            len(missing),
        )
    raise ArticlesElsewhere(
        f"This table was built from the articles in {source}: {lost}",
        f"Copy them in first: `python -m events add --data {data_dir} --copy-articles`.",
        str(source),
        len(missing),
    )


def copy_articles_in(data_dir: Path) -> int:
    """Copy the articles the table was built from (`build --articles DIR --out DATA`) into DATA/articles,
    so that the data folder holds every article its table reports and can take adds; returns how many
    were copied. All of them or none: DataError says why, and then nothing is copied.

    Copies, not links: an added article is stored read-only and is never changed from outside, and the
    user's own folder stays theirs to edit or delete."""
    with store.locked(data_dir, timeout=ADD_LOCK_TIMEOUT_S), store.transaction(data_dir) as tx:
        missing = articles_kept_elsewhere(data_dir)
        if not missing:
            return 0
        source = store.articles_source(data_dir)
        if source is None:
            raise DataError(
                f"{len(missing):,} of the table's articles, such as {missing[0]}, are not in "
                f"{data_dir / ARTICLES_DIR}, and the table does not say where its build read them "
                "(it was built before builds recorded that): copy them in by hand, or build again "
                "with `--articles`."
            )
        present = set(os.listdir(source)) if source.is_dir() else set()
        absent = [name for name in missing if name not in present]
        if absent:
            raise DataError(
                f"{len(absent):,} of the table's articles, such as {absent[0]}, are no longer in {source}, "
                "where its build read them: put them back, or build the table again from what is there."
            )
        articles_dir = data_dir / ARTICLES_DIR
        articles_dir.mkdir(exist_ok=True)
        targets = [articles_dir / name for name in missing]
        tx.protect(*targets)  # one journal write for all of them, not one per article
        for name, target in zip(missing, targets, strict=True):
            store.write_atomic(target, (source / name).read_bytes(), mode=0o444)
        return len(missing)


def add_articles(
    items: Sequence[NewArticle], data_dir: Path, *, progress: Progress | None = None
) -> AddReport:
    """Check each article, store the good ones with their sources.csv rows and rebuild, all as one unit.

    `progress(done, total, what)` is called before each article is read (done = articles read so far),
    then with done == total before the rebuild and at the end. Refused articles and duplicates are in
    the report; only an unexpected failure (the build crashing) raises, and then nothing is stored.
    """
    report = progress or (lambda done, total, what: None)
    total = len(items)
    prepared: list[PreparedArticle] = []
    refused: list[RefusedArticle] = []
    for index, item in enumerate(items):
        report(index, total, item.label)
        try:
            prepared.append(prepare_article(item))
        except InputError as error:
            message = str(error).removeprefix(f"{item.label}: ")
            refused.append(
                RefusedArticle(item.label, message, asks_for_date=isinstance(error, PublicationDateError))
            )
    if not prepared:
        report(total, total, "done")
        return AddReport(refused=tuple(refused))

    duplicates: list[RefusedArticle] = []
    stored: list[tuple[PreparedArticle, str]] = []
    with store.locked(data_dir, timeout=ADD_LOCK_TIMEOUT_S), store.transaction(data_dir) as tx:
        _refuse_if_kept_elsewhere(data_dir)
        articles_dir = data_dir / ARTICLES_DIR
        known = stored_fingerprints(articles_dir)
        sources = data_dir / SOURCES_NAME
        listed = _read_sources(sources)  # read once: its rows name taken files, new rows go after them
        taken = _taken_names(data_dir, listed)
        for article in prepared:
            if article.sha256 in known:
                existing = known[article.sha256]
                duplicates.append(
                    RefusedArticle(article.label, f"the same text is already stored as {existing}.", existing)
                )
                continue
            name = choose_file_name(article, taken)
            taken.add(name.lower())
            known[article.sha256] = name
            tx.create(articles_dir / name, article.text.encode("utf-8"), mode=0o444)
            stored.append((article, name))
        if stored:
            tx.write(sources, with_source_rows(sources, stored, listed))
            report(total, total, "rebuilding the event table")
            result = build(data_dir, label="added " + ", ".join(name for _, name in stored))
            tables, problems = result.tables, tuple(f"{p.file}: {p.message}" for p in result.problems)
        else:
            tables, problems = None, ()
    report(total, total, "done")
    added = tuple(_added(article, name, tables, problems) for article, name in stored) if tables else ()
    return AddReport(added=added, duplicates=tuple(duplicates), refused=tuple(refused), problems=problems)


def add_article(item: NewArticle, data_dir: Path) -> AddedArticle:
    """Add one article; raises what `add_articles` would report (InputError, DuplicateArticle)."""
    report = add_articles([item], data_dir)
    if report.refused:
        refusal = report.refused[0]
        error = PublicationDateError if refusal.asks_for_date else InputError
        raise error(refusal.message if refusal.asks_for_date else f"{refusal.label}: {refusal.message}")
    if report.duplicates:
        duplicate = report.duplicates[0]
        raise DuplicateArticle(f"{duplicate.label}: {duplicate.message}", duplicate.duplicate_of)
    return report.added[0]


def _added(article: PreparedArticle, name: str, tables: Tables, problems: tuple[str, ...]) -> AddedArticle:
    event_ids = set(tables.mentions.loc[tables.mentions["article"] == name, "event_id"])
    events = tables.events[tables.events["event_id"].isin(event_ids)]
    row = tables.sources[tables.sources["article"] == name]
    title = str(row["title"].iloc[0]) if not row.empty else article.title
    stamp = row["published"].iloc[0] if not row.empty else pd.NaT
    published = article.published if pd.isna(stamp) else pd.Timestamp(stamp).date()
    notes = list(article.notes)
    notes.extend(p.removeprefix(f"{name}: ") for p in problems if p.startswith(f"{name}: "))
    notes.extend(yield_notes(article.n_dates, len(event_ids)))
    return AddedArticle(
        label=article.label,
        file=name,
        title=title,
        outlet=article.outlet,
        published=published,
        n_events=len(events),
        n_shared=int((events["n_sources"] > 1).sum()),
        notes=tuple(notes),
    )


def yield_notes(n_dates: int, n_events: int) -> list[str]:
    """What to tell the user about an article that brought no dates or no events."""
    if not n_dates and not n_events:
        return ["no dates found in the text: it is stored, but yields no events"]
    if not n_dates:
        events = "its one event is" if n_events == 1 else f"its {n_events} events are"
        return [f"no dates found in the text: {events} dated by its publication date"]
    if not n_events:
        return ["no dated events found in the text: it is stored, but adds nothing to the timeline"]
    return []


def stored_fingerprints(articles_dir: Path) -> dict[str, str]:
    """{text_sha256: file name} of the articles already stored (unreadable files are skipped); a file
    an unfinished add is writing is not stored yet, unless this thread is the one writing it.

    Files not touched since a build hashed them are not read again (see `ArticleFiles`). Nothing is
    written: the build that follows an add remembers the hashes, and an add that stores nothing (or a
    preview) leaves the data folder as it was."""
    known: dict[str, str] = {}
    if not articles_dir.is_dir():
        return known
    listing = sorted(os.listdir(articles_dir))  # names: 5,000 Path objects cost more than the checks
    uncommitted = store.uncommitted_files(articles_dir.parent, ARTICLES_DIR)
    files = ArticleFiles(articles_dir.parent, articles_dir, writable=False)
    for name in listing:
        if (
            name.startswith(".")
            or name in uncommitted
            or os.path.splitext(name)[1].lower() not in ARTICLE_SUFFIXES
        ):
            continue
        try:
            known.setdefault(files.named(name).text_sha256, name)
        except InputError:
            continue
    return known


def _taken_names(data_dir: Path, listed: tuple[list[str], list[dict[str, str]]] | None = None) -> set[str]:
    """Lower-cased names of every article file, and every file sources.csv names (even if missing;
    `listed`: its header and rows, if already read)."""
    articles_dir = data_dir / ARTICLES_DIR
    names = {p.name.lower() for p in articles_dir.iterdir()} if articles_dir.is_dir() else set()
    header, rows = listed or _read_sources(data_dir / SOURCES_NAME)
    key = _key_column(header)
    names.update(row.get(key, "").strip().lower() for row in rows)
    return names


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """ "Zelenskyy says 155 Chinese…" -> "zelenskyy-says-155-chinese", cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or "-".join(words)[:max_length].strip("-")


def choose_file_name(article: PreparedArticle, taken: set[str]) -> str:
    """`<outlet>_<title>.txt` as the bundled articles are named, never one in `taken` (lower-cased)."""
    title = article.title or _first_line(article.text) or Path(article.label).stem
    base = slugify(title) or "article"
    if article.outlet:
        outlet = slugify(article.outlet, 24)
        base = f"{outlet}_{base}" if outlet else base
    name = f"{base}.txt"
    counter = 2
    while name.lower() in taken:
        name = f"{base}-{counter}.txt"
        counter += 1
    return name


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _read_sources(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    header, rows = read_sources_rows(path)
    return header or list(DEFAULT_SOURCE_COLUMNS), rows


def _key_column(header: list[str]) -> str:
    return next((k for k in ("file", "article") if k in header), "file")


def with_source_rows(
    path: Path,
    stored: Sequence[tuple[PreparedArticle, str]],
    listed: tuple[list[str], list[dict[str, str]]] | None = None,
) -> bytes:
    """sources.csv's bytes with one row per new article appended; earlier rows are kept byte for byte
    (`listed`: its header and rows, if already read)."""
    previous = path.read_bytes() if path.exists() else b""
    header, _rows = listed or _read_sources(path)
    if not previous.strip():
        previous = b""
        header = list(DEFAULT_SOURCE_COLUMNS)
    key = _key_column(header)
    if key not in header:
        header = [key, *header]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    if not previous:
        writer.writeheader()
    for article, name in stored:
        published = article.published.isoformat() if article.published else ""
        writer.writerow(
            {
                key: name,
                "outlet": article.outlet,
                "title": article.title,
                "url": article.url,
                "published": published,
                # Columns of the layout the build writes back (see corpus.load_sources_csv).
                "published_basis": "given" if published else "",
                "published_evidence": "given when the article was added" if published else "",
                "sha256": article.sha256,
            }
        )
    if previous and not previous.endswith(b"\n"):
        previous += b"\n"
    return previous + buffer.getvalue().encode("utf-8")


def preview_article(item: NewArticle, data_dir: Path) -> Tables:
    """The events the article would yield, merged with what the stored articles report; nothing is saved.

    Events are those with a mention from the new article (with all their mentions); sources are the
    articles those events cite. InputError (or DuplicateArticle) as `add_articles` would refuse it.
    """
    article = prepare_article(item)
    _refuse_if_kept_elsewhere(data_dir)
    articles_dir = data_dir / ARTICLES_DIR
    known = stored_fingerprints(articles_dir)
    if article.sha256 in known:
        existing = known[article.sha256]
        raise DuplicateArticle(f"{article.label}: the same text is already stored as {existing}.", existing)
    name = choose_file_name(article, _taken_names(data_dir))
    stored = load_readable_corpus(data_dir) if articles_dir.is_dir() else Corpus(())
    row = SourceRow(outlet=article.outlet, title=article.title, url=article.url, published=article.published)
    new = corpus.prepare_article(name, article.text, row)
    everything = sorted([*stored.articles, new], key=lambda a: a.name)
    stored_mentions = data_cache(data_dir, writable=False)  # extract only the new article; write nothing
    built = build_tables(Corpus(tuple(everything)), data_gazetteer(data_dir), cache=stored_mentions)
    tables = curation.apply_stored_corrections(built, data_dir)
    event_ids = set(tables.mentions.loc[tables.mentions["article"] == name, "event_id"])
    events = tables.events[tables.events["event_id"].isin(event_ids)].reset_index(drop=True)
    mentions = tables.mentions[tables.mentions["event_id"].isin(event_ids)].reset_index(drop=True)
    cited = set(mentions["article"]) | {name}
    sources = tables.sources[tables.sources["article"].isin(cited)].reset_index(drop=True)
    return Tables(events=events, mentions=mentions, sources=sources)


__all__ = [
    "AddReport",
    "AddedArticle",
    "NewArticle",
    "NotEnglish",
    "PreparedArticle",
    "PublicationDateError",
    "RefusedArticle",
    "add_article",
    "add_articles",
    "articles_kept_elsewhere",
    "check_english",
    "copy_articles_in",
    "html_to_article",
    "parse_published",
    "prepare_article",
    "preview_article",
]
