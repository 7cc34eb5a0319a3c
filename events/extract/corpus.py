"""Articles on disk -> decoded text, metadata from sources.csv, and the body sentences worth reading.

News pages arrive with share buttons, photo captions and credits, newsletter footers and repeated
leads. Only body sentences yield events; everything else is classified here, with offsets kept into
the article file's own text so that every mention can point back to it.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import os
import re
import stat
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from events.errors import DataError, InputError
from events.extract.language import check_english
from events.extract.patterns import (
    AM_PM_GOES_ON,
    ASKED_ONCE,
    CLOSING_MARK,
    TIME_ZONE,
    UNFOLDED,
    ScannedPattern,
    compile_gated,
)
from events.extract.vocabulary import (
    IRREGULAR_PAST,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    PERSON_ROLES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    alternatives,
)
from events.schema import in_table_range, restore_cell

MAX_ARTICLE_BYTES = 2_000_000
READ_CHUNK = 1 << 20
# sources.csv holds one row per article (about 180 bytes each): its own limit, far above the article
# limit, so that a big corpus's list is never mistaken for an oversized article.
MAX_SOURCES_BYTES = 512_000_000
# No cell of sources.csv is longer than an article; csv's default (128 KB) is not enough for that.
CSV_FIELD_LIMIT = 2 * MAX_ARTICLE_BYTES
# A title longer than this is not a headline but a paragraph or junk: it is cut, with a note.
TITLE_STORED_MAX = 500
ARTICLE_SUFFIXES = (".txt", ".md")
# Tried in order; cp1252 refuses five undefined bytes, so truly undecodable input is still refused.
ENCODINGS = ("utf-8", "cp1252")

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (perhaps a Word or Excel file)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x7fELF": "a program",
}


@dataclass(frozen=True)
class Sentence:
    """One body sentence: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: dt.date | None = None
    published_basis: str = ""
    published_evidence: str = ""
    sentences: tuple[Sentence, ...] = ()
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()  # what the reader should know of the article ("the dateline ... is ...")

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @property
    def label(self) -> str:
        """How people name the article: its outlet when known, else its file name."""
        return self.outlet or self.name


@dataclass(frozen=True)
class Problem:
    """A file the build skipped or a value it could not use, with the reason in plain words."""

    file: str
    message: str


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = field(default=())


def text_sha256(text: str) -> str:
    """Fingerprint of an article's text; white space is folded so re-saved copies match."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


# Control characters other than line breaks, tabs and form feeds: many of them mean a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def too_large(name: str, size: int, limit: int = MAX_ARTICLE_BYTES) -> InputError:
    what = (
        "for one article; split it or trim it to the article text"
        if limit == MAX_ARTICLE_BYTES
        else "for this file"
    )
    return InputError(f"{name}: {size / 1_000_000:.1f} MB is over the {limit // 1_000_000} MB limit {what}.")


def decode_article(data: bytes, name: str) -> str:
    """Bytes of an article file -> its text, or InputError saying why it cannot be used."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise too_large(name, len(data))
    return decode_text(data, name)


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file (any size) -> its text; InputError for binary, undecodable or empty data."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(
                f"{name}: this is {what}, not text. Save the article as plain text, Markdown or HTML."
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_utf16(data, name)
    else:
        if b"\x00" in data:  # anywhere: a NUL byte deep in a file is as binary as one at its start
            raise InputError(f"{name}: this looks like a binary file (it holds NUL bytes), not text.")
        text = _decode_first(data.removeprefix(b"\xef\xbb\xbf"), name)
    if not text.strip():
        raise InputError(f"{name}: the file is empty (or only white space); there is no article to read.")
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{name}: this looks like a binary file (many control characters), not text.")
    return text


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: starts like UTF-16 text but cannot be decoded ({error.reason})."
        ) from error


def _decode_first(data: bytes, name: str) -> str:
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(
        f"{name}: the text is neither UTF-8 nor Windows-1252; re-save it as UTF-8 and add it again."
    )


def read_article(path: Path, *, folder: Path | None = None) -> str:
    """The text of an article file, decoded as `decode_article` does; mention offsets index into it.

    With `folder`, a symbolic link that leads out of that folder is refused (a link to a system file).
    """
    return decode_article(read_limited(path, MAX_ARTICLE_BYTES, folder=folder), path.name)


_FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def file_kind_problem(path: Path, *, folder: Path | None = None) -> str:
    """Why `path` cannot be read as a file ("" when it is an ordinary file): missing, a folder, a pipe,
    a device, or a link that leads out of `folder`."""
    try:
        if folder is not None and path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(folder.resolve()):
                return f"it is a link to {target}, outside the folder; copy the article in instead"
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such file" if not path.is_symlink() else "a link to a file that does not exist"
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    for test, what in _FILE_KINDS:
        if test(mode):
            return f"it is {what}, not a file"
    return "" if stat.S_ISREG(mode) else "it is not an ordinary file"


def read_limited(path: Path, limit: int, *, folder: Path | None = None) -> bytes:
    """A file's bytes, checked to be an ordinary file of at most `limit` bytes before (and while) it is
    read: no more than limit + 1 bytes are ever read, so a huge or growing file costs no memory."""
    problem = file_kind_problem(path, folder=folder)
    if problem:
        raise InputError(f"{path.name}: {problem}.")
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise too_large(path.name, size, limit)
            # read(n) allocates n bytes up front, so read in chunks: a 3 KB sources.csv with a 512 MB
            # limit must not cost a 512 MB buffer
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                chunk = handle.read(min(READ_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
            data = b"".join(chunks)
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror}).") from error
    if len(data) > limit:
        raise too_large(path.name, len(data), limit)
    return data


# --- sources.csv -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: dt.date | None = None


def read_sources_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """sources.csv -> (its header, its rows as they are written, cells spreadsheet-neutralised by a
    build read back as written); ([], []) if there is none. DataError when it cannot be read: a build
    that went on without it would write back a table that had lost every outlet, URL and date."""
    if not path.exists():
        return [], []
    try:
        text = decode_text(read_limited(path, MAX_SOURCES_BYTES), path.name) if path.stat().st_size else ""
    except InputError as error:
        raise DataError(f"{path} cannot be used: {str(error).removeprefix(f'{path.name}: ')}") from error
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    # Rows as csv.DictReader gives them (blank lines skipped, missing cells "", cells beyond the header
    # and unnamed columns dropped), made from csv.reader's lists: an add reads the 5,000 rows of its
    # corpus several times, and DictReader builds each row in Python.
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, [])
        width = len(header)
        rows = [
            {
                k: v if v[:1] != "'" else restore_cell(v)
                for k, v in zip(header, [*row, *[""] * (width - len(row))], strict=False)  # longer rows: cut
                if k
            }
            for row in reader
            if row
        ]
    except csv.Error as error:
        raise DataError(f"{path} is damaged (line {reader.line_num}: {error}); fix that line.") from error
    return header, rows


def load_sources_csv(path: Path) -> tuple[dict[str, SourceRow], list[Problem]]:
    """sources.csv -> {file name: row}. Accepts `file` or `article` as the key column; extra columns are
    ignored. A `published` value counts as given unless the row says it was read or inferred (the build
    writes its own table back in this layout)."""
    rows: dict[str, SourceRow] = {}
    problems: list[Problem] = []
    header, records = read_sources_rows(path)
    if not records and not header:
        return rows, problems
    key = next((k for k in ("file", "article") if k in header), None)
    if key is None:
        raise DataError(f"{path} needs a `file` column naming each article file.")
    for line, record in enumerate(records, start=2):
        name = (record.get(key) or "").strip()
        if not name:
            continue
        published = None
        raw = (record.get("published") or "").strip()
        basis = (record.get("published_basis") or "given").strip() or "given"
        if raw and basis == "given":
            published = parse_iso_date(raw)
            problem = publication_problem(published, f"published '{raw[:40]}'")
            if problem:
                published = None
                problems.append(
                    Problem(
                        name, f"sources.csv line {line}: {problem}; the date is read from the text instead."
                    )
                )
        title = (record.get("title") or "").strip()
        if len(title) > TITLE_STORED_MAX:
            problems.append(
                Problem(name, f"sources.csv line {line}: the title was cut to {TITLE_STORED_MAX} characters.")
            )
            title = title[:TITLE_STORED_MAX]
        rows[name] = SourceRow(
            outlet=(record.get("outlet") or "").strip()[:TITLE_STORED_MAX],
            title=title,
            url=(record.get("url") or "").strip()[:4096],
            published=published,
        )
    return rows, problems


def publication_problem(day: dt.date | None, what: str, *, today: dt.date | None = None) -> str:
    """Why `day` cannot be an article's publication date ("" when it can): not a date, before 1900, in
    the future, or outside the days a table can hold. `add --published` refuses the same dates."""
    if day is None:
        return f"{what} is not a date (YYYY-MM-DD)"
    latest = today or latest_today()
    if day > latest:
        return f"{what} is in the future (today is {latest.isoformat()})"
    if day.year < 1900 or not in_table_range(day):
        return f"{what} is not a plausible publication date"
    return ""


# What an undated article's publication date rests on when nothing dates it: no date in its text and no
# dated article built with it to compare with. The build day stands in, since the table needs a date.
BUILD_DAY_EVIDENCE = (
    "no date in the text and no dated article to compare with: dated the day it was built; "
    "give `published` in sources.csv"
)


def latest_today() -> dt.date:
    """Today here or in UTC, whichever is later: an article from a time zone ahead is not in the future."""
    return max(dt.date.today(), dt.datetime.now(dt.UTC).date())


def parse_iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def load_corpus(
    articles_dir: Path, sources_csv: Path, *, uncommitted: Callable[[], Collection[str]] | None = None
) -> Corpus:
    """Every readable article in `articles_dir` with its sources.csv row; unreadable ones become problems.

    Each file passes the checks `add` makes (file kind, size, encoding, language). `uncommitted()`,
    asked once the folder is listed, names files an unfinished add is writing: not there yet for this
    reader.
    """
    if not articles_dir.is_dir():
        raise InputError(f"{articles_dir} is not a folder of articles.")
    rows, problems = load_sources_csv(sources_csv)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    listing = sorted(articles_dir.iterdir())
    # the name of sources.csv when it is kept in the folder of articles itself (resolved once, not per file)
    index_here = sources_csv.name if sources_csv.resolve().parent == articles_dir.resolve() else None
    skip = set(uncommitted()) if uncommitted is not None else set()
    for path in listing:
        if path.name in skip:
            continue
        if path.name == index_here:
            continue  # sources.csv kept beside the articles, as many folders do: the index, not an article
        if path.name.startswith("."):
            problems.append(Problem(path.name, "skipped: a hidden file (its name starts with a dot)."))
            continue
        try:
            article = load_article(path, articles_dir, rows.get(path.name, SourceRow()))
        except InputError as error:
            problems.append(Problem(path.name, f"skipped: {str(error).removeprefix(f'{path.name}: ')}"))
            continue
        if article.sha256 in seen:
            problems.append(Problem(path.name, f"skipped: the same text as {seen[article.sha256]}."))
            continue
        seen[article.sha256] = path.name
        problems.extend(Problem(path.name, note) for note in article.notes)
        if not article.sentences:
            problems.append(Problem(path.name, "no article sentences found; it yields no events."))
        articles.append(article)
    for name in sorted(set(rows) - {a.name for a in articles} - {p.file for p in problems} - skip):
        problems.append(Problem(name, "listed in sources.csv but there is no such article file."))
    return Corpus(articles=tuple(articles), problems=tuple(problems))


def load_article(path: Path, folder: Path, row: SourceRow) -> Article:
    """One article file of a folder, checked as `add` checks a new one; InputError says why not."""
    problem = file_kind_problem(path, folder=folder)
    if problem:
        raise InputError(f"{path.name}: {problem}.")
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(
            f"{path.name}: only .txt and .md articles are read (add HTML with `python -m events add`)."
        )
    text = read_article(path, folder=folder)
    check_english(text, path.name)
    return prepare_article(path.name, text, row)


# A line that opens on a comma or semicolon goes on with the line above: the page broke the paragraph at a
# linked name ("Rep. Jane Roe (D-Ore.)" / ", who chairs the panel, said ..."). No sentence opens that way.
_BROKEN_AT_A_LINK = re.compile(r"[ \t]*(?:\r?\n[ \t]*)+([,;])(?=[ \t]*[a-z\"“‘'(])")


def _mend_broken_paragraphs(text: str) -> str:
    """The text with each such break mended in place: the comma moved up to the name and the break made
    blanks after it, so that the text keeps its length and every offset into it still holds."""
    return _BROKEN_AT_A_LINK.sub(lambda found: found.group(1) + " " * (len(found.group()) - 1), text)


def prepare_article(name: str, text: str, row: SourceRow) -> Article:
    """Segment the text and settle what sources.csv and the text itself say of the article."""
    text = _mend_broken_paragraphs(text)
    lines = classify_lines(text)
    sentences = tuple(body_sentences(text, lines))
    notes: list[str] = []
    if "/" in text and len(_PRODUCTION_CREDIT.findall(text)) >= LISTINGS_CREDITS:
        # a broadcaster's schedule: what its programmes will air, not happenings reported
        sentences = ()
        notes.append("it reads as a schedule of programmes (many production credits), so no events are read")
    title = (
        row.title or next((ln.text.strip() for ln in lines if ln.kind == "headline"), "") or _run_in(lines)
    )
    if len(title) > TITLE_STORED_MAX:
        title = title[:TITLE_STORED_MAX].rstrip() + "…"
        notes.append(f"its headline is over {TITLE_STORED_MAX} characters; the title keeps the first ones")
    published, basis, evidence = row.published, "given", "given in sources.csv"
    if published is None:
        found = published_in_text(lines)
        problem = publication_problem(found[0], f"the dateline '{found[1]}'") if found else ""
        if found is not None and not problem:
            published, basis, evidence = found[0], "text", f"the article's dateline '{found[1]}'"
        else:
            basis, evidence = "", ""
            if problem:
                notes.append(f"{problem}; the publication date is inferred instead (give `published`)")
    return Article(
        name=name,
        text=text,
        outlet=row.outlet,
        title=title,
        url=row.url,
        published=published,
        published_basis=basis,
        published_evidence=evidence,
        sentences=sentences,
        notes=tuple(notes),
    )


# A programme's credit in a broadcaster's schedule: "Producer/Jane Roe", "Presenters/Tom Hale and Ann Lee"
# (a scrape may keep the slash escaped, "Producer\\/Jane Roe")
_PRODUCTION_CREDIT = re.compile(
    r"\b(?:Producers?|Presenters?|Readers?|Editors?|Directors?|Composers?|Writers?|Performers?)\s*\\?/\s*[A-Z]"
)
LISTINGS_CREDITS = 5


# --- segmentation ----------------------------------------------------------------------------------

# The news agencies whose names a scrape leaves in the text: in a dateline ("LONDON (Reuters) - "), in a
# credit in brackets ("(Xinhua)", "(CNN)The ..."), in a picture's credit ("Photograph: Jane Roe/AP"). The
# picture agencies add those that take pictures only.
_WIRE_NAMES: tuple[str, ...] = (
    "Reuters",
    "AP",
    "AFP",
    "CNN",
    "Bloomberg",
    "dpa",
    "UPI",
    "Xinhua",
    "IANS",
    "PTI",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "Interfax",
    "TASS",
    "EFE",
)
_WIRE = rf"(?:{'|'.join(_WIRE_NAMES)})"
_PICTURE_AGENCY = rf"(?:{_WIRE}|PA|EPA|Getty(?:\s+Images)?|Rex(?:\s+Features)?|Corbis|Alamy|Handout)"
# "Editor: Jane Roe": the desk editor a wire names under its story
_EDITOR_CREDIT = r"Editor:\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# A piece of a line that is a credit and nothing else: "(Xinhua)", "Editor: Jane Roe", "Photograph: Jane
# Roe/Getty Images" (the sentence after it cut off at its pronoun, "... Getty Images It was ...")
_CREDIT_ALONE = re.compile(
    rf"\(\s*(?i:{_WIRE})\s*\)|{_EDITOR_CREDIT}"
    # (the credit's last word capitalised, and no stop closes it: "Photo: Tom Hale Patients waited." is a
    # credit and a short sentence, and the sentence is not dropped with it)
    r"|(?:Photograph|Photo|Picture|Image)\s*:\s*(?:[\w.'’-]+\s+){0,3}[A-Z](?:[\w.'’-]*[\w'’-])?"
    rf"(?:\s*\\?/\s*(?:{_PICTURE_AGENCY}|[\w.'’-]*[\w'’-]))*(?:\s+(?i:images|features|pictures|photos))?"
)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    kind: str  # headline | body | caption | credit | boilerplate | dateline | heading | footer


