"""View state that travels in the URL besides the filters: lanes, zoom, selected event, presenter step,
and where a list stands (its search and page).

The page itself is the URL path (`/chronology`); everything else is in the query string. Each page
writes only the keys it uses (`PAGE_KEYS`), and every key has an explicit encode/decode pair:

    /?type=claim&lanes=country&zoom=2025-04-07..2025-04-11&event=ev-0123456789&present=1&step=2
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from events.query.filters import (
    QUERY_MAX,
    Filters,
    QueryParams,
    bounded,
    parse_query,
    shorten,
    whole_number,
)

LANES = ("type", "country", "actor", "outlet")
ORDERS = ("oldest", "newest")
# The chronology lists every event, or only the key dates (the `days` most salient days).
MODES = ("events", "keydates")
KEY_DAYS_MAX = 200
# Page names are their URL paths; "" (the root) is the timeline.
PAGE_KEYS: dict[str, tuple[str, ...]] = {
    "timeline": ("lanes", "zoom", "event", "present", "step"),
    "event": ("event", "find", "page"),
    "chronology": ("order", "mode", "days", "page"),
    "article": ("article", "cite", "find", "page"),
    "curate": ("event", "find", "page"),
    "since": ("since",),
    "claims": ("claims_page", "figures_page"),
    "review": ("page",),
}
_EVENT_ID = re.compile(r"^ev-[0-9a-f]{10}$")
_VERSION = re.compile(r"^g-[0-9]{8}T[0-9]{6,12}-[0-9]{1,10}-[0-9a-f]{6}$")


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days (the timeline's zoom)."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into an article's text (a cited sentence)."""

    start: int
    end: int


@dataclass(frozen=True)
class View:
    """How the chosen events are shown; the default value is the plain home view."""

    lanes: str = "type"
    zoom: DateRange | None = None
    event: str = ""
    present: bool = False
    step: int = 0  # the presenter's step (1-based); 0: where the story starts (not written to a link)
    order: str = "oldest"
    article: str = ""
    cite: Span | None = None
    mode: str = "events"
    days: int = 10
    v: str = ""  # the data version a shared link was made on ("" is the current data); on every page
    since: str = ""  # "since the last briefing": a data version or a day (YYYY-MM-DD) to compare from
    find: str = ""  # the search of a page's picker (events or articles), whitespace collapsed
    page: int = 1  # the page of a page's list (a picker's matches, the chronology), clamped when shown
    # The claims page has two lists, each with its own page (clamped when shown, as `page`).
    claims_page: int = 1
    figures_page: int = 1


@dataclass(frozen=True)
class State:
    """Everything a link reproduces: the filters and the view."""

    filters: Filters = field(default_factory=Filters)
    view: View = field(default_factory=View)


@dataclass(frozen=True)
class _Key:
    name: str
    encode: Callable[[Any], str]
    decode: Callable[[str], Any]  # raises ValueError with a note for the reader


STEP_MAX = 1_000_000
PAGE_MAX = 1_000_000  # a million pages of the shortest list (20 cards) is more than any table holds
SPAN_MAX = 100_000_000  # beyond any article's length (2 MB)
ARTICLE_NAME_MAX = 255


def _decode_lanes(text: str) -> str:
    if text not in LANES:
        raise ValueError(f"“{shorten(text)}” is not one of {', '.join(LANES)}.")
    return text


def _encode_zoom(zoom: DateRange) -> str:
    return f"{zoom.start.isoformat()}..{zoom.end.isoformat()}"


