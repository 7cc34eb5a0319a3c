"""The dates the timeline opens on: the story's own, not every year its reports happen to mention.

An archive's reports recall history ("the 1968 pandemic") and announce plans ("a new rig by 2019"):
the first and last event can be decades apart while the story itself runs for months. The story's
window is the span of the archive's publication dates, widened to take in the events dated near it (a
report's "last Tuesday", "talks next week"); the timeline opens on the filtered events within it, and
says how many lie outside.

    published 2009-03-14 .. 2011-11-29, events 1918 .. 2019  ->  window 2008-12-07 .. 2012-03-05
        all events: frame 2009-01-01 .. 2011-12-31; BP's statements: 2010-01-01 .. 2011-01-11
    published 2025-04-08 .. 2025-04-10, events 2022 .. 2025-04-13  ->  frame 2025-04-07 .. 2025-04-13
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from events.query.views import DateRange

# How far beyond the publication dates an event still counts as near the story: a tenth of the
# archive's span, and at least a week (a report's "last Tuesday" or "next week").
NEAR_SHARE = 0.1
NEAR_MIN_DAYS = 7


@dataclass(frozen=True)
class StoryFrame:
    """The dates the timeline opens on (`view`), how many of the filtered events lie wholly outside
    them (`outside`, of `total`), and the first and last day of all of them (`everything`: "show all")."""

    view: DateRange
    outside: int
    total: int
    everything: DateRange
    widened: bool = False  # to show a selected event that lies outside the story's dates


# Articles per hundred whose publication day may be set aside as a stray (see `publication_span`).
STRAY_SHARE = 0.01


def publication_span(published: pd.Series) -> DateRange | None:
    """The first and last publication day of the archive's articles (unknown days left out), or None.

    A stray is left out: at either end, up to one article in a hundred whose day lies further from the
    next article's than that article's from the other end. A day inferred from a report's history ("the
    latest date it states is 3 June 2029" in a 2031 story) would otherwise stretch a two-month story
    over two years and squeeze all of it into a corner of the chart.

        280 articles 3 Oct .. 30 Nov 2031 and one "published" 4 Jun 2029  ->  3 Oct .. 30 Nov 2031
        5 articles 8 .. 10 Apr 2025  ->  8 .. 10 Apr 2025 (fewer than a hundred: none set aside)
    """
    days = pd.to_datetime(published, errors="coerce").dropna().sort_values().dt.date.tolist()
    if not days:
        return None
    strays = int(len(days) * STRAY_SHARE)
    first, last = 0, len(days) - 1
    for i in range(1, strays + 1):
        if (days[i] - days[i - 1]) > (days[last] - days[i]):
            first = i
    for i in range(1, strays + 1):
        j = len(days) - 1 - i
        if j > first and (days[j + 1] - days[j]) > (days[j] - days[first]):
            last = j
    return DateRange(days[first], days[last])


def near_window(
    story: DateRange, start: dt.date | None = None, end: dt.date | None = None
) -> DateRange | None:
    """Where events near the story may lie: the publication span widened on each side, kept within
    the reader's date filter (`start`, `end`); None when the filter leaves none of it."""
    days = (story.end - story.start).days
    margin = dt.timedelta(days=max(NEAR_MIN_DAYS, round(NEAR_SHARE * days)))
    first, last = story.start - margin, story.end + margin
    if start is not None:
        first = max(first, start)
    if end is not None:
        last = min(last, end)
    return DateRange(first, last) if first <= last else None


def story_start(steps: pd.DataFrame, view: DateRange) -> int:
    """The presenter's step (1-based) where the story starts: the first of the `steps` (the filtered
    events in the presenter's order, with `date` and `background`) that is not background and starts
    within the story's frame `view`; 1 when none does. The steps before it (a 1918 pandemic told as
    history, a report's "in 2010") stay where they were: Previous reaches them, and a link's step
    still names the same event.

        1918 pandemic (background), "in 2010" (year), 20 Apr 2010 rig explodes, ...  view from 20 Apr
        ->  3
    """
    days = pd.to_datetime(steps["date"]).dt.date
    inside = (
        ~steps["background"].to_numpy(bool) & (days >= view.start).to_numpy() & (days <= view.end).to_numpy()
    )
    first = inside.argmax() if inside.any() else 0
    return int(first) + 1


def frame_story(window: DateRange, near: tuple[dt.date, dt.date]) -> DateRange:
    """The first and last day of the events near the story (`near`: those that overlap the `window`),
    kept within the window (an event "in 2010" overlaps a window from May 2010 but does not stretch it)."""
    first = max(window.start, near[0])
    last = min(window.end, near[1])
    return DateRange(first, max(first, last))


__all__ = [
    "NEAR_MIN_DAYS",
    "NEAR_SHARE",
    "STRAY_SHARE",
    "StoryFrame",
    "frame_story",
    "near_window",
    "publication_span",
    "story_start",
]
