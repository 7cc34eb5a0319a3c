"""Articles on disk -> decoded text, metadata from sources.csv, and the body sentences worth reading.

News pages arrive with share buttons, photo captions and credits, newsletter footers and repeated
leads. Only body sentences yield events; everything else is classified here, with offsets kept into
the article file's own text so that every mention can point back to it.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from events.errors import InputError

MAX_ARTICLE_BYTES = 2_000_000
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


def decode_article(data: bytes, name: str) -> str:
    """Bytes of an article file -> its text, or InputError saying why it cannot be used."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{name}: {len(data) / 1_000_000:.1f} MB is over the {MAX_ARTICLE_BYTES // 1_000_000} MB limit "
            "for one article; split it or trim it to the article text."
        )
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(
                f"{name}: this is {what}, not text. Save the article as plain text, Markdown or HTML."
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_utf16(data, name)
    else:
        if b"\x00" in data[:8192]:
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


def read_article(path: Path) -> str:
    """The text of an article file, decoded as `decode_article` does; mention offsets index into it."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror}).") from error
    return decode_article(data, path.name)


# --- sources.csv -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: dt.date | None = None


def load_sources_csv(path: Path) -> tuple[dict[str, SourceRow], list[Problem]]:
    """sources.csv -> {file name: row}. Accepts `file` or `article` as the key column; extra columns are
    ignored. A `published` value counts as given unless the row says it was read or inferred (the build
    writes its own table back in this layout)."""
    rows: dict[str, SourceRow] = {}
    problems: list[Problem] = []
    if not path.exists():
        return rows, problems
    try:
        text = decode_article(path.read_bytes(), path.name)
    except InputError as error:
        return rows, [Problem(path.name, str(error))]
    reader = csv.DictReader(io.StringIO(text))
    key = next((k for k in ("file", "article") if k in (reader.fieldnames or [])), None)
    if key is None:
        return rows, [Problem(path.name, "sources.csv needs a `file` column naming each article file.")]
    for line, record in enumerate(reader, start=2):
        name = (record.get(key) or "").strip()
        if not name:
            continue
        published = None
        raw = (record.get("published") or "").strip()
        basis = (record.get("published_basis") or "given").strip() or "given"
        if raw and basis == "given":
            published = parse_iso_date(raw)
            if published is None:
                problems.append(
                    Problem(
                        name,
                        f"sources.csv line {line}: published '{raw}' is not a date (YYYY-MM-DD); "
                        "the date is read from the text instead.",
                    )
                )
        rows[name] = SourceRow(
            outlet=(record.get("outlet") or "").strip(),
            title=(record.get("title") or "").strip(),
            url=(record.get("url") or "").strip(),
            published=published,
        )
    return rows, problems


def parse_iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def load_corpus(articles_dir: Path, sources_csv: Path) -> Corpus:
    """Every readable article in `articles_dir` with its sources.csv row; unreadable ones become problems."""
    if not articles_dir.is_dir():
        raise InputError(f"{articles_dir} is not a folder of articles.")
    rows, problems = load_sources_csv(sources_csv)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in sorted(articles_dir.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            problems.append(
                Problem(
                    path.name,
                    "skipped: only .txt and .md articles are read (add HTML with `python -m events add`).",
                )
            )
            continue
        try:
            text = read_article(path)
        except InputError as error:
            problems.append(Problem(path.name, f"skipped: {error}"))
            continue
        article = prepare_article(path.name, text, rows.get(path.name, SourceRow()))
        if article.sha256 in seen:
            problems.append(Problem(path.name, f"skipped: the same text as {seen[article.sha256]}."))
            continue
        seen[article.sha256] = path.name
        if not article.sentences:
            problems.append(Problem(path.name, "no article sentences found; it yields no events."))
        articles.append(article)
    for name in sorted(set(rows) - {a.name for a in articles} - {p.file for p in problems}):
        problems.append(Problem(name, "listed in sources.csv but there is no such article file."))
    return Corpus(articles=tuple(articles), problems=tuple(problems))


def prepare_article(name: str, text: str, row: SourceRow) -> Article:
    """Segment the text and settle what sources.csv and the text itself say of the article."""
    lines = classify_lines(text)
    sentences = tuple(body_sentences(text, lines))
    title = row.title or next((ln.text for ln in lines if ln.kind == "headline"), "")
    published, basis, evidence = row.published, "given", "given in sources.csv"
    if published is None:
        found = published_in_text(lines)
        if found is not None:
            published, basis, evidence = found[0], "text", f"the article's dateline '{found[1]}'"
        else:
            basis, evidence = "", ""
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
    )


# --- segmentation ----------------------------------------------------------------------------------


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
    |(sign\s+up|subscribe)\b.*|.*\bnewsletter\b.*|privacy\b.*|.*\bcookies?\b.*|.*do\s+not\s+sell.*
    |.*\ball\s+rights\s+reserved\b.*|copyright\b.*|©.*|.*\btrademarks?\s+of\b.*|download\s+the\s+.*\bapp
    |follow\s+us.*|click\s+here.*|source:.*|(photo|image|video)\s*:.*|.*\bemail\s+address\b.*
    |.*\brequired\s+fields\b.*|(read\s+and\s+)?post\s+comments.*|please\s+review.*|join\s+the\s+.*community
    |.*\bmay\s+not\s+be\s+published,\s+broadcast.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Everything after one of these, once the body has begun, is the page's footer.
_END_OF_BODY = re.compile(
    r"^(copyright\b|©|source\s+link$|source:|share\s+the\s+story$|leave\s+a\s+reply$|sign\s+up\b|"
    r"related(\s+(stories|articles))?:?$|read\s+more:?$)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(\bvia\s+(AP|AFP|Reuters|Getty|EPA|Sputnik)\b|Getty\s+Images|\[[^\]]*(/|Reuters|AFP|AP\b|EPA|Getty)[^\]]*\]\s*$"
    r"|/\s*(AP|AFP|Reuters|EPA|Getty\s+Images|Sputnik)\s*$|^\(?(photo|image|picture)\s+(by|credit))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"""[.!?]["”’')\]]*\s*$""")
_DATELINE_PREFIX = re.compile(r"^(published|updated|posted|last\s+updated)(\s+on)?\s*:?\s*", re.IGNORECASE)
_MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY_RE = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
_DATE_ONLY_LINE = re.compile(
    rf"^({_WEEKDAY_RE},?\s+)?[\w ,.:-]*?\d{{4}}"
    rf"(\s*,?\s*\d{{1,2}}:\d{{2}}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{{2,4}})?\s*$",
    re.IGNORECASE,
)
_HEAD_LINES = 15


def classify_lines(text: str) -> list[Line]:
    """Each non-empty line of the article with what it is; only "body" lines are read for events."""
    raw = [(m.start(), m.end(), m.group().rstrip("\r")) for m in re.finditer(r"[^\n]+", text)]
    raw = [(s, s + len(t), t) for s, _e, t in raw if t.strip()]
    kinds: list[str] = []
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
        elif _BOILERPLATE.match(stripped):
            kind = "boilerplate"
        elif index < _HEAD_LINES and _is_dateline(stripped):
            kind = "dateline"
        elif _CREDIT.search(stripped):
            # "Jane Roe / AP" alone is a credit; words around it make the caption it belongs to
            kind = "credit" if len(_CREDIT.sub("", stripped).split()) <= 4 else "caption"
        elif not _SENTENCE_END.search(stripped) or len(stripped.split()) < 6:
            kind = "heading"
            if not headline_seen and len(stripped.split()) >= 4 and body_lines == 0:
                kind, headline_seen = "headline", True
        else:
            kind = "body"
            body_lines += 1
        kinds.append(kind)
    # A photo caption is the sentence just above its credit line ("An image released ... shows ...").
    for index, kind in enumerate(kinds):
        if kind == "credit" and index > 0 and kinds[index - 1] == "body":
            kinds[index - 1] = "caption"
    return [Line(s, e, t, k) for (s, e, t), k in zip(raw, kinds, strict=True)]


def _is_dateline(line: str) -> bool:
    if _DATELINE_PREFIX.match(line) and _first_date(line) is not None:
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
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|St|No|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Corp|Co|vs|approx|est|Prof|Adm|Rev|Jr|Sr)\.)$"
)
_SENTENCE_BREAK = re.compile(r"""(?<=[.!?])["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])""")


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """Sentences of one paragraph with offsets; "U.S." or "Gen." do not end a sentence."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        head = text[start : match.start()].rstrip("\"”’')]")
        if _ABBREVIATIONS.search(head[-12:]):
            continue
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
    """Body sentences in reading order; a sentence repeated verbatim (a page's repeated lead) counts once."""
    seen: set[str] = set()
    paragraph = 0
    for line in lines:
        if line.kind != "body":
            continue
        paragraph += 1
        for start, end, sentence in split_sentences(line.text, line.start):
            key = " ".join(sentence.split()).lower()
            if key in seen:
                continue
            seen.add(key)
            yield Sentence(start=start, end=end, text=text[start:end], paragraph=paragraph)