def _decode_zoom(text: str) -> DateRange:
    start, _, end = text.partition("..")
    try:
        zoom = DateRange(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    except ValueError:
        raise ValueError(f"“{shorten(text)}” is not a range like 2025-04-07..2025-04-11.") from None
    if zoom.end < zoom.start:
        raise ValueError(f"“{text}” ends before it starts.")
    return zoom


def zoom_within(zoom: DateRange | None, first: dt.date, last: dt.date) -> tuple[DateRange | None, list[str]]:
    """A zoom cut to the table's span (with a margin of a week); dropped if it misses the span."""
    if zoom is None:
        return None, []
    low, high = first - dt.timedelta(days=7), last + dt.timedelta(days=7)
    if zoom.end < low or zoom.start > high:
        return None, [f"Ignored “zoom”: {_encode_zoom(zoom)} holds no event; the whole range is shown."]
    cut = DateRange(max(zoom.start, low), min(zoom.end, high))
    if cut == zoom:
        return zoom, []
    return cut, [f"“zoom” was cut to the events' span: {_encode_zoom(cut)}."]


def _decode_event(text: str) -> str:
    if not _EVENT_ID.match(text):
        raise ValueError(f"“{shorten(text)}” is not an event id like ev-0123456789.")
    return text


def _decode_flag(text: str) -> bool:
    if text.lower() not in ("1", "0", "true", "false"):
        raise ValueError(f"“{shorten(text)}” is not 1 or 0.")
    return text.lower() in ("1", "true")


def _decode_step(text: str) -> int:
    step = whole_number(text, STEP_MAX)
    if step is None or step < 1:
        raise ValueError(f"“{shorten(text)}” is not a step number (1 or more).")
    return step


def _decode_order(text: str) -> str:
    if text not in ORDERS:
        raise ValueError(f"“{shorten(text)}” is not oldest or newest.")
    return text


def _decode_mode(text: str) -> str:
    if text not in MODES:
        raise ValueError(f"“{shorten(text)}” is not one of {', '.join(MODES)}.")
    return text


def _decode_days(text: str) -> int:
    days = whole_number(text, KEY_DAYS_MAX)
    if days is None or days < 1:
        raise ValueError(f"“{shorten(text)}” is not a number of days from 1 to {KEY_DAYS_MAX}.")
    return days


def _decode_article(text: str) -> str:
    if (
        not text
        or len(text) > ARTICLE_NAME_MAX
        or "/" in text
        or "\\" in text
        or "\x00" in text
        or text.startswith(".")
    ):
        raise ValueError(f"“{shorten(text)}” is not an article file name.")
    return text


def _encode_span(span: Span) -> str:
    return f"{span.start}-{span.end}"


def _decode_span(text: str) -> Span:
    start_text, sep, end_text = text.partition("-")
    start, end = whole_number(start_text, SPAN_MAX), whole_number(end_text, SPAN_MAX)
    if not sep or start is None or end is None or end <= start:
        raise ValueError(f"“{shorten(text)}” is not a character range like 120-245.")
    return Span(start, end)


def _decode_version(text: str) -> str:
    if not _VERSION.match(text):
        raise ValueError(f"“{shorten(text)}” is not a data version like g-20250410T091203000000-123-a1b2c3.")
    return text


def is_data_version(text: str) -> bool:
    """ "g-20250410T091203000000-123-a1b2c3" is a data version a link's `v` can pin."""
    return bool(_VERSION.match(text))


def _decode_since(text: str) -> str:
    if _VERSION.match(text):
        return text
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"“{shorten(text)}” is neither a day like 2025-04-09 nor a data version.") from None


def _decode_find(text: str) -> str:
    find = " ".join(text.split())
    if len(find) > QUERY_MAX:
        raise ValueError(f"the search is longer than {QUERY_MAX} characters.")
    return find


def _decode_page(text: str) -> int:
    page = whole_number(text, PAGE_MAX)
    if page is None or page < 1:
        raise ValueError(f"“{shorten(text)}” is not a page number (1 or more).")
    return page


# The view keys that say which page of a list is shown: new filters make new lists, shown from page 1.
LIST_PAGES = ("page", "claims_page", "figures_page")


def list_start() -> dict[str, Any]:
    """The view changes that put a page's lists back at their start (no search, first page)."""
    return {"find": "", **dict.fromkeys(LIST_PAGES, 1)}


