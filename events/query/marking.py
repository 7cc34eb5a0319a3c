"""Article text made safe to show: Markdown and HTML escaping, and highlighted spans built on escaped text.

Text from articles is data, never markup. Highlighting therefore escapes every piece of text first and
only then wraps the pieces in our own `<mark>` tags:

    "On <b>Tuesday</b>" + Mark(3, 15, "date") -> 'On <mark class="hl-date">&lt;b&gt;Tuesday&lt;/b&gt;</mark>'
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from events.errors import EventsError

# Every ASCII punctuation character may be backslash-escaped in CommonMark. Shown by Streamlit, text is
# escaped fully (its directives ":red[x]", ":material/icon:" and LaTeX "$x$" give meaning to more);
# in an exported note only what could make markup (links, images, HTML, emphasis, code) is escaped,
# so that the note stays readable as plain text.
_MARKDOWN_ALL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&\"'=^])")
_MARKDOWN_MARKUP = re.compile(r"([\\`*_\[\]<>!|~$])")
# Streamlit turns bare URLs, "www." names and e-mail addresses into links whatever the escaping; a
# zero-width space where they start keeps them plain text ("http\u200b://", "www\u200b.", "a\u200b@b").
_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(?=://)|(?<=\bwww)(?=\.)|(?<=\w)(?=@\w)")
ZERO_WIDTH_SPACE = "\u200b"


@dataclass(frozen=True)
class Mark:
    """A span of text to highlight: `kind` picks the style, `label` becomes its tooltip."""

    start: int
    end: int
    kind: str
    label: str = ""


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same marks (outermost first)."""

    text: str
    marks: tuple[Mark, ...]


def escape_markdown(text: str, *, for_streamlit: bool = True) -> str:
    """Text shown through Markdown as exactly these characters, on one line."""
    flat = " ".join(text.split())
    if not for_streamlit:
        return _MARKDOWN_MARKUP.sub(r"\\\1", flat)
    return _MARKDOWN_ALL.sub(r"\\\1", _AUTOLINK.sub(ZERO_WIDTH_SPACE, flat))


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut `text` at every mark boundary; marks may overlap or nest, and ones out of range are clipped."""
    clipped = [
        Mark(max(0, m.start), min(len(text), m.end), m.kind, m.label)
        for m in marks
        if m.end > m.start and m.start < len(text) and m.end > 0
    ]
    cuts = sorted({0, len(text), *(m.start for m in clipped), *(m.end for m in clipped)})
    ordered = sorted(clipped, key=lambda m: (m.start, -m.end))
    out: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        covering = tuple(m for m in ordered if m.start <= left and m.end >= right)
        out.append(Segment(text[left:right], covering))
    return out


def to_html(text: str, marks: Sequence[Mark] = ()) -> str:
    """Escaped text with `<mark class="hl-KIND" title="LABEL">` around the marked spans."""
    parts: list[str] = []
    for segment in segments(text, marks):
        piece = html.escape(segment.text, quote=True)
        for mark in reversed(segment.marks):
            title = f' title="{html.escape(mark.label, quote=True)}"' if mark.label else ""
            kind = re.sub(r"[^a-z0-9-]", "", mark.kind.lower())
            piece = f'<mark class="hl-{kind}"{title}>{piece}</mark>'
        parts.append(piece)
    return "".join(parts)


def find_all(text: str, needle: str, kind: str, label: str = "") -> list[Mark]:
    """Marks for each occurrence of `needle` (case-insensitive); none for an empty needle."""
    if not needle.strip():
        return []
    return [
        Mark(m.start(), m.end(), kind, label)
        for m in re.finditer(re.escape(needle.strip()), text, re.IGNORECASE)
    ]


def name_marks(text: str) -> list[Mark]:
    """People, places and countries named in `text`, from the gazetteer; none if it is not available."""
    gazetteer = _gazetteer()
    if gazetteer is None:
        return []
    return [
        Mark(entity.start, entity.end, "name", f"{entity.kind}: {entity.name}")
        for entity in gazetteer.find(text)
        if entity.end > entity.start
    ]


def sentence_marks(sentence: str, date_text: str) -> list[Mark]:
    """What the drill-down highlights in a cited sentence: its date words and the names in it."""
    return find_all(sentence, date_text, "date", "date words") + name_marks(sentence)


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    try:
        from events.extract.entities import load_gazetteer

        return load_gazetteer()
    except (ImportError, EventsError):  # without a gazetteer, names are simply not highlighted
        return None


def mention_marks(text: str, mentions: pd.DataFrame, labels: Mapping[str, str]) -> tuple[list[Mark], int]:
    """One "event" mark per mention whose offsets still point at its sentence in `text`.

    Returns the marks and how many mentions no longer match (the article changed after the build).
    """
    marks = [
        Mark(start, end, "event", labels.get(event_id, ""))
        for event_id, start, end, sentence in zip(
            mentions["event_id"], mentions["start"], mentions["end"], mentions["sentence"], strict=True
        )
        if text[int(start) : int(end)] == sentence
    ]
    return marks, len(mentions) - len(marks)