_BOILERPLATE = re.compile(
    r"""^(share(\s+(this|the\s+story|on\s+\w+))?|advertisement|sponsored|source\s+link|recommended(\s+stories)?
    |list\s+of\s+\d+\s+items|end\s+of\s+list|author|add\s+a\s+comment|leave\s+a\s+reply|comments?|top
    |skip\s+to\s+(main\s+)?content|tags?:.*|related(\s+(stories|articles))?:?.*|read\s+(more|next).*
    |(sign\s+up|subscribe)\b.*|privacy\b.*|copyright\b.*|©.*|download\s+the\s+.*\bapp
    |follow\s+us.*|click\s+here.*|source:.*|(photo|image|video)\s*:.*
    |(born|died|age|also\s+known\s+as|biggest\s+hits|nationality|occupation|spouse|children|known\s+for)\s*:.*
    |(read\s+and\s+)?post\s+comments.*|please\s+review.*|join\s+the\s+.*community
    |(this\s+(article|story|report|piece)\s+(was|has\s+been)\s+(amended|corrected|updated|changed)\b.*)
    |(corrections?(\s+and\s+clarifications)?\s*:.*)|((an\s+)?earlier\s+version\s+of\s+this\s+(article|story|report)\b.*))$""",
    re.IGNORECASE | re.VERBOSE,
)
# ... and a line that holds one of these anywhere (a line of one paragraph: searched for, not matched after
# ".*", which tries every place of a long line once for each of them; a line lacking every string they need
# is not searched)
_BOILERPLATE_WITHIN = ScannedPattern(
    r"""\bnewsletter\b|\bcookies?\b|do\s+not\s+sell|\ball\s+rights\s+reserved\b|\btrademarks?\s+of\b
    |\bemail\s+address\b|\brequired\s+fields\b|\bmay\s+not\s+be\s+published,\s+broadcast
    |\bviews\s+expressed\b.*\bdo\s+not\s+(represent|reflect)\b|\b(comments|entries|posts)\b.*\bwill\s+be\s+removed\b
    |\bposting\s+(standards|rules|guidelines)\b
    |\bis\s+not\s+responsible\s+for\s+the\s+content\b""",
    re.IGNORECASE | re.VERBOSE,
    size=ASKED_ONCE,
)
_BOILERPLATE_SPANNING = re.compile(rf"^.*(?:{_BOILERPLATE_WITHIN.pattern}).*$", re.IGNORECASE | re.VERBOSE)


def _is_boilerplate(line: str) -> bool:
    """A line of the page's furniture: "Share this", "Sign up for our newsletter", "Related: ..."."""
    if "\n" in line:  # (two lines the scrape broke and _rejoined put together: "." stops at the break)
        return bool(_BOILERPLATE.match(line) or _BOILERPLATE_SPANNING.match(line))
    return bool(_BOILERPLATE.match(line) or _BOILERPLATE_WITHIN.search(line))


# A byline with the time it was posted: "By Jane Roe | June 8, 2026; 5:30 AM ET", "By Tom Hale and Ann Lee |
# 8 June 2026 17:05"
_BYLINE_STAMP = (
    r"by\s+[^|\n]{2,60}?\s*\|\s*(?:[a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[a-z]+\.?)\s+\d{4}[;,]?\s+"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?"
)
# Everything after one of these, once the body has begun, is the page's footer.
_END_OF_BODY = re.compile(
    r"^(copyright\b|©|source\s+link$|source:|share\s+the\s+story$|leave\s+a\s+reply$|sign\s+up\b|"
    r"related(\s+(stories|articles))?:?$|read\s+more:?$"
    # readers' comments under a post: "At 4:52 pm on 9 March 2021, RiverGull wrote: ..."
    r"|at\s+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?\b[^,]{0,30},\s*[^\s,]+(?:\s+[^\s,]+){0,2}\s+wrote\b"
    # ... or signed after their words: "Posted by: reader42 | June 10, 2026 9:19 PM | Report abuse"
    r"|posted\s+by:\s*\S+(?:\s+\S+){0,2}\s*\|[^|]{0,40}\|\s*report\s+abuse\b"
    # the outlet's disclaimer over its box of links to other sites: the article has ended
    r"|the\s+[\w.]+(?:\s+[\w.]+)?\s+is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\b"
    # the outlet's word on its readers' comments, set over them: what follows is readers' talk, in which a
    # "sue" or a "killed" is no happening ("Views expressed in these comments do not reflect ...", "We
    # welcome comments that ...", "Comments are moderated")
    r"|(?:the\s+)?(?:views|opinions)\s+expressed\s+in\s+(?:the\s+|these\s+|readers['’]?\s+)?comments\b"
    r"|we\s+welcome\s+(?:your\s+)?comments\b|comments\s+are\s+(?:moderated|closed)\b"
    r"|(?:the\s+)?comments\s+(?:to|on|for)\s+this\s+(?:entry|post|article|story)\s+(?:are|have\s+been)\s+closed\b"
    # a blog post's signature and time stamp, set under the post: "By Jane Roe | June 8, 2026; 5:30 AM ET";
    # the readers' comments follow it
    rf"|{_BYLINE_STAMP})",
    re.IGNORECASE,
)
# Where such a marker stands inside a line, run into the words before it ("... KELP... At 10:20 pm on 2 Feb
# 2021, reader wrote: ..."): the line is cut there, so that what precedes it stays with the article
_END_OF_BODY_RUN_IN = re.compile(
    r"(?<=\S)\s+(?=(?:at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b[^,]{0,30},\s*[^\s,]+(?:\s+[^\s,]+){0,2}"
    r"\s+wrote\b|posted\s+by:\s*\S+(?:\s+\S+){0,2}\s*\|[^|]{0,40}\|\s*report\s+abuse\b|the\s+[\w.]+(?:\s+[\w.]+)?"
    r"\s+is\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\b))",
    re.IGNORECASE,
)
_END_OF_BODY_RUN_IN_WORDS = ("wrote", "abuse", "responsible")
# A byline and its time stamp alone on a line, above the body or below it (below it, `_END_OF_BODY` ends the
# body there): the page's furniture, no sentence of news
_BYLINE_STAMP_ALONE = re.compile(_BYLINE_STAMP + r"\s*", re.IGNORECASE)
# A box of links to other outlets' headlines, each with its age: "Port reopens after storm - 11 hrs ago"
_LINK_AGE = compile_gated(r"\s[-–]\s+\d{1,3}\s+(?:hrs?|hours?|mins?|minutes?|days?)\s+ago\b", re.IGNORECASE)
LINK_AGES_IN_A_BOX = 2
# A page's list of other stories, each teaser cut at the same length in mid-word: "... a survey crew has found
# what coul... Elizabeth Roe, head of ..., was dismissed Thursday after an audit found waste in the
# office in charge of... ". Each teaser's weekday is of its own day, not of the page's.
_TEASER_CUT = compile_gated(r"[A-Za-z,]\.\.\.(?=\s|$)")
TEASER_MIN_CHARS = 80
TEASER_SAME_LENGTH_WITHIN = 4
TEASERS_IN_A_LIST = 2  # two teasers of one length after the first cut
_CREDIT = compile_gated(
    r"(\bvia\s+(AP|AFP|Reuters|Getty|EPA|Sputnik)\b|Getty\s+Images"
    r"|/\s*(AP|AFP|Reuters|EPA|Getty\s+Images|Sputnik)\s*$|^\(?(photo|image|picture)\s+(by|credit))",
    re.IGNORECASE,
)
# "[Jane Roe/Reuters]" at the end of a line. Brackets are found first and read after: one pattern with
# a wildcard on each side of the agency's name takes time quadratic in a line of many "[".
_BRACKETS_AT_END = re.compile(r"\[([^\[\]]*)\]\s*$")
_AGENCY_IN_BRACKETS = re.compile(r"/|Reuters|AFP|AP\b|EPA|Getty", re.IGNORECASE)
_SENTENCE_END = re.compile(r"""[.!?]["”’')\]]*\s*$""")
_DATELINE_PREFIX = re.compile(r"^(published|updated|posted|last\s+updated)(\s+on)?\s*:?\s*", re.IGNORECASE)
_MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)} | MONTH_ABBREVIATIONS
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY_RE = f"({alternatives([*(name.lower() for name in WEEKDAY_NAMES), *WEEKDAY_ABBREVIATIONS])})"
_DATE_ONLY_LINE = re.compile(
    rf"^({_WEEKDAY_RE},?\s+)?[\w ,.:-]*?\d{{4}}"
    rf"(\s*,?\s*\d{{1,2}}:\d{{2}}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{{2,4}})?\s*$",
    re.IGNORECASE,
)
_HEAD_LINES = 15
_STAMP = re.compile(r"\b(updated|published|posted|last\s+modified)\b", re.IGNORECASE)
_UPDATED = re.compile(r"^(last\s+)?(updated|modified)\b", re.IGNORECASE)


# A dateline's credit in brackets: any name before a dash (AP's old "_" among them), or a wire's name glued to
# the sentence's first word with no dash ("LONDON (CNN)The ...", "GRAND ISLE, La. (AP)The slick ...")
_DATELINE_CREDIT = (
    rf"\((?:{_WIRE}\)(?=[\"“‘]?[A-Z][a-z])|(?:{_WIRE}|[A-Z][\w.&' -]{{1,30}})\)\s*(?:[-–—]+|_(?=\s)))"
)
# A place in capitals, then a state's short name, closing a dateline that the wire's credit in brackets and
# its dash follow ("MAGNOLIA SPRINGS, Ala. (AP) -- ..."): the stop is the short name's, and no sentence ends
_STATE_ABBREVIATION_ENDS = re.compile(r"[A-Z]{2},\s+[A-Z][a-z]{1,4}\.$")
_WIRE_CREDIT_NEXT = re.compile(_DATELINE_CREDIT)

