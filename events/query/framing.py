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
import math
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


# The archive's body: the days between its 10th and 90th percentile (the central 80 % of its articles).
BODY_SHARE = 0.8
# The longest silence (days between one article and the next) that still joins a day to the story: half
# the body's length, and at least two weeks (a follow-up report a fortnight after the rest is the story).
SILENCE_SHARE = 0.5
SILENCE_MIN_DAYS = 14


def publication_span(published: pd.Series, inferred: pd.Series | None = None) -> DateRange | None:
    """The first and last publication day of the archive's articles (unknown days left out), or None.

    An inferred day (`inferred`: which days were not given with the article nor read from its text, but
    guessed from the latest date its report states; every day when None) that lies apart from the story
    is set aside: a report's history ("the latest date it states is 3 June 2029" in a 2031 story) would
    otherwise stretch a two-month story over years and squeeze all of it into a corner of the chart.
    Given days are facts and always kept, however far from the rest.

    Apart means: walking out from the body (the central 80 % of all the days) on either side, past the
    first silence longer than half the body's length (at least two weeks). Both ends are measured
    against the same body, so one stray does not shield another, and the order of the ends does not
    matter. A day within that silence of a given day kept beyond the body is kept with it (a report
    inferred the day after a follow-up is the follow-up's). An archive of ten articles or fewer is all
    body: none is set aside.

        280 articles 3 Oct .. 30 Nov 2031 and one inferred 4 Jun 2029  ->  3 Oct .. 30 Nov 2031
        the same and three given 2 Aug 2032 (a follow-up)  ->  3 Oct 2031 .. 2 Aug 2032
        5 articles 8 .. 10 Apr 2025  ->  8 .. 10 Apr 2025 (fewer than eleven: none set aside)
    """
    # By position: `inferred` is read row for row beside `published` (a day it does not cover may go).
    dates = pd.to_datetime(pd.Series(published), errors="coerce").reset_index(drop=True)
    flags = [] if inferred is None else pd.Series(inferred).fillna(True).astype(bool).tolist()
    guessed = pd.Series([*flags[: len(dates)], *[True] * (len(dates) - len(flags))], dtype=bool)
    known = dates.notna()
    if not known.any():
        return None
    order = dates[known].sort_values(kind="stable")
    days = order.dt.date.tolist()
    may_go = guessed[order.index].tolist()
    n = len(days)
    low = math.floor((1 - BODY_SHARE) / 2 * (n - 1))
    high = math.ceil((1 + BODY_SHARE) / 2 * (n - 1))
    silence = dt.timedelta(days=max(SILENCE_MIN_DAYS, SILENCE_SHARE * (days[high] - days[low]).days))
    first, last = low, high
    while first > 0 and days[first] - days[first - 1] <= silence:
        first -= 1
    while last < n - 1 and days[last + 1] - days[last] <= silence:
        last += 1
    keep = [first <= i <= last or not may_go[i] for i in range(n)]
    # (walking on past the body from each kept day: a guessed day near a given follow-up stays with it)
    for steps in (range(last + 1, n), range(first - 1, -1, -1)):
        reach = days[last] if steps.start > last else days[first]
        for i in steps:
            if keep[i] or abs(days[i] - reach) <= silence:
                keep[i] = True
                reach = days[i]
    kept = [day for i, day in enumerate(days) if keep[i]]
    return DateRange(min(kept), max(kept))


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
    "BODY_SHARE",
    "NEAR_MIN_DAYS",
    "NEAR_SHARE",
    "SILENCE_MIN_DAYS",
    "SILENCE_SHARE",
    "StoryFrame",
    "frame_story",
    "near_window",
    "publication_span",
    "story_start",
]