_KEYS = {
    "lanes": _Key("lanes", str, _decode_lanes),
    "zoom": _Key("zoom", _encode_zoom, _decode_zoom),
    "event": _Key("event", str, _decode_event),
    "present": _Key("present", lambda flag: "1" if flag else "0", _decode_flag),
    "step": _Key("step", str, _decode_step),
    "order": _Key("order", str, _decode_order),
    "article": _Key("article", str, _decode_article),
    "cite": _Key("cite", _encode_span, _decode_span),
    "mode": _Key("mode", str, _decode_mode),
    "days": _Key("days", str, _decode_days),
    "v": _Key("v", str, _decode_version),
    "since": _Key("since", str, _decode_since),
    "find": _Key("find", str, _decode_find),
    "page": _Key("page", str, _decode_page),
    "claims_page": _Key("claims_page", str, _decode_page),
    "figures_page": _Key("figures_page", str, _decode_page),
}
VIEW_KEYS = tuple(_KEYS)
assert set(VIEW_KEYS) == {f.name for f in fields(View)}
_DEFAULT_VIEW = View()


def page_name(url_path: str) -> str:
    """The st.navigation url_path of a page -> its name here ("" is the home page, the timeline)."""
    return url_path.strip("/") or "timeline"


def view_to_query(view: View, page: str) -> dict[str, list[str]]:
    """The URL parameters of the view keys this page uses, leaving out defaults."""
    out: dict[str, list[str]] = {}
    for name in (*PAGE_KEYS.get(page, ()), "v"):
        value = getattr(view, name)
        if value != getattr(_DEFAULT_VIEW, name):
            out[name] = [_KEYS[name].encode(value)]
    return out


def view_from_query(params: QueryParams | str) -> tuple[View, list[str]]:
    """Read the view keys (others are left to the filters); a note for each malformed value."""
    values: dict[str, Any] = {}
    notes: list[str] = []
    for name, items in parse_query(params).items():
        key = _KEYS.get(name)
        if key is None:
            continue
        items, bound_notes = bounded(items)
        notes.extend(f"Ignored “{name}”: {note}" for note in bound_notes)
        if not items:
            continue
        try:
            values[name] = key.decode(items[-1].strip())
        except ValueError as error:
            notes.append(f"Ignored “{name}”: {error}")
        else:
            if len(items) > 1:
                notes.append(f"Ignored “{name}”: given more than once; the last value was used.")
    return View(**values), notes


def to_query(state: State, page: str) -> dict[str, list[str]]:
    """The whole query string of a page: filters first, then that page's view keys."""
    return {**state.filters.to_query(), **view_to_query(state.view, page)}


def from_query(params: QueryParams | str) -> tuple[State, list[str]]:
    """A link's query string -> the state it reproduces, and notes on what was ignored."""
    filters, notes = Filters.from_query(params, other_keys=VIEW_KEYS)
    view, view_notes = view_from_query(params)
    return State(filters=filters, view=view), notes + view_notes


def normalise_query(params: Mapping[str, Sequence[str] | str]) -> dict[str, list[str]]:
    """{"type": "claim"} and {"type": ["claim"]} compare equal after this; empty keys are dropped."""
    out: dict[str, list[str]] = {}
    for name, raw in params.items():
        items = [raw] if isinstance(raw, str) else list(raw)
        if items:
            out[name] = items
    return out


def step_events(ids: Sequence[str], step: int) -> tuple[int, str]:
    """Clamp a presenter step (1-based) to the events on show; returns (step, event id or "").
    (The view's step 0, where the story starts, is resolved before: `events.query.framing.story_start`.)"""
    if not ids:
        return 1, ""
    step = min(max(step, 1), len(ids))
    return step, ids[step - 1]


def widen_to(view: DateRange | None, start: dt.date, end: dt.date, margin_days: int = 1) -> DateRange:
    """The view, widened just enough to show start..end (the presenter's current event) with a margin."""
    wanted = DateRange(start - dt.timedelta(days=margin_days), end + dt.timedelta(days=margin_days))
    if view is None:
        return wanted
    return DateRange(min(view.start, wanted.start), max(view.end, wanted.end))
