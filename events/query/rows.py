"""Rows within a timeline lane, so that each mark's title can be written beside it without overlapping.

The timeline writes a title to the right of each mark. Marks of one lane are packed into rows greedily
(interval packing over screen pixels): a mark goes into the first row whose last title ends before the
mark begins, so marks of one day stack and titles never run into each other. Past `max_rows` a mark is
still drawn but without its title (hover and the list below the chart have it).

Rows are packed with titles cut to `max_chars`; then each title grows into the free room after it in its
row (up to the next mark there, or the plot's right edge), to `long_chars` or the whole title, so that
a sparse period reads whole titles while a crowded one still fits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Source Sans at 11 px averages about 6 px a character; a little more keeps titles from touching.
CHAR_PX = 6.3
GAP_PX = 8.0
# Kept free before the plot's right edge: the widest mark (30 px, many sources) starts its title 9 px
# later than a 12 px one, and glyphs such as "m" and "…" run wider than CHAR_PX.
EDGE_PX = 20.0
ELLIPSIS = "…"


@dataclass(frozen=True)
class RowPlan:
    """Per mark: its row in its lane (0 is the top) and its label ("" when it has none); per lane: rows."""

    row: np.ndarray
    labels: list[str]
    lane_rows: np.ndarray


def shorten(title: str, limit: int) -> str:
    """A title cut at a word boundary to at most `limit` characters: "Zelensky says two Chinese…"."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    if limit <= 1:
        return ELLIPSIS[:limit]
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + ELLIPSIS


def label_width(label: str) -> float:
    return len(label) * CHAR_PX if label else 0.0


def plan_rows(
    lanes: np.ndarray,
    start_px: np.ndarray,
    end_px: np.ndarray,
    titles: list[str],
    n_lanes: int,
    *,
    mark_px: float = 12.0,
    max_chars: int = 28,
    max_rows: int = 8,
    long_chars: int = 0,
    plot_px: float = float("inf"),
) -> RowPlan:
    """Pack the marks of each lane into rows; with max_chars=0 only the marks themselves take room.

    `start_px`/`end_px` are where each mark begins and ends on screen (equal for a one-day point);
    a title starts just after the mark's start and may run past a bar's end. With `long_chars` above
    `max_chars`, titles then grow into the room left in their row, never past `plot_px`.
    """
    n = len(lanes)
    row = np.zeros(n, dtype=np.int64)
    labels = [""] * n
    lane_rows = np.ones(n_lanes, dtype=np.int64)
    order = np.lexsort((start_px, lanes))
    row_ends: dict[int, list[float]] = {}
    for i in order.tolist():
        lane = int(lanes[i])
        ends = row_ends.setdefault(lane, [])
        begin = float(start_px[i]) - mark_px / 2
        label = (
            shorten(titles[i], min(max_chars, _chars_before(plot_px - EDGE_PX, begin, mark_px)))
            if max_chars > 0
            else ""
        )
        reach = max(float(end_px[i]) + mark_px / 2, begin + mark_px + label_width(label))
        free = next((r for r, last in enumerate(ends) if last + GAP_PX <= begin), None)
        if free is None and len(ends) < max_rows:
            ends.append(float("-inf"))
            free = len(ends) - 1
        if free is None:
            # Every row is taken here: the mark goes where a row ends soonest, and keeps no title.
            free = int(np.argmin(ends))
            label = ""
            reach = max(float(end_px[i]) + mark_px / 2, begin + mark_px)
        ends[free] = max(ends[free], reach)
        row[i] = free
        labels[i] = label
        lane_rows[lane] = max(int(lane_rows[lane]), len(ends))
    if long_chars > max_chars > 0:
        _lengthen(labels, titles, lanes, row, start_px - mark_px / 2, mark_px, long_chars, plot_px)
    return RowPlan(row=row, labels=labels, lane_rows=lane_rows)


def _chars_before(edge_px: float, begin_px: float, mark_px: float) -> int:
    """How many characters of a title fit between a mark (beginning at `begin_px`) and `edge_px`: a
    title past the plot's right edge would be cut off mid-word by the plot."""
    room = edge_px - begin_px - mark_px
    return int(room // CHAR_PX) if room < float("inf") else 1 << 30


def _lengthen(
    labels: list[str],
    titles: list[str],
    lanes: np.ndarray,
    row: np.ndarray,
    begin_px: np.ndarray,
    mark_px: float,
    long_chars: int,
    plot_px: float,
) -> None:
    """Let each titled mark's label run on to the next mark of its row (or the plot's edge)."""
    # In each (lane, row), marks left to right: the room of one ends where the next begins.
    order = np.lexsort((begin_px, row, lanes)).tolist()
    if not order:  # no mark in the lanes (the view's only events are rough-dated or background)
        return
    for here, after in zip(order, [*order[1:], None], strict=True):
        if not labels[here]:
            continue
        same_row = after is not None and lanes[after] == lanes[here] and row[after] == row[here]
        edge = plot_px - EDGE_PX  # the next mark of the row may lie beyond the plot's edge
        if same_row:
            edge = min(edge, float(begin_px[after]) - GAP_PX)
        chars = min(long_chars, _chars_before(edge, float(begin_px[here]), mark_px))
        longer = shorten(titles[here], chars) if chars > len(labels[here]) else ""
        if len(longer) > len(labels[here]):
            labels[here] = longer