# A scrape that put one sentence a line also broke lines inside a stock ticker: "Vantor (VTR." / "N),
# which owns ..."; the two lines are one
# The code may hold digits or a lower-case share class ("(0293.", "(RDSa.", "(MUVGn."), the scrape may have
# lost its bracket ("Vantor Ltd VTRN." / "N), owner of ...") and the suffix may have three letters
# ("SA)", "HK)"); only a line that opens with the suffix and its closing bracket goes on one before it.
_TICKER_OPENED = re.compile(r"(?:\([A-Z0-9]|(?<=\s)[A-Z]{2})[A-Za-z0-9]{0,6}\.{1,2}$")
_TICKER_CLOSES = re.compile(r"[A-Z]{1,3}\)")
# A state's short name with inner stops broken by the scrape after its first letter, a party's tag or a
# city's state ("Rep. Ann Dole, D-W." / "Va., the bill's sponsor, said ..."): the two lines are one, for no
# sentence ends inside "W.Va." or "N.J."
_STATE_OPENED = re.compile(r"(?:(?<=[-(])|(?<=,\s))[NSRWD]\.$")
_STATE_RESTS = frozenset(
    ["N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "S.C.", "S.D.", "R.I.", "W.Va.", "D.C."]
)
_STATE_CLOSES = re.compile(r"(?:Va|[A-Z])\.(?=[,;:)]|\s|$)")


def _state_rejoined(before: str, line: str) -> bool:
    """Whether `line` opens with the rest of the state's short name `before` ends on ("D-W." / "Va., ...")."""
    opened = _STATE_OPENED.search(before, max(0, len(before) - 4))
    closes = _STATE_CLOSES.match(line)
    return opened is not None and closes is not None and opened.group() + closes.group() in _STATE_RESTS


# ... and after a bracket or a character it could not read, when the next line goes on in lower case: "Sen.
# Ada Kroll (D-Ore.)" / "said Tuesday at a committee session ...", "a bypass tunnel through 3?" / "km of clay"
_CUT_AT_END = re.compile(r"(?:\)|\d\?)$")
_GOES_ON = re.compile(r"^[a-z]")
# ... and after a time, when the next line opens with its zone
_AM_PM_AT_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_TIME_ZONE = re.compile(rf"{TIME_ZONE}\b(?![\w'’-])")
_AM_PM_GOES_ON = re.compile(AM_PM_GOES_ON)
# ... and after a word and its dot, when the next line opens with a web address's last part
_WORD_AND_DOT_AT_END = re.compile(r"\w\.$")
_TOP_LEVEL_DOMAIN = re.compile(r"(?:gov|com|org|net|edu|int|co\.uk|org\.uk|gov\.uk|uk)(?=[\s,;:)/\\]|\.\s|$)")

_LINE_END_MARK_AT_MOST = 12  # characters: "(RDSa.." is ten, "p.m." four

# Text wrapped at a fixed width breaks its sentences at any word. The break is known where the line ends with
# no stop and the next line, with no blank line between, goes on in lower case ("... the regional" /
# "governor ordered ..."), or where the line ends on a comma or a word no sentence or heading ends with ("...
# talks with the" / "United Nations ..."); a line ended without such a sign (a heading, a caption, a title) is
# a line of its own, and a sentence ends with it.
_WRAPPED_END = re.compile(
    r"(?:,|\b(?:the|a|an|of|in|on|at|to|for|by|from|with|and|or|but|than|into|over|under|its|their|his|her"
    r"|said|that|which|who|whose|whom|was|were|is|are|has|have|had|will|would)|\w-)$"
)
_WRAPPED_GOES_ON = re.compile(r"[a-z]")
# ("Floods cut off the valley" / "by Jane Roe": a byline under a heading goes on in lower case, yet is a line
# of its own)
_BYLINE_LINE = re.compile(r"by\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:,.*)?$")


def _wrapped(text: str, before_end: int, before: str, start: int, line: str) -> bool:
    """Whether `line` goes on the sentence of the line `before` it, the text being wrapped at a width."""
    if text.count("\n", before_end, start) != 1 or not before or before[-1] in ".!?:;\"”’'":
        return False
    following = line.lstrip()
    if _BYLINE_LINE.match(following):
        return False
    return bool(_WRAPPED_GOES_ON.match(following) or _WRAPPED_END.search(before, max(0, len(before) - 8)))


def _rejoined(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, line in raw:
        before = out[-1][2].rstrip() if out else ""
        # (each of these ends the line within its last ten characters: only those are searched, not the line)
        tail = max(0, len(before) - _LINE_END_MARK_AT_MOST)
        if out and (
            (_TICKER_OPENED.search(before, tail) and _TICKER_CLOSES.match(line.lstrip()))
            or _state_rejoined(before, line.lstrip())
            or (_CUT_AT_END.search(before, tail) and _GOES_ON.match(line.lstrip()))
            # ("online Monday, March 8, at 2 p.m." / "ET to discuss the strike")
            or (_AM_PM_AT_END.search(before, tail) and _TIME_ZONE.match(line.lstrip()))
            # ("visits doubled at ONS." / "gov last week, as people ...": a web address broken at its dot)
            or (_WORD_AND_DOT_AT_END.search(before, tail) and _TOP_LEVEL_DOMAIN.match(line.lstrip()))
            or _wrapped(text, out[-1][1], before, start, line)
        ):
            first = out[-1][0]
            out[-1] = (first, end, text[first:end])
            continue
        out.append((start, end, line))
    return out


def classify_lines(text: str) -> list[Line]:
    """Each non-empty line of the article with what it is; only "body" lines are read for events."""
    raw = [(m.start(), m.end(), m.group().rstrip("\r")) for m in re.finditer(r"[^\n]+", text)]
    raw = [(s, s + len(t), t) for s, _e, t in raw if t.strip()]
    raw = _split_at_credits(text, _cut_at_comments(text, _rejoined(text, raw)))
    kinds: list[str] = []
    captions: list[int] = []
    lead_opened = False
    headline_seen = False
    body_lines = 0
    footer = False
    for index, (_s, _e, line) in enumerate(raw):
        stripped = line.strip()
        kind: str
        if footer:
            kind = "footer"
        elif body_lines >= 3 and _END_OF_BODY.match(stripped):
            kind, footer = "footer", True
        elif (
            # ("Photo: Jane Roe I was at home when ...": "Photo: ..." is furniture unless the credit's words
            # go on with a sentence that tells, not with the caption of the picture)
            (_is_boilerplate(stripped) and not _story_after_credit(stripped))
            or _byline_list(stripped)
            or _list_of_links(stripped)
            or _BYLINE_STAMP_ALONE.fullmatch(stripped)
        ):
            kind = "boilerplate"
        elif index < _HEAD_LINES and _is_dateline(stripped):
            kind = "dateline"
        elif _UPDATED.match(stripped):
            kind = "boilerplate"  # "Updated 2 hours ago", "Last updated at 10:32 GMT"
        elif (
            body_lines <= CAPTION_LINES_ABOVE_A_LEAD
            and _CREDIT_BEFORE_DATELINE.match(stripped) is not None
            # (what follows the dateline, not the dateline's capital: "AP FILE - In this 2011 photo ..." is
            # a caption of its own)
            and _news_after_credit(lead := stripped[lead_in(stripped) :])
            and _CAPTION.search(lead) is None
        ):
            # "Getty Images WASHINGTON -- The House approved ...": the credit of the picture above, then the
            # story's dateline and lead; the paragraphs above it on the page are the picture's caption when
            # the first reads as one (once a page: a roundup's next brief, "(AP) BOSTON -- ...", closes no
            # caption of the one before it)
            kind = "body"
            above = [at for at, earlier in enumerate(kinds) if earlier == "body"]
            if not lead_opened and _caption_above([raw[at][2] for at in above]):
                captions.extend(above)
                body_lines = 0
            body_lines += 1
            lead_opened = True
        elif _PICTURE_CREDIT_OPENS.match(stripped) and _body_after_credit(stripped):
            # "Photograph: Jane Roe/Getty Images Two new cases were confirmed on Monday ...": the picture's
            # caption went above its credit, and the line goes on with the article's first sentence
            kind = "body"
            body_lines += 1
        elif (rest := _without_credit(stripped)) is not None:
            # "Jane Roe / AP" alone is a credit; words around it make the caption it belongs to
            kind = "credit" if len(rest.split()) <= 4 else "caption"
        # ("... along the quay. REUTERS/Jane Roe": a paragraph that closes on a caption and its credit)
        elif not _SENTENCE_END.search(_WIRE_CREDIT_AT_END.sub("", stripped)) or len(stripped.split()) < 6:
            kind = "heading"
            if not headline_seen and len(stripped.split()) >= 4 and body_lines == 0:
                kind, headline_seen = "headline", True
        else:
            kind = "body"
            body_lines += 1
        kinds.append(kind)
    for at in captions:
        kinds[at] = "caption"
    _drop_story_lists(raw, kinds)
    # A photo caption is the sentence just above its credit line ("An image released ... shows ...").
    for index, kind in enumerate(kinds):
        if kind == "credit" and index > 0 and kinds[index - 1] == "body":
            kinds[index - 1] = "caption"
    return [Line(s, e, t, k) for (s, e, t), k in zip(raw, kinds, strict=True)]


_WIRE_CREDIT_AT_END = compile_gated(
    r"\s+\(?\s*(?:REUTERS|AP\s+Photo|AFP|EPA)\s*\\?/[^.!?()]{1,80}\)?$"
    # ("... the vote was close. (Xinhua)", "... the vote was close. Editor: Jane Roe": the wire's credit or
    # the desk editor's name, set after the paragraph's last sentence)
    rf"|(?<=[.!?\"”’'])\s*(?:\(\s*(?i:{_WIRE})\s*\)|{_EDITOR_CREDIT})$"
)
# An item of a list of other stories: a headline, a colon, then its first sentence ("Port strike enters its
# third week as talks stall: Dockers rejected the latest offer on Monday ...")
_STORY_ITEM = compile_gated(r"^[A-Z\"“‘'][^:]{10,140}?(?<![.!?])(?<!\.[\"”])(?<!\.[’'])\s*:\s+[\"“‘']?[A-Z]")
_STOP_INSIDE = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
STORY_ITEM_HEADLINE_WORDS = 5
STORY_ITEMS_IN_A_ROW = 3


def _story_item(line: str) -> bool:
    """Whether a paragraph is another story's headline and its first sentence, set off by a colon."""
    found = _STORY_ITEM.match(line)
    if found is None:
        return False
    headline = line[: found.end()].rsplit(":", 1)[0]
    lede = re.split(r"[.!?](?:\s|$)", line[found.end() - 1 :], maxsplit=1)[0]
    return (
        # (a label of a word or two, "Q:", "Update:", a speaker's name, opens a paragraph of the page's own)
        len(headline.split()) >= STORY_ITEM_HEADLINE_WORDS
        # (a stop inside it would make it sentences of prose, "The vote was close. One result: ...")
        and not _STOP_INSIDE.search(headline)
        # (what follows is a sentence with its verb, not a list the colon leads to: "Writers met in its
        # bars: Jane Roe at the Anchor; Tom Hale at the Crown")
        and ";" not in lede
        and _HAS_FINITE_VERB.search(lede) is not None
    )


def _drop_story_lists(raw: list[tuple[int, int, str]], kinds: list[str]) -> None:
    """Paragraphs that each give another story's headline and its first sentence, several in a row, are a
    list of links to other reports ("Court orders recount in two districts: The ruling ..."), not this
    one's: they are marked as boilerplate, and no event is read from them."""
    run: list[int] = []
    for index, (_start, _end, line) in enumerate([*raw, (0, 0, "")]):
        if index < len(raw) and kinds[index] == "body" and _story_item(line.strip()):
            run.append(index)
            continue
        if len(run) >= STORY_ITEMS_IN_A_ROW:
            for item in run:
                kinds[item] = "boilerplate"
        run = []


_PICTURE_CREDIT_OPENS = re.compile(r"(?:Photograph|Photo|Picture|Image)\s*:?\s+[A-Z]")
CREDITED_SENTENCE_WORDS = 6
# A caption may run over two paragraphs above its credit ("Crews lay boom off the coast. The spill has reached
# the marshes."); a credit and dateline after more body than that are not the page's lead
CAPTION_LINES_ABOVE_A_LEAD = 2


def _body_after_credit(line: str) -> bool:
    """Whether a line that opens with a picture's credit goes on with a sentence of the article."""
    rest = line[lead_in(line) :]
    return (
        rest != line
        and len(rest.split()) >= CREDITED_SENTENCE_WORDS
        and _SENTENCE_END.search(rest) is not None
        and _without_credit(rest) is None
    )


def _story_after_credit(line: str) -> bool:
    """Whether a line that a picture's credit opens goes on with a sentence of the story ("Photo: Jane Roe I
    was driving home when ..."), not with the caption of the picture ("Photo: Jane Roe/AP Police officers
    stand guard outside the court."): a caption shows a scene, and has no verb that tells."""
    if not (_PICTURE_CREDIT_OPENS.match(line) and _body_after_credit(line)):
        return False
    rest = line[lead_in(line) :]
    return (
        _CAPTION.search(rest) is None
        and _SEEN_IN_A_PICTURE.search(rest) is None
        and _HAS_FINITE_VERB.search(_PARTICIPLE_AFTER_BE.sub(" ", rest)) is not None
    )


# An agency's credit inside a paragraph ("... in the river town. Jane Roe/Getty Images The governor said
# ..."): a slash and an agency's name, or "(Getty Images)", then the rest of the credit if any; or a picture's
# word and colon and the credit after it, whoever took it ("... on the quay Photograph: Jane Roe\\/reuters
# The port said ...", "... at the hearing Photograph: Reuters It was ..."), the agency written in any case
_MID_LINE_CREDIT = compile_gated(
    r"(?:\\?/\s*(?:AFP|AP|EPA|Reuters|REUTERS)(?:\s*\\?/\s*Getty\s+Images)?|\\?/\s*Getty\s+Images"
    r"|\(\s*Getty\s+Images\s*\)|\bvia\s+Getty\s+Images|(?<=[\w.,]\s)Getty\s+Images"
    r"|\(\s*(?:AP|AFP|EPA|Reuters)\s+Photo\s*\\?/[^()]{1,80}\)"
    # ("... on the ones below (Photo: Jane Roe) He said ...", "(Picture by Jane Roe)", "(Jane Roe - AP)",
    # "... Grand Isle, La. (AP) A key valve ...": a credit in brackets)
    r"|\(\s*(?:Photos?|Pictures?|Images?|Photographs?)\s*(?::|by\b)[^()]{1,80}\)"
    r"|\([A-Z][\w.'’ ,-]{1,40}\s+-\s+(?:AP|AFP|Reuters|EPA|Getty\s+Images)\)|\((?:AP|AFP)\)"
    r"|\b(?:Photograph|Photo|Picture|Image)\s*:\s*(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
    r"(?:\s*\\?/\s*[A-Za-z][\w.'’-]*)+(?:\s+(?i:images|features|pictures|photos))?"
    rf"|(?i:{_PICTURE_AGENCY})))(?=\s|$)"
)


def _split_at_credits(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines cut after a picture's credit that the scrape ran into news prose: what the credit closes is
    the caption, the sentence after it the story's ("Families wade through a street. Jane Roe/Getty Images
    The governor said on Monday ..." keeps "The governor said ..."). A caption may hold two sentences, so
    all before the credit stays with it; a credit that ends the line or opens it is left to the rules for
    those."""
    out: list[tuple[int, int, str]] = []
    for start, end, line in raw:
        credit = _MID_LINE_CREDIT.search(line)
        rest = line[credit.end() :] if credit is not None else ""
        # ("Photograph: Jane Roe/AP The port said ...": a line that opens on the credit has no caption)
        if (
            credit is None
            or not _news_after_credit(rest.strip())
            or _PICTURE_CREDIT_OPENS.match(line.lstrip())
            # ("(AP) The governor said ...": a credit in brackets that opens the line closes no caption on it)
            or not line[: credit.start()].strip()
        ):
            out.append((start, end, line))
            continue
        after = start + credit.end() + len(rest) - len(rest.lstrip())
        out.extend(((start, start + credit.end(), line[: credit.end()]), (after, end, text[after:end])))
    return out


def _news_after_credit(rest: str) -> bool:
    """Whether what follows a credit is a sentence of the story: capitalised, closed, of some words."""
    return (
        rest[:1].isupper()
        and len(rest.split()) >= CREDITED_SENTENCE_WORDS
        and _SENTENCE_END.search(rest) is not None
    )


def _cut_at_comments(text: str, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines cut where a reader's comment or the links box after the article begins within them; the
    words before the cut stay on their own line."""
    out: list[tuple[int, int, str]] = []
    for start, end, line in raw:
        lowered = line.lower()
        # (each marker holds one of these words: a line with none is not searched)
        if not any(word in lowered for word in _END_OF_BODY_RUN_IN_WORDS) and not any(
            c in lowered for c in UNFOLDED
        ):
            out.append((start, end, line))
            continue
        found = _END_OF_BODY_RUN_IN.search(line)
        if found is None or not line[: found.start()].strip():
            out.append((start, end, line))
            continue
        cut = start + found.end()
        out.append((start, start + found.start(), text[start : start + found.start()]))
        out.append((cut, end, text[cut:end]))
    return out


# A list's bullet as the scrape left it: the mark itself, or the word a wrong decoding of it gave ("cents
# The company has ..."; a price's "cents" goes on in lower case, "5 cents a share"), or an asterisk, as a wire
# sets its summary's points ("* Rates held at 2 pct * Bank sees slower growth"), perhaps escaped ("\\*")
_BULLET_MARK = r"(?:•|\\?\*)"
_BULLET = rf"(?:{_BULLET_MARK}|cents)"
# (inside a line an asterisk is no bullet to split at: prose sets one as a footnote's mark or a stray
# character, "Turnout was 64 percent * Figures include postal votes", and a wire's points each open a line
# or stand before its dateline, where they are read whole)
_BULLET_INSIDE = r"(?:•|cents)"
_BULLETED = compile_gated(rf"(?:^|\s){_BULLET}\s+(?=[\"“‘]?[A-Z])")
BULLETS_IN_A_LIST = 2
_BULLET_NEXT = re.compile(rf"\s+{_BULLET_INSIDE}\s")
_SENTENCE_CLOSED = re.compile(r"[a-z]{2}[\"”’')]*[.!?][\"”’')]*(?:\s|$)")


def _list_of_links(line: str) -> bool:
    """A run of headlines that link elsewhere, not prose: several with their ages ("- 7 hrs ago"), or several
    teasers cut at one length."""
    if len(_LINK_AGE.findall(line)) >= LINK_AGES_IN_A_BOX:
        return True
    # ("... worse than feared • Minister says ... • Eight new cases ...": headlines set off by bullets, with
    # no sentence closed among them)
    # (a wire's summary points before its dateline open the story's lead: "* Tally rises to 92 deaths
    # GENEVA (Reuters) - The agency said ... stable at 46.")
    if (
        len(_BULLETED.findall(line)) >= BULLETS_IN_A_LIST
        and _SENTENCE_CLOSED.search(line) is None
        and _WIRE_DATELINE.match(line) is None
    ):
        return True
    cuts = [found.end() for found in _TEASER_CUT.finditer(line)]
    lengths = [after - before for before, after in pairwise(cuts)]
    alike = sum(
        1
        for one, other in pairwise(lengths)
        if one >= TEASER_MIN_CHARS and abs(one - other) <= TEASER_SAME_LENGTH_WITHIN
    )
    return alike + 1 >= TEASERS_IN_A_LIST and len(lengths) >= TEASERS_IN_A_LIST


# A live page's entries run together: "0946: Jane Roe Chief transport correspondent, City Radio 0949: ..."
_ENTRY_STAMP = compile_gated(r"(?:^|\s)(?:[01]\d|2[0-3])[0-5]\d:\s")
_BYLINE_ROLE = compile_gated(r"\b(?:correspondent|editor|reporter|presenter)\b", re.IGNORECASE)


def _byline_list(line: str) -> bool:
    """A line of a live page's bylines and time stamps, not prose: two entry stamps ("1243:", "1249:"), or
    three reporters' roles in one run."""
    return len(_ENTRY_STAMP.findall(line)) >= 2 or len(_BYLINE_ROLE.findall(line)) >= 3


def _without_credit(line: str) -> str | None:
    """The line without its photo credits, or None if it has none."""
    found = False
    brackets = _BRACKETS_AT_END.search(line)
    if brackets and _AGENCY_IN_BRACKETS.search(brackets[1]):
        line, found = line[: brackets.start()], True
    rest, count = _CREDIT.subn("", line)
    return rest if found or count else None


def _is_dateline(line: str) -> bool:
    if _DATELINE_PREFIX.match(line) and _first_date(line) is not None:
        return True
    # "April 26, 2026 | Updated 11:32 a.m.": a date and a time stamp, page furniture
    if len(line) <= 80 and _STAMP.search(line) and _first_date(line) is not None:
        return True
    return len(line) <= 60 and bool(_DATE_ONLY_LINE.match(line)) and _first_date(line) is not None


def published_in_text(lines: list[Line]) -> tuple[dt.date, str] | None:
    """The publication date an article states in its dateline ("Published On 9 Apr 2025")."""
    for line in lines:
        if line.kind == "dateline":
            found = _first_date(line.text)
            if found is not None:
                return found[0], found[1]
    return None


def _first_date(text: str) -> tuple[dt.date, str] | None:
    candidates = stated_dates(text)
    if not candidates:
        return None
    _pos, date, words = min(candidates)
    return date, words


def stated_dates(text: str) -> list[tuple[int, dt.date, str]]:
    """Every full calendar date (day, month and year) written out in `text`, with its offset and words."""
    candidates: list[tuple[int, dt.date, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day, month, year = int(match[1]), _MONTHS[match[2].lower()], int(match[3])
        _add_candidate(candidates, match, year, month, day)
    for match in _MONTH_DAY_YEAR.finditer(text):
        month, day, year = _MONTHS[match[1].lower()], int(match[2]), int(match[3])
        _add_candidate(candidates, match, year, month, day)
    for match in _ISO_DATE.finditer(text):
        _add_candidate(candidates, match, int(match[1]), int(match[2]), int(match[3]))
    return candidates


def _add_candidate(out: list[tuple[int, dt.date, str]], match: re.Match[str], y: int, m: int, d: int) -> None:
    try:
        out.append((match.start(), dt.date(y, m, d), match.group()))
    except ValueError:  # "2025-33-09": not a date, and not worth a crash
        return


# "U.S." and "J." (initials) or "Gen." (titles) before a capital do not end a sentence
_ABBREVIATIONS = re.compile(
    # ("(U.s. Navy ...": initials that a scrape set in title case)
    r"(?:\b(?:[A-Z]\.)+|\b[A-Z]\.(?:[a-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|St|No"
    rf"|{'|'.join(short.title() for short in MONTH_ABBREVIATIONS)}"
    r"|Inc|Ltd|Corp|Co|vs|approx|est|Prof|Adm|Rev|Jr|Sr)\.)$"
)
# ('... the role of pigs in influenza A." The new strain ...', '... to fall back on plan B." Officials ...'):
# a quotation closed after a letter and its stop ends the sentence, for no initial of a name is quoted alone
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_CLOSING_DOUBLE_QUOTES = frozenset('"”')
# "1 November 2021 The", "Jul 18, 2021 15:26 UTC After": a date, perhaps its time, then a capital
_MONTH_NAME = f"(?:{alternatives([*MONTH_NAMES, *(short.title() for short in MONTH_ABBREVIATIONS)])})"
_DAY_MONTH_YEAR_WORDS = rf"(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\.?\s+\d{{1,2}},?)\s+(?:1[89]|20)\d\d"
_CLOCK = rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+{TIME_ZONE})?"
# (not the page's own stamp after its title: "... 6 January 2021 Last updated at 01:53 GMT")
_ITEM_DATE = rf"{_DAY_MONTH_YEAR_WORDS}(?:,?\s+{_CLOCK})?\s+(?!(?:Last\s+)?[Uu]pdated\b)[A-Z\"“]"
_ITEM_LABEL = (
    rf"(?:(?:1[89]|20)\d\d|{_DAY_MONTH_YEAR_WORDS}|\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\.?\s+\d{{1,2}})"
    r":\s+[A-Z]"
)
_ITEM_DATE_AND_TIME = rf"{_DAY_MONTH_YEAR_WORDS},?\s+{_CLOCK}\s+[A-Z\"“]"
_WEEKDAYS = frozenset([*(name.lower() for name in WEEKDAY_NAMES), *WEEKDAY_ABBREVIATIONS])
# Words that lead prose to the date after them: no item of a chronology opens there
_LEADS_TO_A_DATE = frozenset(
    """on since by until till from before after of in to and or between dated through the a an his her their
    its our my your this that last next each every as at than from until including""".split()
)
# A break after final punctuation and white space, or with no space at all when a scraped page ran two
# sentences together ("the minister said.The talks"): a word of two lower-case letters or more, then a
# capitalised word (so "U.S.Army" and "bbc.co.uk" are left alone), a quotation opened with backticks or a
# curly quote ("were overwhelmed.``Patients are ..."), or a quotation closed before the stop ("the EU''.EU
# ministers will ...").
_SENTENCE_BREAK = re.compile(
    # (every break below opens after a stop or at a space: asked first, it rules out the places inside words
    # before a dozen look-behinds are tried at each; the same breaks, found in a third of the time)
    r"(?:(?<=[.!?])|(?=\s))(?:"
    # (a sum opens a sentence as a figure does: "... reopened on Monday. $60m was pledged"; "#" is a pound
    # sign some scrapes write)
    r"""(?<=[.!?])["”’')\]]*\s+(?=(?:``|["“‘`(\[])?(?:[A-Z0-9]|[$£€#]\d))"""
    r"""|(?<=[a-z]{2}[.!?])(?=(?:``|[“‘])?[A-Z](?:[a-z]|[A-Za-z0-9]{2}))"""
    r"""|(?:(?<=[A-Za-z]['’”][.!?])|(?<=[A-Za-z]''[.!?]))(?=(?:``|[“‘])?[A-Z])"""
    # a bullet before a capital ends what precedes it ("... from the meeting • The company has released ...")
    rf"""|(?<=[\w.!?:;"”’)])\s+{_BULLET_INSIDE}\s+(?=["“‘]?[A-Z])"""
    # a linking adverb that only opens a sentence, capitalised after a lower-case word with no stop between
    # them: a caption ran into the next sentence ("... during his tour Meanwhile, the council confirmed")
    # (or after a year: "... leaves for Peru in March 2021 However, the minister ...")
    r"""|(?:(?<=[a-z]{2})|(?<=\b\d{4}))\s+(?=(?:Meanwhile|However|Separately|Elsewhere|Moreover|Nevertheless|Nonetheless"""
    r"""|Furthermore|Additionally|Consequently),\s"""
    # ("... makes other companies nervous But it was back in place": a pull quote ran into the sentence)
    r"""|But\s+[a-z])"""
    # a pronoun that only opens a sentence, capitalised after a lower-case word with no stop between them
    # ("... through negligence His comments echoed ..."); "Her Majesty", "the film He Got Game" are names
    # ("... the well was plugged It was awkward ...", "... to stop the flow This scares everybody": "It" and
    # "This" as well, before a word in lower case; "This Is It", "It Follows" are titles in capitals)
    r"""|(?<=[a-z]{3})\s+(?=(?:(?:He|She|They|We|His|Their|Its|It|This)\s+(?!Majesty|Highness|Holiness|Excellency)"""
    r"""[a-z]{2}|It['’](?:s|ll|d)\s))"""
    # ... and "Later" before the time it leads to ("... than they feared Later on Sunday, the governor ...")
    r"""|(?<=[a-z]{3})\s+(?=Later(?:,|\s+(?:on|that|this|in|the)\s))"""
    # ... and an adverb of time or sequence set off by its comma, or a weekday led by "On", which opens the
    # sentence a caption ran into ("... pulled from the ruins Earlier, the army said ...", "... guarding the
    # port On Sunday, rescuers reached ..."); a title may say "Drop Today, Robert", so the word before must be
    # wholly in lower case (see split_sentences)
    rf"""|(?<=[a-z]{{2}})\s+(?=(?P<adverb>(?:Earlier|Initially|Then|Overnight|Indeed|Instead|Now|Previously"""
    rf"""|Subsequently|Eventually|Finally|Afterwards|On\s+(?:{alternatives(WEEKDAY_NAMES)})),\s))"""
    # a full date, and perhaps the time, that opens an item of a chronology or a post, run into the caption or
    # quotation before it with no stop ('... read out in court 1 November 2021 The judge tells ...', '... the
    # dose" 20 October 2021 The last witness ...', '... the tip: Jul 18, 2021 15:26 UTC After a ...'); a date
    # that prose leads to ("on 1 November 2021 The ...") is told apart in split_sentences
    # ... or a fact box's item, led by its year or day and a colon ('... were most at risk 1957: An outbreak
    # of ...', '... in the valley 4 Aug 1946: A quake struck ...')
    rf"""|(?:(?<=[a-z]{{2}})|(?<=[a-z][\"”’']))\s+(?=(?P<dated>{_ITEM_DATE}|{_ITEM_LABEL}))"""
    rf"""|(?<=:)\s+(?=(?P<stamped>{_ITEM_DATE_AND_TIME}))"""
    r")"
)


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """Sentences of one paragraph with offsets; "U.S." or "Gen." do not end a sentence."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        # Only the end of the sentence so far is looked at: slicing all of it for each of a run of
        # abbreviations ("U.S. U.S. U.S. ...") would take time quadratic in its length.
        head = text[max(start, match.start() - 64) : match.start()].rstrip("\"”’')]")
        abbreviation = _ABBREVIATIONS.search(head[-12:])
        if abbreviation is not None and not (
            _INITIALS.fullmatch(abbreviation.group()) and match.group()[:1] in _CLOSING_DOUBLE_QUOTES
        ):
            continue
        if re.search(r"\b[ap]\.m\.$", head, re.IGNORECASE) and _AM_PM_GOES_ON.match(text, match.end()):
            # "at 4:12 a.m. (0112 GMT) on Sunday": the same time in another zone, not a new sentence; nor is
            # the zone of the time ("began at 1 p.m. CDT after the Coast Guard approved it") or its weekday
            continue
        if (
            match.group("dated") is not None
            # ("4 Aug 1946: ...": the year of the date that opened the item, not another item)
            # ("Thu May 7, 2009 1:13 am", "Wednesday 6 May 2009": a weekday is the date's own)
            and head.rsplit(None, 1)[-1].strip("\"”’'.,").lower()
            in _LEADS_TO_A_DATE | _MONTHS.keys() | _WEEKDAYS
        ):
            continue  # "... was signed on 1 November 2021 The ...": the date is the sentence's own
        if match.group("adverb") is not None and not re.fullmatch(r"[a-z]+", head.rsplit(None, 1)[-1]):
            continue  # "What's Happening Now, What's Next": a title's words, each capitalised
        if _STATE_ABBREVIATION_ENDS.search(head[-12:]) and _WIRE_CREDIT_NEXT.match(text, match.end()):
            continue  # "GRAND ISLE, La. (AP) -- ...": a dateline's state, then the credit: no sentence ends
        if _TICKER_OPENED.search(head[-12:]) and _TICKER_CLOSES.match(text, match.end()):
            continue  # "Vantor (VTR. N)": an exchange's suffix, broken off by the scrape
        if (
            head[-1:].isalpha()
            and text.startswith("But", match.end())
            and not head.rsplit(None, 1)[-1][:1].islower()
        ):
            continue  # "Nothing But the Truth": a title's words, not a sentence run into another
        end = match.start()
        while end < len(text) and text[end] in "\"”’')]":
            end += 1
        yield from _piece(text, start, end, offset)
        start = match.end()
    yield from _piece(text, start, len(text), offset)


def _piece(text: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int, str]]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield offset + start + lead, offset + start + lead + len(stripped), stripped


def body_sentences(text: str, lines: list[Line]) -> Iterator[Sentence]:
    """Body sentences in reading order; a sentence repeated verbatim (a page's repeated lead) counts once.

    Wire datelines, bylines and time stamps that open a sentence are left out of it ("HOUSTON (Reuters) -",
    "By Jane Roe, BBC News", "Friday, March 5, 2021; 2:17 PM"), and photo captions are no sentences."""
    seen: set[str] = set()
    paragraph = 0
    live = live_page(lines)
    promo_ends = _promo_ends(lines)
    for index, line in enumerate(lines):
        if line.kind != "body":
            continue
        paragraph += 1
        if index in promo_ends and _promo_line(line.text):
            continue
        # "1413 The agency says ...": on a live page each entry opens with the time it was posted
        stamp = _ENTRY_TIME.match(line.text) if live else None
        head = stamp.end() if stamp else 0
        opening = _opens_article(lines, index) and not head
        if opening:
            # a page's title, then the caption of its picture, then the first sentence, all on one line; the
            # page's stamp may come first ("Page last updated at ... Ferry owner charged The owner ..."), and
            # the title is looked for after it
            skip = _page_stamp_end(line.text)
            skip += run_in_title(line.text[skip:])
            caption = quoted_caption(line.text[skip:])
            # (with no title found, only a subject that must open a sentence shows where a caption ran in)
            skip += caption or _run_in_captions(line.text, skip)
        else:
            skip = head + (quoted_caption(line.text[head:]) or _heading_and_caption(line.text[head:]))
        if not skip and index > 0 and _caption_line(lines[index - 1].text) and not lead_in(line.text):
            # "March 4: Pickets gather at the depot gates." / "AP The port ...", "NOAA As the front ...": the
            # credit of the picture above opens the next line, before the story's first word
            credit = _CREDIT_AFTER_A_CAPTION.match(line.text)
            skip = credit.end() if credit is not None else 0
        # 'disaster" End Quote Jane Roe Agency chief Surface samples confirmed ...': a pull quote, who said it
        # and her role, run into the paragraph's first sentence
        skip = max(skip, pull_quote_end(line.text))
        if len(_FACT_BOX_ITEM.findall(line.text[:skip])) >= 2:
            continue  # a fact box run together, whatever quotation closes it
        pieces = list(split_sentences(line.text[skip:], line.start + skip))
        following = next((ln.text for ln in lines[index + 1 :] if ln.text.strip()), "")
        if (
            _PHOTO_CREDIT.match(following)
            or _WIRE_CREDIT_OPENS.match(following)
            # ("(AP Photo/Jane Roe) ...", "(Jane Roe/Associated Press) ...": a credit in brackets with its
            # photographer's name, as it closes the caption before it on one line, when the line shows a
            # caption's own sign; a line that merely does not tell, "The new wing has 400 beds.", may be the
            # story's)
            or (pieces and _credit_with_photographer(following) and _shows_a_picture(pieces[-1][2]))
            # ("(Reuters) The bank said ...": a story's own credit as often, and the line above a caption
            # only when it reads as one)
            or (pieces and _WIRE_IN_BRACKETS_OPENS.match(following) and _caption_above([pieces[-1][2]]))
        ):
            pieces = pieces[:-1]  # the line's last sentence is the caption of the picture credited next
        pieces = _without_wire_credits(pieces)
        if (
            opening
            and len(pieces) > 1
            and not _SENTENCE_END.search(pieces[0][2])
            and _TELLS.search(_PARTICIPLE_AFTER_BE.sub(" ", pieces[0][2])) is None
        ):
            # "Voters queue in the rain It was not a vote she expected ...": the article's first line opens on
            # words that no stop closes, cut off where a sentence's opener follows them; a caption or a
            # headline ran into the lead, and is no sentence of it. (Words that tell what happened, "Police
            # said the fire started on Sunday They said ...", are the lead itself, its stop lost.)
            pieces = pieces[1:]
        for start, end, sentence in pieces:
            if _BULLET_NEXT.match(text, end) and not _SENTENCE_END.search(sentence):
                continue  # "Flu shuts school • Pupils sent home ...": a headline or item that a bullet closes
            if _CREDIT_ALONE.fullmatch(sentence):
                continue  # (asked before the lead-in is cut: what it leaves of a credit is the credit's tail)
            start += lead_in(sentence)
            sentence = text[start:end]
            label = _CAPTION_LABEL.match(sentence)
            if label is not None:
                # "Image caption Rescuers search the ruins The quake struck ...": what the label opens is a
                # caption, and a sentence of the story begins only where one ran into it
                cut = run_in_caption(sentence[label.end() :])
                if not cut:
                    continue
                start += label.end() + cut
                sentence = text[start:end]
            to_reader = _TO_THE_READER.match(sentence)
            if to_reader is not None:
                # "Below is some of what she has told us: <the first item>": the page's words to its reader,
                # up to the colon that opens what it shows
                colon = sentence.find(": ", to_reader.end())
                if colon < 0:
                    continue
                start += colon + 2
                sentence = text[start:end]
            if (
                not sentence.strip()
                or _CAPTION.search(sentence)
                or _dated_caption(sentence)
                or _CORRECTION_NOTE.match(sentence)
                or _PRINT_NOTE.search(sentence)
                or _reader_service(sentence)
                or len(_FACT_BOX_ITEM.findall(sentence)) >= 2
            ):
                continue
            # (a caption that repeats a sentence of the body may lack its full stop)
            key = " ".join(sentence.split()).lower().rstrip(".!?")
            if key in seen:
                continue
            seen.add(key)
            yield Sentence(start=start, end=end, text=sentence, paragraph=paragraph)


# The credit of a picture that opens the line under its caption: a wire's name before a name in capitals
# ("AP TSMC Ltd is ..."; before a capital then lower case it is one of _LEAD_INS already), or any short
# name in capitals before a word that only opens a sentence ("NOAA As the front ...", "USGS The quake
# ..."); "NASA scientists said" and "AP News reported" keep their words
_CREDIT_AFTER_A_CAPTION = re.compile(
    r"(?:AP|AFP|EPA|Reuters|REUTERS)\s+(?=[A-Z][A-Z]+\s+[A-Z])"
    r"|[A-Z]{2,6}\s+(?=(?:The|A|An|As|In|On|At|After|When|While|It|This|There)\s)"
)


def _caption_line(text: str) -> bool:
    """Whether a line is a picture's caption by its own words: a day's label, a picture's words, a full date
    at its end."""
    first = text.strip()
    return bool(_CAPTION_DAY_LABEL.match(first) or _CAPTION.search(first) or _dated_caption(first))


def _shows_a_picture(text: str) -> bool:
    """Whether a line gives a positive sign of a caption: its own caption words, or what a picture shows."""
    return _caption_line(text) or _SEEN_IN_A_PICTURE.search(text.strip()) is not None


# The label a page sets before a picture's or a video's caption for readers who cannot see it
_CAPTION_LABEL = re.compile(r"(?:Image|Media|Video|Photo)\s+caption\s*:?\s+(?=\S)|Caption\s*:\s+(?=\S)")


# A time of day in four digits (24-hour clock) that opens a line before a capital: a live page's entry
# stamp ("1413 The agency says ..."), or a year opening an item of a chronology ("2006 She meets ...")
_ENTRY_TIME = re.compile(r"((?:[01]\d|2[0-3])[0-5]\d)\s+(?=[A-Z\"“‘'])")
LIVE_PAGE_ENTRIES = 3


def live_page(lines: list[Line]) -> bool:
    """Whether the page is a live page, its entries opened by the time each was posted: at least
    LIVE_PAGE_ENTRIES body lines open with a four-digit time, and one of them cannot be a year (a
    chronology's items open with years: "1999 ...", "2006 ...")."""
    times = [found[1] for line in lines if line.kind == "body" and (found := _ENTRY_TIME.match(line.text))]
    return len(times) >= LIVE_PAGE_ENTRIES and any(not time.startswith(("19", "20")) for time in times)


# The page speaking to its reader: "Here is a selection of ...", "Click NEXT to continue", "Scroll down to
# see ...", "Make your suggestions using the link below". ("View how the harbour has changed" is left: such
# a line stands before a gallery's questions, and dropping it brings a question into the opening sentences,
# which date and type as a lead.)
_TO_THE_READER = re.compile(
    r"\s*(?:Here\s+(?:is|are)\s+(?:a|an|the|some|our|what)\b|Below\s+(?:is|are)\b|Click\b|Scroll\b|Tap\b"
    r"|Make\s+your\b|Send\s+(?:us|your)\b|Tell\s+us\b|Have\s+your\s+say\b|Take\s+(?:our|the)\s+(?:quiz|test|poll)\b"
    r"|(?:Watch|Listen\s+to|See)\s+(?:our|the\s+(?:video|gallery|full))\b|Find\s+out\s+more\b)"
)
# A promo of the page, a line of its own among the page's first or last few: "Explore more of our election
# coverage", "Copy this link to share ...", the page's note on itself, "This page was updated ...". Never one
# that attributes: a sentence about a page of a document ("This page is part of the file, the judge said") is
# news. (Within a line no promo is looked for: "a message reading Click here to ..." is a sentence's words.)
_PROMO_LINE = re.compile(
    r"\s*(?:Explore\s+(?:all\s+|more\s+)?of\s+our\b|Explore\s+our\b|Copy\s+(?:the|this)\s+(?:URL|link|address)\b"
    r"|This\s+live\s+page\b|This\s+page\s+(?:is|was|will\s+be)\s+(?:part|updated|no\s+longer)\b)"
)
_ATTRIBUTES = re.compile(r"\b(?:said|says|told|tells|urged|urges|added|announced|according\s+to)\b")
PROMO_LINES_AT_AN_END = 3  # body lines at the head or the foot of the page


def _promo_ends(lines: list[Line]) -> set[int]:
    """The body lines at the page's head and foot, where a promo stands (see _PROMO_LINE)."""
    body = [at for at, line in enumerate(lines) if line.kind == "body"]
    return set(body[:PROMO_LINES_AT_AN_END] + body[-PROMO_LINES_AT_AN_END:])


def _promo_line(text: str) -> bool:
    """Whether a line is the page's promo, whole: one sentence, opened by a promo's words, attributing
    nothing (see _PROMO_LINE)."""
    return (
        _PROMO_LINE.match(text) is not None
        and _ATTRIBUTES.search(text) is None
        and len(list(split_sentences(text))) == 1
    )


# The page telling its reader how to give or where to ask, with a number to call or an address to visit:
# "Donations can be made via the charity's website or by telephoning 0300 123 4567", "For more information
# call 1-800-555-0199", "Anyone with information should ring 101". A number or an address is what tells it
# from news of a service set up ("The council opened a helpline on Monday").
_READER_SERVICE = re.compile(
    r"\s*(?:(?:Donations|Contributions|Gifts|Pledges)\s+(?:can|may)\s+be\s+(?:made|sent|given)\b"
    r"|(?:To\s+(?:donate|give|help|find\s+out\s+more)|For\s+(?:more\s+|further\s+)?(?:information|details|advice))\b"
    r"|(?:Anyone|Those|People|Readers|You)\b[^.]{0,60}?\s(?:can|could|should|may)\s+(?:call|ring|phone|telephone"
    r"|text|contact|visit|go\s+to|donate|give)\b)",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\b\d{3,5}[\s-]\d{2,4}(?:[\s-]\d{2,4}){0,2}\b|\bwww\.|https?://|\w\.(?:org|com|gov)\b|\bwebsite\b"
    r"|\b(?:call|ring|phone|telephone|text)\w*\s+\d",
    re.IGNORECASE,
)


def _reader_service(sentence: str) -> bool:
    """Whether a sentence tells the reader how to give or where to ask, with a number or an address."""
    return _READER_SERVICE.match(sentence) is not None and _CONTACT.search(sentence) is not None


# A fact box the scrape ran together: "Jane Roe, 24 - rescued after 11 days John Doe, 21 - found after ..."
_FACT_BOX_ITEM = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:(?:early|late|mid)[- ])?\d{1,3}s?\s*[-–]\s"
)
# "Photograph: Jane Roe/Getty ...", "AP Photo/Jane Roe ...": the credit of the picture above
_PHOTO_CREDIT = re.compile(
    r"\s*(?:(?:photograph|photo|picture|image)\s*:|(?:AP|AFP|EPA|Reuters|Getty\s+Images)\s+(?:photo|photograph"
    r"|images?)\s*(?:\\?/|:))",
    re.IGNORECASE,
)

# "(AP Photo) The minister said ...", "AP March 8: Sandbags ...", "AP The firm ...": the wire's credit alone,
# with no photographer's name, opening the line after a picture's caption (a wire's bare name is the credit
# only in capitals and before a sentence's first words, a capital then lower case: "Reuters Television
# showed ..." is a sentence, and "EPA Administrator Jane Roe said ...", "AP Top 25 voters ...", "AP Poll:
# ..." are the line's own words, a name the wire's opens; "(AP) -- ...", "AP DENVER -- ..." or "AP FILE -
# ..." opens a story or a kicker)
_WIRE_CREDIT_OPENS = re.compile(
    r"\s*(?:\(\s*AP\s+Photo\s*\)\s+(?=[\"“‘]?(?:[A-Z][a-z]|A\s|\d))|(?:AP(?:\s+Photo)?|AFP|EPA)\s+"
    r"(?=[\"“‘]?(?:[A-Z][a-z'’-]*\s+[a-z]|A\s|[A-Z][a-z]+\.?\s+\d{1,2}:)))"
)
# "(AP) As the storm ...", "(Reuters) The bank ...": a wire's name alone in brackets before a sentence, the
# credit of the picture above or the story's own
_WIRE_IN_BRACKETS_OPENS = re.compile(
    r"\s*\(\s*(?:AP|Reuters|REUTERS|AFP|EPA)\s*\)\s+(?=[\"“‘]?(?:[A-Z][a-z]|A\s))"
)
# "(Jane Roe/Associated Press) ", "(Jane Roe - AP) ", "(Jane Roe for The Daily Post) ", "(City Hall Via
# Associated Press) ": a picture's credit in brackets, its photographer or source and the agency or paper
# after a slash, a dash or "for"/"via", opening the sentence the page ran after it (a scrape may lower the
# agency's first letter, "(Jane Roe/associated Press)"; its words are apart by spaces, never by nothing, so
# that no word can be split two ways and the match cannot backtrack at length)
_BRACKETED_PICTURE_CREDIT = re.compile(
    r"\(\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*"
    r"(?:\s*\\?/\s*|\s+[-–]\s+|\s+(?:[Ff]or|[Vv]ia)\s+(?=[A-Z]))"
    r"[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}(?:\s*\\?/\s*[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}){0,3}\s*\)\s+"
    r"(?=[\"“‘]?[A-Z0-9])"
)

# "REUTERS/Jane Roe", "REUTERS\\/Jane Roe" (a slash kept escaped from the page's JSON), "(AP Photo/Jane Roe)",
# "AFP/Getty Images", "EPA/Jane Roe": a wire picture's credit, which closes the caption written above it. The
# scrape runs it into the next sentence ("... on the quay. REUTERS/Jane Roe The port said ..."), so it is
# found where a sentence opens. (A photographer's name is one or two capitalised words; a staff credit
# such as "Stringer" or "Handout" is tried first so that it takes no word of the sentence after it.)
_WIRE_PHOTO_CREDIT = re.compile(
    # ("(AP Photo) As the president landed ...": the agency's credit alone, its photographer's name left off)
    r"\(\s*(?:REUTERS|AP\s+Photo|AFP|EPA|Getty\s+Images)\s*(?:\\?/[^()]{1,80})?\)\s*"
    r"|(?:REUTERS|AP\s+Photo|AFP|EPA)\s*\\?/\s*(?:Getty\s+Images|Handout|Stringer|Pool|File"
    r"|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?(?=\s+[A-Z\"“‘]|\s*$))"
    r"(?:\s*\\?/\s*(?:Getty\s+Images|AFP|Handout|Pool|File))*\s*"
)

_WIRE_NAME_IN_BRACKETS = re.compile(rf"\(\s*(?i:{_WIRE})\s*\)")
_PICTURE_POSITION = re.compile(r"(?:Top|Bottom|Above|Below|Left|Right|Inset|Far\s+left|Far\s+right)\s*:\s")


def _picture_credit(sentence: str, at: int) -> re.Match[str] | None:
    """The picture's credit, a wire's or one in brackets with its photographer's name, at `at`."""
    return _WIRE_PHOTO_CREDIT.match(sentence, at) or _BRACKETED_PICTURE_CREDIT.match(sentence, at)


# (the agency and its photographer or source apart by a slash, a dash, "for" or "via")
_CREDIT_NAMES_SOMEONE = re.compile(r"\\?/|\s[-–]\s|\s(?:[Ff]or|[Vv]ia)\s")
_PHOTOGRAPHER_IN_CREDIT = re.compile(r"(?:\\?/)\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\)?\s*$")


def _credit_with_photographer(line: str) -> bool:
    """Whether a line opens with a picture's credit in brackets that names the photographer ("(AP Photo/Jane
    Roe) ...", "(Jane Roe/Associated Press) ..."); a wire's name alone, "(AFP) The ministry ...", may be the
    story's own credit."""
    if line[:1] != "(":
        return False
    credit = _picture_credit(line, 0)
    return credit is not None and _CREDIT_NAMES_SOMEONE.search(credit.group()) is not None


def _photographer_again(credit: str, rest: str) -> bool:
    """Whether what follows a picture's credit opens with the photographer's name the credit gives and then
    a new capitalised subject, a gallery's next caption ("Jane Roe Firefighters pump ..."); the name before
    a lower-case word is a sentence's subject ("Harlow Police said ...", "EMA officials approved ...")."""
    name = _PHOTOGRAPHER_IN_CREDIT.search(credit)
    return (
        name is not None and re.match(re.escape(name.group(1)) + r"\s+[A-Z][a-z]", rest.lstrip()) is not None
    )


def _without_wire_credits(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The line's sentences without the wire photo credits that open any of them and without the caption
    each credit closes (the sentence just before it): "Dock workers stack sandbags on the quay. REUTERS/Jane
    Roe The port said ..." keeps only "The port said ..."; a credit in brackets that names the photographer,
    "... on the quay. (Jane Roe/Associated Press) The port said ...", the same."""
    kept: list[tuple[int, int, str]] = []
    for at, (start, end, sentence) in enumerate(pieces):
        credit = _picture_credit(sentence, 0)
        if credit is None:
            kept.append((start, end, sentence))
            continue
        # ("(AP Photo/Jane Roe, File) (Jane Roe - AP) The port ...": the page's credit and the wire's, both)
        while (more := _picture_credit(sentence, credit.end())) is not None and more.end() > credit.end():
            credit = more
        rest = sentence[credit.end() :]
        if at == len(pieces) - 1 and _WIRE_NAME_IN_BRACKETS.fullmatch(sentence.strip()):
            # "... resumes on 4 May. (AFP)": the wire's credit of the story, set after its paragraph's last
            # sentence (with words after it, "... on the quay. (AFP) The port said ...", it closes a caption)
            continue
        if kept:
            kept.pop()  # the caption the credit closes
        if _photographer_again(credit.group(), rest):
            # "(AP Photo/Jane Roe) Jane Roe Workers stack sandbags ...": a gallery, whose next caption opens
            # with its photographer's name again; no sentence of the story
            continue
        # ("REUTERS/Jane Roe Below: The flooded square ...": a page of pictures, where the next caption, led
        # by where its picture stands, follows the credit; it is no sentence of the story either)
        if rest.strip() and not _PICTURE_POSITION.match(rest):
            kept.append((start + credit.end(), end, rest))
    return kept


def _page_stamp_end(line: str) -> int:
    """Where the page's "Page last updated at ..." stamp that opens a line ends; 0 without one."""
    found = _PAGE_LAST_UPDATED.match(line)
    return found.end() if found is not None and found.end() < len(line) else 0


def _run_in(lines: list[Line]) -> str:
    """The page title run into the first line of the body, if there is one."""
    for index, line in enumerate(lines):
        if line.kind == "body" and _opens_article(lines, index):
            stamp = _page_stamp_end(line.text)
            title = line.text[stamp : stamp + run_in_title(line.text[stamp:], past_a_dateline=True)]
            # ("Page last updated at 23:19 GMT, Tuesday, 5 March 2021 Ferry owner charged The owner ...": the
            # page's stamp that opens the line is no part of its title)
            title = title[lead_in(title) :]
            return _RUN_IN_STAMP.sub("", title).strip()
    return ""


def _opens_article(lines: list[Line], index: int) -> bool:
    """The first line with words of its own: the title may have been run into it."""
    return all(line.kind in ("boilerplate", "dateline", "credit") for line in lines[:index])


# ("ZURICH\/COPENHAGEN": a scrape may keep the slash escaped as it was in the page's JSON)
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:(?:[ /]|\\/)[A-Z][A-Z.'’-]+)*"
_MONTH_WORD = rf"(?:{alternatives([*MONTH_NAMES, *(short.title() for short in MONTH_ABBREVIATIONS)])})\.?"
_WEEKDAY_NAME = f"(?:{alternatives(WEEKDAY_NAMES)})"
# A picture's credit that opens a line, then a wire dateline: "Getty Images WASHINGTON -- The House ...",
# "AP Photo/Jane Roe NEW ORLEANS -- ...", "Photo by Jane Roe LONDON (Reuters) - ...", "(AP) SUITLAND, Md. --
# ...", "AP2010 WASHINGTON -- ..." (a copyright's year run onto the agency). The credit closes the caption
# above it and the dateline opens the story: the line is the lead, not a caption.
# A wire's kicker in capitals, set where a dateline would be: "AP FILE - In this 2011 photo ...", "Reuters
# EXCLUSIVE - ...", "AP UPDATE -- ...": no place, so no dateline that opens a lead
_KICKER = r"(?:FILE|UPDATE|UPDATED|EXCLUSIVE|BREAKING|ANALYSIS|FACTBOX|WRAPUP|CORRECTED|REFILE|PHOTOS?|VIDEO)"
_CREDIT_BEFORE_DATELINE = re.compile(
    r"^(?:\(\s*)?(?:(?:[A-Z][\w.'’-]*\s+){0,3}?(?:[A-Z][\w.'’-]*\s*\\?/\s*)?"
    r"(?:Getty\s+Images|AP\s+Photo|AP|AFP|EPA|Reuters|REUTERS)(?:(?:19|20)\d\d)?"
    r"(?:\s*\\?/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)?"
    r"|(?:Photo|Image|Picture)s?\s+(?:by|credit:?)\s+(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*)(?:\s*\))?\s+"
    rf"(?!{_KICKER}\b)(?={_CAPS_PLACE}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?:\s+\d{{1,2}})?)?\s*"
    rf"(?:\((?:{_WIRE})\)\s*)?(?:--|—|–|-)\s)"
)
# "Page last updated at 16:40 GMT, Friday, 5 March 2021 11:02 UK ": the time before the date, the local time
# after it, and a server's "(an error occurred while processing this directive)"
# The word that closes a newspaper's or a magazine's name: "the Daily Courier", "The New York Times"
_PAPER_NAME_ENDS = (
    r"(?:Times|Post|Guardian|Observer|Telegraph|Independent|Journal|Herald|Tribune|Courier|Globe|Mail|Chronicle"
    r"|Gazette|Examiner|Inquirer|Star|Sun|Mirror|Express|Record|Standard|News|Press|Magazine|Review)"
)
_PAGE_LAST_UPDATED = re.compile(
    rf"^(?:Page\s+)?(?:last\s+)?updated\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*{TIME_ZONE}?,?\s+"
    rf"(?:{_WEEKDAY_NAME},?\s+)?\d{{1,2}}\s+{_MONTH_WORD},?\s+\d{{4}}"
    r"(?:\s+\d{1,2}[:.]\d{2}\s+UK)?\s*(?:\(an\s+error\s+occurred\s+while\s+processing\s+this\s+directive\)\s*)?",
    re.IGNORECASE,
)
# "... HOUSTON (Reuters) - ", "WASHINGTON/BEIRUT (Reuters) - ", "LONDON, April 30 (Reuters) - ": anything
# before a wire dateline on its line is page furniture (a repeated place and time, a kicker)
# (a wire's summary may set its points before the dateline, each after a bullet, "* Rates held * Bank
# sees slower growth LONDON (Reuters) - ": each point is held to the kicker's length, not all of them,
# so that a paragraph of prose before a dateline is never taken for one)
# (the kicker may hold initials, "U.N. says an error LIMA | Mon Mar 8 ...", a place may have two
# words, "SAN JUAN, Puerto Rico (Reuters) - ", and the date may follow the city bare, "WASHINGTON May 2")
_WIRE_DATELINE = re.compile(
    rf"^(?:{_BULLET_MARK}\s+[^!?•*]{{1,300}}?\s)*(?:[^!?]{{0,300}}?\s)?{_CAPS_PLACE}(?:,?\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][a-z]+)?(?:\\?/{_CAPS_PLACE})?"
    rf"(?:\s+\d{{1,2}})?){{0,2}},?\s*{_DATELINE_CREDIT}\s*"
)
# "(AP) -- The slick tripled ...": the wire's name left of a dateline the scrape dropped; "(AP) SUITLAND,
# Md. -- Scientists ...", "(Reuters) The bank said ...": the wire's credit alone in brackets, set before
# the dateline or the first sentence (prose opens on no agency's bracketed name)
# ("(CNN)The bank said ...": a page may glue the credit to the sentence's first word)
_WIRE_IN_BRACKETS = re.compile(rf"^\((?:{_WIRE})\)\s*(?:[-–—]+\s*|(?<=[\s)])(?=[\"“‘]?[A-Z]))")
# "NEW ORLEANS -- ", "LEEVILLE, LA. -- ", "KYIV, Ukraine — ", "ISTANBUL/ANKARA, Jan 18 - "
_BARE_DATELINE = re.compile(
    rf"^{_CAPS_PLACE}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?:\s+\d{{1,2}})?)?\s*(?:--|—|–|\s-)\s+"
)
# What a dateline or a wire's credit may be followed by and stripped in turn: another dateline or credit
# ("NEW ORLEANS -- NEW ORLEANS (AP) -- ...", "(AP) SUITLAND, Md. -- ..."). The other lead-ins are stripped
# only where the sentence starts: after a dateline "EPA Administrator ..." and "By Election Day ..." are
# the sentence's own words, not a credit or a byline.
_DATELINE_LEAD_INS = (_WIRE_DATELINE, _CREDIT_BEFORE_DATELINE, _WIRE_IN_BRACKETS, _BARE_DATELINE)
# What opens a sentence without belonging to it.
_LEAD_INS = (
    *_DATELINE_LEAD_INS,
    # "By Jane Roe, BBC News, Kyiv" / "By Jane Roe Health and Science Editor" then the sentence
    re.compile(
        # ("By Jane Roe and John Doe The talks ...": two writers)
        r"^By\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+(?:\s+and\s+(?:[A-Z][\w'’-]+\s+){1,2}?[A-Z][\w'’-]+)?,?\s+(?:(?:[\w&]+\s+){0,5}?(?:correspondent|editor|reporter"
        r"|Correspondent|Editor|Reporter|News|Press|Reuters|Online)\b,?\s*){0,2}(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+)?"
        r"(?=[A-Z])"
    ),
    # "Jane Roe, City News, Kenya The scene ...", "Jane Roe, Leeds, UK It is ...": who writes and from where,
    # a correspondent's post or a reader's, signed above the words (prose sets no name, place and country off
    # before a sentence's first word, a capital before lower case: "Jane Roe, Leeds, UK Prime Minister Tom
    # Hale said ..." and "Dover, Del., Mayor Jane Roe said ...", a role and a name, keep their words)
    re.compile(
        r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
        r"(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*\s+(?=[\"“‘]?[A-Z][\w'’-]*,?\s+[a-z])"
    ),
    # "AP Photo/Jane Roe According to ...": the credit of the picture above, with its photographer's name
    re.compile(
        r"^(?:(?:AP|AFP|EPA|Reuters)\s+)?Photo\s*\\?/\s*[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*\s+(?=[A-Z][a-z])"
    ),
    # "AP Homeland Security Secretary ...", "AP March 8: Sandbags line ...": the credit of the picture
    # above, run into the line after it ("AP A coalition of farm groups ...": an article opens the line)
    re.compile(r"^(?:AP|AFP|EPA|Reuters|Getty\s+Images)\s+(?=[A-Z][a-z]|A\s+[a-z])"),
    # "Photograph: Chris Roe/AFP/Getty NWG has ...": a picture credit, its agencies joined by slashes (or an
    # illustration's, "Illustration: Jane Roe/AP ...")
    re.compile(
        r"^(?:Photograph|Photo|Picture|Image|Illustration)\s*:\s*"
        r"(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?:\\?/[\w.'’ -]+?)+"
        # ("Photograph: Jane Roe/Getty Images Bob Doe, ...": the agency's name goes with it)
        r"(?:\s+(?i:images|features|pictures|photos)\b)?\s+(?=[A-Z])"
    ),
    # "Photograph: Jane Roe for the Courier The mayor ...", "Illustration: Tom Hale for The New York Times
    # Voters ...": the photographer or artist and the paper they worked for, its name closed by the word that
    # names a paper (where the paper's name ends and the sentence's subject begins is not told otherwise)
    re.compile(
        r"^(?:Photograph|Photo|Picture|Image|Illustration)\s*:\s*(?:[A-Z][\w.'’-]*\s+){1,3}for\s+"
        rf"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}?{_PAPER_NAME_ENDS}\s+(?=[\"“‘]?[A-Z])"
    ),
    # "Photograph: AP NWG engineers have ...", "Photograph: PA An outbreak ...": one agency's credit
    re.compile(rf"^(?:Photograph|Photo|Picture|Image)\s*:?\s*{_PICTURE_AGENCY}\s+(?=[A-Z])"),
    # "Photograph: Jane Roe When the port reopened ...", "Photograph: Nasa The final test ...": a credit of
    # one to three capitalised words that names no agency, up to a word that opens sentences
    re.compile(
        r"^(?:Photograph|Photo|Picture|Image)\s*:\s*(?:[A-Z][\w.'’-]*\s+){1,3}?"
        r"(?=(?:The|A|An|It|In|On|At|As|When|While|After|Before|There|This|These|Those|He|She|They|We|I"
        r"|Here['’]s|What|Why|How|If|But|More|Some|Many|Most)\s)"
    ),
    # "Friday, March 5, 2021; 2:17 PM ", "Sunday 7 March 2021 11.25 GMT ", "Updated 10:32 GMT "
    re.compile(
        rf"^(?:(?:Last\s+)?Updated:?\s+|Published:?\s+)?(?:{_WEEKDAY_NAME},?\s+)?"
        rf"(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}),?\s+\d{{4}}[;,]?\s+\d{{1,2}}[:.]\d{{2}}"
        rf"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+{TIME_ZONE})?\s+"
    ),
    # "co. uk Engineers will ...", "com Giant box ...": the tail of a web address ("guardian.co.uk") the page
    # broke off at its dot and left to open the next paragraph
    re.compile(r"^(?:co\.\s?uk|com|org|net)\s+(?=[\"“‘]?[A-Z])"),
    # "• The company has ...", "cents The company has ...": a list's bullet
    re.compile(rf"^{_BULLET}\s+(?=[\"“‘]?[A-Z])"),
    # "10.30 am ET: Sad news for ...", "3.00 pm: The power came back": a live page's entry, opened by the time
    # of day it was posted and a colon
    re.compile(rf"^\d{{1,2}}[.:]\d{{2}}\s*[AaPp]\.?[Mm]\.?(?:\s+{TIME_ZONE})?\s*:\s+(?=\S)"),
    _PAGE_LAST_UPDATED,
    # "Jane Roe | 19:05 UK time, Monday, 8 March 2021 ": a post's author and time, set apart by a bar
    re.compile(
        rf"^(?:[A-Z][\w.'’-]*\s+){{1,4}}\|\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?"
        rf"(?:\s+(?:UK\s+time|{TIME_ZONE}))?,?\s+(?:{_WEEKDAY_NAME},?\s+)?"
        rf"(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}),?\s+\d{{4}}\s+(?=[A-Z0-9\"“‘'])"
    ),
    # "June 28, 2026 - 6:39 AM | by: Jane Roe ": a post's time, then its author after a bar (a first and a
    # last name: what follows opens the post)
    re.compile(
        rf"^(?:{_WEEKDAY_NAME},?\s+)?(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}),?\s+\d{{4}}\s*[-–|,]?\s*"
        rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+{TIME_ZONE})?\s*\|\s*(?:[Bb]y:?\s+)?"
        r"[A-Z][\w.'’-]*\s+[A-Z][\w'’-]*\s+(?=[A-Z0-9\"“‘'])"
    ),
    # "4 March 2021 Last updated at 09:15 GMT Help In 2015 ...": the page's date and time stamp, then the
    # link to the site's help page, run into the first sentence
    re.compile(
        rf"^(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}},?)\s+\d{{4}}\s+(?:Last\s+)?updated\s+(?:at\s+)?"
        rf"\d{{1,2}}[:.]\d{{2}}(?:\s*{TIME_ZONE})?(?:\s+Help)?\s+(?=[A-Z0-9\"“‘'])",
        re.IGNORECASE,
    ),
)


# A picture's caption closes on the day it was taken: "Workers clear a road in Eastvale, Oregon,
# March 4, 2021.", "... near the coast of Marren Tuesday, March 9, 2021."
_CAPTION_DATE_AT_END = compile_gated(
    rf"(?:,|\s{_WEEKDAY_NAME},)\s+(?:{_WEEKDAY_NAME},?\s+)?(?:{_MONTH_WORD}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH_WORD},?)"
    r"\s+(?:19|20)\d\d\.?[\"”’')\]]*\s*$"
)
# ("... against the ferry operator on Friday, March 5, 1993.": a day the prose gives, not a caption's)
_DAY_LED_TO = re.compile(
    rf"\b(?:on|since|by|until|till|from|before|after|of)\s+(?:{_WEEKDAY_NAME}\s*)?,?\s*$", re.IGNORECASE
)


def _dated_caption(sentence: str) -> bool:
    """A picture's caption, known by the full date (month, day and year) set off at its end."""
    found = _CAPTION_DATE_AT_END.search(sentence)
    return found is not None and _DAY_LED_TO.search(sentence[: found.start() + 1].rstrip(",")) is None


LEAD_INS_IN_A_ROW = 3


def lead_in(sentence: str) -> int:
    """How many characters at the start of a sentence are a dateline, byline or time stamp."""
    skip = 0
    for _round in range(LEAD_INS_IN_A_ROW):
        # (matched on the rest, not from a position: "^" holds only at a string's real start)
        rest = sentence[skip:]
        ends = (
            found.end()
            for pattern in (_DATELINE_LEAD_INS if skip else _LEAD_INS)
            if (found := pattern.match(rest))
        )
        end = next((end for end in ends if 0 < end < len(rest)), 0)
        if not end:
            break
        skip += end
    return skip


# A sentence that describes a picture: "..., in this handout photograph taken on March 3", "June 4: Nurses
# march ...", "The warehouse is seen on fire". (Asked of every sentence: one lacking every string its matches
# need, a picture's word, an agency's name or a month's, is not searched.)
_CAPTION = ScannedPattern(
    rf"\bin\s+this\s+([\w-]+\s+){{0,3}}(photo|photograph|picture|image|handout|video\s+grab)\b|\bfile\s+(photo"
    rf"|picture)\b|\b(photo|picture|image)\s+(taken|shows|released)\b|^Picture\s+taken\b|\bis\s+pictured\b"
    rf"|\bare\s+pictured\b|\b(REUTERS|AFP|AP\s+Photo|Getty\s+Images)\s*\\?/|^{_MONTH_WORD}\s+\d{{1,2}}(,\s+\d{{4}})?:\s"
    # "This image from video provided by the company shows ...": what a picture shows
    rf"|\b(this|the|an?)\s+(image|photo|photograph|picture|still|video\s+grab)\b[^.]{{0,60}}\bshows?\b"
    # "(Photos By Jane Roe) The captain, left, objects during the hearing": a picture's caption and credit
    rf"|^\(\s*(?:photos?|pictures?|images?)\s+by\b"
    # "Capt. Jane Roe, right, and Judge Tom Hale confer during a hearing": where someone stands in the picture
    rf"|\b[A-Z][\w.'’-]*,\s+(?:(?:second|third|far|top|bottom)\s+)?(?:left|right|centre|center)(?:\s+to\s+right)?,\s"
    # ("Senator Jane Roe (left) and her rival leave the studio": the same, the place set in brackets)
    rf"|\b(?-i:[A-Z])[\w.'’-]*\s+\((?-i:(?:(?:second|third|far|top|bottom)\s+)?(?:left|right|centre|center))\)"
    # "Detail of the painting ...", "Aerial view of the flooded town ...": what a picture shows
    rf"|^(?:detail|close-up|(?:an\s+)?aerial\s+view|general\s+view)\s+of\b"
    # "Shown under construction in June 2019, the terminal ...", "Pictured at the summit, the minister ...":
    # a phrase of how the picture shows its subject opens a caption, not a sentence of the story
    rf"|^(?:shown|pictured|photographed)\s+(?:here\s+)?(?:under|during|in|at|on|outside|inside|with|before"
    rf"|after|while|near|left|right|above|below|from|being)\b[^,.]{{0,80}},",
    re.IGNORECASE,
    size=ASKED_ONCE,
)


# A caption's opening label, the day the picture was taken: "May 9: Crews lay boom ...", "Saturday: The
# yacht ...", "April 21, 2010: Fire boats ..."
_CAPTION_DAY_LABEL = re.compile(
    rf"^(?:AP\s+)?(?:{_MONTH_WORD}\s+\d{{1,2}}(?:,\s+\d{{4}})?|{_WEEKDAY_NAME}):\s+[A-Z\"“‘]"
)
# "Boats are seen spraying water on the platform", not "The vote is seen as a test"
_SEEN_IN_A_PICTURE = re.compile(r"\b(?:is|are)\s+seen\b(?!\s+(?:as|to|by)\b)")
# What tells a happening rather than shows a scene: a past, a modal or a future, a verb of saying ("Voters
# queue outside a polling station" shows; "United beat Chelsea on Sunday", "The club said ..." tell). A
# participle after "be" ("booms to be deployed") or a hyphen ("an oil-covered bird") is no past.
_TELLS = re.compile(
    # ("may" before a number is the month, "Tuesday, May 25, 2010": a caption's date, not a verb)
    rf"(?<![-\w])(?:was|were|had|did|will|would|could|should|may(?!\s+\d)|might|must|said|says|told|tells|\w{{2,}}ed"
    # (an irregular past in lower case only: "the Rose Garden" names a place)
    rf"|(?-i:{alternatives(IRREGULAR_PAST)}))\b",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER_BE = re.compile(r"\b(?:be|been|being|is|are)\s+\w+ed\b", re.IGNORECASE)


def _caption_above(lines: list[str]) -> bool:
    """Whether the paragraphs above a credit and dateline are the picture's caption: none, or the first
    reads as one (a day's label, a picture's words, what is seen). Paragraphs of the story itself ("United
    beat Chelsea on Sunday.") are not taken for a caption because of their place alone."""
    if not lines:
        return True
    first = lines[0].strip()
    return _shows_a_picture(first) or _TELLS.search(_PARTICIPLE_AFTER_BE.sub(" ", first)) is None


# The outlet's note on its own text, not news: "This article was amended on 14 May to correct ...",
# "An earlier version of this story misstated ...", "Correction: ..."
_CORRECTION_NOTE = re.compile(
    r"\s*(this\s+(article|story|report|piece)\s+(was|has\s+been)\s+(amended|corrected|updated|changed)\b"
    r"|corrections?(\s+and\s+clarifications)?\s*:|(an\s+)?earlier\s+version\s+of\s+this\s+(article|story|report)\b"
    # "Note: The map on this page was corrected in 2021": a note on the page, whatever is run into it
    r"|(editor['’]s\s+)?note\s*:[^.]{0,80}\bthis\s+(page|article|story|report|piece)\b"
    # "This article about the port's finances misstated the cost of the quay": the outlet correcting itself
    r"|this\s+(article|story|piece)\b[^.;:]{0,160}?\b(misstated|misidentified|misspelled|misquoted|misattributed"
    r"|incorrectly\s+(said|stated|reported|described|identified|gave|referred))\b)",
    re.IGNORECASE,
)
# Where the outlet printed the piece, wherever the line runs it in: "This article appeared on p22 of the Main
# section", "A version appeared on p8 of ...", "A version of this article appears in print on 4 May"
_PRINT_NOTE = compile_gated(
    r"\b(?:this\s+(?:article|story|piece)|a\s+version(?:\s+of\s+this\s+(?:article|story|piece))?)\s+"
    r"(?:appeared|appears|was\s+published|ran)\s+(?:on\s+p(?:age)?\s*\d+|in\s+(?:the\s+)?print\b)",
    re.IGNORECASE,
)
# Words that open a sentence and cannot end a headline; the boundary in "... oil spill risk looms The
# wrecked rig" is before "The".
_OPENERS = frozenset(
    """The A An This These Those It He She They We I In On At After Before When While As More Some Many Most
    Thousands Hundreds Dozens Officials Authorities Police Scientists Doctors Researchers Experts President
    Mr Mrs Ms Dr""".split()
)
# A preposition or a conjunction that opens a clause set before the subject ("... a week to remember For all
# the rain, the crowds ..."): an opener only when a lower-case word follows it and a comma closes the clause
# within a few words, since these words also open the names of works ("the album With Teeth", "the novel
# For Whom the Bell Tolls")
_CLAUSE_OPENERS = frozenset("For Despite Although With".split())
CLAUSE_OPENER_COMMA_WITHIN = 8


def _opens_a_clause(word: str, following: list[str]) -> bool:
    """Whether `word`, one of _CLAUSE_OPENERS, opens a clause closed by a comma ("With roads cut, ...")."""
    if word not in _CLAUSE_OPENERS or not following or not following[0][:1].islower():
        return False
    for token in following[:CLAUSE_OPENER_COMMA_WITHIN]:
        if token.endswith(","):
            return True
        if token[-1:] in ".!?;:":
            return False
    return False


_FINITE = frozenset(
    """has have had is was are were said says will would could can may might told announced began begun
    died has been""".split()
)
# "NWG's chief executive Tom Lindqvist is grilled": a name after a role is its holder, not a new sentence
_ROLE_ENDS = PERSON_ROLES
_HEADLINE_END_WORDS = frozenset(
    """the a an of in on at to for by from with and or but as than about into over under after before
    between says said that which who whom whose where when while because if unless although though since
    until so then also not only just even still yet told warned"""
    # ("Fishermen who saw the spill tell The Daily Post that ...": whom they tell follows the verb, and
    # no new sentence opens at the outlet's name)
    """ tell tells telling warn warns"""
    # (a preposition wants its object: "What the suit against Norvex can achieve" does not end at
    # "against", and "Norvex can" is no sentence's start)
    """ against across without within toward towards among amongst amid amidst despite upon via onto during
    per including regarding unlike versus""".split()
)
# Verbs that a clause follows without "that" in a headline: the name after one is that clause's subject
# ("Guard claims Dr Roe hid the vials"), not the start of the lead. (Only the forms a headline's verb takes:
# "denied" or "believed" may end one, "Bail denied".)
_CLAUSE_AFTER_IN_A_TITLE = frozenset(
    "claims insists believes thinks argues admits denies suggests whether".split()
)


# A page's time stamp between the title (and standfirst) and the body: "Monday 8 March 2021 15.16 GMT".
_RUN_IN_STAMP = re.compile(
    rf"(?:\b{_WEEKDAY_RE},?\s+)?\b\d{{1,2}}\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}},?\s+\d{{1,2}}[.:]\d{{2}}"
    rf"(?:\s*[ap]\.?m\.?)?\s+{TIME_ZONE}\b\s*",
    re.IGNORECASE,
)
# ... or written the American way, month first, with the time after a semicolon, after the title and its
# byline: "... By Jane Roe Monday, March 8, 2021; 1:05 PM The company ..."
_RUN_IN_STAMP_MONTH_FIRST = re.compile(
    rf"\b{_WEEKDAY_RE},?\s+(?:{_MONTH_RE})\.?\s+\d{{1,2}},\s+\d{{4}};\s+\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?\s",
    re.IGNORECASE,
)
RUN_IN_STAMP_WITHIN = 400
_PAGE_UPDATED = re.compile(r"\bPage\s+last\s+updated\s+at\s+\d", re.IGNORECASE)


# Words said, closed with a comma inside the quotation mark, then the lower-case words that describe who
# said them: a headline never closes a quotation that way
_QUOTE_THEN_DESCRIPTION = re.compile(r"[,!?][\"”’]\s+(?:[a-z][\w.’'-]*\s+){0,6}$")


# A sentence ended (an initialism in a title, "U.S. tax bill", is not the end of prose)
_ENDED = re.compile(rf"{CLOSING_MARK}\s")


def _governs_an_object(words: list[re.Match[str]], k: int) -> bool:
    """Whether the word before word k is a participle in "-ing" or an infinitive after "to"."""
    return words[k - 1].group().endswith("ing") or (k >= 2 and words[k - 2].group().lower() == "to")


def _names_whose(word: str, following: list[str]) -> bool:
    """Whether the name that `word` opens says whose ("Jane Roe's doctor"): such a name is an object as
    often as a subject ("... representing Jane Roe's doctor has ..."), a bare name before its verb seldom."""
    for token in [word, *following]:
        if not token[:1].isupper():
            return False
        if token.endswith(("'s", "’s")):
            return True
    return False


# The credit in brackets that closes a dateline: "... LONDON (Reuters) - ", "(AP) -- ", "(CNN)The ..."
_DATELINE_CREDIT_IN_A_LINE = re.compile(_DATELINE_CREDIT)
# A dateline with no credit, a place in capitals and its dash, after a title: "Bank cuts jobs WASHINGTON --
# Oil major ..." (only a double or a long dash, and a capital after it: "a deal with NATO - the ..." is prose)
_BARE_DATELINE_IN_A_LINE = re.compile(
    rf"(?<=\s){_CAPS_PLACE}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?(?:\s+\d{{1,2}})?)?\s*(?:--|—)\s+"
    r"(?=[\"“‘]?[A-Z])"
)


def run_in_title(line: str, *, past_a_dateline: bool = False) -> int:
    """Where the body begins on a first line that carries the page title run into the first sentence
    ("Rig sinks, spill risk looms The wrecked rig ..."): before a sentence opener ("The", "Officials") or a
    name and a verb ("Egypt has begun", "Jane Roe says") that follow a lower-case word, 3 to 25 words in;
    0 when no such boundary is clear or a sentence ends first.

    No boundary is looked for past a dateline ("Bank cuts jobs LONDON (Reuters) - Oil major Norvex Inc said
    ..."): a name and its verb after it are the lead's own words, not where it begins. The lead-in of a
    dateline with its credit takes the title with it; a bare one ("Bank cuts jobs WASHINGTON -- Oil major
    ...") is where the title ends. (`past_a_dateline` looks past both all the same, for the title's words
    when nothing else gives them.)"""
    credit = undated = None
    if not past_a_dateline:
        credit = _DATELINE_CREDIT_IN_A_LINE.search(line, 0, RUN_IN_STAMP_WITHIN)
        undated = _BARE_DATELINE_IN_A_LINE.search(line, 0, credit.start() if credit else RUN_IN_STAMP_WITHIN)
    scanned = min((found.start() for found in (credit, undated) if found is not None), default=len(line))
    stamp = _RUN_IN_STAMP.search(line, 0, RUN_IN_STAMP_WITHIN)
    if stamp and not _ENDED.search(line[: stamp.start()]):
        return stamp.end()  # "... as port strike enters third day Tuesday 9 March 2021 16.36 GMT The union"
    month_first = _RUN_IN_STAMP_MONTH_FIRST.search(line, 0, RUN_IN_STAMP_WITHIN)
    if month_first and month_first.start() == 0:
        # "Sunday, May 2, 2021; 9:06 AM Presenting the findings last week, chief inspector Ana Roe said ...":
        # a line the page's stamp opens is the body, with no title after the stamp (a name and its verb
        # there are the first sentence's own)
        return 0
    if month_first and month_first.start() > 0 and not _ENDED.search(line[: month_first.start()]):
        return month_first.start()  # the stamp opens the body, and is stripped from it as any sentence's
    updated = _PAGE_UPDATED.search(line, 0, RUN_IN_STAMP_WITHIN)
    if updated and updated.start() > 0 and not _ENDED.search(line[: updated.start()]):
        # "Mayor 'knew of the cracks', says engineer Page last updated at 17:21 GMT, Friday, ...": the
        # stamp opens the body, and is stripped from it as any sentence's
        return updated.start()
    words = list(re.finditer(r"\S+", line))
    for k in range(1, min(len(words) - 3, 26)):
        if words[k].start() >= scanned:
            return scanned if undated is not None and scanned == undated.start() else 0
        previous, word = words[k - 1].group(), words[k].group()
        if previous[-1:] in ".!?":
            return 0  # a sentence ended: the line is prose, not a title run into it
        bare = previous.strip("'’\"”")
        following = [w.group() for w in words[k + 1 : k + 1 + NAME_WORDS_AT_MOST]]
        if k >= 3 and _name_said_twice(words, k) and _name_then_verb(following):
            return words[k].start()  # "... for shops in Tallin Tallin has begun ...": see run_in_caption
        if (
            k < 3
            or not bare[:1].islower()
            or not bare[-1:].isalnum()
            or bare.lower() in _HEADLINE_END_WORDS
            or bare.lower() in _CLAUSE_AFTER_IN_A_TITLE
        ):
            continue
        if _QUOTE_THEN_DESCRIPTION.search(line, 0, words[k].start()):
            continue  # '"The harbour is safe," retired navy admiral Jane Roe said': prose, with its speaker
        # ("Flood relief efforts gather pace Flood relief teams reached ...": the lead names again what the
        # title opens with, a capital that only a sentence's start gives a common word)
        opening_again = (
            len(word) > 2 and word == words[0].group() and bool(following) and following[0][:1].islower()
        )
        if word[:1].isupper() and (
            # ("like Nepal, this is a disaster": a name set off by a comma before a lower-case word is not
            # the subject of what follows; "Tuesday, May 25, 2010" is a time stamp after a title)
            word in _OPENERS
            or _opens_a_clause(word, [w.group() for w in words[k + 1 : k + 1 + CLAUSE_OPENER_COMMA_WITHIN]])
            or opening_again
            or (
                bare.lower() not in _ROLE_ENDS
                and not (word.endswith(",") and following[:1] and following[0][:1].islower())
                # ("representing Jane Roe's doctor has", "to rebuild Lagos's port are": a participle or an
                # infinitive has the name as its object)
                and not (_governs_an_object(words, k) and _names_whose(word, following))
                and _name_then_verb(following, word)
            )
        ):
            # ("... on businesses in Lagos Lagos has begun ...": the title closed on the name the lead opens
            # with, and the first of the two is the title's)
            doubled = following[:1] == [word] and word[1:].isalpha()
            return words[k + 1].start() if doubled else words[k].start()
    return 0


# Words that open a sentence and are almost never capitalised inside one: where one follows a lower-case
# word with no stop between them, a caption, pull quote or linked headline has run into the paragraph
# ("Neighbours clapped as he was carried out A 70-year-old man has been rescued ...").
_PARAGRAPH_OPENERS = frozenset(
    """The A An There It He She They We More Some Many Most Thousands Hundreds Dozens Millions This These
    Those But On In At After Before When While Since Minutes Hours Days Weeks Months Years""".split()
    # a count spelled out, as a sentence must ("... about measles Seventeen new cases were confirmed ...")
    + """Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen
    Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety""".split()
)
# Of these only a count, not a name: "Twelve new cases", not "Ocean's Eleven" or "Channel Four"
_COUNT_OPENERS = frozenset(
    """Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen
    Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety""".split()
)
# Before these a capital is a name or a label, not a new sentence: "roles have included The Aunt", "his After
# Midnight session", "a type A virus", "grade A".
_BEFORE_A_NAME = frozenset(
    """his her their its our my your called named titled entitled included including featuring type class
    grade group plan category vitamin hepatitis influenza flu level section part exhibit appendix division
    league series model size row block wing gate terminal patient""".split()
)
RUN_IN_MIN_WORDS = 5
RUN_IN_AFTER_YEAR_WORDS = 8
RUN_IN_VERBLESS_WORDS = 8
# A verb that makes a clause ("is", "said", "arrived"): a run of words with none is a list or a box
_HAS_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|said|says"
    r"|told|tells|made|took|gave|came|went|met|sent|left|held|found|began|saw|got|put|set|ran|won|lost|led|fell"
    r"|rose|paid|spent|sold|struck|brought|kept|thought|knew|became|spoke|wrote|chose|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_CAPS_HEADING = re.compile(r"(?:[A-Z][A-Z'’-]+\s+){2,10}(?=[A-Z][a-z])")


RUN_IN_CAPTIONS_AT_MOST = 3


def _run_in_captions(line: str, start: int, *, openers: bool = True) -> int:
    """How far past `start` the captions run into the article's first line reach: a page may run a headline,
    a caption and a standfirst into the first sentence one after another ("... not be finished for weeks
    Engineers from the firm are ..."), each cut off in turn."""
    skip = start
    for _round in range(RUN_IN_CAPTIONS_AT_MOST):
        found = run_in_caption(line[skip:], openers=openers)
        if not found:
            break
        skip += found
    return skip - start


def _heading_and_caption(line: str) -> int:
    """Where a paragraph begins after a caption run into it, and after a heading in capitals that opens the
    caption: each is cut off in turn ("JANE ROE, 24, NURSE Jane Roe was found on Friday Rescuers had dug
    ...")."""
    found = run_in_caption(line)
    heading = _CAPS_HEADING.match(line)
    if found and heading is not None and heading.end() == found:
        found += run_in_caption(line[found:])
    return found


def run_in_caption(line: str, *, openers: bool = True) -> int:
    """Where a paragraph begins when a photo caption, pull quote or linked headline was run into its first
    sentence with no stop between them ("Rescuers search the ruins The quake struck at dawn ..."): before a
    sentence opener that follows a lower-case word, at least five words in; 0 when a sentence ends first or
    there is no such boundary. With `openers` False, only a subject that must open a sentence marks the
    boundary ("... since the leak began Calder Ratings, one of the agencies, has ..."), not "The" or "In"."""
    heading = _CAPS_HEADING.match(line) if openers else None
    if heading and len(re.findall(r"\b[A-Z]{4,}\b", heading.group())) >= 2:
        return heading.end()  # "NO RISK TO DRINKING WATER The agency has said ...": a subheading ran in
    words = _first_sentence_words(line)
    for k in range(1, len(words) - 2):
        previous, word = words[k - 1].group(), words[k].group()
        if previous[-1:] in ".!?:;":
            return 0
        bare = previous.strip("'’\"”")
        # ("... pleading not guilty in March 2021 Daniel Okafor told his lawyer ...": a caption that
        # closes on a year, then a name and its verb; a short opening phrase, "By the end of 2020 Kroll had
        # paid", is the sentence's own)
        if (
            k >= RUN_IN_AFTER_YEAR_WORDS
            and len(bare) == 4
            and re.fullmatch(r"(?:19|20)\d\d", bare)
            and word[:1].isupper()
            and word.lower() not in _MONTHS
            and _name_then_verb([w.group() for w in words[k + 1 : k + 4]])
        ):
            return words[k].start()
        # ('Broadcasting daily ... and via social media "We are missing a leader," he said': a promo box with
        # no verb of its own, run into the quotation that opens the paragraph)
        if (
            k >= RUN_IN_VERBLESS_WORDS
            and word[:1] in '"“'
            and word[1:2].isupper()
            and bare[:1].islower()
            and not previous.endswith(",")  # ('on his programme, "The 700 Club"': a title set off)
            and re.match(r"[A-Z][a-z]+ing\b", line) is not None  # (a box's item opens with what it offers)
            and _HAS_FINITE_VERB.search(line, 0, words[k].start()) is None
        ):
            return words[k].start()
        # ("Jane Roe was found by neighbours Jane Roe was pulled from the ruins ...": the caption's own
        # subject, named again after a lower-case word as the subject of its verb, opens the sentence)
        if (
            k >= RUN_IN_MIN_WORDS
            and bare[:1].islower()
            and bare[-1:].isalnum()
            and bare.lower() not in _HEADLINE_END_WORDS
            and bare.lower() not in _BEFORE_A_NAME
            and bare.lower() not in _ROLE_ENDS
            and bare.lower() not in _CLAUSE_AFTER
            # (the line's opening name, read once, fails most words before the search of all before them)
            and _named_again(line, words[k].start())
            and _QUOTE_THEN_DESCRIPTION.search(line, 0, words[k].start()) is None
        ):
            return words[k].start()
        # ("... the shutdown on businesses in Lagos Lagos has begun ...", "... according to his sister Ana Ana
        # Roe has said ...": a caption or standfirst that closed on a name, run into the lead that opens with
        # it; prose never says a name twice in a row, and a name of two like words, "Bao Bao Lin", follows
        # no lower-case word and goes on to no verb)
        if (
            k >= 2
            and word == previous  # (the cheap test first: most words fail it)
            and _name_said_twice(words, k)
            and _name_then_verb([w.group() for w in words[k + 1 : k + 4]])
        ):
            return words[k].start()
        # ('... for her show "She said without a moment\'s pause': a quotation opens the new sentence)
        word = word.lstrip('"“')
        # ("... feels a lot better Five-year-old Jane Roe fell ill": a count joined to what it counts opens a
        # sentence as the count alone does, and no name is written so)
        compound = "-" in word and word.split("-", 1)[0] in _COUNT_OPENERS and word.split("-", 1)[1].islower()
        word = word.split("-", 1)[0] if compound else word
        # (the tests of the words alone first: most words fail one, and the subject's test reads on)
        if (
            k < RUN_IN_MIN_WORDS
            or not (bare[:1].islower() or _after_a_name(line, words, k))
            or not bare[-1:].isalnum()
            or (
                (word not in _PARAGRAPH_OPENERS or not openers)
                and not _subject_opens(word, line[words[k].start() :])
            )
            or bare.lower() in _HEADLINE_END_WORDS
            # ("flu A", "type B", "the group Rescuers Without Borders": names; "... about measles Experts
            # have ...", "... measles Twelve new cases": people or a count before lower case open a sentence)
            or (
                bare.lower() in _BEFORE_A_NAME
                and not (
                    (word in _PEOPLE_OPENERS or word in _COUNT_OPENERS) and words[k + 1].group()[:1].islower()
                )
            )
            # ("... chief executive Jane Roe, who ..., said", '"...," retired admiral Jane Roe said': the name
            # is the role's holder or the speaker of the words before it)
            or bare.lower() in _ROLE_ENDS
            or _QUOTE_THEN_DESCRIPTION.search(line, 0, words[k].start()) is not None
        ):
            continue
        following = words[k + 1].group()
        if word == "A" and (following[:1] in "(*\\" or following.lower() in ("and", "or")):
            continue  # "influenza A (H5N1)", "A and B strains": a letter, not an article
        if word in _COUNT_OPENERS and not following[:1].islower() and not compound:
            continue  # "the film Ocean's Eleven", "Channel Four News": a count in a name
        return words[k].start()
    return 0


_WORD = re.compile(r"\S+")
# The words `run_in_caption` reads past the first that ends with a stop: it stops at the word after that one,
# and looks at most three words further on
_WORDS_PAST_THE_STOP = 4


def _first_sentence_words(line: str) -> list[re.Match[str]]:
    """The words of a paragraph up to its first stop and a few beyond (all of them when it has none): a
    caption runs into the first sentence only, and splitting all of a long paragraph into words for each
    paragraph of an article cost more than the reading of them."""
    words: list[re.Match[str]] = []
    past_stop = -1
    for found in _WORD.finditer(line):
        words.append(found)
        if past_stop >= 0:
            past_stop += 1
            if past_stop == _WORDS_PAST_THE_STOP:
                break
        elif found.group()[-1] in ".!?:;":
            past_stop = 0
    return words


def _after_a_name(line: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether word k opens a sentence after a name or a figure that closed a caption (see
    `run_in_caption`; asked only of a word that may open one: most words are settled by cheaper tests)."""
    previous, word = words[k - 1].group(), words[k].group()
    bare = previous.strip("'’\"”")
    # "... farewell shows in Leeds The judge said", "... has risen since her death in 2019 The
    # headboard ...": "The" and a common noun after a name or a year
    # ("... reports from Lagos A two-year-old girl has died ...", "... on Friday A new attempt ...",
    # "... in the Tagus Millions of litres ...", "... in March 2021 People who could ...": so too an
    # article, a multitude or people, before lower case)
    return (
        (
            (word in _OPENERS_AFTER_A_NAME or (word == "People" and bare.isdigit()))
            and words[k + 1].group()[:1].islower()
            and (bare[:1].isupper() or bare.isdigit())
            # ("the Snorre A blowout", "in the Sorre A case": a letter in a name that "the" opens)
            and not (word in ("A", "An") and _the_before_name(words, k))
        )
        or (
            # ("... reaching the islands in Kenya The Republic of Ghana has announced ...": "The" and a
            # name that goes on to its verb, after a name; "The" inside a name needs none of its own)
            word == "The"
            and (bare[:1].isupper() or bare.isdigit())
            and _THE_NAME_THEN_VERB.match(line, words[k].start()) is not None
        )
        or (
            # ("... died in March 2015 aged 71 Trustees of his estate have asked ...": an age closes a
            # caption)
            bare.isdigit()
            and words[k - 2].group().lower() in ("aged", "age")
            and _PEOPLE_OF_SOMEONE.match(line, words[k].start()) is not None
        )
        or (
            (bare[:1].isupper() or bare.isdigit())
            and not _the_before_name(words, k)
            and _opens_after_a_name(word, words[k + 1].group(), bare)
        )
    )


def _name_said_twice(words: list[re.Match[str]], k: int) -> bool:
    """Whether word k is a name that the word before it says already, after a lower-case word ("... in
    Tallin Tallin has ...")."""
    word = words[k].group()
    before = words[k - 2].group()
    return (
        word[:1].isupper()
        and word[1:].isalpha()
        and word == words[k - 1].group()
        and before[:1].islower()
        and before[-1:].isalpha()
    )


# The verb of a sentence's subject: "was", "has", "said", "visited"
_SUBJECTS_VERB = (
    r"(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|said|says|told|added|[a-z]{3,}ed)\b"
)
# Words a clause follows without "that" ("asked whether Jane Roe had", "believed Jane Roe was"): the name
# after them is that clause's subject, not a new sentence's
_CLAUSE_AFTER = frozenset(
    """how why what whether asked believe believes believed think thinks thought hope hopes hoped know knows
    knew claim claims claimed insist insists insisted suggest suggests suggested argue argues argued fear
    fears feared admit admits admitted deny denies denied confirm confirms confirmed expect expects expected
    show shows showed mean means meant""".split()
)
# The name of two or three words a caption opens with, its subject ("Jane Roe was found ...")
_OPENING_NAME = re.compile(r"((?:[A-Z][a-z][\w'’-]*\s+){2,3})(?=[a-z])")
_SUBJECTS_VERB_AT = re.compile(_SUBJECTS_VERB)


# (asked of each word of a paragraph's first sentence: the line's opening is read once)
@functools.lru_cache(maxsize=64)
def _opening_name(line: str) -> re.Match[str] | None:
    return _OPENING_NAME.match(line)


def _named_again(line: str, at: int) -> bool:
    """Whether the words at `at` name again, as the subject of a verb, the person the line opens with: a
    caption's subject, then the paragraph's sentence about the same person."""
    opening = _opening_name(line)
    if opening is None or at <= opening.end():
        return False
    # (the name written as it opened the line, then its verb: no pattern made and compiled per name)
    name = opening[1]
    return line.startswith(name, at) and _SUBJECTS_VERB_AT.match(line, at + len(name)) is not None


# The close of a pull quote, then the name (and role) of who said it ('disaster" End Quote Jane Roe Agency
# chief')
_END_QUOTE = compile_gated(r"(?:^|[\s\"”’'])End\s+Quote\s+(?=[A-Z])")
PULL_QUOTE_NAME_WORDS = 14
_SMALL_WORDS = frozenset("of at for in and the to on from with by a an".split())


def pull_quote_end(line: str) -> int:
    """Where the paragraph's sentence begins after a pull quote run into it ('... disaster" End Quote Jane
    Roe Agency chief Surface samples confirmed ...'): after the speaker's name and role, at a quotation mark,
    at a capital after a role in lower case ("chief Surface"), or at a word that opens sentences ("It",
    "There"); 0 when there is no pull quote or no such place is found (the line is left as it is)."""
    found = _END_QUOTE.search(line)
    if found is None:
        return 0
    words = list(re.finditer(r"\S+", line[found.end() :]))
    for k in range(1, min(len(words), PULL_QUOTE_NAME_WORDS)):
        word, previous = words[k].group(), words[k - 1].group()
        start = found.end() + words[k].start()
        mark = re.search(r"[\"“]", previous)
        if mark is not None and k >= 2:
            return found.end() + words[k - 1].start() + mark.start()  # 'Bodyguard, 911 call"He was ...'
        if k < 2 or not word[:1].isupper():
            continue
        if word in _PARAGRAPH_OPENERS:
            return start  # "... La Roe It was launched ...", "... Audubon Society There is ..."
        if previous[:1].islower() and previous.rstrip(",") not in _SMALL_WORDS and previous[-1:].isalpha():
            return start  # "... Agency chief Surface samples ...", "... Louisiana governor Florida's ..."
    return 0


# People who open a sentence as its subject, capitalised only there: "... leaking from the seabed Researchers
# from the institute said ..." (a caption ran into the paragraph)
_PEOPLE_OPENERS = frozenset(
    """Officials Authorities Scientists Researchers Experts Analysts Investigators Rescuers Residents
    Witnesses Doctors Engineers Prosecutors Diplomats Economists People Relatives Families Parents Villagers
    Survivors Firefighters Paramedics Passengers Protesters Campaigners Activists Neighbours Neighbors
    Lawmakers Voters Students Teachers Patients Fans Nurses Medics Lawyers Attorneys Jurors Judges Soldiers
    Troops Farmers Fishermen Crews Volunteers Investors Traders Pilots Guards Prisoners Inmates Supporters
    Critics Opponents Organisers Organizers Executives Shareholders Donors Refugees Migrants Pupils""".split()
)
# What opens a sentence even after a capitalised word when lower case follows ("... from Lagos A two-year-old
# girl ...": a caption that closed on a name); a name rarely goes on with one of them ("Serie A club" aside)
_OPENERS_AFTER_A_NAME = frozenset("""The A An Thousands Hundreds Dozens Millions""".split())


# A compound in lower case after its first hyphen: "23-year-old", "Leeds-based", "US-led"
_LOWER_AFTER_HYPHEN = re.compile(r"[\w'’]+(?:-[a-z]+)+")


def _opens_after_a_name(word: str, following: str, before: str) -> bool:
    """Whether `word`, after a capitalised word or a year (`before`), opens a sentence on what follows it:
    an article before a compound in lower case after its hyphen ("... for Leeds on 8 October A 23-year-old
    fan was ...", "... in Lagos A Leeds-based charity ..."), "More than" ("... Jane Roe and Tom Hale More
    than two years after ..."), or a count before lower case after a date that closed the caption ("... on
    Wednesday Ninety-five new cases ...", "... in 2009 Three of her sons ..."); after a name a count is most
    often the name's own ("Year Seven pupils", "on Channel Four news")."""
    count, _hyphen, rest = word.partition("-")
    return (
        (word in ("A", "An") and _LOWER_AFTER_HYPHEN.fullmatch(following) is not None)
        or (word == "More" and following == "than")
        or (
            count in _COUNT_OPENERS
            and (not rest or (rest.isalpha() and rest.islower()))
            and following[:1].islower()
            and (before.isdigit() or before.lower() in _WEEKDAYS or before.lower() in _MONTHS)
        )
    )


def _the_before_name(words: list[re.Match[str]], k: int) -> bool:
    """Whether the capitalised words just before word k are opened by "the"."""
    j = k - 1
    while j > 0 and words[j - 1].group()[:1].isupper():
        j -= 1
    return j > 0 and words[j - 1].group().lower() == "the"


# A name, an apposition set off by commas, then its verb: "Calder Ratings, one of the three big agencies, has
# downgraded NWG" opens a sentence wherever it stands
_NAME_APPOSITION_VERB = re.compile(
    r"(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*,\s+(?:one\s+of|the|a|an|who|which)\s[^,;]{3,90},\s+"
    r"(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|said|says|told|announced|warned)\b"
)


# "The Republic of Ghana has announced", "The Daily Courier reported": "The", a name and its verb; or the name
# set before a noun in lower case, "The US government has given", "The Leeds council said" (not after a
# possessive, where "The" opens a work's title: "Jane Roe's The Long Road tour was ...")
_VERB_AFTER_THE_NAME = r"(?:has|have|had|is|are|was|were|will|said|says|told|[a-z]{3,}ed)\b"
# "The" that belongs to the name before it: an epithet ("St Mary The Virgin", "Alexander The Great"), or a
# place's own ("Court of Appeal The Hague tribunal")
_THE_OF_A_NAME = (
    r"(?:Great|Good|Elder|Younger|Virgin|Baptist|Evangelist|Apostle|Divine|Conqueror|Confessor|Terrible"
    r"|Magnificent|Wise|Bold|Pious|Ripper|Hague|Gambia)\b"
)
# A work's kind after its title, "ITV The Jonathan Ross show was", "HBO The Wire series is": the "The" opens
# the title a broadcaster or publisher is set before
_WORK_NOUN = (
    r"(?:show|shows|series|programme|program|film|movie|album|book|novel|play|documentary|musical|drama"
    r"|sitcom|song|single|tour|exhibition|franchise|podcast)\b"
)
_THE_NAME_THEN_VERB = re.compile(
    rf"The\s+(?:(?:[A-Z][\w&.'’-]*|of|and|for|the)\s+){{1,6}}{_VERB_AFTER_THE_NAME}"
    rf"|(?<!['’]s\s)The\s+(?!{_THE_OF_A_NAME})(?:(?:[A-Z][\w&.'’-]*|of|and|for|the)\s+){{0,5}}[A-Z][\w&.'’-]*\s+"
    rf"(?!{_WORK_NOUN})[a-z]{{3,}}\s+{_VERB_AFTER_THE_NAME}"
)
# People named by whose they are, capitalised as a sentence's subject, then their verb: "Trustees of Karl
# Weiss's estate have asked", "Relatives of the crew said"
_PEOPLE_OF_SOMEONE = re.compile(
    r"[A-Z][a-z]{3,}s\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,2}"
    r"(?:have|has|had|are|were|will|said|say|told|[a-z]{3,}ed)\b"
)
# A name's holder of a role, an aside on who, and the verb: "Anna Berg's former physiotherapist, who is facing
# a claim, has returned to work"
_WHOSE_ROLE_APPOSITION_VERB = re.compile(
    r"(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:who|which)\s"
    r"[^,;]{3,120},\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|said|says|told|[a-z]{3,}ed)\b"
)


def _subject_opens(word: str, rest: str) -> bool:
    """Whether a capitalised word after a lower-case one opens a new sentence as its subject: a word for
    people that only a sentence's start capitalises, people of a kind ("Aid workers have ..."), people
    named by whose they are ("Trustees of the estate have ..."), or a name (or a name's holder of a role)
    with an apposition and then its verb."""
    if word in _PEOPLE_OPENERS:
        return True
    # (each pattern below opens with a capital: a word of a quotation or a figure is passed without them)
    return "A" <= rest[:1] <= "Z" and (
        _PEOPLE_OF_A_KIND.match(rest) is not None
        or _NAME_APPOSITION_VERB.match(rest) is not None
        or _PEOPLE_OF_SOMEONE.match(rest) is not None
        or _WHOSE_ROLE_APPOSITION_VERB.match(rest) is not None
        or _ALSO_WHEN.match(rest) is not None
    )


# "... unhurt after five days Also on Sunday, divers reached ...": "Also" and when, set off by a comma, open
# a sentence ("Also available online" opens an item of a box, not a sentence of the story)
_ALSO_WHEN = re.compile(
    r"Also\s+(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today)\b[^,.;:]{0,40},\s"
)


# "... the situation at the camp Aid workers have also faulted ...": a kind of people, in lower case after
# its capitalised first word, then their verb, opens a sentence (a video's caption ran into it)
_PEOPLE_OF_A_KIND = re.compile(
    r"[A-Z][a-z]+\s+(?:workers|officials|groups|agencies|leaders|ministers|officers|experts|residents|doctors"
    r"|troops|protesters|survivors|families|volunteers|engineers|investigators|scientists)\s+(?:[a-z]+ly\s+)?"
    r"(?:have|has|had|are|were|will|would|said|say|says|told|warned|urged)\b"
)


# A picture's caption that quotes its subject: 'Jane Roe: "For a small country, this is a disaster"'. Run into
# the sentence after it with no stop, the closing mark and a capital show where that sentence begins.
# (some outlets quote in single marks: "Jane Roe: 'Both men are under observation' Two people have ...";
# a scrape may glue the next sentence to a closing double mark, 'disaster"Two people have ...', which no
# quotation in prose does, whereas a single mark so glued may be an apostrophe)
_QUOTED_CAPTION = re.compile(
    r"(?:^|(?<=\s))(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*:\s*"
    r"(?:[\"“][^\"“”]{3,240}[^\s,.!?;:][\"”]\s*|[‘'][^‘'’\"“”]{3,240}[^\s,.!?;:][’']\s+)(?=[A-Z])"
)
QUOTED_CAPTION_WITHIN = 400


def quoted_caption(line: str) -> int:
    """Where the sentence begins after a quoting caption that opens the line (or follows a run-in title
    with no sentence ended before it); 0 when there is none."""
    if ":" not in line[:QUOTED_CAPTION_WITHIN]:
        return 0  # (the caption's name ends in a colon: most paragraphs have none to search from)
    found = _QUOTED_CAPTION.search(line, 0, QUOTED_CAPTION_WITHIN)
    if found is None or re.search(r"[.!?][\"”’')]*\s", line[: found.start()]):
        return 0
    return found.end()


_PLURAL_FINITE = frozenset("are were have".split())
# A name of up to four words before its verb: a role and a full name ("Chilean President Ana Ortiz said")
NAME_WORDS_AT_MOST = 4
# What a name's holder is, in lower case, between "Jane Roe's" and the verb: "Jane Roe's former doctor said"
WHOSE_WORDS_AT_MOST = 2


def _name_then_verb(following: list[str], name: str = "") -> bool:
    """ "Egypt has", "Jane Roe says", "Los Angeles prosecutors will", "Jane Roe's doctor told": a name (and
    the people it names, or whose they are) then a finite verb; `name` is the word before `following`."""
    names = 1
    whose = name.endswith(("'s", "’s"))
    for index, token in enumerate(following):
        if token.lower() in _FINITE:
            # (a role and a full name take a verb in the singular: "poet Laureate Ana Roe Lind are" is a
            # list's last name, not a new sentence's subject)
            return names < NAME_WORDS_AT_MOST or token.lower() not in _PLURAL_FINITE
        if token[:1].isupper() and names < NAME_WORDS_AT_MOST:
            names += 1
            whose = token.endswith(("'s", "’s"))
            continue
        if whose:
            # ("Haiti's prime minister said", "Jane Roe's doctor told": a holder of a role named by whose)
            nouns = following[index : index + WHOSE_WORDS_AT_MOST + 1]
            return any(
                n.lower() in _FINITE and all(w.isalpha() and w.islower() for w in nouns[:at])
                for at, n in enumerate(nouns)
                if at
            )
        # the people of a named place: "Los Angeles prosecutors will", "Kenyan officials have"
        after = following[index + 1 : index + 2]
        # ("this is", "his was": a determiner or pronoun ending in "s" names no people)
        return (
            token.isalpha()
            and token.endswith("s")
            and token.lower() not in _NOT_PEOPLE
            and any(a.lower() in _FINITE for a in after)
        )
    return False


_NOT_PEOPLE = frozenset(
    "this his its hers ours yours theirs us thus yes less unless perhaps always as is was has".split()
)
